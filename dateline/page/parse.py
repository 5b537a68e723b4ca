"""Parsing a decoded page once, with the one guard the parser needs."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.errors import InputError

#: Unclosed tags of one kind from which a page is refused: the parser's time grows with the
#: square of nesting depth (0.11 s at 10,000 levels, 1.9 s at 40,000, 22 s at 100,000).
MAX_OPEN_TAGS = 20_000
_NESTING_TAGS = ("div", "span", "b", "i", "u", "font", "table", "section", "a", "em", "strong",
                 "blockquote", "ul", "ol", "small", "center", "article")  # fmt: skip


def refuse_deep_nesting(html: str, name: str) -> None:
    """Raise InputError for a page nested deeper than MAX_OPEN_TAGS (checked cheaply)."""
    if html.count("<") < MAX_OPEN_TAGS:
        return
    low = html.lower()
    for tag in _NESTING_TAGS:
        if low.count(f"<{tag}") <= MAX_OPEN_TAGS:
            continue  # every "<tag>" and "<tag " starts so: too few to open that many
        opened = low.count(f"<{tag}>") + low.count(f"<{tag} ")
        if opened > MAX_OPEN_TAGS and opened - low.count(f"</{tag}>") > MAX_OPEN_TAGS:
            raise InputError(
                f"{name}: more than {MAX_OPEN_TAGS:,} unclosed <{tag}> tags; "
                "a page nested that deep is refused rather than parsed for minutes"
            )


def parse_page(html: str, name: str) -> LexborHTMLParser:
    """The page's tree (lexbor, HTML5 rules); InputError for pathological nesting."""
    refuse_deep_nesting(html, name)
    return LexborHTMLParser(html)
