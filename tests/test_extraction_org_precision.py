"""Capitalised names that are no organisation: laws, buildings, ships, hashtags,
acronyms of things. Made-up reports of the shapes seen in world news."""
from cables.extraction.actors import find_actors, sort_actors


def kinds(text):
    return {a.name: a.kind for a in sort_actors(find_actors(text))}


def bodies(text):
    return {a.name for a in sort_actors(find_actors(text)) if a.kind == "organisation"}


class TestALawNamedAfterWhatItRulesOn:
    def test_a_law_in_ordinary_words_gives_no_body(self):
        found = bodies(
            "Under the Fuel Administration Act, the state keeps fuel for 60 days. The Water "
            "Tribunals (Amendment) Bill was introduced on Monday, and the minister cited the "
            "Forest Management Authority Act."
        )
        assert not found & {"Fuel Administration", "Water Tribunals", "Forest Management Authority"}

    def test_a_law_written_with_a_capital_the_is_no_body(self):
        found = bodies("Traders broke The Cattle Theft Prevention Act, a court in Kito heard.")
        assert "The Cattle Theft Prevention Act" not in found
        assert "Cattle Theft Prevention Act" not in found

    def test_a_law_named_after_a_body_the_text_names_keeps_the_body(self):
        found = kinds(
            "Officers of the Drug Control Board raided the farm. Under the Drug Control Board Act, "
            "growing the plant is illegal. The Bank of Lusara Amendment Act passed."
        )
        assert found.get("Drug Control Board") == "organisation"
        assert found.get("Bank of Lusara") == "organisation"


class TestABuildingIsNoBody:
    def test_a_building_named_after_the_body_in_it_is_no_body(self):
        found = bodies(
            "Lawmakers met at the Lusara Assembly Complex on Wednesday. Worshippers were entering "
            "Al Kitomi Mosque when the shots were fired."
        )
        assert not found & {"Lusara Assembly Complex", "Al Kitomi Mosque"}

    def test_the_body_itself_is_still_a_body(self):
        assert "Lusara Assembly" in bodies("The Lusara Assembly voted on Wednesday.")


class TestAShip:
    def test_a_warship_and_its_short_name_are_no_body(self):
        found = bodies(
            "The comments came after the USS Kitomo sailed through the strait. The navy said "
            "the Kitomo's trip was routine."
        )
        assert not found & {"USS Kitomo", "Kitomo"}


class TestAHashtag:
    def test_a_hashtag_names_no_body(self):
        found = bodies("A campaign with the hashtag #NotObariCrime was launched by dozens of NGOs.")
        assert not any("Obari" in name for name in found)


class TestAnAcronymOfAThing:
    def test_an_acronym_after_the_name_of_a_rate_certificate_or_treaty_is_no_body(self):
        found = bodies(
            "The mine recorded a Lost Time Injury Incidence Rate (LTIR) of 0.3, and the LTIR fell. "
            "Pupils sat the Basic School Certificate (KSE) this year; the KSE results came out. "
            "Ships sail under the Kito Convention on the Rights of Ships (KCRS), and the KCRS binds Obari."
        )
        assert not found & {"LTIR", "KSE", "KCRS"}

    def test_an_acronym_after_a_bodys_name_is_still_that_body(self):
        found = [
            {a.name, *a.aliases} for a in sort_actors(find_actors("The Bank of Kito (BoK) raised its rate, the BoK said on Monday."))
            if a.kind == "organisation"
        ]
        assert found == [{"Bank of Kito", "BoK"}]
