"""The HTML pages: home, search, article, story, people, person, claims. Server-rendered and
usable without JavaScript."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from dateline.archive.errors import ArchiveError
from dateline.web import queries
from dateline.web.charts import bar_chart, line_chart
from dateline.web.params import (
    MAX_ID,
    MAX_TEXT,
    PER_PAGE,
    CollapseCopies,
    PageNumber,
    PageType,
    PerPage,
    PersonName,
    Since,
    Site,
    StoryId,
    Until,
    found,
    list_query,
)
from dateline.web.render import article_body

router = APIRouter(include_in_schema=False)

#: Bars of the home page's coverage chart at most: days, weeks, months or years, the finest
#: that spans the archive's dated articles in this many (``queries.coverage``).
COVERAGE_BINS = 40
#: How the coverage chart names its bins: the axis title, and a bar's words.
_BIN_WORDS = {
    "day": ("Day published", "{label}"),
    "week": ("Week published (from Monday)", "week of {label}"),
    "month": ("Month published", "{label}"),
    "year": ("Year published", "{label}"),
}
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


def page_links(request: Request, page: int, per_page: int, total: int) -> dict[str, Any]:
    """Addresses of the first, previous, next and (from past the end) last pages, keeping the
    other query parameters; the page number, the number of pages and the number of the page's
    first row (for ``<ol start>``). Past the end, the previous page would be past it too: the
    pager offers the last one instead."""
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}

    def link(number: int) -> str:
        return f"{request.url.path}?{urlencode({**params, 'page': number})}"

    pages = max(1, -(-total // per_page))
    return {
        "first": link(1),
        "previous": link(page - 1) if 1 < page <= pages else None,
        "next": link(page + 1) if page * per_page < total else None,
        "last": link(pages) if page > pages else None,
        "page": page,
        "pages": pages,
        "start": (page - 1) * per_page + 1,
    }


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Latest stories with their outlet counts, and articles per day, week or month over the
    whole dated span of the archive as a chart (and a table)."""
    conn = request.app.state.archive.reader()
    coverage = queries.coverage(conn, COVERAGE_BINS)
    chart = None
    if coverage is not None:
        axis, words = _BIN_WORDS[coverage.unit]
        labels = [_bin_label(coverage.unit, start) for start, _ in coverage.bins]

        def describe(label: str, count: int) -> str:
            return f"{words.format(label=label)}: {count} article{'' if count == 1 else 's'}"

        chart = bar_chart(
            list(zip(labels, (count for _, count in coverage.bins), strict=True)),
            describe=describe,
            y_title="Articles",
            x_title=axis,
        )
    return render(
        request,
        "home.html",
        title="Latest stories",
        stories=queries.stories(conn, HOME_STORIES, 0).items,
        coverage=coverage,
        chart=chart,
    )


def _bin_label(unit: str, start: Any) -> str:
    """A coverage bin's label, with its year: 2024-06-10 (a day, or a week from that Monday),
    2024-06 (a month), 2024 (a year)."""
    iso = start.isoformat()
    return {"month": iso[:7], "year": iso[:4]}.get(unit, iso)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None,
    site: Site = None,
    since: Since = None,
    until: Until = None,
    person: PersonName = None,
    page_type: PageType = None,
    story: StoryId = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
    collapse_copies: CollapseCopies = False,
) -> HTMLResponse:
    """The search form; with a query, its hits with highlighted snippets, paged. A filter
    that cannot be read (``since=last week``) is said above the form, which keeps the query."""
    form: dict[str, Any] = {"q": q or "", "collapse_copies": collapse_copies}
    query, problem, status = _read_filters(
        form, site, since, until, person, page_type, story, page, per_page
    )
    result = None
    if query is not None and q and q.strip():
        query = dataclasses.replace(query, collapse_copies=collapse_copies)
        try:
            result = queries.search(request.app.state.archive.reader(), q, query)
        except ArchiveError as err:  # no words to search for
            problem, status = f"Cannot search for that: {err.reason}", 400
    links = page_links(request, page, per_page, result.total) if result else {}
    return render(
        request,
        "search.html",
        title="Search",
        form=form,
        result=result,
        problem=problem,
        page=page,
        links=links,
        status_code=status,
    )


