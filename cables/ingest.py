"""Writing extracted reports and cables into the archive.

Natural keys: an article by the SHA-256 of its raw input (and by its file name when
that file changes), a cable by its reference ID, an actor by canonical name and kind
or any alias. Each file is written in one transaction: it loads whole or not at all.
"""
from __future__ import annotations

import functools
import hashlib
import html as html_lib
import logging
import os
import random
import re
import stat
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, IntegrityError, OperationalError, transaction
from simple_history.utils import bulk_create_with_history

from . import extraction
from .actors import ActorNames, upsert_actor
from .cable_batches import CableGroup, cable_groups
from .extraction import CableFound, ExtractionError, KnownActor, Report
from .extraction.actors import without_initial_stops
from .extraction.gazetteer import fold_accents
from .extraction.safety import remove_control_characters
from .linking import index_cable, link_article, link_cable, save_cable_actors, save_cable_addressees
from .models import Actor, Article, ArticleActor, Cable, CableLink, DatePrecision, LinkMethod, Quote, QuoteStatus
from .signals import batched_drains, collected_updates, enqueue

logger = logging.getLogger(__name__)

INGESTIBLE_SUFFIXES = {".txt", ".html", ".htm"}
# A file's transaction is run again when a concurrent writer wins a race on a unique
# key (two ingests of the same file, actor or cable) or PostgreSQL breaks a deadlock.
WRITE_ATTEMPTS = 5
CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"


@dataclass
class IngestResult:
    counts: dict[str, int] = field(default_factory=lambda: {CREATED: 0, UPDATED: 0, UNCHANGED: 0, FAILED: 0})
    errors: list[dict[str, str]] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)  # written, but a user should know
    reports: list[Report] = field(default_factory=list)
    cables: list[CableFound] = field(default_factory=list)

    def as_json(self) -> dict:
        """The stable shape `ingest --dry-run --format json` prints."""
        return {
            "articles": [r.as_json() for r in self.reports],
            "cables": [c.as_original() for c in self.cables],
            "errors": self.errors,
        }


def collect_files(paths: list[str | Path]) -> list[Path]:
    """Files to ingest: the files named, and the ingestible files inside folders, sorted."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INGESTIBLE_SUFFIXES))
        else:
            files.append(path)
    return files


class FileRefused(Exception):
    """A file ingest will not read: too large, or not a regular file."""


def _size(size: int) -> str:
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
             (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def read_file(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, refusing what is not a regular file (a FIFO would block the read
    for ever, a device never end) or is larger than `max_bytes`."""
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"not a regular file but {_kind(info.st_mode)}")
        limit_note = f"over the {_size(max_bytes)} limit (--max-mb or INGEST_MAX_MB raise it)"
        if info.st_size > max_bytes:
            raise FileRefused(f"the file is {_size(info.st_size)} ({info.st_size:,} bytes), {limit_note}")
        raw = file.read(max_bytes + 1)  # a file growing as it is read stops at the limit too
        if len(raw) > max_bytes:
            raise FileRefused(f"the file grew past {_size(max_bytes)} while being read, {limit_note}")
        return raw


def known_actors() -> list[KnownActor]:
    """What the archive has learned, curators' corrections included."""
    return [
        KnownActor(name=a.name, kind=a.kind, aliases=list(a.aliases), role=a.role)
        for a in Actor.objects.only("name", "kind", "aliases", "role")
    ]


_TOKEN = re.compile(r"\w+")
# Extraction also reads a capital letter inside a word as the start of one ("kWh").
_FROM_CAPITAL = re.compile(r"(?<=\w)[A-Z]\w*")


def _tokens(text: str) -> set[str]:
    text = remove_control_characters(text)
    text = text if text.isascii() else fold_accents(text)
    tokens = {*_TOKEN.findall(text.lower()), *(t.lower() for t in _FROM_CAPITAL.findall(text))}
    if "." in text:
        tokens.update(_TOKEN.findall(without_initial_stops(text).lower()))  # "U.S." is also "US"
    return tokens


