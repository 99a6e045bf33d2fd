"""Persons and places in made-up reports, one shape per test: what a careful reader
counts as a person or a place, once, and nothing else."""
import pytest

from cables.extraction import extract_report


def actors_of(text):
    return {a.name: a for a in extract_report(text, "x.txt").actors}


def kinds(text):
    return {name: a.kind for name, a in actors_of(text).items()}


def people_in(found):
    return sorted(name for name, a in found.items() if a.kind == "person")


def test_a_two_letter_family_name_written_first_is_the_same_person():
    found = actors_of(
        "Premier Xu Obanle met the delegation on Monday. Xu told them the talks would go on, "
        "and the trade envoy Li Kitomer agreed. Later Li said little."
    )
    assert people_in(found) == ["Li Kitomer", "Xu Obanle"]


def test_the_place_a_treaty_or_festival_is_named_after_is_a_place():
    found = kinds(
        "The pact builds on the Nairobi Protocol. Her film won a prize at the Lusaka Film Festival, "
        "and the Accra Declaration was signed long ago."
    )
    assert {name: found.get(name) for name in ("Nairobi", "Lusaka", "Accra")} == {
        "Nairobi": "place", "Lusaka": "place", "Accra": "place",
    }
    assert not any(kind == "person" for kind in found.values())


def test_unknown_names_listed_beside_a_place_are_places_but_not_given_names():
    found = kinds(
        "Flooding closed roads in Nairobi, Obanle and Kitomaru, officials said. "
        "The rivers Lusatej, Vorabeas and Kitoravi rose too, as in Nairobi and Marvin."
    )
    assert {name: found.get(name) for name in ("Obanle", "Kitomaru")} == {"Obanle": "place", "Kitomaru": "place"}
    assert found.get("Marvin") is None  # a given name beside a place is no town
    # No place among them: a list alone says nothing of its kind.
    assert found.get("Lusatej") is None


def test_an_ordinary_word_after_an_office_is_no_persons_name():
    found = kinds(
        "The Foreign Trade Minister Kito Obanle spoke at State Lodge, where the Chief Usher was late "
        "and successive Lt. Wardens had met. President Lusawe said so."
    )
    assert found.get("Kito Obanle") == "person"
    assert found.get("Lusawe") == "person"  # a surname after an office is still one
    for word in ("Trade", "Lodge", "Usher", "Wardens"):
        assert found.get(word) != "person", word


def test_a_name_ending_in_a_noun_for_a_thing_or_field_is_no_person():
    found = kinds(
        "Backers of the Lusara Statement met at Kitomo Technology on Monday, and the Obanle Prevention "
        "group joined them. Aid worker Tom Darling said so."
    )
    for name in ("Lusara Statement", "Kitomo Technology", "Obanle Prevention"):
        assert found.get(name) != "person", name
    assert found.get("Tom Darling") == "person"


def test_a_country_under_its_official_name_is_the_country_once():
    found = actors_of("The Republic of India and the Portuguese Republic signed a pact. India said it was ready.")
    places = sorted(name for name, a in found.items() if a.kind == "place")
    assert places == ["India", "Portugal"]
    assert "Republic of India" in found["India"].aliases


def test_a_town_named_like_an_abstract_word_counts_only_where_a_sentence_puts_a_place():
    found = kinds("Reading the decree, she recalled the years after Independence. Later she flew to Reading.")
    assert found.get("Independence") is None
    assert found.get("Reading") == "place"


def test_a_dateline_naming_town_and_country_gives_both_places():
    report = extract_report(
        "LUSAKA, Zambia, Mar 3 2021 (Kito) - Dozens of traders were hurt in clashes over market stalls.\n\n"
        "The police said little.",
        "x.txt",
    )
    assert report.place == "Lusaka, Zambia"
    places = {a.name for a in report.actors if a.kind == "place"}
    assert places == {"Lusaka", "Zambia"}


def test_a_country_named_only_for_its_diplomats_or_cable_is_no_place():
    found = kinds(
        "US diplomats were briefed by aid workers in Kitomo, a US cable shows. "
        "The US national security adviser met Obanle officials."
    )
    assert found.get("United States") is None
    named = kinds("US diplomats were briefed, a cable shows. Later the US changed course, and Peru's ambassador left.")
    assert named.get("United States") == "place"  # named in its own right too
    assert named.get("Peru") == "place"  # a possessive: the country acts


def test_full_names_that_look_like_a_month_a_demonym_or_a_plural_are_people():
    found = kinds(
        "The pact was signed by Li Jun, head of the Kito Chess Association. "
        "A baker, Anna Chan, said prices rose. "
        "The MPs Tom Obanle, James Fields and Rina Lusawe crossed the floor on Jun 23."
    )
    for person in ("Li Jun", "Anna Chan", "James Fields"):
        assert found.get(person) == "person", person
    assert found.get("Jun") is None  # "Jun 23" is still a date


