"""``iter_sources``: every kind of SOURCE spec to a stream of raw pages and errors."""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import quote

import pytest
from loopback_site import LoopbackSite, Response
from warc_writer import malformed_record, response_record, write_warc

from dateline.sources.discover import document_kind, iter_sources
from dateline.sources.polite import PoliteFetcher
from dateline.sources.raw import EmptySource, ListingError, RawPage, SourceError

SM = "http://www.sitemaps.org/schemas/sitemap/0.9"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy set in the environment."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def article(n: int) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Story {n} | Delta Ledger</title></head>"
        f"<body><article><h1>Story {n}</h1><p>River levels rose for day {n}.</p></article>"
        "</body></html>"
    )


def urlset(*locs: str) -> str:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0"?>\n<!-- generated -->\n<urlset xmlns="{SM}">{entries}</urlset>'


def rss(*links: str) -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'


def _fetcher() -> PoliteFetcher:
    return PoliteFetcher(delay=0, timeout=5)


def _summary(items: list[RawPage | SourceError]) -> list[str]:
    return [
        item.url or item.name if isinstance(item, RawPage) else f"error {item}" for item in items
    ]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'<?xml version="1.0"?><!-- c --><urlset xmlns="x"/>', "sitemap"),
        (b"\xef\xbb\xbf  <sitemapindex/>", "sitemap"),
        ('<?xml version="1.0" encoding="utf-16"?><rss/>'.encode("utf-16"), "feed"),
        (b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<rdf:RDF xmlns:rdf='r'>", "feed"),
        (b'<!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "x.dtd"><rss>', "feed"),
        (b'<?xml version="1.0"?><!DOCTYPE html><html><body>feed</body></html>', "page"),
        (b"<html><body><urlset></urlset></body></html>", "page"),
        (b"Plain text mentioning <rss> later", "page"),
        (b"", "page"),
    ],
)
def test_document_kind_sniffs_the_root_element(data: bytes, kind: str) -> None:
    assert document_kind(data) == kind


def test_urls_sitemaps_and_feeds_become_pages_each_fetched_once() -> None:
    routes = {
        "/robots.txt": "User-agent: *\nDisallow: /private/\n",
        "/sitemap": urlset("/1.html", "/old-2", "/private/3.html", "/missing.html"),
        "/old-2": Response(redirect="/2.html", status=301),
        "/news.rss.gz": gzip.compress(rss("/2.html", "/4.html").encode()),
        "/feed-broken": Response(body="<rss><channel>", headers={"Content-Type": "text/xml"}),
        **{f"/{n}.html": article(n) for n in (1, 2, 3, 4, 5)},
    }
    with LoopbackSite(routes) as site:
        specs = [
            site.url("/sitemap"),
            site.url("/news.rss.gz"),
            site.url("/feed-broken"),
            site.url("/5.html"),
            site.url("/1.html"),  # already met in the sitemap
        ]
        items = list(iter_sources(specs, _fetcher()))
    assert _summary(items) == [
        site.url("/1.html"),
        site.url("/2.html"),
        f"error {site.url('/private/3.html')}: disallowed by robots.txt",
        f"error {site.url('/missing.html')}: HTTP 404 Not Found",
        site.url("/4.html"),
        f"error {site.url('/feed-broken')}: malformed feed: not well-formed XML"
        " (no element found, line 1)",
        site.url("/5.html"),
    ]
    assert site.paths().count("/2.html") == 1  # reached by a redirect, then listed by the feed
    first = items[0]
    assert isinstance(first, RawPage)
    assert first.data == article(1).encode()
    assert first.content_type == "text/html; charset=utf-8"
    assert first.fetched_at is not None


def test_conditional_recrawl_skips_unchanged_pages() -> None:
    routes = {
        "/sitemap.xml": urlset("/a.html", "/b.html", "/c.html"),
        "/a.html": Response(body=article(1), headers={"ETag": '"a1"'}),
        "/b.html": Response(body=article(2), headers={"Last-Modified": "Mon, 02 Mar 2026"}),
        "/c.html": Response(body=article(3), headers={"ETag": '"c2"'}),
    }
    with LoopbackSite(routes) as site:
        fetcher = _fetcher()
        first = [item for item in iter_sources([site.url("/sitemap.xml")], fetcher)]
        stored = {
            page.url: (page.etag, page.last_modified)
            for page in first
            if isinstance(page, RawPage) and page.url != site.url("/c.html")
        }
        stored[site.url("/c.html")] = ('"c1"', None)  # an older copy of c
        again = list(iter_sources([site.url("/sitemap.xml")], fetcher, validators=stored.get))
    assert _summary(first) == [site.url(f"/{n}.html") for n in "abc"]
    assert _summary(again) == [site.url("/c.html")]
    assert fetcher.not_modified == 2
    recrawl = site.requests[-3:]
    assert [request.header("If-None-Match") for request in recrawl] == ['"a1"', None, '"c1"']
    assert recrawl[1].header("If-Modified-Since") == "Mon, 02 Mar 2026"


