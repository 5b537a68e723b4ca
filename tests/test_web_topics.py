"""Topics: saving needs the operator token, each topic has a page and a valid Atom feed, and
digests go out as text-and-HTML mail to a local SMTP sink started here."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from aiosmtpd.controller import Controller
from browser.web_archive import archive_db, free_port
from fastapi.testclient import TestClient
from jsonschema import Draft202012Validator, FormatChecker
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from dateline.cli import main
from dateline.web.app import Settings, create_app
from dateline.web.digest import digest_message
from dateline.web.render import make_environment
from dateline.web.schemas import Topic

TOKEN = "operator-secret-for-tests"
ATOM = "{http://www.w3.org/2005/Atom}"
FLOOD_TOPIC = {"name": "Port Avel floods", "query": "Avel AND flood*", "since": "2024-06-01"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A copy of the test archive that topics may change."""
    copy = tmp_path / "topics.db"
    shutil.copy(archive_db(), copy)
    return copy


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db=db, token=TOKEN, base_url="http://127.0.0.1:8000"))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_saving_a_topic_needs_the_operator_token(client: TestClient, db: Path) -> None:
    missing = client.post("/api/topics", json=FLOOD_TOPIC)
    assert missing.status_code == 401 and "token" in missing.json()["detail"]
    wrong = client.post("/api/topics", json=FLOOD_TOPIC, headers=bearer("guess"))
    assert wrong.status_code == 401
    assert client.get("/api/topics").json() == []
    read_only = create_app(Settings(db=db))
    with TestClient(read_only) as other:
        refused = other.post("/api/topics", json=FLOOD_TOPIC, headers=bearer())
        assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
        assert "read-only" in other.get("/topics").text


def test_topic_lifecycle_through_the_api(client: TestClient) -> None:
    created = client.post("/api/topics", json=FLOOD_TOPIC, headers=bearer())
    assert created.status_code == 201, created.text
    topic = created.json()
    assert client.get(f"/api/topics/{topic['id']}").json() == topic
    articles = client.get(f"/api/topics/{topic['id']}/articles").json()
    assert len(articles) == 4 and all("Port Avel" in a["title"] for a in articles)
    page = client.get(f"/topics/{topic['id']}").text
    assert "Port Avel flood toll rises to 27" in page and "feed.atom" in page
    assert client.delete(f"/api/topics/{topic['id']}").status_code == 401
    assert client.delete(f"/api/topics/{topic['id']}", headers=bearer()).status_code == 204
    assert client.get(f"/api/topics/{topic['id']}").status_code == 404


def test_bad_topics_are_refused_with_the_reason(client: TestClient) -> None:
    bad_date = client.post("/api/topics", json={**FLOOD_TOPIC, "since": "soon"}, headers=bearer())
    assert bad_date.status_code == 400 and "soon" in bad_date.json()["detail"]
    bad_mail = {**FLOOD_TOPIC, "digest_to": "a@b.example\r\nBcc: x@y.example"}
    refused = client.post("/api/topics", json=bad_mail, headers=bearer())
    assert refused.status_code == 400 and "e-mail" in refused.json()["detail"]
    no_words = client.post("/api/topics", json={**FLOOD_TOPIC, "query": "*"}, headers=bearer())
    assert no_words.status_code == 400 and "no word" in no_words.json()["detail"]
    no_name = client.post("/api/topics", json={"query": "floods"}, headers=bearer())
    assert no_name.status_code == 422 and "name" in no_name.json()["detail"]


def test_a_blank_topic_name_is_refused_like_a_blank_query(client: TestClient) -> None:
    for name in (" ", "   ", "\t\n"):
        blank = client.post("/api/topics", json={"name": name, "query": "floods"}, headers=bearer())
        assert blank.status_code == 400 and "name" in blank.json()["detail"], repr(name)
    blank_query = client.post("/api/topics", json={"name": "x", "query": "  "}, headers=bearer())
    assert blank_query.status_code == 400
    assert client.get("/api/topics").json() == []


