"""Stories: articles about the same event (a week of coverage of one flood) grouped as they arrive.

Each article is reduced to ``features``: its title, publication time and the words of its
headline, dek and lead, with the capitalised names among them. Among the stories active around
its publication time, an article joins the one closest to it in both words (TF-IDF cosine to
the story's summed words: what happened) and names (the IDF-weighted share of its names the
story has mentioned: where and to whom; two floods share words, not names), if both pass their
thresholds; otherwise it starts a story whose id is the article's id. The archive stores each
article's features and story id, and rebuilds the grouper with ``restore`` without re-reading
any text.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from dateline.archive.duplicates import published_timestamp
from dateline.model import Article

#: Words of the body read after the headline and dek: the lead says what is new about the
#: event, the rest of a report repeats background that other stories on the topic share too.
LEAD_WORDS = 120
#: Weight of the headline's words against the lead's.
TITLE_WEIGHT = 2.0
#: To join a story an article needs a TF-IDF cosine of its words to the story's summed words of
#: at least JOIN_WORDS, and at least JOIN_NAMES of its names' weight among names the story has
#: mentioned. Reports of two floods in the same days share words but hardly any names. Chosen
#: on wirecorpus seeds 2025, 5, 7 and 99 (pairwise F1 0.991 / 1 / 1 / 1): names at 0.05 let
#: same-topic stories merge (precision down to 0.68), at 0.4 recall fell by 2-6 points, and
#: words at 0.1 merged two strikes on seed 5; see benchmarks/archive_quality.py, "Stories".
JOIN_WORDS = 0.2
JOIN_NAMES = 0.15
#: An article joins only stories whose coverage so far came within this many days of its
#: publication time. A flood's follow-ups run for about a week and pages arrive out of order:
#: on the same seeds 5 days split stories (recall 0.92-0.98), 7 days 0.98-1.00 and 10 days 1.00,
#: but the set has no second event in one place weeks later, which a longer window would merge.
WINDOW_DAYS = 7.0

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD_SPAN = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_DAY = 86400.0
#: Prefix that keeps a name's weight apart from the same word's weight in one dictionary.
_NAME = "@"

_STOPWORD_TEXT = """
    a about above after again against all also although am among an and any are as at be
    because been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just last later least less like made make many may me might
    more most much must my near new no nor not now of off on once one only or other our ours
    out over own per said same says say saying she should since so some still such than that
    the their theirs them then there these they this those through to told too two under until
    up upon us very was we were what when where which while who whom whose why will with would
    yet you your according added adding around amid another across called expected including
    week weeks day days year years month months people time times way news report reported
    reports statement spokesperson spokesman spokeswoman official officials monday tuesday
    wednesday thursday friday saturday sunday january february march april june july august
    september october november december mr mrs ms dr
"""
#: Function words and reporting verbs that carry nothing about which event a report is about.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _tokens(text: str, names: Counter[str], words: Counter[str], weight: float) -> None:
    """Add the content words of ``text`` to ``words`` and its names to ``names``.

    A name is a run of capitalised words ("Port Avel", "Henrik Voss") other than function words,
    months and weekdays, which end a run. A capital at a sentence start opens a name only when
    another capitalised word follows, since every first word is capitalised.
    """
    for sentence in _SENTENCE.split(_POSSESSIVE.sub("", text)):
        tokens = _TOKEN.findall(sentence)
        run: list[str] = []
        for position, token in enumerate(tokens):
            word = token.casefold()
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            capital = token[0].isupper() and (position > 0 or following[:1].isupper())
            if capital and word not in STOPWORDS:
                run.append(word)
            elif run:
                names[" ".join(run)] += weight
                run = []
            if word not in STOPWORDS and len(word) >= 3:
                words[word] += weight
        if run:
            names[" ".join(run)] += weight


def _compact(weight: float) -> int | float:
    """A weight as it is stored: whole numbers without a decimal point (most are counts)."""
    return int(weight) if weight.is_integer() else round(weight, 3)


def features(article: Article, lead_words: int = LEAD_WORDS) -> bytes:
    """What the grouper keeps of an article, as compact JSON bytes for the archive to store:
    publication date, title, and the weighted words and names of headline, dek and lead.

    ``lead_words`` other than the default is for benchmarks comparing settings.
    """
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    # Headlines are title-cased on some sites: their words count, their capitals do not.
    _tokens((article.title or "").lower(), Counter(), words, TITLE_WEIGHT)
    text = article.text or ""
    ends = [m.end() for m in itertools.islice(_WORD_SPAN.finditer(text), lead_words)]
    lead = text[: ends[-1]] if ends else ""
    _tokens(f"{article.dek or ''}\n{lead}", names, words, 1.0)
    data = {
        "published": article.published,
        "title": article.title or "",
        "words": {w: _compact(n) for w, n in sorted(words.items())},
        "names": {w: _compact(n) for w, n in sorted(names.items())},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(slots=True)
class _Entry:
    """One article as the grouper holds it."""

    stamp: float | None
    title: str
    weights: dict[str, float]


@dataclass(slots=True)
class _Story:
    """The articles of one story and the sum of their word weights (``totals``), with the
    totals as arrays of vocabulary indices and weights, rebuilt after a change."""

    members: list[int] = field(default_factory=list)
    totals: dict[str, float] = field(default_factory=dict)
    first: float | None = None
    last: float | None = None
    indices: np.ndarray | None = None
    values: np.ndarray | None = None
    is_name: np.ndarray | None = None

    def take(self, article_id: int, entry: _Entry) -> None:
        self.members.append(article_id)
        for word, weight in entry.weights.items():
            self.totals[word] = self.totals.get(word, 0.0) + weight
        self.indices = self.values = self.is_name = None
        if entry.stamp is not None:
            self.first = entry.stamp if self.first is None else min(self.first, entry.stamp)
            self.last = entry.stamp if self.last is None else max(self.last, entry.stamp)

    def near(self, stamp: float | None, window: float) -> bool:
        """Whether an article published at ``stamp`` comes within ``window`` seconds of this
        story's coverage."""
        if stamp is None or self.first is None or self.last is None:
            return True
        return self.first - window <= stamp <= self.last + window


