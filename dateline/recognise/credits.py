"""Credit lines: "Reporting by A; Additional reporting by B in Cairo; Editing by C".

A credit line is recognised by its structure: it is made only of clauses that each name a role
from a closed vocabulary, then "by", then a list of names (or "Contributing: names", the USA
Today form). A sentence that merely contains "by" ("The bill was passed by parliament") fails
because its words before "by" are not role words, and one whose names are not capitalised
("Reporting by the BBC showed …") fails on the names.

Roles are kept as written, in lower case. A noun or gerund role drops the "by" ("Reporting by"
→ "reporting"); a past participle keeps it ("Compiled by" → "compiled by"), because
"compiled" alone no longer says who did what.

A contributor line closing a wire story is a credit line too: "Associated Press writer Lucy
Mwangi in Kampala, Uganda, contributed to this report." gives role "contributed", the person and
the place ("Kampala, Uganda"); the outlet and job before the name ("Associated Press writer")
are dropped. In "Contributing: A, Outlet; B, Other Outlet" (clauses split by semicolons) the
segment after a person's comma is their employer, not a second person: it is dropped, since a
credit's ``place`` says where the person reported from, which an outlet is not; a city that
datelines name alone ("B, Nairobi") is kept as the place.

A line naming the sources a desk wrote the story from, "(Con información de EFE)", "Com
informações da Reuters", "With information from AFP", credits each source with the role
as written ("información"); "agencias", unnamed wire agencies, counts as a source.

A sign-off such as "— Staff and agencies" or "— Reuters" names who wrote the story, not who
did what on it; it is an author attribution for the byline reader, not a credit line.
"""

from __future__ import annotations

import re

from dateline.model import Credit
from dateline.recognise.bylines import is_agency
from dateline.recognise.datelines import _CITIES as DATELINE_CITIES
from dateline.recognise.names import NAME_PARTICLES

#: Longest credit line accepted. The longest Reuters/AP credit lines seen run to ~250
#: characters (five clauses with places); twice that leaves room and bounds the work.
MAX_CREDIT_LINE = 500
#: Most words in one name ("Maria de los Angeles Garcia Lopez" has 6).
MAX_NAME_WORDS = 6

