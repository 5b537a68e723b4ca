"""The JSON API under ``/api/``: articles, search, stories, people, quotes, claims, extraction."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from dateline.errors import DatelineError
from dateline.records import to_article
from dateline.sources.discover import not_a_page
from dateline.sources.raw import RawPage, SourceError
from dateline.urls import is_page_address
from dateline.web import queries
from dateline.web.params import (
    MAX_ID,
    MAX_TEXT,
    PER_PAGE,
    CollapseCopies,
    ListQuery,
    PageNumber,
    PerPage,
    StoryId,
    found,
    open_filter,
)
from dateline.web.schemas import (
    ArticleList,
    ArticleRecord,
    ClaimList,
    PersonDetail,
    PersonList,
    Problem,
    QuoteList,
    SearchResults,
    StoryDetail,
    StoryList,
)

router = APIRouter(
    prefix="/api",
    tags=["archive"],
    responses={400: {"model": Problem}, 422: {"model": Problem}},
)

ArticleId = Annotated[int, Path(ge=1, le=MAX_ID, description="archive id of the article")]
#: What a speaker or source filter matches.
_WHOLE_NAME = "the {}'s whole name, in any case and with or without its accents"


def _paging(page: int, per_page: int, result: queries.Page) -> dict[str, Any]:
    return {"items": result.items, "total": result.total, "page": page, "per_page": per_page}


@router.get("/articles", response_model=ArticleList, summary="Articles, newest first")
def list_articles(
    request: Request,
    query: ListQuery,
) -> dict[str, Any]:
    """The latest version of each article, filtered by site, dates, person and story."""
    result = queries.articles(request.app.state.archive.reader(), query)
    return _paging(query.page, query.limit, result)


@router.get(
    "/articles/{article_id}",
    response_model=ArticleRecord,
    responses={404: {"model": Problem}},
    summary="One article's public record with its facts",
)
def get_article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    """The public record with its facts, its wire-copy link (``duplicate_of``,
    ``similarity``), its story and the other outlets' copies."""
    return found(
        queries.article(request.app.state.archive.reader(), article_id),
        f"no article {article_id}",
    )


@router.get("/search", response_model=SearchResults, summary="Full-text search")
def search(
    request: Request,
    q: Annotated[
        str,
        # A blank query is refused with 400 (ArchiveError), as one without words is; the
        # pattern only tells the OpenAPI document's readers that it needs a non-space.
        Query(max_length=MAX_TEXT, description="FTS5 query", json_schema_extra={"pattern": r"\S"}),
    ],
    query: ListQuery,
    collapse_copies: CollapseCopies = False,
) -> dict[str, Any]:
    """Articles matching ``q`` (FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*), best
    first. A query that is not valid syntax is searched as its plain words. With
    ``collapse_copies`` a wire story that many outlets carry is one hit."""
    query = dataclasses.replace(query, collapse_copies=collapse_copies)
    result = queries.search(request.app.state.archive.reader(), q, query)
    return {
        **_paging(query.page, query.limit, result),
        "query": q,
        "fts_query": result.fts_query,
        "plain_words": result.plain_words,
    }


@router.get("/stories", response_model=StoryList, summary="Stories, latest coverage first")
def list_stories(
    request: Request, page: PageNumber = 1, per_page: PerPage = PER_PAGE
) -> dict[str, Any]:
    """Groups of articles about one event, with their outlets."""
    result = queries.stories(request.app.state.archive.reader(), per_page, (page - 1) * per_page)
    return _paging(page, per_page, result)


@router.get(
    "/stories/{story_id}",
    response_model=StoryDetail,
    responses={404: {"model": Problem}},
    summary="One story: its articles and the people quoted",
)
def get_story(
    request: Request, story_id: Annotated[int, Path(ge=1, le=MAX_ID, description="story id")]
) -> dict[str, Any]:
    """The story's articles in publication order, its outlets and the people quoted in it."""
    return found(
        queries.story(request.app.state.archive.reader(), story_id), f"no story {story_id}"
    )


