"""Sitemaps and feeds: what they list, index sitemaps followed within bounds, malformed input."""

from __future__ import annotations

import gzip

import pytest
from loopback_site import LoopbackSite, Response

from dateline.sources.feeds import read_feed
from dateline.sources.polite import PoliteFetcher
from dateline.sources.raw import RawPage, SourceError
from dateline.sources.safexml import XMLError, parse_xml
from dateline.sources.sitemaps import ListedPage, parse_sitemap, walk_sitemap

SM = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy set in the environment."""
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def urlset(*locs: str) -> str:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SM}">{entries}</urlset>'


def index(*locs: str) -> str:
    entries = "".join(
        f"<sitemap><loc>{loc}</loc><lastmod>2026-03-01</lastmod></sitemap>" for loc in locs
    )
    return f'<sitemapindex xmlns="{SM}">{entries}</sitemapindex>'


def _listed(items: list[ListedPage | SourceError]) -> list[str]:
    return [item.url if isinstance(item, ListedPage) else f"error {item}" for item in items]


def test_news_sitemap_keeps_title_and_publication_date_as_hints() -> None:
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="{SM}" xmlns:news="{NEWS}">
  <url>
    <loc>https://valley-courier.example/2026/03/02/dam-inspection</loc>
    <lastmod>2026-03-02T10:05:00+01:00</lastmod>
    <news:news>
      <news:publication>
        <news:name>Valley Courier</news:name><news:language>en</news:language>
      </news:publication>
      <news:publication_date>2026-03-02T09:30:00+01:00</news:publication_date>
      <news:title>Inspectors find cracks in Orrin Dam spillway</news:title>
    </news:news>
  </url>
  <url><loc> /2026/03/01/ferry </loc></url>
  <url><loc></loc></url>
</urlset>"""
    page = RawPage("s", xml.encode(), url="https://valley-courier.example/news-sitemap.xml")
    sitemap = parse_sitemap(page)
    assert sitemap.sitemaps == ()
    assert sitemap.pages == (
        ListedPage(
            url="https://valley-courier.example/2026/03/02/dam-inspection",
            title="Inspectors find cracks in Orrin Dam spillway",
            published="2026-03-02T09:30:00+01:00",
            modified="2026-03-02T10:05:00+01:00",
        ),
        ListedPage(url="https://valley-courier.example/2026/03/01/ferry"),
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"<urlset><url><loc>https://a.example/x</url></urlset>",
            "malformed sitemap: not well-formed XML (mismatched tag, line 1)",
        ),
        (b"", "malformed sitemap: not well-formed XML (no element found, line 1)"),
        (b"<html><body>Not found</body></html>", "not a sitemap (root element <html>)"),
        (
            b'<!DOCTYPE u [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><urlset>&b;</urlset>',
            "malformed sitemap: declares entity 'a'; entities are refused",
        ),
    ],
)
def test_malformed_sitemap_is_an_error_naming_it(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError) as caught:
        parse_sitemap(RawPage("feeds/broken.xml", data))
    assert caught.value.source == "feeds/broken.xml"
    assert caught.value.reason == reason


def test_a_sitemap_cut_short_gives_its_whole_entries_and_the_error() -> None:
    data = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>https://quay-post.example/a</loc></url>"
        b"<url><loc>https://quay-post.example/b</loc><lastmod>2026-03-0"
    )
    sitemap = parse_sitemap(RawPage("maps/cut.xml", data))
    # The second entry's address is whole although its entry is not; the third never began.
    assert [page.url for page in sitemap.pages] == [
        "https://quay-post.example/a",
        "https://quay-post.example/b",
    ]
    assert sitemap.pages[1].modified is None
    assert sitemap.error is not None and sitemap.error.source == "maps/cut.xml"
    cut_in_address = data[: data.index(b"/b</loc>")]
    assert [p.url for p in parse_sitemap(RawPage("m", cut_in_address)).pages] == [
        "https://quay-post.example/a"
    ]


