"""The JSON API over a real archive built from fixture pages through ``dateline ingest --facts``:
filters, paging, records with facts, search fallbacks, 4xx for bad input, the OpenAPI document."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from browser.web_archive import archive_db, news_page
from damaged_archive import damaged_copy
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate

from dateline.archive.names_match import add_name_functions, contains_pattern
from dateline.archive.search import Filters
from dateline.cli import main
from dateline.web import queries
from dateline.web.app import Settings, create_app

#: Two more pages, published a minute apart in different time zones: as text Bayside's
#: "15:31+01:00" (14:31 UTC) sorts after Coastline's "14:32+00:00", by the instant before it;
#: and both after the Lagos wire copy of "15:30+01:00" (14:30 UTC).
LATER_PAGES = [
    (
        "Coastline Daily",
        "coastline.example",
        "2024-03-03T14:32:00+00:00",
        "Crane collapse closes the Port Ennis container terminal",
        "Ruth Yıldız",
        [
            "PORT ENNIS, March 3 (Coastline Daily) - A gantry crane collapsed at the Port Ennis "
            "container terminal on Sunday, injuring 4 workers and halting all cargo traffic, "
            "officials said.",
            '"We will check 100% of the cranes before the terminal reopens," said Halvard Moe, '
            "the port director.",
            "The port authority said 1,200 containers were waiting to be unloaded at the quay.",
            "Shipping lines diverted three vessels to the northern harbour while engineers "
            "inspected the site.",
        ],
    ),
    (
        "Bayside Herald",
        "bayside.example",
        "2024-03-03T15:31:00+01:00",
        "Ferry crews strike over night shifts in Kelvik",
        "Lena Søvik",
        [
            "KELVIK, March 3 (Bayside Herald) - Ferry crews walked out on Sunday over new night "
            "shifts, stranding 900 passengers on the islands, the union said.",
            '"We will not sail until the rota is withdrawn," said Petra Lind, the union leader.',
            "The ferry company said it would run a reduced timetable with hired boats on Monday.",
            "Islanders queued for hours at the harbour for the few seats left on the morning boat.",
        ],
    ),
]


@pytest.fixture(scope="module")
def db() -> Path:
    return archive_db()


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=db)), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def later_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the test archive with ``LATER_PAGES`` ingested (with facts) too."""
    folder = tmp_path_factory.mktemp("later")
    db = folder / "later.db"
    shutil.copy(archive_db(), db)
    pages = folder / "pages"
    pages.mkdir()
    for number, (site, host, published, title, author, paragraphs) in enumerate(LATER_PAGES):
        page = news_page(site, host, published, title, author, paragraphs, slug=f"later-{number}")
        (pages / f"later-{number}.html").write_text(page, encoding="utf-8")
    assert main(["ingest", "-q", "--facts", "--db", str(db), str(pages)]) == 0
    return db


@pytest.fixture(scope="module")
def later(later_db: Path) -> Iterator[TestClient]:
    with TestClient(
        create_app(Settings(db=later_db)), raise_server_exceptions=False
    ) as test_client:
        yield test_client


def test_people_quotes_and_claims_leave_out_listing_pages(db: Path, tmp_path: Path) -> None:
    """An archive analysed before listings were skipped holds a tag page's facts: the lists
    do not count them."""
    copy = tmp_path / "old.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        listing = conn.execute(
            "SELECT id FROM articles WHERE page_type = 'listing' AND is_latest = 1"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO people (article_id, position, name, titles, mentions)"
            " VALUES (?, 90, 'Oskar Teasewell', '[]', 3)",
            (listing,),
        )
        conn.execute(
            "INSERT INTO quotes (article_id, position, text, speaker, kind, start_char, end_char)"
            " VALUES (?, 90, 'teaser words of the quay', 'Oskar Teasewell', 'direct', 0, 5)",
            (listing,),
        )
        conn.execute(
            "INSERT INTO claims (article_id, position, text, source, value, unit, predicate)"
            " VALUES (?, 90, '77 teasers', 'Oskar Teasewell', 77, 'teasers', 'counted')",
            (listing,),
        )
    with TestClient(create_app(Settings(db=copy)), raise_server_exceptions=False) as old:
        assert ok(old, "/api/people", name="teasewell")["total"] == 0
        assert old.get("/api/people/Oskar Teasewell").status_code == 404
        assert ok(old, "/api/quotes", q="teaser words")["total"] == 0
        assert ok(old, "/api/claims", unit="teasers")["total"] == 0
        assert ok(old, "/api/claims", source="Oskar Teasewell")["total"] == 0


def instant(published: str) -> datetime:
    """When an ISO date or date-time is (a date, or a time without a zone, in UTC)."""
    moment = datetime.fromisoformat(published)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def ok(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def article_id(db: Path, title_part: str, site: str) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT id FROM articles WHERE title LIKE ? AND site_name = ?",
            (f"%{title_part}%", site),
        ).fetchone()
    assert row is not None, (title_part, site)
    return row[0]


