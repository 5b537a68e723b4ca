"""Every read of the web app: plain SQL over the archive, one function per question asked.

Lists are paged with ``LIMIT``/``OFFSET`` and fetch their parts in one query per page (never
one per row). Only the latest version of each article is shown. Nothing here writes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from dateline.archive.names_match import contains_pattern, fold_name, like_escape
from dateline.archive.record_column import full_record
from dateline.archive.search import (
    Filters,
    best_matches_sql,
    count_matches,
    filter_clause,
    snippet_sql,
    snippet_words,
    with_fallback,
)

#: Words around a match in a search snippet.
SNIPPET_WORDS = 24
#: Marks around matched words in snippets: private-use characters that crawled text does not
#: carry, so that the page can escape the snippet first and turn only these into ``<mark>``.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

_SUMMARY_COLUMNS = (
    "a.id, a.title, a.dek, a.site_name, a.host, a.published, a.story_id, a.duplicate_of,"
    " a.similarity, coalesce(a.canonical_url, a.url) AS url, a.reading_time_minutes, a.page_type,"
    " a.language"
)
#: People, quotes and claims come from article pages only: a section front's or tag page's
#: facts (archives analysed before ``page_facts`` skipped them) repeat its teasers' stories.
_ARTICLE_PAGES = "a.page_type = 'article'"


def in_time_order(column: str, order: str = "DESC") -> str:
    """``ORDER BY`` terms for an ISO date or date-time ``column``: by the instant, whatever its
    time zone ("15:30+01:00" is before "14:32+00:00"), then as text; undated rows come where
    SQL puts NULLs (last when newest first)."""
    return f"julianday({column}) {order}, {column} {order}"


@dataclass(frozen=True, slots=True)
class Query:
    """What a list asks for: archive filters plus a story, and the page wanted."""

    filters: Filters = field(default_factory=Filters)
    story: int | None = None
    limit: int = 20
    offset: int = 0
    #: Search only: one hit per wire story (``archive.search.ranked_matches``).
    collapse_copies: bool = False

    @property
    def page(self) -> int:
        """The page number, from 1."""
        return self.offset // self.limit + 1


@dataclass(slots=True)
class Page:
    """One page of a list: its rows, the total matching, and the search's own notes."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    fts_query: str | None = None
    plain_words: bool = False


def _where(query: Query) -> tuple[str, list[Any]]:
    where, params = filter_clause(query.filters)
    if query.story is not None:
        where += " AND a.story_id = ?"
        params.append(query.story)
    return where, params


def articles(conn: sqlite3.Connection, query: Query) -> Page:
    """Latest articles under the query's filters, newest first."""
    where, params = _where(query)
    total = conn.execute(f"SELECT count(*) FROM articles AS a WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles AS a WHERE {where}"
        f" ORDER BY {in_time_order('a.published')}, a.id DESC LIMIT ? OFFSET ?",
        (*params, query.limit, query.offset),
    )
    return Page([dict(row) for row in rows], total, query.limit, query.offset)


