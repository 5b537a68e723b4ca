"""The ``dateline`` command run as a real process: inputs, formats, errors, fetching.

These tests check what the CLI is responsible for (record structure, flags, error handling,
fetch bounds), not the extraction quality of the engine behind it. URLs are served by a local
HTTP server on 127.0.0.1 that the tests start themselves.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

import dateline
from dateline.cli_render import render_markdown, render_text
from dateline.model import REMOVED_KINDS, SCHEMA, Article, Claim, Facts, Person, Quote

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cli"
ARTICLE = FIXTURES / "quay-notice.html"
SECOND = FIXTURES / "market-report.html"
FLAT = FIXTURES / "wire-flat.txt"
ARABIC = FIXTURES / "arabic-market-cp1256.html"
#: Words of the Arabic fixture's headline, as they must come out after decoding.
ARABIC_HEADLINE = "السوق المركزي في وادي الريحان"
#: Generous bound on one CLI run, so that a hang fails the test instead of blocking the suite.
RUN_LIMIT_SECONDS = 120
#: A path written in Cyrillic, as the local server sees it once the client has encoded it.
IRI_PATH = "/" + quote("новости") + "/" + quote("москва")


def run_cli(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m dateline`` with ``args`` from the repository's own checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    result = subprocess.run(
        [sys.executable, "-m", "dateline", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=RUN_LIMIT_SECONDS,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


def records(stdout: str) -> list[dict]:
    """Parse JSON Lines output."""
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@functools.cache
def single_record(*args: str | Path) -> dict:
    """The one JSON record that ``dateline extract *args`` prints (cached: tests only read it)."""
    result = run_cli("extract", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def error_lines(stderr: str, name: str) -> list[str]:
    return [line for line in stderr.splitlines() if name in line]


# --- local files ---------------------------------------------------------------------------


def test_version_names_the_package_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"dateline {dateline.__version__}"


def test_one_file_prints_one_pretty_json_record_without_removed() -> None:
    result = run_cli("extract", ARTICLE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("{\n  ")
    record = json.loads(result.stdout)
    assert record["schema"] == SCHEMA
    assert "removed" not in record
    assert result.stderr == ""


def test_explain_adds_the_removed_chrome_with_kinds() -> None:
    record = single_record(ARTICLE, "--explain")
    assert isinstance(record["removed"], list)
    for piece in record["removed"]:
        assert piece["kind"] in REMOVED_KINDS
        assert isinstance(piece["text"], str)


def test_several_files_print_json_lines_in_argument_order() -> None:
    result = run_cli("extract", ARTICLE, SECOND)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [single_record(ARTICLE), single_record(SECOND)]
    assert "2 pages, 0 failed" in result.stderr


def test_explicit_json_format_for_several_pages_is_one_array() -> None:
    result = run_cli("extract", ARTICLE, SECOND, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [single_record(ARTICLE), single_record(SECOND)]


def test_folder_is_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    shutil.copy(SECOND, tmp_path / "b.html")
    shutil.copy(ARTICLE, tmp_path / "a.htm")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(ARTICLE.read_bytes()))
    (tmp_path / ".hidden.html").write_bytes(b"<html><body><p>hidden</p></body></html>")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "d.html").write_bytes(b"<html><body><p>cached</p></body></html>")
    (tmp_path / "notes.md").write_text("not a page")
    (tmp_path / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (tmp_path / "sub" / "humans.txt").write_text("Team: the quay desk\n")

    walked = run_cli("extract", tmp_path)
    listed = run_cli(
        "extract", tmp_path / "a.htm", tmp_path / "b.html", tmp_path / "sub" / "c.html.gz"
    )
    assert walked.returncode == 0, walked.stderr
    assert len(records(walked.stdout)) == 3
    assert walked.stdout == listed.stdout


def test_workers_give_the_same_records_in_input_order_and_report_failures(
    tmp_path: Path,
) -> None:
    pages = [ARTICLE, SECOND, FLAT, ARABIC] * 3
    for i, page in enumerate(pages):
        shutil.copy(page, tmp_path / f"{i:02d}{page.suffix}")
    (tmp_path / "05.html").write_bytes(b"\x00\x01\x02" * 40)  # binary junk among the pages
    alone = run_cli("extract", tmp_path)
    pooled = run_cli("extract", tmp_path, "--workers", "3")
    assert alone.returncode == pooled.returncode == 1
    assert len(records(pooled.stdout)) == len(pages) - 1
    assert pooled.stdout == alone.stdout
    assert error_lines(pooled.stderr, "05.html") == error_lines(alone.stderr, "05.html")
    assert len(error_lines(pooled.stderr, "05.html")) == 1


def test_empty_folder_is_a_reported_failure(tmp_path: Path) -> None:
    result = run_cli("extract", tmp_path, ARTICLE)
    assert result.returncode == 1
    assert len(records(result.stdout)) == 1
    assert error_lines(result.stderr, str(tmp_path))[0].startswith(f"dateline: {tmp_path}: ")


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_reader_that_closes_the_pipe_early_stops_the_run_quietly(
    tmp_path: Path, fmt: str
) -> None:
    # ``dateline extract crawl/ | head -1``: 80 records (~190 KB) outrun the pipe's buffer,
    # so the command is still writing when the reader goes away.
    for number in range(80):
        shutil.copy(ARTICLE, tmp_path / f"page-{number:02d}.html")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [sys.executable, "-m", "dateline", "extract", str(tmp_path), "--explain", "--format", fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    status = process.wait(timeout=RUN_LIMIT_SECONDS)
    assert first.strip()
    assert status == 141  # 128 + SIGPIPE, as a shell reports a tool that the pipe ended
    assert "Traceback" not in stderr and "Error" not in stderr
    assert "pages/s" not in stderr  # no summary of a run that did not finish


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_output_that_cannot_be_written_is_one_line_and_exit_1(tmp_path: Path, stdout: str) -> None:
    # A full disk (/dev/full answers every write with ENOSPC) or a command started with its
    # stdout closed (``>&-``): said once, without a traceback or a summary of pages done.
    shutil.copy(ARTICLE, tmp_path / "a.html")
    shutil.copy(SECOND, tmp_path / "b.html")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "dateline", "extract", str(tmp_path)],
            stdout=full if stdout == "full" else None,
            stderr=subprocess.PIPE,
            preexec_fn=None if stdout == "full" else lambda: os.close(1),
            env=env,
            cwd=ROOT,
            timeout=RUN_LIMIT_SECONDS,
            check=False,
        )
    reason = "No space left on device" if stdout == "full" else "standard output is closed"
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [f"dateline: output: {reason}"]


def test_a_file_name_that_is_not_utf8_is_named_as_ingest_names_it(tmp_path: Path) -> None:
    # "café" saved by a Latin-1 system: the byte \xe9 is no UTF-8, and the failure line must
    # name it as the archive does ("caf\xe9"), not as Python's lone surrogate ("\udce9").
    folder = tmp_path / os.fsdecode(b"r\xe9gion")
    folder.mkdir()
    (folder / os.fsdecode(b"vid\xe9o.html")).write_bytes(b"\x00\x01\x02")
    missing = tmp_path / os.fsdecode(b"caf\xe9.html")
    result = run_cli("extract", missing, folder)
    assert result.returncode == 1
    assert f"dateline: {tmp_path}/caf\\xe9.html: no such file" in result.stderr.splitlines()
    assert f"dateline: {tmp_path}/r\\xe9gion/vid\\xe9o.html: binary input" in result.stderr
    assert "\\udc" not in result.stderr


def test_gzip_page_gives_the_same_record_as_the_plain_page(tmp_path: Path) -> None:
    packed = tmp_path / "quay-notice.html.gz"
    packed.write_bytes(gzip.compress(ARTICLE.read_bytes()))
    assert single_record(packed) == single_record(ARTICLE)


def test_stdin_gives_the_same_record_as_the_file() -> None:
    result = run_cli("extract", "-", stdin=ARTICLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == single_record(ARTICLE)


def test_gzip_on_stdin_is_recognised_by_its_signature() -> None:
    result = run_cli("extract", "-", stdin=gzip.compress(ARTICLE.read_bytes()))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == single_record(ARTICLE)


def test_url_option_sets_the_record_url() -> None:
    url = "https://www.estuary-gazette.example/news/bellmouth-quay-dredging"
    assert single_record(ARTICLE, "--url", url)["url"] == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "quay/dredging",
        "ftp://estuary.example/a",
        "http://[bad/a",
        "https://",
    ],
)
def test_url_option_refuses_what_is_no_http_address_of_a_page(url: str) -> None:
    result = run_cli("extract", ARTICLE, "--url", url)
    assert result.returncode == 2
    assert "--url: not an http(s) address of a page" in result.stderr


def test_url_option_takes_an_address_with_a_non_ascii_host_or_path() -> None:
    url = "https://новости.example/статья/1"
    assert single_record(ARTICLE, "--url", url)["url"] == url


def test_plain_text_file_goes_through_the_text_path() -> None:
    record = single_record(FLAT)
    assert record["schema"] == SCHEMA
    assert "Copper smelter" in json.dumps(record)


def test_input_text_forces_the_text_path_whatever_the_suffix(tmp_path: Path) -> None:
    disguised = tmp_path / "flat.html"
    shutil.copy(FLAT, disguised)
    assert single_record(disguised, "--input", "text") == single_record(FLAT)


def test_markdown_format_prints_title_facts_and_body() -> None:
    record = single_record(ARTICLE)
    result = run_cli("extract", ARTICLE, "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"# {record['title']}\n")
    assert record["markdown"].strip() in result.stdout


def test_explain_lists_the_removed_chrome_in_text_and_markdown_too() -> None:
    removed = single_record(ARTICLE, "--explain")["removed"]
    assert removed
    text = run_cli("extract", ARTICLE, "--format", "text", "--explain").stdout
    assert all(f"[{piece['kind']}] {piece['text']}" in text for piece in removed)
    markdown = run_cli("extract", ARTICLE, "--format", "markdown", "--explain").stdout
    assert "\n## Removed\n" in markdown and f"- `{removed[0]['kind']}`" in markdown
    assert "Removed" not in run_cli("extract", ARTICLE, "--format", "text").stdout


def test_text_and_markdown_show_the_facts_that_facts_found() -> None:
    facts = Facts(
        people=[Person("Odile Marchand", ["harbour master"])],
        quotes=[
            Quote("The quay is *closed*", "Odile Marchand", "direct", "said", 0, 20),
            Quote("repairs would take a week", None, "indirect", "said", 30, 55),
        ],
        claims=[
            Claim("At least 3 barges sank.", None, 3, "at least", "barges", "sank"),
            Claim("It cost 1.5 million.", "the port", 1500000.0, None, "euros", "cost"),
        ],
    )
    article = Article(title="Quay shut", text="The quay is shut.", facts=facts)
    text = render_text(article)
    assert "\nPeople:\n  Odile Marchand, harbour master\n" in text
    assert "  Odile Marchand: \u201cThe quay is *closed*\u201d\n" in text
    assert "  unattributed: repairs would take a week\n" in text
    assert "\nClaims:\n  at least 3 barges sank (no source named)\n" in text
    assert "  1,500,000 euros cost (the port)\n" in text
    markdown = render_markdown(article)
    assert "\n## Quotes\n\n- Odile Marchand: \u201cThe quay is \\*closed\\*\u201d\n" in markdown
    assert "## People" not in render_markdown(Article(title="Quay shut", facts=Facts()))
    assert "Quotes" not in render_text(Article(title="Quay shut", text="The quay is shut."))


def test_a_title_that_looks_like_markdown_stays_text(tmp_path: Path) -> None:
    page = tmp_path / "odd.html"
    page.write_text(
        "<html><head><title># Not a heading</title></head><body><h1># Not a heading</h1>"
        "<p>The harbour master of Port Avel counted nine barges at the quay on Tuesday.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    assert run_cli("extract", page, "--format", "markdown").stdout.startswith(
        "# \\# Not a heading\n"
    )


def test_text_format_prints_title_facts_and_text() -> None:
    record = single_record(ARTICLE)
    result = run_cli("extract", ARTICLE, "--format", "text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == record["title"]
    assert record["text"].strip() in result.stdout
    if record["word_count"]:
        assert f"{record['word_count']:,} words" in result.stdout


def test_missing_file_is_one_line_naming_it_and_the_others_still_go_out(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-page.html"
    result = run_cli("extract", ARTICLE, missing, SECOND)
    assert result.returncode == 1
    assert records(result.stdout) == [single_record(ARTICLE), single_record(SECOND)]
    [line] = error_lines(result.stderr, str(missing))
    assert line == f"dateline: {missing}: no such file"
    assert "3 pages, 1 failed" in result.stderr


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>https://quayside.example/news/a.html</loc>"
    "<lastmod>2024-03-05T18:20:00+00:00</lastmod></url></urlset>\n"
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Quayside</title>'
    "<item><title>Ferry</title><link>https://quayside.example/news/a.html</link></item>"
    "</channel></rss>\n"
)


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("sitemap.xml", SITEMAP, "not a page: a sitemap"),
        ("feed.rss", FEED, "not a page: an RSS or Atom feed"),
        ("feed.html", FEED, "not a page: an RSS or Atom feed"),
    ],
)
def test_a_sitemap_or_feed_is_refused_in_one_line_naming_it(
    tmp_path: Path, name: str, body: str, reason: str
) -> None:
    listing = tmp_path / name
    listing.write_text(body, encoding="utf-8")
    result = run_cli("extract", listing, ARTICLE)
    assert result.returncode == 1
    assert records(result.stdout) == [single_record(ARTICLE)]
    assert error_lines(result.stderr, str(listing)) == [f"dateline: {listing}: {reason}"]
    alone = run_cli("extract", listing)
    assert (alone.returncode, alone.stdout) == (1, "")
    stdin = run_cli("extract", "-", stdin=body.encode())
    assert (stdin.returncode, stdin.stdout) == (1, "")
    assert f"dateline: -: {reason}" in stdin.stderr


def test_binary_junk_is_reported_not_crashed_on(tmp_path: Path) -> None:
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 64)
    result = run_cli("extract", junk)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    # The input is named once, then the engine's reason.
    assert line.startswith(f"dateline: {junk}: binary input: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", str(ARTICLE), "--format", "yaml"],
        ["extract", str(ARTICLE), str(SECOND), "--url", "https://example.org/a"],
        ["extract", str(ARTICLE), "--timeout", "0"],
        ["extract", str(ARTICLE), "--max-bytes", "-5"],
        ["ingest", str(ARTICLE), "--workers", "0"],
        ["ingest", str(ARTICLE), "--delay", "-1"],
        ["ingest", str(ARTICLE), "--delay", "nan"],
        ["ingest", str(ARTICLE), "--timeout", "inf"],
        ["ingest", str(ARTICLE), "--timeout", "0"],
        ["extract", str(ARTICLE), "--timeout", "nan"],
        ["extract", str(FIXTURES), "--url", "https://example.org/a"],
        ["serve", "--port", "70000"],
        ["digest", "--smtp-port", "99999"],
        ["search", "ferry", "--limit", "many"],
        ["search", "ferry", "--limit", "100000000000000000000"],
        ["ingest", str(ARTICLE), "--workers", "99999999999999999999"],
        ["extract", str(ARTICLE), "--max-bytes", "99999999999999999999"],
        ["search", "ferry", "--since", "2024-03-06xyz"],
        ["search", "ferry", "--until", ""],
        ["digest", "--smtp-host", "127.0.0.1", "--sender", "a@b.example", "--since", "May"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_with_status_2(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_refuses_standard_input_saying_so_and_takes_a_file_named_dash(
    tmp_path: Path,
) -> None:
    db = tmp_path / "a.db"
    result = run_cli("ingest", "--db", db, ARTICLE, "-", stdin=ARTICLE.read_bytes())
    assert result.returncode == 2 and "usage:" in result.stderr
    assert "'-': standard input is not a source for ingest" in result.stderr
    assert "no such file" not in result.stderr
    assert not db.exists()  # refused before anything was stored
    shutil.copy(ARTICLE, tmp_path / "-")
    result = run_cli("ingest", "-q", "--workers", "1", "--db", db, tmp_path / "-")
    assert result.returncode == 0 and result.stderr == ""
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM pages").fetchall() == [(str(tmp_path / "-"),)]


def test_a_warc_file_gives_one_record_per_html_response_and_reports_a_broken_one(
    tmp_path: Path,
) -> None:
    from warc_writer import GARBAGE, response_record, write_warc

    records = [
        response_record("https://quay.example/notice", ARTICLE.read_bytes()),
        GARBAGE,
        response_record("https://market.example/report", SECOND.read_bytes()),
    ]
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, records)
    result = run_cli("extract", warc)
    assert result.returncode == 1  # the garbage between the records is a failure
    urls = [json.loads(line)["url"] for line in result.stdout.splitlines()]
    assert urls == ["https://quay.example/notice", "https://market.example/report"]
    [error] = [line for line in result.stderr.splitlines() if "unreadable" in line]
    assert error.startswith(f"dateline: {warc}#@")
    # The summary counts the records read, the broken stretch among them.
    assert re.search(r"^dateline: 3 pages, 1 failed, [\d.]+ pages/s$", result.stderr, re.M)


def test_demo_summarises_every_shipped_sample(tmp_path: Path) -> None:
    samples = sorted(p.name for p in (ROOT / "dateline" / "samples").iterdir())
    result = run_cli("demo", "--no-serve", "--dir", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in samples:
        assert f"samples/{name}" in result.stdout
    assert result.stdout.count("Removed:") == len(samples)
    assert (tmp_path / "demo.db").is_file()  # the archive the demo would serve


# --- URLs from a local server --------------------------------------------------------------


class _Site(BaseHTTPRequestHandler):
    """Routes that behave like the web at its worst: redirects, loops, endless bodies."""

    protocol_version = "HTTP/1.0"
    stopping = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""

    def do_GET(self) -> None:
        routes: dict[str, Callable[[], None]] = {
            "/article": lambda: self._page(ARTICLE.read_bytes(), "text/html; charset=utf-8"),
            "/arabic": lambda: self._page(ARABIC.read_bytes(), "text/html; charset=windows-1256"),
            "/flat": lambda: self._page(FLAT.read_bytes(), "text/plain; charset=utf-8"),
            "/photo": lambda: self._page(b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
            "/moved": lambda: self._redirect("/article"),
            "/loop-a": lambda: self._redirect("/loop-b"),
            "/loop-b": lambda: self._redirect("/loop-a"),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
            "/endless": self._endless,
            "/trickle": self._trickle,
            "/cut-short": self._cut_short,
            "/stall-head": self._stall_head,
            IRI_PATH: lambda: self._page(ARTICLE.read_bytes(), "text/html; charset=utf-8"),
        }
        route = routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route()  # endless routes end when the client hangs up

    def _page(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _endless(self) -> None:
        """A page that never ends: no length, paragraphs as fast as the client takes them."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>")
        chunk = b"<p>The tide came in again.</p>\n" * 2048
        while not self.stopping.is_set():
            self.wfile.write(chunk)

    def _cut_short(self) -> None:
        """A page whose connection closes after half the bytes its Content-Length promised."""
        body = ARTICLE.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def _stall_head(self) -> None:
        """A response whose headers come one byte at a time, for longer than any test waits."""
        self.send_response(200)
        self.flush_headers()
        self.wfile.write(b"X-Pad: ")
        until = time.monotonic() + 8
        while time.monotonic() < until and not self.stopping.is_set():
            self.wfile.write(b"a")
            self.wfile.flush()
            time.sleep(0.5)
        self.wfile.write(b"\r\nContent-Type: text/html\r\n\r\n<p>late</p>")

    def _trickle(self) -> None:
        """A page that never ends, one byte at a time, never idle long enough to time out."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        while not self.stopping.is_set():
            self.wfile.write(b"<")
            self.wfile.flush()
            time.sleep(0.05)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """Base URL of a local HTTP server with the routes of ``_Site``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    _Site.stopping.set()
    server.shutdown()
    server.server_close()