class KnownActors:
    """The archive's actors, and for each report the few that can matter to it.

    Extraction is given every actor the archive knows, and seeding its name tables
    with all of them cost more per report than the rest of extraction once the
    archive held a few thousand actors. A report can only be changed by an actor whose
    names it prints: an organisation when every word of one of its names is there; a
    person when any word of one is (two people sharing a surname the report prints
    alone must both be seen, so that neither takes it; a known "Lu Kang" bears on a
    report naming another Lu). Places are always given: the gazetteer turns
    "UK" into "United Kingdom", a name the report never prints. Words are compared
    lowercased, without accents or control characters, a capital inside a word
    starting one too (extraction reads "Wh" in "kWh"), and a page's character
    references are read first, so a name extraction finds always has its words here.
    The relevant actors keep the archive's order, so extraction sees them exactly as
    it would among all of them.
    """

    def __init__(self, actors=()):
        self.actors: list[KnownActor] = []
        self._names: set[str] = set()
        self._places: list[int] = []
        self._by_word: dict[str, list[tuple[int, tuple[str, ...]]]] = {}  # first word -> (actor, every word)
        for actor in actors:
            self.add(actor)

    def __len__(self):
        return len(self.actors)

    def add(self, actor: KnownActor) -> None:
        number = len(self.actors)
        self.actors.append(actor)
        self._names.add(actor.name)
        if actor.kind == "place":
            self._places.append(number)
            return
        for name in (actor.name, *actor.aliases):
            if actor.kind == "person":
                for word in _tokens(name):
                    self._by_word.setdefault(word, []).append((number, ()))
            elif words := tuple(_TOKEN.findall(without_initial_stops(fold_accents(remove_control_characters(name))).lower())):
                self._by_word.setdefault(words[0], []).append((number, words))

    def learn(self, report: Report) -> None:
        """Later files in this run recognise what earlier ones named (no reload from the database)."""
        for actor in report.actors:
            if actor.name not in self._names and actor.kind != "place":
                self.add(KnownActor(name=actor.name, kind=actor.kind, aliases=list(actor.aliases), role=actor.role))

    def relevant(self, text: str) -> list[KnownActor]:
        """The known actors extraction needs for this text (see the class's docstring)."""
        words = _tokens(html_lib.unescape(text) if "&" in text else text)
        chosen = set(self._places)
        for word in words:
            for number, needed in self._by_word.get(word, ()):
                if number not in chosen and all(w in words for w in needed):
                    chosen.add(number)
        return [self.actors[n] for n in sorted(chosen)]


def ingest_paths(
    paths: list[str | Path],
    *,
    source: str | None = None,
    published: date | None = None,
    dry_run: bool = False,
    progress=None,
    index_every: int | None = None,
    max_bytes: int | None = None,
) -> IngestResult:
    """Ingest every file; a failing file is recorded and the others still load.

    `index_every`: index in a separate process after every so many files, while
    ingesting goes on (see batched_drains); by default, in this process at the end.
    `max_bytes`: larger files are refused (default: settings.INGEST_MAX_BYTES).
    """
    result = IngestResult()
    max_bytes = settings.INGEST_MAX_BYTES if max_bytes is None else max_bytes
    files = collect_files(paths)
    known = KnownActors(known_actors())
    # Cable files are committed in groups (see cable_batches), before the queued
    # documents are indexed at the end.
    with batched_drains(index_every) as batch, cable_groups() as group:
        for path in progress(files) if progress else files:
            _ingest_file(path, result, source, published, dry_run, known, max_bytes, group)
            group.written()
            batch.tick()
    return result


