"""Persons and places in made-up reports, one shape per test: what a careful reader
counts as a person or a place, once, and nothing else."""
from cables.extraction import extract_report


def actors_of(text):
    return {a.name: a for a in extract_report(text, "x.txt").actors}


def kinds(text):
    return {name: a.kind for name, a in actors_of(text).items()}


def test_a_two_letter_family_name_written_first_is_the_same_person():
    found = actors_of(
        "Premier Xu Obanle met the delegation on Monday. Xu told them the talks would go on, "
        "and the trade envoy Li Kitomer agreed. Later Li said little."
    )
    people = sorted(name for name, a in found.items() if a.kind == "person")
    assert people == ["Li Kitomer", "Xu Obanle"]


def test_the_place_a_treaty_or_festival_is_named_after_is_a_place():
    found = kinds(
        "The pact builds on the Kyoto Protocol. Her film won a prize at the Cagliari Film Festival, "
        "and the Lahore Declaration was signed long ago."
    )
    assert {name: found.get(name) for name in ("Kyoto", "Cagliari", "Lahore")} == {
        "Kyoto": "place", "Cagliari": "place", "Lahore": "place",
    }
    assert not any(kind == "person" for kind in found.values())


def test_unknown_names_listed_beside_a_place_are_places_but_not_given_names():
    found = kinds(
        "Flooding closed roads in Nairobi, Obanle and Kitomaru, officials said. "
        "The rivers Lusatej, Vorabeas and Kitoravi rose too, as in Nairobi and Kevin."
    )
    assert {name: found.get(name) for name in ("Obanle", "Kitomaru")} == {"Obanle": "place", "Kitomaru": "place"}
    assert found.get("Kevin") is None  # a given name beside a place is no town
    # No place among them: a list alone says nothing of its kind.
    assert found.get("Lusatej") is None


def test_an_ordinary_word_after_an_office_is_no_persons_name():
    found = kinds(
        "The Foreign Trade Minister Kito Obanle spoke at State House, where the Chief Guest was late "
        "and successive Lt. Governors had met. President Lusawe said so."
    )
    assert found.get("Kito Obanle") == "person"
    assert found.get("Lusawe") == "person"  # a surname after an office is still one
    for word in ("Trade", "House", "Guest", "Governors"):
        assert found.get(word) != "person", word


def test_a_name_ending_in_a_noun_for_a_thing_or_field_is_no_person():
    found = kinds(
        "Backers of the Lusara Statement met at Kitomo Technology on Monday, and the Obanle Prevention "
        "group joined them. Aid worker John Ging said so."
    )
    for name in ("Lusara Statement", "Kitomo Technology", "Obanle Prevention"):
        assert found.get(name) != "person", name
    assert found.get("John Ging") == "person"


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
        "BULAWAYO, Zimbabwe, Jun 23 2022 (Kito) - More than 30 people were hurt in clashes over land.\n\n"
        "The police said little.",
        "x.txt",
    )
    assert report.place == "Bulawayo, Zimbabwe"
    places = {a.name for a in report.actors if a.kind == "place"}
    assert places == {"Bulawayo", "Zimbabwe"}


def test_a_country_named_only_for_its_diplomats_or_cable_is_no_place():
    found = kinds(
        "US diplomats were briefed by aid workers in Kitomo, a US cable shows. "
        "The US national security adviser met Obanle officials."
    )
    assert found.get("United States") is None
    named = kinds("US diplomats were briefed, a cable shows. Later the US changed course, and Mexico's ambassador left.")
    assert named.get("United States") == "place"  # named in its own right too
    assert named.get("Mexico") == "place"  # a possessive: the country acts


def test_full_names_that_look_like_a_month_a_demonym_or_a_plural_are_people():
    found = kinds(
        "The pact was signed by Zhang Jun, head of the Kito Badminton Association. "
        "Truck driver Philip Chan, 34, said prices rose. "
        "Moderate MPs Andrew Obanle, James Stevens and Bridget Lusawe crossed the floor on Jun 23."
    )
    for person in ("Zhang Jun", "Philip Chan", "James Stevens"):
        assert found.get(person) == "person", person
    assert found.get("Jun") is None  # "Jun 23" is still a date


