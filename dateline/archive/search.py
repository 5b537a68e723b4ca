"""Full-text search over the archive: FTS5 queries ranked by bm25, with snippets and filters.

A query is first tried as FTS5 syntax (phrases, ``AND``/``OR``/``NOT``, ``title:``, prefixes);
one that FTS5 refuses is searched again as its plain words, and the result says so. Only the
latest version of each article is searched. With ``collapse_copies`` a wire story carried by
many outlets is one hit, its best-ranked copy, which counts the other matching copies.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from dateline.archive.errors import ArchiveError
from dateline.archive.names_match import contains_pattern, fold_name, like_escape
from dateline.archive.search_fold import CJK_SEPARATOR, fold_for_search
from dateline.urls import url_site

#: bm25 weights of the FTS columns (title, dek, text): a word in the headline says more about
#: what an article is about than the same word deep in the body.
COLUMN_WEIGHTS = (10.0, 5.0, 1.0)
_BM25 = f"bm25(articles_fts, {', '.join(map(str, COLUMN_WEIGHTS))})"
#: The rows that FTS5 matched, joined to their articles (parameters: the FTS5 query).
_MATCHED = (
    "FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?"
)
#: The wire story an article's text belongs to: the page of its earliest copy, named by its
#: key, so that a later version of that page (a new id) and the copies linked to its first
#: version (their ``duplicate_of``) stay one story.
_COPY_GROUP = "coalesce((SELECT o.key FROM articles AS o WHERE o.id = a.duplicate_of), a.key)"
#: Among copies that rank alike, the earliest published first, undated last, then the first
#: stored.
_EARLIEST = "julianday(published) IS NULL, julianday(published), id"
#: Words around a match in a snippet.
SNIPPET_WORDS = 16
#: Longest query searched, in characters (what the web app's query parameters take). FTS5's
#: time grows with the square of a query's terms: "ferry" written 2,000 times took 2 s,
#: 20,000 times (a 120 KB argument) over two minutes.
MAX_QUERY_CHARS = 500
#: Marks around matched words in snippets.
SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"
#: The FTS columns of the dek and the body (after the title, 0).
_DEK_COLUMN, _TEXT_COLUMN = 1, 2

#: What ``articles.page_type`` holds: an article, a listing (section front, tag page, search
#: results) or any other page.
PAGE_TYPES = ("article", "listing", "other")

#: Characters that join words into one written term without a space: hyphens ("48-hour"),
#: the separators of figures ("2,100", "1.8"), apostrophes ("O'Malley"), abbreviations
#: ("a.m."), addresses ("24/7", "ilse@example.org") and "&" ("R&D"). FTS5 refuses each as
#: syntax; searched as separate words, "2,100" matched any article holding a 2 and a 100.
#: The separator folding puts between CJK characters joins them too: "東京" stays a phrase.
_JOINERS = f"-.,'\u2019/@&{CJK_SEPARATOR}"
#: A term of a plain-words query and whether a minus opens it ("-korrin", not after a letter
#: or digit, where it joins a compound): a phrase in double quotes, a compound of words joined
#: by ``_JOINERS`` ("long-term", "2,100") or a word.
_PLAIN_TERM = re.compile(
    r"(?:(?<![\w-])(?P<minus>-))?"
    rf'(?:"(?P<phrase>[^"]*)"|(?P<compound>\w+(?:[{re.escape(_JOINERS)}]\w+)+)|(?P<word>\w+))'
)
_WORD = re.compile(r"\w+")
#: Typographic double quotes, read as the straight one.
_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'))
#: The documented date form, YYYY-MM-DD, optionally followed by a time.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
#: A Korean word of a query, outside double quotes and not already a prefix. Korean writes its
#: particles and endings onto the word ("서울시가", "서울시는", "서울시의": Seoul City with the
#: subject, topic and possessive markers), which the tokenizer keeps in the one token, so the
#: word alone found none of them. It is searched as a prefix ("서울시*"), as Korean search
#: without a morphological analyser does; a quoted phrase stays as written.
_HANGUL_WORD = re.compile(r'"[^"]*"|(?<![\w*])([\uac00-\ud7a3]+)(?![\w*])')
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on search results; ``None`` leaves a dimension open.

    ``site`` matches the site name (in any case and without its accents, as names match) or
    the host (``example.com`` also matches ``news.example.com``; "%" and "_" are literal);
    ``since``/``until`` are ISO dates, inclusive, compared with the publication date;
    ``person`` is a name (or part) among the authors or the people in facts;
    ``page_type`` is one of ``PAGE_TYPES``.
    """

    site: str | None = None
    since: str | None = None
    until: str | None = None
    person: str | None = None
    page_type: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    id: int
    title: str | None
    site_name: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float
    story: int | None
    duplicate_of: int | None
    #: Other matching articles with the same wire copy, folded into this hit (``collapse_copies``).
    copies: int = 0


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The hits of a query, best first, and the FTS5 query that found them."""

    hits: list[Hit]
    query: str
    plain_words: bool  # the query was refused as FTS5 syntax and searched as plain words
    #: Every match under the filters (one per wire story with ``collapse_copies``), of which
    #: ``hits`` are the first ``limit``; None unless ``search`` was asked to ``count``.
    total: int | None = None


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters = Filters(),
    limit: int = 20,
    *,
    collapse_copies: bool = False,
    count: bool = False,
) -> SearchResult:
    """The ``limit`` best articles for ``query`` under ``filters``; with ``collapse_copies``,
    one hit per wire story (see ``ranked_matches``); with ``count``, how many match in all
    (``SearchResult.total``, one more query)."""
    where, params = filter_clause(filters)

    def sql(fts_query: str) -> str:
        snippet = snippet_sql(SNIPPET_OPEN, SNIPPET_CLOSE, snippet_words(SNIPPET_WORDS, fts_query))
        return best_matches_sql(
            where,
            collapse_copies,
            "a.id, a.title, a.site_name, a.published, coalesce(a.canonical_url, a.url),"
            f" {snippet}, top.score, a.story_id, a.duplicate_of, top.copies",
        )

    counted = count_matches(where, collapse_copies)

    def run(fts_query: str) -> tuple[list[Hit], int | None]:
        rows = conn.execute(sql(fts_query), (fts_query, *params, limit, fts_query))
        hits = [Hit(*row) for row in rows]
        if not count:
            return hits, None
        if len(hits) < limit:  # every match is a hit: nothing more to count
            return hits, len(hits)
        return hits, conn.execute(counted, (fts_query, *params)).fetchone()[0]

    (hits, total), fts_query, fallback = with_fallback(query, run)
    return SearchResult(hits, fts_query, plain_words=fallback, total=total)


#: Snippet tokens per word for a query of Chinese or Japanese words, each of whose characters
#: is a token: a Chinese word is mostly two characters, a Japanese one with its particle two
#: or three, so a snippet of 16 tokens held about 7 words and cut the matched word's last
#: character off (test_archive_search_cjk).
CJK_TOKENS_PER_WORD = 2.5
#: The most tokens FTS5's ``snippet()`` takes.
MAX_SNIPPET_TOKENS = 64


def snippet_words(words: int, fts_query: str) -> int:
    """The tokens of a snippet of about ``words`` words for ``fts_query``: ``words``, or for
    a query holding CJK words (``CJK_SEPARATOR``) ``CJK_TOKENS_PER_WORD`` times as many."""
    if CJK_SEPARATOR not in fts_query:
        return words
    return min(MAX_SNIPPET_TOKENS, round(words * CJK_TOKENS_PER_WORD))


def snippet_sql(open_mark: str, close_mark: str, words: int) -> str:
    """An SQL expression for a hit's snippet: ``words`` tokens around the best match of the
    body, else of the dek, matches between the marks; for a hit on its headline alone, the
    opening of the body. FTS5's own choice of column took the headline whenever it fitted
    whole, which the hit shows above its snippet anyway: probe w3, 21 of 72 snippets only
    repeated the title (CLI; 19 on the web), 0 now; the headline is left only to a page
    without body text."""
    marks = f"'{open_mark}', '{close_mark}', '…', {words}"

    def matches(column: int) -> str:
        probe = f"snippet(articles_fts, {column}, char(57344), '', '', 1)"
        return f"instr({probe}, char(57344))"

    body, dek, best = (
        f"snippet(articles_fts, {c}, {marks})" for c in (_TEXT_COLUMN, _DEK_COLUMN, -1)
    )
    # The snippets are cut from the columns with the separators around CJK characters
    # (``search_fold.separate_cjk``), which are taken out again.
    return (
        f"replace(CASE WHEN {matches(_TEXT_COLUMN)} THEN {body}"
        f" WHEN {matches(_DEK_COLUMN)} THEN {dek}"
        f" ELSE coalesce(nullif({body}, ''), {best}) END, char({ord(CJK_SEPARATOR)}), '')"
    )


def ranked_matches(where: str, collapse_copies: bool = False) -> str:
    """A SELECT of ``id, score, copies`` (bm25, lower is better) for the latest articles that
    match an FTS5 query under the ``filter_clause`` conditions ``where``; its parameters are
    the FTS5 query, then the filter's.

    With ``collapse_copies`` the copies of one wire story (a page, in any version, and the
    articles whose ``duplicate_of`` is one of its versions) give one row, the best-ranked
    matching copy, the earliest published on a tie, and ``copies`` counts the others that
    match; without, ``copies`` is 0.
    """
    if not collapse_copies:
        return f"SELECT a.id, {_BM25} AS score, 0 AS copies {_MATCHED} AND {where}"
    return (
        "SELECT id, score, copies FROM (SELECT id, score,"
        f" row_number() OVER (PARTITION BY copy_group ORDER BY score, {_EARLIEST}) AS nth,"
        " count(*) OVER (PARTITION BY copy_group) - 1 AS copies"
        f" FROM (SELECT a.id, a.published, {_BM25} AS score, {_COPY_GROUP} AS copy_group"
        f" {_MATCHED} AND {where})) WHERE nth = 1"
    )


def best_matches_sql(
    where: str, collapse_copies: bool, columns: str, *, offset: bool = False
) -> str:
    """A SELECT of ``columns`` (of ``articles AS a``, ``articles_fts`` and ``top``: its
    ``score`` and ``copies``) for the best ``ranked_matches``, best first. Its parameters: the
    FTS5 query, the filter's, the limit (and the offset, with ``offset``), the FTS5 query again.

    Every match is ranked but only the rows kept are joined back to the FTS table, for their
    snippets: a snippet costs far more than a score, and a common word matches thousands of
    articles.
    """
    rows = "LIMIT ? OFFSET ?" if offset else "LIMIT ?"
    return (
        f"WITH top AS ({ranked_matches(where, collapse_copies)} ORDER BY score, id {rows})"
        f" SELECT {columns} FROM top JOIN articles_fts ON articles_fts.rowid = top.id"
        " JOIN articles AS a ON a.id = top.id WHERE articles_fts MATCH ?"
        " ORDER BY top.score, a.id"
    )


def count_matches(where: str, collapse_copies: bool = False) -> str:
    """A SELECT of how many rows ``ranked_matches`` gives, with the same parameters."""
    counted = f"DISTINCT {_COPY_GROUP}" if collapse_copies else "*"
    return f"SELECT count({counted}) {_MATCHED} AND {where}"


def with_fallback(query: str, run: Callable[[str], T]) -> tuple[T, str, bool]:
    """``run(query)`` as FTS5 syntax (typographic double quotes, “the dam”, read as the straight
    ones of a phrase), folded as the index is (``fold_for_search``: "Kılıç" is searched as
    "Kiliç", "ＡＢＣ" as "ABC"); when FTS5 refuses it, ``run`` of its ``plain_words``.

    Returns the result, the FTS5 query that gave it (without the separators folding puts
    between CJK characters: invisible when shown, and put back by folding the query again),
    and whether that was the fallback. A query longer than ``MAX_QUERY_CHARS``, and a query
    that only leaves words out ("-dam", "NOT dam") is an ``ArchiveError``: FTS5 cannot search
    for what is not there, and searching the word instead would return what was excluded.
    """
    if not query.strip():
        raise ArchiveError("search", "the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise ArchiveError(
            "search",
            f"the query is {len(query):,} characters long; at most {MAX_QUERY_CHARS} are taken",
        )
    utf8_argument("search", query)
    fts_query = hangul_prefixes(straight_quotes(fold_for_search(query) or ""))
    try:
        return run(fts_query), fts_query.replace(CJK_SEPARATOR, ""), False
    except sqlite3.OperationalError:
        pass  # FTS5 refused the syntax (or the database failed, which the retry shows)
    wanted, unwanted = _plain_terms(fts_query)
    if not wanted:
        if unwanted:
            raise ArchiveError(
                f"search {query!r}",
                f"only words to leave out ({', '.join(unwanted)}): add a word to search for",
            )
        raise ArchiveError(f"search {query!r}", "no words to search for")
    plain = _joined(wanted, unwanted)
    try:
        return run(plain), plain.replace(CJK_SEPARATOR, ""), True
    except sqlite3.OperationalError as err:
        raise ArchiveError(f"search {query!r}", str(err)) from None


def hangul_prefixes(query: str) -> str:
    """``query`` with each Korean word outside quotes searched as a prefix ("서울시" as
    "서울시*": the word with any particle or ending written onto it)."""
    if query.isascii():
        return query
    return _HANGUL_WORD.sub(lambda word: word[1] + "*" if word[1] else word[0], query)


def straight_quotes(query: str) -> str:
    """``query`` with typographic double quotes (“ ” „ ‟ « ») as the straight ``"`` that FTS5
    reads as a phrase's; FTS5 takes the typographic ones for spaces."""
    return query.translate(_DOUBLE_QUOTES)


