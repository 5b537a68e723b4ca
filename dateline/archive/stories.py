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

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from itertools import compress, islice, repeat

import numpy as np

from dateline.archive.duplicates import published_timestamp
from dateline.archive.search_fold import fold_for_matching
from dateline.model import Article

#: Words of the body read after the headline and dek: the lead says what is new about the
#: event, the rest of a report repeats background that other stories on the topic share too.
LEAD_WORDS = 120
#: Weight of the headline's words against the lead's; a whole number, since the stored weights
#: are counts.
TITLE_WEIGHT = 2
#: To join a story an article needs a TF-IDF cosine of its words to the story's summed words of
#: at least JOIN_WORDS, and at least JOIN_NAMES of its names' weight among names the story has
#: mentioned. Reports of two floods in the same days share words but hardly any names. Chosen
#: on wirecorpus seeds 2025, 5, 7 and 99 (pairwise F1 0.991 / 1 / 1 / 1): names at 0.05 let
#: same-topic stories merge (precision down to 0.68), at 0.4 recall fell by 2-6 points, and
#: words at 0.1 merged two strikes on seed 5; see benchmarks/archive_quality.py, "Stories".
#: Names at 0.2 since the same seeds fed oldest or newest first (as a sitemap lists them) merged
#: same-topic stories through one shared country or agency name at 0.15 (mean F1 0.985 / 0.973
#: against 1.000 / 0.981 at 0.2; arrival order unchanged but seed 99, 1 → 0.996), as did the
#: a6 probe's two companies' results of one day in one country (F1 0.938 → 0.990).
JOIN_WORDS = 0.2
JOIN_NAMES = 0.2
#: An article joins only stories whose coverage so far came within this many days of its
#: publication time. A flood's follow-ups run for about a week and pages arrive out of order:
#: on the same seeds 5 days split stories (recall 0.92-0.98), 7 days 0.98-1.00 and 10 days 1.00,
#: but the set has no second event in one place weeks later, which a longer window would merge.
WINDOW_DAYS = 7.0
#: Stories an article is scored against at most, and the entries that pick them. When more are
#: near it in time (a busy day of a large archive; articles without names, which every story
#: of their days could take), only those holding one of its TOP_ENTRIES highest-weighted
#: entries (TF-IDF) are scored: a story near in words holds some of them. On
#: benchmarks/archive_scale.py one template's nameless pages met up to 1,360 stories a day, and
#: calls with over 20,000 story entries gathered 74% of all entries scored.
MAX_SCORED_STORIES = 128
#: A name that this many stories near an article in time hold says nothing of which one it
#: belongs to (its agency, its country, a capital city): its share is not counted. On wirecorpus
#: seeds 2025, 5, 7, 99 and 11 fed newest first (a sitemap's order) story F1 0.981 → 0.990
#: (seed 5 0.954 → 1), oldest first and in arrival order unchanged; at 2 arrival order lost
#: recall (mean 0.997 → 0.994), at 4 seed 5 merged two stories through their agency again.
#: a6 probe oldest first 0.964 → 0.978.
COMMON_NAME_STORIES = 3
TOP_ENTRIES = 8

_POSSESSIVE = re.compile(r"['’]s\b")
#: Closing quotes and brackets after a sentence's full stop ('... the town." Rescuers').
_CLOSING = "\"'”’)]"
#: Words that are a dash or bullet alone.
_DASHES = "-–—|·•"
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_DAY = 86400.0
_DECODER = json.JSONDecoder()
#: Made once: ``json.dumps`` with options makes an encoder at every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
#: Prefix that keeps a name's weight apart from the same word's weight in one dictionary.
_NAME = "@"
#: Vocabulary entries the per-entry arrays are first made for (they double when full).
_CAPACITY = 1024
#: Cells (story entries) the cell arrays are first made for.
_CELL_CAPACITY = 16 * 1024
#: The grouper's arrays with one value per vocabulary entry.
_PER_ENTRY = (
    "_document_frequency",
    "_log_frequency",
    "_query_words",
    "_query_names",
    "_cell_of_entry",
)
#: The grouper's arrays with one value per story.
_PER_STORY = (
    "_slot_story",
    "_slot_from",
    "_slot_until",
    "_slot_start",
    "_slot_cells",
)

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


