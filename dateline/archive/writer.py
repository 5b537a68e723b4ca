"""The archive's one writer: records, their parts, versions, failures and pages seen, in batches.

Every write of an ingest goes through ``ArchiveWriter`` on one connection, inside transactions
that ``commit`` closes; a process killed between commits loses only the open batch, and the
next run redoes exactly that batch because the ``pages`` rows of it were lost with it.

New rows wait in memory until the batch is written (``commit``, or a look-up that needs them)
and then go in with one ``executemany`` per table: an earlier copy re-pointed to a new one is
then mostly a change to a waiting row rather than an ``UPDATE`` of a stored one, and the
statements cost less per row (writer 1.04-1.19 → 0.94-1.01 ms a page on
benchmarks/archive_scale.py).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from operator import itemgetter
from typing import Any

import xxhash

from dateline.archive.duplicates import published_timestamp
from dateline.archive.links import LinkColumns, Links, NewPage
from dateline.archive.record_column import stored_form
from dateline.archive.search_fold import fold_for_search, separate_cjk
from dateline.urls import url_site, without_tracking

#: Record fields that say what the article is; a change in any of them makes a new version.
#: Page furniture (related teasers, removed chrome) and derived facts are left out, so that a
#: rotated "most read" box does not count as a changed article.
CONTENT_FIELDS = (
    "title",
    "dek",
    "authors",
    "credits",
    "dateline",
    "published",
    "updated",
    "section",
    "tags",
    "text",
    "images",
)


#: The ``articles`` columns in the order the writer fills them.
ARTICLE_COLUMNS = (
    "id",
    "key",
    "version",
    "is_latest",
    "content_hash",
    "source",
    "fetched_at",
    "host",
    "url",
    "canonical_url",
    "site_name",
    "language",
    "page_type",
    "title",
    "dek",
    "dateline_place",
    "dateline_agency",
    "published",
    "updated",
    "section",
    "text",
    "markdown",
    "word_count",
    "reading_time_minutes",
    "source_encoding",
    "record",
    "minhash",
    "story_features",
    "story_id",
    "duplicate_of",
    "similarity",
    "spaced_title",
    "spaced_dek",
    "spaced_text",
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})"
)
_MINHASH = ARTICLE_COLUMNS.index("minhash")
_SIMILARITY = ARTICLE_COLUMNS.index("similarity")
_PAGE_COLUMNS = "url, raw_hash, article_id, fetched_at, etag, last_modified, source"
#: Whether a stored ``articles`` row's record carries facts (an analysed record whose lists are
#: empty does; a ``null`` or missing ``facts`` does not).
_ANALYSED = "coalesce(json_type(record, '$.facts'), 'null') != 'null'"
#: Sources whose stored page is an article that was not analysed (ingested without ``--facts``).
UNANALYSED_SOURCES = (
    "SELECT p.source, p.url FROM pages AS p JOIN articles AS a ON a.id = p.article_id"
    f" WHERE a.page_type = 'article' AND NOT {_ANALYSED.replace('record', 'a.record')}"
)


class Outcome(Enum):
    """What storing one record did."""

    STORED = "stored"  # a page the archive did not have
    VERSION = "version"  # a known page whose content changed: a new version, now the latest
    UNCHANGED = "unchanged"  # the same page with the same content: nothing new stored
    ANALYSED = "analysed"  # the same page with the same content, stored without facts: now with


@dataclass(frozen=True, slots=True)
class PageInfo:
    """Where a record came from: the source's name for it and what the fetch said."""

    source: str
    url: str | None = None
    fetched_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """A page's record as a worker returns it: the record's JSON form, its content hash, the
    ``raw_digest`` of the page's bytes, for an article page its MinHash signature and story
    features (bytes, as stored), its title, dek and text as the full-text index holds them
    (``search_columns``) when folding changed them (None when the record's own are indexed),
    and as the index's snippets read them (``spaced_columns``)."""

    record: dict[str, Any]
    digest: str
    raw_hash: str
    signature: bytes | None = None
    features: bytes | None = None
    indexed: tuple[str | None, str | None, str] | None = None
    spaced: tuple[str | None, str | None, str | None] | None = None


