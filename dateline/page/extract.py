"""The page → Article stage: decode, parse once, read metadata, find the body, assemble."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.errors import InputError
from dateline.model import Article, Removed, count_words, reading_time
from dateline.page.blocks import cut_blocks
from dateline.page.content import select_body
from dateline.page.decode import decode_html
from dateline.page.metadata import read_metadata
from dateline.page.render import render_markdown, render_text


def extract(page: str | bytes, url: str | None = None) -> Article:
    """Extract the article record from one HTML page.

    ``page`` may be text or the page's bytes; bytes are decoded by BOM, declared charset
    and detection. Pure: no network, no files; the same input gives the same record.
    Raises ``InputError`` when the input is empty or not a page.
    """
    encoding = None
    if isinstance(page, bytes | bytearray):
        html, encoding = decode_html(bytes(page))
    else:
        html = page
    if not html.strip():
        raise InputError(f"{url or 'page'}: empty page")
    if "\x00" in html:
        html = html.replace("\x00", "")
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree, url)
    root = tree.body or tree.root
    if root is None:
        raise InputError(f"{url or 'page'}: no document could be parsed")
    page_blocks = cut_blocks(root)
    selection = select_body(page_blocks, meta.title)
    text = render_text(selection.body)
    words = count_words(text)
    return Article(
        url=url,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language=meta.language,
        title=meta.title,
        dek=meta.dek,
        authors=list(meta.authors),
        published=meta.published,
        updated=meta.updated,
        section=meta.section,
        tags=list(meta.tags),
        text=text,
        markdown=render_markdown(selection.body),
        word_count=words,
        reading_time_minutes=reading_time(words),
        removed=[Removed(kind, block.text) for kind, block in selection.removed],
        source_encoding=encoding,
    )