def _ingest_file(path, result, source, published, dry_run, known, max_bytes, group: CableGroup | None = None) -> None:
    """Ingest one file into result; a failure is recorded, never raised."""
    try:
        raw = read_file(path, max_bytes)
        text = extraction.read_text(raw)
        if extraction.is_cable(text):
            cable = extraction.parse_cable(text)
            result.cables.append(cable)
            if dry_run:
                outcome = UNCHANGED
            else:
                if group is not None:
                    group.open()
                saved = save_cable(cable, known.actors)
                outcome = saved.outcome
                if saved.kept:
                    result.notes.append({"file": str(path), "note": (
                        f"cable {cable.reference}: a new release; kept the curator's {', '.join(saved.kept)} "
                        "(the earlier versions are in its history)")})
        else:
            if group is not None:
                group.commit()  # a report is written in a transaction of its own, after the cables before it
            report = extraction.extract_report(
                text, str(path), source=source, published=published, known_actors=known.relevant(text)
            )
            if dry_run:  # kept for the JSON report only: a bulk ingest must not hold every body
                result.reports.append(report)
            outcome = UNCHANGED if dry_run else save_report(report, text, hashlib.sha256(raw).hexdigest())
            if outcome != UNCHANGED:
                known.learn(report)
    except OSError as error:
        result.errors.append({"file": str(path), "error": f"cannot read the file: {error.strerror or error}"})
        result.counts[FAILED] += 1
        return
    except (ExtractionError, FileRefused) as error:
        result.errors.append({"file": str(path), "error": str(error)})
        result.counts[FAILED] += 1
        return
    except DatabaseError as error:  # still conflicting after every retry: this file fails, the others load
        result.errors.append({"file": str(path), "error": f"database: {str(error).strip().splitlines()[0]}"})
        result.counts[FAILED] += 1
        return
    except Exception as error:
        # A fault of ours on one file's text (a bug in extraction) fails that file, with
        # nothing of it written (its transaction or savepoint rolled back), not the run.
        logger.exception("ingest of %s failed", path)
        result.errors.append({"file": str(path), "error": f"internal error while reading it ({type(error).__name__}); the file was not ingested and the error was logged"})
        result.counts[FAILED] += 1
        return
    if not dry_run:
        result.counts[outcome] += 1


def _one_transaction(function):
    """Run a file's writes in one transaction, again from the start if a concurrent
    writer won a race: the retry reads what that writer committed (READ COMMITTED)."""

    @functools.wraps(function)
    def run(*args, **kwargs):
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with transaction.atomic():
                    return function(*args, **kwargs)
            except (IntegrityError, OperationalError):
                if attempt == WRITE_ATTEMPTS - 1:
                    raise
                time.sleep(random.uniform(0.02, 0.1) * (attempt + 1))

    return run


def _cable_date(value: str | None) -> tuple[date | None, str]:
    if not value:
        return None, DatePrecision.DAY
    parts = [int(p) for p in value.split("-")]
    precision = {1: DatePrecision.YEAR, 2: DatePrecision.MONTH, 3: DatePrecision.DAY}[len(parts)]
    return date(*(parts + [1] * (3 - len(parts)))), precision


_CABLE_FIELDS = ("subject", "date", "date_precision", "released", "origin", "classification", "author", "signature", "tags", "text")


def _ingested_form(field: str, value):
    """How a field's value is remembered in Cable.ingested (JSON; the text by its hash)."""
    if field == "text":
        return hashlib.sha256(value.encode()).hexdigest()
    return value.isoformat() if isinstance(value, date) else value


def _keep_what_the_release_omits(cable: Cable, values: dict, ingested: dict) -> None:
    """A release that does not give a field (a .txt copy has no Released date, a page
    may lack tags) says nothing about it: the value an earlier file gave stays, and is
    remembered as ingested, so it is neither blanked nor taken for a curator's edit."""
    for key, value in list(values.items()):
        if value in (None, "", []) and cable.ingested.get(key) not in (None, "", []):
            del values[key]
            ingested[key] = cable.ingested[key]


@dataclass
class CableOutcome:
    outcome: str
    kept: list[str] = field(default_factory=list)  # fields a curator changed, left as they are


