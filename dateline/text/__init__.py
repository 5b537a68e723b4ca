"""Crawler text dump (one block per line, as in WET records) → Article."""

from dateline.text.extract import extract_text

__all__ = ["extract_text"]
