"""The polite fetcher against a loopback site: robots.txt, per-host delay, 304, bounds."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import zlib
from itertools import pairwise
from urllib.parse import quote

import pytest
from loopback_site import LoopbackSite, Response

from dateline.sources.fetch import NotModified, _check_length, fetch
from dateline.sources.polite import CRAWLER_USER_AGENT, PoliteFetcher
from dateline.sources.raw import RobotsUnreachable, SourceError
from dateline.sources.robots import parse_robots

PAGE = "<html><head><title>Harbour ferry resumes</title></head><body><p>Back.</p></body></html>"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


def _fetcher(**options: object) -> PoliteFetcher:
    settings: dict[str, object] = {"delay": 0.0, "timeout": 5.0}
    settings.update(options)
    return PoliteFetcher(**settings)  # type: ignore[arg-type]


def test_robots_disallow_is_honoured_and_robots_read_once() -> None:
    routes = {"/robots.txt": ROBOTS, "/news/a.html": PAGE, "/private/b.html": PAGE}
    with LoopbackSite(routes) as site:
        fetcher = _fetcher()
        assert fetcher.fetch(site.url("/news/a.html")).data == PAGE.encode()
        with pytest.raises(SourceError) as refused:
            fetcher.fetch(site.url("/private/b.html"))
    assert refused.value.source == site.url("/private/b.html")
    assert refused.value.reason == "disallowed by robots.txt"
    assert site.paths() == ["/robots.txt", "/news/a.html"]
    assert all(request.header("User-Agent") == CRAWLER_USER_AGENT for request in site.requests)


def test_robots_404_allows_everything() -> None:
    with LoopbackSite({"/a.html": PAGE}) as site:
        assert _fetcher().fetch(site.url("/a.html")).url == site.url("/a.html")
    assert site.paths() == ["/robots.txt", "/a.html"]


def test_robots_server_error_refuses_the_host_without_more_requests() -> None:
    with LoopbackSite({"/robots.txt": Response(status=503), "/a.html": PAGE}) as site:
        fetcher = _fetcher()
        for _ in range(2):
            with pytest.raises(RobotsUnreachable, match=r"robots.txt unreachable \(HTTP 503") as no:
                fetcher.fetch(site.url("/a.html"))
            assert no.value.robots == site.url("/robots.txt")
    assert site.paths() == ["/robots.txt"]


def test_robots_can_be_switched_off() -> None:
    with LoopbackSite({"/robots.txt": "User-agent: *\nDisallow: /\n", "/a.html": PAGE}) as site:
        assert _fetcher(robots=False).fetch(site.url("/a.html")).data == PAGE.encode()
    assert site.paths() == ["/a.html"]


def test_redirect_to_a_disallowed_path_is_refused_naming_both() -> None:
    routes = {"/robots.txt": ROBOTS, "/go": Response(redirect="/private/x")}
    with LoopbackSite(routes) as site, pytest.raises(SourceError) as refused:
        _fetcher().fetch(site.url("/go"))
    assert refused.value.source == site.url("/go")
    assert (
        refused.value.reason == f"disallowed by robots.txt (redirected to {site.url('/private/x')})"
    )


def test_requests_to_one_host_are_spaced_by_the_delay() -> None:
    delay = 0.2
    routes = {f"/{n}.html": PAGE for n in range(3)}
    with LoopbackSite(routes) as site, LoopbackSite(routes) as other:
        fetcher = _fetcher(delay=delay)
        for n in range(3):
            fetcher.fetch(site.url(f"/{n}.html"))
            fetcher.fetch(other.url(f"/{n}.html"))
    for server in (site, other):
        arrivals = [request.time for request in server.requests]
        assert len(arrivals) == 4  # robots.txt and three pages
        assert all(later - earlier >= delay for earlier, later in pairwise(arrivals))
    # Another host's turn does not wait for this one's: the two sites interleave.
    assert other.requests[0].time < site.requests[-1].time


def test_crawl_delay_of_the_matching_group_is_kept() -> None:
    text = "User-agent: *\nCrawl-delay: 7\n\nUser-agent: dateline\nCrawl-delay: 2.5\n"
    assert parse_robots(text, "dateline").crawl_delay == 2.5
    assert parse_robots(text, "otherbot").crawl_delay == 7


def test_conditional_fetch_sends_validators_and_reports_304() -> None:
    page = Response(
        body=PAGE, headers={"ETag": '"v7"', "Last-Modified": "Tue, 03 Mar 2026 08:00:00 GMT"}
    )
    with LoopbackSite({"/a.html": page}) as site:
        fetcher = _fetcher()
        first = fetcher.fetch(site.url("/a.html"))
        assert (first.etag, first.last_modified) == ('"v7"', "Tue, 03 Mar 2026 08:00:00 GMT")
        assert first.fetched_at is not None and first.fetched_at.endswith("+00:00")
        with pytest.raises(NotModified):
            fetcher.fetch(site.url("/a.html"), etag=first.etag, last_modified=first.last_modified)
        site.routes["/a.html"] = Response(body="<p>v8</p>", headers={"ETag": '"v8"'})
        changed = fetcher.fetch(site.url("/a.html"), etag=first.etag)
    assert changed.data == b"<p>v8</p>"
    assert fetcher.not_modified == 1
    second = site.requests_for("/a.html")[1]
    assert second.header("If-None-Match") == '"v7"'
    assert second.header("If-Modified-Since") == "Tue, 03 Mar 2026 08:00:00 GMT"
    assert site.requests_for("/a.html")[0].header("If-None-Match") is None


def test_unasked_304_is_an_error_not_a_skip() -> None:
    with (
        LoopbackSite({"/a": Response(status=304)}) as site,
        pytest.raises(SourceError, match="HTTP 304"),
    ):
        fetch(site.url("/a"), timeout=5)


@pytest.mark.parametrize(
    ("sent", "line"),
    [(b"<!DOCTYPE html><p>Hi</p>", "<!DOCTYPE html><p>Hi</p>"), (b"HTTP/1.1 abc", "HTTP/1.1 abc")],
)
def test_an_answer_that_is_no_http_response_says_so(sent: bytes, line: str) -> None:
    # A server answering without a status line (HTTP/0.9) or with a broken one: urllib's
    # message is the line alone.
    server = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        connection, _ = server.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(sent + b"\r\n\r\n<p>body</p>")

    threading.Thread(target=answer, daemon=True).start()
    with server, pytest.raises(SourceError) as refused:
        fetch(f"http://127.0.0.1:{server.getsockname()[1]}/page", timeout=5.0)
    assert refused.value.reason == f"not an HTTP response (status line {line!r})"


def test_redirect_loop_is_a_clear_error() -> None:
    routes = {"/a": Response(redirect="/b"), "/b": Response(redirect="/a")}
    with LoopbackSite(routes) as site, pytest.raises(SourceError) as loop:
        _fetcher().fetch(site.url("/a"))
    assert loop.value.source == site.url("/a")
    assert loop.value.reason == f"redirect loop (back to {site.url('/a')})"


def test_redirect_chain_past_the_limit_is_refused() -> None:
    routes = {f"/{n}": Response(redirect=f"/{n + 1}", status=301) for n in range(5)}
    with LoopbackSite(routes) as site, pytest.raises(SourceError, match="more than 3 redirects"):
        _fetcher(max_redirects=3).fetch(site.url("/0"))


def test_endless_body_is_cut_by_the_deadline() -> None:
    with (
        LoopbackSite({"/endless": Response(trickle=True)}) as site,
        pytest.raises(SourceError) as cut,
    ):
        _fetcher(timeout=0.5).fetch(site.url("/endless"))
    assert cut.value.reason == "timed out"


def test_body_over_the_size_cap_is_refused_declared_or_not() -> None:
    big = "<p>" + "x" * 5000 + "</p>"
    routes = {
        "/declared": big,
        "/undeclared": Response(body=big, headers={"Content-Length": ""}),
    }
    with LoopbackSite(routes) as site:
        fetcher = _fetcher(max_bytes=1000)
        with pytest.raises(SourceError, match=r"larger than 1,000 bytes \(Content-Length"):
            fetcher.fetch(site.url("/declared"))
        with pytest.raises(SourceError) as streamed:
            fetcher.fetch(site.url("/undeclared"))
        assert streamed.value.reason == "larger than 1,000 bytes"
        assert fetcher.fetch(site.url("/declared"), max_bytes=10_000).data == big.encode()


def test_gzip_file_body_is_inflated_under_the_cap() -> None:
    xml = b"<urlset><url><loc>https://example.org/a</loc></url></urlset>"
    routes = {"/s.xml.gz": gzip.compress(xml), "/bomb.xml.gz": gzip.compress(b" " * 50_000)}
    with LoopbackSite(routes) as site:
        fetcher = _fetcher(max_bytes=10_000)
        assert fetcher.fetch(site.url("/s.xml.gz")).data == xml
        with pytest.raises(SourceError, match="once decompressed"):
            fetcher.fetch(site.url("/bomb.xml.gz"))


def test_deflate_body_is_read_in_both_forms_servers_send() -> None:
    # RFC 9110 deflate is zlib data; some servers send raw deflate, which browsers read too.
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    deflated = {
        "zlib": zlib.compress(PAGE.encode()),
        "raw": raw.compress(PAGE.encode()) + raw.flush(),
    }
    routes = {
        f"/{form}.html": Response(body=body, headers={"Content-Encoding": "deflate"})
        for form, body in deflated.items()
    }
    routes["/bomb.html"] = Response(
        body=zlib.compress(b" " * 50_000), headers={"Content-Encoding": "deflate"}
    )
    with LoopbackSite(routes) as site:
        fetcher = _fetcher(max_bytes=10_000)
        assert fetcher.fetch(site.url("/zlib.html")).data == PAGE.encode()
        assert fetcher.fetch(site.url("/raw.html")).data == PAGE.encode()
        with pytest.raises(SourceError, match="once decompressed"):
            fetcher.fetch(site.url("/bomb.html"))


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/news/today.html", True),  # Allow /news/ is longer than Disallow /
        ("/opinion/x.html", False),
        ("/news/print/x.html", False),  # the longer Disallow wins
        ("/news/a.html?print=1", False),  # * matches any run
        ("/archive.pdf", False),  # $ anchors the end
        ("/archive.pdf?x", True),
        ("/page", True),  # Allow wins a tie of equal length
        ("/robots.txt", True),  # always readable
    ],
)
def test_robots_longest_match_wildcards_and_groups(path: str, allowed: bool) -> None:
    text = """