def test_an_arabic_article_glued_to_a_family_name_is_part_of_it():
    found = actors_of(
        "Prime Minister Omar al-Kitomi met Admiral Zaid Al Obanli. Later al-Kitomi and "
        "Admiral al-Obanli spoke again."
    )
    assert people_in(found) == ["Omar al-Kitomi", "Zaid Al Obanli"]


def test_long_names_with_particles_accents_and_a_shorter_mention_are_one_person():
    found = actors_of(
        "His Highness Sheikh Obaid bin Hamid Al Kitomi chaired the meeting. In fact, president "
        "Mirelo Díaz-Obanle himself agreed, as did Lusia Fernández de Kitomar. Later Vice President "
        "Fernández de Kitomar and KZ Tomas Obalu spoke; Tomas Obalu left first."
    )
    assert people_in(found) == ["Lusia Fernández de Kitomar", "Mirelo Díaz-Obanle", "Obaid bin Hamid Al Kitomi", "Tomas Obalu"]
    assert "Fernández de Kitomar" in found["Lusia Fernández de Kitomar"].aliases


def test_a_short_surname_shaped_like_a_noun_and_two_hyphenations_of_a_family_name():
    found = actors_of(
        "Gov. Tom Dance of Kito spoke. Salim Abu-Kitomo and his cousin Omar Abu Kitomo were there."
    )
    assert people_in(found) == ["Omar Abu Kitomo", "Salim Abu-Kitomo", "Tom Dance"]  # one family name, two people


def test_a_lone_surname_opening_a_sentence_before_a_speech_verb_is_a_person():
    found = kinds("The union met on Monday.\n\nMunakiro said the talks had failed. We've said so, Police said.")
    assert found.get("Munakiro") == "person"
    assert found.get("We've") is None
    assert found.get("Police") != "person"


def test_kin_named_by_a_given_name_are_people():
    found = kinds("Rina Obanle was accompanied by her son Tarik and her daughter Amira. The girl, Nadia, was safe.")
    for person in ("Tarik", "Amira", "Nadia"):
        assert found.get(person) == "person", person


def test_a_thing_named_after_a_person_the_text_names_is_that_person():
    found = actors_of("Tola Obanle opened the Tola Obanle Colloquium on Monday.")
    assert people_in(found) == ["Tola Obanle"]


def test_ordinary_words_after_an_office_are_no_persons_name():
    found = kinds("He met Chairman Joint Wardens of Staff Admiral Kito Obanle, and the Electoral Administrative court.")
    assert found.get("Kito Obanle") == "person"
    assert found.get("Joint Wardens") != "person"


@pytest.mark.parametrize(
    ("text", "named", "facility"),
    [
        # A known place's airport or road.
        ("Flights left Nairobi International Airport late, and trucks queued on the Lusaka Bypass Road.",
         ("Nairobi", "Lusaka"), "Nairobi International Airport"),
        # An unknown place's bridge or port: news names it by its place.
        ("Trucks crossed the Kitoma Bridge and unloaded at the Obala International Port on Monday.",
         ("Kitoma", "Obala"), "Kitoma Bridge"),
    ],
)
def test_an_airport_road_bridge_or_port_named_after_a_place_is_that_place(text, named, facility):
    found = kinds(text)
    assert {name: found.get(name) for name in named} == dict.fromkeys(named, "place")
    assert facility not in found


def test_a_name_only_ever_written_after_the_is_no_person():
    found = kinds(
        "Pilgrims joined the Lusaro Yatra and read the Kitomo Sutra. The Government of President Nayeli "
        "Obanle replied, and the Kito Obanle government fell."
    )
    assert found.get("Lusaro Yatra") != "person"
    assert found.get("Kitomo Sutra") != "person"
    assert found.get("Nayeli Obanle") == "person"  # "the" is the government's


def test_ordinary_words_after_the_are_no_person_though_the_first_is_a_given_name():
    found = kinds(
        "Officials of the Red Cross visited the camps on Monday, and the Free Trade deal was signed. "
        "The farmer Mark Young said the camps were full."
    )
    assert found.get("Red Cross") != "person"
    assert found.get("Free Trade") != "person"
    assert found.get("Mark Young") == "person"


def test_a_kind_of_place_after_a_or_a_third_is_no_named_place():
    found = kinds(
        "The envoy asked for a third Restricted Flying Zone over the Lusara Valley. The quay became "
        "a Restricted Zone, and Kito built a Deep-Water Port near the Velsa Free Zone."
    )
    assert [name for name in ("Restricted Flying Zone", "Restricted Zone", "Deep-Water Port") if name in found] == []
    assert found.get("Lusara Valley") == "place" and found.get("Velsa Free Zone") == "place"


