"""Keeping the search index in step with the database, without losing an update.

Every change writes rows to a durable queue (PendingIndexUpdate) in the same
transaction as the change itself: if the change commits, so does the note that its
documents need refreshing; if it rolls back, neither exists. A row names the changed
object and the objects its own foreign keys point at, nothing found by a query:
inside a transaction a query sees that transaction's snapshot, not what others are
committing meanwhile.

After the commit the queue is drained. A drain holds one lock for the whole archive
(a PostgreSQL advisory lock, or on SQLite a file lock beside the database file) from
reading the queue until the engine has accepted its writes, so drains from any
number of processes and machines apply one after another. Under that lock it works
out which other documents show each changed object (an actor's quotes, a cable's
articles…) from committed state, reads every document's current state, and writes
it. Whatever the order of two transactions, the drain that runs after the later
commit reads both.

A document that cannot be prepared (an error in its data or template) is logged,
skipped and queued again on its own; a batch the engine refuses is split until the
document it refuses is found. The rest is written either way. If the engine is down,
the rows stay queued for the next drain, `manage.py drain_index`, or
`check_index --repair`; both exit 1 while anything stays queued.
"""
from __future__ import annotations

import fcntl
import hashlib
import logging
import math
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections as databases
from django.db import models, transaction
from django.db.models import Max
from haystack.exceptions import NotHandled, SkipDocument
from haystack.signals import BaseSignalProcessor

logger = logging.getLogger(__name__)
WATCHED = ("Article", "Quote", "Actor", "Cable", "ArticleActor", "CableLink", "CableActor")
SET_NULL_TARGETS = ("Actor", "Cable")  # quotes point at them with on_delete=SET_NULL
# Queue rows read at a time. Many rows name the same document (a report's quotes
# each note their article), so far fewer documents are written.
DRAIN_BATCH = 50_000
# Objects read from the database and prepared at a time, and documents sent to the
# engine in one write (one Whoosh commit): what a drain holds in memory is bounded
# by these, not by the size of the queue.
READ_CHUNK = 500
WRITE_BATCH = 20_000
DRAIN_ATTEMPTS = 5
DELETE_CHUNK = 900  # SQLite's older limit on query parameters is 999
# The PostgreSQL advisory lock every index writer takes (any 64-bit number that no
# other application on the same database uses).
ADVISORY_LOCK = int.from_bytes(hashlib.sha256(b"cable-archive search index writer").digest()[:8], "big", signed=True)
# Fields a document never shows, left out when reading objects to index.
LEAN = {"quote": ("article__body", "article__raw", "cable__text"), "article": ("raw",)}


def affected_documents(instance) -> set[tuple[str, int]]:
    """(model name, pk) of the documents this saved or deleted row shows in directly.

    Only the row's own fields: the documents that show it through other rows (an
    actor's quotes) are found when the queue is drained, from committed state.
    """
    from .models import ArticleActor, CableActor, CableLink, Quote

    keys = set()
    if instance._meta.model_name in ("article", "quote", "actor", "cable"):
        keys.add((instance._meta.model_name, instance.pk))
    if isinstance(instance, Quote):
        # The article's document names its quotes' speakers; an actor's own document
        # holds only its names and role, so a quote never changes it.
        keys.add(("article", instance.article_id))
    if isinstance(instance, ArticleActor):
        keys.add(("article", instance.article_id))
    if isinstance(instance, CableLink):
        keys.update({("article", instance.article_id), ("cable", instance.cable_id)})
    if isinstance(instance, CableActor):
        keys.add(("cable", instance.cable_id))
    # A row moved to another article or cable leaves that one's document too.
    for key, pk in getattr(instance, "loaded_keys", {}).items():
        keys.add((key.removesuffix("_id"), pk))
    return {k for k in keys if k[1] is not None}


def documents_showing(instance) -> set[tuple[str, int]]:
    """Before an actor or a cable is deleted: the quotes that still name it.

    Deleting empties their speaker or cable by one UPDATE that sends no signal, and
    after the commit nothing says which quotes they were. Another transaction cannot
    point a quote at the row meanwhile: its foreign key check waits for this one.
    """
    from .models import Actor, Cable, Quote

    if isinstance(instance, Actor):
        rows = Quote.objects.filter(speaker_id=instance.pk)
    elif isinstance(instance, Cable):
        rows = Quote.objects.filter(cable_id=instance.pk)
    else:
        return set()
    keys = set()
    for quote_pk, article_pk in rows.values_list("pk", "article_id"):
        keys.update({("quote", quote_pk), ("article", article_pk)})
    return keys


