"""Cables: the ones an article reports on, and original cable texts.

A reference ID (09ISLAMABAD155) is the year, the posting and a serial number. Three
layouts of original cables circulate: one with `Reference ID:`/`Created:` header
lines, one with reference, subject, date, classification and origin on its first
five lines, and the cable pages the cablegate site and its mirrors served (a
"Viewing cable REF, SUBJECT" heading, a table of Reference ID / Created / Released /
Classification / Origin, and the cable in `<pre>` blocks with ¶ links).
"""
from __future__ import annotations

import html as html_lib
import re
from bisect import bisect_left

from dateutil import parser as date_parser

from .clean import _NeedsWords
from .types import CableFound, ExtractionError

# `\d(?<!\w\d)` is `\b\d`: a pattern that starts with a set lets the regex engine
# skip from digit to digit instead of trying every character of a body.
REFERENCE = re.compile(r"(\d(?<!\w\d)\d(?:[A-Z]{3,}|[A-Z]+[A-Z0-9]*[A-Z]))(\d{1,6})\b")
CLASSIFICATIONS = ("top secret", "secret", "confidential", "unclassified", "sensitive", "restricted", "classified")
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    )
}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS) + "|" + "|".join(m[:3].capitalize() + r"\.?" for m in _MONTHS)
_DAY_DATE = re.compile(rf"\b(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_RE}),?\s+(?P<year2>(?:19|20)\d\d)\b")
_MONTH_DATE = re.compile(rf"\b(?P<month>{_MONTH_RE})(?:\s+of)?,?\s+(?P<year>(?:19|20)\d\d)\b")
# "\b(?i:cables?|dispatch…)", its first letter taken first for speed (as REFERENCE);
# no other character folds to c, d or t.
_CABLE_WORD = re.compile(
    r"[CcDdTt](?<!\w.)(?i:(?<=c)ables?|(?<=d)ispatch(?:es)?|(?<=d)iplomatic (?:message|note|telegram)s?|(?<=t)elegrams?)\b"
)
# "\b((?i:embassy|consulate|mission|high commission))…", its first letter taken first as in
# _CABLE_WORD (no other character folds to e, c, m or h).
_POST = re.compile(
    r"([EeCcMmHh](?<!\w.)(?i:(?<=e)mbassy|(?<=c)onsulate|(?<=m)ission|(?<=h)igh commission))"
    r"\s+(?:cable\s+|dispatch\s+)?(?:in|from|at)\s+(?:the\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)
_POST_COUNTRY = re.compile(r"\b(US|U\.S\.|UK|[A-Z][a-z]+(?:an|ish|ese|i))\s+$")
# A classification and a post are looked for only in sentences that hold their words
# (see _NeedsWords: a string search is much cheaper than trying the pattern at every
# character). The words must stay a necessary condition of each pattern.
_CLASSIFIED = _NeedsWords(
    re.compile(
        r"\b(" + "|".join(CLASSIFICATIONS) + r")\s+(?:(?:us|u\.s\.|diplomatic|embassy)\s+)*(?:cable|dispatch|telegram)", re.IGNORECASE
    ),
    ("secret", "confidential", "classified", "sensitive", "restricted"),
)
_POST_WORDS = _NeedsWords(_POST, ("embassy", "consulate", "mission", "high commission"))
_OWN_DATE_CUE = re.compile(r"\b(?:from|dated|sent(?: on| in)?|written(?: on| in)?|of)\s*$")


def _origin(sentence: str) -> str | None:
    """'a US embassy cable from Islamabad' -> 'US Embassy Islamabad'."""
    post = _POST_WORDS.search(sentence)
    if not post:
        return None
    country = _POST_COUNTRY.search(sentence[max(0, post.start() - 20) : post.start()])
    country_name = _COUNTRY_ADJ.get(country.group(1).lower(), country.group(1)) if country else ""
    return " ".join(p for p in (country_name, post.group(1).title(), post.group(2)) if p)


_COUNTRY_ADJ = {"american": "US", "u.s.": "US", "us": "US", "british": "UK", "uk": "UK"}



_MONTH_BY_PREFIX = {month[:3]: number for month, number in _MONTHS.items()}  # the twelve prefixes differ


def _month_number(name: str) -> int:
    """'March', 'Mar.', 'mar' -> 3."""
    return _MONTH_BY_PREFIX[name.lower().rstrip(".")[:3]]


_YEAR = re.compile(r"(?:19|20)\d\d")


def dates_in(text: str) -> list[tuple[int, str]]:
    """(position, 'YYYY-MM-DD' or 'YYYY-MM') of every date written out in text."""
    if not _YEAR.search(text):
        return []  # both patterns need a year; most sentences have none, and a search for one is cheap
    found = []
    taken: list[tuple[int, int]] = []
    for match in _DAY_DATE.finditer(text):
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        found.append((match.start(), f"{year}-{_month_number(month):02d}-{int(day):02d}"))
        taken.append(match.span())
    for match in _MONTH_DATE.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            found.append((match.start(), f"{match.group('year')}-{_month_number(match.group('month')):02d}"))
    return sorted(found)


def _sentences_about_cables(body: str) -> list[str]:
    return [sentence for sentence, _ in _sentences_with_cable_words(body)]


def _sentences_with_cable_words(body: str) -> list[tuple[str, int]]:
    """Each sentence that holds a cable word, with the offset of its first one (what
    `_CABLE_WORD.search(sentence)` finds: a sentence starts after a space and ends
    before its stop, so the pattern's edges read the same in the sentence as in the body)."""
    from .text import sentence_spans

    # Where the words are, found in one pass; a sentence holding one of them is kept.
    positions = [match.start() for match in _CABLE_WORD.finditer(body)]
    if not positions:
        return []
    found = []
    for a, b in sentence_spans(body):
        first = bisect_left(positions, a)
        if first < len(positions) and positions[first] < b:
            found.append((body[a:b], positions[first] - a))
    return found


def find_cable_mentions(body: str) -> list[CableFound]:
    """One mention per printed reference, else one for 'the cable' the article describes."""
    references = []
    for match in REFERENCE.finditer(body):
        if match.group(0) not in references:
            references.append(match.group(0))
    sentences = _sentences_with_cable_words(body)
    if not sentences and not references:
        return []
    mention = CableFound()
    for sentence, cable_at in sentences:
        if mention.classification and mention.origin and mention.date:
            break  # the description is complete
        if mention.classification is None and (level := _CLASSIFIED.search(sentence)):
            mention.classification = level.group(1).title()
        if mention.origin is None:
            mention.origin = _origin(sentence)
        if mention.date is None:
            dates = dates_in(sentence)
            # "the cable from December 2008", "a cable dated ...": the cable's own date.
            own = [d for pos, d in dates if pos > cable_at and _OWN_DATE_CUE.search(sentence[max(0, pos - 20) : pos])]
            if own:
                mention.date = own[0]
            elif dates:
                # A dated event the cable reports: the cable is of that month at least.
                mention.event_date = mention.event_date or dates[0][1]
    if mention.date is None and mention.event_date:
        mention.date = mention.event_date[:7]
    if not references:
        return [mention]
    return [
        CableFound(reference=ref, date=mention.date, origin=mention.origin, classification=mention.classification, event_date=mention.event_date)
        if i == 0 else CableFound(reference=ref)
        for i, ref in enumerate(references)
    ]


def looks_like_cable(text: str) -> bool:
    if looks_like_cable_page(text):
        return True
    lines = _meaningful_lines(text)[:6]
    if any(line.startswith("Reference ID:") for line in lines):
        return True
    return bool(lines) and bool(REFERENCE.fullmatch(lines[0].strip()))


def _meaningful_lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]


