"""Haystack's Whoosh engine with ranking suited to an archive of reports.

Whoosh's default BM25F strongly favours short documents, so a two-word quote whose
speaker is Kayani outranks the report that is about Kayani. Reports are what people
come for: with weak length normalisation, how often a report names something counts.
"""
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from whoosh import scoring

# B is BM25's length normalisation (0 none, 1 full); K1 how fast repeats saturate.
RANKING = scoring.BM25F(B=0.0, K1=1.5)


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


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
