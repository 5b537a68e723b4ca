"""Full-text search across traditional and simplified Chinese: the same story, name or place
written in either script is found by a query in the other. The outlets, people and events are
invented."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from search_archive import ingest_pages, pages_found

from dateline.archive.schema import MIGRATIONS
from dateline.archive.search import search
from dateline.archive.search_fold import (
    SIMPLIFIED_FORMS,
    add_search_fold_function,
    fold_for_matching,
    fold_for_search,
)
from dateline.archive.store import open_archive

#: The same story in a Taipei-style traditional edition and a simplified one, and another.
PAGES = {
    "traditional.html": (
        "柳河市圖書館重新開放",
        "柳河市圖書館經過兩年的翻修後於本週一重新開放，館長說新館藏書超過三十萬冊。",
    ),
    "simplified.html": (
        "柳河市图书馆重新开放",
        "柳河市图书馆经过两年的翻修后于本周一重新开放，馆长说新馆藏书超过三十万册。",
    ),
    "market.html": (
        "夜市攤販增加到一百家",
        "港口夜市的攤販從去年的六十家增加到一百家，市政府表示將延長營業時間。",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    folder = tmp_path_factory.mktemp("zh")
    db = ingest_pages(folder, PAGES, lang="zh")
    conn = open_archive(db, create=False)
    yield conn
    conn.close()


def found(conn: sqlite3.Connection, query: str) -> set[str]:
    return pages_found(conn, PAGES, query)


@pytest.mark.parametrize(
    ("query", "pages"),
    [
        ("图书馆", {"traditional.html", "simplified.html"}),
        ("圖書館", {"traditional.html", "simplified.html"}),
        ("翻修", {"traditional.html", "simplified.html"}),
        ("攤販", {"market.html"}),
        ("摊贩", {"market.html"}),
        ('"三十萬冊"', {"traditional.html", "simplified.html"}),
        ("夜市 NOT 圖書館", {"market.html"}),
    ],
)
def test_either_script_finds_both(archive: sqlite3.Connection, query: str, pages: set[str]) -> None:
    assert found(archive, query) == pages


def test_snippets_show_the_characters_as_written(archive: sqlite3.Connection) -> None:
    snippets = {hit.title: hit.snippet for hit in search(archive, "图书馆").hits}
    assert "[圖書館]" in snippets[PAGES["traditional.html"][0]]
    assert "[图书馆]" in snippets[PAGES["simplified.html"][0]]


def test_folding_writes_traditional_characters_simplified_one_for_one() -> None:
    assert fold_for_search("圖書館") == fold_for_search("图书馆")
    assert fold_for_matching("臺灣") == fold_for_matching("台湾")
    # One character for one, each folded once for all: token positions stay in step.
    for traditional, simplified in SIMPLIFIED_FORMS.items():
        assert len(simplified) == 1 and simplified not in SIMPLIFIED_FORMS, traditional
    # Japanese keeps its kana; its kanji fold as Chinese characters do, in queries alike.
    assert fold_for_search("東京の圖書館") == fold_for_search("东京の图书馆")


def test_an_archive_indexed_before_is_reindexed(tmp_path: Path) -> None:
    db = tmp_path / "v6.db"
    conn = sqlite3.connect(db, isolation_level=None)
    add_search_fold_function(conn)
    for script in MIGRATIONS[:6]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 6")
    title, body = PAGES["market.html"]
    conn.execute(
        "INSERT INTO articles (id, key, version, is_latest, content_hash, source, fetched_at,"
        " page_type, title, text, markdown, word_count, reading_time_minutes, record)"
        " VALUES (1, 'k', 1, 1, 'h', 'market.html', '2026-03-02T00:00:00Z', 'article', ?, ?, ?,"
        " 30, 1, '{}')",
        (title, body, body),
    )
    # As version 6 indexed it: each character a token, traditional as written.
    spaced = "\u200b".join(body)
    conn.execute("UPDATE articles SET spaced_text = ? WHERE id = 1", (spaced,))
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, dek, text) VALUES (1, ?, NULL, ?)",
        (title, spaced),
    )
    conn.close()
    upgraded = open_archive(db, create=False)
    try:
        (hit,) = search(upgraded, "摊贩").hits
        assert hit.title == title and "[攤販]" in hit.snippet
    finally:
        upgraded.close()
