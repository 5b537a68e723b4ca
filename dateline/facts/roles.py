"""Words around a name that say who a person is: honorifics, role nouns and their short forms,
and the gender some of them carry (used to pick the person a "he" or "she" stands for)."""

from __future__ import annotations

from dateline.recognise.given_names import Gender

#: Courtesy titles: they tell gender, not a role, so they never become ``Person.titles``.
HONORIFICS: dict[str, Gender | None] = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
    "lord": "m",
    "mx": None,
}

#: Letters written after a name for an honour, a rank at the bar or a seat ("Fiona Hale KC",
#: "Sir Tom Berg CBE", "Ana Ruiz MP"): the tagger keeps them in the name, which then differs from
#: the "Ms Hale" of the next paragraph (probe q5: a barrister listed twice, her quote given to
#: the surname alone).
POST_NOMINALS = frozenset(
    {"KC", "QC", "SC", "MP", "MEP", "MSP", "MS", "AM", "TD", "OBE", "MBE", "CBE", "KBE", "DBE",
     "FRS", "PhD"}
)  # fmt: skip

#: Short forms of role words as they stand before names ("Sen. Tim Kaine").
ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "cpl": "corporal",
    "sgt": "sergeant",
    "adm": "admiral",
    "maj": "major",
    "pres": "president",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "atty": "attorney",
    "amb": "ambassador",
    "sec": "secretary",
    "cllr": "councillor",
}

#: Role nouns that head a title written before a name ("Interior Minister Maria Kovacs") and
#: that may stand for the person later ("the minister said").
ROLE_NOUNS = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "mayor",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "judge",
        "justice",
        "general",
        "colonel",
        "captain",
        "lieutenant",
        "sergeant",
        "admiral",
        "commander",
        "chief",
        "officer",
        "inspector",
        "detective",
        "superintendent",
        "commissioner",
        "ambassador",
        "attorney",
        "prosecutor",
        "sheriff",
        "councillor",
        "councilman",
        "councilwoman",
        "leader",
        "candidate",
        "nominee",
        "executive",
        "ceo",
        "founder",
        "coach",
        "manager",
        "professor",
        "doctor",
        "reverend",
        "bishop",
        "pope",
        "speaker",
        "mp",
        "deputy",
        "vice",
        "head",
        "economist",
        "analyst",
        "researcher",
        "scientist",
        "lawyer",
        "emperor",
        "pastor",
        "rabbi",
        "imam",
        "chef",
        "author",
        "activist",
        "official",
        "envoy",
        "negotiator",
        "adviser",
        "advisor",
        "strategist",
        "pollster",
        "owner",
        # Legislators and local officers, the press, medicine, schools and sport.
        "lawmaker",
        "legislator",
        "councilor",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "magistrate",
        "constable",
        "trustee",
        "treasurer",
        "editor",
        "journalist",
        "correspondent",
        "historian",
        "physician",
        "surgeon",
        "nurse",
        "teacher",
        "headteacher",
        "principal",
        "dean",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        # Who runs an event, a campaign or a collection, and who forecasts the weather: the
        # probe of 2026-11-28 had "Festival organiser Bethan Quayle … the organiser said" and
        # "Forecaster Ines Kahl said", neither a title before.
        "organiser",
        "organizer",
        "convenor",
        "convener",
        "coordinator",
        "curator",
        "campaigner",
        "forecaster",
        "meteorologist",
    }
    | {f"co-{role}" for role in ("author", "founder", "organiser", "organizer", "chair", "host")}
    | {f"co-{role}" for role in ("owner", "director", "leader", "sponsor", "editor", "producer")}
)
#: Roles held with someone else, which the tokenizer keeps whole (``nlp.keep_shared_roles_whole``).
SHARED_ROLES = frozenset(role for role in ROLE_NOUNS if role.startswith("co-"))

#: Role nouns whose gender the word itself gives.
GENDERED_ROLES: dict[str, Gender] = {
    "congressman": "m",
    "congresswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "councilman": "m",
    "councilwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "emperor": "m",
    "empress": "f",
    "husband": "m",
    "wife": "f",
    "father": "m",
    "mother": "f",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "grandfather": "m",
    "grandmother": "f",
    "uncle": "m",
    "aunt": "f",
    "widow": "f",
    "widower": "m",
    "actor": "m",
    "actress": "f",
    "pope": "m",
    "rabbi": "m",
    "nun": "f",
    "priest": "m",
}

#: Personal pronouns that can stand for one named person, with their gender.
PERSON_PRONOUNS: dict[str, Gender] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


def role_word(word: str) -> str:
    """A role word in its full lower-case form: "Sen." → "senator", "Minister" → "minister"."""
    key = word.lower().rstrip(".")
    return ABBREVIATIONS.get(key, key)


def is_honorific(word: str) -> bool:
    """Whether ``word`` is a courtesy title such as "Mr." or "Ms"."""
    return word.lower().rstrip(".") in HONORIFICS