def test_articles_lists_every_latest_article_newest_first(client: TestClient, db: Path) -> None:
    with sqlite3.connect(db) as conn:
        latest = conn.execute("SELECT count(*) FROM articles WHERE is_latest = 1").fetchone()[0]
    body = ok(client, "/api/articles", per_page=100)
    assert body["total"] == latest == len(body["items"])
    dates = [instant(item["published"]) for item in body["items"] if item["published"]]
    assert dates == sorted(dates, reverse=True)


def test_articles_filter_by_site_dates_person_and_story(client: TestClient, db: Path) -> None:
    by_site = ok(client, "/api/articles", site="tidewire.example")["items"]
    assert by_site and {item["host"] for item in by_site} == {"tidewire.example"}
    june = ok(client, "/api/articles", since="2024-06-11", until="2024-06-11")["items"]
    assert [item["title"] for item in june] == ["Port Avel flood toll rises to 27 as rain returns"]
    person = ok(client, "/api/articles", person="Kemi Adeyo")["items"]
    assert len(person) == 4 and all("Port Avel" in item["title"] for item in person)
    story = ok(client, "/api/articles", story=person[0]["story_id"])["items"]
    assert {item["id"] for item in person} <= {item["id"] for item in story}


#: The one listing of the test archive: the fixture live_listing.html, a tag page.
LISTING_TITLE = "Floods Archives"


@pytest.mark.parametrize("path", ["/api/articles", "/api/search"])
def test_lists_filter_by_page_type(client: TestClient, path: str) -> None:
    every = ok(client, path, q="floods", per_page=100)
    listings = ok(client, path, q="floods", type="listing", per_page=100)
    articles = ok(client, path, q="floods", type="article", per_page=100)
    blank = ok(client, path, q="floods", type="", per_page=100)
    assert LISTING_TITLE in {item["title"] for item in every["items"]}
    assert [(i["title"], i["page_type"]) for i in listings["items"]] == [(LISTING_TITLE, "listing")]
    assert articles["items"] and {i["page_type"] for i in articles["items"]} == {"article"}
    assert articles["total"] + listings["total"] == every["total"] == blank["total"]
    assert ok(client, path, q="floods", type="other")["total"] == 0


@pytest.mark.parametrize("path", ["/api/articles", "/api/search"])
def test_openapi_states_the_page_types_as_an_enum(client: TestClient, path: str) -> None:
    document = ok(client, "/api/openapi.json")
    parameters = {p["name"]: p["schema"] for p in document["paths"][path]["get"]["parameters"]}
    assert set(_string_schema(parameters["type"])["enum"]) == {"article", "listing", "other", ""}
    summary = document["components"]["schemas"]["ArticleSummary"]
    assert "page_type" in summary["required"]


def test_articles_pages_do_not_overlap(client: TestClient) -> None:
    first = ok(client, "/api/articles", per_page=3, page=1)
    second = ok(client, "/api/articles", per_page=3, page=2)
    assert first["total"] == second["total"] > 6
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert len(second["items"]) == 3


def test_article_record_has_facts_and_wire_copies(client: TestClient, db: Path) -> None:
    original = article_id(db, "Flash floods kill 12", "Tidewire")
    copy = article_id(db, "Flash floods kill 12", "Harbor City Times")
    record = ok(client, f"/api/articles/{copy}")
    assert record["schema"] == "dateline.article/2"
    assert record["duplicate_of"] == original and 0 < record["similarity"] <= 1
    assert [c["id"] for c in record["copies"]] == [original]
    speakers = {quote["speaker"] for quote in record["facts"]["quotes"]}
    assert {"Kemi Adeyo", "Tobias Renn"} <= speakers
    assert record["story"] == ok(client, f"/api/articles/{original}")["story"]


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/articles/999999", 404, "no article 999999"),
        ("/api/articles/abc", 422, "article_id"),
        ("/api/articles/0", 422, "article_id"),
        ("/api/articles/99999999999999999999999", 422, "article_id"),
        ("/api/stories/424242", 404, "no story 424242"),
        ("/api/people/Nobody%20Atall", 404, "Nobody Atall"),
        ("/api/articles?since=yesterday", 422, "since: 'yesterday' is not a date"),
        ("/api/articles?until=2024-03-06xyz", 422, "until:"),
        ("/api/articles?per_page=1000", 422, "per_page"),
        ("/api/search?q=", 400, "the query is empty"),
        ("/api/search", 422, "q"),
        ("/api/search?q=%20%20", 400, "the query is empty"),
        ("/api/claims?min_value=nan", 422, "min_value"),
        ("/api/claims?min_value=500&max_value=20", 422, "min_value: 500 is above max_value (20)"),
        ("/api/articles?since=2024-03-06&until=2024-03-01", 422, "since: 2024-03-06 is after"),
        ("/api/articles?type=listings", 422, "type:"),
        ("/api/search?q=floods&type=tag", 422, "type:"),
        ("/api/articles?since=20240101", 422, "since: '20240101' is not a date"),
        ("/api/articles?until=2024-W10", 422, "until: '2024-W10' is not a date"),
        ("/api/search?q=ferry%00zzzz", 400, "NUL"),
        ("/api/people?name=%00", 400, "NUL"),
        ("/api/quotes?q=%00", 400, "NUL"),
        ("/api/nothing-here", 404, "no endpoint /api/nothing-here: see /api/openapi.json"),
        ("/api/", 404, "see /api/openapi.json"),
    ],
)
def test_bad_requests_get_a_clear_4xx(
    client: TestClient, url: str, status: int, words: str
) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_search_ranks_highlights_and_pages(client: TestClient) -> None:
    body = ok(client, "/api/search", q="cholera")
    assert body["total"] == 1 and not body["plain_words"]
    assert "\ue000cholera\ue001" in body["items"][0]["snippet"]
    for hit in ok(client, "/api/search", q="homes OR thousands", per_page=100)["items"]:
        shown = hit["snippet"].replace("\ue000", "").replace("\ue001", "").strip("…")
        assert shown != hit["title"]  # the headline is shown above the snippet already
    floods = ok(client, "/api/search", q="floods", per_page=2)
    later = ok(client, "/api/search", q="floods", per_page=2, page=2)
    assert floods["total"] > 4
    assert not {i["id"] for i in floods["items"]} & {i["id"] for i in later["items"]}
    narrowed = ok(client, "/api/search", q="floods", site="northsealedger.example")
    assert {item["site_name"] for item in narrowed["items"]} == {"Northsea Ledger"}