def plain_words(query: str) -> str:
    """The query's words, each quoted so that FTS5 reads none of them as syntax; FTS5's
    operators (AND, OR, NOT, NEAR, in capitals as FTS5 reads them) are dropped, so that
    "floods AND" looks for floods, not for the word "and". A phrase in double quotes (straight
    or typographic) stays a phrase, and so does a compound ("48-hour" is the phrase "48 hour",
    as FTS5 indexes it, and "2,100" the phrase "2 100"). A word or phrase written with a minus,
    as web search engines read it ("dam -korrin"), or after NOT, is left out with NOT.
    "" when nothing is left to search for (only words to leave out, or none)."""
    return _joined(*_plain_terms(straight_quotes(query)))


def _joined(wanted: list[str], unwanted: list[str]) -> str:
    """The FTS5 query of quoted terms to search for and to leave out; "" without the first."""
    if not wanted:
        return ""
    return " NOT ".join([" ".join(wanted), *unwanted])


def _plain_terms(query: str) -> tuple[list[str], list[str]]:
    """The quoted terms of ``plain_words``: those to search for and those to leave out."""
    wanted: list[str] = []
    unwanted: list[str] = []
    negate_next = False
    for term in _PLAIN_TERM.finditer(query):
        minus, phrase, compound, word = term.group("minus", "phrase", "compound", "word")
        if word in _OPERATORS and not minus:
            negate_next = word == "NOT"
            continue
        words = _WORD.findall(phrase if phrase is not None else compound or word or "")
        if not words:
            continue
        quoted = f'"{" ".join(words)}"'
        if word is not None and _HANGUL_WORD.fullmatch(word):
            quoted += " *"  # a Korean word as a prefix, as in FTS5 syntax (``hangul_prefixes``)
        (unwanted if minus or negate_next else wanted).append(quoted)
        negate_next = False
    return wanted, unwanted


