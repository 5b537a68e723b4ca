"""to_iso and find_date: the date forms pages use, normalised without inventing a zone."""

from __future__ import annotations

import pytest

from dateline.recognise.dates import date_suffix, day_first_language, find_date, to_iso


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-03T10:15:00Z", "2024-03-03T10:15:00+00:00"),
        ("2024-03-03T10:15:00.000+0100", "2024-03-03T10:15:00+01:00"),
        ("2024-03-03T10:15+05:30", "2024-03-03T10:15:00+05:30"),
        ("2024-03-03", "2024-03-03"),
        ("2024-03-03 10:15:00", "2024-03-03T10:15:00"),
        ("2024/3/3", "2024-03-03"),
        ("March 3, 2024", "2024-03-03"),
        ("3 March 2024", "2024-03-03"),
        ("3rd March, 2024", "2024-03-03"),
        ("Mar. 3, 2024 10:15 a.m. EST", "2024-03-03T10:15:00-05:00"),
        ("Sun, 03 Mar 2024 10:15:00 GMT", "2024-03-03T10:15:00+00:00"),
        ("Thursday, September 4, 2025 at 3:05 pm", "2025-09-04T15:05:00"),
        ("20240303", "2024-03-03"),
        ("1709460900", "2024-03-03T10:15:00+00:00"),
        ("1709460900000", "2024-03-03T10:15:00+00:00"),
        ("3. März 2024", "2024-03-03"),
        ("3 marzo 2025 ore 14:05", "2025-03-03T14:05:00"),
        ("3 marzo 2025 alle ore 14:05", "2025-03-03T14:05:00"),
        # A CJK weekday between date and time, morning/afternoon before the time, and the
        # Korean spaced dots.
        ("2025年3月3日(月) 14:05", "2025-03-03T14:05:00"),
        ("2025/03/03（月）14:05", "2025-03-03T14:05:00"),
        ("2025年3月3日 星期一 14:05", "2025-03-03T14:05:00"),
        ("2025年3月3日 午後2時05分", "2025-03-03T14:05:00"),
        ("2025.03.03. 오후 2:05", "2025-03-03T14:05:00"),
        ("2025. 3. 3. 오전 12:05", "2025-03-03T00:05:00"),
        ("2025. 3. 3. 14:05", "2025-03-03T14:05:00"),
        ("15 de marzo de 2024", "2024-03-15"),
        ("3 août 2024", "2024-08-03"),
        ("03.03.2024", "2024-03-03"),
        ("13/03/2024", "2024-03-13"),
        ("03/13/2024", "2024-03-13"),
        ("2024年3月3日", "2024-03-03"),
        ("Published 3:04 PM EST, Tue March 5, 2024", "2024-03-05T15:04:00-05:00"),
        ("06:00, 14 MAR 2024", "2024-03-14T06:00:00"),
        ("14:30 05.03.2024", "2024-03-05T14:30:00"),
        ("2.30pm 5 March 2024", "2024-03-05T14:30:00"),
        ("Published 6:00 a.m. ET March 5, 2024", "2024-03-05T06:00:00-05:00"),
        ("5 March 2024 • 2:30pm", "2024-03-05T14:30:00"),
        ("version 2.10 March 5, 2024", "2024-03-05"),
        ("الأحد 10 مارس 2024", "2024-03-10"),
        ("5 Mayıs 2024 14:30", "2024-05-05T14:30:00"),
        ("5 ŞUBAT 2024", "2024-02-05"),
        ("5 марта 2024", "2024-03-05"),
        ("5 במרץ 2024", "2024-03-05"),
    ],
)
def test_to_iso_normalises(value: str, expected: str) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "junk",
        "2024-02-30",
        "1985-01-01",
        "2150-01-01",
        "03/04/2024",
        "March 32, 2024",
        "In 2025. 3. 3 million people",
    ],
    ids=[
        "empty",
        "junk",
        "impossible-day",
        "too-early",
        "too-late",
        "ambiguous",
        "bad-day",
        "spaced-dots-without-closing-dot",
    ],
)
def test_to_iso_rejects(value: str) -> None:
    assert to_iso(value) is None


