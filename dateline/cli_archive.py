"""The archive commands of ``dateline``: ``ingest`` pages into SQLite, ``search`` and ``export``.

Exit status as for ``extract``: 0 when all went well, 1 when a page failed or an archive or
query was refused (one ``dateline: <what>: <reason>`` line each on stderr), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import stat
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from typing import TextIO

from dateline.archive.errors import ArchiveError
from dateline.archive.export import (
    EXPORT_FORMATS,
    export_records,
    write_csv,
    write_jsonl,
    write_parquet,
)
from dateline.archive.ingest import IngestReport, default_workers, ingest, known_validators
from dateline.archive.parquet import LoadedRecord, is_parquet_source, iter_parquet
from dateline.archive.search import PAGE_TYPES, Filters, Hit, SearchResult, search
from dateline.archive.store import DEFAULT_DB, open_archive
from dateline.cli_progress import LOG_EVERY, REDRAW_SECONDS
from dateline.cli_types import date_argument, non_negative_float, positive_float, positive_int
from dateline.sources.discover import Validators, iter_sources
from dateline.sources.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from dateline.sources.polite import DEFAULT_DELAY, PoliteFetcher
from dateline.sources.raw import EmptySource, RawPage, Skipped, SourceError

#: Failures listed one by one at the end of an ingest; the rest are counted (all are stored).
FAILURES_LISTED = 20


def add_archive_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``ingest``, ``search`` and ``export`` on the ``dateline`` parser."""
    ing = commands.add_parser(
        "ingest",
        help="extract pages into a SQLite archive",
        description="Extract every page of the sources and store the records in a SQLite "
        "archive: files, folders (walked), URLs, sitemaps, feeds, WARC files; the Parquet "
        "output of `dateline spark` (a .parquet file or the job's output folder) is stored "
        "as it is, without extracting again. Pages already stored are skipped, changed pages "
        "become new versions; rerun to complete a run that was interrupted.",
    )
    ing.add_argument(
        "sources",
        nargs="+",
        type=_ingest_source,
        metavar="SOURCE",
        help="a file, folder, URL, WARC or Parquet (not - : standard input is no source)",
    )
    _db_argument(ing)
    ing.add_argument("--facts", action="store_true", help="also find facts (needs spaCy)")
    ing.add_argument(
        "--workers",
        type=positive_int,
        default=default_workers(),
        help="extraction processes (default: one per core)",
    )
    ing.add_argument(
        "--delay",
        type=non_negative_float,
        default=DEFAULT_DELAY,
        help=f"seconds between requests to one host, unless robots.txt asks for more "
        f"(default: {DEFAULT_DELAY:g})",
    )
    ing.add_argument(
        "--timeout",
        type=positive_float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds allowed per fetch (default: {DEFAULT_TIMEOUT:g})",
    )
    ing.add_argument(
        "--max-bytes",
        type=positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest page fetched (default: {DEFAULT_MAX_BYTES:,})",
    )
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    ing.set_defaults(run=run_ingest)

    find = commands.add_parser(
        "search",
        help="full-text search in an archive",
        description="Search titles, deks and bodies of the latest version of each article. "
        'QUERY is FTS5 syntax (words, "phrases", AND/OR/NOT, title:word, prefix*); a query '
        "that is not valid syntax is searched as plain words.",
    )
    find.add_argument("query", metavar="QUERY")
    _db_argument(find)
    _filter_arguments(find)
    find.add_argument("--format", choices=("table", "json"), default="table")
    find.add_argument("--limit", type=positive_int, default=20, help="results (default: 20)")
    find.add_argument(
        "--collapse-copies",
        action="store_true",
        help="one hit per wire story that many outlets carry: its best-ranked copy, with the "
        "number of other matching copies",
    )
    find.set_defaults(run=run_search)

    out = commands.add_parser(
        "export",
        help="write an archive's records as JSON Lines, CSV or Parquet",
        description="Write the latest version of every article (or of those matching --query) "
        "in the public record schema, each with its archive id, duplicate_of, similarity and "
        "story.",
    )
    _db_argument(out)
    out.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    out.add_argument("--query", help="only articles matching this search query")
    _filter_arguments(out)
    out.add_argument("--output", metavar="PATH", help="file to write (default: stdout)")
    out.set_defaults(run=run_export)


