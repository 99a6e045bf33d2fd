"""The actor name table: ingest finds actors through an index, and the table follows
every change a curator makes (rename, aliases, merge, restoring a version)."""
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection

from cables.actors import find_actor, upsert_actor
from cables.models import Actor, ActorName


def table(actor):
    return sorted(ActorName.objects.filter(actor=actor).values_list("key", "canonical", "surname", "kind"))


def expected(actor):
    return sorted((r.key, r.canonical, r.surname, r.kind) for r in actor.name_rows())


def change_form(client, actor, **values):
    page = client.get(f"/admin/cables/actor/{actor.pk}/change/")
    data = {"name": actor.name, "slug": actor.slug, "kind": actor.kind, "role": actor.role, "aliases": "\n".join(actor.aliases),
            "loaded_version": page.context["adminform"].form.initial["loaded_version"], **values}
    return client.post(f"/admin/cables/actor/{actor.pk}/change/", data)


@pytest.mark.django_db
def test_a_rename_and_new_aliases_in_the_admin_are_what_ingest_finds(admin_client):
    actor = Actor.objects.create(name="Orla Vantreece", kind="person", aliases=["Vantreece"])
    assert find_actor("Vantreece", "person") == actor
    response = change_form(admin_client, actor, name="Orla M. Vantreece-Hale", aliases="Vantreece-Hale\nMinister Orla")
    assert response.status_code == 302
    actor.refresh_from_db()
    assert find_actor("Orla M. Vantreece-Hale", "person") == actor
    assert find_actor("MINISTER ORLA", "person") == actor  # case does not matter
    assert find_actor("Vantreece", "person") is None  # the alias the curator removed finds nobody
    assert find_actor("Orla M. Vantreece-Hale", "organisation") is None  # nor does another kind
    assert table(actor) == expected(actor)


@pytest.mark.django_db
def test_merging_in_the_admin_moves_every_name_to_the_survivor(admin_client):
    survivor = Actor.objects.create(name="Tobias Wrenfield", kind="person", aliases=["Wrenfield"])
    duplicate = Actor.objects.create(name="T. Wrenfield", kind="person", aliases=["Minister Wrenfield"])
    admin_client.post("/admin/cables/actor/", {"action": "merge", "_selected_action": [survivor.pk, duplicate.pk], "survivor": survivor.pk})
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    survivor.refresh_from_db()
    assert find_actor("T. Wrenfield", "person") == survivor
    assert find_actor("minister wrenfield", "person") == survivor
    assert not ActorName.objects.filter(actor_id=duplicate.pk).exists()
    assert table(survivor) == expected(survivor)


@pytest.mark.django_db
def test_restoring_an_earlier_version_restores_its_names():
    actor = Actor.objects.create(name="Imre Kastellan", kind="person", aliases=["Kastellan"])
    actor.name, actor.aliases = "Imre Kastellan-Voss", ["Kastellan-Voss"]
    actor.save()
    assert find_actor("Kastellan", "person") is None
    actor.history.earliest().instance.save()  # what the admin's "revert" does
    assert find_actor("Kastellan", "person") == actor
    assert find_actor("Kastellan-Voss", "person") is None
    actor.refresh_from_db()
    assert table(actor) == expected(actor)


@pytest.mark.django_db
def test_a_surname_two_known_people_share_finds_neither_until_one_is_gone():
    ravi = Actor.objects.create(name="Ravi Talwarkin", kind="person", aliases=["Talwarkin"])
    anil = Actor.objects.create(name="Anil Talwarkin", kind="person", aliases=["Talwarkin"])
    assert find_actor("Talwarkin", "person") is None
    assert find_actor("Ravi Talwarkin", "person") == ravi
    anil.delete()
    assert find_actor("Talwarkin", "person") == ravi


@pytest.mark.django_db
def test_a_fuller_or_shorter_form_of_a_name_finds_the_person():
    person = Actor.objects.create(name="Ashraf Quenneville", kind="person")
    assert find_actor("Ashraf K. Quenneville", "person") == person
    assert find_actor("Quenneville", "person") == person
    Actor.objects.create(name="Marthe Quenneville", kind="person")
    assert find_actor("Quenneville", "person") is None  # two people: the report must say which


@pytest.mark.django_db
def test_names_with_accents_are_found_whatever_their_case():
    actor = Actor.objects.create(name="José Quintával", kind="person", aliases=["Quintával"])
    assert find_actor("QUINTÁVAL", "person") == actor
    assert find_actor("josé quintával", "person") == actor


@pytest.mark.django_db
def test_upserting_a_known_actor_adds_its_new_alias_to_the_table():
    actor = upsert_actor("Selim Ardahanli", "person")
    assert upsert_actor("Selim Ardahanli", "person", aliases=["Minister Ardahanli"]) == actor
    assert find_actor("Minister Ardahanli", "person") == actor
    actor.refresh_from_db()
    assert actor.aliases == ["Minister Ardahanli"] and table(actor) == expected(actor)


