"""Stage 1: quotation spans. Marks are paired inside a paragraph, so an unbalanced mark
can never swallow the rest of the article.

Marks: straight and curly double quotes, and two apostrophes ('' ... '') as some
newspapers (and their archives) print them. A quote left open at the end of a
paragraph whose next paragraph opens with a mark continues there (the newspaper
convention).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# '' or one of " “ ”: written to start with a set (a lone ' is no mark), so the regex
# engine skips from mark to mark instead of trying both alternatives at every character.
_MARK = re.compile(r"[\"“”'](?:(?<=')'|(?<!'))")
_OPENER_CONTEXT = set(" \t\n([{—–-/:")


@dataclass
class Span:
    open: int  # position of the opening mark
    close: int | None  # position of the closing mark, None when left open
    paragraph: tuple[int, int]
    continues: bool = False  # continues a quote left open in the previous paragraph
    open_len: int = 1
    close_len: int = 1
    speaker_label: str = ""  # a transcript line's "SMITH:" (the span is the rest of the line)

    @property
    def after(self) -> int:
        """First position after the quotation (its closing mark, or the paragraph end)."""
        return self.close + self.close_len if self.close is not None else self.paragraph[1]


def _pair_marks(body: str, paragraph: tuple[int, int]) -> list[Span]:
    start, end = paragraph
    spans: list[Span] = []
    open_at = None
    open_len = 1
    for mark in _MARK.finditer(body, start, end):
        pos, ch = mark.start(), mark.group()
        looks_opening = pos == start or body[pos - 1] in _OPENER_CONTEXT
        if ch == "''" and open_at is None and not looks_opening:
            continue  # a possessive plural followed by a stray apostrophe
        if open_at is None:
            if ch == "”" and not looks_opening:
                continue  # a stray closing mark
            open_at, open_len = pos, len(ch)
        elif ch == "“" and looks_opening and pos > open_at + 1:
            open_at, open_len = pos, 1  # the earlier opening mark was stray
        elif ch == "''" and open_len == 1 and ch != body[open_at]:
            continue  # two apostrophes inside a double-quoted passage
        elif open_len == 2 and ch != "''" and looks_opening:
            continue  # a double quote nested in a ''...'' passage opens, it does not close
        else:
            spans.append(Span(open_at, pos, paragraph, open_len=open_len, close_len=len(ch)))
            open_at = None
    if open_at is not None and open_at < end - open_len:
        spans.append(Span(open_at, None, paragraph, open_len=open_len))
    return spans


def inner(body: str, span: Span) -> tuple[int, int]:
    """Offsets of the quoted words, without marks, edge spaces or the sentence's comma."""
    start = span.open + span.open_len
    end = span.close if span.close is not None else span.paragraph[1]
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    # The trailing comma or full stop belongs to the sentence, not the quote.
    if end > start and body[end - 1] in ",." and not body[start:end].endswith(".."):
        end -= 1
    return start, end


_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):[ \t]+(?=\S)")
_NOT_SPEAKERS = {"UPDATE", "CORRECTION", "EMAIL", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "READ", "PHOTOS", "VIDEO", "RELATED", "ADVERTISEMENT", "Q", "A"}


def _transcript_lines(body: str, paragraphs: list[tuple[int, int]]) -> dict[int, Span]:
    """'SMITH: We will win.': lines of a transcript, when the text has at least two."""
    lines = {}
    for paragraph in paragraphs:
        match = _TRANSCRIPT.match(body, paragraph[0], paragraph[1])
        if match and match.group(1) not in _NOT_SPEAKERS and not _MARK.search(body, match.end(), paragraph[1]):
            colon = match.end(1)
            lines[paragraph[0]] = Span(colon, None, paragraph, open_len=1, speaker_label=match.group(1))
    return lines if len(lines) >= 2 else {}


def quote_spans(body: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    transcript = _transcript_lines(body, paragraphs) if ":" in body else {}
    for paragraph in paragraphs:
        if paragraph[0] in transcript:
            spans.append(transcript[paragraph[0]])
            continue
        found = _pair_marks(body, paragraph)
        if found and spans and spans[-1].close is None and found[0].open == paragraph[0]:
            found[0].continues = True
        spans.extend(found)
    return spans


_TITLE_WORD = re.compile(r"[\w’'\-]+")
_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or"}
_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|called|named|dubbed|headlined|labelled|labeled|termed|headed|show|programme|program|"
    r"book|film|movie|series|column|song|album|novel|memoir|documentary|episode|report|essay|article|editorial|"
    r"op-ed|play|podcast|segment|broadcast|newsletter|blog|campaign|slogan|hashtag|initiative)\s*,?\s*$|"
    r"(?:’s|'s|on|in|of)\s*$",
    re.IGNORECASE,
)

# Compiled once: read for every quotation.
_ENDS_SENTENCE = re.compile(r"[.!?]$")


# Nine words of _TITLE_WORD or more (`len(_TITLE_WORD.findall(text)) > 8`), matched once
# from the first word's start: collecting every word of a long quotation cost more than
# the rest of reading it. The first character is a set the regex engine skips to, and
# possessive repeats never try a word again from inside it.
_NINE_TITLE_WORDS = re.compile(r"[\w’'\-](?<![\w’'\-][\w’'\-])[\w’'\-]*+(?:[^\w’'\-]++[\w’'\-]++){8}")
# Three words or more (`len(re.findall(r"\w+", text)) > 2`), the same way.
_THREE_WORDS = re.compile(r"\w(?<!\w\w)\w*+\W++\w++\W++\w")


def is_title_like(text: str) -> bool:
    if _NINE_TITLE_WORDS.search(text, 0, 120):
        return False  # (each word begun in the first 120 characters is a word of the whole: a long quotation is no title)
    words = _TITLE_WORD.findall(text)
    if not 1 <= len(words) <= 8:
        return False  # (before reading each word: most quotations are longer)
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return 1 <= len(words) <= 8 and bool(significant) and all(w[0].isupper() for w in significant) and not _ENDS_SENTENCE.search(text)


def is_phrase(text: str, before: str, closed: bool) -> bool:
    """A scare-quoted word or two, or the title of a show, book or film: not a quotation."""
    if not _THREE_WORDS.search(text):
        return True
    return closed and is_title_like(text) and bool(_TITLE_CUE.search(before[-60:]))


def title_spans(body: str, paragraphs: list[tuple[int, int]], marks: list[Span] | None = None) -> list[tuple[int, int]]:
    """Quoted titles and names of things ("The Million Dollar Question"): not actors.

    `marks`: the body's quote_spans, when the caller has them already."""
    out = []
    for span in quote_spans(body, paragraphs) if marks is None else marks:
        start, end = inner(body, span)
        if span.close is not None and is_title_like(body[start:end]):
            out.append((span.open, span.close + span.close_len))
    return out