def test_search_collapses_wire_copies_when_asked(client: TestClient) -> None:
    every = ok(client, "/api/search", q="Lagos floods", per_page=50)
    collapsed = ok(client, "/api/search", q="Lagos floods", per_page=50, collapse_copies="true")

    def wire(body: dict[str, Any]) -> list[dict[str, Any]]:
        return [i for i in body["items"] if i["title"].startswith("Flash floods force thousands")]

    assert len(wire(every)) == 3 and all(item["copies"] == 0 for item in every["items"])
    assert [item["copies"] for item in wire(collapsed)] == [2]
    assert collapsed["total"] == every["total"] - 2 == len(collapsed["items"])


@pytest.mark.parametrize(
    "query", ['"unbalanced', "AND", "floods OR", "title:", "NEAR(", "*", "a:b:c", "(((", "'; --"]
)
def test_search_syntax_errors_fall_back_or_refuse_but_never_fail(
    client: TestClient, query: str
) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code in {200, 400}, response.text
    if response.status_code == 200:
        assert response.json()["plain_words"] or response.json()["fts_query"] == query
    else:
        assert (
            query.strip("\"'(") in response.json()["detail"] or "words" in response.json()["detail"]
        )


def test_stories_and_story_detail(client: TestClient) -> None:
    stories = ok(client, "/api/stories", per_page=100)["items"]
    flood = next(s for s in stories if s["outlet_count"] >= 3)
    detail = ok(client, f"/api/stories/{flood['id']}")
    published = [a["published"] for a in detail["articles"]]
    assert published == sorted(published)
    assert {"Kemi Adeyo", "Tobias Renn"} <= {p["name"] for p in detail["people_quoted"]}


def test_people_person_quotes_and_claims(client: TestClient) -> None:
    people = ok(client, "/api/people", name="adeyo")["items"]
    assert [p["name"] for p in people] == ["Kemi Adeyo"] and people[0]["articles"] == 4
    person = ok(client, "/api/people/kemi adeyo")
    assert person["name"] == "Kemi Adeyo"
    assert "the director of the agency" in {t["title"] for t in person["titles"]}
    dates = [q["published"] for q in person["quotes"]]
    assert dates == sorted(dates) and len(dates) >= 3
    assert {c["value"] for c in person["claims"]} >= {27.0, 12000.0}
    slashed = client.get("/api/people/Ann%2FBo%20Lee")
    assert slashed.status_code == 404 and "Ann/Bo Lee" in slashed.json()["detail"]
    quotes = ok(client, "/api/quotes", speaker="tobias renn")["items"]
    assert quotes and {q["speaker"] for q in quotes} == {"Tobias Renn"}
    worded = ok(client, "/api/quotes", q="blankets")["items"]
    assert worded and all("blankets" in q["text"] for q in worded)


def test_a_byline_author_has_a_person_with_the_articles_they_wrote(client: TestClient) -> None:
    author = ok(client, "/api/people/adaeze okonkwo")
    assert author["name"] == "Adaeze Okonkwo"
    assert len(author["written"]) == 3 and all(a["title"] for a in author["written"])
    assert author["articles"] == [] and author["quotes"] == []
    # someone the facts found but who wrote nothing
    assert ok(client, "/api/people/kemi adeyo")["written"] == []


def test_claims_by_source_and_by_value(client: TestClient) -> None:
    by_source = ok(client, "/api/claims", source="Kemi Adeyo")["items"]
    assert by_source and {c["source"] for c in by_source} == {"Kemi Adeyo"}
    big = ok(client, "/api/claims", min_value=10000, max_value=20000)["items"]
    assert big and all(10000 <= c["value"] <= 20000 for c in big)
    killed = ok(client, "/api/claims", predicate="killed", unit="people")["items"]
    assert {c["value"] for c in killed} >= {12.0, 27.0, 41.0}


