"""Hard-wrapped dumps: paragraphs that a text browser or mail client broke at a fixed column
(``lynx -dump``, ``w3m -dump``, text saved at 72 or 80 columns) are joined again.

A wrapper breaks a line where the next word would not fit, so in a wrapped dump the length of
a broken line plus a space plus the first word of the line under it exceeds the wrap width,
and no line is longer than it. The width is the one that explains most breaks that way; the
dump counts as wrapped when enough of its long lines are such breaks and enough of the breaks
fall inside running text. A crawler's one block per line, whose paragraphs run past any
column, a list of menus or headlines, whose lengths scatter, and a table of figures are left
as they are.

Widths are display columns, as a text browser counts them: a Chinese, Japanese or Korean
character takes two. Chinese and Japanese write no spaces between words, so a wrapper breaks
them between any two characters, and their pieces are joined again without a space; Korean
spaces its words and wraps at the spaces, as Latin script does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

#: Widest wrap column looked for: text browsers default to 80 columns (lynx prints up to 79),
#: mail to 72-78; a line past this in a wrapped dump is a URL or a heading it did not break.
MAX_WRAP_WIDTH = 100
#: Narrowest wrap column looked for: tools wrap at 70-80; under 60 the lines of a list of
#: short headlines, each over a date, end near a common column as often as wrapped lines.
MIN_WRAP_WIDTH = 60
#: Breaks a width must explain before the dump counts as wrapped: two paragraphs of two lines.
MIN_BREAKS = 2
#: Share of the lines longer than half the width that must end at a break: in wrapped text
#: every line of a paragraph but its last does (a third in a dump of one- and two-line
#: paragraphs under a header), in a list of headlines only those near the longest happen to.
MIN_BREAK_SHARE = 1 / 3
#: Share of the breaks that fall inside running text (``_in_running_text``): most of a wrapped
#: paragraph's do; rows of a table of figures, or a list of names that happen to end near one
#: column, are digits and capitalised words (WCXB dev pages flattened to text: four lists and
#: tables were joined without this).
MIN_CARRIED_SHARE = 1 / 3
#: Share of a line's words that open with a small letter (or a letter of a script without
#: case) from which it is running text: German prose, whose nouns are capitalised, runs at
#: 40-60%, a list of names or headlines in title case under 20%.
MIN_SMALL_WORD_SHARE = 0.3
#: A sentence's inner punctuation followed by a word: what running text holds every line or
#: two, and a list of sentence-case headlines (whose words are as small) seldom does.
_INNER_PUNCTUATION_RE = re.compile(r"[,.;:]\s+[^\W\d_]")
#: Lines that may run past the width (URLs, a heading or page title not broken): a share of
#: the non-blank lines, or a couple in a short dump.
MAX_OVERLONG_SHARE = 0.05
MAX_OVERLONG_LINES = 2
#: Longest first word of a wrapped line: a longer run without spaces is a URL.
MAX_WORD_CHARS = 25
#: Characters of the scripts written without spaces between words (CJK punctuation, Hiragana,
#: Katakana, Han ideographs and their extension A and compatibility forms, full-width forms):
#: a wrapper may break a line before or after any of them.
_UNSPACED_RE = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
#: The end of a sentence, with the closing quote or bracket that may follow it.
_SENTENCE_END = (".", "!", "?", '."', ".”", ".’", "?”", "!”", ".)")
#: A list item's marker, after any indentation: a bullet (lynx and w3m print "*" and "+",
#: browsers copy "•") or a number ("1.", "2)"). Its line starts a block of its own.
LIST_ITEM_RE = re.compile(r"^\s*(?:[*+•·▪◦‣-]|\d{1,3}[.)])\s+\S")


def unwrapped(raw_lines: list[str]) -> list[str]:
    """The dump's lines with each hard-wrapped paragraph joined into one line; the lines
    unchanged when the dump is not wrapped."""
    lines = [line.rstrip() for line in raw_lines]
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    previous = ""  # the last physical line of the block being built
    for line in lines:
        if out and previous and line.strip() and _continues(previous, line, width):
            out[-1] = _joined(out[-1], line.strip(), _unspaced_break(previous, line))
        else:
            out.append(line)
        previous = line
    return out


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


@lru_cache(maxsize=4096)
def _columns(text: str) -> int:
    """The display columns of a text: two for a wide (East Asian) character, one otherwise."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _unspaced_break(line: str, below: str) -> bool:
    """Whether a break falls between two characters of a script written without spaces: a
    wrapper breaks Chinese and Japanese anywhere, with no space to drop."""
    text = line.rstrip()
    return bool(text) and bool(
        _UNSPACED_RE.match(text[-1]) or _UNSPACED_RE.match(below.lstrip()[:1])
    )


