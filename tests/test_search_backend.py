"""The archive's Whoosh search path gives what Haystack's own gives, with less work."""
import haystack
from haystack.backends.whoosh_backend import WhooshSearchBackend

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
