"""Extraction benchmark: dateline and its peers over Scrapinghub and WCXB dev, scored and timed.

python -m benchmarks.extraction [--tools a,b] [--datasets scrapinghub,wcxb] [--limit N]
                                [--jobs N] [--save-text] [--no-results]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shlex
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import datasets, report
from benchmarks.adapters import ADAPTERS
from benchmarks.runner import ToolRun, run_tool

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "out"
RESULTS = HERE / "RESULTS.md"

_pages: list[datasets.Page] = []  # shared with forked workers


def _run_in_worker(tool: str, save_text: bool) -> ToolRun:
    return run_tool(tool, _pages, save_text)


def _names(value: str, known: tuple[str, ...] | list[str], what: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown)}; choose from {', '.join(known)}"
        )
    return names


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line of the benchmark."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--tools",
        type=lambda v: _names(v, list(ADAPTERS), "tool"),
        default=list(ADAPTERS),
        help=f"comma-separated tools (default: all: {','.join(ADAPTERS)})",
    )
    parser.add_argument(
        "--datasets",
        type=lambda v: _names(v, datasets.DATASETS, "dataset"),
        default=list(datasets.DATASETS),
        help="comma-separated datasets (default: scrapinghub,wcxb)",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id) of each dataset")
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="tools run in N processes at once (each tool still runs sequentially; default 1)",
    )
    parser.add_argument(
        "--save-text", action="store_true", help="keep each prediction's text in benchmarks/out/"
    )
    parser.add_argument(
        "--no-results",
        action="store_true",
        help="print only; do not touch benchmarks/RESULTS.md (implied by --limit)",
    )
    parser.add_argument("--data", type=Path, default=datasets.BENCH_DIR, help="datasets folder")
    return parser.parse_args(argv)


def run_all(
    tools: list[str], pages: list[datasets.Page], jobs: int, save_text: bool
) -> list[ToolRun]:
    """Every tool over ``pages``, in order, in one process or ``jobs`` forked processes."""
    global _pages
    if jobs <= 1:
        runs = []
        for tool in tools:
            started = time.perf_counter()
            print(f"running {tool} on {len(pages)} pages", file=sys.stderr, flush=True)
            runs.append(run_tool(tool, pages, save_text))
            print(f"  {tool}: done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        return runs
    _pages = pages
    context = multiprocessing.get_context("fork")
    with context.Pool(min(jobs, len(tools)), maxtasksperchild=1) as pool:
        print(f"running {', '.join(tools)} in {jobs} processes", file=sys.stderr, flush=True)
        return pool.starmap(_run_in_worker, [(tool, save_text) for tool in tools], chunksize=1)


def dump(runs: list[ToolRun], out_dir: Path = OUT_DIR) -> None:
    """Per-page records as ``out_dir/<tool>.jsonl``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for run in runs:
        with (out_dir / f"{run.tool}.jsonl").open("w", encoding="utf-8") as handle:
            for record in run.records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the tables, write RESULTS.md and the per-page dumps."""
    args = parse_args(argv)
    if not datasets.available(args.data):
        print(f"benchmark data not found under {args.data}", file=sys.stderr)
        return 2
    started, load = time.perf_counter(), os.getloadavg()[0]
    pages = [page for name in args.datasets for page in datasets.load(name, args.data, args.limit)]
    print(f"loaded {len(pages)} pages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    runs = run_all(args.tools, pages, args.jobs, args.save_text)
    dump(runs)
    arguments = shlex.join(sys.argv[1:] if argv is None else argv)
    text = report.section(runs, f"python -m benchmarks.extraction {arguments}".strip(), load)
    print(text)
    if not (args.no_results or args.limit):
        report.write_section(RESULTS, text)
        print(f"wrote {RESULTS}", file=sys.stderr)
    print(f"per-page scores in {OUT_DIR}/; total {time.perf_counter() - started:.0f} s",
          file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
