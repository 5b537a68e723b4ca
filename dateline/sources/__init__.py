"""Where raw pages come from: files, folders, standard input, one URL.

Sources deliver bytes plus what the source said about them (final URL, Content-Type); they
never decode or extract. Each failure is a ``SourceError`` naming the input.
"""

from dateline.sources.raw import RawPage, SourceError

__all__ = ["RawPage", "SourceError"]
