
from cables.models import Actor, Quote
from cables.search import highlight

from .test_pages import KAYANI_FILE, MULFORD_FILE


def hits(client, q, **params):
    return client.get("/api/search/", {"q": q, **params}).json()["hits"]


def first_article(results):
    return next(h for h in results if h["type"] == "article")


def test_kayani_finds_the_kayani_report_first(client, seeded):
    results = hits(client, "Kayani")
    assert results[0]["type"] == "article"
    assert results[0]["title"] == seeded[KAYANI_FILE].title


def test_mulford_finds_the_report_on_the_diplomats_meeting(client, seeded):
    results = hits(client, "Mulford")
    assert first_article(results)["title"] == seeded[MULFORD_FILE].title
    assert all(h["title"] != seeded[KAYANI_FILE].title for h in results)


def test_quotes_and_actors_are_searchable_and_can_be_filtered_by_type(client, seeded):
    quotes = hits(client, "existential threat", type="quote")
    assert quotes and all(h["type"] == "quote" for h in quotes)
    assert "existential" in quotes[0]["title"]
    actors = hits(client, "Petraeus", type="actor")
    assert [h["title"] for h in actors] == ["David Petraeus"]


def test_search_page_shows_highlighted_snippets(client, seeded):
    html = client.get("/search/", {"q": "Kayani"}).content.decode()
    assert "<mark>Kayani</mark>" in html
    assert seeded[KAYANI_FILE].title in html


def test_hostile_queries_never_break_the_page(client, seeded):
    for q in ['"unbalanced', "(Kayani", "AND", "<script>alert(1)</script>", "span class", ".*[", "a" * 600, "Kayani\x00\x07"]:
        response = client.get("/search/", {"q": q})
        assert response.status_code == 200, q
        assert "<script>alert(1)</script>" not in response.content.decode()
        assert client.get("/api/search/", {"q": q}).status_code in (200, 400)


def test_highlight_escapes_first_then_marks():
    html = highlight('<b>Kayani</b> said "<span class=x>"', ["kayani", "span", "class"], length=None)
    assert html == '&lt;b&gt;<mark>Kayani</mark>&lt;/b&gt; said &quot;&lt;<mark>span</mark> <mark>class</mark>=x&gt;&quot;'


def test_saving_and_deleting_updates_the_index(client, seeded):
    quote = Quote.objects.get(text="please share it with us")
    quote.text = "please tell us about zanzibarian plots"
    quote.save()
    assert {(h["type"], h["id"]) for h in hits(client, "zanzibarian")} == {("article", quote.article_id), ("quote", quote.pk)}
    assert not any(h["id"] == quote.pk and h["type"] == "quote" for h in hits(client, "share"))
    quote.delete()
    assert hits(client, "zanzibarian") == []
    Actor.objects.create(name="Quintus Obscurus", kind="person")
    assert hits(client, "Obscurus")[0]["title"] == "Quintus Obscurus"
