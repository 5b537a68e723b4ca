"""The web app: ``create_app`` wires the archive, the routes, the templates and the error
pages into one FastAPI application (``dateline serve`` runs it under uvicorn)."""

from __future__ import annotations

import functools
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from dateline import __version__
from dateline.archive.errors import ArchiveError
from dateline.archive.store import file_trouble
from dateline.sources.fetch import DEFAULT_MAX_BYTES
from dateline.web import routes_api, routes_pages, routes_topics
from dateline.web.db import Archive
from dateline.web.methods import HeadAsGet, allowed_methods
from dateline.web.render import make_environment
from dateline.web.schemas import Problem
from dateline.web.security import RefuseNul, SecurityHeaders

#: Largest HTML body ``POST /api/extract`` reads: the cap the fetcher puts on a page (10 MiB;
#: news pages rarely pass 2 MB), so that what ``dateline extract URL`` accepts is accepted here.
MAX_EXTRACT_BYTES = DEFAULT_MAX_BYTES

_log = logging.getLogger("dateline.web")
#: What a validation error about a whole part of the request (no field named) is called.
_WHOLE = {"body": "request body", "query": "query string", "path": "path"}
_STATIC = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True, slots=True)
class Settings:
    """How the app runs: its archive, the operator's token (None: read-only), the largest
    extraction body, and the public base URL for feeds."""

    db: str | Path
    token: str | None = None
    max_extract_bytes: int = MAX_EXTRACT_BYTES
    base_url: str = "http://127.0.0.1:8000"


def create_app(settings: Settings) -> FastAPI:
    """The application over the archive at ``settings.db`` (``ArchiveError`` if it is not one)."""
    archive = Archive(settings.db)
    app = FastAPI(
        title="dateline archive",
        version=__version__,
        description="Read the dateline news archive: articles with their facts, full-text "
        "search, stories, people, quotes, claims and topics; and extract a record from HTML.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the hosted docs pages load scripts from a CDN, which the CSP forbids
        redoc_url=None,
    )
    app.state.archive = archive
    app.state.settings = settings
    app.state.templates = make_environment()
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RefuseNul, answer=error_response)
    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_topics.api_router)
    app.include_router(routes_topics.page_router)
    app.include_router(routes_pages.router)
    app.add_exception_handler(ArchiveError, _archive_error)
    app.add_exception_handler(sqlite3.DatabaseError, _database_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
    app.router.on_shutdown.append(archive.close)
    app.openapi = functools.partial(_openapi, app)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with the 422 answers described as the app sends them: a
    ``Problem`` (``{"detail": "per_page: …"}``), not FastAPI's list of validation errors."""
    if app.openapi_schema is None:
        document = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        schemas.setdefault("Problem", Problem.model_json_schema())
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        problem = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for operations in document.get("paths", {}).values():
            for operation in operations.values():
                invalid = operation.get("responses", {}).get("422")
                if invalid is not None:
                    invalid.update(description="Invalid parameters", content=problem)
        app.openapi_schema = document
    return app.openapi_schema


def error_response(request: Request, status: int, message: str) -> Response:
    """The error as JSON ``{"detail": ...}`` under /api/, as an HTML page elsewhere."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    template = request.app.state.templates.get_template("error.html")
    html = template.render(request=request, status=status, message=message, title="Error")
    return HTMLResponse(html, status_code=status)


async def _archive_error(request: Request, exc: Exception) -> Response:
    return error_response(request, 400, str(exc))


async def _database_error(request: Request, exc: Exception) -> Response:
    """A damaged or unreadable archive file: 503 saying so, and one log line naming the file
    (no traceback: the fault is the file's, not the code's). Any other SQLite error is a
    fault of the app, answered as one."""
    assert isinstance(exc, sqlite3.DatabaseError)
    state = file_trouble(exc)
    if state is None:
        return await _internal_error(request, exc)
    path = request.app.state.settings.db
    _log.error("archive %s is %s (%s) on %s %s", path, state, exc, request.method, request.url.path)
    message = f"the archive is {state} and cannot be read ({exc}); the server log names the file"
    return error_response(request, 503, message)


async def _invalid_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        # The first part says where the value was (query, path, body); the rest names it, and
        # a body field may itself be called "query".
        where, *name = error.get("loc", ()) or ("request",)
        label = ".".join(str(part) for part in name) or _WHOLE.get(str(where), str(where))
        if error.get("type") == "json_invalid":  # ("body", offset): not a field
            label = "request body"
        problems.append(f"{label}: {error.get('msg', 'invalid')}")
    return error_response(request, 422, "; ".join(problems) or "invalid request")


#: What the router says of an address no route takes.
_NO_ROUTE = "Not Found"


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail)
    if exc.status_code == 404 and message == _NO_ROUTE and request.url.path.startswith("/api/"):
        # A program's author who mistyped an endpoint learns where the endpoints are listed.
        message = f"no endpoint {request.url.path}: see /api/openapi.json for the API"
    response = error_response(request, exc.status_code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    if exc.status_code == 405 and (methods := allowed_methods(request)):
        response.headers["Allow"] = ", ".join(methods)
    return response


async def _internal_error(request: Request, exc: Exception) -> Response:
    """Last resort: log the fault on stderr, answer without any internals."""
    _log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error; the server log has the details")
