"""Schema migrations: an archive written by the previous version opens, upgraded, with its data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dateline.archive.export import export_records
from dateline.archive.record_column import APART
from dateline.archive.schema import MIGRATIONS, SCHEMA_VERSION
from dateline.archive.store import open_archive
from dateline.model import SCHEMA

#: The topics table as the web app used to create it itself, before it was a migration.
OLD_WEB_TOPICS = """
CREATE TABLE IF NOT EXISTS web_topics (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, query TEXT NOT NULL, site TEXT, since TEXT,
    until TEXT, person TEXT, digest_to TEXT, created_at TEXT NOT NULL
)
"""


#: The record column of the version 1 archive's article, the body in it as versions 1 and 2 kept it.
OLD_RECORD = json.dumps(
    {
        "schema": SCHEMA,
        "title": "Barges wait",
        "authors": ["Ilse Varnholt"],
        "text": "Barges wait at Port Avel.",
        "markdown": "Barges wait at Port Avel.",
        "images": [],
    }
)


def version_1_archive(path: Path, *, with_topics: bool) -> None:
    """An archive at schema version 1 with one article, one quote and one claim (and, when
    asked, a topic the web app saved in the table it made itself)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, key, version, is_latest, content_hash, source, fetched_at,"
        " page_type, title, text, markdown, word_count, reading_time_minutes, record)"
        " VALUES (1, 'https://tide.example/a', 1, 1, 'h1', 'a.html', '2024-05-01T00:00:00Z',"
        " 'article', 'Barges wait', 'Barges wait at Port Avel.', 'Barges wait at Port Avel.',"
        " 5, 1, ?)",
        (OLD_RECORD,),
    )
    conn.execute(
        "INSERT INTO quotes VALUES (1, 0, 'We are ready', 'Ilse Varnholt', 'direct', 'said', 0, 12)"
    )
    conn.execute(
        "INSERT INTO claims VALUES (1, 0, '312 barges', 'Ilse Varnholt', 312, NULL, 'barges',"
        " 'wait')"
    )
    if with_topics:
        conn.execute(OLD_WEB_TOPICS)
        conn.execute(
            "INSERT INTO web_topics (name, query, created_at) VALUES"
            " ('Harbour', 'barges', '2024-05-02T00:00:00Z')"
        )
    conn.close()


@pytest.mark.parametrize("with_topics", [True, False])
def test_version_1_archive_is_upgraded_with_its_data(tmp_path: Path, with_topics: bool) -> None:
    db = tmp_path / "old.db"
    version_1_archive(db, with_topics=with_topics)
    conn = open_archive(db, create=False)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    assert conn.execute("SELECT title FROM articles").fetchone()[0] == "Barges wait"
    assert conn.execute("SELECT speaker FROM quotes").fetchone()[0] == "Ilse Varnholt"
    topics = conn.execute("SELECT name, query FROM web_topics").fetchall()
    assert [tuple(t) for t in topics] == ([("Harbour", "barges")] if with_topics else [])
    conn.execute(
        "INSERT INTO web_topics (name, query, created_at) VALUES ('Floods', 'flood', 'now')"
    )
    conn.close()
    # Reopening runs nothing again and keeps everything.
    conn = open_archive(db, create=False)
    assert conn.execute("SELECT count(*) FROM web_topics").fetchone()[0] == 1 + with_topics
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    conn.close()


def test_version_3_keeps_the_body_only_in_its_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    version_1_archive(db, with_topics=False)
    conn = open_archive(db, create=False)
    stored = json.loads(conn.execute("SELECT record FROM articles").fetchone()[0])
    assert stored == {
        key: value for key, value in json.loads(OLD_RECORD).items() if key not in APART
    }
    [exported] = export_records(conn)
    conn.close()
    assert exported["text"] == exported["markdown"] == "Barges wait at Port Avel."
    assert list(exported)[:6] == ["schema", "title", "authors", "text", "markdown", "images"]


@pytest.mark.parametrize(
    ("sql", "index"),
    [
        ("SELECT * FROM quotes WHERE speaker = ? COLLATE NOCASE", "quotes_speaker"),
        ("SELECT * FROM claims WHERE source = ? COLLATE NOCASE", "claims_source"),
        (
            "SELECT * FROM claims WHERE predicate = ? COLLATE NOCASE AND unit = ? COLLATE NOCASE",
            "claims_measure",
        ),
        ("SELECT * FROM people WHERE name = ? COLLATE NOCASE", "people_name"),
    ],
)
def test_web_lookups_on_the_facts_use_an_index(tmp_path: Path, sql: str, index: str) -> None:
    conn = open_archive(tmp_path / "new.db")
    plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", ("x",) * sql.count("?")).fetchall()
    assert any(index in row["detail"] for row in plan), [row["detail"] for row in plan]
    conn.close()


def test_web_topics_work_on_an_upgraded_archive(tmp_path: Path) -> None:
    topics = pytest.importorskip("dateline.web.topics")
    schemas = pytest.importorskip("dateline.web.schemas")
    db = tmp_path / "old.db"
    version_1_archive(db, with_topics=False)
    conn = open_archive(db, create=False)
    assert topics.list_topics(conn) == []
    saved = topics.save_topic(conn, schemas.TopicIn(name="Harbour", query="barges"))
    assert topics.get_topic(conn, saved.id) == saved
    assert topics.delete_topic(conn, saved.id)
    assert not topics.delete_topic(conn, saved.id)
    conn.close()


def test_version_4_lists_newest_first_from_an_index(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    version_1_archive(db, with_topics=False)
    conn = open_archive(db, create=False)
    plan = " ".join(
        str(row[3])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE is_latest = 1"
            " ORDER BY julianday(published) DESC LIMIT 20"
        )
    )
    conn.close()
    assert "articles_latest_instant" in plan
    assert "TEMP B-TREE FOR ORDER BY" not in plan
