"""Articles → archive: the SQLite store, the ingest loop, wire-copy duplicates, stories, search."""
