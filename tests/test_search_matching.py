"""Matches read a block of postings at a time are the matches Whoosh finds, with its scores."""
import random

import pytest
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.qparser import MultifieldParser
from whoosh.query import And, Not, Or, Term

from cables.search_backend import RANKING, use_pairs
from cables.search_matching import scored_matches

WORDS = "talks border envoy lusara kito obari harbour grain treaty minister cable embassy said".split()


@pytest.fixture
def searcher(tmp_path):
    """An index of made-up reports in three segments, some documents deleted, long
    posting lists (several blocks of postings) and short ones."""
    schema = Schema(id=ID(stored=True, unique=True), text=TEXT(phrase=True), names=TEXT(), kind=KEYWORD(stored=True))
    index = FileStorage(str(tmp_path)).create_index(schema)
    rng = random.Random(7)
    number = 0
    for segment in range(3):
        writer = index.writer()
        for _ in range(400):
            words = [rng.choice(WORDS) for _ in range(rng.randint(3, 40))]
            if number % 50 == 0:
                words += ["Obari", "said", "harbour", "talks"]
            writer.add_document(id=str(number), text=" ".join(words), names=" ".join(w for w in words if w in {"lusara", "kito", "obari"}),
                                kind="quote" if number % 3 else "article")
            number += 1
        writer.commit(merge=False)
    writer = index.writer()
    for gone in range(5, number, 37):
        writer.delete_by_term("id", str(gone))
    writer.commit(merge=False)
    with index.searcher(weighting=RANKING) as searcher:
        assert len(searcher.leaf_searchers()) == 3 and searcher.reader().has_deletions()
        yield searcher


def _whoosh(searcher, query):
    return {hit.docnum: hit.score for hit in searcher.search(query, limit=None, optimize=False)}


@pytest.mark.parametrize("text", [
    "talks", "Obari", "lusara kito", "lusara OR harbour", "envoy AND NOT grain", '"said harbour"', "harb*",
    "treaty -border", "(kito OR obari) AND minister", "nosuchword", "names:kito^2 envoy",
])
def test_parsed_queries_match_whooshs_documents_and_scores(searcher, text):
    parser = MultifieldParser(["text", "names"], schema=searcher.schema, fieldboosts={"text": 1.0, "names": 3.0})
    query = parser.parse(text)
    ours, theirs = scored_matches(searcher, query, searcher.weighting), _whoosh(searcher, query)
    assert ours.keys() == theirs.keys(), text
    assert ours == pytest.approx(theirs, rel=1e-12), text


def test_boosts_nested_queries_and_a_term_of_an_unknown_field(searcher):
    queries = [
        Or([Term("text", "talks", boost=2.5), And([Term("text", "kito"), Term("names", "obari")], boost=0.5)]),
        And([Or([Term("text", "grain"), Term("text", "cable")]), Not(Term("text", "envoy"))]),
        Term("nowhere", "talks"),
        Or([Term("text", "talks")], boost=3.0),
    ]
    for query in queries:
        ours, theirs = scored_matches(searcher, query, searcher.weighting), _whoosh(searcher, query)
        assert ours.keys() == theirs.keys() and ours == pytest.approx(theirs, rel=1e-12), query


def test_a_deleted_document_is_never_matched(searcher):
    deleted = {docnum for docnum in range(searcher.doc_count_all()) if searcher.reader().is_deleted(docnum)}
    assert deleted
    found = scored_matches(searcher, Term("text", "talks"), searcher.weighting)
    assert found and not deleted & found.keys()


def test_phrases_rewritten_to_word_pairs_still_match_like_whoosh(searcher):
    parser = MultifieldParser(["text"], schema=searcher.schema)
    query = use_pairs(parser.parse('"obari said harbour"'))  # no pairs field here: the phrase stays a phrase
    assert scored_matches(searcher, query, searcher.weighting) == pytest.approx(_whoosh(searcher, query))
