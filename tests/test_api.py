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


def test_the_api_root_lists_every_endpoint_with_its_parameters(client, db):
    data = client.get("/api/").json()
    paths = {e["path"]: e for e in data["endpoints"]}
    assert {"/api/articles/", "/api/articles/{slug}/", "/api/quotes/{id}/", "/api/actors/{slug}/", "/api/cables/{key}/", "/api/search/"} <= set(paths)
    assert {"q", "type", "actor", "publication", "sort", "page"} <= {p["name"] for p in paths["/api/search/"]["parameters"]}
    assert all(p["description"] for e in data["endpoints"] for p in e["parameters"])
    assert data["schema"].endswith("/api/schema/")


def test_the_openapi_schema_describes_the_same_endpoints(client, db):
    schema = client.get("/api/schema/").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {e["path"] for e in client.get("/api/").json()["endpoints"]}
    detail = schema["paths"]["/api/quotes/{id}/"]["get"]
    assert detail["parameters"] == [{"name": "id", "in": "path", "required": True, "description": "The quote's number.", "schema": {"type": "integer"}}]
    assert detail["responses"]["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_errors_are_json_with_their_status(client, seeded):
    for url in ("/api/articles/nope/", "/api/quotes/999999/", "/api/actors/nope/", "/api/cables/nope/", "/api/no-such-endpoint/", "/api/articles/?page=99"):
        response = client.get(url)
        assert response.status_code == 404 and response["Content-Type"] == "application/json", url
        assert response.json()["error"]["status"] == 404 and response.json()["error"]["message"], url
    response = client.post("/api/articles/")
    assert response.status_code == 405 and response.json()["error"]["status"] == 405
