"""Page state kept in JavaScript: Arc XP's ``Fusion.globalContent`` and the flight data of
Next.js's App Router (``self.__next_f.push``), read as JSON without running the script."""

from __future__ import annotations

import json
from typing import Any

from dateline import extract
from dateline.page.state_body import state_scripts

URL = "https://harbourgazette.example/local/2025/03/02/ferry-pier-repairs"
TITLE = "Ferry pier repairs delay the spring timetable"
PARAGRAPHS = [
    "HOLMSUND — Repairs to the north ferry pier will push back the start of the spring "
    "timetable by three weeks, the island ferry company said on Sunday.",
    "Divers found cracks in two of the pier's concrete piles during an inspection in February, "
    "and engineers have ruled out using the berth until they are replaced.",
    "“We would rather lose a few weeks now than a whole season later,” said Ingrid Falk, "
    "the company’s operations manager.",
    "Until then the ferries will run the winter timetable, with four crossings a day.",
]


def page(scripts: str) -> str:
    """An article page whose markup holds only a header and placeholders."""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{TITLE} | Harbour Gazette</title>"
        f"<meta property='og:title' content='{TITLE}'>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2025-03-02T09:00:00Z'>"
        f"{scripts}</head><body><header><nav><a href='/'>Home</a><a href='/local'>Local</a>"
        "</nav></header><main><div class='skeleton'></div></main>"
        "<footer><p>© 2025 Harbour Gazette</p></footer></body></html>"
    )


def arc_story() -> dict[str, Any]:
    entity = {"“": "&ldquo;", "”": "&rdquo;", "’": "&rsquo;"}
    encoded = [text.translate(str.maketrans(entity)) for text in PARAGRAPHS]
    return {
        "type": "story",
        "headlines": {"basic": TITLE},
        "content_elements": [
            {"type": "text", "content": encoded[0]},
            {"type": "interstitial_link", "url": "/local/piers", "content": "Read more: Piers"},
            {"type": "text", "content": encoded[1]},
            {"type": "header", "level": 2, "content": "Winter timetable &amp; fares"},
            {"type": "text", "content": encoded[2]},
            {"type": "raw_html", "content": "<div class='promo'>Get the morning briefing</div>"},
            {"type": "oembed_response", "raw_oembed": {"html": "<iframe></iframe>"}},
            {
                "type": "list",
                "list_type": "unordered",
                "items": [
                    {"type": "text", "content": "Monday to Friday: 7am, 10am, 2pm and 6pm."},
                    {"type": "text", "content": "Weekends: 9am and 4pm."},
                ],
            },
            {"type": "text", "content": encoded[3]},
        ],
    }


def test_arc_fusion_global_content_in_a_javascript_script_is_the_body() -> None:
    state = json.dumps(arc_story()).replace("}", "}", 1)
    script = (
        "<script type='application/javascript'>window.Fusion=window.Fusion||{};"
        'Fusion.arcSite="harbour";Fusion.globalContent='
        f'{state};Fusion.globalContentConfig={{"source":"content-api"}};'
        'Fusion.metas={"title":{"value":"a } and a { in a string"}};</script>'
    )
    article = extract(page(script), url=URL)
    assert article.text.split("\n\n") == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Winter timetable & fares",
        PARAGRAPHS[2],
        "Monday to Friday: 7am, 10am, 2pm and 6pm.",
        "Weekends: 9am and 4pm.",
        PARAGRAPHS[3],
    ]
    assert "\n\n## Winter timetable & fares\n\n" in article.markdown
    assert "- Weekends: 9am and 4pm." in article.markdown
    assert article.page_type == "article"
    assert article.dateline is not None and article.dateline.place == "HOLMSUND"


def test_a_fusion_literal_that_does_not_close_or_is_no_json_is_passed_over() -> None:
    broken = '<script>Fusion.globalContent={"type": "story", "content_elements": [</script>'
    assert extract(page(broken), url=URL).text == ""
    javascript = "<script>Fusion.globalContent={type: 'story', body: '" + PARAGRAPHS[1] + "'};"
    assert extract(page(javascript + "</script>"), url=URL).text == ""


def flight(*rows: str) -> str:
    """Next.js App Router flight data, pushed in chunks that cut rows anywhere."""
    payload = "".join(rows)
    cut = len(payload) // 2
    chunks = [payload[:cut], payload[cut:]]
    return "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" + "".join(
        f"<script>self.__next_f.push({json.dumps([1, chunk])})</script>" for chunk in chunks
    )


def test_a_body_string_in_app_router_flight_data_is_the_body() -> None:
    html = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    story = {"headline": TITLE, "body": html}
    rows = (
        '1:HL["/_next/static/css/app.css","style"]\n',
        '2:I[4410,["410","static/chunks/410.js"],"Story"]\n',
        "3:" + json.dumps(["$", "main", None, {"children": ["$", "$L2", None, story]}]) + "\n",
    )
    article = extract(page(flight(*rows)), url=URL)
    assert article.text.split("\n\n") == PARAGRAPHS


def test_flight_elements_and_text_rows_are_read_as_blocks() -> None:
    long_html = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    size = len(long_html.encode())
    elements = [
        ["$", "h1", None, {"children": TITLE}],
        ["$", "p", None, {"children": PARAGRAPHS[0]}],
        [
            "$",
            "p",
            None,
            {"children": [PARAGRAPHS[1][:40], ["$", "em", None, {"children": PARAGRAPHS[1][40:]}]]},
        ],
    ]
    rows = (
        f"4:T{size:x},{long_html}",
        "5:" + json.dumps(["$", "article", None, {"children": elements}]) + "\n",
        "6:" + json.dumps({"story": {"headline": TITLE, "html": "$4"}}) + "\n",
    )
    found = state_scripts(page(flight(*rows)).encode())
    assert json.loads(found[-1])["story"]["html"] == long_html
    article = extract(page(flight(*rows)), url=URL)
    assert article.text.split("\n\n") == PARAGRAPHS[:2]
    assert TITLE not in article.text


def test_scripts_that_only_mention_the_names_give_no_state() -> None:
    quiet = "<script>var note = 'Fusion.globalContent = none'; self.__next_f = [];</script>"
    assert state_scripts(page(quiet).encode()) == []


def test_flight_elements_inside_wrappers_stay_paragraphs() -> None:
    def element(tag: str, children: Any) -> list[Any]:
        return ["$", tag, None, {"className": f"c-{tag}", "children": children}]

    body = element(
        "div",
        [
            element("p", PARAGRAPHS[0]),
            element("p", [PARAGRAPHS[1], "$undefined"]),
            element("ul", [element("li", "$$5 return tickets on weekdays."), element("li", "$L7")]),
            element("p", PARAGRAPHS[2]),
        ],
    )
    aside = element("aside", [element("a", "Harbour news"), element("a", "Ferry times")])
    story = element("article", [element("h1", TITLE), body, aside])
    rows = ('7:I[1,[],"Promo"]\n', "3:" + json.dumps(story) + "\n")
    article = extract(page(flight(*rows)), url=URL)
    assert article.text.split("\n\n") == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "$5 return tickets on weekdays.",
        PARAGRAPHS[2],
    ]


def test_a_string_that_never_closes_ends_the_reading_of_a_script() -> None:
    pushes = '<script>self.__next_f.push([1,"3:[\\"$\\",\\"p\\"'
    assert state_scripts(page(pushes + "</script>").encode()) == []
