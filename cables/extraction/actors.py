"""People, organisations and places named in a text.

A pipeline over one text: capitalised words become runs (name particles and "of"
inside names kept), each run is read by its shape, and the actors found are merged
at the end.

- Places: the gazetteer (countries, continents, regions, ISO 3166-2 states and
  provinces, large cities; capitalised datelines too), a compass word before a place
  ("South Asia"), a geographic head noun ("Tana River", "Marsabit County"), a small
  town only after "in"/"from"/"near".
- Organisations: a head noun ("Ministry of ...", "... Committee", "... Party"), a
  lowercase head after a name ("the Congress party", "US embassy in Delhi"), an
  acronym (with its expansion when the text spells it out), a hyphenated name with a
  particle ("Lashkar-e-Taiba"), a news agency, "The X" in mid-sentence.
- Persons: a title or office before a name (the office is the role, a place or body
  before it is named apart), or two to four name-shaped words that are no ordinary
  English words; a surname alone after a lowercase role or by a speech verb, or once
  the text has named the person in full.
- One actor per real one: spelling variants, an acronym and its expansion, a first
  name or surname and the full name are merged; a surname the archive learned from
  other reports never overrides this text's own full mention.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .gazetteer import (
    COMMON_ACRONYMS,
    COMPASS,
    CORPORATE_HEADS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    MEDIA,
    MONTHS,
    NON_ACTOR_HEADS,
    OFFICE_ACRONYMS,
    OFFICE_TITLES,
    ORGANISATION_HEADS,
    ORGANISATION_WORDS,
    PLACE_HEADS,
    PLACE_STARTS,
    ROLE_NOUNS,
    TITLES,
    WEEKDAYS,
    country_names,
    currency_codes,
    is_common_word,
    is_demonym,
    is_generic_body_name,
    is_given_name,
    is_language,
    is_plain_word,
    is_shouted_word,
    listed_companies,
    places,
    small_places,
    subdivision_codes,
)
from .types import ActorFound, KnownActor

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

# Capitalised words, and the few lowercase words that can sit inside a name
# ("Osama bin Laden", "Ministry of Defence"); other words only separate names.
# ("KT&V", "K&G": an ampersand between capitals is inside one acronym.)
_CAPITALISED = re.compile(r"[A-Z](?:[\w’'\-]*\w)?(?:&[A-Z]{1,4}(?![\w&]))?(?:\.(?:[A-Za-z]\.)*)?")
# One to three spaces, a particle or joiner, one to three spaces: the gap in "Osama bin Laden".
_PARTICLE_GAP = re.compile(r",? {1,3}(bin|ibn|al|el|de|da|di|du|dos|das|del|la|le|van|von|der|ul|ud|e|i|of the|for the|on the|of|for|on|and|&|in the|by the|with the|in|by|with) {1,3}")
_PARTICLE_GAP_MAX = 11
# Arabic articles written in lowercase and glued to a family name: "al-Kitomi", "el-Obari".
_ARTICLES_GLUED = ("al", "el")
_GLUED_PREFIXES = ("al-", "el-")
_PARTICLES = {"bin", "ibn", "al", "el", "de", "da", "di", "du", "dos", "das", "del", "la", "le", "van", "von", "der", "ul", "ud", "e", "i"}
_JOINERS_AFTER_ORG = {"of", "for", "on", "of the", "for the", "on the"}
# Prepositions a body's long name holds only where its acronym follows in brackets:
# "Council for the Inclusion of Persons with Disabilities (KCIPD)".
_JOINERS_BEFORE_ACRONYM = {"in", "by", "with", "in the", "by the", "with the"}
_ACRONYM = re.compile(r"^(?:[A-Z]{2,8}|[A-Z]{1,4}&[A-Z]{1,4}|[A-Z]{2,6}-(?:[A-Z]{2,6}|[A-HJ-UWYZ])|[A-Z][a-z]?[A-Z]{1,4}|[A-Z][a-z][A-Z])$")
_INTERCAPPED = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
_HYPHEN_PARTICLE = re.compile(r"^[A-Z][a-z]+(?:-(?:e|i|ul|ud|al|el|ut|us|o)-[A-Z][a-z]+)+$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_ROMAN_NUMBER = re.compile(r"^X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$")  # "Article VIII", "Phase II": a number (1-39)
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_ENDINGS = ("'", "’", "'s", "’s")


_INNER_DOT = re.compile(r"\w\.\w")
_COMPOUND_TAILS = {
    "based", "led", "backed", "ruled", "born", "owned", "run", "funded", "listed", "style", "controlled",
    "made", "bound", "linked", "affiliated", "allied", "sponsored", "supported", "dominated",
    "administered", "occupied", "held", "friendly", "era", "type", "like", "wide", "speaking",
    "educated", "trained", "registered", "headquartered", "centred", "centered", "focused", "related",
    "specific", "brokered", "inspired", "aligned", "appointed", "elected", "designated", "origin",
}


class Token:
    """A capitalised word (or a name particle) with its offsets.

    `bare` (without a possessive or a final full stop) and `low` are read many times
    per token: computed once here, not through properties.
    """

    __slots__ = ("text", "start", "end", "initial", "capitalised", "bare", "low", "compound")

    def __init__(self, text: str, start: int, end: int, initial: bool):
        self.text, self.start, self.end = text, start, end
        self.initial = initial  # first word of a sentence or paragraph
        self.capitalised = text[0].isupper()
        bare = text[:-1] if text[-1] == "." and text[:-1].endswith(_POSSESSIVE_ENDINGS) else text  # "... Obari's."
        bare = _POSSESSIVE.sub("", bare) if bare.endswith(_POSSESSIVE_ENDINGS) else bare
        if bare.endswith(".") and not _INNER_DOT.search(bare) and len(bare) > 2 and bare[:-1].lower() not in TITLES:
            bare = bare[:-1]
        if bare[:6] in ("People", "Peoples") and text[6:7] in ("'", "’"):
            bare = "People's"  # "People's Liberation Army": part of the name
        self.compound = False
        if "-" in bare:
            # "Hong Kong-based", "Taliban-ruled": the name before an English compound.
            head, _, tail = bare.rpartition("-")
            if tail in _COMPOUND_TAILS and head:
                bare, self.compound = head, True
        self.bare, self.low = bare, bare.lower()


class Run:
    """Capitalised words read as one name; `start` and `end` are read many times per run.

    `words` is read several times per run: built once, when first read (always after
    `_runs` has finished changing tokens' `bare`), and handed out as a copy."""

    __slots__ = ("tokens", "start", "end", "_words")

    def __init__(self, tokens: list[Token]):
        self.tokens, self.start, self.end = tokens, tokens[0].start, tokens[-1].end
        self._words = None

    @property
    def words(self) -> list[str]:
        if self._words is None:
            # (`low` is always `bare` lowercased.)
            self._words = [t.bare.rstrip(".") if t.low.rstrip(".") in TITLES else t.bare for t in self.tokens]
        return self._words.copy()

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass
class Mention:
    start: int
    end: int
    name: str
    kind: str


_INITIAL_STOP = re.compile(r"(?<=\b\w)\.")


def without_initial_stops(text: str) -> str:
    """"U.S. embassy" -> "US embassy": names are compared without their initials' full
    stops, here and where ingest picks the known actors a report can mean."""
    return _INITIAL_STOP.sub("", text) if "." in text else text


class _Surfaces(dict):
    """Surface -> canonical name, looked up without case and without the full stops of
    abbreviations: "U.S. embassy" and "US Embassy" are one body, "R.K. Varman" and
    "RK Varman" one person."""

    @staticmethod
    @lru_cache(maxsize=8192)  # (asked many times per name; the key depends on the name alone)
    def key(surface: str) -> str:
        # Only an initial's full stop: "Park." at a sentence's end stays apart from "Park".
        key = without_initial_stops(surface).lower()
        if "l-" in key:  # "al-Kitomi" = "Al Kitomi" (but "Abu-Obari" and "Abu Obari" may be two people)
            key = f" {key}".replace(" al-", " al ").replace(" el-", " el ")[1:]
        return key

    def __getitem__(self, surface):
        return super().__getitem__(self.key(surface))

    def __setitem__(self, surface, canonical):
        super().__setitem__(self.key(surface), canonical)

    def __contains__(self, surface):
        return super().__contains__(self.key(surface))

    def get(self, surface, default=None):
        return super().get(self.key(surface), default)

    def setdefault(self, surface, canonical=None):
        return super().setdefault(self.key(surface), canonical)


@dataclass
class ActorIndex:
    """What was found: actors by canonical name, and where each was mentioned.

    Lookups by position use a list of person mentions sorted by where they end, built
    once after the last change and searched by bisection: a report with thousands of
    quotes costs a logarithmic lookup per quote, not a sort.
    """

    actors: dict[str, ActorFound] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _surfaces: _Surfaces = field(default_factory=_Surfaces)  # surface (see _Surfaces.key) -> canonical
    _people: list[Mention] | None = field(default=None, repr=False)  # person mentions by (end, start)
    _people_ends: list[int] = field(default_factory=list, repr=False)
    _by_name: dict[str, list[Mention]] = field(default_factory=dict, repr=False)
    _learned: set[str] = field(default_factory=set, repr=False)  # surfaces known only from the archive
    _people_by_surname: dict[str, set[str]] = field(default_factory=dict, repr=False)  # last word -> names

    def add(self, name: str, kind: str, *, role: str = "", aliases=(), start: int, end: int) -> ActorFound:
        canonical = self._surfaces.get(name.lower(), name)
        actor = self.actors.get(canonical)
        if actor is None:
            actor = self.actors[canonical] = ActorFound(name=canonical, kind=kind, role=role, aliases=[], mentions=0)
        if actor.kind == PERSON:
            self._people_by_surname.setdefault(surname(canonical).lower(), set()).add(canonical)
        actor.mentions += 1
        if role and not actor.role:
            actor.role = role
        for alias in aliases:
            self.alias(canonical, alias)
        self._surfaces[canonical.lower()] = canonical
        mention = Mention(start, end, canonical, actor.kind)
        self.mentions.append(mention)
        self._by_name.setdefault(canonical, []).append(mention)
        self._people = None
        return actor

    def rename(self, old: str, new: str) -> None:
        """Give an actor a fuller name; the old one becomes an alias."""
        actor = self.actors.pop(old)
        actor.name = new
        self.actors[new] = actor
        if actor.kind == PERSON:
            self._people_by_surname.setdefault(surname(new).lower(), set()).add(new)
        for surface, canonical in list(self._surfaces.items()):
            if canonical == old:
                self._surfaces[surface] = new
        self._surfaces[new.lower()] = new
        moved = self._by_name.pop(old, [])
        for mention in moved:
            mention.name = new
        self._by_name.setdefault(new, []).extend(moved)
        self.alias(new, old)

    def merge(self, kept: str, other: str) -> None:
        """Fold one actor into another: its mentions, names and role move."""
        if kept == other or other not in self.actors:
            return
        gone = self.actors.pop(other)
        actor = self.actors[kept]
        actor.mentions += gone.mentions
        actor.role = actor.role or gone.role
        for surface, canonical in list(self._surfaces.items()):
            if canonical == other:
                self._surfaces[surface] = kept
        moved = self._by_name.pop(other, [])
        for mention in moved:
            mention.name, mention.kind = kept, actor.kind
        self._by_name.setdefault(kept, []).extend(moved)
        for alias in [other, *gone.aliases]:
            self.alias(kept, alias)
        self._people = None

    def remove(self, name: str) -> None:
        """Forget an actor that turned out to be none, with its mentions and names."""
        self.actors.pop(name, None)
        gone = self._by_name.pop(name, [])
        if gone:
            ids = {id(m) for m in gone}
            self.mentions = [m for m in self.mentions if id(m) not in ids]
        for surface, canonical in list(self._surfaces.items()):
            if canonical == name:
                del self._surfaces[surface]
        self._people = None

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
        found = self._surfaces.get(surface.lower())
        if found is None and " " in surface:
            found = self._surfaces.get(strip_titles(surface).lower())
        return found

    def mentions_of(self, name: str) -> list[Mention]:
        """Where one actor (canonical name) is mentioned, in the order found."""
        return self._by_name.get(name, [])

    def _sorted_people(self) -> tuple[list[Mention], list[int]]:
        if self._people is None:
            self._people = sorted((m for m in self.mentions if m.kind == PERSON), key=lambda m: (m.end, m.start))
            self._people_ends = [m.end for m in self._people]
        return self._people, self._people_ends

    def people_before(self, position: int) -> list[Mention]:
        """People mentioned before a position, nearest last."""
        people, ends = self._sorted_people()
        return people[: bisect_right(ends, position)]

    def last_person_before(self, position: int) -> Mention | None:
        """The person mentioned nearest before a position (no list built)."""
        people, ends = self._sorted_people()
        i = bisect_right(ends, position)
        return people[i - 1] if i else None

    def people_nearest_first(self, position: int):
        """People mentioned before a position, nearest first, lazily."""
        people, ends = self._sorted_people()
        for i in range(bisect_right(ends, position) - 1, -1, -1):
            yield people[i]


_GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}


def surname(name: str) -> str:
    """The family name: 'Morris J. Brandt Jr.' -> 'Brandt' (a generational suffix is not one)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _GENERATIONAL:
        words.pop()
    return words[-1].rstrip(",") if words else name


def strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_OR_OFFICE:
        words.pop(0)
    return " ".join(words)


# Compiled once: tried for every sentence-initial capitalised word.
_INITIALS_END = re.compile(r"(?:^|[\s(])(?:[A-Z]\.){2,3}$")
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Z]|[A-Z][a-z]{0,3})\.$")


def _tokens(text: str) -> list[Token]:
    """Capitalised words, and a name particle ("bin", "of") standing alone between two
    of them: the only place a particle can join a name. Looking for particles only in
    those gaps lets the regex skip straight from one capital letter to the next."""
    tokens = []
    previous_end = None
    for match in _CAPITALISED.finditer(text):
        start, end = match.span()  # read once: a text has hundreds of capitalised words
        if previous_end is not None and start - previous_end <= _PARTICLE_GAP_MAX:
            particle = _PARTICLE_GAP.fullmatch(text, previous_end, start)
            if particle:
                tokens.append(Token(particle.group(1), particle.start(1), particle.end(1), False))
        previous_end = end
        if start >= 4 and text[start - 1] == "-" and text[start - 3 : start - 1] in _ARTICLES_GLUED and text[start - 4] == " ":
            # "Omar al-Kitomi": the article glued to the family name is part of it.
            token = Token(text[start - 3 : end], start - 3, end, False)
            token.capitalised = True
            tokens.append(token)
            continue
        if start >= 2 and text[start - 1] == " " and (text[start - 2].isalnum() or text[start - 2] in ",;"):
            # Mid-sentence, the common case: a word or a comma just before.
            tokens.append(Token(text[start:end], start, end, False))
            continue
        # Look back only as far as the previous visible character (not the whole text).
        reach = 8
        while True:
            window = text[max(0, start - reach) : start]
            head = window.rstrip(" \t\"“‘'([")
            if head or reach >= start:
                break
            reach *= 4
        initial = not head or head.endswith(("\n", ".", "!", "?", ":", "—")) or window.endswith("\n")
        if initial and head.endswith(".") and _INITIALS_END.search(head):
            initial = False  # after initials: "G.K. Raman"
        elif initial and head.endswith(".") and _ABBREVIATION_END.search(head):
            initial = head.rstrip(".").split()[-1].lower() not in TITLES and len(head.rstrip(".").split()[-1]) > 1
            initial = initial and head.rstrip(".").split()[-1].lower() not in {"gen", "lt", "col", "maj", "capt", "adm", "dr", "mr", "mrs", "ms", "sen", "rep", "gov", "brig", "sgt", "prof", "st"}
        tokens.append(Token(text[start:end], start, end, initial))
    return tokens


def _flatten_parenthesised_names(text: str) -> str:
    """'President (Anna Maria) Lindqvist' reads as one name; offsets stay the same. An
    acronym in brackets ends the name before it: "Lusara Mining Organisation (LMO) Tom
    Obari" is a body, its acronym, then a person."""
    return re.sub(
        r"\((?![A-Z]{2,}\))(?=[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)\s+[A-Z])([^()]*)\)",
        lambda m: " " + m.group(1) + " ",
        text,
    )


def _runs(text: str) -> list[Run]:
    tokens = _tokens(text)
    runs: list[Run] = []
    current: list[Token] = []
    pending: list[Token] = []  # lowercase particles/joiners waiting for a capitalised word
    for position, token in enumerate(tokens):
        if current:
            gap = text[(pending[-1] if pending else current[-1]).end : token.start]
            adjacent = gap in (" ", "  ", "   ") or (gap == ", " and current[-1].bare.endswith(","))
            if gap in ("' ", "’ ") and not pending and _plural_possessive_in_name(current[-1], token):
                adjacent = True  # "the Teachers' Union"
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
            if current and adjacent and not pending and not token.initial and (  # ("... Kito. And ...")
                token.low in _PARTICLES
                or token.text == "&"  # "Obari & Sons": an ampersand joins one name
                or (token.low in _JOINERS_AFTER_ORG and current[-1].low in _ORGANISATION_OR_OFFICE)
                # "Office for the Coordination of Humanitarian Affairs": a body's name goes on
                # through a second "of" once it has a head noun and a first joiner.
                or (token.low in _JOINERS_AFTER_ORG and token.low != "on the" and any(t.low in _JOINERS_AFTER_ORG for t in current) and any(t.low in _ORGANISATION_HEAD_WORDS for t in current))
                # "Centre for Strategic and International Studies"
                # (but "... Commission and Lusara Mortgage Corporation": a name that ends in
                # a head noun is complete)
                or (
                    token.low in ("and", "&")
                    # ("International" is an adjective: "Centre for International and Comparative Studies".)
                    and (current[-1].low not in ORGANISATION_HEADS or current[-1].low == "international")
                    and any(t.low in _JOINERS_AFTER_ORG for t in current)
                    and any(t.low in _ORGANISATION_HEAD_WORDS for t in current)
                )
                or (
                    token.low in _JOINERS_BEFORE_ACRONYM
                    and any(t.low in _JOINERS_AFTER_ORG for t in current)
                    and any(t.low in _ORGANISATION_HEAD_WORDS for t in current)
                    and _name_runs_to_acronym(text, token.end)
                )
                # "Kito Small Farms and Rural Parks Organisation (KSFRPO)", "Kito Platform on
                # Rural Services (KPRS)": the acronym spells both halves.
                or (token.low in ("and", "on", "of", "for") and _acronym_spells_across(text, current, token.end))
            ):
                pending = [token]
                continue
            if current:
                runs.append(Run(current))
            current, pending = ([token] if token.capitalised else []), []
            if not token.capitalised:
                continue
        # A possessive, a following comma or a compound ("Nairobi-based") ends the name,
        # but for an ordinary noun's possessive before a body's head noun: "the
        # Prosecutor's Office", "the Teachers' Union" are one name.
        if (
            token.text.endswith(_POSSESSIVE_ENDINGS) and token.low != "people's" and not _possessive_in_name(text, token, tokens, position, current)
        ) or text[token.end : token.end + 1] in ",;:)" or token.compound:
            if text[token.end : token.end + 1] == "," and _list_in_name(text, token, current):
                continue
            runs.append(Run(current))
            current = []
    if current:
        runs.append(Run(current))
    return runs


_NAME_RUNS_TO_ACRONYM_REACH = 80
_JOINERS_IN_NAME = {"and", "of", "the", "for", "&"}


def _name_runs_to_acronym(text: str, position: int) -> bool:
    """Whether capitalised words (and joiners) run from here to an acronym in brackets
    that is not a place: "... with Lusaran Disabilities (KCIPD)"."""
    bracket = text.find("(", position, position + _NAME_RUNS_TO_ACRONYM_REACH)
    if bracket < 0:
        return False
    words = text[position:bracket].split()
    if not words or not all(w[0].isupper() or w in _JOINERS_IN_NAME for w in words) or words[-1] in _JOINERS_IN_NAME:
        return False
    acronym = _ACRONYM_IN_BRACKETS.match(text, bracket)
    return acronym is not None and acronym.group(1) not in places()


def _acronym_spells_across(text: str, current: list[Token], position: int) -> bool:
    """Whether the capitalised words before an "and" and those after it, up to an acronym in
    brackets, have the acronym as their initials (a letter may stand for two words)."""
    bracket = text.find("(", position, position + _NAME_RUNS_TO_ACRONYM_REACH)
    if bracket < 0 or text[bracket - 1 : bracket] != " ":
        return False
    after = text[position:bracket].split()
    acronym = _ACRONYM_IN_BRACKETS.match(text, bracket)
    if not after or not acronym or not all(w[0].isupper() or w in _JOINERS_IN_NAME for w in after) or after[-1].lower() not in ORGANISATION_HEADS:
        return False
    initials = "".join(w[0] for w in [t.bare for t in current] + after if w[0].isupper())
    letters = acronym.group(1).upper()
    if len(letters) < 3 or len(letters) < len(initials) - 1 or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in letters)  # in order, each from a later word


