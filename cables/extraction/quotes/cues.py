"""Stage 2: attribution cues. For each quotation, the words of its frame (the text of
its sentence outside quotation marks) that say who said it: a verb of saying and the
noun phrase that is its subject ("…," Mr. Smith said / said the minister / Smith
wrote: "…" / according to the cable / SMITH: …).

A cue is only words and offsets; what they refer to is decided later.
"""
from __future__ import annotations

import bisect
import re
from collections import namedtuple
from dataclasses import dataclass
from itertools import repeat

from ..gazetteer import MONTHS, WEEKDAYS, places
from .lexicon import ABBREVIATIONS, AUXILIARIES, DOCUMENT, SPEECH_FORMS, WEAK_VERBS, is_participle
from .spans import Span

_WORD = re.compile(r"[A-Za-z][\w’'\-]*(?:\.(?:[A-Za-z]\.)*)?|\d[\d,.:]*\d|\d|[^\w\s]")
_MODALS = {"would", "will", "could", "might", "may", "can", "should", "to", "did", "does", "do", "must", "shall"}
# Words that end a noun phrase read backwards from a verb (or forwards from it).
_BOUNDARY = {
    "that", "and", "but", "or", "so", "yet", "when", "while", "as", "if", "because", "although", "though",
    "since", "after", "before", "where", "how", "what", "why", "once", "until", "unless", "whether", "than",
    "in", "on", "at", "during", "from", "to", "by", "with", "for", "about", "over", "into", "of", "against",
    "between", "without", "through", "under", "upon", "this", "these", "those", "there", "here", "which",
    "who", "whom", "whose", "adding", "saying", "noting", "is", "was", "were", "are", "be", "not", "it",
    "had", "has", "have", "did", "does", "do", "would", "will", "could", "should", "can", "may", "might",
    "then", "later", "also", "like", "even", "just", "only", "last", "next", "yesterday", "today",
    "tonight", "ago", "earlier", "afterwards", "recently", "however", "meanwhile", "instead", "still",
    "dated", "signed", "sent", "written", "obtained", "accessed", "released", "published", "seen", "issued",
}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "several", "two", "three"}
_PRONOUN_SUBJECTS = {"he", "she", "they", "it", "we", "i", "you", "who", "which"}


class Word(namedtuple("_Token", "text start end low")):
    """A token of the body with its offsets (and its lowercase form, read often).

    A tuple, so that a paragraph's tokens can be built without running Python code per
    token (see `_paragraph_tokens`); only identity (`is`) is ever asked of two tokens."""

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int):
        return tuple.__new__(cls, (text, start, end, text.lower()))


@dataclass
class Cue:
    """Who said a quotation, as the text puts it."""

    np: str  # the noun phrase that said it ("Mr. Smith", "the ministry", "he", "who", "the cable")
    start: int  # offset of np in the body
    end: int
    verb: str  # the verb of saying as written, "" for a colon or "according to"
    kind: str  # "after" | "before" | "according" | "colon" | "subject" (of a participle) | "inherited"
    context: str = ""  # the clause around the verb, for provenance ("wrote in the cable")


_CACHE: dict[str, object] = {"body": None, "paragraphs": {}}
_MATCH_TEXT, _MATCH_START, _MATCH_END = re.Match.group, re.Match.start, re.Match.end


def _paragraph_tokens(body: str, position: int) -> tuple[int, list[Word], list[int]]:
    """(end, tokens, starts) of the paragraph holding `position`, tokenised once per body."""
    if _CACHE["body"] is not body:
        _CACHE["body"], _CACHE["paragraphs"] = body, {}
    start = body.rfind("\n\n", 0, position)
    start = 0 if start < 0 else start + 2
    paragraphs = _CACHE["paragraphs"]
    if start not in paragraphs:
        end = body.find("\n\n", start)
        end = len(body) if end < 0 else end
        # `[Word(m.group(), *m.span()) for m in …]`, built by C loops (`map`) instead:
        # a Python call per token cost more than reading the tokens.
        matches = list(_WORD.finditer(body, start, end))
        texts, starts = list(map(_MATCH_TEXT, matches)), list(map(_MATCH_START, matches))
        fields = zip(texts, starts, map(_MATCH_END, matches), map(str.lower, texts))
        paragraphs[start] = (end, list(map(tuple.__new__, repeat(Word), fields)), starts)
    return paragraphs[start]


def words(body: str, start: int, end: int) -> list[Word]:
    """The tokens of body[start:end]. Each paragraph is tokenised once (for the last body)."""
    out: list[Word] = []
    position = start
    while position < end:
        paragraph_end, tokens, starts = _paragraph_tokens(body, position)
        lo = bisect.bisect_left(starts, position)
        hi = bisect.bisect_left(starts, end)
        while hi > lo and tokens[hi - 1].end > end:
            hi -= 1
        out.extend(tokens[lo:hi])
        position = paragraph_end + 2
    return out


# How a token bears on the sentence it stands in (see _ending).
_GOES_ON, _LAST_WORD, _END_MARK = 0, 1, 2


def _ending(tokens: list[Word], i: int) -> int:
    """Whether tokens[i] ends its sentence: _GOES_ON (it does not: abbreviations and
    initials end nothing), _LAST_WORD (a word holding the sentence's full stop: "Kito."
    ends it as "Kito") or _END_MARK (a stop of its own, in no sentence)."""
    text = tokens[i].text
    if text[-1] != "." and text not in ".!?":
        return _GOES_ON  # (most tokens: decided without looking at the next one)
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    # A stop followed by a lower-case word, a bracket or a comma ends nothing: "(D-Tex.) said".
    continues = following is not None and (following.text[0].islower() or following.text in {")", ",", ";"})
    if text.endswith(".") and len(text) > 1:
        bare = text.rstrip(".").lower()
        if bare in ABBREVIATIONS or len(bare) == 1 or "." in bare or continues:
            return _GOES_ON
        return _LAST_WORD
    if text in ".!?" and not (text == "." and continues):
        return _END_MARK
    return _GOES_ON


def _without_stop(token: Word) -> Word:
    return Word(token.text[:-1], token.start, token.end - 1)


def split_sentences(tokens: list[Word]) -> list[list[Word]]:
    """Tokens grouped by sentence, abbreviations and initials kept inside."""
    sentences: list[list[Word]] = []
    current: list[Word] = []
    for i, token in enumerate(tokens):
        ending = _ending(tokens, i)
        if ending == _GOES_ON:
            current.append(token)
        elif ending == _LAST_WORD:
            current.append(_without_stop(token))
            sentences.append(current)
            current = []
        else:
            if current:
                sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def first_sentence(tokens: list[Word]) -> list[Word]:
    """split_sentences(tokens)[0], or [] when there is none, reading no further than its end."""
    start = 0
    for i in range(len(tokens)):
        ending = _ending(tokens, i)
        if ending == _LAST_WORD:
            return [*tokens[start:i], _without_stop(tokens[i])]
        if ending == _END_MARK:
            if i > start:
                return tokens[start:i]
            start = i + 1  # a stop before any word ends no sentence
    return tokens[start:]


def last_sentence(tokens: list[Word]) -> list[Word]:
    """split_sentences(tokens)[-1], or [] when there is none, reading back from the end
    only as far as its start (a quotation's frame needs only the sentence before it)."""
    end = len(tokens)
    while end and _ending(tokens, end - 1) == _END_MARK:
        end -= 1
    if not end:
        return []
    start = end - 1
    while start and _ending(tokens, start - 1) == _GOES_ON:
        start -= 1
    sentence = tokens[start:end]
    if _ending(tokens, end - 1) == _LAST_WORD:
        sentence[-1] = _without_stop(sentence[-1])
    return sentence


_NOUN_BEFORE = _DETERMINERS | {"these", "those", "such", "many", "some", "several", "no", "any", "all", "other", "recent", "new", "latest", "earlier", "private", "public", "press", "news", "peace", "trade", "budget"}
_PAST_LIKE_BASE = {"put", "forecast"}


def verb_at(tokens: list[Word], i: int) -> tuple[str, int] | None:
    """(verb form, number of tokens) of a verb of saying starting at tokens[i]."""
    if i >= len(tokens) or not tokens[i].text[0].islower():
        return None  # "the United States" is no verb
    low = tokens[i].low
    if i + 1 < len(tokens):
        two = low + " " + tokens[i + 1].low
        if two in SPEECH_FORMS and SPEECH_FORMS[two] != two.split()[0]:
            return two, 2
    if low in SPEECH_FORMS:
        if low.endswith("s") and i and (tokens[i - 1].low in _NOUN_BEFORE or tokens[i - 1].low.endswith(("'s", "’s"))):
            return None  # "the talks", "his remarks", "the minister's comments": nouns
        if SPEECH_FORMS[low] == low and low not in _PAST_LIKE_BASE and not (i and tokens[i - 1].low in _MODALS):
            return None  # a base form is a noun more often than not ("a note", "the state")
        return low, 1
    return None


