"""People, organisations and places named in a text.

Names are runs of capitalised words. A run is a place when the gazetteer knows it,
an organisation when it is an acronym, an intercapped brand, a hyphenated name with a
lowercase particle (Lashkar-e-Taiba) or contains an organisation word, and a person
when a title or role introduces it, or when it is two to four name-shaped words that
are none of the above. Single words are kept only when they resolve to someone
already found (a surname) or known to the archive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import (
    FUNCTION_WORDS,
    MONTHS,
    OFFICE_TITLES,
    ORGANISATION_WORDS,
    ROLE_NOUNS,
    TITLES,
    WEEKDAYS,
    is_demonym,
    is_given_name,
    places,
)
from .types import ActorFound, KnownActor

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

# Capitalised words, and the few lowercase words that can sit inside a name
# ("Osama bin Laden", "Ministry of Defence"); other words only separate names.
_CAPITALISED = re.compile(r"[A-Z](?:[\w’'\-]*\w)?(?:\.(?:[A-Za-z]\.)*)?")
# One to three spaces, a particle or joiner, one to three spaces: the gap in "Osama bin Laden".
_PARTICLE_GAP = re.compile(r" {1,3}(bin|ibn|al|el|de|da|di|du|la|le|van|von|der|ul|ud|e|i|of|for|on) {1,3}")
_PARTICLE_GAP_MAX = 9
_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "di", "du", "la", "le", "van", "von", "der", "ul", "ud", "e", "i"}
_JOINERS_AFTER_ORG = {"of", "for", "on"}
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|[A-Z][a-z]?[A-Z]{1,4}|[A-Z][a-z][A-Z])$")
_INTERCAPPED = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
_HYPHEN_PARTICLE = re.compile(r"^[A-Z][a-z]+(?:-(?:e|i|ul|ud|al|el|ut|us|o)-[A-Z][a-z]+)+$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")


_INNER_DOT = re.compile(r"\w\.\w")


class Token:
    """A capitalised word (or a name particle) with its offsets.

    `bare` (without a possessive or a final full stop) and `low` are read many times
    per token: computed once here, not through properties.
    """

    __slots__ = ("text", "start", "end", "initial", "capitalised", "bare", "low")

    def __init__(self, text: str, start: int, end: int, initial: bool):
        self.text, self.start, self.end = text, start, end
        self.initial = initial  # first word of a sentence or paragraph
        self.capitalised = text[0].isupper()
        bare = _POSSESSIVE.sub("", text) if text.endswith(_POSSESSIVE_ENDINGS) else text
        if bare.endswith(".") and not _INNER_DOT.search(bare) and len(bare) > 2 and bare[:-1].lower() not in TITLES:
            bare = bare[:-1]
        self.bare, self.low = bare, bare.lower()


@dataclass
class Run:
    tokens: list[Token]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end

    @property
    def words(self) -> list[str]:
        return [t.bare.rstrip(".") if t.bare.lower().rstrip(".") in TITLES else t.bare for t in self.tokens]

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    kind: str


@dataclass
class ActorIndex:
    """What was found: actors by canonical name, and where each was mentioned."""

    actors: dict[str, ActorFound] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _surfaces: dict[str, str] = field(default_factory=dict)  # lowercased surface -> canonical

    def add(self, name: str, kind: str, *, role: str = "", aliases=(), start: int, end: int) -> ActorFound:
        canonical = self._surfaces.get(name.lower(), name)
        actor = self.actors.get(canonical)
        if actor is None:
            actor = self.actors[canonical] = ActorFound(name=canonical, kind=kind, role=role, aliases=[], mentions=0)
        actor.mentions += 1
        if role and not actor.role:
            actor.role = role
        for alias in aliases:
            self.alias(canonical, alias)
        self._surfaces[canonical.lower()] = canonical
        self.mentions.append(Mention(start, end, canonical, actor.kind))
        return actor

    def rename(self, old: str, new: str) -> None:
        """Give an actor a fuller name; the old one becomes an alias."""
        actor = self.actors.pop(old)
        actor.name = new
        self.actors[new] = actor
        for surface, canonical in list(self._surfaces.items()):
            if canonical == old:
                self._surfaces[surface] = new
        self._surfaces[new.lower()] = new
        for mention in self.mentions:
            if mention.name == old:
                mention.name = new
        self.alias(new, old)

    def alias(self, canonical: str, alias: str) -> None:
        actor = self.actors[canonical]
        if alias and alias != canonical and alias not in actor.aliases:
            actor.aliases.append(alias)
        self._surfaces.setdefault(alias.lower(), canonical)

    def resolve(self, surface: str) -> str | None:
        """Canonical name for a full name, alias or surname already seen."""
        surface = surface.strip()
        if not surface:
            return None
        return self._surfaces.get(surface.lower()) or self._surfaces.get(strip_titles(surface).lower())

    def people_before(self, position: int) -> list[Mention]:
        """People mentioned before a position, nearest last."""
        return sorted((m for m in self.mentions if m.kind == PERSON and m.end <= position), key=lambda m: m.start)


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_OR_OFFICE:
        words.pop(0)
    return " ".join(words)


def _tokens(text: str) -> list[Token]:
    """Capitalised words, and a name particle ("bin", "of") standing alone between two
    of them: the only place a particle can join a name. Looking for particles only in
    those gaps lets the regex skip straight from one capital letter to the next."""
    tokens = []
    previous_end = None
    for match in _CAPITALISED.finditer(text):
        if previous_end is not None and match.start() - previous_end <= _PARTICLE_GAP_MAX:
            particle = _PARTICLE_GAP.fullmatch(text, previous_end, match.start())
            if particle:
                tokens.append(Token(particle.group(1), particle.start(1), particle.end(1), False))
        previous_end = match.end()
        start = match.start()
        if start >= 2 and text[start - 1] == " " and (text[start - 2].isalnum() or text[start - 2] in ",;"):
            # Mid-sentence, the common case: a word or a comma just before.
            tokens.append(Token(match.group(), start, match.end(), False))
            continue
        # Look back only as far as the previous visible character (not the whole text).
        reach = 8
        while True:
            window = text[max(0, match.start() - reach) : match.start()]
            head = window.rstrip(" \t\"“‘'([")
            if head or reach >= match.start():
                break
            reach *= 4
        initial = not head or head.endswith(("\n", ".", "!", "?", ":", "—")) or window.endswith("\n")
        if initial and head.endswith(".") and re.search(r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]{0,3})\.$", head):
            initial = head.rstrip(".").split()[-1].lower() not in TITLES and len(head.rstrip(".").split()[-1]) > 1
            initial = initial and head.rstrip(".").split()[-1].lower() not in {"gen", "lt", "col", "maj", "capt", "adm", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "brig", "sgt", "prof", "st"}
        tokens.append(Token(match.group(), match.start(), match.end(), initial))
    return tokens


def _flatten_parenthesised_names(text: str) -> str:
    """'President (Anna Maria) Lindqvist' reads as one name; offsets stay the same."""
    return re.sub(
        r"\((?=[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)\s+[A-Z])([^()]*)\)",
        lambda m: " " + m.group(1) + " ",
        text,
    )


def _runs(text: str) -> list[Run]:
    tokens = _tokens(text)
    runs: list[Run] = []
    current: list[Token] = []
    pending: list[Token] = []  # lowercase particles/joiners waiting for a capitalised word
    for token in tokens:
        if current:
            gap = text[(pending[-1] if pending else current[-1]).end : token.start]
            adjacent = gap in (" ", "  ", "   ")
        else:
            adjacent = False
        if token.capitalised and not (token.initial and current):
            if current and adjacent:
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    runs.append(Run(current))
                current = [token]
            pending = []
        else:
            # A particle waits to see whether a name goes on after it; anything else
            # (a sentence-initial capital included) ends the name so far.
            if current and adjacent and not pending and (
                token.low in _PARTICLES or (token.low in _JOINERS_AFTER_ORG and current[-1].low in _ORGANISATION_OR_OFFICE)
            ):
                pending = [token]
                continue
            if current:
                runs.append(Run(current))
            current, pending = ([token] if token.capitalised else []), []
            if not token.capitalised:
                continue
        # A possessive or a following comma ends the name.
        if token.text.endswith(_POSSESSIVE_ENDINGS) or text[token.end : token.end + 1] in ",;:)":
            runs.append(Run(current))
            current = []
    if current:
        runs.append(Run(current))
    return runs


# Unions of word lists, built once (they are tested for every capitalised word).
_ORGANISATION_OR_OFFICE = ORGANISATION_WORDS | OFFICE_TITLES
_DULL_WORDS = FUNCTION_WORDS | MONTHS | WEEKDAYS
_DULL_AT_END = FUNCTION_WORDS | _PARTICLES | _JOINERS_AFTER_ORG
_CALENDAR_WORDS = MONTHS | WEEKDAYS


def _trim(run: Run) -> Run | None:
    """Drop sentence-initial function words, months, weekdays; None when nothing is left."""
    tokens = run.tokens
    first, last = 0, len(tokens)
    # "US" is a country, "Us" a pronoun: only capitalised-not-shouted words can be dull.
    while first < last and not tokens[first].bare.isupper() and tokens[first].low in _DULL_WORDS:
        first += 1
    while last > first and tokens[last - 1].low in _DULL_AT_END:
        last -= 1
    if first == last or any(t.low in _CALENDAR_WORDS for t in tokens[first:last]):
        return None
    return run if (first, last) == (0, len(tokens)) else Run(tokens[first:last])


_NOT_A_SURNAME = FUNCTION_WORDS | OFFICE_TITLES | TITLES
_TITLE_OR_OFFICE = TITLES | OFFICE_TITLES
_TITLE_OFFICE_OR_ROLE = TITLES | OFFICE_TITLES | ROLE_NOUNS
_OFFICE_OR_ROLE = OFFICE_TITLES | ROLE_NOUNS
_ROLE_STOP = FUNCTION_WORDS - {"of", "to", "for", "in"} | {"said", "says", "told", "met", "with"}
_APPOSITION_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}(?:group|outfit|organi[sz]ation|militia|network|website|party|agency|service|movement|newspaper|daily))"
    r"(?:\s+(?:that|which|who)\b[^,;.]*)?,\s*$",
    re.IGNORECASE,
)
_APPOSITION_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+([^,.;()\"“”]{3,70}?)(?=,|\.|\s+(?:said|told|says|has|had|was|is)\b)")


def _role_before(text: str, start: int) -> str:
    """The apposition just before a name: 'UK ambassador to Nepal [Robert Langley]'."""
    head = text[max(0, start - 160) : start]
    # The apposition pattern ends in a comma: try it only where there is one.
    match = _APPOSITION_BEFORE.search(head) if head.rstrip().endswith(",") else None
    if match:
        return match.group(1).strip()
    words = re.findall(r"[\w’'\-]+|[^\w\s]", head)
    role: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if not re.match(r"\w", word) or (low in _ROLE_STOP and not word.isupper()) or len(role) >= 7:
            break
        role.insert(0, word)
    while role and role[0].lower() in {"of", "to", "for", "in"}:
        role.pop(0)
    # The role noun ends the apposition, or heads it: "ambassador to India".
    nouns = [i for i, w in enumerate(role) if w.lower() in ROLE_NOUNS]
    if not nouns or all(w.lower() in TITLES for w in role):
        return ""
    last = nouns[-1]
    if last == len(role) - 1 or role[last + 1].lower() in {"of", "to", "for", "in"}:
        return " ".join(role)
    return ""


def _role_after(text: str, end: int) -> str:
    match = _APPOSITION_AFTER.match(text[end : end + 120])
    if match and any(w.lower() in ROLE_NOUNS for w in re.findall(r"\w+", match.group(1))):
        return match.group(1).strip()
    return ""


def _is_org_words(words: list[str]) -> bool:
    return any(w.lower().rstrip(".") in ORGANISATION_WORDS for w in words)


def _name_shaped(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z’'\-]+[a-z]|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+", word)) and not is_demonym(word)


def find_actors(text: str, known: list[KnownActor] = (), masked: list[tuple[int, int]] = ()) -> ActorIndex:
    """Actors in text. `masked` spans (titles in quotation marks) are not read as names."""
    scan = _flatten_parenthesised_names(text)
    for start, end in masked:
        scan = scan[:start] + " " * (end - start) + scan[end:]
    gazetteer = places()
    index = ActorIndex()
    for actor in known:
        # Known actors take the role this text gives them, not the one on file.
        index.actors.setdefault(actor.name, ActorFound(actor.name, actor.kind, "", [], 0))
        index._surfaces[actor.name.lower()] = actor.name
        for alias in actor.aliases:
            index._surfaces.setdefault(alias.lower(), actor.name)
    # "Inter-Services Intelligence (ISI)": one organisation under its acronym.
    for acronym, expansion in _acronym_pairs(scan):
        if index.resolve(acronym) is None:
            index.actors[acronym] = ActorFound(acronym, ORGANISATION, "", [expansion], 0)
            index._surfaces[acronym.lower()] = acronym
        index.alias(index.resolve(acronym), expansion)
    # Names the archive already knows are found as phrases, lowercase words and all.
    covered: list[tuple[int, int]] = []
    written = {actor.name for actor in index.actors.values()} | {a for actor in index.actors.values() for a in actor.aliases}
    written |= {alias for actor in known for alias in actor.aliases}
    for start, end, surface in _find_phrases(scan, written):
        canonical = index.resolve(surface)
        # Inside a longer capitalised name ("Gen Omar Farouk Haddad") the run decides.
        if canonical and not _inside_longer_name(scan, start, end):
            index.add(canonical, index.actors[canonical].kind, start=start, end=end)
            covered.append((start, end))

    singles: list[Run] = []
    for raw_run in _runs(scan):
        run = _trim(raw_run)
        if run is None or any(a < run.end and run.start < b for a, b in covered):
            continue
        words = run.words
        full = " ".join(words)
        known_name = index.resolve(full)
        if known_name and len(words) > 1:
            kind = index.actors[known_name].kind
            role = "" if kind == PLACE else _role_before(scan, run.start) or _role_after(scan, run.end)
            index.add(known_name, kind, role=role, start=run.start, end=run.end)
            continue
        if full in gazetteer:
            canonical = gazetteer[full]
            index.add(canonical, PLACE, aliases=[full] if full != canonical else [], start=run.start, end=run.end)
            continue
        # A title or office inside the run splits role from name.
        split = next(
            (
                i
                for i in range(len(words) - 1, -1, -1)
                if words[i].lower().rstrip(".") in _TITLE_OR_OFFICE
                and i + 1 < len(words)
                and all(_name_shaped(w) for w in words[i + 1 :])
                and not any(w.lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE for w in words[i + 1 :])
            ),
            None,
        )
        name_words = words[split + 1 :] if split is not None else []
        if split is not None and not _is_org_words(name_words) and (
            len(name_words) == 1
            or is_given_name(name_words[0])
            or _surname_recurs(scan, name_words[-1], " ".join(name_words))
            or re.fullmatch(r"[A-Z]\.", name_words[0])
        ):
            name = " ".join(name_words)
            office = " ".join(w for w in words[: split + 1] if w.lower().rstrip(".") not in TITLES)
            role = _role_before(scan, run.start) or _role_after(scan, run.end)
            if office and office.split()[-1].lower() in OFFICE_TITLES:
                role = (role + " " + office).strip() if role and not office.lower().startswith(role.lower()) else office or role
            elif office in gazetteer and role.split()[-1:] in (["to"], ["of"], ["in"], ["for"]):
                role = f"{role} {office}"  # "ambassador to | Nepal Sir Robert Langley"
            existing = index.resolve(name)
            canonical = existing or name
            titled = " ".join(words[split:])
            aliases = [titled] if words[split].lower().rstrip(".") in TITLES else []
            _add_person(index, canonical, role, aliases, run)
            continue
        if len(words) == 1:
            singles.append(run)
            continue
        place_prefix = next((n for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in gazetteer), 0)
        rest = words[place_prefix:]
        if place_prefix and 2 <= len(rest) <= 4 and all(_name_shaped(w) for w in rest) and not _is_org_words(rest):
            # "ambassador to Nepal Robert Langley": the place belongs to the role.
            role = _role_before(scan, run.tokens[place_prefix].start)
            _add_person(index, " ".join(rest), role, [], run)
            continue
        if words[0] in gazetteer or is_demonym(words[0]):
            if _is_org_words(words[1:]):
                index.add(full, ORGANISATION, role=_role_before(scan, run.start), start=run.start, end=run.end)
            continue  # "Indian External Affairs" without a name, "US officials"
        if _is_org_words(words) or any(_HYPHEN_PARTICLE.match(w) or _ACRONYM.match(w) for w in words):
            index.add(full, ORGANISATION, role=_role_before(scan, run.start) or _role_after(scan, run.end), start=run.start, end=run.end)
            continue
        if 2 <= len(words) <= 4 and all(_name_shaped(w) for w in words) and not any(
            w.lower() in _OFFICE_OR_ROLE for w in words
        ):
            role = _role_before(scan, run.start) or _role_after(scan, run.end)
            if role or is_given_name(words[0]) or _speaks(scan, run) or _surname_recurs(scan, words[-1], full):
                _add_person(index, full, role, [], run)

    # Single words: surnames of people found anywhere in the text, known actors,
    # acronyms, brands and hyphenated group names.
    for run in singles:
        word = run.words[0]
        canonical = index.resolve(word)
        if canonical:
            index.add(canonical, index.actors[canonical].kind, start=run.start, end=run.end)
            continue
        if is_demonym(word) or _ROMAN.match(word) or word.lower() in _NOT_A_SURNAME:
            continue
        acronym = bool(_ACRONYM.match(word))
        if acronym or _INTERCAPPED.match(word) or _HYPHEN_PARTICLE.match(word):
            if acronym and re.fullmatch(r"\d{2}[A-Z]+\d+", word):
                continue
            # An acronym spelled out in the text was registered, with its expansion, above.
            index.add(word, ORGANISATION, role=_role_before(scan, run.start) or _role_after(scan, run.end), start=run.start, end=run.end)
    return index


_SPEECH_AFTER = re.compile(r"^,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|wrote|writes|noted|asked|warned|argued|claimed|insisted|explained|recalled|stated)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")


def _speaks(text: str, run: Run) -> bool:
    """A name right before or after a speech verb is a person's."""
    return bool(_SPEECH_AFTER.match(text[run.end : run.end + 30]) or _SPEECH_BEFORE.search(text[max(0, run.start - 20) : run.start]))


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one word of a longer capitalised name."""
    return bool(re.search(r"[A-Z][\w.’'-]*\s+$", text[max(0, start - 30) : start]) or re.match(r"\s+[A-Z]", text[end : end + 4]))


def _surname_recurs(text: str, surname: str, full: str) -> bool:
    """People are named in full once, then by their surname alone; organisations are not."""
    return any(not _inside_longer_name(text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(surname)}\b", text))


def _add_person(index: ActorIndex, name: str, role: str, aliases: list[str], run: Run) -> None:
    surname = name.split()[-1]
    # "Omar Farouk Haddad" when the archive knows "Omar Haddad": one person, under the fuller name.
    for other in list(index.actors.values()):
        parts = other.name.split()
        if other.kind == PERSON and other.name != name and len(parts) >= 2 and parts[0] == name.split()[0] and parts[-1] == surname:
            if len(name.split()) > len(parts):
                index.rename(other.name, name)
            else:
                aliases, name = [*aliases, name], other.name
            break
    actor = index.add(name, PERSON, role=role, aliases=aliases, start=run.start, end=run.end)
    if len(name.split()) > 1 and not index._surfaces.get(surname.lower()):
        index.alias(actor.name, surname)


_WORDS = re.compile(r"[\w’'.\-]+")


def _find_phrases(text: str, phrases: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each known phrase in text, longest first, as whole words.

    A dictionary from first word to phrases keeps this linear in the text, however
    many names the archive knows (one big regex would be recompiled as it learns).
    """
    by_first: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        if len(phrase) >= 3 and words:
            by_first.setdefault(words[0], []).append(words)
    if not by_first:
        return []
    for options in by_first.values():
        options.sort(key=len, reverse=True)

    def bare(match) -> str:
        word = match.group()
        return word[:-2] if word.endswith(("’s", "'s")) else word.rstrip(".,;:").rstrip("’'")

    matches = list(_WORDS.finditer(text))
    found, i = [], 0
    while i < len(matches):
        options = by_first.get(bare(matches[i]))
        for option in options or ():
            n = len(option)
            if [bare(m) for m in matches[i : i + n]] == option:
                last = matches[i + n - 1]
                found.append((matches[i].start(), last.start() + len(bare(last)), " ".join(option)))
                i += n - 1
                break
        i += 1
    return found