def _lines(dek: str, text: str, count: int) -> list[list[str]]:
    """The whitespace-separated words of each line of ``dek`` and of ``text`` up to its
    ``count``-th word, split in C (a match per word cost a fifth of ``features``).

    The lead is cut while its lines are split, rather than cut from the text first and split
    again, and ``_sentences`` drops possessives from the words with an apostrophe rather than
    from the whole lead: 0.074 → 0.068 ms a page here.
    """
    lines = [line.split() for line in dek.split("\n")]
    more: str | None = text
    while more is not None and count > 0:
        # Split off no more lines than words wanted; the last part is then the rest.
        parts = more.split("\n", count)
        more = parts.pop() if len(parts) > count else None
        for line in parts:
            words = line.split(None, count)
            if len(words) >= count:
                lines.append(words[:count])
                return lines
            lines.append(words)
            count -= len(words)
    return lines


def _sentences(lines: list[list[str]]) -> tuple[list[str], set[int], set[int]]:
    """The tokens of ``lines`` of words (possessive "'s" dropped; a name in brackets in lower
    case), the positions among them where a sentence starts, and those after punctuation
    within a sentence (``breaks``).

    A sentence ends at a word ending in ".", "!" or "?", at a line break and at a dash alone.
    Only words that are not all letters go through the token pattern (and through the
    possessive one if they hold an apostrophe): scanning the whole text with a sentence
    pattern and then a token pattern took half of ``features`` (0.06 of 0.12 ms a page on
    benchmarks/archive_scale.py). The tokens are kept in one list, so that ``features`` maps
    over them once rather than once a sentence.
    """
    tokens: list[str] = []
    starts = {0}
    breaks: set[int] = set()
    bracketed: list[tuple[int, int]] = []
    opened: int | None = None
    find = _TOKEN.findall
    for words in lines:
        for word in words:
            if word.isalpha():  # one token as it stands
                tokens.append(word)
                continue
            if "'" in word or "’" in word:
                word = _POSSESSIVE.sub("", word)
            found = find(word)
            if not word:
                continue
            # A comma, colon, bracket or quote ends a name: "Hugo Maranne, Ferrand's lawyer"
            # and "Osterland (TPA) Halvard Foods" name two and three things.
            if not word[0].isalnum():
                breaks.add(len(tokens))
                opened = len(tokens) if word[0] == "(" else opened
            if opened is not None and ")" in word:
                bracketed.append((opened, len(tokens) + len(found)))
                opened = None
            if word.rstrip(_CLOSING).endswith((".", "!", "?")) or not word.strip(_DASHES):
                # A sentence ends, or a lone dash or bullet opens one: the dateline's "(Wire) —"
                # is followed by the lead's first word ("— Researchers at ...").
                starts.add(len(tokens) + len(found))
            elif not word[-1].isalnum() and word[-1] not in "'’":  # "Dockers' Union"
                breaks.add(len(tokens) + len(found))
            tokens += found
        starts.add(len(tokens))
    # A name alone in brackets is a dateline's agency, "(Meridian Wire) -", which recurs in
    # every story of the agency, or the short form of a name just given, "(RWF)": its words
    # count, in lower case, and it is no name.
    for start, end in bracketed:
        if all(token[0].isupper() for token in tokens[start:end]):
            tokens[start:end] = map(str.lower, tokens[start:end])
    return tokens, starts, breaks


def _names(tokens: list[str], folded: list[str], starts: set[int], breaks: set[int]) -> list[str]:
    """The names among ``tokens`` (``folded``: the same casefolded), each time one occurs.

    A name is a run of capitalised words ("Port Avel", "Henrik Voss") within a sentence other
    than function words, months and weekdays, which end a run, as punctuation does (at
    ``breaks``). A capital at a sentence start opens a name only when another capitalised word
    follows, since every first word is capitalised. Only capitalised tokens are walked in
    Python, all sentences at once (a walk a sentence: 0.053 → 0.049 ms a page here).
    """
    found: list[str] = []
    capitals = [position for position, token in enumerate(tokens) if token[0].isupper()]
    upper = set(capitals)
    run: list[str] = []
    after = -1  # the position a word must have to continue the run
    for position in capitals:
        word = folded[position]
        opens = position in starts
        if run and (opens or position != after or position in breaks or word in STOPWORDS):
            found.append(" ".join(run))
            run = []
        if opens and (position + 1 in starts or position + 1 not in upper):
            continue  # a capital first word alone is the sentence's, not a name's
        if word not in STOPWORDS:
            run.append(word)
            after = position + 1
    if run:
        found.append(" ".join(run))
    return found


