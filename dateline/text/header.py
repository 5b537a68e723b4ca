"""The lines above the body: headline, standfirst, section label, and the menus around them.

The headline is found, in order of evidence:

1. a headline-like line that a "page title" line repeats with the site's name after a bar or
   dash ("Floods close schools | The Example Gazette"), as crawlers put the HTML title first;
2. the headline-like line whose words the page's URL slug spells best
   (".../floods-close-schools-in-lagos" → "Floods close schools in Lagos");
3. the headline-like line nearest above the byline (or the date line nearest the body);
4. the last headline-like line above the body.

A standfirst (dek) is a line of some length between the headline and its byline or date. A
one-to-three-word line right above the headline, apart from any menu, is its section label.
Every other unclassified line above the body is navigation (short) or other chrome.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from dateline.recognise.dates import find_date
from dateline.recognise.outlet_names import fold_outlet_name
from dateline.text.lines import Line
from dateline.text.site_name import site_from_url
from dateline.urls import url_path

#: Fewest words of a standfirst; shorter lines between headline and byline are kickers or
#: labels ("Analysis", "Live updates").
MIN_DEK_WORDS = 6
#: Most words of a line holding a date that is a byline and date line, not a standfirst.
MAX_DATED_META_WORDS = 12
#: Longest site name after a title bar, in words ("The Example Gazette and Herald").
MAX_SITE_WORDS = 6
#: Longest menu item, in words ("Climate and Environment"); longer leftovers are "other".
MAX_MENU_WORDS = 5
#: Words of a headline that ends with a full stop over its standfirst ("The mill is
#: closing."): fewer are a label, more a sentence of the story.
MIN_STOPPED_HEADLINE_WORDS = 3
MAX_STOPPED_HEADLINE_WORDS = 10
#: Fewest words a URL slug, and a line matching it, must share: two shared words ("best
#: laptops") pick out menu items as often as headlines on the WCXB dev article pages.
MIN_SLUG_WORDS = 3
#: Shares of the slug's words a line must hold, and of the line's words the slug must hold.
#: Slugs drop words and add some ("how-to-rent-a-car" for "Need a Change? 7 Vital Tips on
#: How to Rent a Car"): with 0.4 and 0.3 the headline is right on 0.66 of the WCXB dev
#: article pages flattened to text (benchmarks.text_input), against 0.44 without the slug.
MIN_SLUG_SHARE = 0.4
MIN_LINE_SHARE = 0.3
#: Most words of a headline ending with a full stop (``_is_sentence_headline``).
MAX_SENTENCE_HEADLINE_WORDS = 15
#: Added to a slug match's score when a byline or date line follows it within two lines.
META_BONUS = 0.25
_WORD_SPLIT_RE = re.compile(r"[\W_]+")
_EXTENSION_RE = re.compile(r"\.[a-z0-9]{2,5}$", re.IGNORECASE)
#: A separator of breadcrumb trails and menus ("Home » Furniture", "Car Talk / Reviews").
_BREADCRUMB_RE = re.compile(r"\s[»›>/|]\s")
_TITLE_SUFFIX_RE = re.compile(r"^\s*(?:\||-|–|—|·|::|:)\s*(?P<site>\S.*)$")


@dataclass(slots=True)
class Header:
    """What the header lines said: the headline, standfirst, section, and a site name."""

    title: str | None = None
    dek: str | None = None
    section: str | None = None
    site_name: str | None = None


def read_header(
    lines: list[Line], body_start: int, url: str | None = None, site_name: str | None = None
) -> Header:
    """Find headline, dek and section above ``body_start``; mark the other header lines.

    ``site_name``, when known (from the footer), is the masthead's line, never the headline.
    """
    header = Header()
    zone = range(body_start)
    masthead = fold_outlet_name(site_name) if site_name else ""
    if masthead:
        for index in zone:
            if not lines[index].role and fold_outlet_name(lines[index].text) == masthead:
                lines[index].role = "navigation"
    spelled = None if site_name else _masthead_of_host(lines, zone, url)
    title_index = _title_from_page_title(lines, zone, header)
    if title_index is None and url:
        title_index = title_from_url(lines, body_start, url)
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
    header.site_name = header.site_name or spelled
    return header


def _masthead_of_host(lines: list[Line], zone: range, url: str | None) -> str | None:
    """The first header line that spells the URL's host as words ("Coast Daily" on
    coastdaily.com), marked as navigation: the site's name as it writes it."""
    site = site_from_url(url)  # None for a URL that does not parse
    host = fold_outlet_name(site) if site else ""
    if not host:
        return None
    for index in zone:
        line = lines[index]
        if (
            not line.role
            and line.words <= MAX_SITE_WORDS
            and line.text[:1].isupper()
            and fold_outlet_name(line.text) == host
        ):
            line.role = "navigation"
            return line.text.strip()
    return None


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


