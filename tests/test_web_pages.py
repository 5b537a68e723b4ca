"""The HTML pages over the test archive: what each page shows, that crawled text stays text,
and that bad addresses get an error page rather than a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from urllib.parse import quote

import pytest
from browser.web_archive import XSS_FLAG, archive_db
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from dateline.archive.store import open_archive
from dateline.web import queries
from dateline.web.app import Settings, create_app
from dateline.web.charts import bar_chart, format_figure, line_chart
from dateline.web.queries import MARK_CLOSE, MARK_OPEN
from dateline.web.render import article_body, make_environment, marked, safe_url


@pytest.fixture(scope="module")
def db() -> Path:
    return archive_db()


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as test_client:
        yield test_client


#: The wire story of the fixture pages that three archived articles carry.
WIRE_TITLE = "Flash floods force thousands from homes in Lagos after record rain"


def page(client: TestClient, url: str) -> HTMLParser:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text)
    assert response.headers["content-type"].startswith("text/html")
    return HTMLParser(response.text)


def find_id(db: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(sql, params).fetchone()
    assert row is not None, sql
    return row[0]


def texts(tree: HTMLParser, selector: str) -> list[str]:
    return [node.text(strip=True) for node in tree.css(selector)]


def assert_inert(tree: HTMLParser) -> None:
    """No script but the app's own files, and no event-handler attribute anywhere."""
    for script in tree.css("script"):
        assert (script.attributes.get("src") or "").startswith("/static/"), script.html
        assert not script.text(strip=True)
    for node in tree.root.traverse():
        assert not any(name.lower().startswith("on") for name in node.attributes), node.html


def test_every_page_has_skip_link_landmarks_and_one_heading(client: TestClient) -> None:
    for url in ("/", "/search?q=floods", "/articles", "/stories", "/people", "/claims", "/topics"):
        tree = page(client, url)
        skip = tree.css_first("a.skip-link")
        assert skip is not None and skip.attributes["href"] == "#main"
        assert tree.css_first("main#main") is not None and tree.css_first("header nav")
        assert len(tree.css("h1")) == 1, url
        assert tree.css_first("html").attributes["lang"] == "en"


def test_home_lists_stories_with_outlets_and_draws_the_coverage_chart(
    client: TestClient, db: Path
) -> None:
    tree = page(client, "/")
    stories = texts(tree, ".story-list li")
    assert any("Port Avel" in s and "4 outlets" in s for s in stories)
    labels = [bar.attributes["data-label"] or "" for bar in tree.css("svg.bar-chart rect.bar")]
    # The archive spans March to September: a bar per week, each labelled with its Monday.
    starts = [date.fromisoformat(label.removeprefix("week of ")[:10]) for label in labels]
    counts = [int(label.split(": ")[1].split()[0]) for label in labels]
    assert all(start.weekday() == 0 for start in starts)
    assert all(b - a == timedelta(days=7) for a, b in pairwise(starts))
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT substr(published, 1, 10), count(*) FROM articles WHERE is_latest = 1"
            " AND published IS NOT NULL AND page_type = 'article' GROUP BY 1"
        ).fetchall()
    per_day = {date.fromisoformat(day): n for day, n in rows}
    # Every dated article is counted, in the week that holds its day.
    assert starts[0] <= min(per_day) < starts[0] + timedelta(days=7)
    assert starts[-1] <= max(per_day) < starts[-1] + timedelta(days=7)
    assert counts == [
        sum(n for day, n in per_day.items() if start <= day < start + timedelta(days=7))
        for start in starts
    ]
    assert sum(counts) == sum(per_day.values()) and max(counts) > 1
    caption = tree.css_first("figure.chart figcaption").text()
    assert f"from the first dated article ({min(per_day)})" in caption


def test_the_coverage_chart_has_years_whole_ticks_axis_titles_and_a_table(
    client: TestClient,
) -> None:
    tree = page(client, "/")
    svg = tree.css_first("svg.bar-chart")
    # Date labels carry their year; the count axis has whole-number ticks up to the tallest bar.
    x_labels = [t.text() for t in svg.css("text.axis") if "-" in t.text()]
    assert x_labels and all(len(label) == 10 and label[:4] == "2024" for label in x_labels)
    y_labels = [t.text() for t in svg.css("text.axis") if "-" not in t.text()]
    values = [int(label) for label in y_labels]  # raises on "1.5" or "12.5"
    tallest = max(
        int(bar.attributes["data-label"].split(": ")[1].split()[0]) for bar in svg.css("rect.bar")
    )
    assert values[0] == 0 and tallest <= values[-1] < 2 * tallest
    titles = texts(tree, "svg.bar-chart text.axis-title")
    assert "Articles" in titles and any("Week" in title for title in titles)
    # One image with a name and a description; no keyboard stop inside; a table of the bars.
    assert svg.attributes["role"] == "img"
    assert tree.css_first(f"#{svg.attributes['aria-labelledby']}").text()
    assert "table" in tree.css_first(f"#{svg.attributes['aria-describedby']}").text()
    assert not [node for node in svg.traverse() if "tabindex" in node.attributes]
    rows = tree.css("figure.chart details table tbody tr")
    assert len(rows) == len(svg.css("rect.bar"))