def _reporters(article: Article) -> list[str]:
    """The names of who reported the article (its site, authors and dateline agency) as
    ``_names`` spells them: they say who wrote, not what happened, and recur in every story
    of one outlet or agency (an agency's byline line left in its bodies, "Tidewater Press
    Agency · 14:05", merged the a6 probe's two floods of one week fed oldest first)."""
    given = [article.site_name or "", *article.authors]
    if article.dateline is not None and article.dateline.agency:
        given.append(article.dateline.agency)
    found: list[str] = []
    for value in given:
        tokens = _TOKEN.findall(value)
        found += _names(tokens, list(map(str.casefold, tokens)), set(), set())
    return found


def features(article: Article, lead_words: int = LEAD_WORDS) -> bytes:
    """What the grouper keeps of an article, as compact JSON bytes for the archive to store:
    publication date, title, and the weighted words and names of headline, dek and lead.

    Words are the tokens of three letters or more other than ``STOPWORDS``, weighted by their
    counts (``TITLE_WEIGHT`` for each in the headline); names by theirs; both sorted. The
    headline's words are added to the lead's counts (``Counter``), which are stored as they
    are, rather than both summed into dicts of float weights that were sorted and made whole
    numbers again (0.098 → 0.086 ms a page on benchmarks/archive_scale.py). ``lead_words``
    other than the default is for benchmarks comparing settings.
    """
    title = article.title or ""
    tokens, starts, breaks = _sentences(_lines(article.dek or "", article.text or "", lead_words))
    folded = list(map(str.casefold, tokens))
    counts = Counter(folded)
    # Headlines are title-cased on some sites: their words count, their capitals do not.
    for word in map(str.casefold, _TOKEN.findall(_POSSESSIVE.sub("", title.lower()))):
        counts[word] = counts.get(word, 0) + TITLE_WEIGHT
    words = [word for word in sorted(counts) if len(word) >= 3 and word not in STOPWORDS]
    names = Counter(_names(tokens, folded, starts, breaks))
    for reporter in _reporters(article):
        names.pop(reporter, None)
    data = {
        "published": article.published,
        "title": title,
        "words": {word: counts[word] for word in words},
        "names": dict(sorted(names.items())),
    }
    return _ENCODER.encode(data).encode("utf-8")


def _fold_keys(weights: dict[str, int]) -> dict[str, int]:
    """``weights`` with each word or name folded as search folds it (``fold_for_matching``),
    the counts of spellings that fold alike summed: "Kılıç" and "Kilic" are one name.

    Folded when features are read rather than when they are made, so that the features an
    older archive stored, cased and accented, group alike without a migration; all-ASCII
    features (most) are lower-case already and come back at once."""
    if "".join(weights).isascii():
        return weights
    folded: dict[str, int] = {}
    for key, count in weights.items():
        key = fold_for_matching(key)
        folded[key] = folded.get(key, 0) + count
    return folded


@dataclass(slots=True)
class _Entry:
    """One article as parsed from its features: its stored weights as a dict (words, then
    names) and, in the same order, as an array (``values``) and with the names at 0
    (``words``: ``values`` itself without names), and its names' keys (arrays made once here
    rather than at every scoring: 0.027 → 0.012 ms an article in labels)."""

    stamp: float | None
    title: str
    weights: dict[str, float]
    values: np.ndarray
    words: np.ndarray
    names: list[str]


@dataclass(slots=True)
class _Member:
    """What the grouper keeps of a grouped article, for ``story_label``: its title, weight
    arrays and their vocabulary indices. The weights dict and names of its ``_Entry`` go once
    it is recorded: they held 57 of its 103 MB (tracemalloc) at 10,000
    benchmarks/archive_scale.py pages."""

    title: str
    values: np.ndarray
    words: np.ndarray
    rows: np.ndarray


