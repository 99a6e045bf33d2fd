"""Haystack's Whoosh engine with ranking and parsing suited to an archive of reports.

Whoosh's default BM25F strongly favours short documents, so a two-word quote whose
speaker is Kayani outranks the report that is about Kayani. Reports are what people
come for: with no length normalisation, how often a report names something counts.
Queries search the body and the names of actors, names weighing more.
"""
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from whoosh import scoring
from whoosh.qparser import MultifieldParser

# B is BM25's length normalisation (0 none, 1 full); K1 how fast repeats saturate.
RANKING = scoring.BM25F(B=0.0, K1=1.5)
DEFAULT_FIELDS = {"text": 1.0, "names": 3.0}


class _RankedIndex:
    """A Whoosh index whose searchers use RANKING; everything else passes through."""

    def __init__(self, index):
        self._index = index

    def __getattr__(self, name):
        return getattr(self._index, name)

    def refresh(self):
        return _RankedIndex(self._index.refresh())

    def searcher(self, **kwargs):
        kwargs.setdefault("weighting", RANKING)
        return self._index.searcher(**kwargs)


class ArchiveWhooshBackend(WhooshSearchBackend):
    @property
    def index(self):
        return self.__dict__.get("_index")

    @index.setter
    def index(self, value):
        self.__dict__["_index"] = _RankedIndex(value) if value is not None and not isinstance(value, _RankedIndex) else value

    def setup(self):
        super().setup()
        fields = [f for f in DEFAULT_FIELDS if f in self.schema.names()]
        self.parser = MultifieldParser(fields, schema=self.schema, fieldboosts=DEFAULT_FIELDS)


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
