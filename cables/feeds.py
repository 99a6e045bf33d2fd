"""Atom feeds: new articles, and new results for any search."""
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from haystack.inputs import Exact

from .models import Article


class LatestArticlesFeed(Feed):
    feed_type = Atom1Feed
    title = "Cable Archive: new articles"
    link = "/articles/"
    subtitle = "News reports on leaked diplomatic cables, newest first."

    def items(self):
        return Article.objects.order_by("-created", "-pk")[:30]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.body[:500]

    def item_pubdate(self, article):
        return article.created

    def item_author_name(self, article):
        return article.publication or None


class SearchFeed(LatestArticlesFeed):
    """The newest articles a search finds: subscribe to a query."""

    def get_object(self, request):
        from .views import run_search

        form, state, parsed, results = run_search(request)
        return {"query": parsed.text if parsed else "", "results": results, "params": request.GET.urlencode()}

    def title(self, obj):
        return f"Cable Archive: “{obj['query']}”" if obj["query"] else "Cable Archive search"

    def link(self, obj):
        return f"/search/?{obj['params']}"

    def feed_url(self, obj):
        # rel=self must name this query's feed, not the bare /feeds/search/.
        return f"/feeds/search/?{obj['params']}" if obj["params"] else "/feeds/search/"

    def items(self, obj):
        if obj["results"] is None:
            return []
        pks = [int(r.pk) for r in obj["results"].filter(kind=Exact("article")).order_by("-date")[:30]]
        by_pk = Article.objects.in_bulk(pks)
        return [by_pk[pk] for pk in pks if pk in by_pk]
