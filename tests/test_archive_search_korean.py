"""Full-text search for Korean words that carry their particles and endings ("서울시가").
The outlets, people and events are invented."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from search_archive import ingest_pages, pages_found

from dateline.archive.search import hangul_prefixes, plain_words, search
from dateline.archive.store import open_archive

#: Each page's headline and a body sentence; the words searched for appear only with a
#: particle or an ending written onto them.
PAGES = {
    "bridge.html": (
        "한결시, 새 보행교 개통",
        "한결시가 강 건너 두 마을을 잇는 보행교를 이번 주에 개통했다고 밝혔다. "
        "시장은 개통식에서 주민들의 오랜 요청이 이루어졌다고 말했다.",
    ),
    "market.html": (
        "새벽시장 상인들 가격 동결",
        "새벽시장의 상인들은 올겨울 채소 가격을 동결하기로 했다. 한결시는 상인회와 "
        "협의해 주차장을 넓히겠다고 덧붙였다.",
    ),
    "school.html": (
        "바닷가 초등학교 새 도서관",
        "바닷가 초등학교에 새 도서관이 문을 열었다. 학생들은 첫날부터 책을 빌려 갔다.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    folder = tmp_path_factory.mktemp("korean")
    db = ingest_pages(folder, PAGES, lang="ko")
    conn = open_archive(db, create=False)
    yield conn
    conn.close()


def found(conn: sqlite3.Connection, query: str) -> set[str]:
    return pages_found(conn, PAGES, query)


@pytest.mark.parametrize(
    ("query", "pages"),
    [
        # "한결시가", "한결시는", "한결시," : the city with its particles, in two stories.
        ("한결시", {"bridge.html", "market.html"}),
        ("보행교", {"bridge.html"}),  # "보행교를", "보행교"
        ("상인", {"market.html"}),  # "상인들은", "상인회와"
        ("도서관 학생", {"school.html"}),
        ("한결시 NOT 상인", {"bridge.html"}),
        # A quoted word is searched as written: "시장" (the mayor) appears only as "시장은".
        ('"도서관이"', {"school.html"}),
        ('"시장"', set()),
        ("시장", {"bridge.html"}),
        ("공항", set()),
    ],
)
def test_a_korean_word_is_found_with_its_particles(
    archive: sqlite3.Connection, query: str, pages: set[str]
) -> None:
    assert found(archive, query) == pages


def test_the_query_shown_is_the_prefix_searched(archive: sqlite3.Connection) -> None:
    assert search(archive, "한결시").query == "한결시*"
    # Refused as FTS5 syntax, the plain words keep the prefix.
    result = search(archive, '한결시 "')
    assert result.plain_words and result.query == '"한결시" *'
    assert {hit.title for hit in result.hits} == {
        PAGES["bridge.html"][0],
        PAGES["market.html"][0],
    }


def test_only_bare_korean_words_become_prefixes() -> None:
    assert hangul_prefixes("서울 시장") == "서울* 시장*"
    assert hangul_prefixes("서울* 시장") == "서울* 시장*"  # already a prefix
    assert hangul_prefixes('"서울 시장" 예산') == '"서울 시장" 예산*'
    assert hangul_prefixes("title:서울") == "title:서울*"
    assert hangul_prefixes("Seoul budget") == "Seoul budget"
    assert hangul_prefixes("東京 서울") == "東京 서울*"
    assert plain_words("서울 AND budget") == '"서울" * "budget"'
