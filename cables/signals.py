"""Keeping the search index in step with the database, without losing an update.

Every change writes rows to a durable queue (PendingIndexUpdate) in the same
transaction as the change itself: if the change commits, so does the note that its
documents need refreshing; if it rolls back, neither exists. After the commit the
queue is drained by one writer at a time (a file lock beside the index), which reads
each object's *current* state and updates or removes its document, and deletes the
queue rows only once the engine accepted them. A drain that fails (Whoosh busy,
engine down) leaves the rows for the next drain, `manage.py drain_index`, or
`check_index --repair`.
"""
from __future__ import annotations

import fcntl
import logging
import os
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from haystack.exceptions import NotHandled
from haystack.signals import BaseSignalProcessor

logger = logging.getLogger(__name__)
WATCHED = ("Article", "Quote", "Actor", "Cable", "ArticleActor", "CableLink", "CableActor")
SET_NULL_TARGETS = ("Actor", "Cable")  # quotes point at them with on_delete=SET_NULL
# Queue rows read per index commit. Many rows name the same document (a report's
# quotes each note their article), so a commit writes far fewer documents.
DRAIN_BATCH = 50_000
DRAIN_ATTEMPTS = 5
DELETE_CHUNK = 900  # SQLite's older limit on query parameters is 999


def affected_documents(instance) -> set[tuple[str, int]]:
    """(model name, pk) of every search document that shows this instance."""
    from .models import Actor, Article, ArticleActor, Cable, CableActor, CableLink, Quote

    keys = set()
    if isinstance(instance, (Article, Quote, Actor, Cable)):
        keys.add((instance._meta.model_name, instance.pk))
    if isinstance(instance, Quote):
        # The article's document names its quotes' speakers; an actor's own document
        # holds only its names and role, so a quote never changes it.
        keys.add(("article", instance.article_id))
    if isinstance(instance, Actor) and instance.pk:
        for quote_pk, article_pk in Quote.objects.filter(speaker_id=instance.pk).values_list("pk", "article_id"):
            keys.update({("quote", quote_pk), ("article", article_pk)})
        keys.update(("article", pk) for pk in ArticleActor.objects.filter(actor_id=instance.pk).values_list("article_id", flat=True))
    if isinstance(instance, Cable) and instance.pk:
        keys.update(("quote", pk) for pk in Quote.objects.filter(cable_id=instance.pk).values_list("pk", flat=True))
    if isinstance(instance, ArticleActor):
        keys.add(("article", instance.article_id))
    if isinstance(instance, CableLink):
        keys.update({("article", instance.article_id), ("cable", instance.cable_id)})
    if isinstance(instance, CableActor):
        keys.add(("cable", instance.cable_id))
    return {k for k in keys if k[1] is not None}


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
            # whatever has piled up since.
            self.worker = subprocess.Popen(
                [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "drain_index"],
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
def _single_writer():
    """One drain at a time on this machine: the embedded engine admits one writer."""
    path = Path(settings.VAR_DIR) / "index-writer.lock"
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def drain(using: str = "default", *, bulk: bool = False) -> int:
    """Apply every pending index update; returns how many documents were written or removed.

    `bulk` (a large ingest) writes new segments without merging the old ones.
    """
    from haystack import connections

    from .models import PendingIndexUpdate

    done = 0
    with _single_writer():
        while True:
            rows = list(PendingIndexUpdate.objects.order_by("pk").values_list("pk", "model_name", "object_pk")[:DRAIN_BATCH])
            if not rows:
                return done
            keys: dict[str, set[int]] = {}
            for _, model_name, object_pk in rows:
                keys.setdefault(model_name, set()).add(object_pk)
            for attempt in range(DRAIN_ATTEMPTS):
                try:
                    done += _apply(connections[using], keys, using, bulk=bulk)
                    break
                except Exception:  # the engine said no: keep the rows, try again, then leave them queued
                    if attempt == DRAIN_ATTEMPTS - 1:
                        logger.exception("search index update failed; %d updates stay queued", len(rows))
                        return done
                    time.sleep(0.2 * (attempt + 1))
            done_pks = [pk for pk, _, _ in rows]
            for start in range(0, len(done_pks), DELETE_CHUNK):
                PendingIndexUpdate.objects.filter(pk__in=done_pks[start : start + DELETE_CHUNK]).delete()
            if len(rows) < DRAIN_BATCH:
                # Rows queued since were committed with a drain of their own to follow;
                # chasing them here would write many tiny segments during a bulk ingest.
                return done


def _apply(connection, keys: dict[str, set[int]], using: str, *, bulk: bool = False) -> int:
    """Index the current state of every queued object; remove what no longer exists."""
    unified = connection.get_unified_index()
    backend = connection.get_backend()
    batches, removed = [], []
    for model_name, pks in keys.items():
        model = apps.get_model("cables", model_name)
        try:
            index = unified.get_index(model)
        except NotHandled:
            continue
        ordered = sorted(pks)
        current = [
            obj
            for start in range(0, len(ordered), DELETE_CHUNK)
            for obj in index.index_queryset(using=using).filter(pk__in=ordered[start : start + DELETE_CHUNK])
        ]
        batches.append((index, current))
        removed += [f"cables.{model_name}.{pk}" for pk in pks - {obj.pk for obj in current}]
    if hasattr(backend, "replace"):  # the embedded engine: everything in one commit
        backend.replace(batches, removed, merge=not bulk)
    else:
        for index, current in batches:
            if current:
                backend.update(index, current)
        for identifier in removed:
            backend.remove(identifier)
    return sum(len(pks) for pks in keys.values())


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
        # Deleting an actor or a cable empties quotes' speaker or cable by one UPDATE,
        # which sends no signal: note the documents that show it while they still do.
        enqueue(affected_documents(instance))

    def handle_delete(self, sender, instance, **kwargs):
        enqueue(affected_documents(instance))
