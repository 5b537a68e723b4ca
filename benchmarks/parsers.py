"""Parse time of the benchmark pages with each HTML parser dateline could have been built on.

python -m benchmarks.parsers [--dataset scrapinghub] [--repeat 5]

Each page is parsed from an already decoded string ``--repeat`` times per parser; a page's time
is its fastest run, and the table shows the median and the total over the pages, in one
process, parsers one after another. Parsers missing from the environment are skipped. This is
the measurement behind the parser choice in ``docs/choices.md``; it scores nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import datasets


def _parsers() -> dict[str, Callable[[str], Any]]:
    """Name → parse function for every parser that is installed."""
    found: dict[str, Callable[[str], Any]] = {}
    from selectolax.lexbor import LexborHTMLParser  # dateline's own dependency

    found["selectolax (lexbor)"] = LexborHTMLParser
    try:
        import lxml.html

        found["lxml.html"] = lxml.html.document_fromstring
    except ImportError:
        pass
    try:
        from bs4 import BeautifulSoup

        found["BeautifulSoup + lxml"] = lambda html: BeautifulSoup(html, "lxml")
        found["BeautifulSoup + html.parser"] = lambda html: BeautifulSoup(html, "html.parser")
    except ImportError:
        pass
    return found


def time_parser(parse: Callable[[str], Any], pages: list[str], repeat: int) -> list[float]:
    """Per page, the fastest of ``repeat`` parse times in milliseconds."""
    parse(pages[0])  # warm-up: imports, caches
    times = []
    for html in pages:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            parse(html)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    """Print one row per parser: median and total milliseconds over the dataset's pages."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parsers", description=__doc__)
    parser.add_argument("--dataset", choices=datasets.DATASETS, default="scrapinghub")
    parser.add_argument("--repeat", type=int, default=5, help="runs per page (fastest counts)")
    args = parser.parse_args(argv)
    if not datasets.available():
        print(f"benchmark data not found under {datasets.BENCH_DIR}", file=sys.stderr)
        return 1
    pages = [page.html for page in datasets.load(args.dataset)]
    print(f"{len(pages)} {args.dataset} pages, fastest of {args.repeat} runs per page\n")
    print("| parser | median ms | total ms | × lexbor (median) |\n|---|---:|---:|---:|")
    base = 0.0
    for name, parse in _parsers().items():  # lexbor first: the others are shown against it
        times = time_parser(parse, pages, args.repeat)
        median = statistics.median(times)
        base = base or median
        print(f"| {name} | {median:.2f} | {sum(times):.0f} | {median / base:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
