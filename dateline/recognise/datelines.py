"""Datelines that open a news body: "LAGOS, March 3 (Reuters) -", "WASHINGTON (AP) —".

A dateline is a place (upper case, or any case when an agency follows), maybe a region
("KYIV, Ukraine"), maybe a date, maybe an agency in parentheses or slashes, then a dash or a
colon. How much evidence is asked for depends on how common the shape is outside datelines
(measured on the body paragraphs of the scrapinghub and WCXB ground truths, where upper-case
labels such as "FYI:", "RUNNER UP:" and "Diatomaceous Earth (DE) -" open many paragraphs):

- an upper-case place with a region, a date or an agency is enough ("KYIV, Ukraine (AP) —");
- an upper-case place alone ("LONDON: ", "NEW DELHI — ") must be a well-known dateline city,
  except at the head of a story's body, where a local place before an em dash and a sentence
  is enough ("ST. CLOUD — The council…"; on the ground truths such openings outside stories
  are labels: "LIGHTWEIGHT -- Easy to carry", "AJAX — Asynchronous");
- a mixed-case place ("Cairo, March 3 (Reuters) -") needs a known news agency;
- with no dash or colon after the agency ("New Delhi, Aug 12 (PTI) The court…", "New Delhi
  [India], August 12 (ANI):" in the style of Indian wires, whose region is in brackets), the
  agency must be a known one.
"""

from __future__ import annotations

import re

from dateline.model import Dateline

#: Only the opening of a paragraph is read; the longest dateline in the wire styles covered
#: ("SAN JUAN, Puerto Rico, Sept. 12, 2024 /PRNewswire/ --") is under 70 characters.
_HEAD_CHARS = 120

#: Capital letters of the Latin alphabets: Latin-1's and Latin Extended-A's ("İSTANBUL",
#: "ŁÓDŹ", "ŠIBENIK").
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_UPPER_WORD = rf"[{_CAPITALS}][{_CAPITALS}'’.-]*"
#: One place, or two a story was filed from ("LONDON/NEW YORK").
_UPPER_PLACE = (
    rf"{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,4}}(?:/{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}})?"
)
_TITLE_WORD = rf"[{_CAPITALS}][a-zß-ÿā-ž'’.-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|da|do|del|al|el|la|upon)){{0,3}}"
#: A region by name ("Puerto Rico", "Gto.") or initials ("N.J.", "B.C.S.", "S.L.P.").
_REGION = rf"(?:{_TITLE_PLACE}|(?:[A-Z]\.\s?){{1,3}}[A-Z]\.)"
_MONTH = r"[A-Za-zÀ-ÿ]{3,10}\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\.?\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # A day alone before the agency, in the style of Spanish wires: "MADRID, 14 (EUROPA PRESS)".
    r"|\d{1,2}(?=\s*[(/]))"
)
_AGENCY = r"(?:\((?P<agency>[A-Za-z][\w&.'/ -]{0,30})\)|/(?P<wire>[A-Za-z][\w&.' -]{0,30})/)"
#: A dash or colon; Spanish-language wires put a full stop before the dash ("(EFE).-").
_SEPARATOR = r"\s*\.?(?:--|[-–—:])(?:\s+|$)"

_UPPER_RE = re.compile(
    rf"^(?P<place>{_UPPER_PLACE}(?:,\s+{_REGION}){{0,2}}?(?:\s+\[{_REGION}\])?)"
    rf"(?:,\s+(?P<date>{_DATE}))?\s*{_AGENCY}?(?P<separator>{_SEPARATOR}|(?<=[)/])\s+(?=\S))"
)
_MIXED_RE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+{_REGION}){{0,2}}?(?:\s+\[{_REGION}\])?)"
    rf"(?:,\s+(?P<date>{_DATE}))?\s*{_AGENCY}(?P<separator>{_SEPARATOR}|\s+(?=\S))"
)
#: Upper-case openers that label a story instead of placing it.
_NOT_PLACES = frozenset(
    [
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "WATCH",
        "LISTEN",
        "NOTE",
        "FILE",
        "WARNING",
        "ANALYSIS",
        "OPINION",
        "COMMENT",
        "CORRECTION",
        "CLARIFICATION",
        "LIVE",
        "VIDEO",
        "PHOTOS",
        "PHOTO",
        "RELATED",
        "ADVERTISEMENT",
        "SPONSORED",
        "PODCAST",
        "REVIEW",
        "INTERVIEW",
        "EXPLAINER",
        "FACTBOX",
        "FACT",
        "EDITOR'S",
        "EDITORS",
        "EDITOR",
        "MORE",
        "READ",
        "SPOILER",
        "TRIGGER",
        "CONTENT",
        "DISCLAIMER",
        "URGENT",
        "FLASH",
        "ALERT",
        "DEVELOPING",
        "TRANSCRIPT",
        "SUMMARY",
        "TL;DR",
        "FYI",
        "PSA",
        "TIP",
        "TIPS",
        "QUOTE",
    ]
)


