"""Organisations in made-up reports: the shapes of bodies' names a careful reader
knows without a list, and the words that only look like them."""
from cables.extraction import extract_report
from cables.extraction.actors import find_actors, sort_actors


def kinds(text):
    return {a.name: a.kind for a in sort_actors(find_actors(text))}


def assert_kinds(found, expected):
    """Each name found with the kind expected."""
    assert {name: found.get(name) for name in expected} == expected


def assert_absent(found, *names):
    """None of these names is an actor (junk a reader would not want listed)."""
    assert [name for name in names if name in found] == []


def test_a_name_after_the_is_a_body_unless_it_qualifies_an_ordinary_noun():
    found = kinds(
        "Farmers near the Obari reactor and the Velsa division said the Kitomo monopoly had raised prices. "
        "The Lusamba tobacco company agreed, and the Dravik said on Monday it would appeal."
    )
    assert found.get("Obari") != "organisation"  # the reactor is named after it
    assert found.get("Velsa") != "organisation"
    assert_kinds(found, {
        "Kitomo": "organisation",
        "Lusamba": "organisation",
        "Dravik": "organisation",
    })


def test_a_company_is_named_by_its_own_name_before_what_it_does():
    found = kinds(
        "Shares of Kitomo Mining and Obari Steel rose after Lusara Power cut its prices. "
        "Analysts at Velsanta Research agreed, but Advanced Technology and Science and Technology "
        "are no companies."
    )
    assert_kinds(found, dict.fromkeys(("Kitomo Mining", "Obari Steel", "Lusara Power", "Velsanta Research"), "organisation"))
    assert_absent(found, "Advanced Technology", "Science and Technology")


def test_a_body_named_in_full_is_the_same_body_by_its_first_word_later():
    index = find_actors(
        "The Kitomo Mining Corporation filed its accounts. Kitomo said on Monday that profits rose, "
        "and a spokesman for the Velsa Protection Brigade said fighters in Velsa were calm."
    )
    found = {a.name: a for a in sort_actors(index)}
    assert found["Kitomo Mining Corporation"].kind == "organisation"
    assert "Kitomo" in found["Kitomo Mining Corporation"].aliases
    assert "Kitomo" not in found  # not a person who "said"
    assert found.get("Velsa") is None or found["Velsa"].kind == "place"


def test_an_acronym_spelled_out_as_a_thing_or_an_office_is_no_body_and_a_persons_is_that_person():
    found = kinds(
        "The Gross Domestic Product (GDP) of Lusara fell, the Lusara Farmers Union (LFU) said. "
        "The Municipal Chief Executive (MCE) disagreed. Tomas Arrio Velsanta (TAV) said GDP would "
        "recover, and the LFU agreed with TAV."
    )
    assert_absent(found, "GDP", "MCE")
    assert_kinds(found, {
        "LFU": "organisation",
        "TAV": "person",
    })


def test_an_ampersand_joins_one_bodys_name_but_not_a_person_to_another():
    found = kinds(
        "Advisers at Velsa & Partners and the Kito Finance & Business Academy met Obari & Minister Tom Lusaro. "
        "The Fact Sheet & Detailed Framework was published."
    )
    assert_kinds(found, {
        "Velsa & Partners": "organisation",
        "Kito Finance & Business Academy": "organisation",
        "Tom Lusaro": "person",
    })
    assert not any("&" in name for name in found if "Lusaro" in name or "Framework" in name)


def test_a_nationality_or_a_sentences_verb_before_an_acronym_is_no_part_of_the_body():
    found = kinds(
        "Lusara is governed by the KLF. Critics of Eritrean KLF agents spoke up. Recall KPR, which lost in 2019. "
        "The Kito Police NFT sold out, and a French NGO and a Chinese FTA were discussed."
    )
    assert_kinds(found, {
        "KLF": "organisation",
        "KPR": "organisation",
        "Kito Police": "organisation",
    })
    assert_absent(found, "Eritrean KLF", "Recall KPR", "Kito Police NFT", "NFT", "French NGO", "NGO", "FTA", "Chinese FTA")


