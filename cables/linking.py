"""Linking reports to the cables they report on, and aligning their quotes to the cable text.

A report is linked to a cable by a printed reference, else by its quotes being found
in the cable's text, else a link is proposed by date and origin for a curator to
confirm. Linking runs from either side (after a report is saved, and after a cable
is saved), so the archive is the same whichever arrives first.

Quotes are found among all the cables held through a shingle index kept in the
database (CableShingle, QuoteShingle; see extraction/shingles.py), never by reading
cable texts: a quote of MIN_WORDS words or more found verbatim or close in a cable
links its report to that cable, whatever the report says of the cable, and a report
may be linked to several. Shorter quotes are aligned only within cables a report is
already linked to.
"""
from __future__ import annotations

import calendar
import re
import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from contextlib import contextmanager
from datetime import date, timedelta
from difflib import SequenceMatcher

from django.db import connection
from django.db.models import Q

from .actors import upsert_actor
from .extraction import shingles as sh
from .extraction.align import CLOSE, NONE, VERBATIM, align
from .extraction.cables import cable_addressees, cable_author_and_role, office_key
from .models import (
    Actor,
    ActorKind,
    Article,
    Cable,
    CableActor,
    CableAddressee,
    CableLink,
    CableShingle,
    DatePrecision,
    LinkMethod,
    Quote,
    QuoteShingle,
    QuoteStatus,
)

