"""HTTP methods as clients expect them: HEAD wherever GET is served, and a 405 whose ``Allow``
header names every method of the path (FastAPI routes take one method each, and a refusal
would name only the first route's)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from fastapi import Request
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGet:
    """ASGI middleware answering HEAD as the app answers GET, headers only: the same status,
    ``Content-Type`` and ``Content-Length``, and no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)


def allowed_methods(request: Request) -> list[str]:
    """The methods that the app's routes take at the request's path (HEAD with GET), sorted;
    empty when none of them matches it (a path inside a mounted app such as /static)."""
    path = request.scope["path"]
    root = request.scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :] or "/"
    methods: set[str] = set()
    for route in _routes(request.app.routes):
        regex, taken = getattr(route, "path_regex", None), getattr(route, "methods", None)
        if regex is not None and taken and regex.match(path):
            methods |= taken
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def _routes(routes: Sequence[BaseRoute]) -> Iterable[Any]:
    """Every route, those of included routers too: recent FastAPI versions keep an included
    router as one entry, which ``iter_route_contexts`` opens; older ones copy its routes."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:
        return routes
    return iter_route_contexts(routes)
