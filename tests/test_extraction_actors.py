"""Actors in made-up reports, one shape of name per test: the kind a careful reader
would give each name, one actor per real person or body, and no junk."""
import time

from cables.extraction import KnownActor, extract_report
from cables.extraction.actors import ActorIndex, find_actors


def actors_of(text, known=()):
    return {a.name: a for a in extract_report(text, "x.txt", known_actors=list(known)).actors}


def kinds(text, known=()):
    return {name: a.kind for name, a in actors_of(text, known).items()}


def test_continents_regions_and_subdivisions_are_places():
    found = kinds(
        "OSLO: Aid groups said the drought in East Africa and the Middle East was spreading to Europe. "
        "Farmers in Punjab and in Jammu and Kashmir, and in Guangdong, reported losses."
    )
    for place in ("East Africa", "Middle East", "Europe", "Punjab", "Jammu and Kashmir", "Guangdong"):
        assert found.get(place) == "place", place
    dateline = find_actors("OSLO: Aid groups said the drought was spreading.")
    assert [(a.name, a.kind) for a in dateline.actors.values()] == [("Oslo", "place")]  # a dateline in capitals


def test_geographic_head_nouns_make_places_not_people():
    found = kinds("Fishermen on the Tana River and near the Coral Sea said the catch had collapsed in Marsabit County.")
    assert found.get("Tana River") == "place"
    assert found.get("Coral Sea") == "place"
    assert found.get("Marsabit County") == "place"


def test_organisations_by_their_head_nouns_and_lowercase_heads():
    found = kinds(
        "The Ministry of Water Resources and the Senate Budget Committee met officials of the Zanu party. "
        "The Red Valley Liberation Front denied it. The Tovaro government said the BKP government had fallen."
    )
    assert found.get("Ministry of Water Resources") == "organisation"
    assert found.get("Senate Budget Committee") == "organisation"
    assert found.get("Zanu party") == "organisation"
    assert found.get("Red Valley Liberation Front") == "organisation"
    assert found.get("BKP government") == "organisation"


def test_an_embassy_keeps_its_city_and_a_publication_its_article():
    found = kinds(
        "Cables from the French Embassy in Nairobi, accessed by The Daily Lantern through WikiLeaks, "
        "were first reported by the Lantern's rivals."
    )
    assert found.get("French Embassy in Nairobi") == "organisation"
    assert found.get("The Daily Lantern") == "organisation"


def test_an_acronym_and_its_expansion_are_one_organisation():
    actors = actors_of(
        "The Harakat-ul-Falah (HuF) claimed the attack. Police said HuF fighters had crossed the river. "
        "Later the Harakat-ul-Falah denied it."
    )
    organisations = [a for a in actors.values() if a.kind == "organisation"]
    assert len(organisations) == 1
    assert {"HuF", "Harakat-ul-Falah"} <= {organisations[0].name, *organisations[0].aliases}


def test_people_named_in_full_without_a_title_or_speech_verb():
    found = kinds("Talks between Xi Wenbo and Tomasz Wiśniewski ended early; Wiśniewski left for Warsaw.")
    assert found.get("Xi Wenbo") == "person"
    assert found.get("Tomasz Wiśniewski") == "person"


def test_a_surname_after_a_lowercase_role_and_initials_are_people():
    found = kinds("The cable quoted ambassador Vantongeren at length. Home secretary G.K. Raman and R B Sethuram agreed.")
    assert found.get("Vantongeren") == "person"
    assert found.get("G.K. Raman") == "person"
    assert found.get("R B Sethuram") == "person"


def test_offices_glued_to_names_are_stripped_and_kept_as_the_role():
    actors = actors_of("NSA Qadri met US Ambassador Helen Marsh and Joint Staff Chief General Omar Talib in Lahore.")
    assert actors["Qadri"].kind == "person" and actors["Qadri"].role == "NSA"
    assert actors["Helen Marsh"].kind == "person"
    assert actors["Omar Talib"].kind == "person"
    assert "NSA Qadri" not in actors
    assert actors.get("United States") and actors["United States"].kind == "place"


def test_ordinary_capitalised_phrases_currencies_and_roads_are_no_actors():
    actors = actors_of(
        "The Winter Games and the Unity Fountain drew crowds on Harbour Road, and Red Notices were issued. "
        "Prices rose to INR 4,000 while GDP fell, officials from Kenya Power said."
    )
    for junk in ("Winter Games", "Unity Fountain", "Red Notices", "INR", "GDP"):
        assert junk not in actors or actors[junk].kind != "person", junk
    assert "INR" not in actors and "GDP" not in actors
    assert actors.get("Harbour Road") is None or actors["Harbour Road"].kind == "place"


