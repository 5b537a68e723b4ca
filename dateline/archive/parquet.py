"""Records from Parquet into the archive: the output of ``dateline spark`` (docs/spark.md).

A Parquet source is a ``.parquet`` file, or a job's output folder (``articles/`` partitioned by
crawl day or site, with ``failures/`` beside it), or its ``articles/`` folder alone. Each row is
already a record: it becomes an ``Article`` through ``Article.from_dict`` and is handed to the
writer as is, never extracted again. The job's own columns say where the page came from
(``warc_path`` and ``warc_record_id`` name it as ``dateline ingest`` names a WARC record, so a
page loaded from Parquet and the same page read from its WARC are the same source) and when it
was fetched; its MinHash signature is reused when it has the archive's format.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.archive.workers import extracted_from
from dateline.archive.writer import Extracted, PageInfo, raw_digest
from dateline.model import Article
from dateline.records import failure_reason
from dateline.similarity import minhash
from dateline.sources.raw import SourceError
from dateline.sources.warc import record_name

#: Columns ``dateline spark`` adds to each record (``dateline.spark.schema.JOB_COLUMNS``, named
#: here so that reading needs no pyspark), the partition columns among them.
JOB_COLUMNS = frozenset(
    {"warc_path", "warc_record_id", "fetched_at", "crawl_date", "site", "minhash", "band_keys"}
)
#: Rows read from a file at a time: a few MB of records, whatever the file's row groups.
BATCH_ROWS = 256
_PARQUET_MAGIC = b"PAR1"
_MISSING_PYARROW = "reading Parquet needs pyarrow (pip install 'dateline[parquet]')"


@dataclass(frozen=True, slots=True)
class LoadedRecord:
    """A record read from Parquet, ready for the writer: where it came from and what it is."""

    page: PageInfo
    extracted: Extracted


def is_parquet_source(spec: str) -> bool:
    """Whether ``spec`` names Parquet: a ``.parquet`` file (or any file starting ``PAR1``), or
    a folder that is a job's output, holding ``.parquet`` files in ``articles/`` or holding
    nothing else (directly or in Hive partitions). A folder of pages with a stray export in
    it is a folder of pages: its pages are read, and the export with them is not."""
    path = Path(spec)
    if path.is_file():
        if path.suffix.lower() == ".parquet":
            return True
        try:
            with path.open("rb") as handle:
                return handle.read(4) == _PARQUET_MAGIC
        except OSError:
            return False
    if path.is_dir():
        if (path / "articles").is_dir():
            return bool(_articles_files(path))
        return _only_parquet(path)
    return False


def _only_parquet(folder: Path) -> bool:
    """Whether a folder holds Parquet files and no other files (side files aside)."""
    found = False
    for file in folder.rglob("*"):
        if not file.is_file() or not _visible(file, folder):
            continue
        if file.suffix.lower() != ".parquet":
            return False
        found = True
    return found


def iter_parquet(spec: str) -> Iterator[LoadedRecord | SourceError]:
    """Every record of the Parquet source ``spec``, then the job's failures (when the folder has
    ``failures/``) as ``SourceError``; an unreadable file or row is one ``SourceError`` naming
    it, and the rest is still read."""
    try:
        import pyarrow.parquet  # noqa: F401  (checked here, read in _rows)
    except ImportError:
        yield SourceError(spec, _MISSING_PYARROW)
        return
    path = Path(spec)
    for file in [path] if path.is_file() else _articles_files(path):
        for number, row in enumerate(_rows(file, required="schema")):
            # Named by absolute path, as files and WARC records are: the same row read from
            # another working folder is the same source.
            where = f"{file.absolute()}#row{number}"
            yield row if isinstance(row, SourceError) else _loaded(row, where)
    failures = path / "failures"
    if path.is_dir() and failures.is_dir():
        for file in sorted(p for p in failures.rglob("*.parquet") if _visible(p, failures)):
            yield from (
                row if isinstance(row, SourceError) else _failure(row) for row in _rows(file)
            )


def _rows(file: Path, required: str | None = None) -> Iterator[dict[str, Any] | SourceError]:
    """The rows of one Parquet file as dicts; if the file cannot be read (any more), or has no
    ``required`` column, one ``SourceError`` naming it ends them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(file)
        # Records are read leniently (a missing field is empty), so another table's rows
        # would be stored as empty records: every dateline record carries its schema name.
        if required is not None and required not in parquet.schema_arrow.names:
            yield SourceError(str(file), f"not dateline records (no {required!r} column)")
            return
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
            yield from batch.to_pylist()
    except (OSError, ValueError, pa.ArrowException) as err:
        yield SourceError(str(file), f"unreadable Parquet: {' '.join(str(err).split())}")


def _articles_files(folder: Path) -> list[Path]:
    """The article files below a job's output folder or its ``articles/``, in path order."""
    articles = folder / "articles"
    root = articles if articles.is_dir() else folder
    return sorted(p for p in root.rglob("*.parquet") if p.is_file() and _visible(p, root))


def _visible(path: Path, root: Path) -> bool:
    """Not a Spark or Hadoop side file (``_SUCCESS``, ``.part-….crc``, ``_temporary/``)."""
    return not any(part.startswith(("_", ".")) for part in path.relative_to(root).parts)


def _loaded(row: dict[str, Any], where: str) -> LoadedRecord | SourceError:
    """One row as a ``LoadedRecord``; a row that is not a record is a ``SourceError``."""
    warc_path, record_id = row.get("warc_path"), row.get("warc_record_id")
    source = record_name(warc_path, record_id, 0) if warc_path and record_id else where
    try:
        article = Article.from_dict({k: v for k, v in row.items() if k not in JOB_COLUMNS})
        record = article.to_dict(explain=False)
        # No page bytes to hash: the record's own canonical JSON stands for them in ``pages``.
        raw_hash = raw_digest(article.to_json(explain=False).encode("utf-8", "surrogatepass"))
        signature = _stored_signature(row.get("minhash"), row.get("band_keys"))
        extracted = extracted_from(article, raw_hash, signature)
    except Exception as err:  # one bad row must not stop the load; its reason is recorded
        return SourceError(source, f"not a dateline record: {failure_reason(err)}")
    page = PageInfo(source=source, url=record.get("url"), fetched_at=_text(row.get("fetched_at")))
    return LoadedRecord(page, extracted)


def _stored_signature(data: Any, keys: Any) -> bytes | None:
    """The job's signature when it is one of ``dateline.similarity.minhash``'s: the right size
    and, when band keys came with it, the band keys this version computes from it. ``None``
    (compute it again) otherwise."""
    if not isinstance(data, bytes):
        return None
    try:
        signature = minhash.from_bytes(data)
    except ValueError:
        return None
    if keys and list(keys) != minhash.band_keys(signature):
        return None
    return data


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _failure(row: dict[str, Any]) -> SourceError:
    """A row of the job's ``failures/`` output as the failure of its WARC record."""
    warc, record_id, offset = row.get("warc_path"), row.get("record_id"), row.get("offset")
    name = record_name(warc, record_id, offset) if record_id or offset is not None else warc
    return SourceError(name or "failures", f"failed in the Spark job: {row.get('error')}")
