"""Decoding raw files and the small text helpers every extractor shares."""
from __future__ import annotations

import re
from datetime import date

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from .safety import remove_control_characters
from .types import ExtractionError

HEADER_FIELDS = ("title", "source", "published", "url")
_HEADER_LINE = re.compile(r"^(Title|Source|Published|URL)\s*:\s*(.*)$", re.IGNORECASE)


def decode(raw: bytes) -> str:
    """Bytes to text, or an ExtractionError saying why not.

    UTF-8 (with or without a byte-order mark) and UTF-16 with one are read as they
    are. Other files are a single-byte encoding: Windows-1252 (the web's Latin-1)
    when their non-ASCII characters are a minority and read as letters and punctuation,
    else what charset-normalizer detects with confidence. A file that is mostly
    UTF-8 with a few broken sequences, holds NUL bytes, or whose encoding cannot be
    told is refused: a wrong guess would put mojibake into the archive for good.
    Control characters are removed from the text (see safety.py).
    """
    if not raw.strip():
        raise ExtractionError("the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ExtractionError(f"the file starts as UTF-16 but is not valid UTF-16 (at byte {error.start})") from None
        return remove_control_characters(text.lstrip("\ufeff"))
    if (nul := raw.find(b"\x00")) >= 0:
        raise ExtractionError(f"the file is binary, not text (a NUL byte at byte {nul})")
    try:
        return remove_control_characters(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        bad = error.start
    if len(_UTF8_SEQUENCE.findall(raw)) >= max(1, len(_HIGH_BYTE.findall(raw)) // 4):
        raise ExtractionError(
            f"the file is not valid UTF-8 (byte 0x{raw[bad]:02x} at byte {bad}) but has UTF-8 characters elsewhere: "
            "damaged, or two encodings mixed; save it again as UTF-8"
        )
    return remove_control_characters(_single_byte(raw))


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# In Western text read as Windows-1252, a non-ASCII character is a letter, or
# typographic punctuation and symbols of the kind reports use.
_WESTERN_SYMBOLS = set("‘’‚“”„–—…•€£¥¢©®°±×÷§¶·«»¡¿™ ´¨¸ªº¹²³¼½¾")


def _single_byte(raw: bytes) -> str:
    try:
        western = raw.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None:
        odd = [c for c in western if ord(c) > 127 and not c.isalpha() and c not in _WESTERN_SYMBOLS]
        letters = sum(c.isalpha() for c in western) or 1
        non_ascii = sum(ord(c) > 127 for c in western)
        if not odd and non_ascii * 3 <= letters:  # Cyrillic or Greek read this way is nearly all non-ASCII
            return western
    best = from_bytes(raw).best()
    if best is None or best.encoding is None or best.chaos > 0.1:
        raise ExtractionError("the text encoding could not be detected; save the file as UTF-8")
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


_ISO_DATE = re.compile(r"[12][0-9]{3}-[0-9]{2}-[0-9]{2}")


def parse_date(value: str | None) -> date | None:
    """A publication date written any common way; None when it is not a date."""
    if not value or not value.strip():
        return None
    if _ISO_DATE.fullmatch(value.strip()):
        # "2010-12-20", the usual header: read as dateutil reads it, a hundred times faster.
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass  # "2010-13-01": dateutil decides
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


# The stop is matched, not looked behind for: a pattern that starts with a set lets the
# regex engine skip straight to the next stop instead of trying every character. The
# gap after it (group 1) is what separates two sentences.
_SENTENCE_END = re.compile(r"""[.!?](["'”’)]*\s+)(?=["“'‘(]?[A-Z0-9])""")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "brig", "gov",
    "sen", "rep", "prof", "st", "jr", "sr", "no", "vs", "u.s", "u.k", "u.n", "inc", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}


_LAST_WORD = re.compile(r"([\w.]+)\.$")
_SINGLE_CAPITAL = re.compile(r"[A-Z]")  # an initial: "J. Smith"


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end]."""
    end = len(text) if end is None else end
    spans = []
    cursor = start
    # A stop just before `start` can end the sentence before it.
    for match in _SENTENCE_END.finditer(text, max(0, start - 1), end):
        stop_end = match.start(1)
        # Only the last few characters can hold the word before the full stop.
        before = text[max(cursor, stop_end - 40) : stop_end].rstrip("\"'”’)")
        # Only a full stop can follow an abbreviation, and the word before it holds no
        # space: the pattern is tried on that last piece only, not from each of the
        # 40 characters (where it cost 2% of extraction).
        last_word = _LAST_WORD.search(before.rsplit(None, 1)[-1]) if before.endswith(".") else None
        if last_word and (
            last_word.group(1).lower() in _ABBREVIATIONS or _SINGLE_CAPITAL.fullmatch(last_word.group(1))
        ):
            continue
        spans.append((cursor, stop_end))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans
