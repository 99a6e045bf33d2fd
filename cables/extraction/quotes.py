"""Quotations in a clean body, with who said them and whether a cable said them.

Marks are paired inside a paragraph, so an unbalanced mark can never swallow the
rest of the article. A quote left open at the end of a paragraph whose next
paragraph opens with a mark continues there (the newspaper convention), and takes its
speaker from the part before when it has no attribution of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import ActorIndex, strip_titles
from .types import QuoteFound

_MARKS = '"“”'
_MARK = re.compile(f"[{_MARKS}]")
_OPENER_CONTEXT = set(" \t\n([{—–-/:")

SPEECH_VERBS = (
    "said|says|say|told|tells|noted|notes|observed|observes|warned|warns|asked|asks|added|adds|"
    "stated|states|wrote|writes|claimed|claims|insisted|insists|argued|argues|explained|"
    "explains|remarked|recalled|recounted|described|declared|declares|stressed|stresses|"
    "suggested|suggests|urged|urges|replied|replies|responded|commented|acknowledged|"
    "admitted|reported|reports|speculated|emphasised|emphasized|complained|assured|"
    "promised|concluded|reiterated|quipped|mused|lamented|cautioned|predicted|announced|"
    "announces|conceded|confided|continued|went on|pointed out|maintained|alleged|"
    "contended|assessed|judged|summed up|told reporters|shot back"
)
_AUX = r"(?:(?:had|has|have|was|is|also|reportedly|then|later|once|would|had also|further|allegedly|earlier|privately|publicly|repeatedly|reportedly)\s+)*"
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_DOCUMENT = re.compile(
    r"\b(?:cables?|dispatch(?:es)?|memos?|memorandum|documents?|telegrams?|wikileaks|leak(?:s|ed)?|papers|"
    r"diplomatic (?:message|note)s?|communiqu[eé]s?|the embassy|embassy)\b",
    re.IGNORECASE,
)
_PRESS_CUE = re.compile(
    r"\b(?:told|telling)\s+(?:reporters|journalists|the press|(?:a|the)\s+(?:news|press)\s+(?:conference|agency))|"
    r"\bin an interview\b|\bpress conference\b|\bin a statement\b|\bsaid on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_TITLE_CUE = re.compile(r"\b(?:titled|entitled|called|named|dubbed|headlined|labelled|labeled|termed|headed)\s*$", re.IGNORECASE)
_NP = r"(?P<np>(?:the|a|an|leaked|his|her|their)?\s*(?:[\w’'\-.]+\s+){0,5}?[\w’'\-.]+)"


@dataclass
class _Span:
    open: int  # position of the opening mark
    close: int | None  # position of the closing mark, None when left open
    paragraph: tuple[int, int]
    continues: bool = False  # continues a quote left open in the previous paragraph


def _pair_marks(body: str, paragraph: tuple[int, int]) -> list[_Span]:
    start, end = paragraph
    spans: list[_Span] = []
    open_at = None
    for mark in _MARK.finditer(body, start, end):
        pos, ch = mark.start(), mark.group()
        looks_opening = pos == start or body[pos - 1] in _OPENER_CONTEXT
        if open_at is None:
            if ch == "”" and not looks_opening:
                continue  # a stray closing mark
            open_at = pos
        elif ch == "“" and looks_opening and pos > open_at + 1:
            open_at = pos  # the earlier opening mark was stray
        else:
            spans.append(_Span(open_at, pos, paragraph))
            open_at = None
    if open_at is not None and open_at < end - 1:
        spans.append(_Span(open_at, None, paragraph))
    return spans


def _inner(body: str, span: _Span) -> tuple[int, int]:
    start = span.open + 1
    end = span.close if span.close is not None else span.paragraph[1]
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    # The trailing comma or full stop belongs to the sentence, not the quote.
    if end > start and body[end - 1] in ",." and not body[start:end].endswith(".."):
        end -= 1
    return start, end


def _blank_quotes(text: str) -> str:
    """Replace quoted passages by a placeholder so attribution reads only the frame."""
    return re.sub(r"[\"“][^\"“”]*[\"”]", " Q ", text)


def _sentence_prefix(body: str, span: _Span) -> str:
    # A frame longer than this is not "X said" any more; bounding it keeps regexes linear.
    prefix = _blank_quotes(body[max(span.paragraph[0], span.open - 400) : span.open])
    cut = max((m.end() for m in re.finditer(r"[.!?][\"”’)]*\s+(?=[\"“A-Z])", prefix)), default=0)
    return prefix[cut:]


def _sentence_suffix(body: str, span: _Span) -> str:
    if span.close is None:
        return ""
    rest = body[span.close + 1 : span.paragraph[1]]
    rest = re.split(r"[\"“]", rest, maxsplit=1)[0]  # stop at the next quotation
    match = re.search(r"[.!?](?:\s|$)", rest)
    return rest[: match.end()] if match else rest


_SUFFIX_IMMEDIATE = [
    re.compile(rf"^\s*[,:]?\s*{_NP}\s+{_AUX}(?:{SPEECH_VERBS})\b", re.IGNORECASE),
    re.compile(rf"^\s*[,:]?\s*(?:{SPEECH_VERBS})\s+{_NP}\s*(?:[,.;]|$)", re.IGNORECASE),
]
_ANY_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_SUFFIX_END = re.compile(rf",\s*{_NP}\s+{_AUX}(?:{SPEECH_VERBS})\s*[.!?]?\s*$", re.IGNORECASE)
_VERB_AT_END = re.compile(rf"\s(?:{SPEECH_VERBS})(?:\s+that)?\s*[,:]?\s*$", re.IGNORECASE)
_AUX_WORDS = set(re.findall(r"[a-z]+", _AUX))


def _subject_before_verb(prefix: str) -> str | None:
    """'…, the ambassador had said: ' -> 'the ambassador' (the words up to the last comma)."""
    verb = _VERB_AT_END.search(prefix[-160:])
    if not verb:
        return None
    head = prefix[-160:][: verb.start()]
    head = re.split(r"[,;:()\[\]—]", head)[-1]
    words = head.split()
    while words and words[-1].lower() in _AUX_WORDS:
        words.pop()
    return " ".join(words[-6:]) or None
# Case matters here: the subject's name is the run of capitalised words before the verb.
_PREFIX_VERB = re.compile(rf"(?P<np>\b[\w’'\-.]+(?:\s+[A-Z][\w’'\-.]*)*)\s+{_AUX}(?P<verb>{SPEECH_VERBS})\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,.;]+)", re.IGNORECASE)


class _Resolver:
    def __init__(self, body: str, actors: ActorIndex):
        self.body = body
        self.actors = actors

    def resolve(self, np: str, position: int) -> tuple[str | None, bool, bool]:
        """(speaker, from_document, understood) for the noun phrase that said something."""
        np = re.sub(r"\s+", " ", np).strip(" ,;:")
        low = np.lower()
        if not np or low == "q":
            return None, False, False
        if _DOCUMENT.search(np):
            return None, True, True
        words = low.split()
        if words[-1] in _PRONOUNS:
            if words[-1] in {"he", "she"}:
                people = self.actors.people_before(position)
                return (people[-1].name if people else None), False, True
            if words[-1] == "it":
                recent = self.body[max(0, position - 1500) : position]
                return None, bool(_DOCUMENT.search(recent)), True
            return None, False, True
        # A name: the longest run of capitalised words at the end of the phrase.
        name_match = re.search(r"((?:[A-Z][\w’'\-.]*\s+)*[A-Z][\w’'\-.]*)$", np)
        if name_match:
            name = strip_titles(name_match.group(1))
            canonical = self.actors.resolve(name) or self.actors.resolve(name.split()[-1])
            if canonical and self.actors.actors[canonical].kind != "place":
                return canonical, False, True
        # "the ambassador", "the general": the latest person with that role.
        if words[0] in {"the", "a", "an"}:
            noun = words[-1]
            for mention in reversed(self.actors.people_before(position)):
                actor = self.actors.actors[mention.name]
                if noun in actor.role.lower().split() or noun in (a.lower() for a in actor.aliases):
                    return actor.name, False, True
        return None, False, False


_TITLE_WORD = re.compile(r"[\w’'\-]+")
_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to"}


def _is_title_like(text: str) -> bool:
    words = _TITLE_WORD.findall(text)
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return 1 <= len(words) <= 8 and bool(significant) and all(w[0].isupper() for w in significant)


def quote_spans(body: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    for paragraph in paragraphs:
        found = _pair_marks(body, paragraph)
        if found and spans and spans[-1].close is None and found[0].open == paragraph[0]:
            found[0].continues = True
        spans.extend(found)
    return spans


def title_spans(body: str, paragraphs: list[tuple[int, int]], marks: list[_Span] | None = None) -> list[tuple[int, int]]:
    """Quoted titles and names of things ("The Million Dollar Question"): not actors.

    `marks`: the body's quote_spans, when the caller has them already."""
    out = []
    for span in quote_spans(body, paragraphs) if marks is None else marks:
        start, end = _inner(body, span)
        if span.close is not None and _is_title_like(body[start:end]):
            out.append((span.open, span.close + 1))
    return out


