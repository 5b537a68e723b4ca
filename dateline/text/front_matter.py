"""Front matter: the block of fields that static-site generators and note exporters put at the
top of a Markdown file (YAML between "---" lines, TOML between "+++" lines):

    ---
    title: "Ferry fares to rise in April"
    author: Jane Roe
    date: 2025-03-09
    ---

Its fields are the writer's own metadata, not text: the block leaves the dump and its title,
authors and date are the record's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Lines read for the closing fence: front matter holds a few dozen fields at most, and a
#: dump opening with a rule line and no fence near it is a Markdown document's rule.
MAX_FRONT_MATTER_LINES = 60
_FENCES = {"---": re.compile(r"^(?:---|\.\.\.)\s*$"), "+++": re.compile(r"^\+\+\+\s*$")}
#: "key: value" (YAML) or "key = value" (TOML).
_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*)$")
#: An item of a YAML list under its key: "  - Jane Roe".
_ITEM_RE = re.compile(r"^\s+-\s+(?P<value>\S.*)$|^-\s+(?P<top>\S.*)$")
_TITLE_KEYS = frozenset({"title", "headline"})
_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "creator"})
_DATE_KEYS = frozenset({"date", "published", "pubdate", "publishdate", "date_published"})


@dataclass(slots=True)
class FrontMatter:
    """The fields of a front matter block that the record takes."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None


def split_front_matter(text: str) -> tuple[str, FrontMatter | None]:
    """The text without its front matter block, and the block's fields; the text unchanged
    and None when it opens with no such block."""
    lines = text.lstrip("\ufeff").splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() not in _FENCES:
        return text, None
    closing = _FENCES[lines[first].strip()]
    end = next(
        (
            i
            for i in range(first + 1, min(len(lines), first + 1 + MAX_FRONT_MATTER_LINES))
            if closing.match(lines[i])
        ),
        None,
    )
    block = lines[first + 1 : end] if end is not None else []
    if not block or not any(_FIELD_RE.match(line) for line in block):
        return text, None  # a rule line over the text, not a block of fields
    return "\n".join(lines[end + 1 :]), _fields(block)


def _fields(block: list[str]) -> FrontMatter:
    found = FrontMatter()
    key = ""
    for line in block:
        item = _ITEM_RE.match(line)
        if item is not None:
            if key in _AUTHOR_KEYS:
                found.authors.append(_unquoted(item["value"] or item["top"]))
            continue
        match = _FIELD_RE.match(line)
        if match is None:
            continue
        key, value = match["key"].lower(), match["value"].strip()
        if not value:
            continue
        if key in _TITLE_KEYS and found.title is None:
            found.title = _unquoted(value)
        elif key in _AUTHOR_KEYS and not found.authors:
            listed = value.strip("[]") if value.startswith("[") else value
            found.authors = [_unquoted(name) for name in listed.split(",") if name.strip()]
        elif key in _DATE_KEYS and found.date is None:
            found.date = _unquoted(value)
    found.authors = [name for name in found.authors if name]
    return found


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
