"""Export: the archive's latest records in the public schema, each with its archive links.

Every exported record is ``Article.to_dict(explain=False)`` as stored (no ``removed``: the
archive does not keep the dropped chrome) plus ``id`` (the archive id), ``source`` (where the
page came from: its file path, URL or WARC record, as ingest named it), ``duplicate_of`` (the id
of the earliest copy of the same wire story, or null), ``similarity`` (to that copy) and
``story`` (the story id). Formats: JSON Lines, CSV (lists and objects as JSON
text) and Parquet (nested columns; needs the ``parquet`` extra, pyarrow).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import fields
from typing import IO, Any

from dateline.archive.errors import ArchiveError
from dateline.archive.record_column import full_record
from dateline.archive.search import Filters, filter_clause, with_fallback
from dateline.model import Article

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
#: The archive's own fields, added to each record.
ARCHIVE_FIELDS = ("id", "source", "duplicate_of", "similarity", "story")
#: Every column of an exported record, in order.
COLUMNS = (
    "schema",
    *(f.name for f in fields(Article) if f.name != "removed"),
    *ARCHIVE_FIELDS,
)
#: Records per Parquet row group written at once.
PARQUET_BATCH = 1000


def export_records(
    conn: sqlite3.Connection,
    query: str | None = None,
    on_fallback: Callable[[str], None] | None = None,
    filters: Filters | None = None,
) -> Iterator[dict[str, Any]]:
    """The latest version of every article under ``filters`` (site, dates, person, page type,
    as ``search`` takes them), only those matching the FTS5 ``query`` when one is given (with
    the search's plain-words fallback, whose query ``on_fallback`` is told of), in archive id
    order. Raises ``ArchiveError`` for a filter that cannot be read."""
    where, params = filter_clause(filters or Filters())
    sql = (
        "SELECT a.id, a.source, a.record, a.text, a.markdown, a.duplicate_of, a.similarity, "
        f"a.story_id FROM articles AS a WHERE {where}"
    )
    if query is None:
        rows = conn.execute(sql + " ORDER BY a.id", params)
    else:
        matching = sql + (
            " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) ORDER BY a.id"
        )
        rows, used, fallback = with_fallback(
            query, lambda q: conn.execute(matching, (*params, q)).fetchall()
        )
        if fallback and on_fallback is not None:
            on_fallback(used)
    for row in rows:
        record = full_record(row["record"], row["text"], row["markdown"])
        record.update(
            id=row["id"],
            source=row["source"],
            duplicate_of=row["duplicate_of"],
            similarity=row["similarity"],
            story=row["story_id"],
        )
        yield record


def write_jsonl(records: Iterator[dict[str, Any]], stream: IO[str]) -> int:
    """One JSON object per line; returns the number written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterator[dict[str, Any]], stream: IO[str]) -> int:
    """One row per record, a column per field; lists and objects are JSON text."""
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(_csv_cell(record.get(column)) for column in COLUMNS)
        count += 1
    return count


def write_parquet(records: Iterator[dict[str, Any]], path: str) -> int:
    """A Parquet file with one nested column per field; returns the number of records."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        message = "Parquet export needs pyarrow: pip install 'dateline[parquet]'"
        raise ArchiveError(path, message) from None
    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append({name: record.get(name) for name in schema.names})
            if len(batch) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or not count:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def parquet_schema() -> Any:
    """The Arrow schema of an exported record (``pyarrow.Schema``)."""
    import pyarrow as pa

    text, count = pa.string(), pa.int64()

    def struct(*names: str, **typed: Any) -> Any:
        return pa.struct([(name, text) for name in names] + list(typed.items()))

    entity = struct("name", mentions=count)
    facts = struct(
        people=pa.list_(struct("name", titles=pa.list_(text), mentions=count)),
        organizations=pa.list_(entity),
        places=pa.list_(entity),
        quotes=pa.list_(struct("text", "speaker", "kind", "cue", start=count, end=count)),
        claims=pa.list_(
            struct("text", "source", value=pa.float64(), qualifier=text, unit=text, predicate=text)
        ),
        dates=pa.list_(struct("text", "resolved")),
    )
    types: dict[str, Any] = {
        "authors": pa.list_(text),
        "tags": pa.list_(text),
        "credits": pa.list_(struct("role", "name", "place")),
        "dateline": struct("place", "agency"),
        "images": pa.list_(struct("url", "alt", "caption", "credit")),
        "related": pa.list_(struct("url", "title", "label")),
        "word_count": count,
        "reading_time_minutes": count,
        "facts": facts,
        "id": count,
        "duplicate_of": count,
        "similarity": pa.float64(),
        "story": count,
    }
    return pa.schema([(name, types.get(name, text)) for name in COLUMNS])


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value
