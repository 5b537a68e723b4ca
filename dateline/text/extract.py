"""A page already flattened to text (one block per line) → Article.

Steps: read and check the lines; judge each line by its words (chrome, credit line, caption,
byline, date); find the body span; read the header above it (headline, dek, section); then
assemble the record. Credit lines, captions, bylines and date lines are metadata: they are
parsed into their fields and kept out of ``text`` without being listed as chrome.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.cycle_gc import cycle_gc_paused
from dateline.model import (
    REMOVED_KINDS,
    Article,
    Credit,
    Image,
    RelatedLink,
    Removed,
    count_words,
    reading_time,
)
from dateline.recognise.bylines import (
    BIO_TAIL_BLOCKS,
    clean_author,
    is_author_bio,
    parse_byline,
    reconcile_authors,
)
from dateline.recognise.credits import credited_writers
from dateline.recognise.datelines import opening_dateline
from dateline.recognise.dates import day_first_language, find_date, to_iso
from dateline.recognise.given_names import given_name_gender
from dateline.recognise.language import guess_language
from dateline.recognise.outlet_names import fold_outlet_name
from dateline.text.body import find_body
from dateline.text.classify import (
    MAX_META_WORDS,
    MIN_DATED_TEASERS,
    claim_name_beside_site,
    claim_name_under_headline,
    classify,
    inline_teaser,
    is_bare_related_header,
    name_after_date,
    reporter_byline,
    unglued,
)
from dateline.text.front_matter import FrontMatter, split_front_matter
from dateline.text.header import MAX_MENU_WORDS, Header, read_header, title_from_url
from dateline.text.lines import Line, read_lines
from dateline.text.pull_quotes import drop_pull_quotes
from dateline.text.site_name import is_site_promo, site_from_footer, site_from_url
from dateline.text.standfirst import standfirst_under_byline
from dateline.urls import url_path

#: Body words that make a page an article: a news brief runs to ~80 words, while a section
#: front's leftover prose (a blurb, a footer sentence) stays under ~50.
MIN_ARTICLE_WORDS = 80
#: A body found beside dated story cards is an article's when it holds at least 1/CARD_SHARE
#: of the cards' words; less is a section front's blurbs ("Displaying 1 - 15 of 190 articles").
CARD_SHARE = 2
#: Body words that make a page an article when a byline or date line heads it: a brief of two
#: or three sentences (~45 words) under "By Jane Roe" / "March 4, 2024" is a story.
MIN_BRIEF_WORDS = 40
#: Headline-like lines that make a page without a body a listing (a section front lists dozens).
MIN_LISTING_HEADLINES = 5
#: Line roles that are chrome and go to ``removed`` under their own name.
_CHROME_ROLES = frozenset(REMOVED_KINDS) - {"caption_duplicate"}
_BULLET_RE = re.compile(r"^[•·▪◦‣*-]\s+")
#: Lines above the body searched for a printed date when no byline or date line gave one; the
#: HTML path reads the 12 blocks above the body.
NEAR_BODY_LINES = 12
#: Lines above the body whose dates are not the story's: its headline and dek, and story cards.
_NOT_DATE_LINES = frozenset({"title", "dek", "teaser", "card", "summary", "card_date"})
#: The word that opens a line's update date, in the languages the date reader knows; a
#: crawler may glue it to the date before it ("8 Mar 2024Updated 16:40").
_UPDATED_RE = re.compile(
    r"(?<![^\W\d_])(?:last\s+)?(?:updated|modified|edited|actualizad[oa]|atualizad[oa]|"
    r"mise?\s+à\s+jour|modifiée?|aktualisiert|aggiornato|bijgewerkt|güncellendi|güncelleme)\b"
    r"(?:\s+(?:on|at|am|le|el|em|il|op))?\s*:?",
    re.IGNORECASE,
)
#: Fewest letters of a site's name that a byline's second name must open with to be the
#: site's edition: "ap" or "bbc" open too many words.
MIN_EDITION_SITE_CHARS = 5
#: Words of an academic or public institution, which a name after the writer's holds when it
#: is their affiliation ("Shelia Cotten, Clemson University", as The Conversation and
#: republished research pieces sign), never a co-writer's name.
_AFFILIATION_WORDS = frozenset(
    {
        "university", "universität", "université", "universidad", "college", "institute",
        "institut", "instituto", "school", "hospital", "academy", "laboratory", "observatory",
        "museum", "ministry", "department",
    }
)  # fmt: skip
#: Most words of a person's name that names a site (``_is_persons_site``).
MAX_PERSON_SITE_WORDS = 3
#: Most words of a line promoting the site ("Most read now on The Tidewater Evening Courier").
MAX_PROMO_WORDS = 10
#: A remark in brackets after a name in a live blog's byline: "Priya Anand (now)".
_ASIDE_RE = re.compile(r"\s*\((?:now|earlier|before|later|until \S+|from \S+)\)", re.IGNORECASE)
#: The byline after a date on a date line: "October 11, 2023 by Autumn Huerter".
_BY_AFTER_DATE_RE = re.compile(r"\b[Bb]y\s+(?=[A-Z])")
#: A date in a URL path: "/2024/03/05/", "/20240305-".
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)


@cycle_gc_paused
def extract_text(text: str, url: str | None = None) -> Article:
    """Extract an article from a page already flattened to text (one block per line).

    Raises ``InputError`` for empty or binary input.
    """
    front = None
    if isinstance(text, str):
        text, front = split_front_matter(text)
    lines = read_lines(text, url, markdown=front is not None)
    # The dump's language reads slashed dates before the body is known (a Spanish date line
    # in probe_t2 is day first); it is the article's too when no body is found.
    dump_language = guess_language("\n".join(line.text for line in lines))
    classify(lines, day_first_language(dump_language))
    footer_site = site_from_footer(lines)
    _mark_site_promos(lines, [footer_site, site_from_url(url)])
    span = find_body(lines)
    cards = _listing_cards(lines, span)
    if cards is not None:
        span = cards
    elif span is not None and url:
        span = _after_headline(lines, span, url)
    if cards is None and span is not None and standfirst_under_byline(lines, span) is not None:
        span = (span[0] + 1, span[1])  # the header's dek (``read_header``), not a paragraph
    body_start = span[0] if span else len(lines)
    if cards is None:
        claim_name_under_headline(lines, body_start)
        claim_name_beside_site(lines, body_start, _site_keys([footer_site, site_from_url(url)]))
    header = read_header(lines, body_start, url, footer_site)
    body = _body_lines(lines, span, header)
    _mark_tail(lines, span)
    paragraphs = [line.text for line in body]
    text_out = "\n\n".join(paragraphs)
    words = count_words(text_out)
    article = Article(
        url=url,
        site_name=header.site_name or footer_site or site_from_url(url),
        language=guess_language(text_out) if text_out else dump_language,
        page_type="listing" if cards else _page_type(lines, words, body_start),
        title=header.title,
        dek=header.dek,
        section=header.section,
    )
    _add_metadata(article, lines, body_start)
    if cards is None:
        _add_missing_metadata(article, lines, body_start, url)
    else:
        article.published = article.updated = None  # a section front's dates are its stories'
    article.dateline = opening_dateline(
        paragraphs[:2], story=article.page_type == "article", site=article.site_name
    )
    agency = article.dateline.agency if article.dateline else None
    article.authors = reconcile_authors(
        article.authors, [], agency, credited=credited_writers(article.credits)
    )
    names = {name.lower() for name in article.authors}
    bios = [line for line in body[-BIO_TAIL_BLOCKS:] if names and is_author_bio(line.text, names)]
    if bios:  # the writer's bio closing the story ("Kendra Obi covers consumer issues …")
        body = [line for line in body if line not in bios]
        text_out = "\n\n".join(line.text for line in body)
        words = count_words(text_out)
    article.text, article.markdown = text_out, _markdown(body)
    article.word_count, article.reading_time_minutes = words, reading_time(words)
    if front is not None:
        _add_front_matter(article, front)
    return article


def _site_keys(sites: list[str | None]) -> set[str]:
    """The site's names as ``fold_outlet_name`` keys, without empty ones."""
    keys = {fold_outlet_name(site) for site in sites if site}
    keys.discard("")
    return keys


