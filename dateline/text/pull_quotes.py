"""Pull quotes: a sentence of the story set again, larger, between its paragraphs. A dump
prints it as a line of its own, often clipped ("… left to a single council vote." for "… left
to a single council vote in a half-empty chamber."), so it is found inside a longer paragraph
of the same body rather than as a repeated line.
"""

from __future__ import annotations

from dateline.text.lines import Line

#: Fewest words of a pull quote: eight words running in the same order twice in one story are
#: not chance, while a short sentence ("The council declined to comment.") may well recur.
MIN_PULL_QUOTE_WORDS = 8
#: Longest pull quote, in words: they are set in large type and run to ~40.
MAX_PULL_QUOTE_WORDS = 50
#: Marks a pull quote adds or drops around the sentence it repeats.
_QUOTE_MARKS = " .…!?\"'“”‘’«»"


def drop_pull_quotes(body: list[Line]) -> list[Line]:
    """The body's paragraphs without the lines that repeat part of a longer paragraph; those
    lines get the role ``"duplicate"``."""
    joined = "\n".join(line.text for line in body)
    kept: list[Line] = []
    for line in body:
        if MIN_PULL_QUOTE_WORDS <= line.words <= MAX_PULL_QUOTE_WORDS:
            core = line.text.strip(_QUOTE_MARKS)
            if joined.count(core) > line.text.count(core):  # printed again in another line
                line.role = "duplicate"
                continue
        kept.append(line)
    return kept