def test_an_arabic_article_glued_to_a_family_name_is_part_of_it():
    found = actors_of(
        "Prime Minister Mustafa al-Kadhimi met Admiral Saif Al Rahbi. Later al-Kadhimi and "
        "Admiral al-Rahbi spoke again."
    )
    people = sorted(name for name, a in found.items() if a.kind == "person")
    assert people == ["Mustafa al-Kadhimi", "Saif Al Rahbi"]


def test_long_names_with_particles_accents_and_a_shorter_mention_are_one_person():
    found = actors_of(
        "His Highness Sheikh Obaid bin Rashid Al Kitomi chaired the meeting. In fact, president "
        "Mirelo Díaz-Obanle himself agreed, as did Lusia Fernández de Kitomar. Later Vice President "
        "Fernández de Kitomar and KZ Tomas Obalu spoke; Tomas Obalu left first."
    )
    people = sorted(name for name, a in found.items() if a.kind == "person")
    assert people == ["Lusia Fernández de Kitomar", "Mirelo Díaz-Obanle", "Obaid bin Rashid Al Kitomi", "Tomas Obalu"]
    assert "Fernández de Kitomar" in found["Lusia Fernández de Kitomar"].aliases


def test_a_short_surname_shaped_like_a_noun_and_two_hyphenations_of_a_family_name():
    found = actors_of(
        "Gov. Mike Pence of Indiana spoke. Salah Abu-Laban and his cousin Osman Abu Laban were there."
    )
    people = sorted(name for name, a in found.items() if a.kind == "person")
    assert people == ["Mike Pence", "Osman Abu Laban", "Salah Abu-Laban"]  # one family name, two people


def test_a_lone_surname_opening_a_sentence_before_a_speech_verb_is_a_person():
    found = kinds("The union met on Monday.\n\nMunakiro said the talks had failed. We've said so, Police said.")
    assert found.get("Munakiro") == "person"
    assert found.get("We've") is None
    assert found.get("Police") != "person"


def test_kin_named_by_a_given_name_are_people():
    found = kinds("Sonia Obanle was accompanied by her son Rahul and her daughter Priyanka. The girl, Asha, was safe.")
    for person in ("Rahul", "Priyanka", "Asha"):
        assert found.get(person) == "person", person


def test_a_thing_named_after_a_person_the_text_names_is_that_person():
    found = actors_of("Bola Obanle opened the Bola Obanle Colloquium on Monday.")
    people = [name for name, a in found.items() if a.kind == "person"]
    assert people == ["Bola Obanle"]


def test_ordinary_words_after_an_office_are_no_persons_name():
    found = kinds("He met Chairman Joint Chiefs of Staff Admiral Kito Obanle, and the Electoral Administrative court.")
    assert found.get("Kito Obanle") == "person"
    assert found.get("Joint Chiefs") != "person"


def test_an_airport_or_road_named_after_a_place_is_that_place():
    found = kinds("Flights left Nairobi International Airport late, and trucks queued on the Lusaka Bypass Road.")
    assert found.get("Nairobi") == "place"
    assert found.get("Lusaka") == "place"
    assert "Nairobi International Airport" not in found


def test_a_name_only_ever_written_after_the_is_no_person():
    found = kinds(
        "Pilgrims joined the Lusaro Yatra and read the Bhagavad Gita. The Government of President Nayeli "
        "Obanle replied, and the Kito Obanle government fell."
    )
    assert found.get("Lusaro Yatra") != "person"
    assert found.get("Bhagavad Gita") != "person"
    assert found.get("Nayeli Obanle") == "person"  # "the" is the government's


def test_portuguese_and_spanish_particles_join_a_name():
    found = kinds("Under president José Obanle dos Kitomos, who stepped down in 2017, and Pedro Lusar del Vallo, debts grew.")
    assert found.get("José Obanle dos Kitomos") == "person"
    assert found.get("Pedro Lusar del Vallo") == "person"
