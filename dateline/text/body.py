"""Where the article body runs in a dump: from its first paragraph to its last.

The body starts at the first prose line that another prose line follows (a standfirst is
followed by its byline instead), or at a prose line long enough to stand alone. It ends at the
last prose line before the page's closing chrome: a comments or footer block, or a related
block that no further prose follows. Short lines inside that span (subheadings, one-line
paragraphs) belong to the body; chrome inside it stays chrome.
"""

from __future__ import annotations

from dateline.text.classify import is_bare_related_header
from dateline.text.lines import Line

#: Words of a paragraph that starts a body on its own, without a second paragraph after it:
#: a standfirst runs to ~35 words, a wire story's first paragraph often to 40-60.
MIN_LONE_OPENING_WORDS = 40
#: Roles that close an article: what follows them is the page's, not the story's.
_CLOSING = frozenset({"comments", "footer"})
#: Roles that separate a standfirst from the body (a byline or date under it).
_HEADER_META = frozenset({"byline", "date"})
#: Roles passed over when looking for the next paragraph: chrome set inside a story, and the
#: photo captions and credit lines that sit between paragraphs.
_PASSED_OVER = frozenset(
    {
        "advertisement",
        "share",
        "newsletter",
        "other",
        "cookie_notice",
        "navigation",
        "teaser",
        "caption",
        "credit",
        "related",
    }
)


def find_body(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) index of the body's lines, or None when the dump has no prose."""
    start = _find_start(lines)
    if start is None:
        return None
    last = start
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if line.role in _CLOSING:
            break
        if is_bare_related_header(line) and not _prose_after_teasers(lines, index):
            break
        if not line.role and line.is_prose:
            last = index
        index += 1
    return start, last


def _find_start(lines: list[Line]) -> int | None:
    first_prose = None
    for index, line in enumerate(lines):
        if line.role or not line.is_prose:
            continue
        if first_prose is None:
            first_prose = index
        if line.words >= MIN_LONE_OPENING_WORDS:
            return index
        following = _next_non_chrome(lines, index)
        if following is not None and not following.role and following.is_prose:
            return index
    return first_prose


def _next_non_chrome(lines: list[Line], index: int) -> Line | None:
    """The next line that is a paragraph or a byline/date, passing over chrome and captions."""
    for line in lines[index + 1 :]:
        if not line.role or line.role in _HEADER_META:
            return line
        if line.role not in _PASSED_OVER:
            return None
    return None


def _prose_after_teasers(lines: list[Line], header: int) -> bool:
    """True when body prose resumes after a related block (a box set inside the story)."""
    following = _next_non_chrome(lines, header)
    return following is not None and not following.role and following.is_prose
