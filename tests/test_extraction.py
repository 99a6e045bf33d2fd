"""Extraction on reports it has never seen: made-up texts in the shapes real ones take."""
import pytest

from cables.extraction import ExtractionError, extract_report, parse_cable, read_text
from cables.extraction.clean import headline_from_lede

STORY = (
    "Title: Envoy doubted army's claims, cables show\n"
    "Source: The Example Times\n"
    "Published: 3 March 2011\n"
    "URL: https://example.org/envoy-doubted\n"
    "\n"
    "British ambassador to Nepal Sir Robert Langley wrote that the army chief “could not be trusted with the truth,” according to a secret cable released by WikiLeaks.\n"
    "The cable, dated February 12, 2010, was sent from the British embassy in Kathmandu.\n"
    "“We have seen this before,” Langley said. “They will deny everything.”\n"
    "Nepal's foreign minister Maria Okafor told the envoy that \"the 'peace dividend' was real and lasting\", the cable said.\n"
    "She added: \"There is no going back.\"\n"
    "Subscribe to our newsletter for $4.99/month\n"
    "Share this article\n"
)


@pytest.fixture
def report():
    return extract_report(STORY, "envoy.txt")


def test_header_lines_win(report):
    assert report.title == "Envoy doubted army's claims, cables show"
    assert report.source == "The Example Times"
    assert report.published.isoformat() == "2011-03-03"
    assert report.url == "https://example.org/envoy-doubted"
    assert not report.body.startswith("Title:")


def test_boilerplate_after_the_story_is_removed_by_its_shape(report):
    assert report.body.endswith('"There is no going back."')
    assert "Subscribe" not in report.body and "Share this" not in report.body


def test_curly_quotes_and_split_quotes_keep_their_speaker(report):
    quotes = {q.text: q for q in report.quotes}
    assert quotes["We have seen this before"].speaker == "Robert Langley"
    assert quotes["They will deny everything"].speaker == "Robert Langley"


def test_a_person_named_before_the_verb_is_the_speaker_even_with_according_to(report):
    quote = next(q for q in report.quotes if q.text.startswith("could not be trusted"))
    assert quote.speaker == "Robert Langley"
    assert quote.from_cable


def test_the_cable_said_means_no_person_and_from_cable(report):
    quote = next(q for q in report.quotes if "peace dividend" in q.text)
    assert quote.text == "the 'peace dividend' was real and lasting"  # nested single quotes kept
    assert quote.speaker is None and quote.from_cable


def test_a_pronoun_resolves_to_the_latest_person(report):
    quote = next(q for q in report.quotes if q.text.startswith("There is no going back"))
    assert quote.speaker == "Maria Okafor"


def test_titles_are_stripped_and_roles_kept(report):
    people = {a.name: a for a in report.actors if a.kind == "person"}
    assert set(people) == {"Robert Langley", "Maria Okafor"}
    assert people["Robert Langley"].role == "British ambassador to Nepal"
    assert people["Maria Okafor"].role == "Nepal's foreign minister"


def test_places_come_from_the_gazetteer(report):
    places = {a.name for a in report.actors if a.kind == "place"}
    assert {"Nepal", "Kathmandu"} <= places


def test_the_cable_mention_has_its_date_origin_and_classification(report):
    (cable,) = report.cables
    assert cable.date == "2010-02-12"
    assert cable.classification == "Secret"
    assert cable.origin == "UK Embassy Kathmandu"


def test_a_printed_reference_is_kept():
    text = "The cable, 10KABUL123, described the meeting in detail and was widely cited by the press.\n"
    assert extract_report(text, "x.txt").cables[0].reference == "10KABUL123"


def test_an_unbalanced_mark_never_swallows_the_next_paragraph():
    text = (
        'The minister said "this will end badly for everyone involved in the talks.\n'
        "Later that week the talks collapsed and no agreement was signed by either side.\n"
    )
    report = extract_report(text, "x.txt")
    assert all("collapsed" not in q.text for q in report.quotes)


def test_a_quote_left_open_continues_into_the_next_paragraph():
    text = (
        'Ambassador John Carter said "the talks are over. Nobody wants them.\n'
        '"We will try again next year," according to the cable.\n'
    )
    quotes = extract_report(text, "x.txt").quotes
    assert [q.text for q in quotes] == ["the talks are over. Nobody wants them", "We will try again next year"]
    assert quotes[0].speaker == "John Carter"


