"""Parsing a decoded page once, with the one guard the parser needs."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.errors import InputError

#: Unclosed tags of one kind from which a page is refused: the parser's time grows with the
#: square of nesting depth (0.11 s at 10,000 levels, 1.9 s at 40,000, 22 s at 100,000).
MAX_OPEN_TAGS = 20_000
_NESTING_TAGS = (b"div", b"span", b"b", b"i", b"u", b"font", b"table", b"section", b"a",
                 b"em", b"strong", b"blockquote", b"ul", b"ol", b"small", b"center",
                 b"article")  # fmt: skip


def _count_byte(data: bytes, byte: bytes) -> int:
    """How many times one byte occurs in ``data``. numpy counts in a vectorised pass what
    ``bytes.count`` counts a byte at a time (WCXB dev pages, 278 KB on average: 0.06 ms a page
    against 0.18). Imported here, so that ``import dateline`` does not load numpy (~0.1 s)."""
    import numpy as np

    return int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == ord(byte)))


def refuse_deep_nesting(data: bytes, name: str | None) -> None:
    """Raise InputError for a page nested deeper than MAX_OPEN_TAGS (checked cheaply): of one
    kind of tag, or of all of them together (16 kinds, 12,000 unclosed each, parsed for 19 s
    a 1 MB page)."""
    if _count_byte(data, b"<") < MAX_OPEN_TAGS:
        return
    low = data.lower()  # tag names are ASCII, and so is their case folding in HTML
    unclosed = 0
    for tag in _NESTING_TAGS:
        if b"<" + tag not in low:
            continue
        opened = low.count(b"<" + tag + b">") + low.count(b"<" + tag + b" ")
        left_open = opened - low.count(b"</" + tag + b">")
        if left_open > MAX_OPEN_TAGS:
            raise InputError(
                f"more than {MAX_OPEN_TAGS:,} unclosed <{tag.decode()}> tags; "
                "a page nested that deep is refused rather than parsed for minutes",
                name,
            )
        unclosed += max(left_open, 0)
    if unclosed > MAX_OPEN_TAGS:
        raise InputError(
            f"more than {MAX_OPEN_TAGS:,} unclosed tags; "
            "a page nested that deep is refused rather than parsed for minutes",
            name,
        )


def parser_input(html: str, utf8: bytes | None = None) -> bytes:
    """The page as the parser reads it: UTF-8 without NUL characters. Encoded once here (a
    character the encoding cannot take, a lone surrogate, is dropped, as selectolax drops it)
    so that the checks before the parse scan bytes: on Scrapinghub pages (173,000 characters
    on average, mostly stored two bytes a character) the NUL, "<" and streaming-marker scans
    took 0.19 ms of text and take 0.11 ms of bytes. ``utf8``, when given, is ``html`` already
    in UTF-8 (``decode.utf8_as_given``) and is used as it is."""
    data = utf8 if utf8 is not None else html.encode("utf-8", "ignore")
    return data.replace(b"\x00", b"") if b"\x00" in data else data


def parse_page(data: bytes, name: str | None) -> LexborHTMLParser:
    """The tree of a page given as ``parser_input`` bytes (lexbor, HTML5 rules); InputError
    for pathological nesting."""
    refuse_deep_nesting(data, name)
    return LexborHTMLParser(data)