def test_files_folders_and_local_sitemaps(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    (saved / "2026").mkdir(parents=True)
    (saved / "a.html").write_text(article(1))
    (saved / "2026" / "b.html.gz").write_bytes(gzip.compress(article(2).encode()))
    (saved / "notes.json").write_text("{}")
    empty = tmp_path / "empty"
    empty.mkdir()
    with LoopbackSite({f"/{n}.html": article(n) for n in (3, 4)}) as site:
        sitemap = tmp_path / "sitemap.xml.gz"
        sitemap.write_bytes(gzip.compress(urlset(site.url("/3.html"), "/relative").encode()))
        feed = tmp_path / "feed.xml"
        feed.write_text(rss(site.url("/4.html")))
        page = tmp_path / "c.htm"
        page.write_text(article(5))
        specs = [str(saved), str(empty), str(sitemap), str(feed), str(page), "nowhere/x.html"]
        items = list(iter_sources(specs, _fetcher()))
    assert _summary(items) == [
        str(saved / "a.html"),
        str(saved / "2026" / "b.html.gz"),
        f"error {empty}: no page files (.htm, .html, .txt, .xhtml, or .gz) or WARC files in folder",
        site.url("/3.html"),
        "error /relative: not an http(s) URL",
        site.url("/4.html"),
        str(page),
        "error nowhere/x.html: no such file or folder, and not an http(s) URL",
    ]
    assert items[1].data == article(2).encode()  # type: ignore[union-attr]


def test_a_sitemap_or_feed_listing_nothing_is_an_empty_source() -> None:
    # As an empty folder is: a run that read 0 pages from it must not pass as a success.
    routes = {"/sitemap.xml": urlset(), "/feed.xml": rss(), "/index.xml": urlset("/gone.html")}
    with LoopbackSite(routes) as site:
        specs = [site.url("/sitemap.xml"), site.url("/feed.xml"), site.url("/index.xml")]
        items = list(iter_sources(specs, _fetcher()))
    assert [type(item) for item in items[:2]] == [EmptySource, EmptySource]
    assert _summary(items) == [
        f"error {site.url('/sitemap.xml')}: the sitemap lists no pages",
        f"error {site.url('/feed.xml')}: the feed lists no pages",
        f"error {site.url('/gone.html')}: HTTP 404 Not Found",  # listed, if gone: not empty
    ]


def test_a_feed_whose_items_link_only_to_itself_lists_no_pages() -> None:
    # A feed generator that fills each item's link with the channel's own address: fetching
    # the feed again as its own page would read nothing, so the feed holds no page at all.
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quay</title>'
        '<entry><title>Notice</title><link href="/atom.xml#latest"/></entry></feed>'
    )
    routes = {"/feed.xml": rss("/feed.xml"), "/atom.xml": atom, "/both.xml": ""}
    with LoopbackSite(routes) as site:
        site.routes["/both.xml"] = rss(site.url("/both.xml"), "/story-1.html")
        site.routes["/story-1.html"] = article(1)
        specs = [site.url("/feed.xml"), site.url("/atom.xml"), site.url("/both.xml")]
        items = list(iter_sources(specs, _fetcher()))
    assert [type(item) for item in items[:2]] == [EmptySource, EmptySource]
    assert _summary(items) == [
        f"error {site.url('/feed.xml')}: the feed lists no pages but itself (1 entry)",
        f"error {site.url('/atom.xml')}: the feed lists no pages but itself (1 entry)",
        site.url("/story-1.html"),  # beside another page, the link to itself is left out
    ]
    assert site.paths().count("/feed.xml") == 1