def test_search_page_marks_matches_and_pages(client: TestClient) -> None:
    tree = page(client, "/search?q=cholera")
    assert texts(tree, ".snippet mark") == ["cholera"]
    assert tree.css_first("#q").attributes["value"] == "cholera"
    many = page(client, "/search?q=the&per_page=3")
    following = many.css_first('.pager a[rel="next"]')
    assert following is not None and "page=2" in following.attributes["href"]
    second = page(client, following.attributes["href"])
    first_titles = set(texts(many, ".article-item h3"))
    assert first_titles and not first_titles & set(texts(second, ".article-item h3"))


def test_the_article_list_shows_its_filters_in_a_form_and_beside_the_count(
    client: TestClient,
) -> None:
    tree = page(client, "/articles?site=tidewire.example&since=2024-06-01")
    assert tree.css_first("form input#site").attributes["value"] == "tidewire.example"
    assert tree.css_first("form input#since").attributes["value"] == "2024-06-01"
    summary = tree.css_first("#results-heading").text()
    assert "from tidewire.example" in summary and "published from 2024-06-01" in summary


def selected_type(tree: HTMLParser) -> list[str]:
    """The values of the chosen options of the filter form's Type select."""
    return [o.attributes["value"] or "" for o in tree.css("form select#type option[selected]")]


def test_the_type_filter_keeps_its_choice_in_the_form_the_summary_and_the_pager(
    client: TestClient,
) -> None:
    tree = page(client, "/articles")
    options = {o.attributes["value"]: o.text(strip=True) for o in tree.css("select#type option")}
    assert options == {
        "": "Any type",
        "article": "Articles",
        "listing": "Listings",
        "other": "Other",
    }
    assert selected_type(tree) == [""]
    listings = page(client, "/articles?type=listing")
    assert selected_type(listings) == ["listing"]
    assert texts(listings, ".article-item h3") == ["Floods Archives"]
    assert "of type listing" in listings.css_first("#results-heading").text()
    search = page(client, "/search?q=floods&type=article")
    assert selected_type(search) == ["article"]
    assert "Floods Archives" not in texts(search, ".article-item h3")
    paged = page(client, "/articles?type=article&per_page=3")
    following = paged.css_first('.pager a[rel="next"]')
    assert following is not None and "type=article" in following.attributes["href"]
    assert selected_type(page(client, following.attributes["href"])) == ["article"]
    assert client.get("/articles?type=tag").status_code == 422


def test_non_article_rows_carry_a_badge_in_lists(client: TestClient) -> None:
    for url in ("/articles", "/search?q=floods"):
        items = page(client, url).css(".article-item")
        badges = {item.css_first("h3").text(strip=True): texts(item, ".badge") for item in items}
        assert "listing" in badges["Floods Archives"], url
        assert not any(
            "listing" in shown for title, shown in badges.items() if title != "Floods Archives"
        )


def test_a_query_without_words_is_explained_above_the_filled_form(client: TestClient) -> None:
    response = client.get("/search", params={"q": "*", "site": "tidewire.example"})
    assert response.status_code == 400
    tree = HTMLParser(response.text)
    assert "no words to search for" in tree.css_first(".error-message").text()
    assert tree.css_first("input#q").attributes["value"] == "*"
    assert tree.css_first("input#site").attributes["value"] == "tidewire.example"


def test_search_page_offers_one_result_per_wire_story(client: TestClient) -> None:
    every = page(client, "/search?q=Lagos+floods")
    box = every.css_first("input#collapse_copies[type=checkbox]")
    assert box is not None and "checked" not in box.attributes
    assert texts(every, ".article-item h3").count(WIRE_TITLE) == 3
    collapsed = page(client, "/search?q=Lagos+floods&collapse_copies=true")
    assert "checked" in collapsed.css_first("#collapse_copies").attributes
    assert texts(collapsed, ".article-item h3").count(WIRE_TITLE) == 1
    assert texts(collapsed, ".copies") == ["and 2 other copies of this wire story"]


def test_search_page_says_when_it_searched_plain_words(client: TestClient) -> None:
    tree = page(client, "/search?q=%22floods")
    assert "searched for its words" in tree.css_first(".note").text()


def test_article_page_highlights_and_attributes_quotes_and_claims(
    client: TestClient, db: Path
) -> None:
    number = find_id(
        db,
        "SELECT id FROM articles WHERE site_name = 'Tidewire' AND title LIKE 'Flash floods kill%'",
    )
    tree = page(client, f"/articles/{number}")
    assert (
        tree.css_first("h1").text() == "Flash floods kill 12 in Port Avel as river bursts its banks"
    )
    quotes = tree.css(".article-body .quote")
    assert any("never seen the water rise" in q.text() for q in quotes)
    links = [a.attributes["href"] for a in tree.css(".article-body .attribution a")]
    assert "/people/Kemi%20Adeyo" in links
    assert any("12 people killed" in note.text() for note in tree.css(".claim-note"))
    figure = tree.css_first(".article-image")
    assert figure.css_first("img").attributes["src"].startswith("https://tidewire.example/")
    assert "Ada Lind/Tidewire" in figure.css_first(".credit").text()
    assert "min read" in tree.css_first(".meta").text()
    assert (
        tree.css_first("a.original").attributes["href"] == "https://tidewire.example/news/flood-0"
    )
    assert "Harbor City Times" in tree.css_first(".article-facts").text()
    assert "/people/Kemi%20Adeyo" in [a.attributes["href"] for a in tree.css("aside a")]


