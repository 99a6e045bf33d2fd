"""Everything the views need from the search engine, behind Haystack's API.

Highlighting escapes the stored text first and only then adds <mark>, so nothing
from an article or a query can inject markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from haystack.inputs import AutoQuery
from haystack.query import SearchQuerySet

KINDS = ("article", "quote", "actor", "cable")
_TERM = re.compile(r"[^\W_]+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "to"}


def query_terms(query: str) -> list[str]:
    """The words of a query worth marking in results."""
    return [t for t in _TERM.findall(query.lower()) if t not in _OPERATORS and len(t) > 1]


def highlight(text: str, terms: list[str], *, length: int | None = 240) -> SafeString:
    """An escaped excerpt of text around the first hit, each hit wrapped in <mark>.

    With length=None the whole text is returned, marked.
    """
    text = text or ""
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE) if terms else None
    if length is not None and len(text) > length:
        first = pattern.search(text) if pattern else None
        start = max(0, (first.start() if first else 0) - length // 3)
        start = text.rfind(" ", 0, start) + 1 if start else 0
        end = min(len(text), start + length)
        end = text.rfind(" ", start, end) if end < len(text) and " " in text[start:end] else end
        excerpt = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
    else:
        excerpt = text
    if not pattern:
        return escape(excerpt)
    pieces, cursor = [], 0
    for match in pattern.finditer(excerpt):
        pieces.append(escape(excerpt[cursor : match.start()]))
        pieces.append("<mark>" + escape(match.group(0)) + "</mark>")
        cursor = match.end()
    pieces.append(escape(excerpt[cursor:]))
    return mark_safe("".join(pieces))


@dataclass
class Hit:
    kind: str
    pk: int
    title: str
    url: str
    snippet: SafeString
    date: object
    publication: str | None
    object: object


def search(query: str, *, kind: str | None = None) -> SearchQuerySet:
    """Ranked results for a plain-words query over every document kind."""
    results = SearchQuerySet().filter(content=AutoQuery(query))
    if kind in KINDS:
        results = results.filter(kind=kind)
    return results


def to_hit(result, terms: list[str]) -> Hit | None:
    obj = result.object
    if obj is None:  # the document outlived its row; never show a broken link
        return None
    kind = result.model_name
    text = {"article": lambda: obj.body, "quote": lambda: obj.text, "actor": lambda: " · ".join([obj.role, *obj.aliases]).strip(" ·"), "cable": lambda: obj.text or obj.subject}[kind]()
    return Hit(
        kind=kind,
        pk=obj.pk,
        title=result.title or str(obj),
        url=obj.get_absolute_url(),
        snippet=highlight(text, terms),
        date=getattr(result, "date", None),
        publication=getattr(result, "publication", None),
        object=obj,
    )
