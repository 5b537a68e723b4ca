"""Article → facts: people and their titles, quotes with speakers, claims with sources, dates.

Importing this package loads spaCy; ``dateline.analyze`` and the ``--facts`` option import it
only when they are used.
"""

from dateline.facts.analyze import analyze, with_facts

__all__ = ["analyze", "with_facts"]