def test_blank_and_padded_claim_filters_are_trimmed(client: TestClient) -> None:
    every = ok(client, "/api/claims")["total"]
    assert every > 0
    for name in ("source", "unit", "predicate"):
        assert ok(client, "/api/claims", **{name: "  "})["total"] == every
    padded = ok(client, "/api/claims", source="  Kemi Adeyo ")["items"]
    assert padded and {c["source"] for c in padded} == {"Kemi Adeyo"}


def test_a_nul_in_a_page_query_gets_an_error_page(client: TestClient) -> None:
    response = client.get("/search?q=ferry%00")
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "NUL" in response.text


def test_extract_returns_the_record_of_posted_html(client: TestClient) -> None:
    page = news_page(
        "Quay Post",
        "quaypost.example",
        "2024-02-01",
        "Ferry pier reopens after repairs",
        "Lia Moor",
        ["The ferry pier reopened on Thursday after three weeks of repairs."] * 3,
        slug="pier",
    )
    response = client.post(
        "/api/extract",
        content=page.encode(),
        params={"url": "https://quaypost.example/pier"},
        headers={"content-type": "text/html"},
    )
    assert response.status_code == 200, response.text
    record = response.json()
    assert record["title"] == "Ferry pier reopens after repairs"
    assert record["site_name"] == "Quay Post" and "three weeks" in record["text"]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "/pier", "data:text/html,x", "http://quay post.example/"]
)
def test_extract_refuses_a_url_that_is_no_http_address_as_the_cli_does(
    client: TestClient, url: str
) -> None:
    response = client.post(
        "/api/extract",
        content=b"<html><body><p>The ferry pier reopened.</p></body></html>",
        params={"url": url},
        headers={"content-type": "text/html"},
    )
    assert response.status_code == 422
    assert response.json()["detail"].startswith("url: not an http(s) address")


def test_extract_decodes_by_the_header_charset_and_reads_plain_text(client: TestClient) -> None:
    headline = "Ferry pier on the Boğaz at Kuşadası reopens"
    page = f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>" + (
        "<p>The ferry pier at Kilitbahir reopened on Thursday after three weeks of repairs, "
        "the port authority said.</p>" * 3
    )
    # Latin-5 bytes with no charset in the page itself: only the header says what they are.
    html = client.post(
        "/api/extract",
        content=page.encode("iso-8859-9"),
        headers={"content-type": "text/html; charset=iso-8859-9"},
    )
    assert html.status_code == 200, html.text
    assert html.json()["title"] == headline
    dump = f"{headline}\nBy Lia Moor\n" + "The ferry pier reopened on Thursday after repairs. " * 6
    text = client.post(
        "/api/extract", content=dump.encode(), headers={"content-type": "text/plain"}
    )
    assert text.status_code == 200, text.text
    assert text.json()["title"] == headline and text.json()["authors"] == ["Lia Moor"]


def test_extract_refuses_oversized_and_empty_bodies(db: Path) -> None:
    app = create_app(Settings(db=db, max_extract_bytes=1000))
    with TestClient(app, raise_server_exceptions=False) as small:
        large = small.post("/api/extract", content=b"<p>" + b"x" * 2000 + b"</p>")
        assert large.status_code == 413 and "1,000 bytes" in large.json()["detail"]
        empty = small.post("/api/extract", content=b"")
        assert empty.status_code == 422 and "empty" in empty.json()["detail"]
        odd = small.post("/api/extract", content=b"\x00\xff\xfe garbage")
        assert odd.status_code in {200, 422}


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (
            b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            b"<url><loc>https://kelvik-tide.example/ferry</loc></url></urlset>",
            "application/xml",
            "not a page: a sitemap",
        ),
        (
            b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Kelvik Tide</title></feed>',
            "text/html",
            "not a page: an RSS or Atom feed",
        ),
        (
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Ferry</text></svg>',
            "image/svg+xml",
            "not a page: an XML document (root element <svg>)",
        ),
    ],
    ids=["sitemap", "feed", "svg"],
)
def test_extract_refuses_a_document_that_is_no_page_as_the_cli_does(
    client: TestClient, body: bytes, content_type: str, reason: str
) -> None:
    response = client.post("/api/extract", content=body, headers={"Content-Type": content_type})
    assert response.status_code == 422
    assert response.json() == {"detail": f"cannot extract: request body: {reason}"}


def test_openapi_document_is_valid_and_describes_the_api(client: TestClient) -> None:
    document = ok(client, "/api/openapi.json")
    validate(document)
    paths = set(document["paths"])
    expected = {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/people",
        "/api/people/{name}",
        "/api/quotes",
        "/api/claims",
        "/api/extract",
        "/api/topics",
    }
    assert expected <= paths
    assert not any(not path.startswith("/api/") for path in paths)
    # Refusals are documented as they are sent: {"detail": "..."}, a Problem.
    problem = {"$ref": "#/components/schemas/Problem"}
    invalid = [
        operation["responses"]["422"]["content"]["application/json"]["schema"]
        for operations in document["paths"].values()
        for operation in operations.values()
        if "422" in operation["responses"]
    ]
    assert invalid and all(schema == problem for schema in invalid)
    refused = client.get("/api/articles", params={"per_page": 1000})
    assert refused.status_code == 422 and isinstance(refused.json()["detail"], str)


