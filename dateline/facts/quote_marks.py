"""Quoted stretches of a text, found from its quotation marks alone (no parsing).

Handles curly and straight double marks, a closing mark typed where an opening one belongs,
and the newspaper convention for a quote over several paragraphs: each paragraph opens with a
mark and only the last one closes it.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING_MARKS = frozenset("“„«")
CLOSING_MARKS = frozenset("”»")
STRAIGHT_MARK = '"'
ALL_MARKS = OPENING_MARKS | CLOSING_MARKS | {STRAIGHT_MARK}


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quotation: ``start`` is the offset of its opening mark, ``end`` the offset just past
    its closing mark (or the end of its last paragraph when the mark never closes)."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        """Offset of the first quoted character."""
        return self.start + 1

    def inner_end(self, text: str) -> int:
        """Offset just past the last quoted character (before the closing mark, if any)."""
        return self.end - 1 if text[self.end - 1] in ALL_MARKS else self.end


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quote, judged by its neighbours."""
    mark = text[i]
    if mark in OPENING_MARKS:
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in CLOSING_MARKS:
        # A closing mark typed at a word start, e.g. ”We will …”.
        return (before.isspace() or before in "([—–-") and not after.isspace()
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line of ``text``."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def find_quoted(text: str) -> list[QuotedSpan]:
    """Every quotation in ``text``, in order; quotes never nest (inner marks are content)."""
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    previous_end = 0
    for para_start, para_end in _paragraphs(text):
        lead = para_start
        while lead < para_end and text[lead].isspace():
            lead += 1
        if open_at is not None and not (text[lead] in ALL_MARKS and _opens(text, lead)):
            # The quote left open in the last paragraph does not continue here.
            spans.append(QuotedSpan(open_at, previous_end))
            open_at = None
        for i in range(para_start, para_end):
            if text[i] not in ALL_MARKS:
                continue
            if open_at is None:
                if _opens(text, i):
                    open_at = i
            elif i == lead and i != open_at:
                # A paragraph that re-opens a running quote: the mark continues it.
                continue
            elif text[i] not in OPENING_MARKS:
                spans.append(QuotedSpan(open_at, i + 1))
                open_at = None
        previous_end = para_end
    if open_at is not None:
        spans.append(QuotedSpan(open_at, previous_end))
    return spans
