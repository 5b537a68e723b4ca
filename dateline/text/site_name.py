"""The site's name from a copyright footer line or, failing that, the URL's host."""

from __future__ import annotations

import re

from dateline.recognise.outlet_names import fold_outlet_name
from dateline.text.lines import Line
from dateline.urls import url_site

#: "© 2024 The Example Gazette. All rights reserved." → "The Example Gazette"; the year may
#: also follow the name ("© Example Gazette 2024").
_COPYRIGHT_RE = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^.,|©]{2,60}?)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[.,|]|all rights reserved|$)",
    re.IGNORECASE,
)
#: "All rights reserved" in the languages of the footers that print it alone after "©"
#: ("© RIPRODUZIONE RISERVATA"): no holder's name.
_RIGHTS_RE = re.compile(
    r"\b(?:rights reserved|riproduzione riservata|droits réservés|derechos reservados|"
    r"direitos reservados|rechte vorbehalten|wszelkie prawa|все права)",
    re.IGNORECASE,
)
#: Longest site name taken from a footer, in words.
MAX_SITE_WORDS = 6


def site_from_footer(lines: list[Line]) -> str | None:
    """The holder named by the last copyright line of the page."""
    for line in reversed(lines):
        if line.role != "footer":
            continue
        match = _COPYRIGHT_RE.match(line.text)
        if match is None:
            continue
        name = match.group("name").strip()
        if (
            name
            and len(name.split()) <= MAX_SITE_WORDS
            and name[0].isalnum()
            and _RIGHTS_RE.search(name) is None
        ):
            return name
    return None


def site_from_url(url: str | None) -> str | None:
    """The URL's host without "www.", or None."""
    if not url:
        return None
    return url_site(url if "//" in url else f"//{url}")


#: A promotion of the site itself on a short line, the site named after it: "More Tidewater
#: Courier", "Trending Now on Courier.com", "Latest from The Courier".
_SITE_PROMO_RE = re.compile(
    r"^(?:more(?:\s+from)?|(?:trending|popular|most\s+read)(?:\s+now)?\s+on|latest\s+from)\s+"
    r"(?P<site>.{2,60})$",
    re.IGNORECASE,
)


def is_site_promo(text: str, keys: set[str]) -> bool:
    """Whether a line points to more of the site itself ("More Tidewater Courier"), the site
    known by ``keys`` (``fold_outlet_name`` of its names)."""
    match = _SITE_PROMO_RE.match(text)
    return match is not None and fold_outlet_name(match.group("site")) in keys
