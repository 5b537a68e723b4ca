"""One page fetched over HTTP(S), politely and within bounds.

Bounds: a deadline for the whole fetch (connecting, every redirect hop and the body), a cap on
the body size (streamed, so an endless response stops at the cap), a limit on redirects with
loop detection, and only ``http``/``https`` anywhere along the way. The user agent names dateline.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from email.message import Message
from typing import IO
from urllib.parse import urljoin, urlsplit

from dateline import __version__
from dateline.sources.decompress import inflate
from dateline.sources.raw import RawPage, SourceError

#: Seconds allowed for a whole fetch, redirects included.
DEFAULT_TIMEOUT = 20.0
#: Largest body accepted (after Content-Encoding is undone); news pages rarely pass 2 MB.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
#: Redirect hops followed before giving up.
MAX_REDIRECTS = 5
#: Bytes asked of the socket per read while streaming the body.
_CHUNK = 65536
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
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


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawPage:
    """Fetch ``url`` and return its body with the final URL and Content-Type.

    Raises ``SourceError`` naming ``url`` for a bad URL, a network failure, an HTTP error
    status, too many redirects or a loop, a body over ``max_bytes``, a non-page Content-Type,
    or a fetch that outlasts ``timeout`` seconds.
    """
    _check_scheme(url, url)
    deadline = time.monotonic() + timeout
    current = url
    seen = {url}
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            response = _OPENER.open(_request(current), timeout=_remaining(url, deadline))
        except urllib.error.HTTPError as err:
            err.close()
            location = err.headers.get("Location") if err.code in _REDIRECT_CODES else None
            if not location:
                raise SourceError(url, f"HTTP {err.code} {err.reason}".strip()) from None
            current = urljoin(current, location.strip())
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as err:
            raise SourceError(url, _network_reason(err)) from None
        else:
            with response:
                content_type = response.headers.get("Content-Type")
                _check_content_type(url, content_type)
                data = _read_body(url, response, deadline, max_bytes)
                return RawPage(
                    name=url, data=data, url=response.geturl(), content_type=content_type
                )
        _check_scheme(url, current)
        if current in seen:
            raise SourceError(url, f"redirect loop (back to {current})")
        seen.add(current)
    raise SourceError(url, f"more than {MAX_REDIRECTS} redirects")


def _request(url: str) -> urllib.request.Request:
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip"}
    return urllib.request.Request(url, headers=headers)


def _check_scheme(source: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        where = "" if url == source else f" (redirected to {url})"
        raise SourceError(source, f"not an http(s) URL{where}")


def _check_content_type(source: str, content_type: str | None) -> None:
    """Refuse media that cannot be a page (images, video, PDF); accept text, HTML, XML, unknown."""
    if not content_type:
        return
    media = content_type.split(";", 1)[0].strip().lower()
    if media.startswith("text/") or "html" in media or "xml" in media:
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
    """Stream the body, stopping at the size cap or the deadline, then undo Content-Encoding."""
    headers: Message = response.headers
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise SourceError(source, f"larger than {max_bytes:,} bytes (Content-Length {length})")
    body = bytearray()
    try:
        while chunk := response.read1(_CHUNK):
            body += chunk
            if len(body) > max_bytes:
                raise SourceError(source, f"larger than {max_bytes:,} bytes")
            _remaining(source, deadline)
    except (OSError, http.client.HTTPException) as err:
        raise SourceError(source, _network_reason(err)) from None
    encoding = headers.get("Content-Encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            return inflate(bytes(body), max_bytes)
        except ValueError as err:
            raise SourceError(source, str(err)) from None
    if encoding not in ("", "identity"):
        raise SourceError(source, f"unsupported Content-Encoding {encoding}")
    return bytes(body)


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
