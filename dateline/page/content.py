"""Find the article body among a page's blocks and sort the rest into chrome kinds.

The body container is the element that maximises ``good - BAD_WEIGHT * bad - junk``, where
``good`` is the text of paragraph-like blocks with few links, ``bad`` the text of blocks that
are chrome by markup, wording or link density, and ``junk`` a small charge for short neutral
lines (bylines, dates, labels). Climbing to a parent pays off only while it adds more body
than chrome, so the winner is the tightest element holding the whole body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.page.blocks import Block, PageBlocks
try:  # TEMP until chrome_text lands
    from dateline.recognise.chrome_text import chrome_kind
except ImportError:
    def chrome_kind(text):
        return None

#: Text shorter than this (characters) is neutral: neither body nor chrome by length alone.
#: Scrapinghub dev set: body paragraphs under 25 chars are mostly subheads or one-liners,
#: which the container still keeps.
MIN_BODY_CHARS = 25
#: Link density above which a block counts as links, not prose (readability uses 0.25 to
#: reject containers; for single blocks 0.5 kept every in-body "see also" sentence in the
#: scrapinghub ground truth while dropping teaser lists).
MAX_LINK_DENSITY = 0.5
#: Weight of chrome text against body text when choosing the container.
BAD_WEIGHT = 1.5
#: Charge per character of short neutral text inside a candidate.
JUNK_WEIGHT = 0.2


@dataclass(slots=True)
class Selection:
    """The body blocks in order, the blocks dropped as chrome, and the captions met."""

    body: list[Block]
    removed: list[tuple[str, Block]] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    container: int = -1
    link_blocks: int = 0


_FOLD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower-case letters and digits only, for comparing titles and duplicates."""
    return _FOLD.sub("", text.lower())


def _link_density(block: Block) -> float:
    return block.link_chars / len(block.text) if block.text else 0.0


#: A chrome flag whose elements hold at least this share of the page's prose is a false
#: positive ("has-newsletter" on the article wrapper, "elementor-widget" on every paragraph):
#: the body is never mostly chrome.
TRUSTED_FLAG_SHARE = 0.5


#: Kinds declared by generic words ("widget", "sidebar") that some sites put on every
#: paragraph; they are distrusted when their elements together hold much of the prose. Hidden
#: elements are not: pages hide whole second copies of the article (scrapinghub dev set).
#: Comment sections are trusted always: a thread can be longer than the article above it.
_WEAK_KINDS = frozenset({"other"})


def _prose_value(block: Block) -> float:
    """Characters of prose a block adds, judged by its own text and links alone."""
    length = len(block.text)
    if block.caption or length < MIN_BODY_CHARS:
        return 0.0
    density = _link_density(block)
    if density > MAX_LINK_DENSITY:
        return 0.0
    if length < 200 and chrome_kind(block.text):
        return 0.0
    return length * (1.0 - density)


def _effective_chrome(page: PageBlocks) -> list[tuple[str | None, int]]:
    """For each block, the innermost trusted chrome flag around it and where it is."""
    elements = page.elements
    prose = [0.0] * len(elements)
    values = [_prose_value(block) for block in page.blocks]
    for block, value in zip(page.blocks, values, strict=True):
        if value:
            for e in block.path:
                prose[e] += value
    total = max(prose) if prose else 0.0
    limit = TRUSTED_FLAG_SHARE * total
    # Prose under each flagging word, summed over all elements it flags.
    by_reason: dict[str, float] = {}
    for element, value in zip(elements, prose, strict=True):
        if element.kind is not None and value:
            by_reason[element.reason] = by_reason.get(element.reason, 0.0) + value
    result: list[tuple[str | None, int]] = []
    for block in page.blocks:
        found: tuple[str | None, int] = (None, -1)
        if block.chrome is not None:
            for e in reversed(block.path):
                kind = elements[e].kind
                if kind is None or kind == "caption":
                    continue
                if kind == "comments" or (
                    prose[e] < limit
                    and (kind not in _WEAK_KINDS or by_reason.get(elements[e].reason, 0.0) < limit)
                ):
                    found = (kind, e)
                    break
        result.append(found)
    return result


def choose_container(page: PageBlocks, chrome: list[tuple[str | None, int]]) -> int:
    """The element index of the body container, or -1 when the page has no prose."""
    size = len(page.elements)
    good = [0.0] * size
    bad = [0.0] * size
    junk = [0.0] * size
    for block, (kind, _) in zip(page.blocks, chrome, strict=True):
        if block.caption:
            continue
        length = len(block.text)
        if kind is not None:
            target, value = bad, float(length)
        else:
            value = _prose_value(block)
            if value:
                target = good
            elif length < MIN_BODY_CHARS and _link_density(block) <= MAX_LINK_DENSITY:
                target, value = junk, float(length)
            else:
                target, value = bad, float(length)
        for e in block.path:
            target[e] += value
    best, best_score = -1, 0.0
    for e in range(size):
        if not good[e]:
            continue
        score = good[e] - BAD_WEIGHT * bad[e] - JUNK_WEIGHT * junk[e]
        if score >= best_score:
            best, best_score = e, score
    return best


def select_body(page: PageBlocks, title: str | None) -> Selection:
    """Choose the body container and sort its blocks into body, chrome and captions."""
    chrome = _effective_chrome(page)
    container = choose_container(page, chrome)
    selection = Selection(body=[], container=container)
    folded_title = fold(title) if title else ""
    seen: set[str] = set()
    for block, (kind, at) in zip(page.blocks, chrome, strict=True):
        inside = container >= 0 and container in block.path
        if block.caption:
            selection.captions.append(block)
            continue
        if not inside:
            if kind is not None:
                selection.removed.append((kind, block))
            continue
        if kind is not None and at > container:
            selection.removed.append((kind, block))
            continue
        density = _link_density(block)
        if density > MAX_LINK_DENSITY:
            selection.link_blocks += 1
            kind = "related" if len(block.text.split()) >= 4 else "navigation"
            selection.removed.append((kind, block))
            continue
        worded = chrome_kind(block.text) if len(block.text) < 400 else None
        if worded is not None:
            selection.removed.append((worded, block))
            continue
        folded = fold(block.text)
        if block.heading and folded == folded_title:
            continue
        if len(folded) > 30:
            if folded in seen:
                selection.removed.append(("other", block))
                continue
            seen.add(folded)
        selection.body.append(block)
    return selection