def _iso(value: str) -> tuple[str | None, str | None]:
    """('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM') from any of the date spellings cables use."""
    try:
        moment = date_parser.parse(value.strip())
    except (ValueError, OverflowError):
        return None, None
    return moment.date().isoformat(), moment.strftime("%Y-%m-%dT%H:%M")


_AUTHOR_LINE = re.compile(r"Classified\s+By:?\s*(?P<who>.+?)(?:[,;]|\s+for\s+reasons?|\s+reasons?\b|$)", re.IGNORECASE | re.MULTILINE)


_OFFICE_WORDS = {
    "ambassador", "charge", "chargé", "d'affaires", "dcm", "consul", "general", "deputy", "acting", "political", "economic",
    "counselor", "counsellor", "chief", "of", "mission", "polcouns", "poloff", "econoff", "econcouns", "polmilcouns",
    "pol", "econ", "couns", "officer", "principal", "cda", "minister", "section", "head", "a/dcm", "amb", "by", "director",
    "assistant", "secretary", "attache", "attaché", "labor", "public", "affairs", "management", "regional", "affairs",
}
_NAME_WORD = re.compile(r"[A-Z][a-z’'\-]+|[A-Z]\.|[A-Z][A-Z’'\-]+|Jr\.?")
# Lines after a signature that are not it: the classification repeated, stray marks.
_NOT_SIGNATURE = re.compile(r"^(?:[^A-Za-z]*|(?:[A-Z]\s?)*(?:CONFIDENTIAL|SECRET|UNCLASSIFIED|NOFORN|SIPDIS|SENSITIVE)[\s/A-Z]*|[A-Z](?:\s[A-Z]){4,}.*)$")
_SIGNATURE = re.compile(r"^(?:[A-Z][A-Za-z’'\-]+)(?:\s+[A-Z][A-Za-z’'\-]+)?$")


