"""What each line of a dump is by its own words: chrome, credit line, caption, byline, date.

Lines are judged one at a time with the shared recognisers; only related-teaser blocks look at
their neighbours (a bare "Related" header claims the headline-like lines under it).
"""

from __future__ import annotations

import re

from dateline.recognise.bylines import parse_byline
from dateline.recognise.captions import split_caption_credit
from dateline.recognise.chrome_text import chrome_kind
from dateline.recognise.credits import parse_credits
from dateline.recognise.dates import to_iso
from dateline.text.lines import Line

#: Longest byline or date line, in words ("By Jane Roe and Tom Berg, Reuters | Published March
#: 3, 2024 at 10:05 a.m. | Updated 3 hours ago" is 20).
MAX_META_WORDS = 20
#: Longest caption line, in words; longer lines are paragraphs whatever their ending.
MAX_CAPTION_WORDS = 80
#: Most teasers claimed by one related header; teaser boxes hold 3 to 8 links.
MAX_TEASERS = 12

_BYLINE_RE = re.compile(
    r"^(?:by|von|par|por|door|di|av|بقلم|מאת)\s*:?\s+\S"
    r"|^(?:الكاتب|الكاتبة|المؤلف|نویسنده|نويسنده|نوشته|yazar|yazan|כותב|כתב)\s*:\s*\S",
    re.IGNORECASE,
)
_DATE_LINE_RE = re.compile(
    r"^(?:(?:first\s+)?published|updated|last\s+updated|posted|modified|date|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s|\d)",
    re.IGNORECASE,
)
#: An inline teaser: "Related: Floods close schools" (label, then the linked headline).
_INLINE_TEASER_RE = re.compile(
    r"^(?:>+\s*)?(?P<label>[^:›»|]{2,30}?)\s*[:›»|–—]\s*(?P<title>\S.*)$",
)


def classify(lines: list[Line]) -> None:
    """Set ``role`` (and the parsed parts) of every line that can be judged by its words."""
    for line in lines:
        text = line.text
        kind = chrome_kind(text)  # cached: dumps repeat menu and share lines
        if kind is not None:
            line.role = kind
            continue
        credits = parse_credits(text)
        if credits:
            line.role, line.credits = "credit", credits
            continue
        if line.words <= MAX_META_WORDS:
            if _BYLINE_RE.match(text) and parse_byline(text):
                line.role = "byline"
                continue
            if _DATE_LINE_RE.match(text) and to_iso(text):
                line.role = "date"
                continue
        if line.words <= MAX_CAPTION_WORDS:
            caption, credit = split_caption_credit(text)
            if credit is not None:
                line.role, line.caption, line.credit = "caption", caption or None, credit
    _claim_teasers(lines)
    _claim_box_titles(lines)


def is_bare_related_header(line: Line) -> bool:
    """A related-stories header on its own ("More stories", "Related:"), not an inline teaser."""
    return line.role == "related" and (line.words <= 6 and not _INLINE_TEASER_RE.match(line.text))


def inline_teaser(line: Line) -> tuple[str, str] | None:
    """(label, headline) of an inline teaser line such as "Read more: Floods close schools"."""
    if line.role != "related" or is_bare_related_header(line):
        return None
    match = _INLINE_TEASER_RE.match(line.text)
    if match is None or len(match.group("title").split()) < 2:
        return None
    return match.group("label").strip(), match.group("title").strip()


def _claim_teasers(lines: list[Line]) -> None:
    """Headline-like lines under a bare related header become teasers of that header."""
    for index, line in enumerate(lines):
        if not is_bare_related_header(line):
            continue
        claimed = 0
        for following in range(index + 1, min(len(lines), index + 1 + 2 * MAX_TEASERS)):
            candidate = lines[following]
            if candidate.role in {"advertisement", "share", "other"}:
                continue
            if candidate.role or not candidate.is_headline or claimed == MAX_TEASERS:
                break
            if _heads_an_article(lines, following):
                break  # the page's own headline, with its byline or date under it
            candidate.role = "teaser"
            claimed += 1


#: Chrome boxes whose title line says nothing by itself ("Get The Morning Tide" over a
#: newsletter sign-up); the title takes the kind of the box under it.
_BOXES = frozenset({"newsletter", "cookie_notice", "advertisement", "comments"})
#: Longest box title, in words.
MAX_BOX_TITLE_WORDS = 6


def _claim_box_titles(lines: list[Line]) -> None:
    """A short title line directly above a chrome box belongs to the box."""
    for index in range(len(lines) - 2, -1, -1):
        line, below = lines[index], lines[index + 1]
        if line.role or below.role not in _BOXES:
            continue
        if line.words <= MAX_BOX_TITLE_WORDS and not line.text.rstrip().endswith((".", "?", "!")):
            line.role = below.role


def _heads_an_article(lines: list[Line], index: int) -> bool:
    """True when a byline or date follows the line within two lines."""
    return any(line.role in {"byline", "date"} for line in lines[index + 1 : index + 3])