@pytest.mark.django_db
def test_the_migration_fills_the_table_as_saving_does():
    people = [Actor.objects.create(name=f"Nadia Orvell{n}", kind="person", aliases=[f"Orvell{n}", f"Dr Orvell{n}"]) for n in range(3)]
    places = [Actor.objects.create(name="Vastmoor", kind="place", aliases=["VASTMOOR", "Vast Moor"])]
    places.append(Actor.objects.create(name="Kito Liberation Front", kind="organisation", aliases=["Liberation Front of Kito"]))
    saved = {a.pk: table(a) for a in people + places}
    ActorName.objects.all().delete()

    class Editor:
        pass

    editor = Editor()
    editor.connection = connection
    import_module("cables.migrations.0011_actor_name_surnames").rebuild_name_table(apps, editor)
    assert {a.pk: table(a) for a in people + places} == saved


@pytest.mark.django_db
def test_a_name_that_ends_a_known_fuller_name_finds_that_person():
    person = Actor.objects.create(name="Tamer Obari Lusanji", kind="person")
    assert find_actor("Obari Lusanji", "person") == person
    assert find_actor("Kito Lusanji", "person") is None  # another given name: another person


@pytest.mark.django_db
def test_an_acronym_and_its_spelled_out_name_are_one_organisation_whichever_came_first():
    front = upsert_actor("Kito Liberation Front", "organisation")
    assert upsert_actor("KLF", "organisation", aliases=["Kito Liberation Front"]) == front
    front.refresh_from_db()
    assert front.name == "Kito Liberation Front" and "KLF" in front.aliases
    assert Actor.objects.filter(kind="organisation").count() == 1


@pytest.mark.django_db
def test_a_persons_one_word_alias_never_joins_a_known_person():
    known = Actor.objects.create(name="Ravi Talwarkin", kind="person", aliases=["Talwarkin"])
    other = upsert_actor("Anil Talwarkin", "person", aliases=["Talwarkin"])
    assert other != known and Actor.objects.count() == 2


@pytest.mark.django_db
def test_a_bodys_alias_that_only_names_a_kind_of_body_finds_no_known_body():
    embassy = Actor.objects.create(name="Kito Embassy in Obari", kind="organisation", aliases=["Embassy", "the Army"])
    assert find_actor("Embassy", "organisation") is None  # in another report it means that report's embassy
    assert find_actor("Army", "organisation") is None
    assert find_actor("Kito Embassy in Obari", "organisation") == embassy


@pytest.mark.django_db
def test_one_places_embassy_is_not_joined_to_the_embassy_another_report_left_unplaced():
    unplaced = upsert_actor("Kito embassy", "organisation")
    in_obari = upsert_actor("Kito embassy in Obari", "organisation", aliases=["Kito embassy"])
    assert in_obari != unplaced and in_obari.name == "Kito embassy in Obari"
    assert upsert_actor("Kito embassy", "organisation") == unplaced
    assert upsert_actor("Kito Embassy in Obari", "organisation") == in_obari


@pytest.mark.django_db
def test_an_acronym_no_report_spells_out_stays_apart_from_bodies_with_those_initials():
    # Across a world of reports one acronym stands for many bodies: only a report that
    # spells it out joins it to a body.
    front = upsert_actor("Kito Liberation Front", "organisation")
    acronym = upsert_actor("KLF", "organisation")
    assert acronym != front
    assert upsert_actor("Kito Labour Federation", "organisation") not in (front, acronym)
    assert upsert_actor("KLF", "organisation", aliases=["Kito Liberation Front"]) in (front, acronym)


@pytest.mark.django_db
def test_a_surname_spelled_with_a_doubled_letter_is_the_same_person():
    person = upsert_actor("Tamer Lusani", "person")
    assert upsert_actor("Tamer Lusanni", "person") == person
    person.refresh_from_db()
    assert "Tamer Lusanni" in person.aliases
    assert find_actor("Kito Lusanni", "person") is None  # another given name: another person
    king = upsert_actor("Obari II", "person")
    assert upsert_actor("Obari I", "person") != king  # a regnal number is no spelling


@pytest.mark.django_db
def test_a_body_first_printed_in_lowercase_takes_the_capitalised_name_a_later_report_prints():
    committee = upsert_actor("Kito relief committee", "organisation")
    slug = committee.slug
    assert upsert_actor("Kito Relief Committee", "organisation") == committee
    committee.refresh_from_db()
    assert committee.name == "Kito Relief Committee" and committee.slug == slug
    assert upsert_actor("KITO relief committee", "organisation") == committee
    committee.refresh_from_db()
    assert committee.name == "Kito Relief Committee"  # fewer capitals: the name stays
