"""Wire copies are linked to their earliest copy; distinct reports are not; restore replays add."""

from __future__ import annotations

from functools import cache

import pytest

from dateline.archive.duplicates import MAX_BUCKET_ROWS, DuplicateIndex, DuplicateMatch
from dateline.similarity import minhash

WIRE = [
    "HALVIK, March 4 (Meridian Wire) - The River Vell burst its banks overnight and flooded much "
    "of Halvik, forcing about 4,000 people from their homes, emergency services said.",
    "Boats from the fire brigade ferried elderly residents out of the flooded terraces near the "
    "railway station while volunteers filled sandbags in the market square.",
    "Power was cut to 1,200 households after a substation on the edge of town was submerged, "
    "and drinking water was being delivered by tanker to the worst-hit streets.",
    "Police said nine people were still unaccounted for, including two children swept away near "
    "a footbridge on the northern bank of the river.",
    "Halvik last flooded in 1998, when the river rose more than five metres in a single night "
    "and the old quarter was under water for a week.",
    '"We have never seen the water come up this fast," said Ilse Marchetti, the mayor of '
    "Halvik, who toured the shelters in the evening.",
    "Forecasters warned of more heavy rain over the hills above the river at the weekend, and "
    "schools across the region stayed closed until further notice.",
    "Insurers estimated early claims at several hundred million, though adjusters had not yet "
    "reached the streets along the embankment.",
]
#: A later report on the same flood: new facts, one background paragraph repeated.
FOLLOW_UP = [
    "The death toll from the floods in Halvik rose to seven as rescuers reached villages "
    "downstream on the River Vell that had been cut off for two days.",
    "Army engineers began building a temporary bridge to replace the footbridge that collapsed "
    "on Tuesday, the regional government said.",
    WIRE[4],
    "Farmers downstream reported livestock losses and fields left under a metre of silt, and "
    "the agriculture ministry promised emergency payments within a month.",
    '"The priority now is to find the missing and get clean water to every home," said Tomas '
    "Varga, the regional minister, after visiting the shelters.",
]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_edited_copies_link_to_the_original() -> None:
    index = DuplicateIndex()
    assert index.add(1, text(WIRE), "2025-03-04T08:00:00+00:00") is None
    trimmed = index.add(2, text(WIRE[:4]), "2025-03-04T10:00:00+00:00")
    regional = [
        "People in Carrow Bay were following events in Halvik closely on Tuesday.",
        *WIRE[:6],
        "A collection for those affected has been organised at the town hall in Carrow Bay.",
    ]
    extended = index.add(3, text(regional), "2025-03-04T11:30:00+02:00")
    assert isinstance(trimmed, DuplicateMatch) and trimmed.duplicate_of == 1
    assert isinstance(extended, DuplicateMatch) and extended.duplicate_of == 1
    # The trimmed copy is linked although it shares only about half the union of shingles.
    assert trimmed.similarity < 0.6
    assert trimmed.similarity < extended.similarity < 1.0
    assert sorted(index.copies(2)) == [1, 2, 3]


def test_distinct_report_of_the_same_event_is_not_linked() -> None:
    index = DuplicateIndex()
    index.add(1, text(WIRE), "2025-03-04T08:00:00Z")
    assert index.add(2, text(FOLLOW_UP), "2025-03-06T08:00:00Z") is None
    assert index.copies(2) == [2]


def test_an_earlier_copy_arriving_later_becomes_the_original() -> None:
    index = DuplicateIndex()
    index.add(10, text(WIRE[:5]), "2025-03-04T12:00:00Z")
    index.add(11, text(WIRE[:6]), "2025-03-04T15:00:00Z")
    assert index.match(11) == DuplicateMatch(10, index.match(11).similarity)
    assert index.add(12, text(WIRE), "2025-03-04T08:00:00Z") is None
    assert sorted(index.repointed) == [10, 11]
    assert index.match(10).duplicate_of == 12
    assert index.match(11).duplicate_of == 12
    assert index.match(12) is None
    later = index.add(13, text(WIRE[:3]), None)
    assert later is not None and later.duplicate_of == 12
    assert index.repointed == ()


def test_undated_copies_follow_dated_ones_and_ties_keep_arrival_order() -> None:
    index = DuplicateIndex()
    index.add(1, text(WIRE), None)
    assert index.add(2, text(WIRE[:6]), "2025-03-04") is None
    assert index.match(1).duplicate_of == 2
    index.add(3, text(WIRE[:5]), "2025-03-04")
    assert index.match(3).duplicate_of == 2


def test_on_one_day_a_timed_copy_comes_before_a_bare_date() -> None:
    index = DuplicateIndex()
    index.add(1, text(WIRE), "2025-03-04T14:05:00+01:00")
    index.add(2, text(WIRE[:6]), "2025-03-04")  # the day only, read as its midnight
    assert index.match(2).duplicate_of == 1 and index.match(1) is None
    index.add(3, text(WIRE[:5]), "2025-03-03")  # a day earlier: still the original
    assert index.match(1).duplicate_of == 3 and index.match(2).duplicate_of == 3


