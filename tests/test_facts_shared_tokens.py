"""The token list and text the facts rules share for one doc (``facts.nlp.shared_tokens``)."""

from __future__ import annotations

import importlib

import pytest
import spacy

from dateline.facts.nlp import english_pipeline, shared_tokens, text_of, tokens_of

#: The module, which the package's ``analyze`` function shadows.
analyze_module = importlib.import_module("dateline.facts.analyze")
TEXT = "The Marrow Street library reopens on Monday, the council said. It seats ninety."


def test_rules_share_one_token_list_and_text_inside_the_block() -> None:
    doc = spacy.blank("en")(TEXT)
    with shared_tokens(doc):
        first = tokens_of(doc)
        assert tokens_of(doc) is first
        assert [token.text for token in first] == [token.text for token in doc]
        assert text_of(doc) == doc.text == TEXT


def test_the_shared_list_leaves_the_doc_afterwards() -> None:
    doc = spacy.blank("en")(TEXT)
    with shared_tokens(doc):
        pass
    assert doc.user_data == {}  # no list of tokens left to tie the doc in a reference cycle
    assert tokens_of(doc) is not tokens_of(doc)  # outside a block, a new list each time
    assert text_of(doc) == TEXT


def test_the_text_given_is_the_one_shared() -> None:
    doc = spacy.blank("en")(TEXT)
    with shared_tokens(doc, TEXT):
        assert text_of(doc) is TEXT


def test_a_parse_keeps_every_character_of_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``analyze`` shares the text it parsed as the doc's text, also when parsed in pieces.
    text = "  Ward 4 reopens.\n\n\tThe  council said so.\n \nIt seats ninety.  "
    monkeypatch.setattr(analyze_module, "MAX_CHUNK_CHARS", 20)
    doc = analyze_module.parse(english_pipeline(), text)
    assert doc.text == text
