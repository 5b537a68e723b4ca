"""URL parsing that never raises: pages, feeds, sitemaps and crawl records carry malformed links.

``urllib.parse`` raises ``ValueError`` for some strings ("http://[::1" with its IPv6 bracket
left open); one such link in a page, a feed item or a redirect must not cost the whole record.
Every part of dateline that reads a URL it did not write goes through these.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit


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
