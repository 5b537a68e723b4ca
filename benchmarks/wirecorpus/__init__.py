"""An invented evaluation set for wire-copy duplicates and story grouping.

``generate(seed)`` writes, in memory, news pages of invented events reported by an invented
agency and republished by invented outlets in their own page templates, with the ground truth of
which pages are copies of one wire report and which reports belong to one story. Only the
generator's sources (sentence pools, page templates) are committed; the pages are rebuilt on
every run.
"""

from benchmarks.wirecorpus.generate import Corpus, CorpusPage, generate

__all__ = ["Corpus", "CorpusPage", "generate"]
