"""What keeps the app safe to put in front of crawled content: response headers and the
operator token that guards every write."""

from __future__ import annotations

import hmac
from collections.abc import Callable

from fastapi import HTTPException, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: No inline script or style anywhere; images may come from the articles' own https hosts
#: (photos are shown with their captions) but no other content is fetched from elsewhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RefuseNul:
    """ASGI middleware answering 400 to a query string holding a NUL character (``%00``):
    SQLite ends text at NUL, so "ferry%00zzz" would be searched as "ferry" and a filter of
    "%00" would match everything. ``answer(request, status, message)`` makes the response
    (JSON under /api/, a page elsewhere)."""

    def __init__(self, app: ASGIApp, answer: Callable[[Request, int, str], Response]) -> None:
        self.app = app
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and b"%00" in scope.get("query_string", b""):
            message = "query parameters may not hold a NUL character (%00)"
            response = self.answer(Request(scope, receive), 400, message)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def check_token(
    request: Request, given: str | None, where: str = "Authorization: Bearer <token>"
) -> None:
    """Refuse a write unless ``given`` is the operator's token: 403 when the server has none
    (read-only), 401 when it is missing or wrong, saying ``where`` the token goes."""
    expected: str | None = request.app.state.settings.token
    if not expected:
        raise HTTPException(403, "this server is read-only: the operator set no token")
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401,
            f"the operator token is missing or wrong ({where})",
            headers={"WWW-Authenticate": "Bearer"},
        )


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header, if any."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def require_token(request: Request) -> None:
    """A route dependency: refuse the request unless it carries the operator's token as
    ``Authorization: Bearer``. As a dependency it runs before the body is read and validated,
    so a client without the token learns nothing about what the body should hold."""
    check_token(request, bearer_token(request))