_CLITIC = re.compile(r"[’'](?:s|d|ll|ve)$")


def _is_word(text: str) -> bool:
    return text[0].isalnum() or text[0] == "_"


def _bare(word: str) -> str:
    """he's -> he"""
    return _CLITIC.sub("", word) if "'" in word or "’" in word else word


def _np_backwards(tokens: list[Word], end: int) -> tuple[int, int] | None:
    """Token range of the noun phrase ending just before tokens[end] (a verb), after
    skipping auxiliaries and adverbs."""
    i = end - 1
    while i >= 0 and (tokens[i].low in AUXILIARIES or (tokens[i].low.endswith("ly") and tokens[i].text.islower() and len(tokens[i].low) > 4)):
        i -= 1
    if i >= 1 and tokens[i].text == ")":
        # "Rep. Jane Doe (D-Ore.) said": the bracket is an aside.
        j = i - 1
        while j >= 0 and tokens[j].text != "(" and i - j < 8:
            j -= 1
        if j >= 1 and tokens[j].text == "(":
            i = j - 1
    if i < 0:
        return None
    last = i
    if _bare(tokens[i].low) in _PRONOUN_SUBJECTS:
        return i, i + 1
    while i >= 0 and last - i < 10:
        token = tokens[i]
        if not _is_word(token.text):
            break
        if token.low in _DETERMINERS:
            i -= 1
            break
        if token.low in {"of", "for"} and i > 0 and i + 1 <= last and tokens[i + 1].text[0].isupper() and tokens[i - 1].text[0].isupper():
            i -= 1  # "Jane Doe of Acme Corp said"
            continue
        if token.low == "the" and i > 1 and tokens[i - 1].low == "of" and tokens[i - 2].text[0].isupper() and i + 1 <= last and tokens[i + 1].text[0].isupper():
            i -= 2  # "Jane Doe of the Acme Union said"
            continue
        if token.low in _BOUNDARY and not token.text[0].isupper():
            break
        if token.low in _BOUNDARY and i == 0:
            break  # "But he said": a sentence-initial connective
        if token.text[0].isupper() and token.low in _BOUNDARY | _PRONOUN_SUBJECTS:
            break
        i -= 1
    if i + 1 > last:
        return None
    if all(_is_time(t) for t in tokens[i + 1 : last + 1]) and i >= 1 and tokens[i].low in {"in", "on", "of", "from", "at", "dated"}:
        return _np_backwards(tokens, i)  # "The cable in January 2009 said"
    return i + 1, last + 1


_TIME_WORDS = MONTHS | WEEKDAYS | {"year", "years", "week", "month", "day", "last", "this", "next", "early", "late", "mid"}


def _is_time(token: Word) -> bool:
    return token.low in _TIME_WORDS or token.text[0].isdigit() or token.low.rstrip(".") in {"jan", "feb", "aug", "sept", "oct", "nov", "dec"}


def _np_forwards(tokens: list[Word], start: int) -> tuple[int, int] | None:
    """Token range of the noun phrase after an inverted verb ("said the former minister")."""
    i = start
    if i < len(tokens) and tokens[i].low in _DETERMINERS:
        i += 1
    first = start
    while i < len(tokens) and i - first < 10:
        token = tokens[i]
        if not _is_word(token.text):
            break
        if token.low in _BOUNDARY and not token.text[0].isupper():
            # "Secretary of State Jane Doe": 'of' between two capitalised words stays.
            if token.low in {"of", "for"} and i > first and tokens[i - 1].text[0].isupper() and i + 1 < len(tokens) and tokens[i + 1].text[0].isupper():
                i += 1
                continue
            break
        if token.low in _PRONOUN_SUBJECTS and i == first:
            return i, i + 1
        i += 1
    if i == first or (i == first + 1 and tokens[first].low in _DETERMINERS):
        return None
    return first, i