@router.get("/people", response_model=PersonList, summary="People named in the articles")
def list_people(
    request: Request,
    name: Annotated[str | None, Query(max_length=MAX_TEXT, description="part of a name")] = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """People found by the facts, most written about first."""
    conn = request.app.state.archive.reader()
    result = queries.people(conn, open_filter(name), per_page, (page - 1) * per_page)
    return _paging(page, per_page, result)


@router.get(
    "/people/{name:path}",
    response_model=PersonDetail,
    responses={404: {"model": Problem}},
    summary="One person: titles, quotes over time, claims",
)
def get_person(
    request: Request,
    name: Annotated[
        str,
        Path(
            min_length=1,
            max_length=MAX_TEXT,
            description="the whole name, in any case and with or without its accents",
        ),
    ],
) -> dict[str, Any]:
    """The titles the articles give a person, their quotes oldest first, the claims sourced
    to them, the articles naming them and the articles they wrote."""
    return found(
        queries.person(request.app.state.archive.reader(), name),
        f"nobody called {name!r} in the archive",
    )


@router.get("/quotes", response_model=QuoteList, summary="Quotes, newest first")
def list_quotes(
    request: Request,
    speaker: Annotated[
        str | None, Query(max_length=MAX_TEXT, description=_WHOLE_NAME.format("speaker"))
    ] = None,
    q: Annotated[str | None, Query(max_length=MAX_TEXT, description="words in the quote")] = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Quotes with their speakers, by speaker (exact name, any case) or words quoted."""
    result = queries.quotes_of(
        request.app.state.archive.reader(),
        speaker=open_filter(speaker),
        text=open_filter(q),
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    return _paging(page, per_page, result)


@router.get("/claims", response_model=ClaimList, summary="Claimed figures, newest first")
def list_claims(
    request: Request,
    source: Annotated[
        str | None, Query(max_length=MAX_TEXT, description=_WHOLE_NAME.format("source"))
    ] = None,
    min_value: Annotated[
        float | None, Query(allow_inf_nan=False, description="figures of at least this value")
    ] = None,
    max_value: Annotated[
        float | None, Query(allow_inf_nan=False, description="figures of at most this value")
    ] = None,
    unit: Annotated[
        str | None, Query(max_length=MAX_TEXT, description='what was counted: "people", "euros"')
    ] = None,
    predicate: Annotated[
        str | None, Query(max_length=MAX_TEXT, description='the verb: "killed", "displaced"')
    ] = None,
    story: StoryId = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
) -> dict[str, Any]:
    """Figures claimed in the articles, by source (exact name, any case), value range, unit,
    predicate ("killed", "displaced") and story; a range the wrong way round is a 422, not an
    empty list."""
    if min_value is not None and max_value is not None and min_value > max_value:
        raise HTTPException(422, f"min_value: {min_value:g} is above max_value ({max_value:g})")
    claim = queries.ClaimQuery(
        open_filter(source), min_value, max_value, open_filter(unit), open_filter(predicate), story
    )
    result = queries.claims_of(
        request.app.state.archive.reader(), claim, limit=per_page, offset=(page - 1) * per_page
    )
    return _paging(page, per_page, result)


@router.post(
    "/extract",
    summary="Extract a record from one HTML page",
    responses={413: {"model": Problem}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/html": {"schema": {"type": "string", "minLength": 1}},
                "text/plain": {"schema": {"type": "string", "minLength": 1}},
            },
        }
    },
)
async def extract_page(
    request: Request,
    url: Annotated[
        str | None, Query(max_length=2000, description="the page's address (never fetched)")
    ] = None,
) -> dict[str, Any]:
    """The article record of the page in the body: its bytes, in any charset (the one the
    ``Content-Type`` header names wins, as for a fetched page); ``text/plain`` goes through the
    flattened-text path. Nothing is fetched: ``url`` only resolves the page's relative links
    and becomes the record's ``url``; one that is not an absolute http(s) address is refused
    with 422, as ``dateline extract --url`` refuses it, and so is a body that is a sitemap, a
    feed or another XML document, not a page. Bodies over the server's cap are refused with
    413."""
    url = url or None  # a blank url= (an empty form field) gives none
    if url is not None and not is_page_address(url):
        raise HTTPException(422, f"url: not an http(s) address of a page: {url!r}")
    limit: int = request.app.state.settings.max_extract_bytes
    too_large = f"the page is larger than this server's limit ({limit:,} bytes)"
    declared = request.headers.get("content-length")
    if declared and declared.isdecimal() and int(declared) > limit:
        raise HTTPException(413, too_large)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, too_large)
    if not body:
        raise HTTPException(422, "the request body is empty: send the page's HTML")
    try:
        page = RawPage(
            name="request body",
            data=bytes(body),
            url=url,
            content_type=request.headers.get("content-type"),
        )
        # A sitemap, feed or other XML document is refused as ``dateline extract`` refuses
        # it: extracted, it came out as a bogus record (200) with no text.
        reason = not_a_page(page)
        if reason is not None:
            raise SourceError(page.name, reason)
        article = await run_in_threadpool(to_article, page)
    except DatelineError as err:
        raise HTTPException(422, f"cannot extract: {err}") from None
    return article.to_dict()
