"""Story feeds inside a body container: teaser headlines followed by their summaries."""

from __future__ import annotations

from dateline.page.blocks import Block, PageBlocks

#: Longest teaser summary (characters) and how many headline/summary pairs make a feed.
MAX_SUMMARY_CHARS = 400
MIN_TEASER_PAIRS = 2


def teaser_summaries(
    page: PageBlocks, container: int, sequence: list[tuple[bool, Block]], min_chars: int
) -> list[Block]:
    """The story summaries that sit in teaser cards ("More stories" feeds) of a body.

    ``sequence`` holds the container's kept blocks and teaser links in order (True for a
    teaser); lines shorter than ``min_chars`` (dates, bylines of the cards) are looked past.

    A short paragraph right after a teaser link is that teaser's summary when another teaser
    follows it or when it sits in the same card (they share an element below the body
    container); a body paragraph after a teaser injected into the text shares only the
    container. One card may be an in-body "Read more", so it takes ``MIN_TEASER_PAIRS`` of
    them to call the run a feed.
    """
    kept = [(teaser, block) for teaser, block in sequence if len(block.text) >= min_chars]
    summaries: list[Block] = []
    for i, (teaser, block) in enumerate(kept):
        if teaser or block.heading or len(block.text) > MAX_SUMMARY_CHARS or i == 0:
            continue
        before, headline = kept[i - 1]
        if not before:
            continue
        between_teasers = i + 1 < len(kept) and kept[i + 1][0]
        if between_teasers or _same_card(page, headline, block, container):
            summaries.append(block)
    return summaries if len(summaries) >= MIN_TEASER_PAIRS else []


def _same_card(page: PageBlocks, headline: Block, summary: Block, container: int) -> bool:
    """Whether two blocks share an element, within three levels, below the container."""
    elements = page.elements
    above: set[int] = set()
    e = headline.element
    for _ in range(3):
        if e < 0 or e == container:
            break
        e = elements[e].parent
        above.add(e)
    above.discard(container)
    e = summary.element
    for _ in range(3):
        if e < 0 or e == container:
            return False
        e = elements[e].parent
        if e in above:
            return True
    return False