_ROLE_WORDS = (
    r"additional|extra|further|reporting|writing|editing|compiled|graphics|produced|"
    r"production|translated|translation|fact-checked|fact-checking|research|researched|"
    r"photography|photos|video|design|designed|illustrations?|data|analysis|written|edited|"
    r"reported|interactive|development|developed|sub-editing|copy-editing|copy|"
    r"visuals|verification|verified|story|text"
)
_ROLE = rf"(?:{_ROLE_WORDS})(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)(?:{_ROLE_WORDS}))*"
#: A role followed by "by", anywhere a clause may start.
_ROLE_BY_RE = re.compile(rf"(?<![\w-])({_ROLE})\s+by\s+", re.IGNORECASE)
_CONTRIBUTING_RE = re.compile(r"^contribut(?:ing|ors?|ed)(?:\s+by)?\s*:\s*", re.IGNORECASE)
#: Cheap gate: the first word of a credit line is a role word (or "contributing").
_FIRST_WORD_RE = re.compile(rf"^(?:{_ROLE_WORDS}|contribut)", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_PLACE_RE = re.compile(
    r"^(.+?)\s+in\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|do|del|la|el|al)){0,4})$"
)
_PARTICIPLE_ENDINGS = ("ed", "en")
#: "With" before a credit line's first role: "(With reporting by A in Cairo)", "With additional
#: reporting by B".
_WITH_RE = re.compile(rf"^with\s+(?=(?:{_ROLE_WORDS})\b)", re.IGNORECASE)
#: A closing line naming the sources a desk wrote from, in Spanish, Portuguese, English or
#: German: "(Con información de EFE y Europa Press)", "Com informações da Reuters", "With
#: information from AFP", "(With inputs from PTI)" (Indian outlets' wire rewrites), "(mit
#: Material von dpa)".
_SOURCES_RE = re.compile(
    r"^(?:(?:con|com|with)\s+(?P<role>informaci[oó]n(?:es)?|informa[cç](?:ão|ões)|information|"
    r"inputs?)\s+(?:de|del|da|do|das|dos|from)|mit\s+(?P<material>material)\s+(?:von|der))\s+"
    r"(?:(?:el|la|los|las|the|der|den)\s+)?(?P<names>.+)$",
    re.IGNORECASE,
)
#: The same line with the sources before the role: "(With PTI inputs)", "With agency inputs".
_SOURCES_FIRST_RE = re.compile(r"^with\s+(?P<names>.+?)\s+(?P<role>inputs?)$", re.IGNORECASE)
#: A line naming the story's editor after a label, as Indonesian, Turkish, Greek, Cyrillic,
#: Hebrew, Arabic and Persian pages close a story ("Editor: Sari Utami", "Editör: Burcu
#: Tekin", "Редактор: Ирина Котова", "עריכה: נועה לוי", "تحرير: هالة يوسف").
_EDITOR_ROLES = (
    r"editor|editör|editing|penyunting|redaktur|редактор|επιμέλεια|עריכה|تحرير|ویرایش|ویراستار"
)
_EDITOR_LABEL_RE = re.compile(rf"^(?P<role>{_EDITOR_ROLES})\s*:\s*(?P<names>.+)$", re.IGNORECASE)
#: An Arabic line naming those who helped report the story, "took part in the coverage"
#: ("شارك في التغطية: خالد الحمادي من أبوظبي"), as English closes with "Contributing:"; a
#: name's place follows "من" (from) or "في" (in).
_ARABIC_CONTRIBUTING_RE = re.compile(
    r"^(?:شارك|شاركت|ساهم|ساهمت)\s+في\s+(?:التغطية|الإعداد|الاعداد|إعداد\s+التقرير|"
    r"اعداد\s+التقرير|التقرير)\s*:\s*(?P<names>.+)$"
)
_ARABIC_NAME_SPLIT_RE = re.compile(r"\s*[،,]\s*|\s+و\s+")
_ARABIC_PLACE_RE = re.compile(r"^(?P<name>.+?)\s+(?:من|في)\s+(?P<place>\S+(?:\s+\S+)?)$")
#: How every credit line but a contributor's ("… contributed to this report") opens: the first
#: words of ``_SOURCES_RE``, ``_SOURCES_FIRST_RE``, ``_EDITOR_LABEL_RE``, ``_WITH_RE`` and
#: ``_FIRST_WORD_RE``. One match turns away the lines that are none (WCXB dev: 92 a page), which
#: went through those five patterns one by one.
_OPENING_RE = re.compile(
    rf"^(?:con|com|with|mit|{_EDITOR_ROLES}|{_ROLE_WORDS}|شارك|ساهم)", re.IGNORECASE
)
#: A line naming the story's source after a label, closing it ("Sumber: Antara", "Kaynak: AA",
#: "Источник: ТАСС", "Πηγή: ΑΠΕ", "מקור: וואלה", "المصدر: وكالة الأنباء", "منبع: ایسنا").
_SOURCE_LABEL_RE = re.compile(
    r"^(?P<role>source|sumber|kaynak|источник|джерело|πηγή|מקור|المصدر|منبع)\s*:\s*(?P<names>.+)$",
    re.IGNORECASE,
)
#: An agency's sign-off closing a story: its name, maybe in brackets, and the short codes of
#: its regional desk or editor after slashes ("dpa/lno", "AFP/jk", "(dpa)").
_AGENCY_SIGNOFF_RE = re.compile(
    r"^\(?(?P<agency>[A-Za-z][\w.-]{1,15})\)?(?:\s?/\s?[a-z]{2,5}){0,2}$"
)
#: Sources a desk names without naming an agency: "(con información de agencias)".
_UNNAMED_SOURCES = frozenset(
    {"agencias", "agências", "agencies", "agencia", "agência", "agency", "agenturen"}
)
#: "and" between the sources of a Spanish or Portuguese line.
_SOURCES_AND_RE = re.compile(r"\s+(?:y|e|und)\s+")
#: "<who> contributed (reporting) (to this report)", "<who> contributed reporting from Kampala".
_CONTRIBUTED_RE = re.compile(
    r"^(?P<who>.+?)\s+contributed(?:\s+reporting)?"
    r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?"
    r"(?:\s+from\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?))?$"
)
#: The outlet and job before a contributor's name: "Associated Press writer", "AP staff writers".
#: The job may open the line in capitals ("Reporter Haruto Benn", "Graphics editor Mia Lund").
_JOB_PREFIX_RE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,5}?(?:(?i:staff|freelance|contributing|special|data|video)\s+)?"
    r"(?i:writers?|reporters?|correspondents?|journalists?|photographers?|researchers?|"
    r"producers?|editors?|illustrators?|designers?|videographers?)\s+(?=[A-Z])"
)
#: A region after a place ("in Kampala, Uganda"): one capitalised word of three letters or more.
_REGION_RE = re.compile(r"^[A-Z][\w'’.-]{2,}$")


