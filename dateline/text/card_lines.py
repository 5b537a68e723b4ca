"""Link boxes that a crawler flattened onto one line, long enough to pass for a paragraph.

A "most read" list run together ("1 Storm closes schools 2 Mayor resigns 3 …"), a card whose
headline is printed twice, as its link text and as its image's title ("Best winter coats Best
winter coats"), and a card whose headline runs into its teaser ("Mayor ResignsThe mayor said
…") reach 20 or 40 words and read as prose; each is the site's, not the story's.
"""

from __future__ import annotations

import re

from dateline.recognise.chrome_text import is_share_word
from dateline.text.lines import Line

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
#: Where a card's headline runs into its teaser unspaced: a word's lower-case end (three letters
#: or more, which "iPhone" and "YouTube" have not), a closing mark or a number against the
#: teaser's capital ("Bill At Troy SteakhouseA party of six left …", "To 4,000The state …").
_GLUE_RE = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[?!)’'\"”]))(?=[A-Z][a-z]*\s)|(?<=\d)(?=[A-Z][a-z]+\s)"
)
#: Fewest words of a glued card's headline, and share of them capitalised: a headline in title
#: case ("Customers Leave Without Paying"); a brand glued mid-sentence ("… on PlayStation …")
#: has sentence-case words before it.
MIN_GLUED_HEADLINE_WORDS = 4
MIN_TITLE_CASE_SHARE = 0.6
#: Fewest words of the teaser after the glue: a sentence of summary.
MIN_GLUED_TEASER_WORDS = 8
#: Fewest glued cards in a row that make a card list (a card box holds three to eight).
MIN_GLUED_RUN = 3
#: Fewest share-bar words alone on consecutive lines that make a share bar ("Facebook" /
#: "WhatsApp" / "Copy"); one alone may be a story's subheading.
MIN_SHARE_RUN = 2
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


def claim_glued_cards(lines: list[Line]) -> None:
    """Mark as "related" each run of ``MIN_GLUED_RUN`` or more unclassified lines that are all
    cards glued to their teasers: a card list. One such line alone is as often a story's
    subheading run into its paragraph (WCXB dev, flattened: claiming lone lines cut such
    subheaded paragraphs from 60 pages)."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and not line.role and _is_glued_card(line.text, line.words):
            run.append(line)
            continue
        if len(run) >= MIN_GLUED_RUN:
            for card in run:
                card.role = "related"
        run = []


def _is_glued_card(text: str, words: int) -> bool:
    """Whether the line is a card's title-case headline run into its teaser with no space."""
    if words < MIN_GLUED_HEADLINE_WORDS + MIN_GLUED_TEASER_WORDS:
        return False
    glue = _GLUE_RE.search(text)
    if glue is None:
        return False
    headline = text[: glue.start()].split()
    if len(headline) < MIN_GLUED_HEADLINE_WORDS or words - len(headline) < MIN_GLUED_TEASER_WORDS:
        return False
    capitals = sum(1 for word in headline if word[:1].isupper() or word[:1].isdigit())
    return capitals >= MIN_TITLE_CASE_SHARE * len(headline)


def claim_share_runs(lines: list[Line]) -> None:
    """Mark as "share" each run of ``MIN_SHARE_RUN`` or more unclassified lines that are each
    one share-bar word: a share bar flattened one button a line."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and not line.role and is_share_word(line.text):
            run.append(line)
            continue
        if line is not None and line.role == "share" and run:
            continue  # "Email" between the networks, already known
        if len(run) >= MIN_SHARE_RUN:
            for button in run:
                button.role = "share"
        run = []
