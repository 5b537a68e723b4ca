"""HTML page → Article."""

from dateline.model import Article


def extract(page: str | bytes, url: str | None = None) -> Article:
    """Extract the article record from one HTML page (bytes are decoded by charset)."""
    raise NotImplementedError("being written")
