"""Pages of the archive. Query logic lives in QuerySets and cables.search."""
import csv
import io
import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Prefetch, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.views.generic import DetailView, ListView
from haystack.inputs import Exact
from haystack.query import SearchQuerySet

from .forms import ActorFilterForm, QuoteFilterForm, SearchForm
from .models import Actor, ActorKind, ActorRedirect, Article, ArticleActor, Cable, CableLink, Match, Quote, QuoteStatus
from .search import SearchState, autocomplete, did_you_mean, kept_page, parse_query, query_terms, search, to_hits
from .suggest import suggest
from .timeline import timeline_from_database, timeline_from_facets

PAGE_SIZE = 20


def _year(value: str) -> int | None:
    """A year a date can have (1-9999) from a URL parameter; None for anything else."""
    return int(value) if re.fullmatch(r"[0-9]{1,4}", value) and int(value) > 0 else None


EXPORT_LIMIT = 10_000


def favicon(request):
    """Browsers that ignore the pages' <link rel=icon> ask for /favicon.ico."""
    return redirect(static("favicon.svg"), permanent=True)


def home(request):
    ctx = {
        "form": SearchForm(),
        "counts": {
            "articles": Article.objects.count(),
            "quotes": Quote.objects.visible().count(),
            "actors": Actor.objects.count(),
            "cables": Cable.objects.count(),
        },
        "latest_articles": Article.objects.newest_first()[:8],
        "most_quoted": Actor.objects.most_quoted()[:8],
        "timeline": timeline_from_database(),
    }
    return render(request, "cables/home.html", ctx)


ARTICLE_SORTS = {"newest": "Newest first", "oldest": "Oldest first"}


def filtered_articles(params):
    """The article list's filters (publication, year) and sort (newest or oldest first)."""
    articles = Article.objects.newest_first()
    if params.get("sort") == "oldest":
        articles = articles.order_by(F("published").asc(nulls_last=True), "created", "pk")
    if publication := params.get("publication"):
        articles = articles.filter(publication=publication)
    if year := _year(params.get("year", "")):
        articles = articles.filter(published__year=year)
    return articles


class ArticleListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/article_list.html"

    def get_queryset(self):
        articles = filtered_articles(self.request.GET)
        return articles.annotate(quote_count=Count("quotes", filter=~Q(quotes__status=QuoteStatus.REJECTED)))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            publications=Article.objects.publications(),
            years=[d.year for d in Article.objects.years()],
            sorts=ARTICLE_SORTS.items(),
            selected_publication=self.request.GET.get("publication", ""),
            selected_year=self.request.GET.get("year", ""),
            selected_sort=self.request.GET.get("sort") if self.request.GET.get("sort") in ARTICLE_SORTS else "newest",
            **kwargs,
        )


class ArticleDetailView(DetailView):
    template_name = "cables/article_detail.html"

    def get_queryset(self):
        return Article.objects.prefetch_related(
            Prefetch("quotes", queryset=Quote.objects.visible().select_related("speaker", "cable")),
            Prefetch("actor_mentions", queryset=ArticleActor.objects.select_related("actor")),
            Prefetch("cable_links", queryset=CableLink.objects.select_related("cable")),
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            terms=query_terms(self.request.GET.get("q", "")), related=related_articles(self.object), **kwargs
        )


class QuoteListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/quote_list.html"

    def get_queryset(self):
        self.filters = QuoteFilterForm(self.request.GET)
        return self.filters.filter(Quote.objects.visible().quotations_first().select_related("article", "speaker", "cable"))

    def get_context_data(self, **kwargs):
        return super().get_context_data(filters=self.filters, suggestions=self.filters.suggestions(),
                                        filtered=any(self.request.GET.get(f) for f in self.filters.fields), **kwargs)


class QuoteDetailView(DetailView):
    template_name = "cables/quote_detail.html"
    queryset = Quote.objects.visible().select_related("article", "speaker", "cable")

    def get_context_data(self, **kwargs):
        paragraph, alignment = self.object.cable_alignment()
        spans = [(alignment.start, alignment.end)] if alignment and alignment.start is not None else []
        return super().get_context_data(paragraph=paragraph, alignment=alignment, alignment_spans=spans, **kwargs)


class ActorListView(ListView):
    paginate_by = 50
    paginate_orphans = 5
    template_name = "cables/actor_list.html"

    def get_queryset(self):
        self.filters = ActorFilterForm(self.request.GET)
        actors = Actor.objects.with_counts().order_by("-article_count", "-quote_count", "-cable_count", "name", "pk")
        return self.filters.filter(actors)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kinds=ActorKind.choices,
            selected_kind=self.request.GET.get("kind", ""),
            selected_letter=self.filters.cleaned_data.get("letter", ""),
            letters="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            filters=self.filters,
            **kwargs,
        )


