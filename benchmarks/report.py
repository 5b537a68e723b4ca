"""Turning tool runs into the Markdown tables of ``benchmarks/RESULTS.md``."""

from __future__ import annotations

import datetime
import os
import platform
import re
import statistics
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.metrics import ShingleScore, Summary, WordScore, summarise_shingles, summarise_words
from benchmarks.runner import ToolRun

START_MARKER = "<!-- extraction:start -->"
END_MARKER = "<!-- extraction:end -->"
PAGE_TYPES = ("article", "service", "product", "collection", "forum", "listing", "documentation")
FIELDS = ("title", "author", "date")

Record = dict[str, Any]


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo, or what ``platform`` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine() -> str:
    """One line naming the machine: platform, CPU model, cores, Python."""
    return (
        f"{platform.platform()}; {cpu_model()}; {os.cpu_count()} cores;"
        f" Python {platform.python_version()}"
    )


def _select(run: ToolRun, dataset: str, page_type: str | None = None) -> list[Record]:
    return [
        r
        for r in run.records
        if r["dataset"] == dataset and (page_type is None or r["page_type"] == page_type)
    ]


def summarise(records: list[Record]) -> Summary:
    """The benchmark's own summary of some records of one dataset."""
    if records and records[0]["dataset"] == "scrapinghub":
        shingle_scores = [ShingleScore(r["tp"], r["fp"], r["fn"], r["exact"]) for r in records]
        return summarise_shingles(shingle_scores)
    return summarise_words([WordScore(r["precision"], r["recall"], r["f1"]) for r in records])


def speed(records: list[Record]) -> tuple[float, float]:
    """Pages per second (pages over summed extraction time) and median milliseconds per page."""
    seconds = [r["seconds"] for r in records]
    total = sum(seconds)
    return (len(seconds) / total if total else 0.0), statistics.median(seconds) * 1000


