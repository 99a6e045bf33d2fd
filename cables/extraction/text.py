"""Decoding raw files and the small text helpers every extractor shares."""
from __future__ import annotations

import re
from datetime import date

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from .types import ExtractionError

HEADER_FIELDS = ("title", "source", "published", "url")
_HEADER_LINE = re.compile(r"^(Title|Source|Published|URL)\s*:\s*(.*)$", re.IGNORECASE)


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 when it is valid, else the encoding charset-normalizer detects.

    A file that is binary, or whose encoding cannot be told, is an error rather than
    a guess: a wrong guess would put mojibake into the archive for good.
    """
    if not raw.strip():
        raise ExtractionError("the file is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ExtractionError("the file is binary, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise ExtractionError("the text encoding could not be detected")
    return str(best)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\xa0", " ")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Read optional `Title:`/`Source:`/`Published:`/`URL:` lines ending in a blank line."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[i + 1 :])
            return {}, text
        match = _HEADER_LINE.match(line.strip())
        if not match:
            return {}, text
        header[match.group(1).lower()] = match.group(2).strip()
    return {}, text


def parse_date(value: str | None) -> date | None:
    """A publication date written any common way; None when it is not a date."""
    if not value or not value.strip():
        return None
    try:
        return date_parser.parse(value.strip(), fuzzy=False, default=None).date()
    except (ValueError, OverflowError, TypeError):
        return None


_INNER_SPACE = re.compile(r"[ \t\f\v]+")


def paragraphs(text: str) -> list[str]:
    """One paragraph per non-blank line, inner whitespace folded."""
    return [_fold_spaces(line).strip() for line in text.split("\n") if line.strip()]


def _fold_spaces(line: str) -> str:
    # Most lines have nothing to fold; finding that out with `in` is cheaper than a regex.
    if "  " in line or "\t" in line or "\f" in line or "\v" in line:
        return _INNER_SPACE.sub(" ", line)
    return line


_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)]*\s+(?=["“'‘(]?[A-Z0-9])""")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "brig", "gov",
    "sen", "rep", "prof", "st", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "inc", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


_LAST_WORD = re.compile(r"([\w.]+)\.$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        # Only the last few characters can hold the word before the full stop.
        before = text[max(cursor, match.start() - 40) : match.start()].rstrip("\"'”’)")
        last_word = _LAST_WORD.search(before)
        if last_word and (
            last_word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", last_word.group(1))
        ):
            continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans
