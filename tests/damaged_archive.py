"""A copy of an archive with one table's first page smashed, as a disk fault or a careless
copy leaves a file: it opens (its schema is whole), and reading that table fails with
SQLITE_CORRUPT ("database disk image is malformed")."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path


def damaged_copy(source: Path, folder: Path, table: str) -> Path:
    """A copy of the archive at ``source`` in ``folder`` whose ``table`` has a broken root
    page: no valid b-tree page type, no valid cell count."""
    copy = folder / "damaged.db"
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(source, copy)
    with sqlite3.connect(copy) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,))
        (root,) = root
    with open(copy, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 16)
    return copy