def find_quotes(body: str, paragraphs: list[tuple[int, int]], actors: ActorIndex, marks: list[_Span] | None = None) -> list[QuoteFound]:
    resolver = _Resolver(body, actors)
    quotes: list[QuoteFound] = []
    previous: QuoteFound | None = None
    for span in quote_spans(body, paragraphs) if marks is None else marks:
        start, end = _inner(body, span)
        text = body[start:end]
        if not re.search(r"\w", text):
            continue
        prefix = _sentence_prefix(body, span)
        suffix = _sentence_suffix(body, span)
        speaker, from_document, attributed = None, False, False
        candidates = []
        # Every attribution after the quote needs a speech verb; without one, the
        # patterns below would only backtrack through the noun phrase in vain.
        verb_after = bool(_ANY_SPEECH_VERB.search(suffix))
        for pattern in _SUFFIX_IMMEDIATE if verb_after else ():
            match = pattern.match(suffix)
            if match:
                candidates.append(match.group("np"))
        subject = _subject_before_verb(prefix)
        if subject:
            candidates.append(subject)
        verbs = list(_PREFIX_VERB.finditer(prefix))
        if verbs:
            candidates.append(verbs[-1].group("np"))
        # End-anchored: only the tail can hold ", the cable said."
        match = _SUFFIX_END.search(suffix[-120:]) if verb_after else None
        if match:
            candidates.append(match.group("np"))
        for np in candidates:
            who, document, understood = resolver.resolve(np, span.open)
            if understood:
                speaker, from_document, attributed = who, document, True
                break
        for context in (suffix, prefix):
            match = _ACCORDING.search(context)
            if match:
                who, document, understood = resolver.resolve(match.group("np"), span.open)
                from_document = from_document or document
                if not attributed and understood:
                    speaker, attributed = who, True
        if not attributed and span.continues and previous is not None:
            speaker, from_document = previous.speaker, previous.from_cable
        sentence = prefix + " " + suffix
        from_cable = from_document or bool(_DOCUMENT.search(sentence)) or _cable_context(body, span, sentence)
        words = re.findall(r"\w+", text)
        is_phrase = len(words) <= 2 or (span.close is not None and _is_title_like(text) and bool(_TITLE_CUE.search(prefix)))
        quote = QuoteFound(text=text, start=start, end=end, speaker=speaker, from_cable=from_cable, is_phrase=is_phrase)
        quotes.append(quote)
        previous = quote
    return quotes


def _cable_context(body: str, span: _Span, sentence: str) -> bool:
    """The paragraph or the two before it are about a cable, and nothing says press."""
    if _PRESS_CUE.search(sentence):
        return False
    paragraph_start = span.paragraph[0]
    context_start = paragraph_start
    for _ in range(2):
        previous_break = body.rfind("\n\n", 0, max(0, context_start - 2))
        context_start = 0 if previous_break < 0 else previous_break + 2
    return bool(_DOCUMENT.search(_blank_quotes(body[context_start : span.paragraph[1]])))
