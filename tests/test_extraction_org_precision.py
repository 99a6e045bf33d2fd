"""Capitalised names that are no organisation: laws, buildings, ships, hashtags,
acronyms of things. Made-up reports of the shapes seen in world news."""
from cables.extraction import extract_report
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

    def test_an_acronym_of_a_pact_named_with_with_is_no_body_even_listed_beside_bodies(self):
        found = bodies(
            "The 2019 'Partnership Compact with Lusara' (PCwL) promised growth. In fact, the Lusara Reserve Bank, "
            "PCwL and the Kito Development Fund have served donors."
        )
        assert "PCwL" not in found
        assert {"Lusara Reserve Bank", "Kito Development Fund"} <= found


class TestAnOfficesAcronym:
    def test_an_office_spelled_out_before_its_acronym_is_no_body(self):
        found = kinds(
            "The army commander and the General Officer Commanding (GOC) of the Kito Corps visited the border."
        )
        assert found.get("GOC") is None
        assert found.get("General Officer Commanding") is None


class TestAWordAfterTheThatNamesNoBody:
    def test_a_thing_noun_after_the_is_no_body(self):
        found = bodies("If you talk about the Kitoisation of the land, it becomes a swear word.")
        assert "Kitoisation" not in found

    def test_a_peoples_plural_after_the_is_no_body(self):
        found = bodies("The plateau is the home of the Obariers, who farm it, and was ruled by the Velsanders.")
        assert not found & {"Obariers", "Velsanders"}


def names_of_bodies(text):
    return [{a.name, *a.aliases} for a in sort_actors(find_actors(text)) if a.kind == "organisation"]


class TestOneBodyUnderTwoNames:
    def test_a_firm_with_and_without_its_legal_form_is_one_body(self):
        found = names_of_bodies("A survey by The Kito Shimbun Co. showed support fell, according to a Kito Shimbun survey.")
        assert found == [{"Kito Shimbun", "The Kito Shimbun Co", "Kito Shimbun Co"}]

    def test_a_guard_named_in_the_singular_and_the_plural_is_one_body(self):
        found = names_of_bodies(
            "The Lusaran Home Guard fired on the crowd. Rebels now include soldiers of the Lusaran Home Guards."
        )
        assert found == [{"Lusaran Home Guard", "Lusaran Home Guards"}]

    def test_a_dotted_acronym_beside_its_spelled_out_name_is_one_body(self):
        found = names_of_bodies("The Kito Relief Agency sent food. The K.R.A. body in Obari has done the same.")
        assert found == [{"Kito Relief Agency", "K.R.A."}]

    def test_a_ministry_named_with_and_without_its_countrys_adjective_is_one_body(self):
        found = names_of_bodies(
            "A director of the Kenyan Ministry of Water Affairs handed over the cheque. An under-secretary "
            "of the Ministry of Water Affairs was also present."
        )
        assert found == [{"Kenyan Ministry of Water Affairs", "Ministry of Water Affairs"}]

    def test_plural_acronyms_of_many_committees_stay_apart_from_one_committee(self):
        found = names_of_bodies("The KDCs were revived, and the Obari KDC met on Monday. The KDC said it was armed.")
        assert not any({"KDCs", "KDC"} <= names for names in found)


class TestASpeakerAfterTheThatIsNoBody:
    def report_bodies(self, text):
        return {a.name for a in extract_report(text).actors if a.kind == "organisation"}

    def test_a_people_an_office_or_a_document_speaking_is_no_body(self):
        found = self.report_bodies(
            "Talks stalled in Kito on Monday.\n\n"
            "\u201cWe will not pay for it,\u201d the Kenyans said.\n\n"
            "\u201cEvery party gives up its claims,\u201d the MoU says.\n\n"
            "\u201cThe count was fair,\u201d the chief returning officer (CRO) said.\n\n"
            "\u201cBail is granted,\u201d the Magistrate told the court."
        )
        assert not found & {"Kenyans", "MoU", "CRO", "Magistrate"}


