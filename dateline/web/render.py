"""Turning archive rows into page markup safely: the Jinja environment and its filters.

Everything that came from a crawled page is text; it is escaped before any markup is added
around it (snippet marks, quote and claim highlights). Links from crawled pages are kept only
when they are http(s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from dateline.urls import join_url, split_url
from dateline.web.charts import format_figure
from dateline.web.queries import MARK_CLOSE, MARK_OPEN

_MARKED = re.compile(re.escape(MARK_OPEN) + "(.*?)" + re.escape(MARK_CLOSE), re.S)
_PARAGRAPH_BREAK = re.compile(r"\n+")
#: Quotation marks that may open and close a quote just outside its stored span.
_OPENING_MARKS = frozenset("\"'“‘«‹„‚「『")
_CLOSING_MARKS = frozenset("\"'”’»›“‘」』")
_INNER_PUNCTUATION = frozenset(",.;:!?…،")


def make_environment() -> Environment:
    """The templates of the app and digests; HTML and XML templates autoescape."""
    env = Environment(
        loader=PackageLoader("dateline.web", "templates"),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        marked=marked,
        safe_url=safe_url,
        segment=path_segment,
        day=day,
        when=when,
        instant=instant,
        figure=figure,
    )
    return env


def marked(snippet: str | None) -> Markup:
    """A search snippet escaped, then its matched words (between the snippet marks) in
    ``<mark>``; stray marks are dropped."""
    escaped = str(escape(snippet or ""))
    highlighted = _MARKED.sub(r"<mark>\1</mark>", escaped)
    return Markup(highlighted.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """``url`` when it is an http(s) address, else None (no ``javascript:``/``data:`` links); a
    relative address ("/media/a.jpg", "photo.jpg", "//cdn.example/a.jpg") is first resolved
    against ``base`` (the article's own address) when that is an http(s) address."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if base and _is_http(base.strip()) and not _is_http(url):
        parts = split_url(url)
        if parts is not None and not parts.scheme:
            url = join_url(base.strip(), url)
    return url if _is_http(url) else None


def _is_http(url: str) -> bool:
    parts = split_url(url)
    return parts is not None and parts.scheme in {"http", "https"} and bool(parts.netloc)


def path_segment(value: Any) -> str:
    """``value`` quoted as one URL path segment (slashes included)."""
    return quote(str(value), safe="")


def day(value: str | None) -> str:
    """The date part of an ISO date-time."""
    return (value or "")[:10]


def _moment(value: str | None) -> datetime | None:
    """An ISO date-time that has a time, parsed; None for a bare date or an unreadable one."""
    if not value or len(value) <= 10:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def when(value: str | None) -> str:
    """A publication date as shown, with its time where one is known: "2024-06-10 08:00 UTC",
    "2024-03-03 15:30 +01:00", "15:30" alone without a zone; a bare date stays a date."""
    moment = _moment(value)
    if moment is None:
        return day(value)
    shown = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset is None:
        return shown
    return f"{shown} UTC" if not offset else f"{shown} {moment.isoformat()[-6:]}"


def instant(value: str | None) -> str:
    """The value of a ``<time datetime>`` attribute: the date-time when it has a readable
    time, else the date."""
    moment = _moment(value)
    return moment.isoformat() if moment is not None else day(value)


def figure(value: float | None) -> str:
    """A claimed figure as people write it (40,000; 2.5)."""
    return "" if value is None else format_figure(value)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str  # "quote" or "claim"
    notes: tuple[dict[str, Any], ...]


def article_body(text: str, facts: dict[str, Any] | None) -> list[Markup]:
    """The article's paragraphs as markup, quotes and claimed figures highlighted and attributed
    (a quote links its speaker's page); every piece of text is escaped."""
    spans = _spans(text, facts or {})
    paragraphs: list[list[str]] = [[]]
    position = 0
    for span in spans:
        opening, closing = _tags(span)
        if span.start < position:  # a note placed inside an earlier highlight: after it
            paragraphs[-1].append(closing)
            continue
        _emit(paragraphs, text[position : span.start], "", "")
        if span.end > span.start:
            _emit(paragraphs, text[span.start : span.end], opening, "</span>")
        paragraphs[-1].append(closing)
        position = span.end
    _emit(paragraphs, text[position:], "", "")
    return [Markup("".join(parts)) for parts in paragraphs if "".join(parts).strip()]


def _spans(text: str, facts: dict[str, Any]) -> list[_Span]:
    """Non-overlapping highlights in text order: quotes first, then claim sentences; a claim
    whose sentence holds a quote becomes a note after the sentence (and after that quote)."""
    chosen: list[_Span] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s.start or start >= s.end for s in chosen)

    for item in facts.get("quotes") or []:
        start, end = item.get("start", -1), item.get("end", -1)
        valid = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        if valid and free(start, end):
            # The quotation marks belong to the quote: the speaker comes after the closing one.
            # ("… this fast," said): a comma or full stop may sit inside the marks.
            after = 2 if text[end : end + 1] in _INNER_PUNCTUATION else 1
            if text[end + after - 1 : end + after] in _CLOSING_MARKS and free(end, end + after):
                end += after
            if start and text[start - 1] in _OPENING_MARKS and free(start - 1, start):
                start -= 1
            chosen.append(_Span(start, end, "quote", (item,)))
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for item in facts.get("claims") or []:
        start = text.find(item.get("text") or "\0")
        if start >= 0:
            by_sentence.setdefault(start, []).append(item)
    notes: list[_Span] = []
    for start, items in by_sentence.items():
        end = start + len(items[0]["text"])
        if free(start, end):
            chosen.append(_Span(start, end, "claim", tuple(items)))
            continue
        after = max([end, *(s.end for s in chosen if s.start < end and s.end > start)])
        notes.append(_Span(after, after, "claim", tuple(items)))
    return sorted(chosen + notes, key=lambda s: (s.start, s.end))


def _tags(span: _Span) -> tuple[str, str]:
    """The opening tag of a highlight, and the attribution that follows it."""
    if span.kind == "quote":
        speaker = span.notes[0].get("speaker")
        opening = '<span class="quote">'
        if not speaker:
            return opening, '<span class="attribution"> (speaker not named)</span>'
        link = f'<a href="/people/{path_segment(speaker)}">{escape(speaker)}</a>'
        return opening, f'<span class="attribution"> — {link}</span>'
    notes = []
    for claim in span.notes:
        parts = (claim.get("qualifier"), figure(claim.get("value")), claim.get("unit"))
        what = " ".join(str(escape(part)) for part in (*parts, claim.get("predicate")) if part)
        source = claim.get("source")
        who = (
            f'<a href="/people/{path_segment(source)}">{escape(source)}</a>'
            if source
            else "no source named"
        )
        notes.append(f"{what}: {who}")
    return '<span class="claim">', f'<span class="claim-note"> [{"; ".join(notes)}]</span>'


def _emit(paragraphs: list[list[str]], segment: str, opening: str, closing: str) -> None:
    """Append ``segment`` escaped, starting a new paragraph at each line break; a highlight
    crossing a break is closed and reopened."""
    for index, part in enumerate(_PARAGRAPH_BREAK.split(segment)):
        if index:
            paragraphs.append([])
        if part:
            paragraphs[-1].append(f"{opening}{escape(part)}{closing}")
