"""Original cables in the archive, and every news quote checked against its cable."""
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from cables.extraction import ExtractionError, parse_cable
from cables.extraction.align import CLOSE, NONE, VERBATIM, align
from cables.extraction.cable_text import CableParagraph, split_cable
from cables.ingest import ingest_paths
from cables.models import Cable, CableLink, LinkMethod, Quote

from .conftest import CABLES, SEEDS

KAYANI = "002_19e4e79b1713dfb0.txt"
DIPLOMATS = "000_679873ed20ac29ce.txt"


def load(*paths):
    for path in paths:
        call_command("ingest", str(path), stdout=StringIO())


# --- Parsing both formats -------------------------------------------------------------

def test_the_header_line_format():
    cable = parse_cable((CABLES / "09ISLAMABAD155.txt").read_text(encoding="utf-8"))
    assert (cable.reference, cable.date, cable.released) == ("09ISLAMABAD155", "2009-01-24", "2010-11-30")
    assert cable.subject == "CENTCOM GENERAL PETRAEUS MEETS WITH PAKISTAN COAS KAYANI"
    assert cable.tags == ["PREL", "PGOV", "PTER", "MAR", "MOPS", "PK"]


def test_the_five_line_format():
    cable = parse_cable((CABLES / "08NEWDELHI3228.txt").read_text(encoding="utf-8"))
    assert (cable.reference, cable.date, cable.classification, cable.origin) == ("08NEWDELHI3228", "2008-12-23", "Confidential", "Embassy New Delhi")
    assert cable.author == "Ted Osius"


def test_paragraphs_headings_and_collapsed_routing():
    paragraphs = split_cable(parse_cable((CABLES / "09ISLAMABAD155.txt").read_text(encoding="utf-8")).text)
    keys = [p.key for p in paragraphs]
    assert keys[:3] == ["header", "summary", "1"] and keys[-1] == "11"
    header = paragraphs[0].text
    assert "VZCZCXRO4323" in header and "SECTION 01 OF 03" in header
    by_key = {p.key: p for p in paragraphs}
    assert by_key["8"].heading == "Pakistan/India"
    # The page marker fell mid-sentence in ¶8; the paragraph reads through it.
    assert "he had taken no action the evening" in by_key["8"].text
    assert "00000155" not in by_key["8"].text


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("09ISLAMABAD155\nSUBJECT ONLY\n", "not a cable"),
    ("Reference ID: NOT-A-REF\nCreated: 2009-01-24 12:12\n\nText", "not a cable reference"),
    ("Reference ID: 09ISLAMABAD155\nCreated: sometime\nClassification: SECRET\nOrigin: Embassy\n\n¶1. Text.", "cannot be read"),
])
def test_malformed_cables_are_clear_errors(text, reason):
    with pytest.raises(ExtractionError, match=reason):
        parse_cable(text)


@pytest.mark.django_db
def test_a_malformed_cable_file_writes_nothing(tmp_path):
    (tmp_path / "bad.txt").write_text("Reference ID: 09ISLAMABAD155\nCreated: not a date\nOrigin: x\n\n¶1. Words.\n")
    result = ingest_paths([tmp_path])
    assert result.counts["failed"] == 1 and "cannot be read" in result.errors[0]["error"]
    assert Cable.objects.count() == 0


# --- Alignment ------------------------------------------------------------------------

PARAGRAPHS = [
    CableParagraph("summary", "Kayani said the U.S. would help. General Kayani,s plan was clear."),
    CableParagraph("3", "He said “we will lose the battle for public opinion” if nothing changes."),
]


def test_verbatim_after_folding_case_marks_abbreviations_and_comma_apostrophes():
    alignment = align("General Kayani's plan was clear", PARAGRAPHS)
    assert (alignment.match, alignment.paragraph) == (VERBATIM, "summary")
    assert PARAGRAPHS[0].text[alignment.start : alignment.end] == "General Kayani,s plan was clear"
    assert align("kayani said the US would help", PARAGRAPHS).match == VERBATIM
    assert align('we will lose the "battle" for public opinion', PARAGRAPHS).paragraph == "3"


def test_close_gives_a_score_and_the_differences():
    alignment = align("we will surely lose the battle for public opinion", PARAGRAPHS)
    assert alignment.match == CLOSE and 0.6 <= alignment.score < 1
    assert ("insert", "surely", "") in alignment.differences


def test_words_not_in_the_cable_are_not_found():
    assert align("the talks collapsed after midnight in Geneva", PARAGRAPHS).match == NONE


# --- Linking, in either order ---------------------------------------------------------

@pytest.mark.parametrize("order", [(CABLES, SEEDS), (SEEDS, CABLES)])
def test_the_kayani_report_is_linked_and_aligned_in_either_order(transactional_db, order):
    load(*order)
    cable = Cable.objects.get(reference="09ISLAMABAD155")
    link = CableLink.objects.get(cable=cable, article__source_file=KAYANI)
    assert link.method == LinkMethod.QUOTES and link.confirmed
    quotes = {q.text: q for q in Quote.objects.filter(article__source_file=KAYANI)}
    restraint = quotes["Kayani said he was going to exercise restraint with India, but would respond to an Indian attack"]
    assert (restraint.cable_id, restraint.match, restraint.cable_paragraph) == (cable.pk, "verbatim", "summary")
    threat = next(q for t, q in quotes.items() if t.startswith("the most important threat to Pakistan"))
    assert (threat.match, threat.cable_paragraph) == ("verbatim", "8")
    for text in ("If there is any clue about another attack", "please share it with us"):
        assert (quotes[text].match, quotes[text].cable_paragraph) == ("verbatim", "8")
    mukherjee = next(q for t, q in quotes.items() if "Pranab Mukherjee" in t)
    assert mukherjee.match == "close" and 0.8 < mukherjee.match_score < 1 and mukherjee.cable_paragraph == "8"
    # The diplomats' report describes a December 2008 cable, but not this one.
    assert not CableLink.objects.filter(article__source_file=DIPLOMATS, cable__reference="08NEWDELHI3228").exists()
    # The placeholder the Kayani report's description made was merged into the original.
    assert not Cable.objects.filter(reference="", article_links__article__source_file=KAYANI).exists()
    assert link.claimed_date.isoformat()[:7] == "2009-01"