def _name_case(word: str) -> str:
    return word if not word.isupper() or len(word) <= 2 else word.title()


def cable_author_and_role(text: str) -> tuple[str | None, str]:
    """The name on the 'Classified By' line and the office written before it, else the
    signature on the cable's last line."""
    match = _AUTHOR_LINE.search(text)
    if match:
        words = match.group("who").split()
        name: list[str] = []
        for word in reversed(words):
            if _NAME_WORD.fullmatch(word) and word.lower() not in _OFFICE_WORDS and len(name) < 4:
                name.insert(0, word)
            else:
                break
        if len(name) >= 2 and name[0].lower() != "jr":
            return " ".join(_name_case(w) for w in name).replace(" Jr", ", Jr"), " ".join(words[: len(words) - len(name)])
    return cable_signature(text), ""


def cable_signature(text: str) -> str | None:
    """The name the cable is signed with (its last line, or the end of its last
    paragraph): the head of the sending post, who may not be who classified it."""
    for line in reversed(text.strip().split("\n")[-4:]):
        line = line.strip()
        if _NOT_SIGNATURE.match(line):
            continue
        # The signature on a line of its own, or after the last sentence of the last paragraph.
        tail = re.search(r"(?:^|[.!?)”\"]\s+)([A-Z][A-Za-z’'\-]+(?:\s+[A-Z][A-Za-z’'\-]+)?)$", line)
        candidate = line if _SIGNATURE.match(line) else (tail.group(1) if tail and tail.start(1) > 0 else "")
        if candidate and candidate.lower() not in _OFFICE_WORDS and not candidate.lower().startswith("end "):
            if candidate.isupper() or tail is None or candidate.istitle():
                return " ".join(_name_case(w) for w in candidate.split())
        break
    return None


