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
