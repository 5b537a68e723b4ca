"""Names matched across spellings in SQL: "nunez" finds "Núñez", "ÇELIK" finds "Çelik",
"yildiz" finds "Yıldız".

SQLite folds case for ASCII letters only, so ``LIKE`` and ``COLLATE NOCASE`` miss "ñúñez" for
"Ñúñez" and every accent a user leaves out. Connections that search names get the function
``dateline_fold`` (registered by ``open_archive`` and the web app's readers); the schema's
indexes keep SQLite's own collations, so the file stays readable by any SQLite tool.
"""

from __future__ import annotations

import functools
import sqlite3
import unicodedata

from dateline.archive.search_fold import ARABIC_LETTERS

#: The SQL function's name.
FOLD_FUNCTION = "dateline_fold"
#: Letters that carry no combining accent to drop (Unicode gives them no decomposition) but
#: that a user types as the plain Latin letters: "yildirim" for "Yıldırım", "soren" for
#: "Søren", "lukasz" for "Łukasz"; and the Arabic letters that search folds as one ("رضا
#: نوروزي" for "رضا نوروزی"). Applied after case folding, so the capitals come too.
_PLAIN_LETTERS = str.maketrans(
    {
        **ARABIC_LETTERS,
        "ı": "i",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ŧ": "t",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
    }
)
#: Folded names the SQL function remembers: a filter folds every row it scans, and names
#: (speakers, outlets, authors) repeat, so most calls are answered from the cache.
FOLD_CACHE = 1 << 16


def fold_name(text: str | None) -> str | None:
    """A name as it is compared: compatibility forms unified, accents dropped, case folded,
    and the ``_PLAIN_LETTERS`` written as the Latin letters they are typed as."""
    if text is None:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unaccented.casefold().translate(_PLAIN_LETTERS)


_cached_fold = functools.lru_cache(maxsize=FOLD_CACHE)(fold_name)


def like_escape(text: str) -> str:
    """``text`` for a ``LIKE … ESCAPE '\\'`` pattern: its "%", "_" and "\\" taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A ``LIKE … ESCAPE '\\'`` pattern for names holding ``text`` (folded; "%" and "_" in it
    are literal)."""
    return f"%{like_escape(fold_name(text) or '')}%"


def add_name_functions(conn: sqlite3.Connection) -> None:
    """Register ``dateline_fold`` on ``conn``."""
    conn.create_function(FOLD_FUNCTION, 1, _cached_fold, deterministic=True)
