"""Qualifiers before a number: "at least 12", "nearly 1.4 million", "some 300"."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.facts.nlp import tokens_of

#: Qualifiers as written before a number, longest first so "just over" wins over "over".
QUALIFIERS = (
    "more than", "at least", "up to", "as many as", "as much as", "as few as", "as little as",
    "as high as", "as low as", "fewer than", "less than", "close to",
    "an estimated", "upwards of", "in excess of", "at most", "no more than", "just over",
    "just under", "well over", "nearly", "almost", "about", "around", "roughly",
    "approximately", "over", "some", "under", "estimated", "only", "just", "exactly",
)  # fmt: skip
CURRENCY_SIGNS = frozenset("$€£₦¥₹")
_LONGEST = max(len(q.split()) for q in QUALIFIERS)
_BY_LENGTH = sorted(QUALIFIERS, key=lambda q: -len(q.split()))


def qualifier_before(doc: Doc, start: int) -> str | None:
    """The qualifier written right before the number that starts at token ``start``, in lower
    case ("at least"), or None. A currency sign between them is skipped ("about $3m")."""
    if start and doc[start - 1].text in CURRENCY_SIGNS:
        start -= 1
    words = [t.lower_ for t in tokens_of(doc)[max(0, start - _LONGEST) : start]]
    for qualifier in _BY_LENGTH:
        parts = qualifier.split()
        if words[-len(parts) :] == parts:
            return qualifier
    return None
