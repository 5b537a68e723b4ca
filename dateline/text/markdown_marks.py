"""Markdown marks in a dump: reader modes, clippers and crawlers that write Markdown ("# Floods
close schools", "**By Jane Roe**", "[the council](https://…)", "---") leave them around
the words a browser's copy holds. In a Markdown document the words are kept and the marks
dropped; other dumps keep what they print ("## Setup" or "__init__.py" in a tutorial's code).
"""

from __future__ import annotations

import re

#: The first line of a Markdown document: its title as a level-one heading ("# Floods close
#: schools"). Asterisks, brackets and hashes elsewhere are too often a page's own text (WCXB dev
#: pages flattened to text: 14 tutorials and docs lost code and CMS-printed Markdown when every
#: dump was read as Markdown).
_TITLE_RE = re.compile(r"^\s*#\s+\S")
#: "# Headline" to "###### Subheading".
_HEADING_RE = re.compile(r"^\s*#{1,6}\s+(?=\S)")
#: A thematic break alone on its line: "---", "***", "* * *", "___".
_RULE_RE = re.compile(r"^\s*(?:([-*_])\s*){3,}$")
#: An image: "![alt](https://…)"; it stands for a picture, not for words of the text.
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
#: A link: "[the council](https://…)" → "the council".
_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
#: Bold: "**By Jane Roe**".
_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
#: A whole line in italics: "*Jane Roe is the science editor.*".
_ITALIC_LINE_RE = re.compile(r"^(\s*)([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\2\s*$")
#: Characters without which a line holds no Markdown mark: a quick test before the patterns.
_MARK_CHARS = frozenset("#*_[-")


def is_markdown(lines: list[str]) -> bool:
    """Whether a dump is a Markdown document: its first line is a level-one heading."""
    first = next((line for line in lines if line.strip()), "")
    return _TITLE_RE.match(first) is not None


def without_markdown_marks(line: str) -> str:
    """The line's words without Markdown marks; a thematic break becomes a blank line."""
    if not _MARK_CHARS.intersection(line):
        return line
    if _RULE_RE.match(line):
        return ""
    line = _HEADING_RE.sub("", line)
    line = _LINK_RE.sub(r"\1", _IMAGE_RE.sub("", line))
    line = _BOLD_RE.sub(r"\1", line)
    return _ITALIC_LINE_RE.sub(r"\1\3", line)
