"""Normalise the date strings that pages carry (metadata values, visible datelines) to ISO 8601.

``to_iso`` keeps what the string says and invents nothing: a date stays a date, a date-time
without a zone stays a naive date-time, and a zone is kept as a numeric offset. Only regular
expressions and ``datetime`` are used (no ``dateparser``), so one call costs microseconds.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

#: Years outside this range are treated as noise (page furniture, copyright lines, typos).
MIN_YEAR = 1990
MAX_YEAR = 2100
#: Thai dates count years in the Buddhist era (2567 = 2024), which starts this much earlier.
BUDDHIST_ERA_OFFSET = 543
#: The earliest year after a Thai month name read as Buddhist-era: no Gregorian year on a news
#: page is as late, and Solar Hijri years (1402) are far below.
MIN_BUDDHIST_YEAR = 2400

_MONTHS: dict[str, int] = {}
# English, French, German, Spanish, Portuguese, Italian and Dutch (full and usual short forms),
# then Turkish, Russian and Ukrainian (the genitive of "5 марта 2024" and the nominative),
# Polish and Czech (genitive and nominative), Greek (genitive, nominative and short forms),
# Arabic (the names used in Egypt and the Gulf, then the Levant and Iraq: "آذار"; "كانون الثاني"
# and the other two-word names are written here with "_" for their space), Persian (the French-
# derived names Iranian pages give Gregorian dates in: "۱۵ مه ۲۰۲۴", "ژانویه"), Hebrew, whose dates
# write "במרץ" ("in March"), Hindi, Thai (full names and the dotted short forms), and the
# Indonesian and Malay names not already there ("Maret", "Agustus", "Ogos", "Desember").
#: Bengali and Urdu month names, January first (added to the table below).
_SOUTH_ASIAN_MONTHS = (
    "জানুয়ারি জানুয়ারী جنوری",
    "ফেব্রুয়ারি ফেব্রুয়ারী فروری",
    "মার্চ مارچ",
    "এপ্রিল اپریل",
    "মে مئی",
    "জুন جون",
    "জুলাই جولائی",
    "আগস্ট اگست",
    "সেপ্টেম্বর ستمبر",
    "অক্টোবর اکتوبر",
    "নভেম্বর نومبر",
    "ডিসেম্বর دسمبر",
)
#: Swahili month names, January first, those not already in the table ("Januari", "Mei" and
#: "Juni" are Indonesian's too): "Imechapishwa: Jumanne, Julai 16, 2024".
_SWAHILI_MONTHS = (
    "",
    "",
    "machi",
    "aprili",
    "",
    "",
    "julai",
    "agosti",
    "septemba",
    "oktoba",
    "novemba",
    "desemba",
)
#: Romanian and Hungarian month names (with Hungarian's short forms: "márc."), and Malay
#: "Mac", January first.
_MORE_MONTHS = (
    "ianuarie január",
    "februarie február",
    "martie március márc mac",
    "aprilie április ápr",
    "május máj",
    "iunie iun június jún",
    "iulie iul július júl",
    "augusztus",
    "septembrie szeptember szept",
    "octombrie október",
    "noiembrie",
    "decembrie",
)
for _number, _names in enumerate(
    (
        "january jan janvier janv januar jän jänner enero ene janeiro gennaio genn gen januari "
        "ocak января январь січня січень stycznia styczeń ledna leden "
        "ιανουαρίου ιανουάριος ιαν يناير كانون_الثاني كانون_ثاني ژانویه ינואר जनवरी มกราคม ม.ค.",
        "february feb febr février févr fevrier fevr februar febrero fevereiro fev febbraio "
        "februari şubat subat февраля февраль лютого лютий lutego luty února únor "
        "φεβρουαρίου φεβρουάριος φεβ فبراير شباط فوریه פברואר फरवरी กุมภาพันธ์ ก.พ.",
        "march mar mars marts märz maerz mär marzo março marco maart mrt mart maret марта март "
        "березня березень marca marzec března březen μαρτίου μάρτιος μαρ مارس آذار اذار מרץ मार्च "
        "มีนาคม มี.ค.",
        "april apr avril avr abril aprile nisan апреля апрель квітня квітень kwietnia kwiecień "
        "dubna duben απριλίου απρίλιος απρ أبريل ابريل إبريل نيسان آوریل אפריל अप्रैल เมษายน เม.ย.",
        "may mai mayo maio maggio mag mei mayıs mayis мая май травня травень maja maj května "
        "květen μαΐου μάιος μαΐ مايو أيار ايار مه מאי मई พฤษภาคม พ.ค.",
        "june jun juin juni junio junho giugno haziran июня июнь червня червень czerwca "
        "czerwiec června červen ιουνίου ιούνιος ιουν يونيو يونيه حزيران ژوئن יוני जून มิถุนายน มิ.ย.",
        "july jul juillet juil juli julio julho luglio lug temmuz июля июль липня липень lipca "
        "lipiec července červenec ιουλίου ιούλιος ιουλ يوليو يوليه تموز ژوئیه ژوییه יולי जुलाई "
        "กรกฎาคม ก.ค.",
        "august aug août aout agosto ago augustus agustus ogos ağustos agustos августа август "
        "серпня серпень sierpnia sierpień srpna srpen αυγούστου αύγουστος αυγ أغسطس اغسطس آب اب "
        "اوت آگوست אוגוסט अगस्त สิงหาคม ส.ค.",
        "september sep sept septembre septiembre setiembre setembro set settembre "
        "eylül eylul сентября сентябрь вересня вересень września wrzesień září "
        "σεπτεμβρίου σεπτέμβριος σεπ سبتمبر أيلول ايلول سپتامبر ספטמבר सितंबर सितम्बर กันยายน ก.ย.",
        "october oct octobre oktober okt octubre outubro out ottobre ott ekim октября "
        "октябрь жовтня жовтень października październik října říjen οκτωβρίου οκτώβριος οκτ "
        "أكتوبر اكتوبر تشرين_الأول تشرين_الاول تشرين_أول اکتبر אוקטובר अक्टूबर अक्तूबर ตุลาคม ต.ค.",
        "november nov novembre noviembre novembro kasım kasim ноября ноябрь листопада "
        "листопад listopada listopad listopadu νοεμβρίου νοέμβριος νοε نوفمبر تشرين_الثاني "
        "تشرين_ثاني نوامبر נובמבר नवंबर नवम्बर พฤศจิกายน พ.ย.",
        "december dec décembre decembre dezember dez diciembre dic dezembro dicembre desember "
        "disember "
        "aralık aralik декабря декабрь грудня грудень grudnia grudzień prosince prosinec "
        "δεκεμβρίου δεκέμβριος δεκ ديسمبر كانون_الأول كانون_الاول كانون_أول دسامبر דצמבר दिसंबर "
        "दिसम्बर ธันวาคม ธ.ค.",
    ),
    start=1,
):
    _more = " ".join(
        (_SOUTH_ASIAN_MONTHS[_number - 1], _SWAHILI_MONTHS[_number - 1], _MORE_MONTHS[_number - 1])
    )
    for _name in f"{_names} {_more}".split():
        _name = _name.replace("_", " ")
        _MONTHS[_name] = _number
        # Bengali "য়" is written composed or as "য" and a nukta; lookups are composed (NFC).
        _MONTHS.setdefault(unicodedata.normalize("NFC", _name), _number)
        if "\u0590" <= _name[0] <= "\u05ff":
            _MONTHS["ב" + _name] = _number
        elif _name[0] < "\u0400":
            # Latin and Greek names without their accents: Greek capitals drop them
            # ("ΜΑΡΤΙΟΥ"), and some pages write Polish and Czech in plain ASCII.
            _bare = "".join(
                ch for ch in unicodedata.normalize("NFD", _name) if not unicodedata.combining(ch)
            )
            _MONTHS.setdefault(_bare, _number)


#: Months of the Solar Hijri calendar, which Iranian and Afghan pages date by ("۱۲ اسفند ۱۴۰۴"),
#: with the other spellings in use ("امرداد", "اردی‌بهشت").
_JALALI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "فروردین",
            "اردیبهشت اردی\u200cبهشت",
            "خرداد",
            "تیر",
            "مرداد امرداد",
            "شهریور",
            "مهر",
            "آبان",
            "آذر",
            "دی",
            "بهمن",
            "اسفند",
        ),
        start=1,
    )
    for name in names.split()
}
#: Solar Hijri years read as such in year-first numeric dates (1961-2101).
JALALI_YEARS = (1340, 1480)
#: A known Nowruz: 1 Farvardin 1403 fell on 20 March 2024. Other years are counted from it.
_JALALI_ANCHOR = (1403, date(2024, 3, 20))


def _jalali_leap(year: int) -> bool:
    """Whether a Solar Hijri year has 366 days, by the 33-year arithmetic rule (it agrees with
    the official calendar for the years news pages carry, 1343-1472: 1964-2093)."""
    return (year * 8 + 29) % 33 < 8


def _from_jalali(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one, or None for an impossible date."""
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _jalali_leap(year) else 29
    if not 1 <= month <= 12 or not 1 <= day <= length:
        return None
    anchor_year, nowruz = _JALALI_ANCHOR
    days = sum(365 + _jalali_leap(y) for y in range(anchor_year, year))
    days -= sum(365 + _jalali_leap(y) for y in range(year, anchor_year))
    days += (month - 1) * 31 - max(0, month - 7) + day - 1
    return nowruz + timedelta(days=days)