def _named_apposition(tokens: list[Word], np: tuple[int, int]) -> tuple[int, int]:
    """'said his best friend at college, Jane Doe, who…': the name set off after a role."""
    a, b = np
    if tokens[b - 1].text[0].isupper() and not tokens[b - 1].low.endswith(("'s", "’s")):
        return np
    j = b
    while j < len(tokens) and j - b < 6 and tokens[j].text not in {",", ".", ";", ":"}:
        j += 1
    if j + 1 < len(tokens) and tokens[j].text == ",":
        k = j + 1
        while k < len(tokens) and tokens[k].text[0].isupper() and _is_word(tokens[k].text):
            k += 1
        if k > j + 1 and (k == len(tokens) or tokens[k].text in {",", ".", ";"}):
            return j + 1, k
    return np


def _np_head(tokens: list[Word], start: int, end: int) -> tuple[int, int] | None:
    """The head noun phrase at the start of tokens[start:end]: 'a briefing' of 'a briefing by the envoy'."""
    i = start
    if i < end and tokens[i].low in _DETERMINERS:
        i += 1
    while i < end and _is_word(tokens[i].text) and tokens[i].low not in _BOUNDARY:
        i += 1
    return (start, i) if i > start and not (i == start + 1 and tokens[start].low in _DETERMINERS) else None


def _relative_subject(tokens: list[Word], verb: int, floor: int = 0) -> tuple[int, int] | None:
    """'Jane Doe, who chairs the group said' / 'Jane Doe, the guru who founded it said':
    the name before the first relative clause."""
    for j in range(floor + 1, verb - 1):
        if tokens[j + 1].low not in {"who", "whose"}:
            continue
        if tokens[j].text == "," and tokens[j - 1].text[0].isupper():
            return _np_backwards(tokens, j)
        if tokens[j].text[0].islower():
            # "Jane Doe, the polling guru who…": back over the apposition to the comma.
            c = j
            while c > floor and j - c < 6 and tokens[c].text != ",":
                c -= 1
            if c > floor and tokens[c].text == "," and tokens[c - 1].text[0].isupper():
                return _np_backwards(tokens, c)
    return None


def _affiliation(segment: list[Word]) -> bool:
    """'Republican of Ohio', 'a Democrat from Maine': where someone belongs, not who they are."""
    lows = [w.low for w in segment]
    for joiner in ("of", "from"):
        if joiner in lows:
            rest = " ".join(w.text for w in segment[lows.index(joiner) + 1 :])
            if rest in places():
                return True
    return False


_SUBORDINATORS = {"while", "when", "as", "after", "before", "whereas", "and", "but"}


def _names_a_noun_before(tokens: list[Word], comma: int) -> bool:
    """The segment left of tokens[comma] is an aside ending in a common noun ('the editor of
    the paper') and a capitalised name comes before that aside."""
    k = comma - 1
    if k < 0 or not tokens[k].text[0].islower():
        return False
    while k >= 0 and tokens[k].text not in {",", "—", "–", "(", ";", ":"}:
        k -= 1
    return k > 0 and tokens[k].text == "," and tokens[k - 1].text[0].isupper() and tokens[k + 1].low in {"the", "a", "an"}