def test_to_iso_ignores_an_unknown_zone_rather_than_guessing() -> None:
    assert to_iso("March 3, 2024 10:15 XYZ") == "2024-03-03T10:15:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mar 05, 2024 14:30 IST", "2024-03-05T14:30:00+05:30"),
        ("12 Maret 2026 10:15 WIB", "2026-03-12T10:15:00+07:00"),
        ("3 Desember 2026 08:00 WITA", "2026-12-03T08:00:00+08:00"),
        ("12 Mart 2026 10:15 TRT", "2026-03-12T10:15:00+03:00"),
        # ET, CT, MT, PT: standard or daylight time by the US rule for that date.
        ("March 5, 2024 1:31 p.m. ET", "2024-03-05T13:31:00-05:00"),
        ("March 10, 2024 1:31 a.m. ET", "2024-03-10T01:31:00-05:00"),
        ("March 10, 2024 3:31 a.m. ET", "2024-03-10T03:31:00-04:00"),
        ("July 4, 2024 9:00 a.m. CT", "2024-07-04T09:00:00-05:00"),
        ("Nov. 3, 2024 1:59 a.m. PT", "2024-11-03T01:59:00-07:00"),
        ("Nov. 3, 2024 2:00 a.m. PT", "2024-11-03T02:00:00-08:00"),
        ("Jan 5, 2024 1:31 p.m. MT", "2024-01-05T13:31:00-07:00"),
        ("March 20, 2006 10:00 ET", "2006-03-20T10:00:00-05:00"),  # before 2007: April
        ("1:31 p.m. ET March 5, 2024", "2024-03-05T13:31:00-05:00"),
        # Lower case is a word, not a zone ("et" in French).
        ("5 mars 2024 14:30 et 15:00", "2024-03-05T14:30:00"),
    ],
)
def test_zone_abbreviations_become_offsets(value: str, expected: str) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 mar 2024 - 14:30 CET", "2024-03-05T14:30:00+01:00"),
        ("5 March 2024 – 09:15", "2024-03-05T09:15:00"),
        # A range after the dash is no time of publication; nor is a dotted number.
        ("5 mar 2024 - 10:00-12:00", "2024-03-05"),
        ("5 mar 2024 - 10.30", "2024-03-05"),
        ("5 mar 2024 - 12 pages", "2024-03-05"),
    ],
)
def test_a_dash_may_stand_before_the_time(value: str, expected: str) -> None:
    assert to_iso(value) == expected
    assert find_date(f"Posted {value}") == expected


