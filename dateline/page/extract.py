"""The page → Article stage: decode, parse once, read metadata, find the body, assemble."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.errors import InputError
from dateline.model import Article, Removed, count_words, reading_time
from dateline.page.blocks import Block, PageBlocks, cut_blocks
from dateline.page.chrome import STRIPPED_TAGS
from dateline.page.content import BROAD, LISTING, Selection, fold, select_body
from dateline.page.decode import decode_html
from dateline.page.furniture import Furniture, read_byline, separate_furniture
from dateline.page.images import collect_images
from dateline.page.metadata import read_metadata
from dateline.page.page_type import classify_page
from dateline.page.related import collect_related
from dateline.page.render import render_markdown, render_text
from dateline.recognise.bylines import reconcile_authors
from dateline.recognise.datelines import find_dateline
from dateline.recognise.dates import find_date

#: Body prose (characters) under which a page is read again with its <noscript> content.
MIN_PROSE = 200


#: How many blocks above the body may carry the byline or the date line ("Nov 21, 2018"
#: beside the byline), and the longest such line.
LOOKBACK_BLOCKS = 12
MAX_META_LINE = 120


def _noscript_chars(tree: LexborHTMLParser) -> int:
    """Characters of text inside <noscript> elements (the page as served without scripts)."""
    return sum(len(node.text(deep=True).strip()) for node in tree.css("noscript"))


#: Unclosed tags of one kind from which a page is refused: the parser's time grows with the
#: square of nesting depth (0.11 s at 10,000 levels, 1.9 s at 40,000, 22 s at 100,000).
MAX_OPEN_TAGS = 20_000
_NESTING_TAGS = ("div", "span", "b", "i", "u", "font", "table", "section", "a", "em", "strong",
                 "blockquote", "ul", "ol", "small", "center", "article")  # fmt: skip


def _refuse_deep_nesting(html: str, name: str) -> None:
    """Raise InputError for a page nested deeper than MAX_OPEN_TAGS (checked cheaply)."""
    if html.count("<") < MAX_OPEN_TAGS:
        return
    low = html.lower()
    for tag in _NESTING_TAGS:
        opened = low.count(f"<{tag}>") + low.count(f"<{tag} ")
        if opened > MAX_OPEN_TAGS and opened - low.count(f"</{tag}>") > MAX_OPEN_TAGS:
            raise InputError(
                f"{name}: more than {MAX_OPEN_TAGS:,} unclosed <{tag}> tags; "
                "a page nested that deep is refused rather than parsed for minutes"
            )


def _lines_above_body(page_blocks: PageBlocks, selection: Selection) -> list[Block]:
    """The short blocks just above the body, nearest first (headline, byline, date)."""
    if not selection.body:
        return []
    blocks = page_blocks.blocks
    first = next(i for i, b in enumerate(blocks) if b is selection.body[0])
    above = blocks[max(0, first - LOOKBACK_BLOCKS) : first]
    return [block for block in reversed(above) if len(block.text) <= MAX_META_LINE]


def _date_near_top(above: list[Block], furniture: Furniture) -> str | None:
    """The date printed beside the headline or byline when no metadata gives one."""
    for block in [*furniture.dropped, *above]:
        if len(block.text) <= MAX_META_LINE:
            found = find_date(block.text)
            if found:
                return found
    return None


def _byline_near_top(above: list[Block], furniture: Furniture) -> list[str]:
    """The names of the visible byline, in the body's furniture or just above the body."""
    if furniture.authors:
        return furniture.authors
    for block in above:
        names = read_byline(block.text)
        if names:
            return names
    return []


def extract(page: str | bytes, url: str | None = None) -> Article:
    """Extract the article record from one HTML page.

    ``page`` may be text or the page's bytes; bytes are decoded by BOM, declared charset
    and detection. Pure: no network, no files; the same input gives the same record.
    Raises ``InputError`` when the input is empty or not a page.
    """
    encoding = None
    name = url or "page"
    if isinstance(page, bytes | bytearray):
        try:
            html, encoding = decode_html(bytes(page))
        except InputError as error:
            raise InputError(f"{name}: {error}") from error
    else:
        html = page
    if not html.strip():
        raise InputError(f"{name}: empty page")
    if "\x00" in html:
        html = html.replace("\x00", "")
    _refuse_deep_nesting(html, name)
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree, url)
    # Metadata is read (JSON-LD lives in <script>); the rest never holds text. Removing it in
    # the parser's C code makes the walk below a quarter faster (scrapinghub pages).
    tree.strip_tags(list(STRIPPED_TAGS))
    root = tree.body or tree.root
    if root is None:
        raise InputError(f"{name}: no document could be parsed")
    page_blocks = cut_blocks(root)
    selection = select_body(page_blocks, meta.title, dek=meta.dek)
    if selection.prose < MIN_PROSE and _noscript_chars(tree) > MIN_PROSE:
        with_noscript = cut_blocks(root, noscript=True)
        second = select_body(with_noscript, meta.title, dek=meta.dek)
        if second.prose > selection.prose:
            page_blocks, selection = with_noscript, second
    page_type = classify_page(meta.types, meta.published is not None, selection)
    if page_type != "article":
        reading = LISTING if page_type == "listing" else BROAD
        selection = select_body(page_blocks, meta.title, reading, meta.dek)
    furniture = separate_furniture(selection.body, page_blocks.elements, meta.authors, meta.dek)
    images = collect_images(
        page_blocks, selection.container, selection.captions, url, meta.image_url
    )
    # A caption the page repeats as a paragraph appears once, in ``images``.
    texts = [text for image in images for text in (image.caption, image.alt) if text]
    captions = {fold(text) for text in texts}
    longest = max((len(text) for text in texts), default=0) + 10
    body = []
    removed = [Removed(kind, block.text) for kind, block in selection.removed]
    removed += [
        Removed("caption_duplicate", image.alt)
        for image in images
        if image.alt and image.caption and fold(image.alt) in fold(image.caption)
    ]
    for block in furniture.body:
        if 30 < len(block.text) <= longest and fold(block.text) in captions:
            removed.append(Removed("caption_duplicate", block.text))
        else:
            body.append(block)
    text = render_text(body)
    words = count_words(text)
    dateline = find_dateline(body[0].text) if body else None
    above = _lines_above_body(page_blocks, selection)
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language=meta.language,
        page_type=page_type,
        title=meta.title,
        dek=meta.dek,
        authors=reconcile_authors(
            meta.authors, _byline_near_top(above, furniture), dateline and dateline.agency
        ),
        credits=furniture.credits,
        dateline=dateline,
        published=meta.published
        or (_date_near_top(above, furniture) if page_type == "article" else None),
        updated=meta.updated,
        section=meta.section,
        tags=list(meta.tags),
        text=text,
        markdown=render_markdown(body),
        images=images,
        word_count=words,
        reading_time_minutes=reading_time(words),
        related=collect_related(selection.removed, url),
        removed=removed,
        source_encoding=encoding,
    )
