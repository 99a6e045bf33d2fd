"""The index queue under concurrent writers, documents that cannot be indexed, and bounded drains.

Runs on whichever database the suite uses (`make test` SQLite, `make test-postgres`).
"""
import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from haystack.query import SearchQuerySet

from cables.models import Actor, Article, PendingIndexUpdate, Quote
from cables.search_backend import ArchiveWhooshBackend
from cables.search_indexes import QuoteIndex

pytestmark = pytest.mark.django_db(transaction=True)


def run(command):
    out, err = StringIO(), StringIO()
    try:
        call_command(command, stdout=out, stderr=err)
        code = 0
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue(), err.getvalue()


def quotes_found(word):
    return sorted(int(r.pk) for r in SearchQuerySet().models(Quote).auto_query(word))


def article(n=1):
    return Article.objects.create(title=f"Envoy talks {n}", body="The envoy spoke.", raw="The envoy spoke.", content_hash=f"hash-{n}")


class Worker(threading.Thread):
    """A transaction of its own on its own database connection."""

    def __init__(self, name, work):
        super().__init__(name=name, daemon=True)
        self.work, self.error = work, None

    def run(self):
        try:
            self.work()
        except BaseException as error:  # reported by the test
            self.error = error
        finally:
            connection.close()


def test_an_alias_added_while_a_quote_by_that_actor_is_written_reaches_the_quote(monkeypatch):
    """T1 adds an alias to an actor and stays open; T2 makes a quote spoken by that actor
    and commits; then T1 commits. The quote's document must carry the alias.

    T2's drain is held back after it has read the quote and before it writes, until
    T1's drain is through (at most 3 s): without one lock across reading and writing,
    its older document would land last."""
    report = article()
    actor = Actor.objects.create(name="Orsolya Brandt", kind="person")
    t1_open, commit_t1, t2_read, t1_drained = (threading.Event() for _ in range(4))
    write = ArchiveWhooshBackend.replace

    def held_back_replace(self, *args, **kwargs):
        if threading.current_thread().name == "T2" and not t2_read.is_set():
            t2_read.set()
            t1_drained.wait(3)
        return write(self, *args, **kwargs)

    monkeypatch.setattr(ArchiveWhooshBackend, "replace", held_back_replace)

    def add_alias():
        with transaction.atomic():
            changed = Actor.objects.get(pk=actor.pk)
            changed.aliases = ["Brandtova"]
            changed.save()
            t1_open.set()
            assert commit_t1.wait(30)
        t1_drained.set()  # after the commit and its drain

    def add_quote():
        with transaction.atomic():
            Quote.objects.create(article=report, speaker_id=actor.pk, text="the border talks go on", start=0, end=5)

    t1, t2 = Worker("T1", add_alias), Worker("T2", add_quote)
    t1.start()
    assert t1_open.wait(10)
    t2.start()
    # PostgreSQL: T2 commits while T1 is open. SQLite: T2 waits for T1's write lock.
    t2_read.wait(5)
    commit_t1.set()
    for worker in (t1, t2):
        worker.join(60)
        assert not worker.is_alive() and worker.error is None, worker.error

    quote = Quote.objects.get(text="the border talks go on")
    assert quotes_found("Brandtova") == [quote.pk]
    code, out, _ = run("check_index")
    assert code == 0 and "index matches the database" in out, out


def test_a_document_that_cannot_be_indexed_is_skipped_and_stays_queued_alone(monkeypatch):
    report = article()
    good = Quote.objects.create(article=report, text="first words", start=0, end=1)
    bad = Quote.objects.create(article=report, text="second words", start=2, end=3)
    prepare_title = QuoteIndex.prepare_title

    def broken(self, obj):
        if obj.pk == bad.pk:
            raise ValueError("a document the index cannot take")
        return prepare_title(self, obj)

    monkeypatch.setattr(QuoteIndex, "prepare_title", broken)
    with transaction.atomic():  # one drain for both changes
        for quote, word in ((good, "gorseflower"), (bad, "thistledown")):
            quote.text = f"edited {word}"
            quote.save()
    assert quotes_found("gorseflower") == [good.pk]
    assert list(PendingIndexUpdate.objects.values_list("model_name", "object_pk")) == [("quote", bad.pk)]

    # Later updates are not held back by it; drain_index says what stays queued.
    good.text = "edited again marigold"
    good.save()
    assert quotes_found("marigold") == [good.pk]
    code, out, err = run("drain_index")
    assert code == 1 and f"cannot index quote {bad.pk}" in err
    code, out, _ = run("check_index")
    assert code == 1 and "queued: 1" in out

    monkeypatch.undo()
    code, out, _ = run("drain_index")
    assert code == 0
    assert quotes_found("thistledown") == [bad.pk]
    code, out, _ = run("check_index")
    assert code == 0 and "index matches the database" in out


