"""Extraction is pure: the same page gives the same record, in any order, from any thread."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import dateline

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _pages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(PAGES.glob("*.html"))]


def test_same_page_same_record_whatever_came_before() -> None:
    pages = _pages()
    assert len(pages) >= 5
    first = [dateline.extract(page, url="https://pure.example/a").to_dict() for page in pages]
    again = [
        dateline.extract(page, url="https://pure.example/a").to_dict() for page in reversed(pages)
    ]
    assert first == list(reversed(again))


def test_threads_give_the_records_a_single_thread_gives() -> None:
    pages = _pages() * 4
    alone = [dateline.extract(page).to_dict() for page in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(lambda page: dateline.extract(page).to_dict(), pages))
    assert together == alone