def test_openapi_states_topic_date_and_address_formats_the_server_accepts(
    client: TestClient,
) -> None:
    document = client.get("/api/openapi.json").json()
    fields = document["components"]["schemas"]["TopicIn"]["properties"]

    def string_schema(name: str) -> dict[str, object]:
        return next(b for b in fields[name]["anyOf"] if b["type"] == "string")

    assert string_schema("since")["format"] == string_schema("until")["format"] == "date"
    assert string_schema("digest_to")["format"] == "email"
    candidates = {
        "since": ["2024-06-01", "2024-02-29", "soon", "2024-13-45", "06/01/2024"],
        "digest_to": [
            "desk@newsroom.example",
            "first.last+floods@news-room.example",
            '"desk room"@newsroom.example',
            "a@b.example,c@d.example",
            "Desk <desk@newsroom.example>",
            "a@b.example\r\nBcc: x@y.example",
            "nobody",
        ],
    }
    for name, values in candidates.items():
        checker = Draft202012Validator(string_schema(name), format_checker=FormatChecker())
        for value in values:
            saved = client.post("/api/topics", json={**FLOOD_TOPIC, name: value}, headers=bearer())
            # What the schema allows is saved; what the server refuses, the schema refuses.
            assert checker.is_valid(value) == (saved.status_code == 201), (name, value, saved.text)


def test_topics_are_stored_as_their_searches_read_them(client: TestClient) -> None:
    topic = {
        "name": "  Harbour strike ",
        "query": " strike ",
        "site": " ",
        "person": "",
        "since": "2024-03-01",
        "until": "",
    }
    saved = client.post("/api/topics", json=topic, headers=bearer())
    assert saved.status_code == 201, saved.text
    stored = client.get(f"/api/topics/{saved.json()['id']}").json()
    assert stored["name"] == "Harbour strike" and stored["query"] == "strike"
    assert stored["site"] is None and stored["person"] is None and stored["until"] is None
    assert stored["since"] == "2024-03-01"


@pytest.mark.parametrize("since", ["20240101", "2024-W01", "2024-13-01"])
def test_a_topic_date_not_in_the_documented_form_is_refused(client: TestClient, since: str) -> None:
    refused = client.post("/api/topics", json={**FLOOD_TOPIC, "since": since}, headers=bearer())
    assert refused.status_code == 400 and "since" in refused.json()["detail"]
    assert client.get("/api/topics").json() == []


def test_a_topic_dated_the_wrong_way_round_is_refused(client: TestClient) -> None:
    dates = {"since": "2024-05-01", "until": "2024-04-01"}
    refused = client.post("/api/topics", json={**FLOOD_TOPIC, **dates}, headers=bearer())
    assert refused.status_code == 400 and "is after until" in refused.json()["detail"]
    assert client.get("/api/topics").json() == []


def test_the_token_is_checked_before_the_body(client: TestClient, db: Path) -> None:
    assert client.post("/api/topics").status_code == 401
    assert client.post("/api/topics", json={"name": "x"}).status_code == 401
    with TestClient(create_app(Settings(db=db))) as read_only:
        assert read_only.post("/api/topics").status_code == 403


def test_body_errors_name_the_field_even_one_called_query(client: TestClient) -> None:
    wrong = client.post("/api/topics", json={"name": "a", "query": 5}, headers=bearer())
    assert wrong.status_code == 422 and wrong.json()["detail"].startswith("query:")
    missing = client.post("/api/topics", json={"name": "a"}, headers=bearer())
    assert missing.json()["detail"].startswith("query:")
    broken = client.post(
        "/api/topics",
        content=b"{not json",
        headers={**bearer(), "Content-Type": "application/json"},
    )
    assert broken.status_code == 422 and broken.json()["detail"].startswith("request body:")


def test_the_topic_form_names_the_field_it_refused(client: TestClient) -> None:
    # Longer than any date or date-time: refused by the model (422) before it is read.
    form = {"token": TOKEN, "name": "Floods", "query": "flood", "since": "2024-01-01" + "1" * 40}
    response = client.post("/topics", data=form, follow_redirects=False)
    assert response.status_code == 422
    assert "since" in response.text and "needs a name and a query" not in response.text


def test_the_topic_forms_words_follow_the_direction_of_what_is_typed(client: TestClient) -> None:
    form = HTMLParser(client.get("/topics").text)
    for name in ("name", "query", "site", "person"):
        assert form.css_first(f"form input[name={name}]").attributes.get("dir") == "auto", name
    assert "dir" not in form.css_first("input[name=token]").attributes


def test_topic_pages_and_feed_answer_head(client: TestClient) -> None:
    topic = client.post("/api/topics", json=FLOOD_TOPIC, headers=bearer()).json()
    for url in (
        "/topics",
        f"/topics/{topic['id']}",
        f"/topics/{topic['id']}/feed.atom",
        f"/api/topics/{topic['id']}",
        f"/api/topics/{topic['id']}/articles",
    ):
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == str(len(got.content)), url
    refused = client.request("PUT", f"/api/topics/{topic['id']}", headers=bearer())
    assert refused.status_code == 405 and refused.headers["allow"] == "DELETE, GET, HEAD"