def _read_filters(
    form: dict[str, Any],
    site: str | None,
    since: str | None,
    until: str | None,
    person: str | None,
    page_type: str | None,
    story: int | None,
    page: int,
    per_page: int,
) -> tuple[queries.Query | None, str | None, int]:
    """The list query of a page's filter form, as ``list_query`` reads it for the API, and
    ``form`` filled to show them again; a filter that cannot be read (a date that is not one)
    gives no query but the problem and its status, said above the form that keeps them."""
    raw = {"site": site, "since": since, "until": until, "person": person, "type": page_type}
    form.update({name: (value or "").strip() for name, value in raw.items()}, story=story or "")
    try:
        query = list_query(site, since, until, person, page_type, story, page, per_page)
    except HTTPException as err:
        return None, str(err.detail), err.status_code
    form.update(_filter_form(query))
    return query, None, 200


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
    site: Site = None,
    since: Since = None,
    until: Until = None,
    person: PersonName = None,
    page_type: PageType = None,
    story: StoryId = None,
    page: PageNumber = 1,
    per_page: PerPage = PER_PAGE,
) -> HTMLResponse:
    """All articles, newest first, filtered like the search (the filters in a form, and said
    beside the count); a filter that cannot be read is said above the form, kept filled."""
    form: dict[str, Any] = {}
    query, problem, status = _read_filters(
        form, site, since, until, person, page_type, story, page, per_page
    )
    if query is None:
        return render(
            request,
            "articles.html",
            title="Articles",
            result=None,
            links={},
            form=form,
            problem=problem,
            status_code=status,
        )
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
        form=form,
        filtered=", ".join(part for part in said if part),
    )


#: The values of an article page's ``marks`` parameter: quotes and claims marked or not.
MARKS = ("on", "off")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request,
    article_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    marks: Annotated[str | None, Query(max_length=8)] = None,
) -> HTMLResponse:
    """One article: its clean text with quotes and claims marked (``marks=off``: plain), and
    all it is linked to."""
    record = found(
        queries.article(request.app.state.archive.reader(), article_id),
        f"no article {article_id}",
    )
    facts = record.get("facts") or {}
    marked = marks != "off"
    copies, same_outlet = _distinct_copies(record)
    # The wire original as it stands now: its latest version, which the copy may predate.
    original_id = record.get("original_latest") or record.get("duplicate_of")
    original = next((c for c in record["copies"] if c["id"] == original_id), None)
    return render(
        request,
        "article.html",
        title=record.get("title") or "Untitled article",
        article=record,
        facts=facts,
        marked=marked,
        has_marks=bool(facts.get("quotes") or facts.get("claims")),
        copies=copies,
        same_outlet=[other for other in same_outlet if other != record.get("duplicate_of")],
        original=original,
        paragraphs=article_body(record.get("text") or "", facts if marked else None),
    )