class TestAnAcronymOfAUnitAnEventOrAClause:
    def test_an_acronym_only_after_numbers_is_a_unit(self):
        found = bodies("The rivers carry around 135 KAF annually, and the dam holds 20 KAF of it.")
        assert "KAF" not in found

    def test_an_acronym_after_a_number_before_a_noun_is_still_a_body(self):
        found = bodies("The pact joins 10 KLOA member states, from Kito to Obari.")
        assert "KLOA" in found

    def test_an_acronym_only_before_a_year_is_an_event(self):
        found = bodies("The second edition will be launched during KITEX 2022, the organisers said.")
        assert "KITEX" not in found

    def test_a_time_zone_is_no_body(self):
        assert "ET" not in bodies("Kito felt the tremor at dawn on Friday (6:10 p.m. ET on Thursday), its observatory said.")

    def test_a_festival_and_a_numbered_clause_are_no_bodies(self):
        found = bodies(
            "Accidents rose ahead of this year's Eid-ul-Adha. Under Article XII of the Kito Waters Treaty, "
            "the commission meets yearly."
        )
        assert not found & {"Eid-ul-Adha", "Article XII"}


class TestACertificateAndANationalityWithACapitalThe:
    def test_a_certificate_named_after_a_school_the_text_names_nowhere_else_is_no_body(self):
        found = kinds("The college reached an 80 % pass rate at Kitomo Secondary School Certificate level this year.")
        assert found.get("Kitomo Secondary School") is None
        assert found.get("Kitomo") is None

    def test_a_nationality_before_an_office_after_a_capital_the_is_no_body(self):
        found = bodies("He said, \u201cThe Kenyan chief negotiator and the deputies stressed the guarantees.\u201d")
        assert "The Kenyan" not in found

    def test_a_newspaper_named_with_a_capital_the_stays_a_body(self):
        assert "The Kito Herald" in bodies("The cable was published today in The Kito Herald newspaper and named the aide.")


class TestOneWordThatNamesNoBody:
    def test_a_network_a_garment_and_a_scripture_are_no_bodies(self):
        found = bodies(
            "Pupils in Kito may not wear the Niqab, the board ruled. Villagers are not on the Internet, "
            "and the preacher said the Quran forbids it."
        )
        assert not found & {"Niqab", "Internet", "Quran"}

    def test_a_sum_after_the_is_no_body(self):
        assert "KS22billion" not in bodies("The bank says KS6.2billion out of the KS22billion was lent to Kito.")

    def test_a_people_and_other_tribes_is_no_body(self):
        assert "Obari" not in bodies("The Obari and other Kito tribals joined the march in thousands.")

    def test_a_code_cited_by_its_section_is_no_body(self):
        assert "KPC" not in bodies("He was arrested under Section 153A of the KPC for a speech in Kito.")

    def test_a_product_of_a_listed_company_is_no_body_but_its_maker_named_with_a_model_is(self):
        assert "Nvidia" not in bodies("Gamers in Kito want to own a Nvidia, not a console like their parents.")
        assert "Nvidia" in bodies("The lab in Kito bought a Nvidia 5090 for the project, its director said.")

    def test_a_listed_company_after_a_year_is_still_a_body(self):
        assert "Nvidia" in bodies("In 2021 Nvidia announced a lab in Kito.")


class TestAnOfficesAcronymAfterThe:
    def test_an_office_by_its_acronym_after_the_is_no_body(self):
        found = bodies(
            "Kito Rights applied to the DG of the Lusara NGO Bureau in May. The DAG's comment is not right, "
            "its lawyer said, and the IGP declined to comment."
        )
        assert not found & {"DG", "DAG", "IGP"}

    def test_a_partys_acronym_after_the_is_still_a_body(self):
        assert "KSP" in bodies("The KSP won 40 seats in Kito, and the party's leader thanked voters.")


class TestAMeetingOrAFestival:
    def test_a_numbered_meeting_after_the_is_no_body_but_a_numbered_group_is(self):
        found = bodies("Critics in Kito say the KOP27 achieved little, while the G20 met in Obari.")
        assert "KOP27" not in found
        assert "G20" in found

    def test_a_festival_named_by_one_word_gives_no_body(self):
        found = bodies("The last leader to come to the Welangu Festival was greeted by elders.")
        assert not found & {"Welangu", "Welangu Festival"}


class TestANameBeforeAPluralNounForPeople:
    def test_a_peoples_name_before_a_plural_noun_for_people_is_no_body(self):
        found = bodies("The merchant class was made up largely of the Kitomar financiers from the south.")
        assert "Kitomar" not in found


class TestAnEnglishWordAfterANounForABody:
    def test_a_name_that_goes_on_past_its_first_word_gives_no_cut_body(self):
        found = kinds(
            "The rights group Article 12 has called on Kito to act. Lusara's president runs for "
            "the party Freedom and Renewal, and the NGO Citizens for Peace filed the complaint."
        )
        assert not {"Article", "Freedom", "Citizens"} & set(found)

    def test_a_heading_under_a_line_ending_in_such_a_noun_is_no_body(self):
        found = kinds("The paper is now read on an online platform\n\nPeasant leader Tomas Velsa\n\nHe was jailed in May.")
        assert "Peasant" not in found

    def test_a_name_that_is_no_english_word_is_still_that_body(self):
        assert "Kitonet" in bodies("The outage hit the mobile operator Kitonet on Monday.")


