"""The Spark job in local mode: WARC files written from the fixture pages in, Parquet out.

One Spark session serves the whole module (starting Java costs seconds); the job runs once on
a WARC set with broken, huge, cut-short and non-HTML records, and the tests read its output.
"""

from __future__ import annotations

import gzip
import http.server
import importlib.util
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warc_writer import (
    GARBAGE,
    fixture_pages,
    record_id_for,
    request_record,
    response_record,
    truncate_file,
    warcinfo_record,
)

from dateline import cli
from dateline.sources.warc import WarcStats, iter_warc

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME") and not os.environ.get("CI"):
    pytest.skip("Spark needs Java", allow_module_level=True)

from dateline.spark.job import JobCounts, run_job  # noqa: E402 - needs pyspark
from dateline.spark.schema import ARTICLE_SCHEMA, JOB_COLUMNS  # noqa: E402
from dateline.spark.task import TaskCounts, warc_rows  # noqa: E402

HAS_SIMILARITY = importlib.util.find_spec("dateline.similarity") is not None
FIRST_DAY, SECOND_DAY = "2024-03-03T10:15:00Z", "2024-03-04T06:00:00Z"
#: A body over the 64 MB page cap; mostly one repeated byte, so it compresses to ~65 KB.
HUGE_URL = "https://huge.example/dump"
CUT_URL = "https://cut.example/news/last"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A local Spark session on two cores, its workers on this Python, bound to loopback."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("dateline-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        # Keep partition values as written ("2024-03-03"), not parsed into dates.
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory, pages_dir: Path) -> dict[str, Any]:
    """Two WARC files and a listing: every fixture page, plus the ways a crawl goes wrong."""
    folder = tmp_path_factory.mktemp("warcs")
    pages = fixture_pages(pages_dir)
    huge = b"<html><body><p>" + b"a" * (65 << 20) + b"</p></body></html>"
    first = [
        warcinfo_record("first.warc.gz"),
        request_record(pages[0][0]),
        *(response_record(url, body, date=FIRST_DAY) for url, body in pages[:4]),
        response_record("https://wire.example/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        response_record(HUGE_URL, huge, date=FIRST_DAY),
    ]
    later = [response_record(url, body, date=SECOND_DAY) for url, body in pages[4:]]
    members = [gzip.compress(record, mtime=0, compresslevel=1) for record in first]
    members += [GARBAGE] + [gzip.compress(record, mtime=0) for record in later]
    first_path = folder / "first.warc.gz"
    first_path.write_bytes(b"".join(members))
    cut_path = folder / "cut.warc.gz"
    copy_id = record_id_for(pages[0][0], "copy")
    cut_records = [
        response_record(pages[0][0], pages[0][1], record_id=copy_id),
        response_record(CUT_URL, pages[1][1]),
    ]
    cut_path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in cut_records))
    truncate_file(cut_path, 500)
    missing = folder / "missing.warc.gz"
    listing = folder / "warcs.txt"
    listing.write_text(f"# test crawl\n{first_path}\n\n{cut_path}\n{missing}\n")
    return {
        "listing": listing,
        "paths": [str(first_path), str(cut_path), str(missing)],
        "pages": pages,
        "garbage_offset": sum(len(m) for m in members[: len(first)]),
    }


