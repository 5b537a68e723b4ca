"""Resolving the page's links against its URL."""

from __future__ import annotations

from urllib.parse import urljoin


def absolute(base: str | None, href: str) -> str:
    """``href`` resolved against ``base``; absolute links skip the (slow) general join."""
    if href.startswith(("https://", "http://")) or not base:
        return href
    return urljoin(base, href)
