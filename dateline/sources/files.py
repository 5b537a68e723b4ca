"""Pages from the file system and standard input: single files, folders walked, ``.gz`` read."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.sources.decompress import Damaged, inflate, is_gzip
from dateline.sources.raw import DamagedSource, RawPage, SourceError

#: Suffixes of the page files a folder walk picks up (each also when followed by ``.gz``).
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt"})
#: Largest page read from a file or stdin, after decompression. The largest news pages seen in
#: the dev sets are a few MB; 64 MB leaves room and still refuses a runaway dump or a gzip bomb.
MAX_PAGE_BYTES = 64 * 1024 * 1024


def path_name(path: str | os.PathLike[str]) -> str:
    """A path as the text that names its page: the bytes of a file name that are not UTF-8
    (which Python keeps as lone surrogates, and SQLite and UTF-8 output refuse) written as
    ``\\xNN`` escapes, so that one such name in a crawl cannot stop the batch."""
    text = os.fspath(path)
    if text.isascii():
        return text
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def page_suffix(name: str) -> str:
    """The suffix that says what a page file holds, ignoring a trailing ``.gz`` (lower case)."""
    path = Path(name.lower())
    if path.suffix == ".gz":
        path = path.with_suffix("")
    return path.suffix


#: Files a saved site holds beside its pages whose names say they are no page although their
#: suffix is a page's (``.txt``): crawler rules, ad-seller lists, contact files. Compared in
#: lower case, with or without ``.gz``.
NOT_PAGE_FILES = frozenset(
    {"robots.txt", "humans.txt", "ads.txt", "app-ads.txt", "security.txt", "llms.txt"}
)


def is_not_page_file(name: str) -> bool:
    """Whether a file's name is one of ``NOT_PAGE_FILES``."""
    return name.lower().removesuffix(".gz") in NOT_PAGE_FILES


def walk_folder(
    folder: Path, also: tuple[str, ...] = (), skipped: list[Path] | None = None
) -> Iterator[Path]:
    """Page files below ``folder`` in sorted order, and files whose names end with one of
    ``also``; hidden files and folders are skipped, and so are ``NOT_PAGE_FILES``
    (``robots.txt``) and files that are not regular files (named pipes, sockets), which are
    added to ``skipped`` when it is given, for the caller to report. A broken symbolic link is
    yielded: reading it fails, naming it.

    Symbolic links to folders are not followed, so a link loop cannot make the walk endless.
    """
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or not (
                page_suffix(name) in PAGE_SUFFIXES or name.lower().endswith(also)
            ):
                continue
            path = Path(root, name)
            # A named pipe, socket or device file is no saved page, and reading a pipe with
            # no writer waits forever. A link to nothing (or to itself) is walked, so that its
            # read names it as a failure instead of it passing as no page.
            if is_not_page_file(name) or (path.exists() and not path.is_file()):
                if skipped is not None:
                    skipped.append(path)
                continue
            yield path


def read_file(path: Path, *, limit: int = MAX_PAGE_BYTES) -> RawPage:
    """Read one page file (gzip-compressed or not) under a size cap."""
    name = path_name(path)
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
    Gzip data cut short or corrupt raises ``DamagedSource`` holding what inflated before it.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise SourceError(name, f"larger than {limit:,} bytes")
    if is_gzip(data):
        try:
            data = inflate(data, limit)
        except Damaged as err:
            raise DamagedSource(name, str(err), RawPage(name=name, data=err.partial)) from None
        except ValueError as err:
            raise SourceError(name, str(err)) from None
    return RawPage(name=name, data=data)