@pytest.mark.parametrize("declared", ["UFT-8", "utf-9", "UTFy8"])
def test_a_sitemap_declaring_an_encoding_no_codec_knows_is_read_as_utf8(declared: str) -> None:
    # A slip in the declaration ("UFT-8"); the sitemap protocol allows UTF-8 alone.
    data = (
        f'<?xml version="1.0" encoding="{declared}"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://quay-post.example/café-reopens</loc></url></urlset>"
    ).encode()
    sitemap = parse_sitemap(RawPage("maps/slip.xml", data))
    assert [page.url for page in sitemap.pages] == ["https://quay-post.example/café-reopens"]
    assert sitemap.error is None


@pytest.mark.parametrize("encoding", ["Shift_JIS", "EUC-JP", "GBK", "EUC-KR", "Big5"])
def test_feeds_in_multibyte_legacy_encodings_are_read(encoding: str) -> None:
    # expat reads no multi-byte encoding itself; Japanese, Chinese and Korean sites still
    # publish feeds in them.
    title = {"EUC-KR": "여객선 운항 재개", "GBK": "渡轮恢复运营", "Big5": "渡輪恢復營運"}.get(
        encoding, "フェリーの運航再開"
    )
    data = (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>Minato</title><item><title>{title}</title>"
        "<link>https://minato-shimbun.example/ferry</link></item></channel></rss>"
    ).encode(encoding)
    items, error = read_feed(RawPage("feeds/minato.xml", data))
    assert [(item.url, item.title) for item in items] == [
        ("https://minato-shimbun.example/ferry", title)
    ]
    assert error is None


def test_a_feed_broken_after_an_item_gives_that_item_and_the_error() -> None:
    data = (
        b"<rss><channel><item><title>Quay reopens</title>"
        b"<link>https://quay-post.example/q</link></item>"
        b"<item><title>Fish & chips</title><link>https://quay-post.example/f</link></item>"
        b"</channel></rss>"
    )
    items, error = read_feed(RawPage("feeds/broken.rss", data))
    assert [item.url for item in items] == ["https://quay-post.example/q"]
    assert error is not None and error.source == "feeds/broken.rss"
    assert error.reason.startswith("malformed feed: not well-formed XML")


def test_external_entities_are_never_read() -> None:
    secret = b'<!DOCTYPE x [<!ENTITY s SYSTEM "file:///etc/hostname">]><x>&s;</x>'
    with pytest.raises(XMLError, match="declares entity 's'"):
        parse_xml(secret)
    # An external DTD is not loaded either: its entities stay unexpanded.
    assert parse_xml(b'<!DOCTYPE x SYSTEM "file:///etc/hostname"><x>a</x>').text == "a"


def test_index_sitemaps_are_followed_and_gzip_children_read() -> None:
    routes: dict[str, Response | str] = {
        "/robots.txt": "User-agent: *\nDisallow: /private/\n",
        "/sitemap-2026-03.xml.gz": Response(
            body=gzip.compress(urlset("/a", "/b").encode()),
            headers={"Content-Type": "application/x-gzip"},
        ),
        "/sitemap-2026-02.xml": urlset("/c"),
        "/private/sitemap.xml": urlset("/secret"),
        "/broken.xml": "<urlset><url>",
    }
    with LoopbackSite(routes) as site:
        root = index(
            site.url("/sitemap-2026-03.xml.gz"),
            site.url("/broken.xml"),
            site.url("/private/sitemap.xml"),
            site.url("/sitemap-2026-02.xml"),
            site.url("/sitemap-2026-03.xml.gz"),  # named twice, read once
        )
        page = RawPage("index", root.encode(), url=site.url("/sitemap.xml"))
        listed = _listed(list(walk_sitemap(page, PoliteFetcher(delay=0, timeout=5))))
    assert listed == [
        site.url("/a"),
        site.url("/b"),
        f"error {site.url('/broken.xml')}: malformed sitemap: not well-formed XML"
        " (no element found, line 1)",
        f"error {site.url('/private/sitemap.xml')}: disallowed by robots.txt",
        site.url("/c"),
    ]
    assert site.paths().count("/sitemap-2026-03.xml.gz") == 1