def test_article_records_match_their_openapi_schema(client: TestClient, db: Path) -> None:
    """Every field ``/api/articles/{id}`` sends is in ``ArticleRecord`` and required there,
    sent even when null; every record (an original, a copy, a listing) validates."""
    document = ok(client, "/api/openapi.json")
    schemas = document["components"]["schemas"]
    record_schema = schemas["ArticleRecord"]
    wanted = {"id", "is_latest", "latest_version", "original_latest", "duplicate_of", "copies"}
    assert wanted <= set(record_schema["properties"]) and wanted <= set(record_schema["required"])
    # The document's own schemas, each reachable under its $ref.
    resolvable = {"$defs": schemas, **record_schema}
    text = json.dumps(resolvable).replace("#/components/schemas/", "#/$defs/")
    checker = Draft202012Validator(json.loads(text), format_checker=FormatChecker())
    with sqlite3.connect(db) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
        copy = conn.execute("SELECT min(id) FROM articles WHERE duplicate_of IS NOT NULL")
        copy_id = copy.fetchone()[0]
    assert copy_id is not None
    for number in ids:
        record = ok(client, f"/api/articles/{number}")
        errors = [error.message for error in checker.iter_errors(record)]
        assert not errors, (number, errors)
        assert "original_latest" in record and "latest_version" in record
        if number == copy_id:
            assert isinstance(record["original_latest"], int)
        elif record["duplicate_of"] is None:
            assert record["original_latest"] is None


#: Values that parameters of each type get in the small fuzz below.
_ODD_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "9" * 30,
    "<script>",
    "'",
    '"',
    "%",
    "é",
    "\u0000x",
    "2024-13-45",
    "NaN",
]


def test_every_get_endpoint_answers_odd_parameters_without_a_server_error(
    client: TestClient,
) -> None:
    """A bounded hand fuzz driven by the OpenAPI document: each query parameter of each GET
    endpoint gets each odd value; every answer is JSON and below 500."""
    document = ok(client, "/api/openapi.json")
    checked = 0
    for path, operations in document["paths"].items():
        get = operations.get("get")
        if get is None:
            continue
        names = [p["name"] for p in get.get("parameters", []) if p["in"] == "query"]
        concrete = path.replace("{article_id}", "1").replace("{story_id}", "1")
        concrete = concrete.replace("{name}", "Kemi Adeyo").replace("{topic_id}", "1")
        for name in names:
            for value in _ODD_VALUES:
                response = client.get(concrete, params={name: value})
                assert response.status_code < 500, (path, name, value, response.text)
                assert isinstance(response.json(), dict | list)
                checked += 1
    assert checked > 100


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/api/articles", "/", "/static/style.css", "/api/articles/999999"):
        headers = client.get(url).headers
        policy = headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"


def test_people_are_found_whatever_the_case_or_the_accents(client: TestClient) -> None:
    for spelling in ("José Núñez", "jose nunez", "JOSÉ NÚÑEZ"):
        found = ok(client, f"/api/people/{quote(spelling)}")
        assert found["name"] == "José Núñez", spelling
    listed = ok(client, "/api/people", name="núñez")["items"]
    assert [p["name"] for p in listed] == ["José Núñez"]
    assert ok(client, "/api/people", name="%")["total"] == 0  # "%" is literal


def test_name_patterns_fold_accents_and_keep_wildcards_literal() -> None:
    conn = sqlite3.connect(":memory:")
    add_name_functions(conn)
    conn.execute("CREATE TABLE people (name TEXT)")
    names = ["José Núñez", "Ayşe Çelik", "Rate 100% Pure", "Jo_se Marr"]
    conn.executemany("INSERT INTO people VALUES (?)", [(n,) for n in names])

    def find(text: str) -> list[str]:
        sql = "SELECT name FROM people WHERE dateline_fold(name) LIKE ? ESCAPE '\\'"
        return [row[0] for row in conn.execute(sql, (contains_pattern(text),))]

    assert find("nunez") == ["José Núñez"] and find("ÇELIK") == ["Ayşe Çelik"]
    assert find("%") == ["Rate 100% Pure"] and find("_") == ["Jo_se Marr"]


def test_byline_authors_are_in_the_people_list(client: TestClient) -> None:
    # Mira Solenne wrote the first flood report; no article's text names her.
    listed = ok(client, "/api/people", name="solenne")["items"]
    assert [(p["name"], p["articles"]) for p in listed] == [("Mira Solenne", 1)]
    assert ok(client, "/api/people/Mira Solenne")["written"]