@dataclass(slots=True)
class _Weighted:
    """An article's entries with their IDF, word weights (0 for names), the norm of those,
    and name weights (0 for words), all as of one moment."""

    entries: list[str]
    idf: np.ndarray
    words: np.ndarray
    word_norm: float
    names: np.ndarray


def _parse(data: bytes | str) -> _Entry:
    """An entry from stored features; raises ``ValueError`` naming what is wrong."""
    try:
        raw = json.loads(data)
        weights = {str(w): float(n) for w, n in raw["words"].items()}
        weights.update({_NAME + str(w): float(n) for w, n in raw.get("names", {}).items()})
        return _Entry(
            published_timestamp(raw.get("published")), str(raw.get("title") or ""), weights
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"unreadable story features: {error}") from error


class StoryGrouper:
    """Groups articles into stories incrementally; story ids are the id of their first article.

    Call ``add`` for each new article as pages arrive (store ``features(article)`` and the
    returned story id with the row); on start-up ``restore`` every stored row, in any order,
    which rebuilds the same state without re-deciding anything. Stories are never merged or
    split afterwards: story ids stored with rows stay valid.
    """

    def __init__(
        self,
        join_words: float = JOIN_WORDS,
        join_names: float = JOIN_NAMES,
        window_days: float = WINDOW_DAYS,
    ) -> None:
        """Thresholds other than the measured defaults are for benchmarks comparing rules."""
        self.join_words = join_words
        self.join_names = join_names
        self.window = window_days * _DAY
        self._entries: dict[int, _Entry] = {}
        self._story_of: dict[int, int] = {}
        self._stories: dict[int, _Story] = {}
        self._vocabulary: dict[str, int] = {}
        self._document_frequency = np.zeros(1024, dtype=np.float64)
        self._stories_with: dict[str, set[int]] = {}
        self._stories_on_day: dict[int, set[int]] = {}
        self._undated_stories: set[int] = set()

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, article_id: int, article: Article, stored: bytes | None = None) -> int:
        """Group a new article; returns its story id. ``stored`` is ``features(article)`` when
        the caller has already computed it for its row. Raises ``ValueError`` for an id already
        grouped."""
        entry = _parse(features(article) if stored is None else stored)
        if article_id in self._entries:
            raise ValueError(f"article {article_id} is already grouped into a story")
        story_id = self._closest_story(entry)
        self._record(article_id, entry, article_id if story_id is None else story_id)
        return self._story_of[article_id]

    def restore(self, article_id: int, stored: bytes | str, story_id: int) -> None:
        """Put a stored article back into its stored story (no decision is re-made)."""
        if article_id in self._entries:
            raise ValueError(f"article {article_id} is already grouped into a story")
        self._record(article_id, _parse(stored), story_id)

    def story_of(self, article_id: int) -> int | None:
        """The story id of a grouped article (None for an unknown id)."""
        return self._story_of.get(article_id)

    def members(self, story_id: int) -> list[int]:
        """The article ids of a story in the order they were grouped."""
        story = self._stories.get(story_id)
        return list(story.members) if story else []

    def story_label(self, story_id: int) -> str:
        """The story's most representative headline: that of the member closest to the story's
        word centroid (the earliest grouped member on ties); "" for an unknown story."""
        story = self._stories.get(story_id)
        if story is None:
            return ""
        titled = [m for m in story.members if self._entries[m].title] or story.members
        scores = [
            sum(self._similarity(self._weighted(self._entries[m].weights), story)) for m in titled
        ]
        return self._entries[titled[scores.index(max(scores))]].title

    def _record(self, article_id: int, entry: _Entry, story_id: int) -> None:
        self._entries[article_id] = entry
        self._story_of[article_id] = story_id
        story = self._stories.setdefault(story_id, _Story())
        story.take(article_id, entry)
        for word in entry.weights:
            index = self._vocabulary.setdefault(word, len(self._vocabulary))
            if index == len(self._document_frequency):
                self._document_frequency = np.concatenate(
                    [self._document_frequency, np.zeros(max(1024, index), dtype=np.float64)]
                )
            self._document_frequency[index] += 1
            self._stories_with.setdefault(word, set()).add(story_id)
        if story.first is None or story.last is None:
            self._undated_stories.add(story_id)
            return
        self._undated_stories.discard(story_id)
        for day in range(int(story.first // _DAY), int(story.last // _DAY) + 1):
            self._stories_on_day.setdefault(day, set()).add(story_id)

    def _idf(self, indices: np.ndarray) -> np.ndarray:
        """Smoothed inverse document frequencies of vocabulary entries, as of now."""
        count = len(self._entries)
        return np.log((count + 1) / (self._document_frequency[indices] + 1)) + 1.0

    def _arrays(self, weights: dict[str, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Vocabulary indices, weights and name flags of entries that are in the vocabulary."""
        known = [w for w in weights if w in self._vocabulary]
        indices = np.fromiter((self._vocabulary[w] for w in known), np.int64, len(known))
        values = np.fromiter((weights[w] for w in known), np.float64, len(known))
        return indices, values, np.fromiter((w[:1] == _NAME for w in known), bool, len(known))

    def _weighted(self, weights: dict[str, float]) -> _Weighted:
        """An article's entries with TF-IDF weights (an entry no story has yet counts with
        the highest IDF)."""
        entries = list(weights)
        frequency = np.fromiter(
            (
                self._document_frequency[self._vocabulary[w]] if w in self._vocabulary else 0.0
                for w in entries
            ),
            np.float64,
            len(entries),
        )
        raw = np.fromiter((weights[w] for w in entries), np.float64, len(entries))
        idf = np.log((len(self._entries) + 1) / (frequency + 1)) + 1.0
        is_name = np.fromiter((w[:1] == _NAME for w in entries), bool, len(entries))
        words = raw * idf * ~is_name
        return _Weighted(entries, idf, words, float(np.linalg.norm(words)), raw * idf * is_name)

    def _similarity(self, article: _Weighted, story: _Story) -> tuple[float, float]:
        """TF-IDF cosine of an article's words to the story's summed words, and the share of
        the article's names (weighted by count and IDF) that the story has mentioned."""
        theirs = np.fromiter(
            (story.totals.get(w, 0.0) for w in article.entries), np.float64, len(article.entries)
        )
        dot = float(np.dot(article.words, theirs * article.idf))
        if dot:
            dot /= article.word_norm * self._word_norm(story)
        name_mass = float(article.names.sum())
        found = float(article.names[theirs > 0].sum())
        return dot, (found / name_mass if name_mass else 0.0)

    def _word_norm(self, story: _Story) -> float:
        """The norm of a story's TF-IDF word weights (names left out), as of now."""
        if story.indices is None or story.values is None or story.is_name is None:
            story.indices, story.values, story.is_name = self._arrays(story.totals)
        return float(np.linalg.norm((story.values * self._idf(story.indices))[~story.is_name]))

    def _closest_story(self, entry: _Entry) -> int | None:
        """The active story this article belongs to, or None when it starts a new one."""
        if entry.stamp is None:
            pool = set().union(*(self._stories_with.get(w, ()) for w in entry.weights))
        else:
            days = range(
                int((entry.stamp - self.window) // _DAY),
                int((entry.stamp + self.window) // _DAY) + 1,
            )
            pool = self._undated_stories.union(*(self._stories_on_day.get(d, ()) for d in days))
        article = self._weighted(entry.weights)
        has_names = bool(article.names.any())
        # Each story's dot product with the article's words and the name weight it has
        # mentioned, accumulated entry by entry over the stories that hold the entry: only
        # stories sharing a name (when the article has names: joining needs a share of them)
        # or else a word (a cosine needs one) are ever touched, and the costly part of the
        # cosine, the story's norm, is computed only for stories whose names already pass.
        dots: dict[int, float] = {}
        found: dict[int, float] = {}
        stories = self._stories
        for i, word in enumerate(article.entries):
            holders = self._stories_with.get(word)
            if not holders:
                continue
            word_weight = float(article.words[i] * article.idf[i])
            name_weight = float(article.names[i])
            for story_id in holders & pool:
                if word_weight:
                    dots[story_id] = (
                        dots.get(story_id, 0.0) + word_weight * (stories[story_id].totals[word])
                    )
                if name_weight:
                    found[story_id] = found.get(story_id, 0.0) + name_weight
        candidates = found if has_names else dots
        name_mass = float(article.names.sum())
        best, best_score = None, 0.0
        for story_id in sorted(candidates):
            story = stories[story_id]
            if not story.near(entry.stamp, self.window):
                continue
            names = found.get(story_id, 0.0) / name_mass if name_mass else 0.0
            if has_names and names < self.join_names:
                continue
            dot = dots.get(story_id, 0.0)
            words = dot / (article.word_norm * self._word_norm(story)) if dot else 0.0
            if words < self.join_words:
                continue
            if words + names > best_score:
                best, best_score = story_id, words + names
        return best
