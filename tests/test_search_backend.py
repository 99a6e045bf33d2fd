"""The archive's Whoosh search path gives what Haystack's own gives, with less work."""
import haystack
import pytest
from haystack.backends.whoosh_backend import WhooshSearchBackend
from whoosh.qparser import MultifieldParser

from cables.models import Quote
from cables.search_backend import ArchiveWhooshBackend

FACETS = ["kind", "actor_facet", "publication_facet", "year", "month", "classification"]
QUERIES = ["Kayani", "(cable AND Pakistan)", '"western border"', "Mulford OR Mukherjee", "(Kayani AND kind:(quote))", "zzzqqq"]


def _both():
    ours = haystack.connections["default"].get_backend()
    assert isinstance(ours, ArchiveWhooshBackend)
    ours.setup()
    stock = WhooshSearchBackend("default", PATH=ours.path)
    stock.setup()
    # Haystack parses into its document field alone; ours also reads a cable's own text
    # (a field of its own, weighted lower): the same fields for both, to compare like with like.
    stock.parser = MultifieldParser(["text", "cable_text"], schema=stock.schema)
    return ours, stock


def _facets(result):
    return {name: sorted(values) for name, values in result.get("facets", {}).get("fields", {}).items()}


def test_counts_and_facets_match_haystacks_own(seeded):
    ours, stock = _both()
    for query in QUERIES:
        mine, theirs = ours.search(query, facets=FACETS, end_offset=10), stock.search(query, facets=FACETS, end_offset=10)
        assert mine["hits"] == theirs["hits"], query
        if theirs["hits"]:
            assert _facets(mine) == _facets(theirs), query
            assert {r.pk for r in mine["results"]} <= {r.pk for r in stock.search(query, end_offset=1000)["results"]}


def test_every_page_holds_the_next_documents_in_rank_order(seeded, monkeypatch):
    ours, _ = _both()
    monkeypatch.setattr(ArchiveWhooshBackend, "RANK_AT_LEAST", 3)  # force ranking deeper for later pages
    everything = ours.search("Kayani OR Pakistan OR cable", end_offset=1000)
    assert everything["hits"] > 8
    paged = []
    for start in range(0, everything["hits"], 3):
        paged += ours.search("Kayani OR Pakistan OR cable", start_offset=start, end_offset=start + 3)["results"]
    assert [(r.model_name, r.pk) for r in paged] == [(r.model_name, r.pk) for r in everything["results"]]


def test_sorting_by_date_and_filtering_by_model(seeded):
    ours, _ = _both()
    dated = ours.search("Kayani", sort_by=["-date"], end_offset=100)["results"]
    dates = [r.date for r in dated if r.date]
    assert dates == sorted(dates, reverse=True) and dates
    only_quotes = ours.search("Kayani", models=[Quote], end_offset=100)
    assert only_quotes["hits"] > 0 and {r.model_name for r in only_quotes["results"]} == {"quote"}


def test_a_change_is_searchable_at_once_despite_the_kept_results(seeded):
    ours, _ = _both()
    before = ours.search("Zorblatt", facets=FACETS, end_offset=10)
    assert before["hits"] == 0
    quote = Quote.objects.filter(speaker__name="Ashfaq Pervez Kayani").first()
    quote.text = quote.text + " Zorblatt"
    quote.save()
    after = ours.search("Zorblatt", facets=FACETS, end_offset=10)
    # The quote, and its article (whose document carries a curator's wording of its quotes).
    assert {(r.model_name, r.pk) for r in after["results"]} == {("quote", str(quote.pk)), ("article", str(quote.article_id))}
    assert dict(after["facets"]["fields"]["kind"]) == {"quote": 1, "article": 1}


# --- Reading while the index is written -------------------------------------------

def _write(backend, words, *, merge=False):
    """Commit one raw document per word (a quote document of that word)."""
    writer = backend.index._index.writer(timeout=10)
    for word in words:
        number = abs(hash(word)) % 10**9
        writer.add_document(id=f"cables.quote.{number}", django_ct="cables.quote", django_id=str(number), text=f"common {word}", kind="quote")
    writer.commit(merge=merge)


def _empty_backend():
    backend = haystack.connections["default"].get_backend()
    backend.setup()
    return backend


