"""A page already flattened to text (one block per line) → Article.

Steps: read and check the lines; judge each line by its words (chrome, credit line, caption,
byline, date); find the body span; read the header above it (headline, dek, section); then
assemble the record. Credit lines, captions, bylines and date lines are metadata: they are
parsed into their fields and kept out of ``text`` without being listed as chrome.
"""

from __future__ import annotations

import re

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
from dateline.recognise.bylines import clean_author, parse_byline, reconcile_authors
from dateline.recognise.datelines import find_dateline
from dateline.recognise.dates import find_date, to_iso
from dateline.text.body import find_body
from dateline.text.classify import classify, inline_teaser, is_bare_related_header
from dateline.text.header import MAX_MENU_WORDS, Header, read_header
from dateline.text.language import guess_language
from dateline.text.lines import Line, read_lines
from dateline.text.site_name import site_from_footer, site_from_url

#: Body words that make a page an article: a news brief runs to ~80 words, while a section
#: front's leftover prose (a blurb, a footer sentence) stays under ~50.
MIN_ARTICLE_WORDS = 80
#: Headline-like lines that make a page without a body a listing (a section front lists dozens).
MIN_LISTING_HEADLINES = 5
#: Line roles that are chrome and go to ``removed`` under their own name.
_CHROME_ROLES = frozenset(REMOVED_KINDS) - {"caption_duplicate"}
_BULLET_RE = re.compile(r"^[•·▪◦‣-]\s+")


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract an article from a page already flattened to text (one block per line).

    Raises ``InputError`` for empty or binary input.
    """
    lines = read_lines(text, url)
    classify(lines)
    span = find_body(lines)
    body_start = span[0] if span else len(lines)
    header = read_header(lines, body_start)
    body = _body_lines(lines, span, header)
    _mark_tail(lines, span)
    paragraphs = [line.text for line in body]
    text_out = "\n\n".join(paragraphs)
    words = count_words(text_out)
    article = Article(
        url=url,
        site_name=header.site_name or site_from_footer(lines) or site_from_url(url),
        language=guess_language(text_out or "\n".join(line.text for line in lines)),
        page_type=_page_type(lines, words),
        title=header.title,
        dek=header.dek,
        section=header.section,
        text=text_out,
        markdown=_markdown(body),
        word_count=words,
        reading_time_minutes=reading_time(words),
    )
    _add_metadata(article, lines, body_start)
    article.dateline = find_dateline(paragraphs[0]) if paragraphs else None
    agency = article.dateline.agency if article.dateline else None
    article.authors = reconcile_authors(article.authors, [], agency)
    return article


def _body_lines(lines: list[Line], span: tuple[int, int] | None, header: Header) -> list[Line]:
    """The body's paragraphs in order, each once; a dek repeated as a paragraph is dropped."""
    if span is None:
        return []
    seen = {header.dek} if header.dek else set()
    body: list[Line] = []
    for line in lines[span[0] : span[1] + 1]:
        if line.role:
            continue
        if line.text in seen:
            line.role = "duplicate"
            continue
        seen.add(line.text)
        body.append(line)
    return body


def _mark_tail(lines: list[Line], span: tuple[int, int] | None) -> None:
    """Unclassified lines after the body are the page's: menus, teasers without a header."""
    start = span[1] + 1 if span else 0
    for line in lines[start:]:
        if not line.role:
            line.role = "navigation" if line.words <= MAX_MENU_WORDS else "other"


def _page_type(lines: list[Line], body_words: int) -> str:
    if body_words >= MIN_ARTICLE_WORDS:
        return "article"
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
            _add_date(article, line.text)
        elif role == "credit":
            article.credits.extend(Credit(c.role, c.name, c.place) for c in line.credits)
        elif role == "caption":
            if line.text in seen_captions:
                article.removed.append(Removed("caption_duplicate", line.text))
            else:
                seen_captions.add(line.text)
                article.images.append(Image("", caption=line.caption, credit=line.credit))
        elif role == "teaser":
            article.related.append(RelatedLink("", line.text, label))
            article.removed.append(Removed("related", line.text))
        elif role in _CHROME_ROLES:
            if is_bare_related_header(line):
                label = line.text.rstrip(":›» ").strip()
            else:
                teaser = inline_teaser(line)
                if teaser is not None:
                    article.related.append(RelatedLink("", teaser[1], teaser[0]))
            article.removed.append(Removed(role, line.text))
        elif role in {"page_title", "duplicate"}:
            article.removed.append(Removed("other", line.text))


def _add_byline(article: Article, text: str) -> None:
    for name in parse_byline(text):
        author = clean_author(name, article.site_name)
        if author and author not in article.authors:
            article.authors.append(author)
    if article.published is None:
        article.published = find_date(text)


def _add_date(article: Article, text: str) -> None:
    iso = to_iso(text)
    if text.lower().lstrip().startswith(("updated", "last updated", "modified")):
        article.updated = article.updated or iso
    else:
        article.published = article.published or iso


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
