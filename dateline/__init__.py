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
    "extract",
    "extract_text",
]
__version__ = "0.1.0"