def test_both_orders_give_the_same_archive(transactional_db):
    def snapshot():
        return (
            sorted((q.article.source_file, q.text, q.match, q.cable_paragraph, str(q.speaker), str(q.cable)) for q in Quote.objects.all()),
            sorted((str(link.cable), link.article.source_file, link.method) for link in CableLink.objects.all()),
        )

    load(CABLES, SEEDS)
    first = snapshot()
    for model in (Quote, CableLink, Cable):
        model.objects.all().delete()
    from cables.models import Actor, Article

    Article.objects.all().delete()
    Actor.objects.all().delete()
    load(SEEDS, CABLES)
    assert snapshot() == first


def test_the_cable_said_quotes_get_the_cables_author(transactional_db):
    load(SEEDS, CABLES)
    quote = Quote.objects.get(text__startswith="Kayani said he was going to exercise restraint")
    assert quote.speaker.name == "Anne W. Patterson"
    assert quote.speaker.role == "Ambassador, Embassy Islamabad"


def test_a_printed_reference_merges_with_the_original_when_it_arrives(transactional_db, tmp_path):
    (tmp_path / "report.txt").write_text(
        "The cable 09ISLAMABAD155, sent in February 2009, records the talks between the two generals in detail.\n"
        'Kayani "asked to be alerted if the US had any warning of another attack", the cable said.\n',
        encoding="utf-8",
    )
    load(tmp_path)
    stub = Cable.objects.get(reference="09ISLAMABAD155")
    assert not stub.text
    load(CABLES / "09ISLAMABAD155.txt")
    assert Cable.objects.filter(reference="09ISLAMABAD155").count() == 1
    cable = Cable.objects.get(reference="09ISLAMABAD155")
    assert cable.pk == stub.pk and cable.text
    link = CableLink.objects.get(cable=cable)
    assert link.method == LinkMethod.PRINTED
    quote = Quote.objects.get(article=link.article)
    assert (quote.match, quote.cable_paragraph) == ("verbatim", "8")
    # The report says February 2009; the cable is dated 24 January 2009: both shown.
    assert link.disagreements() == [("Date", "February 2009", "24 January 2009")]


def test_pages_show_the_alignment(client, seeded):
    quote = Quote.objects.get(text__contains="Pranab Mukherjee")
    html = client.get(quote.get_absolute_url()).content.decode()
    assert "≈ close" in html and "¶8" in html and "Pakistan/India" in html
    assert "<ins" in html and "the then" in html  # the words the report added
    assert "<mark>He recounted that he had taken no action" in html
    article = quote.article
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("✓ verbatim") >= 6 and "≈ close" in html
    html = client.get("/cables/09ISLAMABAD155/").content.decode()
    assert 'id="p-8"' in html and "Quoted in reports" in html
    assert "<details" in html and "VZCZCXRO4323" in html  # routing collapsed, kept
    assert article.title in html


def test_api_carries_the_alignment(client, seeded):
    quote = Quote.objects.get(text="please share it with us")
    cable = client.get(f"/api/quotes/{quote.pk}/").json()["cable"]
    assert (cable["reference"], cable["paragraph"], cable["match"], cable["score"]) == ("09ISLAMABAD155", "8", "verbatim", 1.0)


def test_admin_realigns_selected_quotes(client, seeded):
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "a-long-test-password"))
    quote = Quote.objects.get(text="please share it with us")
    Quote.objects.filter(pk=quote.pk).update(text="please share nothing whatsoever with anybody", match="verbatim")
    response = client.post("/admin/cables/quote/", {"action": "realign_quotes", "_selected_action": [quote.pk]})
    assert response.status_code == 302
    quote.refresh_from_db()
    assert quote.match in ("close", "none") and quote.match_score < 1
    assert client.get(f"/admin/cables/cable/{quote.cable_id}/change/").status_code == 200


def test_the_parts_of_a_split_quote_are_aligned_as_one(transactional_db, tmp_path):
    # Each half alone stands first in ¶1; together they are only in ¶2.
    (tmp_path / "report.txt").write_text(
        "Diplomats described the meeting in a confidential cable from Islamabad in January 2009.\n"
        '"The talks with the visitors," Kayani said, "went well in the end," according to the cable.\n',
        encoding="utf-8",
    )
    (tmp_path / "cable.txt").write_text(
        "Reference ID: 09ISLAMABAD999\nCreated: 2009-01-20 10:00\nClassification: CONFIDENTIAL\nOrigin: Embassy Islamabad\n\n"
        "¶1. (C) The talks with the visitors were long. It went well in the end for the hosts.\n"
        "¶2. (C) Kayani said the talks with the visitors went well in the end, and they agreed.\n",
        encoding="utf-8",
    )
    load(tmp_path)
    quotes = {q.text: q for q in Quote.objects.all()}
    assert quotes["The talks with the visitors"].cable_paragraph == "2"
    assert quotes["went well in the end"].cable_paragraph == "2"
