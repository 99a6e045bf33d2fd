from django.contrib.auth.models import User

from cables.models import Quote


def test_visitors_are_sent_to_the_login_page(client, seeded):
    response = client.get("/admin/cables/quote/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_edit_a_quote_and_search_follows(client, seeded):
    admin = User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(admin)
    quote = Quote.objects.get(text="please share it with us")
    for url in ("/admin/cables/quote/", "/admin/cables/article/", "/admin/cables/actor/", "/admin/cables/cable/",
                f"/admin/cables/quote/{quote.pk}/change/", f"/admin/cables/article/{quote.article_id}/change/"):
        assert client.get(url).status_code == 200, url
    form = {
        "article": quote.article_id,
        "text": "kindly warn us of threats",
        "speaker": quote.speaker_id,
        "cable": quote.cable_id or "",
        "from_cable": "on",
        "status": "verified",
        "start": quote.start,
        "end": quote.end,
    }
    response = client.post(f"/admin/cables/quote/{quote.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    quote.refresh_from_db()
    assert quote.text == "kindly warn us of threats"
    assert quote.extracted_text == "please share it with us"  # never lost
    found = client.get("/api/search/", {"q": "threats", "type": "quote"}).json()["hits"]
    assert quote.pk in [h["id"] for h in found]
    old = client.get("/api/search/", {"q": "share", "type": "quote"}).json()["hits"]
    assert quote.pk not in [h["id"] for h in old]


def test_the_autocomplete_for_speakers_works(client, seeded):
    admin = User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(admin)
    response = client.get("/admin/autocomplete/", {"app_label": "cables", "model_name": "quote", "field_name": "speaker", "term": "Kay"})
    assert [r["text"] for r in response.json()["results"]] == ["Ashfaq Pervez Kayani"]
