"""``dateline ingest`` of the Spark job's Parquet output: stored as the same pages read from WARC.

The job's rows are made by its own task function (``dateline.spark.task.warc_rows``) over a WARC
written from the fixture pages, and written with pyarrow in the job's layout and schema
(``dateline.spark.schema.ARTICLE_TABLE``), which keeps the test free of a Spark session.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from warc_writer import fixture_pages, response_record, write_warc

from dateline.archive.parquet import is_parquet_source, iter_parquet
from dateline.archive.record_column import full_record
from dateline.cli import main
from dateline.similarity import minhash
from dateline.sources.raw import SourceError

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("pyspark")  # the job's schema is a Spark one

from pyspark.sql import types as spark_types  # noqa: E402

from dateline.spark.schema import ARTICLE_TABLE, FAILURE_SCHEMA  # noqa: E402
from dateline.spark.task import TaskCounts, warc_rows  # noqa: E402

FIRST_DAY, SECOND_DAY = "2024-03-03T10:15:00Z", "2024-03-04T06:00:00Z"


def arrow_type(dtype: Any) -> Any:
    """The Arrow type Spark writes to Parquet for a Spark type."""
    if isinstance(dtype, spark_types.StructType):
        return pa.struct([(f.name, arrow_type(f.dataType)) for f in dtype.fields])
    if isinstance(dtype, spark_types.ArrayType):
        return pa.list_(arrow_type(dtype.elementType))
    simple = {
        spark_types.StringType: pa.string(),
        spark_types.LongType: pa.int64(),
        spark_types.DoubleType: pa.float64(),
        spark_types.BooleanType: pa.bool_(),
        spark_types.BinaryType: pa.binary(),
    }
    return simple[type(dtype)]


def write_job_output(folder: Path, warc: Path) -> list[dict[str, Any]]:
    """``folder/articles/crawl_date=…/part-….parquet`` and ``folder/failures/…`` as the job
    writes them for ``warc``; returns the article rows."""
    rows = list(warc_rows(str(warc), TaskCounts()))
    articles = [row for kind, row in rows if kind == "article"]
    failures = [row for kind, row in rows if kind == "failure"]
    schema = arrow_type(ARTICLE_TABLE)
    data_fields = [f for f in schema if f.name != "crawl_date"]
    for day in sorted({row["crawl_date"] for row in articles}):
        part = folder / "articles" / f"crawl_date={day}"
        part.mkdir(parents=True)
        table = pa.Table.from_pylist(
            [row for row in articles if row["crawl_date"] == day], schema=pa.schema(data_fields)
        )
        pq.write_table(table, part / "part-00000-test.snappy.parquet")
    (folder / "articles" / "_SUCCESS").write_bytes(b"")
    (folder / "failures").mkdir()
    failure_schema = pa.schema(list(arrow_type(FAILURE_SCHEMA)))
    pq.write_table(
        pa.Table.from_pylist(failures, schema=failure_schema),
        folder / "failures" / "part-00000-test.snappy.parquet",
    )
    return articles


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory, pages_dir: Path) -> dict[str, Any]:
    """A WARC of every fixture page (two crawl days) and the job's output for it."""
    folder = tmp_path_factory.mktemp("crawl")
    pages = fixture_pages(pages_dir)
    warc = folder / "crawl.warc.gz"
    write_warc(
        warc,
        [
            response_record(url, body, date=FIRST_DAY if number % 2 else SECOND_DAY)
            for number, (url, body) in enumerate(pages)
        ],
    )
    output = folder / "out"
    rows = write_job_output(output, warc)
    return {"warc": warc, "output": output, "pages": pages, "rows": rows}


def ingest(*args: str | Path) -> int:
    return main(["ingest", "-q", "--workers", "2", *map(str, args)])


