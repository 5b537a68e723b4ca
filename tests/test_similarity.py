"""MinHash signatures: deterministic, picklable, storable, and similar only for similar texts."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import numpy as np
import pytest

from dateline.similarity import minhash
from dateline.similarity.shingles import shingle_hashes

PARAGRAPHS = [
    "The River Vell burst its banks overnight and flooded much of Halvik, forcing about 4,000 "
    "people from their homes, emergency services said on Tuesday.",
    "Boats from the fire brigade ferried elderly residents out of the flooded terraces near the "
    "railway station while volunteers filled sandbags in the market square.",
    "Power was cut to 1,200 households after a substation on the edge of town was submerged, "
    "and drinking water was being delivered by tanker.",
    "Police said nine people were still unaccounted for, including two children swept away near "
    "a footbridge on the northern bank.",
    "Forecasters warned of more heavy rain over the hills above the river at the weekend, and "
    "schools across the region stayed closed.",
    '"We have never seen the water come up this fast," said Ilse Marchetti, the mayor of '
    "Halvik, who toured the shelters in the evening.",
]
STORY = "\n\n".join(PARAGRAPHS)
OTHER = (
    "Voters in Corvale went to the polls on Sunday to choose a new mayor in a race that surveys "
    "showed was too close to call, with housing costs and transport fares the main issues. "
    "Turnout reached 61 percent by the close of polls, the electoral commission said."
)


def test_signature_is_a_plain_array_with_the_shingle_count() -> None:
    sig = minhash.signature(STORY)
    assert sig.dtype == np.uint32
    assert sig.shape == (minhash.NUM_PERM + 1,)
    assert minhash.shingle_count(sig) == len(shingle_hashes(STORY))


def test_signature_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        "import sys; from dateline.similarity import minhash; "
        "sys.stdout.write(minhash.to_bytes(minhash.signature(sys.stdin.read())).hex())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code], input=STORY, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert bytes.fromhex(result.stdout) == minhash.to_bytes(minhash.signature(STORY))


def test_identical_near_and_distinct_texts() -> None:
    sig = minhash.signature(STORY)
    assert minhash.similarity(sig, minhash.signature(STORY)) == 1.0
    edited = STORY.replace("said on Tuesday", "said on Wednesday").replace("nine", "eleven")
    assert minhash.similarity(sig, minhash.signature(edited)) > 0.7
    assert minhash.similarity(sig, minhash.signature(OTHER)) < 0.1


def test_case_and_punctuation_do_not_change_the_shingles() -> None:
    assert np.array_equal(
        minhash.signature(STORY), minhash.signature(STORY.upper().replace(",", " ; "))
    )


def test_trimmed_copy_has_low_jaccard_but_high_containment() -> None:
    full = minhash.signature(STORY)
    trimmed = minhash.signature("\n\n".join(PARAGRAPHS[:3]))
    assert minhash.similarity(full, trimmed) < 0.7
    assert minhash.containment(full, trimmed) > 0.85


def test_empty_and_short_texts() -> None:
    empty = minhash.signature("")
    assert minhash.shingle_count(empty) == 0
    assert minhash.similarity(empty, empty) == 0.0
    assert minhash.containment(empty, minhash.signature(STORY)) == 0.0
    assert minhash.shingle_count(minhash.signature("Floods in Halvik")) == 1


def test_band_keys_agree_for_equal_bands_only() -> None:
    keys = minhash.band_keys(minhash.signature(STORY))
    assert len(keys) == minhash.NUM_PERM // minhash.BAND_ROWS
    assert all(0 <= key < 2**63 for key in keys)
    assert keys == minhash.band_keys(minhash.signature(STORY))
    assert not set(keys) & set(minhash.band_keys(minhash.signature(OTHER)))
    assert len(minhash.band_keys(minhash.signature(STORY), rows=4)) == minhash.NUM_PERM // 4


def test_storage_and_pickling_round_trip() -> None:
    sig = minhash.signature(STORY)
    data = minhash.to_bytes(sig)
    assert len(data) == 4 * (minhash.NUM_PERM + 1)
    assert np.array_equal(minhash.from_bytes(data), sig)
    assert np.array_equal(pickle.loads(pickle.dumps(sig)), sig)
    with pytest.raises(ValueError, match="has 12"):
        minhash.from_bytes(b"\x00" * 12)