# Evidence that a report quotes this cable: one verbatim quote of a few words, or two
# long quotes that are close. Short phrases ("pound") occur in any long text.
VERBATIM_MIN_WORDS = 4
CLOSE_MIN_WORDS = 5
CLOSE_MIN_SCORE = 0.8
# A cable is written during or shortly after what the report says it describes.
DAYS_BEFORE, DAYS_AFTER = 31, 62
# Found through the index: a quote this long, verbatim or this close, is from the cable.
FOUND_MIN_WORDS = sh.MIN_WORDS
FOUND_MIN_SCORE = 0.8
# Candidates per quote worth checking, and cables per report or reports per cable.
CANDIDATES_PER_QUOTE = 3
MAX_CANDIDATES = 6
# A shingle held by more cables than this says nothing about which one a quote is
# from ("the ambassador said that"): it is not looked up, and a quote sharing only such
# shingles with a cable is not found in it.
MAX_POSTING = 50
# Cables a description could be, checked for a report's short quotes (nearest first).
MAX_DESCRIBED = 25
# Shorter quotes than FOUND_MIN_WORDS, aligned within a linked cable when verbatim.
SHORT_MIN_WORDS = 3
SQL_CHUNK = 900  # SQLite's older limit on query parameters is 999


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _period(claimed: date, precision: str) -> tuple[date, date]:
    if precision == DatePrecision.YEAR:
        return date(claimed.year, 1, 1), date(claimed.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return claimed.replace(day=1), claimed.replace(day=calendar.monthrange(claimed.year, claimed.month)[1])
    return claimed, claimed


def _compatible(link: CableLink, cable: Cable) -> bool:
    """Nothing the report says of the cable contradicts this cable."""
    if link.claimed_date and cable.date:
        first, last = _period(link.claimed_date, link.claimed_precision)
        if not (first - timedelta(days=DAYS_BEFORE) <= cable.date <= last + timedelta(days=DAYS_AFTER)):
            return False
    if link.claimed_origin and cable.origin and link.claimed_origin.split()[-1].lower() not in cable.origin.lower():
        return False
    if link.claimed_classification and cable.classification and link.claimed_classification.lower() != cable.classification.lower():
        return False
    return True


def _claims_filter(link: CableLink) -> Q | None:
    """Cables a report's description could be (by date, then origin)."""
    if not link.claimed_date:
        return None
    first, last = _period(link.claimed_date, link.claimed_precision)
    condition = Q(date__gte=first - timedelta(days=DAYS_BEFORE), date__lte=last + timedelta(days=DAYS_AFTER))
    if link.claimed_origin:
        condition &= Q(origin__icontains=link.claimed_origin.split()[-1])
    return condition


def _chunks(values, size=SQL_CHUNK):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- The shingle index ------------------------------------------------------------------
# Rows are written and read with plain SQL (portable: two integer columns): a cable has
# hundreds of fingerprints, and building model instances for them was most of the cost
# of loading a cable.

def _insert_shingles(model, owner_column: str, rows) -> None:
    rows = list(rows)
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {model._meta.db_table} (hash, {owner_column}) VALUES (%s, %s)", rows)


def _posting_counts(cursor, table: str, chunk: list[int]) -> list[tuple[int, int]]:
    """(hash, rows holding it) for the hashes of `chunk` held at all, each counted only up
    to MAX_POSTING + 1: a stock phrase's shingle is in a large share of a quarter of a
    million cables, and counting all its rows was most of a check's time."""
    rows = ", ".join(["(%s)"] * len(chunk))
    cursor.execute(
        f"WITH wanted (wanted_hash) AS (VALUES {rows}) SELECT wanted_hash, "
        f"(SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE hash = wanted.wanted_hash LIMIT {MAX_POSTING + 1}) AS capped) FROM wanted",
        chunk,
    )
    return [(value, count) for value, count in cursor.fetchall() if count]


def _lookup_shingles(model, owner_column: str, hashes, common: set[int] | None = None) -> list[tuple[int, int]]:
    """(hash, owner pk) of every row holding one of these hashes, except the hashes held
    by more than MAX_POSTING rows (counted in the index first, never fetched; added to
    `common` when given)."""
    found = []
    table = model._meta.db_table
    with connection.cursor() as cursor:
        for chunk in _chunks(hashes):
            counts = _posting_counts(cursor, table, chunk)
            specific = [value for value, count in counts if count <= MAX_POSTING]
            if common is not None:
                common.update(value for value, count in counts if count > MAX_POSTING)
            if specific:
                marks = ", ".join(["%s"] * len(specific))
                cursor.execute(f"SELECT hash, {owner_column} FROM {table} WHERE hash IN ({marks})", specific)
                found += cursor.fetchall()
    return found


def index_cable(cable: Cable, paragraphs=None, *, fresh: bool = False) -> list[int]:
    """Keep the cable's fingerprints in step with its text; returns all its shingles
    (`fresh`: a cable just created, with no fingerprints yet)."""
    if not fresh:
        CableShingle.objects.filter(cable=cable).delete()
    if not cable.text:
        return []
    folded = sh.words(_prose_of(paragraphs if paragraphs is not None else cable.paragraphs()))
    values = sh.shingles(folded)
    _insert_shingles(CableShingle, "cable_id", ((h, cable.pk) for h in sorted(sh.fingerprints(folded, values))))
    return values


def _prose_of(paragraphs) -> str:
    return "\n".join(p.text for p in paragraphs if p.key != "header")


def _long_enough(quote: Quote) -> bool:
    return not quote.is_phrase and quote.status != QuoteStatus.REJECTED and len(sh.words(quote.text)) >= FOUND_MIN_WORDS


def index_quotes(article: Article, quotes: list[Quote]) -> None:
    """Keep the fingerprints of the report's long quotes in step with their words."""
    QuoteShingle.objects.filter(quote__article=article).delete()
    _insert_shingles(QuoteShingle, "quote_id", ((h, q.pk) for q in quotes if _long_enough(q) for h in sh.fingerprints(sh.words(q.text))))


class _CableWords:
    """A candidate cable's folded words, read once per check (the whole text: splitting it
    into paragraphs is left to alignment, once a link is made)."""

    def __init__(self, cable: Cable) -> None:
        self.cable = cable
        self.words = sh.words(cable.text)
        self.joined = " " + " ".join(self.words) + " "
        self.starts, at = [], 1
        for word in self.words:  # where each word starts in `joined`
            self.starts.append(at)
            at += len(word) + 1

    def _positions(self, phrase: str, limit: int = 5) -> list[int]:
        found, at = [], self.joined.find(f" {phrase} ")
        while at >= 0 and len(found) < limit:
            found.append(bisect_left(self.starts, at + 1))
            at = self.joined.find(f" {phrase} ", at + 1)
        return found

    def score(self, quote_words: list[str], quote_shingles: list[int], common: set[int]) -> float:
        """How close the quote is to its best passage in the cable (1.0 word for word), or 0
        unless it shares with the cable a run of FOUND_MIN_WORDS words that few cables hold:
        a stock phrase ("according to the ministry of foreign affairs") is in too many
        cables to say which one a quote is from. A run's fingerprint is kept by every
        cable holding the run, so its count (not in `common`) bounds theirs."""
        positions = [self._positions(" ".join(quote_words[j : j + sh.SHINGLE])) for j in range(len(quote_shingles))]
        runs = sh.window_fingerprints(quote_words, quote_shingles, [bool(p) for p in positions])
        if not any(value not in common for value in runs):
            return 0.0
        if " " + " ".join(quote_words) + " " in self.joined:
            return 1.0
        # The passage: where most shared shingles say the quote starts.
        starts = Counter(p - j for j, found in enumerate(positions) for p in found)
        start = starts.most_common(1)[0][0]
        window = self.words[max(0, start - 3) : start + len(quote_words) + 3]
        blocks = [b for b in SequenceMatcher(None, window, quote_words, autojunk=False).get_matching_blocks() if b.size]
        if not blocks:
            return 0.0
        passage = window[blocks[0].a : blocks[-1].a + blocks[-1].size]
        return SequenceMatcher(None, passage, quote_words, autojunk=False).ratio()


def _found(pairs, quotes: dict[int, Quote], cables: dict[int, _CableWords], common: set[int]) -> dict[int, set[int]]:
    """cable pk → pks of quotes found verbatim or close in it, from (quote, cable) → shared fingerprints."""
    found: dict[int, set[int]] = defaultdict(set)
    for (quote_pk, cable_pk), _ in pairs.items():
        quote, cable = quotes[quote_pk], cables.get(cable_pk)
        if cable is None:
            continue
        folded = sh.words(quote.text)
        if cable.score(folded, sh.shingles(folded), common) >= FOUND_MIN_SCORE:
            found[cable_pk].add(quote_pk)
    return found


def _best_pairs(hits: dict[int, Counter]) -> dict[tuple[int, int], int]:
    """The most promising cables for each quote, and at most MAX_CANDIDATES cables in all."""
    pairs = {(q, c): n for q, counter in hits.items() for c, n in counter.most_common(CANDIDATES_PER_QUOTE)}
    totals = Counter()
    for (_, c), n in pairs.items():
        totals[c] += n
    keep = {c for c, _ in totals.most_common(MAX_CANDIDATES)}
    return {pair: n for pair, n in pairs.items() if pair[1] in keep}


def _common_cable_shingles(hashes) -> set[int]:
    """Which of these shingles are held by more than MAX_POSTING cables."""
    common: set[int] = set()
    with connection.cursor() as cursor:
        for chunk in _chunks(hashes):
            common.update(value for value, count in _posting_counts(cursor, CableShingle._meta.db_table, chunk) if count > MAX_POSTING)
    return common


def cables_quoted(quotes: list[Quote]) -> dict[int, set[int]]:
    """cable pk → pks of the quotes (of MIN_WORDS words or more) found in it, among all
    the cables held: shingles looked up in the index, then the few candidates checked."""
    # A run of MIN_WORDS words shared with a cable has the same lowest-ranked shingle on
    # both sides, and the cable keeps it: the quote's own fingerprints are all to look up.
    shingles_of = {}
    for quote in quotes:
        if _long_enough(quote):
            shingles_of[quote.pk] = sh.fingerprints(sh.words(quote.text))
    wanted = set().union(*shingles_of.values()) if shingles_of else set()
    postings: dict[int, list[int]] = defaultdict(list)
    common: set[int] = set()
    for value, cable_pk in _lookup_shingles(CableShingle, "cable_id", wanted, common):
        postings[value].append(cable_pk)
    hits = {pk: Counter(c for value in values for c in postings.get(value, ())) for pk, values in shingles_of.items()}
    pairs = _best_pairs({pk: counter for pk, counter in hits.items() if counter})
    if not pairs:
        return {}
    cables = {c.pk: _CableWords(c) for c in Cable.objects.filter(pk__in={c for _, c in pairs}).exclude(text="").only("pk", "text")}
    return _found(pairs, {q.pk: q for q in quotes}, cables, common)


# While many cables load in one transaction (see cable_batches), the hashes the quote
# index holds are read once and each cable's shingles are filtered in memory: most of
# a cable's thousand shingles are in no quote, and asking the database about each was
# a third of a cable's load. Only cables are written meanwhile, so the set stays exact;
# a quote index larger than this is asked as before.
QUOTE_HASHES_IN_MEMORY = 2_000_000
_quote_hashes = threading.local()


@contextmanager
def quote_hashes_held():
    """For a run of cable saves in one transaction that writes no quotes."""
    _quote_hashes.active, _quote_hashes.values = True, None
    try:
        yield
    finally:
        _quote_hashes.active, _quote_hashes.values = False, None


def _known_quote_hashes() -> set[int] | None:
    """Every hash in the quote index, while held (None: ask the database)."""
    if not getattr(_quote_hashes, "active", False):
        return None
    if _quote_hashes.values is None:
        table = QuoteShingle._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT MAX(id) FROM {table}")
            if (cursor.fetchone()[0] or 0) > QUOTE_HASHES_IN_MEMORY:
                _quote_hashes.active = False
                return None
            cursor.execute(f"SELECT DISTINCT hash FROM {table}")
            _quote_hashes.values = {row[0] for row in cursor.fetchall()}
    return _quote_hashes.values


def quotes_quoting(cable: Cable, values: list[int]) -> dict[int, set[int]]:
    """article pk → pks of its long quotes found in this cable (the other direction);
    `values`: the cable's shingles."""
    wanted = set(values)
    known = _known_quote_hashes()
    if known is not None:
        wanted &= known
    hits: dict[int, Counter] = defaultdict(Counter)
    for _, quote_pk in _lookup_shingles(QuoteShingle, "quote_id", wanted):
        hits[quote_pk][cable.pk] += 1

    if not hits:
        return {}
    quotes = {q.pk: q for q in Quote.objects.filter(pk__in=list(hits)).exclude(status=QuoteStatus.REJECTED)}
    pairs = {(q, cable.pk): n for q, counter in hits.items() for n in counter.values() if q in quotes}
    quote_shingles = {h for q in quotes.values() for h in sh.shingles(sh.words(q.text))}
    common = _common_cable_shingles(quote_shingles)
    found = _found(pairs, quotes, {cable.pk: _CableWords(cable)}, common).get(cable.pk, set())
    by_article: dict[int, set[int]] = defaultdict(set)
    for pk in found:
        by_article[quotes[pk].article_id].add(pk)
    return by_article


# --- Linking ----------------------------------------------------------------------------

def link_article(article: Article) -> None:
    """Link one report to every cable it prints, quotes, or describes closely enough to check."""
    quotes = list(article.quotes.exclude(status=QuoteStatus.REJECTED))
    index_quotes(article, quotes)
    found = cables_quoted(quotes)
    links = list(article.cable_links.select_related("cable"))
    condition = Q(pk__in=[link.cable_id for link in links if link.cable.reference]) | Q(pk__in=list(found))
    described = Q()
    for link in links:
        if claims := _claims_filter(link):
            described |= claims
    cables = list(Cable.objects.exclude(text="").filter(condition))
    if described:
        # A description without a reference: the nearest few cables it fits, checked for its short quotes.
        seen = {c.pk for c in cables}
        cables += [c for c in Cable.objects.exclude(text="").filter(described).order_by("-date")[:MAX_DESCRIBED] if c.pk not in seen]
    for cable in sorted(cables, key=lambda c: c.pk):
        try_link(article, cable, found.get(cable.pk, set()))


def link_cable(cable: Cable, values: list[int] | None = None) -> None:
    """Link every report that prints, quotes or describes this cable, once its text is known
    (`values`: its shingles, when already computed)."""
    if not cable.text:
        return
    found = quotes_quoting(cable, values if values is not None else sh.shingles(sh.words(_prose_of(cable.paragraphs()))))
    articles = {a.pk: a for a in Article.objects.filter(Q(cable_links__cable=cable) | Q(pk__in=list(found))).distinct()}
    stubs = CableLink.objects.filter(cable__reference="", cable__text="").exclude(claimed_date=None).select_related("article", "cable")
    if cable.date:
        # Only descriptions whose date could fit (see _compatible); a year's claim starts a year earlier.
        stubs = stubs.filter(claimed_date__gte=cable.date - timedelta(days=DAYS_AFTER + 366), claimed_date__lte=cable.date + timedelta(days=DAYS_BEFORE))
    for link in stubs:
        if _compatible(link, cable):
            articles.setdefault(link.article_id, link.article)
    for pk in sorted(articles):
        try_link(articles[pk], cable, found.get(pk, set()))


def _better(quote: Quote, cable: Cable, alignment) -> bool:
    """A quote keeps the cable it matches best when its report is linked to several."""
    if quote.cable_id in (None, cable.pk) or quote.match in ("", "none"):
        return True
    return alignment.match != NONE and alignment.score > (quote.match_score or 0)


def try_link(article: Article, cable: Cable, found: set[int] = frozenset()) -> bool:
    """Link and align if the report prints the cable's reference or quotes it; else maybe propose.

    `found`: quotes the index found in this cable (verbatim or close, long enough).
    """
    paragraphs = cable.paragraphs()
    candidates = list(article.quotes.exclude(status=QuoteStatus.REJECTED).exclude(is_phrase=True).select_related("speaker").order_by("start"))
    quotes = [q for q in candidates if q.from_cable or q.pk in found]
    alignments = align_quotes(article.body, quotes, paragraphs)
    verbatim = any(alignments[q.pk].match == VERBATIM and _words(q.text) >= VERBATIM_MIN_WORDS for q in quotes)
    close = sum(
        1 for q in quotes
        if alignments[q.pk].match == CLOSE and alignments[q.pk].score >= CLOSE_MIN_SCORE and _words(q.text) >= CLOSE_MIN_WORDS
    )
    link = CableLink.objects.filter(article=article, cable=cable).first()
    printed = link is not None and link.method == LinkMethod.PRINTED
    if not (printed or found or verbatim or close >= 2):
        _maybe_propose(article, cable)
        return False
    if link is None:
        link = CableLink.objects.create(article=article, cable=cable, method=LinkMethod.QUOTES)
    elif link.method in (LinkMethod.PROPOSED, LinkMethod.MENTION):
        link.method, link.confirmed = LinkMethod.QUOTES, True
        link.save()
    _merge_stubs(article, cable, link)
    # Within a linked cable, shorter quotes the report does not attribute to it count
    # only when they stand in it word for word.
    for quote in candidates:
        if quote not in quotes and _words(quote.text) >= SHORT_MIN_WORDS and quote.cable_id is None:
            alignment = align(quote.text, paragraphs)
            if alignment.match == VERBATIM:
                quotes.append(quote)
                alignments[quote.pk] = alignment
    author = cable_author_actor(cable)
    for quote in quotes:
        if _better(quote, cable, alignments[quote.pk]):
            apply_alignment(quote, cable, alignments[quote.pk], author)
    return True


# Parts of one quotation: split around "he said" (a few words apart) or continued in
# the next paragraph.
SPLIT_GAP = 40


def _parts(body: str, quotes: list[Quote]) -> list[list[Quote]]:
    groups: list[list[Quote]] = []
    for quote in quotes:
        if groups:
            previous = groups[-1][-1]
            between = body[previous.end : quote.start]
            if 0 <= len(between) <= SPLIT_GAP and not re.search(r"[.!?]\s*$", between.rstrip('"”’ ')) or between.strip(' "”“') == "":
                groups[-1].append(quote)
                continue
        groups.append([quote])
    return groups


def align_quotes(body: str, quotes: list[Quote], paragraphs) -> dict:
    """Alignment of each quote; the parts of a split quotation are aligned as one, each
    then placed within the passage the whole was found in."""
    alignments = {quote.pk: align(quote.text, paragraphs) for quote in quotes}
    for group in _parts(body, quotes):
        if len(group) < 2:
            continue
        whole = align(" ".join(q.text for q in group), paragraphs)
        if whole.match == NONE or whole.score < max(alignments[q.pk].score for q in group):
            continue
        text = next(p.text for p in paragraphs if p.key == whole.paragraph)
        for quote in group:
            own = align(quote.text, [type(paragraphs[0])(whole.paragraph, text[whole.start : whole.end])])
            if own.match != NONE:
                own.paragraph = whole.paragraph
                own.start, own.end = whole.start + own.start, whole.start + own.end
                alignments[quote.pk] = own
    return alignments


def apply_alignment(quote: Quote, cable: Cable, alignment, author: Actor | None = None) -> None:
    quote.cable = cable
    quote.match = alignment.match
    quote.match_score = alignment.score
    quote.cable_paragraph = alignment.paragraph or ""
    quote.cable_start, quote.cable_end = alignment.start, alignment.end
    fields = ["cable", "match", "match_score", "cable_paragraph", "cable_start", "cable_end"]
    if quote.speaker_id is None and author is not None and quote.status == QuoteStatus.EXTRACTED:
        # "The cable said": the cable's author wrote these words.
        quote.speaker = author
        fields.append("speaker")
    quote.save(update_fields=fields)


def realign(quotes) -> int:
    """Align quotes again to the cable they are linked to (admin action)."""
    count = 0
    for quote in quotes.select_related("cable"):
        if quote.cable and quote.cable.text:
            apply_alignment(quote, quote.cable, align(quote.text, quote.cable.paragraphs()))
            count += 1
    return count


def _maybe_propose(article: Article, cable: Cable) -> None:
    """A report's description that fits the cable on date *and* origin: a curator decides."""
    for link in article.cable_links.filter(cable__reference="", cable__text=""):
        if link.claimed_origin and link.claimed_date and _compatible(link, cable):
            CableLink.objects.get_or_create(
                article=article,
                cable=cable,
                defaults={
                    "method": LinkMethod.PROPOSED,
                    "confirmed": False,
                    "claimed_date": link.claimed_date,
                    "claimed_precision": link.claimed_precision,
                    "claimed_origin": link.claimed_origin,
                    "claimed_classification": link.claimed_classification,
                },
            )


def _merge_stubs(article: Article, cable: Cable, link: CableLink) -> None:
    """The cable the report described without a reference is this one: merge them."""
    for stub_link in article.cable_links.filter(cable__reference="", cable__text="").exclude(cable=cable).select_related("cable"):
        if not _compatible(stub_link, cable):
            continue
        if not (link.claimed_date or link.claimed_origin or link.claimed_classification):
            link.claimed_date, link.claimed_precision = stub_link.claimed_date, stub_link.claimed_precision
            link.claimed_origin, link.claimed_classification = stub_link.claimed_origin, stub_link.claimed_classification
            link.save()
        stub = stub_link.cable
        Quote.objects.filter(cable=stub, article=article).update(cable=cable)
        stub_link.delete()
        if not stub.article_links.exists():
            stub.delete()


def cable_author_actor(cable: Cable) -> Actor | None:
    if not cable.author:
        return None
    _, office = cable_author_and_role(cable.text)
    role = ", ".join(p for p in (office, cable.origin) if p)
    return upsert_actor(cable.author, ActorKind.PERSON, role)


class KnownNames:
    """The names and aliases of the actors the archive holds, found in a text in one pass.

    A cable's prose is matched against these instead of running the whole actor
    extraction: that is what makes a bulk load of cables fast, and it keeps the actor
    list to people and organisations reports are about (the cables name tens of
    thousands). Built once per ingest run and refreshed when the list grows.
    """

    def __init__(self, known) -> None:
        self.size = len(known)
        by_form: dict[str, str] = {}
        for actor in known:
            if actor.kind == ActorKind.PLACE:
                continue
            for form in (actor.name, *actor.aliases):
                # A bare surname or acronym of three letters matches too much cable jargon.
                if len(form) >= 4 and not form.islower() and not (form.isupper() and len(form) < 5):
                    by_form.setdefault(form, actor.name)
        self.by_form = by_form
        forms = sorted(by_form, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None

    def count(self, text: str) -> dict[str, int]:
        """Canonical name → how often the text names the actor."""
        counts: dict[str, int] = {}
        if self.pattern is not None:
            for match in self.pattern.finditer(text):
                name = self.by_form[match.group()]
                counts[name] = counts.get(name, 0) + 1
        return counts


_known_names: KnownNames | None = None


def known_names(known) -> KnownNames:
    global _known_names
    if _known_names is None or _known_names.size != len(known):
        _known_names = KnownNames(known)
    return _known_names


def cable_prose(paragraphs) -> str:
    prose = "\n\n".join(p.text for p in paragraphs if p.key != "header")
    # Cable drafting markers read like names ("End Summary", "Comment:").
    return re.sub(r"\b(?:End\s+(?:Summary|Comment|Note)|Begin\s+(?:Summary|Comment|Note))\b\.?|\b(?:Comment|Note|Summary)\s*:", " ", prose, flags=re.IGNORECASE)


def save_cable_actors(cable: Cable, known, paragraphs=None, *, fresh: bool = False) -> None:
    """The actors the archive holds that the cable's own prose names (`fresh`: a cable
    just created, naming no one yet)."""
    if not fresh:
        CableActor.objects.filter(cable=cable).delete()
    paragraphs = cable.paragraphs() if paragraphs is None else paragraphs
    counts = known_names(known).count(cable_prose(paragraphs)) if cable.text else {}
    if not counts:
        return
    actors = {a.name: a for a in Actor.objects.filter(name__in=list(counts)).exclude(kind=ActorKind.PLACE)}
    CableActor.objects.bulk_create([CableActor(cable=cable, actor=actors[name], mentions=n) for name, n in counts.items() if name in actors])


def save_cable_addressees(cable: Cable, *, fresh: bool = False) -> None:
    """The offices the cable was sent and copied to, as its routing header gives them."""
    if not fresh:
        CableAddressee.objects.filter(cable=cable).delete()
    found = cable_addressees(cable.text) if cable.text else {}
    CableAddressee.objects.bulk_create([
        CableAddressee(cable=cable, name=name[:200], part=part, key=office_key(name)[:200])
        for part, names in found.items() for name in names
    ])
