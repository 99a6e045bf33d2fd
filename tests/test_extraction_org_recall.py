"""Organisations a report names with no title or head word of their own: the words
around the name say it is a body. Made-up reports of the shapes seen in world news."""
from cables.extraction.actors import find_actors, sort_actors


def kinds(text):
    return {a.name: a.kind for a in sort_actors(find_actors(text))}


def assert_kinds(found, expected):
    """Each name found with the kind expected."""
    assert {name: found.get(name) for name in expected} == expected


class TestANounForAKindOfBodyBeforeTheName:
    def test_a_name_of_several_words_after_the_noun_is_that_body(self):
        found = kinds(
            "The deal was struck with the textile company Kitomo Velsa last year. "
            "Lusara's biggest chipmaker, the semiconductor maker Obari Wafer Works, was sold. "
            "The rights organisation Dravik Tunaga says the law is unfair."
        )
        assert_kinds(found, {
            "Kitomo Velsa": "organisation",
            "Obari Wafer Works": "organisation",
            "Dravik Tunaga": "organisation",
        })

    def test_a_name_after_an_ngo_is_the_ngo(self):
        found = kinds("Migrants died at sea, according to the Lusaran NGO Kaminda Borovo, which counts them.")
        assert found.get("Kaminda Borovo") == "organisation"
        assert "NGO Kaminda Borovo" not in found

    def test_an_ngo_in_the_name_of_a_bureau_stays_in_it(self):
        found = kinds("Funds need a permit from the NGO Affairs Bureau in Kito before they arrive.")
        assert found.get("NGO Affairs Bureau") == "organisation"

    def test_one_word_after_the_noun_is_that_body_even_when_shaped_like_an_acronym_of_a_thing(self):
        found = kinds(
            "Footage from the state broadcaster KTV showed the site. Doses came from the laboratory "
            "Kitovac, and the civil society forum Obanet criticised the delay, as did the watchdog Velsa Reach."
        )
        assert_kinds(found, {
            "KTV": "organisation",
            "Kitovac": "organisation",
            "Obanet": "organisation",
            "Velsa Reach": "organisation",
        })

    def test_no_office_month_or_ordinary_word_after_the_noun_becomes_a_body(self):
        found = kinds(
            "The party MP said the company Monday would be a holiday, and the group Kenyan traders "
            "agreed."
        )
        assert "MP" not in found
        assert "Monday" not in found
        assert "Kenyan" not in found


class TestABodysOfficeThenItsHolder:
    def test_a_name_before_a_lowercase_office_and_a_holder_is_a_body(self):
        found = kinds(
            "Talks stalled after Velsara leader Tomas Obanle walked out. Kitonet president Ana Berg "
            "and Dravo Hope chairman Ben Tarrant stayed."
        )
        assert_kinds(found, {
            "Velsara": "organisation",
            "Kitonet": "organisation",
            "Dravo Hope": "organisation",
        })

    def test_a_name_before_a_capitalised_office_of_a_body_and_a_holder_is_a_body(self):
        found = kinds("He dined with Kitoma Perfil CEO Ana Berg in Lusara last week.")
        assert found.get("Kitoma Perfil") == "organisation"
        assert found.get("Ana Berg") == "person"

    def test_a_nationality_or_a_persons_spokesman_is_no_body(self):
        found = kinds(
            "The Lusara talks went on. Tomas Obanle met the Kenyan leader Ana Berg, and Obanle spokesman "
            "Ben Tarrant said nothing."
        )
        assert "Kenyan" not in found
        assert found.get("Obanle") != "organisation"


class TestAShortNameInBracketsAfterABodysName:
    def test_a_short_name_after_a_name_joined_by_for_the_or_with_is_that_body(self):
        found = find_actors(
            "Funds went to the Special Trust for the Farming Sector (Fidekito), and the Association of "
            "Democratic Solidarity with Lusara (Asolusa) protested. Later Fidekito paid and Asolusa marched."
        )
        trust = found.resolve("Fidekito")
        association = found.resolve("Asolusa")
        assert trust and found.actors[trust].kind == "organisation"
        assert association and found.actors[association].kind == "organisation"
        assert found.resolve("Special Trust for the Farming Sector") == trust
        assert found.resolve("Association of Democratic Solidarity with Lusara") == association

    def test_an_acronym_after_a_body_of_the_body_stands_for_the_body_not_for_of_the(self):
        found = find_actors("The Board of the Kito-Lusara Chamber of Commerce and Industry (KLCCI) met in Kito.")
        acronym = found.resolve("KLCCI")
        assert acronym and found.resolve("Kito-Lusara Chamber of Commerce and Industry") == acronym
        assert found.resolve("of the Kito-Lusara Chamber of Commerce and Industry") is None


class TestWordsForBodiesInOtherLanguages:
    def test_a_name_holding_a_word_for_a_party_army_or_movement_is_a_body(self):
        found = kinds(
            "Tomas Obanle wants 120 seats for his Kitora Yuva Vahini. The Lusara Poribesh Unnayan Andolon "
            "protested, and the Obari Partei joined the Jamiat Velsa-i-Kito."
        )
        assert_kinds(found, {
            "Kitora Yuva Vahini": "organisation",
            "Lusara Poribesh Unnayan Andolon": "organisation",
            "Jamiat Velsa-i-Kito": "organisation",
            "Obari Partei": "organisation",
        })
        assert found.get("Yuva Vahini") != "person"


class TestAcronymsWithAOneLetterFaction:
    def test_a_party_acronym_with_its_factions_letter_is_a_body(self):
        found = kinds("He lauded KML-N leaders for the win, and KML-N candidates took four seats.")
        assert found.get("KML-N") == "organisation"

    def test_an_acronym_with_a_version_numeral_is_no_body(self):
        found = kinds("Chips built on the open KISC-V design sell well.")
        assert "KISC-V" not in found

    def test_a_hyphenated_acronym_in_brackets_stands_for_the_name_before_it(self):
        found = find_actors("Tom Obari led the Kito National Volunteer Council-Breakaway (KNVC-B) until 2012.")
        acronym = found.resolve("KNVC-B")
        assert acronym and found.actors[acronym].kind == "organisation"
        assert found.resolve("Kito National Volunteer Council-Breakaway") == acronym