def test_topic_form_saves_with_the_token_and_redirects(client: TestClient) -> None:
    form = {**FLOOD_TOPIC, "token": TOKEN}
    saved = client.post("/topics", data=form, follow_redirects=False)
    assert saved.status_code == 303
    assert client.get(saved.headers["location"]).status_code == 200
    refused = client.post("/topics", data={**FLOOD_TOPIC, "token": "nope"})
    # The page speaks of the form, not of an HTTP header a browser user cannot set, and keeps
    # what was typed.
    assert refused.status_code == 401 and "the token field of the form" in refused.text
    assert "Authorization" not in refused.text
    form = HTMLParser(refused.text)
    assert form.css_first("input#t-name").attributes["value"] == FLOOD_TOPIC["name"]
    assert form.css_first("input#t-query").attributes["value"] == FLOOD_TOPIC["query"]
    bad_date = client.post("/topics", data={**FLOOD_TOPIC, "since": "soon", "token": TOKEN})
    assert bad_date.status_code == 400 and "soon" in bad_date.text
    assert HTMLParser(bad_date.text).css_first("input#t-since").attributes["value"] == "soon"


def test_topic_feed_is_atom_that_feed_readers_accept(client: TestClient) -> None:
    topic = client.post("/api/topics", json=FLOOD_TOPIC, headers=bearer()).json()
    response = client.get(f"/topics/{topic['id']}/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}").text
    assert feed.find(f"{ATOM}link[@rel='self']").attrib["href"].endswith("/feed.atom")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    for entry in entries:
        assert entry.find(f"{ATOM}id").text.startswith("http://127.0.0.1:8000/articles/")
        assert entry.find(f"{ATOM}title").text and entry.find(f"{ATOM}updated").text
        assert entry.find(f"{ATOM}link").attrib["href"] == entry.find(f"{ATOM}id").text
    updated = [entry.find(f"{ATOM}updated").text for entry in entries]
    assert feed.find(f"{ATOM}updated").text == max(updated)
    reader = feedparser.parse(response.content)
    assert not reader.bozo and reader.version == "atom10"
    assert [e.link for e in reader.entries] == [e.find(f"{ATOM}id").text for e in entries]
    assert "Port Avel flood toll rises to 27 as rain returns" in [e.title for e in reader.entries]


