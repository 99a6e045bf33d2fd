"""The cable library: cable pages as the cablegate site served them, versions, and the
shingle index that finds which cables a report quotes. Every page and report here is
made up, in the shapes the real ones have."""
from io import StringIO

import pytest
from django.core.management import call_command

from cables.extraction import ExtractionError, is_cable, parse_cable
from cables.extraction.cables import cable_author_and_role
from cables.extraction.shingles import MIN_WORDS, fingerprints, shingles, words
from cables.ingest import ingest_paths
from cables.models import Cable, CableLink, CableShingle, LinkMethod, Quote

NAV = "\n".join(f"<a href='/tag/T{i}_0.html'>T{i}</a>" for i in range(300))  # the site's navigation


def cable_page(reference="09TESTVILLE77", subject="MINISTER DOUBTS THE PLAN", created="2009-03-02 10:15",
               classification="CONFIDENTIAL", origin="Embassy Testville", paragraphs=None, signature="GRAYSON",
               classified_by="Classified By: Ambassador Mara J. Grayson for reasons 1.4 (b) and (d)"):
    paragraphs = paragraphs or [
        "(C) Summary: The finance minister told the Ambassador that the river plan would fail within a year. End summary.",
        "(C) The minister said the harbour board was a nest of cousins and that nobody in the cabinet read the budget papers.",
        "(C) He asked for patience while the coalition partners argued about the dam.",
    ]
    body = "&#x000A;&#x000A;".join(
        f"<a id='par{i}' href='#par{i}'>¶</a>{i}. {text}" for i, text in enumerate(paragraphs, 1)
    )
    return f"""<?xml version='1.0' encoding='utf-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html lang='en'><head><title>Cable Viewer</title></head><body><div class='main'><div class='pane small'>{NAV}</div>
<div class='pane big'>
<h3>Viewing cable {reference}, {subject}</h3>
<div id='help_1'>Every cable message consists of three parts.</div>
<table class='cable'>
<tr><th>Reference ID</th><th>Created</th><th>Released</th><th>Classification</th><th>Origin</th></tr>
<tr><td><a href='/cable/2009/03/{reference}.html'>{reference}</a></td>
<td><a href='/date/2009-03_0.html'>{created}</a></td>
<td><a href='/reldate/2010-12-01_0.html'>2010-12-01 21:09</a></td>
<td><a href='/classification/3_0.html' title='confidential'>{classification}</a></td>
<td><a href='/origin/66_0.html'>{origin}</a></td></tr>
</table>
<code><pre>P 021015Z MAR 09&#x000A;FM AMEMBASSY TESTVILLE&#x000A;TO SECSTATE WASHDC PRIORITY 0101</pre></code>
<code><pre>C O N F I D E N T I A L TESTVILLE 000077 &#x000A;&#x000A;EO 12958 DECL: 03/02/2019 &#x000A;TAGS PREL, PGOV, XT &#x000A;SUBJECT: {subject} &#x000A;&#x000A;{classified_by}&#x000A;&#x000A;{body}&#x000A;{signature}</pre></code>
</div></div></body></html>
"""


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(*paths, source=None):
    args = [str(p) for p in paths] + (["--source", source] if source else [])
    call_command("ingest", *args, stdout=StringIO(), stderr=StringIO())


# --- Reading a cable page ---------------------------------------------------------------

def test_a_cable_page_is_read_as_a_cable_with_all_its_fields():
    page = cable_page()
    assert is_cable(page)
    cable = parse_cable(page)
    assert (cable.reference, cable.subject, cable.date, cable.released) == ("09TESTVILLE77", "MINISTER DOUBTS THE PLAN", "2009-03-02", "2010-12-01")
    assert (cable.classification, cable.origin, cable.author) == ("Confidential", "Embassy Testville", "Mara J. Grayson")
    assert cable.tags == ["PREL", "PGOV", "XT"]
    assert "¶1. (C) Summary: The finance minister" in cable.text and "<a" not in cable.text
    assert "nest of cousins" in cable.text and "T299" not in cable.text  # the navigation is not the cable


def test_the_signature_is_the_author_when_there_is_no_classified_by_line():
    page = cable_page(classified_by="", signature="OKONKWO")
    assert parse_cable(page).author == "Okonkwo"
    assert cable_author_and_role("¶1. It ended there. Castellanos")[0] == "Castellanos"
    assert cable_author_and_role("Classified By: POLCOUNS RUTH ABARA, REASONS 1.4 (B)")[0] == "Ruth Abara"


