"""WARC reading: HTML responses out of gzip-per-record and plain WARC files, with both
libraries, and damaged files reported record by record instead of failing."""

from __future__ import annotations

import gzip
import io
import pickle
import re
from pathlib import Path
from typing import BinaryIO, cast

import pytest
from warc_writer import (
    GARBAGE,
    dns_record,
    fixture_pages,
    malformed_record,
    record_id_for,
    request_record,
    response_record,
    truncate_file,
    warcinfo_record,
    with_content_length,
    write_warc,
)

from dateline.sources.files import MAX_PAGE_BYTES
from dateline.sources.raw import RawPage
from dateline.sources.warc import (
    Backend,
    WarcError,
    WarcFileError,
    WarcStats,
    available_backends,
    iter_warc,
)

BACKENDS = available_backends()
DATE = "2024-03-05T08:00:00Z"
ARTICLE = "https://wire.example/news/story"


@pytest.fixture(params=["fastwarc", "warcio"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """Each WARC library in turn; a missing one skips its tests."""
    if request.param not in BACKENDS:
        pytest.skip(f"{request.param} is not installed")
    return request.param


@pytest.fixture(scope="module")
def article_html(pages_dir: Path) -> bytes:
    return (pages_dir / "wire_original.html").read_bytes()


def read_all(
    path: Path, backend: Backend, *, max_bytes: int = MAX_PAGE_BYTES
) -> tuple[list[RawPage | WarcError], WarcStats]:
    stats = WarcStats()
    items = list(iter_warc(path, stats=stats, backend=backend, max_bytes=max_bytes))
    return items, stats


def pages_of(items: list[RawPage | WarcError]) -> list[RawPage]:
    return [item for item in items if isinstance(item, RawPage)]


def errors_of(items: list[RawPage | WarcError]) -> list[WarcError]:
    return [item for item in items if isinstance(item, WarcError)]


def test_fixture_pages_come_out_as_written(
    tmp_path: Path, pages_dir: Path, backend: Backend
) -> None:
    pages = fixture_pages(pages_dir)
    path = tmp_path / "pages.warc.gz"
    write_warc(path, [warcinfo_record(path.name)] + [response_record(u, b) for u, b in pages])
    items, stats = read_all(path, backend)
    assert [(p.url, p.data) for p in pages_of(items)] == pages
    assert stats == WarcStats(
        records=len(pages) + 1, html=len(pages), skipped=1, failed=0, bytes=path.stat().st_size
    )


def test_page_carries_the_record_and_http_metadata(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    path = tmp_path / "one.warc.gz"
    headers = [("ETag", '"v7"'), ("Last-Modified", "Tue, 05 Mar 2024 07:00:00 GMT")]
    record = response_record(
        ARTICLE,
        article_html,
        date=DATE,
        content_type="text/html; charset=utf-8",
        extra_headers=headers,
    )
    write_warc(path, [record])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.name == f"{path}#{record_id_for(ARTICLE)}"
    assert page.url == ARTICLE
    assert page.fetched_at == DATE
    assert page.content_type == "text/html; charset=utf-8"
    assert (page.etag, page.last_modified) == ('"v7"', "Tue, 05 Mar 2024 07:00:00 GMT")


@pytest.mark.parametrize("written", [f"<{ARTICLE}>", f" {ARTICLE} "], ids=["angled", "spaced"])
def test_target_uri_in_angle_brackets_is_the_address_inside(
    tmp_path: Path, article_html: bytes, backend: Backend, written: str
) -> None:
    # Writers that follow the WARC 1.0 grammar's <uri>: the brackets are no part of the URL.
    path = tmp_path / "angled.warc.gz"
    write_warc(path, [response_record(written, article_html)])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.url == ARTICLE


def test_record_without_target_uri_has_no_url(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    path = tmp_path / "nameless.warc.gz"
    write_warc(path, [response_record("", article_html)])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.url is None


@pytest.mark.parametrize(
    "encoding",
    [{"gzip_body": True}, {"chunked": True}, {"gzip_body": True, "chunked": True}],
    ids=["gzip", "chunked", "gzip+chunked"],
)
def test_http_encodings_are_undone(
    tmp_path: Path, article_html: bytes, backend: Backend, encoding: dict[str, bool]
) -> None:
    path = tmp_path / "encoded.warc.gz"
    write_warc(path, [response_record(ARTICLE, article_html, **encoding)])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.data == article_html


def test_brotli_body_is_decoded(tmp_path: Path, article_html: bytes, backend: Backend) -> None:
    brotli = pytest.importorskip("brotli")
    body = brotli.compress(article_html)
    message_headers = [("Content-Encoding", "br")]
    path = tmp_path / "br.warc.gz"
    write_warc(path, [response_record(ARTICLE, body, extra_headers=message_headers)])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.data == article_html


def test_dechunked_body_under_a_chunked_header_is_kept(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    # Crawlers store bodies de-chunked but keep the header; the body must not be lost.
    chunked_header = [("Transfer-Encoding", "chunked")]
    path = tmp_path / "dechunked.warc.gz"
    write_warc(path, [response_record(ARTICLE, article_html, extra_headers=chunked_header)])
    (page,) = pages_of(read_all(path, backend)[0])
    assert page.data == article_html


def test_other_records_and_responses_are_skipped_and_counted(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    records = [
        warcinfo_record("mixed.warc.gz"),
        request_record(ARTICLE),
        response_record("https://wire.example/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        response_record("https://wire.example/feed", b"{}", content_type="application/json"),
        response_record("https://wire.example/old", b"<html>moved</html>", status="301 Moved"),
        response_record("https://wire.example/blob", b"\x00\x01binary", content_type=None),
        response_record("https://wire.example/page", article_html, content_type=None),
        response_record(ARTICLE, article_html),
    ]
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, records)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == ["https://wire.example/page", ARTICLE]
    assert (stats.records, stats.html, stats.skipped, stats.failed) == (8, 2, 6, 0)


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
def test_dns_responses_are_skipped_silently(
    tmp_path: Path, article_html: bytes, backend: Backend, compress: bool
) -> None:
    # Heritrix writes a text/dns ``response`` record before the first fetch from each host.
    records = [dns_record("wire.example"), response_record(ARTICLE, article_html)]
    path = tmp_path / ("dns.warc.gz" if compress else "dns.warc")
    write_warc(path, records, compress=compress)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == [ARTICLE]
    assert errors_of(items) == []
    assert (stats.records, stats.html, stats.skipped, stats.failed) == (2, 1, 1, 0)


@pytest.mark.parametrize("change", [200, 2, -40], ids=["past-next-header", "just-past", "short"])
def test_plain_record_whose_length_is_wrong_is_reported_and_the_next_read(
    tmp_path: Path, pages_dir: Path, backend: Backend, change: int
) -> None:
    pages = fixture_pages(pages_dir)[:4]
    records = [response_record(u, b) for u, b in pages]
    records[1] = with_content_length(records[1], change)
    path = tmp_path / "misframed.warc"
    offsets = write_warc(path, records, compress=False)
    items, stats = read_all(path, backend)
    # The damaged record is told; the record it ran into is read whole, on its own.
    assert [(p.url, p.data) for p in pages_of(items)] == [pages[0], pages[2], pages[3]]
    (error,) = errors_of(items)
    assert (error.record_id, error.offset) == (record_id_for(pages[1][0]), offsets[1])
    assert "Content-Length" in error.reason
    assert stats.failed == 1


def test_plain_warc_without_the_last_line_breaks_is_whole(
    tmp_path: Path, pages_dir: Path, backend: Backend
) -> None:
    pages = fixture_pages(pages_dir)[:2]
    path = tmp_path / "trim.warc"
    write_warc(path, [response_record(u, b) for u, b in pages], compress=False)
    path.write_bytes(path.read_bytes()[:-4])
    items, stats = read_all(path, backend)
    assert [(p.url, p.data) for p in pages_of(items)] == pages
    assert stats.failed == 0


def test_plain_warc_reads_like_gzip(tmp_path: Path, pages_dir: Path, backend: Backend) -> None:
    pages = fixture_pages(pages_dir)
    records = [response_record(u, b) for u, b in pages]
    plain, packed = tmp_path / "p.warc", tmp_path / "p.warc.gz"
    write_warc(plain, records, compress=False)
    write_warc(packed, records)
    plain_pages = pages_of(read_all(plain, backend)[0])
    assert [(p.url, p.data) for p in plain_pages] == pages


def test_both_libraries_deliver_the_same_pages(tmp_path: Path, pages_dir: Path) -> None:
    if len(BACKENDS) < 2:
        pytest.skip("needs both fastwarc and warcio")
    path = tmp_path / "same.warc.gz"
    write_warc(path, [response_record(u, b, chunked=True) for u, b in fixture_pages(pages_dir)])
    fast, fast_stats = read_all(path, "fastwarc")
    slow, slow_stats = read_all(path, "warcio")
    assert fast == slow
    assert fast_stats == slow_stats


def test_truncated_file_reports_the_cut_record(
    tmp_path: Path, pages_dir: Path, backend: Backend
) -> None:
    pages = fixture_pages(pages_dir)
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, [response_record(u, b) for u, b in pages])
    size = truncate_file(path, 300)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == [u for u, _ in pages[:-1]]
    (error,) = errors_of(items)
    # The body of the last record stops short: the file is cut, a failure of the file as a
    # whole, named by the file and the cut record.
    assert isinstance(error, WarcFileError) and error.offset == offsets[-1]
    assert error.source == f"{path}#{record_id_for(pages[-1][0])}"
    assert error.reason.startswith("file cut short: its last record has ")
    read, length = re.fullmatch(r".* has ([\d,]+) of ([\d,]+) bytes", error.reason).groups()
    assert int(read.replace(",", "")) < int(length.replace(",", ""))
    assert (stats.failed, stats.bytes) == (1, offsets[-1])
    assert stats.bytes < size


def test_a_short_record_with_whole_records_after_it_is_that_records_failure(
    tmp_path: Path, pages_dir: Path, backend: Backend
) -> None:
    # A gzip member whose record claims more bytes than it holds, mid-file: not a cut file.
    # FastWARC reads such a record on into the next member and gives it as a page.
    if backend == "fastwarc":
        pytest.skip("FastWARC reads past the member's end: the record is not short there")
    pages = fixture_pages(pages_dir)[:3]
    records = [response_record(u, b) for u, b in pages]
    records[1] = with_content_length(records[1], 200)
    path = tmp_path / "short.warc.gz"
    write_warc(path, records)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == [pages[0][0], pages[2][0]]
    (error,) = errors_of(items)
    assert type(error) is WarcError and error.record_id == record_id_for(pages[1][0])
    assert error.reason.startswith("record cut short: ")
    assert stats.failed == 1


def test_file_cut_inside_the_last_header_reports_the_shortfall(
    tmp_path: Path, pages_dir: Path, backend: Backend
) -> None:
    pages = fixture_pages(pages_dir)[:3]
    path = tmp_path / "cut-head.warc.gz"
    offsets = write_warc(path, [response_record(u, b) for u, b in pages])
    # Leave only the gzip header and a few bytes of the last member.
    truncate_file(path, path.stat().st_size - offsets[-1] - 20)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == [u for u, _ in pages[:2]]
    (error,) = errors_of(items)
    assert error.offset == offsets[-1]
    assert "20 bytes" in error.reason
    assert stats.failed == 1


@pytest.mark.parametrize("damage", ["garbage", "corrupt-member", "malformed-header"])
def test_damaged_record_is_reported_and_reading_resumes(
    tmp_path: Path, pages_dir: Path, backend: Backend, damage: str
) -> None:
    pages = fixture_pages(pages_dir)[:4]
    members = [gzip.compress(response_record(u, b), mtime=0) for u, b in pages]
    if damage == "garbage":
        members.insert(2, GARBAGE)
    elif damage == "malformed-header":
        members.insert(2, gzip.compress(malformed_record("https://bad.example/x"), mtime=0))
    else:
        broken = bytearray(members[2])
        broken[40:60] = bytes(20)
        members[2] = bytes(broken)
    path = tmp_path / f"{damage}.warc.gz"
    path.write_bytes(b"".join(members))
    items, stats = read_all(path, backend)
    kept = [u for i, (u, _) in enumerate(pages) if damage != "corrupt-member" or i != 2]
    assert [p.url for p in pages_of(items)] == kept
    (error,) = errors_of(items)
    assert error.offset == len(members[0]) + len(members[1])
    assert "unreadable" in error.reason
    assert stats.failed == 1


def test_huge_record_is_refused_and_the_rest_read(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    huge = b"<html><body>" + b"<p>word</p>" * 20_000 + b"</body></html>"
    bomb = response_record("https://wire.example/bomb", huge, gzip_body=True)
    records = [response_record("https://wire.example/huge", huge), bomb]
    path = tmp_path / "huge.warc.gz"
    write_warc(path, [*records, response_record(ARTICLE, article_html)])
    items, stats = read_all(path, backend, max_bytes=100_000)
    assert [p.url for p in pages_of(items)] == [ARTICLE]
    errors = errors_of(items)
    assert [e.record_id for e in errors] == [
        record_id_for("https://wire.example/huge"),
        record_id_for("https://wire.example/bomb"),
    ]
    assert all("100,000" in e.reason for e in errors)
    assert stats.failed == 2


def test_missing_file_is_an_error_item_not_an_exception(tmp_path: Path, backend: Backend) -> None:
    items, stats = read_all(tmp_path / "absent.warc.gz", backend)
    (error,) = items
    assert isinstance(error, WarcError)
    assert str(tmp_path / "absent.warc.gz") in str(error)
    assert stats.failed == 1


def test_open_stream_reads_like_a_path(tmp_path: Path, pages_dir: Path, backend: Backend) -> None:
    path = tmp_path / "s.warc.gz"
    write_warc(path, [response_record(u, b) for u, b in fixture_pages(pages_dir)])
    from_path = pages_of(read_all(path, backend)[0])
    stream = io.BytesIO(path.read_bytes())
    from_stream = pages_of(list(iter_warc(str(path), stream=stream, backend=backend)))
    assert from_stream == from_path


def test_items_pickle_for_worker_processes(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    path = tmp_path / "p.warc.gz"
    write_warc(path, [response_record(ARTICLE, article_html)])
    truncate_file(path, 50)
    write_warc(tmp_path / "q.warc.gz", [response_record(ARTICLE, article_html)])
    items = read_all(path, backend)[0] + read_all(tmp_path / "q.warc.gz", backend)[0]
    assert {type(i) for i in items} == {RawPage, WarcFileError}
    for item in items:
        copy = pickle.loads(pickle.dumps(item))
        assert type(copy) is type(item)
        assert str(copy) == str(item)


def test_unseekable_stream_is_an_error_item(backend: Backend) -> None:
    class Pipe(io.RawIOBase):
        def readable(self) -> bool:
            return True

    pipe = cast(BinaryIO, Pipe())  # reads like a pipe: seek() raises
    (error,) = list(iter_warc("stdin.warc.gz", stream=pipe, backend=backend))
    assert isinstance(error, WarcError)
    assert error.source == "stdin.warc.gz#@0"


def test_an_empty_warc_file_is_reported_not_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "died.warc.gz"
    path.write_bytes(b"")
    stats = WarcStats()
    (error,) = list(iter_warc(path, stats=stats))
    assert isinstance(error, WarcError)
    assert error.source == f"{path}#@0" and error.reason == "empty file: no WARC records"
    assert stats.failed == 1 and stats.records == 0


def test_a_status_code_of_digits_int_cannot_read_is_no_page_and_no_crash(
    tmp_path: Path, article_html: bytes, backend: Backend
) -> None:
    # "2²0" is digits to str.isdigit (the header is read as Latin-1) but no number to int().
    records = [
        response_record("https://wire.example/odd", article_html, status="2\u00b20 OK"),
        response_record(ARTICLE, article_html),
    ]
    path = tmp_path / "odd-status.warc.gz"
    write_warc(path, records)
    items, stats = read_all(path, backend)
    assert [p.url for p in pages_of(items)] == [ARTICLE]
    # Reported as what it is, not as an unreadable record with Python's message about int().
    assert [error.reason for error in errors_of(items)] == ["not an HTTP response"]
    assert (stats.records, stats.html) == (2, 1)
