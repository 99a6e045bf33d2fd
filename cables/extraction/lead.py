"""What a scraped page prints around the start of its story: headline, byline, printed
date and dateline.

A scraper that saves a whole page keeps, above the story, the site's menus, a section
label, the headline, a standfirst, the author's name and the date and time it was
printed; the first paragraph often opens with a dateline ("ISLAMABAD:", "New Delhi,
Mar 23:", "WASHINGTON —"). These are recognised by their shape, never by one site's
wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .clean import _CALL_TO_ACTION, _UI_WORDS, FURNITURE, line_kind
from .gazetteer import places

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_YEAR = r"(?:19|20)\d\d"
# "2 December 2010", "December 2, 2010", "Dec. 2 2010", "2010-12-02"; a weekday may lead.
_DATE = re.compile(
    rf"\b{_WEEKDAY}(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b",
    re.IGNORECASE,
)
# Every date holds a digit: finding none is much cheaper than trying _DATE at every character.
_DIGIT = re.compile(r"\d")
# A date without its year, as datelines print it: "Mar 23", "23 March".
_SHORT_DATE = re.compile(rf"^(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))$", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*(?:IST|PKT|GMT|UTC|EST|EDT|PST|BST|CET))?\b", re.IGNORECASE)
_PUBLISHED_LABEL = re.compile(r"\b(?:published|posted|first published|printed|filed)\b", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"\b(?:updated|modified|edited)\b", re.IGNORECASE)
_VIEWS = re.compile(r"\b(?:views?|reads?|hits|comments?)\b\s*[-:]?\s*\d[\d,]*|\d[\d,]*\s+(?:views?|reads?|hits)\b", re.IGNORECASE)

_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|bin|al|ul|ur|el|da|di|du))*"
_BYLINE = re.compile(
    rf"^(?:(?:by|written by|reported by|posted by|story by)\s+)(?P<names>{_NAME}(?:\s*(?:,|&|and)\s*{_NAME})*)"
    rf"(?:\s*[|,/–—-]\s*(?P<agency>[^|]{{1,60}}))?$",
    re.IGNORECASE,
)
# "Jane Doe | Agency", "Jane Doe, Agency" (no "By"): a name, then a short credit.
_NAME_CREDIT = re.compile(rf"^(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*[|/]\s*(?P<agency>[^|]{{1,60}})$")
_BARE_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")

# Datelines: "ISLAMABAD:", "NEW DELHI, March 23 (PTI):", "WASHINGTON —", "MEXICO CITY (AP) —",
# "New Delhi, Mar 23:", "Washington:".
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2}"
_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})"
    rf"(?:,\s*(?P<state>{_TITLE_PLACE}|{_CAPS_PLACE}))??"
    rf"(?:,\s*(?P<date>{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?)?"
    rf"\s*(?:\((?P<agency>[A-Za-z&. ]{{2,20}})\))?"
    rf"\s*(?::|\s[—–-])(?:\s+|$)"
)
# All-capital words that open a paragraph but are not places.
_LABELS = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "LIVE", "NOTE", "ANALYSIS",
    "OPINION", "COMMENT", "EDITORIAL", "READ", "ALSO", "MORE", "RELATED", "WARNING", "ALERT", "FACT CHECK",
    "EDITOR'S NOTE", "CORRECTION", "Q", "A",
}
_WORD = re.compile(r"[^\W_]+")
# Date lines and bylines are short; a paragraph of story is never one.
_SHORT_LINE = 160


@dataclass
class Lead:
    headline: str | None = None
    byline: str | None = None
    place: str | None = None
    published: date | None = None
    skip_lines: frozenset[int] = frozenset()  # lines before the story that were read here


def find_date(line: str) -> date | None:
    match = _DATE.search(line)
    if not match:
        return None
    day = match.group("d1") or match.group("d2") or match.group("d3")
    month = match.group("m1") or match.group("m2")
    year = match.group("y1") or match.group("y2") or match.group("y3")
    month_number = _month_number(month) if month else int(match.group("m3"))
    try:
        return date(int(year), month_number, int(day))
    except (TypeError, ValueError):
        return None


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()[:3]
    return next(i for i, month in enumerate(_MONTH_ORDER, 1) if month[:3] == key)


_MONTH_ORDER = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]


def is_date_line(line: str) -> bool:
    """A line that is only a printed date: with its time, a label, view counts, an author."""
    if len(line) > _SHORT_LINE or not (_DIGIT.search(line) and _DATE.search(line)):
        return False
    rest = _VIEWS.sub(" ", _TIME.sub(" ", _DATE.sub(" ", line)))
    rest = re.sub(r"\b(?:published|posted|first published|updated|last updated|on|at|date|modified|ist|pkt|gmt|utc)\b", " ", rest, flags=re.IGNORECASE)
    leftover = _WORD.findall(rest)
    return len(leftover) <= 5


def byline_of(line: str) -> str | None:
    """The author's name(s) when the line is a byline ("By Jane Doe", "Jane Doe | Agency")."""
    line = line.strip()
    if len(line) > _SHORT_LINE:
        return None
    if _DIGIT.search(line) and _DATE.search(line):
        # "Jane Doe March 18, 2011": the name beside the printed date.
        rest = _TIME.sub(" ", _DATE.sub(" ", line))
        rest = _VIEWS.sub(" ", rest).strip(" |,-–—:")
        rest = re.sub(r"^(?:published|posted|updated)\s*(?:by|on|:)?\s*", "", rest, flags=re.IGNORECASE).strip(" |,-–—:")
        if rest and rest != line.strip():
            named = byline_of(rest)
            if named:
                return named
            return rest if _BARE_NAME.match(rest) and not _is_place(rest) else None
        return None
    match = _BYLINE.match(line) or _NAME_CREDIT.match(line)
    if not match:
        return None
    names = match.group("names").strip()
    agency = (match.groupdict().get("agency") or "").strip()
    return f"{names} | {agency}" if agency else names