def _distinct_copies(record: dict[str, Any]) -> tuple[list[dict[str, Any]], list[int]]:
    """The other outlets' copies of an article, one per outlet and headline (two records of
    the same page, one read from HTML with its time and one from a text file, are one copy,
    shown by the better-known record with the others' ids in ``also``), and the ids of the
    records of this article's own outlet and headline."""

    def key(item: dict[str, Any]) -> tuple[str, str]:
        outlet = item.get("site_name") or item.get("host") or ""
        return outlet.casefold(), (item.get("title") or "").casefold()

    def known(item: dict[str, Any]) -> tuple[bool, int]:
        return item.get("url") is not None, len(item.get("published") or "")

    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for item in record.get("copies") or []:
        groups.setdefault(key(item), []).append(item)
    own = groups.pop(key(record), []) if record.get("title") else []
    copies = []
    for items in groups.values():
        best = max(items, key=known)
        copies.append({**best, "also": [item["id"] for item in items if item is not best]})
    return copies, [item["id"] for item in own]


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, page: PageNumber = 1) -> HTMLResponse:
    """Every story, latest coverage first."""
    result = queries.stories(request.app.state.archive.reader(), PER_PAGE, (page - 1) * PER_PAGE)
    links = page_links(request, page, PER_PAGE, result.total)
    return render(request, "stories.html", title="Stories", result=result, links=links)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> HTMLResponse:
    """A story's articles on a timeline (by day, with their times), its outlets and the
    people quoted."""
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
    """A person (or an organisation quoted or given as a source): the titles they were given,
    their quotes by date, claims sourced to them, the articles naming them and those they
    wrote; only the parts that hold something."""
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
    new choice never keeps the old unit; "counted|" for claims without a unit); links may give
    ``predicate`` and ``unit`` apart, and a predicate alone takes its commonest unit."""
    conn = request.app.state.archive.reader()
    measures = queries.claim_measures(conn, CLAIM_MEASURES, story)
    chosen = _chosen_measure(measures, predicate, unit, measure)
    if chosen["predicate"] and not any(_same(item, chosen) for item in measures):
        # A measure past the form's commonest: a predicate alone still takes its own commonest
        # unit.
        own = queries.claim_measures(conn, 1, story, chosen["predicate"])
        if own and not (unit or measure):
            chosen = {"predicate": own[0]["predicate"], "unit": own[0]["unit"]}
    claim = queries.ClaimQuery(
        predicate=chosen["predicate"] or None,
        unit=chosen["unit"] or None,
        unitless=chosen["predicate"] != "" and chosen["unit"] is None,
        story=story,
    )
    claims = queries.claims_of(conn, claim, limit=500, offset=0, oldest_first=True).items
    if chosen["predicate"] and claims and not any(_same(m, chosen) for m in measures):
        measures = [*measures, {**chosen, "claims": len(claims)}]  # a rarer one, asked for
    for item in measures:
        item["label"] = _measure_label(item)
        item["value"] = f"{item['predicate']}{MEASURE_JOINER}{item['unit'] or ''}"
    by_source: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for item in claims:
        if item["source"] and item["published"]:
            by_source[item["source"]].append((item["published"][:10], item["value"]))
    charted = dict(sorted(by_source.items(), key=lambda kv: -len(kv[1]))[:CHART_SOURCES])
    label = _measure_label(chosen) if chosen["predicate"] else ""
    return render(
        request,
        "claims.html",
        title=f"Claims: {label}" if label else "Claims",
        measures=measures,
        chosen={**chosen, "story": story, "label": label},
        story=queries.story_label(conn, story) if story else None,
        every_story=f"/claims?{urlencode({'measure': _measure_value(chosen)})}"
        if chosen["predicate"]
        else "/claims",
        any_claims=bool(claims) or bool(measures) or queries.has_claims(conn),
        claims=claims,
        chart=line_chart(charted, y_title=label, x_title="Date published") if charted else None,
    )


def _chosen_measure(
    measures: list[dict[str, Any]], predicate: str | None, unit: str | None, measure: str | None
) -> dict[str, Any]:
    """The measure to show as ``{"predicate", "unit"}`` (unit None: claims without one), spelt
    as the archive has it: ``measure`` ("killed|people", "counted|"), else ``predicate`` and
    ``unit`` (either alone takes the commonest measure having it), else the commonest."""
    unit_given = False
    if measure:
        predicate, _, unit = measure.partition(MEASURE_JOINER)
        unit_given = True
    predicate, unit = (predicate or "").strip(), (unit or "").strip()
    unit_given = unit_given or bool(unit)
    for item in measures:
        if (not predicate or item["predicate"].casefold() == predicate.casefold()) and (
            not unit_given or (item["unit"] or "").casefold() == unit.casefold()
        ):
            return {"predicate": item["predicate"], "unit": item["unit"]}
    if not predicate and not unit:
        return {"predicate": "", "unit": None}
    if not predicate:
        return {"predicate": "", "unit": unit}
    return {"predicate": predicate, "unit": unit or None}


def _same(item: dict[str, Any], chosen: dict[str, Any]) -> bool:
    return item["predicate"] == chosen["predicate"] and item["unit"] == chosen["unit"]


def _measure_label(item: dict[str, Any]) -> str:
    """What a measure is called: "people killed"; "counted (no unit)" when it has none."""
    if not item["unit"]:
        return f"{item['predicate']} (no unit)"
    return f"{item['unit']} {item['predicate']}"


def _measure_value(item: dict[str, Any]) -> str:
    return f"{item['predicate']}{MEASURE_JOINER}{item['unit'] or ''}"
