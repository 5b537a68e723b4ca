"""Date expressions found in a body and resolved against the publication date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.facts.dates import find_dates

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "facts"
#: A Friday: weekdays before it are "this week", after it "next week".
FRIDAY = "2023-11-24"


def resolved(text: str, published: str | None = FRIDAY) -> dict[str, str | None]:
    return {d.text: d.resolved for d in find_dates(text, published)}


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.name)
def test_every_annotated_date_of_the_fixtures_is_found_and_resolved(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "dates" not in data:
        pytest.skip("fixture annotates no dates")
    found = [(d.text, d.resolved) for d in find_dates(data["text"], data["published"])]
    assert found == [(d["text"], d["resolved"]) for d in data["dates"]]


def test_a_weekday_is_the_latest_one_on_or_before_publication() -> None:
    dates = resolved("The council met on Tuesday. The strike began on Friday.")
    assert dates == {"on Tuesday": "2023-11-21", "on Friday": "2023-11-24"}


def test_future_tense_moves_a_weekday_and_a_day_of_the_year_forward() -> None:
    dates = resolved("Ministers will meet on Tuesday. The trial is due to open on March 3.")
    assert dates == {"on Tuesday": "2023-11-28", "on March 3": "2024-03-03"}


def test_by_a_weekday_after_a_past_verb_is_the_day_gone_by() -> None:
    # Published on Friday 2023-11-24.
    done = resolved("Most ferries were back in service by Thursday evening.")
    assert done == {"by Thursday evening": "2023-11-23"}
    assert resolved("The audit was published by Monday.") == {"by Monday": "2023-11-20"}
    deadline = resolved("Residents were told to leave by Tuesday.")
    assert deadline == {"by Tuesday": "2023-11-28"}
    assert resolved("The council expects to finish by Monday.") == {"by Monday": "2023-11-27"}
    # Opening its sentence, "By …" takes the tense of the verb after it.
    wednesday = "2023-11-22"
    assert resolved("By Friday the river had fallen.", wednesday) == {"By Friday": "2023-11-17"}
    ahead = resolved("By Friday the council will have voted.", wednesday)
    assert ahead == {"By Friday": "2023-11-24"}


def test_a_date_opening_its_sentence_takes_the_tense_that_follows_it() -> None:
    # Published on a Thursday (2026-03-05).
    published = "2026-03-05"
    assert resolved("In April, the rules will change.", published) == {"In April": "2026-04"}
    assert resolved("On Monday, the committee will vote.", published) == {"On Monday": "2026-03-09"}
    # A past verb first: the day the words were said, or a month gone by.
    assert resolved("On Monday, the minister said she will resign.", published) == {
        "On Monday": "2026-03-02"
    }
    assert resolved("In April, the council approved the plan.", published) == {
        "In April": "2025-04"
    }


def test_by_a_day_of_the_year_is_a_deadline_unless_a_past_verb_closes_it() -> None:
    published = "2026-03-05"
    assert resolved("By March 31, all schools must submit plans.", published) == {
        "By March 31": "2026-03-31"
    }
    assert resolved("The water had fallen by March 30.", published) == {"by March 30": "2025-03-30"}


def test_a_timetable_in_the_present_or_a_perfect_looks_ahead() -> None:
    published = "2026-03-05"
    assert resolved("The trial continues on Monday.", published) == {"on Monday": "2026-03-09"}
    assert resolved("A decision has been scheduled for Friday.", published) == {
        "Friday": "2026-03-06"
    }
    assert resolved("The vote had been scheduled for Friday, but it was postponed.", published) == {
        "Friday": "2026-02-27"
    }


def test_last_and_next_weekday_skip_the_publication_day_itself() -> None:
    dates = resolved("Last Friday it rained; next Friday it will snow.")
    assert dates == {"Last Friday": "2023-11-17", "next Friday": "2023-12-01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", "2023-11-23"),
        ("the day before yesterday", "2023-11-22"),
        ("tomorrow", "2023-11-25"),
        ("two days ago", "2023-11-22"),
        ("a week ago", "2023-11-17"),
        ("three months ago", "2023-08"),
        ("last week", "2023-W46"),
        ("this week", "2023-W47"),
        ("earlier this month", "2023-11"),
        ("next month", "2023-12"),
        ("last year", "2022"),
        ("last night", "2023-11-23"),
    ],
)
def test_relative_expressions_resolve_at_the_precision_they_give(text: str, expected: str) -> None:
    assert resolved(f"It happened {text}.") == {text: expected}


def test_abbreviated_months_and_day_first_dates() -> None:
    dates = resolved("Votes on Oct. 7 and Sept. 12, 2021 and on 3 May were cancelled.")
    assert dates == {
        "on Oct. 7": "2023-10-07",
        "Sept. 12, 2021": "2021-09-12",
        "on 3 May": "2023-05-03",
    }


def test_lower_case_month_and_weekday_words_are_not_dates() -> None:
    assert find_dates("Prices may march higher; the sun. sat low.", FRIDAY) == []


def test_without_publication_date_only_dates_with_a_year_resolve() -> None:
    dates = resolved("It met on Tuesday and on March 3, 2022, and in 2019.", None)
    assert dates == {"on Tuesday": None, "on March 3, 2022": "2022-03-03", "in 2019": "2019"}


def test_an_impossible_day_keeps_resolved_null() -> None:
    assert resolved("The deal was signed on February 30.") == {"on February 30": None}


def test_numbers_that_are_not_years_or_days_are_left_alone() -> None:
    assert find_dates("The 2019-20 season drew 12,500 fans, 2020 percent more.", FRIDAY) == []


def test_a_month_after_by_or_until_is_the_coming_one() -> None:
    dates = resolved("The berth would be full by June; talks run until March; it opened in May.")
    assert dates == {"by June": "2024-06", "until March": "2024-03", "in May": "2023-05"}


TUESDAY = "2025-03-04T10:00:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A future word in a quote, a relative clause or a perfect infinitive does not move a
        # past date into the future.
        ("“We will rebuild,” Kovacs said on Monday.", {"on Monday": "2025-03-03"}),
        (
            "Kovacs, who will step down in June, said on Friday that the port would close.",
            {"in June": "2025-06", "on Friday": "2025-02-28"},
        ),
        ("The suspects are believed to have fled on Sunday.", {"on Sunday": "2025-03-02"}),
        (
            "Will Harper, the coach, said on Monday that the team was ready.",
            {"on Monday": "2025-03-03"},
        ),
        ("The council will vote on Monday.", {"on Monday": "2025-03-10"}),
        ("“We will vote on Monday,” she said.", {"on Monday": "2025-03-10"}),
    ],
)
def test_the_tense_a_date_is_read_in_belongs_to_its_own_clause(
    text: str, expected: dict[str, str]
) -> None:
    assert resolved(text, TUESDAY) == expected


def test_a_full_date_after_a_preposition_keeps_its_day_and_its_weekday_picks_the_year() -> None:
    assert resolved("Prices rose by March 15, the agency said.", TUESDAY) == {
        "by March 15": "2024-03-15"
    }
    assert resolved("Trading has resumed since Jan 2, 2025.", TUESDAY) == {
        "since Jan 2, 2025": "2025-01-02"
    }
    # March 8 fell on a Saturday in 2025, not in 2024: the weekday decides.
    assert resolved("The match is on Saturday, March 8.", TUESDAY) == {
        "on Saturday, March 8": "2025-03-08"
    }
    assert resolved("The vote is on 12 March.", TUESDAY) == {"on 12 March": "2025-03-12"}


@pytest.mark.parametrize(
    "text",
    [
        "The report by Jan Novak was published.",
        "A letter from June Okafor arrived.",
        "She told The Sun.",
    ],
)
def test_names_and_titles_that_look_like_dates_are_not_dates(text: str) -> None:
    assert resolved(text, TUESDAY) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closes next March.", "2026-03"),  # said in March: a year on
        ("This May the port reopens.", "2025-05"),
        ("Last May the port closed.", "2024-05"),
        ("The quay reopened in May.", "2024-05"),
    ],
)
def test_a_month_without_a_year_takes_the_side_its_words_give(text: str, expected: str) -> None:
    assert list(resolved(text, TUESDAY).values()) == [expected]


def test_this_weekday_is_the_day_of_the_publication_s_week() -> None:
    assert resolved("The show opens this Friday.", TUESDAY) == {"this Friday": "2025-03-07"}
    assert resolved("Police arrested him this Monday.", TUESDAY) == {"this Monday": "2025-03-03"}


#: A Tuesday, the prober's publication date.
PROBE = "2024-03-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the board would meet on Friday.", {"on Friday": "2024-03-08"}),
        ("A decision would be made on March 21.", {"on March 21": "2024-03-21"}),
        ("The bank could cut rates in June.", {"in June": "2024-06"}),
        ("The vote may be held on Friday.", {"on Friday": "2024-03-08"}),
        ("The minister might resign in April.", {"in April": "2024-04"}),
        ("Talks should resume on Monday.", {"on Monday": "2024-03-11"}),
        ("The rule, which takes effect July 1, is new.", {"July 1": "2024-07-01"}),
        ("He is running for a third term in November.", {"in November": "2024-11"}),
        ("The event, due to take place on May 17, was moved.", {"on May 17": "2024-05-17"}),
        ("Sales, expected to rise in June, fell.", {"in June": "2024-06"}),
        ("Bids must arrive no later than Thursday.", {"Thursday": "2024-03-07"}),
    ],
)
def test_modals_and_scheduling_words_point_a_date_forward(
    text: str, expected: dict[str, str]
) -> None:
    assert resolved(text, PROBE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A perfect, a negated refusal, a past "took effect" or "was due to" stay past.
        ("The bank could have cut rates in June.", {"in June": "2023-06"}),
        ("Officials could not be reached on Friday.", {"on Friday": "2024-03-01"}),
        ("The rule, which took effect July 1, was cut.", {"July 1": "2023-07-01"}),
        ("The flight was cancelled due to fog on Friday.", {"on Friday": "2024-03-01"}),
        ("The meeting was due to take place on Friday.", {"on Friday": "2024-03-01"}),
        # A capital "May" is the month, not the modal; a semicolon starts a new clause.
        (
            "In May the port closed, and in June it reopened.",
            {"In May": "2023-05", "in June": "2023-06"},
        ),
        (
            "It would be full by June; it opened in May.",
            {"by June": "2024-06", "in May": "2023-05"},
        ),
    ],
)
def test_past_readings_survive_the_new_future_words(text: str, expected: dict[str, str]) -> None:
    assert resolved(text, PROBE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices will rise by the end of the year.", {"by the end of the year": "2024-12"}),
        ("The ban lasts until the end of June.", {"until the end of June": "2024-06"}),
        ("It will be done by the end of April.", {"by the end of April": "2024-04"}),
        ("The lease expires at the end of the month.", {"at the end of the month": "2024-03"}),
        ("Work starts at the start of next year.", {"at the start of next year": "2025-01"}),
        ("The plant shut at the end of 2022.", {"at the end of 2022": "2022-12"}),
        ("Protesters gathered over the weekend.", {"over the weekend": "2024-03-02"}),
        ("Rallies will be held over the weekend.", {"over the weekend": "2024-03-09"}),
        ("Talks will resume in mid-April.", {"in mid-April": "2024-04"}),
        ("The port closed in mid-February.", {"in mid-February": "2024-02"}),
        ("He left a fortnight ago.", {"a fortnight ago": "2024-02-20"}),
        ("The plant opens this spring.", {"this spring": "2024-03"}),
        ("It closed last autumn.", {"last autumn": "2023-09"}),
        ("The festival returns this summer.", {"this summer": "2024-06"}),
        ("It was cold this winter.", {"this winter": "2023-12"}),
        ("The plant will close next winter.", {"next winter": "2024-12"}),
        ("It opened in the spring of 2019.", {"in the spring of 2019": "2019-03"}),
        ("Exports rose 3% in the year to December.", {"in the year to December": "2023-12"}),
        (
            "Sales rose 3% in the year to December 2022.",
            {"in the year to December 2022": "2022-12"},
        ),
        # A period named by its last day is that day, not the month.
        (
            "Revenue rose in the three months to January 31.",
            {"in the three months to January 31": "2024-01-31"},
        ),
    ],
)
def test_periods_seasons_and_fortnights_resolve_to_a_day_week_or_month(
    text: str, expected: dict[str, str]
) -> None:
    assert resolved(text, PROBE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The last summer before the war was hot.",
        "It was the summer of discontent.",
        "She was injured in the fall.",
        "It marked the end of May Okafor's career.",
    ],
)
def test_seasons_and_period_ends_that_are_not_dates(text: str) -> None:
    assert resolved(text, PROBE) == {}


#: A Wednesday.
WEDNESDAY = "2025-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Future in the past, in reported speech.
        ("Ines Moreau said the bank was likely to cut rates in September.", "2025-09"),
        ("He said the talks were due to resume on Monday.", "2025-03-17"),
        ("Moreau said she hoped to visit Talsby on Friday.", "2025-03-14"),
        ("Officials said the ferry was expected to sail on Friday.", "2025-03-14"),
        # A timetable in the present tense.
        ("The budget goes to a final vote on March 20.", "2025-03-20"),
        ("The strike begins on Monday.", "2025-03-17"),
        ("Talks resume on Monday.", "2025-03-17"),
        ("The consultation closes on April 30.", "2025-04-30"),
        ("The festival runs from March 20.", "2025-03-20"),
        # A deadline, and a future word before a phrase quoted in the sentence.
        ("The ban stays in place until April 30.", "2025-04-30"),
        ('Shaw said his side would "regroup" before Saturday\'s match.', "2025-03-15"),
    ],
)
def test_reported_future_timetables_and_deadlines_look_ahead(text: str, expected: str) -> None:
    assert list(resolved(text, WEDNESDAY).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were due to resume on Monday but collapsed.", "2025-03-10"),
        ("Moreau hoped to visit Talsby on Friday but was turned back.", "2025-03-07"),
        ("The strike began on Monday.", "2025-03-10"),
        ("Sources close to the talks said on Monday that a deal was near.", "2025-03-10"),
        ("She runs a bakery that burned down on Monday.", "2025-03-10"),
        ('"We will rebuild," Moreau said on Monday.', "2025-03-10"),
    ],
)
def test_past_narrative_stays_past_without_a_future_cue(text: str, expected: str) -> None:
    assert list(resolved(text, WEDNESDAY).values()) == [expected]


def test_an_abbreviations_full_stop_does_not_end_the_sentence_before_a_date() -> None:
    dates = resolved("The last ferry will leave at 7 a.m. on March 14.")
    assert dates == {"on March 14": "2024-03-14"}
    assert resolved("Talks with Gen. Ruiz will resume on Tuesday.") == {"on Tuesday": "2023-11-28"}
    # A capital after "a.m." opens a sentence of its own, in the past here.
    dates = resolved("Mr. Kovacs will speak at 9 a.m. Officials met on Tuesday.")
    assert dates == {"on Tuesday": "2023-11-21"}


def test_years_of_a_range_and_after_more_prepositions_are_dates() -> None:
    assert resolved("Cases rose between 2017 and 2023.") == {
        "between 2017": "2017",
        "and 2023": "2023",
    }
    assert resolved("Prices rose from 2019 to 2024.") == {"from 2019": "2019", "to 2024": "2024"}
    assert resolved("The agency knew as early as 2019.") == {"as early as 2019": "2019"}
    # A count's range is no years.
    assert resolved("Between 2000 and 3000 people marched.") == {}


def test_a_timetable_with_clock_times_and_the_end_of_a_range_look_ahead() -> None:
    text = "The closure covers three roads and runs from 7 p.m. on Friday to 5 a.m. on Sunday."
    assert resolved(text, "2026-01-15") == {"on Friday": "2026-01-16", "on Sunday": "2026-01-18"}
    # A past first date leaves the end of its range past.
    assert resolved("The road was shut from Friday to Sunday.", "2026-01-15") == {
        "from Friday": "2026-01-09",
        "Sunday": "2026-01-11",
    }


def test_a_forecast_in_any_tense_looks_ahead_but_not_a_pluperfect_one() -> None:
    assert resolved("Forecasters have forecast heavy snow on Tuesday and Wednesday.") == {
        "on Tuesday": "2023-11-28",
        "Wednesday": "2023-11-29",
    }
    assert resolved("The bureau predicts frost on Monday.") == {"on Monday": "2023-11-27"}
    assert resolved("Output was lower than the bank had forecast in July.", "2025-05-02") == {
        "in July": "2024-07"
    }
    # When a forecast was made, or what a past one foretold, is behind.
    wednesday = "2024-06-12"
    for past in (
        "The grocer lowered its full-year forecast in October.",
        "Kelby cut its quarterly forecast in October.",
    ):
        assert resolved(past, "2025-11-20") == {"in October": "2025-10"}, past
    for past in (
        "The fund predicted on Monday that growth would slow.",
        "Analysts forecast on Monday that the bank would cut rates.",
        "The weather forecast on Monday warned of storms.",
    ):
        assert resolved(past, wednesday) == {"on Monday": "2024-06-10"}, past
    assert resolved("She correctly predicted the rout on March 3.", wednesday) == {
        "on March 3": "2024-03-03"
    }
    # A range's last day is not before its first, on the publication's weekday too.
    assert resolved("Forecasters predict snow on Tuesday and Wednesday.", wednesday) == {
        "on Tuesday": "2024-06-18",
        "Wednesday": "2024-06-19",
    }


def test_a_day_and_month_take_the_year_named_after_them() -> None:
    published = "2025-05-20"
    assert resolved("The bakery closed on April 9 last year.", published) == {
        "on April 9": "2024-04-09",
        "last year": "2024",
    }
    assert resolved("The mill shut on 2 May last year.", published)["on 2 May"] == "2024-05-02"
    assert resolved("The shop opens on May 2 next year.", published)["on May 2"] == "2026-05-02"


def test_the_last_week_of_a_month_is_that_month_not_last_week() -> None:
    assert resolved("Sales peaked in the last week of June, figures show.", "2025-08-15") == {
        "the last week of June": "2025-06"
    }


def test_the_day_before_or_after_is_beside_the_day_the_text_speaks_of() -> None:
    dates = resolved(
        "The dam gave way on October 30. Residents had reported cracks the previous evening, "
        "and engineers arrived the next morning.\n\nOfficials met the day before the vote."
    )
    assert dates == {
        "on October 30": "2023-10-30",
        "the previous evening": "2023-10-29",
        "the next morning": "2023-10-31",
    }
    # With no day named before it, publication is not the day meant: the phrase is left out.
    assert resolved("Shops had closed early the night before.") == {}


def test_a_start_that_was_called_off_is_still_ahead() -> None:
    dates = resolved(
        "The levy, which would have come into force on March 1, was dropped on Tuesday."
    )
    assert dates == {"on March 1": "2024-03-01", "on Tuesday": "2023-11-21"}


def test_a_fixture_between_two_teams_is_ahead_unless_a_past_verb_follows() -> None:
    assert resolved("Dunholt Rovers host Carrick Athletic on Tuesday in the cup.") == {
        "on Tuesday": "2023-11-28"
    }
    assert resolved("Tournament host Velmark on Tuesday confirmed the draw.") == {
        "on Tuesday": "2023-11-21"
    }


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-01T00:00:00", "9999-12-31"])
def test_dates_off_the_calendar_are_left_unresolved_not_fatal(published: str) -> None:
    # "0001-01-01" is what several CMSs print for a story with no date: every relative date
    # would fall before year 1 or after 9999, where no calendar date exists.
    text = (
        "The council met on Tuesday and again the previous day. The harbour opened in March "
        "last year, and the quay will reopen next week. The mill was built 9,000 years ago. "
        "The ferry sailed on March 3, 2024."
    )
    mentions = {m.text: m.resolved for m in find_dates(text, published)}
    assert mentions["on Tuesday"] is None
    assert mentions["on March 3, 2024"] == "2024-03-03"
    assert "000 years ago" not in mentions  # the end of "9,000" is no count of its own


def test_a_day_of_the_month_alone_is_in_the_publication_month_or_the_one_beside_it() -> None:
    # Published Friday 2023-11-24.
    dates = resolved(
        "The parish board met on the 3rd. It will meet again on the 8th to set the budget. "
        "The next report is due on the 30th. Her office is on the 14th floor."
    )
    assert dates == {
        "on the 3rd": "2023-11-03",
        "on the 8th": "2023-12-08",
        "on the 30th": "2023-11-30",
    }


def test_a_day_of_the_month_an_event_is_set_for_is_a_date() -> None:
    # Published Monday 2026-03-09; "for the 3rd time" counts times, it names no day.
    assert resolved(
        "The return fixture is scheduled for the 28th. They won the cup for the 3rd time.",
        "2026-03-09",
    ) == {"for the 28th": "2026-03-28"}


def test_a_day_of_the_month_a_short_month_lacks_is_in_the_nearest_month_holding_it() -> None:
    assert resolved("The levy was paid on the 31st.", "2025-03-10") == {"on the 31st": "2025-01-31"}


def test_a_warning_in_force_and_a_bare_expected_look_ahead() -> None:
    # Published Friday 2023-11-24.
    assert resolved("The agency has issued a flood warning for the valley on Sunday.") == {
        "on Sunday": "2023-11-26"
    }
    assert resolved("Gales are forecast, with gusts of 80 mph expected on Monday.") == {
        "on Monday": "2023-11-27"
    }
    # A warning issued in the past tense, and a bare "expected" after "had been", stay past.
    assert resolved("Police issued a warning for drivers on Monday after the crash.") == {
        "on Monday": "2023-11-20"
    }
    assert resolved("The ruling had been expected on Monday.") == {"on Monday": "2023-11-20"}


def test_an_expectation_in_the_present_looks_ahead() -> None:
    # Published Monday 2026-11-02; "had expected" tells of an expectation gone by.
    assert resolved(
        "Economists at Norhaven Bank expect the first cut in mid-March. "
        "Investors anticipate a rise in April. Traders had expected a cut in June.",
        "2026-11-02",
    ) == {"in mid-March": "2027-03", "in April": "2027-04", "in June": "2026-06"}


def test_the_previous_night_reaches_back_over_a_paragraph_to_its_day() -> None:
    dates = resolved(
        "The gale reached Corran Bay on Tuesday, October 31.\n\n"
        "Crews pulled their boats ashore. Many stayed up to watch the sea wall. "
        "By dawn the wind had dropped.\n\n"
        "Roofs had been torn off the previous night, residents said."
    )
    assert dates["the previous night"] == "2023-10-30"


def test_the_previous_night_far_from_any_day_is_left_out() -> None:
    far = " ".join(["The sea wall held."] * 8)
    dates = resolved(
        f"The gale reached Corran Bay on Tuesday, October 31. {far} It rained the previous night."
    )
    assert "the previous night" not in dates


def test_a_past_relative_clause_after_an_expectation_keeps_its_date_past() -> None:
    # Published on Friday 2023-11-24: "expects" looks ahead, the clause on the report does not.
    dates = resolved("The regulator expects the report it commissioned in January to be published.")
    assert dates == {"in January": "2023-01"}
    assert resolved("The firm expects the quarter that ended in March to show a loss.") == {
        "in March": "2023-03"
    }
    assert resolved("Economists expect the first cut in March.") == {"in March": "2024-03"}


def test_ordinals_after_for_that_count_something_else_are_no_dates() -> None:
    assert resolved("Tickets for the 1st and 2nd rounds went on sale.") == {}
    assert resolved("The board set money aside for the 2nd.") == {"for the 2nd": "2023-11-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Their findings were published in the journal Materials Today Forum.",
        "She told the Today programme that the plan had failed.",
        "He gave an interview to USA Today.",
    ],
)
def test_a_capitalised_today_inside_a_sentence_is_a_name(text: str) -> None:
    assert resolved(text) == {}


def test_a_capitalised_today_opening_a_sentence_or_quote_is_a_day() -> None:
    found = resolved('Today the river fell. "Tomorrow we rebuild," she said.')
    assert set(found) == {"Today", "Tomorrow"}