def test_a_persons_full_name_glued_after_a_body_is_that_person_not_part_of_the_body():
    found = kinds(
        "The statement was signed by KLF Velsanto Kirimu and by the Lusara Farmers Union Anna Obari. "
        "The USS Harold Kitomo sailed on."
    )
    assert_kinds(found, {
        "KLF": "organisation",
        "Velsanto Kirimu": "person",
        "Lusara Farmers Union": "organisation",
        "Anna Obari": "person",
    })
    assert "Harold Kitomo" not in found  # a ship named after a person


def test_a_bodys_name_keeps_its_opening_word_and_each_and_of_its_modifiers():
    found = kinds(
        "Delegates of the All Lusara Farmers Congress met the First Kito Bank of Velsa, the Food and "
        "Fisheries Research and Extension Institute and the Centre for International and Regional Studies."
    )
    assert_kinds(found, dict.fromkeys(("All Lusara Farmers Congress",
        "First Kito Bank of Velsa",
        "Food and Fisheries Research and Extension Institute",
        "Centre for International and Regional Studies"), "organisation"))


def test_numbered_groups_numbered_channels_and_dotted_acronyms_are_bodies():
    found = kinds(
        "Ministers met at K.L.F. headquarters before the G20 summit, where G7 countries spoke. "
        "Channel 14 reported it. Write to P.O. Box 12 or to 30 Kito Street, N.W., Lusara."
    )
    assert_kinds(found, {
        "KLF": "organisation",
        "G20": "organisation",
        "G7": "organisation",
        "Channel 14": "organisation",
    })
    assert "PO" not in found and "NW" not in found


def test_styles_of_address_and_currencies_before_amounts_are_no_bodies():
    found = kinds(
        "The decree was signed by HH the Amir and HRH Crown Prince Tomas. The KLF approved a KD 3,000 grant "
        "and NT$500 vouchers, the KLF 2021 report said."
    )
    assert found.get("KLF") == "organisation"
    assert_absent(found, "HH", "HRH", "HRH Crown", "KD", "NT")


def test_a_company_listed_on_a_main_stock_index_needs_no_cue():
    # Company names are the package's data (pytickersymbols), like the GeoNames places.
    found = kinds("Kito Velsa met Qualcomm executives in Lusara, and the deal pleased Novartis.")
    assert_kinds(found, {
        "Qualcomm": "organisation",
        "Novartis": "organisation",
        "Kito Velsa": "person",
    })


def test_a_party_named_by_one_word_is_a_body():
    found = kinds("Polls in Lusara show Labor ahead, while the Greens and the Nationals lost seats to Kito Velsa.")
    assert_kinds(found, {
        "Labor": "organisation",
        "Greens": "organisation",
        "Nationals": "organisation",
    })


def test_a_set_of_bodies_named_as_one_by_a_plural_head_is_an_organisation():
    found = kinds("The Village Water Boards in Lusara and the Kito District Councils asked the Harbour Authorities.")
    assert_kinds(found, dict.fromkeys(("Village Water Boards", "Kito District Councils", "Harbour Authorities"), "organisation"))


def test_a_convention_or_exhibition_centre_is_a_place_not_a_body():
    found = kinds("The summit opened at the Kito Convention Center, and the fair moved to the Lusara Exhibition Centre.")
    assert_kinds(found, {
        "Kito Convention Center": "place",
        "Lusara Exhibition Centre": "place",
    })


def test_an_apposition_about_a_member_of_a_party_makes_a_person_not_a_body():
    found = kinds(
        "Velsanto Kirimu, a leader from Lusara's ruling Kito Party, won. "
        "Obarin Tesfamo, the militant group, denied it."
    )
    assert_kinds(found, {
        "Velsanto Kirimu": "person",
        "Kito Party": "organisation",
        "Obarin Tesfamo": "organisation",
    })


def test_an_offices_possessive_and_an_armed_service_before_an_office_belong_to_bodies():
    found = kinds(
        "Files reached the Lusara Attorney General's Office and the Surveyor General’s Department. "
        "The plan of then Lusara Army General Tomas Velsanta failed."
    )
    assert_kinds(found, {
        "Lusara Attorney General's Office": "organisation",
        "Surveyor General’s Department": "organisation",
        "Lusara Army": "organisation",
        "Tomas Velsanta": "person",
    })


def test_a_members_rank_before_a_bodys_one_word_name_is_no_part_of_it():
    found = kinds("The Deputy Taliban leader met Senior KLF officials, and the General Assembly voted.")
    assert_kinds(found, {
        "Taliban": "organisation",
        "KLF": "organisation",
    })
    assert "Deputy Taliban" not in found and "Senior KLF" not in found
    assert found.get("General Assembly") == "organisation"


