"""Claim sources at clause boundaries: the number under one speech verb of a coordination,
and numbers in the narrator's clause beside a quote."""

from __future__ import annotations

import pytest

from dateline.facts.nlp import ModelMissing, english_pipeline

try:
    NLP = english_pipeline()
except ModelMissing:  # pragma: no cover - the facts extra is not installed
    pytest.skip("no English spaCy pipeline installed", allow_module_level=True)

from dateline.facts import analyze
from dateline.facts.claims import find_claims
from dateline.facts.people import find_people
from dateline.model import Article, Claim, Facts


def claims_of(text: str) -> list[Claim]:
    doc = NLP(text)
    return find_claims(doc, find_people(doc))


def claim_of(claims: list[Claim], value: float) -> Claim:
    for claim in claims:
        if claim.value == value:
            return claim
    raise AssertionError(f"no claim of {value}: {claims}")


def test_number_in_the_first_conjunct_belongs_to_its_speech_verb() -> None:
    claims = claims_of(
        "The Harlow Fire Service said on Monday that the blaze had destroyed 23 homes, and "
        "relief workers warned of shortages in the camps."
    )
    assert claim_of(claims, 23).source == "Harlow Fire Service"


def test_number_in_the_narrators_clause_beside_a_quote_has_no_source() -> None:
    claims = claims_of(
        '"We are doing what we can," said Petra Lund, the county spokeswoman, as buses were '
        "sent to three shelters north of the river."
    )
    assert claim_of(claims, 3).source is None


def test_number_according_to_an_owners_figures_is_the_owners() -> None:
    claims = claims_of("Exports fell by 9 percent, according to the ministry's figures.")
    assert claim_of(claims, 9).source == "the ministry"


def test_number_between_the_parts_of_a_continued_quote_is_the_narrators() -> None:
    claims = claims_of(
        '"The water came in through the floor," said Amara Lind, a baker who carried three '
        'sacks of flour to the roof. "We lost 40 loaves in an hour."'
    )
    assert claim_of(claims, 3).source is None
    assert claim_of(claims, 40).source == "Amara Lind"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The factory added 300 jobs in May, the Orvel Labour Office said.", "Orvel Labour Office"),
        ("Analysts said the factory added 300 jobs in May.", "Analysts"),
        ("The factory added 300 jobs in May.", None),
        ("The clinic recorded 40 cases in June, the ministry said.", "the ministry"),
        ("The clinic recorded 40 cases in June, according to the report.", "the report"),
        ("The clinic recorded 40 cases in June.", "The clinic"),
        ("Dana Virtanen added that 300 homes had been lost.", "Dana Virtanen"),
    ],
)
def test_a_verb_that_states_the_figure_is_no_source_when_someone_reports_it(
    text: str, source: str | None
) -> None:
    assert [c.source for c in claims_of(text)] == [source]


def test_it_said_after_an_organisations_clause_is_that_organisation() -> None:
    claims = claims_of("Brellwick Energy posted a profit of $7.2 billion, it said on Thursday.")
    assert claim_of(claims, 7_200_000_000).source == "Brellwick Energy"


def test_it_does_not_reach_back_to_a_plural_group() -> None:
    claims = claims_of(
        "Organisers put the crowd at 5,000. The bank raised rates to 4.5 per cent, it said."
    )
    assert claim_of(claims, 5000).source == "Organisers"
    assert claim_of(claims, 4.5).source == "The bank"
    claims = claims_of("Organisers put the crowd at 5,000. Prices rose 3 per cent, it said.")
    assert claim_of(claims, 3).source is None


def test_each_side_of_a_contrast_keeps_its_own_source() -> None:
    claims = claims_of("The army said 12 soldiers died, while the rebels claimed 40.")
    assert {c.value: c.source for c in claims} == {12: "The army", 40: "the rebels"}
    claims = claims_of(
        "Police said 12 people were killed, while hospital officials put the toll at 15."
    )
    assert {c.value: c.source for c in claims} == {12: "Police", 15: "hospital officials"}


def facts_of(text: str) -> Facts:
    return analyze(Article(text=text, published="2026-03-05", language="en"))


