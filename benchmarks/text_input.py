"""Plain-text input: the extraction benchmarks' pages flattened to text, through ``extract_text``.

Common Crawl WET records and other crawls keep a page's visible text, one block per line, menus
and footers included. No public benchmark ships such text with ground truth, so this one makes
it: each page of ``../shared/bench`` is flattened whole (no main-content selection, no list
bullets, no alt texts) by resiliparse's ``extract_plain_text``, then ``dateline.extract_text``
must find the article in it. The body is scored with each dataset's own metric, as in
``benchmarks.extraction``, and beside it the score of keeping every line (the flattened page
itself), which is what a crawl user has without dateline. Title, authors and date are scored on
WCXB article pages with the extraction benchmark's rules.

python -m benchmarks.text_input [--no-results] [--limit N]
"""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from benchmarks.datasets import Page, available, load
from benchmarks.metadata_match import authors_match, date_matches, title_matches
from benchmarks.metrics import (
    Summary,
    shingle_score,
    summarise_shingles,
    summarise_words,
    word_score,
)
from benchmarks.results_file import write_results_section


def flatten(html: str) -> str:
    """The page's visible text, one block per line, as a crawl's text record holds it."""
    from resiliparse.extract.html2text import extract_plain_text

    text = extract_plain_text(
        html, main_content=False, alt_texts=False, list_bullets=False, links=False
    )
    return "\n".join(line.strip() for line in text.splitlines())


@dataclass(frozen=True, slots=True)
class Scored:
    """One page's flattened text and what dateline made of it."""

    page: Page
    flat: str
    text: str
    title: str | None
    authors: list[str]
    published: str | None


def run(pages: list[Page]) -> list[Scored]:
    """Flatten every page and extract it as plain text."""
    import dateline

    scored = []
    for number, page in enumerate(pages, 1):
        flat = flatten(page.html)
        try:
            article = dateline.extract_text(flat, url=page.url)
        except dateline.InputError:  # nothing visible: a page its scripts fill in
            scored.append(Scored(page, flat, "", None, [], None))
        else:
            scored.append(
                Scored(page, flat, article.text, article.title, article.authors, article.published)
            )
        if number % 200 == 0:
            print(f"text_input: {number}/{len(pages)} pages", file=sys.stderr)
    return scored


def _summary(items: list[Scored], text: Callable[[Scored], str]) -> Summary:
    if items[0].page.dataset == "scrapinghub":
        return summarise_shingles([shingle_score(text(s), s.page.truth) for s in items])
    return summarise_words([word_score(text(s), s.page.truth) for s in items])


def _accuracy(items: list[Scored], check: Callable[[Scored], bool | None]) -> str:
    results = [r for r in (check(s) for s in items) if r is not None]
    return f"{sum(results) / len(results):.3f} ({len(results)})" if results else "—"


def _title(s: Scored) -> bool | None:
    return title_matches(s.title, s.page.title) if s.page.title else None


def _authors(s: Scored) -> bool | None:
    return authors_match(s.authors, s.page.author) if s.page.author else None


def _published(s: Scored) -> bool | None:
    return date_matches(s.published, s.page.published) if s.page.published else None


def report(scored: list[Scored]) -> str:
    """The section for RESULTS.md."""
    articles = [s for s in scored if s.page.dataset == "wcxb" and s.page.page_type == "article"]
    slices = [
        ("scrapinghub", [s for s in scored if s.page.dataset == "scrapinghub"]),
        ("wcxb dev, all", [s for s in scored if s.page.dataset == "wcxb"]),
        ("wcxb dev, articles", articles),
    ]
    rows = []
    for name, items in slices:
        if not items:
            continue
        ours = _summary(items, lambda s: s.text)
        whole = _summary(items, lambda s: s.flat)
        rows.append(
            f"| {name} | {len(items)} | **{ours.f1:.3f}** | {ours.precision:.3f} | "
            f"{ours.recall:.3f} | {whole.f1:.3f} | {whole.precision:.3f} |"
        )
    return "\n".join(
        [
            f"## Plain-text input — {date.today().isoformat()}",
            "",
            f"`python -m benchmarks.text_input` on {platform.machine()}, Python "
            f"{platform.python_version()}: every benchmark page flattened whole to text (one "
            "block per line, menus and footers kept, as in a crawl's WET record) by resiliparse, "
            'then `dateline.extract_text`. "Whole page" scores the flattened text itself.',
            "",
            "| dataset | pages | F1 | precision | recall | whole page F1 | whole page precision |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
            *rows,
            "",
            "Metadata on WCXB dev article pages (accuracy, pages with the field):",
            "",
            "| title | authors | date |",
            "| --- | --- | --- |",
            f"| {_accuracy(articles, _title)} | {_accuracy(articles, _authors)} "
            f"| {_accuracy(articles, _published)} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.text_input", description=__doc__)
    parser.add_argument("--no-results", action="store_true", help="print only")
    parser.add_argument("--limit", type=int, help="first N pages of each dataset (no RESULTS.md)")
    args = parser.parse_args(argv)
    if not available():
        print("text_input: ../shared/bench not found", file=sys.stderr)
        return 2
    pages = load("scrapinghub", limit=args.limit) + load("wcxb", limit=args.limit)
    text = report(run(pages))
    print(text)
    if not args.no_results and args.limit is None:
        write_results_section("text-input", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
