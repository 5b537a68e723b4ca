"""The ``articles.record`` column: the public record without the fields that have columns of
their own.

The body is stored once as ``text`` and once as ``markdown`` (FTS5 indexes ``text`` from its
column); keeping both inside the record's JSON as well made every row about 3 KB larger (12.8
KB an article on benchmarks/archive_scale.py). ``stored_form`` leaves them out and
``full_record`` puts them back, in the public schema's field order.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from dateline.model import Article

#: Record fields kept only in their own ``articles`` columns.
APART = ("text", "markdown")
#: The public record's key order (``Article.to_dict``).
_ORDER = ("schema", *(f.name for f in fields(Article)))


def stored_form(record: dict[str, Any]) -> str:
    """The JSON kept in the ``record`` column for a public record."""
    return json.dumps({k: v for k, v in record.items() if k not in APART}, ensure_ascii=False)


def full_record(stored: str, text: str, markdown: str) -> dict[str, Any]:
    """The public record from the ``record`` column and the ``text`` and ``markdown`` columns,
    its keys in schema order (keys the model does not know come last)."""
    record = json.loads(stored)
    columns = {"text": text, "markdown": markdown}
    ordered = {}
    for key in _ORDER:
        if key in columns:
            ordered[key] = columns[key]
        elif key in record:
            ordered[key] = record.pop(key)
    ordered.update(record)
    return ordered
