"""Resolving the page's links against its URL."""

from __future__ import annotations

from dateline.urls import join_url


def absolute(base: str | None, href: str) -> str:
    """``href`` resolved against ``base`` (kept as written when either cannot be parsed);
    absolute links skip the (slow) general join."""
    if href.startswith(("https://", "http://")) or not base:
        return href
    return join_url(base, href)