# --- Cable pages (cablegate and its mirrors) ---------------------------------------------
# Read by their shape with a few patterns, not a full HTML parse: most of a page is the
# site's navigation (a thousand links), and 1,300 pages must load in well under a minute.
_PAGE_START = re.compile(r"\A(?:\ufeff)?\s*<(?:\?xml|!doctype|html)", re.IGNORECASE)
_VIEWING = re.compile(r"Viewing\s+cable\s+(?P<ref>[^\s,<]+)\s*,?\s*(?P<subject>[^<]*(?:<br\s*/?>[^<]*)*)<", re.IGNORECASE)
_TABLE = re.compile(r"<table\b[^>]*>(?P<body>(?:(?!</table>).)*?Reference\s+ID(?:(?!</table>).)*?)</table>", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_PRE = re.compile(r"<pre\b[^>]*>(.*?)(</pre>|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_PAGE_FIELDS = ("Reference ID", "Created", "Released", "Classification", "Origin")


def looks_like_cable_page(text: str) -> bool:
    """A saved cable page: HTML with the 'Viewing cable' heading or the cable's ID table."""
    if not _PAGE_START.match(text[:2000]):
        return False
    return bool(_VIEWING.search(text) or re.search(r"<th[^>]*>\s*Reference\s+ID\s*</th>", text, re.IGNORECASE))


def _cell_text(fragment: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(_TAG.sub(" ", fragment))).strip()


def _page_fields(page: str) -> dict[str, str]:
    table = _TABLE.search(page)
    if not table:
        return {}
    rows = [[(kind.lower(), _cell_text(cell)) for kind, cell in _CELL.findall(row)] for row in _ROW.findall(table.group("body"))]
    # A header row of <th> names and a row of <td> values; or one "name | value" pair per row.
    header = next((r for r in rows if r and all(k == "h" for k, _ in r)), None)
    values = next((r for r in rows if r and all(k == "d" for k, _ in r)), None)
    if header and values and len(header) == len(values):
        return {name: value for (_, name), (_, value) in zip(header, values) if name in _PAGE_FIELDS}
    return {r[0][1].rstrip(":"): r[1][1] for r in rows if len(r) == 2 and r[0][1].rstrip(":") in _PAGE_FIELDS}


def cable_page_text(page: str) -> str:
    """A cable page as the 'Reference ID:' text layout; ExtractionError if the page is
    not whole (no reference, no table, a `<pre>` block cut off)."""
    viewing = _VIEWING.search(page)
    fields = _page_fields(page)
    reference = fields.get("Reference ID") or (viewing.group("ref") if viewing else "")
    if not reference:
        raise ExtractionError("not a cable page: no reference ID in its heading or table")
    if not fields:
        raise ExtractionError(f"the cable page for {reference} is truncated or malformed: no Reference ID / Created table")
    blocks = []
    for match in _PRE.finditer(page, (viewing.end() if viewing else 0)):
        if not match.group(2):
            raise ExtractionError(f"the cable page for {reference} is truncated: its text stops mid-block")
        # The ¶ links and any other markup inside the text go; entities (&#x000A;) are decoded.
        blocks.append(html_lib.unescape(_TAG.sub("", match.group(1))).strip("\n"))
    if not any(b.strip() for b in blocks):
        raise ExtractionError(f"the cable page for {reference} is truncated: it has no cable text")
    subject = _cell_text(viewing.group("subject")) if viewing else ""
    lines = [f"Viewing cable {reference}, {subject}".rstrip(", ")]
    lines += [f"{name}: {fields[name]}" for name in _PAGE_FIELDS if fields.get(name) and name != "Reference ID"]
    lines.insert(1, f"Reference ID: {reference}")
    return "\n".join(lines) + "\n\n" + "\n\n".join(blocks) + "\n"


def _tags(line: str) -> list[str]:
    """'PREL, PGOV, PK' and 'PGOV PREL ECON BR' alike; a tag written out keeps its spaces."""
    parts = line.split(",") if "," in line else line.split()
    return [p.strip() for p in parts if p.strip()]


def parse_cable(text: str) -> CableFound:
    """An original cable in any circulating layout; ExtractionError if it is none of them."""
    if looks_like_cable_page(text):
        text = cable_page_text(text)
    lines = _meaningful_lines(text)
    if not lines:
        raise ExtractionError("the cable file is empty")
    fields: dict[str, str] = {}
    body_start = 0
    if any(line.startswith("Reference ID:") for line in lines[:6]):
        for i, line in enumerate(lines[:10]):
            key, sep, value = line.partition(":")
            if sep and key in {"Reference ID", "Created", "Released", "Classification", "Origin"}:
                fields[key] = value.strip()
                body_start = i + 1
        viewing = re.match(r"Viewing cable \S+?,\s*(.+)$", lines[0])
        subject = viewing.group(1).strip() if viewing else None
        reference = fields.get("Reference ID", "")
        created = fields.get("Created")
        released = fields.get("Released")
        classification = fields.get("Classification")
        origin = fields.get("Origin")
    else:
        if len(lines) < 6 or not REFERENCE.fullmatch(lines[0].strip()):
            raise ExtractionError("not a cable: expected a reference ID line or a 'Reference ID:' header")
        reference, subject, created, classification, origin = (line.strip() for line in lines[:5])
        released = None
        body_start = 5
    if not REFERENCE.fullmatch(reference or ""):
        raise ExtractionError(f"not a cable: {reference!r} is not a cable reference ID")
    created_date, _ = _iso(created) if created else (None, None)
    if created and created_date is None:
        raise ExtractionError(f"the cable's date {created!r} cannot be read")
    released_date = _iso(released)[0] if released else None
    body = "\n".join(lines[body_start:]).strip()
    if not body:
        raise ExtractionError("the cable has a header but no text")
    subject_line = re.search(r"^SUBJECT:\s*(.+(?:\n(?![A-Z ]+:|¶|\d\.|Classified)[A-Z][A-Z ,.'/-]+)?)", body, re.MULTILINE)
    if subject_line:
        subject = re.sub(r"\s+", " ", subject_line.group(1)).strip()
    tags = re.search(r"^TAGS:?\s*(.+)$", body, re.MULTILINE)
    return CableFound(
        reference=reference,
        date=created_date,
        origin=origin,
        classification=(classification or "").title() or None,
        subject=subject,
        author=cable_author_and_role(body)[0],
        signature=cable_signature(body),
        text=body,
        released=released_date,
        tags=_tags(tags.group(1)) if tags else [],
    )


# --- Addressees: the TO and INFO lines of a cable's routing header ----------------------
# "TO RUEHC/SECSTATE WASHDC IMMEDIATE 1144", then "INFO RUEHKP/AMCONSUL KARACHI PRIORITY 0919"
# and one addressee per line after it: a routing indicator, a slash, the office in
# telegraphic shorthand, a precedence and a serial number.
_ROUTING_LINE = re.compile(r"^(?:[A-Z0-9]{4,8}/)?(?P<office>[A-Z][A-Z0-9 .&'/-]*?)"
                           r"(?:\s+(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT))?(?:\s+\d{1,5})?\s*$")
_ADDRESSEE_END = re.compile(r"^(?:BT|NNNN|[A-Z ]*\s\d{5,}\s*$|C\s?O\s?N\s?F|S\s?E\s?C\s?R\s?E\s?T\s|U\s?N\s?C\s?L\s?A\s?S|SECTION\b|SIPDIS|E\.?\s?O\.?\s+\d)")
# The posts' and offices' telegraphic names, written out.
_OFFICE_PREFIXES = (
    ("USMISSION USUN ", "US Mission to the UN"),
    ("AMEMBASSY ", "US Embassy {}"),
    ("AMCONSUL ", "US Consulate {}"),
    ("USMISSION ", "US Mission {}"),
    ("AMCONGEN ", "US Consulate General {}"),
)
_OFFICES = {
    "SECSTATE": "State Department",
    "SECDEF": "Defense Department",
    "CIA": "CIA",
    "NSC": "National Security Council",
    "DNI": "Director of National Intelligence",
    "JOINT STAFF": "Joint Staff",
    "DEPT OF TREASURY": "Treasury Department",
    "TREASURY": "Treasury Department",
    "DIA": "Defense Intelligence Agency",
    "FBI": "FBI",
}
_CAPITALS = re.compile(r"\s+(?:WASHDC|WASHINGTON DC|WASHINGTON D C|WASHINGTON|WASH DC)$")


def _place_case(words: str) -> str:
    return " ".join(w.capitalize() if w.isalpha() else w for w in words.split())


def addressee_name(office: str) -> str:
    """'AMEMBASSY KABUL' → 'US Embassy Kabul'; 'SECSTATE WASHDC' → 'State Department';
    any other office as written, in title case ('KITCOM INTEL CEN OBARI AFB LU' keeps its acronyms)."""
    office = re.sub(r"\s+", " ", office).strip()
    for prefix, form in _OFFICE_PREFIXES:
        if office.startswith(prefix):
            return form.format(_place_case(office[len(prefix):]))
    bare = _CAPITALS.sub("", office)
    if bare in _OFFICES:
        return _OFFICES[bare]
    return office


def cable_addressees(text: str) -> dict[str, list[str]]:
    """{'to': […], 'info': […]}: the offices a cable was sent to and copied to, written out,
    each once, from the TO and INFO lines of its routing header (empty when it has none)."""
    found: dict[str, list[str]] = {"to": [], "info": []}
    part = None
    for line in text.split("\n")[:200]:
        line = line.strip()
        start = re.match(r"(TO|INFO)\s+(.*)", line)
        if start:
            part, rest = start.group(1).lower(), start.group(2)
        elif part and re.match(r"[A-Z0-9]{4,8}/", line):
            rest = line  # the next addressee of the same part
        elif part or _ADDRESSEE_END.match(line):
            if found["to"] or found["info"]:
                break  # the routing header is over: the text's own "TO" lines are prose
            part = None
            continue
        else:
            continue
        match = _ROUTING_LINE.match(rest)
        name = addressee_name(match.group("office")) if match else ""
        if name and name not in found["to"] and name not in found["info"]:
            found[part].append(name)
    return found


def office_key(name: str) -> str:
    """How an office is compared with the names reports give it: 'US Embassy in Kabul',
    'U.S. Embassy Kabul' and 'Embassy Kabul' are one; 'Department of State', 'US State
    Department' and 'State Department' are one."""
    key = re.sub(r"[^\w\s]", "", name.lower().replace("u.s.", "us"))
    key = re.sub(r"^(?:the\s+)?(?:us|united states|american)\s+", "", key.strip())
    key = re.sub(r"^department of (\w+)$", r"\1 department", key)
    key = re.sub(r"^(embassy|consulate general|consulate|mission)\s+(?:in|to)\s+", r"\1 ", key)
    return re.sub(r"\s+", " ", key).strip()
