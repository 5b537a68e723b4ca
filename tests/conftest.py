"""Shared helpers for dateline's tests: where the fixture pages live and how to load them."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

import dateline

#: Hand-written fixture pages (invented outlets, people and events); see its README.md.
PAGES_DIR = Path(__file__).resolve().parent / "fixtures" / "pages"


def page_path(name: str) -> Path:
    """Path of one fixture page by file name; fails loudly when the file is missing."""
    path = PAGES_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"no fixture page {name!r} in {PAGES_DIR}")
    return path


@cache
def page_bytes(name: str) -> bytes:
    """The raw bytes of a fixture page, exactly as committed (legacy encodings included)."""
    return page_path(name).read_bytes()


@cache
def _extracted(name: str, url: str | None) -> dateline.Article:
    return dateline.extract(page_bytes(name), url=url)


@pytest.fixture(scope="session")
def pages_dir() -> Path:
    """The folder of fixture pages."""
    return PAGES_DIR


@pytest.fixture(scope="session")
def load_page() -> Callable[[str], bytes]:
    """A loader: fixture page name → its bytes."""
    return page_bytes


@pytest.fixture(scope="session")
def extract_page() -> Callable[[str, str | None], dateline.Article]:
    """``dateline.extract`` over a fixture page's bytes, cached per (page, url) for the session.

    The cache only saves time: ``extract`` is pure, so a shared result is the same result. Tests
    must not mutate the returned record.
    """
    return _extracted
