"""Word lists the quote pipeline reads: verbs of saying, abbreviations, pronouns, role
and document nouns. Shapes of English, nothing from any particular report."""
from __future__ import annotations

import re

# Verbs of saying and of characterising what someone said, by base form. Regular
# inflections are generated; irregular ones are listed.
_REGULAR = """
accuse acknowledge add admit advise affirm agree allege announce answer argue ask assert assure maintain
attest bemoan blast boast brag call caution challenge charge chide chuckle claim comment complain
concede conclude concur confess confide confirm contend continue counter crow declare decry
demand denounce deny describe dismiss dub echo emphasise emphasize estimate exclaim explain
express gush hail insist instruct joke label lament mention mock muse note object observe
offer opine plead pledge posit post praise predict proclaim promise pronounce propose protest
query question quip rail recall reckon recount reflect reiterate rejoin remark remind repeat
reply report respond retort reveal scoff scold shout slam snap speculate state stress suggest
surmise tease term testify thunder tout tweet urge vow warn whisper wonder yell acknowledge
assess judge recommend reassure apologise apologize characterise characterize criticise
criticize lash quote summarise summarize caution inform insist decline recollect relate ask press interject interrupt request blame react remember
"""
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "swear": ("swore", "swears", "swearing", "sworn"),
    "put": ("put", "puts", "putting"),
    "go on": ("went on", "goes on", "going on"),
    "shoot back": ("shot back", "shoots back", "shooting back"),
    "hit back": ("hit back", "hits back", "hitting back"),
    "fire back": ("fired back", "fires back", "firing back"),
    "point out": ("pointed out", "points out", "pointing out"),
    "sum up": ("summed up", "sums up", "summing up"),
    "weigh in": ("weighed in", "weighs in", "weighing in"),
    "chime in": ("chimed in", "chimes in", "chiming in"),
    "tell reporters": ("told reporters", "tells reporters", "telling reporters"),
    "forecast": ("forecast", "forecasts", "forecasting"),
    "spell out": ("spelled out", "spells out", "spelling out"),
}


_DOUBLING = {"admit", "quip", "concur", "snap", "slam", "dub", "rebut", "chat", "prod", "jab", "plot", "nag", "commit", "omit", "refer", "prefer", "confer"}


def _inflect(verb: str) -> set[str]:
    if verb in _DOUBLING:
        past, third, ing = verb + verb[-1] + "ed", verb + "s", verb + verb[-1] + "ing"
    elif verb.endswith("ee"):
        past, third, ing = verb + "d", verb + "s", verb + "ing"
    elif verb.endswith("e"):
        past, third, ing = verb + "d", verb + "s", verb[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", verb):
        past, third, ing = verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"
    elif re.search(r"(?:s|sh|ch|x|z)$", verb):
        past, third, ing = verb + "ed", verb + "es", verb + "ing"
    else:
        past, third, ing = verb + "ed", verb + "s", verb + "ing"
    return {verb, past, third, ing}


def _forms() -> dict[str, str]:
    """Every inflected form -> its base."""
    forms: dict[str, str] = {}
    for verb in _REGULAR.split():
        for form in _inflect(verb):
            forms.setdefault(form, verb)
    for verb, inflected in _IRREGULAR.items():
        forms[verb] = verb
        for form in inflected:
            forms[form] = verb
    return forms


SPEECH_FORMS = _forms()
# Verbs that only say something when a quotation or a clause follows them closely
# (call, describe, put, term, label...): they are cues only right next to the quote.
WEAK_VERBS = {"call", "describe", "put", "term", "label", "dub", "quote", "express", "offer", "echo",
              "continue", "post", "estimate", "question", "praise", "mock", "blast", "slam",
              "dismiss", "accuse", "hail", "tout", "judge", "assess", "characterise",
              "characterize", "criticise", "criticize", "lash", "decline", "relate", "speak",
              "query", "recommend", "talk", "press", "request", "challenge", "charge", "object", "reflect", "inform"}
def is_participle(form: str) -> bool:
    return form.split()[0].endswith("ing")


# Words between a subject and its verb: "has also said", "later told".
AUXILIARIES = {
    "had", "has", "have", "was", "were", "is", "are", "also", "reportedly", "then", "later", "once",
    "would", "will", "could", "might", "may", "can", "should", "further", "allegedly", "earlier",
    "privately", "publicly", "repeatedly", "again", "still", "even", "just", "only", "simply",
    "recently", "previously", "often", "frequently", "never", "always", "long", "been", "being",
    "quickly", "not", "did", "does", "do", "all", "both", "himself", "herself", "themselves", "too",
    "subsequently", "finally", "first", "directly", "candidly", "bluntly", "flatly", "famously",
    "memorably", "already", "now", "apparently", "purportedly", "supposedly", "however",
}

# Abbreviations a full stop follows without ending the sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gen", "lt", "col", "maj", "capt",
    "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "gov", "govs", "amb", "pres", "supt", "insp", "hon",
    "rev", "fr", "st", "jr", "sr", "mt", "ft", "no", "nos", "vs", "v", "inc", "corp", "co", "ltd",
    "dept", "univ", "est", "approx", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "messrs", "mme",
    "etc", "al", "cf", "e.g", "i.e", "u.s", "u.n", "u.k", "d.c",
}

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
RELATIVES = {"who", "which"}

