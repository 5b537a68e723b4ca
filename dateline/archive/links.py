"""Wire-copy links and stories of the archive's articles, kept up to date by the writer.

``Links`` holds the near-duplicate index (``duplicates.DuplicateIndex``) and the story grouper
(``stories.StoryGrouper``), rebuilt from the stored signatures and features when an ingest
first needs them. Only the first version of a page is indexed and grouped: a later version of
the same page inherits its links rather than being called a copy of itself.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dateline.archive.duplicates import DuplicateIndex, DuplicateMatch
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
class NewPage:
    """A page about to be stored as a new article: its id, record, and for an article page
    its MinHash signature and story features (``workers.extracted_from``)."""

    article_id: int
    record: dict[str, Any]
    signature: bytes | None
    features: bytes | None


@dataclass(frozen=True, slots=True)
class Relink:
    """An earlier copy's new link after a copy published before it arrived."""

    article_id: int
    duplicate_of: int | None
    similarity: float | None


#: Rewrites the ``stories`` rows of the stories in a JSON object ``{story id: label or null}``
#: (a null label keeps the stored one) from their latest articles. First and last seen are
#: the earliest and latest instants, not strings: "2024-06-01T23:30:00-05:00" is after
#: "2024-06-02T01:00:00+00:00".
_REFRESH_STORIES = """
INSERT INTO stories (id, label, first_seen, last_seen, outlets, article_count)
SELECT touched.id, touched.label,
       (SELECT coalesce(published, fetched_at) FROM articles
            WHERE story_id = touched.id AND is_latest = 1
            ORDER BY julianday(coalesce(published, fetched_at)) LIMIT 1),
       (SELECT coalesce(published, fetched_at) FROM articles
            WHERE story_id = touched.id AND is_latest = 1
            ORDER BY julianday(coalesce(published, fetched_at)) DESC LIMIT 1),
       (SELECT json_group_array(outlet) FROM (
            SELECT DISTINCT coalesce(site_name, host) AS outlet FROM articles
            WHERE story_id = touched.id AND is_latest = 1 AND outlet IS NOT NULL
            ORDER BY outlet)),
       count(a.id)
FROM (SELECT CAST(key AS INTEGER) AS id, value AS label FROM json_each(?1)) AS touched
LEFT JOIN articles AS a ON a.story_id = touched.id AND a.is_latest = 1
WHERE true
GROUP BY touched.id
ON CONFLICT (id) DO UPDATE SET label = coalesce(excluded.label, label),
    first_seen = excluded.first_seen, last_seen = excluded.last_seen,
    outlets = excluded.outlets, article_count = excluded.article_count
"""


def _copy_of(match: DuplicateMatch | None) -> int | None:
    return match.duplicate_of if match is not None else None


class Links:
    """Links new articles to their earliest wire copy and their story, in the writer's
    transaction; ``refresh_stories`` rewrites the ``stories`` rows the batch touched.

    The index and the grouper are rebuilt from the stored rows when first needed, not when
    the writer opens: a re-crawl whose pages are all unchanged never needs them, and the
    rebuild is most of its time (1.7 s for 10,000 stored articles on
    benchmarks/archive_scale.py, whose whole rerun took 2.0 s).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._state: tuple[DuplicateIndex, StoryGrouper] | None = None
        self.touched: set[int] = set()
        self.run_touched: set[int] = set()

    @property
    def duplicates(self) -> DuplicateIndex:
        """The near-duplicate index of every stored first version."""
        return self._loaded()[0]

    @property
    def stories(self) -> StoryGrouper:
        """The story grouper of every stored first version."""
        return self._loaded()[1]

    def _loaded(self) -> tuple[DuplicateIndex, StoryGrouper]:
        """The index and the grouper, rebuilt from the stored first versions, in the order
        they were added, on the first call."""
        if self._state is None:
            duplicates, stories = DuplicateIndex(), StoryGrouper()
            rows = self.conn.execute(
                "SELECT id, minhash, published, story_features, story_id FROM articles "
                "WHERE version = 1 AND minhash IS NOT NULL ORDER BY id"
            )
            for row in rows:
                signature = minhash.from_bytes(row["minhash"])
                duplicates.restore(row["id"], signature, row["published"])
                if row["story_features"] is not None and row["story_id"] is not None:
                    stories.restore(row["id"], row["story_features"], row["story_id"])
            self._state = duplicates, stories
        return self._state

    def link_new(self, pages: list[NewPage]) -> tuple[list[LinkColumns], list[Relink]]:
        """Index and group pages the archive did not have (about to be inserted with their
        ``article_id``s, in that order); returns the columns to store with each and the new
        links of stored copies that now point to one of them, for the caller to write.

        All the pages' wire copies are found first, then all their stories: the two indexes
        are independent, and going through one after the other keeps each in the caches. On
        benchmarks/archive_scale.py pages linking took 0.25 ms a page so, alone, against 0.31
        page by page (0.23 against 0.37 inside the writer)."""
        linkable = [p for p in pages if p.signature is not None and p.features is not None]
        if not linkable:
            return [LinkColumns() for _ in pages], []
        duplicates, stories = self._loaded()
        matches: dict[int, DuplicateMatch | None] = {}
        repointed: set[int] = set()
        for page in linkable:
            text, published = page.record.get("text") or "", page.record.get("published")
            signature = minhash.from_bytes(page.signature)
            matches[page.article_id] = duplicates.add(page.article_id, text, published, signature)
            repointed.update(duplicates.repointed)
        # A wire copy joins its earliest copy's story (``StoryGrouper.add``).
        story_ids = {
            p.article_id: stories.add(
                p.article_id, None, p.features, _copy_of(matches[p.article_id])
            )
            for p in linkable
        }
        self.touched.update(story_ids.values())
        relinks = []
        for article_id in sorted(repointed):  # a copy re-pointed since it was linked
            if article_id in matches:
                matches[article_id] = duplicates.match(article_id)
            else:
                relinks.append(self._relink(article_id))
        columns = []
        for page in pages:
            match = matches.get(page.article_id)
            story_id = story_ids.get(page.article_id)
            columns.append(
                LinkColumns(
                    minhash=page.signature if story_id is not None else None,
                    story_features=page.features if story_id is not None else None,
                    story_id=story_id,
                    duplicate_of=match.duplicate_of if match else None,
                    similarity=match.similarity if match else None,
                )
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
        labels: dict[int, str | None] = {}
        for story_id in self.run_touched if final else self.touched:
            size = len(self.stories.members(story_id))
            relabel = final or size & (size - 1) == 0  # new, or a power of two: it doubled
            labels[story_id] = self.stories.story_label(story_id) if relabel else None
        if labels:
            # One statement for all of them: one per story (1.4 touched stories a page) took
            # 0.061 ms a page of the writer's time on benchmarks/archive_scale.py, this 0.055;
            # the rest is the aggregation itself.
            self.conn.execute(_REFRESH_STORIES, (json.dumps(labels, ensure_ascii=False),))
        self.touched.clear()
        if final:
            self.run_touched.clear()

    def _relink(self, article_id: int) -> Relink:
        match = self.duplicates.match(article_id)
        return Relink(
            article_id, match.duplicate_of if match else None, match.similarity if match else None
        )