def test_index_recursion_is_bounded_in_depth_and_count() -> None:
    routes = {f"/s{n}.xml": index(f"/s{n + 1}.xml") for n in range(10)}
    routes["/wide.xml"] = index(*(f"/leaf{n}.xml" for n in range(6)))
    routes.update({f"/leaf{n}.xml": urlset(f"/p{n}") for n in range(6)})
    with LoopbackSite(routes) as site:
        fetcher = PoliteFetcher(delay=0, timeout=5)
        deep = RawPage("s0", routes["/s0.xml"].encode(), url=site.url("/s0.xml"))
        deep_items = list(walk_sitemap(deep, fetcher, max_depth=2))
        wide = RawPage("wide", routes["/wide.xml"].encode(), url=site.url("/wide.xml"))
        wide_items = _listed(list(walk_sitemap(wide, fetcher, max_sitemaps=4)))
    assert [str(item) for item in deep_items] == [
        f"{site.url('/s3.xml')}: sitemap nested deeper than 2 levels; skipped"
    ]
    assert wide_items == [
        site.url("/p0"),
        site.url("/p1"),
        site.url("/p2"),
        f"error {site.url('/leaf3.xml')}: too many sitemaps; this one and the rest are skipped",
    ]


def test_rss_items_give_links_titles_and_dates() -> None:
    rss = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>https://harbour-gazette.example/</link>
  <item><title>Night ferry returns to Port Elm</title>
    <link>https://harbour-gazette.example/ferry</link>
    <pubDate>Mon, 02 Mar 2026 07:00:00 +0000</pubDate></item>
  <item><title>Relative link</title><link>/council/vote</link></item>
  <item><title>Permalink only</title><guid>https://harbour-gazette.example/p/9</guid></item>
  <item><title>Opaque guid</title><guid isPermaLink="false">tag-123</guid></item>
</channel></rss>"""
    items = read_feed(RawPage("f", rss, url="https://harbour-gazette.example/feed.xml"))[0]
    assert items == [
        ListedPage(
            url="https://harbour-gazette.example/ferry",
            title="Night ferry returns to Port Elm",
            published="Mon, 02 Mar 2026 07:00:00 +0000",
        ),
        ListedPage(url="https://harbour-gazette.example/council/vote", title="Relative link"),
        ListedPage(url="https://harbour-gazette.example/p/9", title="Permalink only"),
    ]


def test_rdf_feed_items_are_read() -> None:
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>X</title></channel>
  <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link>
    <dc:date>2026-03-02</dc:date></item>
</rdf:RDF>"""
    assert read_feed(RawPage("f", rdf))[0] == [
        ListedPage(url="https://x.example/1", title="One", published="2026-03-02")
    ]


def test_atom_entries_use_the_alternate_link() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Mill Town Herald</title>
  <entry>
    <title type="html">Mill reopens &lt;em&gt;after&lt;/em&gt; flood</title>
    <link rel="edit" href="https://mill-herald.example/api/7"/>
    <link href="/2026/mill-reopens"/>
    <published>2026-03-01T08:00:00Z</published><updated>2026-03-01T09:30:00Z</updated>
  </entry>
  <entry><title>No link</title><link rel="self" href="https://mill-herald.example/e/8"/></entry>