def test_article_page_shows_dateline_and_credits_from_the_record(
    client: TestClient, db: Path
) -> None:
    number = find_id(
        db,
        "SELECT id FROM articles WHERE dateline_place IS NOT NULL AND id IN "
        "(SELECT article_id FROM credits)",
    )
    tree = page(client, f"/articles/{number}")
    assert "Dateline:" in tree.css_first(".dateline-note").text()
    assert tree.css(".credits li")


def test_injected_markup_in_title_body_and_caption_stays_text(client: TestClient, db: Path) -> None:
    number = find_id(db, "SELECT id FROM articles WHERE site_name = 'Avel Evening'")
    response = client.get(f"/articles/{number}")
    assert f"<script>window.{XSS_FLAG}" not in response.text
    assert "onerror=" not in response.text.replace("onerror=&#34;", "")
    tree = HTMLParser(response.text)
    assert_inert(tree)
    assert f"<script>window.{XSS_FLAG}=1</script>" in tree.css_first("h1").text()
    assert "onerror=" in tree.css_first(".article-body").text()
    assert "<script>" in tree.css_first(".article-image .caption").text()
    for url in ("/", "/search?q=gala", "/articles"):
        assert f"<script>window.{XSS_FLAG}" not in client.get(url).text
    api = client.get(f"/api/articles/{number}")
    assert api.headers["content-type"] == "application/json"
    assert api.headers["x-content-type-options"] == "nosniff"


def test_story_page_has_timeline_outlets_and_people_quoted(client: TestClient, db: Path) -> None:
    story = find_id(db, "SELECT story_id FROM articles WHERE title LIKE 'Port Avel flood toll%'")
    tree = page(client, f"/stories/{story}")
    days = texts(tree, ".timeline-days > li > h3")
    assert days == sorted(days) and days[0] == "2024-06-10" and len(days) == 3
    assert {"Tidewire", "The Lagoon Courier", "Northsea Ledger"} <= set(texts(tree, "aside ul li"))
    assert "Kemi Adeyo" in " ".join(texts(tree, "aside a"))


def test_person_page_shows_titles_quotes_by_date_and_claims(client: TestClient) -> None:
    tree = page(client, "/people/Kemi%20Adeyo")
    assert tree.css_first("h1").text() == "Kemi Adeyo"
    assert any("director" in t for t in texts(tree, "section ul li"))
    dates = [node.attributes["datetime"] for node in tree.css(".quotes time")]
    assert dates == sorted(dates) and len(dates) >= 3
    assert "27" in " ".join(texts(tree, "table td"))


def test_every_person_link_of_an_article_page_leads_to_a_person_page(
    client: TestClient, db: Path
) -> None:
    conn = sqlite3.connect(db)
    ids = [row[0] for row in conn.execute("SELECT article_id FROM authors")]
    conn.close()
    followed = 0
    for article_id in sorted(set(ids)):
        tree = page(client, f"/articles/{article_id}")
        for link in tree.css('a[href^="/people/"]'):
            response = client.get(link.attributes["href"])
            assert response.status_code == 200, link.attributes["href"]
            followed += 1
    assert followed > len(set(ids))  # bylines and the people the facts found


def test_claims_page_charts_each_source_and_tabulates_the_figures(client: TestClient) -> None:
    tree = page(client, "/claims?predicate=killed&unit=people")
    legend = texts(tree, ".legend li")
    assert "Kemi Adeyo" in legend and "Port Avel Emergency Agency" in legend
    points = tree.css("svg.line-chart path.marker")
    rows = tree.css("table tbody tr")
    assert len(points) >= 3 and len(rows) >= len(points)
    labels = [p.attributes["data-label"] for p in points]
    # The wire copy of the first report repeats its figure: it is charted once.
    assert len(set(labels)) == len(labels)
    assert any(label.startswith("2024-06-11: 27 (Kemi Adeyo)") for label in labels)


def test_the_claims_chart_counts_in_whole_numbers_and_tells_sources_apart_by_shape(
    client: TestClient,
) -> None:
    tree = page(client, "/claims?predicate=killed&unit=people")
    svg = tree.css_first("svg.line-chart")
    y_labels = [t.text() for t in svg.css("text.axis") if "-" not in t.text()]
    assert [int(label) for label in y_labels] == [0, 10, 20, 30, 40, 50]  # not 12.5, 37.5
    # Kemi Adeyo's single point sits on the agency's line: its marker has another shape, which
    # the legend shows too (the first command of a circle is an arc, of a square a line).
    shapes = {
        group.attributes["class"]: {p.attributes["d"].split(",")[1][-1] for p in group.css("path")}
        for group in svg.css("g.series")
    }
    assert len(shapes) == 2 and len({frozenset(v) for v in shapes.values()}) == 2
    swatches = [li.css_first("svg.swatch path").attributes["d"] for li in tree.css(".legend li")]
    assert len(set(swatches)) == 2
    # Markers are drawn over every line, and none of them is a keyboard stop.
    names = [node.tag for node in svg.traverse() if node.tag == "path"]
    assert names and not [node for node in svg.traverse() if "tabindex" in node.attributes]
    kinds = [node.attributes.get("class", "").split()[0] for node in svg.css("path")]
    assert kinds.index("marker") > max(i for i, kind in enumerate(kinds) if kind == "line")
    assert "people killed" in texts(svg, "text.axis-title")


