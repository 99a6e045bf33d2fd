from cables.models import Actor, Quote

from .test_pages import KAYANI_FILE


def test_article_list_and_detail(client, seeded):
    data = client.get("/api/articles/").json()
    assert data["count"] == 2
    assert set(data["results"][0]) == {"slug", "title", "publication", "published", "byline", "place", "source_url", "url"}
    article = seeded[KAYANI_FILE]
    detail = client.get(f"/api/articles/{article.slug}/").json()
    assert detail["title"] == article.title and detail["body"] == article.body
    texts = {q["text"] for q in detail["quotes"]}
    assert "would respond to an Indian attack" in texts
    assert {a["name"] for a in detail["actors"]} >= {"Ashfaq Pervez Kayani", "David Petraeus"}
    assert detail["cables"][0]["reference"] == "09ISLAMABAD155" and detail["cables"][0]["link"] == "quotes"
    quote = detail["quotes"][0]
    assert detail["body"][quote["start"] : quote["end"]] == quote["text"]


def test_quote_actor_and_cable_endpoints(client, seeded):
    quote = Quote.objects.get(text="would respond to an Indian attack")
    data = client.get(f"/api/quotes/{quote.pk}/").json()
    assert data["speaker"]["name"] == "Ashfaq Pervez Kayani" and data["from_cable"] is True
    actor = client.get(f"/api/actors/{Actor.objects.get(name='Ashfaq Pervez Kayani').slug}/").json()
    assert actor["kind"] == "person" and "Kayani" in actor["aliases"]
    assert any(q["id"] == quote.pk for q in actor["quotes"])
    cable = client.get("/api/cables/09ISLAMABAD155/").json()
    assert cable["reference"] == "09ISLAMABAD155" and cable["date"] == "2009-01-24" and cable["text"]


def test_search_endpoint_fields(client, seeded):
    data = client.get("/api/search/", {"q": "Mulford"}).json()
    assert data["count"] >= 1
    assert set(data["hits"][0]) == {"type", "id", "title", "url", "snippet"}


def test_missing_objects_are_404(client, seeded):
    for url in ("/api/articles/nope/", "/api/quotes/999999/", "/api/actors/nope/", "/api/cables/nope/"):
        assert client.get(url).status_code == 404
