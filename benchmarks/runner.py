"""Running one tool over benchmark pages: timing, scoring and per-page records."""

from __future__ import annotations

import contextlib
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from benchmarks.adapters import Extraction, make
from benchmarks.datasets import Page
from benchmarks.metadata_match import Metadata, authors_match, date_matches, title_matches
from benchmarks.metrics import shingle_score, word_score
from benchmarks.no_network import blocked


@dataclass(slots=True)
class ToolRun:
    """All per-page records of one tool, with its version and how it was called."""

    tool: str
    version: str
    settings: str
    records: list[dict[str, Any]] = field(default_factory=list)
    network_attempts: list[str] = field(default_factory=list)


def score_page(page: Page, extraction: Extraction) -> dict[str, Any]:
    """The benchmark's own scores of one prediction (Scrapinghub shingles or WCXB words)."""
    if page.dataset == "scrapinghub":
        score = shingle_score(extraction.text, page.truth)
        precision, recall = score.precision, score.recall
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        return {
            "tp": score.tp,
            "fp": score.fp,
            "fn": score.fn,
            "exact": score.exact,
            "precision": precision,
            "recall": recall,
            "f1": f1,
        }
    words = word_score(extraction.text, page.truth)
    return {"precision": words.precision, "recall": words.recall, "f1": words.f1}


def score_metadata(page: Page, found: Metadata) -> dict[str, Any]:
    """Title/author/date verdicts (None where the truth has no value) and what was found."""
    return {
        "title_ok": title_matches(found.title, page.title) if page.title else None,
        "author_ok": authors_match(found.authors, page.author) if page.author else None,
        "date_ok": date_matches(found.published, page.published) if page.published else None,
        "found_title": found.title,
        "found_authors": found.authors,
        "found_published": found.published,
    }


def run_tool(name: str, pages: list[Page], save_text: bool = False) -> ToolRun:
    """Run tool ``name`` over ``pages`` in this process, one page at a time.

    Only the extraction call is timed; an exception counts as an error and an empty prediction.
    Metadata is scored on WCXB article pages for the tools that give it.
    """
    adapter = make(name)
    adapter.setup()
    run = ToolRun(name, adapter.version(), adapter.settings)
    with blocked() as attempts:
        if pages:  # warm-up: lazy imports and caches inside the tool are not page time
            with contextlib.suppress(Exception):
                adapter.extract(pages[0].html, pages[0].url)
        for done, page in enumerate(pages, 1):
            error = None
            start = time.perf_counter()
            try:
                extraction = adapter.extract(page.html, page.url)
            except Exception as exc:
                extraction, error = Extraction(""), f"{type(exc).__name__}: {exc}"[:300]
            seconds = time.perf_counter() - start
            record: dict[str, Any] = {
                "tool": name,
                "dataset": page.dataset,
                "page_id": page.page_id,
                "url": page.url,
                "page_type": page.page_type,
                "seconds": seconds,
                "error": error,
                "words": len(extraction.text.split()),
                "truth_words": len(page.truth.split()),
                **score_page(page, extraction),
            }
            if adapter.scores_metadata and page.dataset == "wcxb" and page.page_type == "article":
                try:
                    found = adapter.metadata(page.html, page.url, extraction)
                except Exception as exc:  # a failure is judged as nothing found
                    found = Metadata()
                    record["metadata_error"] = f"{type(exc).__name__}: {exc}"[:300]
                record.update(score_metadata(page, found))
            if save_text:
                record["text"] = extraction.text
            run.records.append(record)
            if done % 250 == 0:
                print(f"  {name}: {done}/{len(pages)} pages", file=sys.stderr, flush=True)
        run.network_attempts = list(attempts)
    return run
