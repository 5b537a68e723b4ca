"""Word shingles of a text as deterministic 64-bit hashes (the same on every machine)."""

from __future__ import annotations

import re
import zlib

import numpy as np

#: Words per shingle. On the wirecorpus set (benchmarks/archive_quality.py, rule table) 3-, 5-
#: and 8-word shingles give near-duplicate F1 0.983 / 0.984 / 0.977: three words let phrasing
#: shared by two same-topic stories through (precision 0.993), eight lose trimmed copies.
SHINGLE_WORDS = 5

_WORD = re.compile(r"\w+")
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
#: Odd multiplier that combines the word hashes of a shingle in order.
_STEP = np.uint64(0x9E3779B97F4A7C15)


def words(text: str) -> list[str]:
    """The text's words, case-folded, without punctuation."""
    return _WORD.findall(text.casefold())


def mix64(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: spreads every input bit over all 64 output bits (uint64)."""
    z = values ^ (values >> np.uint64(30))
    z = z * _MIX_1
    z = z ^ (z >> np.uint64(27))
    z = z * _MIX_2
    return z ^ (z >> np.uint64(31))


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct hashes (sorted uint64) of the text's runs of ``size`` consecutive words.

    A text shorter than ``size`` words gives one shingle of all its words; an empty text none.
    Word hashes are CRC-32 of the UTF-8 word, so the result never depends on Python's
    per-process string hashing.
    """
    tokens = words(text)
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    codes = {token: zlib.crc32(token.encode("utf-8")) for token in set(tokens)}
    word_hashes = mix64(np.fromiter(map(codes.__getitem__, tokens), np.uint64, len(tokens)))
    span = min(size, len(tokens))
    count = len(tokens) - span + 1
    combined = word_hashes[:count].copy()
    for offset in range(1, span):
        combined = combined * _STEP + word_hashes[offset : offset + count]
    return np.unique(mix64(combined))