def test_a_negated_speech_verb_vouches_for_nothing_and_says_so_in_its_cue() -> None:
    facts = facts_of(
        "The ministry did not confirm that 500 people had died. Maria Kovacs never said that "
        "the dam had 12 cracks. The ministry said 312 people had been rescued."
    )
    cues = {quote.text: quote.cue for quote in facts.quotes}
    assert cues["500 people had died"] == "did not confirm"
    assert cues["the dam had 12 cracks"] == "never said"
    assert claim_of(facts.claims, 500).source is None
    assert claim_of(facts.claims, 12).source is None
    assert claim_of(facts.claims, 312).source == "The ministry"


def test_a_speech_verb_in_a_clause_of_when_or_why_is_no_source() -> None:
    assert (
        claim_of(
            claims_of("The council closed 14 libraries because residents said they were empty."), 14
        ).source
        is None
    )
    after = claims_of("The council closed 14 libraries after residents said they were empty.")
    assert claim_of(after, 14).source is None
    # "as X said" vouches for the number.
    vouched = claims_of("The toll rose to 40, as the ministry said on Monday.")
    assert claim_of(vouched, 40).source == "the ministry"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to local newspaper the Dunmore Echo, 40 homes were flooded.",
            "the Dunmore Echo",
        ),
        ("According to a spokesman, John Doe, 40 people were hurt.", "John Doe"),
    ],
)
def test_according_to_a_named_source_gives_the_name(text: str, source: str) -> None:
    assert [c.source for c in claims_of(text)] == [source]
    quotes = analyze(Article(title="T", text=text)).quotes
    assert [(q.speaker, q.text[:2]) for q in quotes] == [(source, "40")]


def test_a_role_with_a_name_in_apposition_is_the_named_source() -> None:
    accountant = claims_of(
        "A forensic accountant, Hugh Tennant, testified that bank records showed 1,126 transfers."
    )
    assert claim_of(accountant, 1126).source == "Hugh Tennant"
    minister = claims_of(
        "Ardania's foreign minister, Rustam Kadyrbek, said that 300 soldiers had crossed."
    )
    assert claim_of(minister, 300).source == "Rustam Kadyrbek"
    # A role alone stays the source as written.
    alone = claims_of("A forensic accountant testified that bank records showed 1,126 transfers.")
    assert claim_of(alone, 1126).source == "A forensic accountant"


def test_the_audience_told_and_the_figures_of_a_deed_are_nobodys_claim() -> None:
    told = claims_of("Delgado told about 1,500 supporters that she would cut fares by 10%.")
    assert claim_of(told, 1500).source is None
    assert claim_of(told, 10).source == "Delgado"
    approved = claims_of("Ashbury Town Council approved a £48.6 million budget on Tuesday.")
    assert claim_of(approved, 48_600_000).source is None


def test_a_guidance_verb_makes_its_subject_the_source() -> None:
    claims = claims_of(
        "Brambleworth Mills reported a 9% rise in sales on Tuesday. Net income climbed to "
        "$80 million. Margins held. Costs fell. The company now expects full-year revenue of "
        "$8.4 billion. Brokers see profit of $300 million."
    )
    # "The company" paragraphs on is the firm last named as a source.
    assert claim_of(claims, 8.4e9).source == "Brambleworth Mills"
    assert claim_of(claims, 3e8).source == "Brokers"
    # A past "saw" counts, it does not forecast.
    assert claim_of(claims_of("The town saw 40 burglaries last winter."), 40).source is None


def test_according_to_outranks_a_guidance_verb() -> None:
    claims = claims_of("Analysts had expected $2.1 billion, according to Tessellate data.")
    assert claim_of(claims, 2.1e9).source == "Tessellate data"


def test_a_firm_described_not_named_is_the_firm_last_named_as_a_source() -> None:
    claims = claims_of(
        "Brambleworth Mills reported a 9% rise in sales on Tuesday. Revenue rose to $2.4 "
        "billion, the Leeds-based flour maker said."
    )
    assert claim_of(claims, 2.4e9).source == "Brambleworth Mills"


def test_documents_seen_by_a_paper_are_the_source_not_the_paper() -> None:
    claims = claims_of(
        "The tunnel will cost 380 million crowns, according to council documents obtained by "
        "the Harbour Gazette."
    )
    assert claim_of(claims, 380_000_000).source == "council documents"
    # A figure released by a body is still that body's.
    claims = claims_of(
        "The tunnel will cost 380 million crowns, according to figures released by the "
        "Harbour Council."
    )
    assert claim_of(claims, 380_000_000).source == "Harbour Council"