def _possessive_in_name(text: str, token: Token, tokens: list[Token], position: int, current: list[Token] = ()) -> bool:
    """'Prosecutor's' in "Prosecutor's Office", "Workers'" in "Workers' Union": an
    ordinary noun's possessive right before a body's head noun is inside that body's
    name (the token then keeps its apostrophe). A place's or a person's possessive
    ("Kenya's Ministry", "Otieno's Party") is not."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is None or not following.capitalised or following.low not in ORGANISATION_HEADS:
        return False
    if text[token.end : following.start] != " " or not is_common_word(token.bare) or is_demonym(token.bare):
        return False
    if current and any(t.low in ORGANISATION_HEADS for t in current[:-1]) and text.startswith((" of ", " for "), following.end):
        return False  # "the Ministry of Trade's Department of Fisheries": one body's, then another
    # (A given name is a person's possessive, but an office's is not: "Attorney General's Office".)
    if token.bare in places() or (is_given_name(token.bare) and token.low not in _TITLE_OR_OFFICE):
        return False
    token.bare = token.text.rstrip(".")
    token.low = token.bare.lower()
    return True


_LIST_ITEMS = re.compile(r"(?:,? (?:and )?[A-Z][\w’'\-]*)*")
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'\-]*")
_LIST_IN_NAME = re.compile(r",(?: [A-Z][\w’'\-]*)+(?:,(?: [A-Z][\w’'\-]*)+)*,? and [A-Z]")


def _list_in_name(text: str, token: Token, current: list[Token]) -> bool:
    """'Ministry of Water, Fisheries and Forestry': a comma inside a body's name
    that lists what it is "of" or "for" (the word keeps its comma)."""
    if not (any(t.low in _JOINERS_AFTER_ORG for t in current) and any(t.low in _ORGANISATION_HEAD_WORDS for t in current)):
        return False
    listing = any(t.bare.endswith(",") for t in current[:-1])
    if not (_LIST_IN_NAME.match(text, token.end, token.end + 200) or (listing and text.startswith(", and ", token.end))):
        return False
    # The items are fields ("Science", "Port Security", "Industries"), not bodies or places of
    # their own ("the Ministry of Finance, Central Bank, and Lusara Oil Corporation", "Parliament").
    items = _LIST_ITEMS.match(text, token.end, token.end + 200).group()
    for item in items.replace(" and ", ",").split(","):
        words = _CAPITAL_WORD.findall(item)
        if any(word in places() for word in words) or (
            words and (words[-1].lower() in INSTITUTION_WORDS or (len(words) > 1 and words[-1].lower() in ORGANISATION_HEADS))
        ):
            return False
    token.bare += ","
    token.low = token.bare.lower()
    return True


def _plural_possessive_in_name(word: Token, following: Token) -> bool:
    """'Teachers' in "Teachers' Union" (the apostrophe is outside the word's token):
    as `_possessive_in_name`, for a plural; the word then keeps its apostrophe."""
    if not (word.text.endswith("s") and following.capitalised and following.low in ORGANISATION_HEADS):
        return False
    if not is_common_word(word.bare) or is_demonym(word.bare) or word.bare in places():
        return False
    word.bare = word.text + "'"
    word.low = word.bare.lower()
    return True


# Unions of word lists, built once (they are tested for every capitalised word).
_ORGANISATION_OR_OFFICE = ORGANISATION_WORDS | OFFICE_TITLES | (ORGANISATION_HEADS - {"times", "post", "news", "daily", "international", "watch"})
_ORGANISATION_HEAD_WORDS = ORGANISATION_WORDS | ORGANISATION_HEADS
_DULL_WORDS = FUNCTION_WORDS | MONTHS | WEEKDAYS
_DULL_AT_END = FUNCTION_WORDS | _PARTICLES | _JOINERS_AFTER_ORG
_CALENDAR_WORDS = MONTHS | WEEKDAYS


# Months written short that are also given names ("Li Jun", "Jan Obari"): a date
# only where a day follows ("Jun 23", "Jan. 5").
_NAME_LIKE_MONTHS = {"jan", "jun", "mar", "dec"}
_DAY_AFTER = re.compile(r"\.? ?\d")


def _trim(run: Run, text: str = "") -> Run | None:
    """Drop sentence-initial function words, months, weekdays; None when nothing is left."""
    tokens = run.tokens
    first, last = 0, len(tokens)
    # "US" is a country, "Us" a pronoun: only capitalised-not-shouted words can be dull.
    while first < last and (not tokens[first].bare.isupper() or len(tokens[first].bare) == 1) and tokens[first].low in _DULL_WORDS:
        first += 1
    while last > first and tokens[last - 1].low in _DULL_AT_END and not tokens[last - 1].bare.isupper():
        last -= 1
    if first == last:
        return None
    calendar = None
    for i in range(first, last):  # (a plain loop: no generator made for each run)
        if tokens[i].low in _CALENDAR_WORDS and not (
            tokens[i].low in _NAME_LIKE_MONTHS and i > first and text and not _DAY_AFTER.match(text, tokens[i].end)
        ):
            calendar = i
            break
    if calendar is not None:
        # "in Accra Wednesday", "Monday Ali Reza said": the name beside the date.
        if calendar > first:
            last = calendar
        else:
            return _trim(Run(tokens[calendar + 1 : last]), text) if calendar + 1 < last else None
        while last > first and tokens[last - 1].low in _DULL_AT_END and not tokens[last - 1].bare.isupper():
            last -= 1
        if first == last:
            return None
    return run if (first, last) == (0, len(tokens)) else Run(tokens[first:last])


_NOT_A_SURNAME = FUNCTION_WORDS | OFFICE_TITLES | TITLES
_TITLE_OR_OFFICE = TITLES | OFFICE_TITLES
_TITLE_OFFICE_OR_ROLE = TITLES | OFFICE_TITLES | ROLE_NOUNS
_OFFICE_OR_ROLE = OFFICE_TITLES | ROLE_NOUNS
_EVENT_WORDS = {
    "festival", "games", "war", "day", "year", "act", "law", "bill", "award", "prize", "cup", "resolution",
    "agreement", "accord", "treaty", "deal", "plan", "policy", "operation", "crisis", "election", "elections",
    "referendum", "talks", "process", "visit", "tour", "attack", "attacks", "massacre", "riots", "protests",
    "eve", "jubilee", "fair", "incident", "rebellion", "phenomenon", "uprising",
}
# Last words of the names of laws, treaties, meetings, contests and documents.
_THING_HEADS = {
    "act", "law", "bill", "charter", "convention", "conference", "summit", "treaty", "agreement", "accord",
    "resolution", "protocol", "declaration", "principles", "guidelines", "list", "site", "award", "awards",
    "prize", "cup", "games", "championship", "championships", "olympics", "festival", "report", "index",
    "survey", "certificate", "plan", "policy", "strategy", "scheme", "amendment",
    "regulations", "rules", "standards", "guidelines", "acts", "laws", "bills", "charters", "conventions",
    "conferences", "summits", "treaties", "agreements", "accords", "resolutions", "protocols", "declarations",
}


# Adjectives that open the names of bodies ("Royal Bank", "National Assembly"): kept
# before a body's name even at a sentence's start.
_NAME_OPENERS = {
    "national", "royal", "democratic", "federal", "central", "supreme", "united", "general", "international",
    "islamic", "communist", "socialist", "popular", "republican", "liberal", "progressive", "civic", "civil",
    "independent", "free", "new", "great", "higher", "high", "state", "public", "joint", "special", "social",
    "economic", "human", "world", "global", "grand", "holy", "imperial", "military", "revolutionary",
    "patriotic", "unified", "allied", "constitutional", "electoral", "judicial", "legislative", "executive",
    "presidential", "municipal", "metropolitan", "regional", "provincial", "auxiliary", "reserve", "first",
    "indigenous", "catholic", "christian", "muslim", "jewish", "arab", "african", "asian", "european",
    "american", "pacific", "atlantic", "northern", "southern", "eastern", "western", "north", "south",
    "east", "west", "upper", "lower", "young", "women's", "red", "green", "blue", "white", "black",
}


def _ordinary_opening(word: str, ctx: _Context, *, in_text: bool = True) -> bool:
    """A sentence's first word that is an ordinary word of this text ("Powerful", "Former",
    "Recall"), not a word that opens names of bodies ("National", "Royal"). With
    `in_text=False`, any English word ("Remember"), whether or not this text also writes
    it in lowercase."""
    low = word.lower()
    return (
        (low in ctx.lower or (not in_text and is_common_word(word)))
        and low not in _NAME_OPENERS
        and low not in _ORGANISATION_HEAD_WORDS
        and low not in _TITLE_OR_OFFICE
        and not is_given_name(word)
        and not is_demonym(word)
        and not ctx.place(word)
    )


# Offices that can follow a body's name: "KFA Chief of ...", "KLF Director of ...".
_OFFICES_OF_A_BODY = {"director", "chief", "head", "president", "chairman", "chairperson", "secretary", "manager", "officer", "coordinator", "commissioner", "administrator"}


def _body_before_office(index: ActorIndex, words: list[str], ctx: _Context) -> int:
    """How many first words name a body when an office "of" something follows them
    ("KLF Director of Outreach" -> 1), 0 if none."""
    for i in range(1, len(words) - 1):
        if words[i].lower() in _OFFICES_OF_A_BODY and words[i + 1] in _JOINERS_AFTER_ORG:
            while i > 1 and words[i - 1].lower() in _RANKS_IN_A_BODY:
                i -= 1  # "KLF Acting Assistant Administrator for ...": the ranks are the office's
            prefix = words[:i]
            if len(prefix) == 1 and _ACRONYM.match(prefix[0]) and prefix[0] not in OFFICE_ACRONYMS and prefix[0].upper() not in COMMON_ACRONYMS and not ctx.place(prefix[0]):
                return i
            known = index.resolve(" ".join(prefix))
            if (known and index.actors[known].kind == ORGANISATION) or (len(prefix) > 1 and _head(prefix) in ORGANISATION_HEADS and _name_kind(prefix, ctx) == ORGANISATION):
                return i
            return 0
    return 0


def _body_before_thing(index: ActorIndex, words: list[str], ctx: _Context) -> int:
    """How many first words of a law's or event's name name the body it is named after
    (the longest such start: "United Nations" of "United Nations Biodiversity
    Conference", "KFA" of "KFA Nations Cup"), 0 if none. After "of", ordinary words
    are the body's own ("College of Coastal Policy"); a name ends it ("Bank of Lusara")."""
    joiner = max((i for i, w in enumerate(words) if w in _JOINERS_AFTER_ORG), default=-1)
    if joiner >= 0 and all(is_common_word(w) for w in words[joiner + 1 :]):
        return 0
    for k in range(len(words) - 1, 0, -1):
        prefix = words[:k]
        if prefix[-1].lower() in _DULL_AT_END:
            continue
        if k == 1 and _ACRONYM.match(prefix[0]) and prefix[0] not in OFFICE_ACRONYMS and prefix[0].upper() not in COMMON_ACRONYMS and not ctx.place(prefix[0]):
            return 1
        known = index.resolve(" ".join(prefix))
        if known and index.actors[known].kind == ORGANISATION:
            return k
        if k > 1 and _head(prefix) in ORGANISATION_HEADS and _name_kind(prefix, ctx) == ORGANISATION and not _law_of_a_subject(ctx.text, words, prefix):
            return k
    return 0


# Last words of the names of laws: "Kito Ports Administration Act" names what it rules on.
_LAW_HEADS = {"act", "acts", "bill", "bills", "law", "laws", "amendment", "code", "ordinance", "decree"}


def _law_of_a_subject(text: str, words: list[str], prefix: list[str]) -> bool:
    """'Port Administration Act', 'Family Courts Amendment Bill': a law named after what
    it rules on, in ordinary words the text names nothing else by (or a certificate, "Kito
    Secondary School Certificate", named after no school the text names), not after a body
    ("Bank of Lusara Amendment Act", or "Drug Control Board Act" where the Drug Control
    Board also acts)."""
    if words[-1].lower() == "certificate":
        pass  # "Kito School Certificate": a diploma, named after a school or after none
    elif words[-1].lower() not in _LAW_HEADS or not all(w in _JOINERS_AFTER_ORG or is_common_word(w) for w in prefix):
        return False
    name = " ".join(prefix)
    following = words[len(prefix)]
    at = text.find(name)
    while at >= 0:
        if not text[at + len(name) :].lstrip(" (").startswith(following):
            return False  # the prefix names something of its own elsewhere
        at = text.find(name, at + 1)
    return True


# Offices that can end a run without a name ("ASUU President"); not the words that
# also name a department ("Foreign Affairs", "Interior").
_TRAILING_OFFICES = (TITLES | OFFICE_TITLES | ROLE_NOUNS) - ORGANISATION_WORDS - {
    "foreign", "affairs", "interior", "defence", "defense", "finance", "home", "external", "state", "army", "staff",
    "service", "group", "agency", "force", "command", "ministry", "body", "firm", "company", "movement", "network",
} | {
    # Members and candidates of a body: "ANC Leader", "Senate Speaker", "Party Presidential (candidate)".
    "speaker", "member", "members", "manager", "presidential", "candidate", "legislator", "legislators",
    "lawmaker", "lawmakers", "mps", "parliamentarians", "heads", "acting", "delegate", "delegates",
    "sec",  # "KLF Sec. Gen. (Tom Obari)"
}
_ROLE_STOP = FUNCTION_WORDS - {"of", "to", "for", "in"} | {"said", "says", "told", "met", "with"}
# Lowercase words a role can hold ("the then US ambassador to India"); any other
# lowercase word (a verb: "proposal to send ISI chief") ends the apposition.
_ROLE_LOWER = ROLE_NOUNS | OFFICE_TITLES | TITLES | {
    "of", "to", "for", "in", "then", "former", "late", "top", "acting", "special", "national",
    "security", "military", "political", "ruling", "opposition", "intelligence", "joint", "federal",
    "provincial", "regional", "local", "leading", "key", "close", "personal", "main", "current",
    "outgoing", "incoming", "retired", "veteran", "prominent", "senior", "junior", "second", "first",
    "party", "army", "navy", "air", "police", "foreign", "relations", "committee", "ministry",
    "department", "permanent", "representative", "high", "general", "vice", "executive", "managing",
    "staff", "ex", "the", "and", "affairs", "charge", "chargé", "d'affaires", "mission", "political",
    "economic", "counter-terrorism", "terror", "militant", "extremist", "powerful", "influential",
}
_APPOSITION_BEFORE = re.compile(
    r"\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}(?:group|outfit|organi[sz]ation|militia|network|website|party|agency|service|movement|newspaper|daily))"
    r"(?:\s+(?:that|which|who)\b[^,;.]*)?,\s*$",
    re.IGNORECASE,
)
_APPOSITION_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+([^,.;()\"“”]{3,70}?)(?=,|\.|\s+(?:said|told|says|has|had|was|is)\b)")
# Roles that say the name belongs to a body, not a person ("his organisation X").
_BODY_ROLES = {
    "group", "outfit", "organisation", "organization", "militia", "network", "website", "party",
    "agency", "service", "movement", "newspaper", "daily", "channel", "broadcaster", "force",
    "command", "ministry", "body", "firm", "company", "tabloid", "paper", "magazine", "station",
}


_APPOSITION_PREPOSITIONS = {"of", "from", "in", "at", "for", "with", "to", "on", "by", "and"}


def _apposition_head(role: str) -> str:
    """The noun an apposition is about: "a leader from the Kito Party" is a leader (a
    person), "the militant group" a group (a body)."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _APPOSITION_PREPOSITIONS), len(words))
    return words[cut - 1].lower() if cut else ""


# Offices whose name ends in "General" ("Attorney General"): there it is no rank.
_OFFICES_GENERAL = {
    "attorney", "surgeon", "secretary", "director", "inspector", "solicitor", "governor", "consul",
    "postmaster", "auditor", "comptroller", "accountant", "registrar", "advocate", "procurator",
}


def _is_rank(words: list[str], i: int) -> bool:
    """A title of address ("General", "Dr"), not part of an office ("Attorney General")."""
    low = words[i].lower().rstrip(".")
    return low in TITLES and not (low == "general" and i > 0 and words[i - 1].lower() in _OFFICES_GENERAL)


def _without_ranks(words: list[str]) -> list[str]:
    return [w for i, w in enumerate(words) if not _is_rank(words, i)]


# Compiled once: read for every name whose role is looked for.
_ROLE_TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
_WORD_CHAR_FIRST = re.compile(r"\w")
_ROLE_REACHES = (60, 160)  # characters before a name read for its role: first, then at most


def _role_before(text: str, start: int) -> str:
    """The apposition just before a name: 'UK ambassador to Nepal [Robert Langley]'."""
    head = text[max(0, start - 160) : start]
    # The apposition pattern ends in a comma: try it only where there is one.
    match = _APPOSITION_BEFORE.search(head) if head.rstrip().endswith(",") else None
    if match:
        return match.group(1).strip()
    # The role's first word is rarely far back: the words of the last 60 characters are
    # read first (tokenising all 160 was most of this function's cost), and all 160
    # only when the role runs back to the window's first word, which may be cut.
    for reach in _ROLE_REACHES:
        words = _ROLE_TOKEN.findall(head, max(0, len(head) - reach))
        if words[-1:] == [","]:
            words.pop()  # "US Ambassador to India, [Anna Berg]"
        role, first = _role_words(words)
        if first > 0 or reach >= len(head):
            break
    while role and role[0].lower() in {"of", "to", "for", "in", "and"}:
        role.pop(0)
    # A rank or courtesy title just before the name is how it is addressed, not its
    # office: "Chief of Army Staff General [X]" holds the office "Chief of Army Staff".
    while len(role) > 1 and role[-2].lower() not in {"of", "to", "for", "in", "and"} and _is_rank(role, len(role) - 1):
        role.pop()
    # The role noun ends the apposition, or heads it: "ambassador to India".
    nouns = [i for i, w in enumerate(role) if w.lower() in ROLE_NOUNS]
    if not nouns or all(w.lower() in TITLES for w in role):
        return ""
    last = nouns[-1]
    if last == len(role) - 1:
        # "political aide to Congress leader [Name]": the aide is someone else; the
        # name's own apposition starts after the last "to"/"of".
        cut = max((i for i, w in enumerate(role[:last]) if w.lower() in ("to", "of", "for")), default=-1)
        if cut >= 0 and any(w.lower() in ROLE_NOUNS for w in role[:cut]):
            role = role[cut + 1 :]
        return " ".join(role)
    if role[last + 1].lower() in {"of", "to", "for", "in"}:
        return " ".join(role)
    return ""


_CAPITALISED_WORDS_AND_OF = re.compile(r"((?:[A-Z][\w’'\-]*\s+){1,5})of\s+$")


def _office_begun_before(text: str, start: int) -> str:
    """'Chairman Joint Chiefs of ' before '[Staff] Admiral X': the part of a one-word
    office that a run of capitalised words and 'of' began, from the title heading it
    ('' when no title heads those words)."""
    match = _CAPITALISED_WORDS_AND_OF.search(text, max(0, start - 80), start)
    if not match:
        return ""
    words = match.group(1).split()
    head = next((j for j in range(len(words) - 1, -1, -1) if words[j].lower().rstrip(".") in OFFICE_TITLES), None)
    return "" if head is None else " ".join(words[head:]) + " of "


def _role_words(words: list[str]) -> tuple[list[str], int]:
    """The words of a role read back from the end of `words`, and the index of the
    word that ended it (-1 when none did)."""
    role: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        low = word.lower()
        if word == ")" and role and i >= 2 and words[i - 2] == "(" and _ACRONYM.match(words[i - 1]):
            # "the Kito Liberation Front (KLF) chief [X]": the bracketed short name is the
            # body the role belongs to, and the long name before it is left out.
            return [words[i - 1], *role], i - 2
        if not _WORD_CHAR_FIRST.match(word) or (low in _ROLE_STOP and not word.isupper()) or len(role) >= 7:
            return role, i
        # A lowercase word that is no part of a title (a verb, a noun of the sentence)
        # ends the role.
        if word[0].islower() and low not in _ROLE_LOWER:
            return role, i
        role.insert(0, word)
    return role, -1


def _role_after(text: str, end: int) -> str:
    match = _APPOSITION_AFTER.match(text[end : end + 120])
    if match and any(w.lower() in ROLE_NOUNS for w in re.findall(r"\w+", match.group(1))):
        # The apposition is headed by its role ("the party's leader", "an adviser to X");
        # ", the general agreed" is the sentence going on, not an apposition.
        head = _apposition_head(match.group(1).strip())
        if head in ROLE_NOUNS or head in _BODY_ROLES:
            return match.group(1).strip()
    return ""


def _is_org_words(words: list[str]) -> bool:
    return any(w.lower().rstrip(".") in ORGANISATION_WORDS for w in words)


_l = r"[^\W\d_A-Z]"  # a letter that is not a capital A-Z, any alphabet
_NAME_SHAPE = re.compile(
    rf"[A-Z]{_l}[^\W\d_A-Z’'\-]*(?:[’'\-]{_l}+)*|[A-Z]\.?|(?:[A-Z]\.){{2,3}}|[A-Z]\.[A-Z]|[A-Z][a-z]?[A-Z][a-z]+|"
    rf"[A-Z]{_l}+-[A-Z]{_l}+(?:-[A-Z]{_l}+)?|[A-Z][a-z]*-[a-z]{{1,3}}-[A-Z][a-z]+|[A-Z][a-z]+-[a-z]+|[A-Z]’[A-Z][a-z]+"
)


@lru_cache(maxsize=4096)
def _name_shaped(word: str) -> bool:
    # (Asked several times per word; the answer depends on the word alone.)
    if word[:3] in _GLUED_PREFIXES:
        word = word[3:]  # "al-Kitomi"
    return bool(_NAME_SHAPE.fullmatch(word)) and not is_demonym(word)


def _initials(word: str) -> bool:
    """'VK', 'LR': two initials written together, as South Asian names often start."""
    return len(word) == 2 and word.isupper() and word.isalpha()


_LOWER_WORD = re.compile(r"[a-z](?<![\w’'\-][a-z])[a-z’'\-]+")  # a lowercase word from its start (see _WORD_START)
_LOWER_WORD_SHAPE = re.compile(r"[a-z][a-z’'\-]+")


class _LowercaseWords:
    """`word in words`: whether the text writes this word in lowercase somewhere, as
    `set(_LOWER_WORD.findall(text))` would say. A text is asked about a few dozen of its
    capitalised words, while collecting every lowercase word tried a pattern at nearly
    every letter (3% of extraction): each word asked about is looked for with a string
    search instead, once."""

    __slots__ = ("text", "_answers")

    def __init__(self, text: str):
        self.text = text
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = bool(_LOWER_WORD_SHAPE.fullmatch(word)) and self._written(word)
        return answer

    def _written(self, word: str) -> bool:
        # Where _LOWER_WORD would match it: no word character, apostrophe or hyphen just
        # before (\w is str.isalnum() or "_"), and the match could not go on after it.
        text, size = self.text, len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before in "_’'-") and text[at + size : at + size + 1] not in _LOWER_WORD_GOES_ON:
                return True
            at = text.find(word, at + 1)
        return False


_LOWER_WORD_GOES_ON = set("abcdefghijklmnopqrstuvwxyz’'-")
_IN_BEFORE = re.compile(r"\b(?:in|near)\s+$")
_AT_BEFORE = re.compile(r"\b(?:at|via|outside)\s+$")
# A capitalised word or a particle after a word: the word begins a longer name ("Rivière des Kito").
_NAME_GOES_ON = re.compile(r" (?:[A-Z]|(?:de|des|du|del|da|di|la|le|el|al) )")
_COMMON_WORD_NAME_GOES_ON = re.compile(r" (?:\d|(?:and|for|of|de|del|y) [A-Z])")  # "Article 12", "Freedom and Renewal"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|around|across|into|of|towards|between|and)\s+$")
_OFFICE_OF_BEFORE = re.compile(r"\b(?:director|editor|founder|co-founder|president|chairman|chairwoman|head|owner|publisher|member|members|manager|secretary)\s+of\s+$", re.IGNORECASE)
_ORG_AFTER = re.compile(
    r"\s+((?:(?:state|foreign|interior|defen[cs]e|home|finance|justice|information|health|education|"
    r"federal|central|provincial|national|ruling|opposition|coalition|military|caretaker|interim)\s+)?"
    r"(?:government|party|embassy|consulate|ministry|department|high commission|parliament|cabinet|regime|junta)|"
    r"(?:(?!(?:and|or|of|the|to|in)\s)[a-z]+\s+){1,2}(?:committee|commission|panel|caucus))\b"
)
# Bodies inside a body, written in lowercase after its name: "the KLF executive committee".
_SUB_BODY_HEADS = {"committee", "commission", "panel", "caucus"}
# A lowercase noun for a kind of body after a name: "the Kito Velsa movement".
_BODY_KIND_AFTER = re.compile(
    r"\s+(movement|coalition|alliance|organi[sz]ation|militia|outfit|caucus|federation|network|"
    r"conglomerate|consultancy|newspaper|broadcaster|charity|party|daily|weekly|magazine|tabloid|website|portal|"
    r"company|firm|watchdog|think[- ]tank|franchise|club|airline|start-?up)s?\b(?![’'\-])"
)
_EMBASSY_IN = re.compile(r"\s+in\s+((?:[A-Z][\w\-]+\s?){1,3})")
_EMBASSY_HEADS = {"embassy", "consulate", "commission", "mission"}
# Verbs that a name ending a sentence start is not: "Considering", "Following".
_NOT_NAME_ENDINGS = ("ing", "ous", "ly", "ive", "ful", "less", "ism", "ist", "ists", "ness", "ment", "ments", "tion", "tions", "ies", "ed")


class _Context:
    """What the whole text says about its words, computed once per text."""

    def __init__(self, text: str):
        self.text = text
        self.gazetteer = places()
        self.lower = _LowercaseWords(text)  # words the text writes in lowercase somewhere: ordinary words, not names
        self.bodies_by_first_word: dict[str, list[str]] = {}
        self.not_actors: set[str] = set()  # acronyms the text spells out as offices or things
        self.offices: set[str] = set()  # acronyms the text spells out as offices ("Vice-Premier (VP)")
        self._body_lists: list[tuple[int, int]] | None = None
        self._place_lists: list[tuple[int, int]] | None = None

    def common(self, word: str) -> bool:
        """An ordinary English word capitalised (written in lowercase elsewhere, or shaped like one)."""
        low = word.lower()
        if low in self.lower and not is_given_name(word):
            return True
        return low in FUNCTION_WORDS

    def place(self, name: str, start: int = -1) -> str | None:
        """Canonical place for a name, datelines in capitals included."""
        found = self.gazetteer.get(name)
        if found is None and name.isupper() and len(name) > 3:
            found = self.gazetteer.get(name.title()) or self.gazetteer.get(string_capwords(name))
        if found is None and start >= 0 and " " not in name and name in small_places():
            if _LOCATIVE_BEFORE.search(self.text[max(0, start - 12) : start]) and not is_given_name(name) and name.lower() not in self.lower:
                found = small_places()[name]
        elif found and " " not in name and is_common_word(name) and found not in country_names():
            if name.lower() in self.lower:
                return None  # "Independence", "Reading": a town named like a word this text writes in lowercase
            if name.lower().endswith(_THING_NOUN_ENDINGS) and not (start >= 0 and _LOCATIVE_BEFORE.search(self.text[max(0, start - 12) : start])):
                return None  # "after Independence", "Reading the text": such a word is a town only where a sentence puts one
        return found

    def in_body_list(self, position: int) -> bool:
        """Whether a name at this position is an item of a list of bodies ("companies such
        as A, B and C", "parties including D")."""
        if self._body_lists is None:
            self._body_lists = _body_list_spans(self.text)
        # (Most texts have no such list: no generator made then.)
        return bool(self._body_lists) and any(start <= position < end for start, end in self._body_lists)

    def in_place_list(self, position: int) -> bool:
        """Whether a name at this position is an item of a list of places ("the towns of
        A, B and C", "rivers -- D, E and F")."""
        if self._place_lists is None:
            self._place_lists = _place_list_spans(self.text)
        # (Most texts have no such list: no generator made then.)
        return bool(self._place_lists) and any(start <= position < end for start, end in self._place_lists)

    def place_adjective(self, word: str) -> bool:
        """'Asian', 'Andean', 'Balinese': the adjective of a place; 'Philippine' of a country
        whose name is its plural."""
        if word.endswith(("an", "ans", "ese")) and any(self.place(word[:-k]) for k in (1, 2, 3)):
            return True
        return word[-1:].islower() and word + "s" in country_names()


_ADDRESS_OR_HANDLE = re.compile(r"[\w.\-]*@[\w.\-]+")
_HASHTAG = re.compile(r"(?<![\w&])#[A-Za-z]\w*")
# A site's address written as its name ("Kito.com", "news.com.au"); not a link, not e-mail.
_WEBSITE = re.compile(r"(?<![\w@/.\-])(?!www\.)[A-Za-z][\w\-]*(?:\.[a-z]{2,})*\.(?:com|net|org|online)(?:\.[a-z]{2})?(?![\w/@\-]|\.\w)")


_PUBLICATION_HEADS = {"news", "times", "post", "herald", "tribune", "express", "journal", "gazette", "telegraph", "chronicle", "observer", "review", "daily", "weekly", "magazine", "radio", "tv", "today", "mail", "standard", "monitor", "star", "nation", "reporter", "wire", "online"}


def is_publication_name(name: str) -> bool:
    """'Lusara Weekly', 'KITO TIMES', 'DAILY LUSARA': a name shaped like a publication's
    (no gazetteer place): a publication's head word before or after its other words."""
    words = name.split()
    return len(words) >= 2 and (words[-1].lower() in _PUBLICATION_HEADS or words[0].lower() in _PUBLICATION_HEADS) and not places().get(name)


# A name (or two, "Kito Post / Lusara Review"), maybe a day, and a dash opening the text:
# a dateline that gives a publication, not a place.
_MASTHEAD_NAME = r"[A-Za-z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){1,3}"
_MASTHEAD = re.compile(rf"({_MASTHEAD_NAME})(?: / ({_MASTHEAD_NAME}))?(?:, \d{{1,2}} [A-Z][a-z]+)? (?:[-–—] |\((?=[A-Z]))")


# A plural noun for a kind of body, then a list of them: "firms like A, B and C".
_BODY_LIST_CUE = re.compile(
    r"\b(?:companies|firms|banks|groups|parties|organi[sz]ations|brands|outlets|newspapers|agencies|operators|"
    r"carriers|airlines|platforms|retailers|insurers|lenders|manufacturers|makers|giants|unions|movements|NGOs|"
    r"charities|broadcasters|channels|websites|apps|universities|clubs|institutions|conglomerates|corporations|"
    r"suppliers|consultancies|developers|start-?ups|businesses|multinationals|automakers|carmakers|chains|"
    r"publications|media|networks|gangs|cartels|militias|laboratories|labs|schools|colleges|hospitals|watchdogs|"
    r"think[- ]tanks|federations|associations|foundations|teams|franchises|ministries|departments|factories|mills|"
    r"hotels|entities|bodies|regulators|authorities|councils|institutes|centres|centers),?\s+(?:like|such\s+as|including|namely)\s+"
)
_LIST_WORD = re.compile(r"[^\s,]+")
_LIST_JOINERS = {"and", "or", "&", "of", "the", "de", "y", "del", "la", "and/or"}


def _body_list_spans(text: str) -> list[tuple[int, int]]:
    return _list_spans(text, _body_list_cue_ends(text))


def _list_spans(text: str, cue_ends: list[int]) -> list[tuple[int, int]]:
    """Where each list after a cue runs: capitalised items, commas and "and", up to the
    first other lowercase word or the sentence's end."""
    spans = []
    for cue_end in cue_ends:
        end = cue_end
        for word in _LIST_WORD.finditer(text, cue_end, cue_end + 300):
            token = word.group()
            core = token.rstrip(".;:!?)")
            if not core or not (core[0].isupper() or core[0].isdigit() or core in _LIST_JOINERS):
                break
            end = word.end()
            if core != token and not core.endswith((".com", "Inc", "Ltd", "Co")):
                break  # the sentence or clause ends
        spans.append((cue_end, end))
    return spans


# The words that follow the plural noun in _BODY_LIST_CUE (change them together).
_BODY_LIST_CUE_WORDS = re.compile(r"(?:like|such\s+as|including|namely)\s+")


def _body_list_cue_words(text: str) -> list[re.Match]:
    """_BODY_LIST_CUE_WORDS.finditer(text) as a list, from a string search for each word:
    the pattern, tried at every "l", "s", "i" and "n" of a text, cost more than the rest
    of finding lists of bodies. The words never overlap, so every match counts."""
    found = []
    for word in ("like", "such", "including", "namely"):
        at = text.find(word)
        while at >= 0:
            match = _BODY_LIST_CUE_WORDS.match(text, at)
            if match:
                found.append(match)
            at = text.find(word, at + 1)
    return sorted(found, key=lambda match: match.start())


_WORD_RUN = re.compile(r"(?<!\w)\w+")  # (a look behind sees the text before `pos` too)


def _body_list_cue_ends(text: str) -> list[int]:
    """Where each match of _BODY_LIST_CUE ends, as its finditer gives them, found from the
    few "like"/"including" of a text: the pattern itself, tried at every character with
    its forty nouns, took as long as reading all the actors of a short report."""
    ends = []
    for cue in _body_list_cue_words(text):
        gap = cue.start()
        while gap and text[gap - 1].isspace():
            gap -= 1
        if gap == cue.start():
            continue  # "unlike": no space before the word
        if gap and text[gap - 1] == ",":
            gap -= 1  # "platforms, including Kitobo and Velsin"
        # The noun ends at the gap: try the whole pattern from each word start just before it
        # (the pattern starts with \b: a letter after no word character; each such start
        # begins a run of word characters, found by a pattern instead of a look at each one).
        if any(
            text[start].isalpha()
            and (match := _BODY_LIST_CUE.match(text, start, cue.end()))
            and match.end() == cue.end()
            for start in map(re.Match.start, _WORD_RUN.finditer(text, max(0, gap - 40), gap))
        ):
            ends.append(cue.end())
    return ends


# A plural noun for a kind of place, then a list of them: "the towns of A, B and C",
# "rivers -- A, B and C". ("countries of", "states of" may name a union's members, not places.)
_PLACE_LIST_NOUNS = {
    "towns", "cities", "villages", "districts", "provinces", "regions", "municipalities", "sectors", "rivers",
    "councils", "islands", "communities", "neighbourhoods", "neighborhoods", "departments", "counties",
    "governorates", "constituencies", "localities", "suburbs", "upazilas", "prefectures", "states", "countries",
    "nations", "capitals", "ports",
}
_PLACE_LIST_OF_NOUNS = _PLACE_LIST_NOUNS - {"states", "countries", "nations"}
_PLACE_LIST_CUE = re.compile(r"s(?: (of|like|such as|including|namely)| ?(?:--|—|–|:)) (?=[A-Z])")


def _place_list_spans(text: str) -> list[tuple[int, int]]:
    """Lists of places after a plural noun for their kind."""
    ends = []
    for cue in _PLACE_LIST_CUE.finditer(text):
        start = text.rfind(" ", 0, cue.start()) + 1
        noun = text[start : cue.start() + 1].lower()
        if noun in (_PLACE_LIST_OF_NOUNS if cue.group(1) == "of" else _PLACE_LIST_NOUNS):
            ends.append(cue.end())
    return _list_spans(text, ends)


def string_capwords(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _head(words: list[str]) -> str:
    """The head noun of a name: its last word, or the last before "of"/"for" ("Bank of X")."""
    for i, w in enumerate(words):
        if w in _JOINERS_AFTER_ORG and i:
            return words[i - 1].lower()
    return words[-1].lower()


_VENUE_KINDS = {"convention", "conference", "exhibition", "congress", "expo", "events", "trade"}
# Last words of the names of buildings and places of worship: no actor, even when a
# body's name comes before them.
_BUILDING_HEADS = {
    "complex", "building", "buildings", "tower", "towers", "mosque", "temple", "shrine", "pagoda", "cathedral",
    "synagogue", "basilica", "mausoleum", "monument", "memorial", "terminal", "fountain",
}


def _name_kind(words: list[str], ctx: _Context) -> str | None:
    """Place or organisation by the shape of a multi-word name, else None."""
    full = " ".join(words)
    if ctx.place(full):
        return PLACE
    if full in MEDIA:
        return ORGANISATION
    low0 = words[0].lower()
    if low0 in ("upper", "lower") and words[-1].lower() in ("house", "chamber"):
        return ORGANISATION  # "the Upper House"
    if low0 in COMPASS and len(words) >= 2 and not is_demonym(words[-1]) and not ctx.place_adjective(words[-1]) and (
        ctx.place(" ".join(words[1:])) or words[1].lower() in COMPASS or (len(words) == 2 and low0 not in ("old", "new") and words[1].lower() not in ORGANISATION_HEADS and _name_shaped(words[1]))
    ):
        return PLACE
    if low0 == "house" and len(words) > 2 and words[1] in ("of", "of the"):
        return ORGANISATION  # "House of Representatives", "House of Lords": a chamber
    if len(words) >= 3 and words[-1].lower() in ("center", "centre") and words[-2].lower() in _VENUE_KINDS:
        return PLACE  # "Kito Convention Center", "Lusara Exhibition Centre": a venue, where things happen
    if words[-1].lower() in _BUILDING_HEADS:
        return None  # "Lusara Council Complex", "Kito Bank Tower": a building, whoever sits in it
    head = _head(words)
    if head in NON_ACTOR_HEADS and not any(w.lower() in ORGANISATION_HEADS and w.lower() != "international" for w in words[:-1]):
        return None  # "International Mathematics Olympiad", "Belt and Road Initiative"
    # ("International" is a body's head only at the end, "Kito International"; before
    # other words it is an adjective: "International Cooperation" is a portfolio.)
    if head in ORGANISATION_HEADS or any(w.lower() in ORGANISATION_HEADS and w != "International" for w in words[:-1] if w not in _JOINERS_AFTER_ORG) and head not in PLACE_HEADS:
        return ORGANISATION
    if head == "state" and len(words) == 2 and is_demonym(words[0]):
        return ORGANISATION  # "the Venezuelan State": the state as a body
    if head == "reserve" and low0 in ("federal", "central"):
        return ORGANISATION  # "the Federal Reserve": a central bank, not a nature reserve
    if low0 == "state" and len(words) == 2 and is_common_word(words[1]) and words[1].lower() not in _STATE_SEATS:
        return None  # "State Security", "State Capture": what the state does, no place (but "State House")
    if head in PLACE_HEADS or (low0 in PLACE_STARTS and len(words) >= 2 and words[-1].lower() not in TITLES):
        return PLACE  # but "State Councilor" is an office
    if any(
        _HYPHEN_PARTICLE.match(w)
        or (_ACRONYM.match(w) and not ctx.place(w) and w not in OFFICE_ACRONYMS and w.upper() not in COMMON_ACRONYMS and not _ROMAN_NUMBER.match(w))
        for w in words
    ):
        return ORGANISATION
    return None


# After "State", words for where it sits: "State House" is a place.
_STATE_SEATS = PLACE_HEADS | {"house", "palace", "hall", "lodge"}
# Heads that are also surnames ("Park", "Hill") make a place only at the end of a name.
_PLACE_HEADS_ANYWHERE = PLACE_HEADS - {"park", "hill", "haven", "palace", "area", "heights", "kingdom"}
# Articles of other languages that start names of bodies and places, never of people.
_FOREIGN_ARTICLES = {"El", "La", "Las", "Los", "Le", "Les", "Te", "Ngā", "Al", "Ar", "Il", "Lo", "Das", "Der", "Die"}


# Words that begin a place's name, never a person's, though a list of given names holds some.
_PLACE_STARTS_NOT_NAMES = PLACE_STARTS - {"rio", "río", "bay", "cape", "port", "fort", "city", "state", "via"}


_PLACES_LISTED_BEFORE = re.compile(r"((?:[A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)?, (?:and |or )?){1,4})$")
_CROSSING_AFTER = re.compile(r"\s+(?:border\s+)?(?:crossing|checkpoint|border)\b")


def _listed_after_a_place(ctx: _Context, start: int) -> bool:
    """'in Kitomo, Velsaro, El Tocayo': a name listed after places (the list after "in",
    or an item the gazetteer knows) is a place too."""
    if not ctx.text.endswith(", ", max(0, start - 2), start):
        return False
    window = ctx.text[max(0, start - 90) : start]
    listed = _PLACES_LISTED_BEFORE.search(window)
    if not listed:
        return False
    items = [item.strip().removeprefix("and ").removeprefix("or ") for item in listed.group(1).split(",")]
    return bool(_LOCATIVE_BEFORE.search(window, 0, listed.start(1))) or any(ctx.place(item) for item in items if item)


def _person_words(words: list[str], ctx: _Context, initial: bool) -> bool:
    """Two to four words shaped like a person's name and like no ordinary word (and up
    to five with name particles between them: "Tamim bin Hamad Al Thani")."""
    if len(words) > 2 and any(w in _PARTICLES for w in words[1:-1]):
        core = [w for w in words if w not in _PARTICLES]
        if not is_given_name(core[0]):
            return False  # "Frente de Todos", "Jamiat e Ulama e Islam"
        return 2 <= len(core) <= 5 and _person_words(core[:2] + core[-2:] if len(core) > 4 else core, ctx, initial)
    if len(words) >= 2 and _initials(words[0]) and not any(_initials(w) for w in words[1:]):
        # "VK Saxena", "LR Bishnoi": initials, then a name that is no word or acronym.
        first = words[0]
        if first in OFFICE_ACRONYMS or first in COMMON_ACRONYMS or ctx.place(first) or is_common_word(words[-1]) or is_language(words[-1]):
            return False
        return _person_words(["V", *words[1:]], ctx, initial)
    if not 2 <= len(words) <= 4 or not all(_name_shaped(w) for w in words) or words[0].lower() in COMPASS:
        return False
    if words[0].lower() in _PLACE_STARTS_NOT_NAMES:
        return False  # "Calle Obispo", "Wadi Kito", "Sharm El Obari": a street's, valley's or town's name
    if words[0] in ("Al", "Ar") and len(words) == 2 and not is_given_name(words[1]):
        return False  # "Al Hayat", "Al Wafd"; but "Ali Al Sistani" is a name
    if (words[0] in _FOREIGN_ARTICLES and words[0] not in ("Al", "Ar")) or words[0] in country_names():
        return False  # "El Kitoro", "Lusara Mbele"
    if any(w.lower() in _OFFICE_OR_ROLE or w.lower() in ORGANISATION_HEADS or w.lower() in _PLACE_HEADS_ANYWHERE for w in words):
        return False
    if words[-1].lower() in PLACE_HEADS:
        return False  # "Whitecap Park", but "Park Sun-ae"
    # "Robert Langley": a surname may be a town's name after a given name; a run that
    # starts with a place is a place's something.
    if any(ctx.place(w) and not is_given_name(w) for w in words) and not (is_given_name(words[0]) and not ctx.place(words[0])):
        return False
    if words[-1].isupper() or len(words[-1].rstrip(".")) == 1 or all(len(w) <= 2 for w in words):
        return False
    # "Red Notices", "Unity Fountain": ordinary words, not a name; "Gordon Brown" is
    # one because it starts with a given name.
    given = is_given_name(words[0])
    ordinary = [is_common_word(w) and not is_given_name(w) for w in words]
    last = words[-1].lower()
    plural = ordinary[-1] and last.endswith("s") and not last.endswith("ss")
    if all(ordinary) or last in NON_ACTOR_HEADS or (plural and not _plural_surname(words, given)):
        return False
    for i, w in enumerate(words):
        if w.lower() in ctx.lower and not is_given_name(w) and not (i and given):
            return False
        if i == 0 and initial and w.lower().endswith(_NOT_NAME_ENDINGS) and not is_given_name(w):
            return False
    return True


def _ordinary_words_after_the(scan: str, run: Run, words: list[str]) -> bool:
    """'the Red Cross', 'the Grand Hotel': ordinary words after "the" name a thing or a
    body, though the first is also a given name; a person is not "the Mark Young"."""
    return all(is_common_word(w) for w in words) and _THE_BEFORE.search(scan, max(0, run.start - 5), run.start) is not None


def _plural_surname(words: list[str], given: bool) -> bool:
    """'James Fields', 'Anna Peters': a surname shaped like a plural after a given name
    that is no ordinary word (or a surname made of a given name); not "Grey Notices",
    "Gen Wardens"."""
    last = words[-1]
    if not given or words[0].lower() in TITLES or last.lower().endswith(_THING_NOUN_ENDINGS):
        return False
    return not is_plain_word(words[0]) or is_given_name(last[:-1])


_WORK_TITLE_BEFORE = re.compile(r"(?:\w['’]s|\b(?:titled|entitled|called))\s[“\"‘']?$")


def find_actors(text: str, known: list[KnownActor] = (), masked: list[tuple[int, int]] = ()) -> ActorIndex:
    """Actors in text. `masked` spans (titles in quotation marks) are not read as names."""
    scan = _flatten_parenthesised_names(text)
    for start, end in masked:
        scan = scan[:start] + " " * (end - start) + scan[end:]
    if "@" in scan:
        # "KLF@OBARI.GOV.KT", "@KitoNews": an address or a handle names no one in its words.
        scan = _ADDRESS_OR_HANDLE.sub(lambda m: " " * len(m.group()), scan)
    if "#" in scan:
        # "#FreeKito": a hashtag names a campaign, not a body.
        scan = _HASHTAG.sub(lambda m: " " * len(m.group()), scan)
    ctx = _Context(scan)
    index = ActorIndex()
    _seed_known(index, known)
    for start, end in masked:
        # "the tabloid 'Kito Star'", "the newspaper "Velsa Today"": a quoted name after a
        # noun for a kind of body is that body's name, not a title of a work.
        if _BODY_NOUN_BEFORE.search(text, max(0, start - 40), start):
            name = text[start + 1 : end - 1].strip(" ,.")
            if name and name[0].isupper() and len(name.split()) <= 6:
                index.add(index.resolve(name) or name, ORGANISATION, start=start + 1, end=end - 1)
    # "Inter-Services Intelligence (ISI)": one organisation under its acronym.
    for acronym, expansion, spelled in _acronym_pairs(scan):
        if ctx.place(acronym):
            continue
        kind = None if _office_of_a_body(expansion.split()) else _expansion_kind(expansion.split(), ctx)
        if kind == ORGANISATION and acronym in OFFICE_ACRONYMS and _name_kind(expansion.split(), ctx) is None:
            kind = None  # "General Officer Commanding (GOC)": an office's acronym, no body's head in it
        if kind == PERSON and len(expansion.split()) == 2:
            # "chairperson Tom Obari (TO)": two letters after two names are as often the
            # person's party as the person; each is read on its own.
            continue
        if kind is None:
            ctx.not_actors.add(acronym)  # "Gross Domestic Product (GDP)", "Municipal Chief Executive (MCE)"
            if expansion.split()[-1].lower() in _TITLE_OR_OFFICE:
                ctx.offices.add(acronym)
            continue
        if not spelled:
            # "the Special Trust for the Farming Sector (Fidekito)": a name, often translated,
            # then the body's own short name, which spells no initials of it. A report names
            # the body twice over; news actor lists count each name, so each is found alone.
            for name in (acronym, _body_of_an_office(expansion)):
                if name and index.resolve(name) is None:
                    index.actors[name] = ActorFound(name, kind, "", [], 0)
                    index._surfaces[name.lower()] = name
            continue
        if index.resolve(acronym) is None:
            index.actors[acronym] = ActorFound(acronym, kind, "", [expansion], 0)
            index._surfaces[acronym.lower()] = acronym
        index.alias(index.resolve(acronym), expansion)
    ctx.not_actors.update(_acronyms_of_lowercase_words(scan))
    if "ection" in scan or "rticle" in scan:
        # "Section 153A of the KPC", "Article 4 of the KWT": the acronym of a code or a treaty.
        ctx.not_actors.update(m.group(1) for m in _PROVISION_OF.finditer(scan) if index.resolve(m.group(1)) is None)
    ctx.not_actors.update(a for a in _acronyms_of_things(scan) if index.resolve(a) is None)
    # Names the archive already knows are found as phrases, lowercase words and all;
    # so are places whose names hold a lowercase word ("Trinidad and Tobago").
    covered: list[tuple[int, int]] = []
    written = {actor.name for actor in index.actors.values()} | {a for actor in index.actors.values() for a in actor.aliases}
    written |= {alias for actor in known for alias in actor.aliases}
    phrases = _find_phrases(scan, written) + _find_phrases(scan, _lowercase_place_names())
    for start, end, surface in sorted(phrases):
        if covered and start < covered[-1][1]:
            continue
        canonical = index.resolve(surface)
        if canonical is None and surface in ctx.gazetteer:
            place = ctx.gazetteer[surface]
            aliases = [surface] if surface != place else []
            first = place.split(" and ")[0] if " and " in place else ""
            if first and ctx.gazetteer.get(first) == first and index.resolve(first) is None:
                aliases.append(first)  # the first of a pair stands for it ("Kito" for "Kito and Obara")
            index.add(place, PLACE, aliases=aliases, start=start, end=end)
            covered.append((start, end))
            continue
        # Inside a longer capitalised name ("Gen Omar Farouk Haddad") the run decides.
        if canonical and not _inside_longer_name(scan, start, end):
            index.add(canonical, index.actors[canonical].kind, start=start, end=end)
            covered.append((start, end))
    if ".com" in scan or ".online" in scan or ".net" in scan or ".org" in scan:
        # "Kito.com", "Pesoblog.com.ar": a website named by its address is a body.
        for site in _WEBSITE.finditer(scan):
            if not any(start < site.end() and site.start() < end for start, end in covered):
                stem = site.group().split(".")[0]
                aliases = [stem] if stem[0].isupper() and len(stem) > 2 and not ctx.place(stem) and not index.resolve(stem) else []
                index.add(index.resolve(site.group()) or site.group(), ORGANISATION, aliases=aliases, start=site.start(), end=site.end())
                covered.append((site.start(), site.end()))
        covered.sort()
    masthead = _MASTHEAD.match(scan)
    for group in (2, 1) if masthead else ():
        name = masthead.group(group)
        words = name.split() if name else []
        if words and not ctx.place(name) and not is_given_name(words[0]) and not _person_words(words, ctx, False) and not any(
            w.lower().rstrip(".") in _TITLE_OR_OFFICE for w in words
        ):
            # "Lusara Weekly, 27 January - ...": a publication's name where a dateline would be.
            index.add(index.resolve(name) or name, ORGANISATION, start=masthead.start(group), end=masthead.end(group))
            covered.insert(0, (masthead.start(group), masthead.end(group)))
    covered_starts = [a for a, _ in covered]

    def is_covered(run: Run) -> bool:
        i = bisect_left(covered_starts, run.end)
        return i > 0 and covered[i - 1][1] > run.start

    singles: list[Run] = []
    unread: list[Run] = []  # runs no rule made an actor of
    for raw_run in _join_conjoined_names(scan, _runs(scan), ctx):
        run = _trim(raw_run, scan)
        if run is None or is_covered(run):
            continue
        run = _with_opening_word(raw_run, run)
        first = raw_run.tokens[0]
        if first.text == "The" and not first.initial and run.tokens[0] is raw_run.tokens[1] and len(raw_run.tokens) <= 5:
            # "accessed by The Hindu": a capital "The" in mid-sentence starts a title.
            if _WORK_TITLE_BEFORE.search(scan, max(0, first.start - 12), first.start):
                continue  # "Tom Kito's The Long Road", "a study titled “The Velsa Effect”": a work's title
            full = " ".join(run.words)
            if (
                not ctx.place(full)
                and not index.resolve(full)
                and not any(t.low in _TITLE_OR_OFFICE for t in run.tokens)
                # "The Kito Ports Act", "The Lusaran president": a law or a nationality.
                and run.tokens[-1].low not in _THING_HEADS
                and not (is_demonym(full) and (_modifies_a_noun(scan, run.end) or _office_after(scan, run.end)))
            ):
                name = "The " + full
                index.add(index.resolve(name) or name, ORGANISATION, start=first.start, end=run.end)
                index.alias(index.resolve(name), full)
                continue
        found = (len(index.mentions), len(singles))
        _read_run(index, ctx, run, singles)
        if (len(index.mentions), len(singles)) == found and len(run.tokens) <= 3:
            unread.append(run)

    # Single words: surnames of people found anywhere in the text, known actors,
    # places, acronyms, brands and hyphenated group names.
    ctx.bodies_by_first_word = _bodies_by_first_word(index)
    if singles:
        _family_names_written_first(index, {run.words[0] for run in singles})
    for run in singles:
        found = len(index.mentions)
        _read_single(index, ctx, run)
        if len(index.mentions) == found:
            unread.append(run)
    if unread:
        _places_listed_with_places(index, ctx, unread)
        _bodies_listed_with_bodies(index, ctx, unread)
    _drop_countries_named_only_for_their_diplomats(index, scan)
    _drop_people_only_ever_after_the(index, scan)
    _merge_variants(index, ctx.place)
    return index


def _family_names_written_first(index: ActorIndex, alone: set[str]) -> None:
    """"Obanle Kitoyu ... Obanle said": where a text calls someone by the first word of
    their name and never by the last, the family name is written first; it is an alias."""
    first_words: dict[str, list[str]] = {}
    for actor in index.actors.values():
        words = actor.name.split()
        if (
            actor.kind == PERSON
            and 2 <= len(words) <= 3
            and words[0] in alone
            and words[-1] not in alone
            # Not "Kito Incident", "Lusa Roundabout": a thing's name taken for a person's.
            and not any(is_common_word(w.split("-")[0]) for w in words[1:])
        ):
            first_words.setdefault(words[0], []).append(actor.name)
    for word, names in first_words.items():
        if len(names) == 1 and index.resolve(word) is None:
            index.alias(names[0], word)


# Words a sentence's grammar capitalises only at its start; in mid-sentence, before a
# body's name, they are part of it ("the All Lusara Congress", "First Nations Bank").
_NAME_OPENING_WORDS = {"all", "first", "our", "one"}


def _with_opening_word(raw_run: Run, run: Run) -> Run:
    """The trimmed run, or the run with the capitalised word it lost in mid-sentence
    ("All" of "the All Lusara Farmers Committee") when what is left is a body's name."""
    dropped = raw_run.tokens[0]
    if (
        len(run.tokens) >= 2
        and run.tokens[0] is raw_run.tokens[1]
        and not dropped.initial
        and dropped.low in _NAME_OPENING_WORDS
        and _head(run.words) in ORGANISATION_HEADS
    ):
        return Run([dropped, *run.tokens])
    return run


# A country's diplomats, officials and papers: "US diplomats", "a UK cable", "the US
# national security adviser".
_DIPLOMATS_AFTER = re.compile(
    r" (?:[a-z]+ ){0,2}(?:diplomats?|officials?|cables?|ambassadors?|envoys?|embassy|consulate|adviser|advisor|counterparts?)\b",
    re.IGNORECASE,
)


_THE_END = re.compile(r"\b[Tt]he $")
_LEADERS_NOUN_AFTER = re.compile(r"(?:['’]s?)? (?:government|administration|regime|cabinet|junta|dictatorship|family|era|years|camp|campaign)\b")


def _drop_people_only_ever_after_the(index: ActorIndex, scan: str) -> None:
    """English puts no "the" before a person's name: a "person" the text only ever writes
    as "the X" ("the Lusaro Yatra", "the Bill") is a thing, unless a given name opens it
    or a leader's noun follows it ("the Obari government")."""
    for actor in [a for a in index.actors.values() if a.kind == PERSON]:
        if any(is_given_name(word) for word in actor.name.split()[:-1]):
            continue  # "Opposition Anna Obari": a given name in it
        mentions = index.mentions_of(actor.name)
        words = set(actor.name.split())
        if mentions and all(
            # The mention starts with the name itself, not "the Government of President X".
            scan[m.start : m.end].split(" ", 1)[0] in words
            and _THE_END.search(scan, max(0, m.start - 4), m.start)
            and not _LEADERS_NOUN_AFTER.match(scan, m.end)
            for m in mentions
        ):
            index.remove(actor.name)


def _drop_countries_named_only_for_their_diplomats(index: ActorIndex, scan: str) -> None:
    """A country a report names only as an adjective of its diplomats or of a cable it
    quotes ("US diplomats were told", "a UK cable") is no place of the report: its
    agents act, not the place."""
    for actor in [a for a in index.actors.values() if a.kind == PLACE and a.name in country_names()]:
        mentions = index.mentions_of(actor.name)
        if mentions and all(
            # Not "Peru's ambassador": a possessive makes the country the one acting.
            scan[m.end : m.end + 1] == " " and scan[m.end + 1 : m.end + 2].islower() and scan[m.end - 2 : m.end] not in ("'s", "’s") and _DIPLOMATS_AFTER.match(scan, m.end)
            for m in mentions
        ):
            index.remove(actor.name)


# What separates the items of a list: "Kito, Obari and Lusara", "Kito and Obari".
_LIST_BEFORE = re.compile(r"(?:,|,? and|,? or) $")
_LIST_AFTER = re.compile(r"(?:,|,? and|,? or) ")
# How a window that `_LIST_BEFORE` matches ends (`$` also matches before a last newline).
_LIST_BEFORE_ENDS = (", ", "and ", "or ", ", \n", "and \n", "or \n")


def _list_before(scan: str, start: int) -> re.Match | None:
    """`_LIST_BEFORE` in the six characters before `start`, tried only where they end as
    a match must (a search tries the pattern from each of them)."""
    lo = max(0, start - 6)
    return _LIST_BEFORE.search(scan, lo, start) if scan.endswith(_LIST_BEFORE_ENDS, lo, start) else None


def _places_listed_with_places(index: ActorIndex, ctx: _Context, unread: list[Run]) -> None:
    """Names nothing else made an actor, listed beside places ("the towns of Kito,
    Obari and Lusara" where Kito is known): places too, as a reader takes them."""
    scan = ctx.text
    ends = {m.end for m in index.mentions if m.kind == PLACE}
    starts = {m.start for m in index.mentions if m.kind == PLACE}
    if not ends:
        return
    candidates = [
        run for run in sorted(unread, key=lambda r: r.start)
        # In a list at all (cheap), then shaped like a place's name.
        if (_list_before(scan, run.start) or _LIST_AFTER.match(scan, run.end))
        and all(_name_shaped(w) and "." not in w and not is_common_word(w) and w.lower() not in _TITLE_OFFICE_OR_ROLE for w in run.words)
        and not run.tokens[-1].text.endswith(_POSSESSIVE_ENDINGS)
        # One word: a given name, a people or a plural is no place ("Marvin", "Asians", "MPs").
        and not (len(run.tokens) == 1 and (ctx.common(run.words[0]) or is_given_name(run.words[0]) or is_demonym(run.words[0])
                                            or is_language(run.words[0]) or ctx.place_adjective(run.words[0]) or run.words[0][:-1].isupper()))
    ]
    _take_kind_of_list_neighbours(index, scan, candidates, PLACE, ends, starts)


_LEGAL_FORM_WORDS = {"Inc", "Ltd", "Co", "Corp", "LLC", "Plc", "PLC", "SA", "AG", "GmbH", "Pvt", "Limited"}
_LEGAL_FORMS_TITLED = {"Inc", "Ltd", "Co", "Corp", "Llc", "Plc", "Gmbh", "Pvt", "Limited"}
_A_STATES_BODIES = {"ministry", "department", "embassy", "consulate", "high"}  # ("High Commission")


def _bodies_listed_with_bodies(index: ActorIndex, ctx: _Context, unread: list[Run]) -> None:
    """Names nothing else made an actor, listed beside bodies ("the Kito Mining
    Corporation, Velsanet and Obari Steel"): bodies too, as a reader takes them."""
    scan = ctx.text
    ends = {m.end for m in index.mentions if m.kind == ORGANISATION}
    starts = {m.start for m in index.mentions if m.kind == ORGANISATION}
    if not ends:
        return
    read = {m.start for m in index.mentions}
    # A name beside a place or a person in the same list is no body's by that list.
    other_ends = {m.end for m in index.mentions if m.kind != ORGANISATION}
    other_starts = {m.start for m in index.mentions if m.kind != ORGANISATION}
    candidates = [
        run for run in sorted(unread, key=lambda r: r.start)
        if run.start not in read
        and not ((before := _list_before(scan, run.start)) and before.start() in other_ends)
        and not ((after := _LIST_AFTER.match(scan, run.end)) and after.end() in other_starts)
        and not (
            _LOCATIVE_BEFORE.search(scan, max(0, run.start - 12), run.start)
            # ("near Kito and Obari"; but "Velsanet and Obari" after a body's name, unless a person's name.)
            and not (_and_after(scan, run.start, ends) and _no_person_place_or_thing(scan, run, ctx))
        )
        and not run.tokens[0].initial
        and (_list_before(scan, run.start) or _LIST_AFTER.match(scan, run.end))
        and all(w[0].isupper() and "." not in w and w.lower() not in _TITLE_OFFICE_OR_ROLE for w in run.words)
        and not run.tokens[-1].text.endswith(_POSSESSIVE_ENDINGS)
        and not (len(run.tokens) == 1 and run.words[0] in ctx.not_actors)  # an acronym of a thing or an office
        # Ordinary words, a people ("British Indians", "NGOs Kito"), a firm's legal form ("Inc"): no body's name.
        and not all(is_common_word(w) for w in run.words)
        and not (is_demonym(run.words[0]) or run.words[0][:-1].isupper() or run.words[-1].rstrip(".") in _LEGAL_FORM_WORDS)
        # One word: an ordinary word, a given name, a people or a plural is no body.
        and not (len(run.tokens) == 1 and (ctx.common(run.words[0]) or is_common_word(run.words[0]) or is_given_name(run.words[0])
                                            or is_demonym(run.words[0]) or is_language(run.words[0]) or ctx.place_adjective(run.words[0])
                                            or run.words[0][:-1].isupper()))
    ]
    _take_kind_of_list_neighbours(index, scan, candidates, ORGANISATION, ends, starts)


def _and_after(scan: str, start: int, ends: set[int]) -> bool:
    """Whether the name at `start` follows "and" right after a name ending at one of `ends`."""
    before = _list_before(scan, start)
    return bool(before and before.start() in ends and before.group().endswith("and "))


_OFFICE_AFTER_COMMA = re.compile(r",\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)")


def _office_after_comma(scan: str, end: int) -> bool:
    """', president of ...', ', chair professor in ...': an office said of the name before."""
    office = _OFFICE_AFTER_COMMA.match(scan, end, end + 40)
    return bool(office and any(w in _TITLE_OFFICE_OR_ROLE for w in office.group(1).split()))


def _no_person_place_or_thing(scan: str, run: Run, ctx: _Context) -> bool:
    """Whether a name is none of these by its shape or the words around it: a person's
    ("Tom Obari"; "Tano Velsa, president of ..."), a place's or an event's ("Kito
    Districts", "Trade Meeting"), the first word of a longer name ("Kito | Power Plant")
    or a word qualifying a noun ("Obari | power plants")."""
    return not (
        (len(run.tokens) > 1 and _person_words(run.words, ctx, False))
        or _office_after_comma(scan, run.end)
        or _head(run.words).removesuffix("s") in PLACE_HEADS | NON_ACTOR_HEADS | _EVENT_WORDS
        or _NAME_GOES_ON.match(scan, run.end)
        or _modifies_a_noun(scan, run.end)  # "the Kito and Obari power plants"
    )


def _take_kind_of_list_neighbours(index: ActorIndex, scan: str, candidates: list[Run], kind: str, ends: set[int], starts: set[int]) -> None:
    """Each candidate listed right after a name of this kind ending at one of `ends`, or
    right before one starting at one of `starts`, is of that kind too."""
    for _ in range(2):  # a chain of names: each takes its kind from the name beside it
        left = []
        for run in candidates:
            before = _list_before(scan, run.start)
            after = _LIST_AFTER.match(scan, run.end)
            if (before and before.start() in ends) or (after and after.end() in starts):
                name = " ".join(run.words)
                index.add(index.resolve(name) or name, kind, start=run.start, end=run.end)
                ends.add(run.end)
                starts.add(run.start)
            else:
                left.append(run)
        if len(left) == len(candidates):
            break
        candidates = left


def _join_conjoined_names(text: str, runs: list[Run], ctx: _Context) -> list[Run]:
    """'Water and Power Development Authority': two runs joined by "and" are one name
    when the second ends in an organisation's head noun and the first is only its
    modifiers (no head, place, acronym or person of its own)."""
    joined: list[Run] = []
    for run in runs:
        previous = joined[-1] if joined else None
        if previous is not None and text[previous.end : run.start] == " and " and (_conjoined_name(previous, run, ctx) or _conjoined_after_office(previous, run, ctx)):
            joiner = Token("and", previous.end + 1, previous.end + 4, False)
            joined[-1] = Run([*previous.tokens, joiner, *run.tokens])
            # "Fisheries and Marine Training and Outreach Institute": the name now has its
            # head, so the modifier before it may join too.
            while len(joined) > 1 and text[joined[-2].end : joined[-1].start] == " and " and _conjoined_name(joined[-2], joined[-1], ctx):
                joiner = Token("and", joined[-2].end + 1, joined[-2].end + 4, False)
                joined[-2:] = [Run([*joined[-2].tokens, joiner, *joined[-1].tokens])]
            # "Chemical, Biological and Radiological Defence Command": a list of what it
            # does, one ordinary word each, before the "and".
            while len(joined) > 1 and text[joined[-2].end : joined[-1].start] == ", " and _listed_modifier(joined[-2], joined[-1], ctx):
                item = joined[-2].tokens[0]
                item.bare += ","
                item.low = item.bare.lower()
                joined[-2:] = [Run([item, *joined[-1].tokens])]
            continue
        joined.append(run)
    return joined


_OFFICE_WORDS = _TITLE_OFFICE_OR_ROLE | {"officer", "executive", "officers", "executives"}


def _conjoined_after_office(previous: Run, run: Run, ctx: _Context) -> bool:
    """'Director of the Grain and Futures Commission': an office, "of", then the first
    modifiers of a body's name that goes on after "and"."""
    tokens = previous.tokens
    joiner = max((i for i, t in enumerate(tokens) if t.low in _JOINERS_AFTER_ORG), default=-1)
    if joiner <= 0 or joiner == len(tokens) - 1 or not all(t.low.rstrip(".").split("-")[-1] in _OFFICE_WORDS or t.low in _RANKS_IN_A_BODY for t in tokens[:joiner]):
        return False
    return _conjoined_name(Run(tokens[joiner + 1 :]), run, ctx)


def _listed_modifier(previous: Run, run: Run, ctx: _Context) -> bool:
    """'Chemical' before ", Biological and Radiological Defence Command": one ordinary
    word listed before the modifiers of a body's name that "and" joins. (Before a
    plural head each names bodies of its own: "Metropolitan, Municipal and District
    Councils".)"""
    tokens = previous.tokens
    head = _head(run.words)
    return (
        len(tokens) == 1
        and not (head[-1:] == "s" and (head[:-1] in ORGANISATION_HEADS or head[:-3] + "y" in ORGANISATION_HEADS))
        and not tokens[0].initial
        and any(t.low == "and" for t in run.tokens)
        and not tokens[0].bare.endswith(",")
        and is_common_word(tokens[0].bare)
        and _conjoined_name(previous, run, ctx)
    )


_COMMITTEE_HEADS = {"committee", "subcommittee", "sub-committee", "commission", "panel"}


def _conjoined_name(previous: Run, run: Run, ctx: _Context) -> bool:
    """Whether "previous and run" is one body's name: the second part has a body's head
    noun ("Grain Futures Commission", "Works Agency for Refugees") and the first is only
    modifiers ("Grain", "Lusara Relief", "Kenyan Nuclear Safety"), not
    a body, person or place of its own ("the Army and Air Force", "Kenya and Uganda
    Police"), unless both parts start with a place ("Kisumu and Mombasa Port Office")."""
    tokens = previous.tokens
    if tokens[0].initial and tokens[0].low in _DULL_WORDS and len(tokens) > 1:
        tokens = tokens[1:]  # "The Lusara Kito International Economic and ..."
    words = [t.bare for t in tokens]
    if not 1 <= len(words) <= 5 or tokens[0].initial or run.tokens[0].initial or _head(run.words) not in ORGANISATION_HEADS:
        return False
    if any(w in _JOINERS_AFTER_ORG or _ACRONYM.match(w) for w in words) or (
        len(words) > 1
        and words[0].lower() in ORGANISATION_HEADS
        # (but "the Senate Foreign Affairs and Defence Committee": a house's committee)
        and not (words[0].lower() in INSTITUTION_WORDS and _head(run.words) in _COMMITTEE_HEADS)
    ):
        return False  # "Radio Lusara and Lusara TV": two bodies
    if len(words) == 1:
        word = words[0]
        if word.lower() in ORGANISATION_WORDS or word.lower() in INSTITUTION_WORDS or is_given_name(word) or is_demonym(word) or ctx.place(word):
            return False
    elif words[-1].lower() in ORGANISATION_HEADS:
        return False  # "the Supreme Court and Judicial Harbour Commission": two bodies
    full = " ".join(words)
    if ctx.place(full) or (ctx.place(words[0]) and len(words) == 1):
        return bool(ctx.place(run.words[0])) and len(run.words) >= 3
    if is_demonym(words[0]) and len(words) == 1:
        return False
    return not _person_words(words, ctx, False)


def _seed_known(index: ActorIndex, known: list[KnownActor]) -> None:
    """What the archive knows. A one-word alias that several known people share (two
    people surnamed Singh) is not registered: such a surname resolves only from this
    text's own full mention. Nor is a body's alias that is only a kind of body ("the
    Embassy", "the Army"): in the report it came from it meant that report's embassy,
    and in this one it means whichever embassy this report is about."""
    words: dict[str, set[str]] = {}
    for actor in known:
        if actor.kind == PERSON:
            for alias in [actor.name, *actor.aliases]:
                parts = alias.split()
                if parts:
                    words.setdefault(parts[-1].lower(), set()).add(actor.name)
    for actor in known:
        # Known actors take the role this text gives them, not the one on file.
        index.actors.setdefault(actor.name, ActorFound(actor.name, actor.kind, "", [], 0))
        index._surfaces[actor.name.lower()] = actor.name
        for alias in actor.aliases:
            low = alias.lower()
            if actor.kind == PERSON and " " not in low and len(words.get(low, ())) > 1:
                continue
            if actor.kind == ORGANISATION and is_generic_body_name(alias):
                continue
            index._surfaces.setdefault(low, actor.name)
            index._learned.add(low)


def _emit_prefix(index: ActorIndex, ctx: _Context, run: Run, words: list[str]) -> None:
    """'US Ambassador Anna Berg', 'ANC leader X': the place or body before the office."""
    while len(words) > 1 and (words[-1].lower().rstrip(".") in _TRAILING_OFFICES or words[-1] in OFFICE_ACRONYMS):
        words = words[:-1]  # "ANC Leader", "Senate Speaker": the body, not its member
    if not words or words[-1] in _JOINERS_AFTER_ORG:
        return  # "the Government of | President Tom Obari": the body is the person's, no name of its own
    if len(words) > 1 and words[0].lower().rstrip(".") in _RANKS_IN_A_BODY:
        if any(_ACRONYM.match(w) or ctx.place(w) for w in words[1:]) or index.resolve(" ".join(words[1:])):
            _emit_prefix(index, ctx, Run(run.tokens[1:]), words[1:])  # "Deputy KLF (Chairman X)": the rank, then the body
        return  # "Chief Cabinet (Secretary Tom Obari)": words of the office, no body's name
    full = " ".join(words)
    tokens = run.tokens[: len(words)]
    if len(words) > 2 and any(i and _ACRONYM.match(w) for i, w in enumerate(words)):
        _read_run(index, ctx, Run(tokens), [])
        return
    start, end = tokens[0].start, tokens[-1].end
    place = ctx.place(full)
    if place:
        index.add(place, PLACE, aliases=[full] if full != place else [], start=start, end=end)
        return
    canonical = index.resolve(full)
    if canonical:
        index.add(canonical, index.actors[canonical].kind, start=start, end=end)
        return
    if len(words) == 1 and is_demonym(words[0]):
        return
    if len(words) >= 2 and ctx.place(words[0]) and not _is_org_words(words) and _head(words) not in ORGANISATION_HEADS:
        # "Lusara KITCOM": the place, then the body (but "Kito Chamber of Commerce" is one body).
        place = ctx.place(words[0])
        index.add(place, PLACE, aliases=[words[0]] if words[0] != place else [], start=start, end=tokens[0].end)
        _emit_prefix(index, ctx, Run(run.tokens[1:]), words[1:])
        return
    if len(words) == 1 and is_common_word(words[0]) and words[0].lower() not in INSTITUTION_WORDS:
        return  # "Union Home Minister", "Intelligence Minister": a word of the office, no body's name
    if _name_kind(words, ctx) == ORGANISATION or (len(words) == 1 and _ACRONYM.match(words[0]) and words[0] not in OFFICE_ACRONYMS and words[0] not in currency_codes()):
        index.add(full, ORGANISATION, start=start, end=end)
    elif (
        len(run.tokens) > len(words)
        and run.tokens[len(words)].text in _BODY_OFFICES
        and not all(is_common_word(w) for w in words)
        and not any(w.lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE or is_demonym(w) for w in words)
        and not (is_given_name(words[0]) and _person_words(words, ctx, False))
    ):
        # "Kito Perfil CEO Ana Berg", "Obari Holdings Chairman Tom Velsa": the body whose office it is.
        index.add(full, ORGANISATION, start=start, end=end)


# Offices only a body has, written with a capital before their holder's name.
_BODY_OFFICES = {"CEO", "COO", "CFO", "CTO", "MD", "Chairman", "Chairwoman", "Chairperson", "Chair", "Founder", "Co-founder", "Leader"}


# Adjectives that say which of a place's governments or parties, not whose name it is.
_GENERIC_MODIFIERS = {
    "ruling", "opposition", "left", "right", "local", "federal", "central", "state", "national", "provincial",
    "regional", "coalition", "interim", "transitional", "military", "new", "old", "previous", "current",
    "former", "municipal", "excise", "union", "main", "major",
}


# Heads of bodies that are also read as role nouns ("the militant group"): before an
# office, with a name before them, they close the body's name.
_ARMED_SERVICES = {"army", "navy", "police"}
# Words for a member's rank that can stand before a body's name ("Deputy Taliban leader").
_RANKS_IN_A_BODY = {"deputy", "senior", "acting", "vice", "assistant", "additional", "chief", "junior"}
_BODY_HEADS_BEFORE_OFFICE = {"force", "forces", "service", "services", "group", "agency", "command", "ministry", "movement", "network", "company", "firm", "party"}


# "USS Harold Obari": a ship named after a person is one name.
_SHIP_PREFIXES = {"USS", "HMS", "INS", "PNS", "HMAS", "HMCS", "HMNZS", "RFS", "USNS", "MV", "SS"}
_LEADERS_BODIES = {"government", "administration", "regime", "cabinet", "junta"}
_LEADERS_RULE_AFTER = re.compile(r" (?:administration|dictatorship)\b")
_LEADERS_RULE_WORDS = (" administration", " dictatorship")  # how a match of it starts


def _leaders_name(text: str, word: str) -> bool:
    """'Obari' of "the Obari government" is the surname of the person who leads it: a
    name that is no ordinary word, acronym, place, people or known body, or one the text
    also gives in full ("Tom Obari")."""
    if (
        _name_shaped(word)
        and not is_common_word(word)
        and word.lower() not in INSTITUTION_WORDS
        and word.lower() not in ORGANISATION_HEADS
        and word not in places()
        and word not in MEDIA
        and not is_language(word)
    ):
        return True
    for match in re.finditer(rf"\b([A-Z][\w’'\-]+) {re.escape(word)}\b", text):
        given = match.group(1)
        if is_given_name(given) and given.lower() not in FUNCTION_WORDS and given not in places():
            return True
    return False


def _generic_modifier(words: list[str]) -> bool:
    """'the Zionist regime', 'THE government', 'the Ruling party': no name before the head noun."""
    if len(words) != 1:
        return False
    low = words[0].lower()
    if words[0].isupper() and low not in ("the", "our", "their"):
        return False  # "US embassy", "UPA government"
    return low in FUNCTION_WORDS or low in _GENERIC_MODIFIERS or low.endswith(("ist", "ic")) or (is_common_word(low) and low.endswith(("ing", "ed")))


_LAST_WORD = re.compile(r"([A-Za-z]+) ?$")


def _head_before_bracket(text: str, bracket: int) -> bool:
    """Whether a body's head noun, capitalised, ends the text before this bracket."""
    last = _LAST_WORD.search(text, max(0, bracket - 24), bracket)
    return bool(last) and last.group(1)[0].isupper() and last.group(1).lower() in ORGANISATION_HEADS


# Words a name never holds with a capital, but a headline in Title Case does.
_TITLE_CASE_WORDS = FUNCTION_WORDS - {"of", "for", "and", "the", "on", "in", "de", "al", "el", "la", "as", "at", "by", "with", "first", "one"} | {"was", "is", "are", "were", "will"}


_HEADS_OF_NAMED_BODIES = {"Opposition", "Nation"}
# Numbers name no body before those heads ("our First Nation", the "Two Nation theory"), nor
# does "United" (a misspelt "United Nations").
_NO_NAME_BEFORE_THE_HEAD = {"first", "second", "third", "one", "two", "three", "four", "five", "united"}


# Meetings a body holds again and again, and "the 18th", "the 1907", "the first", "during the" before one.
_MEETING_HEADS = {"congress", "conference", "forum", "summit", "conclave", "dialogue", "meeting", "session", "convention"}
_NUMBERED_BEFORE = re.compile(
    r"\b(?:[Tt]he (?:(?:1[89]|20)\d\d|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural)|during the) $"
)


def _read_run(index: ActorIndex, ctx: _Context, run: Run, singles: list[Run]) -> None:
    scan = ctx.text
    words = run.words
    full = " ".join(words)
    if len(words) > 1 and all(w.isupper() for w in words) and any(is_shouted_word(w) for w in words):
        return  # a subhead in capitals: "OLD ALLIES", "BASE RELOCATION"
    if len(words) > 3 and sum(w.lower() in _TITLE_CASE_WORDS for w in words[1:]) >= 2:
        return  # a subhead in Title Case: "Talks Between Kito And The Then Government Began"
    if len(words) > 1 and scan[run.start - 1 : run.start] == "(" and scan[run.end : run.end + 1] == ")" and _head_before_bracket(scan, run.start - 1) and any(
        w.lower() in ORGANISATION_HEADS for w in words
    ):
        # "the Lusaran Social Fund (Caja Lusareña del Fondo Social)": its name in its own language.
        index.add(index.resolve(full) or full, ORGANISATION, start=run.start, end=run.end)
        return
    if (
        (run.tokens[-1].low in _MEETING_HEADS or (len(words) > 2 and _head(words) in _MEETING_HEADS))
        and _NUMBERED_BEFORE.search(scan, max(0, run.start - 20), run.start)
    ):
        # "the 18th Party Congress of the Kito People's Party", "the 1907 Lusara Forum": one
        # numbered meeting, no body; the body that holds it, named after "of", is one.
        joiner = next((i for i, w in enumerate(words) if w in _JOINERS_AFTER_ORG), len(words))
        if joiner < len(words) - 1 and words[joiner] in ("of", "of the"):  # (not "Forum on Kito Trade")
            _read_run(index, ctx, Run(run.tokens[joiner + 1 :]), singles)
        return
    if len(words) >= 2 and words[0] in _SHIP_PREFIXES and words[0] not in ("SS", "MV") and not ctx.place(full):
        # "USS Kitomo", "HMS Lusara": a ship, and "the Kitomo" after it is that ship (but
        # "Reagan" after "USS Ronald Reagan" may still be the president).
        if len(words) == 2 and not is_given_name(words[1]) and not index.resolve(words[1]):
            ctx.not_actors.add(words[1])
        return
    if "&" in words:
        _read_ampersand_name(index, ctx, run, singles)
        return
    if (
        len(words) > 1
        and words[-1] in _HEADS_OF_NAMED_BODIES
        and not run.tokens[0].initial
        and words[0].lower() not in _NO_NAME_BEFORE_THE_HEAD
        and not any(w.lower() in _TITLE_OFFICE_OR_ROLE for w in words)
        and not _modifies_a_noun(scan, run.end)
    ):
        # "the Unity Opposition", "the so-called Angry Opposition", "Kitoma Cree Nation":
        # a named opposition or nation is a body.
        index.add(index.resolve(full) or full, ORGANISATION, start=run.start, end=run.end)
        return
    if len(words) == 2 and words[0].lower() in _GENERIC_MODIFIERS and not words[0].isupper() and _ACRONYM.match(words[1]):
        _read_run(index, ctx, Run(run.tokens[1:]), singles)  # "the Left KLF", "the Ruling KDP": which party, not its name
        return
    # "the Congress party", "UPA government", "US embassy in Delhi": a lowercase head
    # noun (or "in" and a city after an embassy) completes the name.
    # Only a lowercase word right after the name can be its head noun.
    after = _ORG_AFTER.match(scan, run.end, run.end + 40) if scan[run.end + 1 : run.end + 2].islower() else None
    # "the Obari administration", "the Obari dictatorship": nouns said only of a leader's rule.
    rule = (
        _LEADERS_RULE_AFTER.match(scan, run.end, run.end + 16)
        if not after and len(words) == 1 and scan.startswith(_LEADERS_RULE_WORDS, run.end) else None
    )
    if (
        (after or rule)
        and len(words) == 1
        and (rule or after.group(1).split()[-1] in _LEADERS_BODIES)
        and not _generic_modifier(words)
        and not full.lower().endswith(("ist", "ista", "ists", "ic", "ine", "ian", "ish"))  # "the Zionist regime"
        and not is_demonym(full)
        and not ctx.place_adjective(full)
        and _leaders_name(scan, full)
    ):
        # "the Obari government": the government of the person Obari.
        known = index.resolve(full)
        if known and index.actors[known].kind == PERSON:
            index.add(known, PERSON, start=run.start, end=run.end)
        elif not known:
            _add_person(index, full, "", [], run)
        return
    if (
        after
        and words[-1][0].isupper()
        and not _generic_modifier(words)
        # (A nationality's embassy is a body: "the Lusaran embassy in Kito".)
        and not (is_demonym(words[0]) and not (len(words) == 1 and after.group(1) in _EMBASSY_HEADS))
        and not (len(words) > 1 and _head(words) in ORGANISATION_HEADS)
        # A person's government or party is said of the person: "the Ali Reza government".
        and not (index.resolve(full) and index.actors[index.resolve(full)].kind == PERSON)
        and not any(w.lower().rstrip(".") in _TITLE_OR_OFFICE for w in words)
        and not _person_words(words, ctx, False)
    ):
        head_words = after.group(1).split()
        if len(head_words) > 1 and head_words[-1] in _SUB_BODY_HEADS and len(words) == 1 and _ACRONYM.match(full):
            # "the KLF central executive committee": a committee of the KLF, which the text names.
            index.add(index.resolve(full) or full, ORGANISATION, start=run.start, end=run.end)
            return
        # A place's government or parliament is the place in news use; its embassy or
        # state department is a body of its own. Any other name's party, government...
        # ("the Kito regime" is how a text judges a government, not its name.)
        if head_words[-1] == "regime" or (head_words[-1] not in _EMBASSY_HEADS and any(is_demonym(w) or ctx.place_adjective(w) for w in words)):
            pass
        elif not ctx.place(full) or head_words[-1] in ("embassy", "consulate", "commission", "department"):
            name = f"{full} {after.group(1)}"
            end = after.end(1)
            aliases = [full] if head_words[-1] in ("party", "government") and not index.resolve(full) else []
            if head_words[-1] in _EMBASSY_HEADS:
                short = name
                name, end = _embassy_in(ctx, name, end)
                aliases = [short] if name != short else aliases
            index.add(index.resolve(name) or name, ORGANISATION, aliases=aliases, start=run.start, end=end)
            return
    kind_after = _BODY_KIND_AFTER.match(scan, run.end, run.end + 20) if scan[run.end + 1 : run.end + 2].islower() else None
    if (
        kind_after
        and not ctx.place(full)
        and not is_demonym(words[0])
        and not ctx.place_adjective(words[0])
        and not _generic_modifier(words)
        # (One word before "movement" is as often a cause: "the Kito movement".)
        and not (len(words) == 1 and (is_common_word(full) or is_given_name(full) or kind_after.group(1) == "movement"))
        # "Kitova outfits", "the main Obaru militias": one word before many bodies is their
        # cause or their people, not a name.
        and not (len(words) == 1 and kind_after.end() > kind_after.end(1))
        # "the board of the Lusaran newspaper Kito": a nationality before the noun is no name's end.
        and not (len(words) > 1 and is_demonym(words[-1]))
        and not any(_compound_or_gerund(w) for w in words)
        and not any(w.lower().rstrip(".") in _TITLE_OR_OFFICE for w in words)
        and not (index.resolve(full) and index.actors[index.resolve(full)].kind != ORGANISATION)
        and not (is_given_name(words[0]) and _person_words(words, ctx, False))
    ):
        # "the Kito Velsa movement", "the Obanu Tama coalition": the name of a body of that kind.
        index.add(index.resolve(full) or full, ORGANISATION, aliases=[f"{full} {kind_after.group(1)}"], start=run.start, end=run.end)
        return
    if len(words) >= 2 and words[-1].lower() in _FACILITY_HEADS and not ctx.place(full) and not index.resolve(full):
        named = next((k for k in range(len(words) - 1, 0, -1) if ctx.place(" ".join(words[:k]), run.start if k == 1 else -1)), 0)
        if named:
            # "Kito International Airport", "Lusara Bypass Road": the place it serves.
            _emit_prefix(index, ctx, run, words[:named])
            return
        prefix = words[: -2 if words[-2] == "International" else -1]
        if (
            words[-1].lower() in _NAMED_AFTER_A_PLACE
            and len(prefix) == 1
            and not run.tokens[0].initial
            and _name_shaped(prefix[0])
            and not any(is_common_word(part) for part in prefix[0].split("-"))
            and not is_given_name(prefix[0])
            and not index.resolve(prefix[0])
        ):
            # "the Kitoma Bridge", "Obala Port": a crossing or a port takes its place's name.
            index.add(prefix[0], PLACE, start=run.start, end=run.tokens[0].end)
            return
    if (
        ctx.in_place_list(run.start)
        and not index.resolve(full)
        and not any(w.lower().rstrip(".") in _TITLE_OR_OFFICE or w.lower() in ORGANISATION_HEADS for w in words)
    ):
        # "the municipalities of Kito, Obari and Lusara": each item is a place.
        place = ctx.place(full)
        index.add(place or full, PLACE, aliases=[full] if place and place != full else [], start=run.start, end=run.end)
        return
    if "NGO" in words[:-1] and _head(words) not in ORGANISATION_HEADS:
        # "the Lusaran NGO Walking Borders": the kind of body, then its name (but the
        # "NGO Affairs Bureau" is a body that deals with them).
        _read_run(index, ctx, Run(run.tokens[words.index("NGO") + 1 :]), singles)
        return
    if _named_after_body_noun(index, ctx, run, words, full):
        # "the textile company Kito Velsa", "the NGO Walking Borders": the noun says what it names.
        index.add(index.resolve(full) or full, ORGANISATION, start=run.start, end=run.end)
        return
    if _is_place_by_context(ctx, run, words, full) and not (index.resolve(full) and index.actors[index.resolve(full)].kind != PLACE):
        head = _PLACE_AFTER.match(scan, run.end, run.end + 25)
        aliases = [f"{full} {head.group(1)}"] if head else []
        index.add(index.resolve(full) or ctx.place(full) or full, PLACE, aliases=aliases, start=run.start, end=run.end)
        return
    if _head(words) in _EMBASSY_HEADS:
        name, end = _embassy_in(ctx, full, run.end)
        if name != full:
            # "the French Embassy" is what later mentions call it: an alias of the full name.
            index.add(index.resolve(name) or name, ORGANISATION, aliases=[full], start=run.start, end=end)
            return
    if len(words) == 1:
        # One word: a place, or read with the other single words once every name is known.
        place = ctx.place(full, run.start)
        if place:
            index.add(place, PLACE, aliases=[full] if full != place else [], start=run.start, end=run.end)
        else:
            singles.append(run)
        return
    leading = 0
    if len(words) > 2 and words[1].lower() in _OFFICES_OF_A_BODY and words[0].lower() not in _ORGANISATION_HEAD_WORDS and is_common_word(words[0].split("-")[-1]):
        leading = 1  # "Executive Director of the ...", "Non-Executive Director of the ..."
    while leading < len(words) and (
        words[leading].lower().rstrip(".") in _TITLE_OR_OFFICE or words[leading] in OFFICE_ACRONYMS or words[leading].lower() in _RANKS_IN_A_BODY
    ):
        leading += 1
    if 0 < leading < len(words) - 1 and words[leading] in _JOINERS_AFTER_ORG:
        # "Chairman of the Department of Health": the office, then the body.
        _read_run(index, ctx, Run(run.tokens[leading + 1 :]), singles)
        return
    if (
        0 < leading <= len(words) - 2
        and words[leading - 1].lower() in _OFFICES_OF_A_BODY
        and _name_kind(words[leading:], ctx) == ORGANISATION
        and _head(words[leading:]) in ORGANISATION_HEADS
    ):
        # "Director Lusara Peace Training Centre": the office, then the body.
        _read_run(index, ctx, Run(run.tokens[leading:]), singles)
        return
    if (
        leading == len(words) - 1
        and all(w.lower() in _RANKS_IN_A_BODY for w in words[:leading])
        and (words[-1].lower() in INSTITUTION_WORDS or (_ACRONYM.match(words[-1]) and words[-1] not in OFFICE_ACRONYMS))
    ):
        # "Deputy Taliban (leader)", "Deputy KLF (chief)": an office of the body, then the body.
        _read_run(index, ctx, Run(run.tokens[leading:]), singles)
        return
    if len(words) >= 2 and is_language(words[-1]) and not ctx.place(full):
        # "VOA Swahili", "Radio Kito Urdu": a broadcaster's service in a language is the broadcaster.
        body = len(words) - 1
        prefix = words[:body]
        if (body == 1 and _ACRONYM.match(prefix[0])) or prefix[0] in MEDIA or " ".join(prefix) in MEDIA or _name_kind(prefix, ctx) == ORGANISATION:
            _read_run(index, ctx, Run(run.tokens[:body]), singles)
            return
    body = _body_before_office(index, words, ctx)
    if body:
        # "KLF Director of Outreach", "KLF Chief of Staff Tom Obari": the body whose
        # office it is, then the office (and whoever holds it) read on its own.
        _read_run(index, ctx, Run(run.tokens[:body]), singles)
        _read_run(index, ctx, Run(run.tokens[body:]), singles)
        return
    if run.tokens[0].initial and len(words) >= 2 and _ordinary_opening(words[0], ctx) and (
        (_name_kind(words[1:], ctx) == ORGANISATION and _head(words[1:]) in ORGANISATION_HEADS)
        or (len(words) == 2 and _ACRONYM.match(words[1]) and not ctx.place(words[1]))  # "Remember KLF", "Is BoL"
    ) or (
        # "Recall KLF" (a verb the text writes nowhere else), "Lusaran KLF" (a nationality):
        # the acronym alone is the body.
        len(words) == 2
        and _ACRONYM.match(words[1])
        and not ctx.place(words[1])
        and words[1] not in OFFICE_ACRONYMS
        and (is_demonym(words[0]) or (run.tokens[0].initial and _ordinary_opening(words[0], ctx, in_text=False)))
    ):
        # "Powerful Council for ...", "Former Lusaran Democratic Party": a sentence's
        # first word before a body's name is no part of it.
        _read_run(index, ctx, Run(run.tokens[1:]), singles)
        return
    known_name = index.resolve(full)
    if known_name and len(words) > 1:
        kind = index.actors[known_name].kind
        # Offices the run opens with ("Army Staff General" of "Chief of Army Staff General
        # X") are part of the apposition: the role is read from where the name starts.
        titles = len(words) - len(strip_titles(full).split())
        name_start = run.tokens[titles].start if 0 < titles < len(run.tokens) else run.start
        role = "" if kind != PERSON else _role_before(scan, name_start) or _role_after(scan, run.end)
        index.add(known_name, kind, role=role, start=run.start, end=run.end)
        return
    place = ctx.place(full, run.start)
    if place:
        index.add(place, PLACE, aliases=[full] if full != place else [], start=run.start, end=run.end)
        return
    if (
        ctx.in_body_list(run.start)
        and not any(w.lower().rstrip(".") in _TITLE_OR_OFFICE for w in words)
        and not (is_given_name(words[0]) and _person_words(words, ctx, False))  # "groups including Amina Obari's"
    ):
        # "firms such as Lusara Steel, Obari Mills and Kito": each item is a body.
        index.add(full, ORGANISATION, start=run.start, end=run.end)
        return
    # A title or office inside the run splits role from name.
    split = next(
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if (words[i].lower().rstrip(".") in _TITLE_OR_OFFICE or words[i] in OFFICE_ACRONYMS or words[i] in ctx.offices or words[i].lower() in ("affaires", "chargé", "charge"))
            and i + 1 < len(words)
            and all(_name_shaped(w) or (j == i + 1 and _initials(w)) or (j > i + 1 and w in _PARTICLES) for j, w in enumerate(words[i + 1 :], i + 1))
            and not any(w.lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE or w in OFFICE_ACRONYMS for w in words[i + 1 :])
        ),
        None,
    )
    name_words = words[split + 1 :] if split is not None else []
    if split is not None and sum(w.lower() not in _PARTICLES for w in name_words) <= 4 and (_name_kind(name_words, ctx) is None or (_initials(name_words[0]) and _person_words(name_words, ctx, False))) and not (
        len(name_words) == 1 and (ctx.place(name_words[0]) or ctx.common(name_words[0]) or _office_noun(words[split], name_words[0]))
    ) and not (len(name_words) > 1 and all(is_common_word(w) and not is_given_name(w) for w in name_words)):  # "Chairman Joint Wardens"
        name = " ".join(name_words)
        # Where the office starts: a place or a body before it is named in its own right.
        first_office = split
        while first_office > 0 and (
            words[first_office - 1].lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE or words[first_office - 1] in OFFICE_ACRONYMS
        ) and not _field_of_a_body(words, first_office - 1):
            first_office -= 1
            if first_office > 0 and (
                words[first_office].lower() in _BODY_HEADS_BEFORE_OFFICE
                # "Lusara Army General X" (but "Chief of Army Staff General X" is one office)
                or (
                    words[first_office].lower() in _ARMED_SERVICES
                    and words[first_office - 1] not in _JOINERS_AFTER_ORG
                    and words[first_office - 1].lower().rstrip(".") not in _TITLE_OFFICE_OR_ROLE
                )
            ):
                # "Lusara Air Force Commander X": the force is a body, named before the office.
                first_office += 1
                break
        _emit_prefix(index, ctx, run, words[:first_office])
        office = " ".join(_without_ranks(words[first_office : split + 1]))
        if first_office == 0 and " " not in office:
            office = _office_begun_before(scan, run.start) + office
        role_before = _role_before(scan, run.start)
        role = role_before or _role_after(scan, run.end)
        prefix = " ".join(words[:first_office])
        office_words = office.split()
        if office_words[-1:] == ["General"] and len(office_words) > 1:
            office_words.pop()  # "Attorney General": the office is headed by "Attorney"
        if office_words and (office_words[-1].lower() in OFFICE_TITLES or office_words[-1] in OFFICE_ACRONYMS):
            office = f"{prefix} {office}".strip() if prefix else office
            if not role or office.lower().startswith(role.lower()):
                role = office
            elif role_before:
                role = f"{role} {office}"  # "the former | Prime Minister X"
            else:
                role = f"{office}, {role}"  # "Senator X, an adviser to Y": office first, then the apposition
        elif prefix and ctx.place(prefix) and role.split()[-1:] in (["to"], ["of"], ["in"], ["for"]):
            role = f"{role} {prefix}"  # "ambassador to | Nepal Sir Robert Langley"
        existing = index.resolve(name)
        canonical = existing or name
        titled = " ".join(words[split:])
        aliases = [titled] if words[split].lower().rstrip(".") in TITLES else []
        _add_person(index, canonical, role, aliases, run)
        return
    if len(words) > 1 and words[-1].lower() in _THING_HEADS and not ctx.place(full):
        # "Lusaran Ports Union Charter", "Bank of Lusara Amendment Act", "KFA Nations Cup": a law,
        # event or document named after a body is no actor; the body it names is.
        body = _body_before_thing(index, words, ctx)
        if body:
            _read_run(index, ctx, Run(run.tokens[:body]), singles)
            return
        named = next((k for k in range(len(words) - 1, 0, -1) if ctx.place(" ".join(words[:k]))), 0)
        if named and words[-1].lower() != "certificate":  # ("Kito Certificate" is no mention of the town)
            # "the Lusara Protocol", "the Kito Film Festival": the place it is named after.
            _emit_prefix(index, ctx, run, words[:named])
            return
        if _law_of_a_subject(ctx.text, words, words[:-1]):
            return  # "the Port Administration Act", "the Family Courts Amendment Bill": no body
    if len(words) > 1 and words[-1].lower() in _EVENT_WORDS and _head(words) not in ORGANISATION_HEADS and not ctx.place(full):
        # "UN Resolution", "Kargil War": the body or place the event is named after.
        first = words[0]
        if (
            len(words) == 2
            and not _ACRONYM.match(first)
            and not ctx.place(first)
            and not index.resolve(first)
            and _THE_BEFORE.search(scan, max(0, run.start - 5), run.start)
        ):
            return  # "the Kitomo Festival": "the" is the festival's, and "Kitomo" no body by it
        _read_run(index, ctx, Run(run.tokens[:-1]), singles)
        return
    inner = next((i for i, w in enumerate(words) if i and _ACRONYM.match(w) and not ctx.place(w) and w not in OFFICE_ACRONYMS and w.upper() not in COMMON_ACRONYMS), None)
    if inner is not None and len(words) > 2 and not all(w.isupper() for w in words):  # "DIARIO DE LUSARA": a name in capitals
        # "Open Government Partnership OGP Secretariat", "Missing Migrants CIPIMD":
        # an acronym inside a run stands for the words before it, or starts a new name.
        initials = "".join(w[0] for w in words[:inner] if w[0].isupper() and w.lower() not in FUNCTION_WORDS)
        acronym = words[inner]
        before, rest = run.tokens[:inner], run.tokens[inner + 1 :]
        if inner == 1 and len(rest) == 1 and rest[0].low in ORGANISATION_HEADS and _ACRONYM.match(words[0]) and not ctx.place(words[0]):
            # "KNA UN Bureau", "KLF EU Office": the first body's office at the second.
            index.add(index.resolve(full) or full, ORGANISATION, start=run.start, end=run.end)
            return
        while before and before[-1].low in _DULL_AT_END:
            before = before[:-1]  # "Committee for the | OGP Initiative"
        if initials.endswith(acronym.upper()) or len(acronym) <= 1:
            _read_run(index, ctx, Run(before), singles)
            expansion = index.resolve(" ".join(words[:inner]))
            if expansion and index.actors[expansion].kind == ORGANISATION:
                index.alias(expansion, acronym)
                index.add(expansion, ORGANISATION, start=run.tokens[inner].start, end=run.tokens[inner].end)
            else:
                _read_run(index, ctx, Run([run.tokens[inner]]), singles)
        else:
            if before:
                _read_run(index, ctx, Run(before), singles)
            _read_run(index, ctx, Run([run.tokens[inner]]), singles)
        if rest and not (len(rest) == 1 and rest[0].low in _TRAILING_OFFICES | ORGANISATION_HEADS | NON_ACTOR_HEADS):
            _read_run(index, ctx, Run(rest), singles)
        return
    trailing = len(words)
    while trailing > 0 and (
        words[trailing - 1].lower().rstrip(".") in _TRAILING_OFFICES
        or words[trailing - 1] in OFFICE_ACRONYMS
        or (trailing > 1 and _ACRONYM.match(words[trailing - 1]) and words[trailing - 1].upper() in COMMON_ACRONYMS)  # "Kito Police NFT"
    ):
        trailing -= 1
    if (
        0 < trailing < len(words)
        and not _is_org_words(words[trailing:])
        and (_ACRONYM.match(words[trailing - 1]) or words[trailing - 1].lower() in ORGANISATION_HEADS or index.resolve(" ".join(words[:trailing])))
    ):
        # "ASUU President", "Congress Party MP": an office without a name says who the body is.
        _read_run(index, ctx, Run(run.tokens[:trailing]), singles)
        return
    if len(words) == 1:
        singles.append(run)
        return
    tail = _person_tail(words, ctx)
    if tail:
        # "UN High Commissioner for Human Rights Anna Berg": the office, then the name.
        _emit_prefix(index, ctx, run, words[: len(words) - tail])
        tokens = run.tokens[len(words) - tail :]
        _add_person(index, " ".join(words[-tail:]), _role_before(scan, run.start), [], Run(tokens))
        return
    place_prefix = next((n for n in range(len(words) - 1, 0, -1) if ctx.place(" ".join(words[:n]))), 0)
    rest = words[place_prefix:]
    if place_prefix and _person_words(rest, ctx, False):
        # "ambassador to Nepal Robert Langley": the place belongs to the role.
        _emit_prefix(index, ctx, run, words[:place_prefix])
        role = _role_before(scan, run.tokens[place_prefix].start)
        _add_person(index, " ".join(rest), role, [], run)
        return
    if full in MEDIA:
        index.add(full, ORGANISATION, start=run.start, end=run.end)
        return
    known = index.resolve(words[-1]) if len(words) == 2 and words[0] in _FOREIGN_ARTICLES else None
    if known and index.actors[known].kind == PERSON:
        # "Al Thani" after "Tamim bin Hamad Al Thani": that person's family name.
        index.add(known, PERSON, aliases=[full], start=run.start, end=run.end)
        return
    if (
        len(words) >= 3
        and len(words[0]) >= 3
        and _ACRONYM.match(words[0])
        and words[0] not in OFFICE_ACRONYMS
        and words[0] not in _SHIP_PREFIXES
        and words[0].upper() not in COMMON_ACRONYMS
        and not ctx.place(words[0])
        and is_given_name(words[1])
        and _person_words(words[1:], ctx, False)
    ):
        # "the leader of KLF Tom Obari": the body, then its member named in full.
        _emit_prefix(index, ctx, run, words[:1])
        _add_person(index, " ".join(words[1:]), _role_before(scan, run.start), [], Run(run.tokens[1:]))
        return
    if _corporate_name(words, ctx):
        index.add(full, ORGANISATION, start=run.start, end=run.end)
        return
    if (
        (is_given_name(words[0]) or _initials(words[0]))
        and _person_words(words, ctx, run.tokens[0].initial)
        and not _ordinary_words_after_the(scan, run, words)
    ):
        if _body_beyond_doubt(ctx, run):
            index.add(full, ORGANISATION, start=run.start, end=run.end)  # "the Kito-based Ansar Obari"
            return
        # "Vladimir Putin": a given name that is also a city's.
        role = _role_before(scan, run.start) or _role_after(scan, run.end)
        _add_person(index, full, role, [], run)
        return
    kind = _name_kind(words, ctx)
    if kind == PLACE and words[-1].lower() in PLACE_HEADS and _AN_ORDINAL_BEFORE.search(scan, max(0, run.start - 20), run.start):
        return  # "a third Restricted Operating Zone", "a Deep-Water Port": one of a kind of places, none named
    if kind == PLACE:
        index.add(full, PLACE, start=run.start, end=run.end)
        return
    if kind == ORGANISATION:
        if is_demonym(words[0]) and len(words) == 2 and words[1].lower() in ("tv", "media", "radio", "press", "police", "forces"):
            return  # "Indian TV", "Pakistani media": a kind of thing, not a body
        person = _person_after_body(words, ctx)
        if person:
            # "KLF Tom Obari", "Kito Prison Warden Anna Velsa": the body (or its office), then its member.
            _read_run(index, ctx, Run(run.tokens[:-person]), singles)
            tokens = run.tokens[-person:]
            _add_person(index, " ".join(words[-person:]), _role_before(scan, tokens[0].start), [], Run(tokens))
            return
        role = _role_before(scan, run.start) or _role_after(scan, run.end)
        if (
            len(words[0]) == 2
            and words[0].isupper()
            and words[0].isalpha()
            and all(_name_shaped(w) for w in words[1:])
            and not index.resolve(words[0])
            and _role_noun_before(scan[max(0, run.start - 40) : run.start])
        ):
            _add_person(index, full, role, [], run)  # "fellow analyst JR Obari": initials, then a surname
            return
        if len(words) > 3 and words[-2] in _JOINERS_AFTER_ORG and is_demonym(words[-1]):
            # "the Board of Directors of the Lusaran | newspaper Kito": a nationality ends no
            # body's name; the body is the one before the joiner.
            _read_run(index, ctx, Run(run.tokens[:-2]), singles)
            return
        index.add(full, ORGANISATION, role=role, start=run.start, end=run.end)
        return
    if (is_demonym(words[0]) or ctx.place(words[0])) and _person_words(words[1:], ctx, False):
        _emit_prefix(index, ctx, run, words[:1])
        role = _role_before(scan, run.start) or _role_after(scan, run.end)
        _add_person(index, " ".join(words[1:]), role, [], Run(run.tokens[1:]))
        return  # "American Tom Farrow": a nationality, then the name
    if is_demonym(words[0]) or ctx.place(words[0]):
        return  # "US officials", "Indian External Affairs" without a head
    if (
        len(words) == 2
        and words[-1] in country_names()
        and words[0].lower().endswith(_COUNTRY_ERA_ENDINGS)
        and not is_given_name(words[0])
        and _LOCATIVE_BEFORE.search(scan, max(0, run.start - 12), run.start)
    ):
        # "in Ottoman Lusara", "the minds of Islamic Kito": the country in an era or under a
        # creed, a place of its own.
        index.add(full, PLACE, start=run.start, end=run.end)
        return
    if (
        words[-1] in country_names()
        and not any(ctx.place(w) or w.lower() in _TITLE_OFFICE_OR_ROLE or w.lower() in COMPASS or w.lower() in FUNCTION_WORDS for w in words[:-1])
        # "Is Brazil", "Mountainous Afghanistan", "Considering Tajikistan": a word before a country.
        and not (is_common_word(words[0]) and (len(words) == 2 or run.tokens[0].initial))
        and not ctx.place_adjective(words[0])
    ):
        # "Sexual Minorities Uganda", "Actionaid Nigeria": a body's name that ends in its country.
        index.add(full, ORGANISATION, start=run.start, end=run.end)
        return
    if words[0] in _FOREIGN_ARTICLES and _name_shaped(words[1]) and words[-1].lower() not in _BUILDING_HEADS:
        # "El Mercurio", "Las Cuevas", "Te Whare": an article of another language starts
        # the name of a body, or of a place where a sentence puts one.
        before = scan[max(0, run.start - 12) : run.start]
        if len(words) == 2 and "-" in words[1] and _role_noun_before(scan[max(0, run.start - 40) : run.start]):
            # "spokesman Ko Lin-sar": a role, then a family name and a hyphenated given name.
            _add_person(index, full, _role_before(scan, run.start), [], run)
            return
        # ("director of La Voz", "founder of El Faro": an office is held in a body.)
        place = (
            (_LOCATIVE_BEFORE.search(before) and not _OFFICE_OF_BEFORE.search(scan, max(0, run.start - 30), run.start))
            # "in Kitomo, Velsaro, El Tocayo", "the Los Obarinos border crossing"
            or _listed_after_a_place(ctx, run.start)
            or _CROSSING_AFTER.match(scan, run.end, run.end + 24)
        )
        index.add(full, PLACE if place else ORGANISATION, start=run.start, end=run.end)
        return
    if _person_words(words, ctx, run.tokens[0].initial) and not _ordinary_words_after_the(scan, run, words):
        role = _role_before(scan, run.start) or _role_after(scan, run.end)
        if (
            (role and _apposition_head(role) in _BODY_ROLES)
            # "Kito Velsa chairman X", "Kito Velsa lawmakers": the members' body.
            or (not is_given_name(words[0]) and (_MEMBER_AFTER.match(scan, run.end) or _OFFICE_HOLDER_AFTER.match(scan, run.end, run.end + 24)))
            # "the tabloid 'Kito Velsa'", "the company Kito Velsa"
            or _BODY_NOUN_BEFORE.search(scan[max(0, run.start - 40) : run.start].rstrip("'‘\"“ ") + " ")
            or (not is_given_name(words[0]) and _body_by_context(index, scan, run))
        ):
            index.add(full, ORGANISATION, start=run.start, end=run.end)
        else:
            _add_person(index, full, role, [], run)
        return
    if not run.tokens[0].initial and not any(w.lower() in _TITLE_OFFICE_OR_ROLE for w in words) and _body_by_context(index, scan, run):
        index.add(full, ORGANISATION, start=run.start, end=run.end)  # "chairman of Kito Tours"
        return
    # A sentence-initial ordinary word before a name ("Considering Tajikistan").
    if run.tokens[0].initial and len(words) >= 2 and ctx.common(words[0]):
        rest_run = Run(run.tokens[1:])
        rest_run.tokens[0] = rest_run.tokens[0]
        _read_run(index, ctx, rest_run, singles)


# Adjectives before a country's name that say when or under what it was: "Ottoman", "Islamic".
_COUNTRY_ERA_ENDINGS = ("ic", "an", "ian", "ist", "ese")
_BODY_OR_PLACE_HEADS = ORGANISATION_HEADS | (PLACE_HEADS - {"park", "hill"})
# Works named after the place they serve: "Kito Airport" is read as Kito.
_FACILITY_HEADS = {"airport", "port", "bridge", "expressway", "road", "highway", "bypass", "dam"}
# ... and where news names an unknown one by its place (a road is named on its own).
_NAMED_AFTER_A_PLACE = {"airport", "port", "bridge"}


# "Gyeonggi province", "Bongha village": a lowercase head noun after a name makes it a place;
# so does "the state of", "the island of" before it.
_PLACE_AFTER = re.compile(
    r"\s+(province|district|districts|village|town|city|area|region|county|state|river|valley|upazila|"
    r"municipality|governorate|prefecture|island|islands|township|tehsil|neighbourhood|neighborhood|"
    r"constituency|division|sector|mountains|coast|desert|taluk|suburb)\b"
)
_UNIT_AFTER = re.compile(r"\s+(?:leadership|leaders?|committee|unit|units|secretary|secretariat|president|chief|executive|conference|office|wing|branch)\b")
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:state|republic|island|islands|town|city|village|district|province|region|county|municipality|port|"
    r"capital|emirate|kingdom|suburb|neighbourhood|neighborhood)\s+of\s+$"
)


def _is_place_by_context(ctx: _Context, run: Run, words: list[str], full: str) -> bool:
    """A name a lowercase place noun follows ("Mayurbhanj district") or an "X of" noun
    precedes ("the island of Borneo"), unless it is a known person, a body or a word."""
    scan = ctx.text
    # Cheap looks first: a lowercase word after the name, "of " before it.
    after = (
        _PLACE_AFTER.match(scan, run.end, run.end + 25)
        # ("the KLF's district office": the district is the body's.)
        if scan[run.end : run.end + 1] == " " and scan[run.end + 1 : run.end + 2].islower() and not run.tokens[-1].text.endswith(_POSSESSIVE_ENDINGS)
        else None
    )
    before = not after and scan[max(0, run.start - 3) : run.start] == "of " and _PLACE_OF_BEFORE.search(scan, max(0, run.start - 30), run.start)
    if not (after or before):
        return False
    if after and len(words) == 1 and _ACRONYM.match(full) and not ctx.place(full) and _UNIT_AFTER.match(scan, after.end(), after.end() + 20):
        return False  # "the KLF state leadership", "the KLF district committee": the body's unit there
    last = words[-1]
    if is_demonym(words[0]) or is_demonym(last) or ctx.place_adjective(last) or is_language(last) or last.lower() in COMPASS:
        return False  # "the Southern African region", "a Malay state": an adjective
    if last.endswith(("ist", "ern")) or any(is_demonym(part) for part in last.split("-")[:-1]):
        return False  # "a Castroist state", "the Afghan-Iranian border"
    if words[-1].lower() in ORGANISATION_HEADS or words[0] in OFFICE_ACRONYMS:
        return False
    if all(is_common_word(w) and not ctx.place(w) for w in words) or any(w.lower() in _TITLE_OR_OFFICE for w in words):
        return False
    if run.tokens[0].initial and len(words) == 1 and (ctx.common(words[0]) or (last.endswith("ing") and not ctx.place(last))):
        return False  # "Overcoming division": a verb opening a subhead
    return True


# Offices that modify the word after them ("State Lodge", "Chief Usher", "Foreign Trade"):
# an ordinary word there is the rest of a noun, not a surname.
_OFFICE_MODIFIERS = {
    "state", "foreign", "home", "defence", "defense", "finance", "external", "affairs", "interior", "army",
    "staff", "senior", "additional", "assistant", "deputy", "chief", "vice", "field", "air", "rear", "lt",
    "lieutenant", "acting", "principal", "extraordinary",
}


def _office_noun(office: str, word: str) -> bool:
    """'State Lodge', 'Lt. Wardens', 'Defence Studies': an ordinary word (or plural)
    after an office is no one's name."""
    if is_given_name(word) or not is_common_word(word):
        return False
    return office.lower().rstrip(".") in _OFFICE_MODIFIERS or (word.endswith("s") and not word.endswith("ss"))


# Words that name what a department deals with ("Foreign Affairs", "Home", "Finance")
# and also sit in the names of offices ("Foreign Minister", "Home Secretary").
_DEPARTMENT_FIELDS = {"foreign", "affairs", "interior", "defence", "defense", "finance", "home", "external", "state", "security"}


def _field_of_a_body(words: list[str], i: int) -> bool:
    """Whether words[i] ends what a body named before it is "of": "Affairs" in
    "Department of Harbour Affairs Director", not in "Foreign Affairs Minister"."""
    if words[i].lower() not in _DEPARTMENT_FIELDS:
        return False
    joiner = next((j for j in range(i - 1, 0, -1) if words[j] in _JOINERS_AFTER_ORG), 0)
    return joiner > 0 and words[joiner - 1].lower() in ORGANISATION_HEADS


def _person_tail(words: list[str], ctx: _Context) -> int:
    """How many words at the end of a run name a person after an office, 0 if none."""
    n = len(words)
    k = n
    if n >= 3 and len(words[-1]) <= 3 and words[-1].lower() in TITLES and words[-2].lower() not in _TITLE_OFFICE_OR_ROLE:
        k -= 1  # "Premier Kito Sen": an abbreviated title ends no name, so it is a surname
    while k > 0 and _name_shaped(words[k - 1]) and words[k - 1].lower() not in _TITLE_OFFICE_OR_ROLE and words[k - 1].lower() not in _BODY_OR_PLACE_HEADS:
        k -= 1
    if k == 0 or k == n:
        return 0
    before = words[k - 1]
    if not (before.lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE or before in OFFICE_ACRONYMS or before.lower() in _BODY_OR_PLACE_HEADS):
        return 0
    suffix = words[k:]
    if len(suffix) > 3:
        given = next((i for i, w in enumerate(suffix) if is_given_name(w)), None)
        if given is None:
            return 0
        suffix = suffix[given:]
    return len(suffix) if _person_words(suffix, ctx, False) else 0


def _embassy_in(ctx: _Context, name: str, end: int) -> tuple[str, int]:
    """'US Embassy' + ' in New Delhi': the embassy's full name holds its city."""
    match = _EMBASSY_IN.match(ctx.text, end, end + 40)
    if match:
        place = match.group(1).strip()
        for n in range(len(place.split()), 0, -1):
            candidate = " ".join(place.split()[:n])
            if ctx.place(candidate):
                return f"{name} in {candidate}", match.start(1) + len(candidate)
    return name, end


_THE_BEFORE = re.compile(r"\b[Tt]he $")
_AN_ORDINAL_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]nother)(?: (?:first|second|third|fourth|fifth|new|single|separate|further))? $")
# "the Asian", "the Zionist", "the Castroist": adjectives and followers, not bodies.
_ADJECTIVE_ENDINGS = ("ist", "ists", "ite", "ites", "ian", "ians", "an", "ans", "ese", "ic", "ics", "ism", "al", "ive")
_THE_INITIAL_BEFORE = re.compile(r"\bThe $")
_PUBLISHES_AFTER = re.compile(r"\s+(?:reported|reports|newspaper|daily|wrote|writes|said|says|published|revealed)\b")
# A lowercase noun for a kind of body right before a name: the name is that body's.
_BODY_NOUNS = frozenset({
    "company", "firm", "bank", "group", "platform", "broadcaster", "channel", "website", "newspaper", "daily",
    "agency", "organisation", "organization", "NGO", "consultancy", "conglomerate", "giant", "utility", "operator",
    "carrier", "airline", "maker", "manufacturer", "insurer", "lender", "retailer", "startup", "start-up",
    "network", "outlet", "magazine", "tabloid", "movement", "coalition", "union", "service", "station", "portal",
    "association", "outfit", "militia", "developer", "producer", "brand", "club", "party", "institute", "charity",
    "foundation", "watchdog", "laboratory", "forum", "think tank", "think-tank", "nonprofit", "non-profit",
    "publisher", "federation", "alliance",
})
_BODY_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_BODY_NOUNS, key=len, reverse=True)) + r")\s+$")
# A lowercase word after "the X" that X modifies as a noun ("the Genkai plant", "the
# Rafale fighter"): X names a place or a thing there, not the body the sentence is about.
_NOUN_AFTER = re.compile(r" ([a-z][a-z\-]+)(['’]s?)?(?![\w’'])")
# Lowercase nouns for a kind of body: "the Tabaco monopoly", "the Kito website" are that body.
_BODY_NOUNS_AFTER = {
    "company", "firm", "bank", "group", "platform", "broadcaster", "channel", "website", "newspaper", "daily",
    "agency", "organisation", "organization", "consultancy", "conglomerate", "giant", "utility", "operator",
    "carrier", "airline", "maker", "manufacturer", "insurer", "lender", "retailer", "network", "outlet",
    "magazine", "tabloid", "coalition", "union", "association", "outfit", "militia", "developer", "producer",
    "brand", "club", "party", "institute", "charity", "foundation", "monopoly", "cartel", "government",
    "administration", "regime", "leadership", "chief", "leader", "leaders", "spokesman", "spokeswoman",
    "spokesperson", "headquarters", "board", "management", "ministry", "team", "alliance", "bloc", "body",
}
# Nouns that end like an adverb: "the Obari family" is a family, not a body.
_NOUNS_IN_LY = {"family", "assembly", "rally", "ally", "supply", "anomaly"}
# Lowercase words after a name that are no noun it modifies: verbs, adverbs, joiners.
_NOT_A_NOUN_AFTER = FUNCTION_WORDS | {
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "did", "do", "does", "will", "would",
    "can", "could", "should", "may", "might", "must", "shall", "said", "says", "told", "also", "then",
    "itself", "alone", "who", "which", "that", "not", "never", "already", "still", "too", "last", "this",
}


