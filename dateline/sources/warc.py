"""Pages from WARC files: the HTML responses of a crawl, streamed record by record.

``iter_warc`` reads ``.warc`` and ``.warc.gz`` files (gzip per record, as Common Crawl writes
them) with FastWARC when it is installed, else with warcio. The libraries only find records;
the HTTP message inside each record is read here, so both give the same pages. Neither library
objects nor their readers ever leave this module: what comes out is plain ``RawPage`` and
``WarcError`` values, safe to pickle (Spark) or keep.

A damaged file never stops the stream: a broken record becomes a ``WarcError`` and reading
resumes at the next record that can be read; a file cut short (both libraries end quietly on
a truncated gzip member) is found by checking, after the last record, that the file holds whole
records up to its last byte, and the shortfall is reported; a last record whose body stops
short is that shortfall, a ``WarcFileError`` saying the file was cut short (the records before
it are delivered as usual). In a plain (uncompressed) file
nothing but the Content-Length marks where a record ends, so each record's block must be
followed by its two line breaks and the next ``WARC/`` header (or the end of the file): a
Content-Length that runs past the record's real end would otherwise swallow the next record
(its header read as page text), and one that stops short would leave the library reading a
header in the middle of a block. Such a record is reported and reading resumes at the next
record.
"""

from __future__ import annotations

import importlib.util
import os
import zlib
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from dateline.sources.decompress import GZIP_MAGIC, inflate, inflate_raw
from dateline.sources.files import MAX_PAGE_BYTES, path_name
from dateline.sources.raw import RawPage, SourceError, WholeSourceFailure
from dateline.sources.sniff import page_kind

Backend = Literal["fastwarc", "warcio"]