def _apposition_subject(tokens: list[Word], verb: int) -> tuple[int, int] | None:
    """'Jane Doe, a pollster who works for the party, said': the name before the
    appositions and asides set off by commas or dashes."""
    relative = _relative_subject(tokens, verb)
    if relative:
        return relative
    i = verb - 1
    while i >= 0 and tokens[i].low in AUXILIARIES:
        i -= 1
    if i < 0 or tokens[i].text not in {",", "—", "–", ")"}:
        return None
    # Walk back over comma-separated segments that read as asides.
    end = i
    for _ in range(4):
        j = end - 1
        while j >= 0 and tokens[j].text not in {",", "—", "–", "(", ";", ":"}:
            j -= 1
        segment = tokens[j + 1 : end]
        if not segment:
            return None
        first = segment[0].low
        aside = (
            first in {"a", "an", "the", "who", "which", "whose", "however", "though", "meanwhile", "too", "also", "for", "in",
                      "on", "at", "now", "then", "formerly", "himself", "herself", "like", "as", "according", "speaking",
                      "during", "after", "before", "when", "while", "asked", "referring", "citing", "and", "but"}
            or segment[0].text[0].islower()
            or tokens[end].text == ")"
            or (first.endswith("ly") and len(segment) == 1)
            or all(not w.text[0].isupper() for w in segment)
            or " ".join(w.text.rstrip(".") for w in segment) in places()
            or (len(segment) == 1 and segment[0].low.rstrip(".") in ABBREVIATIONS)
            or (len(segment) > 1 and segment[-1].text[0].islower() and segment[-1].low not in _PRONOUN_SUBJECTS)
            or _affiliation(segment)
        )
        if first in _SUBORDINATORS and len(segment) > 1 and segment[-1].text[0].isupper():
            return _np_backwards(tokens, end)  # ", while Jane Doe, the governor, proposed"
        if not aside and j > 0 and _names_a_noun_before(tokens, j):
            # "Jane Doe, the editor of the paper, The Daily Planet, said": the paper's name
            # belongs to 'the paper'; the speaker is further left.
            end = j
            continue
        if not aside:
            np = _np_backwards(tokens, end)
            return np
        if j < 0:
            # Every segment read as an aside: the first one is the subject itself
            # ("A briefing for the envoy, described him as").
            return _np_head(tokens, 0, end)
        end = j
    return None


@dataclass
class Frame:
    """The words of a quotation's sentence outside its marks."""

    before: list[Word]  # from the sentence start to the opening mark
    after: list[Word]  # from the closing mark to the sentence end (or the next quote)
    before_text: str
    after_text: str
    closed_sentence: bool = False  # the quotation ends with its own full stop


def _cue(body: str, tokens: list[Word], a: int, b: int, verb: str, kind: str, vstart: int, vend: int) -> Cue:
    lo = tokens[min(a, vstart)].start
    hi = tokens[max(b, vend) - 1].end
    reach = body[lo : min(len(body), hi + 80)]
    return Cue(body[tokens[a].start : tokens[b - 1].end], tokens[a].start, tokens[b - 1].end, verb, kind, reach)


def after_cue(body: str, frame: Frame) -> Cue | None:
    """'…," Mr. Smith said' / '…," said the minister' right after the closing mark, or
    ', Smith said.' later in the sentence."""
    tokens = frame.after
    k = 0
    while k < len(tokens) and tokens[k].text in {",", ":", "—", "–", "-", "("}:
        k += 1
    # Immediate inverted: said NP
    verb = verb_at(tokens, k)
    if verb:
        np = _np_forwards(tokens, k + verb[1])
        if np:
            np = _named_apposition(tokens, np)
            return _cue(body, tokens, *np, verb[0], "after", k, k + verb[1])
    # "…," Smith explained. / "…," she laughed: a name and a verb in the past, and the sentence ends.
    short = len(tokens) - k == 2 or (len(tokens) - k > 2 and tokens[k + 2].low in {",", "and", "as", "while", "before", "after", "when"})
    if short and (tokens[k].text[0].isupper() or _bare(tokens[k].low) in _PRONOUN_SUBJECTS):
        if tokens[k + 1].low.endswith("ed") and tokens[k + 1].low not in AUXILIARIES:
            return _cue(body, tokens, k, k + 1, tokens[k + 1].low, "after", k + 1, k + 2)
    # NP verb, anywhere in the sentence (the first verb of saying with a subject decides).
    for i in range(k, min(len(tokens), k + 25)):
        verb = verb_at(tokens, i)
        if not verb:
            continue
        apposition = i > k + 1 and tokens[i - 1].text == ","
        relative = _relative_subject(tokens, i, k)
        np = relative or (_apposition_subject(tokens, i) if apposition else None) or _np_backwards(tokens, i)
        apposition = apposition or relative is not None
        if np and np[0] >= k:
            final = i + verb[1] >= len(tokens) - 3 and np[0] and tokens[np[0] - 1].text == ","
            if not apposition and np[0] - k > 4 and not final:
                continue
            return _cue(body, tokens, *np, verb[0], "after", i, i + verb[1])
        np = _np_forwards(tokens, i + verb[1])
        if np and i > k:
            return _cue(body, tokens, *np, verb[0], "after", i, i + verb[1])
    return None


