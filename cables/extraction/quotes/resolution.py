"""Stage 4: resolution. A candidate mention becomes an actor's canonical name: a name
through the actor index, a pronoun through salience (the subject of the latest
attribution or sentence, of the right gender), a role through the person the article
introduced with it, an organisation noun through the organisation named before it."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from gender_guesser.detector import Detector

from ..actors import _COMPOUND_TAILS, _PUBLICATION_HEADS, ActorIndex, _acronyms_of_lowercase_words, strip_titles
from ..actors import surname as family_name
from ..gazetteer import (
    COMMON_ACRONYMS,
    FUNCTION_WORDS,
    INSTITUTION_WORDS,
    MONTHS,
    OFFICE_ACRONYMS,
    ORGANISATION_WORDS,
    WEEKDAYS,
    is_common_word,
    is_demonym,
    is_given_name,
    places,
)
from .lexicon import PERSON_ROLES, QUOTED, SPEECH_FORMS, TITLE_ROLES, document_word_starts
from .mentions import Mention, read
from .provenance import _DOCUMENT  # DOCUMENT behind a check for its words: 1,500 characters cost ~1 ms with the pattern alone

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
# The first character is one of a set: the regex engine skips to it instead of trying
# both alternatives at every character.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')]*\s+(?=[\"“'A-Z])|(?<=\n)\n)")
_WORD_BEFORE = re.compile(r"(\w*)$")
_WORD_CHARACTERS = re.compile(r"\w*")
_NOT_SENTENCE_END = {"mr", "mrs", "ms", "dr", "sen", "rep", "gen", "gov", "st", "lt", "col", "prof", "jr", "sr"}
_ROLE_WORD = re.compile(r"[A-Za-z][\w\-]*")
_INFLECTED = "|".join(sorted((re.escape(f) for f, base in SPEECH_FORMS.items() if f != base), key=len, reverse=True))
_SPEAKS_AFTER = re.compile(rf"(?:\s*\([^()]{{1,12}}\))?,?\s+(?:[a-z]+ly\s+|has\s+|had\s+|also\s+)?(?:{_INFLECTED})\b")
_SPEAKS_BEFORE = re.compile(rf"\b(?:{_INFLECTED})\s+(?:[A-Z][\w.]*\s+){{0,3}}$")
_SPACES = re.compile(r"\s+")
# Initials or a given name, then a surname (in place of {}), as
# rf"\b((?:[A-Z]\.\s?){{1,3}}|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?){surname}(,?\s(?:Jr|Sr)\.|\s(?:II|III|IV)\b)?(?!\w)"
# finds it: both alternatives start with a capital, matched first and then looked behind
# (`\b` before a capital is `(?<!\w)`), so that the engine skips from capital to capital.
_FULL_NAME = r"([A-Z](?<!\w.)(?:\.\s?(?:[A-Z]\.\s?){{0,2}}|[a-z]+\s+(?:[A-Z]\.\s+)?)){}(,?\s(?:Jr|Sr)\.|\s(?:II|III|IV)\b)?(?!\w)"


def _blank(text: str) -> str:
    """Quoted passages blanked out, offsets kept."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


