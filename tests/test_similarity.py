"""MinHash signatures: deterministic, picklable, storable, and similar only for similar texts."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import subprocess
import sys
import zlib

import numpy as np
import pytest

from dateline.similarity import minhash
from dateline.similarity.shingles import SHINGLE_WORDS, shingle_hashes

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


MASK = 2**64 - 1
TRICKY = [
    "",
    "Two words",
    "One, two; three: four!",
    "snake_case __x__ a_b-c.d",
    "It’s the “mayor’s” plan — STRASSE Straße ǅ İstanbul ﬁne",
    "市议会周一通过了新的渡轮时刻表，渡轮。 مرحبا بالعالم، ١٢٣ ٤٥٦ Привет, мир!",
    "tab\tfs\x1cgs\x1d nel\x85nbsp\xa0em\u2003ideo\u3000end e\u0301 😀a😀b 𝟙𝟚",
    "lone\ud800surrogate \udfff alone",
]


def plain_mix(value: int) -> int:
    """The splitmix64 finaliser on a Python int."""
    value = ((value >> 30) ^ value) * 0xBF58476D1CE4E5B9 & MASK
    value = ((value >> 27) ^ value) * 0x94D049BB133111EB & MASK
    return (value >> 31) ^ value


def plain_shingle_hashes(text: str, size: int) -> list[int]:
    """The shingle hashes as defined, word by word: CRC-32 of each case-folded ``\\w`` run,
    mixed, then each run of ``size`` combined in order (times the step, plus the next) and
    mixed again."""
    word_hashes = [
        plain_mix(zlib.crc32(word.encode())) for word in re.findall(r"\w+", text.casefold())
    ]
    span = min(size, len(word_hashes))
    shingles = set()
    for start in range(len(word_hashes) - span + 1 if word_hashes else 0):
        combined = 0
        for word_hash in word_hashes[start : start + span]:
            combined = (combined * 0x9E3779B97F4A7C15 + word_hash) & MASK
        shingles.add(plain_mix(combined))
    return sorted(shingles)


@pytest.mark.parametrize("text", [*TRICKY, " ".join(TRICKY) * 40], ids=lambda text: f"{len(text)}")
@pytest.mark.parametrize("size", [1, 3, 5])
def test_shingle_hashes_match_their_word_by_word_definition(text: str, size: int) -> None:
    hashes = shingle_hashes(text, size)
    assert hashes.dtype == np.uint64
    assert hashes.tolist() == plain_shingle_hashes(text, size)


def test_signature_is_the_minimum_of_each_hash_function() -> None:
    words = enumerate(STORY.split() * 4)
    text = " ".join(f"{word}{number}" for number, word in words)  # 616 shingles, 3 blocks
    hashes = plain_shingle_hashes(text, SHINGLE_WORDS)
    count = minhash.NUM_PERM
    steps = range(1, 2 * count + 1)
    sequence = [plain_mix((step * 0x9E3779B97F4A7C15 + minhash.SEED) & MASK) for step in steps]
    parameters = zip(sequence[:count], sequence[count:], strict=True)
    expected = [min(((a | 1) * value + b) & MASK for value in hashes) >> 32 for a, b in parameters]
    assert minhash.signature(text).tolist() == [*expected, len(hashes)]


def test_stored_signatures_do_not_change() -> None:
    digest = hashlib.sha256(minhash.to_bytes(minhash.signature(STORY))).hexdigest()
    assert digest == "3ca946364f9a866539b7b18077cb9638c64d30af59427610c080e7f84a153d7d"


def test_a_shingle_of_no_words_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one word"):
        shingle_hashes("Two words", 0)
