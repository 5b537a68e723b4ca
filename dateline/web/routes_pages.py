"""The HTML pages: home, search, article, story, people, person, claims. Server-rendered and
usable without JavaScript."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from dateline.archive.errors import ArchiveError
from dateline.web import queries
from dateline.web.charts import bar_chart, line_chart
from dateline.web.params import (
    MAX_ID,
    MAX_TEXT,
    PER_PAGE,
    ListQuery,
    PageNumber,
    StoryId,
    found,
)
from dateline.web.render import article_body

router = APIRouter(include_in_schema=False)

#: Days with coverage that the home page charts, the latest ones.
COVERAGE_DAYS = 30
#: Stories listed on the home page.
HOME_STORIES = 15
#: Measures (predicate and unit) offered on the claims page, and sources charted at most.
CLAIM_MEASURES, CHART_SOURCES = 12, 8
#: Joins a measure's predicate and unit in the claims form's one choice ("killed|people").
MEASURE_JOINER = "|"


def render(
    request: Request, template: str, *, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """A page from its template; ``request`` and the current path are always in context."""
    page = request.app.state.templates.get_template(template)
    html = page.render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def page_links(request: Request, page: int, per_page: int, total: int) -> dict[str, str | None]:
    """Addresses of the previous and next pages, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def link(number: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'page': number})}"

    return {
        "previous": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page * per_page < total else None,
    }


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Latest stories with their outlet counts, and articles per day as a chart."""
    conn = request.app.state.archive.reader()
    coverage = queries.coverage_by_day(conn, COVERAGE_DAYS)
    return render(
        request,
        "home.html",
        title="Latest stories",
        stories=queries.stories(conn, HOME_STORIES, 0).items,
        coverage=coverage,
        chart=bar_chart(coverage),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    query: ListQuery,
    q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
) -> HTMLResponse:
    """The search form; with a query, its hits with highlighted snippets, paged."""
    form = {"q": q or "", **_filter_form(query)}
    result = None
    problem = None
    if q and q.strip():
        try:
            result = queries.search(request.app.state.archive.reader(), q, query)
        except ArchiveError as err:  # no words to search for: said above the form, kept filled
            problem = err.reason
    links = page_links(request, query.page, query.limit, result.total) if result else {}
    return render(
        request,
        "search.html",
        title="Search",
        form=form,
        result=result,
        problem=problem,
        page=query.page,
        links=links,
        status_code=400 if problem else 200,
    )


def _filter_form(query: queries.Query) -> dict[str, str | int]:
    """The list filters as the filter form shows them (blank when open)."""
    filters = query.filters
    return {
        "site": filters.site or "",
        "since": filters.since or "",
        "until": filters.until or "",
        "person": filters.person or "",
        "type": filters.page_type or "",
        "story": query.story or "",
    }


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    query: ListQuery,
) -> HTMLResponse:
    """All articles, newest first, filtered like the search (the filters in a form, and said
    beside the count)."""
    result = queries.articles(request.app.state.archive.reader(), query)
    links = page_links(request, query.page, query.limit, result.total)
    filters = query.filters
    said = [
        f"from {filters.site}" if filters.site else "",
        f"published from {filters.since}" if filters.since else "",
        f"up to {filters.until}" if filters.until else "",
        f"naming {filters.person}" if filters.person else "",
        f"of type {filters.page_type}" if filters.page_type else "",
        f"in story {query.story}" if query.story else "",
    ]
    return render(
        request,
        "articles.html",
        title="Articles",
        result=result,
        links=links,
        form=_filter_form(query),
        filtered=", ".join(part for part in said if part),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> HTMLResponse:
    """One article: its clean text with quotes and claims marked, and all it is linked to."""
    record = found(
        queries.article(request.app.state.archive.reader(), article_id),
        f"no article {article_id}",
    )
    return render(
        request,
        "article.html",
        title=record.get("title") or "Untitled article",
        article=record,
        facts=record.get("facts") or {},
        paragraphs=article_body(record.get("text") or "", record.get("facts")),
    )


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, page: PageNumber = 1) -> HTMLResponse:
    """Every story, latest coverage first."""
    result = queries.stories(request.app.state.archive.reader(), PER_PAGE, (page - 1) * PER_PAGE)
    links = page_links(request, page, PER_PAGE, result.total)
    return render(request, "stories.html", title="Stories", result=result, links=links)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> HTMLResponse:
    """A story's articles on a timeline (by day), its outlets and the people quoted."""
    story = found(
        queries.story(request.app.state.archive.reader(), story_id), f"no story {story_id}"
    )
    timeline: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in story["articles"]:
        timeline[(item["published"] or "")[:10] or "undated"].append(item)
    title = story["label"] or (story["articles"][0]["title"] if story["articles"] else None)
    return render(
        request, "story.html", title=title or f"Story {story_id}", story=story, timeline=timeline
    )


@router.get("/people", response_class=HTMLResponse)
def people_page(
    request: Request,
    name: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    page: PageNumber = 1,
) -> HTMLResponse:
    """People named in the articles, most written about first."""
    conn = request.app.state.archive.reader()
    result = queries.people(conn, (name or "").strip() or None, PER_PAGE, (page - 1) * PER_PAGE)
    links = page_links(request, page, PER_PAGE, result.total)
    return render(
        request, "people.html", title="People", result=result, links=links, name=name or ""
    )


@router.get("/people/{name:path}", response_class=HTMLResponse)
def person_page(
    request: Request, name: Annotated[str, Path(min_length=1, max_length=MAX_TEXT)]
) -> HTMLResponse:
    """A person: the titles they were given, their quotes by date and claims sourced to them."""
    person = found(
        queries.person(request.app.state.archive.reader(), name),
        f"nobody called {name!r} in the archive",
    )
    return render(request, "person.html", title=person["name"], person=person)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request,
    predicate: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    unit: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    measure: Annotated[str | None, Query(max_length=2 * MAX_TEXT + 1)] = None,
    story: StoryId = None,
) -> HTMLResponse:
    """Figures by source over time for one measure ("killed people"): a chart and a table.
    The form sends ``measure`` ("killed|people", predicate and unit as one choice, so that a
    new choice never keeps the old unit); links may give ``predicate`` and ``unit`` apart."""
    conn = request.app.state.archive.reader()
    measures = queries.claim_measures(conn, CLAIM_MEASURES, story)
    if measure:
        predicate, _, unit = measure.partition(MEASURE_JOINER)
    if not predicate and not unit and measures:
        predicate, unit = measures[0]["predicate"], measures[0]["unit"]
    claim = queries.ClaimQuery(predicate=predicate or None, unit=unit or None, story=story)
    claims = queries.claims_of(conn, claim, limit=500, offset=0, oldest_first=True).items
    by_source: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for item in claims:
        if item["source"] and item["published"]:
            by_source[item["source"]].append((item["published"][:10], item["value"]))
    charted = dict(sorted(by_source.items(), key=lambda kv: -len(kv[1]))[:CHART_SOURCES])
    return render(
        request,
        "claims.html",
        title="Claims",
        measures=measures,
        chosen={"predicate": predicate or "", "unit": unit or "", "story": story},
        joiner=MEASURE_JOINER,
        claims=claims,
        chart=line_chart(charted) if charted else None,
    )
