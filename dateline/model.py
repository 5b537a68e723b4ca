"""The one data model of dateline: the article record and its parts.

Every stage reads and writes these classes; their JSON form (``Article.to_dict``) is the
public contract, versioned by ``SCHEMA`` and documented field by field in ``docs/schema.md``.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Literal

SCHEMA = "dateline.article/2"
#: Earlier schema versions that ``Article.from_dict`` still reads (version 1 had no ``facts``).
READABLE_SCHEMAS = frozenset({"dateline.article/1", SCHEMA})

#: Words per minute used for ``reading_time_minutes`` (a common figure for adult silent reading
#: of non-fiction; Brysbaert 2019 puts the mean at 238 wpm).
WORDS_PER_MINUTE = 238

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Thai, Lao, Myanmar and Khmer letters and marks: scripts that run their words together.
_SOUTHEAST_ASIAN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Characters (code points, marks included) per word of those scripts: Thai words average 4.1
#: code points, weighted by frequency, in the Thai National Corpus word list that PyThaiNLP
#: ships (``tnc_freq.txt``: 33 million tokens). Lao, which writes the same way, takes the
#: same figure; for Myanmar and Khmer it is an estimate.
SOUTHEAST_ASIAN_CHARS_PER_WORD = 4
#: Whitespace-separated tokens without a letter or digit ("—", "|", "..."): not words.
_NON_WORD = re.compile(r"\s(?:[^\w\s]|_)+(?=\s)")

PageType = Literal["article", "listing", "other"]
QuoteKind = Literal["direct", "indirect"]

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
class Person:
    """A person the article names: the fullest name used, the titles the text gives them, and
    how often they are mentioned (full name, surname, pronoun or title mentions resolved)."""

    name: str
    titles: list[str] = field(default_factory=list)
    mentions: int = 0


@dataclass(slots=True)
class Entity:
    """An organisation or place the article names, with its number of mentions."""

    name: str
    mentions: int = 0


@dataclass(slots=True)
class Quote:
    """Something said and who said it. ``start``/``end`` are character offsets of the quoted
    content in ``Article.text`` (end exclusive); ``speaker`` is a ``Person.name``, an
    organisation or group, or null when the article names nobody."""

    text: str
    speaker: str | None
    kind: QuoteKind
    cue: str | None
    start: int
    end: int


@dataclass(slots=True)
class Claim:
    """A number that somebody asserts: "the ministry says the floods killed 312 people" →
    value 312, predicate "killed", unit "people", source the ministry. ``source`` is null when
    nobody is said to claim the number."""

    text: str
    source: str | None
    value: int | float
    qualifier: str | None = None
    unit: str | None = None
    predicate: str | None = None


@dataclass(slots=True)
class DateMention:
    """A date expression in the body ("on Tuesday", "March 3", "last week") and the ISO date it
    stands for, resolved against the publication date (null when it cannot be resolved)."""

    text: str
    resolved: str | None


@dataclass(slots=True)
class Facts:
    """What an article says, found by ``dateline.analyze``."""

    people: list[Person] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        """Rebuild facts from their JSON form."""
        return cls(
            people=[Person(**p) for p in data.get("people") or []],
            organizations=[Entity(**o) for o in data.get("organizations") or []],
            places=[Entity(**p) for p in data.get("places") or []],
            quotes=[Quote(**q) for q in data.get("quotes") or []],
            claims=[Claim(**c) for c in data.get("claims") or []],
            dates=[DateMention(**d) for d in data.get("dates") or []],
        )


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
    facts: Facts | None = None

    def to_dict(self, *, explain: bool = True) -> dict[str, Any]:
        """The record's public JSON form; ``explain=False`` leaves out ``removed``."""
        data: dict[str, Any] = {"schema": SCHEMA}
        # Without ``removed`` the record is copied without it: asdict deep-copies every field,
        # and the removed chrome is often the largest (to_dict 0.27 -> 0.07 ms a Scrapinghub
        # page).
        data.update(asdict(self if explain else replace(self, removed=[])))
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
        if schema not in READABLE_SCHEMAS:
            raise ValueError(f"unsupported schema {schema!r}; this is {SCHEMA}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["credits"] = [Credit(**c) for c in data.get("credits") or []]
        values["images"] = [Image(**i) for i in data.get("images") or []]
        values["related"] = [RelatedLink(**r) for r in data.get("related") or []]
        values["removed"] = [Removed(**r) for r in data.get("removed") or []]
        if data.get("dateline"):
            values["dateline"] = Dateline(**data["dateline"])
        if data.get("facts"):
            values["facts"] = Facts.from_dict(data["facts"])
        return cls(**values)


def count_words(text: str) -> int:
    """Words in a body: whitespace-separated tokens holding a letter or digit; in Chinese and
    Japanese text, one word per two characters; in Thai, Lao, Myanmar and Khmer text, one per
    ``SOUTHEAST_ASIAN_CHARS_PER_WORD`` characters."""
    run_together = 0
    if not text.isascii():
        # These scripts run words together: their characters are counted at a fixed rate (two
        # a word for Chinese and Japanese, the usual reckoning for reading speed), and the rest
        # of the text as usual.
        # A search first (most such text holds neither script: ``subn`` finding nothing
        # still costs more), then one pass counts and blanks them (a count and a replacement
        # were two).
        if _CJK.search(text):
            text, cjk = _CJK.subn(" ", text)
            run_together += (cjk + 1) // 2
        if _SOUTHEAST_ASIAN.search(text):
            text, letters = _SOUTHEAST_ASIAN.subn(" ", text)
            run_together += -(-letters // SOUTHEAST_ASIAN_CHARS_PER_WORD)
    return len(text.split()) - len(_NON_WORD.findall(f" {text} ")) + run_together


def reading_time(word_count: int) -> int:
    """Minutes to read ``word_count`` words at ``WORDS_PER_MINUTE``, at least 1 for any text."""
    if word_count <= 0:
        return 0
    return max(1, round(word_count / WORDS_PER_MINUTE))
