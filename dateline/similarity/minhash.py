"""MinHash signatures of a text's shingles, their similarity, and LSH band keys.

A signature is a plain ``numpy.uint32`` array of ``NUM_PERM + 1`` values: the minimum of each
of ``NUM_PERM`` seeded hash functions over the text's shingles, then the number of distinct
shingles (capped at 2**32 - 1). Keeping the set size in the signature lets a stored row answer
containment ("is this trimmed copy inside that one?") without its text. Plain arrays pickle,
convert to Arrow lists and store as bytes (``to_bytes``) with no custom type.
"""

from __future__ import annotations

import functools

import numpy as np

from dateline.similarity.shingles import SHINGLE_WORDS, mix64, shingle_hashes

#: Hash functions per signature: the standard error of a Jaccard estimate is about
#: sqrt(J(1-J)/128), 0.044 at J = 0.5.
NUM_PERM = 128
#: Signature rows per LSH band. Two rows in 64 bands make a pair with Jaccard 0.2 a candidate
#: 93% of the time and one with 0.05 15%: trimmed wire copies (Jaccard down to 0.26 on the
#: wirecorpus set) are found, and candidates are verified afterwards. Bands of 4 rows lost 3.5
#: points of near-duplicate recall there (benchmarks/archive_quality.py).
BAND_ROWS = 2
#: Seed of the hash functions; changing it changes every stored signature.
SEED = 20261126
_SIZE_CAP = 2**32 - 1
_HIGH = np.uint64(32)
#: Odd constant that spreads band indices before their values are mixed in.
_BAND_STEP = np.uint64(0xD6E8FEB86659FD93)
#: Shingles hashed per block: a block's 256 x NUM_PERM values (256 KiB) stay in the core's
#: cache (10,000 shingles in 1.6 ms; blocks of 4096 took 4.2).
_BLOCK = 256


def _hash_parameters(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Odd multipliers and offsets of ``count`` multiply-shift hash functions: a splitmix64
    sequence from ``seed``, defined here rather than by numpy's random generators, whose streams
    may change between numpy versions (stored signatures must not)."""
    steps = np.arange(1, 2 * count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    sequence = mix64(steps + np.uint64(seed))
    return sequence[:count] | np.uint64(1), sequence[count:]


_MULTIPLIERS, _OFFSETS = _hash_parameters(NUM_PERM, SEED)
_MULTIPLIERS.flags.writeable = False
_OFFSETS.flags.writeable = False
#: The multipliers and offsets repeated in _BLOCK rows. A block's values are a row of NUM_PERM
#: a shingle, made by repeating each hash: whole arrays of one shape multiply and add in
#: numpy's vector loops, a hash broadcast against the multipliers does not (0.044 → 0.033 ms a
#: page on benchmarks/archive_scale.py).
_MULTIPLIER_ROWS = np.tile(_MULTIPLIERS, (_BLOCK, 1))
_OFFSET_ROWS = np.tile(_OFFSETS, (_BLOCK, 1))
_MULTIPLIER_ROWS.flags.writeable = False
_OFFSET_ROWS.flags.writeable = False


def signature_of_hashes(hashes: np.ndarray) -> np.ndarray:
    """The signature of a set of 64-bit shingle hashes (see the module docstring)."""
    mins = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(hashes), _BLOCK):
        block = hashes[start : start + _BLOCK]
        values = block.repeat(NUM_PERM).reshape(len(block), NUM_PERM)
        values *= _MULTIPLIER_ROWS[: len(block)]
        values += _OFFSET_ROWS[: len(block)]
        np.minimum(mins, values.min(axis=0), out=mins)
    sig = np.empty(NUM_PERM + 1, dtype=np.uint32)
    # The high half of the smallest value is the smallest high half (the shift keeps order).
    sig[:NUM_PERM] = mins >> _HIGH
    sig[NUM_PERM] = min(len(hashes), _SIZE_CAP)
    return sig


def signature(text: str, shingle_words: int = SHINGLE_WORDS) -> np.ndarray:
    """The MinHash signature of ``text``'s word shingles: ``NUM_PERM + 1`` uint32 values.

    Deterministic across processes and machines (seeded hash functions, CRC-32 word hashes).
    """
    return signature_of_hashes(shingle_hashes(text, shingle_words))


def shingle_count(sig: np.ndarray) -> int:
    """Distinct shingles of the text the signature was made from."""
    return int(sig[NUM_PERM])


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0.0 when either is empty)."""
    if not shingle_count(a) or not shingle_count(b):
        return 0.0
    return float(np.count_nonzero(a[:NUM_PERM] == b[:NUM_PERM])) / NUM_PERM


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated share of the smaller text's shingles that the larger text also has.

    From the Jaccard estimate J and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J). A trimmed
    wire copy scores near 1 against its full version even though their Jaccard is low.
    """
    jaccard = similarity(a, b)
    smaller = min(shingle_count(a), shingle_count(b))
    if not smaller:
        return 0.0
    shared = jaccard * (shingle_count(a) + shingle_count(b)) / (1.0 + jaccard)
    return min(1.0, shared / smaller)


def band_keys(sig: np.ndarray, rows: int = BAND_ROWS) -> list[int]:
    """LSH bucket keys: one non-negative 63-bit int per band of ``rows`` signature values.

    Two signatures share a key when a whole band agrees; the band's index is mixed into the
    key, so equal values in different bands do not collide. Fits a SQLite INTEGER column.
    """
    bands = NUM_PERM // rows
    values = sig[: bands * rows].astype(np.uint64).reshape(bands, rows)
    keys = _band_seeds(bands)
    for column in range(rows):
        keys = mix64(keys ^ values[:, column])
    return (keys >> np.uint64(1)).tolist()


@functools.cache
def _band_seeds(bands: int) -> np.ndarray:
    """The mixed band indices that every band key starts from (the same for every signature:
    made once, 0.021 → 0.014 ms a key set)."""
    seeds = mix64(np.arange(1, bands + 1, dtype=np.uint64) * _BAND_STEP)
    seeds.flags.writeable = False
    return seeds


def to_bytes(sig: np.ndarray) -> bytes:
    """The signature as ``4 * (NUM_PERM + 1)`` little-endian bytes, for storage."""
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    """A signature back from ``to_bytes``; raises ``ValueError`` on the wrong length."""
    if len(data) != 4 * (NUM_PERM + 1):
        raise ValueError(
            f"a stored signature has {4 * (NUM_PERM + 1)} bytes, this one has {len(data)}"
        )
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)
