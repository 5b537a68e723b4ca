"""The archive's SQLite schema, versioned with ``PRAGMA user_version`` and applied by migrations.

Each entry of ``MIGRATIONS`` takes a database from version ``n`` to ``n + 1``; a new database
runs them all. ``docs/archive.md`` documents every table and column.
"""

from __future__ import annotations

import sqlite3

from dateline.archive.errors import ArchiveError
from dateline.archive.search_fold import CJK_FUNCTION, SEARCH_FOLD_FUNCTION, SEARCH_TOKENIZER

_VERSION_1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    sources TEXT NOT NULL,
    stored INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    label TEXT,
    first_seen TEXT,
    last_seen TEXT,
    outlets TEXT NOT NULL DEFAULT '[]',
    article_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_latest INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    host TEXT,
    url TEXT,
    canonical_url TEXT,
    site_name TEXT,
    language TEXT,
    page_type TEXT NOT NULL,
    title TEXT,
    dek TEXT,
    dateline_place TEXT,
    dateline_agency TEXT,
    published TEXT,
    updated TEXT,
    section TEXT,
    text TEXT NOT NULL,
    markdown TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    reading_time_minutes INTEGER NOT NULL,
    source_encoding TEXT,
    record TEXT NOT NULL,
    minhash BLOB,
    story_features BLOB,
    story_id INTEGER REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED,
    duplicate_of INTEGER REFERENCES articles(id) DEFERRABLE INITIALLY DEFERRED,
    similarity REAL,
    UNIQUE (key, content_hash)
);
CREATE UNIQUE INDEX articles_latest_key ON articles(key) WHERE is_latest = 1;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_host ON articles(host);
CREATE INDEX articles_site_name ON articles(site_name COLLATE NOCASE);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, text,
    content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE authors (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX authors_name ON authors(name COLLATE NOCASE);

CREATE TABLE credits (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    place TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE images (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    alt TEXT,
    caption TEXT,
    credit TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE related (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    label TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE tags (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX tags_tag ON tags(tag COLLATE NOCASE);

CREATE TABLE people (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    titles TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX people_name ON people(name COLLATE NOCASE);

CREATE TABLE organizations (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE places (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    kind TEXT NOT NULL,
    cue TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE claims (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    value REAL NOT NULL,
    qualifier TEXT,
    unit TEXT,
    predicate TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE dates (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    resolved TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE pages (
    source TEXT PRIMARY KEY,
    url TEXT,
    raw_hash TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id),
    fetched_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT
);
CREATE INDEX pages_url ON pages(url);

CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    source TEXT NOT NULL,
    error TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX failures_run ON failures(run_id);
"""

# The web app's saved topics, which it used to create itself (so an archive it served may have
# the table already), and indexes for the lookups its pages make on the facts tables: quotes
# by speaker, claims by source and by measure (predicate and unit), all matched in any case.
_VERSION_2 = """
CREATE TABLE IF NOT EXISTS web_topics (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    site TEXT,
    since TEXT,
    until TEXT,
    person TEXT,
    digest_to TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
CREATE INDEX claims_source ON claims(source COLLATE NOCASE);
CREATE INDEX claims_measure ON claims(predicate COLLATE NOCASE, unit COLLATE NOCASE);
"""

# The record column without the body, which the text and markdown columns hold already
# (``dateline.archive.record_column``); about 3 KB less an article.
_VERSION_3 = """
UPDATE articles SET record = json_remove(record, '$.text', '$.markdown')
WHERE json_type(record, '$.text') IS NOT NULL OR json_type(record, '$.markdown') IS NOT NULL;
"""

# Lists are newest first by the instant ("15:30+01:00" before "14:32Z"), which the index on the
# publication text cannot give: without this one the article list sorted every latest row
# (17-55 ms at 10,000 articles against 0.03 ms). julianday() is built in, so any SQLite (3.20
# or newer) still reads and writes the file.
_VERSION_4 = """
CREATE INDEX articles_latest_instant ON articles(julianday(published)) WHERE is_latest = 1;
"""

# Search across the spellings the tokenizer does not fold (``dateline.archive.search_fold``):
# the index is made again with Arabic and Hebrew marks as parts of words, and filled with the
# folded columns, as the writer now indexes them. The function is registered by
# ``store.open_archive``, which runs the migrations.
_VERSION_5 = f"""
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, text,
    content='articles', content_rowid='id',
    tokenize="{SEARCH_TOKENIZER}"
);
INSERT INTO articles_fts (rowid, title, dek, text)
SELECT id, {SEARCH_FOLD_FUNCTION}(title), {SEARCH_FOLD_FUNCTION}(dek), {SEARCH_FOLD_FUNCTION}(text)
FROM articles;
"""

# Chinese and Japanese words findable inside a sentence (``dateline.archive.search_fold``):
# folding now makes each Han or kana character a token (and folds the Arabic letters written
# for one another: "احمد", "أحمد"), so the index is filled again. Its
# snippets are cut by token position from its content, so that is now a view of the columns
# with the same separators: ``spaced_*`` (NULL where a column has no CJK, that is for most
# pages), else the column. Plain SQL, so that any SQLite tool still reads the index.
_VERSION_6 = f"""
ALTER TABLE articles ADD COLUMN spaced_title TEXT;
ALTER TABLE articles ADD COLUMN spaced_dek TEXT;
ALTER TABLE articles ADD COLUMN spaced_text TEXT;
UPDATE articles SET
    spaced_title = nullif({CJK_FUNCTION}(title), title),
    spaced_dek = nullif({CJK_FUNCTION}(dek), dek),
    spaced_text = nullif({CJK_FUNCTION}(text), text);
DROP TABLE articles_fts;
CREATE VIEW articles_search_text AS
SELECT id, coalesce(spaced_title, title) AS title, coalesce(spaced_dek, dek) AS dek,
    coalesce(spaced_text, text) AS text
FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, text,
    content='articles_search_text', content_rowid='id',
    tokenize="{SEARCH_TOKENIZER}"
);
INSERT INTO articles_fts (rowid, title, dek, text)
SELECT id, {SEARCH_FOLD_FUNCTION}(title), {SEARCH_FOLD_FUNCTION}(dek), {SEARCH_FOLD_FUNCTION}(text)
FROM articles;
"""

# Traditional and simplified Chinese found by each other (``dateline.archive.search_fold``):
# folding now writes each traditional character in its simplified form, so the index is filled
# again from the same view. The spaced columns keep the characters as written.
_VERSION_7 = f"""
INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');
INSERT INTO articles_fts (rowid, title, dek, text)
SELECT id, {SEARCH_FOLD_FUNCTION}(title), {SEARCH_FOLD_FUNCTION}(dek), {SEARCH_FOLD_FUNCTION}(text)
FROM articles;
"""

#: Migration ``i`` takes a database from version ``i`` to ``i + 1``.
MIGRATIONS: tuple[str, ...] = (
    _VERSION_1,
    _VERSION_2,
    _VERSION_3,
    _VERSION_4,
    _VERSION_5,
    _VERSION_6,
    _VERSION_7,
)
#: The schema version this code reads and writes.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, name: str) -> None:
    """Bring the database ``name`` up to ``SCHEMA_VERSION``; each step is one transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``). A database written by a
    newer dateline is refused rather than guessed at.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            name, f"schema version {version} is newer than this dateline's ({SCHEMA_VERSION})"
        )
    for number in range(version, SCHEMA_VERSION):
        # One script per step so that DDL and the version bump commit together or not at all.
        script = f"BEGIN IMMEDIATE;\n{MIGRATIONS[number]}\nPRAGMA user_version = {number + 1};"
        try:
            conn.executescript(script + "\nCOMMIT;")
        except sqlite3.Error as err:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise ArchiveError(name, f"cannot migrate to schema {number + 1}: {err}") from None