def test_a_short_name_goes_to_the_body_named_most_but_a_place_named_body_leaves_the_place():
    found = {a.name: a for a in sort_actors(find_actors(
        "Kitomo Holdings and Kitomo Holdings Limited merged with Kitomo Logistics Group. Kitomo said on "
        "Monday it would grow. Guards at Velsanto Prison said six Velsanto inmates fled."
    ))}
    assert "Kitomo" in found["Kitomo Holdings"].aliases
    assert "Kitomo" not in found
    assert found["Velsanto Prison"].kind == "organisation"
    assert "Velsanto" not in found["Velsanto Prison"].aliases


def test_a_name_followed_by_its_chairman_or_lawmakers_is_a_body():
    found = kinds("On Monday Otzavo Yehudan chairman Tomas Velsanta met Lusara Kovi lawmakers in the capital.")
    assert_kinds(found, {
        "Otzavo Yehudan": "organisation",
        "Tomas Velsanta": "person",
    })


def test_an_institution_whose_name_is_no_english_word_is_a_body_at_a_sentences_start_too():
    found = kinds("Lusara asked for help. Europol said on Monday that it would send officers. House prices rose.")
    assert found.get("Europol") == "organisation"
    assert "House" not in found


def test_an_acronym_introduced_in_brackets_is_a_body_not_a_states_code():
    # "UP" is Uttar Pradesh's ISO code, and India is named; here the text introduces it as a body's.
    found = kinds("In India, the Kito Farmers Movement (UP) met. Later the UP said it would march.")
    assert found.get("UP") == "organisation"


def test_an_abbreviation_of_a_thing_after_the_is_no_body_however_it_is_cased():
    found = kinds("Climbers died on the Mt. Velsa slopes, the KLF said.")
    assert found.get("KLF") == "organisation"
    assert "Mt" not in found


def test_a_name_after_a_noun_for_a_kind_of_body_is_that_body_quoted_or_not():
    from cables.extraction import extract_report

    report = extract_report(
        "LUSARA: His photo was on the front page of the weekly tabloid 'Kito Velsa' on Monday, and the "
        "rights organisation \u201cObarin\u201d said the French company Tesmo Ravin had paid for it.\n\n"
        "The tabloid 'Kito Velsa' was later stopped by the Supreme Court of Lusara.",
        "x.txt",
    )
    found = {a.name: a.kind for a in report.actors}
    assert_kinds(found, {"Kito Velsa": "organisation", "Obarin": "organisation", "Tesmo Ravin": "organisation"})


def test_an_acronym_in_brackets_ends_the_bodys_name_before_a_persons():
    actors = sort_actors(find_actors(
        "The head of the Small and Medium Farms Development Agency (SMFDA) Tomas Velsanta met "
        "Lusara's traders on Monday."
    ))
    names = {(a.kind, name) for a in actors for name in [a.name, *a.aliases]}
    assert ("organisation", "Small and Medium Farms Development Agency") in names
    assert ("person", "Tomas Velsanta") in names


def test_an_acronym_spelled_out_in_lowercase_words_is_a_thing_not_a_body():
    found = kinds(
        "Kito banks block each internet protocol (IP) address and every mobile payment service (MPS) "
        "transfer, and an electronic salary voucher, or ESV, took days. The party's central executive "
        "committee (CEC) met the Lusara Farmers Union (LFU). Later the IP rules, the MPS and the ESV "
        "were debated, and the CEC agreed."
    )
    assert_absent(found, "IP", "MPS", "ESV")
    assert found.get("CEC") == "organisation"
    assert found.get("LFU") == "organisation"


def test_a_publication_opening_the_text_without_a_day_or_with_a_partner_is_a_body():
    assert_kinds(kinds("kito News / Lusara Review, 5 November - The dam was shelved."), {"kito News": "organisation", "Lusara Review": "organisation"})
    assert_kinds(kinds("kito News - In May the dam was shelved."), {"kito News": "organisation"})
    assert_kinds(kinds("LUSARA TODAY (KNA) The dam was shelved."), {"LUSARA TODAY": "organisation", "KNA": "organisation"})
    # A person or a place there is no publication.
    assert_kinds(kinds("Ambassador Tom R. Obari - the man who shelved the dam."), {"Tom R. Obari": "person"})
    assert "Ambassador Tom R. Obari" not in kinds("Ambassador Tom R. Obari - the man who shelved the dam.")