def test_find_date_takes_the_first_date_in_running_text() -> None:
    text = "By Jane Roe · Updated Mar 5, 2024 · first published 2024-03-01 · 4 min read"
    assert find_date(text) == "2024-03-05"
    assert find_date("No date in this line, only 2024 as a year") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chile delays copper permits againMarch 4, 2024", "March 4, 2024"),
        ("Ferry fares rise · Mar. 4, 2024 10:15 am", "Mar. 4, 2024 10:15 am"),
        ("Ferry fares rise 4 March 2024", "4 March 2024"),
        ("Ferry fares rise 2024-03-04", "2024-03-04"),
        ("Ferry fares rise 04.03.2024", "04.03.2024"),
        ("March 4, 2024", "March 4, 2024"),
        ("Dataset 4, 2024", None),  # "set" ends the word but starts no month
        ("Ferry fares againmarch 4, 2024", None),
        ("Ferry fares rise in 2024", None),
        ("March 4, 2024 was a Monday", None),
    ],
)
def test_date_suffix_finds_a_closing_date(text: str, date: str | None) -> None:
    start = date_suffix(text)
    assert (text[start:] if start is not None else None) == date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 березня 2024 р., 14:30", "2024-03-05T14:30:00"),
        ("5 березень 2024", "2024-03-05"),
        ("12 października 2024 r.", "2024-10-12"),
        ("12 pazdziernika 2024", "2024-10-12"),
        ("5 marca 2024 o 14:30", "2024-03-05T14:30:00"),
        ("5. března 2024", "2024-03-05"),
        ("Τρίτη, 5 Μαρτίου 2024, 14:30", "2024-03-05T14:30:00"),
        ("5 ΜΑΡΤΙΟΥ 2024", "2024-03-05"),
        ("17 Σεπτεμβρίου 2024", "2024-09-17"),
        ("5 آذار 2024", "2024-03-05"),
        ("15 كانون الثاني 2024", "2024-01-15"),
        ("3 تشرين الأول 2023", "2023-10-03"),
        ("9 آب 2024", "2024-08-09"),
        ("५ मार्च २०२४", "2024-03-05"),
        ("5 EKİM 2024", "2024-10-05"),
        ("5 NİSAN 2024 14:30", "2024-04-05T14:30:00"),
        ("5 Mart 2024 saat 14:30", "2024-03-05T14:30:00"),
        ("Kamis, 12 Maret 2026", "2026-03-12"),
        ("12 Mart 2025 Çarşamba 10:45", "2025-03-12T10:45:00"),
        ("২৩ জুলাই ২০২৫, ১৪:০৫", "2025-07-23T14:05:00"),
        ("5 مارچ 2025", "2025-03-05"),
        ("2 september 2025 kl. 07.30", "2025-09-02T07:30:00"),
        ("5 มีนาคม 2568 เวลา 14:30 น.", "2025-03-05T14:30:00"),
        ("Apr 22, 2025 / 09:41 AM EDT", "2025-04-22T09:41:00-04:00"),
        ("17 Agustus 2026", "2026-08-17"),
        ("9 Ogos 2026", "2026-08-09"),
        ("3 Desember 2026", "2026-12-03"),
        # Swahili: "Imechapishwa: Jumanne, Julai 16, 2024" on an East African paper.
        ("Jumanne, Julai 16, 2024", "2024-07-16"),
        ("4 Septemba 2025", "2025-09-04"),
        ("Machi 1, 2024", "2024-03-01"),
        # Persian Gregorian dates on Iranian pages ("تاریخ انتشار: ۱۵ مه ۲۰۲۴").
        ("۱۵ مه ۲۰۲۴", "2024-05-15"),
        ("۳ ژانویه ۲۰۲۵ ساعت ۱۰:۲۰", "2025-01-03T10:20:00"),
        ("۲۸ اکتبر ۲۰۲۳", "2023-10-28"),
        ("9 آگوست 2024", "2024-08-09"),
    ],
)
def test_month_names_of_more_languages(value: str, expected: str) -> None:
    assert to_iso(value) == expected
    assert find_date(f"· {value}") == expected