def filter_clause(filters: Filters) -> tuple[str, list[Any]]:
    """SQL conditions on ``articles AS a`` (latest versions only) and their parameters."""
    conditions = ["a.is_latest = 1"]
    params: list[Any] = []
    utf8_argument("site", filters.site)
    utf8_argument("person", filters.person)
    if filters.site:
        site = site_host(filters.site)
        conditions.append(
            "(dateline_fold(a.site_name) = ? OR a.host = ? OR a.host LIKE ? ESCAPE '\\')"
        )
        params += [fold_name(filters.site), site, f"%.{like_escape(site)}"]
    since = _iso_date(filters.since, "since") if filters.since else None
    until = _iso_date(filters.until, "until") if filters.until else None
    check_date_range(since, until)
    if since:
        conditions.append("substr(a.published, 1, 10) >= ?")
        params.append(since)
    if until:
        conditions.append("substr(a.published, 1, 10) <= ?")
        params.append(until)
    if filters.person:
        conditions.append(
            "(a.id IN (SELECT article_id FROM authors WHERE dateline_fold(name) LIKE ? ESCAPE '\\')"
            " OR a.id IN (SELECT article_id FROM people WHERE dateline_fold(name) LIKE ?"
            " ESCAPE '\\'))"
        )
        pattern = contains_pattern(filters.person)
        params += [pattern, pattern]
    if filters.page_type is not None:
        # Checked even when blank: a misspelt type would otherwise match nothing, silently.
        if filters.page_type not in PAGE_TYPES:
            raise ArchiveError(
                "page_type",
                f"{filters.page_type!r} is not a page type ({', '.join(PAGE_TYPES)})",
            )
        conditions.append("a.page_type = ?")
        params.append(filters.page_type)
    return " AND ".join(conditions), params


