"""Pages of the archive. Query logic lives in QuerySets and cables.search."""
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import DetailView, ListView

from .forms import SearchForm
from .models import Actor, ActorKind, ActorRedirect, Article, ArticleActor, Cable, CableLink, Match, Quote, QuoteStatus
from .search import query_terms, search, to_hit

PAGE_SIZE = 20


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
    }
    return render(request, "cables/home.html", ctx)


class ArticleListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/article_list.html"

    def get_queryset(self):
        articles = Article.objects.newest_first()
        if publication := self.request.GET.get("publication"):
            articles = articles.filter(publication=publication)
        if (year := self.request.GET.get("year", "")).isdigit():
            articles = articles.filter(published__year=int(year))
        return articles.annotate(quote_count=Count("quotes", filter=~Q(quotes__status=QuoteStatus.REJECTED)))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            publications=Article.objects.publications(),
            years=[d.year for d in Article.objects.years()],
            selected_publication=self.request.GET.get("publication", ""),
            selected_year=self.request.GET.get("year", ""),
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
        return super().get_context_data(terms=query_terms(self.request.GET.get("q", "")), **kwargs)


class QuoteListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/quote_list.html"

    def get_queryset(self):
        return Quote.objects.visible().quotations_first().select_related("article", "speaker", "cable")


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
        actors = Actor.objects.with_counts().order_by("-article_count", "name")
        if (kind := self.request.GET.get("kind")) in ActorKind.values:
            actors = actors.filter(kind=kind)
        return actors

    def get_context_data(self, **kwargs):
        return super().get_context_data(kinds=ActorKind.choices, selected_kind=self.request.GET.get("kind", ""), **kwargs)


def actor_detail(request, slug):
    actor = Actor.objects.filter(slug=slug).first()
    if actor is None:
        # An actor merged into another keeps its address.
        redirect_to = get_object_or_404(ActorRedirect.objects.select_related("actor"), slug=slug)
        return redirect(redirect_to.actor, permanent=True)
    ctx = {
        "actor": actor,
        "quotes": actor.quotes.visible().quotations_first().select_related("article", "cable"),
        "mentions": actor.article_mentions.select_related("article").order_by("-article__published"),
    }
    return render(request, "cables/actor_detail.html", ctx)


class CableListView(ListView):
    paginate_by = PAGE_SIZE
    paginate_orphans = 3
    template_name = "cables/cable_list.html"

    def get_queryset(self):
        return Cable.objects.with_counts().order_by(F("date").desc(nulls_last=True), "reference")


def cable_detail(request, key):
    try:
        cable = Cable.objects.get_by_key(key)
    except Cable.DoesNotExist:
        raise Http404("No cable with that reference.")
    quotes = list(cable.quotes.visible().select_related("article", "speaker"))
    by_paragraph: dict[str, list[Quote]] = {}
    for quote in quotes:
        by_paragraph.setdefault(quote.cable_paragraph, []).append(quote)
    paragraphs = cable.paragraphs()
    ctx = {
        "cable": cable,
        "links": cable.article_links.select_related("article").order_by("-confirmed", "article__title"),
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
    }
    return render(request, "cables/cable_detail.html", ctx)


def paginate(request, items, per_page=PAGE_SIZE):
    """A page of items; a page number that is not a page is a 404, as in every list."""
    paginator = Paginator(items, per_page, orphans=3)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404("No such page.")


def search_page(request):
    form = SearchForm(request.GET or None)
    ctx = {"form": form, "query": "", "page": None, "hits": []}
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        terms = query_terms(query)
        page = paginate(request, search(query, kind=form.cleaned_data["kind"] or None))
        ctx.update(query=query, terms=terms, page=page, hits=[h for h in (to_hit(r, terms) for r in page) if h])
    return render(request, "cables/search.html", ctx)
