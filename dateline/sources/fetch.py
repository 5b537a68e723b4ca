"""One document fetched over HTTP(S), within bounds.

Bounds: a deadline for the whole fetch (connecting, every redirect hop and the body), a cap on
the body size (streamed, so an endless response stops at the cap), a limit on redirects with
loop detection, and only ``http``/``https`` anywhere along the way. The user agent names dateline.
A conditional fetch (given the ETag / Last-Modified seen before) raises ``NotModified`` on 304.
Politeness across many fetches (robots.txt, a per-host delay) is ``polite.PoliteFetcher``'s job;
it hooks in through ``before_request``.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import Message
from typing import IO

from dateline import __version__
from dateline.sources.decompress import inflate, is_gzip
from dateline.sources.raw import RawPage, SourceError
from dateline.urls import join_url, split_url

#: Seconds allowed for a whole fetch, redirects included.
DEFAULT_TIMEOUT = 20.0
#: Largest body accepted (after Content-Encoding is undone); news pages rarely pass 2 MB.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Redirect hops followed before giving up.
MAX_REDIRECTS = 5
#: Bytes asked of the socket per read while streaming the body.
_CHUNK = 65536
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
#: Media types of a gzip file served as such (a ``.xml.gz`` sitemap); the body is inflated.
_GZIP_MEDIA = frozenset({"application/gzip", "application/x-gzip", "application/gzip-compressed"})
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


#: The User-Agent header: who is asking, so that a site can tell dateline apart and reach out.
USER_AGENT = f"dateline/{__version__} (news article extractor; one page per request)"


class _NoAutoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx responses back as errors so that ``fetch`` follows them under its own rules."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoAutoRedirect())


class NotModified(Exception):
    """The server answered 304 to a conditional fetch: the copy seen before is still current."""

    def __init__(self, url: str) -> None:
        super().__init__(f"{url}: not modified")
        self.url = url


class HTTPStatusError(SourceError):
    """The server answered with an error status; ``status`` is its code (404, 503, …)."""

    def __init__(self, source: str, status: int, reason: str) -> None:
        super().__init__(source, f"HTTP {status} {reason}".strip())
        self.status = status


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    user_agent: str = USER_AGENT,
    etag: str | None = None,
    last_modified: str | None = None,
    before_request: Callable[[str], None] | None = None,
) -> RawPage:
    """Fetch ``url`` and return its body with the final URL, headers and fetch time.

    ``etag`` and ``last_modified`` (the validators of the copy seen before) make the fetch
    conditional: a 304 answer raises ``NotModified``. ``before_request`` is called with the URL
    of every request, redirect hops included, just before it is sent; it may wait or raise.
    A gzip body (``Content-Encoding`` or a gzip file) is inflated under ``max_bytes``.

    Raises ``SourceError`` naming ``url`` for a bad URL, a network failure, an HTTP error
    status (``HTTPStatusError``), too many redirects or a loop, a body over ``max_bytes``, a
    non-page Content-Type, or a fetch that outlasts ``timeout`` seconds.
    """
    _check_scheme(url, url)
    deadline = time.monotonic() + timeout
    headers = _headers(user_agent, etag, last_modified)
    current = url
    seen = {url}
    for _hop in range(max_redirects + 1):
        if before_request is not None:
            before_request(current)
        try:
            request = urllib.request.Request(current, headers=headers)
            response = _OPENER.open(request, timeout=_remaining(url, deadline))
        except urllib.error.HTTPError as err:
            err.close()
            if err.code == 304 and (etag or last_modified):
                raise NotModified(url) from None
            location = err.headers.get("Location") if err.code in _REDIRECT_CODES else None
            if not location:
                raise HTTPStatusError(url, err.code, err.reason) from None
            current = join_url(current, location.strip())
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as err:
            raise SourceError(url, _network_reason(err)) from None
        else:
            with response:
                return _page(url, response, deadline, max_bytes)
        _check_scheme(url, current)
        if current in seen:
            raise SourceError(url, f"redirect loop (back to {current})")
        seen.add(current)
    raise SourceError(url, f"more than {max_redirects} redirects")


def _headers(user_agent: str, etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {"User-Agent": user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _page(url: str, response: http.client.HTTPResponse, deadline: float, max_bytes: int) -> RawPage:
    headers: Message = response.headers
    content_type = headers.get("Content-Type")
    _check_content_type(url, content_type)
    fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
    return RawPage(
        name=url,
        data=_read_body(url, response, deadline, max_bytes),
        url=response.geturl(),
        content_type=content_type,
        fetched_at=fetched_at,
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )


def _check_scheme(source: str, url: str) -> None:
    parts = split_url(url)
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        where = "" if url == source else f" (redirected to {url})"
        raise SourceError(source, f"not an http(s) URL{where}")


def _check_content_type(source: str, content_type: str | None) -> None:
    """Refuse media that cannot be a page (images, video, PDF).

    Accepted: text, HTML, XML (feeds, sitemaps), a gzip file (inflated later), unknown.
    """
    if not content_type:
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if media.startswith("text/") or "html" in media or "xml" in media or media in _GZIP_MEDIA:
        return
    if media in ("", "application/octet-stream"):
        return
    raise SourceError(source, f"not a web page (Content-Type {media})")


def _remaining(source: str, deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise SourceError(source, "timed out")
    return left


def _read_body(
    source: str, response: http.client.HTTPResponse, deadline: float, max_bytes: int
) -> bytes:
    """Stream the body, stopping at the size cap or the deadline, then undo any gzip.

    Gzip is undone when ``Content-Encoding`` says so, and also when the body itself is a gzip
    file (told by its signature, which no page or XML document starts with).
    """
    headers: Message = response.headers
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise SourceError(source, f"larger than {max_bytes:,} bytes (Content-Length {length})")
    body = bytearray()
    try:
        _wait_at_most(response, _remaining(source, deadline))
        while chunk := response.read1(_CHUNK):
            body += chunk
            if len(body) > max_bytes:
                raise SourceError(source, f"larger than {max_bytes:,} bytes")
            _wait_at_most(response, _remaining(source, deadline))
    except (OSError, http.client.HTTPException) as err:
        raise SourceError(source, _network_reason(err)) from None
    if response.length:  # bytes the Content-Length promised and the server never sent
        raise SourceError(
            source,
            f"connection closed before the body ended ({len(body):,} of {length} bytes)",
        )
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise SourceError(source, f"unsupported Content-Encoding {encoding}")
    data = bytes(body)
    try:
        if encoding != "identity" and encoding:
            data = inflate(data, max_bytes)
        if is_gzip(data):  # a .gz file, whether or not it was also sent compressed
            data = inflate(data, max_bytes)
    except ValueError as err:
        raise SourceError(source, str(err)) from None
    return data


def _wait_at_most(response: http.client.HTTPResponse, seconds: float) -> None:
    """Let the next socket read block no longer than ``seconds`` (the time left to the deadline).

    Without this a server that goes silent mid-body would hold a read for the whole timeout set
    at connect time. ``http.client`` gives no public handle on the socket; ``SocketIO._sock``
    has been the way to it since Python 3.0, and when it is absent the connect-time timeout
    still bounds the read (the fetch then ends within twice ``timeout``).
    """
    sock = getattr(getattr(response.fp, "raw", None), "_sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(seconds)


def _network_reason(err: BaseException) -> str:
    """A one-line reason for a network failure, without urllib's nesting."""
    if isinstance(err, urllib.error.URLError) and not isinstance(err.reason, str):
        err = err.reason
    if isinstance(err, TimeoutError):
        return "timed out"
    if isinstance(err, socket.gaierror):
        return "host not found"
    if isinstance(err, ConnectionRefusedError):
        return "connection refused"
    if isinstance(err, http.client.IncompleteRead):
        return "connection closed before the body ended"
    text = str(err.reason if isinstance(err, urllib.error.URLError) else err) or type(err).__name__
    return " ".join(text.split())