def site_host(site: str) -> str:
    """The host a site filter names, in lower case and without "www.": an address pasted whole
    ("https://www.tidewire.example/news/?ref=1") is its host, as a host with a path or a port
    is (``urls.url_site``, the host read as a network location when no scheme is given)."""
    text = site.strip()
    host = url_site(text if "://" in text else f"//{text}")
    return host if host is not None else text.lower().removeprefix("www.")


def iso_date(value: str) -> str:
    """``value`` as a YYYY-MM-DD date: a date, or an ISO date-time whose day is taken; raises
    ``ValueError`` saying what is wrong ("2024-03-06xyz", "20240306", "2024-W10" and "" are not
    dates: Python reads the last two, but the documented form is YYYY-MM-DD)."""
    if _ISO_DAY.match(value) is not None:
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(value).date().isoformat()
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def utf8_argument(name: str, value: str | None) -> None:
    """``ArchiveError`` when ``value`` holds bytes that were not UTF-8: Python keeps each such
    byte of a command-line argument as a lone surrogate ("caf\\udce9" for "café" typed in a
    Latin-1 terminal), which SQLite cannot take."""
    if value and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ArchiveError(
                name, f"{value!r} holds bytes that are not UTF-8 (is the terminal set to UTF-8?)"
            ) from None


def check_date_range(since: str | None, until: str | None) -> None:
    """``ArchiveError`` when the YYYY-MM-DD ``since`` is after ``until``: dates given the wrong
    way round match nothing, and "nothing matches" would hide why."""
    if since and until and since > until:
        raise ArchiveError("since", f"{since} is after until ({until}): swap the dates")


def _iso_date(value: str, name: str) -> str:
    try:
        return iso_date(value)
    except ValueError as err:
        raise ArchiveError(name, str(err)) from None
