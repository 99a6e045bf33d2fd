"""Separating the story from the site furniture scraped with it.

Boilerplate is recognised by its shape, never by one site's phrases: template
placeholders, prices on their own, calls to action, captions with their credit, tag
lines, menus of short unpunctuated lines. The story is the largest run of
sentence-shaped paragraphs, allowing for the subheadings, lists and ads inside it;
furniture before or after it goes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{.*?\}")
_PRICE = re.compile(
    r"(?:[$€£¥₹₨]|\b(?:Rs|INR|USD|EUR|GBP)\.?)\s?\d[\d,.]*|\d[\d,.]*\s?(?:/\s?(?:mo|month|year|yr|week)\b|per (?:month|year|week))",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Vocabulary of web interfaces, shared by every site: a line starting with or built
# around these is furniture.
# Whole words only: "Advertisements for mobile money are everywhere" and a transcript's
# "TAPLIN: Do you…" are story, though they begin with the letters of "advertisement" and "tap".
_CALL_TO_ACTION = re.compile(
    r"^(?:(?:subscribe|sign (?:up|in)|log ?in|register|already (?:a )?(?:subscribed|subscriber|member)|"
    r"read (?:more|also|the full)|also read|click|tap|share|follow us|download (?:the|our) app|"
    r"advertisement|sponsored|recommended|trending|related|comments?|"
    r"leave a comment|first published|updated|published|posted|last updated|copyright|"
    r"all rights reserved|file photo|representational)(?![\w-])|tags?:|topics?:|©|photo:|image:|watch:|listen:)",
    re.IGNORECASE,
)
# Lines that may hold none of a case-insensitive pattern's words are ruled out with str
# methods before the pattern runs (see _NeedsWords).
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: IGNORECASE matches them to i, s, k
_IGNORECASE_FOLDS_TO_ASCII = re.compile(f"[{_FOLDS_TO_ASCII}]")


class _NeedsWords:
    """A case-insensitive pattern that cannot match without one of a few lowercase
    words: `search` looks for the words in the lowercased text first (C string search,
    much cheaper than trying the pattern at every character) and runs the pattern only
    where one is present. Text holding a character IGNORECASE folds into ASCII
    (İ ı ſ K) always runs the pattern. The words must stay a necessary condition of
    the pattern: change them with it."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern, words: tuple[str, ...]):
        self.pattern, self.words = pattern, words

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        return self.pattern.search(text, pos) if self.may_match(text, pos) else None

    def may_match(self, text: str, pos: int = 0) -> bool:
        """False when the pattern cannot match text[pos:]: none of the words is in it."""
        if text.isascii() or not _IGNORECASE_FOLDS_TO_ASCII.search(text):
            low = (text[pos:] if pos else text).lower()
            # any() over map(): the loop runs in C (over a generator it cost more than
            # the searches themselves).
            return any(map(low.__contains__, self.words))
        return True