#: Months of the Hijri (lunar) calendar, which Arabic pages print beside the Gregorian date
#: ("4 رمضان 1446 هـ") or, on some Gulf pages, alone; "_" stands for the space of two-word names.
_HIJRI_MONTHS = {
    name.replace("_", " "): number
    for number, names in enumerate(
        (
            "محرم",
            "صفر",
            "ربيع_الأول ربيع_الاول ربيع_أول",
            "ربيع_الآخر ربيع_الاخر ربيع_الثاني ربيع_ثاني",
            "جمادى_الأولى جمادى_الاولى جمادي_الأولى جمادي_الاولى",
            "جمادى_الآخرة جمادى_الاخرة جمادى_الثانية جمادي_الآخرة جمادي_الاخرة جمادي_الثانية",
            "رجب",
            "شعبان",
            "رمضان",
            "شوال",
            "ذو_القعدة ذي_القعدة",
            "ذو_الحجة ذي_الحجة",
        ),
        start=1,
    )
    for name in names.split()
}
#: A Hijri date ("12 شعبان 1446 هـ"), read only when the text gives no Gregorian date: the
#: tabular calendar below may differ by a day from the sighted or Umm al-Qura one.
_HIJRI_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>"
    + "|".join(sorted((re.escape(name) for name in _HIJRI_MONTHS), key=len, reverse=True))
    + r")\s+(?P<year>\d{4})(?!\d)"
)
#: Hijri years read as such (1990-2100).
HIJRI_YEARS = (1410, 1530)
#: The day before 1 Muharram AH 1 (16 July 622, Julian) as a proleptic Gregorian ordinal.
_HIJRI_EPOCH = date(622, 7, 19).toordinal() - 1


