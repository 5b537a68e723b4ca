"""HTML page → Article."""

from dateline.page.extract import extract

__all__ = ["extract"]