def test_a_page_and_a_text_of_the_same_cable_read_the_same():
    page = parse_cable(cable_page())
    text = "Viewing cable 09TESTVILLE77, MINISTER DOUBTS THE PLAN\n" + "\n".join(
        f"{k}: {v}" for k, v in [("Reference ID", "09TESTVILLE77"), ("Created", "2009-03-02 10:15"), ("Released", "2010-12-01 21:09"),
                                 ("Classification", "CONFIDENTIAL"), ("Origin", "Embassy Testville")]
    ) + "\n\n" + page.text
    assert parse_cable(text).text == page.text


@pytest.mark.parametrize("page, reason", [
    (cable_page(reference=""), "no reference"),
    (cable_page().split("<code><pre>C O N")[0] + "<code><pre>C O N F I D E N T I A L TESTVI", "truncated"),
    (cable_page().split("<table")[0], "truncated"),
])
def test_a_page_without_a_reference_or_cut_short_is_a_one_line_error(page, reason):
    with pytest.raises(ExtractionError, match=reason) as error:
        parse_cable(page)
    assert "\n" not in str(error.value)


@pytest.mark.django_db
def test_bad_pages_fail_alone_and_write_nothing(tmp_path):
    write(tmp_path, "a.html", cable_page())
    write(tmp_path, "b.html", cable_page(reference="09TESTVILLE78").split("<code><pre>C O N")[0] + "<code><pre>S E C")
    result = ingest_paths([tmp_path])
    assert result.counts == {"created": 1, "updated": 0, "unchanged": 0, "failed": 1}
    assert "b.html" in result.errors[0]["file"] and "truncated" in result.errors[0]["error"]
    assert list(Cable.objects.values_list("reference", flat=True)) == ["09TESTVILLE77"]


def test_cables_committed_in_groups_lose_nothing_and_leave_no_stale_document(transactional_db, tmp_path, monkeypatch):
    from cables import cable_batches
    from cables.index_check import find_drift

    monkeypatch.setattr(cable_batches, "CABLES_PER_COMMIT", 2)
    for n in range(5):
        write(tmp_path, f"c{n}.html", cable_page(reference=f"09TESTVILLE{70 + n}"))
    write(tmp_path, "c2.html", cable_page(reference="09TESTVILLE72").split("<code><pre>C O N")[0] + "<code><pre>S E C")
    write(tmp_path, "c3x.txt", "Title: Between the cables\n\nThe board was \"a nest of cousins and that nobody in the cabinet read\" it.\n")
    result = ingest_paths([tmp_path])
    assert result.counts == {"created": 5, "updated": 0, "unchanged": 0, "failed": 1}
    assert sorted(Cable.objects.exclude(text="").values_list("reference", flat=True)) == [
        "09TESTVILLE70", "09TESTVILLE71", "09TESTVILLE73", "09TESTVILLE74"]
    assert not find_drift()  # every cable and the report in the index, none stale
    # The report, written between two groups, found the cables before it and after it.
    quote = Quote.objects.get(article__title="Between the cables")
    assert CableLink.objects.filter(article=quote.article).count() == 4


# --- The same cable again ---------------------------------------------------------------

@pytest.mark.django_db
def test_the_same_page_twice_is_one_cable_unchanged(tmp_path):
    write(tmp_path, "a.html", cable_page())
    assert ingest_paths([tmp_path]).counts["created"] == 1
    assert ingest_paths([tmp_path]).counts["unchanged"] == 1
    assert Cable.objects.count() == 1 and Cable.objects.get().history.count() == 1


@pytest.mark.django_db
def test_a_later_release_with_different_text_is_a_new_version(tmp_path):
    write(tmp_path, "a.html", cable_page())
    ingest_paths([tmp_path])
    later = cable_page(paragraphs=["(C) Summary: The finance minister now backs the river plan. End summary."])
    write(tmp_path, "a.html", later)
    assert ingest_paths([tmp_path]).counts["updated"] == 1
    cable = Cable.objects.get()
    assert "now backs the river plan" in cable.text
    versions = list(cable.history.order_by("history_date"))
    assert len(versions) == 2 and "nest of cousins" in versions[0].text
    assert versions[1].history_change_reason.startswith("A new release")


