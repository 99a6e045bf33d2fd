"""Organisations a report names with no title or head word of their own: the words
around the name say it is a body. Made-up reports of the shapes seen in world news."""
from cables.extraction.actors import find_actors, sort_actors


def kinds(text):
    return {a.name: a.kind for a in sort_actors(find_actors(text))}


def assert_kinds(found, expected):
    """Each name found with the kind expected."""
    assert {name: found.get(name) for name in expected} == expected


def assert_absent(found, *names):
    """None of these names is found."""
    assert not [name for name in names if name in found]


def assert_bodies(text, *names):
    """Each name is found in the text as an organisation."""
    found = kinds(text)
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "organisation")


class TestANounForAKindOfBodyBeforeTheName:
    def test_a_name_of_several_words_after_the_noun_is_that_body(self):
        assert_bodies(
            "The deal was struck with the textile company Kitomo Velsa last year. "
            "Lusara's biggest chipmaker, the semiconductor maker Obari Wafer Works, was sold. "
            "The rights organisation Dravik Tunaga says the law is unfair.",
            "Kitomo Velsa",
            "Obari Wafer Works",
            "Dravik Tunaga",
        )

    def test_a_name_before_a_lowercase_noun_for_a_publication_or_firm_is_that_body(self):
        assert_bodies(
            "The rules change in May, reports Kitajarida daily, and the Obanle company agreed.",
            "Kitajarida",
            "Obanle",
        )

    def test_a_name_after_an_ngo_is_the_ngo(self):
        found = kinds("Migrants died at sea, according to the Lusaran NGO Kaminda Borovo, which counts them.")
        assert found.get("Kaminda Borovo") == "organisation"
        assert "NGO Kaminda Borovo" not in found

    def test_an_ngo_in_the_name_of_a_bureau_stays_in_it(self):
        found = kinds("Funds need a permit from the NGO Affairs Bureau in Kito before they arrive.")
        assert found.get("NGO Affairs Bureau") == "organisation"

    def test_one_word_after_the_noun_is_that_body_even_when_shaped_like_an_acronym_of_a_thing(self):
        assert_bodies(
            "Footage from the state broadcaster KTV showed the site. Doses came from the laboratory "
            "Kitovac, and the civil society forum Obanet criticised the delay, as did the watchdog Velsa Reach.",
            "KTV",
            "Kitovac",
            "Obanet",
            "Velsa Reach",
        )

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
        assert_bodies(
            "Talks stalled after Velsara leader Tomas Obanle walked out. Kitonet president Ana Berg "
            "and Dravo Hope chairman Ben Tarrant stayed.",
            "Velsara",
            "Kitonet",
            "Dravo Hope",
        )

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
        # A short name that spells no initials of the long one (often the original of a
        # translated name): each name is listed whole, as news actor lists count them.
        found = kinds(
            "Funds went to the Special Trust for the Farming Sector (Fidekito), and the Association of "
            "Democratic Solidarity with Lusara (Asolusa) protested. Later Fidekito paid and Asolusa marched."
        )
        assert_kinds(
            found,
            dict.fromkeys(
                ("Fidekito", "Asolusa", "Special Trust for the Farming Sector", "Association of Democratic Solidarity with Lusara"),
                "organisation",
            ),
        )
        assert_absent(found, "Farming Sector", "Democratic Solidarity with Lusara")

    def test_a_translated_name_and_its_original_short_name_are_each_a_body(self):
        found = find_actors(
            "The National Union of Weavers of Lusara (Nuwel) and the University of Kito (Unikit) "
            "signed it, with Velsa's National Directorate of Civil Aviation (Dinaciv). Nuwel said so."
        )
        for long_name, short in (
            ("National Union of Weavers of Lusara", "Nuwel"),
            ("University of Kito", "Unikit"),
            ("National Directorate of Civil Aviation", "Dinaciv"),
        ):
            assert found.resolve(long_name) == long_name
            assert found.resolve(short) == short
            assert found.actors[long_name].kind == found.actors[short].kind == "organisation"

    def test_a_short_name_spelling_the_initials_is_one_body_with_its_long_name(self):
        found = find_actors(
            "The United Nations Kito Fund (Unkf) and the Lusara Defence Committees (LDCs) met. "
            "The Obari Party (Marxist) and the Chamber of Commerce, Trade and Farming (Kicotaf) joined."
        )
        assert found.resolve("United Nations Kito Fund") == found.resolve("Unkf")
        assert found.resolve("Lusara Defence Committees") == found.resolve("LDCs")
        assert found.resolve("Obari Party") == found.resolve("Marxist")
        assert "Trade and Farming" not in found.actors

    def test_an_acronym_bracketed_after_a_body_is_a_body_even_if_a_currency_or_a_things_acronym(self):
        found = kinds(
            "The Lusara Transformation Movement (ATM) and the Kito Port Authority (KWD) objected. "
            "The Gross Domestic Product (GDP) fell."
        )
        assert_kinds(found, {"ATM": "organisation", "KWD": "organisation", "Lusara Transformation Movement": "organisation"})
        assert_absent(found, "GDP", "Gross Domestic Product")

    def test_a_short_name_after_a_name_with_a_plural_head_is_that_body(self):
        found = find_actors("Kito revived the old Lusara Defence Groups (LDGs), and the Obari Savings Cooperatives (Obasco) grew.")
        assert found.resolve("LDGs") == found.resolve("Lusara Defence Groups") == "LDGs"
        assert found.actors["Obasco"].kind == found.actors["Obari Savings Cooperatives"].kind == "organisation"

    def test_a_short_name_shaped_like_a_given_name_in_brackets_after_a_body_is_that_body(self):
        found = kinds("Growers got help from the Kito Center for Farm and Forest Technology (Dorita) to sell crops.")
        assert_kinds(found, {"Dorita": "organisation", "Kito Center for Farm and Forest Technology": "organisation"})

    def test_a_field_before_a_body_and_its_short_name_is_no_part_of_the_bodys_name(self):
        found = find_actors("Ana Kito, director of Meteorology of the Lusaran Institute of Land Studies (Inelu), spoke.")
        assert found.resolve("Lusaran Institute of Land Studies") == "Lusaran Institute of Land Studies"
        assert found.resolve("Inelu") == "Inelu"
        assert "Meteorology of the Lusaran Institute of Land Studies" not in found.actors

    def test_an_acronym_after_a_body_of_the_body_stands_for_the_body_not_for_of_the(self):
        found = find_actors("The Board of the Kito-Lusara Chamber of Commerce and Industry (KLCCI) met in Kito.")
        acronym = found.resolve("KLCCI")
        assert acronym and found.resolve("Kito-Lusara Chamber of Commerce and Industry") == acronym
        assert found.resolve("of the Kito-Lusara Chamber of Commerce and Industry") is None


