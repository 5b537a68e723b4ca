"""List the pages where a tool scored worst in the last benchmark run.

python -m benchmarks.worst TOOL [DATASET] [-n N] [--page-type TYPE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "out"


def main(argv: list[str] | None = None) -> int:
    """Print the N lowest-F1 pages of TOOL from ``benchmarks/out/TOOL.jsonl``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.worst", description=__doc__)
    parser.add_argument("tool")
    parser.add_argument("dataset", nargs="?", choices=["scrapinghub", "wcxb"])
    parser.add_argument("-n", type=int, default=20, help="how many pages (default 20)")
    parser.add_argument("--page-type", help="only WCXB pages of this type, e.g. article")
    args = parser.parse_args(argv)
    path = OUT_DIR / f"{args.tool}.jsonl"
    if not path.is_file():
        print(f"{path} not found: run python -m benchmarks.extraction first", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    chosen = [
        r
        for r in records
        if (args.dataset is None or r["dataset"] == args.dataset)
        and (args.page_type is None or r["page_type"] == args.page_type)
    ]
    chosen.sort(key=lambda r: r["f1"])
    print("f1     P      R      words/truth  dataset      id        type        url")
    for r in chosen[: args.n]:
        precision = r["precision"] if r["precision"] is not None else float("nan")
        print(
            f"{r['f1']:.3f}  {precision:.3f}  {r['recall']:.3f}  "
            f"{r['words']:>5}/{r['truth_words']:<5}  {r['dataset']:<11}  {r['page_id'][:8]:<8}  "
            f"{r['page_type']:<10}  {r['url']}" + (f"  [{r['error']}]" if r["error"] else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