def test_the_people_list_counts_the_pages_a_person_page_lists(db: Path, tmp_path: Path) -> None:
    """A byline on a listing is listed on its author's page (with a badge), so it counts in
    the people list too; a name in a listing's facts counts in neither."""
    copy = tmp_path / "bylines.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        listing = conn.execute(
            "SELECT id FROM articles WHERE page_type = 'listing' AND is_latest = 1"
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO authors (article_id, position, name) VALUES (?, 90, 'Wren Listwell')",
            (listing,),
        )
    with TestClient(create_app(Settings(db=copy)), raise_server_exceptions=False) as bylines:
        person = ok(bylines, "/api/people/Wren Listwell")
        listed = ok(bylines, "/api/people", name="listwell")["items"]
        assert [(p["name"], p["articles"]) for p in listed] == [("Wren Listwell", 1)]
        assert len(person["written"]) == 1 and person["written"][0]["page_type"] == "listing"
        for item in ok(bylines, "/api/people", per_page=100)["items"]:
            shown = ok(bylines, f"/api/people/{item['name']}")
            pages = {a["id"] for a in shown["articles"]} | {a["id"] for a in shown["written"]}
            assert item["articles"] == len(pages), item


def test_a_wire_copys_own_quotes_count_and_its_repeats_do_not(db: Path, tmp_path: Path) -> None:
    copy_db = tmp_path / "copies.db"
    shutil.copy(db, copy_db)
    with sqlite3.connect(copy_db) as conn:
        copy, original = conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
            " AND is_latest = 1 AND page_type = 'article'"
        ).fetchone()
        for article, position, text in (
            (original, 95, "the pier will open in May"),
            (copy, 95, "the pier will open in May"),
            (copy, 96, "only the Harbour Daily heard the mayor say this"),
        ):
            conn.execute(
                "INSERT INTO quotes (article_id, position, text, speaker, kind, start_char,"
                " end_char) VALUES (?, ?, ?, 'Perrin Vale', 'direct', 0, 5)",
                (article, position, text),
            )
            conn.execute(
                "INSERT INTO claims (article_id, position, text, source, value, unit, predicate)"
                " VALUES (?, ?, ?, 'Perrin Vale', 3, 'piers', 'opened')",
                (article, position, text),
            )
    with TestClient(create_app(Settings(db=copy_db)), raise_server_exceptions=False) as wire:
        quotes = ok(wire, "/api/quotes", speaker="Perrin Vale")["items"]
        assert sorted(q["text"] for q in quotes) == [
            "only the Harbour Daily heard the mayor say this",
            "the pier will open in May",
        ]
        assert ok(wire, "/api/claims", source="Perrin Vale")["total"] == 2
        # The story page counts them alike.
        story = ok(wire, f"/api/articles/{copy}")["story"]
        assert story is not None
        quoted = ok(wire, f"/api/stories/{story}")["people_quoted"]
        assert {"name": "Perrin Vale", "quotes": 2} in quoted


def test_an_agency_signing_its_wire_story_is_no_person(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "wire.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        article = conn.execute(
            "SELECT id FROM articles WHERE page_type = 'article' AND is_latest = 1"
        ).fetchone()[0]
        conn.execute(
            "UPDATE articles SET dateline_agency = 'Tidewire News' WHERE id = ?", (article,)
        )
        conn.execute(
            "INSERT INTO authors (article_id, position, name) VALUES (?, 9, 'Tidewire News')",
            (article,),
        )
        # The same agency signing with a longer name of its own.
        conn.execute(
            "INSERT INTO authors (article_id, position, name) VALUES (?, 11, 'Tidewire News Wire')",
            (article,),
        )
        conn.execute(
            "INSERT INTO authors (article_id, position, name) VALUES (?, 10, 'Orla Fenwick')",
            (article,),
        )
    with TestClient(create_app(Settings(db=copy)), raise_server_exceptions=False) as wire:
        assert ok(wire, "/api/people", name="tidewire")["total"] == 0
        assert ok(wire, "/api/people", name="fenwick")["total"] == 1


def test_lists_are_newest_first_by_the_instant_whatever_the_time_zone(
    later: TestClient, later_db: Path
) -> None:
    articles = ok(later, "/api/articles", per_page=100)["items"]
    dated = [instant(item["published"]) for item in articles if item["published"]]
    assert dated == sorted(dated, reverse=True)
    assert articles[-1]["published"] is None  # undated last, as before
    published = [item["published"] for item in articles]
    assert published.index(LATER_PAGES[0][2]) < published.index(LATER_PAGES[1][2])
    assert published.index(LATER_PAGES[1][2]) < published.index("2024-03-03T15:30:00+01:00")
    speakers = [q["speaker"] for q in ok(later, "/api/quotes", per_page=100)["items"]]
    assert speakers.index("Halvard Moe") < speakers.index("Petra Lind")
    sources = [c["source"] for c in ok(later, "/api/claims", per_page=100)["items"]]
    assert sources.index("Halvard Moe") < sources.index("the union")
    outlets = [s["outlets"] for s in ok(later, "/api/stories", per_page=100)["items"]]
    lagos = ["The Lagoon Courier", "Tidewire"]  # last seen at 15:30+01:00
    assert outlets.index(["Coastline Daily"]) < outlets.index(["Bayside Herald"])
    assert outlets.index(["Bayside Herald"]) < outlets.index(lagos)
    with sqlite3.connect(later_db) as conn:  # the order of topic feeds and digests
        conn.row_factory = sqlite3.Row
        add_name_functions(conn)
        feed = [
            item["site_name"] for item in queries.recent_matching(conn, "Sunday", Filters(), 50)
        ]
    assert feed.index("Coastline Daily") < feed.index("Bayside Herald")


