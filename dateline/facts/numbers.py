"""Numbers written in digits or words: "three", "1.4 million", "12,500", "half a million"."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: Abbreviated scales glued to digits or standing after them: "1.4m", "3bn", "40k", "$1.2tn".
SHORT_SCALES = {
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
#: Currencies named after an amount: the unit ends with one ("32 billion kronor analysts had
#: expected" counts kronor, which the parser made a modifier of "analysts").
CURRENCY_NAMES = frozenset(
    {"dollars", "euros", "pounds", "yen", "yuan", "renminbi", "rupees", "rand", "pesos",
     "francs", "naira", "shillings", "won", "ringgit", "baht", "lira", "zloty", "roubles",
     "rubles", "dinars", "dirhams", "riyals", "kronor", "krona", "kroner", "krone", "forint",
     "reais", "sterling", "cedis", "kwacha", "rupiah", "pence", "cents"}
)  # fmt: skip
#: Currencies written before an amount, glued to it ("HK$2.1", "R2.5bn") or as a token of their
#: own ("US$ 4", "Rs 500"), with the unit each gives a claim.
CURRENCY_PREFIXES = {
    "$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds", "₦": "naira", "¥": "yen",
    "₹": "rupees", "Rs": "rupees", "Rs.": "rupees", "HK$": "Hong Kong dollars",
    "NZ$": "New Zealand dollars", "A$": "Australian dollars", "AU$": "Australian dollars",
    "C$": "Canadian dollars", "CA$": "Canadian dollars", "S$": "Singapore dollars",
    "SG$": "Singapore dollars", "NT$": "Taiwan dollars", "R$": "reais", "R": "rand",
    "CHF": "Swiss francs",
}  # fmt: skip
#: Words that only make sense inside a number: "half a million", "two hundred and fifty".
LINKS = {"a", "an", "and", "half", "-"}
#: Denominators of a fraction: "two-thirds", "three quarters", "one fifth" ("half" is left
#: out: "two half-day strikes" counts strikes).
FRACTION_WORDS = frozenset(
    {"halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
     "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
     "hundredth", "hundredths", "thousandth", "thousandths"}
)  # fmt: skip

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|bn|tn|trn)?$", re.I)
#: A currency glued to the digits of an amount: "HK$2.1", "Rs500", and a bare "R" (rand) only
#: with a scale ("R2.5bn"; "R2" alone is more often a name or a road).
_GLUED_CURRENCY = re.compile(
    r"^(?:(?:US|HK|NZ|AU?|CA?|SG?|NT|R)?\$|Rs\.?|[€£₦¥₹]|R(?=[\d.,]+(?i:m|mn|bn|tn|trn)\.?$))"
    r"(?=\d)"
)


def glued_currency(word: str) -> str | None:
    """The currency glued to the digits of ``word`` ("HK$2.1" → "HK$", "R2.5bn" → "R")."""
    found = _GLUED_CURRENCY.match(word)
    return found.group(0) if found else None


#: A temperature glued to its scale: "41.3C", "-4°C", "98.6F", and "77F." ending a sentence.
_GLUED_TEMPERATURE = re.compile(r"^(-?\d{1,3}(?:\.\d+)?)°?([CF])\.?$")


def glued_temperature(word: str) -> str | None:
    """The scale glued to a temperature's digits ("41.3C" → "°C"), or None."""
    found = _GLUED_TEMPERATURE.match(word)
    return f"°{found.group(2)}" if found else None


def _digits_of(word: str) -> str:
    """``word`` without a currency or a temperature's scale glued to its digits."""
    currency = glued_currency(word)
    if currency:
        return word[len(currency) :]
    temperature = _GLUED_TEMPERATURE.match(word)
    return temperature.group(1).lstrip("-") if temperature else word


def is_number_word(word: str) -> bool:
    """True for a word that can stand in a number: digits ("12,500", "1.4m", "HK$2.1") or a
    number name."""
    lower = _digits_of(word).lower()
    return lower in UNITS or lower in SCALES or bool(_DIGITS.match(lower))


def is_scaled(words: list[str]) -> bool:
    """True for a number written with a scale of a million or more, or a short one ("3.6
    million", "18bn", "40k", "£40m."): a figure so written is an amount, never a date or time."""
    for word in words:
        lower = _without_stop(_digits_of(word).lower())
        digits = _DIGITS.match(lower)
        if lower in SHORT_SCALES or (digits and digits.group(3)):
            return True
        if SCALES.get(lower, 0) >= 1_000_000:
            return True
    return False


def parse_number(words: list[str]) -> int | float | None:
    """The value of a number written as ``words`` (tokens), or None when they are no number.

    "1.4 million" → 1400000, "12,500" → 12500, "two hundred and fifty" → 250,
    "half a million" → 500000, "a dozen" → 12, "forty - two" → 42.
    """
    # A temperature below zero keeps its sign: "-4C" is -4.
    below_zero = len(words) == 1 and words[0].startswith("-") and glued_temperature(words[0])
    # A short scale that ends a sentence comes as "m." ("cost €300m."): the full stop goes.
    words = [_without_stop(_digits_of(w).lower()) for w in words if w.strip()]
    if not words or not any(is_number_word(w) for w in words):
        return None
    total = 0.0
    current: float | None = None
    half = False
    for word in words:
        digits = _DIGITS.match(word)
        if digits:
            if current is not None:
                return None  # two numbers side by side ("20 7946"): no single value
            current = float(digits.group(1).replace(",", "") + (digits.group(2) or ""))
            if digits.group(3):
                current *= SHORT_SCALES[digits.group(3).lower()]
        elif word == "dozen" and current is not None:
            current *= 12  # "three dozen"
        elif word in UNITS:
            if current is not None and not _adds_to(current, UNITS[word]):
                return None
            current = (current or 0) + UNITS[word]
        elif word in SCALES or word in SHORT_SCALES:
            scale = SCALES.get(word) or SHORT_SCALES[word]
            base = 1.0 if current is None else current
            if scale == 100:
                current = base * 100
            else:
                total += base * scale
                current = None
        elif word == "half":
            if current is not None:
                current += 0.5  # "two and a half (million)"
            else:
                half = True  # "half a million"
        elif word not in LINKS:
            return None
    value = total + (current or 0)
    if half:
        value = value / 2 if value else 0.5
    # Decimal fractions times a scale are inexact in binary ("4.1 million" would be
    # 4099999.9999999995): six decimals are more than any written figure carries.
    value = -round(value, 6) if below_zero else round(value, 6)
    return int(value) if value == int(value) else value


def _adds_to(current: float, word_value: int) -> bool:
    """Can a number name follow ``current``: "forty" + "two", "two hundred" + "fifty",
    "one hundred twenty" + "five"?"""
    if current % 100 == 0:
        return word_value < 100
    tens = current % 100
    return 20 <= tens < 100 and tens % 10 == 0 and word_value < 10


def _without_stop(word: str) -> str:
    """A short scale written with the sentence's full stop ("m.") without it."""
    return word[:-1] if word.endswith(".") and word[:-1] in SHORT_SCALES else word