def stored(db: Path) -> dict[str, dict[str, Any]]:
    """Each stored article by source: its record, links (by source) and facts rows."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    source_of = dict(conn.execute("SELECT id, source FROM articles").fetchall())
    story_first: dict[int, str] = {}
    result = {}
    for row in conn.execute("SELECT * FROM articles ORDER BY source"):
        story = story_first.setdefault(row["story_id"], row["source"]) if row["story_id"] else None
        result[row["source"]] = {
            "record": full_record(row["record"], row["text"], row["markdown"]),
            "duplicate_of": source_of.get(row["duplicate_of"]),
            "similarity": row["similarity"],
            "story": story,
            "minhash": row["minhash"],
            "fetched_at": row["fetched_at"],
        }
    conn.close()
    return result


def test_job_output_is_detected_as_parquet(crawl: dict[str, Any], pages_dir: Path) -> None:
    output = crawl["output"]
    assert is_parquet_source(str(output))
    assert is_parquet_source(str(output / "articles"))
    assert is_parquet_source(str(next(output.rglob("*.parquet"))))
    assert not is_parquet_source(str(pages_dir))
    assert not is_parquet_source(str(crawl["warc"]))


def test_parquet_ingest_equals_the_warc_ingest_and_extract(
    crawl: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from_warc, from_parquet = tmp_path / "warc.db", tmp_path / "parquet.db"
    assert ingest(crawl["warc"], "--db", from_warc) == 0
    assert ingest(crawl["output"], "--db", from_parquet) == 0
    by_warc, by_parquet = stored(from_warc), stored(from_parquet)
    assert len(by_parquet) == len(crawl["rows"]) == len(crawl["pages"])
    # The same sources, records, wire-copy links and story groups as extracting the WARC.
    assert by_parquet == by_warc
    assert any(entry["duplicate_of"] for entry in by_parquet.values())
    # And each record is what `dateline extract` prints for the page.
    page_of = dict(crawl["pages"])
    for entry in by_parquet.values():
        record = entry["record"]
        page = tmp_path / "page.html"
        page.write_bytes(page_of[record["url"]])
        capsys.readouterr()
        assert main(["extract", str(page), "--url", record["url"], "--format", "jsonl"]) == 0
        assert json.loads(capsys.readouterr().out) == record
    assert {entry["fetched_at"][:10] for entry in by_parquet.values()} == {
        FIRST_DAY[:10],
        SECOND_DAY[:10],
    }


def test_rerun_stores_nothing_twice(crawl: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert ingest(crawl["output"], "--db", db) == 0
    first = stored(db)
    assert ingest(crawl["output"], "--db", db) == 0
    # The WARC itself holds the same records: nothing new either.
    assert ingest(crawl["warc"], "--db", db) == 0
    assert stored(db) == first
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT stored, unchanged FROM runs ORDER BY id").fetchall()
    assert runs == [(len(first), 0), (0, len(first)), (0, len(first))]


def test_facts_are_stored_and_signatures_reused_or_recomputed(
    crawl: dict[str, Any], tmp_path: Path
) -> None:
    rows = [dict(row) for row in crawl["rows"] if row["page_type"] == "article"][:3]
    speaker = "Ilse Varnholt"
    rows[0]["facts"] = {
        "people": [{"name": speaker, "titles": ["harbour master"], "mentions": 2}],
        "organizations": [],
        "places": [{"name": "Port Avel", "mentions": 1}],
        "quotes": [
            {"text": "We are ready", "speaker": speaker, "kind": "direct", "cue": "said"},
        ],
        "claims": [{"text": "312 barges", "source": speaker, "value": 312}],
        "dates": [],
    }
    rows[0]["facts"]["quotes"][0].update(start=0, end=12)
    borrowed = crawl["rows"][-1]["minhash"]
    rows[1]["minhash"], rows[1]["band_keys"] = borrowed, None  # valid: reused as it is
    rows[2]["minhash"] = b"\x00" * 16  # not the archive's format: computed again
    schema = arrow_type(ARTICLE_TABLE)
    path = tmp_path / "records.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=pa.schema(list(schema))), path)
    db = tmp_path / "a.db"
    assert ingest(path, "--db", db) == 0
    by_source = stored(db)
    names = [f"{row['warc_path']}#{row['warc_record_id']}" for row in rows]
    assert by_source[names[1]]["minhash"] == borrowed
    text = by_source[names[2]]["record"]["text"]
    assert by_source[names[2]]["minhash"] == minhash.to_bytes(minhash.signature(text))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT speaker, start_char FROM quotes").fetchall() == [(speaker, 0)]
        assert conn.execute("SELECT source, value FROM claims").fetchall() == [(speaker, 312.0)]
        assert conn.execute("SELECT name FROM people").fetchall() == [(speaker,)]


def test_bad_files_and_rows_are_failures_that_stop_nothing(
    crawl: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out"
    rows = write_job_output(output, crawl["warc"])
    broken = output / "articles" / "crawl_date=2024-03-05" / "part-00000-bad.parquet"
    broken.parent.mkdir()
    broken.write_bytes(b"PAR1 this is not a parquet file")
    odd = output / "articles" / "crawl_date=2024-03-06" / "part-00000-odd.parquet"
    odd.parent.mkdir()
    pq.write_table(pa.table({"schema": ["elsewhere.article/9"], "title": ["Other"]}), odd)
    pq.write_table(
        pa.table({"warc_path": ["x.warc.gz"], "record_id": ["<urn:uuid:1>"], "error": ["boom"]}),
        output / "failures" / "part-00001-test.parquet",
    )
    db = tmp_path / "a.db"
    capsys.readouterr()
    assert ingest(output, "--db", db) == 1
    err = capsys.readouterr().err
    assert str(broken) in err and "unreadable Parquet" in err
    assert f"{odd}#row0: not a dateline record" in err
    assert "x.warc.gz#<urn:uuid:1>: failed in the Spark job: boom" in err
    assert len(stored(db)) == len(rows)


def test_a_parquet_file_of_another_table_is_refused_not_stored_as_empty_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Records are read leniently, so each row of any table became an empty record.
    other = tmp_path / "sales.parquet"
    pq.write_table(pa.table({"url": ["https://a.example/x"], "title": ["Q3 sales"]}), other)
    db = tmp_path / "a.db"
    assert ingest(other, "--db", db) == 1
    assert f"{other}: not dateline records (no 'schema' column)" in capsys.readouterr().err
    assert stored(db) == {}


def test_missing_pyarrow_is_an_error_naming_the_input(
    crawl: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (item,) = iter_parquet(str(crawl["output"]))
    assert isinstance(item, SourceError)
    assert item.source == str(crawl["output"]) and "pyarrow" in item.reason


def test_a_folder_of_pages_with_a_stray_export_in_it_is_read_as_pages(
    crawl: dict[str, Any], pages_dir: Path, tmp_path: Path
) -> None:
    import shutil

    folder = tmp_path / "mixed"
    shutil.copytree(pages_dir, folder)
    shutil.copy(next(crawl["output"].rglob("*.parquet")), folder / "export.parquet")
    assert not is_parquet_source(str(folder))
    db = tmp_path / "m.db"
    assert ingest(folder, "--db", db) == 0
    sources = set(stored(db))
    pages = {str(p.absolute()) for p in folder.rglob("*.html")}
    assert pages and pages <= sources
