"""Claims: numbers in digits and words, what they count, qualifiers and sources; non-claims."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.facts.claims import find_claims
from dateline.facts.nlp import english_pipeline
from dateline.facts.numbers import parse_number
from dateline.facts.people import find_people
from dateline.model import Claim

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "facts"
FIELDS = ("value", "qualifier", "unit", "predicate", "source")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return english_pipeline()


def claims_of(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return find_claims(doc, find_people(doc))


def fields(claims: list[Claim]) -> list[tuple[object, ...]]:
    return [tuple(getattr(c, name) for name in FIELDS) for c in claims]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three", 3),
        ("1.4 million", 1_400_000),
        ("12,500", 12_500),
        ("40,000", 40_000),
        ("half a million", 500_000),
        ("two hundred and fifty", 250),
        ("forty - two", 42),
        ("a dozen", 12),
        ("three dozen", 36),
        ("two and a half million", 2_500_000),
        ("one and a half", 1.5),
        ("3bn", 3_000_000_000),
        ("2.5", 2.5),
        ("4.1 million", 4_100_000),  # exact, not 4099999.9999999995
        ("2.01 billion", 2_010_000_000),
        ("one hundred twenty - five", 125),
        ("300 m.", 300_000_000),  # the scale that ends a sentence, with its full stop
        ("020 7946", None),
        ("three four", None),
        ("people", None),
    ],
)
def test_parse_number(words: str, value: float | None) -> None:
    assert parse_number(words.split()) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new bridge at Velmora will cost €300m.", 300_000_000),
        ("Officials in Port Avel put the bill for the quay at $5m.", 5_000_000),
        ("The storm destroyed three dozen homes in Velmora, the agency said.", 36),
    ],
)
def test_short_scales_and_dozens_are_kept(nlp: Language, text: str, value: int) -> None:
    assert [claim.value for claim in claims_of(nlp, text)] == [value]


def test_a_figure_its_speaker_disputes_is_not_theirs(nlp: Language) -> None:
    denied = claims_of(nlp, "The Velmora ministry denied reports that 312 people had died.")
    assert [(c.value, c.source) for c in denied] == [(312, None)]
    confirmed = claims_of(nlp, "The Velmora ministry confirmed that 312 people had died.")
    assert [c.source for c in confirmed] == ["The Velmora ministry"]


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("claims_*.json")), ids=lambda p: p.name)
def test_every_annotated_claim_has_its_value_qualifier_unit_predicate_and_source(
    nlp: Language, path: Path
) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    found = fields(claims_of(nlp, data["text"]))
    assert found == [tuple(claim[name] for name in FIELDS) for claim in data["claims"]]


def test_the_issue_example_gives_two_claims_with_the_ministry_named_in_full(
    nlp: Language,
) -> None:
    text = (
        "The Ministry of Water Resources sent rescue teams on Monday. "
        "The ministry says the floods killed 312 people and displaced 40,000."
    )
    assert fields(claims_of(nlp, text)) == [
        (312, None, "people", "killed", "Ministry of Water Resources"),
        (40000, None, "people", "displaced", "Ministry of Water Resources"),
    ]


def test_the_source_phrase_is_kept_when_no_organisation_fits_it(nlp: Language) -> None:
    claims = claims_of(nlp, "The ministry says the floods killed 312 people.")
    assert [c.source for c in claims] == ["The ministry"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Officials said about 40 miners were trapped.", "about"),
        ("Officials said more than 40 miners were trapped.", "more than"),
        ("Officials said at least 40 miners were trapped.", "at least"),
        ("Officials said nearly 40 miners were trapped.", "nearly"),
        ("Officials said up to 40 miners were trapped.", "up to"),
        ("Officials said almost 40 miners were trapped.", "almost"),
        ("Officials said over 40 miners were trapped.", "over"),
        ("Officials said some 40 miners were trapped.", "some"),
        ("Officials said as few as 40 miners were trapped.", "as few as"),
        ("Officials said as many as 40 miners were trapped.", "as many as"),
        ("Officials said 40 miners were trapped.", None),
    ],
)
def test_qualifiers(nlp: Language, text: str, qualifier: str | None) -> None:
    assert fields(claims_of(nlp, text)) == [(40, qualifier, "miners", "trapped", "Officials")]


def test_an_amount_of_money_keeps_its_upper_bound_qualifier(nlp: Language) -> None:
    claims = claims_of(nlp, "Auditors said the port lost as much as $40 million.")
    assert [(c.value, c.qualifier) for c in claims] == [(40_000_000, "as much as")]


def test_a_number_nobody_is_said_to_claim_keeps_source_null(nlp: Language) -> None:
    claims = claims_of(nlp, "Seven people were arrested after the match.")
    assert fields(claims) == [(7, None, "people", "arrested", None)]


def test_police_in_a_place_and_according_to_are_sources(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Nine people were injured, police in Kano said. According to the Red Cross, about "
        "1,500 families lost their homes.",
    )
    assert [(c.value, c.source) for c in claims] == [(9, "police in Kano"), (1500, "Red Cross")]


def test_a_range_written_in_thousands_is_no_score(nlp: Language) -> None:
    claims = claims_of(nlp, "Organisers estimated the crowd at 12,000-15,000.")
    assert sorted(claim.value for claim in claims) == [12000, 15000]
    assert claims_of(nlp, "Harbour City beat Eastport 3-1 on Saturday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The vote was held on March 3, 2024 in Lagos.",  # a date and a year
        "The ferry left at 10:30 and arrived at 3 pm.",  # times
        "Maria Kovacs, 54, said she was leaving.",  # an age
        "The 54-year-old driver was released.",  # an age
        "Harbour City beat Eastport 3-1 on Saturday.",  # a score and a day
        "The office at 14 Quay Street was closed.",  # an address
        "She finished second, her 3rd podium in 2019.",  # ordinals, a year
        "For refunds call 0161 496 0000 or 555-0199.",  # phone numbers
        "Anyone with information is asked to call 101 or dial 999.",  # short numbers to call
        "Flight 302 landed on Route 66.",  # numbered names
        "One resident said the water was rising.",  # a lone "one"
        "The tickets sold out in two days.",  # a window of time, not a length
        "The talks resumed two weeks later.",  # a point in time
        "The raid began at 0600 hours.",  # a time of day
        "Two-thirds of voters backed the plan.",  # fractions
        "The poll said two thirds of voters backed it.",
        "A third of voters backed the plan.",
        "The survey said one in five nurses planned to leave.",
        "Three out of four doctors agreed.",
        "One in every ten homes was empty.",
        "People over 60 are eligible, the ministry said.",  # ages
        "The vaccine is offered to those under 18.",
    ],
)
def test_numbers_that_are_not_amounts_are_not_claims(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "predicate"),
    [
        ("The strike lasted two days.", 2, "days", "lasted"),
        ("The trial lasted for three weeks.", 3, "weeks", "lasted"),
        ("Prosecutors had asked for 14 years.", 14, "years", "asked"),
        ("The judge handed Gregor Pell a 10-year sentence.", 10, "year", "handed"),
        ("Rail workers will walk out for 48 hours.", 48, "hours", "walk"),
    ],
)
def test_a_length_of_time_is_a_claim(
    nlp: Language, text: str, value: int, unit: str, predicate: str
) -> None:
    assert [(c.value, c.unit, c.predicate) for c in claims_of(nlp, text)] == [
        (value, unit, predicate)
    ]


def test_percentages_and_money_are_claims_with_their_unit(nlp: Language) -> None:
    claims = claims_of(nlp, "The fund said it raised $3.5 million, up 12 percent.")
    assert [(c.value, c.unit, c.source) for c in claims] == [
        (3_500_000, "dollars", "The fund"),
        (12, "percent", "The fund"),
    ]


def test_a_number_inside_a_quote_takes_the_speaker_of_the_quote(nlp: Language) -> None:
    text = (
        '"We have found 87 bodies," said Aondona Terver, the coordinator. '
        '"There may be some 300 more."'
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.source) for c in claims] == [
        (87, "Aondona Terver"),
        (300, "Aondona Terver"),
    ]


def test_claim_text_is_the_sentence_that_states_it(nlp: Language) -> None:
    claims = claims_of(nlp, "It rained. Officials said 40 miners were trapped. Rescue began.")
    assert [c.text for c in claims] == ["Officials said 40 miners were trapped."]


def test_it_and_the_group_refer_back_to_the_organisation_last_quoted(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Amnesty International said at least 1,500 people had been detained. It added that 300 "
        "were children. The group also said 12 journalists were held.",
    )
    assert [(c.value, c.source) for c in claims] == [
        (1500, "Amnesty International"),
        (300, "Amnesty International"),
        (12, "Amnesty International"),
    ]


def test_a_spelled_out_number_after_the_points_rather_than_counts(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Trade between the two countries rose, officials said. The three men were released on "
        "Monday. Police said three men were arrested.",
    )
    assert [(c.value, c.unit) for c in claims] == [(3, "men")]


def test_a_source_named_in_apposition_is_the_organisation(nlp: Language) -> None:
    claims = claims_of(
        nlp, "The developer, Nordvent Energy, says the wind farm would power 180,000 homes."
    )
    assert [(c.value, c.source) for c in claims] == [(180000, "Nordvent Energy")]


def test_the_ministry_is_not_another_organisation_quoted_before(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "About 12,000 teachers are on strike, according to the Kestrel Teachers Association. "
        "The association said 40 schools were shut. The ministry puts the figure at 5,000.",
    )
    assert [(c.value, c.source) for c in claims] == [
        (12000, "Kestrel Teachers Association"),
        (40, "Kestrel Teachers Association"),
        (5000, "The ministry"),
    ]


def test_a_vote_count_is_not_a_claim_but_a_range_is_two(nlp: Language) -> None:
    assert [c.value for c in claims_of(nlp, "The council voted 14 to 11 on Monday.")] == []
    claims = claims_of(nlp, "Officials said the death toll rose from 312 to 340.")
    assert [(c.value, c.source) for c in claims] == [(312, "Officials"), (340, "Officials")]


def test_a_copula_states_its_number_through_the_adjective(nlp: Language) -> None:
    claims = claims_of(nlp, "The director said 12 posts were still vacant.")
    assert fields(claims) == [(12, None, "posts", "vacant", "The director")]


def test_a_multiple_has_unit_times_and_the_text_drops_a_stray_closing_quote(
    nlp: Language,
) -> None:
    text = '"We are ready," she said.\n\n" The new berth unloads roughly three times the old rate.'
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [(3, "roughly", "times")]
    assert claims[0].text.startswith("The new berth")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger reads "18bn a year" as a DATE and "3.6 million hours" as a time
        ("The plan would cost £18bn a year.", (18_000_000_000, None, "pounds", "cost", None)),
        (
            "Staff logged 3.6 million hours of overtime, the union said.",
            (3_600_000, None, "hours", "logged", "the union"),
        ),
    ],
)
def test_money_rates_and_scaled_figures_the_tagger_calls_dates_are_claims(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    assert fields(claims_of(nlp, text)) == [expected]


def test_a_short_scale_with_the_full_stop_ends_its_sentence(nlp: Language) -> None:
    claims = claims_of(nlp, "The firm lost £40m. Three weeks ago, it lost £10m.")
    assert [(c.value, c.predicate, c.text) for c in claims] == [
        (40_000_000, "lost", "The firm lost £40m."),
        (10_000_000, "lost", "Three weeks ago, it lost £10m."),
    ]
    claims = claims_of(nlp, "The firm lost £40m. Shares fell 4% on Monday.")
    assert [(c.value, c.unit, c.predicate) for c in claims] == [
        (40_000_000, "pounds", "lost"),
        (4, "percent", "fell"),
    ]


def test_a_larger_count_before_in_is_no_share(nlp: Language) -> None:
    claims = claims_of(nlp, "Gunmen killed 9 in two attacks. Police arrested 12 in 2019.")
    assert [c.value for c in claims] == [9, 2, 12]


def test_a_bare_number_borrows_the_unit_of_a_count_not_of_a_percentage(
    nlp: Language,
) -> None:
    text = (
        "People walking at least 7,000 steps a day were 21% less likely to die than those "
        "walking fewer than 3,000."
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (7000, "at least", "steps"),
        (21, None, "percent"),
        (3000, "fewer than", "steps"),
    ]


def test_a_number_before_more_counts_the_noun_after_it(nlp: Language) -> None:
    claims = claims_of(nlp, "About 800 more nurses will be hired.")
    assert fields(claims) == [(800, "about", "nurses", "hired", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed 12-15 people.", [(12, "people"), (15, "people")]),
        ("Officials said 10-15% of the crop was lost.", [(10, "percent"), (15, "percent")]),
        ("Some 2,000-3,000 protesters marched.", [(2000, "protesters"), (3000, "protesters")]),
        (
            "The firm took a $5-6 billion charge.",
            [(5_000_000_000, "dollars"), (6_000_000_000, "dollars")],
        ),
        ("Velmora won 3-1 on Sunday and took a 2-0 lead.", []),
        (
            "Repairs will cost $5 billion-$6 billion.",
            [(5_000_000_000, "dollars"), (6_000_000_000, "dollars")],
        ),
        ("Prices rose 3-4 per cent last year.", [(3, "percent"), (4, "percent")]),
        (
            "Repairs will cost between 5 and 6 billion dollars.",
            [(5_000_000_000, "dollars"), (6_000_000_000, "dollars")],
        ),
    ],
)
def test_a_range_gives_both_ends_and_a_score_none(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.unit) for c in claims_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The firm raised HK$2.1 billion.", 2_100_000_000, "Hong Kong dollars"),
        ("The firm raised S$2.1 billion.", 2_100_000_000, "Singapore dollars"),
        ("The fund is worth $1.2tn.", 1_200_000_000_000, "dollars"),
        ("The firm raised NZ$40 million.", 40_000_000, "New Zealand dollars"),
        ("The firm raised HK$2.1bn.", 2_100_000_000, "Hong Kong dollars"),
        ("The firm raised R2.5bn.", 2_500_000_000, "rand"),
        ("The plant cost ¥500 billion.", 500_000_000_000, "yen"),
        ("The plant cost Rs 500 million.", 500_000_000, "rupees"),
        ("The plant cost US$4 billion.", 4_000_000_000, "dollars"),
        ("The plant cost A$300 million.", 300_000_000, "Australian dollars"),
        ("The plant cost C$300 million.", 300_000_000, "Canadian dollars"),
    ],
)
def test_currencies_written_before_the_amount_and_short_scales(
    nlp: Language, text: str, value: int, unit: str
) -> None:
    assert [(c.value, c.unit) for c in claims_of(nlp, text)] == [(value, unit)]


def test_a_short_scale_is_never_the_predicate(nlp: Language) -> None:
    [claim] = claims_of(nlp, "The strike would cost the business £18m a day.")
    assert (claim.value, claim.unit, claim.predicate) == (18_000_000, "pounds", "cost")


def test_a_currency_ends_the_unit(nlp: Language) -> None:
    text = "Revenue was slightly below the 32 billion kronor analysts had expected."
    assert [c.unit for c in claims_of(nlp, text)] == ["kronor"]


def test_figures_from_an_organisation_are_its_own(nlp: Language) -> None:
    text = "According to figures from the Velmora Home Office, offences rose by 18% last year."
    assert [c.source for c in claims_of(nlp, text)] == ["Velmora Home Office"]


def test_a_worded_range_gives_its_first_end_the_scale_of_the_second(nlp: Language) -> None:
    claims = claims_of(nlp, "The town grew from 2 to 3 million residents.")
    assert [c.value for c in claims] == [2_000_000, 3_000_000]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The floods killed 312 people and displaced 40,000, the ministry said.", 40000, "people"),
        ("Floods destroyed 300 homes and killed at least 87, officials said.", 87, None),
        ("The storm flattened 12 villages; the death toll rose to 40.", 40, None),
        ("The team, funded with a €3.2 million grant, will revisit 20 of the sites.", 20, "sites"),
    ],
)
def test_a_bare_number_borrows_a_unit_only_from_a_like_count(
    nlp: Language, text: str, value: float, unit: str | None
) -> None:
    found = {c.value: c.unit for c in claims_of(nlp, text)}
    assert found[value] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred nurses marched on Tuesday.",
        "A few thousand residents fled the valley.",
        "Rates of type 2 diabetes rose sharply.",
        "A category 4 storm reached the coast.",
    ],
)
def test_a_vague_size_or_a_kind_is_no_figure(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 40 and 50 people died, officials said.", [(40, "people"), (50, "people")]),
        (
            "The route grew from 6,000 to 11,500 kilometres.",
            [(6000, "kilometres"), (11500, "kilometres")],
        ),
        (
            "Sales of 21 billion to 22 billion kronor are expected.",
            [(21e9, "kronor"), (22e9, "kronor")],
        ),
    ],
)
def test_the_first_end_of_a_range_takes_the_unit_of_the_second(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(claim.value, claim.unit) for claim in claims_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures reached 41.3C on Tuesday, forecasters said.", [(41.3, "°C")]),
        ("Temperatures reached 41.3 °C on Tuesday.", [(41.3, "°C")]),
        ("Highs of -4C are forecast for Friday.", [(-4, "°C")]),
        ("She lives in Flat 4C on Mill Road.", []),
        # With no word of heat or cold: a bare scale after a verb is a temperature, and so is
        # one whose degree sign the tokenizer split from its minus.
        ("Porto Velo recorded 12C at noon.", [(12, "°C")]),
        ("In Marlow it was 77F.", [(77, "°F")]),
        ("Hallbruck saw -19°C overnight.", [(-19, "°C")]),
        ("She sat in seat 12C.", []),
        ("The 4C bus was late.", []),
    ],
)
def test_temperatures_glued_to_their_scale_are_claims(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(claim.value, claim.unit) for claim in claims_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The shop sold 600 second-hand books last year.", "books"),
        ("The firm built 40 low-cost homes.", "homes"),
        ("Officials counted 300 police officers.", "police officers"),
    ],
)
def test_a_hyphenated_modifier_is_no_part_of_the_unit(nlp: Language, text: str, unit: str) -> None:
    assert [claim.unit for claim in claims_of(nlp, text)] == [unit]


def test_units_written_with_a_slash_a_minus_sign_in_words_and_misparsed_number_words(
    nlp: Language,
) -> None:
    claims = claims_of(
        nlp,
        "Winds of up to 140 km/h hit the coast, with 80 to 100 km/h further inland. Overnight "
        'lows of minus 7 degrees are likely. "Forty centimetres of snow is a lot," he said.',
    )
    assert [(c.value, c.unit) for c in claims] == [
        (140, "km/h"),
        (80, "km/h"),
        (100, "km/h"),
        (-7, "degrees"),
        (40, "centimetres"),
    ]


def test_hyphenated_modifiers_and_ages_are_no_amounts_and_a_range_keeps_its_own_noun(
    nlp: Language,
) -> None:
    claims = claims_of(
        nlp,
        "The Vellmar family bought a four-bedroom house. The two-term mayor opened the hall. "
        "Okafor left school at 16.",
    )
    assert claims == []
    # In digits a modifier counts or measures; an amount after "started at" is no age.
    counted = claims_of(
        nlp,
        "Labour holds a 20-point lead in Harwick. The council approved a 300-home estate. "
        "Bidding for the Vellmar portrait started at 500, the auction house said.",
    )
    assert [c.value for c in counted] == [20, 300, 500]
    claims = claims_of(
        nlp, "Voters backed a $90 million levy and cut council terms from three years to five."
    )
    # Both ends are lengths of time: "three years" is one too, no date.
    assert [(c.value, c.unit) for c in claims] == [
        (90_000_000, "dollars"),
        (3, "years"),
        (5, "years"),
    ]


def test_plus_or_minus_is_no_negative_and_minus_is(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "The poll of 900 voters has a margin of error of plus or minus 3 percentage points. "
        "Temperatures in Harwick fell to minus 9 degrees overnight.",
    )
    assert [c.value for c in claims] == [900, 3, -9]


def test_a_firm_its_own_sentence_names_is_the_one_described(nlp: Language) -> None:
    claims = claims_of(
        nlp,
        "Orvane Aerospace said it delivered 40 jets in May. Kestrel Airways, which had ordered "
        "12 of them, cancelled the deal, and passenger numbers fell 9%, the state-owned airline "
        "said.",
    )
    assert {c.value: c.source for c in claims}[9] == "Kestrel Airways"


def test_digits_numbering_a_noun_inside_a_name_are_no_claim(nlp: Language) -> None:
    claims = claims_of(nlp, "The district 14 committee said it would hire 30 wardens.")
    assert [(c.value, c.unit) for c in claims] == [(30, "wardens")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The number of measles cases had risen to 1,240.", "measles cases"),
        ("The number of arrests reached 45.", "arrests"),
        ("The number of staff rose by 12 percent.", "percent"),
    ],
)
def test_the_number_of_things_counts_them(nlp: Language, text: str, unit: str) -> None:
    assert [c.unit for c in claims_of(nlp, text)] == [unit]


def test_a_date_after_a_bare_number_is_not_its_unit(nlp: Language) -> None:
    claims = claims_of(nlp, "Cases had risen to 1,240 this year, up from 310 last year.")
    assert [(c.value, c.unit) for c in claims] == [(1240, None), (310, None)]


def test_a_length_after_the_verb_last_is_a_claim_the_window_word_is_not(nlp: Language) -> None:
    lasting = claims_of(nlp, "County engineer Sunil Bakshi said the new deck would last 50 years.")
    assert [(c.value, c.unit, c.source) for c in lasting] == [(50, "years", "Sunil Bakshi")]
    assert not claims_of(nlp, "Prices have doubled over the last 20 years, Bakshi said.")


@pytest.mark.parametrize(
    "text",
    [
        "Germany's 10-year bond yield rose on Monday, traders said.",
        "Rates on 30-year mortgages fell, the lender said.",
    ],
)
def test_a_maturity_naming_a_debt_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []


def test_a_hyphenated_adjective_is_never_the_predicate(nlp: Language) -> None:
    text = "The ministry said it would pay farmers in the drought-hit south up to $12,000 each."
    [claim] = claims_of(nlp, text)
    assert (claim.value, claim.predicate) == (12_000, "pay")