#: Roles that make the one credited the story's writer: "Reporting by", "Writing by",
#: "Written by", "Reported by", "Story by", "Text by", and their pairs ("Reporting and writing
#: by"). Help beside them ("additional", "extra", "further" reporting), editing, pictures and
#: contributions ("contributed to this report") name no writer.
_WRITER_ROLE_RE = re.compile(r"^(?:reporting|writing|written by|reported by|story|text)\b")
_HELPER_ROLE_WORDS = frozenset({"additional", "extra", "further"})


def credited_writers(credits: list[Credit]) -> list[str]:
    """The people a story's credit lines name as its writers ("Reporting by Elsa Brandt;
    Editing by Tom Ash" → Elsa Brandt), agencies and unnamed sources left out: the authors of
    a story that is signed only at its end."""
    writers: list[str] = []
    for credit in credits:
        role = credit.role
        if role.split(" ", 1)[0] in _HELPER_ROLE_WORDS or not _WRITER_ROLE_RE.match(role):
            continue
        if not is_agency(credit.name) and credit.name not in writers:
            writers.append(credit.name)
    return writers


def parse_credits(text: str) -> list[Credit] | None:
    """Credits of a credit line, or None when the text is not a credit line."""
    line = text.strip()
    if len(line) > MAX_CREDIT_LINE or len(line) < 8:
        return None
    if line[0] in "([" and line[-1] in ")]":
        line = line[1:-1].strip()
    line = line.rstrip(".").strip()
    if "contributed" not in line and _OPENING_RE.match(line) is None:
        return None
    sources = _SOURCES_RE.match(line) or _SOURCES_FIRST_RE.match(line)
    if sources:
        role = (sources["role"] or sources["material"]).lower()
        names = sources["names"].strip()
        if names.lower() in _UNNAMED_SOURCES:
            return [Credit(role, names)]
        return _credits_for(role, _SOURCES_AND_RE.sub(", ", names))
    editor = _EDITOR_LABEL_RE.match(line)
    if editor:
        return _credits_for(editor["role"].lower(), editor["names"])
    arabic = _ARABIC_CONTRIBUTING_RE.match(line)
    if arabic:
        return _arabic_contributors(arabic["names"])
    line = _WITH_RE.sub("", line, count=1)
    if "contributed" in line:
        contributed = _CONTRIBUTED_RE.match(line)
        if contributed:
            return _contributed(contributed)
    if not _FIRST_WORD_RE.match(line):
        return None
    contributing = _CONTRIBUTING_RE.match(line)
    if contributing:
        return _contributors("contributing", line[contributing.end() :])
    matches = list(_ROLE_BY_RE.finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    credits: list[Credit] = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        names_text = line[match.end() : following.start() if following else len(line)]
        clause = _credits_for(_role(match.group(1)), names_text)
        if clause is None:
            return None
        credits.extend(clause)
    return credits


def source_line(text: str) -> list[Credit] | None:
    """Credits of a labelled source line ("Sumber: Antara"), or of a news agency's sign-off
    alone ("dpa/lno", "(AFP)", "AFP/jk": the agency, then the desk's or editor's short code),
    or None. Read only where a story ends: above a chart or a table "Source:" names the data's
    source."""
    line = text.strip().rstrip(".")
    match = _SOURCE_LABEL_RE.match(line)
    if match is None:
        signoff = _AGENCY_SIGNOFF_RE.match(line)
        if signoff is None or not is_agency(signoff["agency"]):
            return None
        return [Credit("source", signoff["agency"])]
    return _credits_for(match["role"].lower(), match["names"])


def _contributed(match: re.Match[str]) -> list[Credit] | None:
    """Credits of "<Outlet> writer A in Place contributed to this report"."""
    who = _JOB_PREFIX_RE.sub("", match["who"].strip(), count=1)
    credits = _credits_for("contributed", who)
    if credits and match["place"]:
        for credit in credits:
            credit.place = credit.place or match["place"]
    return credits


def _contributors(role: str, names_text: str) -> list[Credit] | None:
    """Credits of a "Contributing:" list; with semicolons between people, "Name, Outlet"."""
    if ";" not in names_text:
        return _credits_for(role, names_text)
    credits: list[Credit] = []
    for clause in names_text.split(";"):
        names, _, affiliation = clause.partition(",")
        if not names.strip():
            continue
        clause_credits = _credits_for(role, names)
        if clause_credits is None:
            return None
        affiliation = affiliation.strip(" .")
        if affiliation.upper() in DATELINE_CITIES:
            for credit in clause_credits:
                credit.place = credit.place or affiliation
        credits.extend(clause_credits)
    return credits or None


def _arabic_contributors(names_text: str) -> list[Credit] | None:
    """Credits of an Arabic contributors' line: names between commas or "و" (and), each
    maybe with its place after "من" or "في"."""
    credits: list[Credit] = []
    for part in _ARABIC_NAME_SPLIT_RE.split(names_text.strip(" .")):
        placed = _ARABIC_PLACE_RE.match(part)
        name = placed["name"] if placed else part
        if not _is_name(name):
            return None
        credits.append(Credit("contributing", name, placed["place"] if placed else None))
    return credits or None


def _role(written: str) -> str:
    """The role as written, lower case; a past participle keeps its "by"."""
    role = " ".join(written.lower().split())
    if role.endswith(_PARTICIPLE_ENDINGS) or role == "written":
        return f"{role} by"
    return role


def _credits_for(role: str, names_text: str) -> list[Credit] | None:
    """One credit per name of a clause; a place ("in Cairo") covers the names before it."""
    names_text = names_text.strip(" ;,")
    if names_text.endswith(".") and len(names_text.rsplit(" ", 1)[-1]) > 3:
        names_text = names_text[:-1]  # a clause's full stop, not an initial's ("A.")
    if names_text.endswith((" and", " &")):
        names_text = names_text.rsplit(" ", 1)[0]
    parts = [p for p in _NAME_SPLIT_RE.split(names_text) if p]
    if not parts:
        return None
    credits: list[Credit] = []
    pending: list[Credit] = []
    placed: list[Credit] = []  # the names the last place was given to
    for part in parts:
        if placed and _REGION_RE.match(part) and not is_agency(part):
            # "in Kampala, Uganda": the comma split a place from its region, not two people.
            for named in placed:
                named.place = f"{named.place}, {part}"
            placed = []
            continue
        placed = []
        place_match = _PLACE_RE.match(part)
        name = place_match.group(1) if place_match else part
        if not _is_name(name):
            return None
        credit = Credit(role, name)
        pending.append(credit)
        credits.append(credit)
        if place_match:
            for named in pending:
                named.place = place_match.group(2).strip(" ,")
            placed, pending = pending, []
    return credits


def _is_name(name: str) -> bool:
    """A person's or an agency's name: a few words, the first capitalised (or in a script
    without capitals: Arabic, Hebrew), no sentence in it."""
    if is_agency(name):
        return True  # agencies written in lower case: "dpa", "epd"
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or not _capitalised(words[0]):
        return False
    for word in words:
        if not _capitalised(word) and word.lower() not in NAME_PARTICLES:
            return False
        if any(map(str.isdigit, word)):
            return False
    return True


def _capitalised(word: str) -> bool:
    """Whether a word opens with a capital, or with a letter of a script that has none."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())
