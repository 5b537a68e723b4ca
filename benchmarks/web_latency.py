"""Web latency: p50/p95 of the article, search and story pages at 10,000 articles under load.

Builds (once, cached in ``benchmarks/out/web_latency/``) an archive of N generated pages with
the archive benchmark's generator (``benchmarks.archive_scale.generate``: stories of several
wire copies written from an invented vocabulary) through the real ingest; serves it with
``dateline serve`` in its own process on a free loopback port; then C client threads, each
with one keep-alive connection, request random article, search and story pages for D seconds.
Every response must be 200. Writes section ``web-latency`` of RESULTS.md.

Run: ``python -m benchmarks.web_latency`` (10,000 articles, 4 clients, 20 s; the first run
spends about 3 minutes building the archive on two cores). ``--rebuild`` makes the archive
again; ``--no-results`` leaves RESULTS.md alone.
"""

from __future__ import annotations

import argparse
import functools
import http.client
import os
import platform
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

from benchmarks.archive_scale import generate, percentile
from benchmarks.results_file import write_results_section
from dateline.archive.ingest import ingest
from dateline.archive.store import open_archive
from dateline.records import to_article

OUT = Path(__file__).resolve().parent / "out" / "web_latency"
#: Floor from issue 5: the 95th percentile of each page kind stays under this many ms.
P95_FLOOR_MS = 100.0
#: Seconds the server gets to start answering.
START_SECONDS = 60
#: Searches the clients pick from: common and rare words, phrases, operators, filters.
SEARCHES = (
    "q=floods",
    "q=ferry",
    "q=harbour+OR+harbor",
    "q=%22flash+floods%22",
    "q=council",
    "q=rain&page=2",
    "q=minister&since=2023-01-01",
    "q=strike&site=tidewire.example",
    "q=orch*",
    "q=timetable+commuters",
)


def build_archive(db: Path, pages: int, workers: int) -> None:
    """A fresh archive of ``pages`` generated pages through the real ingest."""
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    print(f"web_latency: generating and ingesting {pages:,} pages…", file=sys.stderr)
    started = time.perf_counter()
    conn = open_archive(db)
    try:
        report = ingest(
            conn,
            iter(generate(pages)),
            to_record=functools.partial(to_article, input_kind="auto", url=None),
            workers=workers,
            label="web_latency",
        )
    finally:
        conn.close()
    print(
        f"web_latency: stored {report.stored:,} articles in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("web_latency: the server exited before answering")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"web_latency: no server on port {port} after {START_SECONDS} s")


def targets(db: Path) -> dict[str, list[str]]:
    """The addresses each page kind is requested at."""
    with sqlite3.connect(db) as conn:
        articles = [row[0] for row in conn.execute("SELECT id FROM articles WHERE is_latest = 1")]
        stories = [row[0] for row in conn.execute("SELECT id FROM stories")]
    return {
        "article": [f"/articles/{n}" for n in articles],
        "search": [f"/search?{query}" for query in SEARCHES],
        "story": [f"/stories/{n}" for n in stories],
    }


def client(
    port: int,
    pages: dict[str, list[str]],
    until: float,
    seed: int,
    timings: dict[str, list[float]],
    errors: list[str],
) -> None:
    """One client: a keep-alive connection, a random page kind and address per request."""
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    kinds = sorted(pages)
    while time.monotonic() < until:
        kind = rng.choice(kinds)
        path = rng.choice(pages[kind])
        started = time.perf_counter()
        conn.request("GET", quote(path, safe="/?=&+%*"))
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            errors.append(f"{path}: {response.status}")
            continue
        timings[kind].append(elapsed)
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2, help="ingest processes")
    parser.add_argument("--rebuild", action="store_true", help="make the archive again")
    parser.add_argument("--no-results", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args(argv)

    db = OUT / f"archive-{args.pages}.db"
    if args.rebuild or not db.exists():
        build_archive(db, args.pages, args.workers)
    pages = targets(db)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
    server = subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        env=env,
    )
    timings: dict[str, list[float]] = {kind: [] for kind in pages}
    errors: list[str] = []
    try:
        wait_until_up(port, server)
        # Warm-up: every page kind once, so that the first requests do not measure imports.
        client(port, pages, time.monotonic() + 2, -1, {k: [] for k in pages}, errors)
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(port, pages, until, seed, timings, errors))
            for seed in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)

    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT count(*) FROM articles WHERE is_latest = 1").fetchone()[0]
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = []
    worst = 0.0
    for kind, values in timings.items():
        p50, p95 = statistics.median(values), percentile(values, 0.95)
        worst = max(worst, p95)
        rate = len(values) / args.seconds
        rows.append(f"| {kind} | {len(values):,} | {rate:.0f} | {p50:.1f} | {p95:.1f} |")
        print(f"{kind:8} n={len(values):6} p50={p50:6.1f} ms p95={p95:6.1f} ms", file=sys.stderr)
    held = worst <= P95_FLOOR_MS and not errors
    verdict = "holds" if held else "FAILS"
    body = "\n".join(
        [
            "## Web latency (`python -m benchmarks.web_latency`)",
            "",
            f"`dateline serve` (uvicorn, one process) over an archive of {articles:,} articles "
            f"and {stories:,} stories (generated by `benchmarks.archive_scale`, stored by the "
            f"real ingest, no facts); {args.clients} keep-alive clients on loopback for "
            f"{args.seconds:g} s, each request a random article page, story page or search "
            f"page (from {len(SEARCHES)} queries, some with filters or page 2). "
            f"{platform.python_implementation()} {platform.python_version()}, "
            f"{os.cpu_count()} cores shared with the clients.",
            "",
            "| page | requests | per s | p50 ms | p95 ms |",
            "| --- | ---: | ---: | ---: | ---: |",
            *rows,
            "",
            f"Floor p95 ≤ {P95_FLOOR_MS:g} ms for every page: **{verdict}** "
            f"(worst p95 {worst:.1f} ms; {len(errors)} non-200 answers).",
        ]
    )
    if errors:
        print(f"web_latency: {len(errors)} errors, first: {errors[0]}", file=sys.stderr)
    if not args.no_results:
        write_results_section("web-latency", body)
    print(body)
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
