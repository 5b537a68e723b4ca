"""Pages from the file system and standard input: single files, folders walked, ``.gz`` read."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.sources.decompress import inflate, is_gzip
from dateline.sources.raw import RawPage, SourceError

#: Suffixes of the page files a folder walk picks up (each also when followed by ``.gz``).
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt"})
#: Largest page read from a file or stdin, after decompression. The largest news pages seen in
#: the dev sets are a few MB; 64 MB leaves room and still refuses a runaway dump or a gzip bomb.
MAX_PAGE_BYTES = 64 * 1024 * 1024


def page_suffix(name: str) -> str:
    """The suffix that says what a page file holds, ignoring a trailing ``.gz`` (lower case)."""
    path = Path(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return path.suffix


def walk_folder(folder: Path, also: tuple[str, ...] = ()) -> Iterator[Path]:
    """Page files below ``folder`` in sorted order, and files whose names end with one of
    ``also``; hidden files and folders are skipped.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and (
                page_suffix(name) in PAGE_SUFFIXES or name.lower().endswith(also)
            ):
                yield Path(root, name)


def read_file(path: Path, *, limit: int = MAX_PAGE_BYTES) -> RawPage:
    """Read one page file (gzip-compressed or not) under a size cap."""
    name = str(path)
    try:
        with path.open("rb") as handle:
            return read_stream(handle, name, limit=limit)
    except FileNotFoundError:
        raise SourceError(name, "no such file") from None
    except IsADirectoryError:
        raise SourceError(name, "is a folder") from None
    except PermissionError:
        raise SourceError(name, "permission denied") from None
    except OSError as err:
        raise SourceError(name, err.strerror or str(err)) from None


def read_stream(stream: BinaryIO, name: str, *, limit: int = MAX_PAGE_BYTES) -> RawPage:
    """Read a page from an open binary stream (a file, ``sys.stdin.buffer``) under a size cap.

    Gzip data is recognised by its signature, not by the name, so ``zcat``-less pipes work too.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SourceError(name, f"larger than {limit:,} bytes")
    if is_gzip(data):
        try:
            data = inflate(data, limit)
        except ValueError as err:
            raise SourceError(name, str(err)) from None
    return RawPage(name=name, data=data)
