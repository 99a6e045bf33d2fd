"""Comparing the search index with the database, document by document.

Goes through Haystack's query API, so it works the same on Whoosh, Elasticsearch and
Solr: a document is *missing* when a row has none, *stale* when its stored text or
title differs from what the row would index now, *extra* when no row has it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from haystack import connections
from haystack.query import SearchQuerySet

PAGE = 1000


@dataclass
class Drift:
    missing: list[tuple[str, int]] = field(default_factory=list)
    stale: list[tuple[str, int]] = field(default_factory=list)
    extra: list[tuple[str, int]] = field(default_factory=list)

    def __bool__(self):
        return bool(self.missing or self.stale or self.extra)


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


def find_drift(using: str = "default") -> Drift:
    drift = Drift()
    unified = connections[using].get_unified_index()
    for model in unified.get_indexed_models():
        index = unified.get_index(model)
        name = model._meta.model_name
        stored = dict(_documents(model, using))
        for obj in index.index_queryset(using=using).iterator(chunk_size=PAGE):
            doc = stored.pop(obj.pk, None)
            if doc is None:
                drift.missing.append((name, obj.pk))
                continue
            fresh = index.full_prepare(obj)
            if (doc.get("text") or "").strip() != (fresh.get("text") or "").strip() or (doc.get("title") or "") != (fresh.get("title") or ""):
                drift.stale.append((name, obj.pk))
        drift.extra.extend((name, pk) for pk in stored)
    return drift


def repair(drift: Drift, using: str = "default") -> None:
    from django.apps import apps

    backend = connections[using].get_backend()
    unified = connections[using].get_unified_index()
    by_model: dict[str, list[int]] = {}
    for name, pk in drift.missing + drift.stale:
        by_model.setdefault(name, []).append(pk)
    for name, pks in by_model.items():
        model = apps.get_model("cables", name)
        backend.update(unified.get_index(model), list(model.objects.filter(pk__in=pks)))
    for name, pk in drift.extra:
        backend.remove(f"cables.{name}.{pk}")
