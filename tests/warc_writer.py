"""Write small WARC files for tests: HTTP response records from fixture pages, one gzip member
per record (as Common Crawl does), with ways to break them.

Usage::

    records = [response_record("https://a.example/x", page_bytes("wire_original.html"))]
    offsets = write_warc(tmp_path / "a.warc.gz", records)
    truncate_file(tmp_path / "a.warc.gz", 100)   # cut the last 100 bytes off

Every record is built from plain bytes, so a test can also splice in garbage between members
(``GARBAGE``), write a record whose WARC header is malformed (``malformed_record``) or whose
Content-Length is wrong (``with_content_length``).
"""

from __future__ import annotations

import gzip
import re
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

#: The crawl time written on records when a test gives none (WARC-Date, ISO 8601 UTC).
DEFAULT_DATE = "2024-03-03T10:15:00Z"
#: Bytes that are neither a gzip member nor a WARC record, for splicing between records.
GARBAGE = b"this is not a WARC record\r\n" * 4


def record_id_for(url: str, kind: str = "response") -> str:
    """A stable WARC-Record-ID for a URL, so tests can predict it."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{kind}:{url}')}>"


def _warc_block(
    kind: str, headers: Sequence[tuple[str, str]], block: bytes, *, version: str = "WARC/1.0"
) -> bytes:
    lines = [version, f"WARC-Type: {kind}", *(f"{name}: {value}" for name, value in headers)]
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(
    body: bytes,
    *,
    content_type: str | None = "text/html",
    status: str = "200 OK",
    extra_headers: Sequence[tuple[str, str]] = (),
    chunked: bool = False,
    gzip_body: bool = False,
) -> bytes:
    """An HTTP/1.1 response message: status line, headers, blank line, body.

    ``gzip_body`` sends the body with ``Content-Encoding: gzip``; ``chunked`` sends it with
    ``Transfer-Encoding: chunked`` (in chunks of 1,000 bytes), as crawlers sometimes store it.
    """
    headers = list(extra_headers)
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    if gzip_body:
        body = gzip.compress(body, mtime=0)
        headers.append(("Content-Encoding", "gzip"))
    if chunked:
        pieces = [body[i : i + 1000] for i in range(0, len(body), 1000)]
        body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
        headers.append(("Transfer-Encoding", "chunked"))
    else:
        headers.append(("Content-Length", str(len(body))))
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{n}: {v}\r\n" for n, v in headers) + "\r\n"
    return head.encode("latin-1") + body


def response_record(
    url: str,
    body: bytes,
    *,
    date: str = DEFAULT_DATE,
    record_id: str | None = None,
    content_type: str | None = "text/html",
    status: str = "200 OK",
    extra_headers: Sequence[tuple[str, str]] = (),
    chunked: bool = False,
    gzip_body: bool = False,
) -> bytes:
    """A WARC ``response`` record (uncompressed) holding an HTTP response for ``url``; the
    HTTP arguments are those of ``http_response``."""
    message = http_response(
        body,
        content_type=content_type,
        status=status,
        extra_headers=extra_headers,
        chunked=chunked,
        gzip_body=gzip_body,
    )
    headers = [
        ("WARC-Record-ID", record_id or record_id_for(url)),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("Content-Type", "application/http; msgtype=response"),
    ]
    return _warc_block("response", headers, message)


def request_record(url: str, *, date: str = DEFAULT_DATE) -> bytes:
    """A WARC ``request`` record for ``url`` (readers must skip it)."""
    message = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
    headers = [
        ("WARC-Record-ID", record_id_for(url, "request")),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("Content-Type", "application/http; msgtype=request"),
    ]
    return _warc_block("request", headers, message)


def warcinfo_record(filename: str, *, date: str = DEFAULT_DATE) -> bytes:
    """The ``warcinfo`` record that opens a crawl's WARC file."""
    block = b"software: dateline-tests\r\nformat: WARC File Format 1.0\r\n"
    headers = [
        ("WARC-Record-ID", record_id_for(filename, "warcinfo")),
        ("WARC-Date", date),
        ("WARC-Filename", filename),
        ("Content-Type", "application/warc-fields"),
    ]
    return _warc_block("warcinfo", headers, block)


def dns_record(host: str, *, date: str = DEFAULT_DATE) -> bytes:
    """The ``response`` record of a DNS lookup that Heritrix writes in every crawl
    (``WARC-Target-URI: dns:HOST``, ``Content-Type: text/dns``): no HTTP inside."""
    block = f"20240303101500\n{host}.\t300\tIN\tA\t192.0.2.7\n".encode()
    headers = [
        ("WARC-Record-ID", record_id_for(f"dns:{host}")),
        ("WARC-Date", date),
        ("WARC-Target-URI", f"dns:{host}"),
        ("Content-Type", "text/dns"),
    ]
    return _warc_block("response", headers, block)


def with_content_length(record: bytes, change: int) -> bytes:
    """``record`` (uncompressed) with its WARC Content-Length ``change`` bytes off the truth
    (positive: it claims bytes of whatever follows it in the file)."""

    def fix(found: re.Match[bytes]) -> bytes:
        return b"Content-Length: %d\r\n\r\n" % (int(found.group(1)) + change)

    return re.sub(rb"Content-Length: (\d+)\r\n\r\n", fix, record, count=1)


def malformed_record(url: str) -> bytes:
    """A record whose version line is not WARC and whose Content-Length is not a number."""
    headers = [("WARC-Record-ID", record_id_for(url, "malformed")), ("WARC-Target-URI", url)]
    record = _warc_block("response", headers, b"HTTP/1.1 200 OK\r\n\r\n<p>x</p>", version="WARX")
    return record.replace(b"Content-Length: ", b"Content-Length: many", 1)


def write_warc(path: Path, records: Iterable[bytes], *, compress: bool = True) -> list[int]:
    """Write records to ``path``, each its own gzip member when ``compress``; returns the byte
    offset at which each record starts in the file."""
    offsets: list[int] = []
    with path.open("wb") as out:
        for record in records:
            offsets.append(out.tell())
            out.write(gzip.compress(record, mtime=0) if compress else record)
    return offsets


def truncate_file(path: Path, cut: int) -> int:
    """Cut the last ``cut`` bytes off a file, as an interrupted download does; returns the new
    size."""
    size = path.stat().st_size - cut
    with path.open("r+b") as handle:
        handle.truncate(size)
    return size


def fixture_pages(folder: Path) -> list[tuple[str, bytes]]:
    """The HTML fixture pages of ``folder`` with an invented URL each, in name order; the host
    is the first word of the file name (``wire_original.html`` → ``https://wire.example/…``)."""
    pages = []
    for path in sorted(folder.glob("*.html")):
        host = path.stem.split("_")[0]
        pages.append((f"https://{host}.example/news/{path.stem}", path.read_bytes()))
    return pages
