"""The ``dateline`` command: ``extract`` pages into records and ``demo`` on the shipped samples
here; ``ingest``, ``search`` and ``export`` in ``cli_archive``, ``serve`` and ``digest`` in
``cli_web``, ``spark`` in ``cli_spark``.

Exit status: 0 when every input gave a record, 1 when any failed (each failure is one line
``dateline: <input>: <reason>`` on stderr) or the output could not be written (a full disk,
stdout closed), 2 for a usage error, 130 when interrupted, 141 (128 + SIGPIPE) when the reader
of stdout went away before the output was complete.
"""

from __future__ import annotations

import argparse
import errno
import io
import os
import sqlite3
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TextIO

from dateline import __version__
from dateline.archive.ingest import default_workers
from dateline.archive.store import file_trouble
from dateline.cli_archive import add_archive_commands
from dateline.cli_progress import Progress
from dateline.cli_render import render_markdown, render_summary, render_text
from dateline.cli_spark import add_spark_command
from dateline.cli_types import page_url, positive_float, positive_int
from dateline.cli_web import add_demo_arguments, add_web_commands, demo_archive
from dateline.model import Article
from dateline.records import failure_reason, to_article
from dateline.sources.discover import not_a_page
from dateline.sources.fetch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from dateline.sources.files import (
    PAGE_SUFFIXES,
    page_suffix,
    path_name,
    read_file,
    read_stream,
    walk_folder,
)
from dateline.sources.raw import RawPage, SourceError
from dateline.sources.warc import WARC_SUFFIXES, iter_warc

FORMATS = ("json", "jsonl", "markdown", "text")
#: Pages read and queued for each worker ahead of the record being written: enough to keep
#: every worker busy while the writer waits on the oldest.
PAGES_AHEAD_PER_WORKER = 4
INPUT_KINDS = ("auto", "html", "text")
#: Exit status when stdout's reader closed the pipe early (``| head``): what a shell reports
#: for a tool that SIGPIPE ended (128 + 13), so ``set -o pipefail`` sees the output was cut.
BROKEN_PIPE_STATUS = 141


@dataclass(frozen=True, slots=True)
class Input:
    """One page to read: its name as given (or found in a folder) and how to load it; or, with
    ``warc``, a WARC file whose HTML response records are the pages."""

    name: str
    load: Callable[[], RawPage]
    warc: bool = False


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all commands."""
    parser = argparse.ArgumentParser(
        prog="dateline", description="Raw news pages in, clean structured article records out."
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ext = commands.add_parser(
        "extract",
        help="extract article records from files, folders, URLs or stdin",
        description="Extract one record per page. One input prints pretty JSON; several print "
        "JSON Lines. Folders are walked for .html/.htm/.xhtml/.txt files (and their .gz).",
    )
    ext.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a folder, a URL, or -")
    ext.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: json for one page, jsonl for several)",
    )
    ext.add_argument(
        "--url",
        type=page_url,
        help="the page's http(s) URL, when a single input is a file or stdin",
    )
    ext.add_argument("--explain", action="store_true", help="include the removed page chrome")
    ext.add_argument(
        "--input",
        dest="input_kind",
        choices=INPUT_KINDS,
        default="auto",
        help="read inputs as HTML or as flattened text (default: auto)",
    )
    ext.add_argument(
        "--timeout",
        type=positive_float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds allowed per URL fetch (default: {DEFAULT_TIMEOUT:g})",
    )
    ext.add_argument(
        "--max-bytes",
        type=positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest page fetched from a URL (default: {DEFAULT_MAX_BYTES:,})",
    )
    ext.add_argument(
        "--facts",
        action="store_true",
        help="add people, quotes, claims and dates (needs an English spaCy pipeline)",
    )
    ext.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        help="extraction processes for a batch of pages, records still in input order "
        f"(default: 1; this machine has {default_workers()} cores)",
    )
    ext.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    ext.set_defaults(run=run_extract)

    demo = commands.add_parser(
        "demo",
        help="extract the sample pages shipped with dateline, archive them and serve them",
        description="Summarise each shipped sample page, store them in a new archive and serve "
        "it in the browser (when run in a terminal, or with --serve).",
    )
    add_demo_arguments(demo)
    demo.set_defaults(run=run_demo)
    add_archive_commands(commands)
    add_spark_command(commands)
    add_web_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if sys.stdout is None:  # started with stdout closed (``>&-``): writing it is an error
        sys.stdout = _ClosedOutput()
    if (
        args.command == "extract"
        and args.url
        and (len(args.inputs) > 1 or any(_holds_pages(arg) for arg in args.inputs))
    ):
        parser.error("--url names the page of a single input; give one page with it")
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return 130
    except sqlite3.DatabaseError as err:
        # A damaged archive file or a full disk met mid-command: said, naming the archive.
        trouble = file_trouble(err)
        reason = f"the archive is {trouble} ({err})" if trouble else str(err)
        print(f"dateline: {getattr(args, 'db', None) or 'archive'}: {reason}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other Unix tools do.
        _drop_stdout()
        return BROKEN_PIPE_STATUS
    except OSError as err:
        # What commands read fails as SourceError or ArchiveError: what is left is the output
        # that could not be written (a full disk, a closed stdout). One line, no traceback.
        print(f"dateline: {err.filename or 'output'}: {err.strerror or err}", file=sys.stderr)
        _drop_stdout()
        return 1


class _ClosedOutput(io.TextIOBase):
    """Standard output of a command started with it closed: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit cannot fail again on what is left
    in its buffer."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file behind it (closed, or a test's capture)
        pass