def test_a_document_the_engine_refuses_leaves_the_others_written(monkeypatch):
    report = article()
    quotes = [Quote.objects.create(article=report, text=f"quote number {n}", start=n, end=n + 1) for n in range(6)]
    refused = quotes[3]
    write = ArchiveWhooshBackend.replace

    def refusing(self, batches, removed, **kwargs):
        if any(obj.pk == refused.pk and obj._meta.model_name == "quote" for _, objs in batches for obj in objs):
            raise RuntimeError("mapping error")
        return write(self, batches, removed, **kwargs)

    monkeypatch.setattr(ArchiveWhooshBackend, "replace", refusing)
    monkeypatch.setattr("cables.signals.time.sleep", lambda seconds: None)
    with transaction.atomic():
        for quote in quotes:
            quote.text = f"renamed quote {quote.pk} bellweather"
            quote.save()
    assert quotes_found("bellweather") == sorted(q.pk for q in quotes if q != refused)
    assert list(PendingIndexUpdate.objects.values_list("model_name", "object_pk")) == [("quote", refused.pk)]
    code, _, err = run("drain_index")
    assert code == 1 and "stay queued" in err


def test_check_index_exits_non_zero_on_drift_and_repair_fixes_it(monkeypatch):
    report = article()
    quote = Quote.objects.create(article=report, text="words in the index", start=0, end=1)
    Quote.objects.filter(pk=quote.pk).update(text="words changed behind the index's back")  # no signal
    code, out, _ = run("check_index")
    assert code == 1 and f"stale: quote {quote.pk}" in out
    out_repair = StringIO()
    with pytest.raises(SystemExit):
        call_command("check_index", "--repair", stdout=out_repair)
    # The edited quote's words also show in its article's document.
    assert "repaired: 0 missing, 2 stale, 0 extra" in out_repair.getvalue()
    code, out, _ = run("check_index")
    assert code == 0 and "index matches the database" in out
    assert quotes_found("behind") == [quote.pk]


def test_draining_quotes_does_not_read_their_article_bodies():
    report = Article.objects.create(title="Long report", body="word " * 50_000, raw="word " * 50_000, content_hash="long")
    with CaptureQueriesContext(connection) as queries:
        with transaction.atomic():
            for n in range(5):
                Quote.objects.create(article=report, text=f"quote {n}", start=n, end=n + 1)
    quote_reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT") and 'FROM "cables_quote"' in q["sql"]]
    assert quote_reads
    assert not [sql for sql in quote_reads if '"cables_article"."body"' in sql or '"cables_article"."raw"' in sql]


def test_a_quote_moved_to_another_article_leaves_the_first_articles_document():
    first, second = article(1), article(2)
    # A curator's correction of the words shows in the article's document too.
    quote = Quote.objects.create(
        article=first, text="the harbour fees were a tax on hunger", extracted_text="the harbour fees", start=0, end=1
    )
    moved = Quote.objects.get(pk=quote.pk)  # as the admin reads it
    moved.article = second
    moved.save()
    code, out, _ = run("check_index")
    assert code == 0 and "index matches the database" in out
    hits = sorted(int(r.pk) for r in SearchQuerySet().models(Article).auto_query("hunger"))
    assert hits == [second.pk]


def test_update_index_waits_for_a_drain_in_progress():
    from cables.signals import index_writer_lock

    article(1)
    holding, release = threading.Event(), threading.Event()

    def drain_in_progress():
        with index_writer_lock():
            holding.set()
            release.wait(10)

    drainer = Worker("drain", drain_in_progress)
    drainer.start()
    assert holding.wait(10)
    updater = Worker("update_index", lambda: call_command("update_index", verbosity=0))
    updater.start()
    updater.join(1.0)
    waited = updater.is_alive()
    release.set()
    updater.join(30)
    drainer.join(10)
    assert waited, "update_index wrote while another writer held the index"
    assert updater.error is None and not updater.is_alive()
    code, out, _ = run("check_index")
    assert code == 0, out
