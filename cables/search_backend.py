"""Haystack's Whoosh engine with ranking and parsing suited to an archive of reports.

Whoosh's default BM25F strongly favours short documents, so a two-word quote whose
speaker is Kayani outranks the report that is about Kayani. Reports are what people
come for: with no length normalisation, how often a report names something counts.
Queries search the body and the names of actors, names weighing more.

Haystack's Whoosh backend also searches with more work than a page needs: it runs a
query once for the count and again for each page and its facets, scores every
document of a filter ("kind:quote") to build it, and counts facets through term
vectors. `ArchiveWhooshBackend.search` answers the same calls in one pass over the
matches, keeps what it found until the index changes, and counts facets from values
read once per segment. Indexes are read from files, not memory-mapped.

Another thread or process may commit to the index while a query reads it; a commit
that merges segments deletes their files. A query that finds its index gone from
under it (a vanished table of contents or segment file, a closed reader) reopens the
index and runs again, so searches never fail while curators save and ingests write.
"""
import functools
import heapq
import logging
import threading
import time
from collections import Counter, OrderedDict
from itertools import chain
from operator import itemgetter

from django.utils.encoding import force_str
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.models import SearchResult
from haystack.utils import get_identifier, get_model_ct
from haystack.utils.app_loading import haystack_get_model
from whoosh import scoring
from whoosh.analysis import Filter, StemmingAnalyzer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import KEYWORD, TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.idsets import BitSet
from whoosh.qparser import MultifieldPlugin, QueryParser
from whoosh.query import And, Or, Phrase, QueryError, Term
from whoosh.reading import EmptyReader, MultiReader, ReaderClosed, SegmentReader
from whoosh.searching import Searcher
from whoosh.sorting import FieldFacet

from .search_matching import scored_matches

WRITER_TIMEOUT = 30  # seconds to wait for Whoosh's own lock (update_index may hold it)
# Whoosh's codec zlib-compresses every term's block of postings, and most terms of a
# batch (word pairs above all: 60,000 of them in 150 reports) have one short block: a
# third of a commit's time went to compressing them. Uncompressed blocks are read by
# any Whoosh (each block says how it was written), and cost little more disk.
WRITER_CODEC = W3Codec(compression=0)
# Postings a writer sorts in memory before spilling sorted runs to temporary files
# and merging them back at the commit (Whoosh's default 128 MB spilled two or three
# runs in a bulk drain of a few hundred long documents). Whoosh's own estimate: about
# half the memory the postings really take.
WRITER_LIMIT_MB = 256
DELETE_CHUNK = 500
# A read that finds the index changed under it is tried again this many times, after
# pauses growing from READ_RETRY_PAUSE seconds (about 2.5 s in all).
READ_ATTEMPTS = 8
READ_RETRY_PAUSE = 0.01
# What a reader meets when a writer removed the files it was about to open, or when a
# reader it shared was closed: the index is still there, in a newer generation.
INDEX_CHANGED = (ReaderClosed, OSError, EOFError)
logger = logging.getLogger(__name__)


class _SaturatingScorer(scoring.BaseScorer):
    """BM25 with no length normalisation: idf × tf(K1+1)/(tf+K1). Whoosh's BM25F
    scorer looks up each document's field length even when B is 0; this does not."""

    def __init__(self, searcher, fieldname, text, k1):
        info = searcher.term_info(fieldname, text)
        self.idf = searcher.get_parent().idf(fieldname, text)
        self.k1 = k1
        self._maxquality = self._saturate(info.max_weight())

    def _saturate(self, weight):
        return self.idf * weight * (self.k1 + 1) / (weight + self.k1)

    def supports_block_quality(self):
        return True

    def max_quality(self):
        return self._maxquality

    def block_quality(self, matcher):
        return self._saturate(matcher.block_max_weight())

    def score(self, matcher):
        weight = matcher.weight()
        return self.idf * weight * (self.k1 + 1) / (weight + self.k1)

    def scores(self, weights, boost=1.0) -> list[float]:
        """Many postings' scores at once, each as `score` and a query's boost give it
        (search_matching reads whole blocks of postings)."""
        idf, k1 = self.idf, self.k1
        if boost == 1.0:
            return [idf * w * (k1 + 1) / (w + k1) for w in weights]
        return [idf * w * (k1 + 1) / (w + k1) * boost for w in weights]