def test_head_answers_as_get_does_without_a_body(client: TestClient) -> None:
    for url in (
        "/",
        "/articles/1",
        "/search?q=floods",
        "/api/articles",
        "/api/articles/1",
        "/api/search?q=floods",
        "/api/topics",
        "/api/openapi.json",
        "/static/style.css",
    ):
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head.content == b"", url
        assert head.headers["content-type"] == got.headers["content-type"], url
        assert head.headers["content-length"] == str(len(got.content)), url
        assert head.headers["x-frame-options"] == "DENY", url
    missing = client.head("/api/articles/999999")
    assert missing.status_code == 404 and missing.content == b""
    post_only = client.head("/api/extract")
    assert post_only.status_code == 405 and post_only.headers["allow"] == "POST"


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("PUT", "/api/topics", "GET, HEAD, POST"),
        ("PATCH", "/api/topics/1", "DELETE, GET, HEAD"),
        ("POST", "/api/articles", "GET, HEAD"),
        ("GET", "/api/extract", "POST"),
        ("DELETE", "/topics", "GET, HEAD, POST"),
        ("POST", "/topics/1/feed.atom", "GET, HEAD"),
        ("POST", "/static/style.css", "GET, HEAD"),
    ],
)
def test_method_not_allowed_lists_every_method_of_the_path(
    client: TestClient, method: str, url: str, allowed: str
) -> None:
    response = client.request(method, url)
    assert response.status_code == 405, response.text
    assert response.headers["allow"] == allowed


def test_quote_text_filter_takes_percent_and_underscore_literally(
    client: TestClient, later: TestClient
) -> None:
    assert ok(client, "/api/quotes", q="%")["total"] == 0
    assert ok(client, "/api/quotes", q="_")["total"] == 0
    for text in ("%", "100%", "100% of"):
        found = ok(later, "/api/quotes", q=text)["items"]
        assert [q["speaker"] for q in found] == ["Halvard Moe"], text
    assert ok(later, "/api/quotes", q="100_")["total"] == 0


def test_site_filter_takes_percent_and_underscore_literally(client: TestClient) -> None:
    for site in ("%", "_", "%.example", "tidewire_example"):
        assert ok(client, "/api/articles", site=site)["total"] == 0, site
        assert ok(client, "/api/search", q="the", site=site)["total"] == 0, site
    assert ok(client, "/api/search", q="the", site="tidewire.example")["total"] > 0


def test_site_speaker_and_source_filters_fold_case_and_accents_beyond_ascii(
    client: TestClient,
) -> None:
    for site in ("Вечерний Прибой", "вечерний прибой", "ВЕЧЕРНИЙ ПРИБОЙ"):
        found = ok(client, "/api/articles", site=site)["items"]
        assert [item["site_name"] for item in found] == ["Вечерний Прибой"], site
        assert ok(client, "/api/search", q="мост", site=site)["total"] == 1, site
    for speaker, stored in (
        ("TOBİAS RENN", "Tobias Renn"),
        ("jose nunez", "José Núñez"),
        ("JOSÉ NÚÑEZ", "José Núñez"),
    ):
        quotes = ok(client, "/api/quotes", speaker=speaker)["items"]
        assert quotes and {q["speaker"] for q in quotes} == {stored}, speaker
    claims = ok(client, "/api/claims", source="KEMİ ADEYO")["items"]
    assert claims and {c["source"] for c in claims} == {"Kemi Adeyo"}


def test_a_person_is_found_from_an_address_with_a_trailing_slash_or_spaces(
    client: TestClient,
) -> None:
    for written in ("Mira Solenne/", " Mira Solenne ", "mira solenne/ "):
        assert ok(client, f"/api/people/{written}")["name"] == "Mira Solenne", written
    assert client.get("/people/Mira%20Solenne/").status_code == 200
    assert client.get("/api/people/%20/").status_code == 404


def test_names_match_letters_typed_as_plain_latin_ones(later: TestClient) -> None:
    """ "ı", "ø" and the like have no accent to drop: a user types "i" and "o" for them."""
    for typed, stored in (("ruth yildiz", "Ruth Yıldız"), ("LENA SOVIK", "Lena Søvik")):
        assert ok(later, f"/api/people/{typed}")["name"] == stored
        surname = typed.split()[1]
        assert [p["name"] for p in ok(later, "/api/people", name=surname)["items"]] == [stored]
        assert ok(later, "/api/articles", person=surname)["total"] == 1
    turkish = ok(later, "/api/people", name="YILDIZ")["items"]  # the dotless capital I
    assert [p["name"] for p in turkish] == ["Ruth Yıldız"]