def _ingest_source(value: str) -> str:
    """A SOURCE of ``ingest``; ``-`` is refused: the archive knows a page by the file or URL
    it came from, and every page read from standard input would be one source's versions."""
    if value == "-":
        raise argparse.ArgumentTypeError(
            "'-': standard input is not a source for ingest (the archive keeps each page under "
            "its file or URL); save the page to a file and ingest that, name a file called - "
            "as ./-, or use 'dateline extract -' for a record without the archive"
        )
    return value


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The archive filters that ``search`` and ``export`` share."""
    parser.add_argument("--site", help="site name or host (example.com matches its subdomains)")
    parser.add_argument(
        "--since", type=date_argument, help="published on or after this date (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until", type=date_argument, help="published on or before this date (YYYY-MM-DD)"
    )
    parser.add_argument("--person", help="an author or a person named in the facts (or part)")
    parser.add_argument(
        "--type",
        dest="page_type",
        choices=PAGE_TYPES,
        help="only this page type: article, listing (section fronts, tag pages) or other "
        "(default: any)",
    )


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        site=args.site,
        since=args.since,
        until=args.until,
        person=args.person,
        page_type=args.page_type,
    )


def run_ingest(args: argparse.Namespace) -> int:
    """``dateline ingest``: store every source's pages; failures are listed at the end."""
    from dateline.records import to_article  # the CLI's own HTML-or-text choice, not a copy

    if args.facts:
        try:
            from dateline.facts import analyze  # noqa: F401  (checked here, used by workers)
        except ImportError as err:
            print(f"dateline: --facts: facts are not available ({err})", file=sys.stderr)
            return 1
    try:
        conn = open_archive(args.db)
    except ArchiveError as err:
        print(f"dateline: {err}", file=sys.stderr)
        return 1
    progress = IngestProgress(sys.stderr, quiet=args.quiet)
    fetcher = PoliteFetcher(delay=args.delay, timeout=args.timeout, max_bytes=args.max_bytes)
    stored = known_validators(conn, facts=args.facts)
    empty: list[str] = []
    try:
        report = ingest(
            conn,
            _ingest_sources(args.sources, fetcher, stored.get, empty),
            to_record=functools.partial(to_article, input_kind="auto", url=None),
            workers=args.workers,
            facts=args.facts,
            label=" ".join(args.sources),
            progress=progress,
        )
    finally:
        conn.close()
    progress.finish(report, not_modified=fetcher.not_modified, empty=empty)
    return 1 if report.failures or empty else 0


def _ingest_sources(
    specs: list[str], fetcher: PoliteFetcher, validators: Validators, empty: list[str]
) -> Iterator[RawPage | SourceError | Skipped | LoadedRecord]:
    """What each SOURCE holds, in order: Parquet records as they are, pages from the rest; a
    source holding no page at all (``EmptySource``: a folder without page files) is added to
    ``empty`` instead of counting as a failed page."""
    pages: list[str] = []
    for spec in specs:
        if not is_parquet_source(spec):
            pages.append(spec)
            continue
        yield from _held_pages(pages, fetcher, validators, empty)
        pages = []
        yield from iter_parquet(spec)
    yield from _held_pages(pages, fetcher, validators, empty)


def _held_pages(
    specs: list[str], fetcher: PoliteFetcher, validators: Validators, empty: list[str]
) -> Iterator[RawPage | SourceError | Skipped]:
    """``iter_sources`` of ``specs``, each ``EmptySource`` added to ``empty`` instead."""
    for item in iter_sources(specs, fetcher, validators=validators):
        if isinstance(item, EmptySource):
            empty.append(str(item))
        else:
            yield item


def run_search(args: argparse.Namespace) -> int:
    """``dateline search``: ranked hits with snippets, as a table or JSON."""
    try:
        conn = open_archive(args.db, create=False)
        try:
            result = search(
                conn,
                args.query,
                _filters(args),
                args.limit,
                collapse_copies=args.collapse_copies,
                count=True,
            )
        finally:
            conn.close()
    except ArchiveError as err:
        print(f"dateline: {err}", file=sys.stderr)
        return 1
    if result.plain_words:
        _say_plain_words(args.query, result.query)
    if args.format == "json":
        # The output stays the documented array of hits; how many matched goes to stderr.
        hits = [asdict(hit) for hit in result.hits]
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        if len(result.hits) < (result.total or 0):
            print(f"dateline: {shown_of(result)}", file=sys.stderr)
    else:
        print(render_hits(result.hits), end="")
        if result.hits:
            print(shown_of(result))
    return 0


def shown_of(result: SearchResult) -> str:
    """How many hits are shown of how many matched: "20 of 143 matches shown (--limit N for
    more)", or "3 matches" when all are shown."""
    total = result.total if result.total is not None else len(result.hits)
    noun = "match" if total == 1 else "matches"
    if len(result.hits) >= total:
        return f"{total} {noun}"
    return f"{len(result.hits)} of {total} {noun} shown (--limit N for more)"


def render_hits(hits: list[Hit]) -> str:
    """Hits as numbered plain-text entries: title, where and when, address, snippet."""
    if not hits:
        return "no matching articles\n"
    lines = []
    for rank, hit in enumerate(hits, 1):
        copies = f"and {hit.copies} other cop{'y' if hit.copies == 1 else 'ies'}"
        where = ", ".join(
            filter(
                None, [hit.site_name, (hit.published or "")[:10], copies if hit.copies else None]
            )
        )
        lines.append(f"{rank:>3}. {hit.title or '(untitled)'}  [id {hit.id}]")
        if where:
            lines.append(f"     {where}")
        if hit.url:
            lines.append(f"     {hit.url}")
        lines.append(f"     {' '.join(hit.snippet.split())}")
        lines.append("")
    return "\n".join(lines)


