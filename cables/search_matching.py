"""Every document a Whoosh query matches, with its score, read a block of postings at a time.

A search page counts all of a query's matches and their facets, and ranks them. Whoosh
does that one match at a time through a tree of matchers, several Python calls per
match and per term, then runs the query a second time when asked which documents
matched. A name found in a third of the archive (40,000 documents at 20,000 reports)
cost over 200 ms that way.

Here the common shapes of a query are answered from whole blocks of postings: a term
reads its blocks' document numbers and weights as arrays and scores them in one
comprehension; an Or adds its parts' scores, an And keeps the documents all its parts
match and adds theirs, as Whoosh's union and intersection matchers do. Any other query
(a phrase, a prefix, a Not) is answered by Whoosh's own matcher for that part alone,
so every query gives what Whoosh would give: the same documents with the same scores,
up to the last bit of a floating-point sum.
"""
from itertools import accumulate

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import And, Or, Term


def scored_matches(searcher, query, weighting) -> dict[int, float]:
    """{document number: score} for every document of `searcher` that `query` matches,
    scored by `weighting`. Document numbers are the searcher's own (across segments)."""
    return _Matching(searcher, weighting).scores(query)


class _Matching:
    def __init__(self, searcher, weighting):
        self.searcher, self.weighting = searcher, weighting
        self.context = searcher.context(weighting=weighting)

    def scores(self, query) -> dict[int, float]:
        if isinstance(query, Term):
            found = self._term(query)
        elif isinstance(query, Or) and not query.scale and not query.minmatch and query.subqueries:
            found = self._union([self.scores(sub) for sub in query.subqueries])
        elif isinstance(query, And) and query.subqueries and not any(_is_not(sub) for sub in query.subqueries):
            found = self._intersection([self.scores(sub) for sub in query.subqueries])
        else:
            return self._by_whoosh(query)
        # A term's boost is in its scores already; Whoosh ignores the boost of an And or
        # Or of a single part (it hands over that part's matcher alone).
        if query.boost != 1.0 and not isinstance(query, Term) and len(query.subqueries) > 1:
            found = {docnum: score * query.boost for docnum, score in found.items()}
        return found

    @staticmethod
    def _union(parts: list[dict[int, float]]) -> dict[int, float]:
        parts.sort(key=len, reverse=True)
        found = dict(parts[0])
        for part in parts[1:]:
            get = found.get
            for docnum, score in part.items():
                kept = get(docnum)
                found[docnum] = score if kept is None else kept + score
        return found

    @staticmethod
    def _intersection(parts: list[dict[int, float]]) -> dict[int, float]:
        parts.sort(key=len)
        common = parts[0].keys()
        for part in parts[1:]:
            common = common & part.keys()
        return {docnum: sum(part[docnum] for part in parts) for docnum in common}

    def _term(self, term: Term) -> dict[int, float]:
        schema = self.searcher.schema
        if term.fieldname not in schema:
            return {}
        try:
            text = schema[term.fieldname].to_bytes(term.text)
        except ValueError:
            return {}
        found: dict[int, float] = {}
        for leaf, offset in self.searcher.leaf_searchers():
            reader = leaf.reader()
            if (term.fieldname, text) not in reader:
                continue
            scorer = self.weighting.scorer(leaf, term.fieldname, text)
            postings = reader.postings(term.fieldname, text)
            read = _block_reader(postings, scorer)
            if read is None:
                found.update(self._leaf_by_whoosh(term, leaf, offset))
                continue
            docnums, weights, deleted = read
            scores = scorer.scores(weights, term.boost)
            if deleted:
                found.update((d + offset, s) for d, s in zip(docnums, scores) if d not in deleted)
            elif offset:
                found.update(zip([d + offset for d in docnums], scores))
            else:
                found.update(zip(docnums, scores))
        return found

    def _by_whoosh(self, query) -> dict[int, float]:
        found: dict[int, float] = {}
        for leaf, offset in self.searcher.leaf_searchers():
            found.update(self._leaf_by_whoosh(query, leaf, offset))
        return found

    def _leaf_by_whoosh(self, query, leaf, offset):
        matcher = query.matcher(leaf, self.context)
        while matcher.is_active():
            yield matcher.id() + offset, matcher.score()
            matcher.next()


def _is_not(query) -> bool:
    return query.__class__.__name__ == "Not"


def _block_reader(postings, scorer):
    """(document numbers, weights, deleted documents) of a term's postings in one
    segment, read block by block from Whoosh's own files, or None when the postings are
    not the kind read here or the scorer cannot score a block at once (then Whoosh's
    matcher reads them)."""
    if not hasattr(scorer, "scores"):
        return None
    deleted = frozenset()
    if isinstance(postings, FilterMatcher) and postings._exclude:
        deleted, postings = postings._ids, postings.child
    if type(postings) is not W3LeafMatcher or postings._byteids:
        return None
    docnums: list[int] = []
    weights: list[float] = []
    while postings.is_active():
        if postings._data is None:
            postings._read_data()
        if postings._weights is None:
            postings._read_weights()
        ids = postings._ids
        if ids is None:  # Whoosh's own decoding is a generator, one call per id
            ids = list(accumulate(postings._data[0]))
        start = postings._i  # a filter may have stepped past deleted documents already
        docnums.extend(ids[start:] if start else ids)
        weights.extend(postings._weights[start:] if start else postings._weights)
        postings._next_block()
    return docnums, weights, deleted