@_one_transaction
def save_cable(found: CableFound, known: list[KnownActor] | None = None) -> CableOutcome:
    """Create or update a cable from its original text, by reference ID.

    A later release of the same cable updates it as a new version (the earlier one
    stays in its history), except the fields a curator has changed since the last
    ingest: those are kept and reported, never overwritten.
    """
    with collected_updates():
        return _save_cable(found, known_actors() if known is None else known)


def _save_cable(found: CableFound, known: list[KnownActor]) -> CableOutcome:
    cable_date, precision = _cable_date(found.date)
    values = {
        "subject": (found.subject or "")[:300],
        "date": cable_date,
        "date_precision": precision,
        "released": date.fromisoformat(found.released) if found.released else None,
        "origin": (found.origin or "")[:200],
        "classification": (found.classification or "")[:40],
        "author": (found.author or "")[:200],
        "signature": (found.signature or "")[:200],
        "tags": found.tags,
        "text": found.text or "",
    }
    ingested = {k: _ingested_form(k, v) for k, v in values.items()}
    cable = Cable.objects.select_for_update().by_reference(found.reference).first()
    if cable is not None:
        _keep_what_the_release_omits(cable, values, ingested)
    if cable is not None and cable.ingested == ingested:
        return CableOutcome(UNCHANGED)  # the same file again, whatever curators did since
    edited: list[str] = []
    if cable is None:
        cable = Cable(reference=found.reference)
        outcome = CREATED
    else:
        # A cable first known from a report's printed reference gets its text here.
        outcome = CREATED if not cable.text else UPDATED
        if cable.ingested:
            # A field the last ingest did not record (added since) cannot have been edited since.
            edited = [k for k in _CABLE_FIELDS if k in cable.ingested and _ingested_form(k, getattr(cable, k)) != cable.ingested[k]]
    # Only the edits the new release disagrees with are worth telling the user about.
    kept = [k for k in edited if ingested[k] != cable.ingested.get(k)]
    for key, value in values.items():
        if key not in edited:
            setattr(cable, key, value)
    cable.ingested = ingested
    if outcome == UPDATED:
        cable._change_reason = "A new release of the cable" + (f"; kept the curator's {', '.join(kept)}" if kept else "")
    fresh = cable.pk is None  # nothing of it to replace in the index tables
    cable.save()
    paragraphs = cable.paragraphs()
    save_cable_actors(cable, known, paragraphs, fresh=fresh)
    save_cable_addressees(cable, fresh=fresh)
    link_cable(cable, index_cable(cable, paragraphs, fresh=fresh))
    return CableOutcome(outcome, kept)


def _link_mentioned_cables(article: Article, report: Report, *, new: bool) -> list[Cable]:
    """What the report says of the cables it reports on, kept as claims on the link.

    A printed reference names a cable; a description without one becomes this
    article's own placeholder cable until linking finds the original.
    """
    if not new:
        stub_ids = list(Cable.objects.filter(article_links__article=article, reference="", text="").values_list("pk", flat=True))
        CableLink.objects.filter(article=article).exclude(method=LinkMethod.CURATOR).delete()
        Cable.objects.filter(pk__in=stub_ids, article_links__isnull=True).delete()
    cables = []
    described = set()
    for found in report.cables:
        if not found.reference:
            # One placeholder per described cable, and only for a description that says
            # something (a date, a post, a classification): a bare "Cable" tells a reader
            # nothing and cannot be matched with the original when it arrives.
            key = (found.date, found.origin, found.classification)
            if key == (None, None, None) or key in described:
                continue
            described.add(key)
        claimed_date, precision = _cable_date(found.date)
        claims = {
            "claimed_date": claimed_date,
            "claimed_precision": precision,
            "claimed_origin": found.origin or "",
            "claimed_classification": found.classification or "",
        }
        if found.reference:
            cable, _ = Cable.objects.get_or_create(
                reference=found.reference,
                defaults={"date": claimed_date, "date_precision": precision, "origin": found.origin or "", "classification": found.classification or ""},
            )
            method = LinkMethod.PRINTED
        else:
            cable = Cable.objects.create(
                date=claimed_date, date_precision=precision, origin=found.origin or "", classification=found.classification or ""
            )
            method = LinkMethod.MENTION
        CableLink.objects.update_or_create(article=article, cable=cable, defaults={"method": method, **claims})
        cables.append(cable)
    return cables


