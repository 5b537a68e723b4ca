"""``dateline spark``: the Spark job over WARC files, from the command line (local mode, or the
cluster's session when started by ``spark-submit``). pyspark is imported only when it runs."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from dateline.cli_types import positive_int

#: ``--partition-by`` choices: the crawl day of the WARC-Date, or the page's site.
PARTITION_CHOICES = ("date", "site")


def add_spark_command(commands: Any) -> None:
    """Register ``dateline spark`` on the CLI's subcommands."""
    spark = commands.add_parser(
        "spark",
        help="extract WARC files with Apache Spark into Parquet",
        description="Read a listing of WARC files (local paths or URIs) and write OUTPUT/articles "
        "and OUTPUT/failures as Parquet, one Spark task per WARC file. See docs/spark.md.",
    )
    add_spark_arguments(spark)
    spark.set_defaults(run=run_spark)


def add_spark_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The job's options (shared by ``dateline spark`` and the ``spark-submit`` entry point)."""
    parser.add_argument(
        "--input", required=True, metavar="LISTING", help="text file of WARC paths or URIs"
    )
    parser.add_argument("--output", required=True, metavar="DIR", help="output folder or URI")
    parser.add_argument("--facts", action="store_true", help="add facts (needs the facts extra)")
    parser.add_argument(
        "--num-partitions",
        type=positive_int,
        metavar="N",
        help="Spark partitions for the WARC list (default: one per WARC file)",
    )
    parser.add_argument(
        "--partition-by",
        choices=PARTITION_CHOICES,
        default="date",
        help="partition the articles by crawl date or by site (default: date)",
    )
    parser.add_argument(
        "--no-minhash", action="store_true", help="leave out MinHash signatures and band keys"
    )
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    return parser


def run_spark(args: argparse.Namespace) -> int:
    """Start (or join) a Spark session and run the job; Spark failures become one line."""
    try:
        from pyspark.sql import SparkSession

        from dateline.spark.job import run
    except ImportError:
        print(
            "dateline: spark: pyspark is missing (pip install 'dateline[spark]')", file=sys.stderr
        )
        return 2
    # Local workers must run this Python, the one that has dateline installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Inside a program that already runs Spark (a notebook, a test), join its session and
    # leave it running afterwards.
    running = SparkSession.getActiveSession()
    try:
        spark = running or SparkSession.builder.appName("dateline").getOrCreate()
    except Exception as err:  # no Java, bad Spark settings: say so without a traceback
        print(f"dateline: spark: cannot start Spark ({_first_line(err)})", file=sys.stderr)
        return 1
    try:
        return run(args, spark)
    except Exception as err:  # output exists, listing missing, cluster failure
        print(f"dateline: spark: {_first_line(err)}", file=sys.stderr)
        return 1
    finally:
        if running is None:
            spark.stop()


def _first_line(err: BaseException) -> str:
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__