def before_cue(body: str, frame: Frame) -> Cue | None:
    """'Smith wrote: "…' / 'the minister said that "…' / 'saying "…': the verb of saying
    nearest the quote, and its subject."""
    tokens = frame.before
    coordinated = None
    for i in range(len(tokens) - 1, -1, -1):
        verb = verb_at(tokens, i)
        if not verb:
            continue
        if SPEECH_FORMS[verb[0]] in WEAK_VERBS and len(tokens) - i > 10:
            continue
        if i + 2 < len(tokens) and tokens[i + verb[1]].low == "by" and i and tokens[i - 1].low in {"was", "were", "been", "is", "are", "being"}:
            # "was told by the embassy that '…'", "was asked by the host, '…'"
            np = _np_forwards(tokens, i + verb[1] + 1)
            if np:
                return _cue(body, tokens, *np, verb[0], "before", i, i + verb[1])
        if is_participle(verb[0]) and not (i and tokens[i - 1].low in AUXILIARIES | {"was", "were", "is", "are", "been"}):
            # "with Smith promising to '…'": a name right before the participle is its subject;
            # "…, saying that '…'": otherwise the subject is the sentence's.
            j = i - 1
            while j >= 0 and tokens[j].low.endswith("ly") and tokens[j].text.islower():
                j -= 1
            if j >= 0 and (tokens[j].text[0].isupper() and tokens[j].low not in _BOUNDARY):
                np = _np_backwards(tokens, j + 1)
                if np and np[0] and tokens[np[0] - 1].low == "with":
                    return _cue(body, tokens, *np, verb[0], "before", i, i + verb[1])
            return _sentence_subject(body, tokens, i, verb[0])
        if i and tokens[i - 1].low in {"is", "was", "were", "are", "been", "being"} and verb[0].endswith(("ed", "told", "written", "put")):
            # "who is described as '…'": the one described did not say it; an earlier verb may tell who did.
            continue
        if i and tokens[i - 1].text in {",", "—", "–", ")"} or (i > 1 and tokens[i - 1].low in AUXILIARIES and tokens[i - 2].text == ","):
            np = _apposition_subject(tokens, i)
        else:
            np = _relative_subject(tokens, i) or _np_backwards(tokens, i)
        if np:
            return _cue(body, tokens, *np, verb[0], "before", i, i + verb[1])
        if i and (tokens[i - 1].low in {"and", "but"} or (i > 1 and tokens[i - 1].low in AUXILIARIES and tokens[i - 2].low in {"and", "but"})):
            # "Doe said it was early but added '…'": the subject of the verb before, or of the sentence.
            coordinated = coordinated or _sentence_subject(body, tokens, i, verb[0])
            continue
        # "said Jane Doe: '…'", "asked the minister, '…'"
        np = _np_forwards(tokens, i + verb[1]) if SPEECH_FORMS[verb[0]] not in WEAK_VERBS else None
        if np and (np[1] >= len(tokens) or tokens[np[1]].text in {",", ":", "—", "–"}):
            return _cue(body, tokens, *np, verb[0], "before", i, i + verb[1])
        return _sentence_subject(body, tokens, i, verb[0])
    return coordinated


_INTRODUCERS = {
    "on", "in", "at", "after", "before", "during", "when", "while", "although", "though", "despite", "since",
    "last", "earlier", "later", "speaking", "asked", "yesterday", "today", "as", "with", "for", "from", "like",
    "unlike", "according", "following", "amid", "over", "by", "once", "if", "because", "until", "addressing",
}


def _sentence_subject(body: str, tokens: list[Word], verb: int, form: str) -> Cue | None:
    """The first noun phrase of the sentence: the subject a participle shares."""
    i = 0
    # Skip an opening adverbial clause: "On Friday, …", "In a statement, …".
    comma = next((j for j in range(min(verb, 14)) if tokens[j].text == ","), None)
    if comma is not None and (
        tokens[0].low in _INTRODUCERS or (comma <= 5 and not any(t.text[0].isupper() for t in tokens[1:comma]))
    ):
        i = comma + 1  # "On Friday, …", "Eight years ago, …"
    while i < verb and (not _is_word(tokens[i].text) or tokens[i].low in {"but", "and", "so", "yet", "also", "then", "still", "however"}):
        i += 1
    if i >= verb:
        return None
    start = i
    while i < verb and i - start < 10 and _is_word(tokens[i].text):
        token = tokens[i]
        if i > start and token.text[0].islower() and (
            token.low in _BOUNDARY or token.low in SPEECH_FORMS or token.low in AUXILIARIES or token.low.endswith(("ed", "ly"))
        ):
            break
        i += 1
        if token.low in _PRONOUN_SUBJECTS:
            break
    if i == start:
        return None
    return _cue(body, tokens, start, i, form, "subject", verb, verb + 1)