def title_from_url(lines: list[Line], end: int, url: str) -> int | None:
    """The headline-like line before ``end`` that shares most words with the URL's slug
    (nearest the body on a tie: a menu or breadcrumb may repeat the headline above it)."""
    slug = _slug_words(url)
    if not slug:
        return None
    best: tuple[float, int] | None = None
    for index in range(end):
        line = lines[index]
        over_meta = any(below.role in {"byline", "date"} for below in lines[index + 1 : index + 3])
        if line.role or not (line.is_headline or (over_meta and _is_sentence_headline(line))):
            continue
        words = _folded_words(line.text)
        shared = len(slug & words)
        if shared < MIN_SLUG_WORDS:
            continue
        slug_share, line_share = shared / len(slug), shared / len(words)
        if slug_share < MIN_SLUG_SHARE or line_share < MIN_LINE_SHARE:
            continue
        score = 2 * slug_share * line_share / (slug_share + line_share)
        if over_meta:
            score += META_BONUS  # a headline over its byline, not a table of contents
        if best is None or score >= best[0]:
            best = (score, index)
    return best[1] if best else None


def _is_sentence_headline(line: Line) -> bool:
    """A headline that ends with a full stop, as opinion pieces' may ("Our parks are not a
    luxury. Fund them like it."): taken only when the URL's slug spells it and a byline or
    date stands under it, where a standfirst sentence is not in the slug."""
    return 3 <= line.words <= MAX_SENTENCE_HEADLINE_WORDS and line.text.endswith(".")


def _slug_words(url: str) -> set[str]:
    """The words of the last path segment that has three or more ("top-10-shoe-companies")."""
    for segment in reversed(url_path(url).split("/")):
        words = {
            word
            for word in _folded_words(_EXTENSION_RE.sub("", unquote(segment)))
            if not (word.isdigit() and len(word) > 4)  # an article number, not a word
        }
        if len(words) >= MIN_SLUG_WORDS:
            return words
    return set()


def _folded_words(text: str) -> set[str]:
    """Words as a slug spells them: lower case, no accents, no apostrophes."""
    text = text.casefold().replace("'", "").replace("’", "")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return {word for word in _WORD_SPLIT_RE.split(text) if word}


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
    if _is_stopped_headline_over_dek(lines, meta):
        return meta - 2
    for index in range(meta - 1, -1, -1):
        line = lines[index]
        if line.role in {"", "title"} and line.is_headline and line.words >= 3:
            return _above_dek(lines, index)
    return None


def _is_stopped_headline_over_dek(lines: list[Line], meta: int) -> bool:
    """A short headline ending with a full stop over a longer one-sentence standfirst, the
    two right over the byline or date ("The river is back." / "After decades of diversion,
    water flows again below the dam." / "By Jane Roe")."""
    if meta < 2:
        return False
    headline, dek = lines[meta - 2], lines[meta - 1]
    return (
        not headline.role
        and not dek.role
        and headline.text.endswith(".")
        and dek.text.endswith(".")
        and MIN_STOPPED_HEADLINE_WORDS <= headline.words <= MAX_STOPPED_HEADLINE_WORDS
        and headline.words < dek.words
        and dek.words >= MIN_DEK_WORDS
        and headline.text[:1].isupper()
    )


def _above_dek(lines: list[Line], index: int) -> int:
    """The headline over a standfirst that ends without a full stop: a longer line right under
    a headline-like line of more words than a menu item is its dek; so is a shorter one right
    over the byline when the headline stands alone under a label or menu item."""
    if index == 0:
        return index
    above, line = lines[index - 1], lines[index]
    if above.role or not above.is_headline or above.words <= MAX_MENU_WORDS:
        return index
    if _BREADCRUMB_RE.search(above.text) or above.text == line.text:
        return index  # a breadcrumb trail, or a page title over the same headline
    if above.words < line.words:
        return index - 1
    over_byline = index + 1 < len(lines) and lines[index + 1].role == "byline"
    under_label = index < 2 or lines[index - 2].words <= MAX_MENU_WORDS
    return index - 1 if over_byline and under_label else index


def _last_headline(lines: list[Line], zone: range) -> int | None:
    """The nearest headline-like line above the body; two words suffice right above it."""
    nearest = True
    for index in reversed(zone):
        line = lines[index]
        if line.role or _dated_meta(line):
            continue
        if line.is_headline and (line.words >= 3 or (nearest and not _ends_menu(lines, index))):
            return index
        nearest = False
    return None


def _ends_menu(lines: list[Line], index: int) -> bool:
    """Whether a line is the last item of a menu: a short line under another short line."""
    above = lines[index - 1] if index > 0 else None
    return above is not None and not above.role and above.words <= MAX_MENU_WORDS


def _mark_dek(lines: list[Line], title_index: int, body_start: int) -> str | None:
    """The first substantial unclassified line between the headline and the body, not a
    byline and date line (``_dated_meta``)."""
    for index in range(title_index + 1, body_start):
        line = lines[index]
        if line.role:
            continue
        if line.words >= MIN_DEK_WORDS and not _dated_meta(line):
            line.role = "dek"
            return line.text
    return None


def _dated_meta(line: Line) -> bool:
    """A short line holding a date: a byline and date line that the classifier did not read
    ("Paramita (Guha) Ghosh Published: January 3, 2024", "Written By Feb 11, 2019 · 3 min
    read"), not a headline or a standfirst."""
    return line.words <= MAX_DATED_META_WORDS and find_date(line.text) is not None


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