#: News agencies that may follow a mixed-case place, folded to lower case.
_AGENCIES = frozenset(
    [
        "reuters",
        "ap",
        "afp",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "upi",
        "bloomberg",
        "pa",
        "ians",
        "pti",
        "cnn",
        "aa",
        "kyodo",
        "yonhap",
        "tass",
        "ria",
        "cp",
        "aap",
        "bernama",
        "ani",
        "kuna",
        "wafa",
        "spa",
        "irna",
        "nan",
        "apa",
        "anadolu",
        "sputnik",
        "bbc",
        "cna",
        "sapa",
        "mena",
        "interfax",
        "ukrinform",
        "unian",
        "nhk",
        "apa-ots",
        "anp",
        "belga",
        "ctk",
        "pap",
        "mti",
        "hina",
        "tanjug",
        "bta",
        "agerpres",
        "ntb",
        "tt",
        "lusa",
        "antara",
        "andina",
        "telam",
        "notimex",
        "petra",
        "saba",
        "sana",
        "wam",
        "qna",
        "vna",
        "pna",
    ]
) | {"thomson reuters foundation", "reuters breakingviews", "associated press", "the conversation"}
#: Cities that open datelines by themselves ("LONDON: ", "NEW DELHI — "): capitals and the
#: large news centres that wire and national styles name without a state or country.
_CITIES = frozenset(
    [
        "ABUJA",
        "ACCRA",
        "ALGIERS",
        "AMMAN",
        "AMSTERDAM",
        "ANKARA",
        "ATHENS",
        "ATLANTA",
        "BAGHDAD",
        "BAKU",
        "BAMAKO",
        "BANGALORE",
        "BANGKOK",
        "BEIJING",
        "BEIRUT",
        "BELGRADE",
        "BENGALURU",
        "BERLIN",
        "BERN",
        "BOGOTA",
        "BOGOTÁ",
        "BOSTON",
        "BRASILIA",
        "BRASÍLIA",
        "BRATISLAVA",
        "BRUSSELS",
        "BUCHAREST",
        "BUDAPEST",
        "CAIRO",
        "CANBERRA",
        "CARACAS",
        "CHENNAI",
        "CHICAGO",
        "COLOMBO",
        "COPENHAGEN",
        "DAKAR",
        "DALLAS",
        "DAMASCUS",
        "DENVER",
        "DETROIT",
        "DHAKA",
        "DOHA",
        "DUBAI",
        "DUBLIN",
        "DURBAN",
        "FRANKFURT",
        "GAZA",
        "GENEVA",
        "HAMBURG",
        "HANOI",
        "HARARE",
        "HAVANA",
        "HELSINKI",
        "HONOLULU",
        "HOUSTON",
        "ISLAMABAD",
        "ISTANBUL",
        "JAKARTA",
        "JERUSALEM",
        "JOHANNESBURG",
        "KABUL",
        "KAMPALA",
        "KARACHI",
        "KATHMANDU",
        "KHARTOUM",
        "KIEV",
        "KIGALI",
        "KINSHASA",
        "KOLKATA",
        "KYIV",
        "LAGOS",
        "LAHORE",
        "LIMA",
        "LISBON",
        "LJUBLJANA",
        "LONDON",
        "LUANDA",
        "LUSAKA",
        "LYON",
        "MADRID",
        "MANAGUA",
        "MANILA",
        "MAPUTO",
        "MELBOURNE",
        "MIAMI",
        "MILAN",
        "MINSK",
        "MOGADISHU",
        "MONTREAL",
        "MOSCOW",
        "MUMBAI",
        "MUNICH",
        "MUSCAT",
        "NAIROBI",
        "NAPLES",
        "OSLO",
        "OTTAWA",
        "PARIS",
        "PHILADELPHIA",
        "PHOENIX",
        "PRAGUE",
        "PRETORIA",
        "QUITO",
        "RABAT",
        "RIGA",
        "RIYADH",
        "ROME",
        "SANTIAGO",
        "SARAJEVO",
        "SEATTLE",
        "SEOUL",
        "SHANGHAI",
        "SINGAPORE",
        "SKOPJE",
        "SOFIA",
        "STOCKHOLM",
        "SYDNEY",
        "TAIPEI",
        "TALLINN",
        "TASHKENT",
        "TBILISI",
        "TEHRAN",
        "TOKYO",
        "TORONTO",
        "TRIPOLI",
        "TUNIS",
        "VANCOUVER",
        "VATICAN",
        "VIENNA",
        "VILNIUS",
        "WARSAW",
        "WASHINGTON",
        "WELLINGTON",
        "YANGON",
        "YEREVAN",
        "ZAGREB",
        "ZURICH",
        "KOCHI",
        "HYDERABAD",
        "SRINAGAR",
        "LUCKNOW",
        "PATNA",
        "JAIPUR",
        "AHMEDABAD",
        "PUNE",
        "BHOPAL",
        "GUWAHATI",
        "CHANDIGARH",
    ]
) | {
    "NEW DELHI",
    "NEW YORK",
    "LOS ANGELES",
    "SAN FRANCISCO",
    "HONG KONG",
    "MEXICO CITY",
    "BUENOS AIRES",
    "RIO DE JANEIRO",
    "SAO PAULO",
    "SÃO PAULO",
    "KUALA LUMPUR",
    "TEL AVIV",
    "CAPE TOWN",
    "ABU DHABI",
    "DAR ES SALAAM",
    "ADDIS ABABA",
    "UNITED NATIONS",
    "KUWAIT CITY",
    "PHNOM PENH",
    "GUATEMALA CITY",
    "PANAMA CITY",
    "SAN JOSE",
    "SAN JUAN",
    "PORT-AU-PRINCE",
    "THE HAGUE",
    "NEW ORLEANS",
    "LAS VEGAS",
    "SAN DIEGO",
    "ST. LOUIS",
}


