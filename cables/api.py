"""Read-only JSON API. Field names are stable: outside tools rely on them.

`/api/` lists the endpoints and their parameters, `/api/schema/` describes them as
OpenAPI 3; every error is JSON too: {"error": {"status": 404, "message": "…"}}.
"""
import functools
import logging

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import Actor, Article, Cable, Quote
from .search import did_you_mean, to_hits
from .suggest import suggest
from .views import paginate, run_search

logger = logging.getLogger(__name__)

PAGE = {"name": "page", "in": "query", "description": "Page number (20 results a page); a page past the last is a 404.", "type": "integer"}
SEARCH_FILTERS = [
    {"name": "q", "in": "query", "description": "Words and the engine's syntax: \"phrase\", OR, NOT, -word, prefix*, speaker:, publication:, cable:.", "type": "string"},
    {"name": "type", "in": "query", "description": "Only this kind of result (repeatable): article, quote, actor, cable.", "type": "string"},
    {"name": "actor", "in": "query", "description": "Only results naming this actor (repeatable).", "type": "string"},
    {"name": "publication", "in": "query", "description": "Only results from this publication (repeatable).", "type": "string"},
    {"name": "year", "in": "query", "description": "Only results of this year (repeatable).", "type": "string"},
    {"name": "month", "in": "query", "description": "Only results of this month, YYYY-MM (repeatable).", "type": "string"},
    {"name": "classification", "in": "query", "description": "Only cables of this classification (repeatable).", "type": "string"},
    {"name": "sort", "in": "query", "description": "date: newest first; otherwise by relevance.", "type": "string"},
    PAGE,
]
# Every endpoint, the one description behind /api/ and /api/schema/.
ENDPOINTS = [
    {"name": "api_articles", "path": "/api/articles/", "summary": "Articles, newest first.", "parameters": [PAGE]},
    {"name": "api_article_detail", "path": "/api/articles/{slug}/", "summary": "One article: body, quotes with offsets, actors, cables.",
     "parameters": [{"name": "slug", "in": "path", "description": "The article's slug, as in its page address.", "type": "string"}]},
    {"name": "api_quote_detail", "path": "/api/quotes/{id}/", "summary": "One quote: speaker, article, cable and how it matches the cable.",
     "parameters": [{"name": "id", "in": "path", "description": "The quote's number.", "type": "integer"}]},
    {"name": "api_actor_detail", "path": "/api/actors/{slug}/", "summary": "One actor: aliases, quotes, articles naming them.",
     "parameters": [{"name": "slug", "in": "path", "description": "The actor's slug.", "type": "string"}]},
    {"name": "api_cable_detail", "path": "/api/cables/{key}/", "summary": "One cable: metadata, text when held, articles and quotes.",
     "parameters": [{"name": "key", "in": "path", "description": "The cable's reference ID (09ISLAMABAD155) or its number.", "type": "string"}]},
    {"name": "api_search", "path": "/api/search/", "summary": "Search: hits, facet counts and a suggestion, with the search page's filters.",
     "parameters": SEARCH_FILTERS},
    {"name": "api_schema", "path": "/api/schema/", "summary": "This API described as OpenAPI 3.", "parameters": []},
]


def error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


def json_errors(view):
    """Errors as JSON with their status, never an HTML page: a 404 for what does not
    exist, a 405 for anything but GET, a 500 (logged) for the unexpected."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error(405, "Only GET is allowed.")
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except Http404 as exc:
            return error(404, str(exc) or "Not found.")
        except Exception:
            logger.exception("API error on %s", request.get_full_path())
            return error(500, "The server could not answer this request.")

    # Read-only: a POST changes nothing, so it gets the JSON 405 rather than a CSRF page.
    wrapper.csrf_exempt = True
    return wrapper


@json_errors
def index(request):
    """The endpoints and their parameters."""
    return JsonResponse(
        {
            "endpoints": [
                {
                    "url": request.build_absolute_uri(e["path"]),
                    "path": e["path"],
                    "method": "GET",
                    "description": e["summary"],
                    "parameters": [{k: p[k] for k in ("name", "in", "type", "description")} for p in e["parameters"]],
                }
                for e in ENDPOINTS
            ],
            "schema": request.build_absolute_uri(reverse("cables:api_schema")),
            "errors": "Errors are JSON: {\"error\": {\"status\": 404, \"message\": \"…\"}}.",
        }
    )


@json_errors
def schema(request):
    """An OpenAPI 3 description of the endpoints above."""
    error_response = {
        "description": "An error",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    paths = {}
    for endpoint in ENDPOINTS:
        paths[endpoint["path"]] = {
            "get": {
                "operationId": endpoint["name"],
                "summary": endpoint["summary"],
                "parameters": [
                    {"name": p["name"], "in": p["in"], "required": p["in"] == "path", "description": p["description"], "schema": {"type": p["type"]}}
                    for p in endpoint["parameters"]
                ],
                "responses": {
                    "200": {"description": "JSON", "content": {"application/json": {"schema": {"type": "object"}}}},
                    "404": error_response,
                    "405": error_response,
                },
            }
        }
    return JsonResponse(
        {
            "openapi": "3.0.3",
            "info": {"title": "Cable Archive API", "version": "1", "description": __doc__.strip()},
            "servers": [{"url": request.build_absolute_uri("/")}],
            "paths": paths,
            "components": {
                "schemas": {
                    "Error": {
                        "type": "object",
                        "properties": {
                            "error": {
                                "type": "object",
                                "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
                                "required": ["status", "message"],
                            }
                        },
                    }
                }
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )


@json_errors
def not_found(request, rest=""):
    return error(404, "No such endpoint; /api/ lists them.")


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


@json_errors
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


@json_errors
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


@json_errors
def quote_detail(request, pk):
    quote = get_object_or_404(Quote.objects.visible().select_related("article", "speaker", "cable"), pk=pk)
    return JsonResponse(quote_json(request, quote))


@json_errors
def actor_detail(request, slug):
    actor = get_object_or_404(Actor, slug=slug)
    return JsonResponse(
        {
            **actor_json(request, actor),
            "quotes": [{"id": q.pk, "text": q.text, "url": _absolute(request, q)} for q in actor.quotes.visible()],
            "articles": [article_summary(request, m.article) for m in actor.article_mentions.select_related("article")],
        }
    )


@json_errors
def cable_detail(request, key):
    try:
        cable = Cable.objects.get_by_key(key)
    except Cable.DoesNotExist:
        raise Http404("No cable with that reference.") from None
    return JsonResponse(
        {
            **cable_json(request, cable),
            "text": cable.text or None,
            "articles": [article_summary(request, a) for a in cable.articles.all()],
            "quotes": [{"id": q.pk, "text": q.text, "url": _absolute(request, q)} for q in cable.quotes.visible()],
        }
    )


@json_errors
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
            "suggestion": did_you_mean(parsed, page.paginator.count, suggest),
        }
    )
