"""Where a news quote stands in its cable, word for word or not.

Both sides are folded before comparing: case, quotation marks, whitespace, dotted
abbreviations (U.S. = US) and the cables' comma for an apostrophe (Haddad,s). A quote
is *verbatim* when its folded words appear contiguously in a paragraph, *close* when
the best window of the paragraph is similar enough (score and differences given), and
*none* otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .cable_text import CableParagraph

VERBATIM, CLOSE, NONE = "verbatim", "close", "none"
CLOSE_AT = 0.6  # below this a window shares too little to be the quote's source
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


@dataclass
class Token:
    word: str  # folded
    start: int  # offsets into the original text
    end: int


@dataclass
class Alignment:
    match: str
    score: float = 0.0
    paragraph: str | None = None  # CableParagraph.key
    start: int | None = None  # offsets into that paragraph's text
    end: int | None = None
    # (op, quote words, cable words) for a close match: op in equal/replace/insert/delete
    differences: list[tuple[str, str, str]] = field(default_factory=list)


def fold_tokens(text: str) -> list[Token]:
    text = text.replace("’", "'").replace("‘", "'")
    # "Haddad,s", "don,t": cables typed a comma for an apostrophe.
    text = re.sub(r"(?<=[A-Za-z]),(?=(?:s|t|ll|re|ve|d|m)\b)", "'", text)
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("'", "")
        tokens.append(Token(word, match.start(), match.end()))
    # "U.S." and "US" are one word.
    merged: list[Token] = []
    for token in tokens:
        if (
            merged
            and len(token.word) == 1
            and len(merged[-1].word) >= 1
            and text[merged[-1].end : token.start] == "."
            and re.fullmatch(r"(?:[a-z]\.?)+", text[merged[-1].start : token.start].lower().replace(".", "") + ".")
            and all(len(part) == 1 for part in text[merged[-1].start : token.end].lower().split("."))
        ):
            merged[-1] = Token(merged[-1].word + token.word, merged[-1].start, token.end)
        else:
            merged.append(token)
    return merged


def _find(sequence: list[str], part: list[str]) -> int:
    n = len(part)
    for i in range(len(sequence) - n + 1):
        if sequence[i : i + n] == part:
            return i
    return -1


def align(quote: str, paragraphs: list[CableParagraph]) -> Alignment:
    quote_tokens = fold_tokens(quote)
    words = [t.word for t in quote_tokens]
    if not words:
        return Alignment(NONE)
    prose = [p for p in paragraphs if p.key != "header"]
    folded = [(p, fold_tokens(p.text)) for p in prose]
    for paragraph, tokens in folded:
        at = _find([t.word for t in tokens], words)
        if at >= 0:
            return Alignment(VERBATIM, 1.0, paragraph.key, tokens[at].start, tokens[at + len(words) - 1].end)
    best = Alignment(NONE)
    for paragraph, tokens in folded:
        cable_words = [t.word for t in tokens]
        if not cable_words:
            continue
        # Anchor the window on the longest run the two share, then widen it to the quote's length.
        matcher = SequenceMatcher(None, cable_words, words, autojunk=False)
        block = matcher.find_longest_match(0, len(cable_words), 0, len(words))
        if block.size == 0:
            continue
        lo = max(0, block.a - block.b - 3)
        hi = min(len(cable_words), block.a + (len(words) - block.b) + 3)
        window = SequenceMatcher(None, cable_words[lo:hi], words, autojunk=False)
        blocks = [b for b in window.get_matching_blocks() if b.size]
        first, last = lo + blocks[0].a, lo + blocks[-1].a + blocks[-1].size
        trimmed = SequenceMatcher(None, cable_words[first:last], words, autojunk=False)
        score = trimmed.ratio()
        if score > best.score:
            # The words as written on each side, not folded.
            def written(source, toks, lo_, hi_):
                return source[toks[lo_].start : toks[hi_ - 1].end] if hi_ > lo_ else ""

            differences = [
                (op, written(quote, quote_tokens, j1, j2), written(paragraph.text, tokens, first + i1, first + i2))
                for op, i1, i2, j1, j2 in trimmed.get_opcodes()
            ]
            best = Alignment(
                CLOSE if score >= CLOSE_AT else NONE,
                round(score, 3),
                paragraph.key,
                tokens[first].start,
                tokens[last - 1].end,
                differences,
            )
    if best.match == NONE:
        return Alignment(NONE, best.score)
    return best
