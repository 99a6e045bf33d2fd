"""Whether the article attributes a quotation to a cable: only the cable's words or
words the cable reports are; an interview, a press statement, a reaction to the leak
are not."""
from __future__ import annotations

import re

from ..clean import _IGNORECASE_FOLDS_TO_ASCII, _NeedsWords
from .lexicon import DOCUMENT, DOCUMENT_SOURCE, PRESS, QUOTED

# Words every document noun contains (change them with DOCUMENT_NOUNS).
_DOCUMENT_WORDS = (
    "cable", "dispatch", "memo", "document", "telegram", "diplomatic", "communiqu", "leak", "embassy", "state department",
    "missive", "assessment", "briefing",
)


class _FoundAtWords(_NeedsWords):
    """A case-insensitive pattern asked only whether it matches, every match of which
    can start where one of a few lowercase words starts: `search` tries the pattern
    there alone (found by C string search in the lowercased text), not at every
    character, and returns the first match it meets (not always the leftmost one).
    Text holding a character IGNORECASE folds into ASCII runs the plain search."""

    __slots__ = ("starts",)

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...], starts: tuple[str, ...]):
        super().__init__(pattern, words)
        self.starts = starts

    def may_match(self, text: str, pos: int = 0) -> bool:
        """Whether the pattern matches text[pos:]: asked exactly, as cheaply as the words."""
        return self.search(text, pos) is not None

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        if not (text.isascii() or not _IGNORECASE_FOLDS_TO_ASCII.search(text)):
            return self.pattern.search(text, pos)
        low = text.lower()
        for word in self.starts:
            at = low.find(word, pos)
            while at >= 0:
                match = self.pattern.match(text, at)  # (`\b` still sees the character before `at`)
                if match:
                    return match
                at = low.find(word, at + 1)
        return None


# DOCUMENT: whether a text names a document. Each of its nouns starts with one of these
# words (a match from "the" before "embassy report" has one from "embassy" too).
_DOCUMENT_STARTS = (*_DOCUMENT_WORDS, "wikileaks")
_DOCUMENT = _FoundAtWords(DOCUMENT, _DOCUMENT_WORDS, _DOCUMENT_STARTS)
# Each of DOCUMENT_SOURCE's branches holds a document noun too, and starts with a
# preposition, "according" or a document noun.
_DOCUMENT_SOURCE = _FoundAtWords(DOCUMENT_SOURCE, _DOCUMENT_WORDS, ("in", "from", "by", "through", "per", "according", *_DOCUMENT_STARTS))

_PRESENT = re.compile(r"^(?:says|tells|writes|adds|argues|notes|insists|explains|claims|warns|asks)$")
# Signs of the article's own time in the quote's sentence: a weekday, an interview.
_NOW_PATTERN = re.compile(
    r"\b(?:on|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:yesterday|today|tonight)\b|"
    r"\bquestion(?:ing|s|ed)\b|\binterview(?:ed|er)?\b|\bhosted\b|\bdiscussants?\b|\bdebate\b|\bprogramme\b",
    re.IGNORECASE,
)
_NOW = _NeedsWords(_NOW_PATTERN, ("day", "tonight", "question", "interview", "hosted", "discussant", "debate", "programme"))
# PRESS, behind a word each of its branches holds (a weekday and "today" hold "day").
_PRESS = _NeedsWords(
    PRESS,
    ("told", "tell", "in a", "conference", "when ", "speaking to", "in re", "day", "tonight", "this ", "discussion", "debate",
     "show", "program", "interview"),
)


# Someone speaking to a diplomat: the conversation a cable reports.
_TO_DIPLOMAT = re.compile(
    r"\b(?:told|telling|assured|informed|asked|warned|briefed|requested|urged|complained to|confided to|said to)\s+"
    r"(?:the\s+|a\s+|an\s+|visiting\s+|then\s+|two\s+|senior\s+)*(?:(?:US|U\.S\.|American|British|UK|Western|foreign)\s+)?"
    r"(?:ambassadors?|envoys?|diplomats?|officials?|embassy|counsell?ors?|charg[eé]|delegation|Americans|Washington|US|U\.S\.)\b"
)
_EMBASSY = re.compile(r"\b(?:embassy|consulate|mission|high commission)\b", re.IGNORECASE)


# A present-day event the quotes around come from.
_EVENT_PATTERN = re.compile(
    r"\binterview(?:ed)?\b|\btelevised\b|\bpress conference\b|\bnews conference\b|\btold reporters\b|\btalk show\b|"
    r"\bquestion(?:ing|s)\b|\bin a statement\b|\bwhen contacted\b|\bspeaking to (?:reporters|journalists|the media)\b",
    re.IGNORECASE,
)
_EVENT = _NeedsWords(
    _EVENT_PATTERN,
    ("interview", "televised", "conference", "told reporters", "talk show", "question", "in a statement", "when contacted", "speaking to"),
)


def _paragraphs_before(body: str, paragraph: tuple[int, int], count: int) -> str:
    start = paragraph[0]
    for _ in range(count):
        previous_break = body.rfind("\n\n", 0, max(0, start - 2))
        start = 0 if previous_break < 0 else previous_break + 2
    return body[start : paragraph[1]]



def blank_quotes(text: str) -> str:
    """Quoted passages replaced by a placeholder, so only the frame is read."""
    return QUOTED.sub(" Q ", text)


def _outside_quotes(pattern: _NeedsWords, text: str) -> bool:
    """Whether the pattern matches text with its quoted passages blanked. Blanking only
    takes words away (the placeholder has spaces around it), so text without any of
    the pattern's words is not blanked first: blanking paragraphs cost more than
    reading them."""
    return pattern.may_match(text) and bool(pattern.search(blank_quotes(text)))


def context_mentions_document(body: str, paragraph: tuple[int, int], position: int, before: int = 1, after: bool = False) -> bool:
    """The paragraph up to the quote (all of it when `after`), or the `before` paragraphs
    above it, speak of a cable."""
    if after:
        position = paragraph[1]
    start = paragraph[0]
    for _ in range(before):
        previous_break = body.rfind("\n\n", 0, max(0, start - 2))
        start = 0 if previous_break < 0 else previous_break + 2
    return _outside_quotes(_DOCUMENT, body[start:position])


def from_cable(
    body: str,
    sentence: str,
    cue_kind: str | None,
    verb: str,
    paragraph: tuple[int, int],
    position: int,
    speaker_in_cable: bool = False,
    cue_text: str = "",
) -> bool:
    """`sentence`: the quote's frame; `cue_kind`: the mention kind that said it, None when
    nothing did; `speaker_in_cable`: the text ties the speaker to a cable (they wrote it,
    or it reports them)."""
    if cue_kind == "document":
        return True
    if cue_text and _EMBASSY.search(cue_text) and _DOCUMENT.search(body):
        return True  # an embassy speaks through its cables
    frame = blank_quotes(sentence)
    if _DOCUMENT_SOURCE.search(frame):
        return True
    if _PRESS.search(frame) or _PRESENT.match(verb or "") or _NOW.search(frame):
        return False
    if cue_kind is None:
        return bool(_DOCUMENT.search(frame)) or context_mentions_document(body, paragraph, position, before=2)
    if cue_kind in {"name", "pronoun", "role", "relative"} and _outside_quotes(_EVENT, _paragraphs_before(body, paragraph, 1)):
        return False
    if cue_kind in {"name", "pronoun", "role", "relative"} and not speaker_in_cable and not _TO_DIPLOMAT.search(frame):
        return False
    return bool(_DOCUMENT.search(frame)) or context_mentions_document(body, paragraph, position, before=2, after=True)
