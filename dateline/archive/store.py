"""Opening an archive: one SQLite file in WAL mode, migrated to the current schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.archive.errors import ArchiveError
from dateline.archive.names_match import add_name_functions
from dateline.archive.schema import migrate
from dateline.archive.search_fold import add_search_fold_function

#: Default archive file, in the working directory.
DEFAULT_DB = "dateline.db"
#: Page cache per connection, in KiB. The default 2 MB left the text indexes of a
#: 10,000-article archive (key, source, URL) mostly on disk, and each insert paid for reading
#: them back (benchmarks/archive_scale.py).
CACHE_KIB = 64 * 1024
#: Milliseconds a connection waits for another one's write lock (a reader during an ingest).
BUSY_TIMEOUT_MS = 10_000
#: SQLite's primary result codes that say the archive file cannot be used as it is, not that
#: it was asked wrongly: damaged (CORRUPT, NOTADB), unreadable (IOERR, CANTOPEN), or held by
#: a writer past the busy timeout (BUSY, LOCKED).
_FILE_TROUBLE = {
    5: "busy",
    6: "locked",
    10: "unreadable",
    11: "damaged",
    14: "unreadable",
    26: "damaged",
}


def file_trouble(err: sqlite3.Error) -> str | None:
    """What ``err`` says of the archive file ("damaged", "unreadable", "busy", "locked"), or
    None when it is no fault of the file (a query the code got wrong)."""
    return _FILE_TROUBLE.get(getattr(err, "sqlite_errorcode", 0) & 0xFF)


def open_archive(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (or, with ``create``, make) the archive at ``path``, migrated and in WAL mode.

    The connection is in autocommit mode: writers open their own transactions. Rows come back
    as ``sqlite3.Row``. A missing archive without ``create``, a file that is not SQLite, or a
    newer schema raise ``ArchiveError`` naming the path.
    """
    name = str(path)
    if not create and not Path(path).is_file():
        raise ArchiveError(name, "no archive here (run `dateline ingest` first)")
    try:
        conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as err:
        raise ArchiveError(name, f"cannot open: {err}") from None
    try:
        conn.row_factory = sqlite3.Row
        add_name_functions(conn)
        add_search_fold_function(conn)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a killed process loses nothing committed; only a power cut may
        # lose the last transactions, never the database's consistency.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        migrate(conn, name)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise ArchiveError(name, f"not a dateline archive ({err})") from None
    except ArchiveError:
        conn.close()
        raise
    return conn
