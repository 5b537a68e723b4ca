"""Spark job speed: records per second in local mode against one process on the same WARCs.

Writes N varied pages from the invented fixture pages into a few gzip-per-record WARC files
(every copy with its own URL and an added paragraph, so no two bodies are the same), then:

1. WARC reading alone (``iter_warc``) with FastWARC and with warcio;
2. one process: ``iter_warc`` → ``dateline.records.to_article`` for every page, the loop the CLI
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
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results_file import write_results_section
from dateline.records import to_article
from dateline.sources.raw import RawPage
from dateline.sources.warc import Backend, WarcStats, available_backends, iter_warc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from warc_writer import fixture_pages, response_record  # noqa: E402 - the tests' WARC writer

#: Milliseconds ``dateline.extract`` takes for a real page when RESULTS.md has no extraction
#: section to read it from (109.6 pages/s on WCXB dev, 2026-11-26).
REAL_PAGE_MS = 9.1
#: dateline's row for all WCXB dev pages; the group is its pages per second.
_WCXB_ROW = re.compile(
    r"^\| \*\*dateline\*\* \| wcxb dev, all \|.*\| ([\d.]+) \| [\d.]+ \| \d+ \|$", re.M
)


def real_page_ms() -> float:
    """Milliseconds ``dateline.extract`` takes for a real news page: the dateline rate on the
    1,497 pages of WCXB dev (the slower of the two sets) in RESULTS.md's extraction section."""
    results = ROOT / "benchmarks" / "RESULTS.md"
    found = _WCXB_ROW.search(results.read_text(encoding="utf-8")) if results.is_file() else None
    return round(1000 / float(found.group(1)), 1) if found else REAL_PAGE_MS


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


def time_reading(paths: list[str], backend: Backend) -> tuple[float, float, int]:
    """Seconds and CPU seconds to read every HTML page of the WARCs with one library, and the
    pages read."""
    start, cpu = time.perf_counter(), time.process_time()
    stats = WarcStats()
    for path in paths:
        for _ in iter_warc(path, stats=stats, backend=backend):
            pass
    return time.perf_counter() - start, time.process_time() - cpu, stats.html


