"""Actors in made-up reports, one shape of name per test: the kind a careful reader
would give each name, one actor per real person or body, and no junk."""
import time

from cables.extraction import KnownActor, extract_report
from cables.extraction.actors import ActorIndex, find_actors


def actors_of(text, known=()):
    return {a.name: a for a in extract_report(text, "x.txt", known_actors=list(known)).actors}


def kinds(text, known=()):
    return {name: a.kind for name, a in actors_of(text, known).items()}


def assert_kinds(found, expected):
    """Each name found with the kind expected (None: not found at all)."""
    assert {name: found.get(name) for name in expected} == expected


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


def test_an_office_before_the_name_comes_before_the_apposition_after_it():
    actors = actors_of("Senator Amal Rusto, an adviser to Tom Obari, said the report was false.")
    assert actors["Amal Rusto"].role == "Senator, adviser to Tom Obari"
    actors = actors_of("Senator Amal Rusto said the report was false.")
    assert actors["Amal Rusto"].role == "Senator"


def test_what_a_sentence_says_after_a_name_or_anothers_role_before_it_is_no_role():
    actors = actors_of("In talks with Senator Amal Rusto, the general agreed. Lina Daru, an adviser to Tom Obari, said so.")
    assert actors["Amal Rusto"].role == "Senator"  # ", the general agreed" goes on with the sentence
    assert actors["Tom Obari"].role == ""  # the adviser is Lina Daru
    assert actors["Lina Daru"].role == "adviser to Tom Obari"


def test_a_short_name_in_brackets_before_a_role_names_the_body_of_the_role():
    actors = actors_of("The talks were led by Kito Liberation Front (KLF) chief Tamer Lusani and his aides.")
    assert actors["Tamer Lusani"].role == "KLF chief"


def test_an_office_whose_name_holds_of_is_read_whole_before_a_rank():
    actors = actors_of("In another meeting with Lusara Chairman Joint Chiefs of Staff Admiral Tom Obari, the envoy asked for help.")
    assert actors["Tom Obari"].role == "Chairman Joint Chiefs of Staff"


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


def test_a_known_bodys_alias_that_only_names_a_kind_of_body_means_this_reports_own_body():
    known = [KnownActor("Kito Embassy in Obari", "organisation", ["Embassy", "Kito Embassy"]), KnownActor("Pavon Army", "organisation", ["Army"])]
    actors = actors_of("The Embassy's political counselor met Tamer Lusani. The Army stayed in its barracks.", known)
    assert "Kito Embassy in Obari" not in actors and "Pavon Army" not in actors
    actors = actors_of("A Kito Embassy official met Tamer Lusani.", known)
    assert actors["Kito Embassy in Obari"].mentions == 1  # its full alias still finds it


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


def test_subheads_in_capitals_and_languages_are_no_organisations():
    found = kinds(
        "Officials in Kumasi met on Monday.\n\nTOUGH STANCE\n\nThe radio service broadcasts in Hausa and Yoruba, "
        "and the Hausas of the north listen.\n\nHEALTH\n\nLeaders of ARENA said ARENA would win."
    )
    for word in ("TOUGH STANCE", "HEALTH", "Hausa", "Yoruba", "Hausas"):
        assert word not in found, word
    assert found.get("ARENA") == "organisation"  # an acronym the text uses twice


def test_a_name_after_in_is_a_place_and_a_town_named_like_a_word_is_the_word():
    found = kinds(
        "Villagers in Qaranbuti said the water had gone. Their independence was at stake, "
        "and after Independence the district council never came back."
    )
    assert_kinds(found, {"Qaranbuti": "place", "Independence": None})
    assert "Central Asian" not in kinds("Trade between Central Asian states grew in Bishkek.")


def test_names_led_by_another_languages_article_or_a_country_are_no_people():
    found = kinds(
        "The daily El Vigilante said the stranded climbers were found in Las Quebradas. "
        "Leaders of the Tanzania Mbele alliance met at the Bokolo National Park and the Mirambo Palace, "
        "said Park Min-seo, a guide."
    )
    assert_kinds(found, {"El Vigilante": "organisation", "Las Quebradas": "place", "Bokolo National Park": "place",
                         "Mirambo Palace": "place", "Park Min-seo": "person"})
    assert found.get("Tanzania Mbele") != "person"


