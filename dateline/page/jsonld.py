"""JSON-LD blocks of a page: tolerant parsing and the nodes a news page describes itself with.

Pages ship JSON-LD that ``json.loads`` refuses: HTML comments or CDATA wrappers around it,
trailing commas, raw control characters inside strings, several objects back to back. Each is
repaired here; a block that still fails is skipped, never raised.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborNode

#: schema.org types whose node is the story itself.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Blog",
        "TechArticle",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "SocialMediaPosting",
        "Report",
        "Review",
        "Recipe",
        "HowTo",
        "VideoObject",
        "PodcastEpisode",
    }
)
#: Types of the page around the story; they carry dates and authors when the article node lacks.
PAGE_TYPES = frozenset(
    {"WebPage", "ItemPage", "MedicalWebPage", "AboutPage", "FAQPage", "QAPage", "CollectionPage"}
)
#: How deep nested objects are searched for typed nodes; real pages nest two or three levels.
MAX_DEPTH = 6

#: The opening of an HTML-comment or CDATA wrapper ("<!--", "// <![CDATA[") around the JSON.
_WRAPPER_OPEN_RE = re.compile(r"\s*(?://\s*)?(?:<!--|<!\[CDATA\[)")
_WRAPPER_CLOSE = ("-->", "]]>")
_TRAILING_COMMA_RE = re.compile(r",\s*([}\]])")
_SCHEMA_PREFIX_RE = re.compile(r"^(?:https?://schema\.org/|schema:)")


@dataclass(slots=True)
class JsonLd:
    """The typed nodes of a page's JSON-LD, with an index by ``@id`` to follow references."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def resolve(self, value: Any) -> Any:
        """A ``{"@id": …}`` reference replaced by the node it names, when the page has it."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2:
            return self.by_id.get(str(value["@id"]), value)
        return value

    def of_types(self, wanted: frozenset[str]) -> list[dict[str, Any]]:
        """The nodes having one of the wanted types, in page order."""
        return [node for node in self.nodes if wanted.intersection(types_of(node))]

    def all_types(self) -> list[str]:
        """Every type named by a node, in page order, each once."""
        seen: dict[str, None] = {}
        for node in self.nodes:
            for name in types_of(node):
                seen.setdefault(name, None)
        return list(seen)


def read_json_ld(scripts: list[LexborNode]) -> JsonLd:
    """Parse every ``application/ld+json`` script among a page's scripts into typed nodes.

    A script is JSON-LD when its ``type`` holds "ld+json" in any case (as the selector
    ``script[type*="ld+json" i]`` reads it).
    """
    found = JsonLd()
    for script in scripts:
        if "ld+json" not in (script.attributes.get("type") or "").lower():
            continue
        data = load_lenient(script.text(deep=True))
        if data is not None:
            _collect(data, found, 0)
    return found


def load_lenient(text: str) -> Any:
    """JSON from a script's text, repairing the usual faults; None when it cannot be read."""
    text = _unwrap(text.strip())
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    except RecursionError:  # nested deeper than the parser recurses: a hostile page
        return None
    repaired = _TRAILING_COMMA_RE.sub(r"\1", text)
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        return _load_sequence(repaired)


def _unwrap(text: str) -> str:
    """Stripped script text without the comment or CDATA wrapper some pages put around it.

    Only the two ends are read: one pattern for both ends, free to match anywhere, was tried at
    every character of the script and cost ten times the JSON parse (0.1 ms a Scrapinghub page).
    The closing mark may follow a "//" and spaces ("// -->"); both go.
    """
    opening = _WRAPPER_OPEN_RE.match(text)
    start = opening.end() if opening else 0
    if not text.endswith(_WRAPPER_CLOSE) or len(text) - 3 < start:
        return text[start:]
    before_mark = text[start:-3].rstrip()
    if before_mark.endswith("//"):
        return before_mark[:-2]
    return text[start:-3]


def types_of(node: dict[str, Any]) -> list[str]:
    """The node's ``@type`` values without a schema.org prefix."""
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return [_SCHEMA_PREFIX_RE.sub("", item) for item in values if isinstance(item, str)]


def _load_sequence(text: str) -> Any:
    """Objects written back to back ("{…}{…}" or one per line) as a list; None if none parse."""
    decoder = json.JSONDecoder(strict=False)
    items: list[Any] = []
    position = 0
    while position < len(text):
        start = text.find("{", position)
        if start < 0:
            break
        try:
            item, position = decoder.raw_decode(text, start)
        except (ValueError, RecursionError):
            break
        items.append(item)
    return items or None


def _collect(data: Any, found: JsonLd, depth: int) -> None:
    """Gather typed nodes from lists, ``@graph`` and nested objects, indexing them by ``@id``."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            _collect(item, found, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "@type" in data:
        found.nodes.append(data)
        node_id = data.get("@id")
        if isinstance(node_id, str) and node_id not in found.by_id:
            found.by_id[node_id] = data
    elif "@id" in data and len(data) > 2:
        found.by_id.setdefault(str(data["@id"]), data)
    graph = data.get("@graph")
    if graph is not None:
        _collect(graph, found, depth + 1)
    for key in ("mainEntity", "mainEntityOfPage", "hasPart", "itemReviewed"):
        child = data.get(key)
        if isinstance(child, dict | list):
            _collect(child, found, depth + 1)
