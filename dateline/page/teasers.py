"""Story feeds: teaser headlines followed by their summaries, in a body or across a page."""

from __future__ import annotations

import re

from dateline.page.blocks import Block, PageBlocks

#: Longest teaser summary (characters) and how many headline/summary pairs make a feed.
MAX_SUMMARY_CHARS = 400
MIN_TEASER_PAIRS = 2
#: A linked line that opens with a pointer ("See: …", "Read more: …", "Related: …") refers from
#: the paragraph before it to another story: it is no card's headline, and the paragraphs
#: around it are the article's (a post listing newsletters, each with "See: <a post>").
POINTER = re.compile(r"(?:see(?: also)?|read(?: more| also| next)?|related|more)\s*:", re.I)


def teaser_summaries(
    page: PageBlocks,
    container: int,
    sequence: list[tuple[bool, Block]],
    min_chars: int,
    prose: list[float],
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
    kept = [
        (teaser and not POINTER.match(block.text), block)
        for teaser, block in sequence
        if len(block.text) >= min_chars
    ]
    summaries: list[Block] = []
    for i, (teaser, block) in enumerate(kept):
        if teaser or block.heading or len(block.text) > MAX_SUMMARY_CHARS or i == 0:
            continue
        before, headline = kept[i - 1]
        if not before:
            continue
        between_teasers = i + 1 < len(kept) and kept[i + 1][0]
        if between_teasers or _same_card(page, headline, block, container, prose):
            summaries.append(block)
    return summaries if len(summaries) >= MIN_TEASER_PAIRS else []


def _same_card(
    page: PageBlocks, headline: Block, summary: Block, container: int, prose: list[float]
) -> bool:
    """Whether two blocks share an element, within three levels, below the container, that
    holds little prose beside the summary (a card, not a section of the article)."""
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
            return prose[e] <= CARD_PROSE_SLACK * len(summary.text)
    return False


#: Cards a page needs before its teaser summaries stop counting as prose when the body
#: container is chosen (three: an in-body "Read more" pair or two is not a feed).
MIN_FEED_CARDS = 3
#: A card holds its summary and little other prose (a date, a byline): at most this share more.
CARD_PROSE_SLACK = 1.25
#: Card lines shorter than this (bylines, dates, "5 min read") sit between headline and summary.
CARD_LINE_CHARS = 80
#: A card's headline is a heading, or a link of at least this many words.
HEADLINE_WORDS = 6


def feed_summaries(
    page: PageBlocks, prose: list[float], is_teaser: list[bool], min_chars: int
) -> set[int]:
    """Indexes of blocks that summarise a story in a teaser card anywhere on the page.

    A card is a teaser link followed by a short paragraph where both sit in a small element
    (within three levels) that holds little prose beyond the summary. A page with fewer than
    ``MIN_FEED_CARDS`` such cards has no feed.
    """
    blocks = page.blocks
    found: set[int] = set()
    previous = -1  # the last teaser link or paragraph, short card lines looked past
    for index, block in enumerate(blocks):
        length = len(block.text)
        if block.caption or length < min_chars:
            continue
        before = previous
        if is_teaser[index] or length >= CARD_LINE_CHARS:
            previous = index
        if before < 0 or not is_teaser[before] or is_teaser[index] or block.heading:
            continue
        headline = blocks[before]
        if not headline.heading and len(headline.text.split()) < HEADLINE_WORDS:
            continue  # a poster's name and badges above a forum post, not a story headline
        if length > MAX_SUMMARY_CHARS:
            continue
        if _same_card(page, headline, block, -1, prose):
            found.add(index)
    return found if len(found) >= MIN_FEED_CARDS else set()
