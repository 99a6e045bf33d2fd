"""Curation without loss: admin workflows, history, roles, merge, and an index that never drifts."""
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection

from cables.models import Actor, Article, PendingIndexUpdate, Quote, QuoteStatus

from .conftest import log_in_editor


def api_hits(client, q, **params):
    return client.get("/api/search/", {"q": q, **params}).json()["hits"]


@pytest.fixture
def superuser_client(transactional_db, client):
    client.force_login(User.objects.create_superuser("chief", "chief@example.org", "a-long-test-password"))
    return client


@pytest.fixture
def editor_client(transactional_db, client):
    log_in_editor(client)
    return client


def quote_form(quote, **changes):
    data = {
        "article": quote.article_id, "text": quote.text, "speaker": quote.speaker_id or "", "cable": quote.cable_id or "",
        "from_cable": "on" if quote.from_cable else "", "is_phrase": "on" if quote.is_phrase else "",
        "status": quote.status, "start": quote.start, "end": quote.end,
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_quote_list_columns_filters_and_search(superuser_client, seeded):
    html = superuser_client.get("/admin/cables/quote/", {"status__exact": "extracted", "from_cable__exact": "1", "q": "Kayani"}).content.decode()
    assert "Business Standard" in html and "verbatim" in html.lower()
    speaker = Actor.objects.get(name="David Petraeus")
    html = superuser_client.get("/admin/cables/quote/", {"speaker__id__exact": speaker.pk}).content.decode()
    assert "the most important threat" in html and "please share it" not in html


def test_mark_verified_and_reject_are_recorded_and_rejected_quotes_leave_search(superuser_client, seeded):
    keep = Quote.objects.get(text="please share it with us")
    drop = Quote.objects.get(text="pound")
    superuser_client.post("/admin/cables/quote/", {"action": "mark_verified", "_selected_action": [keep.pk]})
    superuser_client.post("/admin/cables/quote/", {"action": "reject", "_selected_action": [drop.pk]})
    keep.refresh_from_db(), drop.refresh_from_db()
    assert keep.status == QuoteStatus.VERIFIED and drop.status == QuoteStatus.REJECTED
    assert keep.history.first().history_user.username == "chief"
    assert drop.pk not in [h["id"] for h in api_hits(superuser_client, "pound", type="quote")]
    assert superuser_client.get(drop.get_absolute_url()).status_code == 404  # kept, hidden from readers
    assert Quote.objects.filter(pk=drop.pk).exists()


def test_an_edit_updates_the_quote_its_article_and_both_speakers_and_can_be_reverted(superuser_client, seeded):
    quote = Quote.objects.get(text="please share it with us")
    old_speaker = quote.speaker
    new_speaker = Actor.objects.get(name="David Petraeus")
    response = superuser_client.post(
        f"/admin/cables/quote/{quote.pk}/change/", quote_form(quote, text="tell us about zanzibarian plots", speaker=new_speaker.pk)
    )
    assert response.status_code == 302
    assert [h["id"] for h in api_hits(superuser_client, "zanzibarian", type="quote")] == [quote.pk]
    assert [h["id"] for h in api_hits(superuser_client, "zanzibarian", type="article")] == [quote.article_id]
    assert "zanzibarian" in superuser_client.get(new_speaker.get_absolute_url()).content.decode()
    assert "please share it with us" not in superuser_client.get(old_speaker.get_absolute_url()).content.decode()
    out = StringIO()
    call_command("check_index", stdout=out)  # no drift: exits 0
    # History shows the old text; reverting restores it everywhere.
    before = quote.history.filter(text="please share it with us").order_by("-history_id").first()
    assert quote.history.order_by("-history_id").first().history_user.username == "chief"
    page = superuser_client.get(f"/admin/cables/quote/{quote.pk}/history/{before.history_id}/")
    assert page.status_code == 200 and "please share it with us" in page.content.decode()
    reverted = superuser_client.post(
        f"/admin/cables/quote/{quote.pk}/history/{before.history_id}/", quote_form(before.instance)
    )
    assert reverted.status_code == 302, reverted.context["adminform"].form.errors if reverted.context else reverted
    quote.refresh_from_db()
    assert quote.text == "please share it with us" and quote.speaker == old_speaker
    assert api_hits(superuser_client, "zanzibarian") == []


def test_a_concurrent_edit_is_refused_with_a_clear_message(superuser_client, seeded):
    quote = Quote.objects.get(text="please share it with us")
    form_page = superuser_client.get(f"/admin/cables/quote/{quote.pk}/change/")
    loaded = form_page.context["adminform"].form.initial["loaded_version"]
    quote.text = "someone else's correction"
    quote.save()  # another editor saves first
    response = superuser_client.post(f"/admin/cables/quote/{quote.pk}/change/", quote_form(quote, text="my correction", loaded_version=loaded))
    assert response.status_code == 200
    assert "while you were editing" in response.content.decode()
    quote.refresh_from_db()
    assert quote.text == "someone else's correction"


def test_aliases_are_edited_one_per_line_and_found_by_search(superuser_client, seeded):
    actor = Actor.objects.get(name="David Mulford")
    page = superuser_client.get(f"/admin/cables/actor/{actor.pk}/change/")
    data = {"name": actor.name, "slug": actor.slug, "kind": actor.kind, "role": actor.role,
            "aliases": "Mulford\nAmbassador Mulford\nDC Mulford-Smythe", "loaded_version": page.context["adminform"].form.initial["loaded_version"]}
    assert superuser_client.post(f"/admin/cables/actor/{actor.pk}/change/", data).status_code == 302
    actor.refresh_from_db()
    assert actor.aliases == ["Mulford", "Ambassador Mulford", "DC Mulford-Smythe"]
    assert [h["title"] for h in api_hits(superuser_client, "Smythe", type="actor")] == ["David Mulford"]


def test_merging_actors_moves_everything_and_the_old_page_redirects(superuser_client, seeded):
    survivor = Actor.objects.get(name="Ashfaq Pervez Kayani")
    duplicate = Actor.objects.create(name="A. P. Kayani", kind="person", aliases=["General Kayani Sahib"])
    quote = Quote.objects.filter(speaker=survivor).first()
    quote.speaker = duplicate
    quote.save()
    old_url = duplicate.get_absolute_url()
    page = superuser_client.post("/admin/cables/actor/", {"action": "merge", "_selected_action": [survivor.pk, duplicate.pk]})
    assert "Choose the one that survives" in page.content.decode()
    superuser_client.post("/admin/cables/actor/", {"action": "merge", "_selected_action": [survivor.pk, duplicate.pk], "survivor": survivor.pk})
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    survivor.refresh_from_db()
    assert {"A. P. Kayani", "General Kayani Sahib"} <= set(survivor.aliases)
    quote.refresh_from_db()
    assert quote.speaker == survivor
    response = superuser_client.get(old_url)
    assert response.status_code == 301 and response["Location"] == survivor.get_absolute_url()
    for name in ("Sahib", "Pervez"):
        assert [h["title"] for h in api_hits(superuser_client, name, type="actor")] == ["Ashfaq Pervez Kayani"]
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "index matches" in out.getvalue()


def test_editors_change_quotes_but_cannot_delete_articles_or_manage_users(editor_client, seeded):
    article = Article.objects.first()
    quote = article.quotes.first()
    assert editor_client.get(f"/admin/cables/quote/{quote.pk}/change/").status_code == 200
    assert editor_client.post(f"/admin/cables/quote/{quote.pk}/change/", quote_form(quote, text="edited by an editor")).status_code == 302
    assert editor_client.get(f"/admin/cables/article/{article.pk}/delete/").status_code == 403
    assert editor_client.get("/admin/auth/user/").status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_visitors_never_reach_the_admin_and_logins_are_rate_limited(client, seeded):
    User.objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    assert client.get("/admin/cables/quote/").status_code == 302
    statuses = [client.post("/admin/login/", {"username": "chief", "password": "wrong"}).status_code for _ in range(6)]
    assert statuses[:4] == [200] * 4 and statuses[-1] == 429
    response = client.post("/admin/login/", {"username": "chief", "password": "a-long-test-password"})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_check_index_finds_missing_stale_and_extra_documents_and_repairs_them(client, seeded):
    quote = Quote.objects.get(text="please share it with us")
    actor = Actor.objects.get(name="Barack Obama")
    with connection.cursor() as cursor:  # behind the archive's back: no signals
        cursor.execute("UPDATE cables_quote SET text = 'silently changed words' WHERE id = %s", [quote.pk])
        cursor.execute("DELETE FROM cables_articleactor WHERE actor_id = %s", [actor.pk])
        cursor.execute("DELETE FROM cables_actorname WHERE actor_id = %s", [actor.pk])
        cursor.execute("DELETE FROM cables_actor WHERE id = %s", [actor.pk])
    from haystack import connections

    connections["default"].get_backend().remove(f"cables.cable.{quote.cable_id}")
    out = StringIO()
    with pytest.raises(SystemExit) as exit:
        call_command("check_index", stdout=out)
    assert exit.value.code == 1
    report = out.getvalue()
    assert f"stale: quote {quote.pk}" in report and f"extra: actor {actor.pk}" in report and f"missing: cable {quote.cable_id}" in report
    with pytest.raises(SystemExit):
        call_command("check_index", "--repair", stdout=StringIO())
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "index matches the database" in out.getvalue()
    assert [h["id"] for h in api_hits(client, "silently", type="quote")] == [quote.pk]


def test_an_engine_failure_keeps_updates_queued_until_the_next_drain(client, seeded, monkeypatch):
    from cables.search_backend import ArchiveWhooshBackend

    quote = Quote.objects.get(text="please share it with us")

    def refuse(*args, **kwargs):
        raise RuntimeError("index is locked")

    monkeypatch.setattr(ArchiveWhooshBackend, "replace", refuse)
    monkeypatch.setattr("cables.signals.time.sleep", lambda s: None)
    quote.text = "words written while the engine was down"
    quote.save()
    assert PendingIndexUpdate.objects.filter(model_name="quote", object_pk=quote.pk).exists()
    monkeypatch.undo()
    call_command("drain_index", stdout=StringIO())
    assert not PendingIndexUpdate.objects.exists()
    assert [h["id"] for h in api_hits(client, "engine", type="quote")] == [quote.pk]


def test_reingesting_keeps_curated_work_and_adds_new_extractions(transactional_db, tmp_path):
    from cables.ingest import ingest_paths

    from .conftest import SEEDS

    path = tmp_path / "r.txt"
    original = (SEEDS / "002_19e4e79b1713dfb0.txt").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    ingest_paths([path])
    verified = Quote.objects.get(text="please share it with us")
    verified.speaker = Actor.objects.get(name="David Petraeus")
    verified.status = QuoteStatus.VERIFIED
    verified.save()
    path.write_text(original.replace("It later came out", 'An aide said "nothing of the sort happened" later. It later came out'), encoding="utf-8")
    ingest_paths([path])
    verified.refresh_from_db()
    assert verified.status == QuoteStatus.VERIFIED and verified.speaker.name == "David Petraeus"
    new = Quote.objects.get(text="nothing of the sort happened")
    assert new.status == QuoteStatus.EXTRACTED


def test_deleting_a_speaker_or_a_cable_refreshes_the_quotes_that_named_them(client, seeded):
    """Quotes lose their speaker or cable by one UPDATE (SET_NULL), which sends no
    signal: their documents must still follow, and nothing may drift."""
    quote = Quote.objects.filter(speaker__isnull=False, cable__isnull=False).select_related("speaker", "cable").first()
    speaker, cable = quote.speaker, quote.cable
    speaker_word, reference = speaker.name.split()[-1], cable.reference
    assert quote.pk in [h["id"] for h in api_hits(client, f"speaker:{speaker_word}", type="quote")]
    assert quote.pk in [h["id"] for h in api_hits(client, f"cable:{reference}", type="quote")]
    speaker.delete()
    cable.delete()
    assert quote.pk not in [h["id"] for h in api_hits(client, f"speaker:{speaker_word}", type="quote")]
    assert quote.pk not in [h["id"] for h in api_hits(client, f"cable:{reference}", type="quote")]
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "index matches the database" in out.getvalue()
