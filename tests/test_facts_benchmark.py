"""The facts benchmark's speaker rule (issue 3): a speaker is right when its mention overlaps
the annotated source, or when both name the same person, organisation or group."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline.facts.nlp import ModelMissing, english_pipeline

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

try:
    NLP = english_pipeline()
except ModelMissing:  # pragma: no cover - the facts extra is not installed
    pytest.skip("no English spaCy pipeline installed", allow_module_level=True)

from benchmarks.facts import _speaker_right  # noqa: E402
from benchmarks.polnear import GoldAttribution  # noqa: E402
from dateline.facts.people import find_people  # noqa: E402
from dateline.facts.quotes import Attribution  # noqa: E402

TEXT = (
    "The port authority met on Monday. Harbour master Lena Dahl said the pier was unsafe. "
    "The port authority, which owns the pier, said it would close."
)


def _predicted(speaker: str | None, mention: str) -> Attribution:
    start = TEXT.index(mention)
    content = TEXT.index("it would close")
    return Attribution(
        ((content, content + 14),), "indirect", None, (start, start + len(mention)), speaker, ""
    )


def _gold(source: str, occurrence: int = 0) -> GoldAttribution:
    start = TEXT.index(source)
    for _ in range(occurrence):
        start = TEXT.index(source, start + 1)
    content = TEXT.index("it would close")
    return GoldAttribution(((content, content + 14),), ((start, start + len(source)),), False)


def test_same_organisation_named_elsewhere_is_right() -> None:
    doc = NLP(TEXT)
    people = find_people(doc)
    # Our mention is the relative pronoun; the annotated source is an earlier mention.
    found = _predicted("The port authority", "which")
    assert _speaker_right(found, _gold("The port authority"), doc, people)


def test_another_name_or_no_speaker_is_wrong() -> None:
    doc = NLP(TEXT)
    people = find_people(doc)
    gold = _gold("The port authority")
    assert not _speaker_right(_predicted("the pier", "which"), gold, doc, people)
    assert not _speaker_right(_predicted(None, "which"), gold, doc, people)


def test_a_person_named_by_another_mention_is_right() -> None:
    doc = NLP(TEXT)
    people = find_people(doc)
    found = _predicted("Lena Dahl", "Dahl")
    assert _speaker_right(found, _gold("Harbour master Lena Dahl"), doc, people)
    assert not _speaker_right(found, _gold("The port authority", 1), doc, people)
