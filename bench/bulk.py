"""Load a folder of reports into an empty archive fast, to measure search on it.

`manage.py ingest` is the per-report path (one transaction per file, actors matched
against the archive as it grows, index updates queued and drained): its speed is
measured on its own. A search benchmark at 100,000 articles needs the archive, not
the wait, so this loads it in bulk: reports are extracted by the project's own
extraction on every core, rows are written with one insert per table and batch,
actors are matched by exact name within the run only, and the search index is
written by one Whoosh writer with the project's own search documents (each index's
`full_prepare`), committed once. The archive it makes has the same tables and the
same search documents as an ingest would make, short of later reports' names
teaching earlier ones (which changes which actors a report names, not how fast
search is).

    DJANGO_SETTINGS_MODULE=archive.settings python bench/bulk.py CORPUS [--workers 2]

Run with an empty database and index (VAR_DIR, DATABASE_URL and SEARCH_URL in the
environment, as bench/run.py sets them).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils.text import slugify  # noqa: E402
from haystack import connections  # noqa: E402

from cables import extraction  # noqa: E402
from cables.ingest import _cable_date, collect_files  # noqa: E402
from cables.models import Actor, Article, ArticleActor, Cable, CableLink, LinkMethod, Quote  # noqa: E402
from cables.search_backend import WRITER_CODEC, WRITER_LIMIT_MB  # noqa: E402

BATCH = 500  # reports per database transaction
INDEX_CHUNK = 500  # objects read from the database at a time while indexing
COMMIT_EVERY = 50_000  # search documents per index commit (what a resumed run does not write again)


def _extract(path: Path):
    raw = path.read_bytes()
    try:
        text = extraction.read_text(raw)
        if extraction.is_cable(text):
            return path, None, None, None
        report = extraction.extract_report(text, str(path))
    except Exception as error:  # noqa: BLE001 - a report extraction cannot read is counted, not fatal
        return path, None, None, repr(error)
    return path, text, hashlib.sha256(raw).hexdigest(), report


class _Slugs:
    """Free slugs, kept in memory: one table scan, not one query per row."""

    def __init__(self, model):
        self.taken = set(model.objects.values_list("slug", flat=True))

    def __call__(self, text: str) -> str:
        base = slugify(text)[:80].strip("-") or "item"
        slug, n = base, 2
        while slug in self.taken:
            slug, n = f"{base[:76]}-{n}", n + 1
        self.taken.add(slug)
        return slug


class _Loader:
    def __init__(self):
        self.actors: dict[tuple[str, str], Actor] = {(a.name, a.kind): a for a in Actor.objects.all()}
        self.cables: dict[str, Cable] = {c.reference: c for c in Cable.objects.exclude(reference="")}
        self.article_slugs, self.actor_slugs = _Slugs(Article), _Slugs(Actor)
        self.hashes = set(Article.objects.values_list("content_hash", flat=True))
        self.failed: list[tuple[Path, str]] = []

    @transaction.atomic
    def write(self, batch) -> int:
        self.failed += [(path, error) for path, text, _, error in batch if text is None and error]
        batch = [item for item in batch if item[1] is not None and item[2] not in self.hashes]
        self.hashes.update(item[2] for item in batch)
        articles = [
            Article(
                title=r.title[:300], slug=self.article_slugs(r.title[:300]), publication=r.source or "", url=r.url or "",
                published=r.published, byline=(r.byline or "")[:200], place=(r.place or "")[:100], body=r.body,
                raw=text, content_hash=digest, source_file=r.file,
            )
            for _, text, digest, r in batch
        ]
        Article.objects.bulk_create(articles)
        new_actors = []
        for _, _, _, report in batch:
            for found in report.actors:
                key = (found.name, found.kind)
                if key not in self.actors:
                    actor = Actor(name=found.name, kind=found.kind, role=found.role or "", slug=self.actor_slugs(found.name),
                                  aliases=[a for a in found.aliases if a != found.name])
                    self.actors[key] = actor
                    new_actors.append(actor)
        Actor.objects.bulk_create(new_actors)
        mentions, links, quotes, new_cables = [], [], [], []
        for article, (_, _, _, report) in zip(articles, batch):
            by_name, seen = {}, {}
            for found in report.actors:
                actor = self.actors[(found.name, found.kind)]
                by_name[found.name] = actor
                mention = seen.setdefault(actor.pk, ArticleActor(article=article, actor=actor, mentions=0))
                mention.mentions += found.mentions
                mention.role = mention.role or found.role or ""
            mentions += seen.values()
            cables = []
            for found in report.cables:
                if not found.reference or found.reference in {c.reference for c in cables}:
                    continue
                claimed_date, precision = _cable_date(found.date)
                cable = self.cables.get(found.reference)
                if cable is None:
                    cable = self.cables[found.reference] = Cable(
                        reference=found.reference, date=claimed_date, date_precision=precision,
                        origin=found.origin or "", classification=found.classification or "")
                    new_cables.append(cable)
                cables.append(cable)
                links.append(CableLink(article=article, cable=cable, method=LinkMethod.PRINTED, claimed_date=claimed_date,
                                       claimed_precision=precision, claimed_origin=found.origin or "",
                                       claimed_classification=found.classification or ""))
            single = cables[0] if len(cables) == 1 else None
            quotes += [
                Quote(article=article, text=q.text, extracted_text=q.text, start=q.start, end=q.end,
                      speaker=by_name.get(q.speaker) if q.speaker else None, cable=single if q.from_cable else None,
                      from_cable=q.from_cable, is_phrase=q.is_phrase)
                for q in report.quotes
            ]
        Cable.objects.bulk_create(new_cables)
        for link in links:
            link.cable_id = link.cable.pk
        for quote in quotes:
            quote.cable_id = quote.cable.pk if quote.cable else None
        ArticleActor.objects.bulk_create(mentions)
        CableLink.objects.bulk_create(links)
        Quote.objects.bulk_create(quotes, batch_size=500)
        return len(articles)


def load(folder: Path, workers: int = 2) -> int:
    files = [p for p in collect_files([folder]) if p.suffix.lower() in {".txt", ".html", ".htm"}]
    # A load that was stopped goes on: the reports it wrote are not extracted again.
    loaded = set(Article.objects.values_list("source_file", flat=True))
    files = [p for p in files if str(p) not in loaded]
    loader, batch, written = _Loader(), [], 0
    with get_context("fork").Pool(workers) as pool:
        for item in pool.imap(_extract, files, chunksize=20):
            batch.append(item)
            if len(batch) >= BATCH:
                written += loader.write(batch)
                batch = []
        if batch:
            written += loader.write(batch)
    for path, error in loader.failed:
        print(f"{path}: extraction failed: {error}", file=sys.stderr)
    return written


def _remember_missing_columns() -> None:
    """Whoosh looks for a length column on disk once per posting of a field that has
    none (an id, a keyword) while it writes a segment: a stat call per posting, a
    sixth of the time of a large commit. The answer cannot change within a segment."""
    from whoosh.codec.whoosh3 import W3PerDocReader

    if getattr(W3PerDocReader, "_remembers_columns", False):
        return
    has_column = W3PerDocReader.has_column

    def remembered(self, fieldname):
        known = self.__dict__.setdefault("_known_columns", {})
        if fieldname not in known:
            known[fieldname] = has_column(self, fieldname)
        return known[fieldname]

    W3PerDocReader.has_column = remembered
    W3PerDocReader._remembers_columns = True


class Progress:
    """What an interrupted bulk load had finished, kept in a JSON file beside the index.

    A 100,000-report archive takes hours to index on two cores, longer than a working
    session: the index is committed in chunks and a later run goes on from the last
    committed document instead of starting again.
    """

    def __init__(self, path: Path):
        self.path = path
        saved = json.loads(path.read_text()) if path.exists() else {}
        self.loaded: bool = saved.get("loaded", False)
        self.last: dict[str, int] = saved.get("last", {})  # model label -> last indexed pk
        self.documents: int = saved.get("documents", 0)
        self.seconds: float = saved.get("seconds", 0.0)  # working time of every run so far
        self.runs: int = saved.get("runs", 0) + 1
        self.started = time.perf_counter()

    def save(self) -> None:
        now = time.perf_counter()
        self.seconds, self.started = self.seconds + now - self.started, now
        state = {"loaded": self.loaded, "last": self.last, "documents": self.documents, "seconds": self.seconds, "runs": self.runs}
        partial = self.path.with_suffix(".partial")
        partial.write_text(json.dumps(state))
        partial.replace(self.path)


def build_index(using: str = "default", procs: int = 1, progress: Progress | None = None) -> int:
    """Every search document of every model, written by one writer, committed every
    COMMIT_EVERY documents; with `progress`, going on from where an earlier run stopped."""
    _remember_missing_columns()
    backend = connections[using].get_backend()
    unified = connections[using].get_unified_index()
    if progress is None or not progress.last:
        backend.clear()  # an index not built by this run (or by the one it resumes) is started again
    backend.setup()

    def new_writer():
        # Written as the archive's own writes are (uncompressed postings, see search_backend).
        return backend.index.writer(limitmb=WRITER_LIMIT_MB, codec=WRITER_CODEC, procs=procs, multisegment=procs > 1)

    writer, pending = new_writer(), 0
    # A run killed between a commit and saving its progress wrote documents the next
    # run writes again: until its first commit, a resumed run replaces, never adds.
    replace = bool(progress and progress.last)
    count = 0
    try:
        for model in sorted(unified.get_indexed_models(), key=lambda m: m._meta.label):
            label = model._meta.label
            index = unified.get_index(model)
            queryset = index.index_queryset(using=using).order_by("pk")
            last = progress.last.get(label, 0) if progress else 0
            while True:
                objs = list(queryset.filter(pk__gt=last)[:INDEX_CHUNK])
                if not objs:
                    break
                last = objs[-1].pk
                for obj in objs:
                    doc = index.full_prepare(obj)
                    fields = {k: backend._from_python(v) for k, v in doc.items() if k != "boost"}
                    (writer.update_document if replace else writer.add_document)(**fields)
                    count += 1
                pending += len(objs)
                if progress:
                    progress.last[label] = last
                if pending >= COMMIT_EVERY:
                    writer.commit()
                    writer, pending, replace = new_writer(), 0, False
                    if progress:
                        progress.documents += count
                        count = 0
                        progress.save()
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    writer.commit()
    if progress:
        progress.documents += count
        progress.save()
        return progress.documents
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--index-procs", type=int, default=1, help="Whoosh writer processes")
    parser.add_argument("--progress", type=Path, help="resume from and record progress in this file "
                        "(default: bulk-progress.json in VAR_DIR)")
    options = parser.parse_args()
    from django.conf import settings

    progress = Progress(options.progress or Path(settings.VAR_DIR) / "bulk-progress.json")
    if not progress.loaded:
        # Loading skips the reports already loaded (by content), so a killed load goes on too.
        load(options.corpus, options.workers)
        progress.loaded = True
        progress.save()
    documents = build_index(procs=options.index_procs, progress=progress)
    print(f"{Article.objects.count()} articles, {documents} search documents; {progress.seconds:.0f} s over {progress.runs} run(s)")


if __name__ == "__main__":
    main()
