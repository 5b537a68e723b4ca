"""Organisations and places: merged mentions, acronyms, junk dropped."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.facts.entities import clean_name, find_entities
from dateline.facts.nlp import english_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return english_pipeline()


def test_acronym_and_article_variants_are_one_organisation(nlp: Language) -> None:
    doc = nlp(
        "The National Emergency Management Agency (NEMA) sent boats to Makurdi. NEMA said the "
        "agency had 40 staff there. The National Emergency Management Agency's chief flew to "
        "Makurdi on Monday."
    )
    orgs, places = find_entities(doc)
    # two full names, two acronyms and "the agency"
    assert [(o.name, o.mentions) for o in orgs] == [("National Emergency Management Agency", 5)]
    # the tagger calls the second "Makurdi" an organisation; the name keeps one label
    assert [(p.name, p.mentions) for p in places] == [("Makurdi", 2)]


def test_repeats_differing_in_case_merge_under_the_body_spelling(nlp: Language) -> None:
    doc = nlp("KUMASI, Ghana - Police in Kumasi said the market in KUMASI had burned.")
    _, places = find_entities(doc)
    assert [(p.name, p.mentions) for p in places] == [("Kumasi", 3), ("Ghana", 1)]


def test_people_tagged_as_organisations_are_left_out(nlp: Language) -> None:
    doc = nlp("Aondona Terver spoke first. Terver, 52, said the Red Cross had arrived.")
    orgs, _ = find_entities(doc, ["Aondona Terver"])
    assert "Terver" not in [o.name for o in orgs]


def test_an_article_without_names_has_no_entities(nlp: Language) -> None:
    assert find_entities(nlp("it rained all day and the river rose.")) == ([], [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Red Cross", "Red Cross"),
        ("Red Cross's", "Red Cross"),
        ("The  Ministry of\nWater Resources", "Ministry of Water Resources"),
        ("“Harbour Trust”", "Harbour Trust"),
    ],
)
def test_clean_name(text: str, name: str) -> None:
    assert clean_name(text) == name


def test_a_one_word_short_form_joins_the_one_name_it_ends(nlp: Language) -> None:
    doc = nlp(
        "The New York Post reported the fire first. The Post said 12 firefighters were hurt. "
        "The African Union and the European Union met; the Union issued no statement."
    )
    orgs, _ = find_entities(doc)
    names = {o.name: o.mentions for o in orgs}
    assert names.get("New York Post") == 2 and "Post" not in names
    # "the Union" could be either: it stays apart
    assert (names["African Union"], names["European Union"], names["Union"]) == (1, 1, 1)


def test_the_portfolio_of_a_title_is_not_an_organisation(nlp: Language) -> None:
    doc = nlp(
        "Interior Minister Maria Kovacs visited the dam on Monday. Defence Minister Pavel Novak "
        "said the army was ready. The Interior Ministry said 40 people died."
    )
    orgs, _ = find_entities(doc, ["Maria Kovacs", "Pavel Novak"])
    names = [o.name for o in orgs]
    assert "Interior" not in names and "Defence" not in names
    assert "Interior Ministry" in names


def test_a_person_behind_role_words_is_no_organisation() -> None:
    from dateline.facts.analyze import analyze
    from dateline.model import Article

    facts = analyze(
        Article(
            text="Two men were arrested on Sunday afternoon.\n\n"
            'Detective Sergeant Nadia Rourke said: "We believe this was a targeted attack and '
            'there is no wider risk to the public."\n\n'
            "Anyone with information should call police, the sergeant said.",
            language="en",
        )
    )
    assert [(p.name, p.titles) for p in facts.people] == [("Nadia Rourke", ["Detective Sergeant"])]
    assert "Detective Sergeant Nadia Rourke" not in [o.name for o in facts.organizations]
    assert [q.speaker for q in facts.quotes] == ["Nadia Rourke", "Nadia Rourke"]
