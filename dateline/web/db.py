"""The web app's hold on the archive: one read-only SQLite connection per worker thread.

Request handlers run in a thread pool; SQLite connections are cheap to keep, so each thread
opens its own the first time it needs one and keeps it. Those connections refuse writes
(``PRAGMA query_only``); the few writes the app makes (topics) go through ``writer()``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.archive.names_match import add_name_functions
from dateline.archive.store import BUSY_TIMEOUT_MS, open_archive

#: SQLite page cache per reading connection, in KiB. With SQLite's default (2 MiB) the search
#: page's p95 was ~190 ms at 10,000 articles, with 32 MiB ~60 ms (16 MiB: ~110 ms), 10-second
#: runs of benchmarks/web_latency.py on a loaded 2-core machine. The cache only grows as pages
#: are read, and there is one connection per busy worker thread.
CACHE_KIB = 32768


class Archive:
    """An archive file opened for the web app; checked (and migrated) once when made."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        open_archive(self.path, create=False).close()  # ArchiveError names a bad path
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._readers: list[sqlite3.Connection] = []

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            add_name_functions(conn)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
            with self._write_lock:
                self._readers.append(conn)
        return conn

    @contextmanager
    def writer(self) -> Iterator[sqlite3.Connection]:
        """A connection for one write transaction, committed on success; one writer at a time."""
        with self._write_lock:
            conn = open_archive(self.path, create=False)
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                conn.close()

    def close(self) -> None:
        """Close every thread's reading connection (at shutdown)."""
        with self._write_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
