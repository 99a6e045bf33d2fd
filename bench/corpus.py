"""A deterministic synthetic corpus of report-like articles for benchmarks.

Each article has a header (title, source, date), about 400 words of prose built from
templates, a few attributed quotes, a cable mention with a date and origin, and a
paywall tail, like the scraped reports the archive ingests.
"""
from __future__ import annotations

import random
from pathlib import Path

GIVEN = ["Amir", "Farah", "David", "Maria", "Javed", "Anne", "Robert", "Leila", "Omar", "Sonia", "Tariq", "Helen",
         "Rashid", "Claire", "Imran", "Nadia", "Peter", "Ayesha", "Hamid", "Laura", "Karim", "Sarah", "Yusuf", "Irene"]
FAMILY = ["Qureshi", "Haldane", "Mirza", "Okafor", "Lindqvist", "Chaudhry", "Brennan", "Rahimi", "Castellano", "Durrani",
          "Whitfield", "Siddiqui", "Moreau", "Baig", "Kowalski", "Nasser", "Ferreira", "Abbasi", "Thorne", "Malik",
          "Hartmann", "Ansari", "Delacroix", "Jafri", "Novak", "Sheikh", "Lambert", "Hussain", "Ivanova", "Rana"]
ROLES = ["foreign minister", "army chief", "ambassador", "interior minister", "intelligence chief", "defence secretary",
         "opposition leader", "national security adviser", "envoy", "central bank governor"]
COUNTRIES = ["Pakistan", "India", "Afghanistan", "Iran", "Nepal", "Sri Lanka", "Bangladesh", "Egypt", "Turkey", "Kenya"]
CITIES = ["Islamabad", "New Delhi", "Kabul", "Tehran", "Kathmandu", "Colombo", "Dhaka", "Cairo", "Ankara", "Nairobi"]
PUBLICATIONS = ["The Daily Ledger", "Evening Courier", "The Northern Herald", "Metro Tribune", "The Coastal Times"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
NOUNS = ["talks", "border", "agreement", "security", "elections", "reforms", "budget", "militants", "sanctions", "aid",
         "negotiations", "troops", "refugees", "investigation", "parliament", "treaty", "pipeline", "ceasefire"]
VERBS = ["discussed", "criticised", "welcomed", "questioned", "postponed", "supported", "rejected", "reviewed"]
FILLER = [
    "Officials on both sides {verb} the {noun} during a series of meetings that lasted well into the evening.",
    "The {noun} had been a source of tension for months, according to diplomats familiar with the matter.",
    "Analysts said the {noun} would shape relations between {country} and its neighbours for years to come.",
    "Several ministers {verb} the plan in private, while publicly insisting that the {noun} remained on track.",
    "The government in {city} has so far declined to comment on the details of the {noun}.",
    "Observers noted that the {noun} came at a delicate moment for the region, with {noun2} also under discussion.",
]
QUOTE_FRAMES = [
    '"{quote}," {name} said, according to the cable.',
    '{role_name} told visiting officials that "{quote}".',
    '"{quote}," the cable said.',
    'According to the cable, {surname} warned that "{quote}".',
    '"{quote}," {surname} said. "{quote2}"',
]
QUOTE_WORDS = ["we cannot accept", "the situation is deteriorating", "our patience is limited", "there will be consequences",
               "the talks must continue", "nobody wants a war", "we need more time", "the border is secure",
               "the reports are exaggerated", "we have no such plans", "this is an internal matter", "help is on the way"]
TAIL = ["You have reached your limit of {{free_limit}} free articles this month.", "Subscribe now for unlimited access.",
        "Already subscribed? Log in", "Premium Plan", "$4.99/month", "Annual Plan", "$49/year", "Renews automatically, cancel anytime"]


def people(rng: random.Random, count: int = 300) -> list[tuple[str, str]]:
    found = set()
    while len(found) < count:
        found.add((rng.choice(GIVEN), rng.choice(FAMILY)))
    return sorted(found)


def article(rng: random.Random, cast: list[tuple[str, str]], number: int) -> str:
    year = rng.choice([2008, 2009, 2010, 2011])
    month = rng.randrange(12)
    country, city = rng.choice(list(zip(COUNTRIES, CITIES)))
    who = rng.sample(cast, 3)
    role = rng.choice(ROLES)
    given, family = who[0]
    paragraphs = [
        f"{country}'s {role} {given} {family} privately {rng.choice(VERBS)} the {rng.choice(NOUNS)} in a meeting with "
        f"{who[1][0]} {who[1][1]}, according to a confidential US embassy cable from {city} dated {MONTHS[month]} {rng.randint(1, 28)}, {year}."
    ]
    words = len(paragraphs[0].split())
    while words < 400:
        if rng.random() < 0.3:
            g, f = rng.choice(who)
            frame = rng.choice(QUOTE_FRAMES)
            text = frame.format(quote=rng.choice(QUOTE_WORDS).capitalize(), quote2=rng.choice(QUOTE_WORDS).capitalize() + ".",
                                name=f"{g} {f}", surname=f, role_name=f"{country}'s {rng.choice(ROLES)} {g} {f}")
        else:
            text = " ".join(
                rng.choice(FILLER).format(verb=rng.choice(VERBS), noun=rng.choice(NOUNS), noun2=rng.choice(NOUNS), country=country, city=city)
                for _ in range(rng.randint(2, 4))
            )
        paragraphs.append(text)
        words += len(text.split())
    title = f"{family} {rng.choice(VERBS)} {rng.choice(NOUNS)}, cable shows ({number})"
    published = f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    header = f"Title: {title}\nSource: {rng.choice(PUBLICATIONS)}\nPublished: {published}\n\n"
    return header + "\n".join(paragraphs) + "\n" + "\n".join(TAIL) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 42) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cast = people(rng)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(n):
        (folder / f"{number:06d}.txt").write_text(article(rng, cast, number), encoding="utf-8")
    return cast