# Honorific abbreviations and the office each stands for ("Sen." -> senator).
TITLE_ROLES = {
    "sen": "senator", "senator": "senator", "rep": "representative", "representative": "representative",
    "gov": "governor", "governor": "governor", "gen": "general", "general": "general",
    "amb": "ambassador", "ambassador": "ambassador", "pres": "president", "president": "president",
    "adm": "admiral", "admiral": "admiral", "col": "colonel", "colonel": "colonel",
    "lt": "lieutenant", "capt": "captain", "captain": "captain", "dr": "doctor", "prof": "professor",
    "professor": "professor", "secretary": "secretary", "minister": "minister", "mayor": "mayor",
    "judge": "judge", "justice": "justice", "congressman": "congressman",
    "congresswoman": "congresswoman", "chairman": "chairman", "speaker": "speaker",
    "commissioner": "commissioner", "director": "director", "chancellor": "chancellor",
}
# Role nouns that only ever name a person ("the senator said").
PERSON_ROLES = {
    "ambassador", "envoy", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "president", "senator", "representative", "congressman", "congresswoman", "governor", "mayor",
    "general", "admiral", "colonel", "commander", "chief", "director", "adviser", "advisor", "aide",
    "official", "officer", "leader", "chairman", "chairwoman", "chairperson", "founder", "diplomat",
    "analyst", "lawmaker", "premier", "king", "queen", "prince", "attorney", "judge", "justice",
    "consul", "deputy", "negotiator", "chancellor", "candidate", "nominee", "frontrunner",
    "front-runner", "billionaire", "businessman", "businesswoman", "mogul", "strategist", "pollster",
    "lawyer", "professor", "economist", "activist", "author", "writer", "reporter", "journalist",
    "columnist", "editor", "correspondent", "host", "anchor", "scientist", "expert", "researcher",
    "investigator", "prosecutor", "detective", "sheriff", "commissioner", "superintendent",
    "counsel", "counsellor", "counselor", "manager", "executive", "ceo", "chair", "speaker",
    "pastor", "priest", "cleric", "imam", "bishop", "rabbi", "veteran", "contender", "hopeful",
    "incumbent", "challenger", "republican", "democrat", "mother", "father", "wife", "husband",
    "daughter", "son", "woman", "man", "doctor", "teacher", "student", "owner", "officer",
    "captain", "lieutenant", "sergeant", "soldier", "politician", "legislator", "congressmember",
    "delegate", "organizer", "organiser", "donor", "fundraiser", "operative", "consultant",
    "economist", "historian", "mp", "envoy", "counterpart", "premier", "monarch", "emir",
    "amir", "magistrate",
}
# Head nouns of organisations a text refers to in lower case ("the ministry said").
ORGANISATION_NOUNS = {
    "ministry", "department", "agency", "office", "embassy", "government", "administration",
    "campaign", "committee", "commission", "council", "party", "group", "organisation",
    "organization", "company", "firm", "bureau", "service", "army", "military", "police",
    "court", "board", "union", "association", "foundation", "institute", "center", "centre",
    "network", "newspaper", "paper", "daily", "channel", "website", "magazine", "broadcaster",
    "station", "spokesman's office", "coalition", "alliance", "movement", "militia", "outfit",
    "mission", "consulate", "secretariat", "directorate", "cabinet", "white house", "pentagon",
    "kremlin", "senate", "house", "congress", "parliament", "legislature", "team", "club",
    "university", "school", "hospital", "bank", "fund", "corporation", "authority", "regime",
    "junta", "command", "force", "forces", "navy", "airline", "society", "federation", "lobby",
}
# What a document is called: "the cable said", "according to the memo".
DOCUMENT_NOUNS = (
    r"cables?|dispatch(?:es)?|memos?|memorand(?:um|a)|documents?|telegrams?|diplomatic (?:message|note|report)s?|"
    r"communiqu[eé]s?|wikileaks|leaked (?:papers|files|report)|(?:the\s+)?(?:embassy|state department) (?:report|message)s?|"
    r"missives?|assessments?|briefings?|briefing notes?|leaks?"
)
# The same, one word at a time, for scanning a whole text quickly: the first letter is
# matched first (`X(?<!\w.)` is `\bX`), so the regex engine skips from candidate to
# candidate instead of trying every word at every character.
DOCUMENT_WORD = re.compile(
    r"[CcDdMmTtWwAaBbLl](?<!\w.)(?:(?<=[Cc])ables?|(?<=[Dd])ispatch(?:es)?|(?<=[Mm])emo(?:s|randum|randa)?|(?<=[Dd])ocuments?|"
    r"(?<=[Tt])elegrams?|(?<=[Ww])iki[Ll]eaks|(?<=[Cc])ommuniqu[eé]s?|(?<=[Mm])issives?|(?<=[Aa])ssessments?|(?<=[Bb])riefings?|"
    r"(?<=[Ll])eaks?)\b"
)
# A quoted passage: an opening '' or " or “, to the next closing mark. The first
# character is a set, so the regex engine skips from mark to mark.
QUOTED = re.compile(r"['\"“](?:(?<=')'|(?<=[\"“]))[^\"“”]*?(?:''|[\"”])")
# How every DOCUMENT_WORD starts (change them together).
_DOCUMENT_STEMS = (
    "Cable", "cable", "Dispatch", "dispatch", "Memo", "memo", "Document", "document", "Telegram", "telegram",
    "Wiki", "wiki", "Communiqu", "communiqu", "Missive", "missive", "Assessment", "assessment", "Briefing", "briefing",
    "Leak", "leak",
)