@pytest.mark.django_db
def test_a_later_release_never_overwrites_a_curators_edit(tmp_path):
    write(tmp_path, "a.html", cable_page())
    ingest_paths([tmp_path])
    cable = Cable.objects.get()
    cable.subject = "The finance minister doubts the river plan"  # a curator's wording
    cable.save()
    write(tmp_path, "a.html", cable_page(subject="MINISTER DOUBTS THE RIVER PLAN", paragraphs=["(C) A corrected text."]))
    result = ingest_paths([tmp_path])
    cable.refresh_from_db()
    assert cable.subject == "The finance minister doubts the river plan"
    assert "A corrected text." in cable.text  # what the curator did not touch is updated
    assert "kept the curator's subject" in result.notes[0]["note"]
    assert Cable.objects.count() == 1


def cable_txt(reference="09TESTVILLE77", text="(C) The minister said the harbour board was a nest of cousins."):
    """The plain-text layout of the same cable (no Released date): reference, subject,
    created, classification, origin, then the text."""
    return (f"{reference}\nMINISTER DOUBTS THE PLAN\n2009-03-02 10:15\nCONFIDENTIAL\nEmbassy Testville\n"
            f"C O N F I D E N T I A L TESTVILLE 000077\n\nSUBJECT: MINISTER DOUBTS THE PLAN\n\n¶1. {text}\nGRAYSON\n")


@pytest.mark.django_db
def test_a_text_release_after_the_page_keeps_the_released_date_and_the_curators_edit(tmp_path):
    page = write(tmp_path, "a.html", cable_page())
    ingest_paths([page])
    cable = Cable.objects.get()
    assert str(cable.released) == "2010-12-01"
    cable.origin = "US Embassy Testville"  # a curator's wording
    cable.save()
    result = ingest_paths([write(tmp_path, "09TESTVILLE77.txt", cable_txt())])
    assert result.counts["updated"] == 1
    cable.refresh_from_db()
    assert str(cable.released) == "2010-12-01"  # the text layout has no Released date: it says nothing about it
    assert cable.origin == "US Embassy Testville"  # the release gives the origin the curator reworded: kept
    assert cable.text.startswith("C O N F I D E N T I A L") and "nest of cousins" in cable.text
    assert cable.history.count() == 3 and Cable.objects.count() == 1  # page, curator, text release
    # The same text file again changes nothing, the released date included.
    assert ingest_paths([tmp_path / "09TESTVILLE77.txt"]).counts["unchanged"] == 1


# --- Shingles ---------------------------------------------------------------------------

def test_any_six_shared_words_share_a_fingerprint():
    cable = words("the minister said the harbour board was a nest of cousins and that nobody in the cabinet read it")
    kept = fingerprints(cable)
    assert len(kept) < len(shingles(cable))
    for start in range(len(cable) - MIN_WORDS + 1):
        quote = cable[start : start + MIN_WORDS]
        assert kept & set(shingles(quote)), quote


def test_words_fold_like_alignment():
    assert words("The U.S. said “don,t” — Haddad’s") == ["the", "us", "said", "dont", "haddads"]


# --- Finding the cables a report quotes, through the index ------------------------------

OTHER = dict(
    reference="09OTHERTOWN12", subject="PROFILE OF THE ARMY CHIEF", created="2009-05-11 08:00", classification="SECRET",
    origin="Embassy Othertown", signature="LINDQVIST", classified_by="Classified By: Charge Pieter Lindqvist, reasons 1.4 (b)",
    paragraphs=[
        "(S) Summary: The army chief is pro-Western and moderate; we believe he is our most reliable partner in the cabinet. End summary.",
        "(S) His record on the border is mixed, and his staff remain wary of the police reforms.",
    ],
)
REPORT = (
    "Title: Leaked papers show envoys' views of the cabinet\nSource: The Daily Example\nPublished: 2010-12-05\n\n"
    "A secret State Department cable obtained by the newspaper paints a bleak picture of the cabinet.\n\n"
    'The finance minister told the envoy that the harbour board was "a nest of cousins and that nobody in the cabinet '
    'read the budget papers," the cable said.\n\n'
    'Another dispatch described the army chief as "pro-Western and moderate; we believe he is our most reliable partner '
    'in the cabinet," adding that his record was "mixed".\n'
)