def actor_detail(request, slug):
    actor = Actor.objects.filter(slug=slug).first()
    if actor is None:
        # An actor merged into another keeps its address.
        redirect_to = get_object_or_404(ActorRedirect.objects.select_related("actor"), slug=slug)
        return redirect(redirect_to.actor, permanent=True)
    ctx = {
        "actor": actor,
        "quotes": actor.quotes.visible().quotations_first().select_related("article", "cable"),
        "mentions": actor.article_mentions.select_related("article").order_by("-article__published", "-article__created", "pk"),
        "cable_mentions": cables_naming(actor),
        "cables_written": Cable.objects.written_by(actor),
        "cables_received": Cable.objects.received_by(actor).order_by(F("date").desc(nulls_last=True), "reference")[:CABLES_SHOWN],
        "cables_received_count": Cable.objects.received_by(actor).count(),
    }
    return render(request, "cables/actor_detail.html", ctx)


CABLES_SHOWN = 100


def cables_naming(actor, limit=CABLES_SHOWN) -> list[tuple[Cable, int | None]]:
    """(cable, times named) for the cables whose prose names the actor: those matched
    when the cable was loaded, then those the search index finds the actor's full name
    in (an actor first named by a report after its cables arrived), times unknown."""
    found = [(m.cable, m.mentions) for m in actor.cable_mentions.select_related("cable")[:limit]]
    seen = {cable.pk for cable, _ in found}
    names = [n for n in [actor.name, *actor.aliases] if len(n.split()) >= 2] if actor.kind == ActorKind.PERSON else []
    for name in names[:3]:
        if len(found) >= limit:
            break
        try:
            hits = [r.pk for r in SearchQuerySet().models(Cable).filter(cable_text=Exact(name))[: limit - len(found)]]
        except Exception:  # the engine is down: what the database knows still shows
            break
        cables = Cable.objects.in_bulk([int(pk) for pk in hits if str(pk).isdigit() and int(pk) not in seen])
        for cable in cables.values():
            seen.add(cable.pk)
            found.append((cable, None))
    return found


def _addressees(cable) -> dict[str, list[tuple[str, Actor | None]]]:
    """The offices the cable was sent and copied to, each with the actor it is, if any."""
    from .extraction.cables import office_key

    rows = list(cable.addressees.all())
    actors = {}
    if rows:
        keys = {row.key for row in rows}
        # Only bodies with a name holding a word of an office read here, not every body
        # of the archive: each office's key is made of its name's words.
        holds_a_word = Q()
        for word in {word for key in keys for word in key.split()}:
            holds_a_word |= Q(names__key__contains=word)
        candidates = Actor.objects.filter(holds_a_word, kind=ActorKind.ORGANISATION).distinct()
        for actor in candidates.only("name", "slug", "aliases", "kind"):
            for name in [actor.name, *actor.aliases]:
                if office_key(name) in keys:
                    actors.setdefault(office_key(name), actor)
    parts: dict[str, list] = {"to": [], "info": []}
    for row in rows:
        parts[row.part].append((row.name, actors.get(row.key)))
    return parts


class CableListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/cable_list.html"

    def get_queryset(self):
        return Cable.objects.with_counts().order_by(F("date").desc(nulls_last=True), "reference", "pk")


def related_articles(article, limit=5):
    """Reports most like this one (the engine's more-like-this), each once.

    The engine answers with documents, and several can lead to one report (a quote
    document carries its article's words too), so more are asked for than shown.
    """
    try:
        results = list(SearchQuerySet().models(Article).more_like_this(article)[: limit * 4])
    except Exception:  # an engine without more-like-this support, or the document not yet indexed
        return []
    related, seen = [], {article.pk}
    for result in results:
        if result.model_name != "article" or result.object is None or result.object.pk in seen:
            continue
        seen.add(result.object.pk)
        related.append(result.object)
        if len(related) == limit:
            break
    return related


def cable_detail(request, key):
    try:
        cable = Cable.objects.get_by_key(key)
    except Cable.DoesNotExist:
        raise Http404("No cable with that reference.") from None
    quotes = list(cable.quotes.visible().select_related("article", "speaker"))
    by_paragraph: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.cable_paragraph, []).append(quote)
    paragraphs = cable.paragraphs()
    ctx = {
        "cable": cable,
        "links": cable.article_links.select_related("article").order_by("-confirmed", "article__title", "pk"),
        "quotes": quotes,
        "header": next((p for p in paragraphs if p.key == "header"), None),
        "paragraphs": [
            {
                "paragraph": p,
                "quotes": by_paragraph.get(p.key, []),
                "spans": [(q.cable_start, q.cable_end) for q in by_paragraph.get(p.key, []) if q.match in (Match.VERBATIM, Match.CLOSE)],
            }
            for p in paragraphs
            if p.key != "header"
        ],
        "unplaced": [q for q in quotes if not q.cable_paragraph],
        "actors": cable.actor_mentions.select_related("actor")[:40],
        "addressees": _addressees(cable),
        "author_actor": Actor.objects.filter(name=cable.author).exclude(kind=ActorKind.PLACE).first() if cable.author else None,
        "terms": query_terms(request.GET.get("q", "")),
    }
    return render(request, "cables/cable_detail.html", ctx)