class _LengthFreeBM25F(scoring.BM25F):
    def scorer(self, searcher, fieldname, text, qf=1):
        if self.B == 0 and searcher.schema[fieldname].scorable:
            return _SaturatingScorer(searcher, fieldname, text, self.K1)
        return super().scorer(searcher, fieldname, text, qf=qf)


# B is BM25's length normalisation (0 none, 1 full); K1 how fast repeats saturate.
RANKING = _LengthFreeBM25F(B=0.0, K1=1.5)
# An original cable's own text weighs less than reports' words (see search_indexes).
DEFAULT_FIELDS = {"text": 1.0, "names": 3.0, "cable_text": 0.4}


# Facet fields with one value per document: counted from a column (fast), not from
# term vectors. The others (actors, classification) can hold several values.
SINGLE_VALUED = {"kind", "publication_facet", "year", "month"}
FACET_FIELDS = SINGLE_VALUED | {"actor_facet", "classification"}
_searchers = threading.local()

# Two-word shingles of the document text, as Elasticsearch's index_phrases keeps them:
# a quoted phrase then reads the postings of its word pairs, each rare, instead of
# the positions of every word, common ones included ("the talks", "said on").
PAIRS_FIELD = "text_pairs"
PAIRED_FIELD = "text"


class _Pairs(Filter):
    """Each token joined with the one before it ("border talks"), at the first one's
    position, so consecutive pairs of a phrase stand at consecutive positions. Runs
    after the text field's own analysis: the pairs are of the same stemmed words, with
    the same stop words left out, as a phrase query on the text field would match."""

    def __call__(self, tokens):
        previous = None
        for token in tokens:
            text, pos, start = token.text, getattr(token, "pos", None), getattr(token, "startchar", None)
            if previous is not None:
                token.text = previous[0] + " " + text
                if token.positions:
                    token.pos = previous[1]
                if token.chars:
                    token.startchar = previous[2]
                yield token
            previous = (text, pos, start)


def pairs_analyzer():
    return StemmingAnalyzer() | _Pairs()


def _pair_query(words, boost=1.0):
    """The query on the pairs field that matches exactly the phrase of these (analysed) words."""
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    if len(pairs) == 1:
        return Term(PAIRS_FIELD, pairs[0], boost=boost)
    return Phrase(PAIRS_FIELD, pairs, boost=boost)


def _has_pairs(searcher) -> bool:
    """Every document with text has its pairs too: a document of n words has n - 1
    pairs, so in each segment the words outnumber the pairs by at most one per
    document. An index written before the pairs field existed (or a segment merged
    from old and new documents) fails this until it is rebuilt, and its phrases are
    read from word positions as before: slower, never wrong."""
    if PAIRS_FIELD not in searcher.schema:
        return False
    return all(
        reader.field_length(PAIRED_FIELD) - reader.field_length(PAIRS_FIELD) <= reader.doc_count_all()
        for reader, _ in searcher.reader().leaf_readers()
    )


# Fields whose every document's words are also in its text (the search templates put
# actors' names and aliases there). Such a field keeps no word positions: reading a
# term's postings with positions costs six times as much, and a phrase in it is a
# phrase in the text too, so it is read from the text (see names_phrases_in_text).
NAMED_IN_TEXT = {"names"}


def names_phrases_in_text(query):
    """`query` with each phrase on a field of names read as the same phrase on the text,
    weighing what both did (every document with the phrase in its names has it in its
    text: a document matching one matches both, and their scores add)."""
    if isinstance(query, Phrase):
        if query.fieldname in NAMED_IN_TEXT:
            return Phrase(PAIRED_FIELD, query.words, slop=query.slop, boost=query.boost, char_ranges=query.char_ranges)
        return query
    if query.is_leaf():
        return query
    query = query.apply(names_phrases_in_text)
    return _merged(query) if isinstance(query, Or) else query