class TestOneWordBeforeAPluralNounForBodies:
    def test_a_word_before_militias_or_outfits_names_no_body(self):
        found = bodies(
            "A leader of one of the main Obaru militias called for armed resistance. Kitova outfits "
            "have also given a call for a boycott."
        )
        assert not found & {"Obaru", "Kitova"}

    def test_a_name_before_a_singular_noun_for_a_body_is_that_body(self):
        assert "Velsaro" in bodies("Activists of the Velsaro coalition and the Kitova alliance marched on Monday.")


class TestANameOpeningWithAForeignArticle:
    def test_a_name_listed_after_places_is_a_place(self):
        found = kinds("\u201cHere in Kito, Velsaro, El Tocayo, it isn\u2019t like the capital,\u201d she said.")
        assert found.get("El Tocayo") == "place"

    def test_a_name_before_a_border_crossing_is_a_place(self):
        found = kinds("The Los Obarinos border crossing was shut down by the authorities on Monday.")
        assert found.get("Los Obarinos") == "place"

    def test_a_name_after_a_role_is_a_person(self):
        found = kinds("Lusara Council spokesman Ko Lin-sar told a news conference in Kito.")
        assert found.get("Ko Lin-sar") == "person"

    def test_a_newspaper_by_its_article_is_still_a_body(self):
        found = kinds("Velsa Kito, the editor of El Obarino, told La Kitora that the paper would close.")
        assert found.get("El Obarino") == "organisation"
        assert found.get("La Kitora") == "organisation"


class TestOneWordAfterTheThatQualifiesSomethingElse:
    def test_names_joined_under_one_the_before_a_noun_are_no_bodies(self):
        found = bodies(
            "He asked the government to keep the Guosa and Kitomo nuclear power plants open. With the "
            "Tekazo, Gojo and Kitaba II projects, power will rise."
        )
        assert not found & {"Guosa", "Tekazo"}

    def test_bodies_joined_under_one_the_before_their_noun_stay_bodies(self):
        assert "Kitora" in bodies("The Kitora and Velsa parties lost seats in Lusara.")

    def test_one_word_after_the_then_of_is_no_body(self):
        found = bodies(
            "During a tour of the Zocalo of the old town, he spoke. Lusara became the Mecca of "
            "revolutionaries."
        )
        assert not found & {"Zocalo", "Mecca"}


class TestAWorksTitleWithACapitalThe:
    def test_a_title_after_a_possessive_or_titled_is_no_body(self):
        found = kinds(
            "One phrase in Tom Kito's The Long Road reads as follows. The theses copy a 2014 study "
            "titled \u201cThe Velsa Effect in Local Elections,\u201d its critics said."
        )
        assert not {"The Long Road", "Long Road", "The Velsa Effect", "Velsa Effect"} & set(found)

    def test_a_newspaper_with_a_capital_the_is_still_a_body(self):
        assert "The Obari Post" in bodies("The report was accessed by The Obari Post, the office said.")


class TestACountryInAnEra:
    def test_an_era_or_creed_before_a_country_gives_a_place_not_a_body(self):
        found = kinds("He moved to Ottoman Malta in 1890. They target the minds of Islamic Sudan, he said.")
        assert found.get("Ottoman Malta") == "place"
        assert found.get("Islamic Sudan") == "place"

    def test_a_body_named_after_its_country_stays_a_body(self):
        assert "Kitoaid Ghana" in bodies("The head of mission at Kitoaid Ghana said so on Monday.")


class TestABodyInsideABodyWrittenInLowercase:
    def test_a_unit_with_and_without_its_capital_head_is_one_body(self):
        found = names_of_bodies("The KLF Youth Committee endorsed the plan. The KLF Youth committee meeting drew many.")
        assert found == [{"KLF Youth Committee", "KLF Youth"}]