def test_according_to_vouches_for_a_deed_coordinated_with_a_speech_verb() -> None:
    claims = claims_of(
        "A group calling itself Red Kestrel claimed responsibility on a forum and demanded a "
        "ransom of 300 bitcoin, according to the security firm Harrow Labs."
    )
    assert claim_of(claims, 300).source == "Harrow Labs"
    # Without "according to", the speech verb's subject stays the source.
    claims = claims_of("Police said they arrested 12 people and seized 40 kilograms of cocaine.")
    assert claim_of(claims, 40).source == "Police"


def test_a_figure_after_a_cue_joined_to_what_another_cue_reports_is_the_reporters() -> None:
    claims = claims_of("The coastguard said 3 boats had sunk and warned that 20 were missing.")
    assert claim_of(claims, 20).source == "The coastguard"


def test_an_estimating_verb_read_as_a_noun_still_names_who_estimates() -> None:
    claims = claims_of(
        "Kestrel Bank will launch a payments app that analysts at Pellham Research estimate "
        "will cost £40m to build."
    )
    assert claim_of(claims, 40_000_000).source == "analysts at Pellham Research"


def test_the_company_is_not_a_public_body_quoted_before() -> None:
    claims = claims_of(
        "Hollin, the smart-home company, is recalling 85,000 heaters, the Consumer Safety "
        "Board said on Tuesday. The board said it had received 212 reports of overheating. "
        "Owners can return the heaters for a full refund of $129, the company said."
    )
    assert claim_of(claims, 212).source == "Consumer Safety Board"
    # Hollin is named as no source, so the phrase stands: better than the board.
    assert claim_of(claims, 129).source == "the company"


def test_a_hospital_admitting_people_vouches_for_nothing() -> None:
    claims = claims_of(
        "Hospitals in the region admitted 2,300 people with heat-related illness last week, "
        "according to figures from the health office."
    )
    assert claim_of(claims, 2300).source == "the health office"
    # Owning up is still speech: "The firm admitted that 40 staff had been underpaid."
    admitted = claims_of("The firm admitted that 40 staff had been underpaid.")
    assert claim_of(admitted, 40).source == "The firm"


def test_a_figure_put_at_a_bare_number_the_recogniser_called_a_date_is_a_claim() -> None:
    claims = claims_of(
        "The Red Crescent put the death toll higher, at 58, and said more than 12,000 people "
        "had been forced from their homes."
    )
    assert claim_of(claims, 58).source == "Red Crescent"
    # A year put at stays a date: "put the start at 2027" counts nothing.
    assert not [c for c in claims_of("The board put the start at 2027.") if c.value == 2027]


def test_figures_from_a_body_show_at_the_sentence_end_are_that_bodys() -> None:
    # The parser reads "show" as the last noun of the board's name, so no verb sources it.
    claims = claims_of(
        "Only 38% of pupils in the Marrow valley passed the swimming test last summer, down "
        "from 47% the year before, figures from the county education board show.\n\n"
        "Parents have asked for more lessons."
    )
    assert "education board" in (claim_of(claims, 38).source or "")
    assert "education board" in (claim_of(claims, 47).source or "")


def test_a_figure_stated_by_a_role_is_the_untagged_name_in_apposition() -> None:
    claims = claims_of(
        "Tolley's solicitor, Ivo Dane, told the court his client had repaid £15,000."
    )
    assert claim_of(claims, 15000).source == "Ivo Dane"


def test_one_of_a_group_named_in_apposition_is_the_source() -> None:
    claims = claims_of(
        "Shellfish farmers say they have lost half their income. One of them, Colm Gallagher, "
        "said he had been forced to lay off six of his eight workers."
    )
    assert claim_of(claims, 6).source == "Colm Gallagher"


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "A poll published on Thursday by the Institute for Civic Opinion found 52% in favour.",
            52,
            "Institute for Civic Opinion",
        ),
        (
            "A survey by the Institute for Civic Opinion found 54% against.",
            54,
            "Institute for Civic Opinion",
        ),
        ("The report found 3,000 homes were at risk, the council said.", 3000, "the council"),
        # A deed, not a finding.
        ("Rescuers found 12 survivors in the rubble.", 12, None),
    ],
)
def test_what_a_study_or_poll_found_is_its_issuers(
    text: str, value: float, source: str | None
) -> None:
    assert claim_of(claims_of(text), value).source == source