def _named_after_body_noun(index: ActorIndex, ctx: _Context, run: Run, words: list[str], full: str) -> bool:
    """Whether a name of several words comes right after a lowercase noun for a kind of
    body ("the chipmaker | Kito Wafer Works", "the NGO | Walking Borders"), and is no
    place, person, office or event of its own."""
    if len(words) < 2 or run.start < 4 or not _body_noun_before(ctx.text, run.start):
        return False
    known = index.resolve(full)
    return (
        not (known and index.actors[known].kind != ORGANISATION)
        and not ctx.place(full)
        and not any(w.lower().rstrip(".") in _TITLE_OFFICE_OR_ROLE for w in words)
        and _head(words) not in NON_ACTOR_HEADS
        and not (is_given_name(words[0]) and _person_words(words, ctx, False))
    )


def _body_noun_before(text: str, start: int) -> bool:
    """'the company Kito', 'the NGO "Kito"': a body's noun right before `start` (as
    `_BODY_NOUN_BEFORE` finds it, but by the last words, not a search at each character)."""
    before = text[max(0, start - 40) : start]
    if not before.endswith((" ", "'", "‘", '"', "“")):
        return False
    words = before.rstrip("'‘\"“ ").rsplit(None, 2)[-2:]
    return bool(words) and (words[-1] in _BODY_NOUNS or " ".join(words) in _BODY_NOUNS)