@pytest.fixture(scope="module")
def job(spark: Any, warcs: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The job run once over the test WARC files (one task per file)."""
    output = tmp_path_factory.mktemp("job") / "out"
    counts = run_job(spark, warcs["paths"], str(output), minhash=HAS_SIMILARITY)
    articles = spark.read.parquet(str(output / "articles"))
    failures = spark.read.parquet(str(output / "failures"))
    return {
        "output": output,
        "counts": counts,
        "articles": [row.asDict(recursive=True) for row in articles.collect()],
        "failures": [row.asDict() for row in failures.collect()],
        "frame": articles,
    }


def cli_record(
    path: Path, url: str, capsys: pytest.CaptureFixture[str], *options: str
) -> dict[str, Any]:
    """What ``dateline extract PAGE --url URL --explain [OPTIONS]`` prints for one page."""
    capsys.readouterr()
    args = ["extract", str(path), "--url", url, "--format", "jsonl", "--explain", *options]
    status = cli.main(args)
    assert status == 0
    return json.loads(capsys.readouterr().out)


def test_each_article_equals_the_cli_record(
    job: dict[str, Any], warcs: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job_columns = set(JOB_COLUMNS.fieldNames())
    by_url: dict[str, list[dict[str, Any]]] = {}
    for row in job["articles"]:
        by_url.setdefault(row["url"], []).append(row)
    # Every fixture page, once from the first WARC; the first page also from the cut one.
    assert sorted(by_url) == sorted(url for url, _ in warcs["pages"])
    for url, body in warcs["pages"]:
        page = tmp_path / "page.html"
        page.write_bytes(body)
        expected = cli_record(page, url, capsys)
        for row in by_url[url]:
            record = {key: value for key, value in row.items() if key not in job_columns}
            assert list(record) == ARTICLE_SCHEMA.fieldNames()
            assert record == expected, url


def test_rows_name_their_warc_record_and_partition(
    job: dict[str, Any], warcs: dict[str, Any]
) -> None:
    first, cut, _ = warcs["paths"]
    pages = dict(warcs["pages"])
    later = {url for url, _ in warcs["pages"][4:]}
    for row in job["articles"]:
        kind = "response" if row["warc_path"] == first else "copy"
        assert row["warc_record_id"] == record_id_for(row["url"], kind)
        assert row["site"] == row["url"].split("/")[2]
        if row["warc_path"] == first:
            day = SECOND_DAY if row["url"] in later else FIRST_DAY
            assert (row["fetched_at"], row["crawl_date"]) == (day, day[:10])
        else:
            assert row["warc_path"] == cut and row["url"] in pages
    folders = sorted(p.name for p in (job["output"] / "articles").glob("crawl_date=*"))
    assert folders == ["crawl_date=2024-03-03", "crawl_date=2024-03-04"]


def test_damage_is_reported_in_the_failures_output(
    job: dict[str, Any], warcs: dict[str, Any]
) -> None:
    first, cut, missing = warcs["paths"]
    failures = {(f["warc_path"], f["record_id"]): f for f in job["failures"]}
    assert set(failures) == {
        (first, record_id_for(HUGE_URL)),
        (first, None),
        (cut, record_id_for(CUT_URL)),
        (missing, None),
    }
    assert "larger than" in failures[first, record_id_for(HUGE_URL)]["error"]
    assert failures[first, None]["offset"] == warcs["garbage_offset"]
    assert "cut short" in failures[cut, record_id_for(CUT_URL)]["error"]
    assert "No such file" in failures[missing, None]["error"]


def test_counters_add_up(job: dict[str, Any], warcs: dict[str, Any]) -> None:
    stats = WarcStats()
    for path in warcs["paths"]:
        for _ in iter_warc(path, stats=stats):
            pass
    counts: JobCounts = job["counts"]
    assert counts == JobCounts(
        warc_files=3,
        records=stats.records,
        html=stats.html,
        extracted=len(job["articles"]),
        failed=len(job["failures"]),
    )
    assert counts.html == counts.extracted  # every HTML page extracted; none lost in between


def test_cli_with_facts_partitions_by_site_and_refuses_to_overwrite(
    spark: Any, warcs: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "by-site"
    args = ["spark", "--input", str(warcs["listing"]), "--output", str(output)]
    options = ["--partition-by", "site", "--num-partitions", "1", "--no-minhash", "--facts"]
    assert cli.main(args + options) == 0
    assert "extracted" in capsys.readouterr().err
    sites = {url.split("/")[2] for url, _ in warcs["pages"]}
    folders = {p.name for p in (output / "articles").iterdir() if p.is_dir()}
    assert folders == {f"site={site}" for site in sites}
    # One partition for the whole listing: one task, so one file per site.
    for folder in (output / "articles").glob("site=*"):
        assert len(list(folder.glob("*.parquet"))) == 1
    frame = spark.read.parquet(str(output / "articles"))
    assert frame.where("minhash IS NOT NULL").count() == 0
    # Article pages are analysed, listings and other pages not (``facts.page_facts``).
    assert frame.where("(facts IS NULL) = (page_type = 'article')").count() == 0
    assert frame.where("page_type = 'article'").count() > 0
    # Facts as ``dateline extract --facts`` gives them, for a page with quotes and people.
    url, body = next((u, b) for u, b in warcs["pages"] if u.endswith("/wire_original"))
    (row,) = frame.where(frame.url == url).where(frame.warc_path == warcs["paths"][0]).collect()
    page = tmp_path / "page.html"
    page.write_bytes(body)
    expected = cli_record(page, url, capsys, "--facts")
    assert expected["facts"]["quotes"]
    assert row.asDict(recursive=True)["facts"] == expected["facts"]

    assert cli.main(args + options) == 1
    err = capsys.readouterr().err
    assert "dateline: spark:" in err
    assert "Traceback" not in err


def test_remote_warc_is_fetched_and_read(warcs: dict[str, Any]) -> None:
    if importlib.util.find_spec("fsspec") is None:
        pytest.importorskip("smart_open")
    folder = Path(warcs["paths"][0]).parent

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    def handler(*args: Any) -> Quiet:
        return Quiet(*args, directory=str(folder))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        uri = f"http://127.0.0.1:{server.server_address[1]}/cut.warc.gz"
        counts = TaskCounts()
        rows = list(warc_rows(uri, counts, minhash=False))
    finally:
        server.shutdown()
        server.server_close()
    assert [kind for kind, _ in rows] == ["article", "failure"]
    assert rows[0][1]["warc_path"] == uri
    assert (counts.extracted, counts.failed) == (1, 1)


@pytest.mark.skipif(not HAS_SIMILARITY, reason="dateline.similarity not installed")
def test_wire_copies_are_grouped_with_spark_joins(job: dict[str, Any]) -> None:
    from dateline.spark.wire_copies import wire_copy_pairs, wire_groups

    articles = job["frame"]
    for row in job["articles"]:
        assert len(row["minhash"]) == 4 * 129
        assert len(row["band_keys"]) == 64
    ids = {row["url"]: row["warc_record_id"] for row in job["articles"]}
    pairs = wire_copy_pairs(articles).cache()
    pair_ids = {(p["a"], p["b"]) for p in pairs.collect()}
    original = ids["https://wire.example/news/wire_original"]
    regional = ids["https://wire.example/news/wire_regional"]
    wire = (min(original, regional), max(original, regional))
    assert wire in pair_ids
    grouped = wire_groups(articles, pairs).collect()
    groups = {row["warc_record_id"]: row for row in grouped}
    assert groups[original]["group_id"] == groups[regional]["group_id"] == wire[0]


@pytest.mark.skipif(not HAS_SIMILARITY, reason="dateline.similarity not installed")
def test_a_band_key_shared_by_many_pages_pairs_each_only_with_its_first_pages(spark: Any) -> None:
    from dateline.archive.duplicates import MAX_BUCKET_ROWS
    from dateline.spark.wire_copies import candidate_pairs

    # 100 pages share one key (boilerplate); the last two also share a key of their own.
    count = 100
    rows = [(f"r{i:03d}", [7, 1000 + i]) for i in range(count - 2)]
    rows += [(f"r{count - 2}", [7, 5]), (f"r{count - 1}", [7, 5])]
    articles = spark.createDataFrame(rows, "warc_record_id string, band_keys array<long>")
    pairs = {(row["a"], row["b"]) for row in candidate_pairs(articles).collect()}
    own = (f"r{count - 2}", f"r{count - 1}")
    assert own in pairs  # found through their own key
    first = MAX_BUCKET_ROWS
    shared = pairs - {own}
    assert len(shared) == first * (first - 1) // 2 + first * (count - first)  # not 100 * 99 / 2
    assert all(int(a[1:]) < first for a, _ in shared)