def _dependents(keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Documents that show the queued actors and cables through other rows, as committed now."""
    from .models import ArticleActor, CableActor, CableLink, Quote

    found = set()
    actors = sorted(pk for name, pk in keys if name == "actor")
    cables = sorted(pk for name, pk in keys if name == "cable")
    for start in range(0, len(actors), DELETE_CHUNK):
        chunk = actors[start : start + DELETE_CHUNK]
        for quote_pk, article_pk in Quote.objects.filter(speaker_id__in=chunk).values_list("pk", "article_id"):
            found.update({("quote", quote_pk), ("article", article_pk)})
        found.update(("article", pk) for pk in ArticleActor.objects.filter(actor_id__in=chunk).values_list("article_id", flat=True))
        found.update(("cable", pk) for pk in CableActor.objects.filter(actor_id__in=chunk).values_list("cable_id", flat=True))
    for start in range(0, len(cables), DELETE_CHUNK):
        chunk = cables[start : start + DELETE_CHUNK]
        found.update(("quote", pk) for pk in Quote.objects.filter(cable_id__in=chunk).values_list("pk", flat=True))
        found.update(("article", pk) for pk in CableLink.objects.filter(cable_id__in=chunk).values_list("article_id", flat=True))
    return found


_batching = threading.local()


def enqueue(keys) -> None:
    """Note documents to refresh, inside the current transaction, and drain after it commits."""
    from .models import PendingIndexUpdate

    if not keys:
        return
    collected = getattr(_batching, "collected", None)
    if collected is not None:
        collected.update(keys)
        return
    PendingIndexUpdate.objects.bulk_create([PendingIndexUpdate(model_name=m, object_pk=pk) for m, pk in keys])
    if getattr(_batching, "active", False):
        return  # a bulk ingest drains in batches (see batched_drains)
    connection = transaction.get_connection()
    if not any(callback == drain for _, callback, *_ in connection.run_on_commit):
        transaction.on_commit(drain)


@contextmanager
def collected_updates():
    """Within one transaction that changes many objects (a whole report): note each
    document once, in one insert at the end, instead of rows per saved object."""
    if getattr(_batching, "collected", None) is not None:  # already collecting further out
        yield
        return
    _batching.collected = collected = set()
    try:
        yield
    finally:
        _batching.collected = None
    enqueue(collected)


class _Batch:
    def __init__(self, every: int | None):
        self.every, self.since, self.worker = every, 0, None

    def tick(self) -> None:
        """One more file written; drain when enough have piled up."""
        self.since += 1
        if self.every is None or self.since < self.every:
            return
        if self.worker is None or self.worker.poll() is not None:
            # Indexing runs on the other core while this process goes on reading and
            # writing reports. A drain still busy is left alone: the next one takes
            # whatever has piled up since. Each writes a segment of its own without
            # merging the earlier ones: a merge rewrites every document of the
            # segments it merges, so merging after every batch rewrote the first
            # batches' documents again and again.
            self.worker = subprocess.Popen(
                [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "drain_index", "--bulk"],
                cwd=settings.BASE_DIR, env=os.environ.copy(), stdout=subprocess.DEVNULL,
            )
        else:
            return
        self.since = 0

    def finish(self) -> None:
        if self.worker is not None:
            self.worker.wait()  # a failed background drain left its rows: drained below
        drain(bulk=True)


@contextmanager
def batched_drains(every: int | None = None):
    """For bulk ingest: index in large batches instead of after each file's commit.

    The queue rows are still written with each change, so nothing is lost if the
    process dies; the index just catches up in larger, much cheaper commits. With
    `every`, a separate `drain_index` process (same settings, from the environment)
    indexes after every so many files while this one goes on ingesting, so ingest
    and indexing use both cores; otherwise everything is indexed at the end.
    """
    _batching.active = True
    batch = _Batch(every)
    try:
        yield batch
    finally:
        _batching.active = False
        batch.finish()


@contextmanager
def _file_lock(path: Path):
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lock_file(connection) -> Path:
    """SQLite: a file beside the database, so every process that opens it shares the lock."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and name and ":memory:" not in name and "mode=memory" not in name:
        return Path(name).with_name(Path(name).name + ".index-lock")
    return Path(settings.VAR_DIR) / "index-writer.lock"


# Per thread: the databases whose index writer lock this thread holds.
_writer_locks_held = threading.local()


@contextmanager
def index_writer_lock(using: str = "default"):
    """One index writer at a time for the whole archive, on every machine.

    PostgreSQL: a session advisory lock, held by the database for this connection
    (and released by it if the process dies). Other databases: a file lock; SQLite's
    sits beside the database file. Whoosh admits one writer per index folder anyway;
    this lock also keeps a drain's reads and its write together, so a drain that read
    older state cannot write after one that read newer state. A thread that holds it
    may take it again (the engine's own writes take it too, see cables/search_backend.py).
    """
    held = getattr(_writer_locks_held, "aliases", frozenset())
    if using in held:
        yield
        return
    _writer_locks_held.aliases = held | {using}
    try:
        with _acquired_writer_lock(using):
            yield
    finally:
        _writer_locks_held.aliases = held


@contextmanager
def _acquired_writer_lock(using: str):
    connection = databases[using]
    if connection.vendor != "postgresql":
        with _file_lock(_lock_file(connection)):
            yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_LOCK])
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_LOCK])
        except Exception:  # an aborted transaction: closing the session releases the lock
            connection.close()