def search(conn: sqlite3.Connection, text: str, query: Query) -> Page:
    """Articles matching the FTS5 query ``text`` (or its plain words when FTS5 refuses the
    syntax), best first, with snippets whose matches sit between ``MARK_OPEN``/``MARK_CLOSE``.

    Raises ``ArchiveError`` for an empty query or one without words.
    """
    where, params = _where(query)

    def sql(fts: str) -> str:
        snippet = snippet_sql(MARK_OPEN, MARK_CLOSE, snippet_words(SNIPPET_WORDS, fts))
        return best_matches_sql(
            where,
            query.collapse_copies,
            f"{_SUMMARY_COLUMNS}, {snippet} AS snippet, top.score, top.copies",
            offset=True,
        )

    count = count_matches(where, query.collapse_copies)

    def run(fts: str) -> tuple[int, list[dict[str, Any]]]:
        total = conn.execute(count, (fts, *params)).fetchone()[0]
        rows = conn.execute(sql(fts), (fts, *params, query.limit, query.offset, fts))
        return total, [dict(row) for row in rows]

    (total, items), fts_query, fallback = with_fallback(text, run)
    return Page(items, total, query.limit, query.offset, fts_query, fallback)


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """The public record of article ``article_id`` with its archive links, or None.

    Adds ``id``, ``duplicate_of``, ``similarity``, ``story`` (as the export does),
    ``is_latest``, ``latest_version`` (null when this is the latest version),
    ``original_latest`` (the wire original's latest version; null when this is not a copy),
    and ``copies``: the other outlets' articles carrying the same wire copy.
    """
    row = conn.execute(
        "SELECT id, record, text, markdown, duplicate_of, similarity, story_id, is_latest, key"
        " FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    record = full_record(row["record"], row["text"], row["markdown"])
    record.update(
        id=row["id"],
        duplicate_of=row["duplicate_of"],
        similarity=row["similarity"],
        story=row["story_id"],
        is_latest=bool(row["is_latest"]),
    )
    # The wire story is the page of its earliest copy, in any version: copies linked to a
    # first version still belong with the page's latest one, and the reverse.
    root = row["duplicate_of"] or row["id"]
    copies = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM articles AS a"
        " WHERE a.is_latest = 1 AND a.id != ? AND (a.key = (SELECT key FROM articles WHERE id = ?)"
        " OR a.duplicate_of IN (SELECT id FROM articles WHERE key ="
        " (SELECT key FROM articles WHERE id = ?)))"
        f" ORDER BY {in_time_order('a.published', 'ASC')}, a.id LIMIT 50",
        (row["id"], root, root),
    )
    record["copies"] = [dict(copy) for copy in copies]
    # The latest version of this page, and of the wire original's page, when they are others.
    record["latest_version"] = _latest_of(conn, row["id"]) if not row["is_latest"] else None
    record["original_latest"] = (
        _latest_of(conn, row["duplicate_of"]) if row["duplicate_of"] is not None else None
    )
    return record


def _latest_of(conn: sqlite3.Connection, article_id: int) -> int | None:
    """The id of the latest version of the page article ``article_id`` is a version of."""
    found = conn.execute(
        "SELECT id FROM articles WHERE is_latest = 1 AND key = (SELECT key FROM articles"
        " WHERE id = ?)",
        (article_id,),
    ).fetchone()
    return found[0] if found else None