@pytest.mark.parametrize("reports_first", [False, True])
def test_a_report_quoting_two_cables_without_references_is_linked_to_both(transactional_db, tmp_path, reports_first):
    cables, reports = tmp_path / "cables", tmp_path / "reports"
    cables.mkdir(), reports.mkdir()
    write(cables, "a.html", cable_page())
    write(cables, "b.html", cable_page(**OTHER))
    write(reports, "report.txt", REPORT)
    load(*([reports, cables] if reports_first else [cables, reports]))
    links = {link.cable.reference: link for link in CableLink.objects.select_related("cable")}
    # The description ("a secret State Department cable") fits neither; the words decide.
    assert {r: link.method for r, link in links.items() if r} == {"09TESTVILLE77": LinkMethod.QUOTES, "09OTHERTOWN12": LinkMethod.QUOTES}
    quotes = {q.text: q for q in Quote.objects.select_related("cable")}
    cousins = next(q for t, q in quotes.items() if t.startswith("a nest of cousins"))
    partner = next(q for t, q in quotes.items() if t.startswith("pro-Western"))
    assert (cousins.cable.reference, cousins.match, cousins.cable_paragraph) == ("09TESTVILLE77", "verbatim", "2")
    assert (partner.cable.reference, partner.match, partner.cable_paragraph) == ("09OTHERTOWN12", "verbatim", "1")
    # The report's description was one placeholder, merged away: no cable without a reference is left.
    assert not Cable.objects.filter(reference="").exists()


def test_a_close_quote_is_found_and_a_short_one_alone_links_nothing(transactional_db, tmp_path):
    write(tmp_path, "a.html", cable_page())
    write(tmp_path, "close.txt", "Title: One\n\nThe minister said the harbour board was \"a nest of cousins and that no one in the "
          "cabinet read the budget papers,\" according to the leaked note.\n")
    write(tmp_path, "short.txt", "Title: Two\n\nThe board was \"a nest of cousins\", critics say of the harbour scandal.\n")
    load(tmp_path)
    linked = set(CableLink.objects.values_list("article__title", flat=True))
    assert linked == {"One"}
    quote = Quote.objects.get(article__title="One", text__startswith="a nest")
    assert quote.match == "close" and quote.match_score >= 0.8


def test_cable_fingerprints_follow_its_text(transactional_db, tmp_path):
    write(tmp_path, "a.html", cable_page())
    load(tmp_path)
    cable = Cable.objects.get()
    before = set(CableShingle.objects.filter(cable=cable).values_list("hash", flat=True))
    assert before
    write(tmp_path, "a.html", cable_page(paragraphs=["(C) An entirely different account of the talks about the weather."]))
    load(tmp_path)
    after = set(CableShingle.objects.filter(cable=cable).values_list("hash", flat=True))
    assert after and not (after & before)


# --- Placeholders -----------------------------------------------------------------------

@pytest.mark.django_db
def test_a_description_that_says_nothing_makes_no_placeholder(tmp_path):
    write(tmp_path, "vague.txt", "Title: Vague\n\nThe envoy was \"deeply unimpressed by the new cabinet,\" a leaked cable said.\n")
    write(tmp_path, "dated.txt", "Title: Dated\n\nA secret cable from the US embassy in Testville in March 2009 said the board "
          "was \"a nest of cousins\". The cable also said the minister was tired.\n")
    ingest_paths([tmp_path])
    placeholders = [str(c) for c in Cable.objects.filter(reference="")]
    assert placeholders == ["Secret cable from US Embassy Testville of March 2009"]
    assert "Cable" not in placeholders


# --- Pages and search -------------------------------------------------------------------

@pytest.fixture
def library(transactional_db, tmp_path):
    write(tmp_path, "a.html", cable_page())
    write(tmp_path, "b.html", cable_page(**OTHER))
    write(tmp_path, "report.txt", REPORT)
    write(tmp_path, "second.txt", REPORT.replace("The Daily Example", "The Evening Sample").replace("Leaked papers", "Other papers")
          .replace("the harbour board was", "the port authority was"))
    write(tmp_path, "grayson.txt", "Title: Ambassador Mara J. Grayson leaves Testville\nSource: The Daily Example\n\n"
          "Ambassador Mara J. Grayson said the harbour would \"always need more dredging than the budget allows\" "
          "as she left Testville after three years. Grayson was popular.\n")
    load(tmp_path)


