"""An archive of invented one-story pages for the search tests: pages written, ingested by the
CLI, and the pages a query finds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.archive.search import search
from dateline.cli import main

#: Page file name → (headline, body sentence).
Pages = dict[str, tuple[str, str]]


def story_page(title: str, body: str, lang: str | None = None) -> str:
    """A dated story page whose body says ``body`` twice."""
    lang_attr = f" lang='{lang}'" if lang else ""
    return (
        f"<!doctype html><html{lang_attr}><head><meta charset='utf-8'><title>{title}</title>"
        "<meta property='article:published_time' content='2026-03-02T09:00:00Z'></head>"
        f"<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    )


def ingest_pages(folder: Path, pages: Pages, lang: str | None = None) -> Path:
    """Write ``pages`` into ``folder``, ingest them into ``folder/a.db`` and return its path."""
    for name, (title, body) in pages.items():
        (folder / name).write_text(story_page(title, body, lang), encoding="utf-8")
    db = folder / "a.db"
    assert main(["ingest", "-q", "--workers", "1", str(folder), "--db", str(db)]) == 0
    return db


def pages_found(conn: sqlite3.Connection, pages: Pages, query: str) -> set[str]:
    """The names of the ``pages`` whose headline is among the hits for ``query``."""
    titles = {hit.title for hit in search(conn, query).hits}
    return {name for name, (title, _) in pages.items() if title in titles}
