"""How the archive fails: ``ArchiveError`` names the database or query that caused it."""

from __future__ import annotations

from dateline.errors import DatelineError


class ArchiveError(DatelineError):
    """The archive cannot do what was asked: unreadable database, bad query, bad option."""

    def __init__(self, subject: str, reason: str) -> None:
        super().__init__(f"{subject}: {reason}")
        self.subject = subject
        self.reason = reason
