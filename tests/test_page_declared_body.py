"""declared_body: a script-rendered page's story from its JSON-LD articleBody."""

from __future__ import annotations

import json

from dateline import extract

PARAGRAPHS = [
    "The Meridian City Council approved a $740 million stadium deal early Wednesday after a"
    " nine-hour meeting.",
    "The vote was 7-4 after the team agreed to cover any cost overruns on the riverside site.",
    "Opponents said they would ask the county court to review the financing plan next month.",
]


def _page(body: str, markup: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Council approves stadium deal",
        "datePublished": "2025-05-07T10:30:00Z",
        "author": [{"@type": "Person", "name": "Keziah Marchetti"}],
        "articleBody": body,
    }
    return (
        "<html><head><title>Council approves stadium deal</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        f'<div id="__next"><h1>Council approves stadium deal</h1>{markup}</div></body></html>'
    )


def test_a_page_whose_markup_holds_no_story_takes_the_declared_body() -> None:
    skeleton = '<div class="Skeleton_line" aria-busy="true"></div>'
    article = extract(_page("\n\n".join(PARAGRAPHS), skeleton))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.page_type == "article"
    assert article.authors == ["Keziah Marchetti"]


def test_the_markups_own_story_wins_over_the_declared_body() -> None:
    shown = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    declared = "A different summary written for search engines. " * 10
    article = extract(_page(declared, shown))
    assert article.text == "\n\n".join(PARAGRAPHS)
    # Nor does a declared body too short to be a story stand in for an empty page.
    assert extract(_page("Short.", "")).text == ""


def test_a_declared_body_escaped_as_html_reads_as_text() -> None:
    skeleton = '<div class="Skeleton_line" aria-busy="true"></div>'
    escaped = "\n\n".join(PARAGRAPHS).replace("$", "&#36;").replace("-4", "&ndash;4")
    article = extract(_page(escaped + "\n\n&lt;p&gt;Loading&lt;/p&gt;", skeleton))
    assert article.text == "\n\n".join(PARAGRAPHS).replace("-4", "\u20134")