def test_restore_from_signatures_replays_add() -> None:
    bodies = [WIRE, WIRE[:4], FOLLOW_UP, WIRE[1:], FOLLOW_UP[:3]]
    dates = ["2025-03-04T09:00Z", "2025-03-04T07:00Z", "2025-03-06", None, "2025-03-06T10:00Z"]
    added, restored = DuplicateIndex(), DuplicateIndex()
    for article_id, (body, published) in enumerate(zip(bodies, dates, strict=True)):
        added.add(article_id, text(body), published)
        stored = minhash.to_bytes(minhash.signature(text(body)))
        restored.restore(article_id, minhash.from_bytes(stored), published)
    assert [added.match(i) for i in range(5)] == [restored.match(i) for i in range(5)]
    assert added.match(0).duplicate_of == 1


def test_short_texts_are_never_linked_and_ids_are_unique() -> None:
    index = DuplicateIndex()
    assert index.add(1, "Floods in Halvik.", "2025-03-04") is None
    assert index.add(2, "Floods in Halvik.", "2025-03-05") is None
    with pytest.raises(ValueError, match="article 1"):
        index.add(1, text(WIRE), None)


@cache
def _corpus_records() -> list:
    from benchmarks.archive_quality import extract_all
    from benchmarks.wirecorpus import generate

    return extract_all(generate(seed=31, stories_per_topic=2).pages)[0]


def test_wirecorpus_duplicates_stay_above_the_floor() -> None:
    from benchmarks.archive_quality import duplicate_groups, pairwise

    records = _corpus_records()
    truth = {r.page.page_id: r.page.wire_group for r in records}
    scores = pairwise(duplicate_groups(records, DuplicateIndex()), truth)
    assert scores.true_pairs > 100
    assert scores.f1 >= 0.95


def test_a_story_with_more_copies_than_a_bucket_keeps_links_every_copy_to_the_earliest() -> None:
    index, restored = DuplicateIndex(), DuplicateIndex()
    copies = MAX_BUCKET_ROWS + 8  # every bucket of the story fills up
    for article_id in range(copies):
        published = f"2025-03-04T{10 + article_id // 60:02d}:{article_id % 60:02d}:00Z"
        index.add(article_id, text(WIRE), published)
        restored.restore(article_id, minhash.signature(text(WIRE)), published)
    assert {index.match(i).duplicate_of for i in range(1, copies)} == {0}
    assert index.add(copies, text(WIRE), "2025-03-04T06:00:00Z") is None  # earlier: the original
    assert set(index.repointed) == set(range(copies))
    assert {index.match(i).duplicate_of for i in range(copies)} == {copies}
    assert index.add(copies + 1, text(FOLLOW_UP), "2025-03-06T08:00:00Z") is None
    restored.restore(copies, minhash.signature(text(WIRE)), "2025-03-04T06:00:00Z")
    assert [restored.match(i) for i in range(copies + 1)] == [
        index.match(i) for i in range(copies + 1)
    ]


def test_boilerplate_shared_by_many_pages_neither_links_them_nor_hides_a_later_copy() -> None:
    # Every page of an outlet ends with the same two paragraphs; the buckets of their shingles
    # fill up with the first pages. A copy of a page that came after them is still found
    # through the buckets of its own text.
    boilerplate = [
        "Sign up for the Harbour Ledger morning briefing to get the day's top stories from the "
        "harbour towns, the council chamber and the courts delivered to your inbox before seven.",
        "The Harbour Ledger is an independent newsroom funded by its readers; reporting from the "
        "coast is supported by the Tidewater Foundation, which has no say over what we publish.",
    ]
    index = DuplicateIndex()

    def page(number: int) -> str:
        own = f"Report {_spelled(number)} on the harbour: " + " ".join(
            f"{_spelled(number * 31 + word)}" for word in range(40)
        )
        return text([own, *boilerplate])

    pages = 3 * MAX_BUCKET_ROWS
    for number in range(pages):
        assert index.add(number, page(number), f"2025-05-0{1 + number % 9}T08:00:00Z") is None
    copy = index.add(pages, page(pages - 5), "2025-05-09T12:00:00Z")
    assert isinstance(copy, DuplicateMatch) and copy.duplicate_of == pages - 5


def _spelled(number: int) -> str:
    """A distinct invented word for each number."""
    return "".join("bdfgklmnprstvz"[int(d)] + "aeiou"[int(d) % 5] for d in f"{number:05d}")


def test_an_original_arriving_after_copies_that_differ_from_each_other_gathers_them() -> None:
    # Two outlets cut the report differently and topped it with their own paragraphs: neither
    # copy verifies against the other, both against the report.
    head = ["Readers in Carrow Bay with family in Halvik can call the council hotline.", *WIRE[:4]]
    tail = [*WIRE[4:], "A collection has been organised at the town hall in Ulmsted."]
    index = DuplicateIndex()
    assert index.add(1, text(head), "2025-03-04T12:00:00+00:00") is None
    assert index.add(2, text(tail), "2025-03-04T13:00:00+00:00") is None
    assert index.add(3, text(WIRE), "2025-03-04T08:00:00+00:00") is None
    assert sorted(index.repointed) == [1, 2]
    assert [index.match(i).duplicate_of for i in (1, 2)] == [3, 3]  # type: ignore[union-attr]
    assert sorted(index.copies(1)) == [1, 2, 3]
    # A later page holding both parts is linked to one group; groups it does not precede stay.
    later = DuplicateIndex()
    assert later.add(1, text(head), "2025-03-04T12:00:00+00:00") is None
    assert later.add(2, text(tail), "2025-03-04T13:00:00+00:00") is None
    assert later.add(3, text(WIRE), "2025-03-05T08:00:00+00:00") is not None
    assert sorted(later.copies(1)) != sorted(later.copies(2))
