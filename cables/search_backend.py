"""Haystack's Whoosh engine with ranking and parsing suited to an archive of reports.

Whoosh's default BM25F strongly favours short documents, so a two-word quote whose
speaker is Kayani outranks the report that is about Kayani. Reports are what people
come for: with no length normalisation, how often a report names something counts.
Queries search the body and the names of actors, names weighing more.
"""
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
import threading

from whoosh import scoring
from whoosh.fields import KEYWORD
from whoosh.sorting import FieldFacet
from whoosh.qparser import MultifieldParser
from whoosh.query import Or, Term

WRITER_TIMEOUT = 30  # seconds to wait for Whoosh's own lock (update_index may hold it)
DELETE_CHUNK = 500

# B is BM25's length normalisation (0 none, 1 full); K1 how fast repeats saturate.
RANKING = scoring.BM25F(B=0.0, K1=1.5)
DEFAULT_FIELDS = {"text": 1.0, "names": 3.0}


# Facet fields with one value per document: counted from a column (fast), not from
# term vectors. The others (actors, classification) can hold several values.
SINGLE_VALUED = {"kind", "publication_facet", "year", "month"}
_searchers = threading.local()


class _KeptSearcher:
    """A searcher kept open between queries (Haystack closes it after each one).

    Opening a searcher reads every segment's term tables; keeping one per thread and
    refreshing it only when the index changed saves that on every query.
    """

    def __init__(self, searcher):
        self._searcher = searcher

    def __getattr__(self, name):
        return getattr(self._searcher, name)

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def search_page(self, query, pagenum, **kwargs):
        return self._searcher.search_page(query, pagenum, **_single_valued_facets(kwargs))

    def search(self, query, **kwargs):
        return self._searcher.search(query, **_single_valued_facets(kwargs))


def _single_valued_facets(kwargs):
    groups = kwargs.get("groupedby")
    if groups:
        kwargs["groupedby"] = [
            FieldFacet(g.fieldname, maptype=g.maptype) if isinstance(g, FieldFacet) and g.fieldname in SINGLE_VALUED else g
            for g in groups
        ]
    return kwargs


class _RankedIndex:
    """A Whoosh index whose searchers use RANKING and are kept per thread."""

    def __init__(self, index):
        self._index = index

    def __getattr__(self, name):
        return getattr(self._index, name)

    def refresh(self):
        return _RankedIndex(self._index.refresh())

    def searcher(self, **kwargs):
        if kwargs:
            kwargs.setdefault("weighting", RANKING)
            return self._index.searcher(**kwargs)
        key = getattr(self._index.storage, "folder", id(self._index.storage))
        kept = getattr(_searchers, "by_index", {})
        _searchers.by_index = kept
        current = kept.get(key)
        if current is None:
            current = self._index.searcher(weighting=RANKING)
        else:
            # A refreshed searcher shares the unchanged segments' readers with the old
            # one, so the old one is left to the garbage collector, not closed.
            current = current.refresh()
        kept[key] = current
        return _KeptSearcher(current)


class ArchiveWhooshBackend(WhooshSearchBackend):
    @property
    def index(self):
        return self.__dict__.get("_index")

    @index.setter
    def index(self, value):
        self.__dict__["_index"] = _RankedIndex(value) if value is not None and not isinstance(value, _RankedIndex) else value

    def replace(self, batches, removed_ids, *, merge: bool = True) -> None:
        """Write many documents and removals in one commit.

        Haystack's update() replaces documents one by one, each replacement opening
        a reader over every segment, and commits once per model: a bulk ingest then
        spends most of its time in Whoosh. Here old versions go in one delete, the
        new ones are added, and everything is committed once.
        """
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        writer = self.index.writer(timeout=WRITER_TIMEOUT)
        try:
            ids = list(removed_ids) + [get_identifier(obj) for _, objs in batches for obj in objs]
            for start in range(0, len(ids), DELETE_CHUNK):
                writer.delete_by_query(Or([Term(ID, i) for i in ids[start : start + DELETE_CHUNK]]))
            for index, objs in batches:
                for obj in objs:
                    try:
                        doc = index.full_prepare(obj)
                    except SkipDocument:
                        continue
                    doc = {key: self._from_python(value) for key, value in doc.items() if key != "boost"}
                    writer.add_document(**doc)
        except BaseException:
            writer.cancel()
            raise
        # Whoosh's default policy merges small segments as they pile up, which keeps
        # their number (and the cost of every later delete and search) low. A bulk
        # ingest writes large segments and skips the merge, which would rewrite them.
        writer.commit(merge=merge)

    def stored_documents(self, model):
        """The stored fields of every document of a model, in index order."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            yield from searcher.documents(django_ct=f"{model._meta.app_label}.{model._meta.model_name}")

    def optimize(self) -> None:
        """Merge every segment into one: faster searches after a bulk ingest."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        self.index.optimize()

    def build_schema(self, fields):
        content_field, schema = super().build_schema(fields)
        for name, field in fields.items():
            if field.is_multivalued and field.indexed is not False:
                # Columns (one value per document) and term vectors (several) let
                # Whoosh count facets from the matching documents alone, instead of
                # walking every posting of the field.
                single = field.index_fieldname in SINGLE_VALUED
                schema.remove(field.index_fieldname)
                schema.add(
                    field.index_fieldname,
                    KEYWORD(stored=True, commas=True, scorable=True, sortable=single, vector=not single),
                )
        return content_field, schema

    def setup(self):
        super().setup()
        fields = [f for f in DEFAULT_FIELDS if f in self.schema.names()]
        self.parser = MultifieldParser(fields, schema=self.schema, fieldboosts=DEFAULT_FIELDS)


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
