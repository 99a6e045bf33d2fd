"""Everything the views need from the search engine, behind Haystack's API.

- `parse_query` turns what a user typed into an engine query: Whoosh syntax when it
  is well formed, plain words (and a note saying so) when it is not.
- `SearchState` is the one place that reads filters from a request and builds
  every link that adds or removes one.
- `highlight` escapes the stored text first and only then adds <mark>, so nothing
  from an article or a query can inject markup.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from haystack.inputs import Clean, Exact, Raw
from haystack.query import SearchQuerySet
from whoosh.qparser import QueryParser

from .search_backend import _Kept, index_state
from .search_indexes import NO_VALUE

MAX_QUERY_WORDS = 30
# Filter parameter in the URL -> (index field, label shown on the page).
FILTERS = {
    "type": ("kind", "Type"),
    "actor": ("actor_facet", "Actor"),
    "publication": ("publication_facet", "Publication"),
    "year": ("year", "Year"),
    "month": ("month", "Month"),
    "classification": ("classification", "Classification"),
}
FACETS = ("type", "actor", "publication", "year", "classification")
FACET_VALUES = 15  # shown per facet
SEARCH_FIELDS = ("speaker", "publication", "cable", "title", "names", "text")
_TERM = re.compile(r"[^\W_]+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "to"}
_FIELD = re.compile(r"\b([a-z_]+):", re.IGNORECASE)
# speaker:X asks for quotes (not negated by NOT or a minus sign).
_SPEAKER_FIELD = re.compile(r"(?<![-\w])(?<!NOT )speaker:", re.IGNORECASE)


def query_terms(query: str) -> list[str]:
    """The words of a query worth marking in results (no operators, no field names)."""
    query = _FIELD.sub(" ", query)
    return [t for t in _TERM.findall(query.lower()) if t not in _OPERATORS and len(t) > 1]


@dataclass
class ParsedQuery:
    text: str  # what the user typed, cleaned
    engine: object  # a Haystack input: Raw for valid syntax, Clean for plain words
    note: str = ""  # why the query was read as plain words
    terms: list[str] = field(default_factory=list)


def _problem(query: str) -> str:
    """Why a query is not valid search syntax, or ''."""
    if query.count('"') % 2:
        return "an unclosed quotation mark"
    depth = 0
    for ch in query:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            break
    if depth:
        return "unbalanced brackets"
    if query.count("[") != query.count("]") or query.count("{") != query.count("}"):
        return "unbalanced brackets"
    words = query.split()
    if words and (words[0] in ("AND", "OR") or words[-1] in ("AND", "OR", "NOT")):
        return "an operator with nothing on one side"
    if words and all(w in ("AND", "OR", "NOT") for w in words):
        return "only operators"
    for name in _FIELD.findall(query):
        if name.lower() not in SEARCH_FIELDS:
            return f"an unknown field “{name}:”"
    if re.search(r"(^|\s)[*?]", query):
        return "a wildcard at the start of a word"
    return ""


def parse_query(raw: str) -> ParsedQuery:
    text = " ".join("".join(ch for ch in raw if ch.isprintable()).split())
    words = text.split()
    note = ""
    if len(words) > MAX_QUERY_WORDS:
        text = " ".join(words[:MAX_QUERY_WORDS])
        note = f"Your query was long; it was cut to its first {MAX_QUERY_WORDS} words."
    problem = _problem(text)
    if not problem:
        # "-word" is how people write NOT.
        syntax = re.sub(r"(^|\s)-(?=\w)", r"\1NOT ", text)
        syntax = re.sub(r"(^|\s)\+(?=\w)", r"\1", syntax)
        try:
            QueryParser("text", schema=None).parse(syntax)
        except Exception:  # whoosh's parser is lenient; anything it cannot read is plain words
            problem = "syntax the search engine cannot read"
        else:
            return ParsedQuery(text, Raw(syntax), note, query_terms(text))
    plain = " ".join(w for w in _TERM.findall(text) if w.lower() not in _OPERATORS)
    note = f"Your query had {problem}, so it was searched as plain words: {plain or '(none)'}."
    return ParsedQuery(text, Clean(plain) if plain else None, note, query_terms(plain))


class SearchState:
    """The filters, sort and page a search page was asked for, and the links that change them."""

    def __init__(self, params: QueryDict):
        self.params = params
        self.q = params.get("q", "")
        self.filters = {name: params.getlist(name) for name in FILTERS if params.getlist(name)}
        self.sort = "date" if params.get("sort") == "date" else "relevance"
        # Every link a page offers starts from the same parameters, page number left out:
        # read them once (a page of facets and a timeline asks for a hundred links).
        self._lists = {name: values for name, values in params.lists() if name != "page"}

    def _link(self, lists: dict[str, list[str]]) -> str:
        return "?" + urlencode([(name, value) for name, values in lists.items() for value in values])

    def url(self, **changes) -> str:
        lists = dict(self._lists)
        for key, value in changes.items():
            if value is None:
                lists.pop(key, None)
            else:
                lists[key] = [value]
        return self._link(lists)

    def add(self, name: str, value: str) -> str:
        current = self._lists.get(name, [])
        return self._link(self._lists if value in current else {**self._lists, name: [*current, value]})

    def remove(self, name: str, value: str) -> str:
        return self._link({**self._lists, name: [v for v in self._lists.get(name, []) if v != value]})

    @property
    def sort_date_url(self) -> str:
        return self.url(sort="date")

    @property
    def sort_relevance_url(self) -> str:
        return self.url(sort=None)

    @property
    def hidden(self) -> list[tuple[str, str]]:
        """The filters as (name, value), for hidden inputs that keep them when the query changes."""
        return [(name, value) for name, values in self.filters.items() for value in values]

    def pills(self) -> list[dict]:
        return [
            {"label": FILTERS[name][1], "value": value, "remove": self.remove(name, value)}
            for name, values in self.filters.items()
            for value in values
        ]

    def facets(self, counts: dict) -> list[dict]:
        """Facet groups for the page: each value with its count and the link that toggles it."""
        groups = []
        for name in FACETS:
            index_field = FILTERS[name][0]
            values = counts.get("fields", {}).get(index_field, [])
            selected = set(self.filters.get(name, []))
            # The most frequent values (the engine sorts them by count), and any selected one.
            shown = [(v, c) for v, c in values if c and v and v != NO_VALUE]
            shown = shown[:FACET_VALUES] + [(v, c) for v, c in shown[FACET_VALUES:] if v in selected]
            items = [
                {"value": value, "count": count, "selected": value in selected,
                 "url": self.remove(name, value) if value in selected else self.add(name, value)}
                for value, count in shown
            ]
            if name == "year":
                items.sort(key=lambda i: i["value"], reverse=True)
            if items:
                groups.append({"name": name, "label": FILTERS[name][1], "items": items})
        return groups


def search(state: SearchState, parsed: ParsedQuery | None = None, *, facets: bool = True) -> SearchQuerySet:
    """The results for a search page or API call: query, filters, sort and facets."""
    results = SearchQuerySet()
    if parsed is not None and parsed.engine is not None:
        results = results.filter(content=parsed.engine)
        if isinstance(parsed.engine, Raw) and _SPEAKER_FIELD.search(parsed.text) and "type" not in state.filters:
            # Articles index their quotes' speakers too (for ranking); speaker: means quotes.
            results = results.filter(kind=Exact("quote"))
    for name, values in state.filters.items():
        for value in values:
            # Facet fields store comma-separated values, so no stored value has a comma;
            # as a filter, one would become a phrase Whoosh cannot search (a 500).
            results = results.filter(**{FILTERS[name][0]: Exact(value.replace(",", " "))})
    if state.sort == "date":
        results = results.order_by("-date")
    if facets:
        for name in (*FACETS, "month"):
            results = results.facet(FILTERS[name][0])
    return results.load_all()


# Search pages as computed (results, counts, facets, timeline), by query and index state.
kept_pages = _Kept(256)


def _normalised(params: QueryDict) -> tuple:
    """The request's parameters, so that the same search asked differently is one key:
    spacing in the query, order of the parameters, empty values."""
    return tuple(sorted(
        (name, tuple(sorted(" ".join(v.split()) for v in params.getlist(name) if v.strip())))
        for name in params if any(v.strip() for v in params.getlist(name))
    ))


def kept_page(params: QueryDict, compute):
    """`compute()`, done once for the same query, filters, sort and page for as long as
    the search index stays the same. Any change to the archive that a search could
    show rewrites search documents, so the index changes with it and the next request
    computes afresh: an edit shows at once."""
    state = index_state()
    if state is None:
        return compute()
    key = (state, _normalised(params))
    found = kept_pages.get(key)
    return found if found is not None else kept_pages.put(key, compute())


def did_you_mean(parsed: ParsedQuery | None, count: int, suggest) -> str | None:
    """A suggestion for a query that finds little, never for one whose own words already
    find something (a wildcard's hits, a name spelled another way), nor the query itself."""
    if parsed is None or count >= 3 or (count and re.search(r"[*?]", parsed.text)):
        return None
    suggestion = suggest(parsed.text)
    if suggestion is None or suggestion.lower() == parsed.text.lower():
        return None
    return suggestion


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
    title_html: SafeString
    url: str
    snippet: SafeString
    date: object
    publication: str | None
    object: object


def to_hits(results, terms: list[str]) -> list[Hit]:
    """Hits for one page of results, loading each kind's rows in one query."""
    hits = []
    for result in results:
        obj = result.object
        if obj is None:  # the document outlived its row; never show a broken link
            continue
        kind = result.model_name
        text = {
            "article": lambda: obj.body,
            "quote": lambda: " — ".join(p for p in (obj.speaker.name if obj.speaker else "", f"in “{obj.article.title}”") if p),
            "actor": lambda: " · ".join([obj.role, *obj.aliases]).strip(" ·"),
            "cable": lambda: obj.subject or obj.text,
        }[kind]()
        title = result.title or str(obj)
        hits.append(
            Hit(
                kind=kind,
                pk=obj.pk,
                title=title,
                title_html=highlight(title if len(title) < 200 else title[:197] + "…", terms, length=None),
                url=obj.get_absolute_url(),
                snippet=highlight(text, terms),
                date=getattr(result, "date", None),
                publication=getattr(result, "publication", None),
                object=obj,
            )
        )
    return hits


def autocomplete(prefix: str, limit: int = 8) -> list[dict]:
    """Actors whose name or alias starts with what was typed (edge n-grams)."""
    words = _TERM.findall(prefix)
    if not words or len(prefix.strip()) < 2:
        return []
    results = SearchQuerySet().models(_actor_model())
    for word in words:
        results = results.filter(name_auto=Clean(word))
    return [{"name": r.title, "url": r.object.get_absolute_url() if r.object else ""} for r in results[:limit]]


def _actor_model():
    from .models import Actor

    return Actor