class _Sink:
    """aiosmtpd handler keeping every message it receives."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        content = envelope.content  # type: ignore[attr-defined]
        recipients = envelope.rcpt_tos  # type: ignore[attr-defined]
        self.messages.append((envelope.mail_from, recipients, message_from_bytes(content)))  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp_sink() -> Iterator[tuple[_Sink, int]]:
    sink = _Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


def test_digest_sends_text_and_html_parts_through_smtp(
    client: TestClient, db: Path, smtp_sink: tuple[_Sink, int], capsys: pytest.CaptureFixture[str]
) -> None:
    sink, port = smtp_sink
    with_mail = {**FLOOD_TOPIC, "digest_to": "desk@newsroom.example"}
    client.post("/api/topics", json=with_mail, headers=bearer())
    client.post("/api/topics", json={"name": "No mail", "query": "floods"}, headers=bearer())
    status = main(
        [
            "digest",
            "--db",
            str(db),
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(port),
            "--sender",
            "dateline@archive.example",
            "--since",
            "2024-06-11",
        ]
    )
    assert status == 0
    assert len(sink.messages) == 1
    sender, recipients, message = sink.messages[0]
    assert sender == "dateline@archive.example" and recipients == ["desk@newsroom.example"]
    assert "Port Avel floods" in message["Subject"] and "2 new" in message["Subject"]
    parts = {
        part.get_content_type(): part.get_payload(decode=True).decode()
        for part in message.walk()
        if not part.is_multipart()
    }
    assert set(parts) == {"text/plain", "text/html"}
    for body in parts.values():
        assert "Port Avel flood toll rises to 27" in body
        assert "Flash floods kill 12" not in body  # published before --since
    assert "<a href=" in parts["text/html"]
    assert "1 new articles" not in capsys.readouterr().err


def test_a_digest_keeps_a_right_to_left_headline_and_outlet_apart() -> None:
    topic = Topic(id=3, created_at="2024-06-12T00:00:00+00:00", name="سيول", query="سيول")
    article = {
        "id": 9,
        "title": "سيول تغمر الساحل",
        "site_name": "صحيفة الساحل",
        "host": "sahil.example",
        "published": "2024-06-11T08:00:00+03:00",
        "dek": "الأمطار مستمرة",
    }
    message = digest_message(
        make_environment(), topic, [article], base_url="https://news.example", day="2024-06-11"
    )
    html = message.get_body(("html",)).get_content()
    tree = HTMLParser(html)
    item = tree.css_first("li")
    assert item.css_first("a").attributes["dir"] == "auto"
    assert item.css_first("a").text() == "سيول تغمر الساحل"
    assert item.css_first("bdi").text() == "صحيفة الساحل"
    assert item.css_first("span[dir=ltr]").text() == "2024-06-11"
    assert tree.css_first("h1").attributes["dir"] == "auto"


def test_digest_reports_an_unreachable_smtp_server(
    client: TestClient, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    client.post("/api/topics", json={**FLOOD_TOPIC, "digest_to": "d@n.example"}, headers=bearer())
    status = main(
        [
            "digest",
            "--db",
            str(db),
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(free_port()),
            "--sender",
            "a@b.example",
            "--since",
            "2024-06-01",
        ]
    )
    assert status == 1
    assert "Port Avel floods" in capsys.readouterr().err


def test_a_topics_undated_articles_come_after_its_dated_ones(db: Path) -> None:
    from dateline.archive.search import Filters
    from dateline.archive.store import open_archive
    from dateline.web.queries import recent_matching

    conn = open_archive(db, create=False)
    try:
        matches = recent_matching(conn, "Avel", Filters(), 50)
        assert len(matches) >= 2
        undated = matches[-1]["id"]
        with conn:  # undated, and fetched after every other
            conn.execute(
                "UPDATE articles SET published = NULL, fetched_at = '2999-01-01T00:00:00+00:00'"
                " WHERE id = ?",
                (undated,),
            )
        again = recent_matching(conn, "Avel", Filters(), 50)
    finally:
        conn.close()
    assert again[-1]["id"] == undated
    assert all(row["published"] for row in again[:-1])


@pytest.mark.parametrize("since", ["2024-03-01T10:00:00Z", "2024-03-01T10:00:00+02:00"])
def test_a_topic_date_may_be_a_date_time_as_the_list_filters_take(
    client: TestClient, since: str
) -> None:
    saved = client.post("/api/topics", json={**FLOOD_TOPIC, "since": since}, headers=bearer())
    assert saved.status_code == 201, saved.text
    topic_id = saved.json()["id"]
    assert client.get(f"/api/topics/{topic_id}").json()["since"] == "2024-03-01"
    assert client.get(f"/api/topics/{topic_id}/articles").status_code == 200
    assert client.get(f"/topics/{topic_id}/feed.atom").status_code == 200
    assert client.delete(f"/api/topics/{topic_id}", headers=bearer()).status_code == 204
    form = {"token": TOKEN, "name": "Floods", "query": "flood", "since": since}
    page = client.post("/topics", data=form, follow_redirects=False)
    assert page.status_code == 303, page.text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Port Avel\x00floods"),
        ("name", "Floods\x1b[31m"),
        ("name", "Port Avel\nfloods"),
        ("name", "Flo\x85ods"),
        ("query", "flood\x00"),
        ("site", "avel\x07.example"),
        ("person", "Ines\x00"),
    ],
)
def test_a_topic_holding_a_control_character_is_refused(
    client: TestClient, field: str, value: str
) -> None:
    response = client.post("/api/topics", json={**FLOOD_TOPIC, field: value}, headers=bearer())
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith(f"{field}: may not hold a control character")
    form = {"token": TOKEN, **FLOOD_TOPIC, field: value}
    page = client.post("/topics", data=form, follow_redirects=False)
    assert page.status_code == 400 and "control character" in page.text
    assert client.get("/api/topics").json() == []


def test_a_topic_query_may_hold_a_line_break_as_a_space(client: TestClient) -> None:
    topic = {**FLOOD_TOPIC, "query": "Avel\nflood*", "name": "\tPort Avel floods "}
    response = client.post("/api/topics", json=topic, headers=bearer())
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Port Avel floods"


def test_a_topic_form_that_is_not_utf8_is_refused(client: TestClient) -> None:
    form = f"token={TOKEN}&name=Port+Avel+floods&query=flood%E9".encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    for body in (form, form.replace(b"flood%E9", b"flood\xe9")):
        response = client.post("/topics", content=body, headers=headers, follow_redirects=False)
        assert response.status_code == 400 and "not UTF-8" in response.text
    assert client.get("/api/topics").json() == []