def search_columns(record: dict[str, Any]) -> tuple[str | None, str | None, str] | None:
    """The record's title, dek and text folded for the full-text index (``fold_for_search``),
    or None when folding leaves them as they are. Made in the workers: scanning a page's text
    takes 0.02 ms (5 KB), and folding one 0.3 ms, which the single writer would pay for every
    page."""
    columns = (record.get("title"), record.get("dek"), record.get("text") or "")
    folded = tuple(fold_for_search(column) for column in columns)
    if folded == columns:
        return None
    title, dek, text = folded
    return title, dek, text or ""


def spaced_columns(record: dict[str, Any]) -> tuple[str | None, str | None, str | None] | None:
    """The record's title, dek and text with separators between CJK characters
    (``separate_cjk``), as the index's snippets read them (the columns ``spaced_title``,
    ``spaced_dek`` and ``spaced_text``): each None where separating leaves the column as it
    is, and None when it leaves all three."""
    columns = (record.get("title"), record.get("dek"), record.get("text") or "")
    spaced = tuple(separate_cjk(column) for column in columns)
    if spaced == columns:
        return None
    title, dek, text = (
        None if new == old else new for new, old in zip(spaced, columns, strict=True)
    )
    return title, dek, text


def raw_digest(data: bytes) -> str:
    """The digest by which the archive knows a page's bytes (or a loaded record's JSON) again:
    XXH3-128, in hex. It only tells a changed page from the same one, so it need not resist a
    forger; SHA-256 took 0.065 ms of a worker's time a page (117 KB pages of
    benchmarks/archive_scale.py) against 0.002 ms."""
    return xxhash.xxh3_128_hexdigest(data)


#: The canonical JSON form ``content_hash`` digests, made once: ``json.dumps`` with options
#: makes an encoder at every call (0.017 → 0.016 ms a page on benchmarks/archive_scale.py).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record's ``CONTENT_FIELDS`` in a canonical JSON form."""
    content = {name: record.get(name) for name in CONTENT_FIELDS}
    return hashlib.sha256(_CANONICAL.encode(content).encode("utf-8")).hexdigest()


def _earlier(stamp: str | None, than: str | None) -> bool:
    """Whether the ISO 8601 time ``stamp`` is before ``than``, compared as instants
    (``published_timestamp``); False when either is missing or unreadable."""
    first, second = published_timestamp(stamp), published_timestamp(than)
    return first is not None and second is not None and first < second