def test_a_publication_in_a_capitals_dateline_is_a_body_not_the_place():
    report = extract_report("TODAY LUSARA – The dam was shelved on Monday.\n\nEngineers left the site.", "x.txt")
    assert report.place is None
    assert ("TODAY LUSARA", "organisation") in {(a.name.upper(), a.kind) for a in report.actors}


def test_the_words_around_an_unknown_name_say_it_is_a_bodys():
    found = kinds(
        "Tom Obari, chairman of Kito Tours, said prices rose. An analyst at Velsa Risks agreed, and "
        "Anna Berg of Lusanet said so too. Estimates from Kitomex, a Lusaran economic consulting firm, "
        "were late, Oblanet reported. He told Veranet on Monday that the Lusara-based Obamu Velsi had left."
    )
    assert_kinds(found, dict.fromkeys(("Kito Tours", "Velsa Risks", "Lusanet", "Kitomex", "Oblanet", "Veranet", "Obamu Velsi"), "organisation"))
    assert_kinds(found, {"Tom Obari": "person", "Anna Berg": "person"})


def test_a_name_that_qualifies_a_noun_or_reports_mid_sentence_is_no_body_by_those_words():
    found = kinds(
        "The director of the Obamo hospital resigned. In Kitoma, the party lost its seat. "
        "Tomas Velsanta reported the hiring of doctors."
    )
    assert found.get("Obamo") != "organisation"
    assert found.get("Kitoma") != "organisation"
    assert found.get("Tomas Velsanta") == "person"


def test_a_compound_or_a_verbs_noun_after_the_is_no_body():
    found = kinds(
        "Voters of the Center-Left met at the Pre-Summit, and lawyers cited the Combating of Lusara Fraud "
        "Act. Fighters of the Lashkar-e-Kitomi fled, and the Velsanet said on Monday it would appeal."
    )
    assert_absent(found, "Center-Left", "Pre-Summit", "Combating")
    assert_kinds(found, {"Lashkar-e-Kitomi": "organisation", "Velsanet": "organisation"})


def test_a_lowercase_noun_for_a_kind_of_body_after_a_name_makes_it_that_body():
    index = find_actors(
        "Fighters of the Tawhid Obaru organization attacked, and the Kito Velsa coalition met the Pacto "
        "Lusano party. Supporters of the Kito movement and the Non-Obaru movement marched."
    )
    found = {a.name: a for a in sort_actors(index)}
    assert_kinds({n: a.kind for n, a in found.items()}, dict.fromkeys(("Tawhid Obaru", "Kito Velsa", "Pacto Lusano"), "organisation"))
    assert "Kito Velsa coalition" in found["Kito Velsa"].aliases
    assert_absent(found, "Kito", "Non-Obaru")  # a one-word cause, a compound


def test_a_bodys_name_with_and_goes_on_after_an_office_and_of():
    found = kinds(
        "She is a Non-Executive Director of the Grain and Futures Commission and Kito Mortgage Corporation "
        "Limited, and Chairman of the Developing and Emerging Farms Committee."
    )
    assert_kinds(found, dict.fromkeys(("Grain and Futures Commission", "Developing and Emerging Farms Committee"), "organisation"))
    assert_absent(found, "Futures Commission", "Emerging Farms Committee")


def test_an_acronym_of_a_treaty_is_no_body_and_a_joiners_initial_may_spell_an_acronym():
    index = find_actors(
        "The Convention on Kito Wetlands (CKW) and the Status of Lusara Forces Agreement (SOLFA) were "
        "cited, and the CKW and SOLFA were debated. The Colleges of Velsa Teachers Union (COVTU) and the "
        "Kito Farmers League Convention (KFLC) met, and the COVTU agreed."
    )
    found = {a.name: a for a in sort_actors(index)}
    assert_absent(found, "CKW", "SOLFA")
    assert found["COVTU"].kind == "organisation" and "Colleges of Velsa Teachers Union" in found["COVTU"].aliases
    assert found["KFLC"].kind == "organisation"