_UI_WORDS = _NeedsWords(
    re.compile(
        r"\b(?:subscri(?:be|ption|ber)s?|newsletters?|paywall|free articles?|unlimited access|ad-free|"
        r"cancel anytime|renews? automatically|epaper|e-paper|log ?in|sign ?in|sign ?up|premium|"
        r"please wait|(?:comments?|page|content|video) (?:is |are )?loading|loading comments|"
        r"terms of (?:use|service)|privacy (?:policy|notice)|cookie (?:policy|settings)|subscribing|commenting|comment policy)\b",
        re.IGNORECASE,
    ),
    (
        "subscri", "newsletter", "paywall", "free article", "unlimited access", "ad-free", "cancel anytime", "renew",
        "epaper", "e-paper", "login", "log in", "signin", "sign in", "signup", "sign up", "premium", "please wait",
        "loading", "terms of", "privacy", "cookie", "commenting", "comment policy",
    ),
)
# Headings that open a page's list of other articles or its comments: the story is over.
END_OF_STORY = re.compile(
    r"^(?:more (?:from|on|about) .{1,40}|most (?:popular|read|viewed)|popular(?: now| stories)?|"
    r"related(?: stories| articles| coverage| content| reading| topics)?|recommended(?: for you| stories)?|"
    r"you (?:may|might) (?:also )?like|trending(?: now| stories)?|read next|up next|"
    r"(?:join|leave|post|add) (?:a |our |the |your )?(?:comments?|commenting forum|reply|conversation|discussion)\b.{0,80}|"
    r"comments?(?: \(\d+\))?|\d+ comments?|show comments|view comments|please wait while comments are loading\.*)[.!]?$",
    re.IGNORECASE,
)
# In a page saved as text, related-article boxes stand inside stories too: only a
# comment section's heading ends one.
_COMMENTS = re.compile(
    r"^(?:(?:join|leave|post|add|write) (?:a |our |the |your )?(?:comments?|reply|conversation|discussion)\b.{0,80}|"
    r"comments?(?: \(\d+\))?|\d+ comments?|show comments|view comments|please wait while comments are loading\.*)[.!:]?$",
    re.IGNORECASE,
)
# Cookie and privacy notices are long sentences, but written in their own vocabulary:
# a line with a term only they use and one more of their words is the notice.
_NOTICE_ONLY = _NeedsWords(
    re.compile(r"\b(?:cookies?|gdpr|ccpa|opt(?:ing)?[- ]out|consent preferences)\b", re.IGNORECASE),
    ("cookie", "gdpr", "ccpa", "opt-out", "opt out", "opting-out", "opting out", "consent preferences"),
)
_NOTICE_WORDS = re.compile(
    r"\b(?:cookies?|gdpr|ccpa|opt(?:ing)?[- ]out|consent|personal (?:information|data)|browser|websites?|"
    r"third[- ]part(?:y|ies)|advertis(?:ing|ements?)|preferences|privacy|analytics|session)\b",
    re.IGNORECASE,
)
_VIEW_COUNT = re.compile(r"^\d[\d,.]*\s*[km]?\s*(?:views?|reads?|shares?|comments?)$", re.IGNORECASE)
_BYLINE = re.compile(r"^(?:by|written by|reported by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s*(?:[|,/].*)?$")

_QUOTE_MARK = re.compile(r"[\"“”]")
# A photo caption ends with its credit: "- File Photo", "(Photo: AFP)", "Illustration by …".
_CAPTION_CREDIT = _NeedsWords(
    re.compile(
        r"(?:\b(?:file )?(?:photo(?:graph)?s?|image|picture|illustration|graphic)s?\s*(?:by|:|/|courtesy|credit)[^.!?]{0,80}\)?|"
        r"[-–—]\s*file (?:photo|image)|\b(?:getty images|afp|reuters|ap photo)\)?)\s*\)?$",
        re.IGNORECASE,
    ),
    ("photo", "image", "picture", "illustration", "graphic", "afp", "reuters"),
)
# A caption's credit glued to the end of a story paragraph by a scraper: "… had been
# approved. - File Photo (Illustration by Ana Berg/Kito.com)".
_GLUED_CAPTION = re.compile(
    r"(?<=[.!?\"”’])\s+[-–—]\s*(?:file\s+)?(?:photo(?:graph)?|image|picture|illustration)\b[^\n]{0,120}$", re.IGNORECASE
)

_CAPTION_WORDS = ("photo", "image", "picture", "illustration")  # one of them in any glued caption


def without_glued_caption(paragraph: str) -> str:
    """The paragraph without a photo credit glued after its last sentence."""
    tail = paragraph[-160:].lower()
    if not any(map(tail.__contains__, _CAPTION_WORDS)):  # (a C loop: no generator per paragraph)
        return paragraph
    return _GLUED_CAPTION.sub("", paragraph)


# A text saved from a fixed-width layout breaks every line near one width, often with a
# blank line after each: a sentence is cut over several "paragraphs", and its pieces read
# as headings or menu items. Such a page's lines are short (most under this many
# characters) and many of them stop mid-sentence before a lower-case word.
_WRAP_WIDTH_AT_MOST = 110
_WRAPPED_LINES_AT_LEAST = 10
_ENDS_SENTENCE_OR_CLAUSE = (".", "!", "?", '"', "”", "’", ":", ";", ")")


