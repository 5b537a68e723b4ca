"""Pages streamed by React (Next.js and other server renderers): put each streamed segment where
the page shows its "Loading…" placeholder, as the page's own script does in a browser.

A streamed page sends the body's skeleton first, with a fallback in each unfinished part:
``<!--$?--><template id="B:0"></template>Loading paragraph…<!--/$-->``; the finished part comes
later in the same page as ``<div hidden id="S:0">…</div>``, and a script moves it in place.
Parts of segments come the same way, with a bare ``<template id="P:1f">`` where segment
``S:1f`` goes. Read as served, the body is a row of "Loading" lines and the text sits in hidden
boxes at the end.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: Bytes that say the page streams segments; pages without them are left untouched.
MARKER = b'<template id="B:'
#: Segment numbers are hexadecimal ("S:1f").
HEX_DIGITS = frozenset("0123456789abcdef")
#: Longest text of a fallback found without its closing comment ("Loading paragraph...").
MAX_FALLBACK_CHARS = 80
#: Most passes over the segments: each pass places those whose placeholder is already in the
#: page, so this bounds how deep segments may nest in one another (every streamed dev page is
#: done in one pass, as segments come in the order they nest).
MAX_PASSES = 20
#: Most segments moved per page (WCXB dev pages hold up to 33): each move looks its placeholder
#: up in the whole page, and a hostile page could hold a great many.
MAX_SEGMENTS = 500


def place_streamed_segments(tree: LexborHTMLParser, data: bytes) -> int:
    """Move every streamed segment of ``tree`` into its placeholder, dropping the fallback.

    ``data`` is the page as the parser read it (UTF-8), checked for ``MARKER`` first so that
    other pages cost nothing.
    Segments may hold the placeholders of other segments, in any order; passes repeat until
    no segment finds its placeholder. Returns how many segments were placed.
    """
    if MARKER not in data:
        return 0
    placed = 0
    progress = True
    for _ in range(MAX_PASSES):
        if not progress or placed >= MAX_SEGMENTS:
            break
        # A segment's placeholder may sit in a segment placed later: pass again until none moves.
        progress = False
        for segment in tree.css('div[hidden][id^="S:"]'):
            if _inside_segment(segment):
                # Copied with its outer segment, and its original freed: a later pass finds
                # the copy.
                continue
            number = (segment.id or "")[2:]
            if not number or any(c not in HEX_DIGITS for c in number):
                continue
            # Looked up afresh each time: a placed segment's own copy of a placeholder is gone.
            placeholder = tree.css_first(f'template[id="B:{number}"]')
            if placeholder is not None:
                _drop_fallback(placeholder)
            else:
                placeholder = tree.css_first(f'template[id="P:{number}"]')
                if placeholder is None:
                    continue
            for child in list(segment.iter(include_text=True)):
                placeholder.insert_before(child)  # selectolax inserts a copy
            placeholder.decompose()
            segment.decompose()
            placed += 1
            progress = True
            if placed >= MAX_SEGMENTS:
                break
    return placed


def _inside_segment(node: LexborNode) -> bool:
    """Whether ``node`` sits inside a streamed segment."""
    above = node.parent
    while above is not None:
        if _is_segment(above):
            return True
        above = above.parent
    return False


def _is_segment(node: LexborNode) -> bool:
    return node.tag == "div" and (node.id or "").startswith("S:") and "hidden" in node.attributes


def _drop_fallback(placeholder: LexborNode) -> None:
    """Remove what follows the placeholder up to the boundary's closing ``<!--/$-->``. A page
    saved without its comments keeps only the fallback element itself: the next element is
    dropped when its text is short enough to be a loading line."""
    fallback = []
    node = placeholder.next
    while node is not None and not (node.tag == "-comment" and node.comment_content == "/$"):
        fallback.append(node)
        node = node.next
    if node is None:
        fallback = [n for n in fallback if n.tag not in ("-text", "-comment")][:1]
        if (
            not fallback
            or "hidden" in fallback[0].attributes  # a segment, not a fallback
            or len(fallback[0].text(deep=True)) > MAX_FALLBACK_CHARS
        ):
            return
    for node in fallback:
        node.decompose()