@dataclass
class Drained:
    """What a drain did: documents written or removed, and documents left queued."""

    written: int = 0
    failed: set[tuple[str, int]] = field(default_factory=set)  # could not be prepared or were refused
    unwritten: set[tuple[str, int]] = field(default_factory=set)  # the engine was unreachable

    @property
    def queued(self) -> int:
        return len(self.failed | self.unwritten)

    def __int__(self):
        return self.written


def drain(using: str = "default", *, bulk: bool = False) -> Drained:
    """Apply the pending index updates committed so far; never raises for the engine.

    `bulk` (a large ingest) writes new segments without merging the old ones.
    """
    from .models import PendingIndexUpdate

    result = Drained()
    with index_writer_lock(using):
        # Rows queued after this point were committed with a drain of their own to
        # follow; chasing them here would write many tiny segments during a bulk ingest.
        mark = PendingIndexUpdate.objects.aggregate(last=Max("pk"))["last"]
        cursor = 0
        while mark is not None and cursor < mark:
            rows = list(
                PendingIndexUpdate.objects.filter(pk__gt=cursor, pk__lte=mark)
                .order_by("pk").values_list("pk", "model_name", "object_pk")[:DRAIN_BATCH]
            )
            if not rows:
                break
            cursor = rows[-1][0]
            keys = {(name, pk) for _, name, pk in rows}
            keys |= _dependents(keys)
            written, failed, unwritten = _write(using, keys, bulk=bulk)
            result.written += written
            result.failed |= failed
            result.unwritten |= unwritten
            with transaction.atomic(using=using):
                done = [pk for pk, _, _ in rows]
                for start in range(0, len(done), DELETE_CHUNK):
                    PendingIndexUpdate.objects.filter(pk__in=done[start : start + DELETE_CHUNK]).delete()
                # What was not written is queued again, each document on its own row,
                # behind what is queued now: it never holds back later updates.
                PendingIndexUpdate.objects.bulk_create(
                    [PendingIndexUpdate(model_name=m, object_pk=pk) for m, pk in sorted(failed | unwritten)]
                )
            if unwritten:
                logger.error("search engine unavailable; %d documents stay queued", len(unwritten))
                break
    if result.failed:
        logger.error("%d documents could not be indexed and stay queued: %s", len(result.failed),
                     ", ".join(f"{m} {pk}" for m, pk in sorted(result.failed)[:20]))
    return result


class _Prepared:
    """An index whose documents were prepared already: the engine asks it for them."""

    def __init__(self, index, docs: dict[int, dict]):
        self._index, self._docs = index, docs

    def __getattr__(self, name):
        return getattr(self._index, name)

    def full_prepare(self, obj):
        return dict(self._docs[obj.pk])


def _objects(index, model_name: str, pks: list[int], using: str):
    queryset = index.index_queryset(using=using)
    if LEAN.get(model_name):
        queryset = queryset.defer(*LEAN[model_name])
    return queryset.filter(pk__in=pks)


def _write(using: str, keys: set[tuple[str, int]], *, bulk: bool) -> tuple[int, set, set]:
    """Index the current state of every key, in bounded chunks; (written, failed, unwritten)."""
    from haystack import connections

    unified = connections[using].get_unified_index()
    backend = connections[using].get_backend()
    by_model: dict[str, list[int]] = {}
    for name, pk in keys:
        by_model.setdefault(name, []).append(pk)
    written, failed, unwritten = 0, set(), set()
    docs: list[tuple[object, str, int, dict]] = []  # (index, model name, pk, prepared document)
    removed: list[tuple[str, int]] = []
    engine_down = False

    def flush():
        nonlocal written, engine_down
        if engine_down:
            unwritten.update((m, pk) for _, m, pk, _ in docs)
            unwritten.update(removed)
        else:
            ok, refused = _send(backend, docs, removed, merge=not bulk)
            written += len(ok)
            failed.update(refused)
            unwritten.update(({(m, pk) for _, m, pk, _ in docs} | set(removed)) - ok - refused)
            engine_down = not ok and bool(docs or removed)
        docs.clear()
        removed.clear()

    for name, pks in by_model.items():
        model = apps.get_model("cables", name)
        try:
            index = unified.get_index(model)
        except NotHandled:
            continue
        pks.sort()
        for start in range(0, len(pks), READ_CHUNK):
            chunk = pks[start : start + READ_CHUNK]
            found = set()
            for obj in _objects(index, name, chunk, using):
                found.add(obj.pk)
                try:
                    docs.append((index, name, obj.pk, index.full_prepare(obj)))
                except SkipDocument:
                    removed.append((name, obj.pk))
                except Exception:
                    logger.exception("cannot prepare the search document of %s %s", name, obj.pk)
                    failed.add((name, obj.pk))
            removed.extend((name, pk) for pk in chunk if pk not in found)
            if len(docs) + len(removed) >= WRITE_BATCH:
                flush()
    if docs or removed:
        flush()
    return written, failed, unwritten


