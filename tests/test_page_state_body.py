"""A script-built story page: the body kept in its page state (Next.js and the like)."""

from __future__ import annotations

import json
from typing import Any

from dateline import extract
from dateline.page.content import Selection
from dateline.page.state_body import state_body, state_scripts

URL = "https://veldhavenpost.example/city/tram-depot-fire"
TITLE = "Tram depot fire halts services across Veldhaven"
PARAGRAPHS = [
    "A fire at the main tram depot in Veldhaven forced the city's transport company to suspend "
    "all tram services early on Friday, leaving thousands of commuters to find other ways to "
    "work.",
    "Firefighters were called at 4.10am and brought the blaze under control within two hours, "
    "the fire service said. Nobody was hurt.",
    "The transport company said it would run 40 extra buses on the busiest routes until the "
    "depot's power supply had been checked by engineers.",
    "Passengers queued for more than an hour at Marktplein, where the first replacement buses "
    "arrived shortly after seven.",
    '"We ask everyone who can work from home to do so today," said Ruud Keller, the company\'s '
    "operations director.",
]
ELSEWHERE = "The bakery on Kerkstraat sold its last loaf on Saturday after forty years."
TEASERS = [
    {"title": "Council backs new tram line to the harbour", "url": "/city/tram-line"},
    {"title": "Depot workers vote on the latest pay offer", "url": "/city/pay"},
    {"title": "Night buses to replace trams in the old town", "url": "/city/night-buses"},
]


def page(state: Any, markup: str = "", raw_state: str | None = None) -> str:
    """A Next.js-style page: header and placeholders in the markup, the story in its state."""
    script = raw_state if raw_state is not None else json.dumps(state)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | The Veldhaven Post</title>"
        f"<meta property='og:title' content='{TITLE}'>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2025-02-14T07:30:00Z'>"
        "</head><body><div id='__next'><header><nav><a href='/'>Home</a>"
        "<a href='/city'>City</a><a href='/sport'>Sport</a></nav></header>"
        f"<main><h1>{TITLE}</h1>{markup or '<div class=skeleton></div>'}</main>"
        "<footer><p>© 2025 The Veldhaven Post</p></footer></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{script}</script>"
        "</body></html>"
    )


def next_state(body: Any, **more: Any) -> dict[str, Any]:
    article = {"headline": TITLE, "related": TEASERS, "body": body, **more}
    return {"props": {"pageProps": {"article": article}}, "page": "/city/[slug]"}


def test_paragraph_blocks_in_the_state_are_the_body() -> None:
    blocks: list[dict[str, Any]] = [
        {
            "type": "paragraph",
            "children": [{"text": PARAGRAPHS[0][:60]}, {"text": PARAGRAPHS[0][60:]}],
        },
        {"type": "image", "url": "/img/depot.jpg", "caption": "Smoke over the depot"},
        {"type": "paragraph", "children": [{"text": PARAGRAPHS[1]}]},
        {"type": "heading", "level": 2, "children": [{"text": "Buses added"}]},
        *({"type": "paragraph", "children": [{"text": text}]} for text in PARAGRAPHS[2:]),
    ]
    article = extract(page(next_state(blocks)), url=URL)
    assert article.text.split("\n\n") == [*PARAGRAPHS[:2], "Buses added", *PARAGRAPHS[2:]]
    assert "\n\n## Buses added\n\n" in article.markdown
    assert article.page_type == "article"
    assert "Smoke over the depot" not in article.text
    assert not any(teaser["title"] in article.text for teaser in TEASERS)


def test_a_body_kept_as_one_html_string_is_read_by_its_paragraphs() -> None:
    html = (
        "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:3])
        + "<h2>Buses added</h2><blockquote><p>"
        + PARAGRAPHS[4]
        + "</p></blockquote><ul><li>Line 1: buses every 10 minutes.</li>"
        "<li>Line 4: buses every 15 minutes.</li></ul>" + f"<p>{PARAGRAPHS[3]}</p>"
    )
    article = extract(page(next_state({"rendered": html})), url=URL)
    assert article.text.split("\n\n") == [
        *PARAGRAPHS[:3],
        "Buses added",
        PARAGRAPHS[4],
        "Line 1: buses every 10 minutes.",
        "Line 4: buses every 15 minutes.",
        PARAGRAPHS[3],
    ]
    assert f"> {PARAGRAPHS[4]}" in article.markdown


def test_a_story_in_the_markup_is_kept_whatever_the_state_holds() -> None:
    markup = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    other = [
        {"type": "paragraph", "children": [{"text": f"Tram depot fire update {n}."}]}
        for n in range(9)
    ]
    article = extract(page(next_state(other), markup=markup), url=URL)
    assert article.text.split("\n\n") == PARAGRAPHS


def test_teaser_records_and_text_about_something_else_are_not_a_body() -> None:
    teasers = [
        {"title": f"Story {n}", "url": f"/s/{n}", "summary": PARAGRAPHS[n % 5]} for n in range(8)
    ]
    assert extract(page(next_state(teasers)), url=URL).text == ""
    elsewhere = [
        {
            "type": "paragraph",
            "children": [{"text": ELSEWHERE}],
        }
        for _ in range(6)
    ]
    assert extract(page(next_state(elsewhere)), url=URL).text == ""


def test_a_broken_or_hostile_state_loses_nothing() -> None:
    for raw in ('{"props": {"pageProps": ', "[" * 100_000 + "]" * 100_000, "null"):
        article = extract(page(None, raw_state=raw), url=URL)
        assert article.title == TITLE and article.text == ""


def test_state_scripts_are_only_looked_for_on_pages_that_name_one() -> None:
    assert state_scripts(b"<html><body><script>var x = 1;</script></body></html>") == []
    data = page(next_state([{"text": PARAGRAPHS[0]}])).encode()
    (found,) = state_scripts(data)
    assert json.loads(found)["page"] == "/city/[slug]"


def test_state_body_wants_most_of_the_title_words_in_the_body() -> None:
    state = json.dumps(next_state([{"text": text} for text in PARAGRAPHS]))
    assert state_body([state], Selection(body=[]), TITLE) is not None
    assert state_body([state], Selection(body=[]), "Mayor opens harbour footbridge") is None


def test_the_storys_record_in_the_state_gives_its_authors_and_section() -> None:
    blocks = [{"type": "paragraph", "children": [{"text": text}]} for text in PARAGRAPHS]
    state = next_state(
        blocks,
        byline={"authors": [{"name": "Ilse Marten"}, {"displayName": "Ruud Keller"}]},
        section={"name": "City", "slug": "city"},
    )
    article = extract(page(state), url=URL)
    assert article.authors == ["Ilse Marten", "Ruud Keller"]
    assert article.section == "City"
    # The teasers' authors elsewhere in the state are not the story's.
    teasers = [{**teaser, "author": {"name": "Someone Else"}} for teaser in TEASERS]
    state["props"]["pageProps"]["article"]["related"] = teasers
    assert extract(page(state), url=URL).authors == ["Ilse Marten", "Ruud Keller"]