def test_an_ordinary_word_before_an_office_is_no_body():
    found = kinds(
        "Union Home Minister Tom Obari met Lusara's Intelligence Minister Anna Velsa and Kito Police "
        "Commissioner Sam Obanu, and Cabinet Secretary Ruth Kamau joined them."
    )
    assert_absent(found, "Union", "Intelligence")
    assert_kinds(found, {"Tom Obari": "person", "Anna Velsa": "person", "Cabinet": "organisation"})


def test_a_regime_is_how_a_text_judges_a_government_not_its_name():
    found = kinds("Critics of the KLF-Velsa regime and of the Kito Obanu regime met supporters of the KLF-Velsa government.")
    assert_absent(found, "KLF-Velsa regime", "Kito Obanu regime")
    assert found.get("KLF-Velsa government") == "organisation"


def test_a_name_a_text_is_published_in_is_a_body_not_a_place():
    found = kinds("The revelation in Kitonews on July 7 was that he lived in Obamu. An article published in Lusara Mirror agreed.")
    assert_kinds(found, {"Kitonews": "organisation", "Lusara Mirror": "organisation", "Obamu": "place"})


def test_a_name_listed_beside_bodies_is_a_body():
    found = kinds(
        "Officials of the Kito Mining Corporation, Velsanet and Obari Steel met on Monday. Villages such as "
        "Kito, Obamu and Tarsek were flooded, and the Lusara Farmers Union, British Lusarans and Inc staff left."
    )
    assert_kinds(found, {"Velsanet": "organisation", "Obari Steel": "organisation"})
    assert found.get("Tarsek") != "organisation"
    assert_absent(found, "British Lusarans", "Inc")


def test_a_name_shaped_like_a_persons_is_a_body_where_it_is_based_or_publishes_a_report():
    found = kinds(
        "Fighters of the Lusara-based Ansar Al Obari fled into the hills, the governor said on Monday, "
        "as Amir Al Kitani reported. Tomas Velsanta, a farmer, stayed."
    )
    assert_kinds(found, {"Ansar Al Obari": "organisation", "Amir Al Kitani": "organisation", "Tomas Velsanta": "person"})


class TestOrganisationBoundaries:
    """Where a body's name starts and ends: what belongs to it, and what does not."""

    @staticmethod
    def names(text):
        """Each organisation's name and aliases, with the organisation's name."""
        return {n: a.name for a in sort_actors(find_actors(text)) if a.kind == "organisation" for n in [a.name, *a.aliases]}

    def test_a_long_name_holds_with_in_or_by_only_up_to_its_acronym_in_brackets(self):
        found = self.names(
            "The Kitoan Council for the Inclusion of Persons with Disabilities (KCIPD) met the "
            "Obari Institute for Research and Education in Nutrition and Health (Obirenu) on Monday. "
            "Later the Ministry of Health in Velsa said it agreed."
        )
        assert found["Kitoan Council for the Inclusion of Persons with Disabilities"] == "KCIPD"
        assert "Obari Institute for Research and Education in Nutrition and Health" in found
        assert "Ministry of Health" in found
        assert_absent(found, "Kitoan Council for the Inclusion of Persons", "Obari Institute for Research and Education", "Ministry of Health in Velsa")

    def test_a_lowercase_committee_after_an_acronym_is_the_acronyms_body(self):
        found = kinds("The KLF central executive committee met on Monday, and the KDP economic advisory panel agreed.")
        assert_kinds(found, {"KLF": "organisation", "KDP": "organisation"})
        assert_absent(found, "KLF central executive committee", "KDP economic advisory panel")

    def test_a_word_saying_which_party_is_no_part_of_its_acronym(self):
        found = kinds("The candidate was welcomed by the Left KLF and later by the Ruling KDP.")
        assert_kinds(found, {"KLF": "organisation", "KDP": "organisation"})
        assert_absent(found, "Left KLF", "Ruling KDP")

    def test_a_family_named_after_a_surname_is_no_body(self):
        found = kinds("Neither the Obarini family nor their allies have understood the vote.")
        assert found.get("Obarini") != "organisation"

    def test_international_before_other_words_is_an_adjective_not_a_bodys_head(self):
        found = kinds(
            "The Deputy Minister of International Relations and Cooperation met the Director-General of "
            "International Cooperation, and Kito International agreed."
        )
        assert_absent(found, "International Relations and Cooperation", "International Cooperation")
        assert found.get("Kito International") == "organisation"

    def test_an_email_address_or_a_handle_names_no_body(self):
        found = kinds("Write to KLFEMB@MOFA.GOV.KT or follow @KitoNewsroom for the KLF's numbers.")
        assert_absent(found, "KLFEMB", "MOFA", "KitoNewsroom")
        assert found.get("KLF") == "organisation"

    def test_an_acronym_before_an_amount_is_a_currency(self):
        found = kinds("Fees rose to no more than KD 890. The KLF 2022 congress was held, and the KLF agreed.")
        assert_absent(found, "KD")
        assert found.get("KLF") == "organisation"

    def test_a_list_of_fields_in_a_bodys_name_holds_its_head_nouns_but_not_other_bodies(self):
        found = kinds(
            "The Kito Chamber of Commerce, Industries, and Agriculture of Lusara demanded talks. "
            "Later the Ministry of Finance, Parliament and Cabinet agreed."
        )
        assert found.get("Kito Chamber of Commerce, Industries, and Agriculture of Lusara") == "organisation"
        assert_kinds(found, {"Ministry of Finance": "organisation", "Parliament": "organisation", "Cabinet": "organisation"})

    def test_a_bodys_name_goes_on_through_on_the_after_its_head(self):
        found = kinds(
            "The Lusaran Commission on the Status of Farmers met, and the Government of Kito on the "
            "Obari Projects said nothing."
        )
        assert found.get("Lusaran Commission on the Status of Farmers") == "organisation"
        assert_absent(found, "Lusaran Commission", "Government of Kito on the Obari Projects")

    def test_a_rank_before_an_office_opens_no_body_but_a_body_after_it_is_named(self):
        found = kinds("Chief Cabinet Secretary Tomo Obari said so, and Deputy KLF Chairman Tom Vela agreed.")
        assert_absent(found, "Chief Cabinet", "Deputy KLF")
        assert_kinds(found, {"KLF": "organisation", "Tomo Obari": "person", "Tom Vela": "person"})


