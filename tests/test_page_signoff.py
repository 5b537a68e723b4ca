"""The story's sign-off printed in a box of its own after the body's element."""

from __future__ import annotations

from dateline import extract
from dateline.page.blocks import Block
from dateline.page.signoff import signoff_after_body

_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Apple growers in the Marrow Vale expect their smallest harvest in a decade after a"
        " late frost in April killed most of the blossom on the lower slopes.",
        "The growers' cooperative said members had picked barely a third of last year's crop"
        " by the end of September, and several family orchards would not pick at all.",
        "Growers have asked the regional council for help with the cost of frost fans, which"
        " blow warmer air down onto the trees on cold nights.",
    )
)


def _page(after_body: str) -> str:
    return (
        '<html><head><meta property="og:type" content="article"></head><body><article>'
        '<h1>Frost halves apple harvest</h1><p class="byline">By Ilse Marrow</p>'
        f'<p class="date">October 1, 2025</p><div class="story-body">{_STORY}</div>'
        f'{after_body}<div class="share"><a href="#">Share</a></div></article>'
        "</body></html>"
    )


def test_a_credit_box_after_the_body_gives_the_credits() -> None:
    box = '<p class="article-credits">(Reporting by Idunn Varga; Editing by Carel Moss)</p>'
    article = extract(_page(box))
    assert [(c.role, c.name) for c in article.credits] == [
        ("reporting", "Idunn Varga"),
        ("editing", "Carel Moss"),
    ]
    assert "Idunn Varga" not in article.text


def test_a_credit_line_after_a_heading_or_links_belongs_to_another_section() -> None:
    def block(text: str, heading: int = 0) -> Block:
        return Block(text=text, tag="p", element=-1, link_chars=0, heading=heading)

    body = [block("The cooperative said members had picked a third of last year's crop.")]
    credit = block("Reporting by Idunn Varga; Editing by Carel Moss")
    found = signoff_after_body([*body, credit], body)
    assert found is not None and found[0] is credit
    assert signoff_after_body([*body, block("More from the vale", heading=2), credit], body) is None
    teaser = Block(
        text="Cider makers raise prices", tag="li", element=-1, link_chars=26,
        links=[("/2025/cider-prices", "Cider makers raise prices")],
    )  # fmt: skip
    assert signoff_after_body([*body, teaser, credit], body) is None
