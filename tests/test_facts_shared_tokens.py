"""The token list and text the facts rules share for one doc (``facts.nlp.shared_tokens``)."""

from __future__ import annotations

import spacy

from dateline.facts.nlp import shared_tokens, text_of, tokens_of

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
