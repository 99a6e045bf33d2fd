"""A deterministic corpus of report-like articles with the statistics of real news.

The earlier corpus drew from 18 nouns and six filler sentences, so two ordinary words
matched most documents and every name appeared everywhere: search and ingest timings
on it said little about a real archive. Here:

- prose is drawn from the English word-frequency list of `wordfreq` (Zipf-shaped, as
  real text is), so common words are common and most words are rare;
- a cast of several thousand people, organisations and places, each picked with a
  Zipf-shaped popularity, so the best-known person appears in a few percent of
  reports and most in a handful;
- quotes in the shapes the press uses (before and after the attribution, split,
  "according to", roles), cable references, datelines, bylines, and site furniture
  (menus, share buttons, related links, paywall tails) around about half the stories.

Names are invented from syllables, not taken from any report.
"""
from __future__ import annotations

import itertools
import random
from bisect import bisect
from functools import lru_cache
from pathlib import Path

from wordfreq import top_n_list, word_frequency

GIVEN = [
    "Amir", "Farah", "David", "Maria", "Javed", "Anne", "Robert", "Leila", "Omar", "Sonia", "Tariq", "Helen", "Rashid",
    "Claire", "Imran", "Nadia", "Peter", "Ayesha", "Hamid", "Laura", "Karim", "Sarah", "Yusuf", "Irene", "Thomas",
    "Mei", "Jorge", "Ana", "Kwame", "Ngozi", "Sipho", "Aisha", "Dmitri", "Olga", "Hiroshi", "Yuki", "Carlos", "Lucia",
    "Rahul", "Priya", "Arjun", "Kavita", "Mohammed", "Fatima", "Ibrahim", "Zainab", "John", "Susan", "Michael", "Linda",
    "Wei", "Lin", "Joao", "Beatriz", "Pierre", "Sophie", "Hans", "Ingrid", "Ali", "Mariam",
]
_ONSETS = ["B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Ch", "Sh", "Br", "Kr", "St"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ou", "ee", "ia"]
_CODAS = ["", "n", "r", "l", "s", "m", "rd", "nt", "sk", "v", "z"]
_ENDINGS = ["", "ov", "son", "ani", "ez", "ski", "ra", "berg", "wala", "adze", "ini", "ova", "oglu", "ian"]
ROLES = [
    "foreign minister", "army chief", "ambassador", "interior minister", "intelligence chief", "defence secretary",
    "opposition leader", "national security adviser", "envoy", "central bank governor", "prime minister", "president",
    "finance minister", "senator", "spokesman", "chief minister", "home secretary", "deputy chief of mission",
]
ORG_HEADS = ["Ministry of Defence", "Ministry of Finance", "Foreign Office", "Election Commission", "Supreme Court",
             "National Assembly", "Central Bank", "Home Ministry", "Planning Commission", "State Department"]
SPEECH_VERBS = ["said", "told reporters", "added", "warned", "noted", "argued", "insisted", "explained", "wrote"]
CITIES = ["Islamabad", "New Delhi", "Kabul", "Tehran", "Kathmandu", "Colombo", "Dhaka", "Cairo", "Ankara", "Nairobi",
          "Lagos", "Jakarta", "Manila", "Lima", "Bogota", "Hanoi", "Riyadh", "Amman", "Tunis", "Accra", "Lusaka",
          "Caracas", "Quito", "Baghdad", "Beirut", "Dakar", "Harare", "Kampala", "Yangon", "Tashkent"]
COUNTRIES = ["Pakistan", "India", "Afghanistan", "Iran", "Nepal", "Sri Lanka", "Bangladesh", "Egypt", "Turkey", "Kenya",
             "Nigeria", "Indonesia", "Philippines", "Peru", "Colombia", "Vietnam", "Saudi Arabia", "Jordan", "Tunisia",
             "Ghana", "Zambia", "Venezuela", "Ecuador", "Iraq", "Lebanon", "Senegal", "Zimbabwe", "Uganda", "Myanmar",
             "Uzbekistan"]
PUBLICATIONS = ["The Daily Ledger", "Evening Courier", "The Northern Herald", "Metro Tribune", "The Coastal Times",
                "Capital Express", "The Frontier Post Weekly", "Morning Chronicle", "The Plains Observer", "Harbour Gazette"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CLASSIFICATIONS = ["CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "SECRET//NOFORN", "CONFIDENTIAL//NOFORN"]
FURNITURE_TOP = ["Home", "World", "Politics", "Business", "Opinion", "Sports", "Share on Facebook", "Tweet", "Email",
                 "Print this article", "Font size: A A A", "Last updated: {time}", "Views: {views}"]
FURNITURE_TAIL = ["Related stories", "Most read", "Comments (0)", "Please log in to comment",
                  "You have reached your limit of free articles this month.", "Subscribe now for unlimited access.",
                  "Already subscribed? Log in", "Premium Plan", "$4.99/month", "Renews automatically, cancel anytime",
                  "© {year} All rights reserved."]


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[float]]:
    """The 30,000 commonest English words that are plain words, with cumulative weights."""
    words = [w for w in top_n_list("en", 40_000) if w.isalpha() and w != "i"][:30_000]
    weights = list(itertools.accumulate(word_frequency(w, "en") for w in words))
    return words, weights


def _zipf_weights(count: int, exponent: float = 1.05) -> list[float]:
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(count)))


def _surname(rng: random.Random) -> str:
    syllables = rng.randint(1, 2)
    name = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS) for _ in range(syllables))
    name = name[0] + name[1:].lower()
    return name + rng.choice(_ENDINGS)


