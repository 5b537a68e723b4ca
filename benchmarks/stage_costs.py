"""Where ``extract`` spends its time: milliseconds a page for each stage it calls, on the
benchmark pages, beside the floor that any engine walking the parsed tree in Python pays.

    python -m benchmarks.stage_costs                    # both datasets, writes "stage-costs"
    python -m benchmarks.stage_costs --limit 100 --no-results

Every function that ``dateline.page.extract`` calls by name is wrapped, for the run, in a timer
that adds its wall time to its stage (a stage's time includes what it calls). What no named
stage holds (the parser's ``strip_tags``, the record's assembly, the timers themselves) is
"unattributed". The floor rows time the parse alone (of the page as UTF-8 bytes, encoding
included, as ``parser_input`` and ``parse_page`` do) and a plain walk that only
visits every node and reads each element's tag and attributes, in the same process: the part of
``cut_blocks`` above the walk, and every stage after it, is the algorithm's own cost.
Pages run one after another after a warm-up pass; the best of ``--repeat`` passes is kept.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from benchmarks.datasets import Page, available, load_scrapinghub, load_wcxb
from benchmarks.results_file import write_results_section

#: The module whose named calls are the stages (``dateline.extract`` itself).
EXTRACT_MODULE = "dateline.page.extract"
#: Names in that module that are not stages: the entry point, types and decorators.
NOT_STAGES = frozenset({"extract", "cycle_gc_paused"})


@contextmanager
def timed_stages(totals: Counter[str]) -> Iterator[None]:
    """Wrap each stage function of ``extract``'s module so that its time adds to ``totals``."""
    module = sys.modules[EXTRACT_MODULE]
    originals = {
        name: value
        for name, value in vars(module).items()
        if callable(value)
        and not isinstance(value, type)
        and not name.startswith("__")
        and name not in NOT_STAGES
    }
    for name, function in originals.items():
        setattr(module, name, _timer(name, function, totals))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(module, name, function)


def _timer(name: str, function: Callable[..., Any], totals: Counter[str]) -> Callable[..., Any]:
    clock = time.perf_counter

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += clock() - start

    return timed


def plain_walk(root: LexborNode) -> int:
    """Visit every node in document order, reading each element's tag and attributes: the
    least a one-pass engine over the tree does in Python. Returns the elements seen."""
    stack: list[LexborNode] = [root]
    seen = 0
    while stack:
        node = stack.pop()
        if node.text_content is not None:
            continue
        if node.tag is not None and node.attributes is not None:
            seen += 1
        child = node.last_child
        while child is not None:
            stack.append(child)
            child = child.prev
    return seen


def measure(pages: list[Page], repeat: int) -> dict[str, float]:
    """Milliseconds a page per stage, total and floor rows, best pass of ``repeat``."""
    import dateline

    for page in pages:  # warm-up: caches, lazy imports
        dateline.extract(page.html, url=page.url)
    best: dict[str, float] = {}
    for _ in range(repeat):
        totals: Counter[str] = Counter()
        with timed_stages(totals):
            start = time.perf_counter()
            for page in pages:
                dateline.extract(page.html, url=page.url)
            totals["(total)"] = time.perf_counter() - start
        for page in pages:  # each tree parsed, walked and dropped, as ``extract`` does
            start = time.perf_counter()
            tree = LexborHTMLParser(page.html.encode("utf-8", "surrogatepass"))
            parsed = time.perf_counter()
            plain_walk(tree.body or tree.root)
            totals["floor: parse"] += parsed - start
            totals["floor: plain walk"] += time.perf_counter() - parsed
            del tree  # freed outside the timers, as ``extract`` frees its tree after returning
        if not best or totals["(total)"] * 1000 / len(pages) < best["(total)"]:
            best = {name: seconds * 1000 / len(pages) for name, seconds in totals.items()}
    named = sum(ms for name, ms in best.items() if not name.startswith(("(", "floor")))
    best["(unattributed)"] = best["(total)"] - named
    return best


def table(results: dict[str, dict[str, float]]) -> str:
    """A Markdown table: one row per stage, one column per dataset, costliest first."""
    sets = list(results)
    first = results[sets[0]]
    stages = sorted(
        (name for name in first if not name.startswith(("(", "floor"))),
        key=lambda name: -first[name],
    )
    rows = ["| stage | " + " | ".join(f"{s} ms/page" for s in sets) + " |"]
    rows.append("|---|" + "---|" * len(sets))
    order = ["(total)", *stages, "(unattributed)", "floor: parse", "floor: plain walk"]
    for name in order:
        cells = []
        for s in sets:
            ms = results[s].get(name, 0.0)
            share = ms / results[s]["(total)"] if not name.startswith("floor") else None
            cells.append(f"{ms:.3f}" + (f" ({share:.0%})" if share is not None else ""))
        if name == "(total)" or max(results[s].get(name, 0.0) for s in sets) >= 0.005:
            rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the stage timing and print (and by default record) its table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stage_costs", description=__doc__)
    parser.add_argument("--limit", type=int, help="first N pages of each dataset")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is kept")
    parser.add_argument("--no-results", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not available():
        print("benchmark data not found (../shared/bench)", file=sys.stderr)
        return 2
    loaders = {"scrapinghub": load_scrapinghub, "wcxb dev": load_wcxb}
    results = {}
    for name, load in loaders.items():
        pages = load()[: args.limit] if args.limit else load()
        print(f"timing {len(pages)} {name} pages…", file=sys.stderr)
        results[name] = measure(pages, args.repeat)
    command = "python -m benchmarks.stage_costs" + (f" --limit {args.limit}" if args.limit else "")
    markdown = (
        f"## Where extraction time goes — {time.strftime('%Y-%m-%d')}\n\n"
        f"`{command}` on {platform.machine()}, Python {platform.python_version()}: wall time "
        "of each stage `dateline.extract` calls, ms a page (best of "
        f"{args.repeat} passes; a stage includes what it calls), and the floor rows: parsing "
        "alone (UTF-8 encoding included), and a plain Python walk over the parsed tree "
        "reading each element's tag and attributes.\n\n" + table(results)
    )
    print(markdown)
    if not args.no_results and not args.limit:
        write_results_section("stage-costs", markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
