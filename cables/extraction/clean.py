"""Separating the story from the site furniture scraped with it.

Boilerplate is recognised by its shape, never by one site's phrases: template
placeholders, prices on their own, calls to action, captions with their credit, tag
lines, menus of short unpunctuated lines. The story is the largest run of
sentence-shaped paragraphs, allowing for the subheadings, lists and ads inside it;
furniture before or after it goes.
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
    r"cancel anytime|renews? automatically|epaper|e-paper|log ?in|sign ?in|sign ?up|premium|"
    r"please wait|(?:comments?|page|content|video) (?:is |are )?loading|loading comments)\b",
    re.IGNORECASE,
)
_VIEW_COUNT = re.compile(r"^\d[\d,.]*\s*[km]?\s*(?:views?|reads?|shares?|comments?)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written by|reported by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*(?:[|,/].*)?$")

_QUOTE_MARK = re.compile(r"[\"“”]")
# A photo caption ends with its credit: "- File Photo", "(Photo: AFP)", "Illustration by …".
_CAPTION_CREDIT = re.compile(
    r"(?:\b(?:file )?(?:photo(?:graph)?s?|image|picture|illustration|graphic)s?\s*(?:by|:|/|courtesy|credit)[^.!?]{0,80}\)?|"
    r"[-–—]\s*file (?:photo|image)|\b(?:getty images|afp|reuters|ap photo)\)?)\s*\)?$",
    re.IGNORECASE,
)
# Separators inside a story (live blogs, letters): not furniture, not story.
_SEPARATOR = re.compile(r"^[_*=~#\-–—•·. ]{3,}$")
_LIST_ITEM = re.compile(r"^(?:[-–•*·▪►✓]|\d{1,2}[.)])\s+\S")

STORY, FURNITURE, NEUTRAL = "story", "furniture", "neutral"


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def line_kind(line: str, n_words: int | None = None) -> str:
    """Classify one paragraph as story, furniture or neither (short, inconclusive)."""
    return _kind(line, len(words(line)) if n_words is None else n_words)[0]


def _kind(line: str, n_words: int) -> tuple[str, bool]:
    """(kind, hard): hard furniture is the page's own (calls to action, captions, counts);
    soft furniture is short and unpunctuated, a menu item or a subheading alike."""
    if ("{" in line and _PLACEHOLDER.search(line)) or _VIEW_COUNT.match(line) or _BYLINE.match(line):
        return FURNITURE, True
    if n_words == 0:
        return (NEUTRAL, False) if _SEPARATOR.match(line) else (FURNITURE, True)
    # Checked at the end only (a search would try the pattern at every character).
    ends_like_sentence = line.endswith(('"', "”")) or line.rstrip("\"'”’)").endswith((".", "!", "?"))
    if _CALL_TO_ACTION.match(line) or (n_words < 30 and _UI_WORDS.search(line)):
        return FURNITURE, True
    # A price in a sentence is story ("the deal was worth $2bn."); a price on its own is a plan or an ad.
    if n_words < 25 and _PRICE.search(line) and (not ends_like_sentence or n_words < 8):
        return FURNITURE, True
    # A credit is at the end: only the last characters can hold it.
    if _CAPTION_CREDIT.search(line, max(0, len(line) - 120)) or _is_keyword_line(line, n_words, ends_like_sentence):
        return FURNITURE, True
    if ends_like_sentence and (n_words >= 6 or _QUOTE_MARK.search(line)):
        return STORY, False
    if not ends_like_sentence and n_words < 12:
        # Menus, plan names, headings and captions: short and unpunctuated.
        return FURNITURE, False
    return NEUTRAL, False


def _is_keyword_line(line: str, n_words: int, ends_like_sentence: bool) -> bool:
    """A tag line: many short comma-separated terms, no sentence."""
    if ends_like_sentence or n_words < 6 or line.count(",") < 4:
        return False
    terms = line.split(",")
    return all(len(term.split()) <= 4 for term in terms)


def story_paragraphs(lines: list[str]) -> list[str]:
    """The story's paragraphs, in order, with the furniture around and inside it removed."""
    bounds = story_bounds(lines)
    return [lines[i] for i in bounds.kept] if bounds else []


class StoryBounds:
    """Where the story runs in a page's lines: first and last line, and the lines kept."""

    __slots__ = ("first", "last", "kept")

    def __init__(self, first: int, last: int, kept: list[int]):
        self.first, self.last, self.kept = first, last, kept


def story_bounds(lines: list[str]) -> StoryBounds | None:
    sizes = [len(words(line)) for line in lines]
    judged = [_kind(line, size) for line, size in zip(lines, sizes)]
    kinds = [kind for kind, _ in judged]
    # Runs of story paragraphs. Pages break a story with subheadings, ads, captions
    # and "read also" links: a run ends only after about eight short lines (four of
    # the page's own furniture) without story, which is where related links and
    # comment sections begin (measured on whole pages saved as text).
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
            gap += 1 if kind == NEUTRAL or not judged[i][1] else 2
            if gap > 8:
                runs.append((start, last_story))
                start, gap = None, 0
    if start is not None:
        runs.append((start, last_story))
    if not runs:
        return None

    def weight(run: tuple[int, int]) -> int:
        return sum(sizes[i] for i in range(run[0], run[1] + 1) if kinds[i] == STORY)

    first, last = max(runs, key=weight)
    kept = []
    for i in range(first, last + 1):
        kind, hard = judged[i]
        if kind == FURNITURE and (hard or not _inside_story(lines, judged, i)):
            continue
        if kind == NEUTRAL and _SEPARATOR.match(lines[i]):
            continue
        kept.append(i)
    return StoryBounds(first, last, kept)


def _inside_story(lines: list[str], judged: list[tuple[str, bool]], i: int) -> bool:
    """A short line inside the story that belongs to it: an item of a list, or a
    subheading or a list's introduction followed (within two lines) by story."""
    if _LIST_ITEM.match(lines[i]):
        return True
    for j in range(i + 1, min(i + 3, len(lines))):
        kind, hard = judged[j]
        if kind == STORY or (not hard and _LIST_ITEM.match(lines[j])):
            return True
        if hard:
            return False
    return False


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