def test_url_is_fetched_and_recorded_with_its_address(site: str) -> None:
    record = single_record(f"{site}/article")
    assert record["schema"] == SCHEMA
    assert record["url"] == f"{site}/article"


def test_redirect_is_followed_and_the_final_url_recorded(site: str) -> None:
    assert single_record(f"{site}/moved")["url"] == f"{site}/article"


def test_http_charset_header_decodes_a_windows_1256_page(site: str) -> None:
    record = single_record(f"{site}/arabic")
    assert ARABIC_HEADLINE in json.dumps(record, ensure_ascii=False)
    assert "1256" in (record["source_encoding"] or "")


def test_text_plain_url_goes_through_the_text_path(site: str) -> None:
    assert single_record(f"{site}/flat", "--url", "https://x.example/flat") == single_record(
        FLAT, "--url", "https://x.example/flat"
    )


def test_endless_page_is_cut_at_the_size_cap(site: str) -> None:
    url = f"{site}/endless"
    result = run_cli("extract", url, "--max-bytes", "300000")
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = error_lines(result.stderr, url)
    assert line == f"dateline: {url}: larger than 300,000 bytes"


def test_endless_page_is_cut_at_the_default_cap(site: str) -> None:
    result = run_cli("extract", f"{site}/endless")
    assert result.returncode == 1
    assert "larger than 10,485,760 bytes" in result.stderr


