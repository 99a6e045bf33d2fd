"""The fast forms of extraction's text scans find exactly what their plain forms find.

Several patterns are written to start with a character set (`X(?<!\\w.)` for `\\bX`), or
replaced by a string search for their first words, because the regex engine then skips
to candidates instead of trying the pattern at every character. Each is checked here
against the plain pattern it stands for, on made-up text full of edge cases.
"""
import re

import pytest
from dateutil import parser as date_parser

from cables.extraction import actors, cables, clean, text
from cables.extraction.quotes import cues, lexicon, provenance, resolution, spans

SAMPLE = (
    "KITO, 3 May -- The cable (09KITO155) said 'so-called' ''reforms'' were “stalled”. A second Cable, 10LUSARA2047, "
    "and two DISPATCHES followed; a diplomatic telegram and Diplomatic Notes too. Uncabled xcable cables.Telegrams "
    "Dr. Amina Obari, U.S. envoy, said: \"The memo is clear.\" Memoranda and memorandum; WikiLeaks, wikiLeaks and "
    "Wikileaks; communiqués, Communique; leaks, Leak, leaky, x_Leaks 9Leaks. Missives? Assessments! Briefings.\n\n"
    "Firms such as Kito Mills, Obari Steel and Zanta paid. Start-ups like Lusara.com grew, unlike such as banks.\n\n"
    "Pre-companies like Bolo and multimedia including Kito TV, groups\n\nincluding Amina's; NGOs namely Aid First. "
    "apps like like X, apps like apps like Y, firms like. Communications Inc. (CI) and CI (Communications Inc) met. "
    "\"She said. Then\" 'he' “went” ''on'' \"open ''mixed\" 'x''y'' ”done”. Mr. J. Smith left! Why? 'No.' (Yes.) End"
)
TEXTS = [SAMPLE, SAMPLE.lower(), SAMPLE.upper(), "", "x", "Cables", "09KITO155", " 09KITO155"]


def _spans(pattern, text_):
    return [(m.span(), m.groups()) for m in pattern.finditer(text_)]


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        (cables.REFERENCE, r"\b(\d{2}(?:[A-Z]{3,}|[A-Z]+[A-Z0-9]*[A-Z]))(\d{1,6})\b"),
        (actors._WORD_START, r"(?<![\w’'.\-])[\w’'.\-]+"),
        (actors._CAPITAL_WORD_START, r"(?<![\w’'.\-])[A-Z][\w’'.\-]*"),
        (actors._LOWER_WORD, r"(?<![\w’'\-])[a-z][a-z’'\-]+"),
        (actors._ACRONYM_THEN_EXPANSION, rf"\b([A-Z][A-Za-z]{{1,6}})\s*\(\s*({actors._NAME_WORDS})\)"),
        (lexicon.QUOTED, r"(?:''|[\"“])[^\"“”]*?(?:''|[\"”])"),
        (spans._MARK, r"''|[\"“”]"),
        (
            lexicon.DOCUMENT_WORD,
            r"\b(?:[Cc]ables?|[Dd]ispatch(?:es)?|[Mm]emo(?:s|randum|randa)?|[Dd]ocuments?|[Tt]elegrams?|[Ww]iki[Ll]eaks|"
            r"[Cc]ommuniqu[eé]s?|[Mm]issives?|[Aa]ssessments?|[Bb]riefings?|[Ll]eaks?)\b",
        ),
    ],
)
def test_a_fast_pattern_matches_where_its_plain_form_does(fast, plain):
    for sample in TEXTS:
        assert _spans(fast, sample) == _spans(re.compile(plain), sample)
    assert cables.REFERENCE.fullmatch("09KITO155") and not cables.REFERENCE.fullmatch("X09KITO155")


