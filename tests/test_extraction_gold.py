"""Every 'must' item of the gold file, and none of its 'not_actors'."""
import pytest

from cables.extraction import extract_report
from cables.extraction.scoring import fits

GOLD_FILES = ["000_679873ed20ac29ce.txt", "002_19e4e79b1713dfb0.txt"]


@pytest.fixture(params=GOLD_FILES)
def case(request, gold, seed_text):
    expected = next(a for a in gold["articles"] if a["file"] == request.param)
    return expected, extract_report(seed_text(request.param), request.param)


def test_it_ends_the_body_where_the_story_ends(case):
    expected, report = case
    assert report.body.endswith(expected["body_ends_with"])
    assert expected["boilerplate_starts_with"][:30] not in report.body
    for word in ("Subscribe", "free articles", "₹", "/Month"):
        assert word not in report.body


def test_it_finds_every_must_quote_with_its_speaker(case):
    expected, report = case
    for gold_quote in (q for q in expected["quotes"] if q["need"] == "must"):
        matches = [q for q in report.quotes if fits(q.text, gold_quote["text"])]
        assert matches, f"missing quote: {gold_quote['text']!r}"
        best = max(matches, key=lambda q: len(set(q.text.split()) & set(gold_quote["text"].split())))
        assert best.speaker == gold_quote["speaker"], gold_quote["text"]
        assert best.from_cable == gold_quote["from_cable"], gold_quote["text"]


def test_quote_offsets_point_at_the_quoted_words(case):
    _, report = case
    for quote in report.quotes:
        assert report.body[quote.start : quote.end] == quote.text


def test_it_finds_every_must_actor_and_no_junk(case):
    expected, report = case
    found = {(a.name.lower(), a.kind) for a in report.actors}
    found |= {(alias.lower(), a.kind) for a in report.actors for alias in a.aliases}
    for actor in (a for a in expected["actors"] if a["need"] == "must"):
        assert (actor["name"].lower(), actor["kind"]) in found, actor["name"]
    names = {a.name for a in report.actors}
    assert not names & set(expected["not_actors"])


def test_people_carry_their_roles(case):
    expected, report = case
    by_name = {a.name: a for a in report.actors}
    for actor in expected["actors"]:
        if actor["need"] == "must" and actor["kind"] == "person" and actor.get("role") and actor["role"] != "President":
            assert by_name[actor["name"]].role == actor["role"]


def test_it_describes_the_cable_reported_on(case):
    expected, report = case
    gold_cable = expected["cables"][0]
    assert len(report.cables) == 1
    cable = report.cables[0]
    assert cable.date == gold_cable["date"]
    assert cable.origin == gold_cable["origin"]
    assert cable.classification == gold_cable["classification"]


def test_the_scare_quotes_are_marked_as_phrases(seed_text):
    report = extract_report(seed_text(GOLD_FILES[0]), GOLD_FILES[0])
    phrases = {q.text for q in report.quotes if q.is_phrase}
    assert {"carefully", "pound", "The Million Dollar Question"} <= phrases
    assert "massive intelligence failure" not in phrases
