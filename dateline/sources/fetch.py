"""One document fetched over HTTP(S), within bounds.

Bounds: a deadline for the whole fetch (connecting, every redirect hop, the response headers
and the body: every socket read waits at most the time left), a cap on the body size (streamed,
so an endless response stops at the cap), a limit on redirects with loop detection, and only
``http``/``https`` anywhere along the way. The user agent names dateline. An IRI (a feed's
``http://host/новости``, a raw UTF-8 ``Location``) is sent as its URI, and the ``#fragment``
is never part of what is fetched.
A conditional fetch (given the ETag / Last-Modified seen before) raises ``NotModified`` on 304.
Politeness across many fetches (robots.txt, a per-host delay) is ``polite.PoliteFetcher``'s job;
it hooks in through ``before_request``.
"""

from __future__ import annotations

import functools
import http.client
import io
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from email.message import Message
from typing import IO, Any

from dateline import __version__
from dateline.sources.decompress import Damaged, inflate, inflate_raw, is_gzip
from dateline.sources.raw import DamagedSource, RawPage, SourceError
from dateline.urls import join_url, request_url, split_url

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
#: Bytes of a body (gzip undone) that ``max_bytes_for`` is shown to choose the body's cap.
HEAD_BYTES = 4096


#: The User-Agent header: who is asking, so that a site can tell dateline apart and reach out.
USER_AGENT = f"dateline/{__version__} (news article extractor; one page per request)"


class _NoAutoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx responses back as errors so that ``fetch`` follows them under its own rules
    (before urllib parses the Location, which fails on an address like ``http://[::1``
    without naming it)."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Message
    ) -> None:
        return None

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class _Request(urllib.request.Request):
    """A request that carries its fetch's deadline (``time.monotonic`` seconds) to the
    connection."""

    def __init__(self, url: str, headers: dict[str, str], deadline: float) -> None:
        super().__init__(url, headers=headers)
        self.deadline = deadline


