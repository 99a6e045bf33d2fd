"""Quoted phrases are read from the index of word pairs, and find the words together only."""
import pytest
from whoosh.query import Or, Phrase, Term

from cables.models import Article
from cables.search_backend import PAIRS_FIELD, ArchiveWhooshBackend, names_phrases_in_text, use_pairs

TOGETHER = "Port officials said the harbour crane contract was signed late on Friday after months of delay."
APART = "The crane stood idle in the harbour while the contract for its repair waited on a signature."
REVERSED = "Nobody expected the contract crane harbour affair to reach the minister before Friday."


@pytest.fixture
def articles(transactional_db):
    made = {}
    for key, body in {"together": TOGETHER, "apart": APART, "reversed": REVERSED}.items():
        made[key] = Article.objects.create(
            title=f"Report {key} on the docks", body=body, raw=body, content_hash=key * 8, publication="Quay Weekly")
    return made


def _titles(client, q):
    return [h["title"] for h in client.get("/api/search/", {"q": q}).json()["hits"] if h["type"] == "article"]


def _page(client, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def test_a_quoted_phrase_finds_the_words_together_and_not_apart(client, articles):
    for phrase in ['"harbour crane contract"', '"harbour crane"', '"crane contract"']:
        assert _titles(client, phrase) == [articles["together"].title], phrase
    # Unquoted, the same words find all three reports.
    assert set(_titles(client, "harbour crane contract")) == {a.title for a in articles.values()}
    html = _page(client, '"harbour crane contract"')
    assert articles["together"].title in html
    assert articles["apart"].title not in html and articles["reversed"].title not in html


def test_the_search_page_reads_phrases_from_the_pairs_index(client, articles, monkeypatch):
    asked = []
    find = ArchiveWhooshBackend._find

    def spy(self, searcher, state, query, *args, **kwargs):
        asked.append(query)
        return find(self, searcher, state, query, *args, **kwargs)

    monkeypatch.setattr(ArchiveWhooshBackend, "_find", spy)
    _page(client, 'docks "harbour crane contract"')
    leaves = [leaf for query in asked for leaf in query.leaves()]
    assert any(leaf.field() == PAIRS_FIELD for leaf in leaves)
    assert not any(isinstance(leaf, Phrase) and leaf.fieldname == "text" for leaf in leaves)


def test_an_edit_changes_what_a_phrase_finds_at_once(client, articles):
    assert _titles(client, '"crane contract"') == [articles["together"].title]
    article = articles["apart"]
    article.body = "Dockers said the crane contract would be signed by the end of the month."
    article.save()
    assert set(_titles(client, '"crane contract"')) == {articles["together"].title, article.title}
    article.delete()
    assert _titles(client, '"crane contract"') == [articles["together"].title]


def test_only_exact_phrases_on_the_text_are_rewritten():
    near = Phrase("text", ["harbour", "contract"], slop=3)
    assert use_pairs(near) is near
    cable = Phrase("cable_text", ["ann", "lee"])
    assert use_pairs(cable) is cable
    # A phrase in the names is one in the text too: one read of the pairs, both weights.
    both = use_pairs(names_phrases_in_text(Or([Phrase("text", ["ann", "lee"]), Phrase("names", ["ann", "lee"], boost=3.0), cable])))
    assert both == Or([Term(PAIRS_FIELD, "ann lee", boost=4.0), cable])
    three = use_pairs(Phrase("text", ["harbour", "crane", "contract"]))
    assert isinstance(three, Phrase) and three.fieldname == PAIRS_FIELD and three.words == ["harbour crane", "crane contract"]


def test_an_index_written_before_the_pairs_field_still_finds_phrases(client, articles, monkeypatch):
    from cables import search_backend

    writer = search_backend._PairWriter._with_pairs
    # Documents written without their pairs, as by a version of the archive before them.
    monkeypatch.setattr(search_backend._PairWriter, "_with_pairs", lambda self, fields: fields)
    for article in articles.values():
        article.save()
    assert _titles(client, '"harbour crane contract"') == [articles["together"].title]
    monkeypatch.setattr(search_backend._PairWriter, "_with_pairs", writer)
    # Rewritten with pairs, the same index reads phrases from them again.
    for article in articles.values():
        article.save()
    assert _titles(client, '"harbour crane contract"') == [articles["together"].title]


def test_a_quoted_name_is_found_though_names_keep_no_word_positions(transactional_db, client):
    from cables.models import Actor

    actor = Actor.objects.create(name="Tomas Obari Lusara", kind="person")
    article = Article.objects.create(title="Harbour strike ends", body="Tomas Obari Lusara said the strike was over.",
                                     raw="x", content_hash="n" * 16, publication="Quay Weekly")
    article.actors.add(actor)
    article.save()
    assert "Harbour strike ends" in _titles(client, '"Obari Lusara"')
    assert "Harbour strike ends" in _titles(client, '"Tomas Obari Lusara"')


def test_an_index_whose_names_kept_word_positions_still_takes_new_reports(transactional_db, client, monkeypatch):
    """An archive indexed by an earlier version (names with word positions) is upgraded:
    its segments merge with new ones, and names are found by word and by phrase."""
    import haystack

    from cables import search_backend

    backend = haystack.connections["default"].get_backend()
    with monkeypatch.context() as earlier:
        earlier.setattr(search_backend, "NAMED_IN_TEXT", set())
        backend.clear()
        _article_naming("Kito Lusara", "Old report")
    backend.setup_complete = False
    backend.setup()
    _article_naming("Kito Lusara", "New report")
    backend.index.optimize()  # every segment merged into one
    assert set(_titles(client, '"Kito Lusara"')) == {"Old report", "New report"}
    assert set(_titles(client, "Lusara")) == {"Old report", "New report"}


def _article_naming(name, title):
    from cables.models import Actor

    actor, _ = Actor.objects.get_or_create(name=name, kind="person")
    article = Article.objects.create(title=title, body=f"{name} spoke at the quay.", raw="x",
                                     content_hash=title.replace(" ", "") * 4, publication="Quay Weekly")
    article.actors.add(actor)
    article.save()
