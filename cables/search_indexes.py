"""Search documents for articles, quotes, actors and cables (Haystack conventions).

Every document has the same fields so one search can list, filter and facet them
together. Facet fields are multi-value fields: Haystack stores those as Whoosh
KEYWORD fields, which keep "Ashfaq Pervez Kayani" whole, where a plain faceted
CharField would be cut into words.
"""
from django.db.models import Prefetch
from haystack import indexes

from .models import Actor, Article, Cable, Quote, QuoteStatus

# Whoosh counts multi-valued facets from term vectors, and a document with no value
# has no vector to read: it gets this placeholder, which pages never show.
NO_VALUE = "_none"


def _clean(values):
    # KEYWORD fields split on commas.
    return sorted({str(v).replace(",", " ").strip() for v in values if v and str(v).strip()}) or [NO_VALUE]


class ArchiveIndex(indexes.SearchIndex):
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField()
    date = indexes.DateField(null=True)
    # Searched with more weight than body words (see cables/search_backend.py).
    names = indexes.CharField(null=True)
    # An original cable's text: searched, with less weight than reports and names, so
    # that a report about someone ranks above a cable that mentions them.
    cable_text = indexes.CharField(null=True)
    # For field queries: speaker:Kayani, publication:standard, cable:09ISLAMABAD155.
    speaker = indexes.CharField(null=True)
    publication = indexes.CharField(null=True)
    cable = indexes.CharField(null=True)
    # Facets and filters, values kept whole.
    kind = indexes.MultiValueField()
    actor_facet = indexes.MultiValueField()
    publication_facet = indexes.MultiValueField()
    year = indexes.MultiValueField()
    month = indexes.MultiValueField()
    classification = indexes.MultiValueField()

    kind_name = ""

    def prepare_kind(self, obj):
        return [self.kind_name]

    def prepare_year(self, obj):
        value = self.prepare_date(obj)
        return _clean([value.year if value else None])

    def prepare_month(self, obj):
        value = self.prepare_date(obj)
        return _clean([value.strftime("%Y-%m") if value else None])

    def prepare_actor_facet(self, obj):
        return _clean(a.name for a in self.actors_of(obj))

    def prepare_names(self, obj):
        return " ".join(n for a in self.actors_of(obj) for n in [a.name, *a.aliases])

    def prepare_publication_facet(self, obj):
        return _clean([self.prepare_publication(obj)])

    def prepare_classification(self, obj):
        return _clean(c.classification for c in self.cables_of(obj))

    def prepare_cable(self, obj):
        return " ".join(c.reference for c in self.cables_of(obj) if c.reference) or None

    def prepare_publication(self, obj):
        return None

    def prepare_speaker(self, obj):
        return None

    def actors_of(self, obj):
        return []

    def cables_of(self, obj):
        return []


class ArticleIndex(ArchiveIndex, indexes.Indexable):
    kind_name = "article"

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        # Speakers joined to their quotes: Django 5.2 prefetches a foreign key on
        # SQLite with one "id = … OR id = …" term per object, and SQLite refuses more
        # than 1,000 (a drain or check_index reading 500 articles with many speakers).
        return Article.objects.prefetch_related("actors", Prefetch("quotes", Quote.objects.select_related("speaker")), "cables")

    def read_queryset(self, using=None):
        # A result shows the title and a snippet of the body, nothing related.
        return Article.objects.defer("raw")

    def prepare_title(self, obj):
        return obj.title

    def prepare_date(self, obj):
        return obj.published

    def prepare_publication(self, obj):
        return obj.publication or None

    def prepare_speaker(self, obj):
        speakers = {q.speaker for q in obj.quotes.all() if q.speaker and q.status != QuoteStatus.REJECTED}
        # In a fixed order, so the same article always makes the same document.
        return " ".join(n for s in sorted(speakers, key=lambda s: (s.name, s.pk)) for n in [s.name, *s.aliases]) or None

    def actors_of(self, obj):
        return [a for a in obj.actors.all() if a.kind != "place"]

    def cables_of(self, obj):
        return list(obj.cables.all())


class QuoteIndex(ArchiveIndex, indexes.Indexable):
    kind_name = "quote"

    def get_model(self):
        return Quote

    def index_queryset(self, using=None):
        return Quote.objects.exclude(status=QuoteStatus.REJECTED).select_related("article", "speaker", "cable")

    def read_queryset(self, using=None):
        # Result lists show each quote's speaker and article.
        return Quote.objects.select_related("article", "speaker").defer("article__raw", "article__body")

    def prepare_title(self, obj):
        return obj.text

    def prepare_date(self, obj):
        return obj.article.published

    def prepare_publication(self, obj):
        return obj.article.publication or None

    def prepare_speaker(self, obj):
        return " ".join([obj.speaker.name, *obj.speaker.aliases]) if obj.speaker else None

    def actors_of(self, obj):
        return [obj.speaker] if obj.speaker else []

    def cables_of(self, obj):
        return [obj.cable] if obj.cable else []


class ActorIndex(ArchiveIndex, indexes.Indexable):
    kind_name = "actor"
    # Edge n-grams of the name and aliases, for autocomplete as the user types.
    name_auto = indexes.EdgeNgramField()

    def get_model(self):
        return Actor

    def prepare_title(self, obj):
        return obj.name

    def prepare_name_auto(self, obj):
        return " ".join([obj.name, *obj.aliases])

    def prepare_date(self, obj):
        return None

    def actors_of(self, obj):
        return [obj]


class CableIndex(ArchiveIndex, indexes.Indexable):
    kind_name = "cable"

    def get_model(self):
        return Cable

    def index_queryset(self, using=None):
        # Names and the actor facet both read a cable's actors: once per batch, not twice per cable.
        return Cable.objects.prefetch_related("actors")

    def prepare_title(self, obj):
        return str(obj)

    def prepare_date(self, obj):
        return obj.date

    def prepare_cable_text(self, obj):
        return obj.text or None

    def actors_of(self, obj):
        return [a for a in obj.actors.all() if a.kind == "person"]

    def cables_of(self, obj):
        return [obj]