</feed>"""
    items = read_feed(RawPage("f", atom, url="https://mill-herald.example/atom.xml"))[0]
    assert items == [
        ListedPage(
            url="https://mill-herald.example/2026/mill-reopens",
            title="Mill reopens <em>after</em> flood",
            published="2026-03-01T08:00:00Z",
            modified="2026-03-01T09:30:00Z",
        )
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"<rss><channel><item><link>x</item></channel></rss>",
            "malformed feed: not well-formed XML (mismatched tag, line 1)",
        ),
        (
            b"<rss><channel><item>&nbsp;</item></channel></rss>",
            "malformed feed: not well-formed XML (undefined entity, line 1)",
        ),
        (b"<urlset/>", "not an RSS or Atom feed (root element <urlset>)"),
    ],
)
def test_malformed_feed_is_an_error_naming_it(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_feed(RawPage("https://a.example/rss", data))[0]
    assert caught.value.source == "https://a.example/rss"
    assert caught.value.reason == reason


def test_unparseable_addresses_in_feeds_and_sitemaps_are_listed_as_written() -> None:
    # urllib refuses to join "http://[::1" (an IPv6 bracket never closed); the listing keeps
    # it, and fetching it later fails for that page alone.
    rss = b"""<rss version="2.0"><channel><title>Elm Herald</title>
  <item><title>Broken</title><link>http://[::1</link></item>
  <item><title>Ferry</title><link>/ferry</link></item></channel></rss>"""
    items = read_feed(RawPage("f", rss, url="https://elm-herald.example/feed.xml"))[0]
    assert [item.url for item in items] == ["http://[::1", "https://elm-herald.example/ferry"]
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://[::1</loc></url><url><loc>/ferry</loc></url></urlset>"""
    listed = parse_sitemap(RawPage("s", sitemap, url="https://elm-herald.example/sitemap.xml"))
    assert [page.url for page in listed.pages] == [
        "http://[::1",
        "https://elm-herald.example/ferry",
    ]
    with pytest.raises(SourceError) as refused:
        PoliteFetcher(delay=0.0, timeout=5.0).fetch("http://[::1")
    assert refused.value.source == "http://[::1"


def test_rss_item_link_is_its_rss_link_not_an_atom_self_link() -> None:
    rss = b"""<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
  <atom:link rel="self" href="https://elm-herald.example/feed.xml"/>
  <item><title>Ferry</title>
    <atom:link rel="self" href="https://elm-herald.example/api/items/1"/>
    <link>https://elm-herald.example/ferry</link></item>
  <item><title>Only atom</title>
    <atom:link rel="self" href="https://elm-herald.example/api/items/2"/>
    <atom:link rel="alternate" href="/quay"/></item>
</channel></rss>"""
    items = read_feed(RawPage("f", rss, url="https://elm-herald.example/feed.xml"))[0]
    assert [item.url for item in items] == [
        "https://elm-herald.example/ferry",
        "https://elm-herald.example/quay",
    ]


def test_atom_links_resolve_against_xml_base() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.mill-herald.example/news/">
  <title>Mill Town Herald</title>
  <entry><title>Feed base</title><link href="2026/mill"/></entry>
  <entry xml:base="/archive/"><title>Entry base</title><link href="2025/dam"/></entry>
  <entry xml:base="https://other.example/a/"><title>Link base</title>
    <link xml:base="b/" href="c"/></entry>
</feed>"""
    items = read_feed(RawPage("f", atom, url="https://mill-herald.example/atom.xml"))[0]
    assert [item.url for item in items] == [
        "https://cdn.mill-herald.example/news/2026/mill",
        "https://cdn.mill-herald.example/archive/2025/dam",
        "https://other.example/a/b/c",
    ]


def test_feed_without_a_declared_encoding_is_read_in_the_http_charset() -> None:
    rss = (
        "<rss version='2.0'><channel><item><title>Новости Москвы</title>"
        "<link>https://vesti.example/moskva</link></item></channel></rss>"
    ).encode("windows-1251")
    content_type = "application/rss+xml; charset=windows-1251"
    served = Response(body=rss, headers={"Content-Type": content_type})
    with LoopbackSite({"/feed.rss": served}) as site:
        page = PoliteFetcher(delay=0, timeout=5, robots=False).fetch(site.url("/feed.rss"))
    (item,) = read_feed(page)[0]
    assert (item.title, item.url) == ("Новости Москвы", "https://vesti.example/moskva")
    # A declared encoding still wins over the header; UTF-8 mislabelled Latin-1 stays UTF-8.
    declared = b'<?xml version="1.0" encoding="windows-1251"?>' + rss
    assert read_feed(RawPage("f", declared, content_type="text/xml; charset=utf-8"))[0][
        0
    ].title == ("Новости Москвы")
    utf8 = rss.decode("windows-1251").encode("utf-8")
    assert read_feed(RawPage("f", utf8, content_type="text/xml; charset=iso-8859-1"))[0][
        0
    ].title == ("Новости Москвы")
