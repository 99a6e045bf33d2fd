"""Read-only JSON API. Field names are stable: outside tools rely on them."""
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404

from .models import Actor, Article, Cable, Quote
from .search import to_hits
from .suggest import suggest
from .views import paginate, run_search


def _absolute(request, obj) -> str:
    return request.build_absolute_uri(obj.get_absolute_url())


def actor_json(request, actor: Actor) -> dict:
    return {"name": actor.name, "slug": actor.slug, "kind": actor.kind, "role": actor.role, "aliases": actor.aliases, "url": _absolute(request, actor)}


def cable_json(request, cable: Cable) -> dict:
    return {
        "id": cable.pk,
        "reference": cable.reference or None,
        "subject": cable.subject,
        "date": cable.date_iso,
        "origin": cable.origin,
        "classification": cable.classification,
        "author": cable.author,
        "has_text": bool(cable.text),
        "url": _absolute(request, cable),
    }


def quote_json(request, quote: Quote) -> dict:
    return {
        "id": quote.pk,
        "text": quote.text,
        "extracted_text": quote.extracted_text,
        "speaker": actor_json(request, quote.speaker) if quote.speaker else None,
        "from_cable": quote.from_cable,
        "is_phrase": quote.is_phrase,
        "status": quote.status,
        "start": quote.start,
        "end": quote.end,
        "article": {"slug": quote.article.slug, "title": quote.article.title, "url": _absolute(request, quote.article)},
        "cable": {
            **cable_json(request, quote.cable),
            "paragraph": quote.cable_paragraph or None,
            "match": quote.match or None,
            "score": quote.match_score,
        }
        if quote.cable
        else None,
        "url": _absolute(request, quote),
    }


def article_summary(request, article: Article) -> dict:
    return {
        "slug": article.slug,
        "title": article.title,
        "publication": article.publication,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline or None,
        "place": article.place or None,
        "source_url": article.url or None,
        "url": _absolute(request, article),
    }


def articles(request):
    page = paginate(request, Article.objects.newest_first())
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": [article_summary(request, a) for a in page],
        }
    )


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.prefetch_related("cables"), slug=slug)
    return JsonResponse(
        {
            **article_summary(request, article),
            "body": article.body,
            "quotes": [quote_json(request, q) for q in article.quotes.visible().select_related("speaker", "cable", "article")],
            "actors": [
                {**actor_json(request, m.actor), "mentions": m.mentions, "role_in_article": m.role}
                for m in article.actor_mentions.select_related("actor")
            ],
            "cables": [
                {
                    **cable_json(request, link.cable),
                    "link": link.method,
                    "confirmed": link.confirmed,
                    "reported_date": link.claimed_date.isoformat() if link.claimed_date else None,
                    "disagreements": [{"fact": f, "report": r, "cable": c} for f, r, c in link.disagreements()],
                }
                for link in article.cable_links.select_related("cable")
            ],
        }
    )


def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.visible().select_related("article", "speaker", "cable"), pk=pk)
    return JsonResponse(quote_json(request, quote))


def actor_detail(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    return JsonResponse(
        {
            **actor_json(request, actor),
            "quotes": [{"id": q.pk, "text": q.text, "url": _absolute(request, q)} for q in actor.quotes.visible()],
            "articles": [article_summary(request, m.article) for m in actor.article_mentions.select_related("article")],
        }
    )


def cable_detail(request, key):
    try:
        cable = Cable.objects.get_by_key(key)
    except Cable.DoesNotExist:
        raise Http404("No cable with that reference.")
    return JsonResponse(
        {
            **cable_json(request, cable),
            "text": cable.text or None,
            "articles": [article_summary(request, a) for a in cable.articles.all()],
            "quotes": [{"id": q.pk, "text": q.text, "url": _absolute(request, q)} for q in cable.quotes.visible()],
        }
    )


def search_results(request):
    """Hits, facets and the suggestion for a query, with the search page's filters."""
    form, state, parsed, results = run_search(request)
    if results is None:
        return JsonResponse({"query": "", "count": 0, "hits": [], "facets": {}, "suggestion": None})
    page = paginate(request, results)
    hits = to_hits(page.object_list, parsed.terms if parsed else [])
    counts = results.facet_counts()
    return JsonResponse(
        {
            "query": parsed.text if parsed else "",
            "note": parsed.note if parsed else "",
            "filters": state.filters,
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "hits": [
                {"type": h.kind, "id": h.pk, "title": h.title, "url": request.build_absolute_uri(h.url), "snippet": str(h.snippet)}
                for h in hits
            ],
            "facets": {group["name"]: [{"value": i["value"], "count": i["count"]} for i in group["items"]] for group in state.facets(counts)},
            "suggestion": suggest(parsed.text) if parsed and page.paginator.count < 3 else None,
        }
    )
