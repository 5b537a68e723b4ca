"""without_pull_quote_repeats: a pull quote leaves the body when the body already says it."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import cut_blocks
from dateline.page.pull_quotes import without_pull_quote_repeats

SAID = (
    "“I trained for six months and still the river beat me,” said Ines Varga, who finished "
    "the Kestrel Bay swim in fourth place on Sunday."
)


def _run(html: str) -> tuple[list[str], list[str]]:
    body = LexborHTMLParser(html).body
    assert body is not None
    page = cut_blocks(body)
    kept, dropped = without_pull_quote_repeats(page.blocks, page.elements)
    return [block.text for block in kept], dropped


def test_a_pull_quote_that_repeats_the_body_leaves() -> None:
    for wrapper in (
        "<figure class='wp-block-pullquote'><blockquote><p>{}</p></blockquote></figure>",
        "<div class='pull-quote'>{}</div>",
        "<aside id='pullquote-1'><p>{}</p></aside>",
    ):
        quote = "I trained for six months and still the river beat me"
        kept, dropped = _run(f"<p>{SAID}</p>{wrapper.format(quote)}<p>The race ended.</p>")
        assert kept == [SAID, "The race ended."]
        assert dropped == [quote]


def test_a_pull_quote_the_body_does_not_hold_stays() -> None:
    quote = "Nobody swims the bay twice in one summer"
    kept, dropped = _run(f"<p>{SAID}</p><div class='pullquote'>{quote}</div>")
    assert kept == [SAID, quote]
    assert dropped == []


def test_a_repeated_line_outside_a_pull_quote_is_left_alone() -> None:
    line = "I trained for six months and still the river beat me"
    kept, dropped = _run(f"<p>{SAID}</p><blockquote class='quote'>{line}</blockquote>")
    assert kept == [SAID, line]
    assert dropped == []


def test_a_trimmed_or_lightly_edited_pull_quote_leaves() -> None:
    for quote in (
        "I trained for six months … the river beat me",
        "“I trained for months and still the river beat me”",
    ):
        kept, dropped = _run(f"<p>{SAID}</p><div class='pull-quote'>{quote}</div>")
        assert kept == [SAID], quote
        assert dropped == [quote]
    # A short one that shares a few words with the body says something of its own, and so
    # does a longer one whose words the body holds but not in its order.
    for own in ("The river beat everyone", "Still, the river beat me for six months I trained"):
        kept, _ = _run(f"<p>{SAID}</p><div class='pull-quote'>{own}</div>")
        assert kept == [SAID, own]