def test_cable_text_is_searched_below_reports(client, library):
    hits = client.get("/api/search/", {"q": "harbour"}).json()["hits"]
    kinds = [h["type"] for h in hits]
    assert "cable" in kinds and kinds.index("article") < kinds.index("cable")
    # Words only the cable's text has find the cable.
    hits = client.get("/api/search/", {"q": "dam coalition"}).json()["hits"]
    assert [h["title"] for h in hits if h["type"] == "cable"] == ["09TESTVILLE77"]


def test_an_actor_page_lists_the_cables_they_wrote(client, library):
    from cables.models import Actor

    actor = Actor.objects.get(name="Mara J. Grayson")
    html = client.get(actor.get_absolute_url()).content.decode()
    written = html[html.index("Cables written") :]
    written = written[: written.index("</section>")]
    assert "09TESTVILLE77" in written and "09OTHERTOWN12" not in written


def test_the_addressees_are_read_from_the_routing_header():
    from cables.extraction.cables import cable_addressees, office_key

    text = ("O 021015Z MAR 09\nFM AMEMBASSY TESTVILLE\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0101\n"
            "INFO RUEHXY/AMCONSUL PORTSIDE PRIORITY 0202\nRUEHZZ/AMEMBASSY OLDHAVEN PRIORITY\n"
            "C O N F I D E N T I A L TESTVILLE 000077\n\n¶1. (C) TO THE POINT: the minister spoke.")
    assert cable_addressees(text) == {"to": ["State Department"], "info": ["US Consulate Portside", "US Embassy Oldhaven"]}
    assert office_key("U.S. Embassy in Oldhaven") == office_key("US Embassy Oldhaven") == office_key("Embassy Oldhaven")
    assert office_key("Department of State") == office_key("the US State Department") == office_key("State Department")


def test_an_actor_page_lists_the_cables_sent_to_it_and_the_cable_page_links_it(client, library):
    from cables.models import Actor, ActorKind

    # The report names the "State Department"; the cables went to SECSTATE WASHDC.
    office = Actor.objects.get(name="State Department", kind=ActorKind.ORGANISATION)
    html = client.get(office.get_absolute_url()).content.decode()
    received = html[html.index("Cables received") :]
    received = received[: received.index("</section>")]
    assert "09TESTVILLE77" in received and "09OTHERTOWN12" in received
    page = client.get("/cables/09TESTVILLE77/").content.decode()
    assert f'<a href="{office.get_absolute_url()}">State Department</a>' in page
    # Another name for the same office finds the same cables.
    other = Actor.objects.create(name="U.S. Department of State", kind=ActorKind.ORGANISATION)
    assert {c.reference for c in Cable.objects.received_by(other)} == {"09TESTVILLE77", "09OTHERTOWN12"}


def test_a_person_a_report_names_after_the_cable_arrived_finds_the_cable(client, library, tmp_path):
    from cables.models import Actor

    # A cable names "Tomas Eberhardt", whom no report had named when it was loaded.
    folder = tmp_path / "later"
    folder.mkdir()
    write(folder, "c.html", cable_page(reference="09TESTVILLE90", paragraphs=[
        "(C) The harbour board chairman, Tomas Eberhardt, asked the Ambassador for dredgers."]))
    load(folder / "c.html")
    assert not Actor.objects.filter(name="Tomas Eberhardt").exists()  # named only in a cable: no actor yet
    write(folder, "late.txt", "Title: Tomas Eberhardt resigns\nSource: The Daily Example\n\n"
          "Tomas Eberhardt, the harbour board's chairman, resigned on Monday. \"I am tired,\" Eberhardt said.\n")
    load(folder)
    actor = Actor.objects.get(name="Tomas Eberhardt")
    html = client.get(actor.get_absolute_url()).content.decode()
    named = html[html.index("Named in cables") :]
    assert "09TESTVILLE90" in named[: named.index("</section>")]


def test_a_cable_page_shows_each_outlets_version_in_its_paragraph(client, library):
    html = client.get("/cables/09TESTVILLE77/").content.decode()
    paragraph = html[html.index('id="p-2"') : html.index('id="p-3"')]
    assert "The Daily Example" in paragraph and "The Evening Sample" in paragraph
    assert paragraph.count("a nest of cousins") >= 3  # the cable's words and both reports' quotes