class TestWordsForBodiesInOtherLanguages:
    def test_a_name_holding_a_word_for_a_party_army_or_movement_is_a_body(self):
        assert_bodies(
            "Tomas Obanle wants 120 seats for his Kitora Yuva Vahini. The Lusara Poribesh Unnayan Andolon "
            "protested, and the Obari Partei joined the Jamiat Velsa-i-Kito.",
            "Kitora Yuva Vahini",
            "Lusara Poribesh Unnayan Andolon",
            "Jamiat Velsa-i-Kito",
            "Obari Partei",
        )

    def test_the_words_before_such_a_word_are_no_persons_name(self):
        found = kinds("Tomas Obanle wants 120 seats for his Kitora Yuva Vahini.")
        assert found.get("Yuva Vahini") != "person"


class TestAcronymsWithAOneLetterFaction:
    def test_a_party_acronym_with_its_factions_letter_is_a_body(self):
        found = kinds("He lauded KML-N leaders for the win, and KML-N candidates took four seats.")
        assert found.get("KML-N") == "organisation"

    def test_a_party_acronym_with_its_factions_letter_in_brackets_is_one_body(self):
        found = find_actors(
            "The KLD(S) will pick its candidates in May. KLD(S) workers disagree, and KPI(M) general "
            "secretary Sito Kelun stayed silent."
        )
        assert found.resolve("KLD") == "KLD(S)" and found.actors["KLD(S)"].kind == "organisation"
        assert found.resolve("KPI") == "KPI(M)" and found.actors["KPI(M)"].kind == "organisation"
        assert found.resolve("S") is None and found.resolve("M") is None

    def test_an_acronym_with_a_version_numeral_is_no_body(self):
        found = kinds("Chips built on the open KISC-V design sell well.")
        assert "KISC-V" not in found

    def test_a_hyphenated_acronym_in_brackets_stands_for_the_name_before_it(self):
        found = find_actors("Tom Obari led the Kito National Volunteer Council-Breakaway (KNVC-B) until 2012.")
        acronym = found.resolve("KNVC-B")
        assert acronym and found.actors[acronym].kind == "organisation"
        assert found.resolve("Kito National Volunteer Council-Breakaway") == acronym


