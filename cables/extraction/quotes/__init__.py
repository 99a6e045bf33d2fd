"""Quotations in a clean body, with who said them and whether a cable said them.

A pipeline, each stage its own module with its own tests:

1. `spans`: quotation marks paired into spans, per paragraph;
2. `cues`: for each span, the frame of its sentence and the verb of saying and noun
   phrase that attribute it;
3. `mentions`: what that noun phrase is (a name, pronoun, role, organisation, document);
4. `resolution`: the actor it refers to; `provenance`: whether a cable said it.

A quotation with no attribution of its own takes the speaker of the quotation it
continues: the part before "he said" in the same sentence or paragraph, or the
paragraph before when it was left open.
"""
from __future__ import annotations

import re

from ..actors import ActorIndex
from ..types import QuoteFound
from . import mentions as mention_stage
from .cues import Cue, Frame, before_cue, colon_cue, find_cue, frame_of, split_sentences, verb_at, words
from .provenance import from_cable
from .resolution import PERSON, Resolver
from .spans import Span, inner, is_phrase, quote_spans, title_spans

__all__ = ["Span", "find_quotes", "quote_spans", "title_spans"]


def _resolve(resolver: Resolver, cue: Cue) -> tuple[str | None, str, bool]:
    """(speaker, mention kind, understood)."""
    mention = mention_stage.read(cue.np, cue.start)
    if cue.kind == "label":
        who = resolver.label(cue.np, cue.verb, mention)
        return who, "name", who is not None
    if mention.kind == "name":
        who = resolver.name(mention, strong=cue.kind == "after" and len(mention.text.split()) == 1)
        return who, "name", who is not None
    if mention.kind == "pronoun":
        if mention.text in {"he", "she"}:
            return resolver.pronoun(mention.text, cue.start)[0], "pronoun", True
        if mention.text == "it":
            who, document = resolver.pronoun("it", cue.start)
            return who, "document" if document else "pronoun", True
        return None, "pronoun", True
    if mention.kind == "relative":
        return resolver.relative(cue.start), "relative", True
    if mention.kind == "document":
        return None, "document", True
    if mention.kind == "role":
        return resolver.role(mention, cue.start), "role", True
    if mention.kind == "organisation":
        return resolver.organisation(mention, cue.start), "organisation", True
    return None, "other", False


_SAID = re.compile(r"\s*(?:\w+\s+){0,2}?(?:said|told|asked|added|noted|stated|explained|observed|recounted|mentioned|wrote|claimed|argued|warned|insisted|urged|stressed|described)\b")

# Compiled once: read for every quotation.
_WORD_CHAR = re.compile(r"\w")
_STOP_THEN_SPACE = re.compile(r"[.!?]\s")


def _narrates(text: str, speaker: str) -> bool:
    """The quoted words tell of the speaker in the third person ("Smith said he…")."""
    surname = speaker.split()[-1]
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
        if _SAID.match(text, match.end()):
            return True
    return False


def _ends_with_attribution(body: str, span: Span) -> bool:
    """The quotation (and its 'he said') closes its paragraph."""
    return span.close is None or len(body[span.after : span.paragraph[1]]) < 80


