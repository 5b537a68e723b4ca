"""The work of one Spark task: one WARC file in, article rows and failure rows out.

Runs on the executors, so it holds only plain values: WARC records are read by
``dateline.sources.warc.iter_warc`` inside this module and leave it as tuples. Each page goes
through ``dateline.records.to_article``, the function ``dateline extract`` uses, so the job's
records are the CLI's records.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, BinaryIO

from dateline.model import Article
from dateline.records import failure_reason, to_article
from dateline.sources.raw import RawPage, SourceError
from dateline.sources.warc import WarcError, WarcStats, iter_warc
from dateline.urls import split_url, url_site

#: Tags of the two kinds of row a task emits.
ARTICLE = "article"
FAILURE = "failure"
#: Copy buffer when a remote WARC is spooled to local disk.
_COPY_BUFFER = 8 << 20


@dataclass(slots=True)
class TaskCounts:
    """What one task saw: WARC ``records`` of any type, ``html`` pages, ``extracted`` articles,
    ``failed`` records (unreadable or not extractable)."""

    records: int = 0
    html: int = 0
    extracted: int = 0
    failed: int = 0


def warc_rows(
    uri: str,
    counts: TaskCounts,
    *,
    analyze: Callable[[Article], Any] | None = None,
    minhash: bool = True,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(ARTICLE, row)`` for each page of the WARC at ``uri`` that gave a record and
    ``(FAILURE, row)`` for each that did not; ``counts`` is updated as rows are made.

    ``analyze`` adds facts to each record (``dateline.facts.page_facts``); ``minhash`` adds the
    MinHash signature and band keys. Nothing raises: an unreadable file is one failure row.
    """
    stats = WarcStats()
    try:
        with open_warc(uri) as stream:
            for item in iter_warc(uri, stats=stats, stream=stream):
                if isinstance(item, WarcError):
                    counts.failed += 1
                    yield FAILURE, failure_row(uri, item.record_id, item.offset, None, item.reason)
                    continue
                try:
                    row = article_row(uri, item, analyze=analyze, minhash=minhash)
                except Exception as err:  # one bad page must not fail the task; it is reported
                    counts.failed += 1
                    record_id = item.name.rpartition("#")[2]
                    yield FAILURE, failure_row(uri, record_id, None, item.url, _reason(err))
                    continue
                counts.extracted += 1
                yield ARTICLE, row
    except (OSError, SourceError) as err:  # the file itself could not be opened or fetched
        counts.failed += 1
        yield FAILURE, failure_row(uri, None, None, None, _reason(err))
    counts.records += stats.records
    counts.html += stats.html


def article_row(
    uri: str,
    page: RawPage,
    *,
    analyze: Callable[[Article], Any] | None = None,
    minhash: bool = True,
) -> dict[str, Any]:
    """The output row (``ARTICLE_TABLE``) of a page read from the WARC at ``uri``: the record's
    JSON form and the job's columns."""
    article = to_article(page, "auto", None)
    if analyze is not None:
        article.facts = analyze(article)
    signature, keys = _minhash(article.text) if minhash else (None, None)
    return {
        **article.to_dict(),
        "warc_path": uri,
        "warc_record_id": page.name.rpartition("#")[2],
        "fetched_at": page.fetched_at,
        "crawl_date": crawl_date(page.fetched_at),
        "site": site_of(page.url),
        "minhash": signature,
        "band_keys": keys,
    }


def failure_row(
    uri: str, record_id: str | None, offset: int | None, url: str | None, error: str
) -> dict[str, Any]:
    """The output row (``FAILURE_SCHEMA``) of a record or file that gave no article."""
    return {"warc_path": uri, "record_id": record_id, "offset": offset, "url": url, "error": error}


def crawl_date(fetched_at: str | None) -> str:
    """The day a WARC-Date falls on (``YYYY-MM-DD``), or ``unknown``."""
    day = (fetched_at or "")[:10]
    if len(day) == 10 and day[4] == day[7] == "-" and day.replace("-", "").isdigit():
        return day
    return "unknown"


def site_of(url: str | None) -> str:
    """The host a page came from, lower case without ``www.``, or ``unknown``."""
    return (url_site(url) if url else None) or "unknown"


def open_warc(uri: str) -> AbstractContextManager[BinaryIO | None]:
    """What ``iter_warc`` should read for ``uri``: ``None`` for a local path (it opens the file
    itself), else the remote file spooled to local disk.

    Remote URIs (``s3://``, ``gs://``, ``hdfs://``, ``https://``, …) are opened with fsspec
    when installed, else smart_open; a WARC of a crawl is read start to end, so it is copied to
    a temporary file first (as cc-pyspark does), which also makes it seekable.
    """
    parts = split_url(uri)
    scheme = parts.scheme if parts is not None else ""
    if scheme in ("", "file") or len(scheme) == 1:  # one letter: a Windows drive
        return nullcontext(None)
    return _spooled(uri)


@contextmanager
def _spooled(uri: str) -> Iterator[BinaryIO]:
    with tempfile.TemporaryFile(prefix="dateline-warc-") as local:
        with _open_remote(uri) as remote:
            shutil.copyfileobj(remote, local, _COPY_BUFFER)
        local.seek(0)
        yield local


def _open_remote(uri: str) -> AbstractContextManager[BinaryIO]:
    try:
        import fsspec
    except ImportError:
        pass
    else:
        return fsspec.open(uri, "rb")
    try:
        import smart_open
    except ImportError:
        raise SourceError(
            uri, "reading this URI needs fsspec (with its s3fs/gcsfs/…) or smart_open"
        ) from None
    return smart_open.open(uri, "rb", compression="disable")


def _minhash(text: str) -> tuple[bytes, list[int]]:
    from dateline.similarity.minhash import band_keys, shingle_count, signature, to_bytes

    sig = signature(text)
    # A text with no shingles would share every band with every other empty text.
    return to_bytes(sig), band_keys(sig) if shingle_count(sig) else []


def _reason(err: BaseException) -> str:
    """Why a record failed; an ``OSError`` (a WARC that cannot be read) says so plainly."""
    if isinstance(err, OSError):
        return " ".join(str(err).split()) or type(err).__name__
    return failure_reason(err)