def test_the_claims_form_chooses_a_measure_whole(client: TestClient) -> None:
    tree = page(client, "/claims?predicate=killed&unit=people")
    options = tree.css("select#measure option")
    assert not tree.css("input[name=unit]")  # no separate unit box to keep a stale value
    chosen = [o for o in options if "selected" in o.attributes]
    assert [o.attributes["value"] for o in chosen] == ["killed|people"]
    # Every option of the form gives a page with figures: predicate and unit go together.
    for option in options:
        other = page(client, f"/claims?measure={quote(option.attributes['value'] or '')}")
        assert other.css("table tbody tr"), option.attributes["value"]


def test_a_measure_without_a_unit_can_be_chosen(client: TestClient) -> None:
    tree = page(client, "/claims")
    values = [o.attributes["value"] for o in tree.css("select#measure option")]
    assert "counted|" in values  # "31 dead" from the aid group: counted, no unit
    counted = page(client, "/claims?measure=counted%7C")
    assert "The Red Lantern aid group" in " ".join(texts(counted, "table tbody td"))
    assert "31" in " ".join(texts(counted, "table tbody td"))
    # A predicate alone selects its own measure, not the first of the list.
    alone = page(client, "/claims?predicate=counted")
    chosen = [o.attributes["value"] for o in alone.css("select#measure option[selected]")]
    assert chosen == ["counted|"]
    assert "counted" in alone.css_first("#table-heading").text()
    killed = page(client, "/claims?predicate=killed")
    assert [o.attributes["value"] for o in killed.css("option[selected]")] == ["killed|people"]