_TITLE_SKIP = {"mr", "mrs", "ms", "dr", "the", "sen", "rep", "gov", "gen", "president", "senator", "former"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_NOT_NAMES = FUNCTION_WORDS | MONTHS | WEEKDAYS | ORGANISATION_WORDS
_CALENDAR_WORDS = MONTHS | WEEKDAYS
@lru_cache(maxsize=1)
def _first_names() -> Detector:
    """gender-guesser's list of first names (the one the actor stage reads for given names)."""
    return Detector(case_sensitive=False)


_NOT_IN_NAMES = FUNCTION_WORDS | ORGANISATION_WORDS  # "Ai Jun" is a name, though "jun" is a month
_MALE = {"male", "mostly_male"}
_FEMALE = {"female", "mostly_female"}


def word_before(body: str, stop: int) -> str:
    """`_WORD_BEFORE.search(body, max(0, stop - 12), stop).group(1)`: the word characters
    that end the window (or end it but for a last newline, where `$` matches too). A
    search tries the pattern from each of the twelve characters; the reversed window is
    matched once, from its start."""
    lo, hi = max(0, stop - 12), stop
    if hi > lo and body[hi - 1] == "\n":
        hi -= 1
    return body[hi - _WORD_CHARACTERS.match(body[lo:hi][::-1]).end() : hi]


class Resolver:
    def __init__(self, body: str, actors: ActorIndex, quoted: list[tuple[int, int]] = ()):
        self.body = body
        self.quoted = sorted(quoted)
        self.quoted_starts = [a for a, _ in self.quoted]
        self.narrative: set[int] = set()  # quotations that are a document's own words
        self.cable_speakers: set[str] = set()
        self._in_cable: dict[str, bool] = {}
        self._documents: list[int] | None = None
        self._mentions_by_name: dict[str, list[tuple[int, int]]] | None = None  # for in_cable, built on first use
        self.actors = actors
        self.mentions = sorted(((m.start, m.end, m.name) for m in actors.mentions), key=lambda m: m[0])
        self.starts = [m[0] for m in self.mentions]
        self.sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(body) if self._ends_sentence(m.start())]
        self._roles: dict[str, set[str]] | None = None
        self._genders: dict[str, str] = {}
        self.last_speaker: tuple[str, int] | None = None  # (canonical name, position)

    def _ends_sentence(self, stop: int) -> bool:
        """The mark at `stop` ends a sentence: not the stop of 'Mr.' or of an initial."""
        if self.body[stop] == "\n":
            return True
        word = word_before(self.body, stop)
        return not word or (len(word) > 1 and word.lower() not in _NOT_SENTENCE_END)

    # -- helpers -----------------------------------------------------------------
    def kind(self, name: str) -> str:
        actor = self.actors.actors.get(name)
        return actor.kind if actor else ""

    def _between(self, lo: int, hi: int, kinds=(PERSON,)) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            if self.mentions[i][1] <= hi and self.kind(self.mentions[i][2]) in kinds and not self.inside_quote(self.mentions[i][0]):
                out.append(self.mentions[i])
            i += 1
        return out

    def in_cable(self, name: str) -> bool:
        """The text ties this actor to a cable: a sentence (outside quotation marks) names
        both, or a quotation from a cable was attributed to them."""
        if name in self.cable_speakers:
            return True
        if name not in self._in_cable:
            if self._documents is None:
                # Document words outside quoted passages (a word is wholly inside one or
                # outside: the marks are no word characters), as if the passages were blanked.
                quoted = [match.span() for match in QUOTED.finditer(self.body)]
                quoted_starts = [start for start, _ in quoted]

                def outside_quotes(position: int) -> bool:
                    i = bisect.bisect_right(quoted_starts, position) - 1
                    return i < 0 or position >= quoted[i][1]

                self._documents = [p for p in document_word_starts(self.body) if outside_quotes(p)]
            if self._mentions_by_name is None:
                self._mentions_by_name = {}
                for start, end, who in self.mentions:
                    self._mentions_by_name.setdefault(who, []).append((start, end))
            found = False
            for start, end in self._mentions_by_name.get(name, ()):
                if self.inside_quote(start):
                    continue
                lo = self.sentence_start(start)
                i = bisect.bisect_right(self.sentence_starts, end)
                hi = self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.body)
                j = bisect.bisect_left(self._documents, lo)
                if j < len(self._documents) and self._documents[j] < hi:
                    found = True
                    break
            self._in_cable[name] = found
        return self._in_cable[name]

    def inside_quote(self, position: int) -> bool:
        """Inside a quotation someone speaks in (a cable's own narrative does not count)."""
        i = bisect.bisect_right(self.quoted_starts, position) - 1
        return i >= 0 and self.quoted[i][0] < position < self.quoted[i][1] and self.quoted[i][0] not in self.narrative

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, position) - 1]

    def gender(self, name: str) -> str:
        """'m', 'f' or '' for a person: from a title the text gives them, or their first name."""
        if name in self._genders:
            return self._genders[name]
        actor = self.actors.actors.get(name)
        surnames = {name.split()[-1]} | {a.split()[-1] for a in (actor.aliases if actor else [])}
        found = ""
        if len(name.split()) > 1:
            guess = _first_names().get_gender(name.split()[0])
            found = "m" if guess in _MALE else "f" if guess in _FEMALE else ""
        if not found:
            for surname in surnames:
                match = re.search(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{re.escape(surname)}\b", self.body)
                if match:
                    found = "m" if match.group(1) == "Mr" else "f"
                    break
        self._genders[name] = found
        return found

    def roles(self, name: str) -> set[str]:
        """Role words the text gives a person: 'the former ambassador', 'Sen.', ', a pollster,'."""
        if self._roles is None:
            self._roles = {}
            for start, end, who in self.mentions:
                actor = self.actors.actors.get(who)
                if not actor or actor.kind != PERSON:
                    continue
                words = self._roles.setdefault(who, set())
                if actor.role:
                    words.update(w.lower() for w in _ROLE_WORD.findall(actor.role))
                words.update(w.lower() for w in _ROLE_WORD.findall(self.body[max(0, start - 40) : start])[-3:])
                words.update(w.lower().rstrip(".") for w in _ROLE_WORD.findall(self.body[start:end]))
                after = re.match(r",\s+(?:the|a|an|his|her|its)\s+([^,.;()]{2,80})", self.body[end : end + 100])
                if after:
                    words.update(w.lower() for w in _ROLE_WORD.findall(after.group(1))[:8])
            for who, words in self._roles.items():
                words.update(TITLE_ROLES[w] for w in list(words) if w in TITLE_ROLES)
        return self._roles.get(name, set())

    # -- resolution ----------------------------------------------------------------
    def name(self, mention: Mention, strong: bool = False) -> str | None:
        """Canonical name for a name mention; `strong`: the mention is right next to a verb
        of saying after a quotation, so even a lone unknown word is someone's name."""
        text = _SPACES.sub(" ", mention.text).strip()
        stripped = strip_titles(text.replace(".", ". ").replace(".  ", ". ")).strip()
        if stripped == text and text.split()[0].lower().rstrip(".") in {"mr", "mrs", "ms", "miss", "dr"} and " " in text:
            stripped = text.split(" ", 1)[1]
        whole = stripped  # "Organization of Kito States": a body's name goes on after 'of'
        if " of " in stripped:
            # "Peter King of New York", "Jane Doe of the union": the person is before 'of'.
            found = self._name_before_of(stripped)
            if found:
                return found
            text = stripped = stripped.split(" of ")[0].strip()
        parts = stripped.split()
        surfaces = [text, stripped, stripped.replace(".", ""), " ".join(parts[:: max(1, len(parts) - 1)])]
        surfaces += [" ".join(parts[-n:]) for n in (3, 2, 1) if n < len(parts)] + parts[-1:]
        for surface in surfaces:
            canonical = self.actors.resolve(surface) if surface else None
            if canonical and canonical in self.actors.actors:
                if self.kind(canonical) == PLACE:
                    return None
                return self._fuller(canonical)
        words = stripped.split()
        if "the" in mention.modifiers:
            if whole != stripped and stripped.split()[-1].lower() in ORGANISATION_WORDS:
                stripped = whole
            return self._register_organisation(stripped, mention)
        if not words or text in places() or stripped in places() or (len(words) == 1 and not strong and is_demonym(words[0])):
            return None
        # "County Recorder Jane Doe": the name starts at a given name.
        for i, word in enumerate(words[:-1]):
            if i and is_given_name(word) and not any(w.lower() in _NOT_NAMES for w in words[i:]):
                words = words[i:]
                break
        if 1 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][\w’'\-]*\.?|[A-Z]\.", w) for w in words):
            if words[-1].lower().rstrip(".") in TITLE_ROLES or (words[-1].isupper() and words[-1] not in {"II", "III", "IV"}):
                return None
            # Someone the actor stage did not take for a person speaks: now they are one.
            if any(w.lower() in (_NOT_NAMES if len(words) == 1 else _NOT_IN_NAMES) for w in words):
                return None
            name = " ".join(w for w in words)
            if len(words) == 1:
                fuller = self._full_name(name)
                if fuller:
                    name, words = fuller, fuller.split()
                elif not (strong or self._recurs(name)):
                    return None
            surname = next((w for w in reversed(words) if w.lower().rstrip(".") not in _SUFFIXES), words[-1])
            return self._register(name, surname, mention)
        return None

    def label(self, name: str, label: str, mention: Mention) -> str | None:
        """The speaker of a transcript line 'SMITH:' ('Smith'): a person, even where the
        actor stage took the capitals for an acronym."""
        canonical = self.actors.resolve(label)
        if canonical and self.kind(canonical) == PERSON:
            return canonical
        if canonical == label and self.kind(canonical) == ORGANISATION and not self.actors.actors[canonical].aliases:
            self.actors.rename(label, name)
            self.actors.actors[name].kind = PERSON
            for m in self.actors.mentions:
                if m.name == name:
                    m.kind = PERSON
            return name
        return self.name(mention, strong=True)

    def _fuller(self, canonical: str) -> str:
        """A one-word person ("Hilda") who is the first name of a fuller one; a person
        named with a title ("Speaker Ryan") who is someone named in full."""
        if self.kind(canonical) != PERSON:
            return canonical
        parts = canonical.split()
        if len(parts) == 1:
            fuller = [a.name for a in self.actors.actors.values() if a.kind == PERSON and a.name.split()[0] == canonical and " " in a.name]
            if len(fuller) == 1:
                return fuller[0]
            return self._named_in_full(canonical, canonical)
        if parts[0].lower().rstrip(".") in TITLE_ROLES or parts[0].lower() in _TITLE_SKIP:
            fuller = [
                a.name for a in self.actors.actors.values()
                if a.kind == PERSON and a.name != canonical and family_name(a.name) == family_name(canonical) and is_given_name(a.name.split()[0])
            ]
            if len(fuller) == 1:
                return fuller[0]
            return self._named_in_full(canonical, parts[-1])
        return canonical

    def _named_in_full(self, canonical: str, surname: str) -> str:
        """'Representative Brooks' -> 'Morris J. Brooks Jr.' when the text names them so."""
        full = self._full_name(surname)
        if not full or full == canonical:
            return canonical
        existing = self.actors.resolve(full)
        if existing:
            return existing if self.kind(existing) == PERSON else canonical
        self.actors.rename(canonical, full)
        return full

    def _name_before_of(self, text: str) -> str | None:
        """'Patrick Murray of Acme': the person, not the organisation or place after 'of'."""
        head = text.split(" of ")[0].strip()
        canonical = self.actors.resolve(head) or (self.actors.resolve(head.split()[-1]) if head else None)
        return canonical if canonical and self.kind(canonical) == PERSON else None

    def _register(self, name: str, surname: str, mention: Mention) -> str:
        """Add a person the actor stage missed, with every place the text names them; the
        name they are known by."""
        surfaces = [name] if surname == name or self.actors.resolve(surname) else [name, surname]
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in surfaces) + r")(?!\w)")
        taken: list[tuple[int, int]] = []
        # The index may already know the name under another canonical form (an alias,
        # a spelling with initials): every mention and the alias go to that one.
        canonical = name
        if not pattern.search(self.body):
            canonical = self.actors.add(name, PERSON, start=mention.start, end=mention.end).name
        for match in pattern.finditer(self.body):
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            canonical = self.actors.add(name, PERSON, start=match.start(), end=match.end()).name
            i = bisect.bisect_left(self.starts, match.start())
            self.starts.insert(i, match.start())
            self.mentions.insert(i, (match.start(), match.end(), canonical))
            self._mentions_by_name = None
        if len(surfaces) > 1:
            self.actors.alias(canonical, surname)
        self._roles = None
        return canonical

    def _recurs(self, word: str) -> bool:
        """A lone surname the text uses again, not a capitalised common word."""
        if word.lower() in _NOT_NAMES:
            return False
        return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", self.body)) >= 2

    def _full_name(self, surname: str) -> str | None:
        """'R.K. Varman' or 'Jane Varman' for 'Varman', when the text gives the full name."""
        match = re.search(_FULL_NAME.format(re.escape(surname)), self.body)
        if not match:
            return None
        first = match.group(1).strip()
        if first[-1] == "." or is_given_name(first.split()[0]):
            return f"{first} {surname}{(match.group(2) or '').replace(',', '')}"
        return None

    def _register_organisation(self, name: str, mention: Mention) -> str | None:
        """'The Kito Ledger said': an organisation the actor stage did not know. Not a
        word the name is written with ("the BJP-led government", "The Kito Monday
        warned"), nor one ordinary word ("the Chamber said", "the Movement"): that
        names a body the text has named in full, or none."""
        words = name.split()
        while words and words[-1].lower() in _CALENDAR_WORDS:
            words.pop()  # "The Kito Monday warned"
        if words and "-" in words[-1] and words[-1].rpartition("-")[2] in _COMPOUND_TAILS:
            words[-1] = words[-1].rpartition("-")[0]  # "The KLF-led government says"
        name = " ".join(words)
        if not words or len(words) > 6 or name in places() or not all(w[0].isupper() for w in words if w not in {"of", "for", "and"}):
            return None
        if words[-1].lower().rstrip(".") in TITLE_ROLES or words[-1].lower() in PERSON_ROLES:
            return None
        if len(words) == 1 and (name.upper() in COMMON_ACRONYMS or name in OFFICE_ACRONYMS or name in _acronyms_of_lowercase_words(self.body)):
            return None  # "the MoU says", "the chief returning officer (CRO) said"
        canonical = self.actors.resolve(name)
        if canonical:
            return canonical if self.kind(canonical) != PLACE else None
        if len(words) == 1:
            # "according to the Post": the one body the text named in full that ends so.
            fuller = [a.name for a in self.actors.actors.values() if a.kind == ORGANISATION and a.name.endswith(" " + name)]
            if len(fuller) == 1:
                return fuller[0]
        if not words[0][0].isupper() or (
            len(words) == 1 and (is_common_word(name) or is_demonym(name)) and name.lower() not in INSTITUTION_WORDS | _PUBLICATION_HEADS
        ):
            return None  # "of Health" (of "Minister of Health"), "the Church said"
        self.actors.add(name, ORGANISATION, start=mention.start, end=mention.end)
        i = bisect.bisect_left(self.starts, mention.start)
        self.starts.insert(i, mention.start)
        self.mentions.insert(i, (mention.start, mention.end, name))
        self._mentions_by_name = None
        return name

    def pronoun(self, pronoun: str, position: int) -> tuple[str | None, bool]:
        """(speaker, from a document) for 'he', 'she', 'it', 'they'."""
        if pronoun in {"he", "she"}:
            want = "m" if pronoun == "he" else "f"
            who = self._salient_person(position, want)
            return (self._fuller(who) if who else None), False
        if pronoun == "it":
            recent = _blank(self.body[max(0, position - 1500) : position])
            if _DOCUMENT.search(recent):
                return None, True
            organisations = self._between(self.sentence_start(max(0, self.sentence_start(position) - 2)), position, (ORGANISATION,))
            return (organisations[-1][2] if organisations else None), False
        return None, False

    def _salient_person(self, position: int, want: str) -> str | None:
        def fits(name: str) -> bool:
            gender = self.gender(name)
            return not gender or gender == want

        # The subject of this sentence, before the pronoun.
        here = self.sentence_start(position)
        people = [m for m in self._between(here, position) if fits(m[2])]
        if people:
            return people[0][2]
        # Going back sentence by sentence: the latest person who speaks (a speaker of a
        # quotation, or next to a verb of saying), else the first person of the latest
        # sentence that names someone who fits.
        cursor, first_seen = here, None
        for step in range(8):
            if cursor <= 0:
                break
            previous = self.sentence_start(cursor - 1)
            people = [m for m in self._between(previous, cursor) if fits(m[2])]
            if people:
                names = [m[2] for m in people]
                if self.last_speaker and self.last_speaker[0] in names:
                    return self.last_speaker[0]
                speaking = [m[2] for m in people if self._speaks(m)]
                if speaking:
                    return speaking[0]
                subjects = [m[2] for m in people if self._is_subject(m, previous)]
                if subjects:
                    return subjects[0]
                if first_seen is None:
                    first_seen = names[0]
                if step >= 2:
                    return first_seen
            cursor = previous
        if first_seen:
            return first_seen
        if self.last_speaker and fits(self.last_speaker[0]) and position - self.last_speaker[1] < 1500:
            return self.last_speaker[0]
        return None

    def _is_subject(self, mention: tuple[int, int, str], sentence_start: int) -> bool:
        """The person opens their clause ('On Monday, Mr. Doe was blunt'), not 'it emerged that Doe…'."""
        before = self.body[sentence_start : mention[0]]
        clause = before[before.rfind(",") + 1 :]
        return len([w for w in clause.split() if w.lower().rstrip(".") not in _TITLE_SKIP]) <= 2

    def _speaks(self, mention: tuple[int, int, str]) -> bool:
        start, end, _ = mention
        return bool(_SPEAKS_AFTER.match(self.body, end) or _SPEAKS_BEFORE.search(self.body[max(0, start - 30) : start]))

    def relative(self, position: int) -> str | None:
        """'Smith, who said': the person just before the relative pronoun."""
        named = re.search(r"((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]*)\s*,\s*$", self.body[max(0, position - 80) : position])
        if named:
            who = self.name(read(named.group(1), position - 80 + named.start(1) if position >= 80 else named.start(1)))
            if who:
                return who
        people = self._between(max(0, position - 160), position, (PERSON, ORGANISATION))
        return people[-1][2] if people else None

    def role(self, mention: Mention, position: int) -> str | None:
        noun = mention.text
        noun = TITLE_ROLES.get(noun, noun)
        people = self._between(0, position)
        for start, end, who in reversed(people):
            if noun in self.roles(who) or noun.rstrip("s") in self.roles(who):
                return who
        if self.last_speaker and noun in PERSON_ROLES and position - self.last_speaker[1] < 600:
            return None
        return None

    def organisation(self, mention: Mention, position: int) -> str | None:
        noun = mention.text
        organisations = self._between(max(0, position - 3000), position, (ORGANISATION,))
        for start, end, who in reversed(organisations):
            actor = self.actors.actors[who]
            if noun in who.lower() or noun in (actor.role or "").lower() or any(noun in a.lower() for a in actor.aliases):
                return who
        return None