def _send(backend, docs, removed, *, merge: bool) -> tuple[set, set]:
    """Write documents and removals; (keys written, keys the engine refused).

    A refused write is retried; if it still fails it is split in halves, and so on,
    so one document the engine will not take leaves the others written. A fixed
    budget of failed writes stops the search when the engine is simply down.
    """
    items = [("doc", entry) for entry in docs] + [("remove", key) for key in removed]
    if not items:
        return set(), set()
    for attempt in range(DRAIN_ATTEMPTS):
        try:
            _engine_write(backend, items, merge)
            return {_key(item) for item in items}, set()
        except Exception:
            if attempt == DRAIN_ATTEMPTS - 1:
                logger.exception("search index update failed for %d documents", len(items))
            else:
                time.sleep(0.2 * (attempt + 1))
    if len(items) == 1:
        return set(), set()  # one document after retries: the engine may be down, keep it queued
    budget = [2 * math.ceil(math.log2(len(items))) + 2]
    ok, refused = set(), set()
    _bisect(backend, items, merge, budget, ok, refused)
    if not ok:  # nothing at all went through: the engine is down, not one document
        return set(), set()
    return ok, refused


def _bisect(backend, items, merge, budget, ok, refused) -> None:
    if budget[0] <= 0:
        return
    try:
        _engine_write(backend, items, merge)
        ok.update(_key(item) for item in items)
        return
    except Exception:
        budget[0] -= 1
    if len(items) == 1:
        logger.error("the search engine refuses the document of %s %s", *_key(items[0]))
        refused.add(_key(items[0]))
        return
    middle = len(items) // 2
    _bisect(backend, items[:middle], merge, budget, ok, refused)
    _bisect(backend, items[middle:], merge, budget, ok, refused)


def _key(item) -> tuple[str, int]:
    kind, entry = item
    return (entry[1], entry[2]) if kind == "doc" else entry


def _engine_write(backend, items, merge: bool) -> None:
    groups: dict[int, tuple[object, dict[int, dict], list]] = {}
    removed_ids = []
    for kind, entry in items:
        if kind == "remove":
            removed_ids.append(f"cables.{entry[0]}.{entry[1]}")
            continue
        index, name, pk, doc = entry
        _, prepared, stand_ins = groups.setdefault(id(index), (index, {}, []))
        prepared[pk] = doc
        # The engine needs only each object's identity: the document is ready.
        stand_ins.append(apps.get_model("cables", name)(pk=pk))
    batches = [(_Prepared(index, prepared), stand_ins) for index, prepared, stand_ins in groups.values()]
    if hasattr(backend, "replace"):  # the embedded engine: everything in one commit
        backend.replace(batches, removed_ids, merge=merge)
        return
    for index, stand_ins in batches:
        backend.update(index, stand_ins)
    for identifier in removed_ids:
        backend.remove(identifier)


class ArchiveSignalProcessor(BaseSignalProcessor):
    def setup(self):
        for name in WATCHED:
            model = apps.get_model("cables", name)
            models.signals.post_save.connect(self.handle_save, sender=model)
            models.signals.post_delete.connect(self.handle_delete, sender=model)
        for name in SET_NULL_TARGETS:
            models.signals.pre_delete.connect(self.handle_pre_delete, sender=apps.get_model("cables", name))

    def teardown(self):
        for name in WATCHED:
            model = apps.get_model("cables", name)
            models.signals.post_save.disconnect(self.handle_save, sender=model)
            models.signals.post_delete.disconnect(self.handle_delete, sender=model)
        for name in SET_NULL_TARGETS:
            models.signals.pre_delete.disconnect(self.handle_pre_delete, sender=apps.get_model("cables", name))

    def handle_save(self, sender, instance, **kwargs):
        enqueue(affected_documents(instance))

    def handle_pre_delete(self, sender, instance, **kwargs):
        enqueue(documents_showing(instance))

    def handle_delete(self, sender, instance, **kwargs):
        enqueue(affected_documents(instance))