_NAME_WORDS = r"(?:[A-Z][\w\-]*\s*(?:of\s+|for\s+|the\s+|and\s+)?){1,8}"
# "Inter-Services Intelligence (ISI)" and "ISI (Inter-Services Intelligence)".
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z][A-Za-z]{1,6})\s*\)")
_EXPANSION_BEFORE = re.compile(rf"({_NAME_WORDS})$")
_EXPANSION_REACH = 8 * 40
_ACRONYM_THEN_EXPANSION = re.compile(rf"\b([A-Z][A-Za-z]{{1,6}})\s*\(\s*({_NAME_WORDS})\)")


def _acronym_pairs(text: str) -> list[tuple[str, str]]:
    """(acronym, expansion) for every acronym the text spells out."""
    if "(" not in text:
        return []
    found = []
    for paren in _ACRONYM_IN_BRACKETS.finditer(text):
        # The expansion ends at the bracket: read back only as far as eight name words reach,
        # instead of trying a match at every capital letter of the text.
        window = text[max(0, paren.start() - _EXPANSION_REACH) : paren.start()]
        expansion = _EXPANSION_BEFORE.search(window)
        if expansion:
            found.append((paren.group(1), expansion.group(1)))
    found += [(m.group(1), m.group(2)) for m in _ACRONYM_THEN_EXPANSION.finditer(text)]
    pairs = []
    for acronym, expansion in found:
        if not _ACRONYM.match(acronym):
            continue
        words = expansion.split()
        while words and words[0].lower() in FUNCTION_WORDS:
            words.pop(0)
        # Keep only as many trailing words as the acronym has capitals.
        initials = [c for c in acronym if c.isupper()]
        for size in range(len(words), 0, -1):
            candidate = words[-size:]
            letters = [p[0] for w in candidate for p in re.split(r"-", w) if p and p[0].isupper()]
            if letters == initials or [w[0] for w in candidate if w[0].isupper()] == initials:
                pairs.append((acronym, " ".join(candidate)))
                break
    return pairs


def sort_actors(index: ActorIndex) -> list[ActorFound]:
    order = {PERSON: 0, ORGANISATION: 1, PLACE: 2}
    found = [a for a in index.actors.values() if a.mentions]
    return sorted(found, key=lambda a: (order[a.kind], -a.mentions, a.name))
