"""Parsing a decoded page once, with the one guard the parser needs."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser

from dateline.errors import InputError

#: Unclosed tags of one kind from which a page is refused: the parser's time grows with the
#: square of nesting depth (0.11 s at 10,000 levels, 1.9 s at 40,000, 22 s at 100,000).
MAX_OPEN_TAGS = 20_000
_NESTING_TAGS = (b"div", b"span", b"b", b"i", b"u", b"font", b"table", b"section", b"a",
                 b"em", b"strong", b"blockquote", b"ul", b"ol", b"small", b"center",
                 b"article")  # fmt: skip


def refuse_deep_nesting(data: bytes, name: str | None) -> None:
    """Raise InputError for a page nested deeper than MAX_OPEN_TAGS (checked cheaply): of one
    kind of tag, or of all of them together (16 kinds, 12,000 unclosed each, parsed for 19 s
    a 1 MB page), left open or only closed at the end (200,000 <div> then as many </div>:
    208 s; the deepest point is the running count of openings less closings).

    numpy counts the "<" in a vectorised pass (WCXB dev pages, 278 KB on average: 0.07 ms a
    page against 0.18 for ``bytes.count``); imported here, so that ``import dateline`` does not
    load it (~0.1 s). A page with enough of them has its tags counted from the bytes after each
    "<" at once, where counting each tag's forms in a lower-cased copy took 17 passes of four
    counts over the page (a 3.3 MB WCXB dev page: 82 -> 4 ms; the same counts).
    """
    import numpy as np

    codes = np.frombuffer(data, dtype=np.uint8)
    is_open = codes == ord("<")
    if int(np.count_nonzero(is_open)) < MAX_OPEN_TAGS:
        return
    starts = np.flatnonzero(is_open)
    padded = np.concatenate([codes, np.zeros(_WINDOW, dtype=np.uint8)])
    # The bytes after each "<", with tag names' ASCII capitals folded as HTML folds them.
    after = []
    for offset in range(1, _WINDOW + 1):
        column = padded[starts + offset]
        after.append(np.where((column >= ord("A")) & (column <= ord("Z")), column | 0x20, column))
    unclosed = 0
    depth = np.zeros(len(starts), dtype=np.int32)  # +1 where a nesting tag opens, -1 closes
    for tag in _NESTING_TAGS:
        size = len(tag)
        opening = _spelled(after, tag, 0) & ((after[size] == ord(">")) | (after[size] == ord(" ")))
        closing = (after[0] == ord("/")) & _spelled(after, tag, 1) & (after[size + 1] == ord(">"))
        depth += opening
        depth -= closing
        left_open = int(np.count_nonzero(opening)) - int(np.count_nonzero(closing))
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
    if int(np.cumsum(depth).max()) > MAX_OPEN_TAGS:
        raise InputError(
            f"more than {MAX_OPEN_TAGS:,} tags open at once; "
            "a page nested that deep is refused rather than parsed for minutes",
            name,
        )


#: Bytes read after each "<": the longest closing tag counted, "/blockquote>".
_WINDOW = 2 + max(map(len, _NESTING_TAGS))


def _spelled(after: list[Any], tag: bytes, offset: int) -> Any:
    """Which "<" are followed, ``offset`` bytes on, by the letters of ``tag``."""
    found = after[offset] == tag[0]
    for i in range(1, len(tag)):
        found &= after[offset + i] == tag[i]
    return found


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
