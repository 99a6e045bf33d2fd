"""Merging actors needs delete permission; related reports list each report once."""
import pytest
from django.contrib.auth.models import Group, Permission, User

from cables.models import Actor

from .conftest import log_in_editor


@pytest.fixture
def editor(db, client):
    return log_in_editor(client)


def test_an_editor_without_delete_permission_cannot_merge_actors(client, editor):
    keep = Actor.objects.create(name="Arlen Qorvath", kind="person")
    other = Actor.objects.create(name="A. Qorvath", kind="person")
    assert not editor.has_perm("cables.delete_actor")
    page = client.get("/admin/cables/actor/")
    offered = page.context["action_form"] and dict(page.context["action_form"].fields["action"].choices)
    assert page.status_code == 200 and "merge" not in (offered or {})
    client.post("/admin/cables/actor/", {"action": "merge", "_selected_action": [keep.pk, other.pk], "survivor": keep.pk})
    assert Actor.objects.filter(pk__in=[keep.pk, other.pk]).count() == 2

    editor.user_permissions.add(Permission.objects.get(codename="delete_actor"))
    client.force_login(User.objects.get(pk=editor.pk))  # permissions are cached per user object
    assert "merge" in dict(client.get("/admin/cables/actor/").context["action_form"].fields["action"].choices)
    client.post("/admin/cables/actor/", {"action": "merge", "_selected_action": [keep.pk, other.pk], "survivor": keep.pk})
    assert list(Actor.objects.filter(pk__in=[keep.pk, other.pk])) == [keep]


def test_related_reports_list_each_report_once_and_never_the_report_itself(db, tmp_path, client):
    from cables.ingest import ingest_paths
    from cables.models import Article
    from cables.signals import drain

    for number, city in enumerate(["Kabul", "Herat", "Kandahar", "Jalalabad"]):
        (tmp_path / f"r{number}.txt").write_text(
            f"Title: Border talks resume in {city}\nSource: The Test Courier\nPublished: 2011-0{number + 1}-03\n\n"
            f"Foreign minister Arlen Qorvath told officials in {city} that \"the border talks must go on\", according to a "
            f"confidential US embassy cable dated March 3, 2009.\n\"The border talks are the only way,\" Qorvath said. "
            f"\"Border talks, and nothing else,\" said envoy Belindre Tamsworth.\n",
            encoding="utf-8",
        )
    ingest_paths([tmp_path])
    drain()
    article = Article.objects.get(title="Border talks resume in Kabul")
    related = client.get(article.get_absolute_url()).context["related"]
    pks = [other.pk for other in related]
    assert len(pks) == len(set(pks)) == 3
    assert article.pk not in pks
