"""Gzip and zlib streams inflated under a size cap, so a small bomb cannot fill memory."""

from __future__ import annotations

import zlib

#: The two bytes that open every gzip member.
GZIP_MAGIC = b"\x1f\x8b"
#: Output produced per step of inflation; the cap is checked after each step.
_STEP = 1 << 20


def is_gzip(data: bytes) -> bool:
    """True when ``data`` starts like a gzip stream."""
    return data.startswith(GZIP_MAGIC)


def inflate(data: bytes, limit: int) -> bytes:
    """Inflate gzip (or zlib) ``data`` member after member; ``ValueError`` past ``limit`` bytes.

    Corrupt or truncated input raises ``ValueError`` too.
    """
    wbits = zlib.MAX_WBITS | 32  # +32: accept a gzip or a zlib header
    out = bytearray()
    pending = data
    while pending:
        inflater = zlib.decompressobj(wbits)
        chunk = pending
        try:
            while chunk and not inflater.eof:
                out += inflater.decompress(chunk, _STEP)
                if len(out) > limit:
                    raise ValueError(f"larger than {limit:,} bytes once decompressed")
                chunk = inflater.unconsumed_tail
            out += inflater.flush()
        except zlib.error as err:
            raise ValueError(f"corrupt compressed data ({err})") from None
        if not inflater.eof:
            raise ValueError("truncated compressed data")
        if len(out) > limit:
            raise ValueError(f"larger than {limit:,} bytes once decompressed")
        pending = inflater.unused_data if is_gzip(inflater.unused_data) else b""
    return bytes(out)


def inflate_raw(data: bytes, limit: int) -> bytes:
    """Inflate raw deflate ``data`` (no zlib header), which some servers send as ``deflate``;
    ``ValueError`` when corrupt or past ``limit`` bytes."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as err:
        raise ValueError(f"corrupt compressed data ({err})") from None
    if len(out) > limit:
        raise ValueError(f"larger than {limit:,} bytes once decompressed")
    return out
