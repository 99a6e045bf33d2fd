"""Search documents for articles, quotes, actors and cables (Haystack conventions).

Every document has `kind`, `title`, `date` and faceted `publication`, `year`,
`actors` so one search page can list and filter them together.
"""
from haystack import indexes

from .models import Actor, Article, Cable, Quote, QuoteStatus


class ArchiveIndex(indexes.SearchIndex):
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField()
    kind = indexes.CharField(faceted=True)
    date = indexes.DateField(null=True)
    year = indexes.IntegerField(null=True, faceted=True)
    publication = indexes.CharField(null=True, faceted=True)
    actors = indexes.MultiValueField(faceted=True)

    def prepare_year(self, obj):
        value = self.prepare_date(obj)
        return value.year if value else None


class ArticleIndex(ArchiveIndex, indexes.Indexable):
    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.prefetch_related("actors", "quotes__speaker", "cables")

    def prepare_title(self, obj):
        return obj.title

    def prepare_kind(self, obj):
        return "article"

    def prepare_date(self, obj):
        return obj.published

    def prepare_publication(self, obj):
        return obj.publication or None

    def prepare_actors(self, obj):
        return sorted({a.name for a in obj.actors.all()})


class QuoteIndex(ArchiveIndex, indexes.Indexable):
    def get_model(self):
        return Quote

    def index_queryset(self, using=None):
        return Quote.objects.exclude(status=QuoteStatus.REJECTED).select_related("article", "speaker", "cable")

    def prepare_title(self, obj):
        return obj.text

    def prepare_kind(self, obj):
        return "quote"

    def prepare_date(self, obj):
        return obj.article.published

    def prepare_publication(self, obj):
        return obj.article.publication or None

    def prepare_actors(self, obj):
        return [obj.speaker.name] if obj.speaker else []


class ActorIndex(ArchiveIndex, indexes.Indexable):
    def get_model(self):
        return Actor

    def prepare_title(self, obj):
        return obj.name

    def prepare_kind(self, obj):
        return "actor"

    def prepare_date(self, obj):
        return None

    def prepare_actors(self, obj):
        return [obj.name]


class CableIndex(ArchiveIndex, indexes.Indexable):
    def get_model(self):
        return Cable

    def prepare_title(self, obj):
        return str(obj)

    def prepare_kind(self, obj):
        return "cable"

    def prepare_date(self, obj):
        return obj.date

    def prepare_actors(self, obj):
        return []
