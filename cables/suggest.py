"""'Did you mean': the closest actor names, aliases and index words to a query's words.

Haystack's built-in suggestion returns nothing when nothing matches, and is slow on a
large index. Here the vocabulary (the index's unstemmed words with their document
counts, plus every actor name and alias) is read once per index generation and
searched with rapidfuzz, which compares a word with tens of thousands in milliseconds.
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
_lock = threading.Lock()
_cache: dict = {}


@dataclass
class Vocabulary:
    words: list[str]  # lowercase
    frequency: dict[str, int]
    display: dict[str, str]  # lowercase -> as written (actor names keep their capitals)


def _vocabulary() -> Vocabulary:
    backend = connections["default"].get_backend()
    if hasattr(backend, "use_file_storage") and not backend.setup_complete:  # Whoosh opens its index lazily
        backend.setup()
    index = getattr(backend, "index", None)  # the embedded engine; others offer actor names only
    if index is None:
        return _build(None)

    def read():
        if not backend.setup_complete:  # reopened after the index changed under a read
            backend.setup()
        backend.index = backend.index.refresh()
        # The backend keeps its searcher open between queries: opening a reader over every
        # segment for each suggestion would cost more than the suggestion itself.
        with backend.index.searcher() as searcher:
            return _build(searcher.reader())

    return retry_reads(backend, read) if hasattr(backend, "reopen") else read()


def _build(reader) -> Vocabulary:
    key = (reader.generation() if reader is not None else None, Actor.objects.count(),
           Actor.objects.order_by("-pk").values_list("pk", flat=True).first())
    with _lock:
        if _cache.get("key") == key:
            return _cache["vocabulary"]
    frequency: dict[str, int] = {}
    display: dict[str, str] = {}
    if reader is not None:
        field = "spell_text" if "spell_text" in reader.schema else "text"
        for term, info in reader.iter_field(field):
            word = term.decode() if isinstance(term, bytes) else term
            if word.isalpha() and len(word) >= MIN_WORD:
                frequency[word] = info.doc_frequency()
    for name, aliases in Actor.objects.values_list("name", "aliases"):
        for surface in [name, *aliases]:
            for word in re.findall(r"[^\W\d_]{3,}", surface):
                low = word.lower()
                display[low] = word
                frequency[low] = frequency.get(low, 0) + 1000  # names first
    vocabulary = Vocabulary(sorted(frequency), frequency, display)
    with _lock:
        _cache.update(key=key, vocabulary=vocabulary)
    return vocabulary


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
        if not word.isalpha() or len(word) < MIN_WORD or low in vocabulary.frequency or word in ("AND", "OR", "NOT"):
            out.append(word)
            continue
        matches = process.extract(low, vocabulary.words, scorer=fuzz.ratio, limit=5, score_cutoff=MIN_SCORE)
        if not matches:
            out.append(word)
            continue
        best = max(matches, key=lambda m: (m[1], vocabulary.frequency.get(m[0], 0)))[0]
        out.append(vocabulary.display.get(best, best if word.islower() else best.capitalize()))
        changed = True
    return "".join(out) if changed else None