@dataclass(slots=True)
class _Story:
    """The articles of one story and its first and last publication time; ``slot`` numbers
    the story in the grouper's per-story arrays, which hold its entries."""

    slot: int
    members: list[int] = field(default_factory=list)
    first: float | None = None
    last: float | None = None

    def take(self, article_id: int, stamp: float | None) -> None:
        """Add an article published at ``stamp``."""
        self.members.append(article_id)
        if stamp is not None:
            self.first = stamp if self.first is None else min(self.first, stamp)
            self.last = stamp if self.last is None else max(self.last, stamp)


@dataclass(slots=True)
class _Weighted:
    """An article's entries as of one moment: vocabulary indices (the unknown entry's for an
    entry no story has yet), IDF, weights times IDF, those with the names at 0 (``words``)
    and their norm, and with the words at 0 (``names``, None without names) and their sum."""

    rows: np.ndarray
    idf: np.ndarray
    weighted: np.ndarray
    words: np.ndarray
    word_norm: float
    names: np.ndarray | None
    name_mass: float


@dataclass(frozen=True, slots=True)
class _Cells:
    """Stories' entries laid end to end: vocabulary indices, summed word weights (0 for
    names), where each story starts, and the norm of each story's TF-IDF word weights."""

    indices: np.ndarray
    totals: np.ndarray
    starts: np.ndarray
    norms: np.ndarray


