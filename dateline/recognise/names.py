"""What the name recognisers share about personal names."""

from __future__ import annotations

#: Lower-case words that belong inside names ("Ludwig van Beethoven", "Ana da Silva",
#: "Fatima bint Khalid"), so that a lower-case word there does not end the name.
NAME_PARTICLES = frozenset(
    {
        "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
        "du", "e", "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von", "y",
    }
)  # fmt: skip
