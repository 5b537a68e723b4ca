"""A throwaway web site on 127.0.0.1 for tests: serves fixed responses and records every request.

Usage::

    from loopback_site import LoopbackSite, Response  # tests/ is on sys.path under pytest

    routes = {
        "/robots.txt": "User-agent: *\\nDisallow: /private/\\n",
        "/a.html": Response(body="<p>Hi</p>", headers={"ETag": '"v1"'}),
        "/loop": Response(redirect="/loop"),
        "/slow": Response(body="late", delay=0.5),
        "/endless": Response(trickle=True),
        "/stalling": Response(trickle_head=True),
        "/dynamic": lambda request: Response(body=request.header("User-Agent") or ""),
    }
    with LoopbackSite(routes) as site:
        fetch(site.url("/a.html"))
        assert site.requests[0].header("User-Agent").startswith("dateline/")
        assert site.paths() == ["/a.html"]

A route value is a ``Response``, a ``str``/``bytes`` body (status 200), or a callable taking the
``Request`` and returning a ``Response``. ``site.routes`` may be changed while the site runs
(e.g. to serve a new version of a page). A path with a query string is looked up as given first,
then without the query. Unknown paths get 404.

What a ``Response`` does:

- ``status``, ``headers``, ``body``: sent as given. ``Content-Type`` defaults from the path's
  suffix (``.xml`` → ``application/xml``, ``.txt`` → ``text/plain; charset=utf-8``,
  ``.gz`` → ``application/gzip``, else ``text/html; charset=utf-8``);
  ``Content-Length`` is set unless given. A header given as ``""`` is not sent at all
  (``{"Content-Length": ""}``: a body of undeclared length, ended by closing the connection).
- ``redirect="/other"``: a 302 (or ``status`` when it is a 3xx) with ``Location`` set.
- ``delay``: seconds to wait before answering.
- ``trickle=True``: sends the headers, then one byte every 50 ms without end, until the client
  hangs up or the site closes.
- ``trickle_head=True``: sends the status line, then header bytes (``X-Pad: aaaa…``) one every
  50 ms for ``TRICKLE_HEAD_SECONDS``, then ends the headers and sends ``body``: a server that
  holds a client in its headers (for long enough that a client without a deadline on them
  is seen to wait, not forever, so that such a test fails instead of hanging).
- A header value is sent as UTF-8 bytes (``Location: /новости`` goes out raw, as some servers
  send it), not as ``http.server``'s Latin-1.
- Conditional requests are answered as a real server would: when the response carries an
  ``ETag`` equal to the request's ``If-None-Match``, or a ``Last-Modified`` equal to its
  ``If-Modified-Since``, the answer is ``304 Not Modified`` without a body.

Every request is recorded as a ``Request`` (method, path with query, headers, arrival time from
``time.monotonic``) in ``site.requests``, in arrival order, before any delay.
"""

from __future__ import annotations

import mimetypes
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

#: Seconds between two bytes of a trickled body.
TRICKLE_INTERVAL = 0.05
#: Seconds a ``trickle_head`` response spends sending its headers.
TRICKLE_HEAD_SECONDS = 8.0


@dataclass(frozen=True)
class Request:
    """One request as the site received it."""

    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    time: float

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or ``None`` when it was not sent."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass(frozen=True)
class Response:
    """What the site answers on one path; see the module docstring."""

    body: bytes | str = b""
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    redirect: str | None = None
    delay: float = 0.0
    trickle: bool = False
    trickle_head: bool = False


Route = Response | bytes | str | Callable[[Request], Response]


class LoopbackSite:
    """A context manager that serves ``routes`` on a free loopback port from a thread."""

    def __init__(self, routes: Mapping[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[Request] = []
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT``, without a trailing slash."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this site."""
        return self.origin + path

    def paths(self) -> list[str]:
        """The paths requested so far, in arrival order."""
        with self._lock:
            return [request.path for request in self.requests]

    def requests_for(self, path: str) -> list[Request]:
        """The recorded requests whose path (query included) is ``path``."""
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def __enter__(self) -> LoopbackSite:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _answer(self, request: Request) -> Response | None:
        path = request.path
        route = self.routes.get(path)
        if route is None:
            route = self.routes.get(urlsplit(path).path)
        if route is None:
            return None
        if isinstance(route, bytes | str):
            return Response(body=route)
        if isinstance(route, Response):
            return route
        return route(request)


def _handler_for(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            request = Request(
                method=self.command,
                path=self.path,
                headers=tuple(self.headers.items()),
                time=time.monotonic(),
            )
            site._record(request)
            response = site._answer(request)
            if response is None:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
                return
            if response.delay and site._closing.wait(response.delay):
                return
            self._serve(request, response)

        def _serve(self, request: Request, response: Response) -> None:
            headers = dict(response.headers)
            if response.redirect is not None:
                status = response.status if 300 <= response.status < 400 else 302
                headers["Location"] = response.redirect
                self._send(status, headers, b"")
                return
            if _not_modified(request, headers):
                self._send(304, {k: v for k, v in headers.items() if k.lower() == "etag"}, b"")
                return
            if not any(key.lower() == "content-type" for key in headers):
                headers["Content-Type"] = _default_type(request.path)
            body = response.body.encode() if isinstance(response.body, str) else response.body
            if response.trickle_head:
                self._trickle_head(response.status, body)
            elif response.trickle:
                self._trickle(response.status, headers)
            else:
                self._send(response.status, headers, body)

        def _send(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
            self._head(status, headers)
            if not any(key.lower() == "content-length" for key in headers):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _head(self, status: int, headers: Mapping[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                if value:
                    # http.server encodes headers as Latin-1; servers in the wild send UTF-8.
                    self.send_header(key, value.encode("utf-8").decode("latin-1"))

        def _trickle(self, status: int, headers: Mapping[str, str]) -> None:
            self._head(status, headers)
            self.end_headers()
            try:
                while not site._closing.wait(TRICKLE_INTERVAL):
                    self.wfile.write(b"<")
                    self.wfile.flush()
            except OSError:
                return  # the client hung up, as it should

        def _trickle_head(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.flush_headers()
            self.wfile.write(b"X-Pad: ")
            until = time.monotonic() + TRICKLE_HEAD_SECONDS
            try:
                while time.monotonic() < until and not site._closing.wait(TRICKLE_INTERVAL):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                head = f"\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                self.wfile.write(head + body)
            except OSError:
                return  # the client hung up, as it should

        def log_message(self, format: str, *args: object) -> None:
            """Stay quiet: tests read ``site.requests`` instead of a log."""

    return Handler


def _not_modified(request: Request, headers: Mapping[str, str]) -> bool:
    sent = {key.lower(): value for key, value in headers.items()}
    etag, modified = sent.get("etag"), sent.get("last-modified")
    if etag is not None and request.header("If-None-Match") == etag:
        return True
    return modified is not None and request.header("If-Modified-Since") == modified


def _default_type(path: str) -> str:
    media, encoding = mimetypes.guess_type(urlsplit(path).path)
    if encoding == "gzip":
        return "application/gzip"
    if media and "xml" in media:
        return "application/xml"
    if media and media.startswith("text/"):
        return f"{media}; charset=utf-8"
    return "text/html; charset=utf-8"