def joined_hard_wraps(lines: list[str]) -> list[str]:
    """The lines with the sentences a hard-wrapped text cut over several lines joined
    again; any other text's lines as they are."""
    lengths = sorted(len(line) for line in lines if line.count(" ") >= 3)
    if len(lengths) < _WRAPPED_LINES_AT_LEAST:
        return lines
    width = lengths[len(lengths) * 9 // 10]  # nearly every line of prose runs to about here
    if width > _WRAP_WIDTH_AT_MOST:
        return lines
    cut = [len(line) >= width * 3 // 4 and not line.endswith(_ENDS_SENTENCE_OR_CLAUSE) for line in lines]
    cut_before_lowercase = sum(c and following[:1].islower() for c, following in zip(cut, lines[1:]))
    if cut_before_lowercase < max(_WRAPPED_LINES_AT_LEAST // 2, len(lines) // 5):
        return lines  # short lines of a menu or a list, not sentences cut by a width
    joined: list[str] = []
    for i, line in enumerate(lines):
        if i and cut[i - 1] and (line[:1].isalnum() or line[:1] in "\"“‘'("):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


# An agency's name in brackets after a paragraph's last sentence: "… he said. (Kitopress)".
_CREDIT_AFTER_SENTENCE = re.compile(r"[.!?][\"'”’]?\s*\(\s*[A-Z][\w&.\-]*(?:\s+[\w&.\-]+){0,3}\s*\)$")
# Separators inside a story (live blogs, letters): not furniture, not story.
_SEPARATOR = re.compile(r"^[_*=~#\-–—•·. ]{3,}$")
_LIST_ITEM = re.compile(r"^(?:[-–•*·▪►✓]|\d{1,2}[.)])\s+\S")

STORY, FURNITURE, NEUTRAL = "story", "furniture", "neutral"
# Words of story a neighbouring run needs before it joins the story.
JOIN_MIN_WEIGHT = 40
# Lines between two runs beyond which only a weighty run joins.
JOIN_MAX_GAP = 20
# Words of a paragraph without a sentence's end, just before or after the story, that make
# it story (a menu, a caption or a heading never runs this long), or do so when several of
# its words are lower-case ("X was talking to Y, a journalist based in Z", not a heading
# of twelve capitalised words).
UNPUNCTUATED_PROSE_WORDS = 15
UNPUNCTUATED_SENTENCE_WORDS = 12
_LOWERCASE_WORD = re.compile(r"(?<!\S)[a-z]{2,}\b")


def words(line: str) -> list[str]:
    return _WORD.findall(line)


# Chinese and Japanese write no spaces: two characters count as about one word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _word_classes() -> dict[int, str]:
    """Each character of ASCII, Latin-1 and the general punctuation block as a letter of
    _WORD ("a"), a joiner inside a word ("j") or a separator (" ")."""
    classes = {}
    for code in [*range(0x100), *range(0x2000, 0x2070)]:
        char = chr(code)
        classes[code] = "a" if _WORD.fullmatch(char) else "j" if char in "'’-" else " "
    return classes


_WORD_CLASSES = _word_classes()


# The same classes as bytes, for Latin-1 text; a character of another script than
# Latin-1 and general punctuation is looked for first.
_BYTE_CLASSES = bytes(ord(_WORD_CLASSES[code]) for code in range(0x100))
_OTHER_SCRIPT = re.compile("[^\x00-\xff\u2000-\u206f]")


def word_count(line: str) -> int:
    """len(words(line)) (plus CJK), counted on the line's character classes: a word starts
    at a letter after a separator, or after a joiner that follows no letter."""
    if line.isascii() or not _OTHER_SCRIPT.search(line):
        # bytes.translate reads a table in a C loop, where str.translate with a dict
        # looked each character up. Of general punctuation only ’ is not a separator:
        # it becomes ', the others "?" (a separator).
        classes = line.replace("’", "'").encode("latin-1", "replace").translate(_BYTE_CLASSES)
        return (
            (classes[:1] == b"a") + classes.startswith(b"ja")
            + classes.count(b" a") + classes.count(b" ja") + classes.count(b"jja")
        )
    # A character of another script: the pattern knows its class.
    return len(_WORD.findall(line)) + len(_CJK.findall(line)) // 2


def line_kind(line: str, n_words: int | None = None) -> str:
    """Classify one paragraph as story, furniture or neither (short, inconclusive)."""
    return _kind(line, word_count(line) if n_words is None else n_words)[0]


class _WordsInLines:
    """Where the words of the furniture checks (_NeedsWords) stand in a page's lines,
    each word looked for once in the whole lowercased page instead of once per line and
    check (three checks of up to 24 words on every line cost more than all the rest of
    classifying it). `search(check, i, pos)` is `check.search(lines[i], pos)`."""

    CHECKS = ()  # set below, once the checks are defined
    NUMBERS: dict[_NeedsWords, int] = {}  # each check's place in CHECKS
    WORD_BYTES: tuple[tuple[bytes, ...], ...] = ()  # each check's words, in ASCII

    def __init__(self, lines: list[str], whole_page: bool = True):
        self.lines = lines
        # The last offset in its line at which a word of each check starts (-1: none).
        self.last: list[list[int]] | None = None
        self.folding: set[int] = set()
        page = "\n".join(lines) if whole_page else ""
        if not page or "\u0130" in page:
            return  # İ, the one character whose lowercase is longer: offsets would shift; ask each line
        # Lines holding a character IGNORECASE folds into ASCII ask their checks: found
        # once for the page (four string searches), which most often holds none.
        if not page.isascii() and any(map(page.__contains__, _FOLDS_TO_ASCII)):
            self.folding = {i for i, line in enumerate(lines) if _IGNORECASE_FOLDS_TO_ASCII.search(line)}
        starts, cursor = [], 0
        for line in lines:
            starts.append(cursor)
            cursor += len(line) + 1
        last = [[-1] * len(self.CHECKS) for _ in lines]
        # The page lowercased as one byte a character, at the same offsets: lowercasing
        # and searching bytes costs a fraction of doing it on a page that holds one
        # character beyond Latin-1 (’, ₹). The words are ASCII, and only the folding
        # characters above lowercase into ASCII: a character beyond Latin-1 becomes "?",
        # which no word holds, and bytes.lower() changes only A-Z, as str.lower() does
        # among ASCII characters.
        page_bytes = page.encode("latin-1", "replace").lower()
        for number, words in enumerate(self.WORD_BYTES):
            for word in words:
                at = page_bytes.find(word)
                while at >= 0:  # words hold no newline: each is inside one line
                    i = bisect_right(starts, at) - 1
                    if at - starts[i] > last[i][number]:
                        last[i][number] = at - starts[i]
                    at = page_bytes.find(word, at + 1)
        self.last = last

    def search(self, check: _NeedsWords, i: int, pos: int = 0) -> re.Match | None:
        if self.last is None or i in self.folding:
            return check.search(self.lines[i], pos)
        return check.pattern.search(self.lines[i], pos) if self.last[i][self.NUMBERS[check]] >= pos else None


def _kind(line: str, n_words: int, found: _WordsInLines | None = None, i: int = 0) -> tuple[str, bool]:
    """(kind, hard): hard furniture is the page's own (calls to action, captions, counts);
    soft furniture is short and unpunctuated, a menu item or a subheading alike. `found`
    (with the line's number `i`) has looked for the checks' words in the whole page."""
    if ("{" in line and _PLACEHOLDER.search(line)) or _VIEW_COUNT.match(line) or _BYLINE.match(line):
        return FURNITURE, True
    if n_words == 0:
        return (NEUTRAL, False) if _SEPARATOR.match(line) else (FURNITURE, True)
    # Checked at the end only (a search would try the pattern at every character).
    ends_like_sentence = line.endswith(('"', "”", "」")) or line.rstrip("\"'”’)」").endswith((".", "!", "?", "。", "！", "？"))
    if not ends_like_sentence and line.endswith(")"):
        # "… a spokesman said. (Kitopress)": an agency's credit after the last sentence.
        ends_like_sentence = bool(_CREDIT_AFTER_SENTENCE.search(line, max(0, len(line) - 50)))
    if found is None:
        found, i = _WordsInLines([line], whole_page=False), 0  # one line: each check asks it
    if _CALL_TO_ACTION.match(line) or (n_words < 30 and found.search(_UI_WORDS, i)) or _is_notice(line, found, i):
        return FURNITURE, True
    # A price in a sentence is story ("the deal was worth $2bn."); a price on its own is a plan or an ad.
    # Every price has a digit: finding none is much cheaper than trying the price pattern.
    if n_words < 25 and (not ends_like_sentence or n_words < 8) and _DIGIT.search(line) and _PRICE.search(line):
        return FURNITURE, True
    # A credit is at the end: only the last characters can hold it.
    if found.search(_CAPTION_CREDIT, i, max(0, len(line) - 120)) or _is_keyword_line(line, n_words, ends_like_sentence):
        return FURNITURE, True
    if ends_like_sentence and (n_words >= 6 or _QUOTE_MARK.search(line)):
        return STORY, False
    if not ends_like_sentence and n_words < 12:
        # Menus, plan names, headings and captions: short and unpunctuated.
        return FURNITURE, False
    return NEUTRAL, False


def _is_notice(line: str, found: _WordsInLines, i: int) -> bool:
    if not found.search(_NOTICE_ONLY, i):
        return False
    return len({word.lower() for word in _NOTICE_WORDS.findall(line)}) >= 2


_WordsInLines.CHECKS = (_UI_WORDS, _NOTICE_ONLY, _CAPTION_CREDIT)
_WordsInLines.NUMBERS = {check: number for number, check in enumerate(_WordsInLines.CHECKS)}
_WordsInLines.WORD_BYTES = tuple(tuple(word.encode("ascii") for word in check.words) for check in _WordsInLines.CHECKS)


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
    sizes = [word_count(line) for line in lines]
    found = _WordsInLines(lines)
    judged = [_kind(line, size, found, i) for i, (line, size) in enumerate(zip(lines, sizes))]
    # A short line the page prints three times or more ("Article content", "Advertisement")
    # is the page's own label, wherever it stands; it is left out but does not end a run.
    repeated = Counter(line for line, size in zip(lines, sizes) if size < 12)
    labels = {line for line, count in repeated.items() if count >= 3}
    kinds = [kind for kind, _ in judged]
    # Runs of story paragraphs. Pages break a story with subheadings, ads, captions
    # and "read also" links: a run ends only after about eight short lines (four of
    # the page's own furniture) without story, which is where related links and
    # comment sections begin (measured on whole pages saved as text).
    runs: list[tuple[int, int]] = []
    # Where a comment section's heading ended a run, nothing after it joins the story.
    closed_by_comments: set[int] = set()
    start = None
    gap = 0
    last_story = None
    weight_so_far = 0
    for i, kind in enumerate(kinds):
        if start is not None and weight_so_far >= 40 and sizes[i] <= 8 and _COMMENTS.match(lines[i]):
            closed_by_comments.add(len(runs))
            runs.append((start, last_story))
            start, gap, weight_so_far = None, 0, 0
            continue
        if kind == STORY:
            weight_so_far += sizes[i]
            if start is None:
                start = i
            last_story = i
            gap = 0
        elif start is not None:
            gap += 1 if kind == NEUTRAL or not judged[i][1] else 2
            if gap > 8:
                runs.append((start, last_story))
                start, gap, weight_so_far = None, 0, 0
    if start is not None:
        runs.append((start, last_story))
    if not runs:
        return None

    def weight(run: tuple[int, int]) -> int:
        return sum(sizes[i] for i in range(run[0], run[1] + 1) if kinds[i] == STORY)

    weights = [weight(run) for run in runs]
    best = max(range(len(runs)), key=weights.__getitem__)
    lo = hi = best

    def joins(left: int, right: int, neighbour: int) -> bool:
        """Buying guides and long features break their story with spec lists, product
        names and picture credits: a neighbouring run of real story joins the story unless
        a comment section or a list of other articles stands between them. A far run
        joins only when it is as weighty as the story: what stands after a long stretch of
        furniture is most often an author's biography, a notice or another article."""
        if left in closed_by_comments or weights[neighbour] < JOIN_MIN_WEIGHT:
            return False
        if runs[right][0] - runs[left][1] > JOIN_MAX_GAP and weights[neighbour] < weights[best] / 2:
            return False
        # A list of other articles may stand inside the story itself, but not in what joins
        # it; a heading the page repeats all along ("Most Popular" boxes) ends nothing.
        joined = range(runs[left][1] + 1, runs[neighbour][1] + 1) if neighbour == right else range(runs[left][0], runs[right][0])
        return not any(sizes[i] <= 8 and lines[i] not in labels and END_OF_STORY.match(lines[i]) for i in joined)

    while hi + 1 < len(runs) and joins(hi, hi + 1, hi + 1):
        hi += 1
    while lo > 0 and joins(lo - 1, lo, lo - 1):
        lo -= 1
    first, last = runs[lo][0], runs[hi][1]
    # A long paragraph just outside the story is story that lost its last stop ("… during
    # the pandemic"), or a lede that introduces what follows ("Here is what to know:"):
    # only menus, captions and notices are short, and hard furniture stays out.
    if first > 0 and _unpunctuated_prose(lines[first - 1], judged[first - 1], sizes[first - 1]):
        first -= 1
    if last + 1 < len(lines) and _unpunctuated_prose(lines[last + 1], judged[last + 1], sizes[last + 1]):
        last += 1
    kept = []
    for i in range(first, last + 1):
        kind, hard = judged[i]
        if lines[i] in labels and kind != STORY:
            continue
        if kind == FURNITURE and (hard or not _inside_story(lines, judged, i)):
            continue
        if kind == NEUTRAL and _SEPARATOR.match(lines[i]):
            continue
        kept.append(i)
    return StoryBounds(first, last, kept)


def _unpunctuated_prose(line: str, judged: tuple[str, bool], size: int) -> bool:
    """A paragraph neither story nor furniture by its look (no sentence's end), long
    enough to be prose, or nearly so and written in lower-case words: a menu, a caption
    or a heading is never this long, nor a capitalised headline this lower-case."""
    if judged[0] != NEUTRAL or size < UNPUNCTUATED_SENTENCE_WORDS:
        return False
    return size >= UNPUNCTUATED_PROSE_WORDS or len(_LOWERCASE_WORD.findall(line)) >= 3


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


_FUNCTION_WORDS = (
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "that", "which", "who",
    "as", "had", "has", "have", "was", "were", "is", "are", "be", "not", "his", "her", "its", "their", "would", "will",
    "could", "should",
)
_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:" + "|".join(_FUNCTION_WORDS) + r"))+$", re.IGNORECASE)
_FUNCTION_WORD_SET = frozenset(_FUNCTION_WORDS)


def _without_trailing_function_words(text: str) -> str:
    """`_TRAILING_FUNCTION_WORDS.sub("", text)`, the pattern run only when the last word
    is one of its words (tried at every character, it cost more than the rest of cutting
    a headline). A word with a character that IGNORECASE folds (ſ for s) runs it too."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    if last.isascii() and last.lower() not in _FUNCTION_WORD_SET:
        return text
    return _TRAILING_FUNCTION_WORDS.sub("", text)


_NAME_GOES_ON = re.compile(r"\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)")
_NAME_REACH = 30  # characters a headline may run past its limit to end a name it began


def _whole_name_at_end(cut: str, lede: str, limit: int) -> str:
    """A cut that falls inside a name ("… chief Obari" of "… chief Obari Kito Lusanji
    said") takes the rest of the name if it is short enough, else gives the name up."""
    last = cut.rsplit(" ", 1)[-1]
    following = _NAME_GOES_ON.match(lede, len(cut))
    if not last[:1].isupper() or following is None:
        return cut
    if len(cut) + len(following.group(0)) <= limit + _NAME_REACH:
        return lede[: following.end()]
    words = cut.split(" ")
    while len(words) > 1 and words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


def headline_from_lede(lede: str, limit: int = 100) -> str:
    """A headline cut from the first paragraph: whole words, ending on a clause, not a fragment."""
    lede = " ".join(lede.split())  # re.sub(r"\s+", " ", lede).strip(): both split at str.isspace
    if len(lede) <= limit:
        return lede.rstrip(" .,;:")
    window = lede[: limit + 1]
    # Prefer the end of a clause far enough in to say something.
    clause_ends = [m.start() for m in re.finditer(r"[,;:–—](?=\s)", window) if m.start() >= limit * 0.45]
    if clause_ends:
        cut = window[: clause_ends[-1]]
    else:
        cut = window[: window.rfind(" ")] if " " in window else window[:limit]
        cut = _whole_name_at_end(cut, lede, limit)
    cut = _without_trailing_function_words(cut).rstrip(" ,;:-–—")
    # Never leave a quotation or bracket open in a headline.
    for opener, closer in (("“", "”"), ("(", ")")):
        if cut.count(opener) > cut.count(closer):
            cut = cut[: cut.rfind(opener)].rstrip(" ,;:")
    if cut.count('"') % 2:
        cut = cut[: cut.rfind('"')].rstrip(" ,;:")
    return _without_trailing_function_words(cut).rstrip(" ,;:-–—") or lede[:limit]
