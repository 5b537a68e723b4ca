"""Wire-copy duplicates and stories measured on the invented wirecorpus.

``python -m benchmarks.archive_quality`` generates the corpus (benchmarks/wirecorpus/), runs
every page through ``dateline.extract``, feeds the records in arrival order to
``DuplicateIndex`` and ``StoryGrouper``, and scores the groups they form against the ground
truth by pairwise precision, recall and F1. It also compares other rules and settings, times
signatures (numpy against datasketch) and grouping at scale, and writes the section
"archive-quality" of benchmarks/RESULTS.md (``--no-results`` only prints).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from itertools import combinations

import numpy as np

import dateline
from benchmarks.results_file import write_results_section
from benchmarks.wirecorpus import CorpusPage, generate
from benchmarks.wirecorpus.generate import true_pairs
from dateline.archive import stories
from dateline.archive.duplicates import DuplicateIndex
from dateline.archive.stories import StoryGrouper
from dateline.model import Article
from dateline.similarity import minhash
from dateline.similarity.shingles import shingle_hashes

SECTION = "archive-quality"


@dataclass(frozen=True)
class Scores:
    """Pairwise precision, recall and F1 of predicted groups against true groups."""

    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    true_pairs: int


def pairwise(predicted: dict[int, int], truth: dict[int, int]) -> Scores:
    """Scores of the pairs put together by ``predicted`` labels against ``truth`` labels."""
    guessed, expected = true_pairs(predicted), true_pairs(truth)
    hits = len(guessed & expected)
    precision = hits / len(guessed) if guessed else 1.0
    recall = hits / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(guessed), len(expected))


@dataclass(frozen=True)
class Record:
    """A corpus page after extraction, with its ground truth."""

    page: CorpusPage
    article: Article


def extract_all(pages: Iterable[CorpusPage]) -> tuple[list[Record], float]:
    """Every page through ``dateline.extract``; the records and the seconds it took."""
    start = time.perf_counter()
    records = [Record(p, dateline.extract(p.html, p.url)) for p in pages]
    return records, time.perf_counter() - start


def duplicate_groups(
    records: list[Record],
    index: DuplicateIndex,
    sign: Callable[[str], np.ndarray] = minhash.signature,
) -> dict[int, int]:
    """Each page's wire-copy group as the index links them: the id of its earliest copy."""
    for record in records:
        sig = sign(record.article.text)
        index.add(record.page.page_id, record.article.text, record.article.published, sig)
    groups = {}
    for record in records:
        match = index.match(record.page.page_id)
        groups[record.page.page_id] = match.duplicate_of if match else record.page.page_id
    return groups


def earliest_chosen(records: list[Record], groups: dict[int, int]) -> float:
    """Share of linked pages whose link is the earliest published page of their true group."""
    earliest: dict[int, CorpusPage] = {}
    for record in records:
        page = record.page
        best = earliest.get(page.wire_group)
        if best is None or page.published < best.published:
            earliest[page.wire_group] = page
    linked = [r.page for r in records if groups[r.page.page_id] != r.page.page_id]
    right = sum(groups[p.page_id] == earliest[p.wire_group].page_id for p in linked)
    return right / len(linked) if linked else 1.0


def story_groups(
    records: list[Record], grouper: StoryGrouper, make_features: Callable[[Article], bytes]
) -> dict[int, int]:
    """Each page's story id as the grouper assigns them in arrival order."""
    return {
        r.page.page_id: grouper.add(r.page.page_id, r.article, make_features(r.article))
        for r in records
    }


def exact_overlap(records: list[Record]) -> dict[str, list[tuple[float, float]]]:
    """Exact (Jaccard, containment) of 5-word shingle sets for every pair of one story, split
    into copies of one report and distinct reports, and for pairs of same-topic stories."""
    sets = {r.page.page_id: set(shingle_hashes(r.article.text).tolist()) for r in records}
    kinds: dict[str, list[tuple[float, float]]] = {"copies": [], "reports": [], "topic": []}
    stories_per_topic = 3
    for a, b in combinations(records, 2):
        same_topic = a.page.story // stories_per_topic == b.page.story // stories_per_topic
        if a.page.wire_group == b.page.wire_group:
            kind = "copies"
        elif a.page.story == b.page.story:
            kind = "reports"
        elif same_topic:
            kind = "topic"
        else:
            continue
        left, right = sets[a.page.page_id], sets[b.page.page_id]
        shared = len(left & right)
        kinds[kind].append((shared / len(left | right), shared / min(len(left), len(right))))
    return kinds


