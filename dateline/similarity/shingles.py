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
_SHIFT_1, _SHIFT_2, _SHIFT_3 = np.uint64(30), np.uint64(27), np.uint64(31)
#: Odd multiplier that combines the word hashes of a shingle in order.
_STEP = np.uint64(0x9E3779B97F4A7C15)


def words(text: str) -> list[str]:
    """The text's words (runs of ``\\w``), case-folded, without punctuation.

    Split at whitespace first: a piece that is all letters and digits (``str.isalnum`` is
    exactly ``\\w`` without "_") is a word as it stands, and only the others go through the
    pattern (0.033 → 0.022 ms a page on benchmarks/archive_scale.py).
    """
    found: list[str] = []
    add, split = found.append, _WORD.findall
    for piece in text.casefold().split():
        if piece.isalnum():
            add(piece)
        else:
            found.extend(split(piece))
    return found


def mix64(values: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser: spreads every input bit over all 64 output bits (uint64)."""
    z = values >> _SHIFT_1
    z ^= values
    z *= _MIX_1
    z ^= z >> _SHIFT_2
    z *= _MIX_2
    z ^= z >> _SHIFT_3
    return z


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Distinct hashes (sorted uint64) of the text's runs of ``size`` consecutive words.

    A text shorter than ``size`` words gives one shingle of all its words; an empty text none.
    Word hashes are CRC-32 of the UTF-8 word, so the result never depends on Python's
    per-process string hashing.
    """
    tokens = words(text)
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    crc32 = zlib.crc32
    codes = [crc32(token.encode("utf-8")) for token in tokens]
    word_hashes = mix64(np.array(codes, dtype=np.uint64))
    span = min(size, len(tokens))
    count = len(tokens) - span + 1
    combined = word_hashes[:count].copy()
    for offset in range(1, span):
        combined *= _STEP
        combined += word_hashes[offset : offset + count]
    # Sorted and deduplicated by hand: np.unique's checks cost as much as the sort here.
    hashes = np.sort(mix64(combined))
    distinct = np.empty(len(hashes), dtype=bool)
    distinct[:1] = True
    np.not_equal(hashes[1:], hashes[:-1], out=distinct[1:])
    return hashes[distinct]