def run_export(args: argparse.Namespace) -> int:
    """``dateline export``: the latest records with their archive links, to a file or stdout."""
    if args.format == "parquet" and not args.output:
        print("dateline: export: Parquet is binary; name a file with --output", file=sys.stderr)
        return 2
    # Written beside the file first and moved over it whole: a failed export (a query with
    # no words, a full disk) leaves the file that was there as it was. A device or a named
    # pipe (/dev/stdout, a fifo) is written directly: moving a file over it would replace it.
    partial = f"{args.output}.partial-{os.getpid()}" if _regular_output(args.output) else None
    try:
        conn = open_archive(args.db, create=False)
        try:
            records = export_records(
                conn, args.query, functools.partial(_say_plain_words, args.query), _filters(args)
            )
            target = partial or args.output
            if args.format == "parquet":
                count = write_parquet(records, target)
            else:
                write = write_jsonl if args.format == "jsonl" else write_csv
                with _text_output(target) as stream:
                    count = write(records, stream)
        finally:
            conn.close()
        if partial is not None:
            os.replace(partial, args.output)
    except ArchiveError as err:
        print(f"dateline: {_as_output(str(err), partial, args.output)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise  # the reader went away: ``main`` stops quietly
    except OSError as err:
        reason = _as_output(err.strerror or str(err), partial, args.output)
        print(f"dateline: {args.output or 'output'}: {reason}", file=sys.stderr)
        return 1
    finally:
        if partial is not None and os.path.exists(partial):
            os.unlink(partial)
    print(f"dateline: exported {count} records", file=sys.stderr)
    return 0


def _as_output(message: str, partial: str | None, output: str | None) -> str:
    """``message`` naming the user's ``output`` where it names the ``partial`` file written
    first (pyarrow's errors name the file it opened: 'Failed to open local file …')."""
    if partial is None or output is None:
        return message
    return message.replace(partial, output)


def _say_plain_words(query: str, plain: str) -> None:
    """Tell the user that FTS5 refused ``query`` and which plain words were searched."""
    print(
        f"dateline: {query!r} is not FTS5 query syntax; searched as plain words: {plain}",
        file=sys.stderr,
    )


def _regular_output(path: str | None) -> bool:
    """Whether ``path`` names a regular file, or nothing yet (a file to be made)."""
    if not path:
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # not there yet, or not reachable (which the write then reports)
        return True


@contextlib.contextmanager
def _text_output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        yield stream


class IngestProgress:
    """Pages done and pages per second on stderr while an ingest runs, a summary at the end."""

    def __init__(self, stream: TextIO, *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self.tty = stream.isatty()
        self.drawn_at = 0.0
        self.shown = False

    def __call__(self, report: IngestReport) -> None:
        if self.quiet:
            return
        if self.tty:
            now = time.monotonic()
            if now - self.drawn_at >= REDRAW_SECONDS:
                self.drawn_at = now
                self.stream.write(f"\r\x1b[K{_status(report)}")
                self.stream.flush()
                self.shown = True
        elif report.pages % LOG_EVERY == 0:
            print(_status(report), file=self.stream, flush=True)

    def finish(
        self, report: IngestReport, *, not_modified: int, empty: list[str] | None = None
    ) -> None:
        """Each folder that held no page (``empty``), each sitemap, feed or WARC file that
        failed as a whole and each host whose robots.txt was unreachable, once with the pages
        it held back (``report.source_failures``: all, as each may hide many pages),
        each other failure (the first ``FAILURES_LISTED``), then the summary line with the
        pages that servers said were not modified since the last run; when no source held a
        page, a line saying so instead."""
        if self.shown:
            self.stream.write("\r\x1b[K")
        for reason in empty or []:
            print(f"dateline: {reason}", file=self.stream)
        for source, error in report.source_failures:
            print(f"dateline: {source}: {error}", file=self.stream)
        pages = report.page_failures
        for source, error in pages[:FAILURES_LISTED]:
            print(f"dateline: {source}: {error}", file=self.stream)
        more = len(pages) - FAILURES_LISTED
        if more > 0:
            print(
                f"dateline: … and {more} more failures "
                f"(SELECT source, error FROM failures WHERE run_id = {report.run_id})",
                file=self.stream,
            )
        if empty and report.pages == 0 and not report.skipped:
            print("dateline: nothing ingested: the sources hold no pages", file=self.stream)
        elif not self.quiet:
            unchanged = f", {not_modified} not modified" if not_modified else ""
            print(_status(report) + unchanged, file=self.stream, flush=True)


def _status(report: IngestReport) -> str:
    return (
        f"dateline: {report.pages} page{'' if report.pages == 1 else 's'}: "
        f"{report.stored} new, {report.versions} changed, "
        f"{report.unchanged} unchanged, "
        + (f"{report.analysed} given facts, " if report.analysed else "")
        + f"{len(report.failures)} failed, "
        + (f"{report.skipped} skipped (not pages), " if report.skipped else "")
        + f"{report.pages_per_second:.1f} pages/s"
    )


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="PATH", help=f"the archive (default: ./{DEFAULT_DB})"
    )
