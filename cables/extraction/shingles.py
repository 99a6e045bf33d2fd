"""Word shingles: finding which cables a quote comes from without reading their texts.

A text is folded into words the way alignment folds them (case, quotation marks,
U.S. = US, the cables' comma for an apostrophe), and every run of SHINGLE words is
hashed to a 32-bit number. A cable keeps only its *fingerprints*: in every window of
WINDOW consecutive shingles, the one with the lowest rank (winnowing, Schleimer,
Wilkerson & Aiken 2003). Any run of SHINGLE + WINDOW - 1 = 6 words that a quote shares
with a cable therefore contains at least one of the cable's fingerprints, so looking up
all of a quote's shingles finds every cable it quotes six words of, from about 40% of
the cable's shingles. Shingles made only of function words ("one of the") rank last,
so common phrases are seldom kept and posting lists stay short.
"""
from __future__ import annotations

import re
import zlib

SHINGLE = 3
WINDOW = 4
MIN_WORDS = SHINGLE + WINDOW - 1  # the shortest quote the index is sure to find

_FUNCTION_WORDS = frozenset(
    """a an the and or but nor of to in on at by for from with as is are was were be been being it its this that
    these those he she they we you i his her their our your my him them us not no so if then than there here
    who whom which what when where how had has have do does did will would shall should can could may might must
    about into over after before between under again also only very said says say""".split()
)
_COMMON = 1 << 32  # added to a function-word shingle's rank


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_COMMA_APOSTROPHE = re.compile(r"(?<=[A-Za-z]),(?=(?:s|t|ll|re|ve|d|m)\b)")
_INITIALISM_DOT = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)")


def words(text: str) -> list[str]:
    """The text's words folded as alignment folds them (see align.fold_tokens), faster:
    a cable's thousand words are folded on every ingest."""
    text = text.replace("’", "'").replace("‘", "'")
    text = _INITIALISM_DOT.sub("", _COMMA_APOSTROPHE.sub("'", text)).lower()
    return [word.replace("'", "") for word in _WORD.findall(text)]


def _signed(value: int) -> int:
    """A 32-bit hash as a signed integer (what a database INTEGER column holds everywhere)."""
    return value - (1 << 32) if value >= 1 << 31 else value


def shingles(folded: list[str]) -> list[int]:
    """The hash of every run of SHINGLE words, in order (one per run; none for a shorter text)."""
    return [_signed(zlib.crc32(" ".join(folded[i : i + SHINGLE]).encode())) for i in range(len(folded) - SHINGLE + 1)]


def fingerprints(folded: list[str], values: list[int] | None = None) -> set[int]:
    """The shingles a cable keeps: the lowest-ranked of every WINDOW consecutive ones
    (`values`: the text's shingles, when already computed)."""
    values = shingles(folded) if values is None else values
    if len(values) <= WINDOW:
        return set(values)
    ranking = ranks(folded, values)
    by_rank = dict(zip(ranking, values))
    return {by_rank[min(ranking[start : start + WINDOW])] for start in range(len(values) - WINDOW + 1)}


def ranks(folded: list[str], values: list[int]) -> list[int]:
    """Each shingle's rank for winnowing: its unsigned hash, plus _COMMON when it is
    function words only (three of them: SHINGLE = 3)."""
    function = [word in _FUNCTION_WORDS for word in folded]
    return [
        (value & 0xFFFFFFFF) | (_COMMON if function[i] and function[i + 1] and function[i + 2] else 0)
        for i, value in enumerate(values)
    ]


def window_fingerprints(folded: list[str], values: list[int], present: list[bool]) -> list[int]:
    """For every run of MIN_WORDS words whose shingles are all `present` in a cable, the
    fingerprint the cable keeps for that run (the run's lowest-ranked shingle): how many
    cables hold that fingerprint bounds how many hold the run."""
    ranking = ranks(folded, values)
    found = []
    for start in range(len(values) - WINDOW + 1):
        if all(present[start : start + WINDOW]):
            window = ranking[start : start + WINDOW]
            found.append(values[start + window.index(min(window))])
    return found
