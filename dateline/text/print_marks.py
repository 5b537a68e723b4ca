"""A newspaper's print edition saved as text keeps its page furniture between the paragraphs:
the folio at the top of each page ("A4 | THE NORTHGATE POST | Tuesday, March 11, 2025") and
the jump lines that carry a story to another page ("Continued on Page A6", "See BAKERY, Page
B4") and pick it up there ("DEPOT from A4", "Continued from Page B1"). None of it is the
story's text; the story runs on across it.
"""

from __future__ import annotations

import re

from dateline.recognise.dates import find_date

#: A page of a print edition: "A6", "B12", "6", "Page A6".
_PAGE = r"(?:page\s+)?[A-Z]?\d{1,3}"
#: A jump line: "Continued on Page A6", "Cont. from A1", "See BAKERY, Page B4", "Please see
#: DEPOT on A6", "DEPOT from A4", "DEPOT, from Page A1".
_JUMP_RE = re.compile(
    rf"^(?:(?:continued|cont\.?)\s+(?:on|from)\s+{_PAGE}"
    rf"|(?:please\s+)?see\s+(?-i:[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){{0,3}})(?:,|\s+on)?\s+{_PAGE}"
    rf"|(?-i:[A-Z][A-Z'’&-]*(?:\s+[A-Z][A-Z'’&-]*){{0,3}}),?\s+(?:continued\s+)?from\s+{_PAGE})"
    r"\s*[.)]?$",
    re.IGNORECASE,
)
#: A folio: a page number and a date (with the paper's name) split by bars or bullets, the
#: page number first or last: "A4 | THE NORTHGATE POST | Tuesday, March 11, 2025".
_FOLIO_RE = re.compile(r"^(?:[A-Z]?[1-9]\d{0,2}\s*[|•·]\s*\S.*|\S.*[|•·]\s*[A-Z]?[1-9]\d{0,2})$")
#: A byline inside a line shaped like a folio: "0 · by Jane Roe · Updated on 8 January 2026"
#: is a blog's comment count, author and date (WCXB dev, flattened: its author was lost).
_BY_RE = re.compile(r"\bby\b", re.IGNORECASE)
#: Longest folio, in characters: a page number, a paper's name and a date.
MAX_FOLIO_CHARS = 90
#: A story's jump word alone on its line over the line that picks the story up ("BAKERY" /
#: "Continued from Page B1"): a capitalised word or two.
_JUMP_WORD_RE = re.compile(r"^[A-Z][A-Z'’&-]+(?:\s+[A-Z][A-Z'’&-]+)?$")
_CONTINUED_FROM_RE = re.compile(rf"^(?:continued|cont\.?)\s+from\s+{_PAGE}", re.IGNORECASE)


def is_page_furniture(text: str) -> bool:
    """Whether a line is a print edition's folio or jump line."""
    if _JUMP_RE.match(text):
        return True
    if len(text) > MAX_FOLIO_CHARS or not _FOLIO_RE.match(text) or _BY_RE.search(text):
        return False
    return find_date(text) is not None


def is_jump_word(text: str, below: str) -> bool:
    """Whether a line is the jump word over the line that continues a story from a page."""
    return bool(_JUMP_WORD_RE.match(text)) and bool(_CONTINUED_FROM_RE.match(below))