def document_word_starts(text: str) -> list[int]:
    """Where DOCUMENT_WORD matches in text, as its finditer finds them: the few places a
    stem starts are found by string search, and the pattern tried only there (its words
    never overlap)."""
    starts = set()
    for stem in _DOCUMENT_STEMS:
        at = text.find(stem)
        while at >= 0:
            if DOCUMENT_WORD.match(text, at):
                starts.add(at)
            at = text.find(stem, at + 1)
    return sorted(starts)
DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_NOUNS})\b", re.IGNORECASE)
# The cable's own words, not a quote from someone else in it: "in the cable", "the cable said".
DOCUMENT_SOURCE = re.compile(
    rf"\b(?:in|from|by|through|per)\s+(?:(?:an?|the|this|that|one|his|her|their|its|another|other|several|these|those|same|"
    rf"leaked|secret|confidential|classified|diplomatic|us|u\.s\.|american|british|earlier|later|subsequent|separate|[\w-]+'s|[\w-]+’s)\s+){{0,4}}"
    rf"(?:{DOCUMENT_NOUNS})\b|"
    rf"\baccording to\s+(?:(?:an?|the|this|that|one|his|her|their|leaked|secret|confidential|classified|diplomatic|us|u\.s\.|american|british|[\w-]+)\s+){{0,4}}(?:{DOCUMENT_NOUNS})\b|"
    rf"\b(?:{DOCUMENT_NOUNS})\b[^.;]{{0,80}}?\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|describ(?:ed|es|ing)|says|said|noted?s?|adds?|added|reports?|reported|"
    rf"states?|stated|reads?|shows?|showed|reveals?|revealed|recounts?|recounted|explains?|explained|warns?|warned|concludes?|concluded|"
    rf"claims?|claimed|observes?|observed|comments?|commented|remarks?|remarked|records?|recorded|summari[sz]ed|summari[sz]es)\b",
    re.IGNORECASE,
)
# Words that place a statement in the present-day press, not in a cable.
PRESS = re.compile(
    r"\b(?:told|telling|tells)\s+(?:reporters|journalists|the press|the media|(?:a|the)\s+(?:news|press)\s+(?:conference|agency)|"
    r"(?:this|our)\s+(?:newspaper|paper|reporter|correspondent|website|channel))\b|"
    r"\bin an? (?:interview|statement|telephone interview|phone interview|press release|television interview|tv interview)\b|"
    r"\b(?:press|news) conference\b|\bwhen (?:contacted|asked|reached)\b|\bspeaking to\b|\bin (?:reaction|response) to\b|"
    r"\b(?:said|says|told|added|stated|responded|replied|insisted|claimed|denied)\s+(?:on\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this (?:morning|week|afternoon|evening))\b|"
    r"\b(?:live|televised|television|tv) (?:discussion|debate|show|programme|program|interview)\b",
    re.IGNORECASE,
)
