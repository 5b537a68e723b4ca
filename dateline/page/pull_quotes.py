"""Pull quotes: a sentence of the story set large beside it, said twice on the page.

A block inside an element whose class or id names a pull quote ("wp-block-pullquote",
"pull-quote") leaves the body when another body block already holds its words, all of them
or, trimmed or lightly edited, most; a pull quote that says something the body does not (an
interview's highlighted answer) stays.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from dateline.page.blocks import Block, Element
from dateline.page.content import fold

#: Elements climbed from a block in search of the pull quote's wrapper.
MAX_WRAPPER_DEPTH = 4
_PULL_QUOTE = re.compile(r"pull[-_]?quote", re.IGNORECASE)
#: A pull quote of this many words or more repeats a body block that holds this share of
#: them: one trimmed with an ellipsis or lightly edited from the sentence it sets large.
MIN_EDITED_WORDS = 6
MIN_SHARED_WORDS = 0.8
_WORD = re.compile(r"\w+")


def _in_pull_quote(block: Block, elements: list[Element], seen: dict[int, bool]) -> bool:
    """Whether a block sits in a pull quote's wrapper; ``seen`` remembers the elements judged
    (a body's blocks share their ancestors)."""
    e = block.element
    for _ in range(MAX_WRAPPER_DEPTH):
        if e < 0:
            return False
        marked = seen.get(e)
        if marked is None:
            attrs = elements[e].attrs
            words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
            marked = seen[e] = "ull" in words and _PULL_QUOTE.search(words) is not None
        if marked:
            return True
        e = elements[e].parent
    return False


def without_pull_quote_repeats(
    body: list[Block], elements: list[Element]
) -> tuple[list[Block], list[str]]:
    """The body without pull quotes whose words another body block holds, and their texts."""
    seen: dict[int, bool] = {}
    pulled = [i for i, block in enumerate(body) if _in_pull_quote(block, elements, seen)]
    if not pulled:
        return body, []
    # Each other block folded and as words, once for all the page's pull quotes.
    others = [
        (fold(block.text), _WORD.findall(block.text.lower()))
        for i, block in enumerate(body)
        if i not in pulled
    ]
    repeated = {i for i in pulled if _repeats(body[i].text, others)}
    kept = [block for i, block in enumerate(body) if i not in repeated]
    return kept, [body[i].text for i in sorted(repeated)]


def _repeats(pulled: str, others: list[tuple[str, list[str]]]) -> bool:
    """Whether one body block (of ``others``: each folded, and as lower-case words) holds the
    pull quote: its whole text, or, for one trimmed with an ellipsis or lightly edited,
    ``MIN_SHARED_WORDS`` of its words in the block's order."""
    whole = fold(pulled)
    if not whole:
        return False
    if any(whole in folded for folded, _ in others):
        return True
    words = _WORD.findall(pulled.lower())
    if len(words) < MIN_EDITED_WORDS:
        return False
    for _, other_words in others:
        # The words in the same order: a long paragraph holds most function words anywhere.
        matcher = SequenceMatcher(None, words, other_words, autojunk=False)
        shared = sum(block.size for block in matcher.get_matching_blocks())
        if shared >= MIN_SHARED_WORDS * len(words):
            return True
    return False