def _table(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _slices(runs: list[ToolRun]) -> list[tuple[str, str, str | None]]:
    """(label, dataset, page type) rows present in these runs."""
    datasets = {r["dataset"] for run in runs for r in run.records}
    slices: list[tuple[str, str, str | None]] = []
    if "scrapinghub" in datasets:
        slices.append(("scrapinghub", "scrapinghub", None))
    if "wcxb" in datasets:
        slices += [("wcxb dev, all", "wcxb", None), ("wcxb dev, articles", "wcxb", "article")]
    return slices


def content_table(runs: list[ToolRun]) -> str:
    """Main-content scores and speed, one row per tool and dataset slice."""
    rows = []
    for label, dataset, page_type in _slices(runs):
        for run in runs:
            records = _select(run, dataset, page_type)
            if not records:
                continue
            s = summarise(records)
            pages_per_second, median_ms = speed(records)
            errors = sum(1 for r in records if r["error"])
            rows.append(
                [
                    f"**{run.tool}**" if run.tool == "dateline" else run.tool,
                    label,
                    str(s.pages),
                    f"{s.f1:.3f} ± {s.f1_std:.3f}",
                    f"{s.precision:.3f}",
                    f"{s.recall:.3f}",
                    f"{s.accuracy:.3f}",
                    f"{pages_per_second:.1f}",
                    f"{median_ms:.1f}",
                    str(errors),
                ]
            )
    header = ["tool", "dataset", "pages", "F1", "precision", "recall", "accuracy", "pages/s",
              "median ms", "errors"]  # fmt: skip
    return _table(header, rows)


def page_type_table(runs: list[ToolRun]) -> str:
    """WCXB word-F1 per page type."""
    present = [t for t in PAGE_TYPES if any(_select(run, "wcxb", t) for run in runs)]
    first = next((run for run in runs if _select(run, "wcxb")), None)
    if first is None:
        return ""
    header = ["tool", f"all ({len(_select(first, 'wcxb'))})"]
    header += [f"{t} ({len(_select(first, 'wcxb', t))})" for t in present]
    rows = []
    for run in runs:
        if not _select(run, "wcxb"):
            continue
        cells = [summarise(_select(run, "wcxb")).f1]
        cells += [summarise(_select(run, "wcxb", t)).f1 for t in present]
        rows.append([run.tool, *(f"{c:.3f}" for c in cells)])
    return _table(header, rows)


def metadata_accuracy(records: list[Record], field: str) -> tuple[float, int]:
    """Share of judged pages where ``field`` was right, and how many pages were judged."""
    verdicts = [r[f"{field}_ok"] for r in records if r.get(f"{field}_ok") is not None]
    return (sum(verdicts) / len(verdicts) if verdicts else 0.0), len(verdicts)


def metadata_table(runs: list[ToolRun]) -> str:
    """Title / author / date accuracy on WCXB article pages with a truth value."""
    rows = []
    for run in runs:
        records = [r for r in _select(run, "wcxb", "article") if "title_ok" in r]
        if not records:
            continue
        cells = [metadata_accuracy(records, f) for f in FIELDS]
        rows.append([run.tool, *(f"{accuracy:.3f} ({n})" for accuracy, n in cells)])
    if not rows:
        return ""
    return _table(["tool", "title (pages)", "authors (pages)", "date (pages)"], rows)


def _f1(run: ToolRun, dataset: str, page_type: str | None = None) -> float:
    return summarise(_select(run, dataset, page_type)).f1


def _floor_checks(runs: list[ToolRun]) -> list[tuple[str, bool]]:
    """The issue's floors for dateline, each with whether this run meets it."""
    by_tool = {run.tool: run for run in runs}
    ours, reference = by_tool.get("dateline"), by_tool.get("trafilatura")
    if ours is None:
        return []
    peers = [run for run in runs if run.tool != "dateline"]
    checks: list[tuple[str, bool]] = []
    if _select(ours, "scrapinghub"):
        value = _f1(ours, "scrapinghub")
        checks.append((f"scrapinghub F1 {value:.3f} ≥ 0.965", value >= 0.965))
        rivals = [_f1(run, "scrapinghub") for run in peers if _select(run, "scrapinghub")]
        if rivals:
            best = max(rivals)
            checks.append((f"scrapinghub F1 above every peer's (best {best:.3f})", value > best))
    if _select(ours, "wcxb", "article"):
        value = _f1(ours, "wcxb", "article")
        checks.append((f"wcxb article word-F1 {value:.3f} ≥ 0.95", value >= 0.95))
    if reference is None:
        return checks
    if _select(ours, "wcxb") and _select(reference, "wcxb"):
        value, theirs = _f1(ours, "wcxb"), _f1(reference, "wcxb")
        checks.append((f"wcxb all-pages word-F1 {value:.3f} ≥ trafilatura's {theirs:.3f}",
                       value >= theirs))  # fmt: skip
    for dataset in ("scrapinghub", "wcxb"):
        if _select(ours, dataset) and _select(reference, dataset):
            ratio = speed(_select(ours, dataset))[0] / speed(_select(reference, dataset))[0]
            checks.append((f"{dataset} speed {ratio:.1f}× trafilatura's (floor 5×)", ratio >= 5))
    mine = [r for r in _select(ours, "wcxb", "article") if "title_ok" in r]
    theirs_records = [r for r in _select(reference, "wcxb", "article") if "title_ok" in r]
    if mine and theirs_records:
        for field in FIELDS:
            value = metadata_accuracy(mine, field)[0]
            theirs = metadata_accuracy(theirs_records, field)[0]
            checks.append((f"{field} {value:.3f} > trafilatura's {theirs:.3f}", value > theirs))
    return checks


def section(
    runs: list[ToolRun], command: str, load: float, date: datetime.date | None = None
) -> str:
    """The whole extraction section of RESULTS.md, markers included; ``load`` is the 1-minute
    load average when the run started (other work on the machine slows every tool)."""
    date = date or datetime.date.today()
    parts = [
        START_MARKER,
        f"## Extraction benchmark — {date.isoformat()}",
        "",
        f"Machine: {machine()}; load average {load:.2f} at the start.  ",
        f"Command: `{command}` (one process per tool, pages one at a time; the time is the"
        " extraction call alone, decompression and file reads excluded).",
        "",
        "Tools:",
        "",
        *(f"- {run.tool} {run.version}: {run.settings}" for run in runs),
        "",
        "### Main content",
        "",
        "Scrapinghub rows use its shingle metric (F1 of mean precision and mean recall, ± bootstrap"
        " std); WCXB rows use its bag-of-words metric (means of per-page values). Accuracy is the"
        " share of pages matched exactly (Scrapinghub: same tokens; WCXB: word-F1 = 1).",
        "",
        content_table(runs),
    ]
    by_type = page_type_table(runs)
    if by_type:
        parts += ["", "### WCXB dev word-F1 by page type", "", by_type]
    meta = metadata_table(runs)
    if meta:
        parts += [
            "",
            "### Metadata on WCXB dev article pages",
            "",
            "Accuracy over the pages whose ground truth has the field (title folded; every named"
            " author found; same calendar day).",
            "",
            meta,
        ]
    checks = _floor_checks(runs)
    if checks:
        parts += ["", "### dateline against the floors of issue 2", ""]
        parts += [f"- {'✅' if ok else '❌'} {text}" for text, ok in checks]
    blocked = [f"{run.tool}: {len(run.network_attempts)}" for run in runs if run.network_attempts]
    if blocked:
        parts += ["", f"Blocked network attempts: {', '.join(blocked)}."]
    parts.append(END_MARKER)
    return "\n".join(parts) + "\n"


def write_section(path: Path, text: str) -> None:
    """Put ``text`` into ``path`` between the extraction markers, keeping everything else."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    pattern = re.compile(re.escape(START_MARKER) + r".*?" + re.escape(END_MARKER) + r"\n?", re.S)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text, current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated, encoding="utf-8")
