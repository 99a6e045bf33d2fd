"""Comparing the search index with the database, document by document.

Goes through Haystack's query API, so it works the same on Whoosh, Elasticsearch and
Solr: a document is *missing* when a row has none, *stale* when its stored text or
title differs from what the row would index now, *extra* when no row has it. Memory
stays bounded: stored documents are kept as digests and rows are read in chunks.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from haystack import connections
from haystack.query import SearchQuerySet

PAGE = 1000
logger = logging.getLogger(__name__)


@dataclass
class Drift:
    missing: list[tuple[str, int]] = field(default_factory=list)
    stale: list[tuple[str, int]] = field(default_factory=list)
    extra: list[tuple[str, int]] = field(default_factory=list)

    def __bool__(self):
        return bool(self.missing or self.stale or self.extra)


def _digest(fields) -> bytes:
    text = (fields.get("text") or "").strip()
    title = fields.get("title") or ""
    return hashlib.blake2b(f"{title}\x00{text}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _documents(model, using):
    """(pk, stored fields) of every document of a model, read in pages.

    Pages are ordered by id: in relevance order every document ties, and an engine
    may break ties differently from one page to the next (Whoosh does once the
    index has several segments), so a page-by-page walk would skip some.
    """
    backend = connections[using].get_backend()
    if hasattr(backend, "stored_documents"):  # the embedded engine reads them straight off
        for fields in backend.stored_documents(model):
            yield int(fields["django_id"]), fields
        return
    results = SearchQuerySet(using=using).models(model).order_by("django_id")
    total = results.count()
    for start in range(0, total, PAGE):
        for result in results[start : start + PAGE]:
            yield int(result.pk), {"text": getattr(result, "text", ""), "title": getattr(result, "title", "")}


def _fresh_digest(index, obj) -> bytes | None:
    try:
        return _digest(index.full_prepare(obj))
    except Exception:  # a document that cannot be prepared cannot match what is stored
        logger.exception("cannot prepare the search document of %s %s", obj._meta.model_name, obj.pk)
        return None


def find_drift(using: str = "default") -> Drift:
    from .signals import LEAN

    drift = Drift()
    unified = connections[using].get_unified_index()
    for model in unified.get_indexed_models():
        index = unified.get_index(model)
        name = model._meta.model_name
        stored = {pk: _digest(fields) for pk, fields in _documents(model, using)}
        rows = index.index_queryset(using=using)
        if LEAN.get(name):
            rows = rows.defer(*LEAN[name])
        for obj in rows.order_by("pk").iterator(chunk_size=PAGE):
            digest = stored.pop(obj.pk, None)
            if digest is None:
                drift.missing.append((name, obj.pk))
            elif digest != _fresh_digest(index, obj):
                drift.stale.append((name, obj.pk))
        drift.extra.extend((name, pk) for pk in stored)
    return drift


def repair(drift: Drift, using: str = "default"):
    """Queue every differing document and drain: the index writer's own path and lock."""
    from django.db import transaction

    from .models import PendingIndexUpdate
    from .signals import drain

    keys = sorted(set(drift.missing + drift.stale + drift.extra))
    with transaction.atomic(using=using):
        PendingIndexUpdate.objects.bulk_create([PendingIndexUpdate(model_name=m, object_pk=pk) for m, pk in keys], batch_size=900)
    return drain(using)