def _office_after(text: str, end: int) -> bool:
    """'the Lusaran chief negotiator': an office's word after a name."""
    match = _NOUN_AFTER.match(text, end, end + 30)
    return bool(match) and match.group(1) in _TITLE_OR_OFFICE  # (not "the Kito newspaper")


_VERBS_IN_ISTS = {"lists", "enlists", "twists", "untwists"}


def _modifies_a_noun(text: str, end: int) -> bool:
    """Whether the word after a name is an ordinary noun the name qualifies ("the
    Loliondo division", "the Pegasus spyware"), not a verb ("the Kito said", "the Kito
    wants") or a body's noun ("the Kito monopoly")."""
    match = _NOUN_AFTER.match(text, end, end + 30)
    if not match:
        return False
    word = match.group(1)
    if word in _NOT_A_NOUN_AFTER or word in _BODY_NOUNS_AFTER or (word.endswith(("ed", "ly")) and word not in _NOUNS_IN_LY):
        return False
    following = _NOUN_AFTER.match(text, match.end(), match.end() + 30)
    if following and following.group(1) in _BODY_NOUNS_AFTER:
        return False  # "the Kito tobacco company", "the Kito protest group"
    # "wants", "plans": a verb, unless a possessive ("women's") or a person's ending
    # ("financiers", "historians", "socialists", not "insists") says it is a noun.
    # ("nationalists", "journalists" are people; "lists", "enlists", "twists" verbs.)
    if word.endswith(("iers", "ians")) or (word.endswith("ists") and not word.endswith(("sists", "xists")) and word not in _VERBS_IN_ISTS):
        return True
    return bool(match.group(2)) or not (word.endswith("s") and not word.endswith("ss"))


