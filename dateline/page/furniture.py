"""Article furniture inside the body container: bylines, date lines and credit lines.

These lines sit among the body's paragraphs on many templates but are not body text: a
byline feeds ``authors``, a credit line feeds ``credits``, and a bare date line is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.model import Credit
from dateline.page.blocks import Block
from dateline.recognise.bylines import parse_byline
from dateline.recognise.credits import parse_credits
from dateline.recognise.dates import to_iso

#: Longest line taken for a byline or a date line (characters). Bylines with a role and a
#: date ("By Jane Roe, Senior Correspondent | Updated March 3, 2024 10:15 a.m.") stay under it.
MAX_FURNITURE_CHARS = 120
_BY_PREFIXES = ("by ", "by:", "von ", "par ", "por ", "door ")
_LETTERS = re.compile(r"[^\W\d_]+")
_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tues tuesday wed wednesday
    thu thur thurs thursday fri friday sat saturday sun sunday am pm a m p on at updated
    published posted last modified utc gmt est edt cst cdt mst mdt pst pdt bst cet cest ist
    st nd rd th""".split()
)


@dataclass(slots=True)
class Furniture:
    """What the body's furniture lines gave, and the body without them."""

    body: list[Block]
    authors: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dropped: list[Block] = field(default_factory=list)


def _is_date_line(text: str) -> bool:
    """A line that is a date and little else ("Updated: Nov. 19, 2019, 5:50 p.m.")."""
    if len(text) > 60 or to_iso(text) is None:
        return False
    words = [w for w in _LETTERS.findall(text.lower()) if w not in _DATE_WORDS]
    return len(words) <= 1


def _is_byline_shape(text: str) -> bool:
    """Short, and not a sentence: "By submitting your number, you agree..." is prose."""
    words = text.split()
    return len(words) <= 14 and not (len(words) > 6 and text.rstrip().endswith("."))


def separate_furniture(body: list[Block], authors: list[str]) -> Furniture:
    """Split byline, date and credit lines out of the body blocks."""
    result = Furniture(body=[])
    known = {name.lower() for name in authors}
    # Date lines count as furniture only above the first paragraph of prose or at the very
    # end; elsewhere they are content (a schedule, a timeline).
    first_prose = next((i for i, b in enumerate(body) if len(b.text) >= 80), len(body))
    for index, block in enumerate(body):
        text = block.text
        if len(text) <= 500 and not block.heading:
            credits = parse_credits(text)
            if credits:
                result.credits.extend(credits)
                result.dropped.append(block)
                continue
        if len(text) <= MAX_FURNITURE_CHARS and not block.heading:
            low = text.lower()
            if (low.startswith(_BY_PREFIXES) or low in known) and _is_byline_shape(text):
                names = parse_byline(text)
                if names:
                    result.authors.extend(n for n in names if n not in result.authors)
                    result.dropped.append(block)
                    continue
            if (index < first_prose or index == len(body) - 1) and _is_date_line(text):
                result.dropped.append(block)
                continue
        result.body.append(block)
    return result
