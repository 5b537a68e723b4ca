"""The JSON shapes of the API, as pydantic models: they make the OpenAPI document say what each
endpoint answers. Articles themselves are the public record (``docs/schema.md``)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: A topic's dates and digest address as the OpenAPI document states them, so that what the
#: schema allows is accepted: a date (YYYY-MM-DD), and one address without the characters
#: that would let it name more than one (the server refuses those: ``normalised_topic``).
#: Like the lists' ``since``/``until`` (``params.Since``, at most 32 characters), a date also
#: takes an ISO date-time ("2026-03-03T10:00:00Z"), saved as its day.
TopicDate = Annotated[str, Field(max_length=32, json_schema_extra={"format": "date"})]
EMAIL_PATTERN = r"^[^\s<>,;@]+@[^\s<>,;@]+$"
EmailAddress = Annotated[
    str, Field(max_length=320, json_schema_extra={"format": "email", "pattern": EMAIL_PATTERN})
]


class Problem(BaseModel):
    """Why a request was refused."""

    detail: str


class ArticleSummary(BaseModel):
    """An article in a list: enough to show and link it. ``page_type`` tells an article from
    a listing (section front, tag page, search results) or another page."""

    id: int
    title: str | None
    dek: str | None
    site_name: str | None
    host: str | None
    published: str | None
    story_id: int | None
    duplicate_of: int | None
    similarity: float | None
    url: str | None
    reading_time_minutes: int
    page_type: Literal["article", "listing", "other"]


class SearchHit(ArticleSummary):
    """A search result: an article, its snippet (matches between U+E000 and U+E001), its
    bm25 score (lower is better) and, when copies are collapsed, how many other matching
    articles carry the same wire copy (0 otherwise)."""

    snippet: str
    score: float
    copies: int


class Paging(BaseModel):
    """Where a page of results sits in the whole list."""

    total: int
    page: int
    per_page: int


class ArticleList(Paging):
    """A page of articles, newest first."""

    items: list[ArticleSummary]


class SearchResults(Paging):
    """A page of search results, best first. ``plain_words`` says the query was not FTS5
    syntax and was searched as its words (``fts_query``)."""

    query: str
    fts_query: str
    plain_words: bool
    items: list[SearchHit]


class ArticleRecord(BaseModel):
    """The public record (``dateline.article/2``) plus the archive's links: ``id``,
    ``duplicate_of``/``similarity`` (the earliest copy of the same wire story), ``story``,
    ``is_latest``, ``latest_version`` (the id of the page's latest version when this is an
    older one, else null), ``original_latest`` (for a wire copy, the id of its original's
    latest version, else null), and ``copies`` (the other outlets' articles carrying the same
    wire copy)."""

    model_config = ConfigDict(extra="allow")

    schema_: str = Field(alias="schema")
    id: int
    title: str | None
    text: str
    duplicate_of: int | None
    similarity: float | None
    story: int | None
    is_latest: bool
    latest_version: int | None
    original_latest: int | None
    facts: dict[str, Any] | None
    copies: list[ArticleSummary]


class StorySummary(BaseModel):
    """A story: articles about one event, its outlets and when it was covered."""

    id: int
    label: str | None
    first_seen: str | None
    last_seen: str | None
    outlets: list[str]
    outlet_count: int
    article_count: int


class StoryList(Paging):
    """A page of stories, latest coverage first."""

    items: list[StorySummary]


class QuotedPerson(BaseModel):
    """Someone quoted in a story, and how often."""

    name: str
    quotes: int


class StoryDetail(StorySummary):
    """A story with its articles in publication order and the people quoted."""

    articles: list[ArticleSummary]
    people_quoted: list[QuotedPerson]


class PersonSummary(BaseModel):
    """A person named in the facts: articles naming them and mentions in all."""

    name: str
    articles: int
    mentions: int


class PersonList(Paging):
    """A page of people, most written about first."""

    items: list[PersonSummary]


class QuoteItem(BaseModel):
    """A quote with its speaker and the article it is in: ``kind`` "direct" (the words in
    quotation marks) or "indirect" (reported speech), ``cue`` the verb that says it."""

    text: str
    speaker: str | None
    kind: Literal["direct", "indirect"]
    cue: str | None
    article_id: int
    title: str | None
    site_name: str | None
    published: str | None


class QuoteList(Paging):
    """A page of quotes, newest first."""

    items: list[QuoteItem]


class ClaimItem(BaseModel):
    """A claimed figure, its source, and the article that reports it."""

    text: str
    source: str | None
    value: float
    qualifier: str | None
    unit: str | None
    predicate: str | None
    article_id: int
    title: str | None
    site_name: str | None
    published: str | None
    story_id: int | None


class ClaimList(Paging):
    """A page of claims, newest first."""

    items: list[ClaimItem]


class TitleSeen(BaseModel):
    """A title given to a person, and in how many articles."""

    title: str
    articles: int


class PersonDetail(BaseModel):
    """A person: titles seen, the articles naming them, the articles they wrote (their
    bylines), their quotes by date (oldest first) and the claims sourced to them."""

    name: str
    titles: list[TitleSeen]
    articles: list[ArticleSummary]
    written: list[ArticleSummary]
    quotes: list[QuoteItem]
    claims: list[ClaimItem]


class TopicIn(BaseModel):
    """A saved search: a name, a query and its filters, and optionally a digest address."""

    name: str = Field(min_length=1, max_length=200)
    query: str = Field(min_length=1, max_length=500)
    site: str | None = Field(default=None, max_length=200)
    since: TopicDate | None = None
    until: TopicDate | None = None
    person: str | None = Field(default=None, max_length=200)
    digest_to: EmailAddress | None = None


class Topic(TopicIn):
    """A saved topic with its id."""

    id: int
    created_at: str