class TestWhatACompanyCallsItselfAfterItsName:
    def test_a_name_before_an_industry_is_a_company_not_a_person(self):
        assert_bodies(
            "Workers at Obanle Uranium and Velsa Railways struck; Kitomo Aerospace said it would wait.",
            "Obanle Uranium",
            "Velsa Railways",
            "Kitomo Aerospace",
        )

    def test_a_railway_named_after_its_places_is_no_company(self):
        found = kinds("Work on the Kito-Obara Railway resumed in May.")
        assert found.get("Kito-Obara Railway") != "organisation"


class TestAListAfterAPluralNounForBodies:
    def test_gangs_cartels_and_laboratories_like_these_are_bodies(self):
        assert_bodies(
            "Illegal money has let gangs like Tren de Kitora grow abroad, and laboratories such as "
            "Obavax and Velsagen sold doses.",
            "Tren de Kitora",
            "Obavax",
            "Velsagen",
        )

    def test_a_comma_before_including_still_opens_the_list(self):
        assert_bodies("Video platforms, including Velsabo and Kitovin, now hide likes.", "Velsabo", "Kitovin")

    def test_factories_hotels_and_regulators_listed_after_including_are_bodies(self):
        assert_bodies(
            "Orders went to garment factories including Kitoma Apparels and Kito Knits. Many hotels "
            "such as Obanle Towers raised prices, and regulators like Velsacom objected.",
            "Kitoma Apparels",
            "Kito Knits",
            "Obanle Towers",
            "Velsacom",
        )

    def test_a_given_name_alone_in_a_list_of_platforms_names_a_brand(self):
        found = kinds("Video platforms, including Amina and Kitovin, now hide likes.")
        assert found.get("Amina") == "organisation"

    def test_a_comma_before_including_after_no_kind_of_body_opens_no_list(self):
        found = kinds("Several rivers, including Kitora and Obale, flooded the valley last week.")
        assert found.get("Kitora") != "organisation"
        assert found.get("Obale") != "organisation"


class TestANameAfterABodyAndAnd:
    def test_a_name_listed_after_a_body_and_and_is_a_body(self):
        assert_bodies(
            "Velsabank.com and Kitobu later launched rival apps. Fares rose after complaints about "
            "Obanet Limited and Dravico in June.",
            "Kitobu",
            "Dravico",
        )

    def test_a_person_or_a_place_after_a_body_and_and_stays_what_it_is(self):
        found = kinds(
            "Present were Tavo Ko, head of the Lusaran Chess Association and Obaripana Velsawat, president "
            "of the Kito Chess Federation. Residents fear the Kito Bank and Obarin power plants. Officers of "
            "the Obrani Police and Velsan Districts’ Division came."
        )
        assert found.get("Obaripana Velsawat") != "organisation"
        assert found.get("Obarin") != "organisation"
        assert found.get("Velsan Districts") != "organisation"

    def test_names_after_and_that_follows_no_body_are_not_made_bodies(self):
        found = kinds("Ever since Merato and Tavik, Labor has drifted.")
        assert found.get("Tavik") != "organisation"
        assert found.get("Merato") != "organisation"


class TestAnOutletAfterToldThe:
    def test_an_outlet_told_or_interviewed_with_the_is_a_body(self):
        assert_bodies(
            "Several shoppers told the Post that costs were biting. “It is hard,” Obi said in a phone "
            "interview with the Kitomo Nabo.",
            "Post",
            "Kitomo Nabo",
        )

    def test_a_family_told_is_no_body(self):
        found = kinds("The officer told the Kito Obari family that the search was over.")
        assert found.get("Kito Obari") != "organisation"

    def test_a_broadcaster_reporting_at_the_end_of_a_report_is_a_body(self):
        assert kinds("Maize costs more again this week, Velsa Wave FM reports").get("Velsa Wave FM") == "organisation"


class TestANameAfterAccordingTo:
    def test_a_name_of_ordinary_words_after_according_to_is_a_body(self):
        assert_bodies(
            "Hotel bookings rose, according to Velsa Metrics, by a fifth. Wages fell, according to the "
            "Kitora Insight report published in June.",
            "Velsa Metrics",
            "Kitora Insight",
        )

    def test_a_person_an_index_or_an_office_holder_after_according_to_is_no_body(self):
        found = kinds(
            "According to the Kito Statistics Index, it grew. Trade will slow, according to Rang Obaru, "
            "chair professor in economics at Lusara University."
        )
        assert found.get("Kito Statistics Index") != "organisation"
        assert found.get("Rang Obaru") != "organisation"


