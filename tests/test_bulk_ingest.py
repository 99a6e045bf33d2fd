"""A bulk ingest: extraction sees only the known actors a report can mean, every
document is searchable afterwards, and a crash leaves the index queue holding what
still has to be indexed."""
from io import StringIO

import pytest
from django.core.management import call_command
from haystack.query import SearchQuerySet

from cables import signals
from cables.extraction import KnownActor, extract_report
from cables.ingest import KnownActors, ingest_paths
from cables.models import Actor, Article, PendingIndexUpdate, Quote

KNOWN = [
    KnownActor("Ravi Talwarkin", "person", ["Talwarkin"]),
    KnownActor("Anil Talwarkin", "person", ["Talwarkin"]),
    KnownActor("Marguerite Oyelaran", "person", ["Oyelaran", "Minister Oyelaran"]),
    KnownActor("Lu Kanzhou", "person", ["Kanzhou"]),
    KnownActor("José Quintával", "person", ["Quintával"]),
    KnownActor("Northern Grid Authority", "organisation", ["NGA"]),
    KnownActor("U.S. consulate", "organisation", []),
    KnownActor("AK Brennan", "person", ["Brennan"]),
    KnownActor("United Kingdom", "place", ["UK", "Britain"]),
    *(KnownActor(f"Filler{n} Person{n}", "person", [f"Person{n}"]) for n in range(300)),
    *(KnownActor(f"Office of Filler Works {n}", "organisation", []) for n in range(100)),
]
REPORTS = [
    "Talwarkin said the tariffs would stay, according to a cable from the embassy.\n",
    "Trade minister Ravi Talwarkin opened the port. Talwarkin said: \"We are ready.\"\n",
    "\"The budget is sound,\" Oyelaran told reporters in London on Monday.\n",
    "Lu Wen-hsin met officials. \"It was a useful visit,\" Lu said of the talks.\n",
    "QUINTAVAL, the mayor, said the NGA would publish its accounts of the kWh sold in the UK.\n",
    "The Northern Grid Authority (NGA) said demand had risen; officials of the NGA agreed.\n",
    # Initials with and without their full stops name the same actor.
    "Staff at the US consulate said A.K. Brennan had left the city on Monday.\n",
]


@pytest.mark.parametrize("text", REPORTS)
def test_extraction_finds_the_same_with_only_the_relevant_known_actors(text):
    known = KnownActors(KNOWN)
    relevant = known.relevant(text)
    assert len(relevant) < 10  # not the whole archive
    assert extract_report(text, "r.txt", known_actors=relevant).as_json() == extract_report(text, "r.txt", known_actors=KNOWN).as_json()


def test_a_known_name_is_relevant_however_its_initials_are_written():
    names = [a.name for a in KnownActors(KNOWN).relevant(REPORTS[-1])]
    assert "U.S. consulate" in names and "AK Brennan" in names
    found = {a.name for a in extract_report(REPORTS[-1], "r.txt", known_actors=KnownActors(KNOWN).relevant(REPORTS[-1])).actors}
    assert {"U.S. consulate", "AK Brennan"} <= found


def test_actors_learned_during_a_run_are_relevant_to_later_reports():
    known = KnownActors(KNOWN[:3])
    earlier = extract_report("Finance minister Petra Oksvold presented the budget on Tuesday.\n", "a.txt")
    known.learn(earlier)
    assert "Petra Oksvold" in [a.name for a in known.relevant("Oksvold said spending would rise.\n")]


def _write_reports(folder, surnames):
    folder.mkdir()
    for number, surname in enumerate(surnames):
        (folder / f"report-{number}.txt").write_text(
            f"Title: Minister {surname} speaks\nSource: The Test Courier\nPublished: 2011-0{number + 1}-10\n\n"
            f"Foreign minister Arlen {surname} told visiting officials that \"the border talks must go on\".\n"
            f"\"We have no such plans,\" {surname} said.\n",
            encoding="utf-8",
        )


def _found(word):
    return sorted({r.model_name for r in SearchQuerySet().auto_query(word)})