def now_iso() -> str:
    """The current UTC time in ISO 8601, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class ArchiveWriter:
    """Writes an ingest's results on one connection; ``commit`` ends each batch."""

    def __init__(self, conn: sqlite3.Connection, run_id: int) -> None:
        self.conn = conn
        self.run_id = run_id
        self.links = Links(conn)
        # Rows waiting to be written: articles by id (lists, so that a re-pointed copy's link
        # can still change), their keys, the other tables' rows by statement, and pages rows
        # by source, new ones apart from known ones.
        self._articles: dict[int, list[Any]] = {}
        self._keys: set[str] = set()
        self._waiting: dict[str, list[tuple[Any, ...]]] = {}
        self._new_pages: dict[str, tuple[Any, ...]] = {}
        self._known_pages: dict[str, tuple[Any, ...]] = {}
        self._next_id: int | None = None
        # New articles waiting to be linked to their wire copies and stories, in id order.
        self._to_link: list[NewPage] = []

    def commit(self, *, final: bool = False) -> None:
        """Write the waiting rows, bring the touched stories up to date and commit the open
        batch, if any; ``final`` (the end of a run) also relabels every story the run
        touched."""
        if final:
            self._begin()
        if self.conn.in_transaction:
            self._flush()
            self.links.refresh_stories(final=final)
            self.conn.execute("COMMIT")
        self._next_id = None

    def store(self, page: PageInfo, extracted: Extracted) -> tuple[Outcome, int]:
        """Store one extracted record unless the archive has it already; returns what it did
        and the article's id.

        A record is known by its key (canonical URL, else URL, either without tracking
        parameters such as ``utm_source``; else the source's name) and its content hash. A key
        seen with other content gets a new version that becomes the latest; content the key
        had before becomes the latest again without a new row. Either stays behind the latest
        version when the page dates it earlier (its updated, else published time): a backfill
        from an older crawl adds its versions without undoing newer ones.
        """
        self._begin()
        record, digest = extracted.record, extracted.digest
        key = (
            without_tracking(record.get("canonical_url") or record.get("url") or "") or page.source
        )
        if key in self._keys:  # the look-ups below must see this key's waiting rows
            self._flush()
        # Every version of the key in one look-up (none for most pages: a key new to the archive).
        versions = self.conn.execute(
            "SELECT id, version, is_latest, content_hash, duplicate_of, similarity, story_id, "
            "page_type, coalesce(updated, published) AS stamp, minhash IS NOT NULL AS indexed,"
            f" {_ANALYSED} AS analysed FROM articles WHERE key = ?",
            (key,),
        ).fetchall()
        latest = next((row for row in versions if row["is_latest"]), None)
        latest_stamp = latest["stamp"] if latest is not None else None
        same = next((row for row in versions if row["content_hash"] == digest), None)
        if same is not None:
            if not same["is_latest"] and not _earlier(same["stamp"], latest_stamp):
                self._make_latest(key, same["id"])
            self._remember_page(page, extracted.raw_hash, same["id"])
            if record.get("page_type") != same["page_type"]:
                # The same content typed anew (a newer dateline's rules): no new version, but
                # a page no longer an article is not asked for facts on every --facts run.
                self.conn.execute(
                    "UPDATE articles SET page_type = ?,"
                    " record = json_set(record, '$.page_type', ?) WHERE id = ?",
                    (record.get("page_type"), record.get("page_type"), same["id"]),
                )
            if record.get("facts") is not None and not same["analysed"]:
                self._add_facts(same["id"], record["facts"])
                return Outcome.ANALYSED, same["id"]
            return Outcome.UNCHANGED, same["id"]
        previous = max(versions, key=itemgetter("version")) if versions else None
        stale = _earlier(record.get("updated") or record.get("published"), latest_stamp)
        article_id = self._new_id()
        if previous is not None and not stale:
            self.conn.execute("UPDATE articles SET is_latest = 0 WHERE key = ?", (key,))
        # A page is linked once, by its first linkable version: a breaking-news stub ("More to
        # follow", no story yet) that grows into the full wire copy is linked when it does.
        first_linkable = extracted.signature is not None and not any(
            row["indexed"] for row in versions
        )
        if previous is None or first_linkable:  # linked when the waiting rows are written
            links = LinkColumns()
            self._to_link.append(
                NewPage(article_id, record, extracted.signature, extracted.features)
            )
        else:
            links = self.links.link_version(
                previous["duplicate_of"], previous["similarity"], previous["story_id"]
            )
        version = previous["version"] + 1 if previous else 1
        self._insert_article(article_id, page, extracted, key, version, links, not stale)
        self._insert_parts(article_id, record)
        self._remember_page(page, extracted.raw_hash, article_id)
        return (Outcome.VERSION if previous else Outcome.STORED), article_id

    def refresh_page(self, page: PageInfo) -> None:
        """Record that a known page was seen again with the same bytes: its fetch time and the
        validators the server sent this time."""
        self._begin()
        if page.source in self._new_pages or page.source in self._known_pages:
            self._flush()
        self.conn.execute(
            "UPDATE pages SET fetched_at = ?, etag = ?, last_modified = ? WHERE source = ?",
            (page.fetched_at or now_iso(), page.etag, page.last_modified, page.source),
        )

    def fail(self, source: str, error: str) -> None:
        """Record that ``source`` gave no record, and why."""
        self._begin()
        self.conn.execute(
            "INSERT INTO failures (run_id, source, error, failed_at) VALUES (?, ?, ?, ?)",
            (self.run_id, source, error, now_iso()),
        )

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")

    def _new_id(self) -> int:
        """The id SQLite would give the next row, known first so that the links go in with
        the insert (a second write of the fresh row would cost as much as the first). The
        open transaction holds the write lock, so only this writer adds rows meanwhile."""
        if self._next_id is None:
            self._next_id = self.conn.execute(
                "SELECT coalesce(max(id), 0) + 1 FROM articles"
            ).fetchone()[0]
        article_id = self._next_id
        self._next_id += 1
        return article_id

    def _flush(self) -> None:
        """Link the waiting new articles, then write the waiting rows, articles first (the
        other tables refer to them)."""
        if self._to_link:
            columns, relinks = self.links.link_new(self._to_link)
            for page, linked in zip(self._to_link, columns, strict=True):
                row = self._articles[page.article_id]
                row[_MINHASH : _SIMILARITY + 1] = (
                    linked.minhash,
                    linked.story_features,
                    linked.story_id,
                    linked.duplicate_of,
                    linked.similarity,
                )
            # Stored copies re-pointed to one of these (waiting rows got their links above).
            self.conn.executemany(
                "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
                [(r.duplicate_of, r.similarity, r.article_id) for r in relinks],
            )
            self._to_link.clear()
        if self._articles:
            self.conn.executemany(_INSERT_ARTICLE, self._articles.values())
        for statement, rows in self._waiting.items():
            self.conn.executemany(statement, rows)
        if self._new_pages:
            self.conn.executemany(
                f"INSERT INTO pages ({_PAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                self._new_pages.values(),
            )
        if self._known_pages:
            self.conn.executemany(
                "UPDATE pages SET url = ?, raw_hash = ?, article_id = ?, fetched_at = ?, "
                "etag = ?, last_modified = ? WHERE source = ?",
                self._known_pages.values(),
            )
        self._articles.clear()
        self._keys.clear()
        self._waiting.clear()
        self._new_pages.clear()
        self._known_pages.clear()

    def _make_latest(self, key: str, article_id: int) -> None:
        self.conn.execute("UPDATE articles SET is_latest = 0 WHERE key = ?", (key,))
        self.conn.execute("UPDATE articles SET is_latest = 1 WHERE id = ?", (article_id,))

    def _insert_article(
        self,
        article_id: int,
        page: PageInfo,
        extracted: Extracted,
        key: str,
        version: int,
        links: LinkColumns,
        latest: bool = True,
    ) -> None:
        record, digest = extracted.record, extracted.digest
        dateline = record.get("dateline") or {}
        address = record.get("canonical_url") or record.get("url") or page.url
        title, dek, text = record.get("title"), record.get("dek"), record.get("text") or ""
        self._articles[article_id] = [
            article_id,
            key,
            version,
            int(latest),
            digest,
            page.source,
            page.fetched_at or now_iso(),
            url_site(address) if address else None,
            record.get("url"),
            record.get("canonical_url"),
            record.get("site_name"),
            record.get("language"),
            record.get("page_type") or "article",
            title,
            dek,
            dateline.get("place"),
            dateline.get("agency"),
            record.get("published"),
            record.get("updated"),
            record.get("section"),
            text,
            record.get("markdown") or "",
            record.get("word_count") or 0,
            record.get("reading_time_minutes") or 0,
            record.get("source_encoding"),
            stored_form(record),
            links.minhash,
            links.story_features,
            links.story_id,
            links.duplicate_of,
            links.similarity,
            *(extracted.spaced or (None, None, None)),
        ]
        self._keys.add(key)
        self._waiting.setdefault(
            "INSERT INTO articles_fts (rowid, title, dek, text) VALUES (?, ?, ?, ?)", []
        ).append((article_id, *(extracted.indexed or (title, dek, text))))

    def _insert_parts(self, article_id: int, record: dict[str, Any]) -> None:
        """The record's lists, one table each, so that plain SQL can query them."""
        self._rows("authors", article_id, ("name",), [(a,) for a in record.get("authors") or []])
        self._rows("tags", article_id, ("tag",), [(t,) for t in record.get("tags") or []])
        self._rows(
            "credits",
            article_id,
            ("role", "name", "place"),
            [(c["role"], c["name"], c.get("place")) for c in record.get("credits") or []],
        )
        self._rows(
            "images",
            article_id,
            ("url", "alt", "caption", "credit"),
            [
                (i["url"], i.get("alt"), i.get("caption"), i.get("credit"))
                for i in record.get("images") or []
            ],
        )
        self._rows(
            "related",
            article_id,
            ("url", "title", "label"),
            [(r["url"], r["title"], r.get("label")) for r in record.get("related") or []],
        )
        facts = record.get("facts")
        if facts:
            self._insert_facts(article_id, facts)

    def _add_facts(self, article_id: int, facts: dict[str, Any]) -> None:
        """Give a stored record that was not analysed its ``facts``: in its ``record`` column
        and in the facts tables. The page is the same, so no new version is made."""
        self.conn.execute(
            "UPDATE articles SET record = json_set(record, '$.facts', json(?)) WHERE id = ?",
            (json.dumps(facts, ensure_ascii=False), article_id),
        )
        self._insert_facts(article_id, facts)

    def _insert_facts(self, article_id: int, facts: dict[str, Any]) -> None:
        self._rows(
            "people",
            article_id,
            ("name", "titles", "mentions"),
            [
                (p["name"], json.dumps(p.get("titles") or [], ensure_ascii=False), p["mentions"])
                for p in facts.get("people") or []
            ],
        )
        for table in ("organizations", "places"):
            self._rows(
                table,
                article_id,
                ("name", "mentions"),
                [(e["name"], e["mentions"]) for e in facts.get(table) or []],
            )
        self._rows(
            "quotes",
            article_id,
            ("text", "speaker", "kind", "cue", "start_char", "end_char"),
            [
                (q["text"], q.get("speaker"), q["kind"], q.get("cue"), q["start"], q["end"])
                for q in facts.get("quotes") or []
            ],
        )
        self._rows(
            "claims",
            article_id,
            ("text", "source", "value", "qualifier", "unit", "predicate"),
            [
                (
                    c["text"],
                    c.get("source"),
                    c["value"],
                    c.get("qualifier"),
                    c.get("unit"),
                    c.get("predicate"),
                )
                for c in facts.get("claims") or []
            ],
        )
        self._rows(
            "dates",
            article_id,
            ("text", "resolved"),
            [(d["text"], d.get("resolved")) for d in facts.get("dates") or []],
        )

    def _rows(
        self, table: str, article_id: int, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> None:
        if not rows:
            return
        names = ", ".join(("article_id", "position", *columns))
        marks = ", ".join("?" * (len(columns) + 2))
        self._waiting.setdefault(f"INSERT INTO {table} ({names}) VALUES ({marks})", []).extend(
            (article_id, position, *row) for position, row in enumerate(rows)
        )

    def _remember_page(self, page: PageInfo, raw_hash: str, article_id: int) -> None:
        values = (
            page.url,
            raw_hash,
            article_id,
            page.fetched_at or now_iso(),
            page.etag,
            page.last_modified,
            page.source,
        )
        # A plain INSERT for a page not seen before: an upsert (or any UPDATE that may set
        # article_id) cost 90 us a page in the writer against 17 us for the look-up and insert
        # (benchmarks/archive_scale.py pages; SQLite 3.40).
        if page.source in self._new_pages:
            self._new_pages[page.source] = values
            return
        known = self.conn.execute("SELECT 1 FROM pages WHERE source = ?", (page.source,))
        if known.fetchone() is None:
            self._new_pages[page.source] = values
        else:
            self._known_pages[page.source] = values
