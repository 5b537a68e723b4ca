"""Topics: saved searches (a query and its filters) kept in the archive's ``web_topics`` table.

The table is part of the archive's schema (``dateline.archive.schema``, version 2), made by
the migrations that every opening of an archive runs.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import UTC, datetime
from typing import Any

from dateline.archive.errors import ArchiveError
from dateline.archive.search import Filters, check_date_range, iso_date, plain_words
from dateline.web.schemas import Topic, TopicIn

_COLUMNS = "id, name, query, site, since, until, person, digest_to, created_at"
#: The text fields of a topic, checked for control characters.
_TEXT_FIELDS = ("name", "query", "site", "since", "until", "person", "digest_to")


def topic_filters(topic: TopicIn) -> Filters:
    """The archive filters a topic saves."""
    return Filters(site=topic.site, since=topic.since, until=topic.until, person=topic.person)


def normalised_topic(topic: TopicIn) -> TopicIn:
    """The topic as it is stored, or ``ArchiveError`` naming what is wrong: name, query and
    filters trimmed, blank filters left open (None), dates as YYYY-MM-DD, and a digest address
    that is one address. A search with the same filters finds what the topic finds.

    Control characters are refused in every field (a NUL ends the text for SQLite; an escape
    sequence in a name would reach the terminal of whoever lists topics), tab and line breaks
    too in the name, which is one line; a query may hold them as spaces."""
    for field in _TEXT_FIELDS:
        value = (getattr(topic, field) or "").strip()
        _refuse_controls(field, value, allowed="" if field == "name" else "\t\n\r")
    name, query = topic.name.strip(), topic.query.strip()
    if not name:
        raise ArchiveError("name", "the topic needs a name that is not blank")
    if not plain_words(query):
        raise ArchiveError("query", f"{topic.query!r} has no word to search for")
    dates: dict[str, str | None] = {}
    for field in ("since", "until"):
        value = (getattr(topic, field) or "").strip()
        try:
            dates[field] = iso_date(value) if value else None
        except ValueError as err:
            raise ArchiveError(field, str(err)) from None
    check_date_range(dates["since"], dates["until"])
    address = (topic.digest_to or "").strip() or None
    if address and ("@" not in address or any(c in address for c in "\r\n <>,;")):
        raise ArchiveError("digest_to", f"{topic.digest_to!r} is not one e-mail address")
    return TopicIn(
        name=name,
        query=query,
        site=(topic.site or "").strip() or None,
        person=(topic.person or "").strip() or None,
        digest_to=address,
        **dates,
    )


def _refuse_controls(field: str, value: str, allowed: str) -> None:
    """``ArchiveError`` naming ``field`` when ``value`` holds a control character (Unicode
    category Cc: C0, DEL, C1) other than those in ``allowed``."""
    for char in value:
        if char not in allowed and unicodedata.category(char) == "Cc":
            raise ArchiveError(field, f"may not hold a control character (U+{ord(char):04X})")


def list_topics(conn: sqlite3.Connection) -> list[Topic]:
    """Every saved topic, oldest first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM web_topics ORDER BY id")
    return [Topic(**dict(row)) for row in rows]


def get_topic(conn: sqlite3.Connection, topic_id: int) -> Topic | None:
    """Topic ``topic_id``, or None."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM web_topics WHERE id = ?", (topic_id,)).fetchone()
    return Topic(**dict(row)) if row else None


def save_topic(conn: sqlite3.Connection, topic: TopicIn) -> Topic:
    """Store a new topic (inside the caller's transaction) and return it with its id; raises
    ``ArchiveError`` for a topic that ``normalised_topic`` refuses."""
    values: dict[str, Any] = normalised_topic(topic).model_dump()
    values["created_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    sql = f"INSERT INTO web_topics ({names}) VALUES ({marks})"
    cursor = conn.execute(sql, tuple(values.values()))
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return Topic(id=cursor.lastrowid, **values)


def delete_topic(conn: sqlite3.Connection, topic_id: int) -> bool:
    """Remove topic ``topic_id``; False when there was none."""
    return conn.execute("DELETE FROM web_topics WHERE id = ?", (topic_id,)).rowcount > 0