def test_an_offices_acronym_spelled_out_leaves_the_body_named_in_it():
    text = "The minister met DKLA (Director of the Kito Liberation Agency) in Velsa on Monday, the agency said."
    found = kinds(text)
    assert found.get("Kito Liberation Agency") == "organisation"
    assert_absent(found, "DKLA")


class TestBodyNamesCutOrGluedAndKinds:
    """Where a body's name starts and ends, and which kind it is (issue #11)."""

    def test_a_speaker_after_the_is_named_without_a_date_a_compound_or_an_office(self):
        report = extract_report(
            "The Kito Velsa Front (KVF) met in Lusara on Sunday.\n\n"
            "The KVF-led government defends the move, saying “the farmers are safe” in a statement.\n\n"
            "The Obari Monday warned the mayor, saying “this is completely unwarranted” for the town.\n\n"
            "“The clinic is ready,” said the Minister of Health.\n\n"
            "The Kito Daily Post sent a reporter. “The clinic is closed,” according to the Post.",
            "report.txt",
        )
        names = {a.name for a in report.actors}
        assert_absent(names, "KVF-led", "Obari Monday", "of Health", "Post")
        assert [q.speaker for q in report.quotes if "closed" in q.text] == ["Kito Daily Post"]

    def test_a_division_or_subcommittee_heads_a_name_joined_by_and(self):
        found = kinds(
            "Tom Obari, secretary of the Road Safety and Highway Division, spoke. The Lusara Foreign "
            "Affairs and Defence Subcommittee will convene, as will the Kito Parliament Trade and Tariffs Committee."
        )
        assert_kinds(found, {
            "Road Safety and Highway Division": "organisation",
            "Lusara Foreign Affairs and Defence Subcommittee": "organisation",
        })
        assert_absent(found, "Road Safety", "Highway Division", "Defence Subcommittee")

    def test_a_list_of_fields_before_and_stays_in_a_bodys_name(self):
        found = kinds("Two battalions of the Chemical, Nuclear and Radiological Defence Command will merge.")
        assert found.get("Chemical, Nuclear and Radiological Defence Command") == "organisation"
        assert_absent(found, "Nuclear and Radiological Defence Command")

    def test_what_a_department_deals_with_stays_in_its_name_before_an_office(self):
        found = kinds(
            "The Lusara Department of Harbour Affairs Director Ali Velsa said so, and we met Ministry "
            "of Inland Affairs Spokesperson Tom Obari on Monday. Foreign Affairs Minister Kito Daru agreed."
        )
        assert_kinds(found, {
            "Lusara Department of Harbour Affairs": "organisation",
            "Ministry of Inland Affairs": "organisation",
            "Ali Velsa": "person",
            "Tom Obari": "person",
        })
        assert_absent(found, "Lusara Department of Harbour", "Foreign Affairs")

    def test_a_sentences_first_word_never_goes_on_a_name_before_it(self):
        found = kinds("He met the Kito Ministry of Inland Affairs Secretary Ali Velsa. And Foreign Minister Tom Obari came.")
        assert found.get("Kito Ministry of Inland Affairs") == "organisation"
        assert not [name for name in found if "And" in name.split()]

    def test_a_person_named_after_a_bodys_office_or_acronym_is_a_person(self):
        found = kinds(
            "It was blown open after Kitobar Prison Warden Tomas Ben-Velsa referred to it. The Kingdom's "
            "representative at KOM Tamer Al Obari said so, and KOLCCI Sec. Gen. Anna Daru agreed."
        )
        assert_kinds(found, {
            "Kitobar Prison": "organisation",
            "Tomas Ben-Velsa": "person",
            "KOM": "organisation",
            "Tamer Al Obari": "person",
            "KOLCCI": "organisation",
        })
        assert_absent(found, "KOM Tamer Al Obari", "KOLCCI Sec", "Kitobar Prison Warden Tomas Ben-Velsa")

    def test_ranks_before_an_office_of_a_body_leave_the_body_and_the_one_it_is_of(self):
        found = kinds("Minister Ali Velsa and KLDA Acting Assistant Administrator for the Kito Bureau Tom Obari met.")
        assert_kinds(found, {"KLDA": "organisation", "Kito Bureau": "organisation", "Tom Obari": "person"})
        assert_absent(found, "KLDA Acting Assistant Administrator")

    def test_an_office_before_a_name_with_an_ampersand_is_no_part_of_it(self):
        found = kinds("The Under-Secretary of Ministry of Water & Sanitation; the Director-General of Kito came.")
        assert found.get("Ministry of Water & Sanitation") == "organisation"
        assert_absent(found, "Ministry of Water", "Sanitation")

    def test_a_bodys_acronym_with_a_lowercase_head_is_the_body_the_text_spells_out(self):
        actors = sort_actors(find_actors("Tom Velsa's KLF party won. The Kito Liberation Front spoke later."))
        bodies = [a for a in actors if a.kind == "organisation"]
        assert len(bodies) == 1
        assert {"KLF", "Kito Liberation Front"} <= {bodies[0].name, *bodies[0].aliases}

    def test_an_office_held_in_a_name_with_a_foreign_article_makes_it_a_body(self):
        found = kinds("Tom Obari, director of La Voz Kitena and founder of El Faro Lusareño, lives in La Velsa.")
        assert_kinds(found, {"La Voz Kitena": "organisation", "El Faro Lusareño": "organisation", "La Velsa": "place"})

    def test_assemblies_are_bodies(self):
        found = kinds("In Lusara the Kito Village Assemblies met in the Obari Game Reserve.")
        assert_kinds(found, {"Kito Village Assemblies": "organisation", "Obari Game Reserve": "place"})

    def test_a_place_before_a_bodys_head_before_an_office_stays_in_its_name(self):
        found = kinds("Kitovale Chamber of Commerce and Tourism President Tomas Obari said trade will grow.")
        assert_kinds(found, {"Kitovale Chamber of Commerce and Tourism": "organisation", "Tomas Obari": "person"})
        assert_absent(found, "Chamber of Commerce and Tourism")

    def test_a_bodys_office_at_another_body_is_one_name(self):
        found = kinds("The report was filed by the KNA UN Bureau in the city.")
        assert found.get("KNA UN Bureau") == "organisation"
        assert_absent(found, "UN")

    def test_a_subhead_in_title_case_names_no_body(self):
        found = kinds("Kito spoke.\n\nA Memorandum Of Understanding Between Kito And The Then Government Was Signed\n\nLater it rained.")
        assert not [name for name in found if "Memorandum" in name or "Government" in name]

    def test_a_title_before_a_long_arabic_name_with_particles_names_a_person(self):
        found = kinds("Shaikh Tomas bin Al Kitoa Al Velsari, head of the team, presented a display. Al Velsari said rotation helps.")
        assert found.get("Tomas bin Al Kitoa Al Velsari") == "person"
        assert_absent(found, "Al Velsari")

    def test_a_bodys_name_in_its_own_language_in_brackets_is_a_body(self):
        found = kinds("The attack hit the Lusaran Social Security Fund (Caja Lusareña del Seguro Social). The Kito Party (Anna Velsa) spoke.")
        assert_kinds(found, {
            "Lusaran Social Security Fund": "organisation",
            "Caja Lusareña del Seguro Social": "organisation",
            "Anna Velsa": "person",
        })

    def test_a_possessive_at_a_sentences_end_is_no_part_of_the_name(self):
        found = kinds("Many, including Grand Ayatollah Ali Al Kitani, care. His numbers are second only to the venerable Al Kitani’s.")
        assert found.get("Ali Al Kitani") == "person"
        assert_absent(found, "Al Kitani’s")

    def test_an_acronym_the_text_spells_out_as_an_office_is_an_office_before_a_name(self):
        found = kinds("The Vice-Prime Minister (VPM), Mrs Anna Devi Obaru-Velsa, came. In her address, VPM Obaru-Velsa said the project works.")
        assert found.get("Anna Devi Obaru-Velsa") == "person"
        assert_absent(found, "VPM Obaru-Velsa", "VPM")

    def test_a_bodys_acronym_before_a_state_or_district_unit_is_no_place(self):
        found = kinds("In a late move, the KLF state leadership acted, and a member of the KDP’s district secretariat spoke. Velsa district is far.")
        assert_kinds(found, {"KLF": "organisation", "KDP": "organisation", "Velsa": "place"})

    def test_two_letters_after_a_persons_two_names_are_read_on_their_own(self):
        found = kinds("Reviewing it, committee chairperson Anna Velsa (AV) said the audit was good, and the AV agreed.")
        assert_kinds(found, {"Anna Velsa": "person", "AV": "organisation"})

    def test_two_initials_and_a_surname_after_a_role_noun_name_a_person(self):
        found = kinds("Doubts are stark, Kito and fellow analyst JR Stones said. The KD Velsa Group disagreed.")
        assert_kinds(found, {"JR Stones": "person", "KD Velsa Group": "organisation"})

    def test_a_firms_name_with_an_ampersand_holds_what_it_does(self):
        found = kinds(
            "It relates to the strike by unionized Kitowoo Shipbuilding & Marine Engineering’s subcontractors on Thursday. "
            "The spokesman for the firm in Velsa, Tomas Bravo, spoke."
        )
        assert_kinds(found, {"Kitowoo Shipbuilding & Marine Engineering": "organisation", "Tomas Bravo": "person"})
        assert_absent(found, "Marine Engineering", "Kitowoo Shipbuilding")

    def test_a_plural_a_legal_form_a_dotted_acronym_and_a_joiners_letter_name_one_body(self):
        bodies = [
            a for a in sort_actors(find_actors(
                "The Kito Home Guard met, and later the Kito Home Guards left. Velsa Inc said so, and "
                "Velsa agreed. The K.L.F. and the Kito Liberation Front spoke. The Bank of Lusara said so. Later BoL rose."
            ))
            if a.kind == "organisation"
        ]
        assert sorted(len({a.name, *a.aliases} & group) for a in bodies for group in [
            {"Kito Home Guard", "Kito Home Guards"}, {"Velsa Inc", "Velsa"},
            {"K.L.F.", "Kito Liberation Front"}, {"Bank of Lusara", "BoL"},
        ] if {a.name, *a.aliases} & group) == [2, 2, 2, 2]
        assert len(bodies) == 4


def test_a_states_department_with_and_without_its_nationality_is_one_body():
    actors = {a.name: a for a in sort_actors(find_actors(
        "The Interior Department said on Monday that the border would reopen. Officials of the US "
        "interior department said trucks would cross first, and the Kito Velsa Front agreed."
    ))}
    departments = [a for a in actors.values() if "department" in a.name.lower()]
    assert len(departments) == 1
    assert {"Interior Department", "US interior department"} == {departments[0].name, *departments[0].aliases}