class TestAPlacesGovernmentAndABodysPossessive:
    def test_a_countrys_adjective_made_from_its_plural_name_before_government_is_no_body(self):
        found = bodies("Kito will work with the new Maldive government on the port, its envoy said.")
        assert "Maldive government" not in found

    def test_a_bodys_possessive_before_another_bodys_name_gives_both_bodies(self):
        found = bodies("It is organised by the Ministry of Trade's Department of Fisheries in Kito.")
        assert {"Ministry of Trade", "Department of Fisheries"} <= found

    def test_an_offices_possessive_before_a_head_stays_one_body(self):
        assert "Prosecutor's Office" in bodies("The Prosecutor's Office in Kito asked for 13 years.")


class TestAPossessiveOrANationalityInsideALongerName:
    def test_one_words_possessive_before_the_rest_of_a_name_is_no_body(self):
        assert "Kitova" not in bodies("Especially the religious group Kitova's Witnesses was hard hit in Lusara.")

    def test_a_name_that_ends_in_a_nationality_before_its_noun_is_no_body(self):
        found = bodies("Two of them sit on the Board of Directors of the Kenyan newspaper Kito Daily, which is old.")
        assert "Board of Directors of the Kenyan" not in found
        assert "Kito Daily" in found


class TestAGivenNameAloneAfterThe:
    def test_a_given_name_after_the_is_no_body(self):
        assert "Yusuf" not in bodies("Officials briefed the Yusuf on Monday before he flew to Kito.")

    def test_a_name_that_is_no_given_name_after_the_is_a_body(self):
        assert "Kitomujahid" in bodies("Fighters of the Kitomujahid have since taken the town.")


class TestAReserveOrAStatesWork:
    def test_a_central_bank_called_a_reserve_is_a_body_not_a_place(self):
        found = kinds("Inflation rose in Lusara, where the Federal Reserve raised its rate on Monday.")
        assert found.get("Federal Reserve") == "organisation"

    def test_what_the_state_does_is_no_place(self):
        found = kinds("Police and State Security officers blocked the road; critics spoke of State Capture in Kito.")
        assert found.get("State Security") != "place"
        assert found.get("State Capture") != "place"


class TestAGroupOfSessions:
    def test_a_sentence_of_sessions_and_panel_discussions_names_no_body(self):
        assert not bodies("Sessions and panel discussions highlighted farming in Kito, the organisers said.")


class TestANameWithAndThatItsAcronymSpells:
    def test_both_halves_of_a_name_its_acronym_spells_are_one_body(self):
        found = bodies("He met the head of Kito Small Industries and Rural Parks Organization (KSIRPO) on Monday.")
        assert "Kito Small Industries and Rural Parks Organization" in found or "KSIRPO" in found
        assert not found & {"Kito Small Industries", "Rural Parks Organization"}

    def test_two_bodies_joined_by_and_before_the_seconds_acronym_stay_apart(self):
        found = names_of_bodies("The Lusara Ministry of Water and Kito Rural Bank (KRB) signed the loan.")
        assert not any("Lusara Ministry of Water" in names and "KRB" in names for names in found)

    def test_a_name_split_by_on_that_its_acronym_spells_is_one_body(self):
        found = bodies("A report from the Intergovernmental Kito Platform on Farms and Forest Services (IKPFFS) warned of losses.")
        assert "Farms and Forest Services" not in found


class TestANumberedMeeting:
    def test_a_numbered_congress_is_no_body_but_the_party_holding_it_is(self):
        found = bodies("Since the 18th National Congress of the Kito People's Party in 2012, work grew.")
        assert "National Congress of the Kito People's Party" not in found
        assert "Kito People's Party" in found

    def test_a_meeting_after_its_year_or_first_is_no_body(self):
        found = bodies(
            "He spoke during the 1907 International Lusara Congress. Envoys met at the first "
            "Kito-Velsa Political Dialogue on Monday."
        )
        assert not found & {"International Lusara Congress", "Kito-Velsa Political Dialogue"}

    def test_a_congress_without_a_number_is_still_a_body(self):
        assert "Kito Congress" in bodies("The Kito Congress met on Monday and passed the budget.")

    def test_a_forum_held_during_a_visit_is_no_body_and_what_it_is_on_no_person(self):
        found = kinds("The deal was struck during the Forum on Kito-Velsa Cooperation in Lusara last year.")
        assert "Forum on Kito-Velsa Cooperation" not in found
        assert found.get("Kito-Velsa Cooperation") is None


class TestAWordBeforeAPluralNounForPeopleInIsts:
    def test_a_word_before_nationalists_or_imperialists_is_no_body(self):
        found = bodies("He called them the sons of the Kitomo imperialists. Marchers faced the Velsaro nationalists.")
        assert not found & {"Kitomo", "Velsaro"}