def paginate(request, items, per_page=PAGE_SIZE):
    """A page of items; a page number that is not a page is a 404, as in every list."""
    if isinstance(items, SearchQuerySet):
        # Fetch the page first: the engine then knows the count, and one search serves both.
        number = request.GET.get("page", "1")
        start = (int(number) - 1) * per_page if re.fullmatch(r"[0-9]{1,9}", number) and int(number) > 0 else 0
        items[start : start + per_page + 3]
    paginator = Paginator(items, per_page, orphans=3)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404("No such page.") from None


def run_search(request):
    """(form, state, parsed query, results) for the search page, the API, the export and the feed."""
    form = SearchForm(request.GET)
    form.is_valid()  # q never fails: see SearchForm
    state = SearchState(request.GET)
    query = form.cleaned_data.get("q", "")
    parsed = parse_query(query) if query else None
    if parsed is None and not state.filters:
        return form, state, None, None
    return form, state, parsed, search(state, parsed)


def search_page(request):
    form, state, parsed, results = run_search(request)
    ctx = {"form": form, "state": state, "query": parsed.text if parsed else "", "parsed": parsed, "page": None, "hits": []}
    if results is not None:
        def compute():
            page = paginate(request, results)
            terms = parsed.terms if parsed else []
            counts = results.facet_counts()
            return {
                "page": page,
                "hits": to_hits(page.object_list, terms),
                "facets": state.facets(counts),
                "pills": state.pills(),
                "timeline": timeline_from_facets(counts, state),
                "suggestion": did_you_mean(parsed, page.paginator.count, suggest),
                "terms": terms,
            }

        ctx.update(kept_page(request.GET, compute))
    return render(request, "cables/search.html", ctx)


def search_autocomplete(request):
    return JsonResponse({"results": autocomplete(request.GET.get("q", "")[:100])})


EXPORT_FIELDS = ["text", "speaker", "article", "publication", "date", "cable", "match", "url"]


def _csv_safe(value) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: never let a quote do that."""
    value = "" if value is None else str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    """A CSV download whose every cell is formula-safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(_csv_safe(v) for v in row)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def article_export(request):
    """The article list, with its filters and sort, as CSV."""
    articles = filtered_articles(request.GET).annotate(
        quote_count=Count("quotes", filter=~Q(quotes__status=QuoteStatus.REJECTED))
    ).only("title", "slug", "publication", "published", "url", "source_file")[:EXPORT_LIMIT]
    return csv_response(
        "cable-archive-articles.csv",
        ["title", "publication", "date", "quotes", "source_url", "url"],
        (
            (a.title, a.publication, a.published.isoformat() if a.published else "", a.quote_count, a.url,
             request.build_absolute_uri(a.get_absolute_url()))
            for a in articles
        ),
    )


def actor_export(request):
    """The actor list, with its filters, as CSV."""
    actors = ActorFilterForm(request.GET).filter(Actor.objects.with_counts().order_by("name"))[:EXPORT_LIMIT]
    return csv_response(
        "cable-archive-actors.csv",
        ["name", "kind", "role", "aliases", "articles", "quotes", "cables", "url"],
        (
            (a.name, a.kind, a.role, "; ".join(a.aliases), a.article_count, a.quote_count, a.cable_count,
             request.build_absolute_uri(a.get_absolute_url()))
            for a in actors
        ),
    )


def search_export(request):
    """The quotes a search finds, as CSV."""
    form, state, parsed, results = run_search(request)
    quotes = []
    if results is not None:
        pks = [int(r.pk) for r in results.filter(kind=Exact("quote"))[:EXPORT_LIMIT]]
        by_pk = Quote.objects.visible().select_related("speaker", "article", "cable").in_bulk(pks)
        quotes = [by_pk[pk] for pk in pks if pk in by_pk]
    return csv_response(
        "cable-archive-quotes.csv",
        EXPORT_FIELDS,
        (
            (
                quote.text,
                quote.speaker.name if quote.speaker else "",
                quote.article.title,
                quote.article.publication,
                quote.article.published.isoformat() if quote.article.published else "",
                quote.cable.reference or str(quote.cable) if quote.cable else "",
                quote.match,
                request.build_absolute_uri(quote.get_absolute_url()),
            )
            for quote in quotes
        ),
    )
