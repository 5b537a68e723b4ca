"""Full-text search for Chinese and Japanese words inside sentences written without spaces.
The outlets, people and events are invented."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from search_archive import ingest_pages, pages_found

from dateline.archive.schema import MIGRATIONS, SCHEMA_VERSION
from dateline.archive.search import search
from dateline.archive.search_fold import (
    CJK_SEPARATOR,
    add_search_fold_function,
    fold_for_matching,
    fold_for_search,
    separate_cjk,
)
from dateline.archive.store import open_archive
from dateline.web.app import Settings, create_app

#: Each page's headline and a body sentence holding the words searched for.
PAGES = {
    "library.html": (
        "柳河市图书馆重新开放",
        "柳河市图书馆经过两年的翻修后于本周一重新开放，馆长说新馆藏书超过三十万册，"
        "许多市民一早就来到门前排队等候。",
    ),
    "fair.html": (
        "春季招聘会吸引数千求职者",
        "周末举行的春季招聘会吸引了数千名求职者，不少毕业生希望在图书馆或学校工作，"
        "主办方说共有两百多家企业参加。",
    ),
    "museum.html": (
        "港町に新しい美術館",
        "私は港町に新しくできた美術館を訪れました。2026年の春に開館し、"
        "三百点以上の作品が展示されています。",
    ),
    "dam.html": (
        "北沢ダムの貯水率が低下",
        "雨の少ない日が続き、北沢ダムの貯水率が三割を下回りました。県は節水への協力を"
        "住民に呼びかけています。",
    ),
}


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingest_pages(tmp_path_factory.mktemp("cjk"), PAGES)


@pytest.fixture(scope="module")
def archive(archive_db: Path) -> Iterator[sqlite3.Connection]:
    conn = open_archive(archive_db, create=False)
    yield conn
    conn.close()


@pytest.mark.parametrize(
    ("query", "pages"),
    [
        ("图书馆", {"library.html", "fair.html"}),
        ("求职者", {"fair.html"}),
        ("招聘 毕业生", {"fair.html"}),
        ('"两百多家企业"', {"fair.html"}),
        ("美術館", {"museum.html"}),
        ("貯水率", {"dam.html"}),
        ("節水", {"dam.html"}),
        ("2026", {"museum.html"}),
        ("港町 OR 北沢", {"museum.html", "dam.html"}),
        # Characters are found side by side, in the order written: both pages hold 书 and 馆.
        ("馆书", set()),
        ("東京", set()),
    ],
)
def test_a_word_inside_a_sentence_is_found(
    archive: sqlite3.Connection, query: str, pages: set[str]
) -> None:
    assert pages_found(archive, PAGES, query) == pages


def test_a_query_with_broken_syntax_keeps_its_words_together(
    archive: sqlite3.Connection,
) -> None:
    result = search(archive, '图书馆 "')
    assert result.plain_words
    assert {hit.title for hit in result.hits} == {
        PAGES["library.html"][0],
        PAGES["fair.html"][0],
    }


def test_the_query_shown_has_no_invisible_separators(archive: sqlite3.Connection) -> None:
    assert search(archive, "图书馆").query == "图书馆"
    # Searched as plain words, the characters are a phrase, as a compound's parts are.
    assert search(archive, '图书馆 "').query == '"图 书 馆"'


def test_snippets_mark_the_word_as_written(archive: sqlite3.Connection) -> None:
    (hit,) = search(archive, "貯水率").hits
    assert "北沢ダムの[貯水率]が" in hit.snippet
    assert CJK_SEPARATOR not in hit.snippet


def test_the_web_search_finds_and_marks_the_word(archive_db: Path) -> None:
    with TestClient(create_app(Settings(db=archive_db))) as client:
        response = client.get("/api/search", params={"q": "美術館"})
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == PAGES["museum.html"][0]
    assert "美術館" in item["snippet"] and CJK_SEPARATOR not in item["snippet"]


def test_folding_makes_each_character_a_word() -> None:
    assert separate_cjk("私は東京2026年") == "\u200b".join(["私", "は", "東", "京", "2026", "年"])
    assert fold_for_search("ＡＢＣ京都") == "ABC\u200b京\u200b都"
    # Punctuation and Hangul (written with spaces between words) are left as they are.
    assert separate_cjk("東、京") == "東、京"
    assert separate_cjk("서울 시장") == "서울 시장"
    latin = "Straße café"
    assert separate_cjk(latin) is latin
    # Stories compare whole words: they are not separated for matching (and their
    # traditional characters are folded to the simplified ones).
    assert fold_for_matching("京都") == "京都"
    assert fold_for_matching("東京") == "东京"


def test_an_archive_indexed_before_cjk_separation_is_reindexed(tmp_path: Path) -> None:
    db = tmp_path / "v5.db"
    conn = sqlite3.connect(db, isolation_level=None)
    add_search_fold_function(conn)
    for script in MIGRATIONS[:5]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 5")
    title, body = PAGES["dam.html"]
    conn.execute(
        "INSERT INTO articles (id, key, version, is_latest, content_hash, source, fetched_at,"
        " page_type, title, text, markdown, word_count, reading_time_minutes, record)"
        " VALUES (1, 'k', 1, 1, 'h', 'dam.html', '2026-03-02T00:00:00Z', 'article', ?, ?, ?,"
        " 30, 1, '{}')",
        (title, body, body),
    )
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, dek, text) VALUES (1, ?, NULL, ?)", (title, body)
    )
    assert not conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '貯水率'"
    ).fetchone()[0]
    conn.close()
    upgraded = open_archive(db, create=False)
    try:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (hit,) = search(upgraded, "貯水率").hits
        assert hit.title == title and "[貯水率]" in hit.snippet
        # The index reads its snippets through plain SQL: any SQLite tool can.
        with sqlite3.connect(db) as plain:
            assert plain.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
    finally:
        upgraded.close()


def test_only_pages_with_cjk_keep_a_spaced_copy(archive_db: Path, tmp_path: Path) -> None:
    with sqlite3.connect(archive_db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM articles WHERE spaced_text IS NOT NULL"
        ).fetchone() == (len(PAGES),)
    latin = {
        "ferry.html": (
            "Ferry timetable changes in Velmora",
            "The harbour board of Velmora said on Tuesday that the night crossings would"
            " run every forty minutes from April, after a winter of complaints from commuters.",
        )
    }
    db = ingest_pages(tmp_path, latin)
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "SELECT spaced_title, spaced_dek, spaced_text FROM articles"
        ).fetchall() == [(None, None, None)]
