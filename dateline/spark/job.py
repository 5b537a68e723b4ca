"""The Spark job: a listing of WARC files in, Parquet articles and failures out.

Run it with ``dateline spark`` (local mode, or inside a cluster's Python) or with
``spark-submit`` on this file (see ``docs/spark.md``)::

    spark-submit --master yarn dateline/spark/job.py --input warcs.txt --output s3://b/out

The listing is read through Spark, so any file system the cluster's Hadoop reads works for it
(``s3a://``, ``hdfs://``, ``gs://``). Each WARC becomes one task; a task streams its file and
emits a row per page (``task.warc_rows``), so pages never gather on the driver.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from pyspark import StorageLevel
from pyspark.accumulators import Accumulator
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

from dateline.cli_spark import add_spark_arguments
from dateline.errors import DatelineError
from dateline.spark.schema import TASK_OUTPUT, converter
from dateline.spark.task import ARTICLE, FAILURE, TaskCounts, warc_rows

#: The article column each ``--partition-by`` choice names.
PARTITION_COLUMNS = {"date": "crawl_date", "site": "site"}


@dataclass(frozen=True, slots=True)
class JobCounts:
    """The job's counters: ``warc_files`` listed, WARC ``records`` of any type, ``html`` pages,
    ``extracted`` articles written, ``failed`` records written to the failures output."""

    warc_files: int
    records: int
    html: int
    extracted: int
    failed: int


def read_listing(spark: SparkSession, listing: str) -> list[str]:
    """The WARC paths or URIs in a listing: one a line, blank lines and ``#`` comments skipped.

    Read through Spark so that ``s3a://`` or ``hdfs://`` listings work as on the cluster."""
    lines = spark.sparkContext.textFile(listing).collect()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def run_job(
    spark: SparkSession,
    paths: list[str],
    output: str,
    *,
    facts: bool = False,
    minhash: bool = True,
    num_partitions: int | None = None,
    partition_by: str = "date",
    overwrite: bool = False,
) -> JobCounts:
    """Extract every HTML page of the WARC files ``paths`` and write ``OUTPUT/articles`` (Parquet,
    partitioned by ``crawl_date`` or ``site``) and ``OUTPUT/failures`` (Parquet).

    One task per WARC file unless ``num_partitions`` is given. ``facts`` runs
    ``dateline.facts.page_facts`` on each record (spaCy must be installed on the workers).
    """
    # Fail here, on the driver, rather than on every page of every task.
    if facts:
        _load_analyze()
    context = spark.sparkContext
    counters = {name: context.accumulator(0) for name in ("records", "html", "extracted", "failed")}
    slices = num_partitions or max(1, len(paths))
    rows = context.parallelize(paths, slices).mapPartitions(
        _partition_task(counters, facts=facts, minhash=minhash)
    )
    tagged = spark.createDataFrame(rows, TASK_OUTPUT, verifySchema=False)
    # Both outputs come from one pass over the WARC files: the rows are kept, in the JVM,
    # between the two writes, so no Python work is repeated and each record counts once.
    tagged.persist(StorageLevel.MEMORY_AND_DISK)
    mode = "overwrite" if overwrite else "errorifexists"
    try:
        articles = tagged.where(F.col("kind") == ARTICLE).select("article.*")
        articles.write.mode(mode).partitionBy(PARTITION_COLUMNS[partition_by]).parquet(
            f"{output}/articles"
        )
        failures = tagged.where(F.col("kind") == FAILURE).select("failure.*")
        failures.coalesce(1).write.mode(mode).parquet(f"{output}/failures")
    finally:
        tagged.unpersist()
    return JobCounts(len(paths), **{name: acc.value for name, acc in counters.items()})


def _partition_task(
    counters: dict[str, Accumulator[int]], *, facts: bool, minhash: bool
) -> Callable[[Iterable[str]], Iterator[tuple[Any, ...]]]:
    """The function each task runs over its WARC paths: ``TASK_OUTPUT`` rows, counted."""

    def run(paths: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        to_row = converter(TASK_OUTPUT)
        analyze = _load_analyze() if facts else None
        for path in paths:
            counts = TaskCounts()
            for kind, row in warc_rows(path, counts, analyze=analyze, minhash=minhash):
                yield to_row({"kind": kind, kind: row})
            for name, value in asdict(counts).items():
                counters[name].add(value)

    return run


def _load_analyze() -> Callable[[Any], Any]:
    try:
        from dateline.facts import page_facts  # the facts extra (spaCy) loads only when asked
    except ImportError as err:
        raise DatelineError(f"--facts needs the facts extra ({err})") from None
    return page_facts


def run(args: argparse.Namespace, spark: SparkSession) -> int:
    """Run the job for parsed options; counters go to stderr. Returns the exit status."""
    paths = read_listing(spark, args.input)
    if not paths:
        print(f"dateline: {args.input}: no WARC paths in the listing", file=sys.stderr)
        return 1
    counts = run_job(
        spark,
        paths,
        args.output.rstrip("/"),
        facts=args.facts,
        minhash=not args.no_minhash,
        num_partitions=args.num_partitions,
        partition_by=args.partition_by,
        overwrite=args.overwrite,
    )
    print(
        f"dateline spark: {counts.warc_files:,} WARC files, {counts.records:,} records, "
        f"{counts.html:,} HTML, {counts.extracted:,} extracted, {counts.failed:,} failed "
        f"→ {args.output}",
        file=sys.stderr,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    """The ``spark-submit`` entry point: the session comes from the submitting cluster."""
    parser = argparse.ArgumentParser(
        prog="dateline-spark", description="Extract article records from WARC files with Spark."
    )
    args = add_spark_arguments(parser).parse_args(argv)
    spark = SparkSession.builder.appName("dateline").getOrCreate()
    try:
        return run(args, spark)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
