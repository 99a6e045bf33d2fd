"""The fast forms of extraction's text scans find exactly what their plain forms find.

Several patterns are written to start with a character set (`X(?<!\\w.)` for `\\bX`), or
replaced by a string search for their first words, because the regex engine then skips
to candidates instead of trying the pattern at every character. Each is checked here
against the plain pattern it stands for, on made-up text full of edge cases.
"""
import re

import pytest
from dateutil import parser as date_parser

from cables.extraction import actors, cables, text
from cables.extraction.quotes import lexicon, provenance, spans

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
    assert [s.split()[1] for s in cables._sentences_about_cables("Tom left. The cable said so. It rained. Two DISPATCHES came.")] == ["cable", "DISPATCHES"]


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