def test_the_time_after_the_same_day_in_a_second_calendar_belongs_to_the_first() -> None:
    both = "۲۵ اسفند ۱۴۰۲ - ۱۵ مارس ۲۰۲۴ - ۱۱:۲۰"
    assert to_iso(both) == "2024-03-15T11:20:00"
    assert find_date(f"تاریخ انتشار: {both} کد خبر: ۷۷۲۱۴") == "2024-03-15T11:20:00"
    # Another day's time, or one further along the text, is not this date's.
    assert to_iso("۲۵ اسفند ۱۴۰۲ - ۱۶ مارس ۲۰۲۴ - ۱۱:۲۰") == "2024-03-15"
    assert to_iso("Published March 3, 2024. Updated March 3, 2024 10:15") == "2024-03-03"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Thai dates count the Buddhist era: 2567 is 2024.
        ("5 มีนาคม 2567 14:30 น.", "2024-03-05T14:30:00"),
        ("5 มี.ค. 2567", "2024-03-05"),
        ("5 มีนาคม พ.ศ. 2567", "2024-03-05"),
        ("5 มีนาคม 2024", "2024-03-05"),
        # Solar Hijri dates, by month name or year first, become Gregorian.
        ("15 اسفند 1402", "2024-03-05"),
        ("1402/12/15 - ساعت 09:45", "2024-03-05T09:45:00"),
        ("2567-03-05", None),
    ],
)
def test_calendar_eras(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05 مارس 2024 02:30 م", "2024-03-05T14:30:00"),
        ("05 مارس 2024 02:30 ص", "2024-03-05T02:30:00"),
        ("05 مارس 2024 11:30 مساءً", "2024-03-05T23:30:00"),
        ("٥ مارس ٢٠٢٤م - الساعة ١١:٠٥ ص", "2024-03-05T11:05:00"),
        ("5 مارس 2024 02:30 ب.ظ", "2024-03-05T14:30:00"),
        ("5 مارس 2024 09:30 ق.ظ", "2024-03-05T09:30:00"),
        ("05 مارس 2024 14:30", "2024-03-05T14:30:00"),
        ("05.03.2024 14:30", "2024-03-05T14:30:00"),
    ],
)
def test_arabic_and_persian_morning_and_afternoon(value: str, expected: str) -> None:
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("פורסם: 05.03.24, 14:30", "2024-03-05T14:30:00"),
        ("05.03.24", "2024-03-05"),
        ("24.12.99", "1999-12-24"),
        # A section number, a version, or a short date inside running text: no date.
        ("14.11.13 Error-correcting codes", None),
        ("version 1.02.24", None),
        ("31.04.24", None),
    ],
)
def test_dotted_dates_with_a_two_digit_year(value: str, expected: str | None) -> None:
    assert to_iso(value) == expected
    assert find_date(value) == expected


def test_date_suffix_reads_a_thai_month() -> None:
    text = "ตลาดน้ำเปิดใหม่ 5 มีนาคม 2567"
    start = date_suffix(text)
    assert start is not None and text[start:] == "5 มีนาคม 2567"


def test_a_slashed_date_whose_day_is_its_month_is_read() -> None:
    assert find_date("Submitted by jdoe on Sun, 03/03/2024 - 10:15") == "2024-03-03T10:15:00"
    assert to_iso("11/11/2026") == "2026-11-11"
    assert to_iso("03/04/2024") is None  # March 4 or 3 April: not guessed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Nowruz, 1 Farvardin, falls on March 20 or 21.
        ("1 فروردین 1403", "2024-03-20"),
        ("1 فروردین 1405", "2026-03-21"),
        ("۱۲ اسفند ۱۴۰۴", "2026-03-03"),
        ("سه\u200cشنبه ۱۲ اسفند ۱۴۰۴ - ۱۰:۱۵", "2026-03-03T10:15:00"),
        ("30 اسفند 1403", "2025-03-20"),  # 1403 is a leap year
        ("30 اسفند 1404", None),  # 1404 is not
        ("1 دی 1404", "2025-12-22"),
        ("10 آذر 1405", "2026-12-01"),
        ("5 آذار 2024", "2024-03-05"),  # the Levantine Arabic March, not the Persian Azar
    ],
)
def test_solar_hijri_dates_become_gregorian(value: str, expected: str | None) -> None:
    assert find_date(value) == expected


def test_a_slashed_date_that_reads_both_ways_is_read_when_something_settles_the_order() -> None:
    # Nothing settles it: not read.
    assert find_date("Posted 03/04/2025 10:15") is None
    # The page's language does.
    assert find_date("Publicado 03/04/2025 10:15", day_first=True) == "2025-04-03T10:15:00"
    assert to_iso("03/04/2025", day_first=True) == "2025-04-03"
    assert to_iso("03/04/2025", day_first=False) == "2025-03-04"  # an American page's
    # Another slashed date of the same text does.
    assert find_date("Publicado: 12/03/2025 18:40 | Actualizado: 13/03/2025") == (
        "2025-03-12T18:40:00"
    )
    assert find_date("Posted 03/04/2025 · edited 03/15/2025") == "2025-03-04"
    # So does the weekday before it (Drupal's "Tue, 03/11/2025 - 14:20").
    assert find_date("Submitted by Hana Okafor on Tue, 03/11/2025 - 14:20") == "2025-03-11T14:20:00"
    assert find_date("Mon, 03/11/2025") == "2025-11-03"
    assert find_date("Sat, 03/04/2024") is None  # neither reading is a Saturday


