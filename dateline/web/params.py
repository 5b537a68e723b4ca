"""Parameters shared by the API and the pages: filters and paging, validated, and the answer
for a path that names no record."""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from fastapi import Depends, HTTPException, Query
from pydantic import Field

from dateline.archive.errors import ArchiveError
from dateline.archive.search import Filters, check_date_range, iso_date
from dateline.web import queries

#: Results per page unless asked otherwise, and at most.
PER_PAGE, MAX_PER_PAGE = 20, 100
#: Deepest page served: past it a list is better narrowed with filters than paged through.
MAX_PAGE = 10_000
#: Longest accepted query or filter text.
MAX_TEXT = 500
#: Largest id SQLite stores (a bigger number is refused with 422 before any query).
MAX_ID = 2**63 - 1

Site = Annotated[
    str | None, Query(max_length=MAX_TEXT, description="site name or host (subdomains match)")
]
#: A date as the OpenAPI document states it (``format: date``, YYYY-MM-DD): what the schema
#: allows is accepted (the server also takes an ISO date-time, whose day counts).
IsoDate = Annotated[str, Field(json_schema_extra={"format": "date"})]
Since = Annotated[
    IsoDate | None, Query(max_length=32, description="published on or after (YYYY-MM-DD)")
]
Until = Annotated[
    IsoDate | None, Query(max_length=32, description="published on or before (YYYY-MM-DD)")
]
#: A page type, stated as an enum in the OpenAPI document; blank (what the pages' "Any type"
#: choice sends) is allowed and leaves the type open, as a blank filter does.
PageType = Annotated[
    Literal["article", "listing", "other", ""] | None,
    Query(
        alias="type",
        description="page type: article, listing (section fronts, tag pages) or other; "
        "blank or absent: any",
    ),
]
PersonName = Annotated[
    str | None, Query(max_length=MAX_TEXT, description="an author or person named (or part)")
]
StoryId = Annotated[int | None, Query(ge=1, le=MAX_ID, description="story id")]
CollapseCopies = Annotated[
    bool,
    Query(
        description="one hit per wire story: its best-ranked copy, with the number of other "
        "matching copies in ``copies``"
    ),
]
PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="results per page")]


def list_query(
    site: Site = None,
    since: Since = None,
    until: Until = None,
    person: PersonName = None,
    page_type: PageType = None,
    story: StoryId = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
) -> queries.Query:
    """The filters and the page a list asks for, from its query parameters (a FastAPI
    dependency shared by the API and the pages); blank filters are left open, and a date that
    is not one, or a ``since`` after the ``until``, is a 422 naming the parameter."""
    filters = Filters(
        site=open_filter(site),
        since=_date(since, "since"),
        until=_date(until, "until"),
        person=open_filter(person),
        page_type=page_type or None,
    )
    try:
        check_date_range(filters.since, filters.until)
    except ArchiveError as err:
        raise HTTPException(422, str(err)) from None
    return queries.Query(filters, story, per_page, (page - 1) * per_page)


def open_filter(value: str | None) -> str | None:
    """A text filter trimmed; None (no filter) when it is blank."""
    return (value or "").strip() or None


def _date(value: str | None, name: str) -> str | None:
    """A date parameter as YYYY-MM-DD (None when blank); HTTP 422 naming it when it is not one."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return iso_date(value)
    except ValueError as err:
        raise HTTPException(422, f"{name}: {err}") from None


#: A list's filters and page as a route parameter, read from the query string by ``list_query``.
ListQuery = Annotated[queries.Query, Depends(list_query)]


Found = TypeVar("Found")


def found(record: Found | None, missing: str) -> Found:
    """``record``, or a 404 answer saying ``missing`` when the path named none."""
    if record is None:
        raise HTTPException(404, missing)
    return record
