"""XML from strangers (sitemaps, feeds) parsed into an ElementTree without entity expansion.

The dangers of untrusted XML are entity declarations (the "billion laughs" expansion) and
external entities (reading local files or other URLs). The parser is the standard library's
expat, driven directly rather than through ``xml.etree``, so that it can refuse any document
that declares an entity (sitemaps and feeds never need one) and never loads an external DTD or
entity (parameter-entity parsing stays off and no external-entity handler is set). That keeps
the safety without a new dependency: ``defusedxml`` does the same on top of expat, and lxml is
only installed with the benchmark extra.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

_BOM = b"\xef\xbb\xbf"
#: The encoding an XML declaration names (``<?xml version="1.0" encoding="Shift_JIS"?>``).
_DECLARED_ENCODING_RE = re.compile(rb"""\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"'>]{1,40})["']""")


class XMLError(ValueError):
    """The bytes are not well-formed XML, or declare entities; the message says where."""


def parse_xml(data: bytes) -> ET.Element:
    """The root element of the XML document ``data``; ``XMLError`` when it cannot be parsed.

    Element and attribute names in a namespace are written ``{uri}local``, as in ``xml.etree``.
    Leading whitespace before the XML declaration (a common slip of generated files) is allowed.
    """
    root, error = parse_xml_prefix(data)
    if error is not None:
        raise error
    assert root is not None  # no error means a root was read
    return root


def parse_xml_prefix(
    data: bytes, encoding: str | None = None
) -> tuple[ET.Element | None, XMLError | None]:
    """The document as far as it is well-formed, and the error that stopped it (``None`` for
    a whole document), as ``parse_xml`` reads it. ``encoding`` overrides the one the document
    declares. expat reads UTF-8, UTF-16 and single-byte encodings, and no multi-byte one
    ("Shift_JIS", "GBK", "EUC-KR": feeds of Japanese, Chinese and Korean sites): those are
    decoded here and read as UTF-8; so is a declared encoding no codec knows ("UFT-8", a slip),
    UTF-8 being XML's default and the only encoding the sitemap protocol allows.

    Elements left open at the error are dropped unless they hold a whole element (the root is
    kept): a sitemap or feed cut short in transfer, or broken by one bad entry, still gives
    the whole entries before it (``None`` when not even the root element was read).
    """
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(encoding, namespace_separator="}")
    parser.buffer_text = True
    open_elements: list[ET.Element] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        element = builder.start(_name(name), {_name(key): value for key, value in attrs.items()})
        open_elements.append(element)

    def end(name: str) -> None:
        builder.end(_name(name))
        open_elements.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = _refuse_entity
    try:
        parser.Parse(_trim(data), True)
        return builder.close(), None
    except expat.ExpatError as err:
        reason = expat.ErrorString(err.code) if err.code else str(err)
        error = XMLError(f"not well-formed XML ({reason}, line {err.lineno})")
    except XMLError as err:  # an entity declaration
        error = err
    except AssertionError:  # TreeBuilder.close on a document without a root element
        return None, XMLError("not well-formed XML (no element)")
    except (LookupError, ValueError):
        # expat asked Python for a codec of the declared name: there is none (LookupError),
        # or a multi-byte one, which expat cannot take (ValueError).
        if encoding is not None:
            raise
        return parse_xml_prefix(_in_utf8(data), "utf-8")
    if not open_elements:
        return None, error
    # Innermost first: an open element without a whole child is cut (a "<loc>https://a.ex"),
    # one with whole children keeps them (a feed's "<channel>" and the items read).
    for depth in range(len(open_elements) - 1, 0, -1):
        if not len(open_elements[depth]):
            open_elements[depth - 1].remove(open_elements[depth])
    return open_elements[0], error


def local_name(tag: str) -> str:
    """``{uri}local`` → ``local``; a name without a namespace is returned as it is."""
    return tag.rsplit("}", 1)[-1]


def _name(expat_name: str) -> str:
    return "{" + expat_name if "}" in expat_name else expat_name


def _refuse_entity(name: str, *_declaration: object) -> None:
    raise XMLError(f"declares entity {name!r}; entities are refused")


def _in_utf8(data: bytes) -> bytes:
    """``data`` decoded by the encoding its XML declaration names, in UTF-8 (bytes no codec of
    that name reads are replaced); as it is when Python has no text codec of that name."""
    declared = _DECLARED_ENCODING_RE.match(data)
    if declared is None:
        return data
    try:
        return data.decode(declared[1].decode("ascii", "replace").strip(), "replace").encode()
    except (LookupError, ValueError):  # ValueError: "undefined", a NUL in the name
        return data


def _trim(data: bytes) -> bytes:
    if data.startswith(_BOM):
        return _BOM + data[len(_BOM) :].lstrip(b" \t\r\n")
    return data.lstrip(b" \t\r\n")