def test_companies_by_their_corporate_head_nouns():
    found = kinds(
        "Stock in Tembo Securities and Kivu Pharmaceuticals rose on the exchange on Tuesday after "
        "Hanuri Limited reported profits for the third quarter in a row, traders said."
    )
    assert_kinds(found, dict.fromkeys(("Tembo Securities", "Kivu Pharmaceuticals", "Hanuri Limited"), "organisation"))


def test_a_bodys_name_runs_through_each_of_and_sheds_its_members_office():
    found = kinds(
        "The Office for the Relief of Flood Victims of Malandia said on Friday that it needed more boats. "
        "Kanu Party Leader Amina Dube and Alliance Party Presidential candidate Ruth Oloo visited the camps. "
        "Hospital Board Manager Jonas Pirelli said the wards were full."
    )
    assert_kinds(found, {"Office for the Relief of Flood Victims of Malandia": "organisation", "Kanu Party": "organisation",
                         "Alliance Party": "organisation", "Amina Dube": "person", "Jonas Pirelli": "person"})
    assert not any(name.endswith(("Leader", "Presidential", "Manager")) for name in found)


def test_places_by_compound_pair_lowercase_head_and_island_of():
    found = kinds(
        "The Kisumu-based Lake Basin Trust said talks near the Kenya-Uganda border had stalled. "
        "Farmers in Bokhara district and the fishermen of the island of Lamuhaven joined them, "
        "though the Southern African region stayed calm."
    )
    assert_kinds(found, {"Kisumu": "place", "Lake Basin Trust": "organisation", "Kenya": "place", "Uganda": "place",
                         "Bokhara": "place", "Lamuhaven": "place"})
    assert "Southern African" not in found


def test_programmes_summits_temples_and_generic_governments_are_no_bodies():
    found = kinds(
        "Pupils from the Lindani Reading Programme won the International Geography Olympiad, and pilgrims "
        "crowded the Sangeri Temple. The Zionist regime, the Ruling party and the Islamic government were "
        "criticised, but the BNU government and the Tembu party replied. Rahul Gandhi said the Gandhis met the MPs, and "
        "the Vokkaligas, a Vokkaliga group, joined them; the Wikileaks cables were read.\n\n"
        "THE government said the Steering Committee for the OGP Initiative would meet."
    )
    for name in ("Lindani Reading Programme", "International Geography Olympiad", "Sangeri Temple", "Zionist regime",
                 "Ruling party", "Islamic government", "Gandhis", "MPs", "Vokkaligas", "THE government"):
        assert name not in found, name
    assert_kinds(found, dict.fromkeys(("BNU government", "Tembu party", "Wikileaks", "Steering Committee"), "organisation"))


def test_a_body_named_after_a_lowercase_kind_noun_or_by_its_short_name_in_brackets():
    found = actors_of(
        "Output fell at power utility Kobalta and at the investment bank Ferrandi, said the River Basin "
        "and Fisheries Development Agency (Rifideco), adding that Rifideco would publish figures. "
        "Senior party MPs disagreed."
    )
    assert found["Kobalta"].kind == "organisation"
    assert found["Ferrandi"].kind == "organisation"
    assert found["Rifideco"].kind == "organisation"
    # (A short name that spells no initials of the long one: each is listed.)
    assert found["River Basin and Fisheries Development Agency"].kind == "organisation"
    assert "MPs" not in found


def test_names_with_particles_al_papers_and_religious_titles():
    found = actors_of(
        "The Emir, Hamad bin Khalid Al Moussa, met Lucia Torres de Albarran in Doha, the daily Al Nashra "
        "reported. Grand Ayatollah Karim Al Basri sent a letter. Later Al Moussa thanked the Frente de "
        "Progreso for its support."
    )
    assert found["Hamad bin Khalid Al Moussa"].kind == "person"
    assert "Al Moussa" in found["Hamad bin Khalid Al Moussa"].aliases  # one person, not a body
    assert found["Lucia Torres de Albarran"].kind == "person"
    assert found["Karim Al Basri"].kind == "person"
    assert found["Al Nashra"].kind == "organisation"
    assert found.get("Frente de Progreso") is None or found["Frente de Progreso"].kind != "person"


