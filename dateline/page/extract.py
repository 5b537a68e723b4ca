"""The page → Article stage: decode, parse once, read metadata, find the body, assemble."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.cycle_gc import cycle_gc_paused
from dateline.errors import InputError
from dateline.model import Article, Removed, count_words, reading_time
from dateline.page.blocks import Block, PageBlocks, cut_blocks
from dateline.page.chrome import STRIPPED_TAGS
from dateline.page.content import BROAD, LISTING, select_body
from dateline.page.declared_body import MIN_DECLARED_PROSE, declared_body
from dateline.page.decode import decode_html, utf8_as_given
from dateline.page.furniture import fuller_dek, is_excerpt, separate_furniture
from dateline.page.headline_area import (
    byline_near_top,
    credits_near_top,
    date_near_top,
    lines_above_body,
)
from dateline.page.images import (
    chrome_image_alts,
    collect_images,
    loose_captions,
    without_caption_repeats,
    without_headshots,
)
from dateline.page.metadata import (
    date_beside_byline,
    microdata_types,
    read_metadata,
    subheadline,
)
from dateline.page.page_type import (
    classify_page,
    declares_article,
    declares_non_story,
    declares_thread,
    has_story_shape,
    is_consent_wall,
)
from dateline.page.parse import parse_page, parser_input
from dateline.page.pull_quotes import without_pull_quote_repeats
from dateline.page.related import collect_related
from dateline.page.render import render_markdown, render_text
from dateline.page.signoff import signoff_after_body
from dateline.page.state_body import state_body, state_scripts
from dateline.page.streamed import place_streamed_segments
from dateline.recognise.bylines import reconcile_authors
from dateline.recognise.credits import credited_writers
from dateline.recognise.datelines import opening_dateline
from dateline.recognise.dates import day_first_language, find_date
from dateline.recognise.language import guess_language
from dateline.urls import absolute

#: Names a byline in the body may give for it to sign the page (see ``extract``).
MAX_PRINTED_BYLINE_NAMES = 2
#: Body prose (characters) under which a page is read again with its <noscript> content.
MIN_PROSE = 200


def _noscript_chars(tree: LexborHTMLParser) -> int:
    """Characters of text inside <noscript> elements (the page as served without scripts)."""
    return sum(len(node.text(deep=True).strip()) for node in tree.css("noscript"))


def _base_url(tree: LexborHTMLParser, url: str | None, canonical: str | None) -> str | None:
    """The address relative links and images resolve against: ``<base href>`` (itself resolved
    against the page's address), else the page's URL, else its canonical URL."""
    page = url or canonical
    head = tree.head
    node = head.css_first("base[href]") if head is not None else None
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    if href:
        base = absolute(page, href)
        if base.startswith(("https://", "http://")):
            return base
    return page


def _removed_in_order(
    page_blocks: PageBlocks, chrome: list[tuple[str, Block]], furniture: list[Block]
) -> list[Removed]:
    """The blocks dropped as chrome and as furniture (bylines, date lines, credit lines,
    author bios, closing promotions: kind ``other``), in page order."""
    dropped = [*chrome, *(("other", block) for block in furniture)]
    if furniture:
        order = {id(block): i for i, block in enumerate(page_blocks.blocks)}
        dropped.sort(key=lambda item: order.get(id(item[1]), len(order)))
    return [Removed(kind, block.text) for kind, block in dropped]


@cycle_gc_paused
def extract(page: str | bytes, url: str | None = None) -> Article:
    """Extract the article record from one HTML page.

    ``page`` may be text or the page's bytes; bytes are decoded by BOM, declared charset
    and detection. Pure: no network, no files; the same input gives the same record.
    Raises ``InputError`` when the input is empty or not a page.
    """
    encoding = None
    utf8 = None
    if isinstance(page, bytes | bytearray):
        raw = bytes(page)
        try:
            html, encoding = decode_html(raw)
        except InputError as error:
            raise InputError(error.reason, url) from error
        utf8 = utf8_as_given(raw, html, encoding)
    else:
        html = page
    if not html or html.isspace():  # html.strip() would copy the whole page to check
        raise InputError("empty page", url)
    data = parser_input(html, utf8)
    tree = parse_page(data, url)
    place_streamed_segments(tree, data)
    meta = read_metadata(tree, url)
    base = _base_url(tree, url, meta.canonical_url)
    # Metadata is read (JSON-LD lives in <script>); the rest never holds text. Removing it in
    # the parser's C code makes the walk below a quarter faster (scrapinghub pages).
    tree.strip_tags(list(STRIPPED_TAGS))
    root = tree.body or tree.root
    if root is None:
        raise InputError("no document could be parsed", url)
    page_blocks = cut_blocks(root)
    thread = declares_thread(meta.types)
    selection = select_body(page_blocks, meta.title, dek=meta.dek, thread=thread)
    if selection.prose < MIN_PROSE and _noscript_chars(tree) > MIN_PROSE:
        with_noscript = cut_blocks(root, noscript=True)
        second = select_body(with_noscript, meta.title, dek=meta.dek, thread=thread)
        if second.prose > selection.prose:
            page_blocks, selection = with_noscript, second
    declared = declared_body(meta.article_body, selection)
    # A story the page dates, signs or declares, whose markup holds none (a script-built
    # page): its body may be in the page's state.
    story = bool(meta.published or meta.authors or declares_article(meta.types))
    if declared is None and story and meta.title and selection.prose < MIN_DECLARED_PROSE:
        kept = state_body(state_scripts(data), selection, meta.title)
        if kept is not None:
            declared = kept.selection
            meta.authors = meta.authors or kept.authors
            meta.section = meta.section or kept.section
    if declared is not None:
        selection = declared
    # A byline marks a story as a date does: undated stories with one were "other" (WCXB dev:
    # 19 more of 793 article pages typed article; articles F1 0.953 -> 0.954, date accuracy
    # 0.860 -> 0.862, all pages 0.849 -> 0.848 as a few service and forum pages read as
    # articles).
    furniture = separate_furniture(selection.body, page_blocks.elements, meta.authors, meta.dek)
    # So do a byline of one or two names and a date printed in the body's furniture ("By
    # HAROLD PEMBERTON", "Published Tuesday, March 11, 2025" over an old table layout's
    # story, which no markup marks). More names are a listing's or a shop's, and a byline
    # alone signed a documentation and a service page of WCXB dev.
    printed = 0 < len(furniture.authors) <= MAX_PRINTED_BYLINE_NAMES and any(
        find_date(block.text) for block in furniture.dropped
    )
    # A live blog's entries each open with their time: a news page, dated by its entries.
    signed = meta.published is not None or bool(meta.authors) or printed or furniture.live
    # A wire brief of two paragraphs is a story by its agency dateline ("OSLO (Reuters) -").
    openers = [block.text for block in furniture.body[:2]]
    opened = opening_dateline(openers, site=meta.site_name)
    wire = opened is not None and opened.agency is not None
    # A body opening with a dateline ("ATHENS — Negotiators resumed...") signs it as a story
    # as a date does (e7 probe: an undated, unsigned news story was "other"; no dev page moved),
    # and so does a place no list knows in capitals before an em dash and a sentence
    # ("KESTREL BAY — The harbour board…", a local paper's; html probe; no dev page moved). A
    # title-case opening before a dash is as often a product's label ("Lightweight - The…").
    # A script without capitals has no title case either, so there the opening before a dash
    # signs a dated page only ("الواحة - …" over a dated story; an undated product page opens
    # "منتج جديد - …", "new product -": review of session 19).
    local = opening_dateline(openers, story=True, site=meta.site_name) if opened is None else None
    caseless = local is not None and local.place.lower() == local.place.upper()
    datelined = opened is not None or (
        local is not None and (local.place.isupper() or (caseless and meta.published is not None))
    )
    signed = signed or datelined
    shaped = not signed and has_story_shape(page_blocks, selection)
    dated_dateline = datelined and meta.published is not None
    page_type = classify_page(
        meta.types, signed, selection, wire=wire, shaped=shaped, dated_dateline=dated_dateline
    )
    if page_type == "other" and signed:
        # A short story (a paywalled preview) may still declare itself an article in its
        # microdata, which only such pages are searched for.
        microdata = microdata_types(tree)
        if microdata:
            page_type = classify_page([*meta.types, *microdata], signed, selection, wire=wire)
    if page_type == "article" and is_consent_wall(page_blocks, selection):
        page_type = "other"  # the page's only prose is the consent notice
    if page_type != "article" and declared is None:
        # A page with no prose to speak of says what it has in its links: a shop's front of a
        # banner and product tiles whose names no heading marks (WCXB dev: 4 collection pages
        # and a product page read so moved up, none down).
        thin = selection.prose < MIN_PROSE
        reading = LISTING if page_type == "listing" or thin else BROAD
        selection = select_body(page_blocks, meta.title, reading, meta.dek, thread=thread)
        furniture = separate_furniture(selection.body, page_blocks.elements, meta.authors, meta.dek)
        # A page that is no story has no standfirst: the paragraph under its heading is its
        # intro (a shop category's description, a service's summary), which WCXB's truths keep
        # (probe: three shop categories lost theirs to the dek). A second copy stays out.
        printed = {block.text for block in furniture.body}
        intro = [block for block in furniture.standfirst if block.text not in printed]
        if intro:
            furniture.body = [*intro, *furniture.body]
            furniture.standfirst = [b for b in furniture.standfirst if b.text in printed]
    if page_type == "article" and not furniture.credits:
        signoff = signoff_after_body(page_blocks.blocks, furniture.body)
        if signoff is not None:
            furniture.credits = signoff[1]
    unplaced: list[Block] = []  # captions of no picture: reported as removed
    loose = loose_captions(page_blocks, furniture.body)
    if loose:
        taken = {id(line) for lines, _ in loose for line in lines}
        furniture.body = [block for block in furniture.body if id(block) not in taken]
    images = collect_images(
        page_blocks,
        selection.container,
        selection.captions,
        base,
        meta.image_url,
        selection.removed,
        furniture.photo_credits,
        unplaced,
        loose,
    )
    removed = _removed_in_order(
        page_blocks, selection.removed, [*furniture.standfirst, *furniture.dropped, *unplaced]
    )
    teaser_alts = chrome_image_alts(page_blocks, selection.container, selection.removed, base)
    body, repeats = without_caption_repeats(furniture.body, images, teaser_alts)
    removed += [Removed("caption_duplicate", text) for text in repeats]
    body, pulled = without_pull_quote_repeats(body, page_blocks.elements)
    removed += [Removed("other", text) for text in pulled]
    text = render_text(body)
    words = count_words(text)
    dateline = opening_dateline(
        [block.text for block in body[:2]], story=page_type == "article", site=meta.site_name
    )
    above = lines_above_body(page_blocks, selection)
    if page_type == "article" and not furniture.credits:
        furniture.credits = credits_near_top(above)
    # A page that declares no language is judged by its body, as a text dump is.
    language = meta.language or guess_language(text)
    day_first = day_first_language(language)
    authors = reconcile_authors(
        meta.authors,
        byline_near_top(above, furniture),
        dateline and dateline.agency,
        meta.site_name,
        credited_writers(furniture.credits),
    )
    dek = fuller_dek(meta.dek, furniture.standfirst)
    if dek and body and is_excerpt(dek, body[0].text):
        # The description is the body's opening cut short, no standfirst. (The page's printed
        # standfirst in its place was a sign-in prompt or a site's tagline on 9 of 11 such
        # dev pages that had one.) A story's subheadline right under its headline is the dek,
        # unless it is the byline or date line.
        sub = subheadline(tree, meta.title) if page_type == "article" else None
        dek = sub if sub and find_date(sub) is None else None
    # A thread or a product page read as a story keeps that reading (its text and dates) but is
    # no story: no facts, wire copies or stories are made of it.
    non_story = page_type == "article" and declares_non_story(meta.types)
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language=language,
        page_type="other" if non_story else page_type,
        title=meta.title,
        dek=dek,
        authors=authors,
        credits=furniture.credits,
        dateline=dateline,
        published=meta.published
        or (
            date_near_top(above, furniture, day_first) or date_beside_byline(tree, day_first)
            if page_type == "article"
            else None
        ),
        updated=meta.updated,
        section=meta.section,
        tags=list(meta.tags),
        text=text,
        markdown=render_markdown(body, base),
        images=without_headshots(images, authors),
        word_count=words,
        reading_time_minutes=reading_time(words),
        related=collect_related(selection.removed, base, (url, meta.canonical_url)),
        removed=removed,
        source_encoding=encoding,
    )