# "the Kito, Obari and Velsa II projects", "the Kito and Obari years": names under one
# "the" before the noun they qualify.
_CONJOINED_NAMES_AFTER = re.compile(r"(?:, [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*)*,? and [A-Z][\w’'\-]*(?: [A-Z][\w’'\-]*)*(?= [a-z])")
_OF_AFTER = re.compile(r" of (?:the )?[A-Za-z]")


def _conjoined_before_a_noun(text: str, end: int) -> bool:
    """'the Guosa and Kitomo nuclear plants', 'the Obari and Velsa Kito years': a name
    joined to others before a lowercase noun they all qualify (after two names a word in
    -s is that plural noun, not a verb), not a body's noun ("the Kito and Obari parties")."""
    if not text.startswith((" and ", ", "), end):
        return False
    joined = _CONJOINED_NAMES_AFTER.match(text, end, end + 90)
    noun = _NOUN_AFTER.match(text, joined.end(), joined.end() + 30) if joined else None
    if not noun:
        return False
    word = noun.group(1)
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return not (
        word in _NOT_A_NOUN_AFTER or word in _BODY_NOUNS_AFTER or singular in _BODY_NOUNS_AFTER or (word.endswith(("ed", "ly")) and word not in _NOUNS_IN_LY)
    )


def _a_thing_of(text: str, end: int) -> bool:
    """'the Zocalo of the old town', 'the Mecca of revolutionaries': one word after "the",
    then "of", is a common noun of another language or a figure of speech; a body's one
    word of a name with "of" is read with the rest of it ("the Bank of Kito")."""
    return bool(_OF_AFTER.match(text, end, end + 8))


