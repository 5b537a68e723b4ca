"""Full-text search across spellings that SQLite's tokenizer does not fold: "Kilic" finds
"Kılıç", "مكتبة" finds "مَكْتَبَة", "שלום" finds "שָׁלוֹם", "ABC123" finds "ＡＢＣ１２３".

The FTS5 tokenizer (``unicode61 remove_diacritics 2``) folds case and Latin accents, and
"İ" to "i", but leaves the dotless "ı" and the Latin letters without a decomposition ("ø",
"ł", "ß"), keeps full-width forms apart from ASCII, and splits words at Arabic harakat and
Hebrew niqqud (combining marks it takes for separators), so that a vocalised word is indexed
as its loose letters. The index therefore holds ``fold_for_search`` of each column, the
queries are folded the same way, and the tokenizer takes the marks as part of words
(``SEARCH_TOKENIZER``): a marked word is one token whether folded or not, so the snippets,
which FTS5 cuts from the stored (unfolded) text by token position, mark the right words.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

#: Arabic tatweel (the stretching stroke, "كـتـاب"), harakat and the superscript alef; Hebrew
#: cantillation marks and niqqud (points). Written text leaves them out at will: they never
#: tell two words apart for a search.
_MARKS = "".join(
    chr(c)
    for c in (
        0x0640,
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x0591, 0x05BE),
        0x05BF,
        0x05C1,
        0x05C2,
        0x05C4,
        0x05C5,
        0x05C7,
    )
)
#: Latin letters the tokenizer leaves as they are but that a user types as plain Latin letters
#: (as ``names_match`` folds names), in both cases: the tokenizer folds case only after this.
_PLAIN_LETTERS = {
    "ı": "i",
    "Ø": "o",
    "ø": "o",
    "Ł": "l",
    "ł": "l",
    "Đ": "d",
    "đ": "d",
    "Ð": "d",
    "ð": "d",
    "Ħ": "h",
    "ħ": "h",
    "Ŧ": "t",
    "ŧ": "t",
    "Æ": "ae",
    "æ": "ae",
    "Œ": "oe",
    "œ": "oe",
    "Þ": "th",
    "þ": "th",
    "ß": "ss",
}
#: Full-width ASCII ("！" to "～"), as typed by CJK input methods, to the ASCII it stands for.
_FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FOLDS = {**_PLAIN_LETTERS, **_FULL_WIDTH, **dict.fromkeys(_MARKS, "")}
_TRANSLATION = str.maketrans(_FOLDS)
#: Whether a text holds anything to fold: a scan costs less than a translation, and most texts
#: hold nothing to fold.
_TO_FOLD = re.compile(f"[{re.escape(''.join(_FOLDS))}]")

#: The FTS5 tokenizer of ``articles_fts``: the marks are parts of words, not separators.
SEARCH_TOKENIZER = f"porter unicode61 remove_diacritics 2 tokenchars '{_MARKS}'"
#: The SQL function that folds a column for the index (the migration that reindexes uses it).
SEARCH_FOLD_FUNCTION = "dateline_search_fold"


def fold_for_search(text: str | None) -> str | None:
    """``text`` as the full-text index holds it and as queries are searched: Arabic and
    Hebrew marks dropped, full-width ASCII as ASCII, and the plain Latin letters ("ı", "ø",
    "ß", …) as typed. Token boundaries stay where they were, so that FTS5's snippets of the
    unfolded text mark the matched words; ASCII text comes back as it is, at once."""
    if text is None or text.isascii() or _TO_FOLD.search(text) is None:
        return text
    return text.translate(_TRANSLATION)


#: The Latin combining accents ("é" as "e" and U+0301 once decomposed, the dot of "İ"): the
#: tokenizer's ``remove_diacritics`` drops these, so matching outside it drops them too. Marks
#: of other blocks stay: the kana's voicing marks tell "か" from "が".
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")


def fold_for_matching(word: str) -> str:
    """``word`` as words are compared outside the full-text index (story grouping): the search
    folding, then case and Latin accents dropped as the tokenizer drops them, so that
    "İstanbul", "Kılıç" and "José" match "istanbul", "kilic" and "jose"."""
    if word.isascii():
        return word.lower()
    plain = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", fold_for_search(word) or ""))
    return unicodedata.normalize("NFC", plain.casefold())


def add_search_fold_function(conn: sqlite3.Connection) -> None:
    """Register ``dateline_search_fold`` (``fold_for_search``) on ``conn``."""
    conn.create_function(SEARCH_FOLD_FUNCTION, 1, fold_for_search, deterministic=True)
