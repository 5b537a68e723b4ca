"""Quoted stretches of a text, found from its quotation marks alone (no parsing).

Handles curly and straight double marks, German („…“) and French («…») ones, the doubled
apostrophes and backticks some archives use for them (''…'' and ``…''), a closing mark typed
where an opening one belongs, and the newspaper convention for a quote over several
paragraphs: each paragraph opens with a mark and only the last one closes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_MARKS = frozenset("“„«")
CLOSING_MARKS = frozenset("”»")
STRAIGHT_MARK = '"'
ALL_MARKS = OPENING_MARKS | CLOSING_MARKS | {STRAIGHT_MARK}
#: Quote marks as the tokenizer leaves them (single characters and doubled ones).
MARK_TOKENS = ALL_MARKS | {"''", "``"}
#: Two-character marks, rewritten to one mark and a filler of the same length before scanning.
_DOUBLED = re.compile(r"''|``")
_FILLER = "\x00"
#: Marks that open a quotation: at the start of a line or after a space, a bracket or a dash.
#: A straight single mark before a decade or a clipped word ("the '90s", "'em", "'til") is an
#: apostrophe; a doubled one ('') stands for a double mark.
_SINGLE_OPENING = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))(?:‘|'(?!\d0s\b|(?:em|til|tis|twas|cause|n)\b|'))(?=\S)",
    re.M | re.I,
)
_DOUBLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–:-]))(?:[“\"„«]|''|``)(?=\S)", re.M)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quotation: ``start``/``end`` include its marks, ``inner_start``/``inner_end`` are
    the quoted words alone (``end`` is the end of the last paragraph when no mark closes)."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quote, judged by its neighbours."""
    mark = text[i]
    if mark in OPENING_MARKS:
        return True
    before = text[i - 1] if i > 0 else " "
    j = i + 1
    while j < len(text) and text[j] == _FILLER:
        j += 1
    after = text[j] if j < len(text) else " "
    if mark in CLOSING_MARKS:
        # A closing mark typed at a word start, e.g. ”We will …”.
        return (before.isspace() or before in "([—–-") and not after.isspace()
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _may_close(mark: str, opening: str) -> bool:
    """Whether ``mark`` can close a quote opened with ``opening``: any mark but an opening
    one, and “ after „, the German pair („…“)."""
    return mark not in OPENING_MARKS or (mark == "“" and opening == "„")


def _family(mark: str) -> str:
    """Straight and typographic marks pair only with their own kind."""
    return "straight" if mark == STRAIGHT_MARK else "curly"


def _closes(text: str, i: int, open_at: int, para_end: int) -> bool:
    """Whether the mark at ``i`` (not an opening one) closes the quote opened at ``open_at``:
    a mark of its family does; so does a typographic closing mark after a straight opening
    one, and a straight mark ending a word after a typographic opening one when no
    typographic closing mark follows in the paragraph (mixed marks: "… behind him,” said)."""
    if _family(text[i]) == _family(text[open_at]):
        return True
    if text[i] in CLOSING_MARKS:
        return True
    before = text[i - 1] if i > 0 else " "
    return (
        not before.isspace()
        and not _opens(text, i)
        and not any(c in CLOSING_MARKS for c in text[i + 1 : para_end])
    )


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


def _span(text: str, start: int, end: int) -> QuotedSpan:
    inner_start = start + 1
    while inner_start < end and text[inner_start] == _FILLER:
        inner_start += 1
    inner_end = end
    while inner_end > inner_start and (
        text[inner_end - 1] in ALL_MARKS or text[inner_end - 1] in {_FILLER}
    ):
        inner_end -= 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return QuotedSpan(start, end, inner_start, inner_end)


def _single_quote_style(text: str) -> bool:
    """Whether ``text`` quotes with single marks (‘…’ or '…', British style) rather than
    double ones: more quotes open with a single mark than with a double one."""
    singles = len(_SINGLE_OPENING.findall(text))
    return singles > 0 and singles > len(_DOUBLE_OPENING.findall(text))


def _as_double_quotes(text: str) -> str:
    """``text`` with its single quotation marks written as double ones and its double marks
    (quotes inside quotes, in this style) as single ones, character for character, so that
    offsets hold. A closing mark is told from an apostrophe by what follows it: not a letter
    or digit ("don't", "O'Neill"), and not a space after an "s" ("the members' vote")."""
    chars = list(text)
    for i, char in enumerate(chars):
        if char == "“":
            chars[i] = "‘"
        elif char == "”":
            chars[i] = "’"
        elif char == '"':
            chars[i] = "'"
    opened = set()
    for match in _SINGLE_OPENING.finditer(text):
        chars[match.end() - 1] = "“"
        opened.add(match.end() - 1)
    for i, char in enumerate(text):
        if char not in "’'" or i in opened or text[i + 1 : i + 2].isalnum():
            continue
        if char == "'" and "'" in (text[i - 1 : i], text[i + 1 : i + 2]):
            continue  # a doubled mark ('') is a double one
        if i == 0 or text[i - 1].isspace():
            continue  # a mark after a space opens or is an apostrophe ("'90s"); it never closes
        if text[i - 1] == "s" and i + 1 < len(text) and text[i + 1] == " ":
            # "the officials’ plan": a plural possessive.
            continue
        chars[i] = "”"
    return "".join(chars)


def _with_single_outer_quotes(text: str) -> str:
    """``text`` with each paragraph that quotes in single marks around double ones ("She
    said: 'He told me "never" twice.'") read as a text quoting in single marks, character
    for character: the double marks there are a quote within the quote, and read as the
    quote they broke it (the single-quoted words went unquoted)."""
    chars = list(text)
    for start, end in _paragraphs(text):
        paragraph = text[start:end]
        single = _SINGLE_OPENING.search(paragraph)
        double = _DOUBLE_OPENING.search(paragraph)
        if single is None or double is None or double.start() < single.start():
            continue
        swapped = _as_double_quotes(paragraph)
        closing = swapped.find("”", single.end())
        last_double = max(paragraph.rfind('"'), paragraph.rfind("”"))
        if closing > last_double:  # the single marks hold every double one
            chars[start:end] = swapped
    return "".join(chars)


def find_quoted(text: str) -> list[QuotedSpan]:
    """Every quotation in ``text``, in order; quotes never nest (inner marks are content).

    A text quoting in single marks (‘…’ or '…') is read as if they were double ones.
    """
    if ("‘" in text or "'" in text) and _single_quote_style(text):
        text = _as_double_quotes(text)
    elif "‘" in text or "'" in text:
        text = _with_single_outer_quotes(text)
    text = _DOUBLED.sub('"' + _FILLER, text)
    spans: list[QuotedSpan] = []
    open_at: int | None = None
    previous_end = 0
    for para_start, para_end in _paragraphs(text):
        lead = para_start
        while lead < para_end and text[lead].isspace():
            lead += 1
        if open_at is not None and not (
            text[lead] in ALL_MARKS
            and _opens(text, lead)
            and _family(text[lead]) == _family(text[open_at])
        ):
            # The quote left open in the last paragraph does not continue here.
            spans.append(_span(text, open_at, previous_end))
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
            elif _may_close(text[i], text[open_at]) and _closes(text, i, open_at, para_end):
                end = i + 1
                while end < len(text) and text[end] == _FILLER:
                    end += 1
                spans.append(_span(text, open_at, end))
                open_at = None
        previous_end = para_end
    if open_at is not None:
        spans.append(_span(text, open_at, previous_end))
    return spans