def test_a_states_iso_code_is_a_place_where_its_country_is_named_and_upper_house_a_body():
    found = kinds(
        "Voters in UP and Bihar queued for hours, India's election officials said, while the Upper House "
        "met and the Venezuelan State was accused of stalling, observers from Ghana said."
    )
    assert_kinds(found, {"UP": "place", "Upper House": "organisation", "Venezuelan State": "organisation"})
    elsewhere = kinds("The ZQ party and the UP alliance met in Lusaka on Monday to agree on a joint candidate.")
    assert elsewhere.get("UP") != "place"  # no country of a state coded UP is named


def test_two_initials_written_together_start_a_persons_name():
    found = actors_of(
        "The inquiry was ordered by Lieutenant Governor RK Tandavar, and KP Menonath of the Vidarbha "
        "Jan Party said he would appear before it. An AP Photo showed the hall; the UN Security Council "
        "was not told."
    )
    assert found["RK Tandavar"].kind == "person"
    assert "Governor" in found["RK Tandavar"].role
    assert found["KP Menonath"].kind == "person"
    assert "AP Photo" not in found or found["AP Photo"].kind != "person"
    assert found["UN Security Council"].kind == "organisation"


def test_a_name_ending_in_its_country_is_a_body_but_a_word_before_a_country_is_not():
    found = kinds(
        "The lawyers of Rights Watch Malawi and the pollster Tembeka Kenya disagreed on the figures.\n\n"
        "Mountainous Afghanistan has few roads. Is Brazil ready? Considering Tajikistan, the answer is no."
    )
    assert_kinds(found, dict.fromkeys(("Rights Watch Malawi", "Tembeka Kenya"), "organisation"))
    for junk in ("Mountainous Afghanistan", "Is Brazil", "Considering Tajikistan"):
        assert junk not in found, junk


def test_a_name_written_with_and_without_its_initials_full_stops_is_one_actor():
    actors = actors_of(
        "Staff at the US embassy said the talks had failed. The U.S. embassy declined to comment. "
        "Home secretary G.K. Pillai said the talks would resume, and GK Pillai later confirmed it."
    )
    bodies = [a for a in actors.values() if a.kind == "organisation"]
    people = [a for a in actors.values() if a.kind == "person"]
    assert len(bodies) == 1 and bodies[0].name.replace(".", "").lower() == "us embassy"
    assert len(people) == 1 and "Pillai" in people[0].name
    # A full stop that ends a sentence is no initial's: "Park." stays the word it is.
    known = [KnownActor("Park", "person", [])]
    assert actors_of("The talks were held in Central Park. Park said they went well.", known)["Park"].kind == "person"


def test_an_embassy_named_with_its_city_is_also_known_by_its_short_name():
    found = actors_of("Staff of the Norvian Embassy in Nairobi said the visas were ready.")
    embassy = found.get("Norvian Embassy in Nairobi")
    assert embassy is not None and embassy.kind == "organisation"
    assert "Norvian Embassy" in embassy.aliases


def test_an_ordinary_nouns_possessive_before_a_head_noun_is_inside_the_name():
    found = kinds(
        "The Public Prosecutor's Office charged him, and the Teachers' Union called a strike. "
        "Later the Kisumu Magistrate's Court heard the case. Kenya's Ministry of Health said nothing."
    )
    assert_kinds(
        found,
        {
            "Public Prosecutor's Office": "organisation",
            "Teachers' Union": "organisation",
            "Kisumu Magistrate's Court": "organisation",
            "Ministry of Health": "organisation",
            "Kenya's Ministry of Health": None,
            "Public Prosecutor": None,
        },
    )


