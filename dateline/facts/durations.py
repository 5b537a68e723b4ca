"""How long something lasted or was given: "lasted three weeks", "asked for 14 years", "a
10-year sentence". The entity recogniser tags these as DATE (or TIME for hours), which made every
number inside a date no claim; a length of time is a measure the article asserts like any other."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.facts.nlp import tokens_of
from dateline.facts.qualifiers import QUALIFIERS

#: Units of a length of time, singular and plural.
DURATION_UNITS = frozenset(
    {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
     "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades",
     "century", "centuries"}
)  # fmt: skip
#: Words before the length that make it a point or a window in time, not a length: "in two
#: days" (sold out within them), "after three weeks", "since five years", "over the past 20
#: years". The claims fixture's "sold out in two days" is no claim.
_WINDOW_WORDS = frozenset(
    {"in", "within", "after", "before", "since", "by", "until", "till", "over", "during",
     "past", "last", "next", "every", "each", "per", "the", "first", "final"}
)  # fmt: skip
_QUALIFIER_WORDS = frozenset(word for q in QUALIFIERS for word in q.split())
#: Debt whose maturity names it ("10-year bond yields", "30-year mortgages", "two-year
#: notes"): the length is the instrument's name, not a length the article asserts (review of
#: session 19: each was a claim).
_TENOR_NOUNS = frozenset(
    {"bond", "note", "bill", "treasury", "gilt", "bund", "yield", "mortgage", "loan", "swap",
     "rate", "debt", "paper", "security", "maturity", "jgb", "btp", "oat"}
)  # fmt: skip
#: The recogniser's labels of times and dates, which it also gives amounts it misreads ("£18bn
#: a year" as a DATE); the claims reader uses them too.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
_CLOCK_TIME = re.compile(r"0\d")


def is_duration(doc: Doc, start: int, end: int) -> bool:
    """Whether the number at ``doc[start:end]``, inside a DATE or TIME entity, is a length of
    time: the entity holds only a qualifier, the number and its unit ("nearly 18 hours"), or the
    number glued by a hyphen to a singular unit that describes a noun after it ("a 10-year
    sentence", digits only as for other hyphened modifiers); and no word before it makes it a
    window or a point in time ("in two days", "three weeks ago", "the past 20 years")."""
    if not all(t.ent_type_ in TIME_ENTITIES for t in tokens_of(doc)[start:end]):
        return False
    if _CLOCK_TIME.match(doc[start].text):
        return False  # "0600 hours" is a time of day
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while first < start and doc[first].pos_ == "VERB":
        first += 1  # "would last 50 years": a verb the recogniser put in the date
    if any(t.lower_ not in _QUALIFIER_WORDS for t in tokens_of(doc)[first:start]):
        return False
    last = end
    while last < len(doc) and doc[last].ent_iob_ == "I" and doc[last].ent_type_ in TIME_ENTITIES:
        last += 1
    rest = doc[end:last]
    if len(rest) == 1 and rest[0].lower_ in DURATION_UNITS:
        pass  # "three weeks", "14 years"
    elif (
        len(rest) == 2
        and rest[0].text == "-"
        and not doc[end - 1].whitespace_
        and doc[end - 1].text.isdecimal()
        and rest[1].lower_ in DURATION_UNITS
        and last < len(doc)
        and doc[last].pos_ == "NOUN"
        and doc[last].lemma_.lower() not in _TENOR_NOUNS
    ):
        pass  # "a 10-year sentence", "a 48-hour strike"
    else:
        return False
    before = doc[first - 1] if first else None
    # The verb "last" is a length's, not the window word ("the last 20 years").
    return before is None or before.pos_ == "VERB" or before.lower_ not in _WINDOW_WORDS
