"""Crawler text dump (one block per line, as in WET records) → Article."""

from dateline.model import Article


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract an article from a page already flattened to text."""
    raise NotImplementedError("being written")
