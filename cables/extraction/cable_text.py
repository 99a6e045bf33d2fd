"""The body of an original cable: routing noise, headings and numbered paragraphs.

Cables carry telegraph routing (VZCZC…, RUEH… lines), section and page markers
("SECTION 01 OF 03", "ISLAMABAD 00000155 002 OF 003") and a header block (SIPDIS,
TAGS, SUBJECT, Classified By). The prose is a summary and paragraphs ¶1 … ¶n, some
under a heading underlined with dashes. Page markers can fall mid-sentence: they are
cut out of the paragraph text so a quote reads through them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_MARKER = re.compile(r"^\s*[A-Z][A-Z .'-]+\s+\d{5,}\s+\d{3}\s+OF\s+\d{3}\s*$")
_ROUTING = re.compile(
    r"^(?:VZCZC\w*|[A-Z]{2}\s+RUE\w+.*|R[UH][A-Z]{2,}\w*/.*|DE\s+RUE\w+.*|ZNY\s.*|ZNR\s.*|[OPRZ]\s+\d{6}Z\s.*|FM\s.*|TO\s.*|INFO\s.*|BT|NNNN|"
    r"C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L.*|S\s?E\s?C\s?R\s?E\s?T.*|U\s?N\s?C\s?L\s?A\s?S\s?S.*|SECTION\s+\d+\s+OF\s+\d+.*|"
    r"SIPDIS|NOFORN|SENSITIVE|E\.?\s?O\.?\s+\d+.*|EO\s+\d+.*|TAGS:?\s.*|SUBJECT:.*|REF:?\s.*|Classified\s+By.*|DEPARTMENT FOR .*|"
    r"[A-Z/ ]+ FOR [A-Z/ ]+)$"
)
_PARAGRAPH_START = re.compile(r"^(?:¶\s*(?P<number>\d+)\.?|(?P<plain>\d{1,2})\.)\s+(?:\((?:[A-Z/]{1,6})\)\s*)?|^(?P<summary>Summary)(?::|\.)?\s*(?:\([A-Z/]{1,6}\)\s*)?:?\s*", re.IGNORECASE)
_UNDERLINE = re.compile(r"^-{3,}[\s-]*$")


@dataclass
class CableParagraph:
    key: str  # "summary", "1", "2", … or "header"
    text: str  # prose with page markers removed, lines joined
    heading: str = ""

    @property
    def label(self) -> str:
        return {"summary": "Summary", "header": "Header"}.get(self.key, f"¶{self.key}")


def split_cable(text: str) -> list[CableParagraph]:
    """Header noise first (as one 'header' block), then the summary and numbered paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    header: list[str] = []
    paragraphs: list[CableParagraph] = []
    current: list[str] | None = None
    heading = ""
    key = ""

    def close():
        if current is not None and "".join(current).strip():
            paragraphs.append(CableParagraph(key, re.sub(r"\s+", " ", " ".join(current)).strip(), heading))

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if PAGE_MARKER.match(stripped):
            continue  # a page break, wherever it falls
        if _UNDERLINE.match(stripped):
            continue
        next_line = next((other.strip() for other in lines[i + 1 :] if other.strip()), "")
        if _UNDERLINE.match(next_line):
            close()
            current, heading = None, stripped
            continue
        start = _PARAGRAPH_START.match(stripped)
        if start and (start.group("number") or start.group("plain") or start.group("summary")):
            close()
            key = (start.group("number") or start.group("plain") or "summary").lower()
            current = [stripped[start.end() :]]
            continue
        if current is None:
            if not paragraphs:
                header.append(stripped)
                continue
            current, key = [], key or "text"
        if _ROUTING.match(stripped) and not paragraphs and current == []:
            header.append(stripped)
            continue
        current.append(stripped)
    close()
    if not paragraphs and header:
        # A cable without numbered paragraphs: everything after the routing is prose.
        prose = [line for line in header if not _ROUTING.match(line)]
        header = [line for line in header if _ROUTING.match(line)]
        if prose:
            paragraphs.append(CableParagraph("text", " ".join(prose)))
    return ([CableParagraph("header", "\n".join(header))] if header else []) + paragraphs
