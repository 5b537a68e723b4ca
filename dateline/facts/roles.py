"""Words around a name that say who a person is: honorifics, role nouns and their short forms,
and the gender some of them carry (used to pick the person a "he" or "she" stands for)."""

from __future__ import annotations

from typing import Literal

Gender = Literal["m", "f"]

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
        "co-author",
    }
)

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


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Common given names that nearly always belong to men or to women in English-language news;
#: a name in neither list leaves the gender to honorifics, roles and pronouns.
MALE_GIVEN_NAMES = _names(
    """Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Ali Andrew Andy Anthony Antonio
    Arthur Barack Ben Benjamin Bernie Bill Billy Bob Bobby Brad Brandon Brian Bruce Carl
    Carlos Charles Charlie Chris Christopher Chuck Colin Craig Dan Daniel Dave David Dennis
    Derek Dick Donald Doug Douglas Ed Eddie Edward Emmanuel Eric Frank Fred Gary George
    Gerald Greg Gregory Harold Harry Henry Howard Ian Ivan Jack Jacob Jake James Jason Jeb
    Jeff Jeffrey Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh
    Juan Justin Keith Ken Kenneth Kevin Larry Lawrence Lee Leon Louis Luis Marco Mark Martin
    Matt Matthew Michael Mike Mitch Mitt Muhammad Nathan Neil Nicholas Nick Oliver Omar Paul
    Pete Peter Phil Philip Ralph Randy Raymond Reince Richard Rick Rob Robert Roger Ron
    Ronald Ross Roy Rudy Russell Ryan Sam Samuel Scott Sean Sergei Stephen Steve Steven Ted
    Terry Thomas Tim Timothy Todd Tom Tony Vladimir Walter Wayne William Willie Xi"""
)
FEMALE_GIVEN_NAMES = _names(
    """Abigail Alice Alicia Amanda Amy Ana Andrea Angela Ann Anna Anne Barbara Betty Beverly
    Brenda Carla Carol Caroline Catherine Cheryl Christina Christine Claire Cynthia Debbie
    Deborah Denise Diana Diane Donna Doris Dorothy Elizabeth Ellen Emily Emma Eva Evelyn
    Fatima Frances Gloria Grace Hannah Heather Heidi Helen Hillary Irene Jacqueline Jane
    Janet Janice Jean Jennifer Jessica Jill Joan Joanne Joyce Judith Judy Julia Julie Karen
    Kate Katherine Kathleen Kathryn Kathy Kelly Kellyanne Kim Laura Lauren Linda Lisa Loretta
    Lori Louise Lucy Madeleine Margaret Maria Marie Marilyn Martha Mary Megan Melania Melanie
    Melissa Michelle Monica Nancy Natalie Nicole Olivia Pamela Patricia Paula Rachel Rebecca
    Rose Ruth Samantha Sandra Sara Sarah Sharon Shirley Sophie Stephanie Susan Teresa
    Theresa Tina Valerie Victoria Virginia Wendy"""
)


def given_name_gender(name: str) -> Gender | None:
    """The gender a given name usually carries, when it is a common one."""
    if name in MALE_GIVEN_NAMES:
        return "m"
    if name in FEMALE_GIVEN_NAMES:
        return "f"
    return None
