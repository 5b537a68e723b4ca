"""Wire-copy links and stories of the archive's articles, kept up to date by the writer.

``Links`` holds the near-duplicate index (``duplicates.DuplicateIndex``) and the story grouper
(``stories.StoryGrouper``), rebuilt from the stored signatures and features when an ingest
starts. Only the first version of a page is indexed and grouped: a later version of the same
page inherits its links rather than being called a copy of itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from dateline.archive.duplicates import DuplicateIndex
from dateline.archive.stories import StoryGrouper
from dateline.similarity import minhash


@dataclass(frozen=True, slots=True)
class LinkColumns:
    """What an article row stores of its links (all null for a page that is not linked)."""

    minhash: bytes | None = None
    story_features: bytes | None = None
    story_id: int | None = None
    duplicate_of: int | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class Relink:
    """An earlier copy's new link after a copy published before it arrived."""

    article_id: int
    duplicate_of: int | None
    similarity: float | None


class Links:
    """Links new articles to their earliest wire copy and their story, in the writer's
    transaction; ``refresh_stories`` rewrites the ``stories`` rows the batch touched."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.duplicates = DuplicateIndex()
        self.stories = StoryGrouper()
        self.touched: set[int] = set()
        self.run_touched: set[int] = set()
        rows = conn.execute(
            "SELECT id, minhash, published, story_features, story_id FROM articles "
            "WHERE version = 1 AND minhash IS NOT NULL ORDER BY id"
        )
        for row in rows:
            self.duplicates.restore(row["id"], minhash.from_bytes(row["minhash"]), row["published"])
            if row["story_features"] is not None and row["story_id"] is not None:
                self.stories.restore(row["id"], row["story_features"], row["story_id"])

    def link_new(
        self,
        article_id: int,
        record: dict[str, Any],
        signature: bytes | None,
        features: bytes | None,
    ) -> tuple[LinkColumns, list[Relink]]:
        """Index and group a page the archive did not have (about to be inserted as
        ``article_id``); returns the columns to store with it and the new links of earlier
        copies that now point to this one, for the caller to write."""
        if signature is None or features is None:
            return LinkColumns(), []
        text, published = record.get("text") or "", record.get("published")
        match = self.duplicates.add(article_id, text, published, minhash.from_bytes(signature))
        relinks = [self._relink(other) for other in self.duplicates.repointed]
        story_id = self.stories.add(article_id, None, features)
        self.touched.add(story_id)
        columns = LinkColumns(
            minhash=signature,
            story_features=features,
            story_id=story_id,
            duplicate_of=match.duplicate_of if match else None,
            similarity=match.similarity if match else None,
        )
        return columns, relinks

    def link_version(
        self, duplicate_of: int | None, similarity: float | None, story_id: int | None
    ) -> LinkColumns:
        """A new version of a stored page keeps the links of the version before it."""
        if story_id is not None:
            self.touched.add(story_id)
        return LinkColumns(story_id=story_id, duplicate_of=duplicate_of, similarity=similarity)

    def refresh_stories(self, *, final: bool = False) -> None:
        """Rewrite the rows of the stories touched since the last call: first and last seen,
        outlets, article count, and the label.

        A label costs a pass over the story's members, so during a run it is recomputed only
        when a story is new or has doubled in size; ``final`` (the end of a run) relabels
        every story the run touched.
        """
        self.run_touched |= self.touched
        for story_id in sorted(self.run_touched if final else self.touched):
            size = len(self.stories.members(story_id))
            relabel = final or size & (size - 1) == 0  # new, or a power of two: it doubled
            label = self.stories.story_label(story_id) if relabel else None
            self.conn.execute(
                "INSERT INTO stories (id, label, first_seen, last_seen, outlets, article_count) "
                "SELECT ?1, ?2, min(coalesce(published, fetched_at)), "
                "max(coalesce(published, fetched_at)), "
                "(SELECT json_group_array(outlet) FROM (SELECT DISTINCT "
                " coalesce(site_name, host) AS outlet FROM articles WHERE story_id = ?1 "
                " AND is_latest = 1 AND outlet IS NOT NULL ORDER BY outlet)), count(*) "
                "FROM articles WHERE story_id = ?1 AND is_latest = 1 "
                "ON CONFLICT (id) DO UPDATE SET label = coalesce(excluded.label, label), "
                "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
                "outlets = excluded.outlets, article_count = excluded.article_count",
                (story_id, label),
            )
        self.touched.clear()
        if final:
            self.run_touched.clear()

    def _relink(self, article_id: int) -> Relink:
        match = self.duplicates.match(article_id)
        return Relink(
            article_id, match.duplicate_of if match else None, match.similarity if match else None
        )
