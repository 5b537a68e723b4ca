"""Page sources: folder walks, gzip under a cap, and telling flattened text from HTML."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest

from dateline.sources.decompress import Damaged, inflate
from dateline.sources.files import page_suffix, read_file, read_stream, walk_folder
from dateline.sources.raw import RawPage, SourceError
from dateline.sources.sniff import page_kind


def test_walk_is_sorted_recursive_and_skips_hidden_and_non_pages(tmp_path: Path) -> None:
    for name in ["b.html", "a.txt.gz", "sub/c.xhtml", "sub/z/d.htm", "e.json", ".f.html"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "g.html").write_bytes(b"x")
    walked = [p.relative_to(tmp_path).as_posix() for p in walk_folder(tmp_path)]
    assert walked == ["a.txt.gz", "b.html", "sub/c.xhtml", "sub/z/d.htm"]


def test_walk_skips_named_pipes_which_would_block_the_read_forever(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"<p>x</p>")
    os.mkfifo(tmp_path / "feed.html")  # a pipe no process writes to
    skipped: list[Path] = []
    walked = [p.name for p in walk_folder(tmp_path, skipped=skipped)]
    assert walked == ["a.html"]
    assert [p.name for p in skipped] == ["feed.html"]


def test_broken_links_are_walked_so_that_their_read_names_them(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"<p>x</p>")
    (tmp_path / "gone.html").symlink_to(tmp_path / "deleted.html")
    (tmp_path / "loop.html").symlink_to(tmp_path / "loop.html")
    skipped: list[Path] = []
    walked = list(walk_folder(tmp_path, skipped=skipped))
    assert [p.name for p in walked] == ["a.html", "gone.html", "loop.html"] and not skipped
    reasons = []
    for path in walked[1:]:
        with pytest.raises(SourceError) as caught:
            read_file(path)
        assert caught.value.source == str(path)
        reasons.append(caught.value.reason)
    assert reasons[0] == "no such file" and "symbolic links" in reasons[1]


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("a.HTML", ".html"), ("a.txt.gz", ".txt"), ("a.gz", ""), ("dir.v2/page", "")],
)
def test_page_suffix_ignores_gz_and_case(name: str, suffix: str) -> None:
    assert page_suffix(name) == suffix


def test_gzip_is_read_by_signature_and_multi_member_streams_join() -> None:
    data = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert read_stream(io.BytesIO(data), "-").data == b"<p>one</p><p>two</p>"


def test_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(ValueError, match="larger than 1,000,000 bytes once decompressed"):
        inflate(bomb, 1_000_000)


def test_truncated_gzip_is_an_error_naming_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "cut.html.gz"
    broken.write_bytes(gzip.compress(b"<p>" * 1000)[:40])
    with pytest.raises(SourceError) as caught:
        read_file(broken)
    assert str(caught.value).startswith(f"{broken}: ")


def test_damaged_gzip_keeps_what_inflated_before_the_damage() -> None:
    text = b"".join(b"<p>Tide table line %d for the Wren estuary.</p>\n" % n for n in range(20000))
    packed = gzip.compress(text)
    for broken in (packed[: len(packed) // 2], packed[:-8] + b"\x00" * 8):
        with pytest.raises(Damaged) as caught:
            inflate(broken, len(text))
        partial = caught.value.partial
        assert text.startswith(partial) and len(partial) > len(text) // 3
    corrupt = bytearray(packed)
    corrupt[len(packed) // 2 : len(packed) // 2 + 64] = bytes(64)
    with pytest.raises(Damaged, match="corrupt compressed data") as caught:
        inflate(bytes(corrupt), len(text))
    assert caught.value.partial.startswith(text[: len(text) // 3])  # garbage may follow


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(SourceError, match="larger than 1,000 bytes"):
        read_file(big, limit=1000)


def test_missing_file_and_folder_have_plain_reasons(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as missing:
        read_file(tmp_path / "nope.html")
    assert missing.value.reason == "no such file"
    with pytest.raises(SourceError) as folder:
        read_file(tmp_path)
    assert folder.value.reason == "is a folder"


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        (RawPage("-", b"<!DOCTYPE html><title>x</title>"), "html"),
        (RawPage("-", b"  \n<div class=a>Hello</div>"), "html"),
        (RawPage("-", "<p>x</p>".encode("utf-16")), "html"),
        (RawPage("-", b"Ferry strike ends\nIf a < b and c > d, fine.\n"), "text"),
        (RawPage("page.txt", b"<p>looks like markup</p>"), "text"),
        (RawPage("page.html.gz", b"no tags here"), "html"),
        (RawPage("u", b"<p>x</p>", url="https://a.example/x.txt"), "text"),
        (RawPage("u", b"plain", content_type="text/html; charset=utf-8"), "html"),
        (RawPage("u", b"<p>x</p>", content_type="text/plain"), "text"),
    ],
)
def test_page_kind(page: RawPage, kind: str) -> None:
    assert page_kind(page) == kind
