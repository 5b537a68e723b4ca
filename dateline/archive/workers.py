"""Extraction in worker processes: raw page bytes in, the record's JSON form (or an error) out.

Each worker is set up once with the extraction function (and whether to add facts); a job is
a plain tuple of the page's name, bytes, URL and Content-Type, and the answer an ``Extracted``
(the record's dict, hashes, signature and features as bytes) or the failure's reason, so that
nothing but plain values crosses the process boundary.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from dateline.archive import stories
from dateline.archive.writer import Extracted, content_hash, raw_digest
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

#: How often a worker checks that its main process is alive (seconds): an orphan lingers at
#: most this long after a ``kill -9``.
PARENT_CHECK_SECONDS = 1.0

_to_record: ToRecord | None = None
_analyze: Callable[[Article], Any] | None = None


def start_worker(to_record: ToRecord, facts: bool) -> None:
    """Process-pool initializer: remember the extraction function and load facts if asked.

    Workers ignore Ctrl-C: the main process stops the run, commits and shuts the pool down,
    so an interrupted ingest prints one line, not a traceback per worker. A worker whose main
    process is gone (``kill -9``) exits by itself instead of waiting for work forever.
    """
    global _to_record, _analyze
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _to_record = to_record
    if facts:
        from dateline.facts import analyze  # the facts extra (spaCy) loads only when asked

        _analyze = analyze


def _exit_with(parent: int) -> None:
    """Exit this worker as soon as its parent process has died (it is then re-parented)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
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


def extracted_from(article: Article, raw_hash: str, signature: bytes | None = None) -> Extracted:
    """What the writer needs of a record: its JSON form, content hash, and for an article page
    its MinHash signature (``signature`` when already computed, in ``minhash.to_bytes`` form)
    and story features."""
    record = archive_record(article)
    linkable = article.page_type == "article" and bool(article.text.strip())
    if linkable and signature is None:
        signature = minhash.to_bytes(minhash.signature(article.text))
    return Extracted(
        record=record,
        digest=content_hash(record),
        raw_hash=raw_hash,
        signature=signature if linkable else None,
        features=stories.features(article) if linkable else None,
    )
