"""Gzip and zlib streams inflated under a size cap, so a small bomb cannot fill memory."""

from __future__ import annotations

import zlib

#: The two bytes that open every gzip member.
GZIP_MAGIC = b"\x1f\x8b"
#: Output produced per step of inflation; the cap is checked after each step.
_STEP = 1 << 20
#: Input fed to the inflater at a time: zlib gives nothing of a call that meets damage, so at
#: most the output of this much input before the damage is lost (``Damaged.partial`` keeps
#: the rest). Small steps cost little: a 50 KB sitemap is a dozen calls.
_IN_STEP = 4096


class Damaged(ValueError):
    """Compressed data cut short or corrupt; ``partial`` is what inflated before the damage
    (whole members, and the damaged member as far as it goes)."""

    def __init__(self, reason: str, partial: bytes) -> None:
        super().__init__(reason)
        self.partial = partial


def is_gzip(data: bytes) -> bool:
    """True when ``data`` starts like a gzip stream."""
    return data.startswith(GZIP_MAGIC)


def inflate(data: bytes, limit: int) -> bytes:
    """Inflate gzip (or zlib) ``data`` member after member; ``ValueError`` past ``limit`` bytes.

    Corrupt or truncated input raises ``Damaged`` (a ``ValueError``), which holds what
    inflated before the damage.
    """
    wbits = zlib.MAX_WBITS | 32  # +32: accept a gzip or a zlib header
    out = bytearray()
    pending = data
    while pending:
        inflater = zlib.decompressobj(wbits)
        start = 0
        try:
            while start < len(pending) and not inflater.eof:
                chunk = pending[start : start + _IN_STEP]
                start += len(chunk)
                while chunk and not inflater.eof:
                    out += inflater.decompress(chunk, _STEP)
                    if len(out) > limit:
                        raise ValueError(f"larger than {limit:,} bytes once decompressed")
                    chunk = inflater.unconsumed_tail
            out += inflater.flush()
        except zlib.error as err:
            raise Damaged(f"corrupt compressed data ({err})", bytes(out)) from None
        if not inflater.eof:
            raise Damaged("truncated compressed data", bytes(out))
        if len(out) > limit:
            raise ValueError(f"larger than {limit:,} bytes once decompressed")
        rest = inflater.unused_data + pending[start:]
        pending = rest if is_gzip(rest) else b""
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