def use_pairs(query):
    """`query` with each exact phrase on the text field read from the pairs field."""
    if isinstance(query, Phrase):
        if query.slop != 1 or len(query.words) < 2 or query.fieldname != PAIRED_FIELD:
            return query
        return _pair_query(query.words, query.boost)
    if query.is_leaf():
        return query
    return query.apply(use_pairs)


class _ArchiveParser(QueryParser):
    """Whoosh's parser over the archive's fields (as its MultifieldParser builds it),
    reading names' phrases from the text."""

    def __init__(self, fieldnames, schema, fieldboosts):
        super().__init__(None, schema)
        self.add_plugin(MultifieldPlugin(fieldnames, fieldboosts=fieldboosts))

    def parse(self, text, normalize=True, debug=False):
        query = super().parse(text, normalize=normalize, debug=debug)
        return names_phrases_in_text(query) if query is not None else None


def _merged(query: Or) -> Or:
    """An Or whose alternatives that are the same query but for their weight are one,
    weighing their sum (a document matching one matches all: scores add the same)."""
    merged: dict[str, object] = {}
    for sub in query.subqueries:
        key = repr(sub.copy().with_boost(1.0)) if isinstance(sub, (Term, Phrase)) else repr(sub)
        if key in merged and isinstance(sub, (Term, Phrase)):
            kept = merged[key]
            merged[key] = kept.with_boost(kept.boost + sub.boost)
        else:
            merged[key] = sub
    subqueries = list(merged.values())
    return subqueries[0] if len(subqueries) == 1 else Or(subqueries, boost=query.boost)


class _PairWriter:
    """A Whoosh writer that indexes the text field's pairs with each document."""

    def __init__(self, writer):
        self._writer = writer

    def __getattr__(self, name):
        return getattr(self._writer, name)

    def _with_pairs(self, fields):
        if PAIRED_FIELD in fields and PAIRS_FIELD not in fields and PAIRS_FIELD in self._writer.schema:
            fields[PAIRS_FIELD] = fields[PAIRED_FIELD]
        return fields

    def add_document(self, **fields):
        return self._writer.add_document(**self._with_pairs(fields))

    def update_document(self, **fields):
        return self._writer.update_document(**self._with_pairs(fields))

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        return self._writer.__exit__(exc_type, value, traceback)


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

    def writer(self, **kwargs):
        return _PairWriter(self._index.writer(**kwargs))

    def searcher(self, **kwargs):
        if kwargs:
            kwargs.setdefault("weighting", RANKING)
            return self._index.searcher(**kwargs)
        key = _folder(self._index)
        kept = getattr(_searchers, "by_index", {})
        _searchers.by_index = kept
        current = kept.get(key)
        if current is None or current.reader().generation() != self._index.latest_generation():
            reader = _open_reader(self._index, current.reader() if current is not None else None)
            current = kept[key] = Searcher(reader, weighting=RANKING, fromindex=self._index)
        return _KeptSearcher(current)


def _folder(index):
    return getattr(index.storage, "folder", id(index.storage))


def _forget_searcher(index) -> None:
    """Drop this thread's kept searcher of an index, so the next query opens a new one."""
    getattr(_searchers, "by_index", {}).pop(_folder(index), None)


def _open_reader(index, previous=None):
    """A reader over the index's current segments that reuses `previous`'s readers of
    segments unchanged since (same segment, same deletions).

    Whoosh's own refresh matches old readers by generation instead of segment, so it
    never reuses one and closes them all; when a segment file vanished as it was being
    opened it retries and closes them a second time, which raises ReaderClosed and
    left the kept searcher unusable. Readers no longer needed here are not closed: the
    previous searcher may still be in use, and the garbage collector closes them.
    """
    toc = index._read_toc()
    reusable = {}
    if previous is not None:
        reusable = {
            (r.segment().segment_id(), r.segment().deleted_count()): r
            for r, _ in previous.leaf_readers()
            if isinstance(r, SegmentReader) and not r.is_closed
        }
    readers = [
        reusable.get((segment.segment_id(), segment.deleted_count()))
        or SegmentReader(index.storage, toc.schema, segment, generation=toc.generation)
        for segment in toc.segments
    ]
    if not readers:
        return EmptyReader(toc.schema)
    return MultiReader(readers, generation=toc.generation)


