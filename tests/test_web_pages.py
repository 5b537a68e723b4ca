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

from dateline.web.app import Settings, create_app
from dateline.web.charts import format_figure, line_chart
from dateline.web.queries import MARK_CLOSE, MARK_OPEN
from dateline.web.render import article_body, marked, safe_url


@pytest.fixture(scope="module")
def db() -> Path:
    return archive_db()


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as test_client:
        yield test_client


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
    shown = [date.fromisoformat(label[:10]) for label in labels]
    counts = [int(label.split(": ")[1].split()[0]) for label in labels]
    # Every day of the span has its bar, days without articles too, up to the latest day.
    assert len(shown) > 1 and all(b - a == timedelta(days=1) for a, b in pairwise(shown))
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT substr(published, 1, 10), count(*) FROM articles WHERE is_latest = 1"
            " AND published IS NOT NULL GROUP BY 1"
        ).fetchall()
    per_day = {date.fromisoformat(day): n for day, n in rows}
    assert shown[-1] == max(per_day)
    assert counts == [per_day.get(day, 0) for day in shown]


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
    summary = tree.css_first("main h1 ~ p").text()
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
    assert "of type listing" in listings.css_first("main h1 ~ p").text()
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
    points = tree.css("svg.line-chart circle")
    rows = tree.css("table tbody tr")
    assert len(points) >= 3 and len(rows) >= len(points)
    labels = [p.attributes["data-label"] for p in points]
    # The wire copy of the first report repeats its figure: it is charted once.
    assert len(set(labels)) == len(labels)
    assert any(label.startswith("2024-06-11: 27 (Kemi Adeyo)") for label in labels)


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


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/articles/99999", 404, "no article 99999"),
        ("/articles/x1", 422, "article_id"),
        ("/stories/0", 422, "story_id"),
        ("/people/Nobody%20Atall", 404, "Nobody Atall"),
        ("/search?q=floods&since=last-week", 422, "since: 'last-week' is not a date"),
        ("/search?q=floods&page=0", 422, "page"),
        ("/no/such/page", 404, "Not Found"),
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
    assert '<span class="quote">&lt;b&gt;no&lt;/b&gt; way</span>' in paragraphs[0]
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
