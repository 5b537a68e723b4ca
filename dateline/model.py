"""The one data model of dateline: the article record and its parts.

Every stage reads and writes these classes; their JSON form (``Article.to_dict``) is the
public contract, versioned by ``SCHEMA`` and documented field by field in ``docs/schema.md``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

SCHEMA = "dateline.article/1"

#: Words per minute used for ``reading_time_minutes`` (a common figure for adult silent reading
#: of non-fiction; Brysbaert 2019 puts the mean at 238 wpm).
WORDS_PER_MINUTE = 238

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Whitespace-separated tokens without a letter or digit ("—", "|", "..."): not words.
_NON_WORD = re.compile(r"\s(?:[^\w\s]|_)+(?=\s)")

PageType = Literal["article", "listing", "other"]

#: The kinds of page chrome that ``Removed.kind`` may take.
REMOVED_KINDS = (
    "navigation",
    "skip_link",
    "cookie_notice",
    "newsletter",
    "advertisement",
    "related",
    "share",
    "caption_duplicate",
    "comments",
    "footer",
    "other",
)


@dataclass(slots=True)
class Image:
    """An image of the article with its caption and photo credit split apart."""

    url: str
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class Credit:
    """One entry of a credit line: "Additional reporting by B in Cairo" → role, name, place."""

    role: str
    name: str
    place: str | None = None


@dataclass(slots=True)
class Dateline:
    """The dateline that opens a body: "LAGOS, March 3 (Reuters) -" → place, agency."""

    place: str
    agency: str | None = None


@dataclass(slots=True)
class RelatedLink:
    """A related-story teaser, kept apart from the body."""

    url: str
    title: str
    label: str | None = None


@dataclass(slots=True)
class Removed:
    """A piece of page chrome that extraction dropped, with the kind it was recognised as."""

    kind: str
    text: str


@dataclass(slots=True)
class Article:
    """The record extracted from one page. See ``docs/schema.md`` for each field."""

    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    page_type: PageType = "article"
    title: str | None = None
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline: Dateline | None = None
    published: str | None = None
    updated: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    text: str = ""
    markdown: str = ""
    images: list[Image] = field(default_factory=list)
    word_count: int = 0
    reading_time_minutes: int = 0
    related: list[RelatedLink] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    source_encoding: str | None = None

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The record's public JSON form; ``explain=False`` leaves out ``removed``."""
        data: dict[str, Any] = {"schema": SCHEMA}
        data.update(asdict(self))
        if not explain:
            data.pop("removed")
        return data

    def to_json(self, *, explain: bool = True, indent: int | None = None) -> str:
        """The record as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(explain=explain), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild a record from its JSON form; refuses another schema."""
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; this is {SCHEMA}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["credits"] = [Credit(**c) for c in data.get("credits") or []]
        values["images"] = [Image(**i) for i in data.get("images") or []]
        values["related"] = [RelatedLink(**r) for r in data.get("related") or []]
        values["removed"] = [Removed(**r) for r in data.get("removed") or []]
        if data.get("dateline"):
            values["dateline"] = Dateline(**data["dateline"])
        return cls(**values)


def count_words(text: str) -> int:
    """Words in a body: whitespace-separated tokens holding a letter or digit; in Chinese and
    Japanese text, one word per two characters."""
    cjk = len(_CJK.findall(text)) if not text.isascii() and _CJK.search(text) else 0
    if cjk:
        # Chinese and Japanese run words together: two characters count as one word, the
        # usual reckoning for reading speed, and the rest of the text as usual.
        text = _CJK.sub(" ", text)
    return len(text.split()) - len(_NON_WORD.findall(f" {text} ")) + (cjk + 1) // 2


def reading_time(word_count: int) -> int:
    """Minutes to read ``word_count`` words at ``WORDS_PER_MINUTE``, at least 1 for any text."""
    if word_count <= 0:
        return 0
    return max(1, round(word_count / WORDS_PER_MINUTE))