def retry_reads(backend, read):
    """`read()`, run again on a reopened index when the index changed under it."""
    return _while_index_changes(read, then=backend.reopen)


def _while_index_changes(read, then=None):
    """`read()`, tried again after a pause (and `then()`) when a writer replaced the
    index's files as it was read."""
    for attempt in range(READ_ATTEMPTS):
        try:
            return read()
        except INDEX_CHANGED as error:
            if attempt == READ_ATTEMPTS - 1:
                raise
            logger.info("search index changed while reading (%r); reading again", error)
            time.sleep(READ_RETRY_PAUSE * 2**attempt)
            if then is not None:
                then()
    raise AssertionError("unreachable")


def _retrying(method):
    @functools.wraps(method)
    def retrying(self, *args, **kwargs):
        return retry_reads(self, lambda: method(self, *args, **kwargs))

    return retrying


class _Kept:
    """A small store of recent results, least recently used out first, shared by a
    process's threads."""

    def __init__(self, size: int):
        self.size, self._items, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key, value):
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


def _searcher_key(searcher) -> tuple:
    """What a searcher sees: its segments (random ids) and how many documents each has
    deleted. Documents are numbered the same for as long as this stays the same. An
    index nothing was written to yet has no segment (its reader is Whoosh's empty one)."""
    segments = (r.segment() for r, _ in searcher.reader().leaf_readers())
    return tuple((s.segment_id(), s.deleted_count()) for s in segments if s is not None)


def _split_facet_filters(query):
    """Facet filters ("kind:quote") out of a query, to apply as filters: they would
    add the same score to every match, and as a kept set of documents they cost one
    lookup per match instead of a walk along a posting list as long as the index."""
    if not isinstance(query, And):
        return query, []
    filters = [q for q in query.subqueries if isinstance(q, Term) and q.fieldname in FACET_FIELDS]
    rest = [q for q in query.subqueries if not (isinstance(q, Term) and q.fieldname in FACET_FIELDS)]
    if not filters or not rest:
        return query, []
    return (rest[0] if len(rest) == 1 else And(rest)), filters


class _FacetValues:
    """Every document's facet values, by document number, for one searcher.

    Counting facets then means looking up the matching documents in lists, not
    reading a column or a term vector per document through Whoosh. Segments never
    change once written, so each segment's values are read once and kept; a new
    searcher only adds the values of its new segments.
    """

    _by_segment = _Kept(64)

    def __init__(self, searcher, fields, folder):
        self.fields, self.folder = fields, folder
        self.values = {f: [] for f in fields}
        for segment_reader, _offset in searcher.reader().leaf_readers():
            if segment_reader.segment() is None:  # an index nothing was written to yet
                continue
            for field, values in self._segment_values(segment_reader).items():
                self.values[field].extend(values)

    def _segment_values(self, reader):
        key = (self.folder, reader.segment().segment_id(), tuple(self.fields))
        kept = self._by_segment.get(key)
        if kept is not None:
            return kept
        size = reader.doc_count_all()
        found = {}
        shared: dict[tuple, tuple] = {}  # one tuple per distinct set of values, not one per document
        for field in self.fields:
            if field not in reader.schema:
                found[field] = [()] * size
                continue
            if field in SINGLE_VALUED and reader.has_column(field):
                column = reader.column_reader(field)
                found[field] = [shared.setdefault(v, v) for v in ((force_str(x),) if x else () for x in column)]
                continue
            per_doc = [[] for _ in range(size)]
            for term in reader.lexicon(field):
                value = force_str(term)
                for docnum in reader.postings(field, term).all_ids():
                    per_doc[docnum].append(value)
            found[field] = [shared.setdefault(t, t) for t in map(tuple, per_doc)]
        return self._by_segment.put(key, found)

    def count(self, docnums) -> dict[str, list[tuple[str, int]]]:
        docnums = list(docnums)
        # One itemgetter picks every match's values from a field's list in one call,
        # and Counter counts them in C.
        pick = itemgetter(*docnums) if len(docnums) > 1 else (lambda values: [values[d] for d in docnums])
        counts = {}
        for field, values in self.values.items():
            counter = Counter(chain.from_iterable(pick(values)))
            counts[field] = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
        return counts