#: A whole upper-case word and a full stop closing a place with no region.
_WORD_THEN_STOP_RE = re.compile(r"^[^,]*[A-ZÀ-Þ]{3}\.$")


#: The separators of a local dateline ("MILLBROOK — The"), and the least words of the
#: sentence after it.
_LOCAL_SEPARATORS = ("—", "--")
#: A word of a local place: letters, maybe an apostrophe inside ("O'FALLON") or an
#: abbreviation's full stop ("ST. CLOUD", "MT. VERNON").
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?")
MIN_LOCAL_SENTENCE_WORDS = 6


def _local_dateline(match: re.Match[str], head: str) -> bool:
    """Whether an upper-case place alone opens a story as a local dateline: one to three words
    of letters, then an em dash or a double hyphen, then a sentence."""
    place = match.group("place").strip()
    words = place.split()
    return (
        len(words) <= 3
        and all(len(word) >= 3 and _LETTERS_RE.fullmatch(word) for word in words)
        and match.group("separator").strip() in _LOCAL_SEPARATORS
        and len(head[match.end() :].split()) >= MIN_LOCAL_SENTENCE_WORDS
    )


def _known_agency(agency: str) -> bool:
    """Whether an agency credit names a known agency, alone or with a partner ("dpa/nwk": the
    agency and the desk or paper that edited its copy)."""
    return any(part.strip().lower() in _AGENCIES for part in agency.split("/"))


def find_dateline(paragraph: str, *, story: bool = False) -> Dateline | None:
    """The dateline that opens a body paragraph, e.g. "LAGOS, March 3 (Reuters) -".

    ``story`` says the paragraph opens a news story's body (an article page): an upper-case
    place alone that is no well-known city is then taken before an em dash or a double hyphen
    and a sentence ("MILLBROOK — The town council…", a local paper's style). Elsewhere such an
    opening is a label as often ("LIGHTWEIGHT -- Easy to carry", a shop's product page).
    """
    head = paragraph[:_HEAD_CHARS].lstrip()
    if len(head) < 4 or not head[0].isupper():
        return None
    # "N’DJAMENA", "L'AQUILA": an apostrophe may stand before the second capital.
    upper = head[1].isupper() or (head[1] in "'’" and head[2].isupper())
    match = _UPPER_RE.match(head) if upper else None
    if match is None:
        match = _MIXED_RE.match(head)
        if match is None:
            return None
    place = match.group("place").strip()
    if _WORD_THEN_STOP_RE.search(place):  # "MADRID.–", the Spanish style; not "S.C." or "Calif."
        place = place[:-1]
    first = place.split(",")[0].split(" [")[0]
    agency = match.group("agency") or match.group("wire")
    known = agency is not None and _known_agency(agency)
    if not match.group("separator").strip() and not known:
        # No dash or colon after the agency ("New Delhi, Aug 12 (PTI) The court…", the style
        # of Indian wires): only a known agency makes the opening a dateline.
        return None
    if first == first.upper():
        if first.split()[0] in _NOT_PLACES:
            return None
        if agency is None and match.group("date") is None and first == place:
            if first not in _CITIES and not (story and _local_dateline(match, head)):
                return None
        elif agency is not None and not agency[0].isupper() and not known:
            return None
    elif not known:
        return None
    rest = head[match.end() :]
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘("):
        return None
    return Dateline(place=place, agency=agency.strip() if agency else None)


#: A note that may stand before a story's first paragraph: "Editor's note: …", "Update, 2:47
#: p.m.: …", "Correction: …".
_NOTE_RE = re.compile(
    r"^(?:editor[’']?s[’']? note|note|update[ds]?|correction|clarification)\b[^:]{0,40}:",
    re.IGNORECASE,
)


def opening_dateline(paragraphs: list[str], *, story: bool = False) -> Dateline | None:
    """The dateline of a body: in its first paragraph, or in the second when the first is an
    editor's note, an update or a correction put before the story."""
    for paragraph in paragraphs[:2]:
        found = find_dateline(paragraph, story=story)
        if found is not None or not _NOTE_RE.match(paragraph):
            return found
    return None
