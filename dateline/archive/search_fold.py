"""Full-text search across spellings that SQLite's tokenizer does not fold: "Kilic" finds
"Kılıç", "مكتبة" finds "مَكْتَبَة", "احمد" finds "أحمد", "שלום" finds "שָׁלוֹם", "ABC123" finds
"ＡＢＣ１２３", "東京" finds it inside "私は東京に住んでいます".

The FTS5 tokenizer (``unicode61 remove_diacritics 2``) folds case and Latin accents, and
"İ" to "i", but leaves the dotless "ı" and the Latin letters without a decomposition ("ø",
"ł", "ß"), keeps full-width forms apart from ASCII, and splits words at Arabic harakat and
Hebrew niqqud (combining marks it takes for separators), so that a vocalised word is indexed
as its loose letters. The index therefore holds ``fold_for_search`` of each column, the
queries are folded the same way, and the tokenizer takes the marks as part of words
(``SEARCH_TOKENIZER``): a marked word is one token whether folded or not, so the snippets,
which FTS5 cuts from the stored (unfolded) text by token position, mark the right words.

Chinese and Japanese are written without spaces, so the tokenizer took a whole run of Han and
kana ("私は東京に住んでいます") for one word and a word inside it was never found. Folding
therefore also puts a zero-width space (a separator to the tokenizer, invisible in text)
around every Han or kana character: each is a token, and a query's "東京", folded alike, is
the phrase of its characters, found wherever they stand side by side. The index reads its
snippets from the view ``articles_search_text``, the stored columns with the same spaces
(``separate_cjk``, kept in the ``spaced_*`` columns for the pages that have CJK), so that token
positions agree; ``snippet_sql`` takes the spaces out.

Chinese is written in traditional characters (Taiwan, Hong Kong, Macau) and simplified ones
(the mainland, Singapore), and the same story or name appears in both. Each traditional
character is folded to its simplified form, so that "圖書館" finds "图书馆" and the other way
round; the table is OpenCC's (``opencc`` package data), one character for one, so that the
tokens of the folded and the stored columns stay in step.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from importlib import resources

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
#: Arabic-script letters written for one another: the alef with a hamza or madda, which
#: writers and typists often leave bare ("احمد" for "أحمد"), and the Persian and Arabic forms
#: of kaf and yeh (with the alef maksura, a final yeh without dots), which Persian pages and
#: keyboards mix ("كتابخانه", "کتابخانه"); and the heh with a hamza above of the Persian
#: ezafe ("خانهٔ", "خانۀ"), whose loose hamza is a mark already. One letter stands for each
#: group; the snippets show the letters as written. Names are matched with them too
#: (``names_match.fold_name``).
ARABIC_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ک": "ك",
    "ۀ": "ه",
}
#: The characters of scripts written without spaces between words, each indexed as a word of
#: its own: the iteration marks (々〆〇), hiragana, katakana (with "ー"), the Han ideographs of
#: the basic block, extension A and the compatibility block, and half-width katakana. Hangul
#: is left out: Korean puts spaces between its words. So are the rare ideographs of the
#: supplementary planes: a range beyond U+FFFF in ``_TO_FOLD`` made the scan of every
#: non-ASCII page 0.005 ms slower (0.026 to 0.031 ms, 1,279 dev pages), and next to a
#: separated character such an ideograph is a word anyway.
_CJK = "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CJK_CHARACTER = re.compile(f"[{_CJK}]")


def _simplified_forms() -> dict[str, str]:
    """Each traditional Chinese character and the simplified one it folds to: OpenCC's table,
    its first reading, where both are characters folding separates (1,157 of its 4,113 rows are
    not: the same character, or one outside those blocks). A simplified form that is itself
    folded on is followed to its end, so that folding twice folds as once."""
    table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
    forms: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        traditional, _, readings = line.partition("\t")
        simplified = readings.split(" ")[0]
        if (
            len(traditional) == len(simplified) == 1
            and traditional != simplified
            and _CJK_CHARACTER.match(traditional)
            and _CJK_CHARACTER.match(simplified)
        ):
            forms[traditional] = simplified
    for traditional, simplified in forms.items():
        seen = {traditional}
        while simplified in forms and simplified not in seen:
            seen.add(simplified)
            simplified = forms[simplified]
        forms[traditional] = simplified
    return forms


#: Traditional Chinese characters to their simplified forms.
SIMPLIFIED_FORMS = _simplified_forms()
_FOLDS = {
    **_PLAIN_LETTERS,
    **_FULL_WIDTH,
    **ARABIC_LETTERS,
    **SIMPLIFIED_FORMS,
    **dict.fromkeys(_MARKS, ""),
}
_TRANSLATION = str.maketrans(_FOLDS)
#: The written form of the separator folding puts around each CJK character.
CJK_SEPARATOR = "\u200b"
#: A run of CJK characters, each separated from the next and from a letter or digit next to
#: the run (the "2026" of "2026年", which a reader searches alone). A whole run at once:
#: trying every place between two characters took 0.60 ms for 3,000 characters of Chinese,
#: this 0.1 ms.
_CJK_RUN = re.compile(f"[{_CJK}]+")
#: A run of characters to fold: translating runs alone took an Arabic page of 5,000
#: characters 0.13 ms, the whole text 0.38 ms (a lookup for every character).
_FOLD_RUN = re.compile(f"[{re.escape(''.join(_FOLDS))}]+")
#: Whether a text holds anything to fold or separate: a scan costs less than a translation,
#: and most texts hold nothing to fold (the CJK ranges in the same class: no second scan).
_TO_FOLD = re.compile(f"[{re.escape(''.join(_FOLDS))}{_CJK}]")

#: The FTS5 tokenizer of ``articles_fts``: the marks are parts of words, not separators.
SEARCH_TOKENIZER = f"porter unicode61 remove_diacritics 2 tokenchars '{_MARKS}'"
#: The SQL function that folds a column for the index (the migration that reindexes uses it).
SEARCH_FOLD_FUNCTION = "dateline_search_fold"
#: The SQL function of ``separate_cjk`` (the migration that fills the ``spaced_*`` columns).
CJK_FUNCTION = "dateline_separate_cjk"


def fold_for_search(text: str | None) -> str | None:
    """``text`` as the full-text index holds it and as queries are searched: Arabic and
    Hebrew marks dropped, the Arabic letters written for one another as one, full-width ASCII
    as ASCII, the plain Latin letters ("ı", "ø", "ß", …) as typed, traditional Chinese
    characters as simplified ones, and each Han or kana character a word (``separate_cjk``).
    Token boundaries are those of ``separate_cjk(text)``, which the snippets are cut from;
    ASCII text comes back as it is, at once."""
    if text is None or text.isascii() or _TO_FOLD.search(text) is None:
        return text
    return separate_cjk(_fold_letters(text))


def separate_cjk(text: str | None) -> str | None:
    """``text`` with a zero-width space (``CJK_SEPARATOR``) between each Han or kana
    character and the letter or digit next to it: "東京2026年" is "東​京​2026​年"."""
    if text is None or text.isascii():
        return text
    return _CJK_RUN.sub(_separated_run, text)


def _separated_run(run: re.Match[str]) -> str:
    text, start, end = run.string, run.start(), run.end()
    before = CJK_SEPARATOR if start and _is_word(text[start - 1]) else ""
    after = CJK_SEPARATOR if end < len(text) and _is_word(text[end]) else ""
    return before + CJK_SEPARATOR.join(run.group()) + after


def _is_word(char: str) -> bool:
    """Whether ``char`` is part of a word to the tokenizer: a letter or a digit."""
    return char.isalnum()


def _fold_letters(text: str) -> str:
    """``text`` with the search folding's letters and marks, without separating CJK."""
    if text.isascii():
        return text
    return _FOLD_RUN.sub(lambda run: run.group().translate(_TRANSLATION), text)


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
    plain = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", _fold_letters(word)))
    return unicodedata.normalize("NFC", plain.casefold())


def add_search_fold_function(conn: sqlite3.Connection) -> None:
    """Register ``dateline_search_fold`` (``fold_for_search``) and ``dateline_separate_cjk``
    (``separate_cjk``) on ``conn``."""
    conn.create_function(SEARCH_FOLD_FUNCTION, 1, fold_for_search, deterministic=True)
    conn.create_function(CJK_FUNCTION, 1, separate_cjk, deterministic=True)
