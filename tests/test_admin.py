import re

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


def test_one_save_writes_one_history_row_and_no_none_reason(client, seeded):
    admin = User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(admin)
    quote = Quote.objects.get(text="would respond to an Indian attack")
    before = quote.history.count()
    form = {
        "article": quote.article_id, "text": "would answer an Indian attack", "speaker": quote.speaker_id,
        "cable": quote.cable_id, "from_cable": "on", "status": "verified", "start": quote.start, "end": quote.end,
    }
    response = client.post(f"/admin/cables/quote/{quote.pk}/change/", form)
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.history.count() == before + 1
    assert quote.match == "close" and quote.history.first().match == "close"  # realigned in the same save
    html = client.get(f"/admin/cables/quote/{quote.pk}/history/").content.decode()
    assert "would answer an Indian attack" in html and not re.search(r"<td>\s*None\s*</td>", html)
    assert "ingest or a command" in html  # the rows ingest wrote
    assert "style=" not in html.split('id="content"')[1]


def test_import_page_needs_the_add_article_permission_and_loads_each_file(client, seeded):
    from django.contrib.auth.models import Permission
    from django.core.files.uploadedfile import SimpleUploadedFile

    staff = User.objects.create_user("viewer", "v@example.org", "a-long-test-password", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(staff)
    assert client.get("/admin/cables/article/import/").status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="add_article"))
    assert client.get("/admin/cables/article/import/").status_code == 200
    from cables.uploads import MAX_UPLOAD_BYTES

    big = SimpleUploadedFile("big.txt", b"x" * (MAX_UPLOAD_BYTES + 1))
    same = SimpleUploadedFile("same.txt", b"Title: A\n\nThe minister said the plan \"would not change\" after the vote on Tuesday.\n")
    again = SimpleUploadedFile("same.txt", b"Title: A\n\nThe minister said the plan \"would not change\" after the vote on Tuesday.\n")
    response = client.post("/admin/cables/article/import/", {"files": [big, same, again], "source": "Test Gazette"})
    outcomes = [(o.name, o.outcome) for o in response.context["outcomes"]]
    assert outcomes == [("big.txt", "failed"), ("same.txt", "created"), ("same.txt", "unchanged")]
    assert "5 MB limit" in response.context["outcomes"][0].reason
    from cables.models import Article

    assert Article.objects.get(source_file="same.txt").publication == "Test Gazette"