def _from_hijri(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri one by the tabular (arithmetic) calendar, 11 leap years
    in 30; it agrees with the Umm al-Qura calendar to within a day. None for a year out of
    range or a day past 30. A 30th of a month the tabular calendar gives 29 days is read as the
    day after its 29th: calendars fixed by sighting the moon give such months 30 days in some
    years and countries."""
    if not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1] or not 1 <= day <= 30:
        return None
    ordinal = (
        _HIJRI_EPOCH + (year - 1) * 354 + (3 + 11 * year) // 30 + 29 * (month - 1) + month // 2
    )
    return date.fromordinal(ordinal + day)


def _combining_marks() -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) of U+0300..U+1FFF as the body of a
    regex class: the vowel signs of Thai and Devanagari and the points of Arabic and Hebrew,
    which ``\\w`` does not match although they are part of a word."""
    codes = [code for code in range(0x300, 0x2000) if unicodedata.category(chr(code))[0] == "M"]
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges)


#: Combining marks, for regex classes: "[\w{MARKS}]" is a word character or a mark.
MARKS = _combining_marks()

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
    # Indonesia (western, central, eastern), Turkey, Pakistan, Singapore, Hong Kong, Western
    # Australia, New Zealand.
    "wib": 420,
    "wita": 480,
    "wit": 540,
    "trt": 180,
    "pkt": 300,
    "sgt": 480,
    "hkt": 480,
    "awst": 480,
    "nzst": 720,
    "nzdt": 780,
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
#: A month name after its day: a word of letters and combining marks ("มีนาคม", "मार्च"), a
#: two-word Levantine name ("تشرين الثاني") or a dotted Thai short form ("มี.ค.").
_MONTH_AFTER_DAY = (
    r"(?P<month>(?:كانون|تشرين)\s+(?:ال)?(?:أول|اول|ثاني)"
    r"|[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\."
    rf"|(?:[^\W\d_]|[{MARKS}]){{2,12}})\.?"
)
#: What may follow a year: "г." and "р." (Russian and Ukrainian "year"), Polish "r.", the
#: Arabic "م" of the Gregorian era ("٢٠٢٤م").
_YEAR_SUFFIX = r"(?:\s*(?:г|р|r)\.|\s+(?:года|року|roku)\b|م(?!\w))?"
#: A morning or afternoon mark after a time: a.m./p.m., Arabic ص/م (صباحا/مساء) and Persian
#: ق.ظ/ب.ظ; ``_PM_STARTS`` holds the first letters of the afternoon ones.
_AMPM = r"(?P<ampm>[aApP]\.?\s?[mM]\.?|صباح(?:اً|ًا|ا)?|مساء(?:ً)?|[صم](?!\w)|[قب]\.?\s?ظ\.?)"
_PM_STARTS = "pPمب"
# The two-letter US zones only in capitals: "et" and "pt" are words in French and Portuguese.
_ZONE = (
    r"(?P<zone>[Zz]\b|[+-]\d{2}:?\d{2}\b|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
    r"|(?-i:[ECMP]T)\b|[A-Z]{3,4}\b)"
)
# A dash may stand before a time ("5 mar 2024 - 14:30 CET") when a colon or "h" time follows
# and no second number after another dash makes it a range ("2024 - 10:00-12:00"). Words for
# "at" may too: English, German, French, Spanish, Portuguese, Italian ("alle", "(alle) ore":
# "3 marzo 2025 ore 14:05"), Dutch, Turkish "saat", Polish "o (godz.)", Arabic "الساعة" and
# Persian "ساعت" ("the hour").
#: A weekday that Japanese, Chinese and Korean pages write between the date and the time,
#: in brackets or not ("2025年3月3日(月) 14:05", "2025/03/03（月）", "3日 星期一 14:05",
#: "2025.03.03(월) 14:05").
_CJK_WEEKDAY = (
    r"(?:\s*[(（](?:[月火水木金土日]|[월화수목금토일]|(?:星期|周)?[一二三四五六日天])[)）]"
    r"|\s*(?:星期|周)[一二三四五六日天])?"
)
#: Morning and afternoon written before the time: Korean 오전/오후, Chinese 上午/下午,
#: Japanese 午前/午後 ("2025.03.03. 오후 2:05"), after the day's closing dot, if any.
_AMPM_BEFORE = r"\.?\s*(?P<ampm_before>오전|오후|上午|下午|午前|午後)\s*"
_PM_BEFORE = frozenset({"오후", "下午", "午後"})
_TIME = (
    # Turkish pages write the weekday between the date and the time ("12 Mart 2025 Çarşamba
    # 10:45").
    r"(?:(?:\s+(?i:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)(?=\s+\d))?"
    + _CJK_WEEKDAY
    + rf"(?:{_AMPM_BEFORE}|"
    r"\s*[,•·|/]?\s*|T|\s+(?:at|um|à|a las|às|alle(?:\s+ore)?|ore|om|saat|o(?:\s+godz\.)?|"
    r"kl\.?|klo|เวลา)\s+"
    r"|\s*[-–,]?\s*(?:الساعة|ساعت)\s*"
    r"|(?P<dash>\s*[-–]\s*)(?=\d{1,2}[:h]\d{2}))"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:[.,]\d+)?)?(?(dash)(?!\s*[-–]\s*\d))"
    r"(?:\s*" + _AMPM + r")?"
    # Vietnamese pages put the zone in brackets: "14:20 (GMT+7)".
    r"(?:\s*\(?" + _ZONE + r"\)?)?)?"
)