def test_a_predicate_past_the_forms_measures_takes_its_own_commonest_unit(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.web import routes_pages

    monkeypatch.setattr(routes_pages, "CLAIM_MEASURES", 1)  # the form offers one measure only
    offered = page(client, "/claims").css("select#measure option")
    assert "displaced|people" not in [o.attributes["value"] for o in offered]
    displaced = page(client, "/claims?predicate=displaced")
    assert "people displaced" in displaced.css_first("#table-heading").text()
    assert texts(displaced, "table tbody td")


def test_the_claims_page_says_which_story_it_shows_and_clears_it(
    client: TestClient, db: Path
) -> None:
    story = find_id(db, "SELECT story_id FROM articles WHERE title LIKE 'Port Avel flood toll%'")
    tree = page(client, f"/claims?story={story}")
    note = tree.css_first(".filter-note")
    assert note is not None and "Port Avel" in note.text()
    links = {a.text(strip=True): a.attributes["href"] for a in note.css("a")}
    assert links[next(k for k in links if "Port Avel" in k)] == f"/stories/{story}"
    clear = links["Show figures from every story"]
    assert "story=" not in clear and clear.startswith("/claims")
    assert "story" not in texts(page(client, clear), ".filter-note")
    # A story whose figures name no source lists them and says why nothing is charted; a story
    # without figures says so, not that facts were never extracted.
    unsourced = find_id(db, "SELECT story_id FROM articles WHERE site_name = 'Riverbend Review'")
    listed = page(client, f"/claims?story={unsourced}")
    assert "names its source" in listed.css_first("#table-heading ~ .note").text()
    assert listed.css("table tbody tr") and not listed.css("svg.line-chart")
    quiet = find_id(db, "SELECT story_id FROM articles WHERE site_name = 'Вечерний Прибой'")
    empty = page(client, f"/claims?story={quiet}")
    said = empty.css_first("#table-heading").parent.text()
    assert "No figures were claimed in this story" in said
    assert "ingest --facts" not in said


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/articles/99999", 404, "no article 99999"),
        ("/articles/x1", 422, "article_id"),
        ("/stories/0", 422, "story_id"),
        ("/people/Nobody%20Atall", 404, "Nobody Atall"),
        ("/search?q=floods&since=last-week", 422, "since: 'last-week' is not a date"),
        ("/search?q=floods&page=0", 422, "page"),
        ("/no/such/page", 404, "There is no page at /no/such/page"),
    ],
)
def test_bad_addresses_get_an_error_page(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert words in HTMLParser(response.text).css_first(".error-message").text()
    assert "Traceback" not in response.text


def test_marked_escapes_the_snippet_before_marking() -> None:
    snippet = f"a <b>{MARK_OPEN}flood{MARK_CLOSE}</b> & {MARK_OPEN}stray"
    assert str(marked(snippet)) == "a &lt;b&gt;<mark>flood</mark>&lt;/b&gt; &amp; stray"


def test_only_http_links_survive() -> None:
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("//a.example/x") is None


def test_article_body_splits_paragraphs_and_escapes_around_highlights() -> None:
    text = 'He said "<b>no</b> way" today.\n\nNext <i>para</i>.'
    start = text.index("<b>")
    end = text.index('"', start)
    facts = {"quotes": [{"start": start, "end": end, "speaker": "A <x>", "text": ""}]}
    paragraphs = [str(p) for p in article_body(text, facts)]
    assert len(paragraphs) == 2
    # The quotation marks belong to the quote: the speaker comes after the closing one.
    assert (
        '<span class="quote">&#34;&lt;b&gt;no&lt;/b&gt; way&#34;</span><span class="attribution">'
        in paragraphs[0]
    )
    assert 'href="/people/A%20%3Cx%3E">A &lt;x&gt;</a>' in paragraphs[0]
    assert paragraphs[1] == "Next &lt;i&gt;para&lt;/i&gt;."


@pytest.mark.parametrize(
    ("value", "shown"),
    [(40000, "40,000"), (2.5, "2.5"), (2.999, "3"), (1234.004, "1,234"), (0.001, "0"),
     (-0.001, "0"), (0.25, "0.25"), (-3.5, "-3.5")],
)  # fmt: skip
def test_figures_are_written_as_people_write_them(value: float, shown: str) -> None:
    assert format_figure(value) == shown


def test_axis_ticks_of_a_small_scale_keep_the_decimals_they_need() -> None:
    labels = [tick.label for tick in line_chart({"agency": [("2024-06-10", 0.01)]}).y_ticks]
    assert len(set(labels)) == len(labels) == 5 and labels[-1] == "0.01"


@pytest.mark.parametrize("url", ["/search?q=%D8%B3%D8%AF", "/articles", "/people"])
def test_fields_for_names_and_words_follow_the_direction_of_what_is_typed(
    client: TestClient, url: str
) -> None:
    """An Arabic query or outlet typed into a form reads right to left, as it does in the
    results; dates, addresses and the token stay left to right."""
    tree = HTMLParser(client.get(url).text)
    typed = [
        field for field in tree.css("input") if field.attributes.get("type") in (None, "search")
    ]
    assert len(typed) >= 2
    assert all(field.attributes.get("dir") == "auto" for field in typed), [
        field.attributes.get("id") for field in typed if field.attributes.get("dir") != "auto"
    ]
    assert all("dir" not in f.attributes for f in tree.css("input[type=date], input[type=email]"))


def arabic_article(db: Path) -> int:
    return find_id(db, "SELECT id FROM articles WHERE language = 'ar'")


def test_right_to_left_text_is_isolated_and_the_labels_stay_left_to_right(
    client: TestClient, db: Path
) -> None:
    number = arabic_article(db)
    response = client.get(f"/articles/{number}")
    tree = HTMLParser(response.text)
    # The page's own labels ("By", "min read", "Original article") are English, left to right:
    # only the article's text carries its language and dir="auto".
    article = tree.css_first("article.article")
    assert "lang" not in article.attributes and "dir" not in article.attributes
    title = tree.css_first("h1")
    assert title.attributes["lang"] == "ar" and title.attributes["dir"] == "auto"
    assert tree.css_first(".article-body").attributes["dir"] == "auto"
    meta = tree.css_first("article header .meta")
    parts = [node for node in meta.iter() if node.tag != "-text"]
    assert parts[0].tag == "bdi" and parts[0].text() == "صحيفة الساحل"
    byline = meta.css_first(".byline")
    assert byline.text().startswith("By ") and byline.css_first("a").attributes["dir"] == "auto"
    when = meta.css_first("time")
    assert when.attributes["dir"] == "ltr" and when.text().startswith("2024-06-09")
    # The parts are apart in the text too (copied, or read by a screen reader).
    assert "</bdi><span" not in response.text and "</time><span" not in response.text
    assert [li.attributes.get("dir") for li in tree.css(".tags li")] == ["auto"] * 3
    assert {li.attributes.get("lang") for li in tree.css(".tags li")} == {"ar"}
    # In lists: the outlet is isolated from the date after it, the dek is the article's text.
    for url in ("/articles", f"/search?q={quote('المرجان')}"):
        item = next(
            i for i in page(client, url).css(".article-item") if i.css_first('a[lang="ar"]')
        )
        assert item.css_first(".meta bdi.outlet").text() == "صحيفة الساحل"
        assert item.css_first(".meta time").attributes["dir"] == "ltr"
        text = item.css_first(".dek, .snippet")
        assert text.attributes["dir"] == "auto" and text.attributes["lang"] == "ar"


def test_names_and_quotes_from_pages_are_marked_dir_auto(client: TestClient, db: Path) -> None:
    people = page(client, "/people")
    assert all(a.attributes.get("dir") == "auto" for a in people.css(".people-list a"))
    author = page(client, f"/people/{quote('ليلى حداد')}")
    assert author.css_first("h1").attributes["dir"] == "auto"
    kemi = page(client, "/people/Kemi%20Adeyo")
    assert all(q.attributes.get("dir") == "auto" for q in kemi.css(".quotes blockquote"))
    assert {q.attributes.get("lang") for q in kemi.css(".quotes blockquote")} == {"en"}
    claims = page(client, "/claims?predicate=killed&unit=people")
    assert all(a.attributes.get("dir") == "auto" for a in claims.css("table tbody a"))
    assert all(s.attributes.get("dir") == "auto" for s in claims.css(".legend li span"))


def test_article_marks_have_a_key_can_be_turned_off_and_quotes_are_listed(
    client: TestClient, db: Path
) -> None:
    number = find_id(
        db,
        "SELECT id FROM articles WHERE site_name = 'Tidewire' AND title LIKE 'Flash floods kill%'",
    )
    tree = page(client, f"/articles/{number}")
    key = tree.css_first(".marks-key")
    assert key is not None and key.css_first(".quote") and key.css_first(".claim")
    off = key.css_first("a").attributes["href"]
    assert off == f"/articles/{number}?marks=off"
    # The speaker follows the whole quote, closing quotation mark included.
    quoted = next(q for q in tree.css(".article-body .quote") if "never seen" in q.text())
    assert quoted.text().startswith('"') and quoted.text().endswith('"')
    assert "attribution" in quoted.next.attributes.get("class", "")
    # Beside the text: every quote with its speaker.
    listed = {
        li.css_first("blockquote").text(): li.css_first(".meta").text(strip=True)
        for li in tree.css(".quote-list li")
    }
    assert any("never seen the water rise" in text for text in listed)
    assert "Kemi Adeyo" in listed.values()
    plain = page(client, off)
    assert not plain.css(".article-body .quote, .article-body .claim, .article-body .attribution")
    assert "never seen the water rise" in plain.css_first(".article-body").text()
    back = plain.css_first(".marks-key a").attributes["href"]
    assert back == f"/articles/{number}" and page(client, back).css(".article-body .quote")


def test_a_wire_copy_names_its_original_and_copies_show_once_with_times(
    client: TestClient, db: Path
) -> None:
    copy = find_id(
        db,
        "SELECT id FROM articles WHERE site_name = 'Harbor City Times'"
        " AND duplicate_of IS NOT NULL",
    )
    original = find_id(db, "SELECT duplicate_of FROM articles WHERE id = ?", copy)
    note = page(client, f"/articles/{copy}").css_first(".wire-note")
    assert "Tidewire" in note.text() and "similarity" in note.text()
    link = note.css_first("a")
    assert link.attributes["href"] == f"/articles/{original}"
    assert link.text() == "Flash floods kill 12 in Port Avel as river bursts its banks"
    # The Lagos wire story was archived twice from The Lagoon Courier (a page and a text file):
    # one entry, the record with a time, naming the other.
    lagos = find_id(
        db, "SELECT id FROM articles WHERE site_name = 'Tidewire' AND title LIKE '%Lagos%'"
    )
    copies = page(client, f"/articles/{lagos}").css("#copies-heading ~ ul .article-item")
    assert len(copies) == 1
    assert "15:30 +01:00" in copies[0].css_first("time").text()
    assert "also archived as article" in copies[0].css_first(".meta").text()


def test_the_story_timeline_shows_times_and_no_link_back_to_itself(
    client: TestClient, db: Path
) -> None:
    story = find_id(db, "SELECT story_id FROM articles WHERE title LIKE 'Port Avel flood toll%'")
    tree = page(client, f"/stories/{story}")
    times = [t.text() for t in tree.css(".timeline .article-item time")]
    assert times[:2] == ["2024-06-10 08:00 UTC", "2024-06-10 14:00 UTC"]
    assert not tree.css(f'.timeline a[href="/stories/{story}"]')
    # Day headings are h3, the articles under them h4.
    assert len(tree.css(".timeline-days > li > h3")) == 3
    assert len(tree.css(".timeline .article-item h4")) == 4
    single = find_id(db, "SELECT story_id FROM articles WHERE site_name = 'Riverbend Review'")
    meta = page(client, f"/stories/{single}").css_first(".story-meta").text()
    assert "on 2024-04-13" in meta and " to " not in meta


def test_numbered_lists_continue_on_later_pages_which_say_where_they_are(
    client: TestClient,
) -> None:
    first = page(client, "/articles?per_page=3")
    pages = int(first.css_first(".page-of").text().split(" of ")[1])
    assert first.css_first(".page-of").text() == f"Page 1 of {pages}" and pages > 2
    second = page(client, "/articles?per_page=3&page=2")
    assert second.css_first("ol.article-list").attributes["start"] == "4"
    assert f"page 2 of {pages}" in second.css_first("#results-heading").text()
    search = page(client, "/search?q=the&per_page=3&page=2")
    assert search.css_first("ol.article-list").attributes["start"] == "4"
    assert "page 2 of" in search.css_first("#results-heading").text()


def test_the_search_page_explains_its_syntax_and_opens_the_help_on_no_results(
    client: TestClient,
) -> None:
    blank = page(client, "/search")
    help_ = blank.css_first("details.syntax-help")
    assert help_ is not None and "open" not in help_.attributes
    said = help_.text()
    assert all(part in said for part in ('"river burst"', " OR ", " NOT ", "evacu*"))
    none = page(client, "/search?q=zzyzzx")
    assert "open" in none.css_first("details.syntax-help").attributes
    assert "Nothing matches" in none.css_first("#results-heading ~ .note").text()


def heading_levels(tree: HTMLParser) -> list[int]:
    return [int(node.tag[1]) for node in tree.css("main h1, main h2, main h3, main h4")]


def test_headings_never_skip_a_level_and_story_links_say_which(
    client: TestClient, db: Path
) -> None:
    story = find_id(db, "SELECT story_id FROM articles WHERE title LIKE 'Port Avel flood toll%'")
    number = find_id(db, "SELECT id FROM articles WHERE title LIKE 'Port Avel flood toll%'")
    for url in (
        "/", "/articles", "/search?q=floods", f"/stories/{story}", f"/articles/{number}",
        "/people/Kemi%20Adeyo", "/claims", "/stories", "/people",
    ):  # fmt: skip
        levels = heading_levels(page(client, url))
        assert levels[0] == 1 and all(b <= a + 1 for a, b in pairwise(levels)), (url, levels)
    links = page(client, "/articles").css('.article-item a[href^="/stories/"]')
    labels = [a.attributes.get("aria-label") or "" for a in links]
    assert all(label.startswith("story of ") for label in labels)
    assert len(set(labels)) > 1


@pytest.mark.parametrize(
    ("url", "current"),
    [("/articles", "/articles"), ("/articles/1", "/articles"), ("/people/Kemi%20Adeyo", "/people"),
     ("/stories/1", "/stories"), ("/", "/")],
)  # fmt: skip
def test_the_nav_marks_the_current_section(client: TestClient, url: str, current: str) -> None:
    marked = page(client, url).css("header nav a[aria-current]")
    assert [a.attributes["href"] for a in marked] == [current]


def test_person_pages_show_only_the_sections_that_hold_something(client: TestClient) -> None:
    agency = page(client, "/people/Port%20Avel%20Emergency%20Agency")
    headings = [h.attributes["id"] for h in agency.css("main h2")]
    assert "claims-heading" in headings
    assert "articles-heading" not in headings and "titles-heading" not in headings
    assert "No article text names them" in agency.css_first(".person-summary").text()
    author = page(client, "/people/Mira%20Solenne")
    assert [h.attributes["id"] for h in author.css("main h2")] == ["written-heading"]
    assert "1 article written" in author.css_first(".person-summary").text()
    for tree in (agency, author):
        for section in tree.css("main section"):
            assert section.css("li, tr"), section.html


def test_a_relative_image_address_is_resolved_against_the_article() -> None:
    base = "https://news.example/culture/2024/03/05/library"
    assert safe_url("/media/hall.jpg", base) == "https://news.example/media/hall.jpg"
    assert safe_url("hall.jpg", base + "/") == base + "/hall.jpg"
    assert safe_url("//cdn.example/a.jpg", base) == "https://cdn.example/a.jpg"
    assert safe_url("javascript:alert(1)", base) is None
    assert safe_url("/media/hall.jpg", "javascript:x") is None
    assert safe_url("/media/hall.jpg") is None
    env = make_environment()
    html = env.get_template("article.html").render(
        request=None,
        path="/articles/1",
        title="t",
        article={
            "id": 1, "title": "t", "canonical_url": base, "copies": [],
            "images": [{"url": "/media/hall.jpg", "alt": "the hall"}],
        },
        facts={}, paragraphs=[], copies=[], same_outlet=[], original=None,
    )  # fmt: skip
    img = HTMLParser(html).css_first(".article-image img")
    assert img is not None and img.attributes["src"] == "https://news.example/media/hall.jpg"


def test_a_listing_page_says_it_is_a_listing(client: TestClient, db: Path) -> None:
    number = find_id(db, "SELECT id FROM articles WHERE page_type = 'listing'")
    note = page(client, f"/articles/{number}").css_first(".page-kind")
    assert note is not None and "listing" in note.text() and "not an article" in note.text()


@pytest.mark.parametrize(
    ("url", "title"),
    [("/no/such/page", "Not found"), ("/articles/99999", "Not found"),
     ("/articles/x1", "Invalid request")],
)  # fmt: skip
def test_error_pages_are_titled_by_what_went_wrong(
    client: TestClient, url: str, title: str
) -> None:
    tree = HTMLParser(client.get(url).text)
    assert tree.css_first("title").text() == f"{title} · dateline"
    assert tree.css_first("main").text().lower().count("not found") <= 1


@pytest.mark.parametrize("url", ["/search?q=zzyzzx&story={}", "/articles?story={}"])
def test_a_story_filter_is_shown_and_can_be_unticked(
    client: TestClient, db: Path, url: str
) -> None:
    story = find_id(db, "SELECT story_id FROM articles WHERE story_id IS NOT NULL")
    tree = page(client, url.format(story))
    box = tree.css_first("form.filters input#story")
    assert box.attributes["type"] == "checkbox" and "checked" in box.attributes
    assert box.attributes["value"] == str(story)
    assert tree.css_first("label[for=story]").text() == f"Only story {story}"
    # No link in the form: a story id typed into the address may name no story.
    assert page(client, url.format(99999)).css_first("form.filters a") is None


def test_an_empty_archive_says_so_rather_than_blaming_the_filters(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    open_archive(empty).close()
    with TestClient(create_app(Settings(db=empty))) as client:
        listing = page(client, "/articles").css_first("#results-heading ~ p").text()
        filtered = page(client, "/articles?site=tidewire.example").css_first("#results-heading ~ p")
    assert "no articles yet" in listing and "dateline ingest" in listing
    assert filtered.text() == "No article matches these filters."


@pytest.mark.parametrize(("url", "heading"), [("/search", "Search"), ("/articles", "Articles")])
def test_a_bad_date_is_said_above_the_form_which_keeps_the_query(
    client: TestClient, url: str, heading: str
) -> None:
    response = client.get(url, params={"q": "floods", "since": "last week", "site": "tw"})
    assert response.status_code == 422
    tree = HTMLParser(response.text)
    assert tree.css_first("h1").text() == heading
    if url == "/search":
        assert tree.css_first("input#q").attributes["value"] == "floods"
    assert tree.css_first("input#site").attributes["value"] == "tw"
    assert "since: 'last week' is not a date" in tree.css_first(".error-message").text()


@pytest.mark.parametrize("url", ["/search", "/articles", "/api/search", "/api/articles"])
def test_dates_the_wrong_way_round_are_said_not_matched_to_nothing(
    client: TestClient, url: str
) -> None:
    params = {"q": "floods", "since": "2024-04-30", "until": "2024-04-01"}
    response = client.get(url, params=params)
    assert response.status_code == 422
    said = "since: 2024-04-30 is after until (2024-04-01): swap the dates"
    if url.startswith("/api/"):
        assert response.json()["detail"] == said
    else:
        assert said in HTMLParser(response.text).css_first(".error-message").text()
    swapped = client.get(url, params={**params, "since": "2024-04-01", "until": "2024-04-30"})
    assert swapped.status_code == 200


def test_coverage_bins_are_days_weeks_months_or_years_as_the_span_needs() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE articles (is_latest INTEGER, published TEXT, page_type TEXT)")

    def bins(*days: str) -> queries.Coverage | None:
        conn.execute("DELETE FROM articles")
        conn.executemany("INSERT INTO articles VALUES (1, ?, 'article')", [(day,) for day in days])
        # Section fronts and other pages, however dated, are no articles to count.
        conn.executemany(
            "INSERT INTO articles VALUES (1, ?, ?)",
            [("1999-01-01", "listing"), ("2031-12-31", "other")],
        )
        return queries.coverage(conn, 40)

    assert bins() is None
    short = bins("2024-06-01T10:00:00Z", "2024-06-03", "2024-06-03T23:00:00+02:00")
    assert short is not None and short.unit == "day"
    assert short.bins == [(date(2024, 6, 1), 1), (date(2024, 6, 2), 0), (date(2024, 6, 3), 2)]
    weeks = bins("2024-01-10", "2024-06-03")
    assert weeks is not None and weeks.unit == "week" and weeks.total == 2
    months = bins("2021-03-10", "2024-06-03", "not a date")
    assert months is not None and months.unit == "month" and len(months.bins) == 40
    assert months.first == date(2021, 3, 10) and months.last == date(2024, 6, 3)
    years = bins("2020-01-10", "2024-06-03")
    assert years is not None and years.unit == "year" and len(years.bins) == 5


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(1, [0, 1]), (3, [0, 1, 2, 3]), (7, [0, 2, 4, 6, 8]), (41, [0, 10, 20, 30, 40, 50]),
     (4200, [0, 1000, 2000, 3000, 4000, 5000])],
)  # fmt: skip
def test_counts_get_whole_number_ticks(top: int, ticks: list[int]) -> None:
    chart = bar_chart([("2024-06-10", top), ("2024-06-11", 0)])
    assert [tick.label.replace(",", "") for tick in chart.y_ticks] == [str(t) for t in ticks]