# Invented outlet's robots.txt
User-agent: otherbot
Disallow:

User-agent: DATELINE/2.0
User-agent: examplebot
Disallow: /
Allow: /news/
Disallow: /news/print/
Disallow: /*?print=
Disallow: /*.pdf$
Allow: /page
Disallow: /page
Allow: /*.pdf
Sitemap: https://example.org/sitemap.xml
"""
    assert parse_robots(text, "dateline").allows("https://example.org" + path) is allowed


def test_robots_without_a_group_for_the_crawler_falls_back_to_star_then_allows() -> None:
    star = "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/\n"
    assert parse_robots(star, "dateline").allows("https://example.org/a")
    assert not parse_robots(star, "dateline").allows("https://example.org/tmp/a")
    assert parse_robots("User-agent: otherbot\nDisallow: /\n", "dateline").allows("https://x.org/")
    assert parse_robots("garbage\n<html>not robots</html>", "dateline").allows("https://x.org/")
    assert not parse_robots("\ufeffUser-agent: *\nDisallow: /\n", "dateline").allows(
        "https://x.org/"
    )


def test_crawl_delay_lengthens_the_gap_for_that_host() -> None:
    routes = {"/robots.txt": "User-agent: dateline\nCrawl-delay: 0.3\n", "/a": PAGE, "/b": PAGE}
    with LoopbackSite(routes) as site:
        fetcher = _fetcher(delay=0.0)
        fetcher.fetch(site.url("/a"))
        fetcher.fetch(site.url("/b"))
    first, second = site.requests_for("/a")[0], site.requests_for("/b")[0]
    assert second.time - first.time >= 0.3
    assert fetcher.requests == 3


def test_robots_that_times_out_refuses_the_host() -> None:
    routes = {"/robots.txt": Response(body="User-agent: *\n", delay=2.0), "/a": PAGE}
    with LoopbackSite(routes) as site, pytest.raises(SourceError) as refused:
        _fetcher(timeout=0.3).fetch(site.url("/a"))
    assert refused.value.reason == "robots.txt unreachable (timed out); not fetching"


def test_a_redirect_to_an_unparseable_address_is_an_error_naming_the_page() -> None:
    site = LoopbackSite({"/moved": Response(redirect="http://[::1")})
    with site, pytest.raises(SourceError) as failed:
        _fetcher(robots=False).fetch(site.url("/moved"))
    assert failed.value.source == site.url("/moved")
    # Named, not urllib's bare 'Invalid IPv6 URL' from parsing the Location.
    assert failed.value.reason == "not an http(s) URL (redirected to http://[::1)"


def test_a_network_failure_after_a_redirect_names_where_it_went() -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        gone = f"http://127.0.0.1:{closed.getsockname()[1]}/x"  # nothing listens once closed
    site = LoopbackSite({"/moved": Response(redirect=gone)})
    with site, pytest.raises(SourceError) as failed:
        fetch(site.url("/moved"), timeout=5.0)
    assert failed.value.reason == f"connection refused (redirected to {gone})"


def test_headers_trickled_forever_are_cut_by_the_deadline() -> None:
    # Each header byte comes well within a socket timeout; only the deadline can stop it.
    with LoopbackSite({"/stalling": Response(trickle_head=True)}) as site:
        started = time.monotonic()
        with pytest.raises(SourceError) as cut:
            fetch(site.url("/stalling"), timeout=1.0)
        assert time.monotonic() - started < 3.0
    assert cut.value.reason == "timed out"


def test_robots_whose_headers_trickle_refuses_the_host_within_the_deadline() -> None:
    routes = {"/robots.txt": Response(trickle_head=True), "/a": PAGE}
    with LoopbackSite(routes) as site:
        started = time.monotonic()
        with pytest.raises(SourceError) as refused:
            _fetcher(timeout=1.0).fetch(site.url("/a"))
        assert time.monotonic() - started < 3.0
    assert refused.value.reason == "robots.txt unreachable (timed out); not fetching"
    assert site.paths() == ["/robots.txt"]


def test_iri_is_fetched_as_its_uri_and_a_raw_utf8_location_is_followed() -> None:
    encoded = "/" + quote("новости") + "/" + quote("москва")
    routes = {encoded: PAGE, "/moved": Response(redirect="/новости/москва")}
    with LoopbackSite(routes) as site:
        fetcher = _fetcher(robots=False)
        direct = fetcher.fetch(site.url("/новости/москва#comments"))
        redirected = fetcher.fetch(site.url("/moved"))
    assert direct.name == site.url("/новости/москва#comments")  # as asked, for messages
    assert direct.url == redirected.url == site.url(encoded)
    assert direct.data == redirected.data == PAGE.encode()
    assert site.paths() == [encoded, "/moved", encoded]


def test_a_robots_refusal_of_an_iri_names_it_as_given() -> None:
    routes = {"/robots.txt": "User-agent: *\nDisallow: /новости/\n"}
    with LoopbackSite(routes) as site, pytest.raises(SourceError) as refused:
        _fetcher().fetch(site.url("/новости/москва"))
    assert refused.value.source == site.url("/новости/москва")
    assert refused.value.reason == "disallowed by robots.txt"


def test_max_bytes_for_picks_the_cap_from_the_body_head() -> None:
    xml = "<urlset>" + "<url><loc>https://example.org/a</loc></url>" * 200 + "</urlset>"
    html = "<html><body>" + "<p>paragraph</p>" * 600 + "</body></html>"
    routes = {
        "/s.xml": xml,
        "/s.xml.gz": gzip.compress(xml.encode()),
        "/p.html": Response(body=html, headers={"Content-Length": ""}),
        "/declared.html": html,
    }

    def cap(head: bytes) -> int:
        return 100_000 if head.lstrip().startswith(b"<urlset") else 5_000

    with LoopbackSite(routes) as site:
        fetcher = _fetcher(robots=False)
        assert fetcher.fetch(site.url("/s.xml"), max_bytes=100_000, max_bytes_for=cap).data == (
            xml.encode()
        )
        gz = fetcher.fetch(site.url("/s.xml.gz"), max_bytes=100_000, max_bytes_for=cap)
        assert gz.data == xml.encode()
        for path in ("/p.html", "/declared.html"):
            with pytest.raises(SourceError, match="larger than 5,000 bytes"):
                fetcher.fetch(site.url(path), max_bytes=100_000, max_bytes_for=cap)


def test_a_content_length_of_digits_int_cannot_read_is_no_length() -> None:
    # Headers are read as Latin-1, where "²" is a digit to str.isdigit but no number to int().
    _check_length("https://port-elm.example/page", "\u00b2", max_bytes=1_000)
    with pytest.raises(SourceError, match="larger than 1,000 bytes"):
        _check_length("https://port-elm.example/page", "2000", max_bytes=1_000)
