"""Separating the story from the site furniture scraped with it.

Boilerplate is recognised by its shape, never by one site's phrases: template
placeholders, prices, calls to action, menus of short unpunctuated lines. The story
is the largest run of sentence-shaped paragraphs; furniture before or after it goes.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{.*?\}")
_PRICE = re.compile(
    r"(?:[$€£¥₹₨]|\b(?:Rs|INR|USD|EUR|GBP)\.?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:/\s?(?:mo|month|year|yr|week)\b|per (?:month|year|week))",
    re.IGNORECASE,
)
# Vocabulary of web interfaces, shared by every site: a line starting with or built
# around these is furniture.
_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign (?:up|in)|log ?in|register|already (?:a )?(?:subscribed|subscriber|member)|"
    r"read (?:more|also|the full)|also read|click|tap|share|follow us|download (?:the|our) app|"
    r"advertisement|sponsored|recommended|trending|related|tags?:|topics?:|comments?\b|"
    r"leave a comment|first published|updated:?|published:?|posted:?|last updated|copyright|©|"
    r"all rights reserved|photo:|image:|file photo|representational|watch:|listen:)",
    re.IGNORECASE,
)
_UI_WORDS = re.compile(
    r"\b(?:subscri(?:be|ption|ber)s?|newsletters?|paywall|free articles?|unlimited access|ad-free|"
    r"cancel anytime|renews? automatically|epaper|e-paper|log ?in|sign ?in|sign ?up|premium)\b",
    re.IGNORECASE,
)
_VIEW_COUNT = re.compile(r"^\d[\d,.]*\s*[km]?\s*(?:views?|reads?|shares?|comments?)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written by|reported by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*(?:[|,/].*)?$")

_QUOTE_MARK = re.compile(r"[\"“”]")

STORY, FURNITURE, NEUTRAL = "story", "furniture", "neutral"


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def line_kind(line: str, n_words: int | None = None) -> str:
    """Classify one paragraph as story, furniture or neither (short, inconclusive)."""
    n_words = len(words(line)) if n_words is None else n_words
    if ("{" in line and _PLACEHOLDER.search(line)) or _VIEW_COUNT.match(line) or _BYLINE.match(line):
        return FURNITURE
    if _CALL_TO_ACTION.match(line) or (n_words < 25 and _PRICE.search(line)):
        return FURNITURE
    if n_words < 30 and _UI_WORDS.search(line):
        return FURNITURE
    if n_words == 0:
        return FURNITURE
    # Checked at the end only (a search would try the pattern at every character).
    ends_like_sentence = line.endswith(('"', "”")) or line.rstrip("\"'”’)").endswith((".", "!", "?"))
    if ends_like_sentence and (n_words >= 6 or _QUOTE_MARK.search(line)):
        return STORY
    if not ends_like_sentence and n_words < 12:
        # Menus, plan names, headings and captions: short and unpunctuated.
        return FURNITURE
    return NEUTRAL


def story_paragraphs(lines: list[str]) -> list[str]:
    """The story's paragraphs, in order, with the furniture around and inside it removed."""
    sizes = [len(words(line)) for line in lines]
    kinds = [line_kind(line, size) for line, size in zip(lines, sizes)]
    # Runs of story paragraphs; a single inconclusive or furniture line (a caption, a
    # "read also" link) inside the story does not end it, two furniture lines do.
    runs: list[tuple[int, int]] = []
    start = None
    gap = 0
    last_story = None
    for i, kind in enumerate(kinds):
        if kind == STORY:
            if start is None:
                start = i
            last_story = i
            gap = 0
        elif start is not None:
            gap += 1 if kind == NEUTRAL else 2
            if gap > 2:
                runs.append((start, last_story))
                start, gap = None, 0
    if start is not None:
        runs.append((start, last_story))
    if not runs:
        return []

    def weight(run: tuple[int, int]) -> int:
        return sum(sizes[i] for i in range(run[0], run[1] + 1) if kinds[i] == STORY)

    first, last = max(runs, key=weight)
    return [lines[i] for i in range(first, last + 1) if kinds[i] != FURNITURE]


_TRAILING_FUNCTION_WORDS = re.compile(
    r"(?:\s+(?:a|an|the|of|to|in|on|at|for|from|by|with|and|or|but|that|which|who|as|had|has|have|was|were|is|are|be|not|his|her|its|their|would|will|could|should))+$",
    re.IGNORECASE,
)


def headline_from_lede(lede: str, limit: int = 100) -> str:
    """A headline cut from the first paragraph: whole words, ending on a clause, not a fragment."""
    lede = re.sub(r"\s+", " ", lede).strip()
    if len(lede) <= limit:
        return lede.rstrip(" .,;:")
    window = lede[: limit + 1]
    # Prefer the end of a clause far enough in to say something.
    clause_ends = [m.start() for m in re.finditer(r"[,;:–—](?=\s)", window) if m.start() >= limit * 0.45]
    if clause_ends:
        cut = window[: clause_ends[-1]]
    else:
        cut = window[: window.rfind(" ")] if " " in window else window[:limit]
    cut = _TRAILING_FUNCTION_WORDS.sub("", cut).rstrip(" ,;:-–—")
    # Never leave a quotation or bracket open in a headline.
    for opener, closer in (("“", "”"), ("(", ")")):
        if cut.count(opener) > cut.count(closer):
            cut = cut[: cut.rfind(opener)].rstrip(" ,;:")
    if cut.count('"') % 2:
        cut = cut[: cut.rfind('"')].rstrip(" ,;:")
    return _TRAILING_FUNCTION_WORDS.sub("", cut).rstrip(" ,;:-–—") or lede[:limit]
