"""The ingest loop: raw pages → extraction in a process pool → one writer → the archive.

Pages arrive from any source as ``RawPage`` (or ``SourceError``); a page whose source and bytes
the archive already holds is skipped before extraction (keeping the validators it came with,
so that a server that changed its ETag for the same bytes is asked with the new one next time),
unless the run adds facts and the stored article has none: then it is extracted again and the
stored row given its facts, without a new version.
The others are extracted by worker processes over all cores while this process, the only
writer, stores the answers in order and commits in batches. Failures are recorded and
counted; nothing stops the run. Records extracted elsewhere (the Spark job's Parquet, as
``LoadedRecord``) skip the workers and join the same queue to the same writer.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from dateline.archive.parquet import LoadedRecord
from dateline.archive.workers import Answer, Job, ToRecord, extract_jobs, worker_pool
from dateline.archive.writer import (
    UNANALYSED_SOURCES,
    ArchiveWriter,
    Outcome,
    PageInfo,
    now_iso,
    raw_digest,
)
from dateline.sources.files import path_name
from dateline.sources.raw import (
    RawPage,
    RobotsUnreachable,
    Skipped,
    SourceError,
    WholeSourceFailure,
)

#: Records per transaction at most. Committing 200 records took 45-65 ms on the archive_scale
#: set, about 0.3 ms a page against 5 ms of extraction, and a killed run redoes at most this
#: many pages.
BATCH_PAGES = 200
#: Seconds a batch stays open at most, so that a slow crawl still commits as it goes.
BATCH_SECONDS = 1.0
#: Chunks queued per worker: enough to keep every worker busy while the writer stores a batch.
QUEUE_PER_WORKER = 4
#: Pages sent to a worker in one job. One page per job left the workers waiting: the pool's
#: feeder thread needs the GIL for every job and the writer holds it while linking, and
#: ingest ran at 45% of bare extraction against 55% with a 0.5 ms GIL switch interval (3,000
#: pages of benchmarks/archive_scale.py, 2 workers).
CHUNK_PAGES = 8
#: A page that took the source this long to deliver is sent to the workers at once, with the
#: pages waiting for their chunk: a slow crawl is not held back to fill chunks.
SLOW_SOURCE_SECONDS = 0.05


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, counted as it goes (also what progress callbacks see)."""

    run_id: int
    stored: int = 0
    versions: int = 0
    unchanged: int = 0
    #: Stored pages, the same as before, given the facts they were stored without.
    analysed: int = 0
    #: Files a source holds that are known to be no page (a folder's robots.txt) and a WARC
    #: file's HTTP responses that hold none (a 404, an image), left out.
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: The failures of sources as a whole (``WholeSourceFailure``: a sitemap, feed or WARC
    #: file cut short, malformed, past a cap), also in ``failures``: each may stand for many
    #: pages never seen. A host whose robots.txt was unreachable is one too, added at the end
    #: of the run with the number of its pages held back (those are in ``held_back``).
    source_failures: list[tuple[str, str]] = field(default_factory=list)
    #: The pages not fetched because their host's robots.txt was unreachable, also in
    #: ``failures`` (each page failed), but reported once per host in ``source_failures``.
    held_back: list[tuple[str, str]] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def pages(self) -> int:
        """Pages finished so far, failed ones included."""
        return self.stored + self.versions + self.unchanged + self.analysed + len(self.failures)

    @property
    def page_failures(self) -> list[tuple[str, str]]:
        """``failures`` less those ``source_failures`` reports (a source's, a held-back page's)."""
        reported = set(self.source_failures) | set(self.held_back)
        return [failure for failure in self.failures if failure not in reported]

    @property
    def pages_per_second(self) -> float:
        """Finished pages per second of wall time since the run began."""
        return self.pages / max(time.monotonic() - self.started, 1e-9)


@dataclass(slots=True)
class _Pending:
    page: PageInfo
    job: Job
    future: Future[list[Answer]]
    index: int  # of this page's answer in its chunk's


def default_workers() -> int:
    """One worker per core available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # platforms without affinity masks
        return max(1, os.cpu_count() or 1)


def unanalysed_sources(conn: sqlite3.Connection) -> set[str]:
    """The sources (and final URLs) of stored article pages that have no facts: ingested
    without ``--facts``, they are extracted again by a run with it, however unchanged."""
    return {address for row in conn.execute(UNANALYSED_SOURCES) for address in row if address}


def known_validators(
    conn: sqlite3.Connection, *, facts: bool = False
) -> dict[str, tuple[str | None, str | None]]:
    """``{url: (etag, last_modified)}`` of every fetched page a server sent validators for,
    under both the URL asked for and the final URL after redirects; with ``facts``, not of
    the pages that need them (``unanalysed_sources``): a 304 would leave them without."""
    rows = conn.execute(
        "SELECT source, url, etag, last_modified FROM pages "
        "WHERE etag IS NOT NULL OR last_modified IS NOT NULL"
    )
    unanalysed = unanalysed_sources(conn) if facts else set()
    stored: dict[str, tuple[str | None, str | None]] = {}
    for row in rows:
        if row["source"] in unanalysed:
            continue
        for address in (row["source"], row["url"]):
            if address and address.startswith(("http://", "https://")):
                stored[address] = (row["etag"], row["last_modified"])
    return stored


def ingest(
    conn: sqlite3.Connection,
    pages: Iterable[RawPage | SourceError | Skipped | LoadedRecord],
    *,
    to_record: ToRecord,
    workers: int,
    facts: bool = False,
    label: str = "",
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract and store every page of ``pages``; returns the run's report.

    ``to_record`` must be picklable (a module-level function or a ``functools.partial`` of
    one): it runs in the worker processes. ``label`` says what was ingested, for the ``runs``
    table. Committed batches survive any crash; an interrupted run is completed by running it
    again.
    """
    run_id = _start_run(conn, label)
    report = IngestReport(run_id)
    writer = ArchiveWriter(conn, run_id)
    seen = {
        row[0]: (row[1], row[2], row[3])
        for row in conn.execute("SELECT source, raw_hash, etag, last_modified FROM pages")
    }
    # A run with facts extracts again the stored articles that have none (ANALYSED).
    unanalysed = unanalysed_sources(conn) if facts else set()
    loop = _Loop(writer, report, progress, lambda: worker_pool(workers, to_record, facts))
    in_flight = workers * QUEUE_PER_WORKER * CHUNK_PAGES
    # Hosts whose robots.txt was unreachable: {robots.txt address: (why, pages held back)}.
    refused_hosts: dict[str, tuple[str, int]] = {}
    items = iter(pages)
    try:
        while True:
            asked = time.monotonic()
            item = next(items, None)
            if item is None:
                break
            waited = time.monotonic() - asked
            if isinstance(item, RobotsUnreachable):
                held = refused_hosts.get(item.robots, (item.refusal, 0))[1]
                refused_hosts[item.robots] = (item.refusal, held + 1)
                report.held_back.append((item.source, item.reason))
            if isinstance(item, SourceError):
                if isinstance(item, WholeSourceFailure):
                    report.source_failures.append((item.source, item.reason))
                loop.fail(item.source, item.reason)
                continue
            if isinstance(item, Skipped):  # robots.txt in a folder: neither page nor failure
                report.skipped += item.count  # in the summary; no page done, no progress line
                continue
            if isinstance(item, LoadedRecord):
                known = seen.get(item.page.source)
                if known is not None and known[0] == item.extracted.raw_hash:
                    report.unchanged += 1
                    loop.tick()
                else:
                    loop.add_done(item)
                    loop.drain(limit=in_flight)
                continue
            stored = seen.get(item.name)
            if (
                stored is not None
                and stored[0] == raw_digest(item.data)
                and item.name not in unanalysed
            ):
                report.unchanged += 1
                # Same bytes, new validators (a server that rotates its ETags): without them
                # the next crawl would ask with the old ones and never get a 304 again.
                changed = stored[1:] != (item.etag, item.last_modified)
                if changed:
                    loop.writer.refresh_page(_page_info(item))
                loop.tick(wrote=changed)
                continue
            job = (item.name, item.data, item.url, item.content_type)
            loop.submit(_page_info(item), job, now=waited >= SLOW_SOURCE_SECONDS)
            loop.drain(limit=in_flight)
        loop.drain(limit=0)
    finally:
        loop.close()
    for robots, (refusal, held) in refused_hosts.items():
        pages_held = f"{held} page{'' if held == 1 else 's'} held back"
        report.source_failures.append((robots, f"{refusal}: {pages_held}"))
    writer.commit(final=True)
    _finish_run(conn, report)
    return report


class _Loop:
    """The in-flight jobs, the pool behind them, and the batch being written."""

    def __init__(
        self,
        writer: ArchiveWriter,
        report: IngestReport,
        progress: Callable[[IngestReport], None] | None,
        make_pool: Callable[[], ProcessPoolExecutor],
    ) -> None:
        self.writer = writer
        self.report = report
        self.progress = progress
        self.make_pool = make_pool
        self.pool = make_pool()
        self.pending: deque[_Pending] = deque()
        self.chunk: list[tuple[PageInfo, Job]] = []
        self.batch_pages = 0
        self.batch_started = time.monotonic()

    def submit(self, page: PageInfo, job: Job, *, now: bool) -> None:
        """Add a page to the chunk; send the chunk when it is full or ``now``."""
        self.chunk.append((page, job))
        if now or len(self.chunk) >= CHUNK_PAGES:
            self.flush()

    def flush(self) -> None:
        """Send the pages waiting for their chunk to the workers."""
        if not self.chunk:
            return
        future = self.pool.submit(extract_jobs, [job for _, job in self.chunk])
        for index, (page, job) in enumerate(self.chunk):
            self.pending.append(_Pending(page, job, future, index))
        self.chunk = []

    def add_done(self, item: LoadedRecord) -> None:
        """Queue a record that needs no extraction behind the pages before it, in order."""
        self.flush()
        done: Future[list[Answer]] = Future()
        done.set_result([item.extracted])
        self.pending.append(_Pending(item.page, (item.page.source, b"", None, None), done, 0))

    def drain(self, *, limit: int) -> None:
        """Store answers, oldest first, until at most ``limit`` pages are in flight (with
        ``limit`` 0, the pages waiting for their chunk are sent first), and then those
        already answered: a slow crawl (one page a second) stores each page as it comes,
        where waiting for ``limit`` left dozens of extracted pages unwritten, and lost to a
        killed run."""
        if not limit:
            self.flush()
        while self.pending and (len(self.pending) > limit or self.pending[0].future.done()):
            item = self.pending[0]
            try:
                answer = item.future.result()[item.index]
            except BrokenProcessPool:
                self._restart_pool()
                continue
            self.pending.popleft()
            if isinstance(answer, str):
                self.fail(item.page.source, answer)
                continue
            outcome, _ = self.writer.store(item.page, answer)
            if outcome is Outcome.STORED:
                self.report.stored += 1
            elif outcome is Outcome.VERSION:
                self.report.versions += 1
            elif outcome is Outcome.ANALYSED:
                self.report.analysed += 1
            else:
                self.report.unchanged += 1
            self.tick(wrote=True)

    def fail(self, source: str, reason: str) -> None:
        self.writer.fail(source, reason)
        self.report.failures.append((source, reason))
        self.tick(wrote=True)

    def tick(self, *, wrote: bool = False) -> None:
        """One page finished: commit the batch when it is full or old, report progress."""
        self.batch_pages += wrote
        now = time.monotonic()
        if self.batch_pages >= BATCH_PAGES or (
            self.batch_pages and now - self.batch_started >= BATCH_SECONDS
        ):
            self.writer.commit()
            self.batch_pages = 0
            self.batch_started = now
        if self.progress is not None:
            self.progress(self.report)

    def close(self) -> None:
        """Commit what is stored (also on Ctrl-C) and stop the workers."""
        self.writer.commit()
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _restart_pool(self) -> None:
        """A worker died (killed, out of memory, a crash in C) and took the pool with it: in a
        new pool, run the pages that were in flight one at a time; one that kills a worker
        on its own is recorded as a failure, the others are kept for the writer."""
        suspects = list(self.pending)
        self.pending.clear()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self.make_pool()
        for item in suspects:
            if item.future.done() and item.future.exception() is None:
                self.pending.append(item)  # answered already (or loaded, not extracted)
                continue
            future = self.pool.submit(extract_jobs, [item.job])
            try:
                future.result()
            except BrokenProcessPool:
                self.fail(item.page.source, "the extraction worker process died on this page")
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self.make_pool()
                continue
            self.pending.append(_Pending(item.page, item.job, future, 0))


def _page_info(page: RawPage) -> PageInfo:
    return PageInfo(
        source=page.name,
        url=page.url,
        fetched_at=page.fetched_at,
        etag=page.etag,
        last_modified=page.last_modified,
    )


def _start_run(conn: sqlite3.Connection, label: str) -> int:
    # The label holds the sources as typed, a file name that is not UTF-8 among them.
    cursor = conn.execute(
        "INSERT INTO runs (started_at, sources) VALUES (?, ?)", (now_iso(), path_name(label))
    )
    assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
    return cursor.lastrowid


def _finish_run(conn: sqlite3.Connection, report: IngestReport) -> None:
    conn.execute(
        "UPDATE runs SET finished_at = ?, stored = ?, unchanged = ?, failed = ? WHERE id = ?",
        (
            now_iso(),
            report.stored + report.versions,
            report.unchanged + report.analysed,
            len(report.failures),
            report.run_id,
        ),
    )
