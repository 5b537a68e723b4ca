"""Scoring functions of the two benchmarks, written from their READMEs.

* Scrapinghub: word 4-gram shingles over ``\\w+`` tokens (case kept), compared as multisets per
  page; precision and recall are means over pages, F1 is the harmonic mean of those two means.
* WCXB: per-page bag-of-words precision/recall/F1 over lowercased ``\\w+`` tokens, averaged.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4
BOOTSTRAP_RESAMPLES = 1000

#: A run's (F1, precision, recall, accuracy).
Means = tuple[float, float, float, float]
T = TypeVar("T")


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``, case kept."""
    return TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of word ``size``-grams; a text shorter than ``size`` words is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


@dataclass(frozen=True, slots=True)
class ShingleScore:
    """Scrapinghub counts of one page, normalised so that tp + fp + fn = 1 (all 0 if none)."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP), or None when the prediction has no shingle."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN), or None when neither side has a shingle the truth lacks or shares."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None


def shingle_score(prediction: str, truth: str) -> ShingleScore:
    """Score one page with the Scrapinghub metric."""
    predicted, expected = shingles(prediction), shingles(truth)
    tp = sum((predicted & expected).values())
    fp = sum(predicted.values()) - tp
    fn = sum(expected.values()) - tp
    total = tp + fp + fn
    exact = tokens(prediction) == tokens(truth)
    if total == 0:
        return ShingleScore(0.0, 0.0, 0.0, exact)
    return ShingleScore(tp / total, fp / total, fn / total, exact)


@dataclass(frozen=True, slots=True)
class Summary:
    """A run's scores, each with the standard deviation of its bootstrap resamples."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float
    precision_std: float
    recall_std: float
    accuracy_std: float
    pages: int


def _harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b > 0 else 0.0


def _mean_or_zero(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _shingle_means(scores: Sequence[ShingleScore]) -> Means:
    precisions = [p for s in scores if (p := s.precision) is not None]
    recalls = [r for s in scores if (r := s.recall) is not None]
    precision, recall = _mean_or_zero(precisions), _mean_or_zero(recalls)
    accuracy = _mean_or_zero([1.0 if s.exact else 0.0 for s in scores])
    return _harmonic(precision, recall), precision, recall, accuracy


def summarise_shingles(scores: Sequence[ShingleScore], seed: int = 0) -> Summary:
    """Scrapinghub run scores (F1 of mean P and mean R, accuracy) with bootstrap stds."""
    f1, precision, recall, accuracy = _shingle_means(scores)
    spread = _bootstrap(scores, _shingle_means, seed)
    return Summary(f1, precision, recall, accuracy, *spread, pages=len(scores))


@dataclass(frozen=True, slots=True)
class WordScore:
    """WCXB bag-of-words precision, recall and F1 of one page."""

    precision: float
    recall: float
    f1: float


def word_score(prediction: str, truth: str) -> WordScore:
    """Score one page with the WCXB metric; an empty truth scores 1 only for an empty prediction."""
    predicted = Counter(t.lower() for t in tokens(prediction))
    expected = Counter(t.lower() for t in tokens(truth))
    if not expected:
        value = 0.0 if predicted else 1.0
        return WordScore(value, value, value)
    if not predicted:
        return WordScore(0.0, 0.0, 0.0)
    overlap = sum((predicted & expected).values())
    precision = overlap / sum(predicted.values())
    recall = overlap / sum(expected.values())
    return WordScore(precision, recall, _harmonic(precision, recall))


def _word_means(scores: Sequence[WordScore]) -> Means:
    n = len(scores)
    if n == 0:
        return 0.0, 0.0, 0.0, 0.0
    f1 = sum(s.f1 for s in scores) / n
    precision = sum(s.precision for s in scores) / n
    recall = sum(s.recall for s in scores) / n
    perfect = sum(1 for s in scores if s.f1 == 1.0) / n
    return f1, precision, recall, perfect


def summarise_words(scores: Sequence[WordScore], seed: int = 0) -> Summary:
    """WCXB run scores (means of per-page values; accuracy = share of pages with F1 = 1)."""
    f1, precision, recall, perfect = _word_means(scores)
    spread = _bootstrap(scores, _word_means, seed)
    return Summary(f1, precision, recall, perfect, *spread, pages=len(scores))


def _bootstrap(scores: Sequence[T], measure: Callable[[Sequence[T]], Means], seed: int) -> Means:
    """Population std of each of ``measure``'s four values over resamples of the pages."""
    if len(scores) < 2:
        return 0.0, 0.0, 0.0, 0.0
    rng = random.Random(seed)
    samples = [measure(rng.choices(scores, k=len(scores))) for _ in range(BOOTSTRAP_RESAMPLES)]
    columns = zip(*samples, strict=True)
    f1, precision, recall, accuracy = (statistics.pstdev(column) for column in columns)
    return f1, precision, recall, accuracy