def run_extract(args: argparse.Namespace) -> int:
    """``dateline extract``: one record per input page, failures reported and counted."""
    add_facts = _facts_step() if args.facts else None
    if args.facts and add_facts is None:
        return 1
    inputs, failures = _expand(args.inputs, args.timeout, args.max_bytes)
    # A WARC file holds an unknown number of pages: the progress then counts without a total.
    total = None if any(item.warc for item in inputs) else len(inputs) + len(failures)
    progress = Progress(total, sys.stderr, quiet=args.quiet)
    for failure in failures:
        progress.error(failure)
        progress.page_done(failed=True)
    several = len(args.inputs) > 1 or any(_holds_pages(arg) for arg in args.inputs)
    fmt = args.format or ("jsonl" if several else "json")
    writer = _Writer(sys.stdout, fmt, explain=args.explain, array=several and fmt == "json")
    loaded = _loaded(inputs)
    if args.workers == 1 or not several:
        records = _records(loaded, args.input_kind, args.url, add_facts)
    else:
        records = _records_in_pool(loaded, args.workers, args.input_kind, args.url, args.facts)
    broken = False
    try:
        for name, record in records:
            if isinstance(record, str):  # one bad page must not stop a batch; it is reported
                progress.error(f"dateline: {name}: {record}")
                progress.page_done(failed=True)
                continue
            writer.write(record)
            progress.page_done(failed=False)
    except OSError:  # the output cannot be written (``| head`` went away, a full disk)
        broken = True  # no closing bracket and no summary; ``main`` says why (a pipe: nothing)
        progress.stop()
        raise
    finally:
        if not broken:
            writer.close()
            progress.finish()
    return 1 if progress.failed else 0


def _records(
    loaded: Iterator[tuple[str, RawPage | Exception]],
    input_kind: str,
    url: str | None,
    add_facts: Callable[[Article], Article] | None,
) -> Iterator[tuple[str, Article | str]]:
    """Each loaded page's record, or why there is none, extracted here one after another."""
    for name, page in loaded:
        try:
            if isinstance(page, Exception):
                raise page
            article = to_article(page, input_kind, url)
            yield name, article if add_facts is None else add_facts(article)
        except Exception as err:  # reported by the caller with the page's name
            yield name, failure_reason(err)


