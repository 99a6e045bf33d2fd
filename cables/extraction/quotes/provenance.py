"""Whether the article attributes a quotation to a cable: only the cable's words or
words the cable reports are; an interview, a press statement, a reaction to the leak
are not."""
from __future__ import annotations

import re

from .lexicon import DOCUMENT, DOCUMENT_SOURCE, PRESS

_PRESENT = re.compile(r"^(?:says|tells|writes|adds|argues|notes|insists|explains|claims|warns|asks)$")


def blank_quotes(text: str) -> str:
    """Quoted passages replaced by a placeholder, so only the frame is read."""
    return re.sub(r"(?:''|[\"“])[^\"“”]*?(?:''|[\"”])", " Q ", text)


def context_mentions_document(body: str, paragraph: tuple[int, int], position: int, before: int = 1) -> bool:
    """The paragraph up to the quote, or the `before` paragraphs above it, speak of a cable."""
    start = paragraph[0]
    for _ in range(before):
        previous_break = body.rfind("\n\n", 0, max(0, start - 2))
        start = 0 if previous_break < 0 else previous_break + 2
    return bool(DOCUMENT.search(blank_quotes(body[start:position])))


def from_cable(
    body: str,
    sentence: str,
    cue_context: str,
    cue_kind: str | None,
    verb: str,
    paragraph: tuple[int, int],
    position: int,
) -> bool:
    """`sentence`: the quote's frame; `cue_kind`: the mention kind that said it, None when nothing did."""
    if cue_kind == "document":
        return True
    frame = blank_quotes(sentence)
    if DOCUMENT_SOURCE.search(cue_context) or DOCUMENT_SOURCE.search(frame):
        return True
    if PRESS.search(frame) or _PRESENT.match(verb or ""):
        return False
    if cue_kind is None:
        return context_mentions_document(body, paragraph, position, before=2)
    return bool(DOCUMENT.search(frame)) or context_mentions_document(body, paragraph, position, before=2)