def stories(conn: sqlite3.Connection, limit: int, offset: int) -> Page:
    """Stories with their latest coverage first, each with its outlets and article count."""
    total = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = conn.execute(
        "SELECT id, label, first_seen, last_seen, outlets, article_count FROM stories"
        f" ORDER BY {in_time_order('last_seen')}, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return Page([_story(row) for row in rows], total, limit, offset)


def story(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """Story ``story_id`` with its articles in publication order and the people quoted in it."""
    row = conn.execute(
        "SELECT id, label, first_seen, last_seen, outlets, article_count FROM stories WHERE id = ?",
        (story_id,),
    ).fetchone()
    if row is None:
        return None
    result = _story(row)
    result["articles"] = [
        dict(item)
        for item in conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM articles AS a WHERE a.story_id = ?"
            f" AND a.is_latest = 1 ORDER BY {in_time_order('a.published', 'ASC')}, a.id"
            " LIMIT 500",
            (story_id,),
        )
    ]
    result["people_quoted"] = [
        dict(item)
        for item in conn.execute(
            "SELECT q.speaker AS name, count(*) AS quotes FROM quotes AS q"
            " JOIN articles AS a ON a.id = q.article_id"
            " WHERE a.story_id = ? AND a.is_latest = 1"
            f" AND {_once_per_wire_story('quotes', 'q')} AND {_ARTICLE_PAGES}"
            " AND q.speaker IS NOT NULL"
            " GROUP BY q.speaker COLLATE NOCASE ORDER BY quotes DESC, name LIMIT 50",
            (story_id,),
        )
    ]
    return result


def _story(row: sqlite3.Row) -> dict[str, Any]:
    story = dict(row)
    story["outlets"] = json.loads(story["outlets"] or "[]")
    story["outlet_count"] = len(story["outlets"])
    return story


#: The bins the coverage chart may count articles in, finest first.
COVERAGE_UNITS = ("day", "week", "month", "year")


@dataclass(slots=True)
class Coverage:
    """Articles published per ``unit`` ("day", "week" from Monday, "month" or "year"): each
    bin's first day and its count, oldest first, from the bin of the first dated article to
    the bin of the latest (empty bins included, so that gaps show); ``first`` and ``last`` are
    the days of the first and latest dated articles counted."""

    unit: str
    bins: list[tuple[date, int]]
    first: date
    last: date

    @property
    def total(self) -> int:
        """The dated articles counted."""
        return sum(count for _, count in self.bins)


def coverage(conn: sqlite3.Connection, max_bins: int) -> Coverage | None:
    """Articles published per day, week, month or year (the finest that covers every dated
    article in ``max_bins`` bins or fewer; years beyond that keep the latest ``max_bins``);
    None when no article has a date. Only article pages count: a section front or tag page
    is no article, and its date is at best its first teaser's."""
    rows = conn.execute(
        "SELECT substr(published, 1, 10) AS day, count(*) AS n FROM articles"
        " WHERE is_latest = 1 AND published IS NOT NULL AND page_type = 'article' GROUP BY day"
    ).fetchall()
    counts: dict[date, int] = {}
    for row in rows:
        with contextlib.suppress(ValueError, TypeError):  # a stored date that is not one
            counts[date.fromisoformat(row["day"])] = row["n"]
    if not counts:
        return None
    first, last = min(counts), max(counts)
    unit = next(
        (u for u in COVERAGE_UNITS if _bin_count(u, first, last) <= max_bins), COVERAGE_UNITS[-1]
    )
    starts = _bin_starts(unit, first, last)[-max_bins:]
    binned = dict.fromkeys(starts, 0)
    for day, count in counts.items():
        start = _bin_start(unit, day)
        if start in binned:
            binned[start] += count
    counted = [day for day in counts if _bin_start(unit, day) in binned]
    return Coverage(unit, list(binned.items()), min(counted), last)


def _bin_count(unit: str, first: date, last: date) -> int:
    """How many bins of ``unit`` run from the one holding ``first`` to the one holding ``last``."""
    if unit == "day":
        return (last - first).days + 1
    if unit == "week":
        return (_bin_start("week", last) - _bin_start("week", first)).days // 7 + 1
    if unit == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return last.year - first.year + 1


def _bin_start(unit: str, day: date) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    if unit == "year":
        return day.replace(month=1, day=1)
    return day


def _bin_starts(unit: str, first: date, last: date) -> list[date]:
    """The first days of the bins from the one holding ``first`` to the one holding ``last``."""
    start, end = _bin_start(unit, first), _bin_start(unit, last)
    starts = []
    while start <= end:
        starts.append(start)
        try:
            if unit in ("day", "week"):
                start += timedelta(days=1 if unit == "day" else 7)
            elif unit == "month":
                start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
            else:
                start = date(start.year + 1, 1, 1)
        except (OverflowError, ValueError):  # past year 9999
            break
    return starts


def people(conn: sqlite3.Connection, name: str | None, limit: int, offset: int) -> Page:
    """People named in the facts or in bylines (or those whose name contains ``name``), one
    entry whatever the case or accents of a name (``names_match.fold_name``), most written
    about first, with the number of articles naming them or written by them, as their
    ``person`` page lists them: named in an article page's facts, or signing a page of any
    type (its byline is theirs whatever the page is). An agency signing its own wire story
    (the byline is the dateline's agency) is no person."""
    where, params = "1", []
    if name:
        where, params = "dateline_fold(name) LIKE ? ESCAPE '\\'", [contains_pattern(name)]
    base = (
        "FROM (SELECT p.name, p.article_id, p.mentions FROM people AS p JOIN articles AS a"
        f" ON a.id = p.article_id AND a.is_latest = 1 AND {_ARTICLE_PAGES}"
        " UNION ALL SELECT au.name, au.article_id, 0 FROM authors AS au"
        " JOIN articles AS w ON w.id = au.article_id AND w.is_latest = 1"
        # The agency its dateline names ("(Northwind) —", signed "Northwind Wire") signs a
        # wire story that credits no one: no person.
        " WHERE w.dateline_agency IS NULL OR (au.name <> w.dateline_agency COLLATE NOCASE"
        " AND au.name NOT LIKE w.dateline_agency || ' %')) AS n"
        f" WHERE {where}"
    )
    # One person whatever the case or accents ("José Álvarez", "Jose Alvarez"), as a person's
    # page finds them, under the spelling the page shows (``commonest_spelling``), read for the
    # page's people only: picked in SQL, a spelling per person cost a pass over every row
    # for each person (1.5 s at 1,000 articles, 5 people each).
    named = f"SELECT name, n.article_id, n.mentions, dateline_fold(name) AS folded {base}"
    total = conn.execute(f"SELECT count(DISTINCT folded) FROM ({named})", params).fetchone()[0]
    found = conn.execute(
        "SELECT folded, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions"
        f" FROM ({named}) GROUP BY folded ORDER BY articles DESC, folded LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    spellings: dict[str, list[str]] = {}
    if found:
        keys = [row["folded"] for row in found]
        marks = ", ".join("?" * len(keys))
        for row in conn.execute(
            f"SELECT folded, name FROM ({named}) WHERE folded IN ({marks})", (*params, *keys)
        ):
            spellings.setdefault(row["folded"], []).append(row["name"])
    rows = [
        {
            "name": commonest_spelling(spellings.get(row["folded"], [])) or row["folded"],
            "articles": row["articles"],
            "mentions": row["mentions"],
        }
        for row in found
    ]
    return Page(rows, total, limit, offset)


def person(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """A person by name, in any case and with or without its accents ("jose nunez" finds
    "José Núñez"): titles seen, articles naming them, articles they wrote (bylines), quotes by
    date, claims sourced to them; None when none of these exist.

    The name is first looked up as typed (any case, through the indexes), then folded; the
    person is read under the spelling stored (the quotes and claims match any spelling).
    Spaces around it and a trailing slash (an address pasted as ".../people/Jane Roe/") are
    not part of a name."""
    name = name.strip().rstrip("/").rstrip()
    if not name:
        return None
    spelled = (
        conn.execute(
            "SELECT name FROM people WHERE name = ?1 COLLATE NOCASE"
            " UNION ALL SELECT name FROM authors WHERE name = ?1 COLLATE NOCASE"
            " UNION ALL SELECT speaker FROM quotes WHERE speaker = ?1 COLLATE NOCASE"
            " UNION ALL SELECT source FROM claims WHERE source = ?1 COLLATE NOCASE LIMIT 1",
            (name,),
        ).fetchone()
        or conn.execute(
            "SELECT name FROM people WHERE dateline_fold(name) = ?1"
            " UNION ALL SELECT name FROM authors WHERE dateline_fold(name) = ?1"
            " UNION ALL SELECT speaker FROM quotes WHERE dateline_fold(speaker) = ?1"
            " UNION ALL SELECT source FROM claims WHERE dateline_fold(source) = ?1 LIMIT 1",
            (fold_name(name),),
        ).fetchone()
    )
    return _person_named(conn, spelled[0]) if spelled else None


def _person_named(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """``person`` for the name as stored, with the articles naming or signed by it in any
    case or accents ("Jose Alvarez" is "José Álvarez", as the people list counts them)."""
    folded = fold_name(name)
    rows = conn.execute(
        f"SELECT p.name AS person, p.titles, {_SUMMARY_COLUMNS} FROM people AS p JOIN articles AS a"
        f" ON a.id = p.article_id AND a.is_latest = 1 AND {_ARTICLE_PAGES}"
        " WHERE dateline_fold(p.name) = ?"
        f" ORDER BY {in_time_order('a.published')}, a.id DESC LIMIT 200",
        (folded,),
    ).fetchall()
    titles: dict[str, int] = {}
    for row in rows:
        for title in json.loads(row["titles"] or "[]"):
            titles[title] = titles.get(title, 0) + 1
    written = conn.execute(
        f"SELECT au.name AS person, {_SUMMARY_COLUMNS} FROM authors AS au JOIN articles AS a"
        " ON a.id = au.article_id AND a.is_latest = 1 WHERE dateline_fold(au.name) = ?"
        f" ORDER BY {in_time_order('a.published')}, a.id DESC LIMIT 200",
        (folded,),
    ).fetchall()
    quotes = quotes_of(conn, speaker=name, limit=200, offset=0).items
    claims = claims_of(conn, source=name, limit=200, offset=0).items
    if not rows and not written and not quotes and not claims:
        return None
    return {
        "name": commonest_spelling([row["person"] for row in (*rows, *written)]) or name,
        "titles": [{"title": t, "articles": n} for t, n in sorted(titles.items(), key=_by_count)],
        "articles": [_without(row, "person", "titles") for row in rows],
        "written": [_without(row, "person") for row in written],
        "quotes": sorted(quotes, key=lambda q: (_instant(q["published"]), q["article_id"])),
        "claims": claims,
    }


def commonest_spelling(names: list[str]) -> str | None:
    """The spelling of one person's name that most rows use; on a tie the one with the most
    accents (more UTF-8 bytes), then the first in text order: the name the people list shows
    (``people``). None for no names."""
    uses = Counter(names)
    return min(uses, key=lambda n: (-uses[n], -len(n.encode("utf-8")), n), default=None)


def _instant(published: str | None) -> tuple[int, float, str]:
    """A sort key putting ISO dates and date-times in time order as ``in_time_order`` does:
    undated (or unreadable) first, then by the instant (a date or a time without a zone is UTC)."""
    try:
        moment = datetime.fromisoformat(published or "")
    except ValueError:
        return 0, 0.0, published or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return 1, moment.timestamp(), published or ""


def _without(row: sqlite3.Row, *columns: str) -> dict[str, Any]:
    item = dict(row)
    for column in columns:
        item.pop(column)
    return item


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _once_per_wire_story(table: str, alias: str) -> str:
    """The condition that counts a wire story's quotes or claims once: a copy's row counts
    only when its earliest copy holds no row of the same text (what the copy added, or
    changed, is its own)."""
    return (
        f"(a.duplicate_of IS NULL OR NOT EXISTS (SELECT 1 FROM {table} AS o"
        f" WHERE o.article_id = a.duplicate_of AND o.text = {alias}.text))"
    )


def quotes_of(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    text: str | None = None,
    limit: int,
    offset: int,
) -> Page:
    """Quotes, newest first, optionally by one speaker (the whole name, in any case and with or
    without its accents) or containing ``text`` ("%" and "_" in it literal); a wire story's
    quotes once, from its earliest copy (``_once_per_wire_story``)."""
    conditions = ["a.is_latest = 1", _once_per_wire_story("quotes", "q"), _ARTICLE_PAGES]
    params: list[Any] = []
    if speaker:
        conditions.append("dateline_fold(q.speaker) = ?")
        params.append(fold_name(speaker))
    if text:
        conditions.append("q.text LIKE ? ESCAPE '\\'")
        params.append(f"%{like_escape(text)}%")
    base = "FROM quotes AS q JOIN articles AS a ON a.id = q.article_id WHERE " + " AND ".join(
        conditions
    )
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT q.text, q.speaker, q.kind, q.cue, q.article_id, a.title, a.site_name,"
        f" a.published, a.language {base}"
        f" ORDER BY {in_time_order('a.published')}, q.article_id, q.position LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return Page([dict(row) for row in rows], total, limit, offset)


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    """Which claims: by source (the whole name, in any case and with or without its accents),
    value range, unit (or, ``unitless``, only claims without one), predicate, story."""

    source: str | None = None
    min_value: float | None = None
    max_value: float | None = None
    unit: str | None = None
    predicate: str | None = None
    story: int | None = None
    unitless: bool = False


def claims_of(
    conn: sqlite3.Connection,
    claim: ClaimQuery | None = None,
    *,
    source: str | None = None,
    limit: int,
    offset: int,
    oldest_first: bool = False,
) -> Page:
    """Claims matching ``claim`` (or just ``source``), newest first unless ``oldest_first``."""
    claim = claim or ClaimQuery(source=source)
    conditions = ["a.is_latest = 1", _once_per_wire_story("claims", "c"), _ARTICLE_PAGES]
    params: list[Any] = []
    for column, value in (
        ("dateline_fold(c.source) = ?", fold_name(claim.source)),
        ("c.value >= ?", claim.min_value),
        ("c.value <= ?", claim.max_value),
        ("c.unit = ? COLLATE NOCASE", claim.unit),
        ("c.predicate = ? COLLATE NOCASE", claim.predicate),
        ("a.story_id = ?", claim.story),
    ):
        if value is not None and value != "":
            conditions.append(column)
            params.append(value)
    if claim.unitless:
        conditions.append("c.unit IS NULL")
    base = "FROM claims AS c JOIN articles AS a ON a.id = c.article_id WHERE " + " AND ".join(
        conditions
    )
    order = "ASC" if oldest_first else "DESC"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT c.text, c.source, c.value, c.qualifier, c.unit, c.predicate, c.article_id,"
        f" a.title, a.site_name, a.published, a.story_id, a.language {base}"
        f" ORDER BY {in_time_order('a.published', order)}, c.article_id, c.position"
        " LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return Page([dict(row) for row in rows], total, limit, offset)


def claim_measures(
    conn: sqlite3.Connection,
    limit: int,
    story: int | None = None,
    predicate: str | None = None,
) -> list[dict[str, Any]]:
    """The commonest (predicate, unit) pairs of claims with a source, in one story when
    ``story`` is given and of one ``predicate`` (in any case) when it is: what the claims page
    can chart ("killed people", "displaced people", and "counted" with no unit for "31
    dead"); ``unit`` is None for claims without one."""
    conditions, params = ["c.source IS NOT NULL", "c.predicate IS NOT NULL"], []
    if predicate:
        conditions.append("c.predicate = ? COLLATE NOCASE")
        params.append(predicate)
    in_story = " AND a.story_id = ?" if story is not None else ""
    rows = conn.execute(
        "SELECT c.predicate, c.unit, count(*) AS claims, count(DISTINCT c.source) AS sources"
        " FROM claims AS c JOIN articles AS a ON a.id = c.article_id AND a.is_latest = 1"
        f" AND {_once_per_wire_story('claims', 'c')} AND {_ARTICLE_PAGES}{in_story}"
        f" WHERE {' AND '.join(conditions)}"
        " GROUP BY c.predicate, c.unit ORDER BY claims DESC, c.predicate, c.unit LIMIT ?",
        (*([story] if story is not None else []), *params, limit),
    )
    return [dict(row) for row in rows]


def has_claims(conn: sqlite3.Connection) -> bool:
    """Whether the archive holds any claimed figure (``dateline ingest --facts`` was run)."""
    return conn.execute("SELECT EXISTS (SELECT 1 FROM claims)").fetchone()[0] == 1


def story_label(conn: sqlite3.Connection, story_id: int) -> dict[str, Any] | None:
    """A story's id and what to call it: its label, else its first article's title; None when
    there is no such story."""
    row = conn.execute(
        "SELECT s.id, coalesce(s.label, (SELECT a.title FROM articles AS a"
        " WHERE a.story_id = s.id AND a.is_latest = 1"
        f" ORDER BY {in_time_order('a.published', 'ASC')}, a.id LIMIT 1)) AS label"
        " FROM stories AS s WHERE s.id = ?",
        (story_id,),
    ).fetchone()
    return dict(row) if row else None


def recent_matching(
    conn: sqlite3.Connection, text: str, filters: Filters, limit: int
) -> list[dict[str, Any]]:
    """The newest articles matching search ``text`` under ``filters`` (for feeds and digests):
    newest first by publication, undated articles last (newest fetched first among them), as
    every newest-first list is ordered."""
    where, params = filter_clause(filters)
    sql = (
        f"SELECT {_SUMMARY_COLUMNS}, a.fetched_at FROM articles AS a WHERE {where}"
        " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        f" ORDER BY {in_time_order('a.published')}, {in_time_order('a.fetched_at')}, a.id DESC"
        " LIMIT ?"
    )

    def run(fts: str) -> list[sqlite3.Row]:
        return conn.execute(sql, (*params, fts, limit)).fetchall()

    rows, _, _ = with_fallback(text, run)
    return [dict(row) for row in rows]