def test_cable_words_are_found_in_any_case_as_the_plain_pattern_finds_them():
    plain = re.compile(r"\b(?:cables?|dispatch(?:es)?|diplomatic (?:message|note|telegram)s?|telegrams?)\b", re.IGNORECASE)
    for sample in TEXTS:
        assert [m.span() for m in cables._CABLE_WORD.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert [s.split()[1] for s, _ in cables._sentences_with_cable_words("Tom left. The cable said so. It rained. Two DISPATCHES came.")] == ["cable", "DISPATCHES"]


def test_document_words_are_found_by_their_stems_where_the_pattern_finds_them():
    for sample in TEXTS:
        assert lexicon.document_word_starts(sample) == [m.start() for m in lexicon.DOCUMENT_WORD.finditer(sample)]


def test_document_nouns_are_found_where_the_pattern_finds_them():
    for sample in [*TEXTS, *SAMPLE.split(". "), "the State Department report", "an embassy message", "the ſtate department report"]:
        assert bool(provenance._DOCUMENT.search(sample)) == bool(lexicon.DOCUMENT.search(sample))
    assert provenance._DOCUMENT.search("as the leaked files show") and not provenance._DOCUMENT.search("as he said")


def test_lists_of_bodies_start_where_the_cue_pattern_ends():
    for sample in TEXTS:
        assert actors._body_list_cue_ends(sample) == [m.end() for m in actors._BODY_LIST_CUE.finditer(sample)]
    assert actors._body_list_cue_ends(SAMPLE)  # the sample has lists to find


def test_sentences_end_where_the_look_behind_pattern_ends_them():
    plain = re.compile(r"""(?<=[.!?])["'”’)]*\s+(?=["“'‘(]?[A-Z0-9])""")
    for sample in TEXTS:
        assert [(m.start(1), m.end()) for m in text._SENTENCE_END.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    spans = text.sentence_spans(SAMPLE)
    assert len(spans) > 10 and all(SAMPLE[a:b] == SAMPLE[a:b].strip() for a, b in spans)
    assert text.sentence_spans("One. Two. Three.", 5) == [(5, 9), (10, 16)]
    # A stop just before `start` still ends a sentence there, as the look-behind saw it.
    assert text.sentence_spans("One. Two. Three.", 4) == [(4, 4), (5, 9), (10, 16)]


@pytest.mark.parametrize("value", ["2010-12-20", " 2011-02-28 ", "2011-02-29", "2010-13-01", "1999-01-31", "2024-02-29", "2010-00-10"])
def test_an_iso_date_reads_as_dateutil_reads_it(value):
    try:
        expected = date_parser.parse(value.strip(), fuzzy=False, default=None).date()
    except (ValueError, OverflowError, TypeError):
        expected = None
    assert text.parse_date(value) == expected


def test_a_word_is_written_in_lowercase_where_the_pattern_finds_it():
    made_up = SAMPLE + " x-ray ’tis o'clock-wise ab_cd 1st éabc kito-based mid-Kito well- -ill cab cables"
    for sample in [*TEXTS, made_up]:
        plain = set(actors._LOWER_WORD.findall(sample))
        asked = {w.lower() for w in re.findall(r"\S+", made_up)} | {w.lower() for w in re.findall(r"\w+", made_up)} | plain
        written = actors._LowercaseWords(sample)
        assert {word for word in asked if word in written} == plain & asked
    written = actors._LowercaseWords("The Kito mills and x-ray units, mid-Kito.")
    assert "mills" in written and "x-ray" in written and "kito" not in written and "x" not in written and "mid" not in written


def test_sentences_end_after_the_same_words_as_when_the_whole_window_was_searched():
    def plain_spans(text_):
        spans, cursor = [], 0
        for match in text._SENTENCE_END.finditer(text_):
            stop_end = match.start(1)
            last_word = text._LAST_WORD.search(text_[max(cursor, stop_end - 40) : stop_end].rstrip("\"'”’)"))
            if last_word and (last_word.group(1).lower() in text._ABBREVIATIONS or text._SINGLE_CAPITAL.fullmatch(last_word.group(1))):
                continue
            spans.append((cursor, stop_end))
            cursor = match.end()
        return spans + ([(cursor, len(text_))] if cursor < len(text_) else [])

    made_up = "Gen. Obari left. He met Dr.Kito (U.S.) officials. J. Obari said no! Why? Co. Ltd. paid... Done. A.B. Okoro came. x. Y"
    for sample in [*TEXTS, made_up, "A. B", ". C", "Inc.. D"]:
        assert text.sentence_spans(sample) == plain_spans(sample)


def test_a_role_read_from_a_short_window_first_is_the_role_read_from_the_whole_one(monkeypatch):
    made_up = (
        "The former deputy chief of mission of the Lusaran embassy to the Republic of Kito and Obari, Anna Berg, met "
        "UK ambassador to Nepal Robert Langley. Chief of Army Staff General Tomas Vell spoke; so did the Kito Bank "
        "governor Ida Moss, political aide to Congress leader Raj Obari, and US Ambassador to India, Omar Farouk. "
        "Then the Deputy Assistant Interdepartmental Administration Coordination Secretary Hedda Lin left."
    )
    starts = [m.start() for m in re.finditer(r"[A-Z]", made_up)]
    windowed = [actors._role_before(made_up, start) for start in starts]
    monkeypatch.setattr(actors, "_ROLE_REACHES", (160,))
    assert windowed == [actors._role_before(made_up, start) for start in starts]
    assert "UK ambassador to Nepal" in windowed
    assert any(len(role) > 60 for role in windowed)  # one role reaches back past the short window


def test_a_cable_post_is_found_where_the_plain_pattern_finds_it():
    plain = re.compile(r"\b((?i:embassy|consulate|mission|high commission))\s+(?:cable\s+|dispatch\s+)?(?:in|from|at)\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
    made_up = (
        "A US embassy cable from Kito; the EMBASSY in Lusara Town, the Consulate at the Obari. Xembassy in Kito, "
        "its High Commission in Velsa, a mission dispatch from Zanta, emission in Kito, the MISSION at Obari Bay; "
        "High  commission from Kito, an embassy in kito."
    )
    for sample in [*TEXTS, made_up, made_up.lower(), made_up.upper()]:
        assert _spans(cables._POST, sample) == _spans(plain, sample)
    assert len(_spans(cables._POST, made_up)) == 6


def test_dates_are_read_only_where_a_year_is_written():
    assert cables.dates_in("The cable of 3 March 2009 and one from June, 2010, then March 5.") == [(13, "2009-03-03"), (39, "2010-06")]
    assert cables.dates_in("The cable of 3 March and one from June.") == []


def test_provenance_patterns_behind_a_word_check_find_what_the_patterns_find():
    made_up = [
        "according to the leaked US cable", "In A Secret Memo dated May", "the dispatch quoted him", "as the Kito report said",
        "In an interview on Monday", "a televised address", "at a NEWS CONFERENCE", "questions from the press",
        "in a statement, he told reporters", "when contacted", "speaking to journalists", "she told the talk show",
        "the briefing notes recorded", "per the Embassy message", "by Obari's telegram", "the minister said so",
        "he told  Kito Radio", "telling the media", "in a phone interview", "when reached", "in response to it",
        "she said on Sunday", "said yesterday", "added\nthis evening", "denied tonight", "a live TV debate", "the tv show",
        "a televised programme", "discussants agreed", "hosted by Obari", "she questioned it", "the interviewer",
    ]
    for sample in [*TEXTS, *made_up, *(s.upper() for s in made_up)]:
        for fast, plain in (
            (provenance._DOCUMENT_SOURCE, lexicon.DOCUMENT_SOURCE),
            (provenance._EVENT, provenance._EVENT_PATTERN),
            (provenance._PRESS, lexicon.PRESS),
            (provenance._NOW, provenance._NOW_PATTERN),
        ):
            found, expected = fast.search(sample), plain.search(sample)
            assert (found and found.span()) == (expected and expected.span()), sample


def test_a_role_noun_before_a_name_is_found_as_the_pattern_finds_it():
    endings = ("the {} ", "x{} ", "{}s ", "(the {}  ", "{}, ", "{}", "a {}\n", "o'{} ", "é{} ", "{} x ", "Kito {}\t")
    samples = [ending.format(word) for word in actors._ROLE_NOUN_WORDS for ending in endings] + ["", " ", "\n", "Vice-Chairman "]
    for sample in samples:
        assert actors._role_noun_before(sample) == bool(actors._ROLE_NOUN_BEFORE.search(sample)), sample
    assert actors._role_noun_before("said the spokesman ") and not actors._role_noun_before("said the spokesmen ")


def test_a_pattern_outside_quotations_is_read_as_on_the_blanked_text():
    made_up = [
        "He wrote \"the cable is clear\" and left.", "The cable said so.", "No paper at all.", "“leaked” memo",
        "in an \"interview\" he said", "in an interview he said", "comm\"x\"uniqué", "", "ıt ſaid the İnterview",
    ]
    for sample in [*TEXTS, *made_up]:
        for pattern in (provenance._DOCUMENT, provenance._EVENT):
            assert provenance._outside_quotes(pattern, sample) == bool(pattern.pattern.search(provenance.blank_quotes(sample))), sample


def test_month_names_and_abbreviations_give_their_numbers():
    for number, month in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"), 1):
        assert cables._month_number(month) == cables._month_number(month[:3] + ".") == cables._month_number(month.upper()) == number
    assert cables._month_number("Sept") == 9


def test_the_cue_words_of_lists_are_found_where_their_pattern_finds_them():
    made_up = "unlike such  as suchas likeable including\nnamely alike, such as, like\tlike namely"
    for sample in [*TEXTS, made_up, made_up.upper()]:
        assert [m.span() for m in actors._body_list_cue_words(sample)] == [m.span() for m in actors._BODY_LIST_CUE_WORDS.finditer(sample)]
    assert len(actors._body_list_cue_words(made_up)) == 6


# Made-up text for the checks of what is read just before or after a position: lists,
# stops after words and initials, line ends, and each shape a fast form tests for.
EDGES = (
    "Kito, Obari and Lusara, or Velsa,\nZanta and \nBolo or\nTam , Okoro ,and Ade; the Kito administration, "
    "the Obari  dictatorship, the Ade administrations and Bolo dictatorships. Mr. J. Obari said so! Dr.Kito "
    "asked? U.S. officials met Co. Ltd. staff\n. The word_x9 é9 ended.\n\nAnd Tom\nsaid ab_c.\n"
)


def test_a_list_before_a_name_is_found_where_the_pattern_finds_it():
    for sample in [*TEXTS, EDGES, EDGES.upper()]:
        for start in range(len(sample) + 1):
            found, expected = actors._list_before(sample, start), actors._LIST_BEFORE.search(sample, max(0, start - 6), start)
            assert (found and found.span()) == (expected and expected.span()), (sample, start)
    assert actors._list_before("Kito, Obari", 6) and actors._list_before("Kito and \nObari", 10) and not actors._list_before("Kito ,and", 9)


def test_a_leaders_rule_is_looked_for_only_after_its_words():
    for sample in [*TEXTS, EDGES, EDGES.upper()]:
        for start in range(len(sample) + 1):
            if actors._LEADERS_RULE_AFTER.match(sample, start, start + 16):
                assert sample.startswith(actors._LEADERS_RULE_WORDS, start), (sample, start)
    assert actors._LEADERS_RULE_AFTER.match(EDGES, EDGES.index(" administration"))


def test_the_word_before_a_stop_is_the_word_the_pattern_reads():
    for sample in [*TEXTS, EDGES, "\n", "ab\n", "a.\n\n"]:
        for stop in range(len(sample) + 1):
            assert resolution.word_before(sample, stop) == resolution._WORD_BEFORE.search(sample, max(0, stop - 12), stop).group(1), (sample, stop)
    assert resolution.word_before("Mr. J. Obari said so.", 2) == "Mr" and resolution.word_before("a word_x9\n.", 10) == "word_x9"


NAMES_TEXT = (
    "R.K. Obari met J. K. Obari, Jane Obari Jr., Tom A. Obari III and the Kito people; Kitos, xKito community, "
    "Kito  tribe, Kito tribes-men, Kito clan's; Obaris and Ha, Hamas, Ha- and _Ha. Anna Obari2, AB. C.D.E.F. Obari, "
    "Ana-Maria Obari, Mr Obari, é Obari, Ade Obari, Sr. and O'Neil Kito's elders."
)


def test_a_full_name_is_found_as_the_plain_pattern_finds_it():
    def plain(surname, body):
        return re.search(rf"\b((?:[A-Z]\.\s?){{1,3}}|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){re.escape(surname)}(,?\s(?:Jr|Sr)\.|\s(?:II|III|IV)\b)?(?!\w)", body)

    for body in [*TEXTS, NAMES_TEXT, NAMES_TEXT.replace(" ", "\n"), NAMES_TEXT.lower()]:
        for surname in ("Obari", "Kito", "Ha", "Obari2", "O'Neil", "C.D", "obari"):
            found, expected = re.search(resolution._FULL_NAME.format(re.escape(surname)), body), plain(surname, body)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), (surname, body)
    assert re.search(resolution._FULL_NAME.format("Obari"), NAMES_TEXT).group(1) == "R.K. "


def test_a_people_and_a_plural_are_found_where_their_patterns_find_them():
    for text_ in [*TEXTS, NAMES_TEXT, NAMES_TEXT.upper(), ""]:
        for word in ("Kito", "Obari", "Ha", "K", "Kitos", "Obaris", "Has", "Hamas", "Xs"):
            assert actors._a_people(text_, word) == bool(re.search(rf"\b{re.escape(word)} {actors._PEOPLE_NOUNS}", text_)), (word, text_)
            stem = word[:-1]
            assert actors._plural_of(text_, word) == (stem.isupper() or actors.is_demonym(word) or bool(re.search(rf"\b{re.escape(stem)}\b", text_)))
    assert actors._a_people(NAMES_TEXT, "Kito") and not actors._a_people("xKito people", "Kito")
    assert actors._plural_of(NAMES_TEXT, "Has") and not actors._plural_of("Hamas", "Has")


def test_a_list_of_bodies_starts_where_the_cue_pattern_tried_at_each_word_start_finds_one(monkeypatch):
    def plain_ends(text_):
        ends = []
        for cue in actors._body_list_cue_words(text_):
            gap = cue.start()
            while gap and text_[gap - 1].isspace():
                gap -= 1
            if gap != cue.start() and any(
                text_[start].isalpha()
                and not (start and (text_[start - 1].isalnum() or text_[start - 1] == "_"))
                and (match := actors._BODY_LIST_CUE.match(text_, start, cue.end()))
                and match.end() == cue.end()
                for start in range(max(0, gap - 40), gap)
            ):
                ends.append(cue.end())
        return ends

    made_up = (
        "Firms such as Kito, xfirms like Obari, 9banks including Ade, _groups namely Bolo, éfirms like Tam, "
        "the long-established multinational companies like Zanta and ²banks such as Velsa; companies  including Kito."
    )
    for sample in [*TEXTS, made_up, made_up.upper(), made_up.replace(" ", "\n")]:
        assert actors._body_list_cue_ends(sample) == plain_ends(sample), sample
    assert len(actors._body_list_cue_ends(made_up)) == 2  # "companies like", "companies  including"


def test_a_title_is_told_from_a_quotation_as_when_every_word_was_read():
    def plain(text_):
        words = spans._TITLE_WORD.findall(text_)
        significant = [w for w in words if w.lower() not in spans._TITLE_SMALL_WORDS]
        return 1 <= len(words) <= 8 and bool(significant) and all(w[0].isupper() for w in significant) and not spans._ENDS_SENTENCE.search(text_)

    made_up = [
        "The Million Dollar Question", "Return of the Kito", "A Very Long Title With Nine Capitalised Words In It",
        "One Two Three Four Five Six Seven Eight", "One Two Three Four Five Six Seven Eight Nine", "the end.",
        "Kito-Obari’s O'Neil And The-Very-Long-Hyphenated-Name-Of-A-Thing-That-Runs-Past-The-Window-Of-Characters-Read First",
        " ".join(["Word"] * 8) + " " * 130 + "Ninth", "x" * 130 + " Two", "",
    ]
    for sample in [*TEXTS, *made_up]:
        assert spans.is_title_like(sample) == plain(sample), sample
    assert spans.is_title_like("Return of the Kito") and not spans.is_title_like(made_up[4])


def test_a_word_is_bare_already_unless_it_ends_as_bare_word_trims():
    for word in ("Kito", "Kito's", "Kito’s", "Kito.", "Kito,", "Kito;", "Kito:", "Kito’", "Kito'", "Kitos", "U.S.", "Kito.'", "s", "'", "Obari-", "Kito)"):
        if not word.endswith(actors._BARE_ENDINGS):
            assert actors._bare_word(word) == word, word
    assert actors._find_phrases("In Trinidad and Tobago, then Kito's and Obari.", {"Trinidad and Tobago", "Kito", "Obari"}) == [
        (3, 22, "Trinidad and Tobago"), (29, 33, "Kito"), (40, 45, "Obari"),
    ]


def test_a_sentence_about_cables_knows_where_its_first_cable_word_is():
    made_up = (
        "Tom left. The secret US cable said so. It rained (a Telegram, then cables). “Dispatches,” she said? "
        "Mr. Obari's diplomatic note.Cables.\n\nA CABLE: x-cable cables. Uncabled."
    )
    for sample in [*TEXTS, made_up, made_up.upper()]:
        found = cables._sentences_with_cable_words(sample)
        assert [(s, cables._CABLE_WORD.search(s).start()) for s, _ in found] == found, sample
    assert len(cables._sentences_with_cable_words(made_up)) == 5


def test_a_classification_and_a_post_are_found_behind_their_words_as_their_patterns_find_them():
    made_up = [
        "a SECRET cable", "the top secret US dispatch", "an unclassified diplomatic embassy telegram", "Sensitive  cable",
        "restricted u.s. cable", "a confidential memo", "a ſecret cable", "the US Embassy in Kito", "a High Commission at Obari",
        "the consulate from Lusara", "a mission in the Velsa Bay", "an Embaſſy in Kito", "emission in Kito", "",
    ]
    for sample in [*TEXTS, *made_up, *(s.upper() for s in made_up)]:
        for fast in (cables._CLASSIFIED, cables._POST_WORDS):
            found, expected = fast.search(sample), fast.pattern.search(sample)
            assert (found and found.span()) == (expected and expected.span()), sample


def test_furniture_words_found_in_the_whole_page_are_those_each_line_holds():
    lines = [
        "Subscribe now", "Renews automatically, cancel anytime", "We use cookies and your consent for analytics.",
        "The cabinet met on Monday and the premium rose.", "Photo: Kito Obari / Lusara Images", "— File Photo",
        "x" * 150 + " photo by Kito", "photo by Kito " + "x" * 150, "Sign İn to read", "Coo\u212aie settings", "ſubscribe",
        "Newsletters", "Nothing here at all.", "",
    ]
    for page in (lines, [line.upper() for line in lines], [line for line in lines if "İ" not in line]):
        found = clean._WordsInLines(page)
        assert (found.last is None) == any("İ" in line for line in page)
        for i, line in enumerate(page):
            for check in clean._WordsInLines.CHECKS:
                for pos in (0, max(0, len(line) - 120)):
                    expected = check.search(line, pos)
                    got = found.search(check, i, pos)
                    assert (got and got.span()) == (expected and expected.span()), (line, pos)
            assert clean._kind(line, clean.word_count(line), found, i) == clean._kind(line, clean.word_count(line)), line
    assert clean._WordsInLines(lines[:3]).last == [[0, -1, -1], [22, -1, -1], [7, 7, -1]]  # "subscri", "cancel anytime", "cookie" twice


def test_trailing_function_words_go_as_the_pattern_takes_them_off():
    made_up = [
        "Kito said that the", "Kito said THE", "Kito met with and", "Kito aſ", "Kito theirs", " the", "the", "", "  ", "a",
        "Kito\u00a0of the", "Kito of the\n", "Kito of the ", "Kito Iran", "Kito, and", "Kito İs", "Obari wıth", "Kito\tto\x1cthe",
    ]
    for sample in [*TEXTS, *made_up]:
        assert clean._without_trailing_function_words(sample) == clean._TRAILING_FUNCTION_WORDS.sub("", sample), sample
    assert clean._without_trailing_function_words("Kito said that the") == "Kito said"


def test_a_lede_is_folded_at_the_spaces_the_pattern_folds():
    for sample in [*TEXTS, " Kito\u00a0 said\t\n so \x1c\u2003now ", "\u200b Kito\u3000x", ""]:
        assert " ".join(sample.split()) == re.sub(r"\s+", " ", sample).strip(), sample
    assert clean.headline_from_lede(" Kito\u00a0 said\t so \x1c\u2003now ") == "Kito said so now"


def test_a_line_has_as_many_words_as_the_word_pattern_finds():
    punctuation = "".join(chr(code) for code in range(0x2000, 0x2070))
    assert {clean._WORD_CLASSES[ord(char)] for char in punctuation.replace("’", "")} == {" "}  # why "?" may stand for them
    made_up = [
        "Kito’s “deal” — worth €2bn — was ’tis x-ray 3-4 ‘O’Neil’ Ærø café", "- -a a- ’a a’ '' ’’x", "₹900/Month", "naïve ‿ tie⁀",
        "Москва и Kito", "東京で会談 Kito", "Kito 東", "é", "", " ", "_x_ x_y", "’", "a’’b", punctuation, "\u00ad\u00b5\u00aa\u00ba\u00d7",
    ]
    for sample in [*TEXTS, *made_up, *(s.upper() for s in made_up)]:
        assert clean.word_count(sample) == len(clean.words(sample)) + len(clean._CJK.findall(sample)) // 2, sample


def test_a_quotations_sentences_before_and_after_are_those_the_whole_split_finds():
    made_up = [
        *TEXTS, "Dr. Obari said. . Then Kito (D-Lus.) said, as U.S. envoys did. Mr. J. Smith left!? ", ". . .", "Kito.",
        "“No,” Obari said. Kito agreed. The Gen. said Kito. And then? Lusara! Obari. ", "etc. and so on. Inc. Jan. 5 it was.",
    ]
    for sample in made_up:
        tokens = cues.words(sample, 0, len(sample))
        for start in range(len(tokens) + 1):
            for end in range(start, min(len(tokens), start + 30) + 1):
                whole = cues.split_sentences(tokens[start:end])
                assert cues.first_sentence(tokens[start:end]) == (whole[0] if whole else []), (sample, start, end)
                assert cues.last_sentence(tokens[start:end]) == (whole[-1] if whole else []), (sample, start, end)


def test_a_quotations_count_of_words_is_read_as_far_as_it_matters():
    made_up = [
        *TEXTS, "Kito", "Kito Obari", "Kito, Obari!", "‘so-called’ reform", "x_y z", "__ a b", "a - b - c", "Kito's", "Kito’s own",
        "   one two three  ", "Obari" * 60 + " and " + "Kito" * 60, "—" * 50 + " two words " + "—" * 50, "d'Obari l’Kito - x",
        "The Million Dollar Question of the Kito Obari Lusara Velsa", " ".join(["Kito"] * 8), " ".join(["Kito"] * 9), "é ü ß",
    ]
    for sample in made_up:
        for start in range(0, len(sample), 7):
            piece = sample[start:]
            assert bool(spans._THREE_WORDS.search(piece)) == (len(re.findall(r"\w+", piece)) > 2), piece
            for end in (120, len(piece)):
                expected = len(spans._TITLE_WORD.findall(piece, 0, end)) > 8
                assert bool(spans._NINE_TITLE_WORDS.search(piece, 0, end)) == expected, (piece, end)


def test_a_text_names_a_document_where_the_plain_pattern_says_it_does():
    made_up = [
        *TEXTS, "the Embassy report", "THE STATE DEPARTMENT MESSAGES", "a state  department report", "WikiLeaks", "xcable",
        "cablegram", "leaked files", "Leaked papers show", "the memoranda", "a diplomatic note", "Diplomatic reports",
        "communiqué", "Communiques", "briefing notes", "missive", "ſtate department report", "wıkileaks", "the embaſſy message",
        "no document words here", "the telegram's", "memo-writers", "dispatches", "an assessment", "", "_cable",
        "in the leaked US cables", "From a secret cable", "according to the Embassy report", "per Obari's memo", "within the cable",
        "the cable, dated May, quoted", "The memo said", "the dispatch; it said", "by several later dispatches", "in Kito's missive",
        "according to one diplomatic note", "through u.s. cables", "THE CABLE RECOUNTED", "in the ſecret cable", "iN THE CABLE",
        '"the cable" was quoted', 'He said "read the memo" and "the cable" too, in a cable', "“The leaks,” she said", "''a memo'' then",
    ]
    for sample in made_up:
        for start in range(0, len(sample) + 1, 3):
            for pos in (0, 2):
                for fast, plain in ((provenance._DOCUMENT, lexicon.DOCUMENT), (provenance._DOCUMENT_SOURCE, lexicon.DOCUMENT_SOURCE)):
                    expected = plain.search(sample[start:], pos)
                    assert bool(fast.search(sample[start:], pos)) == bool(expected), (sample[start:], pos)
                    assert fast.may_match(sample[start:], pos) == bool(expected), (sample[start:], pos)
            blanked = lexicon.DOCUMENT.search(provenance.blank_quotes(sample[start:]))
            assert provenance._outside_quotes(provenance._DOCUMENT, sample[start:]) == bool(blanked), sample[start:]
