"""News feeds: the item links of RSS 2.0 (and RSS 1.0 / RDF) and Atom, with titles and dates.

RSS items give ``<link>`` (or a ``<guid>`` that is a permalink), ``<title>``, ``<pubDate>``
(``<dc:date>`` in RSS 1.0); Atom entries give the ``<link>`` whose ``rel`` is ``alternate`` (or
absent), ``<title>``, ``<published>`` and ``<updated>``. Names are matched by their local part,
as feeds mix namespaces freely, with one exception: an RSS item's ``<atom:link rel="self">``
(which many feeds put in each item) is not its ``<link>``. Relative links are resolved against
``xml:base`` where the feed sets it (RFC 4287, section 2; on the feed, an entry or the link
itself), else against the feed's URL. A feed that declares no encoding is decoded with the
HTTP charset (RFC 7303).
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.message import Message

from dateline.sources.raw import ListingError, RawPage, SourceError
from dateline.sources.safexml import local_name, parse_xml_prefix
from dateline.sources.sitemaps import ListedPage
from dateline.urls import join_url

#: Root elements of the feed formats read: RSS 0.9x/2.0, RSS 1.0 (``rdf:RDF``), Atom.
FEED_ROOTS = frozenset({"rss", "RDF", "feed"})
_ATOM = "{http://www.w3.org/2005/Atom}"
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
#: Byte-order marks: each says the encoding, whatever a header says (RFC 7303, section 3).
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)
#: An XML declaration that names an encoding (``<?xml version="1.0" encoding="…"?>``).
_DECLARED_RE = re.compile(rb"\s*<\?xml\b[^>]*?\bencoding\s*=")


def read_feed(page: RawPage) -> tuple[list[ListedPage], SourceError | None]:
    """The items of the RSS or Atom feed in ``page`` (those without a usable link left out)
    and, when its XML breaks after whole items (a feed cut short in transfer, one item with a
    stray "&"), the ``SourceError`` naming it, which is raised when no item came before it."""
    root, broken = parse_xml_prefix(_in_declared_charset(page))
    error = ListingError(page.name, f"malformed feed: {broken}") if broken else None
    if root is None:
        raise error or ListingError(page.name, "malformed feed")
    kind = local_name(root.tag)
    if kind not in FEED_ROOTS:
        raise error or ListingError(page.name, f"not an RSS or Atom feed (root element <{kind}>)")
    base = page.url or ""
    items = _atom_entries(root, base) if kind == "feed" else _rss_items(root, base)
    found = [item for item in items if item.url]
    if error is not None and not found:
        raise error
    return found, error


def _in_declared_charset(page: RawPage) -> bytes:
    """The feed's bytes, in UTF-8 when the HTTP charset must say how they are written: the
    document has neither a byte-order mark nor an encoding in its XML declaration, so the
    parser would take it for UTF-8 (a ``windows-1251`` feed served as
    ``application/rss+xml; charset=windows-1251``).

    A document that is valid UTF-8 is left as it is whatever the header says: servers label
    UTF-8 feeds ``ISO-8859-1`` far more often than a legacy encoding happens to be valid UTF-8.
    """
    data = page.data
    charset = _http_charset(page.content_type)
    if not charset or data.startswith(_BOMS) or _DECLARED_RE.match(data):
        return data
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data
    if codec == "utf-8":
        return data
    if not codec.startswith(("utf-16", "utf-32")):
        try:
            data.decode("utf-8")
            return data
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(codec).encode("utf-8")
    except UnicodeDecodeError:  # not in that encoding either: the parser says what is wrong
        return data


def _http_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    header = Message()
    header["Content-Type"] = content_type
    return header.get_content_charset()


def _rss_items(root: ET.Element, base: str) -> Iterator[ListedPage]:
    for item, item_base in _with_bases(root, base):
        if local_name(item.tag) != "item":
            continue
        link = _rss_link(item, item_base)
        guid = next(_named(item, "guid"), None)
        if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
            link = _resolve(item_base, guid, (guid.text or "").strip())
        published = _text(item, "pubDate") or _text(item, "date")
        yield ListedPage(url=link or "", title=_text(item, "title"), published=published)


def _rss_link(item: ET.Element, base: str) -> str:
    """The item's RSS ``<link>`` text (RSS 2.0 has no namespace, RSS 1.0 its own), else the
    address of an Atom-style link to the item itself (``rel`` alternate or absent)."""
    for link in _named(item, "link"):
        text = "".join(link.itertext()).strip()
        if text and not link.tag.startswith(_ATOM):
            return _resolve(base, link, text)
    return _alternate(item, base)


def _atom_entries(root: ET.Element, base: str) -> Iterator[ListedPage]:
    feed_base = _based(root, base)
    for entry in _named(root, "entry"):
        yield ListedPage(
            url=_alternate(entry, _based(entry, feed_base)),
            title=_text(entry, "title"),
            published=_text(entry, "published"),
            modified=_text(entry, "updated"),
        )


def _alternate(element: ET.Element, base: str) -> str:
    """The resolved ``href`` of the first ``<link>`` child whose ``rel`` is ``alternate`` (or
    absent) and that has one; "" when there is none."""
    for link in _named(element, "link"):
        href = link.get("href", "").strip()
        if href and link.get("rel", "alternate") == "alternate":
            return _resolve(base, link, href)
    return ""


def _with_bases(root: ET.Element, base: str) -> Iterator[tuple[ET.Element, str]]:
    """Every element of the tree, in document order, with the base URI in effect on it."""
    stack = [(root, base)]
    while stack:
        element, outer = stack.pop()
        inner = _based(element, outer)
        yield element, inner
        stack.extend((child, inner) for child in reversed(element))


def _based(element: ET.Element, base: str) -> str:
    """The base URI inside ``element``: its ``xml:base`` resolved against ``base``."""
    declared = element.get(_XML_BASE, "").strip()
    return join_url(base, declared) if declared else base


def _resolve(base: str, element: ET.Element, href: str) -> str:
    """``href``, written on ``element``, resolved against the base in effect there."""
    return join_url(_based(element, base), href)


def _named(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local_name(child.tag) == name)


def _text(element: ET.Element, name: str) -> str | None:
    child = next(_named(element, name), None)
    text = "".join(child.itertext()).strip() if child is not None else ""
    return text or None