def test_a_law_or_event_named_after_a_body_gives_the_body_only():
    found = kinds(
        "Delegates cited the Lusaran Ports Union Charter at the Lusaran Water Conference. The Bank of Lusara "
        "Amendment Act passed, and fans flew in for the KFA World Cup. The College of Coastal Policy agreed."
    )
    assert_kinds(
        found,
        {
            "Lusaran Ports Union": "organisation",
            "Lusaran Ports Union Charter": None,
            "Bank of Lusara": "organisation",
            "Bank of Lusara Amendment Act": None,
            "KFA": "organisation",
            "KFA World": None,
            "College of Coastal Policy": "organisation",
        },
    )


def test_a_legislature_named_by_one_word_is_an_organisation():
    found = kinds("The bill went back to the Assembly on Tuesday, and the Diet will vote on it before the House rises.")
    assert_kinds(found, {"Assembly": "organisation", "Diet": "organisation", "House": "organisation"})


def test_and_inside_a_bodys_name_joins_its_parts_but_not_two_bodies():
    found = kinds(
        "The Grain and Futures Commission fined the bank. The Kenyan Nuclear Safety and Energy "
        "Organisation and the School of Oriental and Pacific Studies signed too. Officers of the Army and Air "
        "Force, of the Supreme Court and Judicial Harbour Commission and of Radio Bolo and Bolo TV were there."
    )
    assert_kinds(
        found,
        {
            "Grain and Futures Commission": "organisation",
            "Futures Commission": None,
            "Kenyan Nuclear Safety and Energy Organisation": "organisation",
            "School of Oriental and Pacific Studies": "organisation",
            "Air Force": "organisation",
            "Army and Air Force": None,
            "Supreme Court": "organisation",
            "Judicial Harbour Commission": "organisation",
            "Bolo TV": "organisation",
            "Radio Bolo and Bolo TV": None,
        },
    )


def test_an_office_or_a_sentences_first_word_around_a_bodys_name_is_not_part_of_it():
    found = kinds(
        "Powerful Organization for Regional Cooperation and Development members met. She is the Executive "
        "Director of the Association of Lusaran Actors. He is Director International Peace Training Centre, and "
        "was named FIFA Chief of Youth Football. Royal Bank of Lusara shares fell; it was a powerful signal."
    )
    assert_kinds(
        found,
        {
            "Organization for Regional Cooperation and Development": "organisation",
            "Powerful Organization for Regional Cooperation and Development": None,
            "Association of Lusaran Actors": "organisation",
            "International Peace Training Centre": "organisation",
            "Director International Peace Training Centre": None,
            "FIFA": "organisation",
            "FIFA Chief of Youth Football": None,
            "Royal Bank of Lusara": "organisation",
        },
    )


def test_a_force_before_an_office_and_chambers_and_confederations_are_bodies():
    found = kinds(
        "Present were Lusara Air Force Commander Major General Tom Obari and members of the House of "
        "Delegates. The Lusaran Confederation of Dock Unions and the Executive Yuan objected."
    )
    assert_kinds(
        found,
        {
            "Lusara Air Force": "organisation",
            "Tom Obari": "person",
            "House of Delegates": "organisation",
            "Lusaran Confederation of Dock Unions": "organisation",
            "Executive Yuan": "organisation",
        },
    )


def test_items_of_a_list_of_bodies_are_organisations():
    found = kinds(
        "Other companies like Kito, Bolo Mills, Zanta and Hindustan Lever also sold the drug, "
        "while banks such as Obari Partners stayed out. Aid groups including Amina Obari's charity helped."
    )
    assert_kinds(
        found,
        {
            "Kito": "organisation",
            "Bolo Mills": "organisation",
            "Zanta": "organisation",
            "Hindustan Lever": "organisation",
            "Obari Partners": "organisation",
            "Amina Obari": "person",
        },
    )


def test_a_website_named_by_its_address_is_an_organisation():
    found = actors_of("Prices rose, according to the website Pesoblog.com.ar, and the retailer Kito.com agreed. Write to info@kito.org.")
    assert {name: a.kind for name, a in found.items()} == {"Pesoblog.com.ar": "organisation", "Kito.com": "organisation"}
    assert "Pesoblog" in found["Pesoblog.com.ar"].aliases


