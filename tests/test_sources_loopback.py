"""The loopback test site itself: routes, 404, redirects, conditional answers, the request log."""

from __future__ import annotations

import urllib.error
import urllib.request

from loopback_site import LoopbackSite, Request, Response


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, str | None]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read(), response.headers.get("Content-Type")
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.read(), err.headers.get("Content-Type")


def test_serves_routes_and_records_requests_in_order() -> None:
    routes = {"/a.html": "<p>A</p>", "/s.xml": b"<urlset/>"}
    with LoopbackSite(routes) as site:
        assert _get(site.url("/a.html"), {"X-Probe": "1"})[1:] == (
            b"<p>A</p>",
            "text/html; charset=utf-8",
        )
        assert _get(site.url("/s.xml?page=2"))[2] == "application/xml"
        assert _get(site.url("/missing"))[0] == 404
    assert site.paths() == ["/a.html", "/s.xml?page=2", "/missing"]
    assert site.requests[0].header("x-probe") == "1"


def test_conditional_request_gets_304_without_body() -> None:
    page = Response(body="<p>v1</p>", headers={"ETag": '"v1"', "Last-Modified": "Mon"})
    with LoopbackSite({"/p": page}) as site:
        assert _get(site.url("/p"), {"If-None-Match": '"v1"'})[:2] == (304, b"")
        assert _get(site.url("/p"), {"If-Modified-Since": "Mon"})[0] == 304
        assert _get(site.url("/p"), {"If-None-Match": '"v0"'})[:2] == (200, b"<p>v1</p>")


def test_redirects_and_callable_routes() -> None:
    def echo(request: Request) -> Response:
        return Response(body=request.path)

    with LoopbackSite({"/old": Response(redirect="/echo?from=old"), "/echo": echo}) as site:
        assert _get(site.url("/old"))[:2] == (200, b"/echo?from=old")


def test_routes_can_change_while_serving() -> None:
    with LoopbackSite({"/p": "one"}) as site:
        assert _get(site.url("/p"))[1] == b"one"
        site.routes["/p"] = Response(status=503)
        assert _get(site.url("/p"))[0] == 503


def test_trickle_sends_bytes_until_the_client_hangs_up() -> None:
    with LoopbackSite({"/endless": Response(trickle=True)}) as site:
        response = urllib.request.urlopen(site.url("/endless"), timeout=5)
        with response:
            assert response.headers.get("Content-Length") is None
            assert response.read(5) == b"<<<<<"