class TestANationalitysEmbassy:
    def test_a_nationality_before_a_lowercase_embassy_or_consulate_is_that_body(self):
        assert_bodies(
            "A statement from the Norwegian embassy in Lusara praised the builders. The Indian consulate "
            "stopped issuing visas.",
            "Norwegian embassy",
            "Indian consulate",
        )

    def test_a_nationality_before_its_government_or_a_ministry_spokesman_is_no_body(self):
        found = kinds("The Chinese government said no, and a Chinese foreign ministry spokesman agreed.")
        assert "Chinese government" not in found
        assert "Chinese foreign ministry" not in found


class TestAKindOfBodyInAnAppositionThatGoesOn:
    def test_an_apposition_naming_a_kind_of_body_then_whose_once_or_a_dash(self):
        assert_bodies(
            "Velsabu, a Lusaran video platform once popular with students, now demands ID. Visas are "
            "handled by Kitoro, a small state agency whose officers sit abroad. Figures came from "
            "Velsametrix, a Kitoan polling firm—the only one left.",
            "Velsabu",
            "Kitoro",
            "Velsametrix",
        )

    def test_a_person_described_with_a_bodys_noun_inside_stays_a_person(self):
        found = kinds("Protesters accused Tano Velsa, a left-wing union leader whose allies objected, of fraud.")
        assert found.get("Tano Velsa") == "person"


class TestANameBeforeADatedReport:
    def test_a_name_between_a_year_and_a_report_or_survey_is_a_body(self):
        assert_bodies(
            "A 2019 Kito Research study showed most voters agreed. A new Velsa House report lists the costs.",
            "Kito Research",
            "Velsa House",
        )

    def test_goals_named_before_a_report_are_no_body(self):
        found = kinds("Access reached half the towns, a 2015 Kito Development Goals report says.")
        assert found.get("Kito Development Goals") != "organisation"


class TestTheNameABodyIsKnownAs:
    def test_the_name_a_body_is_known_as_is_that_body(self):
        assert_bodies(
            "The judge chose two lawyers from a small association of Kitoan attorneys, known as Velsabyon. "
            "The regional council, known as Kitora Obanle, meets monthly.",
            "Velsabyon",
            "Kitora Obanle",
        )

    def test_the_name_a_body_is_called_or_named_is_that_body(self):
        assert_bodies(
            "Activists formed a group called Obari Forward last year. There shall be a body, to be "
            "called the Kito Voice. They set up a company named Velsa Tano.",
            "Obari Forward",
            "Kito Voice",
            "Velsa Tano",
        )

    def test_a_body_named_after_a_person_or_a_person_called_so_is_no_body(self):
        found = kinds("The group was named after Tom Velsa, a man called Ana Kito by friends.")
        assert found.get("Tom Velsa") == "person"
        assert found.get("Ana Kito") != "organisation"

    def test_the_name_a_person_is_known_as_is_no_body(self):
        found = kinds("Her husband Tom Velsa, better known as Tano, sang at the rally.")
        assert found.get("Tano") != "organisation"


class TestABodyNamedAfterItsRelationToAnother:
    def test_a_competitor_or_subsidiary_named_after_a_comma_is_a_body(self):
        assert_bodies(
            "Kito Wafer Co still trails its main competitor, Obasung, in sales. A KLF subsidiary, Obara "
            "Roads, collects the tolls.",
            "Obasung",
            "Obara Roads",
        )

    def test_a_new_party_named_after_a_comma_is_a_body(self):
        assert kinds("They hope to draw voters to the new party, Modern Spirit, from the right.").get("Modern Spirit") == "organisation"

    def test_a_predecessor_named_after_a_comma_is_a_person(self):
        found = kinds("She took over from her predecessor, Tano Velsa, amid turbulence.")
        assert found.get("Tano Velsa") == "person"


class TestAnOriginalsAcronymAfterATranslatedName:
    def test_a_long_acronym_after_a_translation_and_a_semicolon_is_a_body(self):
        assert_bodies(
            "The Consejo Velsano de Cambio (Velsan Council for Change; KONAVELSA) met twice. Later the Unión "
            "Kitoana de Madres (Kitoan Union of Mothers; OBRAKITO) was founded.",
            "KONAVELSA",
            "OBRAKITO",
        )

    def test_a_long_word_in_capitals_elsewhere_is_no_body(self):
        found = kinds("HEADLINES\n\nThe minister said KONAVELSANS matter more than ever.")
        assert "HEADLINES" not in found and "KONAVELSANS" not in found