#: File names read as WARC files (compared in lower case).
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Longest HTTP response head (status line and headers) read before giving up on a record.
#: Real heads are under 8 KB; 64 KB is the limit common servers and proxies enforce.
MAX_HTTP_HEAD = 64 * 1024
#: Compressed bytes read at a time when checking the tail or looking for the next record.
_CHUNK = 1 << 20
#: Media types read as pages; every other type is skipped (and counted).
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Target URIs whose responses can hold a page; others (Heritrix's ``dns:`` lookups, written
#: as ``response`` records of type ``text/dns`` in every crawl) are skipped like any non-page.
_PAGE_SCHEMES = ("http:", "https:")
#: What follows a record's block in a plain file: two line breaks, then the next header.
_RECORD_GAP = b"\r\n\r\n"
_MISFRAMED = (
    "record damaged: its Content-Length does not end at the next record "
    "(no line breaks and WARC header after its block)"
)
_MEMBER_START = GZIP_MAGIC + b"\x08"  # gzip magic plus the deflate method byte
_PLAIN_START = b"WARC/1."


@dataclass(slots=True)
class WarcStats:
    """What reading WARC files met: ``records`` of any type, ``html`` pages delivered, records
    ``skipped`` (not an HTML response; ``not_pages`` of them HTTP responses), ``failed`` records
    or byte ranges, and the ``bytes`` of the files read as records."""

    records: int = 0
    html: int = 0
    skipped: int = 0
    failed: int = 0
    bytes: int = 0
    #: HTTP responses among the skipped records: an error or redirect status, another media
    #: type (an image, a PDF), or no type and no markup.
    not_pages: int = 0


class WarcError(SourceError):
    """A record, or a stretch of a WARC file, that could not be read.

    ``record_id`` is the record's WARC-Record-ID when its header could be read, else ``None``;
    ``offset`` is where the record or the unreadable stretch starts in the file.
    """

    def __init__(self, warc: str, record_id: str | None, offset: int, reason: str) -> None:
        super().__init__(record_name(warc, record_id, offset), reason)
        self.warc = warc
        self.record_id = record_id
        self.offset = offset

    def __reduce__(self) -> tuple[type[WarcError], tuple[str, str | None, int, str]]:
        # Exceptions pickle through their ``args``; this one is rebuilt from its fields.
        return WarcError, (self.warc, self.record_id, self.offset, self.reason)


class WarcFileError(WarcError, WholeSourceFailure):
    """A WARC file that fails as a whole: empty, unreadable, cut short, no library to read it."""

    def __reduce__(self) -> tuple[type[WarcError], tuple[str, str | None, int, str]]:
        return WarcFileError, (self.warc, self.record_id, self.offset, self.reason)


class _CutRecord(WarcError):
    """A record whose block ends before its Content-Length (``read`` of ``length`` bytes): the
    last record of a file cut short (reported as the file's failure) or, followed by more
    records, one record's."""

    def __init__(self, warc: str, record: _Record, read: int, reason: str) -> None:
        super().__init__(warc, record.record_id, record.offset, reason)
        self.read = read
        self.length = record.length

    def as_record_error(self) -> WarcError:
        """The failure of this one record, as any other damaged record's."""
        return WarcError(self.warc, self.record_id, self.offset, self.reason)


def record_name(warc: str, record_id: str | None, offset: int) -> str:
    """The name under which a record's page or error is reported: ``WARC#RECORD-ID``, or
    ``WARC#@OFFSET`` when the record has no ID."""
    return f"{warc}#{record_id}" if record_id else f"{warc}#@{offset}"


def available_backends() -> list[Backend]:
    """The WARC libraries installed here, the faster first."""
    names: list[Backend] = ["fastwarc", "warcio"]
    return [name for name in names if importlib.util.find_spec(name) is not None]


def iter_warc(
    path: str | os.PathLike[str],
    *,
    stats: WarcStats | None = None,
    stream: BinaryIO | None = None,
    backend: Backend | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Iterator[RawPage | WarcError]:
    """The HTML pages of a WARC file, in file order, with an error for each damaged part.

    Yields a ``RawPage`` for each HTTP ``response`` record with a 2xx status and an HTML
    Content-Type (or none, and markup in the body): ``name`` is ``PATH#RECORD-ID``, ``url``
    the WARC-Target-URI, ``fetched_at`` the WARC-Date, ``content_type``, ``etag`` and
    ``last_modified`` from the HTTP header, ``data`` the body with its transfer and content
    encodings undone. Other records are skipped. A record larger than ``max_bytes``, or one
    that is cut short or unreadable, yields a ``WarcError`` and reading goes on.

    ``stream`` reads an already opened, seekable file (an object store, HDFS) named ``path``;
    ``backend`` picks the library (default: FastWARC when installed); ``stats`` is updated
    as records are read.
    """
    stats = stats if stats is not None else WarcStats()
    name = path_name(path)
    backends = available_backends()
    chosen = backend or (backends[0] if backends else None)
    if chosen is None or chosen not in backends:
        stats.failed += 1
        reason = f"WARC library {chosen or 'fastwarc or warcio'} missing"
        yield WarcFileError(name, None, 0, reason)
        return
    try:
        with nullcontext(stream) if stream is not None else Path(path).open("rb") as handle:
            yield from _read_warc(name, handle, chosen, stats, max_bytes)
    except OSError as err:  # missing, unreadable, not seekable, failing mid-read: reported
        stats.failed += 1
        yield WarcFileError(name, None, 0, err.strerror or str(err))


@dataclass(slots=True)
class _Record:
    """One record as a backend found it: plain values and two read functions that stay valid
    until the backend moves on."""

    offset: int
    kind: str
    record_id: str | None
    target_uri: str | None
    date: str | None
    length: int
    read: Callable[[int], bytes]
    readline: Callable[[int], bytes]


def _fastwarc_records(stream: BinaryIO) -> Iterator[_Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    for record in ArchiveIterator(stream, parse_http=False):
        headers = record.headers
        kind = "response" if record.record_type == WarcRecordType.response else "other"
        reader = record.reader
        yield _Record(
            offset=record.stream_pos,
            kind=kind,
            record_id=record.record_id,
            target_uri=headers.get("WARC-Target-URI"),
            date=headers.get("WARC-Date"),
            length=record.content_length,
            read=reader.read,
            readline=reader.readline,
        )


def _warcio_records(stream: BinaryIO) -> Iterator[_Record]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream, no_record_parse=True)
    for record in records:
        headers = record.rec_headers
        body = record.raw_stream
        yield _Record(
            # The iterator's offset is the current record's start until the record is read.
            offset=records.offset,
            kind=record.rec_type,
            record_id=headers.get_header("WARC-Record-ID"),
            target_uri=headers.get_header("WARC-Target-URI"),
            date=headers.get_header("WARC-Date"),
            length=record.length or 0,
            read=body.read,
            readline=body.readline,
        )


_BACKENDS: dict[Backend, Callable[[BinaryIO], Iterator[_Record]]] = {
    "fastwarc": _fastwarc_records,
    "warcio": _warcio_records,
}


def _read_warc(
    name: str, stream: BinaryIO, backend: Backend, stats: WarcStats, max_bytes: int
) -> Iterator[RawPage | WarcError]:
    """Records from ``stream`` through the backend, restarting it past each damaged part, then
    the check that the file ends with a whole record."""
    size = stream.seek(0, os.SEEK_END)
    if not size:  # a crawler that died before its first record: said, not passed over
        stats.failed += 1
        yield WarcFileError(name, None, 0, "empty file: no WARC records")
        return
    stream.seek(0)
    compressed = stream.read(2) == GZIP_MAGIC
    start = 0
    last_start = 0  # start of the last record read whole, where the tail check begins
    failed_at: set[int] = set()  # offsets already reported, so a cut record is told once
    cut: _CutRecord | None = None  # held until a record after it shows it is not the last
    while start < size:
        stream.seek(start)
        current: _Record | None = None
        resync: int | None = None  # where reading resumes after a misframed plain record
        try:
            for record in _BACKENDS[backend](stream):
                current = record
                stats.records += 1
                if cut is not None:
                    yield cut.as_record_error()
                    cut = None
                if not compressed and _misframed(stream, record.offset, size):
                    resync = _next_record_start(stream, record.offset + 1, size, compressed)
                    stats.failed += 1
                    stats.bytes += record.offset - start
                    failed_at.add(record.offset)
                    yield WarcError(name, record.record_id, record.offset, _MISFRAMED)
                    break
                item = _page(name, record, max_bytes, stats)
                if item is None:
                    stats.skipped += 1
                else:
                    if isinstance(item, WarcError):
                        stats.failed += 1
                        failed_at.add(item.offset)
                    else:
                        stats.html += 1
                    if isinstance(item, _CutRecord):
                        cut = item
                    else:
                        yield item
                last_start = record.offset
                current = None
        except Exception as err:  # any library failure: report the stretch, resume past it
            if cut is not None:
                yield cut.as_record_error()
                cut = None
            bad = current.offset if current else _verified_end(stream, last_start, size, compressed)
            resume = _next_record_start(stream, bad + 1, size, compressed)
            end = resume if resume is not None else size
            stats.failed += 1
            stats.bytes += bad - start
            reason = f"bytes {bad:,}–{end:,} unreadable ({_one_line(err)})"
            yield WarcError(name, current.record_id if current else None, bad, reason)
            if resume is None:
                return
            start = last_start = resume
            continue
        if current is not None:  # left the records at a misframed one
            if resync is None:
                return
            start = last_start = resync
            continue
        break
    end = _verified_end(stream, last_start, size, compressed)
    stats.bytes += end - start
    if cut is not None:
        if end > cut.offset:  # whole records after it: that record's failure alone
            yield cut.as_record_error()
        else:  # the file ends inside it: an interrupted download or copy
            reason = f"file cut short: its last record has {cut.read:,} of {cut.length:,} bytes"
            yield WarcFileError(name, cut.record_id, cut.offset, reason)
    if end < size and end not in failed_at:
        stats.failed += 1
        reason = f"file cut short or damaged: last {size - end:,} bytes are not a whole record"
        yield WarcFileError(name, None, end, reason)


def _page(
    name: str, record: _Record, max_bytes: int, stats: WarcStats
) -> RawPage | WarcError | None:
    """The page in one record, an error saying why it has none, or ``None`` to skip it (an
    HTTP response skipped is counted in ``stats.not_pages``)."""
    if record.kind != "response":
        return None
    # Some writers wrap the URI in <> (as the WARC 1.0 grammar printed it); the page's URL is
    # the address inside, or its host, key and relative links would be lost.
    target = (record.target_uri or "").strip("<> ")
    if target and not target.lower().startswith(_PAGE_SCHEMES):
        return None

    def error(reason: str) -> WarcError:
        return WarcError(name, record.record_id, record.offset, reason)

    if record.length > max_bytes + MAX_HTTP_HEAD:
        return error(f"record of {record.length:,} bytes is larger than {max_bytes:,}")
    head = _read_head(record)
    if not head.endswith(b"\n"):
        if len(head) >= MAX_HTTP_HEAD:
            return error(f"HTTP header longer than {MAX_HTTP_HEAD:,} bytes")
        reason = f"record cut short in its HTTP header ({len(head):,} bytes)"
        return _CutRecord(name, record, len(head), reason)
    status, headers = _parse_head(head)
    if status is None:
        return error("not an HTTP response")
    media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if not 200 <= status < 300 or (media and media not in _HTML_TYPES):
        stats.not_pages += 1
        return None
    remaining = record.length - len(head)
    body = record.read(remaining)
    if len(body) < remaining:
        read = len(head) + len(body)
        return _CutRecord(
            name, record, read, f"record cut short: {read:,} of {record.length:,} bytes"
        )
    try:
        data = _decode_body(body, headers, max_bytes)
    except ValueError as err:
        return error(str(err))
    page = RawPage(
        name=record_name(name, record.record_id, record.offset),
        data=data,
        url=target or None,
        content_type=headers.get("content-type"),
        fetched_at=record.date,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )
    if not media and page_kind(page) != "html":
        stats.not_pages += 1
        return None
    return page


def _read_head(record: _Record) -> bytes:
    """The HTTP status line and headers through the blank line; without the blank line when
    the record ends first or the head runs past ``MAX_HTTP_HEAD``."""
    lines: list[bytes] = []
    size = 0
    while size < MAX_HTTP_HEAD:
        line = record.readline(MAX_HTTP_HEAD - size)
        if not line:
            break
        lines.append(line)
        size += len(line)
        if line in (b"\r\n", b"\n"):
            return b"".join(lines)
    # A head that stops without its blank line must not end in a line break.
    return b"".join(lines).rstrip(b"\r\n")


def _parse_head(head: bytes) -> tuple[int | None, dict[str, str]]:
    """The status code and the headers (names lower-cased, the last of a repeated name wins)."""
    status_line, _, rest = head.decode("latin-1").partition("\n")
    parts = status_line.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdecimal():
        return None, {}
    headers: dict[str, str] = {}
    for line in rest.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            headers[key.strip().lower()] = value.strip()
    return int(parts[1]), headers


def _decode_body(body: bytes, headers: dict[str, str], max_bytes: int) -> bytes:
    """Undo chunked transfer encoding and gzip, deflate or brotli content encoding, under the
    size cap; ``ValueError`` names what failed."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        # Crawlers often store the body already de-chunked but keep the header: when the body
        # does not parse as chunks, it is taken as it is.
        body = _dechunk(body) or body
    coding = headers.get("content-encoding", "").strip().lower()
    if coding in ("gzip", "x-gzip", "deflate"):
        try:
            body = inflate(body, max_bytes)
        except ValueError as err:
            if coding != "deflate":
                raise ValueError(f"Content-Encoding {coding}: {err}") from None
            try:
                body = inflate_raw(body, max_bytes)
            except ValueError as raw_err:
                raise ValueError(f"Content-Encoding deflate: {raw_err}") from None
    elif coding == "br":
        body = _unbrotli(body, max_bytes)
    elif coding not in ("", "identity"):
        raise ValueError(f"unsupported Content-Encoding {coding!r}")
    if len(body) > max_bytes:
        raise ValueError(f"page larger than {max_bytes:,} bytes")
    return body


def _dechunk(data: bytes) -> bytes | None:
    """The body of a chunked message, or ``None`` when ``data`` is not chunked."""
    out = bytearray()
    pos = 0
    while True:
        line_end = data.find(b"\r\n", pos)
        if line_end < 0:
            return None
        size_text = data[pos:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return None
        if size == 0:
            return bytes(out)
        start = line_end + 2
        if start + size > len(data):
            return None
        out += data[start : start + size]
        pos = start + size + 2


def _unbrotli(data: bytes, limit: int) -> bytes:
    try:
        import brotli
    except ImportError:
        raise ValueError("Content-Encoding br needs the brotli package") from None
    decompressor = brotli.Decompressor()
    try:
        out = decompressor.process(data, output_buffer_limit=limit + 1)
    except brotli.error as err:
        raise ValueError(f"Content-Encoding br: corrupt data ({err})") from None
    if len(out) > limit:
        raise ValueError(f"page larger than {limit:,} bytes once decompressed")
    if not decompressor.is_finished():
        raise ValueError("Content-Encoding br: truncated data")
    return out


def _misframed(stream: BinaryIO, offset: int, size: int) -> bool:
    """True when the plain record at ``offset`` has a whole block (per its Content-Length)
    that is not followed by two line breaks and then a ``WARC/`` header or the end of the file.

    A block that runs past the end of the file is not misframed here: the record is cut short,
    which reading it reports. The stream's position is restored, so the library reading it
    notices nothing.
    """
    position = stream.tell()
    try:
        stream.seek(offset)
        head = stream.read(4096)  # a WARC header is rarely over 1 KB
        if b"\r\n\r\n" not in head:
            head += stream.read(MAX_HTTP_HEAD - len(head))
        length = _block_length(head)
        if length is None:
            return False
        block_end = offset + head.index(b"\r\n\r\n") + 4 + length
        if block_end >= size:
            return False
        stream.seek(block_end)
        after = stream.read(len(_RECORD_GAP) + len(b"WARC/"))
    finally:
        stream.seek(position)
    if block_end + len(after) == size and len(after) <= len(_RECORD_GAP):
        # The file ends within the record's own line breaks (some writers drop the last ones).
        return not _RECORD_GAP.startswith(after)
    return after != _RECORD_GAP + b"WARC/"


def _verified_end(stream: BinaryIO, start: int, size: int, compressed: bool) -> int:
    """How far from ``start`` (a record's first byte) the file holds whole records."""
    pos = start
    while pos < size:
        end = _record_end(stream, pos, size, compressed)
        if end is None:
            return pos
        pos = end
    return pos


def _next_record_start(stream: BinaryIO, pos: int, size: int, compressed: bool) -> int | None:
    """The first offset at or after ``pos`` where a whole record starts, if any."""
    marker = _MEMBER_START if compressed else _PLAIN_START
    while pos < size:
        stream.seek(pos)
        window = stream.read(_CHUNK + len(marker))
        found = window.find(marker)
        while found >= 0:
            if _record_end(stream, pos + found, size, compressed) is not None:
                return pos + found
            found = window.find(marker, found + 1)
        pos += _CHUNK
    return None


def _record_end(stream: BinaryIO, pos: int, size: int, compressed: bool) -> int | None:
    """Where the whole record starting at ``pos`` ends (after its gzip member, or after its
    block and the two line breaks), or ``None`` when no whole record starts there."""
    stream.seek(pos)
    if not compressed:
        head = stream.read(MAX_HTTP_HEAD)
        length = _block_length(head)
        if length is None:
            return None
        block_end = pos + head.index(b"\r\n\r\n") + 4 + length
        # Two line breaks follow each block; a file may lack them after its last record.
        return min(block_end + 4, size) if block_end <= size else None
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    head = b""
    total = 0
    read = 0
    try:
        while not inflater.eof:
            pending = inflater.unconsumed_tail
            if not pending:
                pending = stream.read(_CHUNK)
                read += len(pending)
                if not pending:
                    total += len(inflater.flush())
                    break
            data = inflater.decompress(pending, _CHUNK)  # bounded: a member may be a bomb
            total += len(data)
            if len(head) < MAX_HTTP_HEAD:
                head += data[: MAX_HTTP_HEAD - len(head)]
    except zlib.error:
        return None
    length = _block_length(head)
    if not inflater.eof or length is None or total < head.index(b"\r\n\r\n") + 4 + length:
        return None
    return pos + read - len(inflater.unused_data)


def _block_length(head: bytes) -> int | None:
    """The Content-Length of a WARC record from its first bytes, or ``None`` when they are not
    a complete WARC header."""
    if not head.startswith(_PLAIN_START) or b"\r\n\r\n" not in head:
        return None
    for line in head[: head.index(b"\r\n\r\n")].split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length":
            value = value.strip()
            return int(value) if value.isdigit() else None
    return None


def _one_line(err: BaseException) -> str:
    """A library's message on one printable line: some quote the damaged bytes."""
    text = "".join(c if c.isprintable() and c.isascii() else " " for c in str(err))
    text = " ".join(text.split()) or type(err).__name__
    return text if len(text) <= 120 else text[:119] + "…"
