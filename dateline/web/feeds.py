"""Atom feeds (RFC 4287) of a topic's newest articles, for feed readers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(
    *,
    feed_id: str,
    title: str,
    self_url: str,
    html_url: str,
    entries: list[dict[str, Any]],
    base_url: str,
) -> bytes:
    """An Atom document with one entry per article (newest first); ``entries`` are article
    summaries as ``queries`` gives them. ElementTree escapes every text and attribute."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", feed_id)
    _text(feed, "title", title)
    stamps = [_timestamp(e.get("published") or e.get("fetched_at")) for e in entries]
    _text(feed, "updated", max(stamps) if stamps else _timestamp(None))
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "dateline")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=html_url)
    _text(feed, "generator", "dateline")
    for entry, stamp in zip(entries, stamps, strict=True):
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        page = f"{base_url}/articles/{entry['id']}"
        _text(item, "id", page)
        _text(item, "title", entry.get("title") or "(untitled)")
        _text(item, "updated", stamp)
        if entry.get("published"):
            _text(item, "published", stamp)
        ET.SubElement(item, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=page)
        if entry.get("site_name"):
            source_author = ET.SubElement(item, f"{{{ATOM}}}author")
            _text(source_author, "name", entry["site_name"])
        if entry.get("dek"):
            _text(item, "summary", entry["dek"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{name}").text = _xml_safe(value)


def _xml_safe(value: str) -> str:
    """``value`` without the control characters XML 1.0 forbids (crawled text may hold them)."""
    return "".join(
        c
        for c in value
        if c in "\t\n\r" or 0x20 <= ord(c) < 0xD800 or 0xE000 <= ord(c) < 0xFFFE or ord(c) > 0xFFFF
    )


def _timestamp(value: str | None) -> str:
    """An RFC 3339 time for ``value`` (an ISO date or date-time; naive read as UTC), now when
    there is none or it cannot be read."""
    moment = None
    if value:
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            moment = None
    if moment is None:
        moment = datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.replace(microsecond=0).isoformat()
