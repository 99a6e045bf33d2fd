"""Turning scraped reports and original cables into plain data.

Pure Python, no Django: text in, dataclasses out. `extract_report` reads a news
report (plain text or a saved HTML page), `parse_cable` an original cable.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

from .actors import find_actors, is_publication_name, sort_actors
from .cables import find_cable_mentions, looks_like_cable, parse_cable
from .clean import headline_from_lede, joined_hard_wraps, story_bounds, without_glued_caption
from .gazetteer import places
from .html import read_html
from .lead import Lead, dated, dateline_agency, dateline_of, read_lead
from .quotes import find_quotes, quote_spans, title_spans
from .safety import remove_control_characters, web_url
from .text import decode, normalise_newlines, paragraphs, parse_date, split_header
from .types import ActorFound, CableFound, ExtractionError, KnownActor, QuoteFound, Report

__all__ = [
    "ActorFound", "CableFound", "ExtractionError", "KnownActor", "QuoteFound", "Report",
    "extract_report", "is_cable", "parse_cable", "read_text",
]

PARAGRAPH_BREAK = "\n\n"


def read_text(raw: bytes) -> str:
    return normalise_newlines(decode(raw))


def is_cable(text: str) -> bool:
    return looks_like_cable(text)


def extract_report(
    text: str,
    file: str = "",
    *,
    source: str | None = None,
    published: date | None = None,
    known_actors: list[KnownActor] = (),
) -> Report:
    """Clean body, quotes, actors and cable mentions of one report.

    `source` and `published` are defaults: header lines or HTML metadata win.
    """
    is_html = PurePath(file).suffix.lower() in {".html", ".htm"} or bool(re.match(r"\s*(<!doctype html|<html)", text, re.IGNORECASE))
    if is_html:
        header, text = read_html(text)
        # Character references (&#7;) become control characters only once parsed.
        header = {key: remove_control_characters(value) if isinstance(value, str) else value for key, value in header.items()}
        # trafilatura has chosen the story already: every paragraph it kept is story.
        story = paragraphs(normalise_newlines(remove_control_characters(text)))
        lead = Lead(byline=header.get("author"))
    else:
        header, text = split_header(text)
        lines = [without_glued_caption(line) for line in joined_hard_wraps(paragraphs(text))]
        bounds = story_bounds(lines)
        story = [lines[i] for i in bounds.kept] if bounds else []
        lead = read_lead(lines, bounds, published)
        if lead.skip_lines:
            story = [lines[i] for i in bounds.kept if i not in lead.skip_lines]
    if not story:
        raise ExtractionError("no story text found: every line looks like site boilerplate or the body is empty")
    title = (header.get("title") or "").strip() or (lead.headline or "")
    # A repeated headline at the top of the story is not part of the body.
    if title and story and story[0].strip().rstrip(".") == title.rstrip("."):
        story = story[1:] or story
    agency = None
    if story and not lead.place:
        # "ISLAMABAD: …", "New Delhi, Mar 23: …": the dateline is the article's place. A
        # scraped text loses it from its first paragraph; a web page's own article text
        # keeps it, as the publisher's article body does.
        dateline = dateline_of(story[0])
        if dateline and story[0][dateline[2] :].strip():
            agency = dateline_agency(story[0]) if not is_html else None
            if not agency and not places().get(dateline[0]) and is_publication_name(dateline[0]):
                agency = dateline[0]  # "Lusara Weekly, 27 January -": the publication, not a place
            place, when, end = dateline
            lead.place = None if place == agency else place  # a masthead is where it was printed, not a place
            lead.published = lead.published or dated(when, published)
            if not is_html:
                story[0] = story[0][end:].lstrip()
    body = PARAGRAPH_BREAK.join(story)
    spans, cursor = [], 0
    for paragraph in story:
        spans.append((cursor, cursor + len(paragraph)))
        cursor += len(paragraph) + len(PARAGRAPH_BREAK)

    marks = quote_spans(body, spans)
    actors = find_actors(body, list(known_actors), masked=title_spans(body, spans, marks))
    quotes = find_quotes(body, spans, actors, marks)
    found = sort_actors(actors)
    gazetteer = places()
    dateline_places = [gazetteer.get(lead.place or "")]
    if not dateline_places[0] and lead.place and "," in lead.place:
        # "LUSAKA, Zambia, Mar 3": the town and its country, each a place.
        dateline_places = [gazetteer.get(part.strip()) for part in lead.place.split(",")]
    for canonical_place in dateline_places:
        if canonical_place and not any(a.name == canonical_place for a in found):
            # The dateline names a place the body no longer does.
            found.append(ActorFound(name=canonical_place, kind="place"))
    if agency and not places().get(agency) and not any(agency == a.name or agency in a.aliases for a in found):
        # "BEIJING, July 18 (Kito) -": the agency the dateline credits, no longer in the body.
        found.append(ActorFound(name=agency, kind="organisation"))
    return Report(
        file=PurePath(file).name if file else "",
        title=title or headline_from_lede(story[0]),
        source=(header.get("source") or "").strip() or source,
        published=parse_date(header.get("published")) or lead.published or published,
        byline=lead.byline,
        place=lead.place,
        url=web_url(header.get("url")),
        body=body,
        quotes=quotes,
        actors=found,
        cables=find_cable_mentions(body),
    )