def test_said_before_the_name():
    text = '"The border is quiet," said General Omar Haddad, the army\'s chief of staff, on the record.\n'
    report = extract_report(text, "x.txt")
    assert report.quotes[0].speaker == "Omar Haddad"


def test_no_sentence_initial_words_weekdays_or_nationalities_as_actors():
    text = (
        "However, on Tuesday Indian officials met Pakistani diplomats in Geneva for three hours of talks.\n"
        "During the talks, Foreign Secretary Anil Mehra asked for restraint from both sides of the border.\n"
    )
    names = {a.name for a in extract_report(text, "x.txt").actors}
    assert "Anil Mehra" in names
    assert not names & {"However", "Tuesday", "Indian", "Pakistani", "During"}


def test_acronyms_get_their_expansion():
    text = "The Inter-Services Intelligence (ISI) denied the report. The ISI has long been accused of meddling in the region.\n"
    actors = {a.name: a for a in extract_report(text, "x.txt").actors}
    assert actors["ISI"].kind == "organisation"
    assert "Inter-Services Intelligence" in actors["ISI"].aliases


def test_known_actors_are_recognised():
    from cables.extraction import KnownActor

    text = "Officials said the Haqqani network was behind the attack on the convoy near the border crossing.\n"
    known = [KnownActor(name="Haqqani network", kind="organisation", aliases=["Haqqanis"])]
    names = {a.name for a in extract_report(text, "x.txt", known_actors=known).actors}
    assert "Haqqani network" in names


def test_headline_from_lede_is_whole_words_without_a_trailing_fragment():
    lede = "In a rare public rebuke delivered on the floor of parliament, the finance minister accused the central bank of hiding the true scale of the losses"
    title = headline_from_lede(lede)
    assert len(title) <= 100
    assert lede.startswith(title)
    assert not title.endswith((" of", " the", " a", ","))


def test_headline_from_lede_never_ends_inside_a_name():
    lede = ("Lusara's powerful army had blocked President Obari Kito's plan to send security chief Tamer Obanle "
            "Lusanji to the border talks, a leaked cable shows.")
    assert headline_from_lede(lede).endswith("security chief Tamer Obanle Lusanji")
    long_name = ("Lusara's powerful army had blocked President Obari Kito's plan to send security chief Tamer "
                 "Obanle Vasquez-Delacroix Montenegro-Lusanji Abernathy to the border talks.")
    assert headline_from_lede(long_name).endswith("plan to send security chief")


def test_html_pages_give_text_and_metadata():
    html = """<!doctype html><html><head><title>Spy chief met envoy | Daily Planet</title>
    <meta property="og:site_name" content="Daily Planet">
    <meta property="article:published_time" content="2011-05-02T10:00:00Z">
    <link rel="canonical" href="https://planet.example/spy-chief"></head>
    <body><nav>Home | World | Subscribe</nav><article><h1>Spy chief met envoy</h1>
    <p>The spy chief met the envoy twice in May, according to a confidential cable released on Thursday.</p>
    <p>"We need more time," the spy chief told the envoy during the second of the two meetings in the capital.</p>
    </article><footer>Subscribe now for $1 a week</footer></body></html>"""
    report = extract_report(html, "page.html")
    assert report.source == "Daily Planet"
    assert report.url == "https://planet.example/spy-chief"
    assert report.published.isoformat() == "2011-05-02"
    assert "We need more time" in [q.text for q in report.quotes]
    assert "Subscribe" not in report.body


def test_a_bad_encoding_is_detected_not_guessed():
    text = "Le ministre a déclaré que la réunion était « très utile » pour les deux délégations présentes à Genève."
    assert "déclaré" in read_text(text.encode("cp1252"))


@pytest.mark.parametrize("raw", [b"", b"   \n\n", b"\x00\x01\x02binary"])
def test_empty_or_binary_input_is_a_clear_error(raw):
    with pytest.raises(ExtractionError):
        read_text(raw)


def test_a_body_of_only_boilerplate_is_a_clear_error():
    with pytest.raises(ExtractionError, match="no story"):
        extract_report("Subscribe now\nLog in\n₹900\n", "x.txt")


def test_a_malformed_cable_is_a_clear_error():
    with pytest.raises(ExtractionError):
        parse_cable("09ISLAMABAD155\nSUBJECT ONLY\n")
