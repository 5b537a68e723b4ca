"""Is a raw page HTML or text a crawler already flattened? Told from the source's own signals."""

from __future__ import annotations

import re
from typing import Literal

from dateline.sources.files import page_suffix
from dateline.sources.raw import RawPage
from dateline.urls import url_path

PageKind = Literal["html", "text"]

#: Bytes inspected for markup. Real pages show a doctype or tag in their first bytes; a flattened
#: page (WET record, text dump) shows none, and a stray "a < b" is not a tag name.
SNIFF_BYTES = 8192
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
_TAG_RE = re.compile(
    rb"<(?:!doctype|!--|/?(?:html|head|body|meta|title|link|script|style|div|span|p|a|br|img"
    rb"|article|section|main|header|footer|nav|aside|figure|h[1-6]|ul|ol|li|table)[\s/>])",
    re.IGNORECASE,
)


def page_kind(page: RawPage) -> PageKind:
    """``"text"`` for a flattened page, else ``"html"``.

    Evidence in order: the Content-Type media type, the file or URL suffix (``.txt`` or an
    HTML suffix, ignoring ``.gz``), then whether the first bytes hold any HTML tag.
    """
    if page.content_type:
        media = page.content_type.split(";", 1)[0].strip().lower()
        if media == "text/plain":
            return "text"
        if "html" in media:
            return "html"
    path = (url_path(page.url) or page.url) if page.url else page.name
    suffix = page_suffix(path)
    if suffix == ".txt":
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    head = page.data[:SNIFF_BYTES].replace(b"\x00", b"")  # UTF-16 markup reads as ASCII
    return "html" if _TAG_RE.search(head) else "text"