@pytest.mark.django_db(transaction=True)
def test_every_document_is_searchable_after_a_bulk_ingest(tmp_path):
    surnames = ["Qorvath", "Belindre", "Tamsworth", "Ovanek"]
    _write_reports(tmp_path / "reports", surnames)
    assert ingest_paths([tmp_path / "reports"]).counts["created"] == 4
    for surname in surnames:
        assert _found(surname) == ["actor", "article", "quote"], surname
    assert not PendingIndexUpdate.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_crash_in_the_middle_of_a_bulk_ingest_leaves_the_rest_queued(tmp_path, monkeypatch):
    surnames = ["Qorvath", "Belindre", "Tamsworth", "Ovanek"]
    _write_reports(tmp_path / "reports", surnames)
    written = []
    real_save = signals.collected_updates

    def save_then_die(*args, **kwargs):
        if len(written) == 2:  # the process dies while writing the third report
            raise KeyboardInterrupt
        written.append(1)
        return real_save(*args, **kwargs)

    monkeypatch.setattr("cables.ingest.collected_updates", save_then_die)
    monkeypatch.setattr(signals._Batch, "finish", lambda self: None)  # killed: no final drain either
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([tmp_path / "reports"])
    assert Article.objects.count() == 2  # the third report's transaction left nothing behind
    queued = set(PendingIndexUpdate.objects.values_list("model_name", "object_pk"))
    assert {("article", pk) for pk in Article.objects.values_list("pk", flat=True)} <= queued
    assert {("quote", pk) for pk in Quote.objects.values_list("pk", flat=True)} <= queued
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("check_index", stdout=out)  # not indexed yet, and says so
    assert "missing: article" in out.getvalue()
    call_command("drain_index", stdout=StringIO())
    assert _found("Qorvath") == _found("Belindre") == ["actor", "article", "quote"]
    assert _found("Tamsworth") == []
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "index matches the database" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_a_drain_reads_articles_whose_quotes_have_over_a_thousand_speakers():
    article = Article.objects.create(title="A long list of voices", body="Many voices.", raw="x", content_hash="h" * 64)
    speakers = Actor.objects.bulk_create(Actor(name=f"Voice {n}", slug=f"voice-{n}", kind="person") for n in range(1100))
    Quote.objects.bulk_create(Quote(article=article, text=f"words {n}", extracted_text=f"words {n}", start=0, end=5, speaker=s)
                              for n, s in enumerate(speakers))
    PendingIndexUpdate.objects.create(model_name="article", object_pk=article.pk)
    result = signals.drain()
    assert result.written == 1 and not result.failed and not result.unwritten
    assert [int(r.pk) for r in SearchQuerySet().models(Article).auto_query("voices")] == [article.pk]


@pytest.mark.django_db(transaction=True)
def test_drains_during_a_bulk_ingest_leave_one_current_document_per_object(tmp_path, monkeypatch):
    # As the background drains of a large ingest do: one drain per batch of files,
    # each writing a segment of its own without merging the earlier ones.
    def drain_after_each_file(self):
        signals.drain(bulk=True)

    monkeypatch.setattr(signals._Batch, "tick", drain_after_each_file)
    surnames = ["Qorvath", "Belindre", "Tamsworth"]
    _write_reports(tmp_path / "reports", surnames)
    assert ingest_paths([tmp_path / "reports"], index_every=1).counts["created"] == 3
    from haystack import connections

    backend = connections["default"].get_backend()
    assert len(backend.index.refresh()._read_toc().segments) > 1  # not merged into one
    # A later batch changes an actor an earlier one wrote: its earlier article's
    # document is replaced, not kept beside the new one.
    with signals.batched_drains():
        actor = Actor.objects.get(name="Arlen Qorvath")
        actor.aliases = [*actor.aliases, "Zemblavan"]
        actor.save()
    found = [(r.model_name, int(r.pk)) for r in SearchQuerySet().auto_query("Zemblavan")]
    article = Article.objects.get(title="Minister Qorvath speaks")
    assert sorted(found) == sorted({("actor", actor.pk), ("article", article.pk), *(("quote", q.pk) for q in article.quotes.all())})
    assert SearchQuerySet().models(Article).count() == Article.objects.count()
    out = StringIO()
    call_command("check_index", stdout=out)
    assert "index matches the database" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_index_a_drain_writes_is_read_by_whoosh_itself(tmp_path):
    # Posting blocks are written uncompressed (cables/search_backend.py): an index
    # opened with Whoosh alone, outside the archive's engine, still reads them.
    from haystack import connections
    from whoosh.index import open_dir
    from whoosh.query import Term

    _write_reports(tmp_path / "reports", ["Qorvath"])
    ingest_paths([tmp_path / "reports"])
    backend = connections["default"].get_backend()
    with open_dir(backend.path).searcher() as searcher:
        hits = {hit["django_ct"] for hit in searcher.search(Term("text", "qorvath"), limit=None)}
    assert hits == {"cables.actor", "cables.article", "cables.quote"}
