"""Topics: saved searches with a page, an Atom feed and (sent by ``dateline digest``) a daily
e-mail. Reading is open; saving and deleting need the operator's token."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from dateline.archive.errors import ArchiveError
from dateline.web import queries
from dateline.web.feeds import atom_feed
from dateline.web.params import MAX_ID, found
from dateline.web.routes_pages import render
from dateline.web.schemas import ArticleSummary, Problem, Topic, TopicIn
from dateline.web.security import check_token, require_token
from dateline.web.topics import delete_topic, get_topic, list_topics, save_topic, topic_filters

api_router = APIRouter(prefix="/api/topics", tags=["topics"])
page_router = APIRouter(prefix="/topics", include_in_schema=False)

#: Articles on a topic's page and in its feed.
TOPIC_ARTICLES = 50
#: Largest topic form accepted (a few short fields).
MAX_FORM_BYTES = 10_000

TopicId = Annotated[int, Path(ge=1, le=MAX_ID, description="topic id")]
_GUARDED = {401: {"model": Problem}, 403: {"model": Problem}}


def _topic(request: Request, topic_id: int) -> Topic:
    return found(get_topic(request.app.state.archive.reader(), topic_id), f"no topic {topic_id}")


def topic_articles(request: Request, topic: Topic) -> list[dict[str, Any]]:
    """The newest articles matching the topic."""
    conn = request.app.state.archive.reader()
    return queries.recent_matching(conn, topic.query, topic_filters(topic), TOPIC_ARTICLES)


@api_router.get("", response_model=list[Topic], summary="Saved topics")
def api_list(request: Request) -> list[Topic]:
    """Every saved topic."""
    return list_topics(request.app.state.archive.reader())


@api_router.post(
    "",
    response_model=Topic,
    status_code=201,
    responses={**_GUARDED, 400: {"model": Problem}},
    summary="Save a topic (operator token)",
    dependencies=[Depends(require_token)],
)
def api_create(request: Request, topic: TopicIn) -> Topic:
    """Save a search as a topic; needs ``Authorization: Bearer <operator token>``. Name, query
    and filters are stored trimmed, blank filters as null and dates as YYYY-MM-DD."""
    with request.app.state.archive.writer() as conn:
        return save_topic(conn, topic)


@api_router.get(
    "/{topic_id}",
    response_model=Topic,
    responses={404: {"model": Problem}},
    summary="One topic",
)
def api_get(request: Request, topic_id: TopicId) -> Topic:
    """A saved topic."""
    return _topic(request, topic_id)


@api_router.delete(
    "/{topic_id}",
    status_code=204,
    responses={**_GUARDED, 404: {"model": Problem}},
    summary="Delete a topic (operator token)",
    dependencies=[Depends(require_token)],
)
def api_delete(request: Request, topic_id: TopicId) -> Response:
    """Delete a topic; needs the operator token."""
    with request.app.state.archive.writer() as conn:
        if not delete_topic(conn, topic_id):
            raise HTTPException(404, f"no topic {topic_id}")
    return Response(status_code=204)


@api_router.get(
    "/{topic_id}/articles",
    response_model=list[ArticleSummary],
    responses={404: {"model": Problem}},
    summary="A topic's newest articles",
)
def api_articles(request: Request, topic_id: TopicId) -> list[dict[str, Any]]:
    """The newest articles matching a topic's query and filters."""
    return topic_articles(request, _topic(request, topic_id))


@page_router.get("", response_class=HTMLResponse)
def topics_page(request: Request) -> HTMLResponse:
    """The saved topics, and a form to save one (with the operator token)."""
    return _topics_page(request, {})


def _topics_page(
    request: Request, form: dict[str, str], problem: str | None = None, status_code: int = 200
) -> HTMLResponse:
    """The topics page: the saved topics, and the form filled with ``form`` under ``problem``."""
    return render(
        request,
        "topics.html",
        title="Topics",
        topics=list_topics(request.app.state.archive.reader()),
        writable=bool(request.app.state.settings.token),
        form=form,
        problem=problem,
        status_code=status_code,
    )


@page_router.post("", response_class=HTMLResponse)
async def topics_form(request: Request) -> Response:
    """Save a topic from the form on the topics page; the form carries the operator token."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise HTTPException(413, "the form is too large")
    try:  # bytes that are not UTF-8 were saved as U+FFFD; the JSON API refuses them too
        fields = parse_qs(body.decode("utf-8"), errors="strict")
    except UnicodeDecodeError:
        return _topics_page(request, {}, "the form is not UTF-8 text", 400)
    form = {k: v[0].strip() for k, v in fields.items()}
    token = form.pop("token", None)
    try:
        check_token(request, token, "the token field of the form")
        try:
            topic = TopicIn(**{k: v or None for k, v in form.items() if k in TopicIn.model_fields})
        except ValidationError as err:
            problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in err.errors())
            raise HTTPException(422, problems) from None
        with request.app.state.archive.writer() as conn:
            saved = save_topic(conn, topic)
    except (HTTPException, ArchiveError) as err:
        # The page again, with the reason above the form and what was typed still in it.
        if isinstance(err, HTTPException):
            return _topics_page(request, form, str(err.detail), err.status_code)
        return _topics_page(request, form, str(err), 400)
    return RedirectResponse(f"/topics/{saved.id}", status_code=303)


@page_router.get("/{topic_id}", response_class=HTMLResponse)
def topic_page(request: Request, topic_id: TopicId) -> HTMLResponse:
    """A topic's newest articles, with its feed's address."""
    topic = _topic(request, topic_id)
    articles = topic_articles(request, topic)
    return render(request, "topic.html", title=topic.name, topic=topic, articles=articles)


@page_router.get("/{topic_id}/feed.atom")
def topic_feed(request: Request, topic_id: TopicId) -> Response:
    """A topic's newest articles as an Atom feed."""
    topic = _topic(request, topic_id)
    base = request.app.state.settings.base_url.rstrip("/")
    body = atom_feed(
        feed_id=f"{base}/topics/{topic.id}",
        title=f"dateline: {topic.name}",
        self_url=f"{base}/topics/{topic.id}/feed.atom",
        html_url=f"{base}/topics/{topic.id}",
        entries=topic_articles(request, topic),
        base_url=base,
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")
