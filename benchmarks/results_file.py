"""``benchmarks/RESULTS.md``: each harness owns one section between its own markers."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def markers(name: str) -> tuple[str, str]:
    """The start and end markers of the section called ``name``."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def replace_section(current: str, name: str, body: str) -> str:
    """``current`` with section ``name`` replaced by ``body`` (appended when it is new)."""
    start, end = markers(name)
    text = f"{start}\n{body.strip()}\n{end}\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end) + r"\n?", re.S)
    if pattern.search(current):
        return pattern.sub(lambda _: text, current, count=1)
    return current.rstrip("\n") + "\n\n" + text


def write_results_section(name: str, body: str, path: Path = RESULTS) -> None:
    """Put ``body`` into ``path`` as section ``name``, keeping every other section."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    path.write_text(replace_section(current, name, body), encoding="utf-8")