def descendants_cpu() -> dict[str, float]:
    """CPU seconds used so far by this process's descendants (the JVM, the PySpark daemon and
    its workers, with the workers that already ended), split into ``jvm`` and ``python``."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, tuple[str, float]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        used[pid] = (name, sum(int(v) for v in fields[11:15]) / ticks)
    totals = {"jvm": 0.0, "python": 0.0}
    for pid, (name, seconds) in used.items():
        ancestor = parents.get(pid)
        while ancestor and ancestor != os.getpid():
            ancestor = parents.get(ancestor)
        if ancestor == os.getpid():
            totals["jvm" if name == "java" else "python"] += seconds
    return totals


def time_single_process(paths: list[str]) -> tuple[float, int, float, float]:
    """Seconds, records extracted, CPU seconds and peak resident MB of the one-process loop."""
    start, cpu = time.perf_counter(), time.process_time()
    extracted = 0
    for path in paths:
        for item in iter_warc(path):
            if isinstance(item, RawPage):
                to_article(item, "auto", None)
                extracted += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds, extracted, cpu, peak_mb


def time_spark(paths: list[str], cores: int, folder: Path) -> dict[str, float]:
    """Start-up seconds, and seconds and CPU seconds (JVM and Python) of the job without and
    with MinHash, in local mode."""
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
    # And one small job, so that the JVM's compiler warm-up is not charged to the first run.
    run_job(spark, paths[:1], str(folder / "warm-up"), minhash=True)
    times = {"startup": time.perf_counter() - start}
    try:
        for label, minhash in (("plain", False), ("minhash", True)):
            start, cpu = time.perf_counter(), descendants_cpu()
            counts = run_job(spark, paths, str(folder / f"out-{label}"), minhash=minhash)
            times[label] = time.perf_counter() - start
            times[f"{label}_records"] = counts.extracted
            for side, seconds in descendants_cpu().items():
                times[f"{label}_{side}_cpu"] = seconds - cpu[side]
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

    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="dateline-spark-bench-") as tmp:
        folder = Path(tmp)
        paths = build_warcs(folder, args.records, args.files)
        warc_mb = sum(Path(p).stat().st_size for p in paths) / 1e6
        print(
            f"{args.records:,} records in {args.files} WARC files, {warc_mb:.1f} MB",
            file=sys.stderr,
        )
        reading = {name: time_reading(paths, name) for name in available_backends()}
        single, extracted, single_cpu, peak_mb = time_single_process(paths)
        spark = time_spark(paths, args.cores, folder)

    rate = extracted / single
    rows = [
        f"| WARC reading only, {name} | 1 | {n / s:,.0f} | {1000 * cpu / n:.2f} | — |"
        for name, (s, cpu, n) in reading.items()
    ]
    rows.append(
        f"| one process: iter_warc → to_article | 1 | {rate:,.0f} | "
        f"{1000 * single_cpu / extracted:.1f} | — |"
    )
    for label, name in (("plain", "Spark local mode, no MinHash"), ("minhash", "Spark local mode")):
        records = spark[f"{label}_records"]
        python_ms = 1000 * spark[f"{label}_python_cpu"] / records
        jvm_ms = 1000 * spark[f"{label}_jvm_cpu"] / records
        rows.append(
            f"| {name} | {args.cores} | {records / spark[label]:,.0f} | {python_ms:.1f} | "
            f"{jvm_ms:.1f} |"
        )
    # Per core from CPU time, not wall time: on a shared machine, the wall clock measures the
    # neighbours; CPU seconds per record are what a cluster's dedicated cores will spend. The
    # job's cost beyond extraction is added to what extracting a real page costs.
    cpu_per_record = (spark["minhash_python_cpu"] + spark["minhash_jvm_cpu"]) / spark[
        "minhash_records"
    ]
    overhead_ms = 1000 * (cpu_per_record - single_cpu / extracted)
    page_ms = real_page_ms()
    per_core = 1000 / (page_ms + overhead_ms)
    hours = {cores: MONTH_PAGES / (per_core * cores) / 3600 for cores in (16, 64, 256)}
    estimates = ", ".join(f"{cores} cores ≈ {h:.1f} h" for cores, h in hours.items())
    body = "\n".join(
        [
            f"## Spark job speed — {time.strftime('%Y-%m-%d')}",
            "",
            f"`python -m benchmarks.spark_speed --records {args.records} --files {args.files} "
            f"--cores {args.cores}` on {platform.machine()}, {os.cpu_count()} CPUs, Python "
            f"{platform.python_version()}; {args.records:,} varied fixture pages in "
            f"{args.files} gzip-per-record WARC files ({warc_mb:.1f} MB). Load average "
            f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end: the machine is "
            "shared, so compare rows of one run rather than runs.",
            "",
            "| what | cores | records/s (wall) | CPU ms/record (Python) | CPU ms/record (JVM) |",
            "| --- | ---: | ---: | ---: | ---: |",
            *rows,
            "",
            f"Spark start-up (JVM, session, Python workers, a warm-up job over one file): "
            f"{spark['startup']:.1f} s, paid once per job. Peak memory of the one-process loop "
            f"(a task's Python side does the same work): {peak_mb:.0f} MB resident.",
            "",
            "CPU time counts the reading process for the first rows and, for Spark, the JVM and "
            "the PySpark daemon and workers (all descendants of the benchmark process).",
            "",
            f"The job with MinHash spends {overhead_ms:.1f} CPU ms a record beyond extraction "
            "(WARC reading, rows, MinHash, the JVM's conversion and Parquet). The fixture pages "
            f"are small; real news pages take {page_ms} ms each to extract (extraction "
            f"section above), so a dedicated core does about {per_core:,.0f} records/s. One "
            f"month of CC-NEWS ({MONTH_PAGES / 1e6:.0f} million pages): {estimates}, plus "
            "start-up and the download of the WARC files.",
        ]
    )
    print(body)
    if not args.no_results:
        write_results_section("spark", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
