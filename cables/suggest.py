"""'Did you mean': the closest actor names, aliases and index words to a query's words.

Haystack's built-in suggestion returns nothing when nothing matches, and is slow on a
large index. Here the vocabulary (the index's unstemmed words, plus every actor name
and alias) is searched with rapidfuzz, which compares a word with tens of thousands in
milliseconds.

The index's words are read segment by segment and kept per segment: a Whoosh segment
never changes once written, so after an edit or an ingest only the new small segment
is read, not the whole lexicon again (at 5,000 reports that was 5.5 s of CPU on the
first misspelt query after every change). Only words are read; how common a word is
matters only to choose between a few close candidates, so it is asked for those alone.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from haystack import connections
from rapidfuzz import fuzz, process

from .models import Actor
from .search_backend import retry_reads

MIN_WORD = 3
MIN_SCORE = 75  # rapidfuzz ratio, 0-100
NAME_WEIGHT = 1000  # an actor's name counts as this many reports: names first
_lock = threading.Lock()
_cache: dict = {}
_segment_words: dict[str, frozenset[str]] = {}  # segment id -> its searchable words


@dataclass
class Vocabulary:
    words: list[str]  # lowercase, sorted
    known: frozenset[str]
    names: dict[str, int]  # lowercase word of an actor name -> how many names hold it
    display: dict[str, str]  # lowercase -> as written (actor names keep their capitals)


def _backend():
    backend = connections["default"].get_backend()
    if hasattr(backend, "use_file_storage") and not backend.setup_complete:  # Whoosh opens its index lazily
        backend.setup()
    return backend


def _read(backend, read_from):
    """`read_from(reader)` on the embedded engine's current reader (None elsewhere)."""
    if getattr(backend, "index", None) is None:  # other engines offer actor names only
        return read_from(None)

    def read():
        if not backend.setup_complete:  # reopened after the index changed under a read
            backend.setup()
        backend.index = backend.index.refresh()
        # The backend keeps its searcher open between queries: opening a reader over every
        # segment for each suggestion would cost more than the suggestion itself.
        with backend.index.searcher() as searcher:
            return read_from(searcher.reader())

    return retry_reads(backend, read) if hasattr(backend, "reopen") else read()


def _field(reader) -> str:
    return "spell_text" if "spell_text" in reader.schema else "text"


def _segment_id(leaf) -> str | None:
    """The segment a leaf reader reads; None for an index nothing was written to yet."""
    segment = leaf.segment() if callable(getattr(leaf, "segment", None)) else None
    return segment.segment_id() if segment is not None else None


def _words_of(leaf, field: str) -> frozenset[str]:
    key = _segment_id(leaf)
    words = _segment_words.get(key) if key is not None else None
    if words is None:
        terms = (t.decode() if isinstance(t, bytes) else t for t in leaf.lexicon(field)) if field in leaf.schema else ()
        words = frozenset(w for w in terms if w.isalpha() and len(w) >= MIN_WORD)
        if key is not None:
            _segment_words[key] = words
    return words


def _index_words(reader) -> tuple[frozenset[str], tuple]:
    """The index's words and the state they were read at; read again only when the
    index changed, and then only from its new segments."""
    if reader is None:
        return frozenset(), ()
    leaves = [leaf for leaf, _ in reader.leaf_readers()]
    live = {_segment_id(leaf) for leaf in leaves} - {None}
    state = (reader.generation(), tuple(sorted(live)))
    with _lock:
        if _cache.get("index_state") == state:
            return _cache["index_words"], state
    field = _field(reader)
    words = frozenset().union(*(_words_of(leaf, field) for leaf in leaves))
    for gone in set(_segment_words) - live:  # segments merged away
        _segment_words.pop(gone, None)
    with _lock:
        _cache.update(index_state=state, index_words=words)
    return words, state


def _vocabulary() -> Vocabulary:
    words, generation = _read(_backend(), _index_words)
    key = (generation, Actor.objects.count(), Actor.objects.order_by("-pk").values_list("pk", flat=True).first())
    with _lock:
        if _cache.get("key") == key:
            return _cache["vocabulary"]
    names: dict[str, int] = {}
    display: dict[str, str] = {}
    for name, aliases in Actor.objects.values_list("name", "aliases"):
        for surface in [name, *aliases]:
            for word in re.findall(r"[^\W\d_]{3,}", surface):
                low = word.lower()
                display[low] = word
                names[low] = names.get(low, 0) + 1
    known = words | frozenset(names)
    vocabulary = Vocabulary(sorted(known), known, names, display)
    with _lock:
        _cache.update(key=key, vocabulary=vocabulary)
    return vocabulary


def _frequencies(vocabulary: Vocabulary, candidates: list[str]) -> dict[str, int]:
    """How many reports hold each candidate (an actor's name weighing as many)."""
    def count(reader):
        field = _field(reader) if reader is not None else None
        return {w: (reader.doc_frequency(field, w) if reader is not None else 0) + NAME_WEIGHT * vocabulary.names.get(w, 0)
                for w in candidates}

    return _read(_backend(), count)


def suggest(query: str) -> str | None:
    """The query with each unknown word replaced by its closest known word, or None."""
    words = re.findall(r"[^\W_]+|[^\w\s]+|\s+", query)
    if not any(w.isalpha() for w in words):
        return None
    vocabulary = _vocabulary()
    changed = False
    out = []
    for word in words:
        low = word.lower()
        if not word.isalpha() or len(word) < MIN_WORD or low in vocabulary.known or word in ("AND", "OR", "NOT"):
            out.append(word)
            continue
        matches = process.extract(low, vocabulary.words, scorer=fuzz.ratio, limit=5, score_cutoff=MIN_SCORE)
        if not matches:
            out.append(word)
            continue
        frequency = _frequencies(vocabulary, [m[0] for m in matches])
        best = max(matches, key=lambda m: (m[1], frequency.get(m[0], 0)))[0]
        out.append(vocabulary.display.get(best, best if word.islower() else best.capitalize()))
        changed = True
    return "".join(out) if changed else None
