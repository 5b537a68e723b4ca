"""Article furniture inside the body container: bylines, date lines and credit lines.

These lines sit among the body's paragraphs on many templates but are not body text: a
byline feeds ``authors``, a credit line feeds ``credits``, and a bare date line is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.model import Credit
from dateline.page.blocks import Block, Element
from dateline.page.content import fold
from dateline.recognise.bylines import parse_byline
from dateline.recognise.credits import parse_credits
from dateline.recognise.dates import to_iso

#: Longest line taken for a byline or a date line (characters). Bylines with a role and a
#: date ("By Jane Roe, Senior Correspondent | Updated March 3, 2024 10:15 a.m.") stay under it.
MAX_FURNITURE_CHARS = 120
#: Blocks at the top of the body where a line opening with an author's name is the byline
#: (a listing's "Jane Roe (Author)" lines further down name the books' authors).
BYLINE_BLOCKS = 4
#: Blocks at the top of the body where a date line is furniture even after a first paragraph
#: (a dek repeated as the body's first paragraph, then the date).
HEAD_BLOCKS = 2
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "、", "！", "？", "：", "،", "؟")
_STANDFIRST_WORDS = (
    "dek", "deck", "standfirst", "summary", "subtitle", "subhead", "lede", "lead", "excerpt",
    "intro", "description", "sapo", "chapo", "teaser", "strapline",
)  # fmt: skip
_LATIN_BY = ("by ", "by:", "von ", "par ", "por ", "door ")
#: Byline openings; for scripts the byline parser does not read, the line is still dropped.
_BY_PREFIXES = (*_LATIN_BY, "بقلم", "كتب", "автор:", "автор ", "yazar:", "נכתב על ידי", "מאת ")
_LETTERS = re.compile(r"[^\W\d_]+")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_WORDS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "am",
        "pm",
        "a",
        "m",
        "p",
        "on",
        "at",
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "utc",
        "gmt",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "bst",
        "et",
        "ct",
        "mt",
        "pt",
        "cet",
        "cest",
        "ist",
        "st",
        "nd",
        "rd",
        "th",
    ]
)


@dataclass(slots=True)
class Furniture:
    """What the body's furniture lines gave, and the body without them."""

    body: list[Block]
    authors: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dropped: list[Block] = field(default_factory=list)


def _is_date_line(text: str) -> bool:
    """A line that is dates and their labels and little else ("Updated: Nov. 19, 2019, 5:50
    p.m.", "Yayınlanma: 05.03.2024 14:30 | Güncelleme: 05.03.2024 16:00"): at most one word
    that is not a date's per date."""
    if len(text) > MAX_FURNITURE_CHARS or to_iso(text) is None:
        return False
    dates = len(_YEARS.findall(text)) or 1
    if len(text) > 60 * dates:
        return False
    words = [w for w in _LETTERS.findall(text.lower()) if w not in _DATE_WORDS]
    return len(words) <= dates


def read_byline(text: str, known: set[str] | frozenset[str] = frozenset()) -> list[str] | None:
    """The names of a byline line ("By Jane Roe and Tom Berg"), or None for another line.

    A byline in a script the name parser does not read gives [] (the line is still one).
    ``known`` holds lower-cased names already known to be authors (a line of just a name).
    """
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    low = text.lower()
    if not (low.startswith(_BY_PREFIXES) or low in known) or not _is_byline_shape(text):
        return None
    names = parse_byline(text)
    if names or not low.startswith(_LATIN_BY):
        return names
    return None


def _opens_with_author(text: str, known: set[str] | frozenset[str]) -> bool:
    """Whether a short line starts with an author's full name, then a non-letter or the end
    ("Jane Roe | Reuters", "Jane RoeSenior Reporter" from two inline elements)."""
    low = text.lower()
    for name in known:
        if " " in name and low.startswith(name):
            rest = text[len(name) : len(name) + 1]
            if not rest or not rest.islower():
                return True
    return False


def _is_byline_shape(text: str) -> bool:
    """Short, and not a sentence: "By submitting your number, you agree..." is prose."""
    words = text.split()
    return len(words) <= 14 and not (len(words) > 6 and text.rstrip().endswith("."))


