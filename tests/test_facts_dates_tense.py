"""Dates whose clause is in the present tense, read from the parse: news tells the past in the
past tense, so a present-tense clause with a date speaks of what is to come."""

from __future__ import annotations

import pytest

from dateline.facts.nlp import ModelMissing, english_pipeline

try:
    NLP = english_pipeline()
except ModelMissing:  # pragma: no cover - the facts extra is not installed
    pytest.skip("no English spaCy pipeline installed", allow_module_level=True)

from dateline.facts.dates import find_dates

PUBLISHED = "2024-11-10"  # a Sunday


def resolved(text: str) -> dict[str, str | None]:
    return {found.text: found.resolved for found in find_dates(text, PUBLISHED, NLP(text))}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Rovers face Harwick City at home on Tuesday.", "on Tuesday", "2024-11-12"),
        ("The band plays two shows on Thursday.", "on Thursday", "2024-11-14"),
        ("The film, which debuts on Netflix Friday, tells her story.", "Friday", "2024-11-15"),
        ("It reports second-quarter results on July 17.", "on July 17", "2025-07-17"),
        ("The council is holding a public meeting on Wednesday.", "on Wednesday", "2024-11-13"),
        # An event named by its day takes the tense of the verb that governs it.
        ("Rovers face Harwick City in Saturday's final.", "Saturday", "2024-11-16"),
    ],
)
def test_a_date_of_a_present_tense_clause_is_ahead(text: str, date: str, expected: str) -> None:
    assert resolved(text)[date] == expected
    # The characters alone say nothing of the future here: the parse is what tells.
    assert {m.text: m.resolved for m in find_dates(text, PUBLISHED)}[date] < PUBLISHED


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Rovers beat Harwick City at home on Tuesday.", "on Tuesday", "2024-11-05"),
        ("The ministry says the floods killed 312 people on Monday.", "on Monday", "2024-11-04"),
        ("The failure before Sept. 11 is excusable, he argues.", "before Sept. 11", "2024-09-11"),
        ("He is raising questions about Monday's debate.", "Monday", "2024-11-04"),
        ("The bridge has been closed since Thursday.", "since Thursday", "2024-11-07"),
        ("The mayor says on Friday that the bridge is safe.", "on Friday", "2024-11-08"),
    ],
)
def test_a_date_of_a_past_clause_or_of_a_noun_stays_behind(
    text: str, date: str, expected: str
) -> None:
    assert resolved(text)[date] == expected


def test_a_modal_far_back_on_the_dates_verb_puts_it_ahead() -> None:
    # "would" stands more than 60 characters before the date: the parse finds it on "make".
    text = (
        "Deputy Transport Secretary Alma Vesk said the department would make working seat "
        "belts on all coaches a legal requirement for licensing from September 1, a move "
        "opposed by operators."
    )
    assert {d.text: d.resolved for d in find_dates(text, "2025-08-15", NLP(text))} == {
        "from September 1": "2025-09-01"
    }
    # A negated "could" tells of a failure gone by.
    text = "The harbour master, who was at sea all week, could not be reached on Monday."
    assert [d.resolved for d in find_dates(text, PUBLISHED, NLP(text))] == ["2024-11-04"]


def test_an_event_named_by_its_day_is_ahead_under_a_modal_far_back() -> None:
    text = (
        "Varenko will face either the top seed, Seo-yeon Park, or the unseeded qualifier Ana "
        "Cruz in Friday's semi-final."
    )
    assert resolved(text)["Friday"] == "2024-11-15"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("The election in May will decide who runs the country.", "in May", "2025-05"),
        ("The party is preparing for the next election in May.", "in May", "2025-05"),
        ("The upcoming referendum in March could split the party.", "in March", "2025-03"),
        ("The summit in March will be held in Vienna, officials said.", "in March", "2025-03"),
        # Said of an event gone by, or of one that is no scheduled event, the month is past.
        ("The election in May was won by the Greens.", "in May", "2024-05"),
        ("She lost the election in May.", "in May", "2024-05"),
        ("The flood in March would cost insurers £2bn, analysts said.", "in March", "2024-03"),
    ],
)
def test_the_month_of_an_event_to_come_is_ahead(text: str, date: str, expected: str) -> None:
    assert resolved(text)[date] == expected


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("The ministry said on Tuesday it would pay farmers.", "on Tuesday", "2024-11-05"),
        ("The port authority said Thursday the terminal would reopen.", "Thursday", "2024-11-07"),
        ("Weber told reporters on Monday the patrol would start.", "on Monday", "2024-11-04"),
        # Not after the reporting verb: the date is the reported clause's, and ahead.
        ("He said the bridge would reopen on Tuesday.", "on Tuesday", "2024-11-12"),
    ],
)
def test_a_date_right_after_a_reporting_verb_is_when_it_was_said(
    text: str, date: str, expected: str
) -> None:
    assert resolved(text)[date] == expected
