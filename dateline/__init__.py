"""dateline: raw news pages in, clean structured articles out.

The public surface is re-exported here; everything else is an implementation detail.
"""

from dateline.errors import DatelineError, InputError
from dateline.model import (
    SCHEMA,
    Article,
    Credit,
    Dateline,
    Image,
    RelatedLink,
    Removed,
)
from dateline.page import extract
from dateline.text import extract_text

__all__ = [
    "SCHEMA",
    "Article",
    "Credit",
    "Dateline",
    "DatelineError",
    "Image",
    "InputError",
    "RelatedLink",
    "Removed",
    "analyze",
    "extract",
    "extract_text",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``dateline.analyze``, imported on first use so that ``import dateline`` stays free of
    spaCy (loading it takes a second and the facts extra may not be installed)."""
    if name == "analyze":
        from dateline.facts.analyze import analyze

        return analyze
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")
