"""Normalise the date strings that pages carry (metadata values, visible datelines) to ISO 8601.

``to_iso`` keeps what the string says and invents nothing: a date stays a date, a date-time
without a zone stays a naive date-time, and a zone is kept as a numeric offset. Only regular
expressions and ``datetime`` are used (no ``dateparser``), so one call costs microseconds.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

#: Years outside this range are treated as noise (page furniture, copyright lines, typos).
MIN_YEAR = 1990
MAX_YEAR = 2100

_MONTHS: dict[str, int] = {}
# English, French, German, Spanish, Portuguese, Italian and Dutch (full and usual short forms),
# then Turkish, Russian (the genitive of "5 марта 2024" and the nominative), Arabic (the names
# used in Egypt and the Gulf) and Hebrew, whose dates write "במרץ" ("in March").
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jän jänner enero ene janeiro gennaio genn gen januari "
        "ocak января январь يناير ינואר",
        "february feb febr février févr fevrier fevr februar febrero fevereiro fev febbraio "
        "februari "
        "şubat subat февраля февраль فبراير פברואר",
        "march mar mars märz maerz mär marzo março marco maart mrt mart марта март مارس מרץ",
        "april apr avril avr abril aprile nisan апреля апрель أبريل ابريل إبريل אפריל",
        "may mai mayo maio maggio mag mei mayıs mayis мая май مايو מאי",
        "june jun juin juni junio junho giugno haziran июня июнь يونيو يونيه יוני",
        "july jul juillet juil juli julio julho luglio lug temmuz июля июль يوليو يوليه יולי",
        "august aug août aout agosto ago augustus "
        "ağustos agustos августа август أغسطس اغسطس אוגוסט",
        "september sep sept septembre septiembre setiembre setembro set settembre "
        "eylül eylul сентября сентябрь سبتمبر ספטמבר",
        "october oct octobre oktober okt octubre outubro out ottobre ott "
        "ekim октября октябрь أكتوبر اكتوبر אוקטובר",
        "november nov novembre noviembre novembro kasım kasim ноября ноябрь نوفمبر נובמבר",
        "december dec décembre decembre dezember dez diciembre dic dezembro dicembre "
        "aralık aralik декабря декабрь ديسمبر דצמבר",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
        if "\u0590" <= _name[0] <= "\u05ff":
            _MONTHS["ב" + _name] = _number

#: Zone abbreviations that name one offset unambiguously on news pages.
_ZONES: dict[str, int] = {
    "z": 0,
    "utc": 0,
    "gmt": 0,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    # India Standard Time: Irish (+01:00) and Israel (+02:00) Standard Time write IST too, but
    # news pages that print it are Indian (Times of India, Hindustan Times, NDTV).
    "ist": 330,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
}

#: US zones written without standard or daylight ("1:31 p.m. ET"): (standard, daylight) offsets,
#: the one in force chosen by the date (``_us_daylight``).
_US_ZONES: dict[str, tuple[int, int]] = {
    "et": (-300, -240),
    "ct": (-360, -300),
    "mt": (-420, -360),
    "pt": (-480, -420),
}

_MONTH_WORD = r"(?P<month>[^\W\d_]{3,10})\.?"
# The two-letter US zones only in capitals: "et" and "pt" are words in French and Portuguese.
_ZONE = (
    r"(?P<zone>[Zz]\b|[+-]\d{2}:?\d{2}\b|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
    r"|(?-i:[ECMP]T)\b|[A-Z]{3,4}\b)"
)
# A dash may stand before a time ("5 mar 2024 - 14:30 CET") when a colon or "h" time follows
# and no second number after another dash makes it a range ("2024 - 10:00-12:00").
_TIME = (
    r"(?:(?:\s*[,•·|]?\s*|T|\s+(?:at|um|à|a las|às|alle|om)\s+"
    r"|(?P<dash>\s*[-–]\s*)(?=\d{1,2}[:h]\d{2}))"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,]\d+)?)?(?(dash)(?!\s*[-–]\s*\d))"
    r"(?:\s*(?P<ampm>[aApP])\.?\s?[mM]\.?)?"
    r"(?:\s*" + _ZONE + r")?)?"
)

_ISO_RE = re.compile(
    r"(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)" + _TIME, re.IGNORECASE
)
_COMPACT_RE = re.compile(
    r"(?P<year>\d{4})(?P<mon>\d{2})(?P<day>\d{2})(?:T?"
    + r"(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?)?$"
)
_DAY_MONTH_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+de)?\s+"
    + _MONTH_WORD
    + r"(?:\s+de)?,?\s+(?P<year>\d{4})(?!\d)"
    + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(
    _MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)" + _TIME,
    re.IGNORECASE,
)
_NUMERIC_RE = re.compile(
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)" + _TIME
)
_CJK_RE = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\s*(?P<hour>\d{1,2})[:時시]\s*(?P<minute>\d{2}))?"
)
#: A time written before its date ("3:04 PM EST, Tue March 5, 2024", "14:30 05.03.2024",
#: "06:00, 14 MAR 2024"), searched in the text just before the date; a dotted one counts
#: only with am/pm.
_LEADING_TIME_RE = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?P<sep>[:.h])(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[aApP])\.?\s?[mM]\.?)?(?:\s*(?:" + _ZONE + r"|[A-Z]{2}\b))?\s*[,|•·]?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)
#: How far before a date its leading time may start (characters).
_LEADING_TIME_REACH = 40
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
#: A date that closes a text, maybe with its time: "March 4, 2024", "4 Mar 2024, 10:15 am",
#: "2024-03-04", "04.03.2024". The month word is checked apart (``date_suffix``).
_DATE_AT_END_RE = re.compile(
    r"(?:(?P<month>[^\W\d_]{3,})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?P<month_after>[^\W\d_]{3,10})\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_EPOCH_RE = re.compile(r"\d{9,10}(?:\d{3})?(?:\.\d+)?$")
_OFFSET_RE = re.compile(r"([+-])(\d{1,2}):?(\d{2})?$")


def to_iso(value: str) -> str | None:
    """Normalise a date string to ISO 8601 (date, or date-time with the offset it gave), or None.

    Understands ISO 8601 and its relatives ("2024-03-03 10:15", "2024/03/03"), compact
    "20240303", Unix epoch seconds or milliseconds, RFC 822 ("Sun, 03 Mar 2024 10:15:00 GMT"),
    written dates in English, a few European languages, Turkish, Russian, Arabic and Hebrew
    ("March 3, 2024", "3 March 2024", "5 Mart 2024", "10 مارس 2024", "5 במרץ 2024",
    "Mar. 3, 2024 10:15 a.m. EST", "3. März 2024"), day-first dotted dates ("03.03.2024"),
    unambiguous slashed dates and CJK dates ("2024年3月3日"). Impossible dates and years
    outside 1990..2100 give None.
    """
    text = value.strip()
    if not text or len(text) > 200:
        return None
    if text.isdigit() and len(text) == 8:
        match = _COMPACT_RE.match(text)
        return _build(match, int(match["mon"])) if match else None
    if _EPOCH_RE.match(text):
        return _from_epoch(float(text))
    match = _ISO_RE.search(text)
    if match:
        return _build(match, int(match["mon"]))
    match = _COMPACT_RE.match(text)
    if match:
        return _build(match, int(match["mon"]))
    for pattern in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        for match in pattern.finditer(text):
            month = _MONTHS.get(match["month"].lower())
            if month:
                return _build(match, month)
    match = _NUMERIC_RE.search(text)
    if match:
        return _from_numeric(match)
    match = _CJK_RE.search(text)
    if match:
        return _build(match, int(match["mon"]))
    return None


def find_date(text: str) -> str | None:
    """The first date written anywhere in a running text ("By Jane Roe · Mar 3, 2024 · 4 min")."""
    if _YEAR_DIGITS_RE.search(text) is None:
        # Every pattern below needs a four-digit year; half the headers searched on the dev
        # pages have none, and this one scan costs a twentieth of the five.
        return None
    best: tuple[int, str] | None = None
    for pattern in (_ISO_RE, _MONTH_DAY_RE, _DAY_MONTH_RE, _NUMERIC_RE, _CJK_RE):
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            iso = _from_match(pattern, match)
            if iso is not None:
                best = (match.start(), iso)
                break
    return best[1] if best else None


def date_suffix(text: str) -> int | None:
    """Where a date that closes ``text`` begins, or None: "Ferry fares rise · March 4, 2024"
    → the index of "March". A month name glued to the word before it counts when a capital
    starts it ("…permits againMarch 4, 2024", the text of a teaser card whose headline and
    <time> sit side by side); "Dataset 4, 2024" holds no date."""
    if _YEAR_DIGITS_RE.search(text) is None:
        return None
    match = _DATE_AT_END_RE.search(text)
    if match is None:
        return None
    word = match["month"]
    if word is None:
        if match["month_after"] is not None and match["month_after"].lower() not in _MONTHS:
            return None
        return match.start()
    for i in range(len(word) - 2):
        glued = i > 0 and word[i].isupper() and word[i - 1].islower()
        if (i == 0 or glued) and word[i:].lower() in _MONTHS:
            return match.start("month") + i
    return None


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> str | None:
    if pattern is _NUMERIC_RE:
        return _from_numeric(match)
    if pattern is _MONTH_DAY_RE or pattern is _DAY_MONTH_RE:
        month = _MONTHS.get(match["month"].lower())
        return _build(match, month) if month else None
    return _build(match, int(match["mon"]))


def _from_numeric(match: re.Match[str]) -> str | None:
    """Dotted dates are day-first; slashed ones only when one reading is impossible."""
    first, second = int(match["a"]), int(match["b"])
    if match["sep"] == "." or first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None  # 03/04/2024 is March 4 in the US and 3 April elsewhere: don't guess.
    return _build(match, month, day=day)


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    return moment.replace(microsecond=0).isoformat()


def _build(match: re.Match[str], month: int, day: int | None = None) -> str | None:
    """Validate the parts of a match and format them; None for an impossible date."""
    groups = match.groupdict()
    year = int(groups["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        found = date(year, month, day if day is not None else int(groups["day"]))
    except ValueError:
        return None
    if groups.get("hour") is None:
        leading = _LEADING_TIME_RE.search(
            match.string, max(0, match.start() - _LEADING_TIME_REACH), match.start()
        )
        if leading is None or (leading["sep"] == "." and not leading["ampm"]):
            return found.isoformat()  # "version 2.10 March 5" holds no time; "2.30pm" does
        groups = leading.groupdict()
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups["second"] or 0) if groups.get("second") else 0
    ampm = (groups.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return found.isoformat()
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return found.isoformat()
    moment = datetime(found.year, found.month, found.day, hour, minute, second)
    offset = _offset(groups.get("zone"), moment)
    if offset is not None:
        moment = moment.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return moment.isoformat()


def _offset(zone: str | None, moment: datetime) -> int | None:
    """Minutes east of UTC for a zone written as Z, +05:30, +0530, GMT+2 or an abbreviation;
    ``moment`` (local time) picks standard or daylight time for "ET", "CT", "MT" and "PT"."""
    if not zone:
        return None
    zone = zone.strip()
    lowered = zone.lower()
    if lowered in _ZONES:
        return _ZONES[lowered]
    if lowered in _US_ZONES:
        standard, daylight = _US_ZONES[lowered]
        return daylight if _us_daylight(moment) else standard
    if lowered[:3] in ("utc", "gmt"):
        zone = zone[3:].strip()
    match = _OFFSET_RE.match(zone)
    if not match:
        return None
    minutes = int(match[2]) * 60 + int(match[3] or 0)
    if minutes > 14 * 60:
        return None
    return -minutes if match[1] == "-" else minutes


def _sunday_on_or_after(day: date) -> date:
    return day + timedelta(days=(6 - day.weekday()) % 7)


def _us_daylight(moment: datetime) -> bool:
    """Whether US daylight saving time is in force at a local time: from 2:00 on the second
    Sunday of March to 2:00 on the first Sunday of November (since 2007; before, from the
    first Sunday of April to the last Sunday of October)."""
    year = moment.year
    if year >= 2007:
        start = _sunday_on_or_after(date(year, 3, 8))
        end = _sunday_on_or_after(date(year, 11, 1))
    else:
        start = _sunday_on_or_after(date(year, 4, 1))
        end = _sunday_on_or_after(date(year, 10, 25))
    return (
        datetime(start.year, start.month, start.day, 2)
        <= moment
        < datetime(end.year, end.month, end.day, 2)
    )
