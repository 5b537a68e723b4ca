"""Pages streamed by React: segments are read where their placeholders stand."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import dateline
from dateline.page.streamed import MAX_FALLBACK_CHARS, place_streamed_segments

PARAGRAPHS = [
    "The Saltmarsh Gazette learned on Monday that the tidal barrier at Wrenhaven will stay shut "
    "until the engineers finish their inspection of the northern gate.",
    "Harbour master Ines Calloway said the closure would cost the fishing fleet two days of "
    "landings, and that the council had promised to cover the lost berthing fees.",
    "Repairs to the gate's hinges are expected to take three weeks, the engineers said in a "
    "statement posted at the harbour office late on Monday evening.",
]


def _placed(html: str) -> tuple[LexborHTMLParser, int]:
    """The page's tree after its streamed segments were placed, and how many were."""
    tree = LexborHTMLParser(html)
    return tree, place_streamed_segments(tree, html.encode())


def _streamed_page(with_comments: bool) -> str:
    """A story whose second and third paragraphs arrive as streamed segments, the third as a
    part of the second (React's "P:" placeholder), in hexadecimal ids and out of order."""
    open_mark, close_mark = ("<!--$?-->", "<!--/$-->") if with_comments else ("", "")
    return (
        "<html><head><title>Tidal barrier stays shut</title></head><body><main><article>"
        "<h1>Tidal barrier stays shut</h1>"
        f"<p>{PARAGRAPHS[0]}</p>"
        f'{open_mark}<template id="B:a"></template><div>Loading paragraph...</div>{close_mark}'
        "</article></main><footer><p>Saltmarsh Gazette</p></footer>"
        f'<div hidden id="S:1f"><p>{PARAGRAPHS[2]}</p></div>'
        f'<div hidden id="S:a"><p>{PARAGRAPHS[1]}</p><template id="P:1f"></template></div>'
        "</body></html>"
    )


def test_segments_take_their_placeholders_places_and_fallbacks_go() -> None:
    for with_comments in (True, False):
        html = _streamed_page(with_comments)
        tree, placed = _placed(html)
        assert placed == 2
        article = tree.css_first("article")
        assert [p.text() for p in article.css("p")] == PARAGRAPHS
        assert "Loading" not in article.text()
        assert not tree.css("div[hidden]") and not tree.css("template")


def test_extract_reads_a_streamed_story_in_order() -> None:
    record = dateline.extract(_streamed_page(with_comments=False), url="https://gazette.example/")
    assert record.text.split("\n\n") == PARAGRAPHS


def test_pages_without_streaming_are_untouched() -> None:
    html = f'<body><div hidden id="S:0"><p>{PARAGRAPHS[0]}</p></div></body>'
    tree, placed = _placed(html)
    assert placed == 0
    assert tree.css_first("div[hidden]") is not None


def test_a_long_block_after_a_placeholder_without_comments_is_not_taken_for_a_fallback() -> None:
    long_text = "x" * (MAX_FALLBACK_CHARS + 1)
    html = (
        f'<body><template id="B:0"></template><div>{long_text}</div>'
        f'<div hidden id="S:0"><p>{PARAGRAPHS[0]}</p></div></body>'
    )
    tree, placed = _placed(html)
    assert placed == 1
    assert [node.text() for node in tree.body.css("div, p")] == [PARAGRAPHS[0], long_text]


def test_segments_with_odd_ids_or_no_placeholder_stay_hidden() -> None:
    html = (
        '<body><template id="B:0"></template><div>Loading...</div>'
        f'<div hidden id="S:zz"><p>{PARAGRAPHS[0]}</p></div>'
        f'<div hidden id="S:5"><p>{PARAGRAPHS[1]}</p></div></body>'
    )
    tree, placed = _placed(html)
    assert placed == 0
    assert len(tree.css("div[hidden]")) == 2


def test_a_segment_nested_in_another_is_placed_from_its_copy_and_no_text_is_lost() -> None:
    html = (
        '<body><template id="B:0"></template><div>Loading</div>'
        f'<div hidden id="S:0"><p>{PARAGRAPHS[0]}</p><template id="P:1"></template>'
        f'<div hidden id="S:1"><p>{PARAGRAPHS[1]}</p></div></div></body>'
    )
    tree, placed = _placed(html)
    assert placed == 2
    assert [p.text() for p in tree.body.css("p")] == PARAGRAPHS[:2]


def test_a_long_chain_of_segments_stops_after_a_bounded_number_of_passes() -> None:
    count = 600
    segments = [
        f'<div hidden id="S:{i:x}"><p>part {i}</p><template id="P:{i + 1:x}"></template></div>'
        for i in range(count)
    ]
    html = '<body><template id="B:0"></template><div>Loading</div>' + "".join(reversed(segments))
    tree, placed = _placed(html)
    assert 0 < placed < count
    assert len(tree.body.css("p")) == count  # nothing is lost, placed or not
