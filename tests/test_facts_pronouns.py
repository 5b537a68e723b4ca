"""Pronoun speakers and sources: "he"/"she" stand for a person of their gender, the nearest
subject first, and a gender that only pronouns suggested stays open to correction. The given
names here are invented, so that no list of names decides the gender."""

from __future__ import annotations

import pytest

from dateline.facts.nlp import ModelMissing, english_pipeline

try:
    NLP = english_pipeline()
except ModelMissing:  # pragma: no cover - the facts extra is not installed
    pytest.skip("no English spaCy pipeline installed", allow_module_level=True)

from dateline.facts.people import find_people
from dateline.facts.quotes import find_quotes
from dateline.model import Quote


def _quotes(text: str) -> list[Quote]:
    doc = NLP(text)
    return find_quotes(doc, find_people(doc))


def _speaker(text: str, words: str) -> str | None:
    quotes = _quotes(text)
    for quote in quotes:
        if words in quote.text:
            return quote.speaker
    raise AssertionError(f"no quote holds {words!r}: {[q.text for q in quotes]}")


def _pronoun(text: str, word: str, nth: int = 0) -> str | None:
    doc = NLP(text)
    people = find_people(doc)
    hits = [t for t in doc if t.text == word]
    return people.name_for(doc[hits[nth].i : hits[nth].i + 1])


def test_a_pronoun_in_a_reported_clause_is_that_clauses_subject() -> None:
    text = (
        "Prosecutor Velka Ardmore told the jury that Rusan Idowe had approved 37 invoices from "
        "a shell company, which he controlled through his brother-in-law. The payments ranged "
        "from £18,000 to £140,000, she said."
    )
    assert _pronoun(text, "he") == "Rusan Idowe"
    assert _speaker(text, "payments ranged") == "Velka Ardmore"


def test_a_gender_one_pronoun_guessed_yields_to_a_later_pronoun() -> None:
    # The only person in reach takes the "he" in the first paragraph; the "she" that follows
    # has no one else to stand for.
    text = (
        "Prosecutor Velka Ardmore opened the case on Monday. The invoices came from a firm "
        "which he controlled, the court heard. The payments ranged from £18,000 to £140,000, "
        "she said."
    )
    assert _speaker(text, "payments ranged") == "Velka Ardmore"


def test_a_pronoun_inside_a_quotation_gives_the_speaker_no_gender() -> None:
    text = (
        "Substitute Joram Petrakis sealed the win in stoppage time. Rovers manager Ysolde "
        "Brandvik said the striker had been carrying an injury. “He told me on Thursday that "
        "he wanted to play,” she added."
    )
    assert _speaker(text, "wanted to play") == "Ysolde Brandvik"


def test_a_one_word_name_that_may_be_a_place_is_no_pronoun_antecedent() -> None:
    text = (
        "Dr. Ysolde Brandvik runs the vaccination programme. In Varro, coverage is as low as "
        "61 percent, and Dunmore has fewer nurses than ever. The ministry has opened 45 "
        "clinics since Monday, she said."
    )
    assert _speaker(text, "45 clinics") == "Ysolde Brandvik"


def test_a_one_word_name_that_speaks_is_a_pronoun_antecedent() -> None:
    text = (
        "Dr. Ysolde Brandvik runs the programme. Okonjo said the pier was unsafe. "
        "“It is finished,” she said."
    )
    assert _speaker(text, "It is finished") == "Okonjo"


def test_a_common_given_name_gives_the_gender() -> None:
    # Common given names, invented surnames: the nearer subject is the man.
    text = (
        "Miriam Kestrel-Obi met Julian Varga on Monday. Varga spoke first about the budget. "
        "“We will see,” she said."
    )
    assert _speaker(text, "We will see") == "Miriam Kestrel-Obi"


def test_given_names_shared_by_men_and_women_give_no_gender() -> None:
    from dateline.recognise.given_names import given_name_gender

    assert given_name_gender("Nadia") == "f"
    assert given_name_gender("Cormac") == "m"
    assert given_name_gender("Kim") is None  # a Korean surname, and a given name of either
    assert given_name_gender("Sydney") is None  # a place as well


def test_a_speaking_name_the_tagger_calls_an_organisation_is_a_person() -> None:
    text = (
        "The idea has support in parliament. Hedda Lunde-Okafor, a member of the fisheries "
        "committee, said last Thursday that she would table an amendment.\n\n"
        "“We keep saying we care about the coast,” Lunde-Okafor said in an interview."
    )
    doc = NLP(text)
    names = [person.name for person in find_people(doc).people]
    assert "Hedda Lunde-Okafor" in names
    assert _speaker(text, "care about the coast") == "Hedda Lunde-Okafor"


def test_a_subject_inside_the_quotation_does_not_hide_the_pronoun_after_it() -> None:
    # The parser gives "said" two subjects here: "paragraphs" inside the quotation and "she".
    text = (
        "Judith Ferrand has kept the Skarholm light for years. "
        "She said the letter came in January. "
        '"Two paragraphs, after thirty-one years," she said.'
    )
    doc = NLP(text)
    quote = next(q for q in find_quotes(doc, find_people(doc)) if "Two paragraphs" in q.text)
    assert quote.speaker == "Judith Ferrand"


def test_a_given_name_borne_by_men_and_women_fixes_no_gender() -> None:
    # "Oluwaseun" is a Yoruba name of men and of women: listed as a man's, it kept "she" away.
    text = (
        "Chief executive Oluwaseun Adebayo-Clarke blamed rising costs. "
        '"This is not a decision we take lightly," she said in a statement.'
    )
    assert _speaker(text, "not a decision") == "Oluwaseun Adebayo-Clarke"


def test_who_is_asked_about_is_not_who_answers() -> None:
    text = (
        "His lawyer, Peter Obi, told reporters that his client was tired. Asked whether "
        'Viktor Marsh would testify, he said: "That is a decision for later."'
    )
    assert _speaker(text, "a decision for later") == "Peter Obi"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 45-year-old farmer Tom Wilde lost 200 sheep in the flood. "
            '"I have nothing left to sell," the farmer said.',
            "Tom Wilde",
        ),
        (
            "Halden coach Ingrid Solberg watched from the bench. "
            '"We were patient," the coach said.',
            "Ingrid Solberg",
        ),
    ],
)
def test_an_occupation_names_its_one_holder_later(text: str, speaker: str) -> None:
    assert _speaker(text, "") == speaker