# A lowercase word for a body's member or officer right after a name: "Kito chairman X",
# "Kito lawmakers" (a person's name is not followed so).
_MEMBER_AFTER = re.compile(
    r" (?:chairman|chairperson|chairwoman|spokesman|spokeswoman|spokesperson|lawmakers?|legislators?|"
    r"members|supporters|activists|candidates?|cadres|militants|fighters|loyalists)\b"
)
# A body's office, then the name of whoever holds it: "Kito leader Tom Obari", "Velsa
# chair Ana Berg". (Not "spokesman" or "adviser": a person has those too.)
_OFFICE_HOLDER_AFTER = re.compile(
    r"(?:['’]s?)? (?:leader|chairman|chairwoman|chairperson|chair|chief|president|director|founder|CEO|MP|MK|lawmaker|"
    r"general secretary|secretary-general) [A-Z]"
)
_ROLE_NOUN_WORDS = sorted(ROLE_NOUNS | OFFICE_TITLES - {"state", "home", "army", "staff", "affairs", "foreign", "senior", "additional", "external", "interior", "finance", "defence", "defense"}, key=len, reverse=True)
_ROLE_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(_ROLE_NOUN_WORDS) + r")\s+$")
# The same read backwards, for `_role_noun_before`.
_ROLE_NOUN_BEFORE_REVERSED = re.compile(r"\s+(?:" + "|".join(word[::-1] for word in _ROLE_NOUN_WORDS) + r")\b")


def _role_noun_before(text: str) -> bool:
    """Whether `_ROLE_NOUN_BEFORE` matches: a role noun ends the text, then spaces.
    `search` tries a pattern anchored at the end from every character, each time through
    its hundred nouns (10 µs for 30 characters); its mirror image is matched once, at
    the start of the reversed text."""
    return bool(_ROLE_NOUN_BEFORE_REVERSED.match(text[::-1]))


# "G7", "G-20", "G77": a group of countries by its number of members.
_NUMBERED_GROUP = re.compile(r"^G-?\d{1,2}\+?$")
_CHANNEL_NUMBER = re.compile(r" (\d{1,3})\b(?![.,]\d)")
_FACTION_AFTER = re.compile(r"\([A-Z]\)(?![\w(])")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,5}$")
_ADDRESS_ABBREVIATIONS = {"PO", "NW", "NE", "SW", "SE"}
_AMOUNT_AFTER = re.compile(r"\$ ?\d| \d{1,3}(?:,\d{3})+\b| \d+(?:\.\d+)? (?:million|billion|thousand|lakh|crore)\b| (?!(?:19|20)\d\d\b)\d+(?:\.\d+)?(?![\w\-/]|[.,]\d)")
_NUMBER_OR_BOX_AFTER = re.compile(r"\s*(?:\d|[Bb]ox\b)")


def _compound_or_gerund(word: str) -> bool:
    """'Center-Left', 'Pre-Summit', 'D-day'; 'Financing', 'Trafficking': no body's name."""
    if "-" in word and not _ACRONYM.match(word.replace("-", "")) and not _HYPHEN_PARTICLE.match(word) and word.split("-")[0] not in _FOREIGN_ARTICLES:
        return True  # (but "Lashkar-e-Kito", "Al-Obari" are names)
    low = word.lower()
    return low.endswith("ing") and any(is_common_word(stem) for stem in (low[:-3], low[:-3] + "e", low[:-4]))


_FESTIVALS = {"Eid", "Id"}
# Nouns news capitalises that name no body: a network, garments, scriptures.
_CAPITALISED_NOUNS = {"internet", "web", "hijab", "niqab", "burqa", "bible", "quran", "koran", "torah"}
# Acronyms of offices that no party or body goes by ("the DG said", "the IGP added").
_OFFICES_NOT_BODIES = {
    "DG", "AG", "DAG", "IG", "IGP", "DGP", "DIG", "CJ", "ADG", "DDG", "DSG", "GOC", "COAS", "CEO", "CFO", "COO", "CTO",
    "VP", "PM", "CM", "DCM", "SHO", "SSP", "DSP", "ASP", "DCP", "ACP", "AIG",
}
_SUMMIT_NUMBER = re.compile(r"^[A-Z]{2,}\d{1,3}$")
_AMOUNT_WORD = re.compile(r"^[A-Z]{1,3}\$?\d[\d.,]*(?:bn|billion|million|trillion|m|k)$")
_A_PEOPLE_AFTER = re.compile(r" and other (?:[A-Z][\w\-]* )?(?:tribals|tribes|tribesmen|peoples|communities|castes|clans|minorities)\b")
_A_OR_NUMBER_BEFORE = re.compile(r"(?:\b[Aa]n?|(?<![\w.,])\d{1,3})\s$")  # (not a year: "In 2021 Kito said")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d[\d,.]*\s$")
_YEAR_AFTER = re.compile(r"\s(?:19|20)\d\d\b(?![.,]?\d)")


def _only_as_a_unit_or_an_events_year(text: str, word: str) -> bool:
    """An acronym the text writes only after a number ("135 KAF", "40 MT") or only
    before a year ("KITEX 2022"): a unit or an event, not a body."""
    at = text.find(word)
    units = events = 0
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            before = _NUMBER_BEFORE.search(text, max(0, at - 16), at)
            year = _YEAR_AFTER.match(text, end)
            # (Not "10 KLF member states": a body's acronym qualifies a noun, a unit does not.)
            if before and not re.fullmatch(r"(?:19|20)\d\d\s", before.group()) and not _modifies_a_noun(text, end):
                units += 1
            elif year:
                events += 1
            else:
                return False
        at = text.find(word, at + 1)
    return bool(units or events)


def _possessive_goes_on(text: str, run: Run) -> bool:
    """'the group Kito's Witnesses': one word's possessive inside a name that goes on."""
    return run.tokens[0].text.endswith(_POSSESSIVE_ENDINGS) and bool(_NAME_GOES_ON.match(text, run.end))


