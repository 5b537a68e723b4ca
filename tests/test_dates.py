"""to_iso and find_date: the date forms pages use, normalised without inventing a zone."""

from __future__ import annotations

import pytest

from dateline.recognise.dates import find_date, to_iso


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
        ("Published 6:00 a.m. ET March 5, 2024", "2024-03-05T06:00:00"),
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
    ["", "junk", "2024-02-30", "1985-01-01", "2150-01-01", "03/04/2024", "March 32, 2024"],
    ids=["empty", "junk", "impossible-day", "too-early", "too-late", "ambiguous", "bad-day"],
)
def test_to_iso_rejects(value: str) -> None:
    assert to_iso(value) is None


def test_to_iso_ignores_an_unknown_zone_rather_than_guessing() -> None:
    assert to_iso("March 3, 2024 10:15 XYZ") == "2024-03-03T10:15:00"


def test_find_date_takes_the_first_date_in_running_text() -> None:
    text = "By Jane Roe · Updated Mar 5, 2024 · first published 2024-03-01 · 4 min read"
    assert find_date(text) == "2024-03-05"
    assert find_date("No date in this line, only 2024 as a year") is None