def _is_place(text: str) -> bool:
    return text in places() or text.title() in places()


def dateline_of(paragraph: str) -> tuple[str, str | None, int] | None:
    """(place, printed day without year or None, length of the dateline) at a paragraph's start."""
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place").strip()
    if place.upper() in _LABELS or len(place) < 3 or any(word.upper() in _LABELS for word in place.split()):
        return None
    capitals = place.isupper()
    known = _is_place(place)
    if not capitals and not known and not match.group("date"):
        return None
    if capitals and not known and len(_WORD.findall(place)) > 3:
        return None
    if match.group("state"):
        state = match.group("state")
        place = f"{place.title() if capitals else place}, {state.title() if state.isupper() else state}"
    elif capitals:
        place = place.title()
    when = match.group("date")
    if when and match.group("year"):
        when = f"{when} {match.group('year')}"
    return place, when, match.end()


def dateline_agency(paragraph: str) -> str | None:
    """The news agency a dateline credits in brackets ("BEIJING, July 18 (Kito) -"), or None."""
    match = _DATELINE.match(paragraph) if "(" in paragraph[:80] else None
    return (match.group("agency") or "").strip() or None if match else None


def dated(when: str | None, year_from: date | None) -> date | None:
    """A dateline's day ("Mar 23", "March 23 2011") as a date; the year from `year_from` when not printed."""
    if not when:
        return None
    full = find_date(when)
    if full:
        return full
    match = _SHORT_DATE.match(when.strip())
    if not match or not year_from:
        return None
    month = _month_number(match.group("m") or match.group("m2"))
    day = int(match.group("d") or match.group("d2"))
    try:
        return date(year_from.year, month, day)
    except ValueError:
        return None


def looks_like_headline(line: str) -> bool:
    words = _WORD.findall(line)
    if not 4 <= len(words) <= 30 or len(line) > 250:
        return False
    if line.rstrip("\"'”’)").endswith((".", ",", ";", ":")) and not line.endswith("..."):
        return False  # a standfirst or a caption: sentences end with a full stop
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"):
        return False
    return True


def read_lead(lines: list[str], bounds, default_published: date | None = None) -> Lead:
    """Headline, byline, printed date and a dateline on a line of its own, from the lines
    above the story (nearest first); the story's own first line when it is a headline."""
    lead = Lead()
    if bounds is None:
        return lead
    first = bounds.first
    skip: set[int] = set()
    labelled = None
    for i in range(first - 1, max(-1, first - 40), -1):
        line = lines[i]
        if lead.published is None or (labelled is None and _PUBLISHED_LABEL.search(line)):
            when = find_date(line) if is_date_line(line) or byline_of(line) else None
            if when and (lead.published is None or _PUBLISHED_LABEL.search(line)) and not (_UPDATED_LABEL.search(line) and not _PUBLISHED_LABEL.search(line) and lead.published):
                lead.published = when
                if _PUBLISHED_LABEL.search(line):
                    labelled = i
        if lead.byline is None and i >= first - 8:
            name = byline_of(line)
            if name:
                lead.byline = name
                continue
        if lead.place is None and i >= first - 8:
            dateline = dateline_of(line)
            if dateline and dateline[2] >= len(line.rstrip()):
                lead.place = dateline[0]
                lead.published = lead.published or dated(dateline[1], lead.published or default_published)
                continue
        if lead.headline is None and not is_date_line(line) and looks_like_headline(line) and _not_furniture(line):
            lead.headline = line
    # Byline, date and dateline lines the story's run began before (after a standfirst).
    for i in range(first, min(bounds.last, first + 6)):
        line = lines[i]
        if is_date_line(line) or byline_of(line):
            lead.published = lead.published or find_date(line)
            lead.byline = lead.byline or byline_of(line)
            skip.add(i)
            continue
        dateline = dateline_of(line)
        if dateline and dateline[2] >= len(line.rstrip()):
            lead.place = lead.place or dateline[0]
            lead.published = lead.published or dated(dateline[1], lead.published or default_published)
            skip.add(i)
    # A headline the story's run swallowed: a question or exclamation standing alone at the top.
    kept = [i for i in bounds.kept if i not in skip]
    if lead.headline is None and len(kept) > 1:
        top = lines[kept[0]]
        if top.rstrip("\"'”’").endswith(("?", "!")) and looks_like_headline(top) and len(_WORD.findall(top)) <= 20 and top.count(". ") == 0:
            lead.headline = top
            skip.add(kept[0])
    lead.skip_lines = frozenset(skip)
    return lead


def _not_furniture(line: str) -> bool:
    return not (_CALL_TO_ACTION.match(line) or _UI_WORDS.search(line) or byline_of(line)) and (
        line_kind(line) != FURNITURE or len(_WORD.findall(line)) >= 4
    )
