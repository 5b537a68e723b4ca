"""Word shingles of a text as deterministic 64-bit hashes (the same on every machine)."""

from __future__ import annotations

import functools
import re
import zlib

import numpy as np

#: Words per shingle. On the wirecorpus set (benchmarks/archive_quality.py, rule table) 3-, 5-
#: and 8-word shingles give near-duplicate F1 0.983 / 0.984 / 0.977: three words let phrasing
#: shared by two same-topic stories through (precision 0.993), eight lose trimmed copies.
SHINGLE_WORDS = 5

_WORD = re.compile(r"\w+")
#: Byte table that turns every ASCII byte outside ``\w`` (letters, digits, "_") into a space and
#: keeps the others, bytes of non-ASCII characters included.
_ASCII_NOT_WORD_TO_SPACE = bytes(
    byte if byte > 0x7F or chr(byte).isalnum() or chr(byte) == "_" else ord(" ")
    for byte in range(256)
)
_MIX_1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX_2 = np.uint64(0x94D049BB133111EB)
_SHIFT_1, _SHIFT_2, _SHIFT_3 = np.uint64(30), np.uint64(27), np.uint64(31)
#: Odd multiplier that combines the word hashes of a shingle in order.
_STEP = np.uint64(0x9E3779B97F4A7C15)


def word_codes(text: str) -> np.ndarray:
    """CRC-32 of the UTF-8 bytes of each of the text's words (runs of ``\\w``, case-folded), in
    order, as uint64.

    The case-folded text is split as UTF-8 bytes at the ASCII bytes outside ``\\w``: a piece that
    is all ASCII is a word as it stands and is hashed without being decoded, and only pieces
    with other characters go through the pattern (0.040 → 0.020 ms a page on the pages of
    benchmarks/archive_scale.py, against splitting the text as str and encoding each word).
    Lone surrogates, never part of a word, are let through the encoding instead of raising.
    """
    data = text.casefold().encode("utf-8", "surrogatepass").translate(_ASCII_NOT_WORD_TO_SPACE)
    pieces = data.split()
    crc32 = zlib.crc32
    if data.isascii():
        return np.fromiter(map(crc32, pieces), np.uint64, len(pieces))
    codes: list[int] = []
    for piece in pieces:
        if piece.isascii():
            codes.append(crc32(piece))
        else:
            found = _WORD.findall(piece.decode("utf-8", "surrogatepass"))
            codes.extend(crc32(word.encode()) for word in found)
    return np.array(codes, dtype=np.uint64)


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
    if size < 1:
        raise ValueError(f"a shingle holds at least one word, not {size}")
    word_hashes = mix64(word_codes(text))
    if not len(word_hashes):
        return word_hashes
    span = min(size, len(word_hashes))
    count = len(word_hashes) - span + 1
    # Combining a shingle's word hashes in order (times _STEP, plus the next) weighs them by
    # falling powers of _STEP: one product of the overlapping windows (a strided view) with
    # those powers instead of a multiply and an add a word (0.0041 → 0.0023 ms a page).
    windows = np.ndarray((count, span), np.uint64, word_hashes, strides=(8, 8))
    combined = windows @ _step_powers(span)
    # Sorted and deduplicated by hand: np.unique's checks cost as much as the sort here.
    hashes = np.sort(mix64(combined))
    distinct = np.empty(len(hashes), dtype=bool)
    distinct[:1] = True
    np.not_equal(hashes[1:], hashes[:-1], out=distinct[1:])
    return hashes[distinct]


@functools.cache
def _step_powers(span: int) -> np.ndarray:
    """_STEP ** (span - 1), ..., _STEP, 1 modulo 2**64: the weights of a shingle's words."""
    powers = np.array([pow(int(_STEP), span - 1 - k, 2**64) for k in range(span)], np.uint64)
    powers.flags.writeable = False
    return powers