def _breaks_at(line: str, below: str, longest: int = MAX_WORD_CHARS) -> tuple[int, int] | None:
    """The widths (exclusive low, inclusive high] at which a wrapper would have broken
    ``line`` before ``below``'s first word (its first character in Chinese or Japanese), or
    None when ``below`` is blank or opens with a word of more than ``longest`` characters."""
    if not line.strip() or not below.strip():
        return None
    if _unspaced_break(line, below):
        width = _columns(line)
        return width, width + _columns(below.lstrip()[0])
    word = _first_word(below)
    if len(word) > longest:
        return None
    width = _columns(line)
    return width, width + 1 + _columns(word)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the dump was wrapped at, or None when it was not wrapped."""
    lengths = [_columns(line) for line in lines if line.strip()]
    if not lengths:
        return None
    allowed = max(MAX_OVERLONG_LINES, MAX_OVERLONG_SHARE * len(lengths))
    if sum(length > MAX_WRAP_WIDTH for length in lengths) > allowed:
        return None  # paragraphs on one line each, as a crawler writes them
    # How many breaks each width explains, by a difference array over the widths: all of
    # them, and those that cannot be a paragraph's end (``_may_end_paragraph``).
    explained = [0] * (MAX_WRAP_WIDTH + 2)
    inside = [0] * (MAX_WRAP_WIDTH + 2)
    for line, below in pairwise(lines):
        span = _breaks_at(line, below)
        if span is None or span[0] > MAX_WRAP_WIDTH:
            continue
        high = min(span[1], MAX_WRAP_WIDTH + 1)
        explained[span[0]] += 1
        explained[high] -= 1
        if not _may_end_paragraph(line, below):
            inside[span[0]] += 1
            inside[high] -= 1
    # The width is the widest that explains most breaks inside paragraphs (fewest joins). A
    # paragraph whose last line ends near the width, over a paragraph without a blank line
    # between, passes for a break at any narrower width: when such lines voted, 72-column text
    # whose longest line ran to 70 was read at 70 and the two paragraphs were joined.
    best_width = _widest_best(inside) or _widest_best(explained)
    best = sum(explained[: best_width + 1])
    if best < MIN_BREAKS or sum(length > best_width for length in lengths) > allowed:
        return None
    long_lines = sum(length > best_width // 2 for length in lengths)
    if best < MIN_BREAK_SHARE * long_lines:
        return None
    carried = sum(
        _in_running_text(line, below)
        for line, below in pairwise(lines)
        if (span := _breaks_at(line, below)) is not None and span[0] <= best_width < span[1]
    )
    return best_width if carried >= MIN_CARRIED_SHARE * best else None


def _widest_best(explained: list[int]) -> int:
    """The widest width from ``MIN_WRAP_WIDTH`` with the most breaks (difference array
    ``explained``), or 0 when none explains one."""
    best_width, best, running = 0, 0, 0
    for width in range(MAX_WRAP_WIDTH + 1):
        running += explained[width]
        if width >= MIN_WRAP_WIDTH and running >= best and running:
            best_width, best = width, running
    return best_width


def _may_end_paragraph(line: str, below: str) -> bool:
    """Whether a line ending a sentence over a line that opens one may be a paragraph's last
    line over the next paragraph's first, rather than a break inside one."""
    return line.rstrip().endswith(_SENTENCE_END) and not _opens_small(below.lstrip())


def _in_running_text(line: str, below: str) -> bool:
    """Whether a break falls inside running text: the next line carries on a sentence, or the
    two lines read as prose, by their small words and inner punctuation (a German line may
    end before a capitalised noun)."""
    if _opens_small(below.lstrip()):
        return True
    if line.endswith((".", "!", "?")):
        return False  # a paragraph of its own over a capitalised line, as a card's over its date
    words = line.split()
    if sum(_opens_small(word) for word in words) < MIN_SMALL_WORD_SHARE * len(words):
        return False
    return _INNER_PUNCTUATION_RE.search(line) is not None or (
        _INNER_PUNCTUATION_RE.search(below) is not None
    )


def _opens_small(text: str) -> bool:
    """Whether a text opens with a lower-case letter, or a letter of a script without case
    (Arabic, Hebrew, Chinese)."""
    first = text[:1]
    return first.isalpha() and not first.isupper()


def _continues(line: str, below: str, width: int) -> bool:
    """Whether ``below`` carries on the paragraph that ``line`` was broken from: the break is
    one a wrapper at ``width`` makes (before a word, a URL, too long for the line, or after
    one alone on its line), ``below`` is no list item, and it is not indented further
    than ``line`` (a paragraph's indented first line, under its last) unless ``line`` opens a
    list item, whose wrapped lines hang under its text."""
    if not below.strip() or not line.strip() or LIST_ITEM_RE.match(below):
        return False
    span = _breaks_at(line, below, longest=len(below))  # a URL may open the line
    # A word longer than the width (a URL) is put alone on its line by the wrapper.
    alone = _columns(line) > width and " " not in line.strip()
    if not alone and not (span is not None and span[0] <= width < span[1]):
        return False
    indent = len(below) - len(below.lstrip())
    return indent <= len(line) - len(line.lstrip()) or LIST_ITEM_RE.match(line) is not None


def _joined(text: str, more: str, unspaced: bool) -> str:
    """Two pieces of a paragraph: Chinese or Japanese broken between two characters
    (``unspaced``), or a word broken after its hyphen ("well-" / "known"), are joined
    without a space."""
    if unspaced:
        return text + more
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and more[0].isalpha():
        return text + more
    return f"{text} {more}"