def test_a_segment_that_vanishes_as_a_search_opens_it_is_read_again(monkeypatch):
    """A writer merged segments away between our reading the table of contents and
    opening a segment file: the search reopens the index instead of failing, and the
    searches after it work too (Whoosh's own refresh closed the old readers twice)."""
    from whoosh.reading import SegmentReader

    from cables import search_backend

    backend = _empty_backend()
    for n in range(3):
        _write(backend, [f"alpha{n}", f"beta{n}"])
    assert backend.search("common")["hits"] == 6

    class VanishingOnce(SegmentReader):
        failures = 1

        def __init__(self, *args, **kwargs):
            if VanishingOnce.failures:
                VanishingOnce.failures -= 1
                raise FileNotFoundError(2, "No such file or directory", "_MAIN_gone.seg")
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(search_backend, "SegmentReader", VanishingOnce)
    _write(backend, ["gamma"])
    assert backend.search("common")["hits"] == 7
    assert VanishingOnce.failures == 0
    _write(backend, ["delta"])
    assert backend.search("common")["hits"] == 8
    assert backend.search("gamma")["hits"] == 1


def test_a_closed_kept_reader_is_replaced_not_reported():
    backend = _empty_backend()
    _write(backend, ["alpha", "beta"])
    assert backend.search("alpha")["hits"] == 1
    backend.index.searcher()._searcher.reader().close()  # as Whoosh's own refresh did to readers still in use
    assert backend.search("alpha")["hits"] == 1
    assert backend.search("beta")["hits"] == 1


def test_unchanged_segments_keep_their_readers_across_a_commit():
    backend = _empty_backend()
    _write(backend, ["alpha"])
    _write(backend, ["beta"])
    backend.search("common")
    before = {r.segment().segment_id(): r for r, _ in backend.index.searcher()._searcher.reader().leaf_readers()}
    _write(backend, ["gamma"])
    assert backend.search("common")["hits"] == 3
    after = {r.segment().segment_id(): r for r, _ in backend.index.searcher()._searcher.reader().leaf_readers()}
    assert len(after) == 3
    assert all(after[segment] is reader for segment, reader in before.items())


def test_searches_in_one_thread_never_fail_while_another_merges_segments():
    """Real threads, no injected faults: one commits and merges (deleting segment
    files), one searches; every search answers, with a count that only grows."""
    import threading

    backend = _empty_backend()
    _write(backend, ["seed"])
    errors, counts, done = [], {}, threading.Event()

    def write():
        try:
            writer_backend = _empty_backend()  # this thread's own connection
            for n in range(60):
                _write(writer_backend, [f"w{n}a", f"w{n}b"], merge=True)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(("writer", repr(error)))
        finally:
            done.set()

    def read():
        seen = counts.setdefault(threading.get_ident(), [])
        try:  # opening the index races the writer too
            reader_backend = _empty_backend()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(("reader opening", repr(error)))
            return
        while not done.is_set():
            try:
                seen.append(reader_backend.search("common", facets=["kind"])["hits"])
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(("reader", repr(error)))

    threads = [threading.Thread(target=write), threading.Thread(target=read), threading.Thread(target=read)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors[:5]
    assert all(len(seen) > 5 and seen == sorted(seen) for seen in counts.values()), counts
    assert _empty_backend().search("common")["hits"] == 121


@pytest.mark.django_db
def test_cable_documents_are_prepared_without_a_query_per_cable(django_assert_max_num_queries):
    from haystack import connections

    from cables.models import Actor, Cable, CableActor

    people = [Actor.objects.create(name=f"Obari Kito{n}", kind="person", slug=f"obari-kito{n}") for n in range(3)]
    for n in range(30):
        cable = Cable.objects.create(reference=f"08LUSARA{n:03d}", text="Kito met the minister.")
        for person in people:
            CableActor.objects.create(cable=cable, actor=person)
    index = connections["default"].get_unified_index().get_index(Cable)
    with django_assert_max_num_queries(4):
        documents = [index.full_prepare(cable) for cable in index.index_queryset()]
    assert len(documents) == 30
    assert all(document["actor_facet"] == ["Obari Kito0", "Obari Kito1", "Obari Kito2"] for document in documents)