def _mark_site_promos(lines: list[Line], sites: list[str | None]) -> None:
    """Mark as "related" the short lines promoting the site itself ("More Tidewater Courier",
    "Trending Now on Courier.com"), named by its footer or its URL: under a story they are
    its related boxes' headers, not closing lines."""
    keys = _site_keys(sites)
    if not keys:
        return
    for line in lines:
        if not line.role and line.words <= MAX_PROMO_WORDS and is_site_promo(line.text, keys):
            line.role = "related"


def _add_front_matter(article: Article, front: FrontMatter) -> None:
    """The writer's own fields win over what the lines suggest: the export's title, authors
    and date are the record's, not guesses."""
    article.title = front.title or article.title
    authors = [clean_author(name, article.site_name) for name in front.authors]
    article.authors = [name for name in authors if name] or article.authors
    article.published = (to_iso(front.date) if front.date else None) or article.published


def _after_headline(lines: list[Line], span: tuple[int, int], url: str) -> tuple[int, int]:
    """The body span without its first line when that line is the headline the URL's slug
    names best: a headline ending in "?", "!" or ")" reads as a short paragraph."""
    if span[0] == span[1] or title_from_url(lines, span[0] + 1, url) != span[0]:
        return span
    return span[0] + 1, span[1]


def _body_lines(lines: list[Line], span: tuple[int, int] | None, header: Header) -> list[Line]:
    """The body's paragraphs in order, each once; a dek or headline repeated as a paragraph,
    and a pull quote repeating part of a paragraph, are dropped."""
    if span is None:
        return []
    seen = {text for text in (header.dek, header.title) if text}
    body: list[Line] = []
    for line in lines[span[0] : span[1] + 1]:
        if line.role:
            continue
        if line.text in seen:
            line.role = "duplicate"
            continue
        seen.add(line.text)
        body.append(line)
    return drop_pull_quotes(body)