class _DeadlineReader(io.RawIOBase):
    """A response's socket reads, each allowed only the time left to the deadline.

    A socket timeout bounds one read, not a response: a server that sends a header byte every
    half second would otherwise hold the fetch for as long as it likes.
    """

    def __init__(self, raw: io.RawIOBase, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int | None:  # type: ignore[override]
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        self._sock.settimeout(left)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP response read through ``_DeadlineReader``: status line, headers and body."""

    def __init__(self, sock: socket.socket, *, deadline: float, **options: Any) -> None:
        super().__init__(sock, **options)
        self.fp = io.BufferedReader(_DeadlineReader(self.fp.detach(), sock, deadline))


class _HTTPConnection(http.client.HTTPConnection):
    """A connection whose responses obey the deadline ``do_open`` hands it."""

    def __init__(self, host: str, *, deadline: float, **options: Any) -> None:
        super().__init__(host, **options)
        self.response_class = functools.partial(_DeadlineResponse, deadline=deadline)  # type: ignore[assignment]


class _HTTPSConnection(http.client.HTTPSConnection):
    """The TLS twin of ``_HTTPConnection``."""

    def __init__(self, host: str, *, deadline: float, **options: Any) -> None:
        super().__init__(host, **options)
        self.response_class = functools.partial(_DeadlineResponse, deadline=deadline)  # type: ignore[assignment]


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req, deadline=_deadline_of(req))  # type: ignore[arg-type]


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        context = getattr(self, "_context", None)  # the handler's TLS settings (default: none)
        return self.do_open(_HTTPSConnection, req, context=context, deadline=_deadline_of(req))  # type: ignore[arg-type]


def _deadline_of(req: urllib.request.Request) -> float:
    """The deadline of a ``_Request``; any other request (dateline makes none) gets the timeout
    it was opened with, from now."""
    deadline = getattr(req, "deadline", None)
    if isinstance(deadline, float):
        return deadline
    return time.monotonic() + (getattr(req, "timeout", None) or DEFAULT_TIMEOUT)


_OPENER = urllib.request.build_opener(_NoAutoRedirect(), _HTTPHandler(), _HTTPSHandler())


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
    max_bytes_for: Callable[[bytes], int] | None = None,
) -> RawPage:
    """Fetch ``url`` and return its body with the final URL, headers and fetch time.

    ``etag`` and ``last_modified`` (the validators of the copy seen before) make the fetch
    conditional: a 304 answer raises ``NotModified``. ``before_request`` is called with the URL
    of every request, redirect hops included, just before it is sent; it may wait or raise.
    A gzip body (``Content-Encoding`` or a gzip file) is inflated under ``max_bytes``.
    ``max_bytes_for``, when given, is shown the body's first ``HEAD_BYTES`` (gzip undone) and
    returns the cap for that body (at most ``max_bytes``, the cap until then): a sitemap may be
    larger than a page. The URL is requested as ``urls.request_url`` gives it (a URI, without
    its fragment); errors name ``url`` as given.

    Raises ``SourceError`` naming ``url`` for a bad URL, a network failure, an HTTP error
    status (``HTTPStatusError``), too many redirects or a loop, a body over ``max_bytes``, a
    non-page Content-Type, or a fetch that outlasts ``timeout`` seconds. A body cut short (the
    connection closed or timed out, its gzip truncated or corrupt) raises ``DamagedSource``,
    whose page holds what was read before the damage.
    """
    _check_scheme(url, url)
    deadline = time.monotonic() + timeout
    headers = _headers(user_agent, etag, last_modified)
    current = seen_first = request_url(url)
    seen = {current}
    for _hop in range(max_redirects + 1):
        if before_request is not None:
            before_request(current)
        try:
            request = _Request(current, headers, deadline)
            response = _OPENER.open(request, timeout=_remaining(url, deadline))
        except urllib.error.HTTPError as err:
            err.close()
            if err.code == 304 and (etag or last_modified):
                raise NotModified(url) from None
            location = err.headers.get("Location") if err.code in _REDIRECT_CODES else None
            if not location:
                raise HTTPStatusError(url, err.code, err.reason) from None
            current = request_url(join_url(current, _location(location)))
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as err:
            where = "" if current == seen_first else f" (redirected to {current})"
            raise SourceError(url, _network_reason(err) + where) from None
        else:
            with response:
                return _page(url, response, deadline, max_bytes, max_bytes_for)
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


def _location(value: str) -> str:
    """A ``Location`` header as the server meant it: http.client reads header bytes as
    Latin-1, and servers that send a raw UTF-8 address (which ``request_url`` then encodes)
    are common."""
    value = value.strip()
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:  # not UTF-8 after all (or not Latin-1): taken as it came
        return value


def _page(
    url: str,
    response: http.client.HTTPResponse,
    deadline: float,
    max_bytes: int,
    max_bytes_for: Callable[[bytes], int] | None,
) -> RawPage:
    headers: Message = response.headers
    content_type = headers.get("Content-Type")
    _check_content_type(url, content_type)
    page = RawPage(
        name=url,
        data=b"",
        url=response.geturl(),
        content_type=content_type,
        fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )
    try:
        return replace(page, data=_read_body(url, response, deadline, max_bytes, max_bytes_for))
    except DamagedSource as err:  # what was read, with the page's address and headers
        raise DamagedSource(url, err.reason, replace(page, data=err.page.data)) from None


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


def _check_deadline(deadline: float) -> None:
    """``TimeoutError`` once ``deadline`` has passed (a body read then keeps what came)."""
    if time.monotonic() >= deadline:
        raise TimeoutError("timed out")


def _remaining(source: str, deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise SourceError(source, "timed out")
    return left


def _read_body(
    source: str,
    response: http.client.HTTPResponse,
    deadline: float,
    max_bytes: int,
    max_bytes_for: Callable[[bytes], int] | None = None,
) -> bytes:
    """Stream the body, stopping at the size cap or the deadline, then undo any gzip.

    Gzip is undone when ``Content-Encoding`` says so, and also when the body itself is a gzip
    file (told by its signature, which no page or XML document starts with). The deadline
    bounds every read (``_DeadlineReader``); it is checked here too so that the reason is ours.
    """
    headers: Message = response.headers
    length = headers.get("Content-Length", "")
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
        raise SourceError(source, f"unsupported Content-Encoding {encoding}")
    encoded = encoding not in ("", "identity")
    _check_length(source, length, max_bytes)
    body = bytearray()
    chosen = max_bytes_for is None  # the cap is final once the body's head is seen
    try:
        _check_deadline(deadline)
        while chunk := response.read1(_CHUNK):
            body += chunk
            if not chosen and len(body) >= HEAD_BYTES and max_bytes_for is not None:
                max_bytes = min(max_bytes, max_bytes_for(_head(bytes(body), encoded)))
                chosen = True
                _check_length(source, length, max_bytes)
            if len(body) > max_bytes:
                raise SourceError(source, f"larger than {max_bytes:,} bytes")
            _check_deadline(deadline)
    except (OSError, http.client.HTTPException) as err:
        raise _cut_short(source, _network_reason(err), bytes(body), encoding, max_bytes) from None
    if response.length:  # bytes the Content-Length promised and the server never sent
        reason = f"connection closed before the body ended ({len(body):,} of {length} bytes)"
        raise _cut_short(source, reason, bytes(body), encoding, max_bytes)
    if not chosen and max_bytes_for is not None:  # a body shorter than its head
        max_bytes = min(max_bytes, max_bytes_for(_head(bytes(body), encoded)))
        if len(body) > max_bytes:
            raise SourceError(source, f"larger than {max_bytes:,} bytes")
    data = bytes(body)
    try:
        if encoding == "deflate":
            data = _inflate_deflate(data, max_bytes)
        elif encoding != "identity" and encoding:
            data = inflate(data, max_bytes)
        if is_gzip(data):  # a .gz file, whether or not it was also sent compressed
            data = inflate(data, max_bytes)
    except Damaged as err:
        raise DamagedSource(source, str(err), RawPage(name=source, data=err.partial)) from None
    except ValueError as err:
        raise SourceError(source, str(err)) from None
    return data


def _cut_short(source: str, reason: str, body: bytes, encoding: str, max_bytes: int) -> SourceError:
    """The failure of a body that ended early: ``DamagedSource`` with what of it reads (gzip
    undone as far as it goes), a plain ``SourceError`` when nothing does."""
    try:
        if encoding == "deflate":
            body = _inflate_deflate(body, max_bytes)
        elif encoding not in ("", "identity"):
            body = inflate(body, max_bytes)
        if is_gzip(body):
            body = inflate(body, max_bytes)
    except Damaged as err:
        body = err.partial
    except ValueError:
        body = b""
    if not body:
        return SourceError(source, reason)
    return DamagedSource(source, reason, RawPage(name=source, data=body))


def _inflate_deflate(data: bytes, max_bytes: int) -> bytes:
    """A ``deflate`` body: zlib data as the standard says, else raw deflate, which some servers
    send and browsers read."""
    try:
        return inflate(data, max_bytes)
    except ValueError as err:
        try:
            return inflate_raw(data, max_bytes)
        except ValueError:
            raise err from None  # what the standard form met says more (a bomb, a cut)


def _check_length(source: str, length: str, max_bytes: int) -> None:
    """Refuse at once a body whose declared length is over the cap."""
    if length.isdecimal() and int(length) > max_bytes:
        raise SourceError(source, f"larger than {max_bytes:,} bytes (Content-Length {length})")


def _head(data: bytes, encoded: bool) -> bytes:
    """The first ``HEAD_BYTES`` of a body as it will be read: gzip (of the transfer, or of a
    ``.xml.gz`` file) undone as far as these bytes allow; as they are when that fails."""
    for _layer in range(2):  # a gzip file may also be sent gzip-encoded
        if not (encoded or is_gzip(data)):
            break
        try:
            # 32 + MAX_WBITS reads a gzip or a zlib header, as inflate does.
            data = zlib.decompressobj(32 + zlib.MAX_WBITS).decompress(data, HEAD_BYTES)
        except zlib.error:
            break
        encoded = False
    return data[:HEAD_BYTES]


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
    if isinstance(err, http.client.BadStatusLine) and not isinstance(err, ConnectionError):
        # Its text is the line alone ('<!DOCTYPE html>'): say what was wrong with it.
        return f"not an HTTP response (status line {err.line.strip()[:80]!r})"
    text = str(err.reason if isinstance(err, urllib.error.URLError) else err) or type(err).__name__
    return " ".join(text.split())