_ISO_RE = re.compile(
    r"(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)" + _TIME, re.IGNORECASE
)
#: ISO 8601's basic format, maybe with its time and zone ("20250327", "20250327T1405Z").
_COMPACT_RE = re.compile(
    r"(?P<year>\d{4})(?P<mon>\d{2})(?P<day>\d{2})(?:T?"
    + r"(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$"
)
_DAY_MONTH_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+de)?\s+"
    + _MONTH_AFTER_DAY
    + r"(?:\s+de)?(?:\s+พ\.\s?ศ\.)?,?\s+(?P<year>\d{4})(?!\d)"
    + _YEAR_SUFFIX
    + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY_RE = re.compile(
    _MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)" + _TIME,
    re.IGNORECASE,
)
#: A year-first date with the month's name, as Hungarian writes it ("2025. március 27.",
#: "2025. márc. 27. 14:05").
_YEAR_MONTH_DAY_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4})\.\s+" + _MONTH_WORD + r"\s*(?P<day>\d{1,2})\.(?!\d)" + _TIME,
    re.IGNORECASE,
)
_NUMERIC_RE = re.compile(
    # Indian, Vietnamese and Indonesian pages also write "05-03-2025".
    r"(?<!\d)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)" + _TIME
)
#: A dotted date with a two-digit year ("05.03.24, 14:30" on Israeli, German or Russian
#: pages), day and month written with two digits each. Section numbers look the same
#: ("14.11.13 Steane codes"), so it counts only with its time or at the end of the text.
_SHORT_DOTTED_RE = re.compile(
    r"(?<![\d.])(?P<a>\d{2})(?P<sep>\.)(?P<b>\d{2})\.(?P<year>\d{2})(?!\d|\.\d)" + _TIME
)
_CJK_RE = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<mon>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    + _CJK_WEEKDAY
    + rf"(?:(?:{_AMPM_BEFORE}|\s*)(?P<hour>\d{{1,2}})[:時시]\s*(?P<minute>\d{{2}}))?"
)
#: A Korean date with spaced dots, each number closed by one ("2025. 3. 3. 오후 2:05").
_KOREAN_DOTTED_RE = re.compile(
    r"(?<!\d)(?P<year>\d{4})\.\s(?P<mon>\d{1,2})\.\s(?P<day>\d{1,2})\.(?!\d)" + _TIME
)
#: A Vietnamese date, day and month in numbers ("ngày 5 tháng 3 năm 2025", "5 Thg 3, 2025").
_VIETNAMESE_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?:tháng|thg)\s+(?P<mon>\d{1,2})(?:\s+năm|,)\s+(?P<year>\d{4})(?!\d)"
    + _TIME,
    re.IGNORECASE,
)
#: A Thai date with the Buddhist-era year in two digits ("5 มี.ค. 68", 2568 = 2025).
_THAI_SHORT_YEAR_RE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s*(?P<month>[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]{1,2}\."
    r"|[\u0e01-\u0e4e]{4,12})\s*(?P<year>\d{2})(?!\d|:)" + _TIME
)
#: A time written before its date ("3:04 PM EST, Tue March 5, 2024", "14:30 05.03.2024",
#: "06:00, 14 MAR 2024"), searched in the text just before the date; a dotted one counts
#: only with am/pm.
_LEADING_TIME_RE = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?P<sep>[:.h])(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*" + _AMPM + r")?(?:\s*(?:" + _ZONE + r"|[A-Z]{2}\b))?\s*[,|•·]?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$",
    re.IGNORECASE,
)
#: How far before a date its leading time may start (characters).
_LEADING_TIME_REACH = 40
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
#: What every date that ``find_date`` and ``to_iso`` read holds: a four-digit year, a
#: "05.03.24" or a Thai month and a two-digit year ("มี.ค. 68"); an epoch or a compact
#: "20240303" holds four digits in a row.
_DATE_DIGITS_RE = re.compile(r"\d\d(?:\d\d|\.\d\d\.\d\d)|[\u0e01-\u0e4e]\.?\s*\d\d(?!\d)")
#: A date that closes a text, maybe with its time: "March 4, 2024", "4 Mar 2024, 10:15 am",
#: "2024-03-04", "04.03.2024". The month word is checked apart (``date_suffix``).
_DATE_AT_END_RE = re.compile(
    r"(?:(?P<month>[^\W\d_]{3,})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?\s+"
    rf"(?P<month_after>(?:[^\W\d_]|[{MARKS}]){{3,12}})\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_EPOCH_RE = re.compile(r"\d{9,10}(?:\d{3})?(?:\.\d+)?$")
_OFFSET_RE = re.compile(r"([+-])(\d{1,2}):?(\d{2})?$")


#: What may stand between the same day written in two calendars: a dash, a slash, a bar,
#: brackets.
_BESIDE_RE = re.compile(r"[\s\-–—/|(),]*")


def _with_time_beside(text: str, end: int, found: str | None) -> str | None:
    """A written date with the time of the same day written in another calendar right after
    it: "۲۵ اسفند ۱۴۰۲ - ۱۵ مارس ۲۰۲۴ - ۱۱:۲۰" (Iranian pages print the Solar Hijri date
    first, then the Gregorian one and the time)."""
    if found is None or len(found) != len("2024-03-15"):
        return found
    start = _BESIDE_RE.match(text, end).end()
    for pattern in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        match = pattern.match(text, start)
        if match is not None and _month_number(match["month"]) is not None:
            both = _from_month(match)
            if both is not None and both[:10] == found:
                return both
    return found


def to_iso(value: str, day_first: bool | None = None) -> str | None:
    """Normalise a date string to ISO 8601 (date, or date-time with the offset it gave), or None.

    Understands ISO 8601 and its relatives ("2024-03-03 10:15", "2024/03/03"), compact
    "20240303", Unix epoch seconds or milliseconds, RFC 822 ("Sun, 03 Mar 2024 10:15:00 GMT"),
    written dates in English, European languages, Turkish, Russian, Ukrainian, Greek, Arabic,
    Hebrew, Hindi and Thai ("March 3, 2024", "3 March 2024", "5 Mart 2024", "10 مارس 2024",
    "5 آذار 2024", "5 במרץ 2024", "5 มีนาคม 2567" in the Buddhist era, "Mar. 3, 2024 10:15
    a.m. EST", "3. März 2024", "05 مارس 2024 02:30 م"), day-first dotted dates ("03.03.2024",
    "05.03.24, 14:30"), unambiguous slashed dates and CJK dates ("2024年3月3日"). Impossible
    dates and years outside 1990..2100 give None. A slashed date that reads both ways
    ("03/04/2024") is read day-first when ``day_first`` is True, month-first when it is False
    (``day_first_language`` of the page's language), and when it is None as another slashed
    date of the text or the weekday before it settles it; else not at all.
    """
    text = value.strip()
    if not text or len(text) > 200 or _DATE_DIGITS_RE.search(text) is None:
        # Most texts tried are no date: a 45-character line of words took 17 µs through
        # every pattern below, 1 µs through this one scan.
        return None
    if text.isdigit() and len(text) == 8:
        match = _COMPACT_RE.match(text)
        return _build(match, int(match["mon"])) if match else None
    if _EPOCH_RE.match(text):
        return _from_epoch(float(text))
    match = _ISO_RE.search(text)
    if match:
        return _from_iso(match)
    match = _COMPACT_RE.match(text)
    if match:
        return _build(match, int(match["mon"]))
    for pattern in (_MONTH_DAY_RE, _DAY_MONTH_RE, _THAI_SHORT_YEAR_RE, _YEAR_MONTH_DAY_RE):
        for match in pattern.finditer(text):
            if _month_number(match["month"]) is not None or match["month"] in _JALALI_MONTHS:
                return _with_time_beside(text, match.end(), _from_month(match))
    match = _NUMERIC_RE.search(text)
    if match:
        return _from_numeric(match, day_first)
    match = _SHORT_DOTTED_RE.search(text)
    if match:
        return _from_short_dotted(match)
    for pattern in (_CJK_RE, _KOREAN_DOTTED_RE, _VIETNAMESE_RE):
        match = pattern.search(text)
        if match:
            return _build(match, int(match["mon"]))
    return _hijri_date(text)


#: English-language regions that write the day first ("12/03/2025" is 12 March), and those that
#: write the month first (the United States and the Philippines); Canadian pages write both.
_DAY_FIRST_ENGLISH = frozenset(
    {"GB", "UK", "IE", "AU", "NZ", "IN", "PK", "BD", "LK", "ZA", "NG", "KE", "GH", "SG", "MY"}
)
_MONTH_FIRST_ENGLISH = frozenset({"US", "PH"})


def day_first_language(language: str | None) -> bool | None:
    """Whether pages in ``language`` (a tag like "pt-BR", "en-GB", "ar") write slashed dates
    day first (True) or month first (False, "en-US"): every language but English writes the
    day first, and so does English outside North America and the Philippines; an undeclared
    language, plain "en" or "en-CA" tells nothing (None)."""
    if not language:
        return None
    base, _, region = language.replace("_", "-").partition("-")
    if base.lower() != "en":
        return True
    region = region.upper()
    if region in _DAY_FIRST_ENGLISH:
        return True
    return False if region in _MONTH_FIRST_ENGLISH else None


#: The patterns ``find_date`` tries, the earliest match in the text winning.
_FOUND_PATTERNS = (
    _ISO_RE,
    _MONTH_DAY_RE,
    _DAY_MONTH_RE,
    _NUMERIC_RE,
    _SHORT_DOTTED_RE,
    _CJK_RE,
    _KOREAN_DOTTED_RE,
    _VIETNAMESE_RE,
    _THAI_SHORT_YEAR_RE,
    _YEAR_MONTH_DAY_RE,
)
#: The patterns that read a month's name.
_MONTH_NAME_PATTERNS = (_MONTH_DAY_RE, _DAY_MONTH_RE, _THAI_SHORT_YEAR_RE, _YEAR_MONTH_DAY_RE)


def find_date(text: str, day_first: bool | None = None) -> str | None:
    """The first date written anywhere in a running text ("By Jane Roe · Mar 3, 2024 · 4 min");
    ``day_first`` as for ``to_iso``."""
    if _DATE_DIGITS_RE.search(text) is None:
        # Every pattern below needs a four-digit year, a "05.03.24" or a Thai month before a
        # two-digit year; half the headers searched on the dev pages have none, and this one
        # scan costs a twentieth of the rest.
        return None
    best: tuple[int, str] | None = None
    for pattern in _FOUND_PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            iso = _from_match(pattern, match, day_first)
            if iso is not None:
                if pattern is _MONTH_DAY_RE or pattern is _DAY_MONTH_RE:
                    iso = _with_time_beside(text, match.end(), iso)
                best = (match.start(), iso)
                break
    return best[1] if best else _hijri_date(text)


def _hijri_date(text: str) -> str | None:
    """The Gregorian date of the first Hijri date of a text that gives no Gregorian one."""
    for match in _HIJRI_RE.finditer(text):
        found = _from_hijri(int(match["year"]), _HIJRI_MONTHS[match["month"]], int(match["day"]))
        if found is not None:
            return found.isoformat()
    return None


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
        if match["month_after"] is not None and _month_number(match["month_after"]) is None:
            return None
        return match.start()
    for i in range(len(word) - 2):
        glued = i > 0 and word[i].isupper() and word[i - 1].islower()
        if (i == 0 or glued) and _month_number(word[i:]) is not None:
            return match.start("month") + i
    return None


def _from_match(
    pattern: re.Pattern[str], match: re.Match[str], day_first: bool | None = None
) -> str | None:
    if pattern is _NUMERIC_RE:
        return _from_numeric(match, day_first)
    if pattern is _SHORT_DOTTED_RE:
        return _from_short_dotted(match)
    if pattern in _MONTH_NAME_PATTERNS:
        return _from_month(match)
    if pattern is _ISO_RE:
        return _from_iso(match)
    return _build(match, int(match["mon"]))


def _from_iso(match: re.Match[str]) -> str | None:
    """A year-first date; a year of the Solar Hijri range ("1404/12/12", as Iranian pages write
    dates) is one of that calendar."""
    year = int(match["year"])
    return _build(match, int(match["mon"]), jalali=JALALI_YEARS[0] <= year <= JALALI_YEARS[1])


def _month_number(word: str) -> int | None:
    """The month a month name gives ("März", "EKİM", "كانون الثاني"), or None."""
    # Turkish capital İ lowers to "i" and a combining dot; the names are written without it.
    key = " ".join(word.replace("İ", "i").lower().split())
    found = _MONTHS.get(key)
    if found is None and not key.isascii():
        found = _MONTHS.get(unicodedata.normalize("NFC", key))
    return found


def _from_month(match: re.Match[str]) -> str | None:
    """A match with a month name; a Thai name counts its year in the Buddhist era."""
    word = match["month"]
    month = _month_number(word)
    if month is None:
        month = _JALALI_MONTHS.get(word)
        return None if month is None else _build(match, month, jalali=True)
    return _build(match, month, buddhist_era="\u0e00" <= word[0] <= "\u0e7f")


def _from_numeric(match: re.Match[str], day_first: bool | None = None) -> str | None:
    """Dotted dates are day-first; slashed ones when one reading is impossible, both readings
    are the same day (03/03/2024), or ``day_first`` or another slashed date of the same text
    settles the order."""
    first, second = int(match["a"]), int(match["b"])
    if match["sep"] == "." or first > 12 >= second or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        # 03/04/2024 is March 4 in the US and 3 April elsewhere: not guessed.
        order = day_first if day_first is not None else _slash_order(match.string)
        if order is None and int(match["year"]) >= MIN_BUDDHIST_YEAR:
            order = True  # a Buddhist-era year: a Thai date, written day first
        if order is None:
            order = _weekday_order(match, first, second)
            if order is None:
                return None
        day, month = (first, second) if order else (second, first)
    # Thai pages write numeric dates in the Buddhist era too ("07/03/2568").
    return _build(match, month, day=day, buddhist_era=len(match["year"]) == 4)


def _weekday_order(match: re.Match[str], first: int, second: int) -> bool | None:
    """Whether the weekday written just before a slashed date makes it day-first (True) or
    month-first (False): "Tue, 03/11/2025" (Drupal's default) is March 11, a Tuesday, not
    3 November, a Monday. None when no weekday is written or both readings fit it."""
    before = _WEEKDAY_BEFORE_RE.search(match.string, max(0, match.start() - 16), match.start())
    if before is None:
        return None
    weekday = _WEEKDAYS.index(before[1].lower())
    year = int(match["year"])
    fits = []
    for day, month in ((first, second), (second, first)):
        try:
            fits.append(date(year, month, day).weekday() == weekday)
        except ValueError:
            fits.append(False)
    return fits[0] if fits[0] != fits[1] else None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: An English weekday, abbreviated or not, right before a date ("Tue, ", "Tuesday ").
_WEEKDAY_BEFORE_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$", re.IGNORECASE)


def _slash_order(text: str) -> bool | None:
    """Whether the slashed dates of ``text`` are written day first (True), month first (False),
    or cannot tell: "Publicado: 12/03/2025 | Actualizado: 13/03/2025" is day-first."""
    for match in _NUMERIC_RE.finditer(text):
        if match["sep"] == "/":
            first, second = int(match["a"]), int(match["b"])
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
    return None


def _from_short_dotted(match: re.Match[str]) -> str | None:
    """A "05.03.24" date, when its time follows or nothing does."""
    if match["hour"] is None and match.string[match.end() :].strip():
        return None
    return _from_numeric(match)


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


def _build(
    match: re.Match[str],
    month: int,
    day: int | None = None,
    buddhist_era: bool = False,
    jalali: bool = False,
) -> str | None:
    """Validate the parts of a match and format them; None for an impossible date.

    A two-digit year is of this century (up to 69) or the last; with ``buddhist_era`` a year
    from 2400 on, or of two digits, is a Buddhist-era one; with ``jalali`` the date is a Solar
    Hijri one.
    """
    groups = match.groupdict()
    year = int(groups["year"])
    day = day if day is not None else int(groups["day"])
    if len(groups["year"]) == 2 and buddhist_era:
        year += 2500 - BUDDHIST_ERA_OFFSET  # "68" is 2568
    elif len(groups["year"]) == 2:
        year += 2000 if year < 70 else 1900
    elif buddhist_era and year >= MIN_BUDDHIST_YEAR:
        year -= BUDDHIST_ERA_OFFSET
    if jalali:
        converted = _from_jalali(year, month, day)
        if converted is None:
            return None
        year, month, day = converted.year, converted.month, converted.day
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        found = date(year, month, day)
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
    ampm = groups.get("ampm") or groups.get("ampm_before")
    if ampm:
        if not 1 <= hour <= 12:
            return found.isoformat()
        pm = ampm in _PM_BEFORE or ampm[0] in _PM_STARTS
        hour = hour % 12 + (12 if pm else 0)
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