@pytest.mark.parametrize(
    ("language", "day_first"),
    [
        ("pt-BR", True),
        ("es", True),
        ("ar", True),
        ("en-GB", True),
        ("en_IN", True),
        ("en-US", False),
        ("en", None),
        ("en-CA", None),
        (None, None),
    ],
)
def test_languages_that_write_the_day_first(language: str | None, day_first: bool | None) -> None:
    assert day_first_language(language) is day_first


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ngày 3 tháng 3 năm 2025", "2025-03-03"),
        ("Cập nhật ngày 5 tháng 3 năm 2025, 08:15", "2025-03-05T08:15:00"),
        ("03/03/2025 14:20 GMT+7", "2025-03-03T14:20:00+07:00"),
        ("Thứ Hai, 3/3/2025, 14:20 (GMT+7)", "2025-03-03T14:20:00+07:00"),
    ],
)
def test_vietnamese_dates(value: str, expected: str) -> None:
    assert find_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # The Gregorian date printed beside the Hijri one wins, first or second.
        ("الأحد 12 شعبان 1446 هـ الموافق 9 فبراير 2025 م", "2025-02-09"),
        ("الثلاثاء 4 مارس 2025 - 4 رمضان 1446 هـ", "2025-03-04"),
        # Alone, it is converted by the tabular calendar, within a day of Umm al-Qura's.
        ("1 رمضان 1446هـ", "2025-03-01"),
        ("15 ربيع الأول 1447 هـ", "2025-09-08"),  # Umm al-Qura: 7 September
        ("31 رمضان 1446", None),
    ],
)
def test_hijri_dates_become_gregorian(value: str, expected: str | None) -> None:
    assert find_date(value) == expected
    assert to_iso(value) == expected


def test_a_slashed_buddhist_era_date_is_a_thai_one_written_day_first() -> None:
    assert find_date("วันที่ 07/03/2568") == "2025-03-07"
    assert to_iso("07/03/2568 09:30") == "2025-03-07T09:30:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5 มี.ค. 68 09:30 น.", "2025-03-05T09:30:00"),  # a two-digit Buddhist-era year
        ("วันพุธที่ 5 มีนาคม 68", "2025-03-05"),
        ("05.03.24, 14:30", "2024-03-05T14:30:00"),  # elsewhere two digits are this century's
        ("3 Thg 3, 2025", "2025-03-03"),  # Vietnamese "tháng" shortened
        ("Cập nhật: 05-03-2025 14:20", "2025-03-05T14:20:00"),  # dashed, day first
    ],
)
def test_short_years_and_dashed_dates(value: str, expected: str) -> None:
    assert find_date(value, day_first=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20250311T0930Z", "2025-03-11T09:30:00+00:00"),
        ("20250311T093000+0100", "2025-03-11T09:30:00+01:00"),
    ],
)
def test_iso_basic_format_with_time_and_zone(value: str, expected: str) -> None:
    # As some CMSs write their pubdate meta tag.
    assert to_iso(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11 martie 2025", "2025-03-11"),
        ("Publicat: 11 noiembrie 2025, 09:30", "2025-11-11T09:30:00"),
        ("11 Mac 2025", "2025-03-11"),
        # Hungarian writes the year first, each number closed by a dot.
        ("2025. március 11.", "2025-03-11"),
        ("2025. szept. 11. 09:30", "2025-09-11T09:30:00"),
    ],
)
def test_romanian_malay_and_hungarian_dates(value: str, expected: str) -> None:
    assert to_iso(value) == expected
    assert find_date(f"Frissítve · {value} · 3 perc") == expected