def _save_actors(article: Article, report: Report, *, new: bool) -> dict[str, Actor]:
    if not new:
        ArticleActor.objects.filter(article=article).delete()
    by_name: dict[str, Actor] = {}
    mentions: dict[int, ArticleActor] = {}
    names = ActorNames([(name, found.kind) for found in report.actors for name in (found.name, *found.aliases)])
    for found in report.actors:
        actor = upsert_actor(found.name, found.kind, found.role, found.aliases, names)
        by_name[found.name] = actor
        # Several surface names can turn out to be one actor: their mentions add up.
        mention = mentions.setdefault(actor.pk, ArticleActor(article=article, actor=actor, mentions=0))
        mention.mentions += found.mentions
        mention.role = mention.role or found.role or ""
    # One insert; the article's own save has already queued its search document.
    ArticleActor.objects.bulk_create(mentions.values())
    return by_name


@_one_transaction
def save_report(report: Report, raw: str, content_hash: str) -> str:
    """Create or update one article with its actors, cables and quotes.

    Re-ingesting never discards a curator's work: verified, rejected or edited
    quotes stay as they are; only untouched extracted quotes are replaced.
    """
    with collected_updates():
        return _save_report(report, raw, content_hash)


def _save_report(report: Report, raw: str, content_hash: str) -> str:
    if Article.objects.filter(content_hash=content_hash).exists():
        return UNCHANGED
    values = {
        "title": report.title[:300],
        "publication": report.source or "",
        "url": report.url or "",
        "published": report.published,
        "byline": (report.byline or "")[:200],
        "place": (report.place or "")[:100],
        "body": report.body,
        "raw": raw,
        "content_hash": content_hash,
        "source_file": report.file,
    }
    article = Article.objects.select_for_update().filter(source_file=report.file).first() if report.file else None
    outcome = CREATED if article is None else UPDATED
    if article is None:
        article = Article.objects.create(**values)
    else:
        for key, value in values.items():
            setattr(article, key, value)
        article.save()

    # A new article has no mentions, links or quotes yet: nothing to read or replace.
    new = outcome == CREATED
    actors = _save_actors(article, report, new=new)
    cables = _link_mentioned_cables(article, report, new=new)
    single_cable = cables[0] if len(cables) == 1 else None

    curated = [] if new else [q for q in article.quotes.all() if q.status != QuoteStatus.EXTRACTED or q.is_edited]
    if not new:
        article.quotes.exclude(pk__in=[q.pk for q in curated]).delete()
    for quote in curated:
        # Keep the curated quote pointing at its words in the new body when they are still there.
        position = report.body.find(quote.extracted_text)
        if position >= 0 and (quote.start, quote.end) != (position, position + len(quote.extracted_text)):
            quote.start, quote.end = position, position + len(quote.extracted_text)
            quote.save(update_fields=["start", "end"])
    kept_texts = {q.extracted_text for q in curated}
    new_quotes = [
        Quote(
            article=article,
            text=found.text,
            extracted_text=found.text,
            start=found.start,
            end=found.end,
            speaker=actors.get(found.speaker) if found.speaker else None,
            cable=single_cable if found.from_cable else None,
            from_cable=found.from_cable,
            is_phrase=found.is_phrase,
        )
        for found in report.quotes
        if found.text not in kept_texts
    ]
    # One insert for the quotes and one for their first history rows; bulk inserts
    # send no signals, so their search documents are queued here.
    bulk_create_with_history(new_quotes, Quote)
    enqueue({("quote", q.pk) for q in new_quotes} | {("article", article.pk)})
    link_article(article)
    return outcome
