"""trusted_flags and hidden_areas: which chrome flags hold, and what they cover."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import PageBlocks, cut_blocks
from dateline.page.trust import hidden_areas, trusted_flags

STORY = "".join(
    f"<p>Paragraph {n}: the Harrowgate water board agreed to replace the old reservoir "
    "pumps before the summer, after a winter of burst mains across the valley.</p>"
    for n in range(1, 6)
)


def _page(html: str) -> PageBlocks:
    body = LexborHTMLParser(html).body
    assert body is not None
    return cut_blocks(body)


def _element(page: PageBlocks, tag: str, cls: str | None = None) -> int:
    return next(
        e
        for e, element in enumerate(page.elements)
        if element.tag == tag and (cls is None or element.attrs.get("class") == cls)
    )


def _prose(page: PageBlocks) -> list[float]:
    """Characters of text under each element (enough prose for these pages' judgements)."""
    prose = [0.0] * len(page.elements)
    for block in page.blocks:
        prose[block.element] += len(block.text)
    for e, parent in page.upward:
        prose[parent] += prose[e]
    return prose


def test_flagged_lists_the_elements_with_a_kind_in_page_order() -> None:
    page = _page(f"<div><nav><a href='/'>Home</a></nav><article>{STORY}</article></div>")
    assert page.flagged == [e for e, el in enumerate(page.elements) if el.kind is not None]
    assert page.elements[page.flagged[0]].tag == "nav"


def test_an_element_takes_the_innermost_trusted_flag_above_it() -> None:
    page = _page(
        f"<main>{STORY}</main>"
        "<div class='sidebar'><p>Weather today</p>"
        "<div class='newsletter'><p>Get the valley bulletin every morning.</p></div>"
        "<p>Tide tables</p></div><p>Closing line of the page.</p>"
    )
    flags = trusted_flags(page, _prose(page), threads_are_chrome=True)
    sidebar = _element(page, "div", "sidebar")
    newsletter = _element(page, "div", "newsletter")
    by_text = {block.text: flags[block.element] for block in page.blocks}
    assert by_text["Weather today"] == sidebar
    assert by_text["Get the valley bulletin every morning."] == newsletter
    assert by_text["Tide tables"] == sidebar  # after the inner flag closed
    assert by_text["Closing line of the page."] == -1
    assert flags[_element(page, "main")] == -1


def test_hidden_areas_cover_descendants_and_count_nested_prose_once() -> None:
    # The folded part holds most of the page's text, so the walk enters it (a small hidden
    # element is read whole as one block).
    page = _page(
        "<p>Shown before the fold.</p>"
        f"<div hidden>{STORY}<div aria-hidden='true'><p>Inner fold.</p></div></div>"
        "<p>Shown after the fold.</p>"
    )
    prose = _prose(page)
    hidden, hidden_prose = hidden_areas(page, prose)
    outer = _element(page, "div")
    by_text = {block.text: hidden[block.element] for block in page.blocks}
    assert by_text["Inner fold."]
    assert all(hidden[block.element] for block in page.blocks if "Harrowgate" in block.text)
    assert not by_text["Shown before the fold."] and not by_text["Shown after the fold."]
    assert hidden_prose == prose[outer] > len("Inner fold.")