def test_spelling_variants_of_a_name_are_one_person():
    actors = actors_of("Former premier Nadeem Qureshi spoke first. Later Nadeem Qureishi told reporters he would return.")
    people = [a for a in actors.values() if a.kind == "person"]
    assert len(people) == 1
    assert {"Nadeem Qureshi", "Nadeem Qureishi"} <= {people[0].name, *people[0].aliases}


def test_a_role_is_an_apposition_about_that_person_only():
    actors = actors_of("The plan followed Ali Haidari's proposal to send army chief Farid Osmani to the talks.")
    assert actors["Farid Osmani"].role == "army chief"
    # The aide's description is not his boss's role.
    actors = actors_of("A political aide to Liberal leader Omar Talib showed the envoy two bags of cash.")
    assert actors["Omar Talib"].role == "Liberal leader"


def test_a_rank_before_the_name_is_no_part_of_the_office_but_a_general_office_keeps_it():
    text = (
        "Chief of Army Staff General Piet Holm met Attorney General Mara Lind, "
        "and UN Secretary General Odo Brandt joined them later."
    )
    for known in ((), [KnownActor("Piet Kurt Holm", "person", ["Piet Holm", "Holm"])]):
        actors = actors_of(text, known)
        holm = actors["Piet Kurt Holm" if known else "Piet Holm"]
        assert holm.role == "Chief of Army Staff"
        assert actors["Mara Lind"].role == "Attorney General"
        assert actors["Odo Brandt"].role == "UN Secretary General"


def test_an_office_is_no_organisation_and_an_embassy_is_one_body():
    actors = actors_of("The Kenyan PM spoke. Staff at the US Embassy in Nairobi said the US Embassy was closed.")
    assert "Kenyan PM" not in actors
    embassies = [a for a in actors.values() if a.kind == "organisation"]
    assert [a.name for a in embassies] == ["US Embassy in Nairobi"]


def test_a_surname_two_known_people_share_resolves_from_the_texts_own_full_mention():
    known = [
        KnownActor("Ravi Malhotra", "person", ["Malhotra"]),
        KnownActor("Sunita Malhotra", "person", ["Malhotra"]),
    ]
    actors = actors_of("Finance minister Anil Malhotra spoke. Malhotra said the budget was fair.", known)
    assert actors["Anil Malhotra"].mentions == 2
    assert "Ravi Malhotra" not in actors and "Sunita Malhotra" not in actors


def test_an_unambiguous_known_surname_still_resolves():
    known = [KnownActor("Ravi Malhotra", "person", ["Malhotra"])]
    actors = actors_of("The talks stalled. Later Malhotra said the budget was fair.", known)
    assert actors["Ravi Malhotra"].mentions == 1


def test_people_before_returns_the_nearest_people_in_order():
    index = ActorIndex()
    index.add("Anna Berg", "person", start=50, end=59)
    index.add("Oslo", "place", start=10, end=14)
    index.add("Omar Talib", "person", start=0, end=10)
    assert [m.name for m in index.people_before(60)] == ["Omar Talib", "Anna Berg"]
    assert [m.name for m in index.people_before(55)] == ["Omar Talib"]
    assert index.last_person_before(60).name == "Anna Berg"
    assert index.last_person_before(5) is None
    assert [m.name for m in index.people_nearest_first(60)] == ["Anna Berg", "Omar Talib"]


def test_a_long_report_is_read_in_time_linear_in_its_length():
    paragraph = (
        "Ambassador Helen Marsh met Omar Talib of the Harakat-ul-Falah (HuF) in Lahore. "
        "“We will not yield,” Talib said. Marsh told the State Department that HuF was growing. "
        "She said: “The talks failed.” He added: “We expected that.”\n\n"
    )

    def seconds(copies):
        text = paragraph * copies
        start = time.process_time()
        index = find_actors(text)
        for position in range(0, len(text), 97):
            index.people_before(position)
        return time.process_time() - start

    seconds(5)  # loads the gazetteers
    small, large = seconds(200), seconds(1600)
    # Eight times the text: far less than the 64 times a quadratic scan would take.
    assert large < small * 20