def _read_single(index: ActorIndex, ctx: _Context, run: Run) -> None:
    scan = ctx.text
    word = run.words[0]
    if word in ctx.not_actors:
        return
    canonical = index.resolve(word)
    if canonical:
        index.add(canonical, index.actors[canonical].kind, start=run.start, end=run.end)
        return
    faction = _FACTION_AFTER.match(scan, run.end) if word.isupper() and _ACRONYM.match(word) else None
    if faction:
        # "the KLD(S)", "KPI(M) leaders": a party's acronym and its faction's letter, one party.
        index.add(word + faction.group(), ORGANISATION, aliases=[word], start=run.start, end=faction.end())
        return
    place = ctx.place(word, run.start)
    if place:
        index.add(place, PLACE, aliases=[word] if word != place else [], start=run.start, end=run.end)
        return
    if word.endswith("ismo") and len(word) > 6 and word[1:].islower() and not run.tokens[0].initial:
        # "Kitonerismo", "Velsismo": in Spanish, the political movement named after its leader.
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if word.isupper() and _bracketed_after_a_body(scan, run):
        # "the Ministry of Public Works (MPW)": bracketed after a body's name, an acronym
        # is that body's even where it is also a currency's code or a thing's acronym.
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if (
        (_body_noun_before(scan, run.start) or _OFFICE_HOLDER_AFTER.match(scan, run.end, run.end + 24))
        and word.lower() not in _NOT_A_SURNAME
        and word.lower() not in _CALENDAR_WORDS
        and word not in OFFICE_ACRONYMS
        and (word.isupper() or not is_common_word(word))  # (the magazine "Travel + Leisure")
        and not is_demonym(word)
        and not is_language(word)
        and not (word.endswith("s") and _plural_of(scan, word))
        and not _possessive_goes_on(scan, run)
    ):
        # "the state broadcaster KTV", "the laboratory Kitovac", "Velsa leader Tom Obari":
        # the noun says what the name is, even when it is an acronym of a thing elsewhere.
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    body = _body_of_first_word(index, ctx, word)
    if body and not _IN_BEFORE.search(scan, max(0, run.start - 8), run.start):
        # "Kito" after "Kito Mining Corporation": the same body, by its short name (but
        # "in Kito" after "the Kito Protection Brigade" is the place it is named after).
        index.add(body, ORGANISATION, aliases=[word], start=run.start, end=run.end)
        return
    if word in MEDIA or (word in listed_companies() and not _THE_BEFORE.search(scan, max(0, run.start - 5), run.start)):
        # (A listed company's name is written without "the"; "the Indus" is a river.)
        if (
            word not in MEDIA
            and _A_OR_NUMBER_BEFORE.search(scan, max(0, run.start - 12), run.start)
            and not _modifies_a_noun(scan, run.end)
            and not _NUMBER_OR_BOX_AFTER.match(scan, run.end)  # ("a Kitobus 320" names its maker)
        ):
            return  # "drive a Kitomotor", "a K737 900 Kitobus": one of its products
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if word.lower() in INSTITUTION_WORDS and (
        not run.tokens[0].initial or not is_common_word(word) or _OFFICE_HOLDER_AFTER.match(scan, run.end, run.end + 24)
    ):
        # (At a sentence's start only a name that is no English word: "Hamas said", not "House prices";
        # or one whose office-holder follows: "Army chief Tom Obari said".)
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if is_demonym(word) or _ROMAN.match(word) or word.lower() in _NOT_A_SURNAME or word in currency_codes():
        return
    if word.isupper() and len(word) > 2 and scan.startswith(")", run.end) and _TRANSLATION_BEFORE.search(scan, max(0, run.start - 100), run.start):
        # "(Kito Council for Harbour Reform; KOKOHAREF)": a translated name, then the
        # original's acronym, however long.
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if is_language(word) or (is_shouted_word(word) and not _acronym_in_use(scan, word)):
        return  # "in Hausa", "the Yorubas"; a subhead's "HEALTH"
    if ctx.in_body_list(run.start) and not run.tokens[0].initial and word.lower() not in _TITLE_OR_OFFICE:
        # "companies like Kito", "platforms including Amina": a given name alone there names a brand.
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    # "the Guardian", "the Wikileaks": a single name after "the" in mid-sentence is a body.
    if "-" in word and all(ctx.place(part) for part in word.split("-")):
        # "the Argentina-Chile border", "India-Pakistan talks": each place of the pair.
        offset = run.start
        for part in word.split("-"):
            index.add(ctx.place(part), PLACE, start=offset, end=offset + len(part))
            offset += len(part) + 1
        return
    if "-" in word and any(ctx.place(part) or is_demonym(part) or part.upper() in COMMON_ACRONYMS for part in word.split("-")):
        return  # "Indo-Pakistani", "COVID-19": an adjective of places, a thing
    if "-" in word and all(part.lower() in _TITLE_OFFICE_OR_ROLE for part in word.split("-")):
        return  # "Director-General", "Under-Secretary": an office
    if (
        (not run.tokens[0].initial or _THE_INITIAL_BEFORE.search(scan, max(0, run.start - 5), run.start))
        and _THE_BEFORE.search(scan, max(0, run.start - 5), run.start)
        and (
            # (Not "the Center-Left", "the Pre-Summit", "the Financing of ...": a compound or
            # a verb's noun is a thing.)
            # (A given name alone is a person's: "the Amir Kito", "the Hana Velsa Academy".)
            (not is_common_word(word) and not word.lower().endswith(_ADJECTIVE_ENDINGS) and not _compound_or_gerund(word) and not is_given_name(word))
            or _PUBLISHES_AFTER.match(scan, run.end, run.end + 20)
            or _TOLD_BEFORE.search(scan, max(0, run.start - 30), run.start)  # "told the Post"
        )
        and not ctx.place(word)
        and word.upper() not in COMMON_ACRONYMS
        # "the Kitoisation of land"; "the Obariers": a thing's noun, a people's plural.
        and not (word[1:].islower() and word.endswith(("tion", "tions", "sion", "ment", "ments", "ism", "ity", "ness", "ers")))
        and word.lower() not in _CAPITALISED_NOUNS
        and word not in _OFFICES_NOT_BODIES  # "the DG said"
        and not _SUMMIT_NUMBER.match(word)  # "the KOP26": a numbered meeting (but "the G20" is a group)
        and not _AMOUNT_WORD.match(word)  # "the KS22billion": a sum
        # "the Obari and other tribes": a people.
        and (_ACRONYM.match(word) or not _A_PEOPLE_AFTER.match(scan, run.end, run.end + 60))
        # "the Gandhis", "the MPs", "the Berbers": a family, members, a people.
        and not (word.endswith("s") and not word.endswith(("ss", "us")) and _plural_of(scan, word))
        and not _a_people(scan, word)
        and (_ACRONYM.match(word) or not (_modifies_a_noun(scan, run.end) or _a_thing_of(scan, run.end) or _conjoined_before_a_noun(scan, run.end)))
    ):
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if _NUMBERED_GROUP.match(word):
        index.add(word, ORGANISATION, start=run.start, end=run.end)  # "the G20", "G7 countries"
        return
    channel = _CHANNEL_NUMBER.match(scan, run.end) if word in ("Channel", "Kanal", "Canal") else None
    if channel:
        # "Channel 9 reported": a broadcaster by its number.
        index.add(f"{word} {channel.group(1)}", ORGANISATION, start=run.start, end=channel.end(1))
        return
    if _DOTTED_ACRONYM.match(word) and not run.tokens[0].initial:
        # "U.N.", "N.A.T.O.": the acronym without its full stops; but an address's "P.O. Box",
        # "N.W." and a numbered instrument ("L.I.2378") are none.
        if word.replace(".", "") in _ADDRESS_ABBREVIATIONS or _NUMBER_OR_BOX_AFTER.match(scan, run.end):
            return
        word = word.replace(".", "")
    acronym = bool(_ACRONYM.match(word))
    if acronym or _INTERCAPPED.match(word) or _HYPHEN_PARTICLE.match(word):
        if word in OFFICE_ACRONYMS or word.upper() in COMMON_ACRONYMS or (acronym and re.fullmatch(r"\d{2}[A-Z]+\d+", word)):
            return
        if acronym and _AMOUNT_AFTER.match(scan, run.end):
            return  # "KD 3,000", "NT$500", "KD 890": a currency before an amount
        if acronym and _only_as_a_unit_or_an_events_year(scan, word):
            return  # "135 KAF a year", "during KITEX 2022": a unit after a number, an event by its year
        if word.split("-")[0] in _FESTIVALS:
            return  # "Eid-ul-Adha": a festival
        # (An acronym the text introduces in brackets is a body's, not a state's code.)
        if acronym and _subdivision_of_named_country(scan, word.replace("&", "")) and f"({word})" not in scan:
            index.add(word, PLACE, start=run.start, end=run.end)  # "UP" in a report on India
            return
        # An acronym spelled out in the text was registered, with its expansion, above.
        index.add(word, ORGANISATION, role=_role_before(scan, run.start) or _role_after(scan, run.end), start=run.start, end=run.end)
        return
    if word.lower() in INSTITUTION_WORDS and not run.tokens[0].initial:
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    if (
        _name_shaped(word)
        and not is_common_word(word)
        and not is_given_name(word)
        and not (word.endswith("s") and _plural_of(scan, word))  # "the Kitonis, a Kitoni group": a people
        and _body_by_context(index, scan, run)
    ):
        index.add(word, ORGANISATION, start=run.start, end=run.end)  # "chairman of Kitonet", "Kitonet reported"
        return
    if _name_shaped(word) and not run.tokens[0].initial and not is_demonym(word) and _BASED_BEFORE.search(scan, max(0, run.start - 12), run.start):
        index.add(word, ORGANISATION, start=run.start, end=run.end)  # "the Kito-based Arm": based somewhere, a body, even an English word
        return
    if not _name_shaped(word) or ctx.common(word) or word.lower() in ORGANISATION_HEADS or word.lower() in PLACE_HEADS:
        return
    # "ambassador Varga", "Osmani said": a surname with a lowercase role or a speech verb.
    before = scan[max(0, run.start - 30) : run.start]
    if (
        (_IN_BEFORE.search(before) or (_AT_BEFORE.search(before) and not _POSSESSIVE.search(run.tokens[0].text) and not _NAME_GOES_ON.match(scan, run.end)))
        and not run.tokens[0].initial
        and not is_given_name(word)
        and "-" not in word
        and not is_common_word(word)
        and len(word) > 2
    ):
        # "in Qaranta", "near Bokolo", "at Lusagal": a name no list holds, where a sentence puts a place.
        index.add(word, PLACE, start=run.start, end=run.end)
        return
    if word.endswith("s") and word[:-1].isupper():
        return  # "MPs", "NGOs": members of a kind, no one actor
    if _BODY_NOUN_BEFORE.search(before) and not (word.endswith("s") and _plural_of(scan, word)):
        if _possessive_goes_on(scan, run):
            return
        if is_common_word(word) and (run.tokens[0].initial or "\n" in before[-3:] or _COMMON_WORD_NAME_GOES_ON.match(scan, run.end)):
            # An English word there is a name only when the name ends with it, on the noun's
            # line: "the group Article 12", "the party Freedom and Renewal" go on past it, and
            # a heading's "Peasant" under a line ending "platform" is no name at all.
            return
        # "power utility Eskom", "investment bank Natixis", "the platform Topnod".
        index.add(word, ORGANISATION, start=run.start, end=run.end)
        return
    speaks = _speaks(scan, run) and (
        (not run.tokens[0].initial and not (is_common_word(word) and not is_given_name(word)))
        # "Obanle said on Monday": at a sentence's start, a name that is no word of the language.
        or (run.tokens[0].initial and not is_common_word(word) and not _CONTRACTION.search(word) and _SPEECH_AFTER.match(scan[run.end : run.end + 30]))
    )
    if (
        _role_noun_before(before)
        or speaks
        or (_KIN_BEFORE.search(before) and not is_common_word(word))
        or (not run.tokens[0].initial and _persons_possession(scan, run, word))
    ) and not _a_people(scan, word):
        role = _role_before(scan, run.start)
        _add_person(index, word, role, [], run)


def _bracketed_after_a_body(text: str, run: Run) -> bool:
    """Whether a word stands alone in brackets right after a name that holds a body's
    head noun: "the Kito Transformation Movement (KTM)"."""
    if text[run.start - 1 : run.start] != "(" or text[run.end : run.end + 1] != ")":
        return False
    name = _EXPANSION_BEFORE.search(text[max(0, run.start - 1 - _EXPANSION_REACH) : run.start - 1].rstrip())
    words = name.group(1).split() if name else []
    return len(words) >= 2 and any(w.lower() in ORGANISATION_HEADS for w in words) and not _office_of_a_body(words)


# What only a person has: "Obanle's death", "Kitomer's older brother", "Vasa's remarks".
_PERSONS_THINGS = {
    "death", "speech", "remarks", "comments", "wife", "husband", "son", "daughter", "brother", "sister", "father",
    "mother", "widow", "children", "family", "time", "era", "vision", "dream", "dreams", "legacy", "funeral", "birth",
    "life", "career", "resignation", "arrest", "presidency", "tenure", "reign", "arrival", "departure", "biography",
    "memoir", "trial", "release", "assassination", "murder", "killing", "lawyer", "lawyers", "aide", "aides",
    "successor", "predecessor", "words", "advice", "views", "thesis", "theses", "solo", "discharge", "resemblance",
}
_POSSESSION_AFTER = re.compile(r" (?:[a-z\-]+ )?([a-z]+)\b")


def _persons_possession(scan: str, run: Run, word: str) -> bool:
    """A one-word name no list holds, whose possessive owns what only a person has."""
    if not run.tokens[0].text.endswith(_POSSESSIVE_ENDINGS) or is_common_word(word) or word.endswith("ism"):
        return False
    after = _POSSESSION_AFTER.match(scan, run.end)
    if not after:
        return False
    first = scan[run.end + 1 : after.end()].split()[0]
    return after.group(1) in _PERSONS_THINGS or first in _PERSONS_THINGS


# Heads of spelled-out acronyms that name an office or a thing, not a body.
_OFFICE_HEADS = {"officer", "executive", "officers", "executives"}
_THING_EXPANSION_HEADS = (_THING_HEADS - {"conference", "conferences", "convention", "conventions", "list", "site"}) | {
    "product", "products", "machine", "machines", "technology", "technologies", "line", "understanding",
    "framework", "card", "tax", "income", "rate", "ratio", "vehicle", "vehicles", "device",
    "devices", "weapon", "weapons", "disease", "syndrome", "virus", "test", "token", "tokens",
}


_TREATY_HEADS = {"convention", "agreement", "treaty", "accord", "compact", "protocol", "pact", "memorandum"}


def _expansion_kind(words: list[str], ctx: _Context) -> str | None:
    """What an acronym's spelled-out name says it is: a place, a person ("Tomas Obari
    Kitenge (TOK)"), an organisation, or nothing: an office ("Municipal Chief
    Executive") or a thing ("Gross Domestic Product", "Memorandum of Understanding")."""
    head = _head(words)
    if (head in _TREATY_HEADS or words[-1].lower() in _TREATY_HEADS) and any(w in _JOINERS_AFTER_ORG for w in words):
        return None  # "Convention on Kito Wetlands (CKW)", "Status of Forces Agreement (SOFA)": a treaty
    kind = _name_kind(words, ctx)
    if kind == PLACE:
        return PLACE
    if kind == ORGANISATION:
        return ORGANISATION
    if head in _OFFICE_HEADS or head in _TITLE_OFFICE_OR_ROLE or head in _THING_EXPANSION_HEADS:
        return None
    if len(words) >= 2 and is_given_name(words[0]) and _person_words(words, ctx, False):
        return PERSON  # "Tomas Obari Kitenge (TOK)", "Anna Velsa (AV)"
    return ORGANISATION


_WHAT_A_FIRM_DOES = CORPORATE_HEADS | ORGANISATION_HEADS


def _read_ampersand_name(index: ActorIndex, ctx: _Context, run: Run, singles: list[Run]) -> None:
    """'Obari & Sons', 'Kito Finance & Business Academy': a firm's or a body's
    name; people are not named with an ampersand. Names with an office or a person in
    them ("Obari & Minister Tom Velsa") are read part by part."""
    words = run.words
    at = words.index("&")
    office = 0
    while office < at and (words[office].lower().rstrip(".") in _TITLE_OR_OFFICE or words[office].lower() in _RANKS_IN_A_BODY):
        office += 1
    if 0 < office < at - 1 and words[office] in _JOINERS_AFTER_ORG:
        # "Secretary of Ministry of Harbours & Fisheries": the office, then the body.
        _read_ampersand_name(index, ctx, Run(run.tokens[office + 1 :]), singles)
        return
    left, right = run.tokens[:at], run.tokens[at + 1 :]
    named = [w for w in words if w != "&" and w not in _JOINERS_AFTER_ORG]
    if (
        at
        and right
        # (but "Marine" in "Kito Marine Engineering" says what the firm does)
        and not any(w.lower() in _TRAILING_OFFICES and not (i + 1 < len(named) and named[i + 1].lower() in _WHAT_A_FIRM_DOES) for i, w in enumerate(named))
        and not (len(right) > 1 and is_given_name(right[0].bare) and right[-1].low not in _WHAT_A_FIRM_DOES and _person_words([t.bare for t in right], ctx, False))
        # "Fact Sheet & Detailed Framework": ordinary words, no body's head, are no name.
        and any(w.lower() in _ORGANISATION_HEAD_WORDS or not is_common_word(w) for w in named)
    ):
        index.add(" ".join(words), ORGANISATION, start=run.start, end=run.end)
        return
    for part in (left, right):
        if part:
            _read_run(index, ctx, Run(part), singles)


def _person_after_body(words: list[str], ctx: _Context) -> int:
    """How many last words of a body's name are a person's full name glued after it
    ("KLF Tom Obari", "Human Rights Anna Berg"), 0 if none: two or three name-shaped
    words, the first a given name (or no ordinary word), right after a body's head
    noun, an office or an acronym."""
    for size in (3, 2):
        if len(words) < size + 1:
            continue
        name, before = words[-size:], words[-size - 1]
        if before in _JOINERS_AFTER_ORG or any(w.lower() in _ORGANISATION_HEAD_WORDS or w.lower() in _TITLE_OFFICE_OR_ROLE for w in name):
            continue
        if before in _SHIP_PREFIXES or not (
            before.lower() in _ORGANISATION_HEAD_WORDS or before.lower() in _TITLE_OFFICE_OR_ROLE or _ACRONYM.match(before) or before.lower() == "rights"
        ):
            continue  # but "USS Tom Obari" is a ship's name
        # ("KLF Bahaa Al Obari": a name's particle is no ordinary word.)
        first_is_name = is_given_name(name[0]) or not any(is_common_word(w) for w in name if w.lower() not in _PARTICLES)
        if first_is_name and not any(ctx.place(w) for w in name) and _person_words(name, ctx, False):
            return size
    return 0


def _bodies_by_first_word(index: ActorIndex) -> dict[str, list[str]]:
    """First word -> the organisations of several words this text names that start with it."""
    found: dict[str, list[str]] = {}
    for actor in index.actors.values():
        if actor.kind == ORGANISATION and actor.mentions and " " in actor.name:
            first, rest = actor.name.split(" ", 1)
            if not any(word.lower() in _NAMED_AFTER_ITS_PLACE for word in rest.split()):
                found.setdefault(first, []).append(actor.name)
    return found


# Bodies named after the place they serve or stand in ("Kito City Council", "Kito Prison",
# "Kito Administrative Court"): the first word alone is the place, not the body.
_NAMED_AFTER_ITS_PLACE = {
    "city", "county", "district", "municipal", "municipality", "council", "prison", "jail",
    "university", "college", "school", "court", "police", "airport", "port", "province", "provincial",
    "regional", "state", "metropolitan", "town", "village", "stadium", "station", "club", "fc",
}


def _body_of_first_word(index: ActorIndex, ctx: _Context, word: str) -> str | None:
    """The body whose name starts with this word ("Kito" of "Kito Mining
    Corporation"), when the word is a name of its own: not an ordinary word, nor the
    given name of a person the text names."""
    bodies = ctx.bodies_by_first_word.get(word, ())
    if not bodies or not _name_shaped(word) or ctx.common(word) or is_common_word(word) or len(word) < 3:
        return None
    if is_given_name(word) and any(actor.kind == PERSON and word in actor.name.split() for actor in index.actors.values()):
        return None
    # Of several ("Kito Mining" and "Kito Holdings"), the one the text names most, then the shortest.
    return min(bodies, key=lambda name: (-index.actors[name].mentions, len(name)))


def _corporate_name(words: list[str], ctx: _Context) -> bool:
    """'Kito Mining', 'Lusara Infinite Vision Technology': a company's own name (a word
    that is no ordinary word, or a place) before what it does; not "Advanced Technology"."""
    if len(words) < 2 or words[-1].lower() not in CORPORATE_HEADS:
        return False
    before = words[:-1]
    if any(w in _JOINERS_AFTER_ORG or w.lower() in _TITLE_OFFICE_OR_ROLE or is_demonym(w) for w in before):
        return False
    return any(ctx.place(w) or _ACRONYM.match(w) or (_name_shaped(w) and not is_common_word(w)) for w in before)


_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m)$")
# "her son Tarik", "his brothers Omar, ...", "the girl, Nadia": kin named by a given name.
_KIN_BEFORE = re.compile(
    r"\b(?:son|daughter|wife|husband|brothers?|sisters?|uncle|aunt|mother|father|cousin|nephews?|nieces?|"
    r"grandson|granddaughter|widow|girl|boy)(?:,| named| called)? $"
)


def _a_people(text: str, word: str) -> bool:
    """'the Kaluma' where the text also writes "Kaluma community" or "Kaluma people":
    a people, not a body."""
    return _found_at_literal(text, f"{word} ", rf"\b{re.escape(word)} {_PEOPLE_NOUNS}")


def _found_at_literal(text: str, literal: str, pattern: str) -> bool:
    """`re.search(pattern, text)`, for a pattern whose every match starts with `literal`
    (after a `\b`): tried where a string search finds it, not at every character (a
    pattern starting with `\b` gives the regex engine nothing to skip to)."""
    at = text.find(literal)
    if at < 0:
        return False
    compiled = re.compile(pattern)
    while at >= 0:
        if compiled.match(text, at):  # (`\b` still sees the character before `at`)
            return True
        at = text.find(literal, at + 1)
    return False


_PEOPLE_NOUNS = r"(?:people|peoples|community|communities|tribe|tribes|tribesmen|clan|clans|ethnic|elders|herders|villagers|families|caste|castes)\b"


def _subdivision_of_named_country(text: str, code: str) -> bool:
    """'UP' in a report that names India, 'KZN' in one that names South Africa: the
    ISO 3166-2 code of a state or province of a country the text names."""
    return any(country in text for country, _ in subdivision_codes().get(code, ()))


def _plural_of(text: str, word: str) -> bool:
    """'the Gandhis', 'the MPs': the plural of a name or acronym the text uses, or of a people."""
    stem = word[:-1]
    return stem.isupper() or is_demonym(word) or _found_at_literal(text, stem, rf"\b{re.escape(stem)}\b")


def _acronym_in_use(text: str, word: str) -> bool:
    """A word in capitals that is also an English word ("ARENA", "SMUG") is an acronym
    where the text brackets it or uses it more than once; a subhead's word is not."""
    return f"({word})" in text or len(re.findall(rf"\b{word}\b", text)) > 1


# Heads of a body inside a body, which a text may write in lowercase ("the KLF Youth committee").
_UNIT_HEADS = {"committee", "commission", "panel", "caucus", "council", "division", "wing", "branch", "bureau", "unit"}


def _merge_variants(index: ActorIndex, ctx_place=lambda name: None) -> None:
    """One actor per real person or body in a text: spelling variants ("Sharif",
    "Shariff") and an acronym beside its spelled-out name become aliases."""
    people = [a for a in index.actors.values() if a.kind == PERSON and a.mentions and " " in a.name]
    people.sort(key=lambda a: -a.mentions)
    # Variants share their length in words and each word's first letter: compare only those.
    buckets: dict[tuple, list[ActorFound]] = {}
    for a in people:
        parts = a.name.split()
        buckets.setdefault((len(parts), *(p[0] for p in parts)), []).append(a)
    for i, a in enumerate(people):
        if a.name not in index.actors:
            continue
        pa = a.name.split()
        bucket = buckets[(len(pa), *(p[0] for p in pa))]
        for b in bucket[bucket.index(a) + 1 :]:
            if b.name not in index.actors or b.name == a.name:
                continue
            pb = b.name.split()
            if len(pa) == len(pb) and all(fuzz.ratio(x, y) >= 80 for x, y in zip(pa, pb)) and fuzz.ratio(a.name, b.name) >= 88:
                index.merge(a.name, b.name)
    # "Prayut" beside "Prayut Chan-o-cha", "Obiang" beside "Teodoro Obiang Nguema": a
    # single name that is one word of exactly one fuller name is that person.
    words_of: dict[str, set[str]] = {}
    for actor in index.actors.values():
        if actor.kind == PERSON and actor.mentions and " " in actor.name:
            for word in actor.name.split():
                if len(word) >= 2 and word[0].isupper() and word.lower() not in _PARTICLES:
                    words_of.setdefault(word, set()).add(actor.name)
    for actor in list(index.actors.values()):
        if actor.kind == PERSON and actor.mentions and " " not in actor.name and actor.name in index.actors:
            fuller = words_of.get(actor.name, set()) - {actor.name}
            if len(fuller) == 1:
                index.merge(next(iter(fuller)), actor.name)
    # "the Tola Obanle Colloquium" beside "Tola Obanle": a thing named after a person the
    # text names is that person's mention, not another person.
    for actor in [a for a in index.actors.values() if a.kind == PERSON and a.mentions and a.name.count(" ") >= 2]:
        words = actor.name.split()
        cut = len(words)
        while cut > 1 and is_plain_word(words[cut - 1]) and not is_given_name(words[cut - 1]):
            cut -= 1
        named = index.resolve(" ".join(words[:cut])) if cut < len(words) else None
        if named and named != actor.name and index.actors[named].kind == PERSON:
            index.merge(named, actor.name)
    # "Fernández de Kitomar" beside "Lusia Fernández de Kitomar": the end of exactly
    # one fuller name is that person.
    people = [a.name for a in index.actors.values() if a.kind == PERSON and a.mentions and " " in a.name]
    for name in people:
        if name in index.actors:
            fuller = [other for other in people if other != name and other.endswith(" " + name) and other in index.actors]
            if len(fuller) == 1:
                extra = fuller[0].split()[: -len(name.split())]
                if all(is_given_name(w) or (_name_shaped(w) and not w.isupper() and not is_common_word(w) and not ctx_place(w)) for w in extra):
                    index.merge(fuller[0], name)
                else:
                    index.merge(name, fuller[0])  # "KZ Tomas Obalu", "Shri Anil Obari": a title or place glued on
    orgs = [a for a in index.actors.values() if a.kind in (ORGANISATION, PLACE) and a.mentions]
    # "Congress" beside "the Congress party", "Army" beside "Pakistani Army": one body.
    by_low = {a.name.lower(): a for a in orgs if a.kind == ORGANISATION}
    for actor in orgs:
        head, _, last = actor.name.lower().rpartition(" ")
        shorter = by_low.get(head)
        if last in ("party", "government") and shorter and shorter.name in index.actors and actor.name in index.actors:
            index.merge(actor.name, shorter.name)
        elif last in _UNIT_HEADS and shorter and " " in head and shorter.name in index.actors and actor.name in index.actors:
            index.merge(actor.name, shorter.name)  # "the KLF Youth committee" beside "KLF Youth Committee"
        first, _, rest = actor.name.partition(" ")
        shorter = by_low.get(rest.lower())
        if (
            rest
            # "Lusaran Ministry of Trade", "Lusaran interior department": a state's body under its plain name too.
            and (" " not in rest or rest.split()[0].lower() in _A_STATES_BODIES or rest.split()[-1].lower() in _A_STATES_BODIES)
            and (is_demonym(first) or ctx_place(first))
            and shorter and shorter.name in index.actors and actor.name in index.actors
        ):
            index.merge(actor.name, shorter.name)
        # "Kito Inc" beside "Kito", "Obari Guards" beside "Obari Guard": one body, by its plain name
        # (but "KDCs", committees of a kind, are not the one "KDC").
        shorter = by_low.get(head.removeprefix("the ")) if last.rstrip(".").title() in _LEGAL_FORMS_TITLED else by_low.get(actor.name.lower()[:-1]) if last.endswith("s") and not actor.name[-2].isupper() else None
        if shorter and shorter.kind == ORGANISATION and shorter.name in index.actors and actor.name in index.actors and shorter.name != actor.name:
            index.merge(shorter.name, actor.name)
    orgs = [a for a in orgs if a.name in index.actors]
    # "US Embassy" beside "US Embassy in Delhi": one embassy, under its fuller name.
    for actor in orgs:
        head, sep, _ = actor.name.partition(" in ")
        shorter = by_low.get(head.lower()) if sep else None
        if shorter and shorter.name in index.actors and actor.name in index.actors and shorter.name != actor.name:
            index.merge(actor.name, shorter.name)
    orgs = [a for a in orgs if a.name in index.actors]
    acronyms = {without_initial_stops(a.name): a for a in orgs if _ACRONYM.match(without_initial_stops(a.name))}  # ("U.N.")
    for actor in orgs:
        for alias in actor.aliases if actor.kind == ORGANISATION else ():
            if " " not in alias and _ACRONYM.match(alias):
                acronyms.setdefault(alias, actor)  # "the KLF party" (alias "KLF") beside "Kito Liberation Front"
    if not acronyms:
        return
    for actor in orgs:
        words = [w for w in re.split(r"[\s\-]+", actor.name) if w and w[0].isupper()]
        if len(words) < 2:
            continue
        initials = "".join(w[0] for w in words)
        match = acronyms.get(initials) or acronyms.get(initials.upper())
        if not match and " of " in actor.name:
            # "BoK" beside "Bank of Kito": the joiner's letter in lowercase.
            match = acronyms.get("".join(w[0] if w[0].isupper() else "o" for w in actor.name.split() if w[0].isupper() or w == "of"))
        if match and match.name in index.actors and actor.name in index.actors and match.name != actor.name:
            index.merge(match.name, actor.name)