def _mark_tail(lines: list[Line], span: tuple[int, int] | None) -> None:
    """Unclassified lines after the body are the page's: menus, teasers without a header."""
    start = span[1] + 1 if span else 0
    for line in lines[start:]:
        if not line.role:
            line.role = "navigation" if line.words <= MAX_MENU_WORDS else "other"


def _listing_cards(lines: list[Line], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The span of a section front's story cards, made body lines, when the dated cards
    (``classify``) outweigh a story: three or more, and under ``MIN_ARTICLE_WORDS`` of prose
    in the body found without them or a fraction of the cards' words. None for an article
    (its cards are related links)."""
    cards = [i for i, line in enumerate(lines) if line.role in {"card", "summary"}]
    if sum(lines[i].role == "card" for i in cards) < MIN_DATED_TEASERS:
        return None
    if span is not None:
        prose = sum(line.words for line in lines[span[0] : span[1] + 1] if not line.role)
        card_words = sum(lines[i].words for i in cards)
        if prose >= MIN_ARTICLE_WORDS and prose * CARD_SHARE >= card_words:
            for index in cards:
                if span[0] < index < span[1]:
                    lines[index].role = ""  # dated items listed inside the story
            return None
    for index in cards:
        lines[index].role = ""
    return cards[0], cards[-1]


def _page_type(lines: list[Line], body_words: int, body_start: int) -> str:
    if body_words >= MIN_ARTICLE_WORDS:
        return "article"
    if body_words >= MIN_BRIEF_WORDS and any(
        line.role in {"byline", "date"} for line in lines[:body_start]
    ):
        return "article"  # a news brief under its byline or date
    headlines = sum(
        1
        for line in lines
        if line.role in {"teaser", "navigation", "other"} and line.is_headline and line.words >= 4
    )
    return "listing" if headlines >= MIN_LISTING_HEADLINES else "other"


def _add_metadata(article: Article, lines: list[Line], body_start: int) -> None:
    """Authors, dates, credits, images, related links and removed chrome, in page order."""
    label = None
    seen_captions: set[str] = set()
    for index, line in enumerate(lines):
        role = line.role
        if role == "byline" and index < body_start:
            _add_byline(article, line.text)
        elif role == "date" and index < body_start:
            _add_dates(article, line.text, to_iso)
            text = unglued(line.text)
            signed = _BY_AFTER_DATE_RE.search(text)
            if signed is not None:  # "October 11, 2023 by Autumn Huerter"
                _add_byline(article, text[signed.start() :])
            elif (name := name_after_date(text)) is not None:
                _add_byline(article, name, dated=False)  # "March 5, 2024 · Jane Roe"
        elif role == "credit":
            article.credits.extend(Credit(c.role, c.name, c.place) for c in line.credits)
        elif role == "caption_duplicate":
            article.removed.append(Removed(role, line.text))
        elif role == "caption":
            if line.text in seen_captions:
                article.removed.append(Removed("caption_duplicate", line.text))
            else:
                seen_captions.add(line.text)
                article.images.append(Image("", caption=line.caption or None, credit=line.credit))
        elif role in {"teaser", "card"}:
            article.related.append(RelatedLink("", line.text, label if role == "teaser" else None))
            article.removed.append(Removed("related", line.text))
        elif role == "summary":
            article.removed.append(Removed("related", line.text))
        elif role in _CHROME_ROLES:
            if is_bare_related_header(line):
                label = line.text.rstrip(":›» ").strip()
            else:
                teaser = inline_teaser(line)
                if teaser is not None:
                    article.related.append(RelatedLink("", teaser[1], teaser[0]))
            article.removed.append(Removed(role, line.text))
        elif role in {"page_title", "duplicate", "timestamp", "card_date"}:
            article.removed.append(Removed("other", line.text))


def _add_byline(article: Article, text: str, dated: bool = True) -> None:
    """The names of a byline and, when ``dated``, the dates it prints."""
    text = unglued(text)
    site = None if _is_persons_site(article.site_name) else article.site_name
    for index, name in enumerate(parse_byline(reporter_byline(_ASIDE_RE.sub("", text)))):
        author = clean_author(name, site)
        if index and author and site and _names_an_edition(author, site):
            continue  # "Por Ana Souza, Portal Notícias Campinas": the outlet's local edition
        if index and author and not _AFFILIATION_WORDS.isdisjoint(author.lower().split()):
            continue  # "Jane Roe, Clemson University": where the writer works
        if author and author not in article.authors:
            article.authors.append(author)
    if dated:
        _add_dates(article, text, find_date)


def _names_an_edition(name: str, site: str) -> bool:
    """Whether a name after the writer's is the site's name with more words after it, its
    local edition or desk ("Portal Notícias Campinas" on portalnoticias.com.br), the two
    compared folded (``fold_outlet_name``)."""
    outlet = fold_outlet_name(site)
    folded_name = fold_outlet_name(name)
    return (
        len(outlet) >= MIN_EDITION_SITE_CHARS
        and folded_name.startswith(outlet)
        and folded_name != outlet
    )


def _is_persons_site(site: str | None) -> bool:
    """Whether the site is named after a person ("© 2025 Leah Kaminski" under a newsletter):
    its writer's own, whose byline names its writer, not the outlet."""
    words = site.split() if site else []
    return 2 <= len(words) <= MAX_PERSON_SITE_WORDS and given_name_gender(words[0]) is not None


def _add_missing_metadata(
    article: Article, lines: list[Line], body_start: int, url: str | None
) -> None:
    """Authors and a publication date that no header line gave, found as the HTML path falls
    back: a byline further down, the update date, a date printed near the headline or further
    down, the URL's date. An update earlier than the publication is dropped."""
    if not article.authors:
        _add_byline_below(article, lines, body_start)
    if article.published is None:
        near = _date_near_body(lines, body_start, day_first_language(article.language))
        article.published = article.updated or near or _url_date(url)
    if article.published and article.updated and article.updated[:10] < article.published[:10]:
        article.updated = None


def _add_byline_below(article: Article, lines: list[Line], body_start: int) -> None:
    """The authors of the first byline below the body's start and above any comments (under a
    subheading, under the headline of a body found too early, in an author box), when none
    stands above it: the HTML path likewise reads the page's first byline element."""
    for line in lines[body_start:]:
        if line.role == "comments":
            break  # readers' names from here on
        if line.role == "byline":
            _add_byline(article, line.text, dated=False)
            if article.authors:
                return


def _add_dates(article: Article, text: str, read: Callable[[str, bool | None], str | None]) -> None:
    """The published and updated dates of a line: what follows an "Updated" word is the
    update ("Published: 5 March 2024 | Updated: 6 March 2024"). Slashed dates are read in the
    order of the article's language."""
    text = unglued(text)
    day_first = day_first_language(article.language)
    marker = _UPDATED_RE.search(text)
    first = text[: marker.start()] if marker else text
    if marker is not None:
        article.updated = article.updated or read(text[marker.end() :], day_first)
    if first.strip():
        article.published = article.published or read(first, day_first)


def _date_near_body(lines: list[Line], body_start: int, day_first: bool | None) -> str | None:
    """A date printed in a short line just above the body ("Jane Roe October 14, 2025"), or
    on the first date or byline line below its start, before any comments (as the HTML path
    reads the page's date-like elements, story first), when no header line gave one."""
    for index in range(body_start - 1, max(-1, body_start - NEAR_BODY_LINES - 1), -1):
        line = lines[index]
        if line.words <= MAX_META_WORDS and line.role not in _NOT_DATE_LINES:
            found = find_date(unglued(line.text), day_first)
            if found:
                return found
    for line in lines[body_start:]:
        if line.role == "comments":
            break  # readers' dates from here on
        if line.role in {"date", "byline"}:
            found = find_date(unglued(line.text), day_first)
            if found:
                return found
    return None


def _url_date(url: str | None) -> str | None:
    """The date in a story's URL path ("/2024/03/05/…"), as the HTML path reads it last."""
    match = _URL_DATE_RE.search(url_path(url)) if url else None
    return to_iso("-".join(match.groups())) if match else None


def _markdown(body: list[Line]) -> str:
    """The body as Markdown: bullets become list items, short unpunctuated lines headings."""
    blocks: list[str] = []
    for position, line in enumerate(body):
        text = line.text
        if _BULLET_RE.match(text):
            blocks.append(_BULLET_RE.sub("- ", text))
        elif 0 < position < len(body) - 1 and line.words <= 10 and text[-1] not in ".!?:;,\"”'’)":
            blocks.append(f"## {text}")
        else:
            blocks.append(text)
    return "\n\n".join(blocks)
