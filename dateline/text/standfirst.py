"""A standfirst printed under the byline: the story's summary, not its first paragraph.

Many pages print the headline, the byline and date, then a one- or two-sentence summary, and
only then the story ("By Jane Roe" / "March 4, 2025" / "The decision saves the town £80,000
a year." / "MILLBROOK — Councillors voted …"). The summary reads as prose and more prose
follows it, so the body would start there; it is the dek when it reads as one: short, at most
two sentences, with no dateline of its own, right under the byline or date line (and no
summary over them), and before a paragraph that opens with a dateline or is long beside it.
"""

from __future__ import annotations

import re

from dateline.recognise.datelines import find_dateline
from dateline.text.lines import SENTENCE_ENDS, Line

#: Most words of a standfirst under the byline: a summary runs to one or two short sentences,
#: a story's lead paragraph to 25-60 words (Scrapinghub pages flattened to text: a 26-word lead
#: over a 56-word quote had been taken for the dek at 35).
MAX_STANDFIRST_WORDS = 25
#: Most sentences of a standfirst.
MAX_STANDFIRST_SENTENCES = 2
#: Fewest characters of the paragraph after a standfirst without a dateline, and how many
#: times the standfirst's length it must be: a long opening paragraph under a much shorter
#: line, not a lead paragraph followed by its second one. Characters, not words, as languages
#: that join words into suffixes (Turkish, Finnish) say in 34 words what English says in 45;
#: 220 characters are ~40 English words (``body.MIN_LONE_OPENING_WORDS``).
MIN_NEXT_CHARS = 220
MIN_NEXT_RATIO = 2
#: Most words of a one-sentence standfirst known only by the long paragraph after it (no
#: dateline there): a story's one-sentence lead runs to 20-35 words over a longer second
#: paragraph just as a summary does, and taking the lead for the dek loses the story's first
#: paragraph (review of session 19: a 20-word lead was lost so). The text probe's one-sentence
#: standfirsts ran to 9-14 words; two sentences are a summary's, not a lead's.
MAX_SHORT_STANDFIRST_WORDS = 15
#: Roles of the lines a standfirst sits under.
_HEADER_META = frozenset({"byline", "date", "timestamp"})
#: A sentence's end followed by the next sentence's start.
_SENTENCE_BREAK_RE = re.compile(r"[.!?؟۔।。][\"”’')]?\s+\S")


def standfirst_under_byline(lines: list[Line], span: tuple[int, int]) -> int | None:
    """The index of a standfirst that opens the body ``span`` under its byline, or None."""
    first = span[0]
    if first == 0 or lines[first - 1].role not in _HEADER_META:
        return None
    meta = first - 1
    while meta > 0 and lines[meta - 1].role in _HEADER_META:
        meta -= 1
    if meta > 0 and not lines[meta - 1].role and lines[meta - 1].is_prose:
        return None  # the page printed its summary over the byline: one standfirst a story
    line = lines[first]
    if line.words > MAX_STANDFIRST_WORDS or line.text[-1] not in SENTENCE_ENDS:
        return None
    breaks = len(_SENTENCE_BREAK_RE.findall(line.text))
    if breaks >= MAX_STANDFIRST_SENTENCES:
        return None
    if find_dateline(line.text, story=True) is not None:
        return None
    following = next(
        (i for i in range(first + 1, span[1] + 1) if not lines[i].role and lines[i].is_prose),
        None,
    )
    if following is None:
        return None
    after = lines[following]
    summary = breaks > 0 or line.words <= MAX_SHORT_STANDFIRST_WORDS
    long_after = summary and len(after.text) >= max(MIN_NEXT_CHARS, MIN_NEXT_RATIO * len(line.text))
    if long_after or find_dateline(after.text, story=True) is not None:
        return first
    return None
