"""render_text / render_markdown: body blocks → plain text and Markdown."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import Block, cut_blocks
from dateline.page.render import render_markdown, render_text


def _blocks(html: str) -> list[Block]:
    body = LexborHTMLParser(html).body
    assert body is not None
    return cut_blocks(body).blocks


def _md(html: str) -> str:
    return render_markdown(_blocks(html))


def _text(html: str) -> str:
    return render_text(_blocks(html))


def test_text_paragraphs_separated_by_one_blank_line() -> None:
    assert _text(
        "<h2>Ferry kept</h2><p>First.</p><ul><li>One</li><li>Two</li></ul><p>Last.</p>"
    ) == ("Ferry kept\n\nFirst.\n\nOne\n\nTwo\n\nLast.")


def test_text_table_rows_are_lines_of_cells() -> None:
    assert _text(
        "<table><tr><th>Day</th><th>Sailings</th></tr><tr><td>Monday</td><td>4</td></tr>"
        "</table><p>After.</p>"
    ) == ("Day | Sailings\n\nMonday | 4\n\nAfter.")


def test_text_is_not_escaped() -> None:
    assert _text("<p>Gate *B* on pier_2 at `noon`</p>") == "Gate *B* on pier_2 at `noon`"


def test_empty_body() -> None:
    assert render_text([]) == ""
    assert render_markdown([]) == ""


def test_markdown_paragraphs_separated_by_one_blank_line() -> None:
    assert _md("<p>First.</p><p>Second.</p>") == "First.\n\nSecond."


@pytest.mark.parametrize("level", range(1, 7))
def test_markdown_headings(level: int) -> None:
    assert _md(f"<h{level}>Tide tables</h{level}><p>Text.</p>") == (
        "#" * level + " Tide tables\n\nText."
    )


def test_markdown_lists() -> None:
    assert _md(
        "<p>Bring:</p><ul><li>A coat</li><li>A ticket</li></ul>"
        "<p>Then:</p><ol><li>Board</li><li>Sit</li></ol><p>Done.</p>"
    ) == ("Bring:\n\n- A coat\n- A ticket\n\nThen:\n\n1. Board\n1. Sit\n\nDone.")


def test_markdown_block_quote() -> None:
    assert _md("<p>She said:</p><blockquote><p>We waited ten years.</p></blockquote>") == (
        "She said:\n\n> We waited ten years."
    )


def test_markdown_fenced_pre_keeps_its_lines_unescaped() -> None:
    assert _md("<p>Config:</p><pre>route_id = 7\n  depart = *09:00*\n</pre><p>End.</p>") == (
        "Config:\n\n```\nroute_id = 7\n  depart = *09:00*\n```\n\nEnd."
    )


def test_markdown_table_with_separator_under_the_first_row() -> None:
    md = _md(
        "<p>Sailings:</p><table><tr><th>Day</th><th>Sailings</th></tr>"
        "<tr><td>Monday</td><td>4</td></tr><tr><td>Tuesday</td><td>2|3</td></tr></table>"
        "<p>After.</p>"
    )
    assert md == (
        "Sailings:\n\n"
        "| Day | Sailings |\n| --- | --- |\n| Monday | 4 |\n| Tuesday | 2\\|3 |\n\n"
        "After."
    )


def test_markdown_escapes_emphasis_and_code_marks() -> None:
    assert _md("<p>Gate *B* on pier_2 at `noon`</p>") == r"Gate \*B\* on pier\_2 at \`noon\`"
    assert _md("<h2>The *new* timetable</h2>") == r"## The \*new\* timetable"
    assert _md("<ul><li>pier_2</li></ul>") == r"- pier\_2"


def test_tables_split_by_a_paragraph_stay_apart() -> None:
    md = _md(
        "<table><tr><td>A</td><td>B</td></tr></table><p>Between.</p>"
        "<table><tr><td>C</td><td>D</td></tr></table>"
    )
    assert md == "| A | B |\n| --- | --- |\n\nBetween.\n\n| C | D |\n| --- | --- |"


def test_adjacent_tables_stay_apart() -> None:
    md = _md(
        "<table><tr><td>A</td><td>B</td></tr></table><table><tr><td>C</td><td>D</td></tr></table>"
    )
    assert md == "| A | B |\n| --- | --- |\n\n| C | D |\n| --- | --- |"


def test_text_after_pre_has_one_blank_line() -> None:
    assert _text("<pre>depart = 09:00\n</pre><p>End.</p>") == "depart = 09:00\n\nEnd."


def test_markdown_keeps_emphasis_and_links_made_absolute() -> None:
    blocks = _blocks(
        "<p>A <em>long</em> debate over the <strong>reserve fund</strong> and the "
        "<a href='/pandemic'>pandemic response</a>, <b><i>twice</i> over</b>, "
        "<em>yes</em> and <em>yes</em> again at gate *B*.</p>"
        "<p><a href='#notes'>Notes</a> and <a href='javascript:void(0)'>more</a></p>"
    )
    assert render_markdown(blocks, "https://courier.example/news/2024/ferry") == (
        "A *long* debate over the **reserve fund** and the "
        "[pandemic response](https://courier.example/pandemic), **twice over**, "
        "*yes* and *yes* again at gate \\*B\\*.\n\nNotes and more"
    )
    assert render_text(blocks).startswith("A long debate over the reserve fund and the pandemic")


def test_emphasis_across_a_block_boundary_is_left_plain() -> None:
    assert _md("<b><p>First paragraph.</p><p>Second.</p></b>") == "First paragraph.\n\nSecond."
