"""Stage 3: candidate mentions. What kind of thing a cue's noun phrase is: a name, a
pronoun, a relative pronoun ("who"), a role ("the former ambassador"), an organisation
("the ministry") or a document ("the cable")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..gazetteer import OFFICE_TITLES, TITLES
from .lexicon import DOCUMENT, ORGANISATION_NOUNS, PERSON_ROLES, PRONOUNS, RELATIVES, TITLE_ROLES

_NAME_WORD = re.compile(r"[A-Z][\w’'\-]*\.?|(?:bin|ibn|al|el|de|da|di|du|la|le|van|von|der|ul|ud|dos|do)$")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_NOT_NAMES = {"A", "An", "His", "Her", "Their", "Its", "Our", "One", "Another", "But", "And", "So", "Yet", "Then",
              "Meanwhile", "However", "Still", "Also", "Later", "Earlier", "Now", "Today", "Yesterday", "Asked"}


_CLITIC = re.compile(r"[’'](?:s|d|ll|ve)$")
_NP_WORD = re.compile(r"[\w’'\-.]+")
_INITIAL_OR_TITLE = re.compile(r"[A-Z]\.|(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Capt|Adm|Sgt|Prof|St|Jr|Sr)\.")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mx"}
TITLE_WORDS = TITLES | OFFICE_TITLES | set(TITLE_ROLES)


@dataclass
class Mention:
    kind: str  # "name" | "pronoun" | "relative" | "role" | "organisation" | "document" | "other"
    text: str  # the name, pronoun or head noun
    start: int
    end: int
    modifiers: tuple[str, ...] = ()  # lowercased words before the head ("former", "vermont")


def read(np: str, start: int) -> Mention:
    """Classify the noun phrase `np` found at body offset `start`."""
    words = [(m.group(), start + m.start(), start + m.end()) for m in _NP_WORD.finditer(np)]
    words = [(w.rstrip(".") if not _is_initial_or_title(w) else w, s, e) for w, s, e in words]
    if not words:
        return Mention("other", np, start, start + len(np))
    low = [w.lower() for w, _, _ in words]
    end = words[-1][2]
    if len(words) == 1 and _CLITIC.sub("", low[0]) in PRONOUNS:
        return Mention("pronoun", _CLITIC.sub("", low[0]), start, end)
    if low[-1] in RELATIVES:
        return Mention("relative", low[-1], start, end)
    if DOCUMENT.fullmatch(low[-1]) or (DOCUMENT.search(np) and not any(w[0].isupper() for w in (w for w, _, _ in words[1:]))):
        return Mention("document", np, start, end)
    # "the Vermont senator", "Clinton's top aide": a lower-case role or organisation noun heads the phrase.
    if words[-1][0][0].islower() and len(words) > 1:
        head = low[-1]
        if head in ORGANISATION_NOUNS:
            return Mention("organisation", head, start, end, tuple(low[:-1]))
        if head in PERSON_ROLES or head in TITLE_ROLES:
            return Mention("role", head, start, end, tuple(low[:-1]))
    # A name: the last run of capitalised words not followed by a possessive
    # ("Clinton's top aide Jake Sullivan" -> "Jake Sullivan").
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for word, s, e in words:
        if _NAME_WORD.fullmatch(word) and word not in _NOT_NAMES or (current and word.lower() in {"of", "for"}):
            current.append((word, s, e))
            if _POSSESSIVE.search(word):
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    for run in runs:
        while run and run[-1][0].lower() in {"of", "for"}:
            run.pop()
    if runs and runs[-1] and not _POSSESSIVE.search(runs[-1][-1][0]):
        run = runs[-1]
        names = [w for w, _, _ in run if w.lower().rstrip(".") not in TITLE_WORDS and w != "The"]
        if not names and len(run) > 1 and run[0][0].lower().rstrip(".") in _HONORIFICS:
            names = [w for w, _, _ in run[1:]]  # "Mr. King": a name, whatever else the word means
        if names:
            before = [s for _, s, _ in words].index(run[0][1])
            modifiers = tuple(low[:before])
            if run[0][0] == "The" or (modifiers and modifiers[-1] == "the"):
                modifiers += ("the",)  # "the Guardian said": no person is called "the Smith"
            return Mention("name", " ".join(w for w, _, _ in run if w != "The"), run[0][1], run[-1][2], modifiers)
    head = low[-1]
    modifiers = tuple(low[:-1])
    if head in ORGANISATION_NOUNS or (len(low) > 1 and " ".join(low[-2:]) in ORGANISATION_NOUNS):
        return Mention("organisation", head, start, end, modifiers)
    if head in PERSON_ROLES or head in TITLE_ROLES or head.rstrip("s") in PERSON_ROLES:
        return Mention("role", head, start, end, modifiers)
    return Mention("other", np, start, end, modifiers)


def _is_initial_or_title(word: str) -> bool:
    return bool(_INITIAL_OR_TITLE.fullmatch(word))