def test_trickling_page_is_cut_by_the_timeout(site: str) -> None:
    url = f"{site}/trickle"
    result = run_cli("extract", url, "--timeout", "1")
    assert result.returncode == 1
    [line] = error_lines(result.stderr, url)
    assert line == f"dateline: {url}: timed out"


def test_a_body_cut_short_of_its_content_length_is_a_failure_not_a_page(site: str) -> None:
    url = f"{site}/cut-short"
    result = run_cli("extract", url)
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = error_lines(result.stderr, url)
    size = ARTICLE.stat().st_size
    assert line == (
        f"dateline: {url}: connection closed before the body ended ({size // 2:,} of {size} bytes)"
    )


def test_redirect_loop_is_a_clear_error(site: str) -> None:
    url = f"{site}/loop-a"
    result = run_cli("extract", url)
    assert result.returncode == 1
    [line] = error_lines(result.stderr, url)
    assert line.startswith(f"dateline: {url}: redirect loop")


def test_redirect_away_from_http_is_refused(site: str) -> None:
    url = f"{site}/to-file"
    result = run_cli("extract", url)
    assert result.returncode == 1
    assert "not an http(s) URL (redirected to file:///etc/passwd)" in result.stderr


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/gone", "HTTP 404 Not Found"), ("/photo", "not a web page (Content-Type image/png)")],
)
def test_http_failures_name_the_url_and_the_others_still_go_out(
    site: str, path: str, reason: str
) -> None:
    url = f"{site}{path}"
    result = run_cli("extract", url, f"{site}/article")
    assert result.returncode == 1
    assert len(records(result.stdout)) == 1
    assert error_lines(result.stderr, url) == [f"dateline: {url}: {reason}"]


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port that is bound but not listening, so connections to it are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_refused_connection_is_reported(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/article"
    result = run_cli("extract", url)
    assert result.returncode == 1
    assert error_lines(result.stderr, url) == [f"dateline: {url}: connection refused"]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_headers_trickled_forever_are_cut_by_the_timeout(
    site: str, command: str, tmp_path: Path
) -> None:
    url = f"{site}/stall-head"
    extra = ["--db", str(tmp_path / "a.db"), "--delay", "0"] if command == "ingest" else []
    started = time.monotonic()
    result = run_cli(command, url, "--timeout", "1", *extra)
    assert time.monotonic() - started < 6  # the server would hold it for 8 s and more
    assert result.returncode == 1
    assert f"dateline: {url}: timed out" in result.stderr.splitlines()


def test_an_iri_on_the_command_line_is_fetched(site: str, tmp_path: Path) -> None:
    iri = f"{site}/новости/москва"
    assert single_record(iri)["url"] == f"{site}{IRI_PATH}"
    result = run_cli("ingest", iri, "--db", tmp_path / "a.db", "--delay", "0", "-q")
    assert result.returncode == 0, result.stderr


def test_ingest_max_bytes_is_the_cap_of_a_url_given_on_the_command_line(
    site: str, tmp_path: Path
) -> None:
    url = f"{site}/endless"
    result = run_cli(
        "ingest", url, "--db", tmp_path / "a.db", "--delay", "0", "--max-bytes", "300000"
    )
    assert result.returncode == 1
    assert f"dateline: {url}: larger than 300,000 bytes" in result.stderr.splitlines()