def test_bodies_named_in_spanish_french_or_portuguese_are_organisations_not_people():
    found = kinds("Leaders of the Federación Rural, the Banque Kito and the Centro Obari met officials of Partido Verde on Monday.")
    assert_kinds(found, {"Federación Rural": "organisation", "Banque Kito": "organisation", "Centro Obari": "organisation", "Partido Verde": "organisation"})


def test_a_publication_or_agency_in_the_dateline_is_an_organisation():
    masthead = actors_of("Lusara Weekly, 27 January - A court in Kito freed the activist today.\n\nHe thanked his lawyers.")
    assert masthead.get("Lusara Weekly") is not None and masthead["Lusara Weekly"].kind == "organisation"
    credited = actors_of("NAIROBI, July 18 (Kitonews) - The court freed the activist today.\n\nHe thanked his lawyers.")
    assert credited.get("Kitonews") is not None and credited["Kitonews"].kind == "organisation"
    assert credited.get("Nairobi") is not None and credited["Nairobi"].kind == "place"


def test_a_publication_in_the_dateline_is_not_the_reports_place():
    report = extract_report("Lusara Weekly, 27 January - A court in Kito freed the activist today.\n\nHe thanked his lawyers.", "x.txt")
    assert report.place is None
    report = extract_report("NAIROBI, July 18 (Kitonews) - The court freed the activist today.\n\nHe thanked his lawyers.", "x.txt")
    assert report.place is not None and report.place.lower() == "nairobi"


def test_a_leaders_government_is_said_of_the_leader():
    found = kinds("Critics said the Obari government had failed, and the Taliban government, the UPA government and the Zionist regime agreed.")
    assert_kinds(found, {"Obari": "person", "Obari government": None, "Taliban government": "organisation", "UPA government": "organisation", "Zionist": None})


def test_an_acronym_before_a_full_name_is_the_body_then_its_member():
    found = kinds("Police arrested the leader of KLF Tom Obari, and the carrier USS Harold Obari sailed.")
    assert_kinds(found, {"KLF": "organisation", "Tom Obari": "person", "USS": None})


def test_a_people_is_no_organisation_or_person():
    found = kinds("Elders of the Kaluma community met. The Kaluma say the land is theirs, the Kaluma told officials of the Lusara Herald.")
    assert_kinds(found, {"Kaluma": None, "Lusara Herald": "organisation"})


def test_a_bodys_name_may_list_its_fields_with_commas_but_a_list_of_bodies_stays_apart():
    found = kinds(
        "He wrote to the Ministry of Water, Rural Roads, Fisheries and Forestry on Monday. "
        "The Ministry of Finance, Central Bank, Kenya Oil and Gas Corporation, and Kito Standards Authority met."
    )
    assert_kinds(
        found,
        {
            "Ministry of Water, Rural Roads, Fisheries and Forestry": "organisation",
            "Ministry of Water": None,
            "Ministry of Finance": "organisation",
            "Central Bank": "organisation",
            "Kenya Oil and Gas Corporation": "organisation",
        },
    )


def test_a_name_in_capitals_a_language_service_and_a_sentences_first_word_before_an_acronym():
    found = kinds(
        "The video was revealed by DIARIO DE LUSARA on Monday. The BBC Hausa service reported it. "
        "Is KLF ready? Observers asked whether the party is ready."
    )
    assert_kinds(found, {"DIARIO DE LUSARA": "organisation", "DIARIO": None, "BBC": "organisation", "BBC Hausa": None, "KLF": "organisation", "Is KLF": None})


def test_a_city_whose_name_starts_with_the_is_a_place_however_the_sentence_writes_the():
    found = kinds("The court in The Hague ruled, and lawyers in the Hague appealed.")
    assert_kinds(found, {"The Hague": "place", "Hague": None})


def test_a_body_of_a_titled_person_gives_no_half_name():
    found = kinds("Aid was pledged by the Government of President Tom Obari on Monday.")
    assert_kinds(found, {"Tom Obari": "person", "Government of": None, "Government": None})


def test_a_body_before_an_office_and_the_person_holding_it_are_both_found():
    found = kinds("He met the KLF Chief of Staff Tom Obari on Monday.")
    assert_kinds(found, {"KLF": "organisation", "Tom Obari": "person", "KLF Chief of Staff Tom Obari": None})
