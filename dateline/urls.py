"""URL parsing that never raises: pages, feeds, sitemaps and crawl records carry malformed links.

``urllib.parse`` raises ``ValueError`` for some strings ("http://[::1" with its IPv6 bracket
left open); one such link in a page, a feed item or a redirect must not cost the whole record.
Every part of dateline that reads a URL it did not write goes through these.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit

#: Characters an address may not carry as they are (RFC 3986): anything outside printable
#: ASCII, and the printable ones no URI may hold. "%" is left alone: it starts an escape.
_NOT_URI_RE = re.compile(r'[^\x21-\x7e]|["<>\\^`{|}]')


def split_url(url: str) -> SplitResult | None:
    """The parts of ``url``, or None when it cannot be parsed."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def url_path(url: str) -> str:
    """The path of ``url``; "" when it has none or cannot be parsed."""
    parts = split_url(url)
    return parts.path if parts is not None else ""


def url_host(url: str) -> str | None:
    """The host of ``url`` in lower case; None when it has none or cannot be parsed."""
    parts = split_url(url)
    return (parts.hostname or None) if parts is not None else None


def join_url(base: str, href: str) -> str:
    """``href`` resolved against ``base``; kept as written when either cannot be parsed."""
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def url_site(url: str) -> str | None:
    """The host of ``url`` in lower case without a leading "www."; None when it has none or
    cannot be parsed."""
    host = url_host(url)
    return host.removeprefix("www.") if host else None


def absolute(base: str | None, href: str) -> str:
    """``href`` resolved against ``base`` (kept as written when either cannot be parsed);
    absolute links skip the (slow) general join."""
    if href.startswith(("https://", "http://")) or not base:
        return href
    return join_url(base, href)


def to_uri(url: str) -> str:
    """``url`` as a URI that can go in a request (RFC 3987, section 3.1): a non-ASCII host in
    IDNA, every other character a URI cannot hold percent-encoded as UTF-8.

    Escapes already present and ASCII addresses are kept as they are, so a URL that was a URI
    is returned unchanged; so is one that cannot be parsed.
    """
    if url.isascii() and not _NOT_URI_RE.search(url):
        return url
    parts = split_url(url)
    if parts is None:
        return url
    return urlunsplit(
        (
            parts.scheme,
            _ascii_netloc(parts.netloc),
            _escape(parts.path),
            _escape(parts.query),
            _escape(parts.fragment),
        )
    )


def without_fragment(url: str) -> str:
    """``url`` without its ``#fragment``: the part a browser keeps to itself, never sent, so
    ``/a`` and ``/a#comments`` are one page."""
    return url.split("#", 1)[0]


#: Query parameters that say how a reader came to a page (campaign, ad click, newsletter), never
#: which page it is: ``/story.html?utm_source=rss`` is ``/story.html``. Names are compared in
#: lower case; every ``utm_`` parameter is one too.
TRACKING_PARAMETERS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "mkt_tok",
        "_ga",
        "_gl",
    }
)


def without_tracking(url: str) -> str:
    """``url`` without its tracking query parameters (``TRACKING_PARAMETERS``, ``utm_*``), the
    others kept as written and in order (``?id=123&utm_source=rss`` → ``?id=123``); unchanged
    when it has none or cannot be parsed."""
    if "?" not in url:
        return url
    parts = split_url(url)
    if parts is None or not parts.query:
        return url
    fields = parts.query.split("&")
    kept = [field for field in fields if not _is_tracking(field)]
    if len(kept) == len(fields):
        return url
    return urlunsplit(parts._replace(query="&".join(kept)))


def _is_tracking(field: str) -> bool:
    name = field.split("=", 1)[0].strip().lower()
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def request_url(url: str) -> str:
    """The address under which ``url`` is fetched and known: a URI (``to_uri``) without its
    fragment."""
    return without_fragment(to_uri(url))


def _escape(part: str) -> str:
    return _NOT_URI_RE.sub(lambda found: quote(found.group(), safe=""), part)


def _ascii_netloc(netloc: str) -> str:
    """The host of ``netloc`` in IDNA (``новости.example`` → ``xn--b1amarcd.example``), user
    information and port kept; as it was when a label cannot be encoded."""
    if netloc.isascii():
        return netloc
    userinfo, at, hostport = netloc.rpartition("@")
    host, colon, port = hostport.partition(":")
    if host.startswith("["):  # an IPv6 literal is ASCII by definition; leave it to fail later
        return netloc
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return netloc
    return f"{_escape(userinfo)}{at}{host}{colon}{port}"


def is_page_address(url: str) -> bool:
    """Whether ``url`` can be a page's own address, as a user gives it (``dateline extract
    --url``, ``POST /api/extract?url=``): an absolute http(s) URL with a host and a readable
    port, without spaces or control characters. Anything else ("javascript:…", a relative
    path, "http://[bad") would go into the record's ``url`` and resolve its links wrongly."""
    parts = split_url(url)
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return False
    if any(c.isspace() or not c.isprintable() for c in url):
        return False
    try:
        parts.port  # noqa: B018  (reading it checks it: "host:99999" raises)
    except ValueError:
        return False
    return True
