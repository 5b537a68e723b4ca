"""The remembering lemmatizer (``facts.lemmas``) gives the lemmas of spaCy's own."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.facts.lemmas import FACTORY, RememberingLemmatizer
from dateline.facts.nlp import english_pipeline

TEXT = (
    "The ferries were running late, and the harbour masters said they had warned the crews. "
    "Running the ferries costs more: the council's figures show costs rose by 12% as fares "
    "fell. Better boats are coming, said Ines Marlow, who runs the better of the two yards. "
    "She has said the boats' engines were built by Tallow Works, and they're gonna last. "
    "The old building was left empty; crews are building a shed on the left bank, where "
    "she saw the saw that leaves marks, and the meeting was meeting its costs."
)


def _parse(nlp: Language, stock: bool) -> Doc:
    """``TEXT`` through ``nlp``, with spaCy's own lemmatizer in place of ours if ``stock``."""
    doc = nlp.make_doc(TEXT)
    for name, component in nlp.pipeline:
        if stock and name == FACTORY:
            component = component.lemmatizer
        doc = component(doc)
    return doc


def test_lemmas_are_those_of_the_stock_lemmatizer() -> None:
    nlp = english_pipeline()
    remembering = nlp.get_pipe(FACTORY)
    assert isinstance(remembering, RememberingLemmatizer)
    stock = [token.lemma_ for token in _parse(nlp, stock=True)]
    # The text needs lemmatising, and one word by its part of speech ("building", "left").
    assert {"run", "be", "build", "building", "leave", "left"} <= set(stock)
    # Twice: the second time every word is answered from memory.
    for _ in range(2):
        assert [token.lemma_ for token in _parse(nlp, stock=False)] == stock
    assert remembering.known