def find_quotes(body: str, paragraphs: list[tuple[int, int]], actors: ActorIndex, marks: list[Span] | None = None) -> list[QuoteFound]:
    spans = [span for span in (quote_spans(body, paragraphs) if marks is None else marks) if _WORD_CHAR.search(body[slice(*inner(body, span))])]
    resolver = Resolver(body, actors, [(span.open, span.after) for span in spans])
    frames = [frame_of(body, span, spans[i - 1] if i else None, spans[i + 1] if i + 1 < len(spans) else None) for i, span in enumerate(spans)]
    cues = [_label_cue(span) if span.speaker_label else find_cue(body, frame) for span, frame in zip(spans, frames)]
    for i, span in enumerate(spans):
        if cues[i] is not None:
            continue
        # "…" as donors waited for a "…," he said: the next quotation's cue, same sentence.
        following = spans[i + 1] if i + 1 < len(spans) else None
        if following is not None and following.paragraph == span.paragraph and cues[i + 1] is not None and _same_sentence(body, span, following):
            cues[i] = cues[i + 1]
        elif not frames[i].before:
            # "Jane Doe agreed. '…'" / "Doe said in a statement. '…'": the sentence before.
            cues[i] = _previous_sentence_cue(body, span, spans[i - 1] if i else None)
    quotes: list[QuoteFound] = []
    previous: QuoteFound | None = None
    previous_span: Span | None = None
    for index, span in enumerate(spans):
        start, end = inner(body, span)
        text = body[start:end]
        frame, cue = frames[index], cues[index]
        speaker, kind, understood = _resolve(resolver, cue) if cue else (None, "", False)
        inherited = False
        if not understood and previous is not None and previous_span is not None:
            same_paragraph = previous_span.paragraph == span.paragraph
            # A paragraph that is nothing but a quotation goes on with the speaker of
            # the quotation that ended the paragraph before.
            alone = not frame.before_text.strip() and not frame.after_text.strip() and span.open == span.paragraph[0]
            follows = previous_span.paragraph[1] + 2 == span.paragraph[0]
            if span.continues or same_paragraph or (alone and follows and _ends_with_attribution(body, previous_span)):
                speaker, inherited = previous.speaker, True
        if speaker and _narrates(text, speaker):
            speaker = None  # "Smith said he had…" inside the marks: a document's narrative, not Smith
        sentence = frame.before_text + " Q " + frame.after_text
        if inherited:
            cable = previous.from_cable
        else:
            cable = from_cable(
                body, sentence, kind if understood else None, cue.verb if cue else "", span.paragraph, span.open,
                speaker_in_cable=resolver.in_cable(speaker) if speaker else kind not in {"name", "pronoun", "role", "relative"},
                cue_text=cue.np if cue else "",
            )
        if cable and speaker is None:
            resolver.narrative.add(span.open)
        if understood and speaker and resolver.kind(speaker) == PERSON:
            resolver.last_speaker = (speaker, span.open)
        quote = QuoteFound(
            text=text,
            start=start,
            end=end,
            speaker=speaker,
            from_cable=cable,
            is_phrase=is_phrase(text, frame.before_text or body[max(span.paragraph[0], span.open - 60) : span.open], span.close is not None),
        )
        quotes.append(quote)
        previous, previous_span = quote, span
    return quotes


def _label_cue(span: Span) -> Cue:
    """The speaker of a transcript line, written as a name ('JANE DOE' -> 'Jane Doe')."""
    label = span.speaker_label
    name = " ".join(w.capitalize() if len(w) > 2 else w for w in label.split())
    return Cue(name, span.open - len(label), span.open, label, "label")


def _same_sentence(body: str, span: Span, following: Span) -> bool:
    between = body[span.after : following.open]
    return span.close is not None and not _STOP_THEN_SPACE.search(between) and not body[span.after - 3 : span.after].strip(" ”\"'").endswith((".", "?", "!"))


def _previous_sentence_cue(body: str, span: Span, previous: Span | None) -> Cue | None:
    """The cue of the sentence just before a quotation, when that sentence ends on a verb
    of saying ('Doe agreed.', 'Doe said in a statement.')."""
    lo = previous.after if previous is not None and previous.paragraph == span.paragraph else span.paragraph[0]
    tokens = words(body, max(lo, span.open - 400), span.open)
    if not tokens and span.open == span.paragraph[0] and body[: span.open].rstrip().endswith(":"):
        # "…, Mr. Dorsey writes of the meeting:" closing the paragraph before.
        tokens = words(body, max(0, span.open - 400), span.open)
        sentences = split_sentences(tokens)
        if sentences:
            sentence = sentences[-1]
            frame = Frame(sentence, [], body[sentence[0].start : sentence[-1].end], "")
            near = any(verb_at(sentence, i) for i in range(max(0, len(sentence) - 4), len(sentence)))
            cue = (before_cue(body, frame) or colon_cue(body, frame)) if near else (colon_cue(body, frame) or before_cue(body, frame))
            if cue is not None:
                cue.kind = "previous"
            return cue
    sentences = split_sentences(tokens)
    if len(sentences) < 1 or (previous is not None and previous.paragraph == span.paragraph and len(sentences) == 1):
        return None  # the sentence of the quotation before: that one's speaker goes on
    sentence = sentences[-1]
    verb_positions = [i for i in range(len(sentence)) if verb_at(sentence, i)]
    if not verb_positions or len(sentence) - verb_positions[-1] > 6:
        return None
    frame = Frame(sentence[: verb_positions[-1] + 1], [], body[sentence[0].start : sentence[-1].end], "")
    cue = before_cue(body, frame)
    if cue is not None:
        cue.kind = "previous"
    return cue