def _cut_gzip(xml: str) -> bytes:
    """``xml`` gzipped and cut at two thirds, as a transfer that broke off leaves it."""
    packed = gzip.compress(xml.encode())
    return packed[: len(packed) * 2 // 3]


def _read_before_the_cut(items: list[RawPage | SourceError], source: str, reason: str) -> int:
    """How many listed pages came before the one error, which must name ``source``, say
    ``reason`` and count those pages; the pages must be the listing's first, in order."""
    *pages, error = items
    assert all(isinstance(page, RawPage) for page in pages)
    assert [page.data for page in pages] == [  # type: ignore[union-attr]
        article(n).encode() for n in range(len(pages))
    ]
    assert isinstance(error, ListingError)
    assert str(error) == f"{source}: {reason} ({len(pages)} entries read before it, the rest lost)"
    return len(pages)


def test_a_sitemap_or_feed_cut_short_gives_the_pages_listed_before_the_damage(
    tmp_path: Path,
) -> None:
    stories = [f"/story-{n}.html" for n in range(40)]
    routes: dict[str, str | bytes | Response] = {path: article(n) for n, path in enumerate(stories)}
    with LoopbackSite(routes) as site:
        links = [site.url(path) for path in stories]
        routes = {
            "/feed.xml.gz": Response(body=_cut_gzip(rss(*links))),
            "/index.xml": f'<sitemapindex xmlns="{SM}"><sitemap><loc>/part.xml.gz</loc>'
            "</sitemap></sitemapindex>",
            "/part.xml.gz": Response(body=_cut_gzip(urlset(*links))),
            # A plain sitemap whose connection closed before its Content-Length was sent.
            "/plain.xml": Response(
                body=urlset(*links)[:900], headers={"Content-Length": str(len(urlset(*links)))}
            ),
        }
        site.routes.update(routes)
        local = tmp_path / "sitemap.xml.gz"
        local.write_bytes(_cut_gzip(urlset(*links)))
        read = {}
        for spec in (str(local), site.url("/feed.xml.gz"), site.url("/index.xml")):
            items = list(iter_sources([spec], _fetcher()))
            source = spec if spec != site.url("/index.xml") else site.url("/part.xml.gz")
            read[spec] = _read_before_the_cut(items, source, "truncated compressed data")
        items = list(iter_sources([site.url("/plain.xml")], _fetcher()))
        reason = f"connection closed before the body ended (900 of {len(urlset(*links))} bytes)"
        assert _read_before_the_cut(items, site.url("/plain.xml"), reason) > 0
    assert all(0 < count < 40 for count in read.values()), read


def test_a_page_cut_short_is_still_no_page(tmp_path: Path) -> None:
    cut = tmp_path / "story.html.gz"
    cut.write_bytes(_cut_gzip(article(1) * 20))
    [error] = list(iter_sources([str(cut)], _fetcher()))
    assert isinstance(error, SourceError) and not isinstance(error, ListingError)
    assert str(error) == f"{cut}: truncated compressed data"


def test_warc_files_yield_their_html_responses_and_errors(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(
        warc,
        [
            response_record("https://delta-ledger.example/1", article(1).encode()),
            malformed_record("https://delta-ledger.example/bad"),
            response_record("https://delta-ledger.example/2", article(2).encode()),
        ],
    )
    items = list(iter_sources([str(warc)], _fetcher()))
    pages = [item for item in items if isinstance(item, RawPage)]
    assert [page.url for page in pages] == [
        "https://delta-ledger.example/1",
        "https://delta-ledger.example/2",
    ]
    assert any(isinstance(item, SourceError) for item in items)
    assert all(item.source.startswith(str(warc)) for item in items if isinstance(item, SourceError))


def test_a_page_too_large_at_the_top_level_is_refused_but_a_big_sitemap_is_not() -> None:
    many = [f"/p{n:05}" for n in range(60)]
    routes = {"/big.html": "<p>" + "x" * 3000 + "</p>", "/big-sitemap.xml": urlset(*many)}
    with LoopbackSite(routes) as site:
        fetcher = PoliteFetcher(delay=0, timeout=5, max_bytes=2000)
        items = list(iter_sources([site.url("/big.html"), site.url("/big-sitemap.xml")], fetcher))
    assert _summary(items)[0] == f"error {site.url('/big.html')}: larger than 2,000 bytes"
    assert len(items) == 1 + len(many)  # each listed page tried (and 404)


def test_loops_and_endless_pages_are_errors_and_the_stream_goes_on() -> None:
    routes = {
        "/loop": Response(redirect="/loop"),
        "/endless": Response(trickle=True),
        "/feed.xml": rss("/loop", "/endless", "/ok.html"),
        "/ok.html": article(1),
    }
    with LoopbackSite(routes) as site:
        fetcher = PoliteFetcher(delay=0, timeout=0.5)
        items = list(iter_sources([site.url("/feed.xml"), "ftp://x.example/a"], fetcher))
    assert _summary(items) == [
        f"error {site.url('/loop')}: redirect loop (back to {site.url('/loop')})",
        f"error {site.url('/endless')}: timed out",
        site.url("/ok.html"),
        "error ftp://x.example/a: no such file or folder, and not an http(s) URL",
    ]


def test_iri_links_are_fetched_as_uris_and_a_fragment_is_not_a_second_page() -> None:
    moscow = "/" + quote("новости") + "/" + quote("москва")
    routes = {
        "/feed.xml": rss("/новости/москва", "/a/frag", "/a/frag#comments", "/новости/москва#top"),
        moscow: article(1),
        "/a/frag": article(2),
    }
    with LoopbackSite(routes) as site:
        items = list(iter_sources([site.url("/feed.xml"), site.url("/a/frag#more")], _fetcher()))
    assert _summary(items) == [site.url(moscow), site.url("/a/frag")]
    assert [item.name for item in items if isinstance(item, RawPage)] == [
        site.url(moscow),
        site.url("/a/frag"),
    ]
    assert site.paths() == ["/robots.txt", "/feed.xml", moscow, "/a/frag"]


def test_the_same_iri_given_as_a_source_is_fetched() -> None:
    moscow = "/" + quote("новости") + "/" + quote("москва")
    with LoopbackSite({moscow: article(1)}) as site:
        (page,) = list(iter_sources([site.url("/новости/москва")], _fetcher()))
    assert isinstance(page, RawPage)
    assert (page.name, page.url) == (site.url(moscow), site.url(moscow))


def test_feeds_sitemaps_and_other_xml_listed_as_pages_are_refused() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg"/>'
    routes = {
        "/feed.xml": rss("/other-feed.xml", "/sitemap.xml", "/data.xml", "/logo.svg", "/ok.html"),
        "/other-feed.xml": rss("/never.html"),
        "/sitemap.xml": urlset("/never.html"),
        "/data.xml": '<?xml version="1.0"?><result><count>3</count></result>',
        "/logo.svg": Response(body=svg, headers={"Content-Type": "image/svg+xml"}),
        "/ok.html": article(1),
        "/odd.xml": '<?xml version="1.0"?><result/>',
    }
    with LoopbackSite(routes) as site:
        items = list(iter_sources([site.url("/feed.xml"), site.url("/odd.xml")], _fetcher()))
    assert _summary(items) == [
        f"error {site.url('/other-feed.xml')}: not a page: an RSS or Atom feed",
        f"error {site.url('/sitemap.xml')}: not a page: a sitemap",
        f"error {site.url('/data.xml')}: not a page: an XML document (root element <result>)",
        f"error {site.url('/logo.svg')}: not a page: an XML document (root element <svg>)",
        site.url("/ok.html"),
        f"error {site.url('/odd.xml')}: not a page: an XML document (root element <result>)",
    ]
    assert "/never.html" not in site.paths()


def test_max_bytes_is_the_cap_of_a_page_given_as_a_source_lower_or_higher_than_listings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The listing cap stands in for the 50 MB of sitemaps.org, so that the bodies stay small.
    monkeypatch.setattr("dateline.sources.discover.LISTING_MAX_BYTES", 20_000)
    page = "<html><body>" + "<p>Tide tables for the outer quay.</p>" * 1000 + "</body></html>"
    many = [f"/p{n:04}" for n in range(300)]  # a sitemap of about 12,000 bytes
    routes = {
        "/big.html": Response(body=page, headers={"Content-Length": ""}),
        "/sitemap.xml": urlset(*many),
    }
    with LoopbackSite(routes) as site:
        low = list(iter_sources([site.url("/big.html")], PoliteFetcher(delay=0, max_bytes=5_000)))
        high = PoliteFetcher(delay=0, max_bytes=len(page) + 1)
        (whole,) = list(iter_sources([site.url("/big.html")], high))
        small = PoliteFetcher(delay=0, max_bytes=5_000)
        listed = list(iter_sources([site.url("/sitemap.xml")], small))
    assert _summary(low) == [f"error {site.url('/big.html')}: larger than 5,000 bytes"]
    assert isinstance(whole, RawPage) and whole.data == page.encode()
    assert len(listed) == len(many)  # the sitemap keeps its own, larger cap


def test_max_bytes_caps_local_pages_too_and_a_folders_warc_files_are_read(
    tmp_path: Path,
) -> None:
    page = "<html><body>" + "<p>Tide tables for the outer quay.</p>" * 200 + "</body></html>"
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "big.html").write_text(page)
    (folder / "small.html").write_text(article(1))
    write_warc(
        folder / "day1.warc.gz",
        [response_record("https://delta-ledger.example/7", article(7).encode())],
    )
    single = tmp_path / "big.html"
    single.write_text(page)
    fetcher = PoliteFetcher(delay=0, max_bytes=5_000)
    items = list(iter_sources([str(folder), str(single)], fetcher))
    assert _summary(items) == [
        f"error {folder / 'big.html'}: larger than 5,000 bytes",
        "https://delta-ledger.example/7",
        str(folder / "small.html"),
        f"error {single}: larger than 5,000 bytes",
    ]