def _parse(data: bytes | str) -> _Entry:
    """An entry from stored features; raises ``ValueError`` naming what is wrong.

    Words are tokens, which start with a letter, so a name's key never equals a word's: the
    names are the last of the weights and ``words`` zeroes them by position (flags per entry
    cost 0.005 ms a page). Features are stored without surrounding whitespace, so the text
    is decoded as a whole by ``raw_decode``, without ``json.loads``'s whitespace matches and
    encoding detection (0.018 → 0.014 ms a page)."""
    try:
        text = data.decode() if isinstance(data, bytes) else data
        raw, end = _DECODER.raw_decode(text)
        if end != len(text):
            raise ValueError(f"extra data at {end}")
        # Built with C-level maps: comprehensions here cost a fifth of ``add``. The parsed
        # words become the weights, names added: a copy with floats took 0.005 ms a page.
        weights, names = _fold_keys(raw["words"]), _fold_keys(raw.get("names", {}))
        word_count = len(weights)
        keys = list(map(_NAME.__add__, names))
        weights.update(zip(keys, names.values(), strict=True))
        size = len(weights)
        if size != word_count + len(keys):
            raise ValueError("a word spelled as a name")
        values = np.fromiter(map(float, weights.values()), np.float64, size)
        only_words = values
        if keys:
            only_words = values.copy()
            only_words[word_count:] = 0.0
        return _Entry(
            published_timestamp(raw.get("published")),
            str(raw.get("title") or ""),
            weights,
            values,
            only_words,
            keys,
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
        self._entries: dict[int, _Member] = {}
        self._story_of: dict[int, int] = {}
        self._stories: dict[int, _Story] = {}
        # Per story, by slot: the story, its id and the publication times it is near (its first
        # minus the window to its last plus the window; any time when undated, none while it
        # has no entries), so that the stories near an article in time are picked with array
        # operations.
        self._slots: list[_Story] = []
        self._slot_story = np.zeros(_CAPACITY, dtype=np.int64)
        self._slot_from = np.full(_CAPACITY, np.inf)
        self._slot_until = np.full(_CAPACITY, -np.inf)
        # Every story's entries as a segment of two cell arrays, vocabulary indices and summed
        # weights (0 for names), so that the segments of the stories near an article are
        # gathered in one indexing operation. A story an article joins is written again at the
        # end (``_slot_start``, ``_slot_cells``: its number of entries); its old segment is
        # garbage until the arrays are compacted.
        self._slot_start = np.zeros(_CAPACITY, dtype=np.int64)
        self._slot_cells = np.zeros(_CAPACITY, dtype=np.int64)
        self._cell_index = np.zeros(_CELL_CAPACITY, dtype=np.int64)
        self._cell_total = np.zeros(_CELL_CAPACITY, dtype=np.float64)
        self._cells_used = 0
        # Vocabulary index 0 is the unknown entry: an entry no story has yet counts as held by
        # no article (log frequency 0) without a mask per scoring.
        self._vocabulary: dict[str, int] = {}
        # Per vocabulary entry: articles holding it, log(1 + that), the current article's
        # weights while it is scored (zero otherwise), so that every candidate story is scored
        # by gathers over its own arrays rather than entry by entry in Python, and 1 + its cell
        # in a story's segment while an article joins the story.
        self._document_frequency = np.zeros(_CAPACITY, dtype=np.float64)
        self._log_frequency = np.zeros(_CAPACITY, dtype=np.float64)
        self._query_words = np.zeros(_CAPACITY, dtype=np.float64)
        self._query_names = np.zeros(_CAPACITY, dtype=np.float64)
        self._cell_of_entry = np.zeros(_CAPACITY, dtype=np.int64)
        # Slots of the stories holding a word, a name, covering a day, or without a date. Those
        # of a word are only ever read whole, and a list takes a slot in half the time of a set
        # (0.012 → 0.006 ms an article); those of names are intersected with the stories near
        # in time, for which a set is walked only as far as the smaller of the two.
        self._stories_with_word: defaultdict[str, list[int]] = defaultdict(list)
        self._stories_with_name: defaultdict[str, set[int]] = defaultdict(set)
        self._stories_on_day: dict[int, set[int]] = {}
        self._undated_stories: set[int] = set()

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self,
        article_id: int,
        article: Article | None,
        stored: bytes | None = None,
        copy_of: int | None = None,
    ) -> int:
        """Group a new article; returns its story id. ``stored`` is ``features(article)`` when
        the caller has already computed it for its row (``article`` may then be None). Raises
        ``ValueError`` for an id already grouped or when neither is given.

        ``copy_of`` is the article this one is a wire copy of (``DuplicateIndex``): a copy
        reports the same event, so it joins that article's story unscored. Scored, a copy
        without a date could join another event's story in any week (the a6 probe's undated
        copy of a town's second flood joined its first, five weeks before). A copy dated
        outside that story's window is scored like any article: a wrong link between two
        pages sharing a template's text (benchmarks/archive_scale.py pages of one template
        and other years) merged stories across five years, and every join then listed the
        story under each of its 1,800 days (writer 0.62 → 0.77 ms a page)."""
        if stored is None:
            if article is None:
                raise ValueError(f"article {article_id}: neither the article nor its features")
            stored = features(article)
        entry = _parse(stored)
        if article_id in self._entries:
            raise ValueError(f"article {article_id} is already grouped into a story")
        indices = self._indices(entry)
        rows = np.array(indices, dtype=np.int64)  # scored and then kept, made once
        story_id = self._story_of.get(copy_of) if copy_of is not None else None
        if story_id is not None and not self._in_window(story_id, entry.stamp):
            story_id = None
        if story_id is None:
            story_id = self._closest_story(entry, rows)
        self._record(article_id, entry, article_id if story_id is None else story_id, indices, rows)
        return self._story_of[article_id]

    def _in_window(self, story_id: int, stamp: float | None) -> bool:
        """Whether an article published at ``stamp`` falls in the story's time window (always
        for an undated article or story)."""
        story = self._stories[story_id]
        if stamp is None or story.first is None or story.last is None:
            return True
        return story.first - self.window <= stamp <= story.last + self.window

    def restore(self, article_id: int, stored: bytes | str, story_id: int) -> None:
        """Put a stored article back into its stored story (no decision is re-made)."""
        if article_id in self._entries:
            raise ValueError(f"article {article_id} is already grouped into a story")
        entry = _parse(stored)
        self._record(article_id, entry, story_id, self._indices(entry))

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
        if len(titled) == 1 or not self._slot_cells[story.slot]:  # the earliest wins
            return self._entries[titled[0]].title
        # The story's cells are gathered once for all its members.
        cells = self._story_cells(np.array([story.slot]))
        scores = []
        for member in titled:
            kept = self._entries[member]
            words, names = self._scores(self._weighted(kept.values, kept.words, kept.rows), cells)
            scores.append(float(words[0] + names[0]))
        return self._entries[titled[scores.index(max(scores))]].title

    def _indices(self, entry: _Entry) -> list[int]:
        """The vocabulary indices of an entry's weights (0 for an entry not yet known)."""
        return list(map(self._vocabulary.get, entry.weights, repeat(0)))

    def _record(
        self,
        article_id: int,
        entry: _Entry,
        story_id: int,
        entries: list[int],
        rows: np.ndarray | None = None,
    ) -> None:
        """Put an article into a story; ``entries`` are ``_indices(entry)`` and ``rows``, when
        given, the same as an array."""
        self._story_of[article_id] = story_id
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = self._new_story(story_id)
        if 0 in entries:
            pairs = zip(entry.weights, entries, strict=True)
            entries = [index or self._new_entry(key) for key, index in pairs]
            rows = None
        if rows is None:
            rows = np.array(entries, dtype=np.int64)
        self._entries[article_id] = _Member(entry.title, entry.values, entry.words, rows)
        counts = self._document_frequency[rows] + 1
        self._document_frequency[rows] = counts
        self._log_frequency[rows] = np.log1p(counts)
        story.take(article_id, entry.stamp)
        slot = story.slot
        first_name = len(entries) - len(entry.names)
        if self._slot_cells[slot]:
            new = self._join_cells(slot, rows, entry.words).tolist()
            new_words = compress(entry.weights, new[:first_name])
            new_names: Iterable[str] = compress(entry.names, new[first_name:])
        else:  # the story's first article with entries: its cells are the article's own
            self._write_cells(slot, rows, entry.words)
            new_words, new_names = islice(entry.weights, first_name), entry.names
        stories_with_word = self._stories_with_word
        for word in new_words:
            stories_with_word[word].append(slot)
        for name in new_names:
            self._stories_with_name[name].add(slot)
        size = self._slot_cells[slot]
        if story.first is None or story.last is None:
            self._undated_stories.add(slot)
            if size:
                self._slot_from[slot], self._slot_until[slot] = -np.inf, np.inf
            return
        if size:
            self._slot_from[slot] = story.first - self.window
            self._slot_until[slot] = story.last + self.window
        self._undated_stories.discard(slot)
        for day in range(int(story.first // _DAY), int(story.last // _DAY) + 1):
            self._stories_on_day.setdefault(day, set()).add(slot)

    def _new_story(self, story_id: int) -> _Story:
        """A story in the next slot (growing the per-story arrays when full)."""
        slot = len(self._slots)
        if slot == len(self._slot_story):
            for name in _PER_STORY:
                array = getattr(self, name)
                setattr(self, name, np.concatenate([array, np.zeros_like(array)]))
        story = _Story(slot)
        self._slots.append(story)
        self._slot_story[slot] = story_id
        self._slot_from[slot], self._slot_until[slot] = np.inf, -np.inf
        return story

    def _new_entry(self, entry: str) -> int:
        """Add an entry to the vocabulary (growing the per-entry arrays when full); its index."""
        index = self._vocabulary[entry] = len(self._vocabulary) + 1
        if index == len(self._document_frequency):
            for name in _PER_ENTRY:
                array = getattr(self, name)
                setattr(self, name, np.concatenate([array, np.zeros_like(array)]))
        return index

    def _idf_base(self) -> float:
        """The IDF of an entry no article holds; an entry held by ``n`` articles has this
        minus log(1 + n), the smoothed log((N + 1) / (n + 1)) + 1 over N articles."""
        return math.log(len(self._entries) + 1) + 1.0

    def _weighted(self, values: np.ndarray, words: np.ndarray, rows: np.ndarray) -> _Weighted:
        """An article's entries with TF-IDF weights, from its ``values`` and ``words``
        (``_Entry``) by vocabulary indices ``rows`` (an entry no story has yet counts with the
        highest IDF)."""
        idf = self._idf_base() - self._log_frequency[rows]
        weighted = values * idf
        if words is values:  # no names
            return _Weighted(
                rows, idf, weighted, weighted, math.sqrt(np.dot(weighted, weighted)), None, 0.0
            )
        words = words * idf
        names = weighted - words
        word_norm = math.sqrt(np.dot(words, words))
        return _Weighted(rows, idf, weighted, words, word_norm, names, float(np.add.reduce(names)))

    def _join_cells(self, slot: int, rows: np.ndarray, words: np.ndarray) -> np.ndarray:
        """Write the story's segment again with an article's entries (vocabulary indices
        ``rows``, word weights ``words``) added: summed into the cells of entries it has, after
        them for the others, which are flagged in the array returned.

        Done on the segment's arrays, rather than keeping a dict of totals per story and laying
        the story out from it when next scored: ``add`` ran 12% fewer instructions (callgrind,
        9,964 benchmarks/archive_scale.py pages)."""
        start = self._slot_start[slot]
        size = self._slot_cells[slot]
        indices = self._cell_index[start : start + size]
        totals = self._cell_total[start : start + size]
        cell_of_entry = self._cell_of_entry
        cell_of_entry[indices] = np.arange(1, size + 1)
        cells = cell_of_entry[rows]
        cell_of_entry[indices] = 0
        new = cells == 0
        held = ~new
        joined = np.concatenate((totals, words[new]))
        joined[cells[held] - 1] += words[held]
        self._write_cells(slot, np.concatenate((indices, rows[new])), joined)
        return new

    def _write_cells(self, slot: int, indices: np.ndarray, totals: np.ndarray) -> None:
        """Make vocabulary indices and word totals (0 for names) the story's segment, at the
        end of the cell arrays."""
        size = len(indices)
        if self._cells_used + size > len(self._cell_index):
            self._compact(size)
        start = self._cells_used
        self._cell_index[start : start + size] = indices
        self._cell_total[start : start + size] = totals
        self._slot_start[slot], self._slot_cells[slot] = start, size
        self._cells_used += size

    def _compact(self, room: int) -> None:
        """Keep only the current segments, in arrays with at least half left free after
        ``room`` more cells (so that compacting costs a constant per cell written)."""
        slots = np.flatnonzero(self._slot_cells[: len(self._slots)])
        positions, starts = self._cells_of(slots)
        capacity = len(self._cell_index)
        while 2 * (len(positions) + room) > capacity:
            capacity *= 2
        index = np.zeros(capacity, dtype=np.int64)
        total = np.zeros(capacity, dtype=np.float64)
        index[: len(positions)] = self._cell_index[positions]
        total[: len(positions)] = self._cell_total[positions]
        self._cell_index, self._cell_total = index, total
        self._slot_start[slots] = starts
        self._cells_used = len(positions)

    def _cells_of(self, slots: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The cell positions of these stories' segments laid end to end, and where each
        story's segment starts in that sequence."""
        lengths = self._slot_cells[slots]
        # Array methods rather than numpy's functions, which wrap them in Python (0.0014 ms less
        # an article).
        starts = lengths.cumsum() - lengths
        positions = (self._slot_start[slots] - starts).repeat(lengths)
        positions += np.arange(len(positions), dtype=np.int64)
        return positions, starts

    def _story_cells(self, slots: np.ndarray) -> _Cells:
        """The entries of these stories (by slot, each holding some entry) laid end to end.

        The stories' arrays are laid end to end and scored in one pass: the article's weights
        are gathered at every story entry from dense per-entry arrays and summed per story.
        """
        positions, starts = self._cells_of(slots)
        # Gathered with ``take`` here and in ``_scores``: indexing took 7-17% longer a gather,
        # and the gathers ran 16% of ``add``'s instructions on benchmarks/archive_scale.py pages.
        indices = self._cell_index.take(positions)
        totals = self._cell_total.take(positions)
        # In place from here and in ``_scores``: new arrays took 0.002 ms more for a pool of
        # 2,370 cells, the mean on those pages.
        weighted = self._log_frequency.take(indices)
        np.subtract(self._idf_base(), weighted, out=weighted)
        weighted *= totals
        weighted *= weighted
        norms = np.sqrt(np.add.reduceat(weighted, starts))
        return _Cells(indices, totals, starts, norms)

    def _scores(self, article: _Weighted, cells: _Cells) -> tuple[np.ndarray, np.ndarray]:
        """For each story of ``cells``: the TF-IDF cosine of the article's words to the story's
        summed words, and the share of the article's names (weighted by count and IDF) that
        the story has mentioned."""
        indices, totals, starts = cells.indices, cells.totals, cells.starts
        rows = article.rows
        self._query_words[rows] = article.words * article.idf
        products = self._query_words.take(indices)
        products *= totals
        dots = np.add.reduceat(products, starts)
        self._query_words[rows] = 0.0
        if article.name_mass:
            self._query_names[rows] = article.names
            names = np.add.reduceat(self._query_names.take(indices), starts) / article.name_mass
            self._query_names[rows] = 0.0
        else:  # an article without names has no share of them to find
            names = np.zeros(len(starts))
        words = np.zeros(len(starts))
        np.divide(dots, article.word_norm * cells.norms, out=words, where=dots > 0)
        return words, names

    def _stories_with(self, entry: str) -> Collection[int]:
        """The slots of the stories holding an entry."""
        if entry.startswith(_NAME):
            return self._stories_with_name.get(entry, ())
        return self._stories_with_word.get(entry, ())

    def _near(self, pool: set[int], stamp: float | None) -> np.ndarray:
        """The slots of ``pool`` whose stories hold some entry and, for a dated article, came
        within the window of its publication time."""
        slots = np.fromiter(pool, np.int64, len(pool))
        if stamp is None:
            return slots[self._slot_cells[slots] > 0]
        return slots[(self._slot_from[slots] <= stamp) & (stamp <= self._slot_until[slots])]

    def _closest_story(self, entry: _Entry, rows: np.ndarray) -> int | None:
        """The active story this article belongs to, or None when it starts a new one;
        ``rows`` are ``_indices(entry)``."""
        if entry.stamp is None:
            pool = set().union(
                *map(self._stories_with_word.get, entry.weights, repeat(())),
                *map(self._stories_with_name.get, entry.names, repeat(())),
            )
        else:
            days = range(
                int((entry.stamp - self.window) // _DAY),
                int((entry.stamp + self.window) // _DAY) + 1,
            )
            pool = self._undated_stories.union(*map(self._stories_on_day.get, days, repeat(())))
        # A candidate shares a name with the article (when it has names: joining needs a share
        # of them), or else a word (a cosine needs one).
        names_held = entry.names
        sharing: list[int] = []
        if names_held:
            held = map(self._stories_with_name.get, names_held, repeat(()))
            near_holding = list(map(pool.intersection, held))
            pool = set().union(*near_holding)
            sharing = list(map(len, near_holding))
        slots = self._near(pool, entry.stamp)
        if not len(slots):
            return None
        article = self._weighted(entry.values, entry.words, rows)
        if sharing and max(sharing) >= COMMON_NAME_STORIES:
            article = self._without_common_names(article, sharing)
            names_held = names_held if article.name_mass else []
        if len(slots) > MAX_SCORED_STORIES:
            slots = self._holding_top_entries(pool, entry, article)
            if not len(slots):
                return None
        words, names = self._scores(article, self._story_cells(slots))
        # Passing needs both thresholds and a score above 0. Cosines are never below 0, so a
        # share of names above 0 makes the score above 0, as does a cosine above 0 without
        # names (whose share is 0); a threshold above 0 implies the one above 0.
        if names_held:
            passing = names >= self.join_names if self.join_names > 0 else names > 0
            passing &= words >= self.join_words
            score = words + names
        else:
            passing = words >= self.join_words if self.join_words > 0 else words > 0
            score = words
        best = np.where(passing, score, -1.0)
        top = best[best.argmax()]
        if top < 0:
            return None
        # Ties go to the oldest story, the one with the lowest id.
        return int(self._slot_story[slots[best == top]].min())

    @staticmethod
    def _without_common_names(article: _Weighted, sharing: list[int]) -> _Weighted:
        """The article's weights with the names that ``COMMON_NAME_STORIES`` or more stories
        near it hold (``sharing``: how many hold each name) at 0 in its names; no names
        (a mass of 0) when all are that common."""
        names = article.names.copy() if article.names is not None else np.zeros(0)
        first = len(names) - len(sharing)
        common = [
            first + index for index, count in enumerate(sharing) if count >= COMMON_NAME_STORIES
        ]
        names[common] = 0.0
        mass = float(np.add.reduce(names))
        return replace(article, names=names, name_mass=mass)

    def _holding_top_entries(self, pool: set[int], entry: _Entry, article: _Weighted) -> np.ndarray:
        """The near stories of ``pool`` that hold one of the article's ``TOP_ENTRIES``
        highest-weighted entries (words and names by TF-IDF).

        The pool is intersected with each entry's stories, which is cheaper than a set of the
        near stories (0.050 → 0.033 ms a call on benchmarks/archive_scale.py pages, where pools
        held 530 stories and the top entries' stories 700 in all)."""
        top = (-article.weighted).argsort(kind="stable")[:TOP_ENTRIES]
        keys = list(entry.weights)
        held = map(self._stories_with, map(keys.__getitem__, top.tolist()))
        return self._near(set().union(*map(pool.intersection, held)), entry.stamp)
