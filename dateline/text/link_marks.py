"""Text-browser link markup: ``lynx -dump`` numbers every link in the text ("By [8]Jane Roe",
"[12]Home") and lists the links' addresses under "References" at the end. The list is dropped
and the numbers taken out of the text (after its wrapped lines are joined: lynx wrapped them
with the numbers in), as a browser's copy has neither.
"""

from __future__ import annotations

import re

#: A link number at a link's start: after the line's start, a space or an opening bracket or
#: quote, and before the link's first word ("[12]Home", "By [8]Jane Roe"); a footnote mark
#: ("rose 4%.[3]", "see [2].") is left alone. "[IMG]" stands for an image without alt text.
_MARK_RE = re.compile(r"(?:^|(?<=[\s(\"“'|]))\[(?:\d{1,4}|IMG)\](?=[\w\"“'(«„])")
#: Numbered link marks from which a dump is a text browser's: two, as a header alone has a home
#: link and a menu.
MIN_MARKS = 2
#: The sub-headings of the list of link addresses.
_REFERENCE_HEADINGS = frozenset({"visible links:", "hidden links:"})
#: One entry of that list: "  12. https://example.com/news/".
_REFERENCE_RE = re.compile(r"^\s*\d{1,5}\.\s+[a-z][a-z0-9+.-]*:\S*$", re.IGNORECASE)


def without_link_marks(lines: list[str]) -> list[str]:
    """The lines without lynx's link numbers; unchanged when the dump has none."""
    marks = 0
    for line in lines:
        marks += len(_MARK_RE.findall(line))
        if marks >= MIN_MARKS:
            return [_MARK_RE.sub("", line) for line in lines]
    return lines


def without_references(lines: list[str]) -> list[str]:
    """The lines without the reference list: a "References" heading that link entries follow,
    after blank lines or the "Visible links:" sub-heading, and those entries."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        if lines[index].strip().lower() == "references":
            end = index + 1
            while end < len(lines) and _in_reference_list(lines[end]):
                end += 1
            if any(_REFERENCE_RE.match(line) for line in lines[index + 1 : end]):
                index = end
                continue
        kept.append(lines[index])
        index += 1
    return kept


def _in_reference_list(line: str) -> bool:
    text = line.strip().lower()
    return not text or text in _REFERENCE_HEADINGS or _REFERENCE_RE.match(line) is not None
