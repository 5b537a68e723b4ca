"""News feeds: the item links of RSS 2.0 (and RSS 1.0 / RDF) and Atom, with titles and dates.

RSS items give ``<link>`` (or a ``<guid>`` that is a permalink), ``<title>``, ``<pubDate>``
(``<dc:date>`` in RSS 1.0); Atom entries give the ``<link>`` whose ``rel`` is ``alternate`` (or
absent), ``<title>``, ``<published>`` and ``<updated>``. Relative links are resolved against the
feed's URL. Names are matched by their local part, as feeds mix namespaces freely.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace

from dateline.sources.raw import RawPage, SourceError
from dateline.sources.safexml import XMLError, local_name, parse_xml
from dateline.sources.sitemaps import ListedPage
from dateline.urls import join_url

#: Root elements of the feed formats read: RSS 0.9x/2.0, RSS 1.0 (``rdf:RDF``), Atom.
FEED_ROOTS = frozenset({"rss", "RDF", "feed"})


def parse_feed(page: RawPage) -> list[ListedPage]:
    """The items of the RSS or Atom feed in ``page``; ``SourceError`` naming it when malformed.

    Items without a usable link are left out.
    """
    try:
        root = parse_xml(page.data)
    except XMLError as err:
        raise SourceError(page.name, f"malformed feed: {err}") from None
    kind = local_name(root.tag)
    if kind not in FEED_ROOTS:
        raise SourceError(page.name, f"not an RSS or Atom feed (root element <{kind}>)")
    base = page.url or ""
    items = _atom_entries(root) if kind == "feed" else _rss_items(root)
    return [replace(item, url=join_url(base, item.url)) for item in items if item.url]


def _rss_items(root: ET.Element) -> Iterator[ListedPage]:
    for item in root.iter():
        if local_name(item.tag) != "item":
            continue
        link = _text(item, "link")
        guid = next(_named(item, "guid"), None)
        if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
            link = (guid.text or "").strip()
        published = _text(item, "pubDate") or _text(item, "date")
        yield ListedPage(url=link or "", title=_text(item, "title"), published=published)


def _atom_entries(root: ET.Element) -> Iterator[ListedPage]:
    for entry in _named(root, "entry"):
        links = [
            link.get("href", "").strip()
            for link in _named(entry, "link")
            if link.get("rel", "alternate") == "alternate"
        ]
        yield ListedPage(
            url=next((href for href in links if href), ""),
            title=_text(entry, "title"),
            published=_text(entry, "published"),
            modified=_text(entry, "updated"),
        )


def _named(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local_name(child.tag) == name)


def _text(element: ET.Element, name: str) -> str | None:
    child = next(_named(element, name), None)
    text = "".join(child.itertext()).strip() if child is not None else ""
    return text or None