def test_openapi_describes_every_parameter(client: TestClient) -> None:
    document = ok(client, "/api/openapi.json")
    undescribed = [
        (path, parameter["name"])
        for path, operations in document["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if not parameter.get("description")
    ]
    assert undescribed == []
    quote = document["components"]["schemas"]["QuoteItem"]["properties"]["kind"]
    assert quote["enum"] == ["direct", "indirect"]


def _string_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The string branch of an optional parameter's schema (``anyOf: [string, null]``)."""
    return next(branch for branch in schema.get("anyOf", [schema]) if branch["type"] == "string")


@pytest.mark.parametrize("path", ["/api/articles", "/api/search"])
def test_openapi_states_the_date_format_the_server_takes(client: TestClient, path: str) -> None:
    document = ok(client, "/api/openapi.json")
    parameters = {p["name"]: p["schema"] for p in document["paths"][path]["get"]["parameters"]}
    for name in ("since", "until"):
        schema = _string_schema(parameters[name])
        assert schema["format"] == "date"
        checker = Draft202012Validator(schema, format_checker=FormatChecker())
        for value in ("2024-06-11", "2024-02-29", "yesterday", "2024-13-45", "2024-06-11 x"):
            response = client.get(path, params={"q": "floods", name: value})
            # What the schema allows is accepted; what the server refuses, the schema refuses.
            assert checker.is_valid(value) == (response.status_code == 200), (name, value)


def test_a_name_with_and_without_its_accents_is_one_person(db: Path, tmp_path: Path) -> None:
    """ "José Núñez" named by the facts and "Jose Nunez" signing another article are one
    person in the people list (API and page) and on the person's page, whose name is the
    spelling most rows use."""
    copy = tmp_path / "spellings.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        (named,) = conn.execute(
            "SELECT count(DISTINCT p.article_id) FROM people AS p JOIN articles AS a"
            " ON a.id = p.article_id AND a.is_latest = 1 AND a.page_type = 'article'"
            " WHERE p.name = 'José Núñez'"
        ).fetchone()
        other = conn.execute(
            "SELECT a.id FROM articles AS a WHERE a.is_latest = 1 AND a.page_type = 'article'"
            " AND a.id NOT IN (SELECT article_id FROM people WHERE name = 'José Núñez')"
            " LIMIT 1"
        ).fetchone()[0]
        conn.execute("INSERT INTO authors VALUES (?, 90, 'Jose Nunez')", (other,))
    with TestClient(create_app(Settings(db=copy))) as spelled:
        listed = ok(spelled, "/api/people", name="nunez")
        assert [(p["name"], p["articles"]) for p in listed["items"]] == [("José Núñez", named + 1)]
        assert listed["total"] == 1
        everyone = [p["name"] for p in ok(spelled, "/api/people", per_page=100)["items"]]
        assert "José Núñez" in everyone and "Jose Nunez" not in everyone
        for spelling in ("Jose Nunez", "José Núñez"):
            person = ok(spelled, f"/api/people/{quote(spelling)}")
            assert [a["id"] for a in person["written"]] == [other]
            assert len(person["articles"]) == named
        page = spelled.get("/people", params={"name": "nunez"}).text
        assert "José Núñez" in page and "Jose Nunez" not in page


def test_a_person_page_is_named_as_the_people_list_names_them(db: Path, tmp_path: Path) -> None:
    """Named "Lena Sovik" by one article's facts and signing another as "Lena Søvik": the
    spellings tie, and both the list and the page take the one with its accents."""
    copy = tmp_path / "named.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        first, second = (
            row[0]
            for row in conn.execute(
                "SELECT id FROM articles WHERE is_latest = 1 AND page_type = 'article'"
                " ORDER BY published DESC LIMIT 2"
            )
        )
        conn.execute("INSERT INTO people VALUES (?, 90, 'Lena Sovik', '[]', 1)", (first,))
        conn.execute("INSERT INTO authors VALUES (?, 90, 'Lena Søvik')", (second,))
    with TestClient(create_app(Settings(db=copy))) as named:
        listed = ok(named, "/api/people", name="sovik")["items"]
        assert [(p["name"], p["articles"]) for p in listed] == [("Lena Søvik", 2)]
        for spelling in ("Lena Sovik", "lena søvik"):
            assert ok(named, f"/api/people/{quote(spelling)}")["name"] == "Lena Søvik"


def test_a_damaged_archive_answers_503_naming_the_problem_not_a_traceback(
    db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = damaged_copy(db, tmp_path, "stories")
    with TestClient(create_app(Settings(db=damaged)), raise_server_exceptions=False) as client:
        api = client.get("/api/stories")
        page = client.get("/")
        whole = client.get("/api/articles", params={"per_page": 1})
    assert api.status_code == 503
    assert api.json()["detail"].startswith("the archive is damaged and cannot be read")
    assert "malformed" in api.json()["detail"] and str(tmp_path) not in api.text
    assert page.status_code == 503 and "the archive is damaged" in page.text
    assert whole.status_code == 200  # what is not damaged is still served
    logged = [record for record in caplog.records if record.name == "dateline.web"]
    assert logged and all(record.exc_info is None for record in logged)
    assert str(damaged) in logged[0].getMessage()
