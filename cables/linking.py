"""Linking reports to the cables they report on, and aligning their quotes to the cable text.

A report is linked to a cable by a printed reference, else by its quotes being found
in the cable's text, else a link is proposed by date and origin for a curator to
confirm. Linking runs from either side (after a report is saved, and after a cable
is saved), so the archive is the same whichever arrives first.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from django.db.models import Q

from .actors import upsert_actor
from .extraction.align import CLOSE, NONE, VERBATIM, align
from .extraction.cables import cable_author_and_role
from .models import Actor, ActorKind, Article, Cable, CableActor, CableLink, DatePrecision, LinkMethod, Quote, QuoteStatus

# Evidence that a report quotes this cable: one verbatim quote of a few words, or two
# long quotes that are close. Short phrases ("pound") occur in any long text.
VERBATIM_MIN_WORDS = 4
CLOSE_MIN_WORDS = 5
CLOSE_MIN_SCORE = 0.8
# A cable is written during or shortly after what the report says it describes.
DAYS_BEFORE, DAYS_AFTER = 31, 62


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


def link_article(article: Article) -> None:
    """Link one report to every cable with text it reports on."""
    links = list(article.cable_links.select_related("cable"))
    condition = Q(pk__in=[link.cable_id for link in links if link.cable.reference])
    for link in links:
        if claims := _claims_filter(link):
            condition |= claims
    for cable in Cable.objects.exclude(text="").filter(condition).distinct():
        try_link(article, cable)


def link_cable(cable: Cable) -> None:
    """Link every report that reports on this cable, once its text is known."""
    if not cable.text:
        return
    articles = set(Article.objects.filter(cable_links__cable=cable))
    stubs = CableLink.objects.filter(cable__reference="", cable__text="").exclude(claimed_date=None).select_related("article", "cable")
    articles |= {link.article for link in stubs if _compatible(link, cable) and (link.claimed_date or link.claimed_origin)}
    for article in sorted(articles, key=lambda a: a.pk):
        try_link(article, cable)


def try_link(article: Article, cable: Cable) -> bool:
    """Link and align if the report prints the cable's reference or quotes it; else maybe propose."""
    paragraphs = cable.paragraphs()
    quotes = list(article.quotes.exclude(status=QuoteStatus.REJECTED).filter(from_cable=True).select_related("speaker").order_by("start"))
    alignments = align_quotes(article.body, quotes, paragraphs)
    verbatim = any(alignments[q.pk].match == VERBATIM and _words(q.text) >= VERBATIM_MIN_WORDS for q in quotes)
    close = sum(
        1 for q in quotes
        if alignments[q.pk].match == CLOSE and alignments[q.pk].score >= CLOSE_MIN_SCORE and _words(q.text) >= CLOSE_MIN_WORDS
    )
    link = CableLink.objects.filter(article=article, cable=cable).first()
    printed = link is not None and link.method == LinkMethod.PRINTED
    if not (printed or verbatim or close >= 2):
        _maybe_propose(article, cable)
        return False
    if link is None:
        link = CableLink.objects.create(article=article, cable=cable, method=LinkMethod.QUOTES)
    elif link.method in (LinkMethod.PROPOSED, LinkMethod.MENTION):
        link.method, link.confirmed = LinkMethod.QUOTES, True
        link.save()
    _merge_stubs(article, cable, link)
    author = cable_author_actor(cable)
    for quote in quotes:
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


def cable_prose(cable: Cable) -> str:
    prose = "\n\n".join(p.text for p in cable.paragraphs() if p.key != "header")
    # Cable drafting markers read like names ("End Summary", "Comment:").
    return re.sub(r"\b(?:End\s+(?:Summary|Comment|Note)|Begin\s+(?:Summary|Comment|Note))\b\.?|\b(?:Comment|Note|Summary)\s*:", " ", prose, flags=re.IGNORECASE)


def save_cable_actors(cable: Cable, known) -> None:
    """The actors the archive holds that the cable's own prose names."""
    CableActor.objects.filter(cable=cable).delete()
    counts = known_names(known).count(cable_prose(cable)) if cable.text else {}
    if not counts:
        return
    actors = {a.name: a for a in Actor.objects.filter(name__in=list(counts)).exclude(kind=ActorKind.PLACE)}
    CableActor.objects.bulk_create([CableActor(cable=cable, actor=actors[name], mentions=n) for name, n in counts.items() if name in actors])
