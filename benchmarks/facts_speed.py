"""Facts throughput: articles per second per core for the whole ``analyze``, stage by stage, on
generated 600-word articles; and the date rules against dateparser on the annotated fixtures.

    python -m benchmarks.facts_speed              # 60 articles, writes section "facts-speed"
    python -m benchmarks.facts_speed --articles 10 --no-results

Articles are built from the paragraphs of ``tests/fixtures/facts/*.json`` (invented news),
shuffled with a fixed seed and cut at 600 words, so every run times the same text. Times are
CPU seconds of this one process (``time.process_time``), so another job on the other core does
not count against the figure; one spaCy thread is used either way.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks.results_file import write_results_section

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "facts"
#: Article length of the issue's throughput floor (words).
ARTICLE_WORDS = 600
#: The issue's floor: whole analysis, articles per second on one core.
FLOOR_PER_SECOND = 10.0
SEED = 3


def fixture_data() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


def articles(count: int, words: int = ARTICLE_WORDS) -> list[str]:
    """``count`` articles of about ``words`` words from shuffled fixture paragraphs."""
    paragraphs = [p for data in fixture_data() for p in data["text"].split("\n\n")]
    rng = random.Random(SEED)
    out = []
    for _ in range(count):
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(rng.choice(paragraphs))
        out.append("\n\n".join(chosen))
    return out


def time_stages(texts: list[str]) -> dict[str, float]:
    """CPU seconds spent in each stage of ``analyze`` over ``texts``."""
    from dateline.facts.analyze import parse
    from dateline.facts.claims import find_claims
    from dateline.facts.dates import find_dates
    from dateline.facts.entities import find_entities
    from dateline.facts.nlp import english_pipeline, release_tokens, share_tokens
    from dateline.facts.people import find_people
    from dateline.facts.quotes import find_quotes

    nlp = english_pipeline()
    parse(nlp, texts[0])  # warm-up: first calls allocate
    seconds = dict.fromkeys(
        ("spaCy pipeline", "token list", "people", "quotes", "entities", "claims", "dates"), 0.0
    )

    def timed(stage: str, call: Callable[[], Any]) -> Any:
        start = time.process_time()
        result = call()
        seconds[stage] += time.process_time() - start
        return result

    for text in texts:
        doc = timed("spaCy pipeline", lambda t=text: parse(nlp, t))
        timed("token list", lambda d=doc, t=text: share_tokens(d, t))  # as ``analyze`` does
        people = timed("people", lambda d=doc: find_people(d))
        quotes = timed("quotes", lambda d=doc, p=people: find_quotes(d, p))
        names = [person.name for person in people.people]
        orgs, _ = timed("entities", lambda d=doc, n=names: find_entities(d, n))
        timed(
            "claims",
            lambda d=doc, p=people, o=orgs, q=quotes: find_claims(d, p, organizations=o, quotes=q),
        )
        timed("dates", lambda t=text: find_dates(t, "2024-03-05"))
        release_tokens(doc)
    return seconds


def compare_dates() -> dict[str, tuple[int, int, float]]:
    """Per resolver: (expressions resolved right, expressions, ms per fixture article)."""
    from dateline.facts.dates import find_dates

    gold = [(data, d) for data in fixture_data() for d in data.get("dates", [])]
    texts = [(data["text"], data["published"]) for data in fixture_data() if "dates" in data]
    results: dict[str, tuple[int, int, float]] = {}
    ours = {(d.text, d.resolved) for text, published in texts for d in find_dates(text, published)}
    right = sum((g["text"], g["resolved"]) in ours for _, g in gold)
    start = time.process_time()
    for text, published in texts:
        find_dates(text, published)
    results["dateline rules (find_dates)"] = (right, len(gold), _ms(start, len(texts)))
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        return results
    right = 0
    for data, g in gold:
        base = datetime.combine(date.fromisoformat(data["published"][:10]), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        parsed = dateparser.parse(g["text"], languages=["en"], settings=settings)
        right += (
            parsed is not None and g["resolved"] is not None and _same(parsed.date(), g["resolved"])
        )
    start = time.process_time()
    for text, published in texts:
        base = datetime.combine(date.fromisoformat(published[:10]), datetime.min.time())
        search_dates(
            text, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        )
    results["dateparser 1.5 (parse on the gold expression; search_dates timed)"] = (
        right,
        len(gold),
        _ms(start, len(texts)),
    )
    return results


def _same(found: date, resolved: str) -> bool:
    """Does ``found`` fall in the ISO day, week, month or year ``resolved``?"""
    if "-W" in resolved:
        year, week = resolved.split("-W")
        return found.isocalendar()[:2] == (int(year), int(week))
    return found.isoformat().startswith(resolved)


def _ms(start: float, count: int) -> float:
    return (time.process_time() - start) * 1000 / max(count, 1)


def render(
    stages: dict[str, float],
    count: int,
    words: int,
    dates: dict[str, tuple[int, int, float]],
    command: str,
) -> str:
    total = sum(stages.values())
    per_second = count / total if total else 0.0
    lines = [
        "## Facts: throughput per core",
        "",
        f"`{command}` on {time.strftime('%Y-%m-%d')}, {platform.machine()}, Python "
        f"{platform.python_version()}; CPU time of one process; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other jobs slow the caches and "
        "memory this process shares with them, so a busy machine gives lower figures).",
        "",
        f"{count} generated articles of ~{ARTICLE_WORDS} words ({words:,} words in all): "
        f"**{per_second:.1f} articles/s** per core for the whole `analyze` "
        f"({words / total:,.0f} words/s; floor {FLOOR_PER_SECOND:g} articles/s).",
        "",
        "| stage | ms per article | share |",
        "|---|---|---|",
    ]
    for stage, seconds in stages.items():
        lines.append(f"| {stage} | {seconds * 1000 / count:.1f} | {seconds / total:.0%} |")
    lines += [
        "",
        "Dates on the annotated fixtures (`tests/fixtures/facts/*.json`):",
        "",
        "| resolver | right | ms per article |",
        "|---|---|---|",
    ]
    for name, (right, gold, ms) in dates.items():
        lines.append(f"| {name} | {right}/{gold} | {ms:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Time the facts, print the table, and write section ``facts-speed`` of RESULTS.md."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.facts_speed", description=__doc__)
    parser.add_argument("--articles", type=int, default=60, help="articles to time (default 60)")
    parser.add_argument("--no-results", action="store_true", help="print only")
    args = parser.parse_args(argv)
    texts = articles(args.articles)
    print(f"timing {len(texts)} articles ...", file=sys.stderr)
    stages = time_stages(texts)
    dates = compare_dates()
    command = "python -m benchmarks.facts_speed" + (
        f" --articles {args.articles}" if args.articles != 60 else ""
    )
    markdown = render(stages, len(texts), sum(len(t.split()) for t in texts), dates, command)
    print(markdown)
    if not args.no_results:
        write_results_section("facts-speed", markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