def _quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    pick = [ordered[0], ordered[len(ordered) // 20], statistics.median(ordered)]
    pick += [ordered[len(ordered) * 19 // 20], ordered[-1]]
    return " / ".join(f"{v:.2f}" for v in pick)


def datasketch_signature(text: str) -> object:
    """The datasketch MinHash of the same shingles, for the timing comparison."""
    from datasketch import MinHash

    sketch = MinHash(num_perm=minhash.NUM_PERM, seed=minhash.SEED % 2**32)
    sketch.update_batch([h.to_bytes(8, "little") for h in shingle_hashes(text).tolist()])
    return sketch


def time_per_call(function: Callable[[str], object], texts: list[str]) -> float:
    """Milliseconds per call of ``function`` over ``texts`` (best of three passes)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - start)
    return best / len(texts) * 1000


def scaled(records: list[Record], copies: int) -> list[Record]:
    """``copies`` shifted replicas of the corpus, 60 days apart, with fresh ids: a corpus of
    realistic size for timing without extracting thousands more pages."""
    out = []
    for copy in range(copies):
        shift = timedelta(days=60 * copy)
        for record in records:
            moment = datetime.fromisoformat(record.article.published or "2025-01-01")
            article = replace(record.article, published=(moment + shift).isoformat())
            page = replace(record.page, page_id=copy * len(records) + record.page.page_id)
            out.append(Record(page, article))
    return out


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``work()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def fill_index(records: list[Record]) -> DuplicateIndex:
    """A duplicate index with every record added (texts hashed)."""
    index = DuplicateIndex()
    for record in records:
        index.add(record.page.page_id, record.article.text, record.article.published)
    return index


def fill_grouper(records: list[Record]) -> StoryGrouper:
    """A story grouper with every record added (features computed)."""
    grouper = StoryGrouper()
    for record in records:
        grouper.add(record.page.page_id, record.article)
    return grouper


def _row(name: str, scores: Scores, extra: str = "") -> str:
    return (
        f"| {name} | {scores.precision:.3f} | {scores.recall:.3f} | {scores.f1:.3f} | "
        f"{scores.predicted_pairs} | {extra} |"
    )


def run(seed: int, scale_articles: int, held_out_seed: int) -> str:
    """Every measurement; returns the Markdown section."""
    corpus = generate(seed)
    records, extract_seconds = extract_all(corpus.pages)
    print(f"{len(records)} pages extracted in {extract_seconds:.1f} s", file=sys.stderr)
    wire_truth = {r.page.page_id: r.page.wire_group for r in records}
    story_truth = {r.page.page_id: r.page.story for r in records}
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()} / Python "
        f"{platform.python_version()}: `python -m benchmarks.archive_quality` (seed {seed}).",
        "",
        f"Corpus: {len(records)} invented pages in {corpus.stories()} stories (7 topics × 3 "
        f"stories: three floods, three elections, …, two of each topic in the same days), "
        f"{len(set(wire_truth.values()))} wire reports; each republished by 2–4 of 5 outlets "
        "in their own page template with trimmed or added paragraphs, regional intros, changed "
        "headlines and datelines, plus outlets' own reports. Pages go through "
        "`dateline.extract`; records are fed in shuffled arrival order.",
        "",
        "### Near-duplicates (pairs of copies of one wire report)",
        "",
        "| rule | precision | recall | F1 | predicted pairs | earliest copy chosen |",
        "|---|---|---|---|---|---|",
    ]
    rules = [
        ("**containment ≥ 0.7 and Jaccard ≥ 0.2, 5-word shingles (chosen)**", {}, 5),
        ("Jaccard ≥ 0.5 only", {"min_containment": 0.0, "min_jaccard": 0.5}, 5),
        ("Jaccard ≥ 0.3 only", {"min_containment": 0.0, "min_jaccard": 0.3}, 5),
        ("containment ≥ 0.5 only", {"min_containment": 0.5, "min_jaccard": 0.0}, 5),
        ("containment ≥ 0.9 and Jaccard ≥ 0.2", {"min_containment": 0.9}, 5),
        ("chosen rule, 3-word shingles", {}, 3),
        ("chosen rule, 8-word shingles", {}, 8),
        ("chosen rule, LSH bands of 4 rows", {"band_rows": 4}, 5),
    ]
    chosen_dup: Scores | None = None
    for name, options, words in rules:

        def sign(text: str, words: int = words) -> np.ndarray:
            return minhash.signature(text, words)

        groups = duplicate_groups(records, DuplicateIndex(**options), sign)
        scores = pairwise(groups, wire_truth)
        chosen_dup = chosen_dup or scores
        lines.append(_row(name, scores, f"{earliest_chosen(records, groups):.3f}"))
    overlap = exact_overlap(records)
    lines += [
        "",
        "Exact overlap of 5-word shingle sets (min / 5th pct / median / 95th pct / max) — what "
        "the thresholds separate:",
        "",
        "| pairs | count | Jaccard | containment |",
        "|---|---|---|---|",
    ]
    labels = {
        "copies": "copies of one wire report",
        "reports": "distinct reports of one story",
        "topic": "reports of two stories of one topic",
    }
    for kind, pairs in overlap.items():
        jaccards, contained = [p[0] for p in pairs], [p[1] for p in pairs]
        lines.append(
            f"| {labels[kind]} | {len(pairs)} | {_quantiles(jaccards)} | {_quantiles(contained)} |"
        )
    lines += [
        "",
        "### Stories (pairs of pages about one event)",
        "",
        "| rule | precision | recall | F1 | predicted pairs | stories formed |",
        "|---|---|---|---|---|---|",
    ]
    story_rules: list[tuple[str, dict[str, float], Callable[[Article], bytes]]] = [
        ("**words cosine ≥ 0.2, names share ≥ 0.2, 7-day window (chosen)**", {}, stories.features),
        ("names ignored (words cosine ≥ 0.2 only)", {"join_names": 0.0}, stories.features),
        ("words cosine ≥ 0.1, names share ≥ 0.2", {"join_words": 0.1}, stories.features),
        ("words cosine ≥ 0.2, names share ≥ 0.3", {"join_names": 0.3}, stories.features),
        ("whole body instead of the lead", {}, lambda a: stories.features(a, lead_words=10**6)),
        ("5-day window", {"window_days": 5}, stories.features),
        ("no time window", {"window_days": 10**6}, stories.features),
    ]
    chosen_story: Scores | None = None
    for name, options, make in story_rules:
        groups = story_groups(records, StoryGrouper(**options), make)
        scores = pairwise(groups, story_truth)
        chosen_story = chosen_story or scores
        lines.append(_row(name, scores, str(len(set(groups.values())))))
    # The chosen rule with the pages in publication order, oldest or newest first (as a
    # sitemap or feed lists them), rather than shuffled: a same-topic story that starts first
    # takes the other's pages more easily then.
    publication_orders = (
        ("chosen rule, pages oldest first", False),
        ("chosen rule, pages newest first", True),
    )
    for name, newest in publication_orders:
        ordered = sorted(records, key=lambda r: r.page.published, reverse=newest)
        groups = story_groups(ordered, StoryGrouper(), stories.features)
        lines.append(_row(name, pairwise(groups, story_truth), str(len(set(groups.values())))))
    texts = [r.article.text for r in records]
    numpy_ms = time_per_call(minhash.signature, texts)
    try:
        sketch = f"datasketch 2.0 {time_per_call(datasketch_signature, texts):.2f} ms"
    except ImportError:
        sketch = "datasketch not installed (pip install -e '.[bench]')"
    words = statistics.mean(len(t.split()) for t in texts)
    big = scaled(records, -(-scale_articles // len(records)))
    index_seconds = timed(lambda: fill_index(big))
    group_seconds = timed(lambda: fill_grouper(big))
    lines += [
        "",
        "### Timing",
        "",
        f"- Extraction: {extract_seconds / len(records) * 1000:.1f} ms/page.",
        f"- MinHash signature ({minhash.NUM_PERM} hash functions, texts of {words:.0f} words "
        f"on average): numpy {numpy_ms:.2f} ms, {sketch} over the same "
        "shingles (numpy kept: faster and no extra dependency for the archive).",
        f"- {len(big):,} articles (the corpus replicated, 60 days apart; the replicas' texts are "
        "identical, so each LSH lookup also finds every earlier replica, a pessimistic case): "
        f"duplicate index {index_seconds[0]:.1f} s wall / {index_seconds[1]:.1f} s CPU "
        f"including hashing; story grouping {group_seconds[0]:.1f} s wall / "
        f"{group_seconds[1]:.1f} s CPU including features (one process; CPU time is the "
        "figure to trust when other jobs share the machine).",
    ]
    assert chosen_dup and chosen_story
    held_out, _ = extract_all(generate(held_out_seed).pages)
    held_dup = pairwise(
        duplicate_groups(held_out, DuplicateIndex()),
        {r.page.page_id: r.page.wire_group for r in held_out},
    )
    held_story = pairwise(
        story_groups(held_out, StoryGrouper(), stories.features),
        {r.page.page_id: r.page.story for r in held_out},
    )
    lines += [
        "",
        f"Floors (issue 4): near-duplicate F1 ≥ 0.95 — **{chosen_dup.f1:.3f}**; story pairwise "
        f"F1 ≥ 0.85 — **{chosen_story.f1:.3f}**. The story thresholds were chosen on seeds "
        f"2025, 5, 7 and 99; on seed {held_out_seed}, not used for any choice "
        f"({len(held_out)} pages): near-duplicate F1 {held_dup.f1:.3f} (P {held_dup.precision:.3f}"
        f" / R {held_dup.recall:.3f}), story F1 {held_story.f1:.3f} (P "
        f"{held_story.precision:.3f} / R {held_story.recall:.3f}).",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2025, help="corpus seed (default 2025)")
    parser.add_argument("--scale", type=int, default=10_000, help="articles for the timing run")
    parser.add_argument("--held-out", type=int, default=11, help="seed of the held-out check")
    parser.add_argument("--no-results", action="store_true", help="print only")
    args = parser.parse_args(argv)
    section = run(args.seed, args.scale, args.held_out)
    print(section)
    if not args.no_results:
        write_results_section(SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
