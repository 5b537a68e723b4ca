"""Stories: articles about the same event (a week of coverage of one flood) grouped as they arrive.

Each article is reduced to ``features``: its title, publication time and the words of its
headline, dek and lead, with the capitalised names among them. An article joins the story whose
accumulated words are closest to its own (TF-IDF cosine, names weighted up) among the stories
active around its publication time; otherwise it starts a story whose id is the article's id.
The archive stores each article's features and story id, and rebuilds the grouper with
``restore`` without re-reading any text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from dateline.archive.duplicates import published_timestamp
from dateline.model import Article

#: Words of the body read after the headline and dek: the lead says what is new about the
#: event, the rest of a report repeats background that other stories on the topic share too.
LEAD_WORDS = 120
#: Weight of a capitalised name (place, person, organisation) against an ordinary word: names
#: are what tell one flood from another (benchmarks/archive_quality.py, "story rules" table).
NAME_WEIGHT = 3.0
#: Weight of the headline's words against the lead's.
TITLE_WEIGHT = 2.0
#: Cosine to a story's word centroid at or above which an article joins it (same table).
JOIN_COSINE = 0.25
#: An article joins only stories whose coverage so far came within this many days of its
#: publication time (a flood's follow-ups run for about a week).
WINDOW_DAYS = 5.0
#: Highest-weighted words of an article that look up candidate stories.
LOOKUP_TERMS = 12

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_DAY = 86400.0

_STOPWORD_TEXT = """
    a about above after again against all also although am among an and any are as at be
    because been before being below between both but by can could did do does doing down during
    each few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just last later least less like made make many may me might
    more most much must my near new no nor not now of off on once one only or other our ours
    out over own per said same says say saying she should since so some still such than that
    the their theirs them then there these they this those through to told too two under until
    up upon us very was we were what when where which while who whom whose why will with would
    yet you your according added adding after also around amid another across being called
    expected including made week weeks day days year years month months people time times told
    way news report reported reports statement spokesperson spokesman spokeswoman official
    officials monday tuesday wednesday thursday friday saturday sunday january february march
    april june july august september october november december mr mrs ms dr
"""
#: Function words and reporting verbs that carry nothing about which event a report is about.
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _normal(token: str) -> str:
    """A token case-folded, without a possessive ending."""
    token = token.casefold()
    for ending in ("'s", "’s"):
        if token.endswith(ending):
            return token[: -len(ending)]
    return token


def _tokens(text: str, names: Counter[str], words: Counter[str], weight: float) -> None:
    """Add the content words of ``text`` to ``words`` (and its capitalised names to ``names``)."""
    for sentence in _SENTENCE.split(text):
        tokens = _TOKEN.findall(sentence)
        for position, token in enumerate(tokens):
            word = _normal(token)
            if word in STOPWORDS or len(word) < 3:
                continue
            words[word] += weight
            # A capital mid-sentence marks a name; at a sentence start only when a capitalised
            # word follows ("Port Avel"), since every first word is capitalised.
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            if token[0].isupper() and (position or following[:1].isupper()):
                names[word] += weight


def features(article: Article) -> bytes:
    """What the grouper keeps of an article, as compact JSON bytes for the archive to store."""
    names: Counter[str] = Counter()
    words: Counter[str] = Counter()
    # Headlines are title-cased on some sites: their words count, their capitals do not.
    _tokens((article.title or "").lower(), Counter(), words, TITLE_WEIGHT)
    lead = " ".join((article.text or "").split()[:LEAD_WORDS])
    _tokens(f"{article.dek or ''}\n{lead}", names, words, 1.0)
    for name in names:
        words[name] *= NAME_WEIGHT
    data = {
        "published": article.published,
        "title": article.title or "",
        "words": {w: round(n, 3) for w, n in sorted(words.items())},
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
    """The articles of one story and the sum of their word weights."""

    members: list[int] = field(default_factory=list)
    totals: Counter[str] = field(default_factory=Counter)
    first: float | None = None
    last: float | None = None

    def take(self, article_id: int, entry: _Entry) -> None:
        self.members.append(article_id)
        self.totals.update(entry.weights)
        if entry.stamp is not None:
            self.first = entry.stamp if self.first is None else min(self.first, entry.stamp)
            self.last = entry.stamp if self.last is None else max(self.last, entry.stamp)

    def near(self, stamp: float | None) -> bool:
        """Whether an article published at ``stamp`` falls in this story's time window."""
        if stamp is None or self.first is None or self.last is None:
            return True
        window = WINDOW_DAYS * _DAY
        return self.first - window <= stamp <= self.last + window


def _parse(data: bytes | str) -> _Entry:
    """An entry from stored features; raises ``ValueError`` naming what is wrong."""
    try:
        raw = json.loads(data)
        weights = {str(w): float(n) for w, n in raw["words"].items()}
        return _Entry(
            published_timestamp(raw.get("published")), str(raw.get("title") or ""), weights
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"unreadable story features: {error}") from error


class StoryGrouper:
    """Groups articles into stories incrementally; story ids are the id of their first article.

    Call ``add`` for each new article as pages arrive (store ``features(article)`` and the
    returned story id with the row); on start-up ``restore`` every stored row, in any order,
    which rebuilds the same state without re-deciding anything.
    """

    def __init__(self) -> None:
        self._entries: dict[int, _Entry] = {}
        self._story_of: dict[int, int] = {}
        self._stories: dict[int, _Story] = {}
        self._document_frequency: Counter[str] = Counter()
        self._stories_with: dict[str, set[int]] = {}

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
        scores = [self._cosine(self._entries[m].weights, story.totals) for m in titled]
        return self._entries[titled[scores.index(max(scores))]].title

    def _record(self, article_id: int, entry: _Entry, story_id: int) -> None:
        self._entries[article_id] = entry
        self._story_of[article_id] = story_id
        story = self._stories.setdefault(story_id, _Story())
        story.take(article_id, entry)
        self._document_frequency.update(entry.weights.keys())
        for word in entry.weights:
            self._stories_with.setdefault(word, set()).add(story_id)

    def _idf(self, word: str) -> float:
        count = len(self._entries)
        return math.log((count + 1) / (self._document_frequency[word] + 1)) + 1.0

    def _cosine(self, weights: dict[str, float], totals: Counter[str]) -> float:
        """TF-IDF cosine of an article's weights and a story's summed weights."""
        dot = sum(w * totals[t] * self._idf(t) ** 2 for t, w in weights.items() if t in totals)
        if not dot:
            return 0.0
        own = math.sqrt(sum((w * self._idf(t)) ** 2 for t, w in weights.items()))
        other = math.sqrt(sum((w * self._idf(t)) ** 2 for t, w in totals.items()))
        return dot / (own * other)

    def _closest_story(self, entry: _Entry) -> int | None:
        """The active story this article belongs to, or None when it starts a new one."""
        ranked = sorted(entry.weights, key=lambda w: (-entry.weights[w] * self._idf(w), w))
        candidates = sorted(
            {s for word in ranked[:LOOKUP_TERMS] for s in self._stories_with.get(word, ())}
        )
        best, best_score = None, JOIN_COSINE
        for story_id in candidates:
            story = self._stories[story_id]
            if not story.near(entry.stamp):
                continue
            score = self._cosine(entry.weights, story.totals)
            if score >= best_score:
                best, best_score = story_id, score
        return best
