"""Extraction in worker processes: raw page bytes in, the record's JSON form (or an error) out.

Each worker is set up once with the extraction function (and whether to add facts); a job is
a plain tuple of the page's name, bytes, URL and Content-Type, and the answer an ``Extracted``
(the record's dict, hashes, signature and features as bytes) or the failure's reason, so that
nothing but plain values crosses the process boundary.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from typing import Any

from dateline.archive import stories
from dateline.archive.search_fold import CJK_SEPARATOR
from dateline.archive.writer import (
    Extracted,
    content_hash,
    raw_digest,
    search_columns,
    spaced_columns,
)
from dateline.model import Article
from dateline.records import failure_reason
from dateline.similarity import minhash
from dateline.sources.raw import RawPage

#: The extraction function: one raw page to its record (``dateline.records.to_article`` bound to
#: automatic HTML/text choice is the one the CLI passes).
ToRecord = Callable[[RawPage], Article]
#: A job: the page's source name, bytes, URL and Content-Type.
Job = tuple[str, bytes, str | None, str | None]
#: An answer: the extracted record and what the writer needs of it, or why there is none.
Answer = Extracted | str

#: Modules every worker needs, imported once by the process that forks the workers.
PRELOAD = ("dateline.archive.workers", "dateline.records")

_to_record: ToRecord | None = None
_analyze: Callable[[Article], Any] | None = None
#: The workers' lifeline (``worker_pool``): the end they watch, and this process's end, never
#: written, which closes only when this process is gone.
_lifeline_reader: Connection | None = None
_lifeline_writer: Connection | None = None


def worker_context() -> BaseContext:
    """How worker processes start: forked from a small server process that has imported the
    extraction ("forkserver", Python 3.14's default on Linux), or spawned where there is none.

    Forked from the ingest's own process instead, every worker shared that process's memory,
    copy-on-write: the pages it holds, its SQLite cache, a previous run's freed heap. The
    workers' allocations then copied shared pages, and their CPU time a page grew with each
    run in one process (4.58, 4.90, 4.92 ms on 4,000 benchmarks/archive_scale.py pages, three
    ingests in a row; from a server: wall time 10.5, 10.4, 10.5 s against 10.7, 11.5, 11.4).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(PRELOAD))
    return context


def worker_pool(workers: int, to_record: ToRecord, facts: bool) -> ProcessPoolExecutor:
    """A pool of ``workers`` extraction processes (``worker_context``), each set up by
    ``start_worker`` and tied to this process by a lifeline: a pipe whose other end only this
    process holds, so that a worker exits when this process is killed. (A worker's parent is
    the fork server, which outlives a killed ingest as long as a worker does.)"""
    global _lifeline_reader, _lifeline_writer
    if _lifeline_reader is None:
        _lifeline_reader, _lifeline_writer = multiprocessing.Pipe(duplex=False)
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=worker_context(),
        initializer=start_worker,
        initargs=(to_record, facts, _lifeline_reader),
    )


def start_worker(to_record: ToRecord, facts: bool, lifeline: Connection) -> None:
    """Process-pool initializer: remember the extraction function and load facts if asked.

    Workers ignore Ctrl-C: the main process stops the run, commits and shuts the pool down,
    so an interrupted ingest prints one line, not a traceback per worker. A worker whose main
    process is gone (``kill -9``) exits by itself when its ``lifeline`` (``worker_pool``)
    closes, instead of waiting for work forever.
    """
    global _to_record, _analyze
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(lifeline,), daemon=True).start()
    _to_record = to_record
    if facts:
        from dateline.facts import page_facts  # the facts extra (spaCy) loads only when asked

        _analyze = page_facts


def _exit_with(lifeline: Connection) -> None:
    """Exit this worker as soon as the other end of ``lifeline`` closes: nothing is ever sent
    on it, so ``poll`` returns only at end of file, when the main process is gone."""
    lifeline.poll(None)
    os._exit(1)


def extract_job(job: Job) -> Answer:
    """Extract one page; a failure comes back as its reason, never as an exception.

    The near-duplicate signature and the story features of an article page are computed here
    too, in parallel, so that the single writer only looks them up.
    """
    return extract_jobs([job])[0]


def extract_jobs(jobs: list[Job]) -> list[Answer]:
    """``extract_job`` over a chunk of pages, answers in order.

    Every page's record is made first, then the hashes, signatures and features of all of
    them: one page after the other, that second part ran with the extraction's code and data
    in the caches, and cost 0.1-0.25 ms a page more (benchmarks/archive_scale.py pages).
    """
    articles = [_article(job) for job in jobs]
    return [
        article if isinstance(article, str) else _answer(article, job[1])
        for article, job in zip(articles, jobs, strict=True)
    ]


def extract_records(jobs: list[Job]) -> list[Article | str]:
    """Each page's record alone, or why there is none, in order: ``dateline extract
    --workers``, which needs none of what the archive's writer does."""
    return [_article(job) for job in jobs]


def _article(job: Job) -> Article | str:
    """The page's record, or why there is none."""
    name, data, url, content_type = job
    assert _to_record is not None, "start_worker must run first"
    try:
        article = _to_record(RawPage(name=name, data=data, url=url, content_type=content_type))
        if _analyze is not None:
            article.facts = _analyze(article)
        return article
    except Exception as err:  # one bad page must not stop the run; its reason is recorded
        return failure_reason(err)


def _answer(article: Article, data: bytes) -> Answer:
    """What the writer needs of a record made from ``data``, or why there is none."""
    try:
        return extracted_from(article, raw_digest(data))
    except Exception as err:  # as in _article
        return failure_reason(err)


def archive_record(article: Article) -> dict[str, Any]:
    """The record's JSON form as the archive keeps it: without ``removed``."""
    return article.to_dict(explain=False)


def _separated(columns: tuple[str | None, ...]) -> bool:
    """Whether any of the folded ``columns`` holds the separator folding puts around CJK."""
    return any(CJK_SEPARATOR in column for column in columns if column)


def extracted_from(article: Article, raw_hash: str, signature: bytes | None = None) -> Extracted:
    """What the writer needs of a record: its JSON form, content hash, its columns as the
    full-text index holds them and as its snippets read them, and for an article page its
    MinHash signature (``signature`` when already computed, in ``minhash.to_bytes`` form) and
    story features."""
    record = archive_record(article)
    linkable = article.page_type == "article" and bool(article.text.strip())
    if linkable and signature is None:
        signature = minhash.to_bytes(minhash.signature(article.text))
    indexed = search_columns(record)
    return Extracted(
        record=record,
        digest=content_hash(record),
        raw_hash=raw_hash,
        signature=signature if linkable else None,
        features=stories.features(article) if linkable else None,
        indexed=indexed,
        # Folding separates CJK characters, so a page whose folded columns hold no separator
        # has none: only pages with CJK pay for the spaced copy (a scan of each column was
        # 0.015 ms a page of 5,000 characters of Arabic or Turkish).
        spaced=spaced_columns(record) if indexed and _separated(indexed) else None,
    )