def people(rng: random.Random, count: int = 4000) -> list[tuple[str, str]]:
    """`count` distinct (given name, surname) pairs, most popular first."""
    found: dict[tuple[str, str], None] = {}
    while len(found) < count:
        found[(rng.choice(GIVEN), _surname(rng))] = None
    return list(found)


class _Writer:
    def __init__(self, rng: random.Random, cast: list[tuple[str, str]]):
        self.rng = rng
        self.cast = cast
        self.cast_weights = _zipf_weights(len(cast))
        words, weights = _vocabulary()
        self.stream = rng.choices(words, cum_weights=weights, k=1_000_000)

    def person(self) -> tuple[str, str]:
        return self.cast[bisect(self.cast_weights, self.rng.random() * self.cast_weights[-1])]

    def prose(self, low: int, high: int) -> str:
        # A window of a long pre-drawn stream: drawing each word afresh (a bisect per
        # word) made a 100,000-article corpus take a quarter of an hour to write.
        length = self.rng.randint(low, high)
        start = self.rng.randrange(len(self.stream) - length)
        return " ".join(self.stream[start : start + length]).capitalize()

    def sentence(self, place: str, names: list[tuple[str, str]]) -> str:
        text = self.prose(9, 26)
        if self.rng.random() < 0.35:  # most sentences of real news name someone or somewhere
            given, family = self.rng.choice(names)
            extra = self.rng.choice([f" {given} {family}", f" {family}", f" in {place}", f" the {self.rng.choice(ORG_HEADS)}"])
            cut = self.rng.randint(1, max(1, text.count(" ")))
            parts = text.split(" ")
            text = " ".join(parts[:cut]) + extra + " " + " ".join(parts[cut:])
        return text.rstrip() + self.rng.choice([".", ".", ".", ".", "?", ";"])[0]

    def quote(self, names: list[tuple[str, str]], roles: dict) -> str:
        given, family = self.rng.choice(names)
        role = roles[(given, family)]
        words = self.prose(5, 22)
        verb = self.rng.choice(SPEECH_VERBS)
        shape = self.rng.randrange(7)
        if shape == 0:
            return f'"{words}," {family} {verb}.'
        if shape == 1:
            return f'"{words}," {verb} {given} {family}, the {role}.'
        if shape == 2:
            return f'{role.capitalize()} {given} {family} {verb}: "{words}."'
        if shape == 3:
            return f'According to the cable, {family} {verb} that "{words.lower()}".'
        if shape == 4:
            return f'"{words}," the {role} {verb}. "{self.prose(4, 14)}."'
        if shape == 5:
            return f'"{words}," the cable quoted {family} as saying.'
        return f'{family} {verb} the {self.prose(2, 4).lower()} "{words.lower()}".'

    def article(self, number: int) -> str:
        rng = self.rng
        year = rng.choice([2008, 2009, 2010, 2011])
        month = rng.randrange(12)
        city = rng.choice(CITIES)
        country = rng.choice(COUNTRIES)
        names = list(dict.fromkeys(self.person() for _ in range(rng.randint(2, 5))))
        roles = {name: rng.choice(ROLES) for name in names}
        lead_given, lead_family = names[0]
        reference = f"{year % 100:02d}{city.upper().replace(' ', '')}{rng.randint(10, 3999)}"
        first = (f"{city.upper()}: {country}'s {roles[names[0]]} {lead_given} {lead_family} {self.prose(6, 14).lower()}, "
                 f"according to a {rng.choice(CLASSIFICATIONS).split('//')[0].lower()} US embassy cable ({reference}) "
                 f"dated {MONTHS[month]} {rng.randint(1, 28)}, {year}.")
        paragraphs = [first]
        target = int(rng.lognormvariate(6.3, 0.45))  # ~550 words, a long tail of long reports
        words = len(first.split())
        while words < target:
            if rng.random() < 0.25:
                text = self.quote(names, roles)
            else:
                text = " ".join(self.sentence(city, names) for _ in range(rng.randint(1, 4)))
            paragraphs.append(text)
            words += len(text.split())
        title = f"{lead_family} {self.prose(3, 7).lower()}, cable shows"
        published = f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        byline = f"By {rng.choice(GIVEN)} {_surname(rng)}"
        if rng.random() < 0.5:  # a clean feed with header lines
            return f"Title: {title}\nSource: {rng.choice(PUBLICATIONS)}\nPublished: {published}\n\n" + "\n".join(paragraphs) + "\n"
        # A scraped page: menus, the headline, byline, story, then the site's tail.
        top = [line.format(time=f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} pm", views=rng.randint(10, 99999))
               for line in rng.sample(FURNITURE_TOP, 5)]
        tail = [line.format(year=year + 1) for line in rng.sample(FURNITURE_TAIL, 6)]
        return "\n".join([*top, title, byline, *paragraphs, *tail]) + "\n"


def article(rng: random.Random, cast: list[tuple[str, str]], number: int) -> str:
    return _Writer(rng, cast).article(number)


def write_corpus(folder: Path, n: int, seed: int = 42) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cast = people(rng, max(2000, n // 5))
    writer = _Writer(rng, cast)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(n):
        (folder / f"{number:06d}.txt").write_text(writer.article(number), encoding="utf-8")
    return cast


# Words for load tests' queries: the surnames of the most popular people of the corpus
# `write_corpus(..., seed=1)` writes (people() draws the same first names whatever its
# count), and ordinary news nouns.
FAMILY = [family for _, family in people(random.Random(1), 30)]
NOUNS = ["talks", "border", "agreement", "security", "elections", "reforms", "budget", "sanctions", "aid", "troops",
         "refugees", "investigation", "parliament", "treaty", "ceasefire"]