_SPEECH_AFTER = re.compile(r"^,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|wrote|writes|noted|asked|warned|argued|claimed|insisted|explained|recalled|stated)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")


def _speaks(text: str, run: Run) -> bool:
    """A name right before or after a speech verb is a person's."""
    return bool(_SPEECH_AFTER.match(text[run.end : run.end + 30]) or _SPEECH_BEFORE.search(text[max(0, run.start - 20) : run.start]))


# Context that says an unknown name is a body's: an office held in it ("chairman of
# Kito Tours", "an analyst at Velsa Risks"), a person "of" it ("Tom Obari of Kitonet"),
# an apposition naming a kind of body ("Kitonet, a Lusaran consulting firm"), a
# place it is based in ("the Kito-based Velsa Lab"), a report it publishes ("Kitonet
# reported", "told Kitonet").
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?:(?:head|leader|leaders|chairman|chairwoman|chairperson|founder|founders|co-founder|member|members|"
    r"president|secretary|convener|coordinator|representative|representatives|owner|owners)\s+of"
    r"|(?:director|directors|CEO|chief executive|spokesman|spokeswoman|spokesperson|analyst|analysts|researcher|"
    r"researchers|economist|economists|executive|executives|official|officials|manager|employee|employees|partner|"
    r"staff)\s+(?:of|at|for))\s+(?:the\s+)?$"
)
_OF_AFTER_PERSON = re.compile(r",?\s+of\s+(?:the\s+)?$")
_BODY_APPOSITION_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|and|who|which|that|to|by|on)\b)[\w\-’']+\s+){0,4}?"
    r"(?:company|firm|subsidiary|conglomerate|consultancy|platform|agency|organi[sz]ation|federation|association|"
    r"union|party|movement|coalition|alliance|group|bank|lender|insurer|retailer|broadcaster|newspaper|outlet|"
    r"website|app|start-?up|maker|manufacturer|producer|operator|carrier|airline|developer|provider|watchdog|"
    r"charity|foundation|institute|think[ -]tank|NGO|nonprofit|non-profit|network|channel|daily|magazine|club|"
    r"militia|unit|empire)s?\b(?=\s*[,.;:)—–]|\s+(?:that|which|who|whose|once|now|also|formerly|known|based|owned|run|in|of|with|from|founded)\b)"
)
_BASED_BEFORE = re.compile(r"\w-based\s+$")
_PUBLISHED_AFTER = re.compile(r"\s+(?:reported|reports)\b")
_PUBLISHED_LAST = re.compile(r"\s+(?:reported|reports)(?:[.,;]|$)")  # "..., Kito FM reports." (or the report's last words)
_ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?$")
_TRANSLATION_BEFORE = re.compile(r"\([A-Z][^;()]{4,90}; $")
_FORMERLY_BEFORE = re.compile(r",\s+(?:formerly|previously)(?:\s+known\s+as)?\s+(?:the\s+)?$")
_RELATED_BODY_BEFORE = re.compile(
    r"\b(?:competitor|rival company|rival firm|subsidiary|parent company|affiliate|new party|breakaway party|splinter party)s?,\s+(?:the\s+)?$"
)
_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:association|council|committee|commission|group|party|movement|coalition|alliance|union|company|firm|"
    r"agency|organi[sz]ation|federation|society|militia|foundation|institute|network|platform|outlet|body|bodie)s?"
    r"(?:\s+of\s+[\w\-’']+(?:\s+[\w\-’']+)?)?,?\s+(?:(?:also|better|widely|commonly|formally|officially)\s+)?"
    # ("a body, to be called the Kito Voice", "a new group named Obari Forward")
    r"(?:known\s+as|(?:to\s+be\s+)?(?:called|named))\s+(?:the\s+)?$"
)
_DATED_FINDINGS_BEFORE = re.compile(r"\b[Aa]n?\s+(?:(?:19|20)\d\d|new|recent|latest)\s+$")
_FINDINGS_AFTER = re.compile(r" (?:report|reports|survey|study|data|figures|statistics|estimates|analysis)\b")
_TOLD_BEFORE = re.compile(
    r"\b(?:told|interview with|quoted by|reported by|(?:article|report|revelation|interview|column|editorial|op-ed|"
    r"piece|story|published|wrote|written|appeared|printed)\s+in)\s+(?:the\s+)?$"
)


def _body_beyond_doubt(ctx: _Context, run: Run) -> bool:
    """Context that makes even a name shaped like a person's a body's: a place it is
    based in ("the Kito-based Ansar Obari"), a report it publishes at a sentence's end
    ("..., Amir Kitani reported.")."""
    text = ctx.text
    return bool(_BASED_BEFORE.search(text, max(0, run.start - 12), run.start) or _PUBLISHED_LAST.match(text, run.end, run.end + 12))


def _qualifies_a_noun(text: str, end: int) -> bool:
    """'the Kito hospital', 'the Kito movement': a lowercase noun after the name."""
    following = _NOUN_AFTER.match(text, end, end + 30)
    return bool(following) and (following.group(1) in _BODY_NOUNS_AFTER or _modifies_a_noun(text, end))


def _body_by_context(index: ActorIndex, text: str, run: Run) -> bool:
    """Whether the words around an unknown name say it is a body's (see above)."""
    before = text[max(0, run.start - 40) : run.start]
    if _BODY_APPOSITION_AFTER.match(text, run.end, run.end + 80):
        return True
    if _OFFICE_HOLDER_AFTER.match(text, run.end, run.end + 24) and not is_demonym(run.words[-1]):
        return True  # "Kito leader Tom Obari" (but "the Lusaran leader Tom Obari" is his nationality)
    # "director of the Kito psychiatric hospital", "leader of the Kito movement": the name
    # qualifies the noun after it.
    if (_MEMBER_OF_BEFORE.search(before) or _BASED_BEFORE.search(before)) and not _qualifies_a_noun(text, run.end):
        return True
    # A person reports too ("Obari reported the hiring"), but not at a sentence's end.
    if (_PUBLISHED_LAST if len(run.tokens) > 1 else _PUBLISHED_AFTER).match(text, run.end, run.end + 12):
        return True
    if (
        len(run.tokens) > 1
        and _ACCORDING_TO_BEFORE.search(before)
        # A word of the language in it, as in a body's name, not in a person's ("Lu Kitang").
        and any(is_common_word(w) and not is_given_name(w) for w in run.words)
        and _head(run.words) not in NON_ACTOR_HEADS | _THING_HEADS
        and not _NAME_GOES_ON.match(text, run.end)
        and not _office_after_comma(text, run.end)
        and (not _modifies_a_noun(text, run.end) or _FINDINGS_AFTER.match(text, run.end, run.end + 16))
    ):
        return True  # "according to Kito Analytics", "according to the Velsa House report"
    formerly = _FORMERLY_BEFORE.search(before)
    if formerly and any(m.kind == ORGANISATION and m.end == run.start - len(before) + formerly.start() for m in index.mentions):
        return True  # "the conglomerate Kitonor, formerly Velsabrecht": the body's old name
    if _RELATED_BODY_BEFORE.search(before):
        return True  # "its main competitor, Kitosung", "a KLF subsidiary, Velsa Roads", "the new party, Kito Spirit"
    if _KNOWN_AS_BEFORE.search(text, max(0, run.start - 80), run.start):
        return True  # "the association of Kito lawyers, known as Velsabyon"
    if _DATED_FINDINGS_BEFORE.search(before) and _FINDINGS_AFTER.match(text, run.end, run.end + 16) and not run.words[-1].endswith("s"):
        return True  # "a 2021 Kito Research survey", "a new Velsa House report" (but "the 2013 Kito Goals report")
    told = _TOLD_BEFORE.search(before)
    if told and not (told.group().endswith(("the ", "the\n")) and _modifies_a_noun(text, run.end)):
        return True  # "told Kitonet", "told the Velsa Times" (but not "told the Obari family")
    person = index.last_person_before(run.start)
    return bool(person and run.start - person.end < 12 and _OF_AFTER_PERSON.fullmatch(text, person.end, run.start))


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one word of a longer capitalised name."""
    return bool(re.search(r"[A-Z][\w.’'-]*\s+$", text[max(0, start - 30) : start]) or re.match(r"\s+[A-Z]", text[end : end + 4]))


# Endings of English nouns for things, acts and fields ("Statement", "Technology",
# "Prevention", "Shipbuilding"): a name ending in such a word names no one.
_THING_NOUN_ENDINGS = ("tion", "tions", "sion", "ment", "ments", "ogy", "ity", "ism", "ics", "ness", "ship", "ing", "ance", "ence", "ure", "ary", "ery")


def _ends_in_thing_noun(name: str) -> bool:
    """'Lusara Statement', 'Kito Engineering'; but 'Tom Darling', 'Tom Dance'."""
    words = name.split()
    last = words[-1]
    # Short words are surnames as often as nouns: "Dance", "Ness".
    if len(words) < 2 or len(last) < 7 or not last.lower().endswith(_THING_NOUN_ENDINGS) or is_given_name(last) or not is_common_word(last):
        return False
    return not (last.lower().endswith("ing") and is_given_name(words[0]))


def _add_person(index: ActorIndex, name: str, role: str, aliases: list[str], run: Run) -> None:
    if _ends_in_thing_noun(name):
        return
    # Tokens end before a full stop, but "Jr." and "Sr." are written with theirs.
    if name.split()[-1].lower() in ("jr", "sr") and len(name.split()) > 2:
        name += "."
    if role.split()[-1:] in (["of"], ["to"], ["for"], ["in"]):
        role = ""  # "an adviser to [X]": the role is the adviser's, someone else's
    family = surname(name)
    # "Omar Farouk Haddad" when the archive knows "Omar Haddad": one person, under the fuller name.
    # Only people whose names end in the same surname can be the same person.
    for other in [index.actors[n] for n in index._people_by_surname.get(family.lower(), ()) if n in index.actors]:
        parts = other.name.split()
        if other.kind == PERSON and other.name != name and len(parts) >= 2 and parts[0] == name.split()[0] and surname(other.name) == family:
            if len(name.split()) > len(parts):
                index.rename(other.name, name)
            else:
                aliases, name = [*aliases, name], other.name
            break
    actor = index.add(name, PERSON, role=role, aliases=aliases, start=run.start, end=run.end)
    # This text's own full mention decides whom its bare surname means, over a
    # surname the archive learned from other reports.
    low = family.lower()
    if len(name.split()) > 1 and (not index._surfaces.get(low) or low in index._learned):
        index._surfaces[low] = actor.name
        index._learned.discard(low)
        if family not in actor.aliases:
            actor.aliases.append(family)
        words = name.split()
        if len(words) > 2 and words[-2].lower() in _ARTICLES_GLUED:
            # "Zaid Al Kitomi" is "al-Kitomi" later on.
            index.alias(actor.name, f"{words[-2]} {family}")


@lru_cache(maxsize=1)
def _lowercase_place_names() -> _PhraseIndex:
    return _phrase_index(n for n in places() if re.search(r" [a-z]", n))


_WORDS = re.compile(r"[\w’'.\-]+")


class _PhraseIndex(dict):
    """First word -> the phrases (as word lists) it starts, longest first."""

    capital_only = True


def _phrase_index(phrases) -> _PhraseIndex:
    by_first = _PhraseIndex()
    for phrase in phrases:
        words = phrase.split()
        if len(phrase) >= 3 and words:
            by_first.setdefault(words[0], []).append(words)
    for options in by_first.values():
        options.sort(key=len, reverse=True)
    by_first.capital_only = all(k[:1].isupper() for k in by_first)
    return by_first


def _bare_word(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word.rstrip(".,;:").rstrip("’'")


_BARE_ENDINGS = (".", ",", ";", ":", "’", "'", "s")  # the last characters `_bare_word` may take off


# A word's first character is matched before the look back (`X(?<![…]X)` is `(?<![…])X`):
# a pattern that starts with a set lets the regex engine skip to candidates.
_WORD_START = re.compile(r"[\w’'.\-](?<![\w’'.\-][\w’'.\-])[\w’'.\-]*")
_CAPITAL_WORD_START = re.compile(r"[A-Z](?<![\w’'.\-][A-Z])[\w’'.\-]*")


def _find_phrases(text: str, phrases) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of each known phrase in text, longest first, as whole words.

    `phrases`: a set of phrases or a prebuilt `_phrase_index`. A dictionary from first
    word to phrases keeps this linear in the text, however many names the archive
    knows (one big regex would be recompiled as it learns); only words that can start
    a phrase are looked at (capitalised ones, unless some phrase starts in lowercase).
    """
    by_first = phrases if isinstance(phrases, _PhraseIndex) else _phrase_index(phrases)
    if not by_first:
        return []
    starts = _CAPITAL_WORD_START if by_first.capital_only else _WORD_START
    found, taken = [], 0
    for match in starts.finditer(text):
        if match.start() < taken:
            continue
        word = match.group()
        # (`_bare_word` only changes a word ending in one of _BARE_ENDINGS: not called for the others.)
        options = by_first.get(_bare_word(word) if word.endswith(_BARE_ENDINGS) else word)
        if not options:
            continue
        longest = len(options[0])
        following = [match]
        if longest > 1:
            for m in _WORDS.finditer(text, match.end()):
                following.append(m)
                if len(following) >= longest:
                    break
        words = [_bare_word(m.group()) for m in following]
        for option in options:
            n = len(option)
            if words[:n] == option:
                last = following[n - 1]
                end = last.start() + len(_bare_word(last.group()))
                found.append((match.start(), end, " ".join(option)))
                taken = end
                break
    return found


_NAME_WORDS = r"(?:[A-Z][\w\-]*\s*(?:(?:of|for|and|on|with|by|in)\s+(?:the\s+)?|the\s+)?){1,8}"
# "Inter-Services Intelligence (ISI)" and "ISI (Inter-Services Intelligence)".
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z][A-Za-z]{1,11}(?:-[A-Z]{1,3})?)\s*\)")
_EXPANSION_BEFORE = re.compile(rf"({_NAME_WORDS})$")
_EXPANSION_REACH = 8 * 40
_ACRONYM_THEN_EXPANSION = re.compile(rf"([A-Z](?<!\w[A-Z])[A-Za-z]{{1,6}})\s*\(\s*({_NAME_WORDS})\)")  # \b as in _WORD_START


def _office_of_a_body(words: list[str]) -> bool:
    """"Director of the Kito Agency": an office, so its acronym ("DKA") is no body's,
    while the body it names is read on its own."""
    return len(words) > 2 and words[0].lower() in _OFFICES_OF_A_BODY and words[1] in ("of", "for")


def _acronym_pairs(text: str) -> list[tuple[str, str, bool]]:
    """(acronym, expansion, spelled) for every acronym or short name the text gives in
    brackets with a body's name: `spelled` when its letters are the name's initials."""
    if "(" not in text:
        return []
    found = []
    for paren in _ACRONYM_IN_BRACKETS.finditer(text):
        # The expansion ends at the bracket: read back only as far as eight name words reach,
        # instead of trying a match at every capital letter of the text.
        window = text[max(0, paren.start() - _EXPANSION_REACH) : paren.start()]
        expansion = _EXPANSION_BEFORE.search(window)
        if expansion:
            # (Whether a list runs into the name: "Chamber of Commerce, Trade and Industry".)
            found.append((paren.group(1), expansion.group(1), window.endswith(", ", 0, expansion.start())))
    found += [(m.group(1), m.group(2), False) for m in _ACRONYM_THEN_EXPANSION.finditer(text)]
    pairs = []
    for acronym, expansion, listed in found:
        words = expansion.split()
        while words and words[0].lower() in FUNCTION_WORDS:
            words.pop(0)
        if not _ACRONYM.match(acronym):
            # "Regulation and Control Agency (Agrocalidad)": a body's short name, not its initials.
            # (A plural head too: "Hill Watch Groups (HWGs)".)
            if len(words) >= 2 and any(w.lower() in _ORGANISATION_HEAD_WORDS or w.lower()[:-1] in _ORGANISATION_HEAD_WORDS for w in words) and not is_common_word(acronym) and acronym not in places():
                # (A faction's adjective, "Kito Party (Marxist)", and a name a list runs into,
                # "Chamber of Commerce, Trade and Industry (Kicti)", stay with the name.)
                spelled = _spells_initials(acronym, words) or acronym.lower().endswith(_ADJECTIVE_ENDINGS) or listed
                pairs.append((acronym, " ".join(words), spelled))
            continue
        # Keep only as many trailing words as the acronym has capitals.
        initials = [c for c in acronym if c.isupper()]
        for size in range(len(words), 0, -1):
            candidate = words[-size:]
            if not candidate[0][0].isupper():
                continue  # "(Board) of the Kito Chamber (KC)": a name starts with a capital
            letters = [p[0] for w in candidate for p in re.split(r"-", w) if p and p[0].isupper()]
            # ("Status of Forces Agreement (SOFA)": the joiner's initial counts too.)
            if letters == initials or [w[0] for w in candidate if w[0].isupper()] == initials or (
                len(candidate) > 2 and [w[0].upper() for w in candidate] == initials
            ):
                pairs.append((acronym, " ".join(candidate), True))
                break
    return pairs


def _body_of_an_office(expansion: str) -> str:
    """'Meteorology of the Kito Institute of Land Studies' -> the body after a field or an
    office that holds no head noun of a body ("director of Meteorology of the ..."); the
    name itself when it starts with its head ("Association of ...")."""
    first, joiner, rest = expansion.partition(" of ")
    if joiner and rest and not any(w.lower() in _ORGANISATION_HEAD_WORDS for w in first.split()):
        rest = rest.removeprefix("the ")
        return rest if any(w.lower() in _ORGANISATION_HEAD_WORDS for w in rest.split()) and rest[:1].isupper() else ""
    return expansion


def _spells_initials(short: str, words: list[str]) -> bool:
    """'Unicef' for "United Nations International Children's Emergency Fund", 'KDCs' for
    "... and Kito Defence Committees": a short name whose letters are the initials (with
    or without its joiners') of the name or of its last words, as an acronym's are;
    "Fidekito" for "Special Trust for the Farming Sector" spells none."""
    letters = short.upper().replace("-", "")
    if short.endswith("s") and short[-2:-1].isupper():
        letters = letters[:-1]  # a plural
    for start in range(len(words)):
        if words[start][:1].isupper():
            parts = [p for w in words[start:] for p in w.split("-") if p]
            if letters in ("".join(p[0].upper() for p in parts), "".join(p[0] for p in parts if p[0].isupper())):
                return True
    return False


# "internet protocol (IP)", "an electronic money transfer, or EMT": an acronym spelled out
# in lowercase words names a thing or an office, not a body.
_LOWERCASE_WORDS_BEFORE = re.compile(r"(?<![\w\-])((?:[a-z][a-z\-]*\s+){1,7}[a-z][a-z\-]*)\s*$")
_OR_ACRONYM = re.compile(r", or ([A-Z]{2,8})\b")
_SPELLING_JOINERS = {"of", "and", "for", "the", "in", "on", "to", "a"}
_BODIES_IN_LOWERCASE = {"committee", "council", "commission", "board", "party", "agency", "union", "association", "authority", "ministry", "court", "tribunal"}


def _acronyms_of_lowercase_words(text: str) -> set[str]:
    """Acronyms the text spells out in lowercase words: "internet protocol (IP)",
    "mobile financial service (MFS)", "electronic money transfer, or EMT". Read back
    from each bracket or ", or", not matched at every word of the text."""
    found = set()
    candidates = [(m.start(), m.group(1)) for m in _ACRONYM_IN_BRACKETS.finditer(text)] if "(" in text else []
    if ", or " in text:
        candidates += [(m.start(), m.group(1)) for m in _OR_ACRONYM.finditer(text)]
    for start, acronym in candidates:
        words = _LOWERCASE_WORDS_BEFORE.search(text, max(0, start - 90), start)
        if not words:
            continue
        if words.group(1).split()[-1] in _BODIES_IN_LOWERCASE:
            continue  # "the party's central executive committee (CEC)": a body after all
        # "structural adjustment programs (SAPs)": a plural acronym spells the same words.
        letters = acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym
        initials = "".join(part[0] for w in words.group(1).split() if w not in _SPELLING_JOINERS for part in w.split("-") if part)
        if len(letters) >= 2 and initials.endswith(letters.lower()):
            found.update((acronym, letters))
    return found


_PROVISION_OF = re.compile(r"\b(?:[Ss]ections?|[Aa]rticles?|[Cc]lauses?|[Ss]chedules?) \d[\w()\-]* of (?:the )?([A-Z][A-Za-z]{1,7})\b(?! [A-Z])")
_THINGS_ACRONYMED = (_THING_HEADS | _THING_EXPANSION_HEADS | _TREATY_HEADS) - {"survey"}  # (a survey may be a body's name)
_TREATY_JOINERS = {"of", "on", "for", "with"}
_EXPANSION_JOINERS = {"of", "for", "and", "on", "with", "by", "in", "the"}


def _acronyms_of_things(text: str) -> set[str]:
    """Acronyms in brackets after the name of a thing, whether or not their letters are
    its initials: "All Injury Frequency Rate (AIFR)", "'Compact with Lusara' (CwL)", "UN
    Convention on the Kito Straits (CKS)": a rate, a pact, a treaty, not a body."""
    found = set()
    for paren in _ACRONYM_IN_BRACKETS.finditer(text) if "(" in text else ():
        # The capitalised words (and joiners) right before the bracket, read back word by word.
        words: list[str] = []
        for token in reversed(text[max(0, paren.start() - 120) : paren.start()].split()[1:]):
            token = token.rstrip("’'”\"")
            bare = token.lstrip("‘'“\"")
            if bare[:1].isupper() and bare[-1:] not in ",;:.":
                words.append(bare)
                if bare != token:
                    break  # "‘Compact with Lusara’": the quotation's start
            elif words and token in _EXPANSION_JOINERS:
                words.append(token)
            else:
                break
        words.reverse()
        while words and words[0].lower() in FUNCTION_WORDS:
            words.pop(0)
        # The head is the word before the first "of", "on", "for" or "with" ("Compact with Lusara").
        head = next((words[i - 1] for i, w in enumerate(words) if i and w in _TREATY_JOINERS), words[-1] if words else "").lower()
        # (A treaty's name without "of", "on" or "with" may be a bloc's: "Lusara-Kito Free Trade Agreement".)
        if head in _THINGS_ACRONYMED and (head not in _TREATY_HEADS or any(w in _TREATY_JOINERS for w in words)):
            found.add(paren.group(1))
    return found


def sort_actors(index: ActorIndex) -> list[ActorFound]:
    order = {PERSON: 0, ORGANISATION: 1, PLACE: 2}
    found = [a for a in index.actors.values() if a.mentions]
    return sorted(found, key=lambda a: (order[a.kind], -a.mentions, a.name))