def test_a_page_past_the_last_says_so_instead_of_page_5_of_2(client: TestClient) -> None:
    search = page(client, "/search?q=floods&per_page=2&page=500")
    heading = search.css_first("#results-heading").text()
    assert "past the last page" in heading and "page 500 of" not in heading
    listing = page(client, "/articles?per_page=10&page=900")
    assert "past the last page" in listing.css_first("#results-heading").text()


@pytest.mark.parametrize(
    ("path", "kept"),
    [("/articles?site=tidewire.example&per_page=1&page=900", "site=tidewire.example"),
     ("/search?q=floods&per_page=2&page=500", "q=floods"),
     ("/people?name=a&page=900", "name=a"),
     ("/stories?page=900", "")],
)  # fmt: skip
def test_past_the_last_page_links_back_with_the_filters_kept(
    client: TestClient, path: str, kept: str
) -> None:
    past = page(client, path)
    pager = past.css_first("nav.pager")
    assert pager.css_first(".page-of").text().startswith("Past the last page (")
    last = pager.css_first("a").attributes["href"]
    assert pager.css_first("a").text() == "← Last page" and kept in last
    assert page(client, last).css("main ol > li")  # the last page has rows
    first = past.css_first("main p a").attributes["href"]
    assert first.endswith("page=1") and kept in first
    assert "Nobody whose name" not in past.text()  # people exist, only not on page 900
