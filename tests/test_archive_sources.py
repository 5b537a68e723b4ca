"""``dateline ingest`` from URLs, sitemaps, feeds and WARC files, served on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from loopback_site import LoopbackSite, Response
from test_archive_ingest import article_page
from warc_writer import (
    GARBAGE,
    dns_record,
    malformed_record,
    record_id_for,
    request_record,
    response_record,
    truncate_file,
    write_warc,
)

from dateline.cli import main

#: Fetch options for a site the test runs itself: no politeness delay, short timeouts.
FAST = ("--delay", "0", "--timeout", "2", "--workers", "2")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy set in the environment."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def sitemap(*urls: str) -> str:
    entries = "".join(f"<url><loc>{url}</loc></url>" for url in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )


def feed(*urls: str) -> str:
    items = "".join(f"<item><title>Item</title><link>{url}</link></item>" for url in urls)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    )


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_sitemap_and_feed_pages_are_fetched_politely_and_recrawled_conditionally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    routes = {
        "/robots.txt": "User-agent: *\nDisallow: /private/\n",
        "/a.html": Response(body=article_page(1), headers={"ETag": '"a1"'}),
        "/b.html": Response(
            body=article_page(2), headers={"Last-Modified": "Mon, 06 May 2024 08:00:00 GMT"}
        ),
        "/private/c.html": article_page(3),
        "/d.html": Response(body=article_page(4), headers={"ETag": '"d1"'}),
    }
    with LoopbackSite(routes) as site:
        site.routes["/sitemap.xml"] = sitemap(
            site.url("/a.html"), site.url("/b.html"), site.url("/private/c.html")
        )
        site.routes["/feed.xml"] = feed(site.url("/d.html"), site.url("/a.html"))
        sources = [site.url("/sitemap.xml"), site.url("/feed.xml")]
        assert main(["ingest", *FAST, *sources, "--db", str(db)]) == 1
        assert "/private/c.html" not in site.paths()
        keys = sorted(key for (key,) in rows(db, "SELECT key FROM articles"))
        assert keys == [f"https://kill.example/reports/{n}" for n in (1, 2, 4)]
        failures = rows(db, "SELECT source FROM failures")
        assert failures == [(site.url("/private/c.html"),)]
        validators = rows(db, "SELECT url, etag, last_modified FROM pages ORDER BY url")
        assert validators == [
            (site.url("/a.html"), '"a1"', None),
            (site.url("/b.html"), None, "Mon, 06 May 2024 08:00:00 GMT"),
            (site.url("/d.html"), '"d1"', None),
        ]
        assert all(r.header("User-Agent").startswith("dateline/") for r in site.requests)

        # Second crawl: unchanged pages answer 304; a changed page becomes a new version.
        site.routes["/d.html"] = Response(
            body=article_page(4, "Late update: the quay is open."), headers={"ETag": '"d2"'}
        )
        capsys.readouterr()
        site.requests.clear()
        assert main(["ingest", *FAST[:-2], "--workers", "1", *sources, "--db", str(db)]) == 1
        [a_request] = site.requests_for("/a.html")
        assert a_request.header("If-None-Match") == '"a1"'
        [b_request] = site.requests_for("/b.html")
        assert b_request.header("If-Modified-Since") == "Mon, 06 May 2024 08:00:00 GMT"
    assert "2 not modified" in capsys.readouterr().err
    versions = rows(db, "SELECT version, is_latest FROM articles WHERE key LIKE '%/4'")
    assert sorted(versions) == [(1, 0), (2, 1)]
    assert rows(db, "SELECT etag FROM pages WHERE url LIKE '%/d.html'") == [('"d2"',)]


def test_bad_pages_and_listings_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    routes = {
        "/robots.txt": "",
        "/good.html": article_page(7),
        "/loop": Response(redirect="/loop"),
        "/endless": Response(trickle=True),
        "/broken-sitemap.xml": '<?xml version="1.0"?><urlset><url><loc>http://',
        "/broken-feed.xml": '<?xml version="1.0"?><rss><channel><item><link>',
        "/gone.html": Response(status=404, body="gone"),
    }
    with LoopbackSite(routes) as site:
        names = ["/loop", "/endless", "/broken-sitemap.xml", "/broken-feed.xml", "/gone.html"]
        sources = [site.url(name) for name in [*names, "/good.html"]]
        args = ["ingest", "-q", "--delay", "0", "--timeout", "1", "--workers", "1"]
        assert main([*args, *sources, "--db", str(db)]) == 1
    assert [key for (key,) in rows(db, "SELECT key FROM articles")] == [
        "https://kill.example/reports/7"
    ]
    failed = dict(rows(db, "SELECT source, error FROM failures"))
    assert set(failed) == {site.url(name) for name in names}
    assert all(error for error in failed.values())


def test_a_host_whose_robots_txt_is_unreachable_is_reported_once_before_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    troubled = {"/robots.txt": Response(status=503, body="busy")}
    troubled |= {f"/{n}.html": article_page(n) for n in range(25)}
    with LoopbackSite(troubled) as down, LoopbackSite({"/robots.txt": ""}) as up:
        up.routes["/good.html"] = article_page(30)
        up.routes["/gone.html"] = Response(status=404, body="gone")
        listed = [down.url(f"/{n}.html") for n in range(25)]
        up.routes["/sitemap.xml"] = sitemap(up.url("/gone.html"), *listed, up.url("/good.html"))
        assert main(["ingest", *FAST, up.url("/sitemap.xml"), "--db", str(db)]) == 1
    assert down.paths() == ["/robots.txt"]
    lines = capsys.readouterr().err.splitlines()
    robots = down.url("/robots.txt")
    assert lines[0].startswith(f"dateline: {robots}: robots.txt unreachable (HTTP 503")
    assert lines[0].endswith("not fetching: 25 pages held back")
    assert lines[1].startswith(f"dateline: {up.url('/gone.html')}: HTTP 404")
    assert not any(down.url("/") in line for line in lines[1:])
    assert "26 failed" in lines[-1]
    # Every page held back is still a failure of the run, for a rerun to pick up.
    failed = {source for (source,) in rows(db, "SELECT source FROM failures")}
    assert failed == {*listed, up.url("/gone.html")}
    assert [key for (key,) in rows(db, "SELECT key FROM articles")] == [
        "https://kill.example/reports/30"
    ]


def test_warc_records_are_ingested_and_damaged_ones_recorded(
    tmp_path: Path, pages_dir: Path
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    pages = {
        "https://tidewire.example/a": (pages_dir / "wire_original.html").read_bytes(),
        "https://riverbendreview.example/b": (pages_dir / "blog_microdata.html").read_bytes(),
    }
    date = "2024-03-04T05:06:07Z"
    records = [response_record(url, body, date=date) for url, body in pages.items()]
    write_warc(warc, [records[0], GARBAGE, malformed_record("https://x.example/m"), records[1]])
    db = tmp_path / "a.db"
    assert main(["ingest", "-q", "--workers", "2", str(warc), "--db", str(db)]) == 1
    stored = rows(db, "SELECT fetched_at, record FROM articles ORDER BY id")
    assert len(stored) == 2
    assert {json.loads(record)["url"] for _, record in stored} == set(pages)
    assert {fetched for fetched, _ in stored} == {date}
    failures = rows(db, "SELECT source FROM failures")
    assert failures and all(source.startswith(str(warc)) for (source,) in failures)
    # The same WARC again: every page is already stored.
    assert main(["ingest", "-q", str(warc), "--db", str(db)]) == 1
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]


def test_a_warc_gz_cut_short_in_its_last_record_keeps_the_pages_before_and_names_the_file(
    tmp_path: Path, pages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    names = ["wire_original.html", "blog_microdata.html", "wire_regional.html"]
    urls = [f"https://tidewire.example/{n}" for n in range(3)]
    records = [
        response_record(url, (pages_dir / name).read_bytes())
        for url, name in zip(urls, names, strict=True)
    ]
    write_warc(warc, records)
    truncate_file(warc, 300)  # an interrupted download: the last record's body stops short
    db = tmp_path / "a.db"
    assert main(["ingest", "--workers", "2", str(warc), "--db", str(db)]) == 1
    stored = {json.loads(record)["url"] for (record,) in rows(db, "SELECT record FROM articles")}
    assert stored == set(urls[:2])
    lines = capsys.readouterr().err.splitlines()
    cut = f"{warc}#{record_id_for(urls[2])}"
    assert lines[0].startswith(f"dateline: {cut}: file cut short: its last record has ")
    assert lines[1].startswith("dateline: 3 pages: 2 new, ") and " 1 failed" in lines[1]
    assert rows(db, "SELECT source FROM failures") == [(cut,)]


def test_a_warcs_responses_that_hold_no_page_are_counted_as_skipped(
    tmp_path: Path, pages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    page = (pages_dir / "wire_original.html").read_bytes()
    gone = b"<html><body><h1>Page not found</h1></body></html>"
    write_warc(
        warc,
        [
            request_record("https://tidewire.example/a"),
            response_record("https://tidewire.example/a", page),
            dns_record("tidewire.example"),
            response_record("https://tidewire.example/old", gone, status="404 Not Found"),
            response_record("https://tidewire.example/moved", b"", status="301 Moved"),
            response_record(
                "https://tidewire.example/map.png", b"\x89PNG", content_type="image/png"
            ),
        ],
    )
    db = tmp_path / "a.db"
    assert main(["ingest", "--workers", "1", str(warc), "--db", str(db)]) == 0
    status = capsys.readouterr().err
    # The 404, the redirect and the image; not the request or the DNS lookup.
    assert "1 new" in status and "0 failed" in status and "3 skipped (not pages)" in status
    assert rows(db, "SELECT count(*) FROM failures") == [(0,)]
