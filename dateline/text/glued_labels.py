"""A box's label run together with its links: a crawler that flattens inline elements without
spaces prints a related box as one line, "Te puede interesarEl mercado amplía su
horarioNuevo carril bici …". The label is chrome on its own line; glued to the headlines it
heads, the whole line is that chrome.
"""

from __future__ import annotations

from dateline.recognise.chrome_text import chrome_kind

#: Longest label read before the glue, in characters ("Das könnte Sie auch interessieren" is
#: 33).
MAX_LABEL_CHARS = 40
#: Kinds of box whose label heads a list of links.
_LINK_BOX_KINDS = frozenset({"related", "share"})


def glued_box_kind(text: str) -> str | None:
    """The kind of link box ("related", "share") whose label opens the line glued to the
    first link's text, or None."""
    for end in range(2, min(len(text), MAX_LABEL_CHARS + 1)):
        if not (text[end - 1].islower() and text[end].isupper()):
            continue  # a label ends where a capital follows a lower-case letter unspaced
        kind = chrome_kind(text[:end])
        if kind in _LINK_BOX_KINDS:
            return kind
    return None
