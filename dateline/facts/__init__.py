"""Article → facts: people and their titles, quotes with speakers, claims with sources, dates.

Importing this package loads spaCy; ``dateline.analyze`` and the ``--facts`` option import it
only when they are used.
"""

from dateline.facts.analyze import analyze, page_facts, with_facts

__all__ = ["analyze", "page_facts", "with_facts"]
