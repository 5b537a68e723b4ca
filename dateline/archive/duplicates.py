"""Wire copies: the same agency story republished by several outlets, linked to its earliest copy.

Candidates come from MinHash LSH buckets (``dateline.similarity.minhash``); each candidate pair
is then verified on the signatures themselves, so an index rebuilt from stored signatures
(``restore``) decides exactly as the one that hashed the texts (``add``).
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import compress, repeat

import numpy as np

from dateline.similarity import minhash
from dateline.similarity.copies import (
    MAX_BUCKET_ROWS,
    MIN_CONTAINMENT,
    MIN_JACCARD,
    MIN_SHINGLES,
)

#: Signatures the index makes room for at first (it doubles when full).
_CAPACITY = 1024


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """An article's link to the earliest copy of its wire story.

    ``duplicate_of`` is that copy's article id; ``similarity`` the estimated Jaccard similarity
    of the two texts' word shingles (a trimmed copy links with a low value: it is contained in,
    not equal to, the earliest copy).
    """

    duplicate_of: int
    similarity: float


def published_timestamp(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO date or date-time (naive times read as UTC)."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def publication_order(published: str | None) -> tuple[bool, float, bool, float]:
    """A sort key of publication times: undated last; by UTC day; on one day, a time before a
    bare date (a wire story stamped 14:05 against a republication that gives only the day: the
    day's midnight says nothing about which came first); then by the time itself."""
    stamp = published_timestamp(published)
    if stamp is None:
        return (True, 0.0, False, 0.0)
    date_only = len((published or "").strip()) == len("YYYY-MM-DD")
    return (False, stamp // 86400, date_only, stamp)


class DuplicateIndex:
    """In-memory index of article signatures that links each wire copy to its earliest copy.

    Usage from the archive's single writer: ``add`` each new article (its text is hashed unless
    the caller passes the ``signature`` it already has); on start-up, ``restore`` every stored
    row in the order the rows were first added (ascending archive id), which replays the same
    decisions from the stored signatures.

    Earliest means the smallest publication date (``publication_order``: on one day a time
    comes before a bare date); articles without a (readable) date come after dated ones, and
    ties go to the one added first. When a copy published earlier arrives after
    its later copies, the group is re-pointed: the new article becomes the group's original
    (``add`` returns None for it) and every other member now links to it; their ids are in
    ``repointed`` until the next ``add``/``restore``, and ``match(id)`` gives their new link.

    A new article joins the group of its best verified candidate (highest containment plus
    Jaccard). Groups merge only when a new article precedes all of them and verifies against
    each (their copies arrived before their original): one ambiguous later page, a roundup
    quoting two wire stories, cannot chain them.
    """

    def __init__(
        self,
        min_containment: float = MIN_CONTAINMENT,
        min_jaccard: float = MIN_JACCARD,
        band_rows: int = minhash.BAND_ROWS,
    ) -> None:
        """Thresholds other than the measured defaults are for benchmarks comparing rules."""
        self.min_containment = min_containment
        self.min_jaccard = min_jaccard
        self.band_rows = band_rows
        # Signatures as rows of one matrix, so that a lookup verifies all its candidates in
        # one comparison; buckets hold row numbers.
        self._row_of: dict[int, int] = {}
        self._signatures = np.zeros((_CAPACITY, minhash.NUM_PERM + 1), dtype=np.uint32)
        self._ids = np.zeros(_CAPACITY, dtype=np.int64)
        self._order: dict[int, tuple[bool, float, bool, float, int]] = {}
        # LSH buckets by key: a bucket of one row (most of them: 69% of the keys looked up on
        # benchmarks/archive_scale.py are new) is that row in ``_single``, a bigger one a list
        # in ``_shared``. With a list for every key the index took 0.123-0.135 ms a page, with
        # ints in a dict filled in C 0.091-0.096 (10,000 pages, both in one run), and its
        # memory, which the writer's caches share with the workers', shrank with the lists.
        self._single: dict[int, int] = {}
        self._shared: dict[int, list[int]] = {}
        self._group_of: dict[int, int] = {}
        self._members: dict[int, list[int]] = {}
        self._original: dict[int, int] = {}
        self.repointed: tuple[int, ...] = ()

    def __len__(self) -> int:
        return len(self._row_of)

    def add(
        self,
        article_id: int,
        text: str,
        published: str | None,
        signature: np.ndarray | None = None,
    ) -> DuplicateMatch | None:
        """Index a new article; its link to the earliest copy of the same wire story, if any.

        ``signature`` is ``minhash.signature(text)`` when the caller already has it (the text
        is then not hashed again). Raises ``ValueError`` for an id already indexed.
        """
        sig = minhash.signature(text) if signature is None else signature
        return self.restore(article_id, sig, published)

    def restore(
        self, article_id: int, signature: np.ndarray, published: str | None
    ) -> DuplicateMatch | None:
        """Index a stored article from its signature (``minhash.from_bytes`` of the stored
        bytes); same decisions and return value as ``add``."""
        if article_id in self._order:
            raise ValueError(f"article {article_id} is already in the duplicate index")
        self.repointed = ()
        self._order[article_id] = (*publication_order(published), len(self._order))
        if minhash.shingle_count(signature) < MIN_SHINGLES:
            return None
        keys = minhash.band_keys(signature, self.band_rows)
        # Each bucket is looked up once, for the candidates and for storing the row.
        singles = list(map(self._single.get, keys))
        shared = list(map(self._shared.get, keys))
        best, verified = self._verified(signature, singles, shared)
        self._store(article_id, signature, keys, singles, shared)
        if best is None:
            self._group_of[article_id] = article_id
            self._members[article_id] = [article_id]
            self._original[article_id] = article_id
            return None
        group = self._group_of[best]
        self._group_of[article_id] = group
        self._members[group].append(article_id)
        original = self._original[group]
        if self._order[article_id] < self._order[original]:
            self._original[group] = article_id
            self._absorb(group, article_id, verified)
            self.repointed = tuple(m for m in self._members[group] if m != article_id)
            return None
        return self.match(article_id)

    def _absorb(self, group: int, article_id: int, verified: list[int]) -> None:
        """Move into ``group`` the other groups of the ``verified`` candidates that its new
        original, ``article_id``, precedes entirely: copies of it that arrived before it and
        did not verify against each other (two outlets trimmed and topped the report
        differently) would otherwise stay apart for good. A page that only quotes wire copies
        comes after them, so it never joins their groups this way."""
        for other in {self._group_of[candidate] for candidate in verified} - {group}:
            if self._order[article_id] < self._order[self._original[other]]:
                for member in self._members.pop(other):
                    self._group_of[member] = group
                    self._members[group].append(member)
                del self._original[other]

    def _store(
        self,
        article_id: int,
        signature: np.ndarray,
        keys: list[int],
        singles: list[int | None],
        shared: list[list[int] | None],
    ) -> None:
        """Add the signature as the matrix's next row and that row to the buckets of its keys
        (those not full yet); ``singles`` and ``shared`` are the keys' buckets as looked up
        before."""
        row = len(self._row_of)
        if row == len(self._ids):
            self._signatures = np.concatenate([self._signatures, np.zeros_like(self._signatures)])
            self._ids = np.concatenate([self._ids, np.zeros_like(self._ids)])
        self._signatures[row] = signature
        self._ids[row] = article_id
        self._row_of[article_id] = row
        # A key with no bucket yet has None in both look-ups: ``is`` is true only there.
        new = list(map(operator.is_, singles, shared))
        self._single.update(zip(compress(keys, new), repeat(row)))
        if all(new):
            return
        single, table = self._single, self._shared
        known = compress(zip(keys, singles, shared, strict=True), map(operator.not_, new))
        for key, one, bucket in known:
            if one is not None:  # a bucket of one row becomes a list of two
                if single.pop(key, None) is not None:  # (not when a key recurs in ``keys``)
                    table[key] = [one, row]
            elif bucket is not None and len(bucket) < MAX_BUCKET_ROWS:
                bucket.append(row)

    @staticmethod
    def _candidates(singles: list[int | None], shared: list[list[int] | None]) -> np.ndarray:
        """The rows in these buckets, each once (set unions in C: 0.044 → 0.02 ms a page
        against list and ``np.unique`` on benchmarks/archive_scale.py)."""
        rows = set(singles)
        rows.discard(None)
        rows.update(*filter(None, shared))
        return np.fromiter(rows, np.int64, len(rows))

    def _verified(
        self, signature: np.ndarray, singles: list[int | None], shared: list[list[int] | None]
    ) -> tuple[int | None, list[int]]:
        """The indexed article most likely to be a copy of this text (whose keys' buckets are
        ``singles`` and ``shared``), if one passes the verification thresholds (the earliest
        indexed id among equally good ones), and every one that passes."""
        rows = self._candidates(singles, shared)
        if not len(rows):
            return None, []
        stacked = self._signatures[rows]
        equal = stacked[:, : minhash.NUM_PERM] == signature[: minhash.NUM_PERM]
        jaccard = np.count_nonzero(equal, axis=1) / minhash.NUM_PERM
        sizes = stacked[:, minhash.NUM_PERM].astype(np.float64)
        own = float(minhash.shingle_count(signature))
        shared = jaccard * (sizes + own) / (1.0 + jaccard)
        contained = np.minimum(1.0, shared / np.minimum(sizes, own))
        passing = (contained >= self.min_containment) & (jaccard >= self.min_jaccard)
        if not passing.any():
            return None, []
        score = np.where(passing, contained + jaccard, -1.0)
        ids = self._ids[rows]
        return int(ids[score == score.max()].min()), ids[passing].tolist()

    def match(self, article_id: int) -> DuplicateMatch | None:
        """The current link of an indexed article (None for an original or an unknown id)."""
        group = self._group_of.get(article_id)
        if group is None:
            return None
        original = self._original[group]
        if original == article_id:
            return None
        signatures, rows = self._signatures, self._row_of
        sim = minhash.similarity(signatures[rows[article_id]], signatures[rows[original]])
        return DuplicateMatch(original, sim)

    def copies(self, article_id: int) -> list[int]:
        """Every indexed article of the same wire story as this one (itself included)."""
        group = self._group_of.get(article_id)
        return list(self._members[group]) if group is not None else [article_id]
