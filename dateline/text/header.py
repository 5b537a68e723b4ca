"""The lines above the body: headline, standfirst, section label, and the menus around them.

The headline is found, in order of evidence:

1. a headline-like line that a "page title" line repeats with the site's name after a bar or
   dash ("Floods close schools | The Example Gazette"), as crawlers put the HTML title first;
2. the headline-like line nearest above the byline (or the date line nearest the body);
3. the last headline-like line above the body.

A standfirst (dek) is a line of some length between the headline and its byline or date. A
one-to-three-word line right above the headline, apart from any menu, is its section label.
Every other unclassified line above the body is navigation (short) or other chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.text.lines import Line

#: Fewest words of a standfirst; shorter lines between headline and byline are kickers or
#: labels ("Analysis", "Live updates").
MIN_DEK_WORDS = 6
#: Longest site name after a title bar, in words ("The Example Gazette and Herald").
MAX_SITE_WORDS = 6
#: Longest menu item, in words ("Climate and Environment"); longer leftovers are "other".
MAX_MENU_WORDS = 5
_TITLE_SUFFIX_RE = re.compile(r"^\s*(?:\||-|–|—|·|::|:)\s*(?P<site>\S.*)$")


@dataclass(slots=True)
class Header:
    """What the header lines said: the headline, standfirst, section, and a site name."""

    title: str | None = None
    dek: str | None = None
    section: str | None = None
    site_name: str | None = None


def read_header(lines: list[Line], body_start: int) -> Header:
    """Find headline, dek and section above ``body_start``; mark the other header lines."""
    header = Header()
    zone = range(body_start)
    title_index = _title_from_page_title(lines, zone, header)
    if title_index is None:
        title_index = _title_above_meta(lines, zone)
    if title_index is None:
        title_index = _last_headline(lines, zone)
    if title_index is not None:
        lines[title_index].role = "title"
        header.title = _split_site_suffix(lines[title_index].text, header)
        header.dek = _mark_dek(lines, title_index, body_start)
        header.section = _mark_section(lines, title_index)
    for index in zone:
        line = lines[index]
        if not line.role:
            line.role = "navigation" if line.words <= MAX_MENU_WORDS else "other"
    return header


def _title_from_page_title(lines: list[Line], zone: range, header: Header) -> int | None:
    """A headline repeated by a page-title line that adds the site's name."""
    candidates = [i for i in zone if not lines[i].role and lines[i].is_headline]
    texts = {lines[i].text: i for i in candidates}
    for page_index in candidates:
        page_text = lines[page_index].text
        for separator in (" | ", " - ", " – ", " — ", " · ", " :: "):
            cut = page_text.rfind(separator)
            if cut <= 0:
                continue
            title_index = texts.get(page_text[:cut])
            site = _TITLE_SUFFIX_RE.match(page_text[cut:])
            if title_index is None or title_index == page_index or site is None:
                continue
            if len(site.group("site").split()) > MAX_SITE_WORDS:
                continue
            lines[page_index].role = "page_title"
            header.site_name = site.group("site").strip()
            return title_index
    return None


def _split_site_suffix(title: str, header: Header) -> str:
    """A headline that still carries " | Site" gives the site name and loses the suffix."""
    title_part, bar, site = title.rpartition(" | ")
    if not bar or header.site_name or len(site.split()) > MAX_SITE_WORDS or not title_part:
        return title
    header.site_name = site.strip()
    return title_part.strip()


def _title_above_meta(lines: list[Line], zone: range) -> int | None:
    """The headline-like line nearest above the first byline or date line."""
    # The byline sits under the headline; a date may also be the masthead's ("Sunday, March
    # 3, 2024" over the menu), so without a byline the date nearest the body counts.
    meta = next((i for i in zone if lines[i].role == "byline"), None)
    if meta is None:
        meta = next((i for i in reversed(zone) if lines[i].role == "date"), None)
    if meta is None:
        return None
    for index in range(meta - 1, -1, -1):
        line = lines[index]
        if line.role in {"", "title"} and line.is_headline and line.words >= 3:
            return index
    return None


def _last_headline(lines: list[Line], zone: range) -> int | None:
    """The nearest headline-like line above the body; two words suffice right above it."""
    nearest = True
    for index in reversed(zone):
        line = lines[index]
        if line.role:
            continue
        if line.is_headline and (nearest or line.words >= 3):
            return index
        nearest = False
    return None


def _mark_dek(lines: list[Line], title_index: int, body_start: int) -> str | None:
    """The first substantial unclassified line between the headline and the body."""
    for index in range(title_index + 1, body_start):
        line = lines[index]
        if line.role:
            continue
        if line.words >= MIN_DEK_WORDS:
            line.role = "dek"
            return line.text
    return None


def _mark_section(lines: list[Line], title_index: int) -> str | None:
    """A one-to-three-word label right above the headline, not the tail of a menu."""
    above = title_index - 1
    if above < 0:
        return None
    line = lines[above]
    if line.role or not 1 <= line.words <= 3 or line.text[-1] in ".:;,!?":
        return None
    if above > 0 and not lines[above - 1].role and lines[above - 1].words <= MAX_MENU_WORDS:
        return None  # the last item of a menu, not a label
    line.role = "section"
    return line.text