def _without_standfirst(body: list[Block], dek: str | None, elements: list[Element]) -> list[Block]:
    """The body without a standfirst that repeats the dek; a body that opens with the dek as
    its own first paragraph keeps that paragraph (once)."""
    if not dek or not body:
        return body
    folded = fold(dek)
    if len(folded) < 20:
        return body
    head = [i for i, b in enumerate(body[:4]) if fold(b.text) == folded]
    if not head:
        return body
    if len(head) > 1:
        keep: int | None = head[-1]
    else:
        # One copy: a standfirst element is marked so, or sits beside the headline; a body
        # paragraph that the description merely copies is neither, and stays.
        keep = None if _is_standfirst(elements, body[head[0]]) else head[0]
    return [b for i, b in enumerate(body) if i not in head or i == keep]


def _is_standfirst(elements: list[Element], block: Block) -> bool:
    owner = block.element
    if owner < 0:
        return False
    classes = (elements[owner].attrs.get("class") or "").lower()
    if any(word in classes for word in _STANDFIRST_WORDS):
        return True
    parent = elements[owner].parent
    if parent < 0:
        return False
    end = elements[parent].end
    return any(elements[e].tag == "h1" for e in range(parent + 1, min(end, parent + 200) + 1))


def _is_label(block: Block) -> bool:
    """A kicker or section label ("Opinion", "Topics"): one or two words, no sentence."""
    text = block.text
    if len(text) >= 25 or len(text.split()) > 2 or text.endswith(_SENTENCE_ENDS):
        return False
    # Scripts written without spaces hold a sentence in few "words".
    return " " in text or len(text) <= 12


def separate_furniture(
    body: list[Block], elements: list[Element], authors: list[str], dek: str | None
) -> Furniture:
    """Split the standfirst, byline, date, label and credit lines out of the body blocks."""
    result = Furniture(body=[])
    body = _without_standfirst(body, dek, elements)
    known = {name.lower() for name in authors}
    # Date lines and labels count as furniture only above the first paragraph of prose or at
    # the very end; elsewhere they are content (a schedule, a timeline, a list).
    first_prose = next((i for i, b in enumerate(body) if len(b.text) >= 80), len(body))
    last_prose = max((i for i, b in enumerate(body) if len(b.text) >= 80), default=-1)
    for index, block in enumerate(body):
        text = block.text
        if len(text) <= 500 and not block.heading:
            credits = parse_credits(text)
            if credits:
                result.credits.extend(credits)
                result.dropped.append(block)
                continue
        if len(text) <= MAX_FURNITURE_CHARS and not block.heading:
            names = read_byline(text, known)
            if names is not None:
                result.authors.extend(n for n in names if n not in result.authors)
                result.dropped.append(block)
                continue
            if index < min(first_prose, BYLINE_BLOCKS) and _opens_with_author(text, known):
                # The byline box read as one line: the name, then its role, outlet or date
                # ("Valentina Rojas | Reuters 05.03.2024 14:30", "Owen Pritchard Health
                # Reporter"); the names come from the page's metadata.
                result.dropped.append(block)
                continue
            head_or_tail = index < first_prose or index <= HEAD_BLOCKS or index > last_prose
            if head_or_tail and _is_date_line(text):
                result.dropped.append(block)
                continue
            if (
                (index < first_prose or (index == len(body) - 1 and " " not in text))
                and _is_label(block)
                and not block.list_tag
            ):
                result.dropped.append(block)
                continue
        result.body.append(block)
    _drop_author_bios(result, known)
    return result


#: Blocks at the end of the body searched for an author's bio.
BIO_TAIL_BLOCKS = 3
_BIO_VERBS = re.compile(
    r"\s+(?:is|was|has been|has written|writes|covers|joined|specializes|specialises|"
    r"reports|leads|serves)\b"
)


def _drop_author_bios(result: Furniture, known: set[str]) -> None:
    """Drop the author's bio from the end of the body ("Jane Roe is a senior correspondent
    covering ..."): it describes the writer, not the story.

    On WCXB dev article pages 44 of 49 such closing paragraphs were outside the ground truth's
    main content (the rest: interviews ending on the subject's bio, who is also the author).
    """
    names = known | {name.lower() for name in result.authors}
    if not names:
        return
    openings = names | {name.split()[0] for name in names if len(name.split()) > 1}
    start = max(0, len(result.body) - BIO_TAIL_BLOCKS)
    for block in result.body[start:]:
        text = block.text
        if block.heading or len(text) < 40:
            continue
        head = text.lstrip("*_ ").lower()
        for opening in openings:
            if head.startswith(opening) and _BIO_VERBS.match(head, len(opening)):
                result.body.remove(block)
                result.dropped.append(block)
                break
