"""A story forwarded or saved by email: the mail's own header block ("---------- Forwarded
message ---------", "From: …", "Date: …", "Subject: …", or those fields opening a saved
newsletter) is dropped, as its date, sender and subject are the mail's, not the story's; and
the "> " marks that quote the story are taken off its lines.
"""

from __future__ import annotations

import re

#: The line that opens a forwarded or quoted mail in the common mail clients.
_FORWARD_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE,
)
#: A field of the mail's header block.
_HEADER_FIELD_RE = re.compile(r"^\s*(?:from|sent|date|to|cc|bcc|subject|reply-to)\s*:", re.I)
#: The quote marks opening a line: ">", "> >", ">>".
_QUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
#: Share of the non-blank lines that must be quoted before the marks are taken off: the story
#: of a forwarded mail is most of it; a quoted line or two in a story are its own.
MIN_QUOTED_SHARE = 0.5


def without_mail_marks(lines: list[str]) -> list[str]:
    """The lines without a forwarded mail's header block and quote marks; unchanged when the
    dump is no forwarded or quoted mail."""
    lines = _without_headers(lines)
    filled = [line for line in lines if line.strip()]
    quoted = sum(_QUOTE_RE.match(line) is not None for line in filled)
    if not filled or quoted < MIN_QUOTED_SHARE * len(filled):
        return lines
    return [_QUOTE_RE.sub("", line) for line in lines]


#: Fields that make the lines opening a dump a mail's own header block: a saved newsletter
#: or mail opens with its sender and subject ("From: …", "Subject: …").
_OPENING_FIELDS = frozenset({"from", "subject"})


def _without_headers(lines: list[str]) -> list[str]:
    """The lines without each forwarding line and the header fields right under it, and
    without the header block opening a saved mail (its first lines, a sender and a subject
    among them)."""
    kept: list[str] = []
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    opening = first
    while opening < len(lines) and _HEADER_FIELD_RE.match(lines[opening]):
        opening += 1
    names = {line.split(":", 1)[0].strip().lower() for line in lines[first:opening]}
    index = opening if names >= _OPENING_FIELDS else 0
    while index < len(lines):
        if _FORWARD_RE.match(lines[index]):
            index += 1
            while index < len(lines) and _HEADER_FIELD_RE.match(lines[index]):
                index += 1
            continue
        kept.append(lines[index])
        index += 1
    return kept
