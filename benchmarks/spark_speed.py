"""Spark job speed: records per second in local mode against one process on the same WARCs.

Writes N varied pages from the invented fixture pages into a few gzip-per-record WARC files
(every copy with its own URL and an added paragraph, so no two bodies are the same), then:

1. WARC reading alone (``iter_warc``) with FastWARC and with warcio;
2. one process: ``iter_warc`` → ``dateline.cli.to_article`` for every page, the loop the CLI
   and the archive's ingest run (the single-process baseline), with its peak memory;
3. the Spark job in local mode on ``--cores`` cores (one task per WARC file), without and with
   MinHash signatures; Spark's start-up is timed apart, as a cluster pays it once per job.

Run: ``python -m benchmarks.spark_speed`` (3,000 records in 4 WARC files, 2 cores, about two
minutes); ``--records``/``--files``/``--cores`` change the set-up; ``--no-results`` leaves
RESULTS.md alone.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results_file import write_results_section
from dateline.cli import to_article
from dateline.sources.raw import RawPage
from dateline.sources.warc import Backend, WarcStats, available_backends, iter_warc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from warc_writer import fixture_pages, response_record  # noqa: E402 - the tests' WARC writer

#: Pages of one month of CC-NEWS used for the estimate: the issue speaks of "tens of millions";
#: 20 million is taken as the round middle of that range.
MONTH_PAGES = 20_000_000


def build_warcs(folder: Path, records: int, files: int) -> list[str]:
    """``records`` varied HTML responses spread over ``files`` WARC files; returns their paths."""
    pages = fixture_pages(ROOT / "tests" / "fixtures" / "pages")
    paths = [folder / f"bench-{n:02d}.warc.gz" for n in range(files)]
    handles = [path.open("wb") for path in paths]
    try:
        for i in range(records):
            url, body = pages[i % len(pages)]
            extra = f"<p>Update {i}: the council will meet again on day {i % 28 + 1}.</p>"
            varied = body.replace(b"</body>", extra.encode() + b"</body>", 1)
            record = response_record(f"{url}-{i}", varied)
            handles[i % files].write(gzip.compress(record, mtime=0))
    finally:
        for handle in handles:
            handle.close()
    return [str(path) for path in paths]


def time_reading(paths: list[str], backend: Backend) -> tuple[float, int]:
    """Seconds to read every HTML page of the WARCs with one library, and the pages read."""
    start = time.perf_counter()
    stats = WarcStats()
    for path in paths:
        for _ in iter_warc(path, stats=stats, backend=backend):
            pass
    return time.perf_counter() - start, stats.html


def time_single_process(paths: list[str]) -> tuple[float, int, float]:
    """Seconds, records extracted and peak resident MB of the one-process loop."""
    start = time.perf_counter()
    extracted = 0
    for path in paths:
        for item in iter_warc(path):
            if isinstance(item, RawPage):
                to_article(item, "auto", None)
                extracted += 1
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds, extracted, peak_mb


def time_spark(paths: list[str], cores: int, folder: Path) -> dict[str, float]:
    """Start-up seconds and job seconds (without and with MinHash) in local mode."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    from dateline.spark.job import run_job

    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("dateline-bench")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    # Start each core's Python worker and import dateline in it, as the first tasks would.
    warm = spark.sparkContext.parallelize(range(cores), cores)
    warm.map(lambda _: importlib.import_module("dateline.spark.task") is not None).count()
    times = {"startup": time.perf_counter() - start}
    try:
        for label, minhash in (("plain", False), ("minhash", True)):
            start = time.perf_counter()
            counts = run_job(spark, paths, str(folder / f"out-{label}"), minhash=minhash)
            times[label] = time.perf_counter() - start
            times[f"{label}_records"] = counts.extracted
    finally:
        spark.stop()
    return times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table and write the ``spark`` section of RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000, help="HTML records in all")
    parser.add_argument("--files", type=int, default=4, help="WARC files (Spark tasks)")
    parser.add_argument("--cores", type=int, default=2, help="Spark local-mode cores")
    parser.add_argument("--no-results", action="store_true", help="leave RESULTS.md alone")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dateline-spark-bench-") as tmp:
        folder = Path(tmp)
        paths = build_warcs(folder, args.records, args.files)
        warc_mb = sum(Path(p).stat().st_size for p in paths) / 1e6
        print(
            f"{args.records:,} records in {args.files} WARC files, {warc_mb:.1f} MB",
            file=sys.stderr,
        )
        reading = {name: time_reading(paths, name) for name in available_backends()}
        single, extracted, peak_mb = time_single_process(paths)
        spark = time_spark(paths, args.cores, folder)

    rate = extracted / single
    rows = [f"| WARC reading only, {name} | 1 | {n / s:,.0f} |" for name, (s, n) in reading.items()]
    rows.append(f"| one process: iter_warc → to_article | 1 | {rate:,.0f} |")
    for label, name in (("plain", "Spark local mode, no MinHash"), ("minhash", "Spark local mode")):
        spark_rate = spark[f"{label}_records"] / spark[label]
        rows.append(f"| {name} | {args.cores} | {spark_rate:,.0f} ({spark_rate / rate:.2f}×) |")
    per_core = spark["minhash_records"] / spark["minhash"] / args.cores
    estimates = ", ".join(
        f"{cores} cores ≈ {MONTH_PAGES / (per_core * cores) / 3600:.1f} h"
        for cores in (16, 64, 256)
    )
    body = "\n".join(
        [
            f"## Spark job speed — {time.strftime('%Y-%m-%d')}",
            "",
            f"`python -m benchmarks.spark_speed --records {args.records} --files {args.files} "
            f"--cores {args.cores}` on {platform.machine()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}; {args.records:,} varied fixture pages in "
            f"{args.files} gzip-per-record WARC files ({warc_mb:.1f} MB).",
            "",
            "| what | cores | records/s |",
            "| --- | ---: | ---: |",
            *rows,
            "",
            f"Spark start-up (JVM, session, first Python worker): {spark['startup']:.1f} s, paid "
            "once per job. Peak memory of the one-process loop (a task's Python side does the "
            f"same work): {peak_mb:.0f} MB resident.",
            "",
            f"Estimate for one month of CC-NEWS ({MONTH_PAGES / 1e6:.0f} million pages, at "
            f"{per_core:,.0f} records/s per core with MinHash): {estimates}.",
        ]
    )
    print(body)
    if not args.no_results:
        write_results_section("spark", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
