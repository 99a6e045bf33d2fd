import json
from io import StringIO

import pytest
from django.core.management import call_command

from cables.ingest import ingest_paths
from cables.models import Actor, Article, Cable, Quote, QuoteStatus

from .conftest import CABLES, SEEDS


def run_ingest(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_it_loads_reports_and_cables_and_a_rerun_changes_nothing():
    code, out, _ = run_ingest(SEEDS, CABLES)
    assert code == 0
    assert "4 created" in out
    counts = (Article.objects.count(), Quote.objects.count(), Actor.objects.count(), Cable.objects.count())
    code, out, _ = run_ingest(SEEDS, CABLES)
    assert code == 0 and "4 unchanged" in out and "0 created" in out
    assert (Article.objects.count(), Quote.objects.count(), Actor.objects.count(), Cable.objects.count()) == counts


@pytest.mark.django_db
def test_a_bad_file_is_reported_and_the_good_ones_still_load(tmp_path):
    (tmp_path / "good.txt").write_bytes((SEEDS / "002_19e4e79b1713dfb0.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "furniture.txt").write_text("Subscribe now\nLog in\n₹900\n")
    code, out, err = run_ingest(tmp_path, tmp_path / "missing.txt")
    assert code == 1
    assert "1 created" in out and "4 failed" in out
    assert "empty.txt: the file is empty" in err
    assert "binary.txt: the file is binary" in err
    assert "furniture.txt: no story text found" in err
    assert "missing.txt: cannot read the file" in err
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_a_fault_in_extraction_fails_that_file_only_and_writes_nothing_of_it(tmp_path, monkeypatch):
    from cables import extraction

    real = extraction.extract_report

    def faulty(text, file="", **kwargs):
        if file.endswith("faulty.txt"):
            raise KeyError("a bug of ours")
        return real(text, file, **kwargs)

    monkeypatch.setattr(extraction, "extract_report", faulty)
    story = (SEEDS / "002_19e4e79b1713dfb0.txt").read_bytes()
    (tmp_path / "good.txt").write_bytes(story)
    (tmp_path / "faulty.txt").write_bytes(story.replace(b"the", b"a"))
    code, out, err = run_ingest(tmp_path)
    assert code == 1
    assert "1 created" in out and "1 failed" in out
    assert "faulty.txt: internal error while reading it (KeyError)" in err
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_json_has_the_stable_shape_and_writes_nothing():
    code, out, _ = run_ingest(SEEDS, CABLES / "09ISLAMABAD155.txt", "--dry-run", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"articles", "cables", "errors"}
    article = data["articles"][0]
    assert set(article) == {"file", "title", "source", "published", "byline", "place", "body", "quotes", "actors", "cables"}
    assert set(article["quotes"][0]) == {"text", "speaker", "from_cable", "start", "end", "phrase"}
    assert set(article["actors"][0]) == {"name", "kind", "role", "aliases"}
    assert set(article["cables"][0]) == {"reference", "date", "origin", "classification", "subject"}
    assert set(data["cables"][0]) == {"reference", "date", "origin", "classification", "subject", "author", "text"}
    assert data["cables"][0]["reference"] == "09ISLAMABAD155"
    assert Article.objects.count() == 0 and Cable.objects.count() == 0


@pytest.mark.django_db
def test_source_and_published_defaults_apply_to_files_without_headers():
    run_ingest(SEEDS, "--source", "Business Standard", "--published", "2010-12-20")
    assert set(Article.objects.values_list("publication", flat=True)) == {"Business Standard"}
    assert {a.published.isoformat() for a in Article.objects.all()} == {"2010-12-20"}


@pytest.mark.django_db
def test_a_changed_file_updates_its_article_and_keeps_curated_quotes(tmp_path):
    path = tmp_path / "report.txt"
    original = (SEEDS / "002_19e4e79b1713dfb0.txt").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    ingest_paths([path])
    quote = Quote.objects.get(text="would respond to an Indian attack")
    quote.text = "would respond to any Indian attack"
    quote.status = QuoteStatus.VERIFIED
    quote.save()
    path.write_text(original.replace("It later came out", "It later emerged"), encoding="utf-8")
    result = ingest_paths([path])
    assert result.counts["updated"] == 1
    assert Article.objects.count() == 1
    kept = Quote.objects.get(pk=quote.pk)
    assert kept.text == "would respond to any Indian attack" and kept.status == QuoteStatus.VERIFIED
    assert kept.extracted_text == "would respond to an Indian attack"
    assert Quote.objects.filter(extracted_text="would respond to an Indian attack").count() == 1
    assert "It later emerged" in Article.objects.get().body


@pytest.mark.django_db
def test_actors_are_shared_across_articles_and_learned_aliases_are_used(tmp_path):
    ingest_paths([SEEDS])
    kayani = Actor.objects.get(name="Ashfaq Pervez Kayani")
    (tmp_path / "later.txt").write_text(
        "Kayani met the visiting delegation on Monday and discussed the situation on the border at length.\n", encoding="utf-8"
    )
    ingest_paths([tmp_path])
    assert Actor.objects.filter(name__icontains="Kayani").count() == 1
    assert kayani.articles.count() == 2


@pytest.mark.django_db
def test_cables_are_stored_with_their_header_fields():
    ingest_paths([CABLES])
    cable = Cable.objects.get(reference="08NEWDELHI3228")
    assert cable.subject == "CONGRESS PARTY STUNG PLAYING RELIGIOUS POLITICS WITH TERRORISM"
    assert cable.date.isoformat() == "2008-12-23"
    assert cable.classification == "Confidential"
    assert cable.origin == "Embassy New Delhi"
    assert cable.author == "Ted Osius"
    islamabad = Cable.objects.get(reference="09ISLAMABAD155")
    assert islamabad.released.isoformat() == "2010-11-30"
    assert islamabad.author == "Anne W. Patterson"
    assert "¶8" in islamabad.text


def test_bulk_ingest_indexes_in_a_background_process_and_loses_nothing(transactional_db, tmp_path):
    """`ingest --index-every 2` hands indexing to `drain_index` processes as it goes;
    afterwards every article, quote and actor is in the index, and nothing else."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT
    from .dburl import scratch_database

    folder = tmp_path / "reports"
    folder.mkdir()
    surnames = ["Qorvath", "Belindre", "Tamsworth", "Ovanek", "Pradlock", "Fenmarrow", "Culvane"]
    for number, surname in enumerate(surnames):
        (folder / f"report-{number}.txt").write_text(
            f"Title: Minister {surname} speaks\nSource: The Test Courier\nPublished: 2011-0{number + 1}-10\n\n"
            f"Foreign minister Arlen {surname} told visiting officials that \"the border talks must go on\", "
            f"according to a confidential US embassy cable from Kabul dated March 3, 2009.\n"
            f"\"We have no such plans,\" {surname} said.\n",
            encoding="utf-8",
        )
    # The processes migrate and fill a database of their own, of the suite's kind.
    with scratch_database(tmp_path) as url:
        env = {**os.environ, "DATABASE_URL": url, "SEARCH_URL": f"whoosh://{tmp_path / 'index'}",
               "VAR_DIR": str(tmp_path), "SECRET_KEY": "tests-only-not-secret", "DEBUG": "0", "DJANGO_SETTINGS_MODULE": "archive.settings"}

        def manage(*args):
            done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr[-3000:]
            return done.stdout

        manage("migrate", "-v0")
        assert "7 created" in manage("ingest", str(folder), "--index-every", "2")
        assert "index matches the database" in manage("check_index")
        for surname in surnames:
            found = manage("shell", "-c", f"from haystack.query import SearchQuerySet as S; print(sorted({{r.model_name for r in S().auto_query('{surname}')}}))")
            assert found.strip().endswith("['actor', 'article', 'quote']"), (surname, found)


def _report(words: int) -> str:
    return "Title: Minister Qorvath speaks\n\n" + " ".join(["Officials discussed the border talks at length."] * (words // 7)) + "\n"


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused_with_one_line_and_the_rest_load(tmp_path, settings):
    (tmp_path / "small.txt").write_text(_report(300), encoding="utf-8")
    (tmp_path / "huge.txt").write_bytes(b"x" * (5 * 2**20 + 1))  # just over the default 5 MB
    code, out, err = run_ingest(tmp_path)
    assert code == 1 and "1 created" in out and "1 failed" in out
    assert err.strip() == f"{tmp_path / 'huge.txt'}: the file is 5 MB (5,242,881 bytes), over the 5 MB limit (--max-mb or INGEST_MAX_MB raise it)"
    settings.INGEST_MAX_BYTES = 1000  # INGEST_MAX_MB in the environment
    code, out, err = run_ingest(tmp_path / "small.txt")
    assert code == 1 and "small.txt: the file is 2 KB (2,048 bytes), over the 1000 bytes limit" in err
    code, out, err = run_ingest(tmp_path / "small.txt", "--max-mb", "1")
    assert code == 0 and "1 unchanged" in out


@pytest.mark.django_db
def test_a_fifo_named_on_the_command_line_is_refused_not_waited_on(tmp_path):
    import os
    import signal

    fifo = tmp_path / "reports.txt"
    os.mkfifo(fifo)
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "sub" / "inside.txt")  # inside a folder: not a file, skipped
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("ingest waited on the FIFO"))
    signal.alarm(60)
    try:
        code, out, err = run_ingest(fifo, tmp_path / "sub")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert code == 1 and "1 failed" in out
    assert err.strip() == f"{fifo}: not a regular file but a named pipe (FIFO)"


@pytest.mark.django_db
def test_a_surname_several_known_people_share_never_joins_the_wrong_one(tmp_path):
    first, second, third = (tmp_path / name for name in ("first", "second", "third"))
    for folder in (first, second, third):
        folder.mkdir()
    (first / "a.txt").write_text(
        "Trade minister Ravi Malhotra opened the port on Monday, and Malhotra said the tariffs would stay.\n", encoding="utf-8"
    )
    (second / "b.txt").write_text(
        "Finance minister Anil Malhotra presented the budget on Tuesday. Malhotra said spending would rise.\n", encoding="utf-8"
    )
    (third / "c.txt").write_text(
        "The opposition walked out of the budget debate. Later Malhotra said the vote would go ahead.\n", encoding="utf-8"
    )
    for folder in (first, second, third):
        ingest_paths([folder])
    ravi, anil = Actor.objects.get(name="Ravi Malhotra"), Actor.objects.get(name="Anil Malhotra")
    # Each report's own full mention decides; the third names nobody in full, so neither gets it.
    assert [a.source_file for a in ravi.articles.all()] == ["a.txt"]
    assert [a.source_file for a in anil.articles.all()] == ["b.txt"]