def test_portuguese_and_spanish_particles_join_a_name():
    found = kinds("Under president José Obanle dos Kitomos, who stepped down in 2017, and Pedro Lusar del Vallo, debts grew.")
    assert found.get("José Obanle dos Kitomos") == "person"
    assert found.get("Pedro Lusar del Vallo") == "person"


def test_a_lowercase_constituency_division_or_coast_after_a_name_makes_it_a_place():
    found = kinds(
        "The member for Kitovambadi constituency resigned. Herders in the Lusoriondo division "
        "moved their cattle, and fishermen along the Obaruzi coast stayed home.\n\n"
        "Overcoming division\n\nSupporters of the plan met again."
    )
    assert {name: found.get(name) for name in ("Kitovambadi", "Lusoriondo", "Obaruzi")} == {
        "Kitovambadi": "place", "Lusoriondo": "place", "Obaruzi": "place",
    }
    assert "Overcoming" not in found  # a subhead's verb before a lowercase noun is no place


def test_the_americas_and_the_global_south_are_regions():
    found = kinds(
        "Kito Obanle, who heads the Americas desk at Lusara Watch, said lenders in the Global South "
        "had waited. Tourism in the Americas grew."
    )
    assert found.get("Americas") == "place"
    assert found.get("Global South") == "place"


def test_the_leader_an_administration_or_dictatorship_is_named_after_is_a_person():
    found = kinds(
        "Exiles returned after the Obanle dictatorship ended. The Kitomer-Vasa administration "
        "then lifted the curfew, aides said."
    )
    assert found.get("Obanle") == "person"
    assert found.get("Kitomer-Vasa") == "person"


def test_a_surname_spelled_like_an_abbreviated_title_ends_a_name_after_an_office():
    found = kinds("Lusaran Prime Minister Kito Sen, who chairs the bloc, said the talks would go on.")
    assert found.get("Kito Sen") == "person"


def test_a_family_name_written_first_and_used_alone_is_the_same_person():
    found = actors_of(
        "Premier Wa Jinlong has vowed to punish lenders who cheat.\n\n"
        "Speaking at a meeting of the cabinet on Wednesday, Wa called for fair terms for all borrowers.\n\n"
        '"The banks must put borrowers first and do everything possible to help them," Wa was quoted '
        "as saying by the state agency."
    )
    assert people_in(found) == ["Wa Jinlong"]
    assert "Wa" in found["Wa Jinlong"].aliases



def test_names_listed_after_a_plural_noun_for_places_are_places():
    found = kinds(
        "Audits showed that the municipalities of Kito West, Obarland, and Lusaburg regressed. "
        "The eastern rivers -- Kitoj, Obas, and Lusi -- flow into the sea. "
        "Member states of the Lusaran Union, including Velsa, agreed."
    )
    for name in ("Kito West", "Obarland", "Lusaburg", "Kitoj", "Obas", "Lusi"):
        assert found.get(name) == "place", name
    assert found.get("Lusaran Union") != "place"  # "states of" a union names its members, not places


def test_an_unknown_name_after_at_is_a_place_unless_a_longer_name_goes_on():
    found = kinds(
        "The jetty under construction at Lusagal worries fishermen. Talks were held at Kitobari "
        "Junior School and at Rivière des Obanles."
    )
    assert found.get("Lusagal") == "place"
    assert found.get("Kitobari") != "place"
    assert found.get("Rivière") != "place"


def test_a_single_name_owning_what_only_a_person_has_is_a_person():
    found = kinds(
        "Prices rose after Obanle’s death and again on Kitomer's arrival in the capital. "
        "Later, Vasacor's shares rose."
    )
    assert found.get("Obanle") == "person"
    assert found.get("Kitomer") == "person"
    assert found.get("Vasacor") != "person"  # shares are no person's alone


def test_a_fair_an_eve_or_an_incident_is_no_actor_but_its_namesake_is():
    found = kinds(
        "Crowds gathered on Christmas Eve for the Diamond Jubilee. The Kito Fair opened, and the "
        "Maria Obanle Phenomenon was studied by students."
    )
    for name in ("Christmas Eve", "Diamond Jubilee", "Kito Fair", "Maria Obanle Phenomenon"):
        assert name not in found, name
    assert found.get("Maria Obanle") == "person"


def test_a_name_opening_with_calle_or_wadi_is_a_place_though_such_words_are_given_names():
    found = kinds("Squatters moved into a building on the Calle Obanlo, and the ferry runs between Kito and Wadi Lusfa.")
    assert found.get("Calle Obanlo") == "place"
    assert found.get("Wadi Lusfa") == "place"


def test_the_first_of_a_pair_of_places_stands_for_the_pair():
    found = actors_of("Fishers in Newfoundland and Labrador protested on Monday. Newfoundland has lost jobs.")
    places_found = sorted(name for name, a in found.items() if a.kind == "place")
    assert places_found == ["Newfoundland and Labrador"]
    assert "Newfoundland" in found["Newfoundland and Labrador"].aliases
