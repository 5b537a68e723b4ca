"""The lines around the headline: where undated pages print their date and byline."""

from __future__ import annotations

from dateline.model import Credit
from dateline.page.blocks import Block, PageBlocks
from dateline.page.content import Selection
from dateline.page.furniture import Furniture, read_byline, read_header_line
from dateline.recognise.credits import parse_credits
from dateline.recognise.dates import find_date

#: How many blocks above the body may carry the byline or the date line ("Nov 21, 2018"
#: beside the byline), and the longest such line.
LOOKBACK_BLOCKS = 12
MAX_META_LINE = 120


def lines_above_body(page_blocks: PageBlocks, selection: Selection) -> list[Block]:
    """The short blocks just above the body, nearest first (headline, byline, date)."""
    if not selection.body:
        return []
    blocks = page_blocks.blocks
    first = next((i for i, b in enumerate(blocks) if b is selection.body[0]), None)
    if first is None:  # a body the page declares in its data (``declared_body``)
        return []
    above = blocks[max(0, first - LOOKBACK_BLOCKS) : first]
    return [block for block in reversed(above) if len(block.text) <= MAX_META_LINE]


def date_near_top(
    above: list[Block], furniture: Furniture, day_first: bool | None = None
) -> str | None:
    """The date printed beside the headline or byline when no metadata gives one
    (``day_first`` as for ``find_date``)."""
    for block in [*furniture.dropped, *above]:
        if len(block.text) <= MAX_META_LINE:
            found = find_date(block.text, day_first)
            if found:
                return found
    return None


def byline_near_top(above: list[Block], furniture: Furniture) -> list[str]:
    """The names of the visible byline, in the body's furniture or just above the body."""
    if furniture.authors:
        return furniture.authors
    for block in above:
        # A byline alone, or one in a header line with its dates ("Par Yannick Le Goff ·
        # Publié le 5 mars 2024 à 14h30").
        names = read_byline(block.text) or read_header_line(block.text, need_names=True)
        if names:
            return names
    return []


def credits_near_top(above: list[Block]) -> list[Credit]:
    """The credits of a byline above the body that credits more than its writer ("Written by
    Jane Roe. Edited by Tom Ash"), or []; a writer's credit alone ("Written by Jane Roe") is
    the byline, read as such."""
    for block in above:
        # Two roles, each before its "by": a cheap test first, as most lines above a body
        # credit no one.
        if block.text.lower().count(" by ") < 2:
            continue
        credits = parse_credits(block.text)
        if credits and len({credit.role for credit in credits}) > 1:
            return credits
    return []