def _records_in_pool(
    loaded: Iterator[tuple[str, RawPage | Exception]],
    workers: int,
    input_kind: str,
    url: str | None,
    facts: bool,
) -> Iterator[tuple[str, Article | str]]:
    """``_records`` with the extraction in ``workers`` processes (the ingest's pool), records
    in input order. Pages are read here, a few per worker ahead of the one being written, so
    that a folder of any size is never held in memory at once."""
    from dateline.archive.workers import extract_records, worker_pool

    ahead = workers * PAGES_AHEAD_PER_WORKER
    pending: deque[tuple[str, Future[list[Article | str]] | str]] = deque()
    pool = worker_pool(workers, partial(to_article, input_kind=input_kind, url=url), facts)
    try:
        for name, page in loaded:
            if isinstance(page, Exception):
                pending.append((name, failure_reason(page)))
            else:
                job = (page.name, page.data, page.url, page.content_type)
                try:
                    pending.append((name, pool.submit(extract_records, [job])))
                except Exception as err:  # a pool broken by a dead worker takes no more pages
                    pending.append((name, failure_reason(err)))
            while len(pending) > ahead:
                yield _resolved(pending.popleft())
        while pending:
            yield _resolved(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _resolved(item: tuple[str, Future[list[Article | str]] | str]) -> tuple[str, Article | str]:
    name, record = item
    if isinstance(record, str):
        return name, record
    try:
        return name, record.result()[0]
    except Exception as err:  # a worker that died (killed, out of memory) fails its page
        return name, failure_reason(err)


def run_demo(args: argparse.Namespace) -> int:
    """``dateline demo``: summarise each shipped sample page, then archive and serve them."""
    samples = resources.files("dateline") / "samples"
    pages = sorted(
        (entry for entry in samples.iterdir() if page_suffix(entry.name) in PAGE_SUFFIXES),
        key=lambda entry: entry.name,
    )
    print(
        f"dateline {__version__}: extracting {len(pages)} sample pages from {samples}\n", flush=True
    )
    failed = 0
    for entry in pages:
        name = f"samples/{entry.name}"
        try:
            raw = RawPage(name=name, data=entry.read_bytes())
            article = to_article(raw, "auto", None)
        except Exception as err:  # the demo reports a broken sample and goes on
            print(f"dateline: {name}: {failure_reason(err)}", file=sys.stderr)
            failed += 1
            continue
        print(render_summary(article, name), flush=True)
    first = pages[0].name if pages else "PAGE.html"
    print(f"Full records: dateline extract {samples / first} --explain", flush=True)
    served = demo_archive(args, Path(str(samples)))
    return 1 if failed or served else 0


def _facts_step() -> Callable[[Article], Article] | None:
    """What ``--facts`` applies to each record; None, after saying how to install an English
    pipeline, when none is installed. spaCy is imported only here."""
    from dateline.facts.nlp import ModelMissing, english_pipeline

    try:
        english_pipeline()
    except ModelMissing as err:
        print(f"dateline: --facts: {err}", file=sys.stderr)
        return None
    from dateline.facts import with_facts

    return with_facts


class _Writer:
    """Writes records in one output format, flushing each so that pipes see them at once."""

    def __init__(self, stream: TextIO, fmt: str, *, explain: bool, array: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.explain = explain
        self.array = array
        self.count = 0
        if array:
            stream.write("[\n")

    def write(self, article: Article) -> None:
        if self.fmt == "jsonl":
            out = article.to_json(explain=self.explain) + "\n"
        elif self.fmt == "json":
            out = article.to_json(explain=self.explain, indent=2)
            out = (",\n" if self.count else "") + out if self.array else out + "\n"
        else:
            render = render_markdown if self.fmt == "markdown" else render_text
            rule = "\n* * *\n\n" if self.fmt == "markdown" else "\n" + "=" * 72 + "\n\n"
            out = (rule if self.count else "") + render(article, explain=self.explain)
        self.stream.write(out)
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        if self.array:
            self.stream.write("\n]\n" if self.count else "]\n")
            self.stream.flush()


def _expand(args: list[str], timeout: float, max_bytes: int) -> tuple[list[Input], list[str]]:
    """The pages named by the arguments, folders walked; plus messages for empty folders."""
    inputs: list[Input] = []
    failures: list[str] = []
    for arg in args:
        if arg == "-":
            inputs.append(Input("-", lambda: read_stream(sys.stdin.buffer, "-")))
        elif arg.startswith(("http://", "https://")):
            inputs.append(Input(arg, _fetcher(arg, timeout, max_bytes)))
        elif arg.lower().endswith(WARC_SUFFIXES) and Path(arg).is_file():
            inputs.append(Input(arg, _reader(Path(arg)), warc=True))
        elif Path(arg).is_dir():
            found = [Input(path_name(path), _reader(path)) for path in walk_folder(Path(arg))]
            if not found:
                suffixes = ", ".join(sorted(PAGE_SUFFIXES))
                failures.append(
                    f"dateline: {path_name(arg)}: no page files ({suffixes}, or .gz) in folder"
                )
            inputs += found
        else:  # a name that is not UTF-8 is said as its page is named (``\xe9``)
            inputs.append(Input(path_name(arg), _reader(Path(arg))))
    return inputs, failures


def _holds_pages(arg: str) -> bool:
    """Whether an input argument names many pages: a folder or a WARC file."""
    return arg.lower().endswith(WARC_SUFFIXES) or Path(arg).is_dir()


def _loaded(inputs: list[Input]) -> Iterator[tuple[str, RawPage | Exception]]:
    """Each page of the inputs, loaded, with its name; or the error that kept it from loading.
    A WARC file gives the page of each of its HTML response records, in file order."""
    for item in inputs:
        if item.warc:
            for record in iter_warc(item.name):
                yield (record.source if isinstance(record, SourceError) else record.name), record
            continue
        try:
            page = item.load()
        except Exception as err:  # reported by the caller with the page's name
            yield item.name, err
            continue
        # A sitemap, feed or other XML document named as a page would come out as a bogus
        # record (its XML declaration for a title): refused as ``ingest`` refuses it.
        reason = not_a_page(page)
        yield item.name, page if reason is None else SourceError(item.name, reason)


def _reader(path: Path) -> Callable[[], RawPage]:
    return lambda: read_file(path)


def _fetcher(url: str, timeout: float, max_bytes: int) -> Callable[[], RawPage]:
    return lambda: fetch(url, timeout=timeout, max_bytes=max_bytes)


if __name__ == "__main__":
    sys.exit(main())
