"""Whether an extracted title, author list or publication date matches the WCXB ground truth.

* title: equal after folding case, punctuation and whitespace;
* authors: every name in the truth is among ours, both sides split into names at commas,
  semicolons, "&" and "and", folded, with credentials ("MS", "RD", "Ph.D.") dropped;
* date: same calendar day as written (a truth given to the month only must match the month).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

NAME_SEPARATOR = re.compile(r"\s*(?:[,;&|/]|\band\b)\s*", re.IGNORECASE)
CREDENTIALS = frozenset({"phd", "md", "mba", "jr", "sr", "dr", "esq"})
ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Metadata:
    """The metadata a tool extracted from one page."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None


def fold(text: str) -> str:
    """Lower case, accents kept, punctuation and symbols dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = (ch if ch.isalnum() else " " for ch in text)
    return " ".join("".join(kept).split())


def title_matches(ours: str | None, truth: str) -> bool:
    """Title equal to the truth's after folding."""
    return ours is not None and fold(ours) == fold(truth)


def _is_credential(part: str) -> bool:
    """One short upper-case word or a known title ("MS", "FAND", "Ph.D.", "E-RYT 200")."""
    words = [w.replace(".", "").replace("-", "") for w in part.split() if not w.isdigit()]
    return len(words) == 1 and (
        words[0].lower() in CREDENTIALS or (words[0].isupper() and len(words[0]) <= 5)
    )


def author_names(text: str) -> set[str]:
    """The folded person names in an author field ("A, MS, RD and B" → {"a", "b"}).

    A credential is dropped unless it comes first (where it is more likely a name).
    """
    parts = [p for p in NAME_SEPARATOR.split(text) if fold(p)]
    return {fold(p) for i, p in enumerate(parts) if i == 0 or not _is_credential(p)}


def authors_match(ours: list[str], truth: str) -> bool:
    """Every named author of the truth found among ours."""
    expected = author_names(truth)
    found = set().union(*(author_names(name) for name in ours)) if ours else set()
    return bool(expected) and expected <= found


def date_matches(ours: str | None, truth: str) -> bool:
    """Same calendar day as written (date part of an ISO 8601 string), or same month if the
    truth gives only a month."""
    expected = ISO_DATE.match(truth.strip())
    found = ISO_DATE.match(ours.strip()) if ours else None
    if expected is None or found is None:
        return False
    if expected.group(3) is None:
        return expected.group(1, 2) == found.group(1, 2)
    return expected.group(1, 2, 3) == found.group(1, 2, 3)
