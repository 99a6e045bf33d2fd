"""Keeping the search index in step with the database.

Changes are collected during a transaction and applied once it commits, so a
rolled-back ingest never leaves a document behind, and each changed object also
refreshes the documents that show it (a quote's article and speaker).
"""
from __future__ import annotations

import logging
import threading

from django.apps import apps
from django.db import models, transaction
from haystack.exceptions import NotHandled
from haystack.signals import BaseSignalProcessor

logger = logging.getLogger(__name__)
WATCHED = ("Article", "Quote", "Actor", "Cable", "ArticleActor", "CableLink", "CableActor")
_pending = threading.local()


def affected_documents(instance) -> set[tuple[str, int]]:
    """(model name, pk) of every search document that shows this instance."""
    from .models import Actor, Article, ArticleActor, Cable, CableActor, CableLink, Quote

    keys = set()
    if isinstance(instance, (Article, Quote, Actor, Cable)):
        keys.add((instance._meta.model_name, instance.pk))
    if isinstance(instance, Quote):
        keys.add(("article", instance.article_id))
        if instance.speaker_id:
            keys.add(("actor", instance.speaker_id))
    if isinstance(instance, Actor) and instance.pk:
        keys.update(("quote", pk) for pk in Quote.objects.filter(speaker_id=instance.pk).values_list("pk", flat=True))
        keys.update(("article", pk) for pk in ArticleActor.objects.filter(actor_id=instance.pk).values_list("article_id", flat=True))
    if isinstance(instance, ArticleActor):
        keys.update({("article", instance.article_id), ("actor", instance.actor_id)})
    if isinstance(instance, CableLink):
        keys.update({("article", instance.article_id), ("cable", instance.cable_id)})
    if isinstance(instance, CableActor):
        keys.update({("cable", instance.cable_id), ("actor", instance.actor_id)})
    return keys


class ArchiveSignalProcessor(BaseSignalProcessor):
    def setup(self):
        for name in WATCHED:
            model = apps.get_model("cables", name)
            models.signals.post_save.connect(self.handle_save, sender=model)
            models.signals.post_delete.connect(self.handle_delete, sender=model)

    def teardown(self):
        for name in WATCHED:
            model = apps.get_model("cables", name)
            models.signals.post_save.disconnect(self.handle_save, sender=model)
            models.signals.post_delete.disconnect(self.handle_delete, sender=model)

    def handle_save(self, sender, instance, **kwargs):
        self._enqueue(affected_documents(instance))

    def handle_delete(self, sender, instance, **kwargs):
        self._enqueue(affected_documents(instance))

    def _enqueue(self, keys):
        keys = {k for k in keys if k[1] is not None}
        connection = transaction.get_connection()
        if any(callback == self.flush for _, callback, *_ in connection.run_on_commit):
            _pending.keys |= keys
        else:
            # No flush is waiting: whatever is left over belonged to a transaction
            # that rolled back, and must not be indexed.
            _pending.keys = keys
            transaction.on_commit(self.flush)

    def flush(self):
        keys, _pending.keys = getattr(_pending, "keys", set()), set()
        by_model: dict[str, set[int]] = {}
        for model_name, pk in keys:
            by_model.setdefault(model_name, set()).add(pk)
        for model_name, pks in by_model.items():
            model = apps.get_model("cables", model_name)
            for using in self.connection_router.for_write(instance=None):
                try:
                    index = self.connections[using].get_unified_index().get_index(model)
                except NotHandled:
                    continue
                backend = self.connections[using].get_backend()
                existing = list(index.index_queryset(using=using).filter(pk__in=pks))
                if existing:
                    backend.update(index, existing)
                for pk in pks - {obj.pk for obj in existing}:
                    backend.remove(f"cables.{model_name}.{pk}")