class _AllowedDocs(BitSet):
    """The documents a filter lets through. Whoosh's filtering collector tests the
    set's truth once for every match, and a BitSet answers that by reading all its
    bytes (about 2 ms for each match at 135,000 documents): here it is known once."""

    def __init__(self, source, size):
        super().__init__(source, size=size)
        self.empty = not BitSet.__bool__(self)

    def __bool__(self):
        return not self.empty


class _Found:
    """What one query found on one searcher: how many documents match, their facet
    counts, and the best-ranked ones so far (more are ranked when a later page needs
    them). Small: the set of matches itself is not kept."""

    def __init__(self, count, facets, ranked):
        self.count, self.facets, self.ranked = count, facets, ranked


class ArchiveWhooshBackend(WhooshSearchBackend):
    # Recent queries and what they found, per searcher: paging through results,
    # counting them and reading their facets in one request (Haystack asks for each
    # separately) or in later requests costs one search, until the index changes.
    RANK_AT_LEAST = 100

    _found = _Kept(128)
    _allowed_sets = _Kept(64)  # a bit per document each
    _facet_values = _Kept(1)  # only the current searcher's are worth keeping

    def state(self) -> tuple:
        """What this process's searcher sees of the index now (it changes with every
        commit): a key under which what a query found can be kept."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        return (self.path, _searcher_key(self.index.searcher()._searcher))

    def reopen(self) -> None:
        """Forget every reader of the index: the next read opens the index afresh."""
        if self.index is not None:
            _forget_searcher(self.index)
        if self.setup_complete and self.use_file_storage:
            self.index = None
            self.setup_complete = False

    # Every write to the embedded index takes the archive's index writer lock, so that
    # `update_index`, `rebuild_index` and `clear_index` wait for a drain in progress (and
    # a drain for them) instead of failing on Whoosh's own lock or writing documents
    # read before the drain's. A drain already holds it; the lock lets it in again.
    def update(self, index, iterable, commit=True):
        from .signals import index_writer_lock

        with index_writer_lock():
            return super().update(index, iterable, commit=commit)

    def remove(self, obj_or_string, commit=True):
        from .signals import index_writer_lock

        with index_writer_lock():
            return super().remove(obj_or_string, commit=commit)

    def clear(self, models=None, commit=True):
        from .signals import index_writer_lock

        with index_writer_lock():
            return super().clear(models=models, commit=commit)

    @_retrying
    def more_like_this(self, *args, **kwargs):
        return super().more_like_this(*args, **kwargs)

    @_retrying
    def search(self, query_string, sort_by=None, start_offset=0, end_offset=None, fields="", highlight=False,
               facets=None, date_facets=None, query_facets=None, narrow_queries=None, spelling_query=None,
               within=None, dwithin=None, distance_point=None, models=None, limit_to_registered_models=None,
               result_class=None, **kwargs):
        """Haystack's search, done with less work; what the archive never asks for
        (highlighting by Whoosh, date or query facets, geography, several sort fields)
        goes to Haystack's own."""
        unusual = highlight or date_facets or query_facets or within or dwithin or distance_point or spelling_query
        if unusual or limit_to_registered_models or (sort_by and len(sort_by) > 1):
            return super().search(
                query_string, sort_by=sort_by, start_offset=start_offset, end_offset=end_offset, fields=fields,
                highlight=highlight, facets=facets, date_facets=date_facets, query_facets=query_facets,
                narrow_queries=narrow_queries, spelling_query=spelling_query, within=within, dwithin=dwithin,
                distance_point=distance_point, models=models, limit_to_registered_models=limit_to_registered_models,
                result_class=result_class, **kwargs,
            )
        if not self.setup_complete:
            self.setup()
        query_string = force_str(query_string)
        if not query_string or (len(query_string) <= 1 and query_string != "*"):
            return {"results": [], "hits": 0}
        self.index = self.index.refresh()
        searcher = self.index.searcher()._searcher
        query = self.parser.parse(query_string)
        if query is None:
            return {"results": [], "hits": 0}
        if _has_pairs(searcher):
            query = use_pairs(query)
        filters = [self.parser.parse(force_str(nq)) for nq in sorted(narrow_queries or ())]
        if models:
            filters.append(Or([Term(DJANGO_CT, get_model_ct(m)) for m in models]))
        query, facet_filters = _split_facet_filters(query)
        filters += facet_filters
        filter_query = And(filters) if filters else None
        facet_fields = tuple(sorted(facets or ()))
        start = start_offset or 0
        needed = max(end_offset if end_offset is not None else self.RANK_AT_LEAST, 1)
        state = _searcher_key(searcher)
        sort = sort_by[0] if sort_by else None
        try:
            found = self._find(searcher, state, query, filter_query, facet_fields, sort, needed)
        except QueryError as error:  # a query Whoosh cannot run (a phrase on a field without positions) finds nothing
            logger.warning("unsearchable query %r: %s", query_string, error)
            return {"results": [], "hits": 0}
        end = end_offset if end_offset is not None else found.count
        if end > len(found.ranked) and len(found.ranked) < found.count:  # a page beyond those ranked so far
            found = self._find(searcher, state, query, filter_query, facet_fields, sort, end, refresh=True)
        results = [self._result(searcher, docnum, score, result_class) for docnum, score in found.ranked[start:end]]
        return {
            "results": [r for r in results if r is not None],
            "hits": found.count,
            "facets": {"fields": {f: found.facets[f] for f in facet_fields}, "dates": {}, "queries": {}} if facet_fields else {},
            "spelling_suggestion": None,
        }

    def _find(self, searcher, state, query, filter_query, facet_fields, sort, needed, refresh=False) -> _Found:
        """Every match, the best `needed` of them ranked, and facet counts, from one
        reading of the matches (search_matching). Whoosh's optimised top-k search would
        skip some, and counting them and their facets would then take a second pass."""
        key = (state, repr(query), repr(filter_query), facet_fields, sort)
        kept = None if refresh else self._found.get(key)
        if kept is not None:
            return kept
        allowed = self._allowed(searcher, state, filter_query) if filter_query is not None else None
        if allowed is not None and allowed.empty:
            # Whoosh takes an empty filter for no filter at all: nothing passes this one.
            return self._found.put(key, _Found(0, {f: [] for f in facet_fields}, []))
        matches = scored_matches(searcher, query, searcher.weighting)
        if allowed is not None:
            matches = {docnum: score for docnum, score in matches.items() if docnum in allowed}
        limit = max(needed, self.RANK_AT_LEAST)
        if sort:
            hits = searcher.search(query, limit=limit, filter=allowed, sortedby=sort.lstrip("-"), reverse=sort.startswith("-"))
            ranked = [(hit.docnum, hit.score) for hit in hits]
        else:  # best first, and of equal scores the earlier document first, as Whoosh ranks them
            ranked = heapq.nsmallest(limit, matches.items(), key=lambda match: (-match[1], match[0]))
        counts = {}
        if facet_fields:
            values = self._facet_values.get((state, facet_fields))
            if values is None:
                values = self._facet_values.put((state, facet_fields), _FacetValues(searcher, facet_fields, self.path))
            counts = values.count(matches.keys())
        return self._found.put(key, _Found(len(matches), counts, ranked))

    def _allowed(self, searcher, state, filter_query) -> _AllowedDocs:
        """The documents a filter lets through, kept per index state: the same few
        filters (a type, a year, a publication) come back with every query."""
        key = (state, repr(filter_query))
        kept = self._allowed_sets.get(key)
        if kept is not None:
            return kept
        return self._allowed_sets.put(key, _AllowedDocs(searcher.docs_for_query(filter_query), size=searcher.doc_count_all()))

    def _result(self, searcher, docnum, score, result_class):
        """A Haystack SearchResult from a document's stored fields (as Haystack builds it)."""
        stored = searcher.stored_fields(docnum)
        app_label, model_name = stored[DJANGO_CT].split(".")
        model = haystack_get_model(app_label, model_name)
        if model is None:
            return None
        index = self._unified_index().get_index(model)
        fields = {}
        for key, value in stored.items():
            if key in (DJANGO_CT, DJANGO_ID):
                continue
            field = index.fields.get(key)
            if field is not None and hasattr(field, "convert"):
                fields[key] = (value.split(",") if value else []) if field.is_multivalued else field.convert(value)
            else:
                fields[key] = self._to_python(value)
        return (result_class or SearchResult)(app_label, model_name, stored[DJANGO_ID], score or 0, **fields)

    def _unified_index(self):
        from haystack import connections

        return connections[self.connection_alias].get_unified_index()

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
        writer = self.index.writer(timeout=WRITER_TIMEOUT, codec=WRITER_CODEC, limitmb=WRITER_LIMIT_MB)
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

    def build_schema(self, fields):
        content_field, schema = super().build_schema(fields)
        for name, field in fields.items():
            if not field.is_multivalued and type(schema[field.index_fieldname]) is TEXT:
                # Haystack makes every text field sortable, a column holding each
                # document's whole text a second time; the archive sorts by date alone.
                made = schema[field.index_fieldname]
                schema.remove(field.index_fieldname)
                schema.add(field.index_fieldname, TEXT(
                    stored=True, analyzer=made.analyzer, field_boost=made.format.field_boost, sortable=False,
                    phrase=field.index_fieldname not in NAMED_IN_TEXT, spelling=made.spelling,
                ))
                continue
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
        if content_field == PAIRED_FIELD:
            schema.add(PAIRS_FIELD, TEXT(analyzer=pairs_analyzer(), phrase=True, stored=False))
        return content_field, schema

    def setup(self):
        super().setup()
        if self.use_file_storage:
            # Whoosh maps every segment file into memory by default, and opening a
            # searcher then costs ~10 MB of memory per 1,000 articles and a pause on
            # each index change; reading by file offsets is as fast here.
            self.storage = FileStorage(self.path, supports_mmap=False)
            self.index = _while_index_changes(self._open_index)
        fields = [f for f in DEFAULT_FIELDS if f in self.schema.names()]
        self.parser = _ArchiveParser(fields, schema=self.schema, fieldboosts=DEFAULT_FIELDS)

    def _open_index(self):
        self._keep_fields_as_written()
        return self.storage.open_index(schema=self.schema)

    def _keep_fields_as_written(self) -> None:
        """Fields of an existing index keep the format they were written in.

        Names kept word positions in indexes written before they were read from the
        text's (NAMED_IN_TEXT). Whoosh cannot merge a segment's postings into a field
        of another format, so such an index keeps its names as written, and is as
        fast as before; `rebuild_index` writes the new format.
        """
        written = self.storage.open_index().schema  # from the index's table of contents
        for name in NAMED_IN_TEXT:
            if name in written and name in self.schema and type(written[name].format) is not type(self.schema[name].format):
                self.schema.remove(name)
                self.schema.add(name, written[name])


def index_state(using: str = "default"):
    """The search index's current state on this engine, or None when the engine is
    not this one (Elasticsearch, Solr: they keep their own caches)."""
    from haystack import connections

    backend = connections[using].get_backend()
    return retry_reads(backend, backend.state) if isinstance(backend, ArchiveWhooshBackend) else None


class ArchiveWhooshEngine(WhooshEngine):
    backend = ArchiveWhooshBackend