class TestANamedOppositionOrNation:
    def test_words_before_opposition_in_mid_sentence_name_a_body(self):
        assert_bodies(
            "The bill was criticised by unions and by the Unity Opposition. Mara Velsi heads the "
            "so-called Angry Opposition, a street movement.",
            "Unity Opposition",
            "Angry Opposition",
        )

    def test_the_opposition_leader_at_a_sentences_start_is_no_body(self):
        found = kinds("The Opposition Leader asked for the Kito papers.")
        assert "Opposition Leader" not in found and "The Opposition" not in found

    def test_words_before_nation_name_a_body_not_a_person(self):
        assert_bodies(
            "The minister apologised to Lukitosis Cree Nation last week. Talks with Vemasito Cree Nation will "
            "resume soon.",
            "Lukitosis Cree Nation",
            "Vemasito Cree Nation",
        )

    def test_a_number_before_nation_or_a_noun_after_it_names_no_body(self):
        found = kinds("Our First Nation will vote, he said, and no one believes the Obari Nation theory.")
        assert "First Nation" not in found
        assert found.get("Obari Nation") != "organisation"


class TestMinistriesNamedTogether:
    def test_ministries_of_two_fields_are_one_named_body(self):
        assert_bodies("Staff of the Ministries of Trade and Labour attended the Kito talks.", "Ministries of Trade and Labour")


class TestAWordAfterBasedSomewhere:
    def test_an_english_word_after_a_place_and_based_is_a_body(self):
        assert kinds("Chips from Lusara-based Arm power most phones.").get("Arm") == "organisation"

    def test_a_nationality_after_based_is_no_body(self):
        assert kinds("He met a Kito-based Indian at the fair.").get("Indian") != "organisation"


class TestABodysFormerName:
    def test_a_name_a_body_formerly_had_is_a_body(self):
        assert_bodies(
            "Old partners are back, like the steel conglomerate Kitonor, formerly Velsabrecht, and Obarelli.",
            "Kitonor",
            "Velsabrecht",
            "Obarelli",
        )

    def test_a_persons_former_name_is_no_body(self):
        found = kinds("Tano Velsa, formerly Tano Obi, spoke at the rally.")
        assert found.get("Tano Obi") != "organisation"


class TestAnAmpersandInsideAnAcronym:
    def test_an_acronym_with_an_ampersand_is_one_body(self):
        found = kinds(
            "KT&T said on Monday it would cut jobs. Analysts at S&K Global and Kito Bank agreed, "
            "one party leader told V&L, and a survey by Obari C&I showed it."
        )
        assert_kinds(found, dict.fromkeys(("KT&T", "S&K Global", "Kito Bank", "V&L", "Obari C&I"), "organisation"))
        assert_absent(found, "K Global and Kito Bank", "K Global", "T")

    def test_an_ampersand_acronym_of_a_thing_or_a_named_countrys_state_is_no_body(self):
        found = kinds("In India, J&K police said the R&D budget, the Q&A session and the M&A deals were cut.")
        assert found.get("J&K") == "place"
        assert_absent(found, "R&D", "Q&A", "M&A")


class TestAnInstitutionBeforeItsOfficeHolderAtASentencesStart:
    def test_an_institution_word_opening_a_sentence_before_its_office_holder_is_that_body(self):
        found = kinds("Army chief Tom Obari suggested a truce. Senate leader Ana Kito agreed.")
        assert_kinds(found, {"Army": "organisation", "Senate": "organisation", "Tom Obari": "person", "Ana Kito": "person"})

    def test_an_institution_word_opening_a_sentence_as_an_ordinary_word_is_no_body(self):
        found = kinds("House prices rose in Kito. Army life is hard, said Tom Obari.")
        assert_absent(found, "House", "Army")


class TestAMovementNamedAfterItsLeader:
    def test_a_spanish_movement_named_after_its_leader_is_a_body(self):
        found = kinds("The media close to Kitonerismo attacked him. This is an alliance with Velsismo and a third party.")
        assert_kinds(found, {"Kitonerismo": "organisation", "Velsismo": "organisation"})

    def test_a_capitalised_spanish_noun_opening_a_sentence_is_no_body(self):
        assert_absent(kinds("Turismo grew in Kito last year."), "Turismo")