def according_cue(body: str, frame: Frame) -> Cue | None:
    for side, text_tokens in (("after", frame.after), ("before", frame.before)):
        for i in range(len(text_tokens) - 2):
            if text_tokens[i].low == "according" and text_tokens[i + 1].low == "to":
                np = _np_forwards(text_tokens, i + 2)
                if np:
                    return _cue(body, text_tokens, *np, "according to", "according", i, i + 2)
    return None


def colon_cue(body: str, frame: Frame) -> Cue | None:
    """'Smith: "…"' / a transcript line 'SMITH: …'."""
    tokens = frame.before
    if len(tokens) >= 2 and tokens[-1].text == ":":
        np = _np_backwards(tokens, len(tokens) - 1)
        if np and all(t.text[0].isupper() for t in tokens[np[0] : np[1]]):
            return _cue(body, tokens, *np, "", "colon", np[0], np[1])
        # "Acme, a pressure group, emailed one sentence: '…'": the sentence's subject.
        subject = _sentence_subject(body, tokens, len(tokens) - 1, "")
        if subject and subject.np[:1].isupper() and subject.np.split()[0] not in {"The", "A", "An", "This", "That", "It", "There", "One"}:
            subject.kind = "colon"
            return subject
    return None


def frame_of(body: str, span: Span, previous: Span | None, following: Span | None) -> Frame:
    """The sentence around a quotation, outside its marks, cut at neighbouring quotes."""
    p_start, p_end = span.paragraph
    lo = previous.after if previous is not None and previous.paragraph == span.paragraph and previous.close is not None else p_start
    before_tokens = words(body, max(lo, span.open - 400), span.open)
    before = last_sentence(before_tokens)
    # A sentence that ended right at the opening mark leaves nothing before the quote.
    if before_tokens and before and (before_tokens[-1].text in ".!?" or (before_tokens[-1].text[-1] in ".!?" and before[-1].end != before_tokens[-1].end)):
        before = []
    after: list[Word] = []
    if span.close is not None:
        hi = following.open if following is not None and following.paragraph == span.paragraph else p_end
        after_tokens = words(body, span.after, min(hi, span.after + 400))
        first = first_sentence(after_tokens)
        if first and (after_tokens[0] is first[0] or after_tokens[0].start == first[0].start):
            after = first
    quoted_end = body[max(span.open, (span.close or span.open) - 2) : span.close or span.open]
    return Frame(
        before,
        after,
        body[before[0].start : span.open] if before else "",
        body[span.after : after[-1].end] if after else "",
        closed_sentence=span.close is not None and quoted_end.rstrip().endswith("."),
    )


def find_cue(body: str, frame: Frame) -> Cue | None:
    """The cue of one quotation, in order of reliability."""
    cue = None
    tokens = frame.after
    if frame.closed_sentence and (len(tokens) > 6 or (tokens and tokens[-1].text == ":")):
        tokens = frame.after = []  # a new sentence, perhaps introducing the next quote
    immediate = tokens and (tokens[0].text in {",", "—", "–"} or verb_at(tokens, 0) or tokens[0].text[0].isupper() or tokens[0].low in _PRONOUN_SUBJECTS)
    if immediate:
        cue = after_cue(body, frame)
        if cue and cue.start - (tokens[0].start) > 60 and frame.before:
            cue = before_cue(body, frame) or cue
    if cue is None:
        cue = before_cue(body, frame) or colon_cue(body, frame)
    if cue is None and not immediate:
        cue = after_cue(body, frame)
    according = according_cue(body, frame)
    if according is not None and (cue is None or (any(w[0].isupper() for w in according.np.split()) and not DOCUMENT.search(according.np))):
        # "…," Doe said, according to the Daily Planet: the report is the source.
        return according
    return cue


__all__ = [
    "Cue", "Frame", "Word", "before_cue", "colon_cue", "find_cue", "first_sentence", "frame_of", "last_sentence", "split_sentences",
    "verb_at", "words",
]
