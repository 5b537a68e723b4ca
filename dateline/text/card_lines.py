"""Link boxes that a crawler flattened onto one line, long enough to pass for a paragraph.

A "most read" list run together ("1 Storm closes schools 2 Mayor resigns 3 …") and a card whose
headline is printed twice, as its link text and as its image's title ("Best winter coats Best
winter coats"), reach 20 or 40 words and read as prose; each is the site's, not the story's.
"""

from __future__ import annotations

import re

#: A ranked list on one line: "1", "2", "3", "4" (or "1.", "2)" …) in order, each opening an
#: item of two words or more. Four ranks, as "most read" boxes list five to ten stories; a
#: sentence counting "1 ... 2 ... 3" rarely reaches a fourth.
_RANKED_RE = re.compile(
    r"^1[.)]?\s+(?:\S+\s+){2,}?2[.)]?\s+(?:\S+\s+){2,}?3[.)]?\s+(?:\S+\s+){2,}?4[.)]?\s+\S"
)
#: Most words of a ranked list read: ten headlines of up to twenty words; the bound keeps the
#: pattern's backtracking cheap on a long line.
MAX_RANKED_WORDS = 200
#: Fewest words of a line printed twice over that is a card and not a chant ("Go Go", "Bye
#: bye") or a table's header over its two halves ("Name Score Name Score"): a half as long as a
#: card's headline (four words and more; WCXB dev, flattened: buttons and table headers printed
#: twice of two or three words had been dropped from product and blog pages).
MIN_DOUBLED_WORDS = 8
#: Most words of a line printed twice over that is a card: two copies of a headline's longest
#: (``Line.is_headline``: 30 words). A longer line is a paragraph, however repetitive.
MAX_DOUBLED_WORDS = 60
#: Typographic quotes read as their plain forms, as one copy of a card's text may use them and
#: the other not ("Port’s best deals Port's best deals").
_PLAIN_QUOTES = str.maketrans("‘’“”", "''\"\"")


def flattened_box_kind(text: str, words: int) -> str | None:
    """The kind "related" when the line is a link box run together (a ranked list, or a headline
    printed twice over), else None."""
    ranked = words <= MAX_RANKED_WORDS and _RANKED_RE.match(text) is not None
    if ranked or _is_doubled(text, words):
        return "related"
    return None


def _is_doubled(text: str, words: int) -> bool:
    """Whether the line's second half repeats its first word for word."""
    if not MIN_DOUBLED_WORDS <= words <= MAX_DOUBLED_WORDS or words % 2:
        return False
    split = text.translate(_PLAIN_QUOTES).casefold().split()
    half = len(split) // 2
    return len(split) == words and split[:half] == split[half:]
