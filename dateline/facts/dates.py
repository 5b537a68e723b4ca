"""Date expressions in an article body, resolved against its publication date.

``find_dates(text, published)`` finds "on Tuesday", "March 3", "Oct. 7, 2023", "last week",
"earlier this month", "yesterday", "two days ago", "next Monday", "in 2019" and resolves each to
an ISO 8601 string at the precision the words give: a day ``2023-11-21``, a week ``2023-W46``,
a month ``2023-11`` or a year ``2023``. A weekday or a day without a year means the most recent
one on or before publication, unless the sentence speaks of the future ("will meet on Tuesday",
"is due to start on March 3"): then the next one on or after it. Without a publication date only
expressions that carry their own year resolve; the rest keep ``resolved`` null.

Plain regular expressions, no parser: on the fixtures they resolve every expression, where
dateparser's search misreads abbreviated months and needs 20x the time (see ``docs/facts.md``).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dateline.facts.numbers import UNITS
from dateline.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
#: Words before a date that put it in the future when it would otherwise be read as past.
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|'ll|is|are)\b(?:\s+\w+){0,2}?\s+(?:due|set|scheduled|expected|"
    r"planned|going|to)\b|\b(?:will|won't|shall|'ll|plans? to|intends? to|hopes? to)\b"
    # A date right after a present "is" or "are" is a fixture: "the vote is on March 12".
    r"|\b(?:is|are)\s*$",
    re.I,
)
#: What undoes a future cue before a date: a reporting verb after it, or a perfect infinitive.
_PAST_AFTER_CUE = re.compile(r"\b(?:said|told)\b|\bto\s+have\b", re.I)
#: Quotation marks, which end the look-back for a future cue.
_QUOTE_MARKS = '"“”„«»'
#: How far back in its sentence a date looks for a future cue, in characters (the fixtures'
#: longest gap, "will hold a vote on the reforms on Tuesday", is 37).
FUTURE_REACH = 60

_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, str]] = [
    ("ago", rf"\b{_COUNT}\s+(?P<ago_unit>day|week|month|year)s?\s+ago\b"),
    (
        "full",
        rf"\b(?:(?:on|by|until|since|from|before|after)\s+)?(?:(?P<full_wd>{_WEEKDAY}),?\s+)?(?:(?P<md_month>{_MONTH})\s+(?P<md_day>{_DAY})"
        rf"|(?P<dm_day>{_DAY})\s+(?P<dm_month>{_MONTH}))(?:,?\s+(?P<full_year>(?:19|20)\d\d))?(?!\d)",
    ),
    ("month_year", rf"\b(?:in\s+)?(?P<my_month>{_MONTH})\s+(?P<my_year>(?:19|20)\d\d)\b"),
    (
        "month",
        r"\b(?P<month_prep>in|since|by|until|during|early|late|mid-|last|next|this|from)\s+"
        # A capitalised word after the month makes it a first name: "by Jan Novak".
        rf"(?P<month_name>{_MONTH})(?![\w-])(?!\s+(?-i:[A-Z][a-z]))",
    ),
    (
        "relative",
        r"\b(?P<rel_mod>last|next|this|earlier\s+this|later\s+this|(?:at\s+the\s+)?(?:start|end)"
        r"\s+of\s+(?:this|last|next))\s+(?P<rel_unit>week|month|year|weekend)\b",
    ),
    (
        "weekday",
        rf"\b(?:(?P<wd_mod>last|next|this|on|coming|since|until|by|from|before)\s+)?"
        # "The Sun", "The Times": after "the", an abbreviated weekday is a title.
        rf"(?<!the )(?P<wd_name>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?",
    ),
    ("day_word", r"\b(?P<which_day>the day before yesterday|yesterday|today|tomorrow|tonight)\b"),
    ("last_night", r"\blast night\b"),
    (
        "year",
        r"\b(?P<year_prep>in|since|during|until|by)\s+(?P<only_year>(?:19|20)\d\d)\b(?!\s*[%-])",
    ),
]
#: Every pattern starts at a word's start; saying so once in front lets the engine drop the
#: other positions before it tries the alternatives: 2.75 -> 1.27 ms per 600-word article
#: (``benchmarks/facts_speed.py``'s texts), same matches.
_FINDER = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS) + ")",
    re.IGNORECASE,
)
#: The kinds whose month or weekday name must be capitalised, and the group holding the name.
_NAME_GROUP = {
    "full": "md_month",
    "month_year": "my_month",
    "month": "month_name",
    "weekday": "wd_name",
}
_CASE_SENSITIVE = tuple(_NAME_GROUP)
#: The kinds whose reading depends on the tense (a day, month or weekday without a year).
_TENSE_KINDS = frozenset({"full", "month", "weekday"})


def find_dates(doc: Doc | str, published: str | None) -> list[DateMention]:
    """Date expressions in ``doc`` (an article body as text, or its spaCy doc), in order, each
    resolved to an ISO string against ``published`` (an ISO date or date-time; None leaves
    relative ones null). Only the characters are read: no pipeline is needed."""
    text = doc if isinstance(doc, str) else doc.text
    today = _parse_published(published)
    found: list[DateMention] = []
    for match in _FINDER.finditer(text):
        kind = _kind(match)
        if kind in _CASE_SENSITIVE and not _capitalised(match, kind):
            continue
        future = kind in _TENSE_KINDS and _future(_sentence_before(text, match.start()))
        found.append(
            DateMention(
                text=match.group(0).rstrip(" ,"), resolved=_resolve(match, kind, today, future)
            )
        )
    return found


def _kind(match: re.Match[str]) -> str:
    return next(name for name, _ in _PATTERNS if match.group(name) is not None)


def _capitalised(match: re.Match[str], kind: str) -> bool:
    """Month and weekday names count only when capitalised ("may", "march" are verbs too)."""
    word = match.group(_NAME_GROUP[kind])
    if kind == "full" and word is None:
        word = match.group("dm_month")
    return word is not None and word[0].isupper()


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _future(before: str) -> bool:
    """Whether the words before a date in its sentence put it in the future: the last future
    cue there, unless a reporting verb or a perfect infinitive follows it ("Kovacs, who will
    step down in June, said on Friday"; "is believed to have fled on Sunday"). A quotation
    mark ends the look-back: "“We will rebuild,” Kovacs said on Monday" is about Monday past."""
    last_mark = max(before.rfind(mark) for mark in _QUOTE_MARKS)
    before = before[last_mark + 1 :]
    cues = list(FUTURE_CUES.finditer(before))
    return bool(cues) and not _PAST_AFTER_CUE.search(before, cues[-1].start())


def _sentence_before(text: str, at: int) -> str:
    window = text[max(0, at - FUTURE_REACH) : at]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
    return window[cut + 1 :]


def _resolve(match: re.Match[str], kind: str, today: date | None, future: bool) -> str | None:
    group = match.group
    if kind == "full":
        month = MONTHS[(group("md_month") or group("dm_month")).rstrip(".").lower()]
        day = int(re.match(r"\d+", group("md_day") or group("dm_day")).group(0))
        weekday = group("full_wd")
        return _day_of_year(
            group("full_year"), month, day, today, future, weekday and _weekday_number(weekday)
        )
    if kind == "month_year":
        return f"{group('my_year')}-{MONTHS[group('my_month').rstrip('.').lower()]:02d}"
    if kind == "year":
        return group("only_year")
    if today is None:
        return None
    if kind == "month":
        return _month(group("month_name"), group("month_prep").lower(), today, future)
    if kind == "ago":
        return _ago(match.group(0).split()[0].lower(), group("ago_unit"), today)
    if kind == "relative":
        return _relative(group("rel_mod").lower(), group("rel_unit").lower(), today)
    if kind == "weekday":
        return _weekday(group("wd_name"), (group("wd_mod") or "").lower(), today, future)
    if kind == "day_word":
        offsets = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0}
        return (today + timedelta(days=offsets.get(group("which_day").lower(), 1))).isoformat()
    return (today - timedelta(days=1)).isoformat()  # last night


def _day_of_year(
    year: str | None,
    month: int,
    day: int,
    today: date | None,
    future: bool,
    weekday: int | None = None,
) -> str | None:
    """A day and month in the year the words give, else the year around publication that fits:
    the one whose date falls on the ``weekday`` written beside it ("Saturday, March 8"), the
    next one in the future tense, else the last one (news tells what happened)."""
    try:
        if year:
            return date(int(year), month, day).isoformat()
        if today is None:
            return None
        this_year = date(today.year, month, day)  # "February 30", or 29 in a common year: None
    except ValueError:
        return None
    candidates = [this_year]
    for other in (today.year - 1, today.year + 1):
        with contextlib.suppress(ValueError):
            candidates.append(date(other, month, day))
    on_weekday = [c for c in candidates if c.weekday() == weekday]
    if on_weekday:
        return min(on_weekday, key=lambda c: abs((c - today).days)).isoformat()
    if this_year > today and not future:
        return date(today.year - 1, month, day).isoformat()
    if this_year < today and future:
        return date(today.year + 1, month, day).isoformat()
    return this_year.isoformat()


def _weekday_number(name: str) -> int:
    """Monday 0 … Sunday 6, from a weekday name or its abbreviation."""
    return next(i for i, day in enumerate(WEEKDAYS) if day.startswith(name.rstrip(".").lower()[:3]))


def _month(name: str, preposition: str, today: date, future: bool) -> str:
    """A month without a year: this year's, or the nearest one on the side the words point to
    ("last May" before publication; "next May", "by May" or a future tense after it; "next
    March" said in March is a year on; "this May" is this year's whatever the tense)."""
    month = MONTHS[name.rstrip(".").lower()]
    year = today.year
    if preposition == "this":
        return f"{year}-{month:02d}"
    if preposition == "next":
        year += month <= today.month
    elif preposition in ("by", "until") or (future and preposition != "last"):
        year += month < today.month
    elif preposition == "last" or month > today.month:
        year -= month >= today.month if preposition == "last" else 1
    return f"{year}-{month:02d}"


def _ago(count: str, unit: str, today: date) -> str | None:
    n = int(count) if count.isdigit() else 1 if count in ("a", "an") else UNITS.get(count, 0)
    if unit == "day":
        return (today - timedelta(days=n)).isoformat()
    if unit == "week":
        return (today - timedelta(weeks=n)).isoformat()
    if unit == "month":
        months = today.year * 12 + today.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(today.year - n)


def _relative(modifier: str, unit: str, today: date) -> str:
    step = -1 if modifier.endswith("last") else 1 if modifier.endswith("next") else 0
    if unit in ("week", "weekend"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return (monday + timedelta(days=5)).isoformat()
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        months = today.year * 12 + today.month - 1 + step
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(today.year + step)


def _weekday(name: str, modifier: str, today: date, future: bool) -> str:
    target = _weekday_number(name)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    if modifier == "this":  # the day of the publication's own week, Monday to Sunday
        return (today + timedelta(days=target - today.weekday())).isoformat()
    if modifier == "next":
        days = ahead or 7
    elif modifier == "last":
        days = -(back or 7)
    elif modifier in ("coming", "until", "by") or future:
        days = ahead
    else:
        days = -back
    return (today + timedelta(days=days)).isoformat()
