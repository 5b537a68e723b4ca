"""Quality guard: dateline over a fixed part of the dev sets must stay above pinned floors.

The floors live in ``tests/quality_floor.json``; the pages are read from ``../shared/bench`` at run
time (the test skips when that folder is absent). Scores come from the benchmark's own metrics.
``python tests/test_quality.py`` prints the current scores and the floors they would justify.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import datasets, text_input  # noqa: E402
from benchmarks.metadata_match import authors_match, date_matches, title_matches  # noqa: E402
from benchmarks.metrics import shingle_score, summarise_shingles, summarise_words, word_score  # noqa: E402
from benchmarks.report import FIELDS, metadata_accuracy, summarise  # noqa: E402
from benchmarks.runner import run_tool  # noqa: E402

FLOORS: dict[str, Any] = json.loads((ROOT / "tests" / "quality_floor.json").read_text("utf-8"))
SCORE_KEYS = [
    "scrapinghub_f1",
    "wcxb_article_f1",
    *(f"wcxb_article_{field}_accuracy" for field in FIELDS),
    # The plain-text path on the same pages flattened whole (``benchmarks.text_input``).
    "text_scrapinghub_f1",
    "text_wcxb_article_f1",
    *(f"text_wcxb_article_{field}_accuracy" for field in FIELDS),
]
MARGIN = 0.005


def wcxb_sample_ids(seed: int, size: int) -> list[str]:
    """A fixed, seeded sample of WCXB dev article page ids, sorted."""
    articles = sorted(i for i, kind in datasets.wcxb_page_types().items() if kind == "article")
    return sorted(random.Random(seed).sample(articles, size))


def measure() -> dict[str, float]:
    """dateline's scores on all Scrapinghub pages and the pinned sample of WCXB article pages."""
    sample = FLOORS["wcxb_sample"]
    scrapinghub = run_tool("dateline", datasets.load_scrapinghub()).records
    ids = wcxb_sample_ids(sample["seed"], sample["size"])
    wcxb = run_tool("dateline", datasets.load_wcxb(ids=ids)).records
    scores = {"scrapinghub_f1": summarise(scrapinghub).f1, "wcxb_article_f1": summarise(wcxb).f1}
    for field in FIELDS:
        scores[f"wcxb_article_{field}_accuracy"] = metadata_accuracy(wcxb, field)[0]
    scores.update(measure_text(datasets.load_scrapinghub(), datasets.load_wcxb(ids=ids)))
    return scores


def measure_text(scrapinghub: list[datasets.Page], wcxb: list[datasets.Page]) -> dict[str, float]:
    """The plain-text path's scores on the same pages flattened to text."""
    flat_sh = text_input.run(scrapinghub)
    flat_wcxb = text_input.run(wcxb)
    checks = {
        "title": lambda s: title_matches(s.title, s.page.title) if s.page.title else None,
        "author": lambda s: authors_match(s.authors, s.page.author) if s.page.author else None,
        "date": lambda s: date_matches(s.published, s.page.published) if s.page.published else None,
    }
    scores = {
        "text_scrapinghub_f1": summarise_shingles(
            [shingle_score(s.text, s.page.truth) for s in flat_sh]
        ).f1,
        "text_wcxb_article_f1": summarise_words(
            [word_score(s.text, s.page.truth) for s in flat_wcxb]
        ).f1,
    }
    for field in FIELDS:
        results = [r for r in map(checks[field], flat_wcxb) if r is not None]
        scores[f"text_wcxb_article_{field}_accuracy"] = sum(results) / len(results)
    return scores


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not datasets.available():
        pytest.skip(f"benchmark data not found under {datasets.BENCH_DIR}")
    return measure()


@pytest.mark.parametrize("key", SCORE_KEYS)
def test_score_stays_above_its_floor(scores: dict[str, float], key: str) -> None:
    assert scores[key] >= FLOORS[key], f"{key} {scores[key]:.4f} fell below its floor {FLOORS[key]}"


if __name__ == "__main__":
    for key, value in measure().items():
        justified = math.floor((value - MARGIN) * 1000) / 1000
        print(f"{key}: {value:.4f} (floor now {FLOORS.get(key)}, could be {justified})")
