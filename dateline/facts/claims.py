"""Claims: the numbers an article states, what they count, and who says so.

"The ministry says the floods killed 312 people and displaced 40,000" gives two claims, (312,
killed, people) and (40000, displaced, people), both with the ministry as source. A number's
source is the subject of the nearest speech verb above it in the parse ("X said", "police in X
told reporters"), the object of "according to" in its sentence, or the speaker of the quote it
sits in; otherwise it is null. What is *not* a claim (see ``docs/facts.md``): dates, times,
years, durations, ordinals, ages, scores, addresses and other numbered names ("Route 66"), phone
numbers, fractions ("two-thirds", "one in five") and a lone "one" ("one resident said").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.facts.cues import DEED_CUES, admits_to_care
from dateline.facts.durations import TIME_ENTITIES, is_duration
from dateline.facts.entities import (
    FIRM_DESCRIPTORS,
    ORGANIZATION_NOUNS,
    find_entities,
    named_by_noun,
)
from dateline.facts.nlp import text_of, tokens_of
from dateline.facts.numbers import (
    CURRENCY_NAMES,
    CURRENCY_PREFIXES,
    FRACTION_WORDS,
    SCALES,
    SHORT_SCALES,
    UNITS,
    glued_currency,
    glued_temperature,
    is_number_word,
    is_scaled,
    parse_number,
)
from dateline.facts.qualifiers import qualifier_before
from dateline.facts.quotes import clean_name, find_quotes
from dateline.facts.speakers import FIGURE_NOUNS, issuer, reported_group, reporter_beside
from dateline.model import Claim, Entity, Quote

if TYPE_CHECKING:
    from dateline.facts.people import PeopleIndex

#: Verbs of guidance and forecast: their subject vouches for the figures ahead ("The company
#: now expects full-year revenue of $19.2 billion", "the bank forecasts growth of 2%"), as it
#: does for "estimates". "see" only in the present: "the city saw 40 deaths" is a count.
GUIDANCE_LEMMAS = frozenset(
    {"expect", "forecast", "project", "see", "target", "anticipate", "predict", "estimate"}
)
#: Guidance verbs that vouch only in the present tense (``GUIDANCE_LEMMAS``).
_PRESENT_ONLY_LEMMAS = frozenset({"see"})
#: Verbs whose subject vouches for the numbers in their clause.
SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "report", "announce", "estimate", "claim", "state", "add", "confirm",
        "put", "count", "record", "warn", "predict", "reveal", "insist", "note", "explain",
        "write", "testify", "allege", "calculate", "acknowledge", "admit", "disclose", "show",
    }
) | GUIDANCE_LEMMAS  # fmt: skip
#: Speech verbs that also measure ("the hospital recorded 40 deaths", "organisers put the
#: figure at 5,000", "the data showed a 4% rise", "a poll found 52%": ``_found_by_study``):
#: their subject is the source only when no speech verb above, "according to" or a quote
#: names another ("…, the ministry said"). So are the guidance verbs but "estimate" and
#: "predict": "Analysts had expected $4.65 billion, according to LSEG data" is LSEG's figure.
MEASURING_LEMMAS = frozenset({"put", "count", "record", "show", "find"}) | (
    GUIDANCE_LEMMAS - {"estimate", "predict"}
)
#: Speech verbs that report only a clause: with the number their own object ("the economy
#: added 175,000 jobs", "told about 1,500 supporters") they are its predicate, not its source.
CLAUSE_ONLY_LEMMAS = frozenset({"add", "tell"})
#: A quote cue of a deed ("approved a £48.6 million budget", ``cues.DEED_CUES``): the figures
#: in what was done are the narrator's, not the doer's claim.
_DEED_CUE = re.compile(
    rf"(?:{'|'.join(sorted(word.removesuffix('e') for word in DEED_CUES))})(?:e|es|ed|ing|s)?$",
    re.I,
)
#: Cues by which a speaker disputes what follows: the figures in it are not theirs.
_DENIAL = re.compile(r"(?:den(?:y|ie[sd]|ying)|reject|dismiss|disput|refut|contest)", re.I)
#: A number written with thousands separators ("12,000").
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: A negated cue, as quotes give it ("did not confirm", "never said", "didn't claim").
_NEGATED_CUE = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.I)
#: Entity types whose numbers are names, dates or positions, never amounts.
NOT_AMOUNT_ENTITIES = frozenset(
    {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW",
     "WORK_OF_ART", "NORP", "LANGUAGE"}
)  # fmt: skip
#: Words before a number that make it a label: "No. 5", "Flight 302", "page 12".
LABEL_WORDS = frozenset(
    {"no", "no.", "number", "#", "page", "section", "room", "chapter", "article", "flight",
     "route", "gate", "platform", "line", "bus", "highway", "terminal", "ward", "block",
     "apartment", "unit", "suite", "level", "floor", "aged", "age", "ages", "version", "season",
     "episode", "round", "stage", "group", "paragraph", "clause", "item", "bill", "resolution",
     # A number to call is no amount: "asked to call 101", "dial 999", "text 85258".
     "call", "dial", "phone", "ring", "text", "telephone", "hotline", "helpline"}
)  # fmt: skip
STREET_WORDS = frozenset(
    {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "boulevard",
     "way", "drive", "close", "crescent", "square", "place", "terrace", "highway"}
)  # fmt: skip
#: Words after a number that make it a time or an age.
TIME_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "hours"})
AGE_AFTER = re.compile(r"^\s*-?\s*(?:year|month|week|day)s?\s*-?\s*old\b", re.I)
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they"})
#: How many sentences back "it"/"they" may reach for the last organisation that was a source
#: (the fixtures' "It also said …" follow-ups sit one or two sentences after their antecedent).
PRONOUN_REACH_SENTENCES = 3
_SPEAKER_DEPS = frozenset({"nsubj"})
#: Dependencies of a clause a speech verb reports ("added that 40 had died").
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
_NP_TAIL_CUT = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "case"})
_DIGIT_GROUP = re.compile(r"^\+?\d[\d-]*$")
_DASHES = frozenset({"-", "–", "—"})
#: Heads walked up from a number to its predicate or speech verb at most: in a clause they sit a
#: few heads above it; a longer chain is a list parsed as one (a table flattened into a
#: sentence), and walking it for every number was quadratic.
MAX_HEAD_STEPS = 50
#: A closing quote that the sentence splitter left at the start of the next paragraph.
_LEADING_CLOSER = re.compile(r"^\s*[\"”’']\s+")
#: Verbs of a life's turns after which "at 15" is an age ("left school at 15", "retired at 60").
AGE_AT_VERBS = frozenset(
    {"leave", "retire", "die", "marry", "start", "begin", "join", "emigrate", "quit", "move"}
)
#: The ages such a number may be, and the pronouns that stand for the person of that age.
MIN_AGE_AT, MAX_AGE_AT = 5, 110
_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "you"})
#: Verbs before "N to M" that make it a score or a vote count, not a range ("rose 40 to 45").
SCORE_VERBS = frozenset({"vote", "win", "lose", "beat", "defeat", "draw", "lead", "trail"})
#: Words that make a date of a scaled figure in a DATE entity ("3.5 million years ago").
_WHEN_WORDS = frozenset(
    {"ago", "since", "before", "after", "last", "next", "past", "earlier", "later", "until"}
)
_RATE_PERIODS = frozenset({"year", "month", "week", "day", "hour", "annum"})
#: Words for people that a bare number after "over"/"under" gives an age: "people over 60".
PEOPLE_WORDS = frozenset(
    {"people", "persons", "adults", "men", "women", "those", "anyone", "everyone", "children",
     "patients", "residents", "workers", "voters", "drivers", "pensioners", "employees", "users",
     "individuals", "citizens", "applicants", "aged"}
)  # fmt: skip
#: Words between a number and the noun it counts: "800 more nurses".
_COUNT_ADJECTIVES = frozenset({"more", "fewer", "less", "extra", "additional", "further"})
#: Units a bare number does not take from a number before it: "21% less likely than those
#: walking fewer than 3,000" (steps, not percent); "times" is a multiple of something else.
_UNBORROWED_UNITS = frozenset({"percent", "times"})
#: A scale word after one of these is a vague size, not a figure: "several hundred", "a few
#: thousand" ("few" after "a"), "some dozen".
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_VAGUE_COUNTS = frozenset({"several", "few", "some", "many", "numerous"})
#: Words before a number that names a kind or rank, not a count.
_KIND_WORDS = frozenset({"type", "stage", "category", "grade", "class", "level", "phase", "tier"})
#: Verbs done to people: a bare number after one counts people, whatever the number before it
#: in the sentence counted.
_PEOPLE_VERBS = frozenset(
    {
        "kill", "injure", "wound", "hurt", "displace", "evacuate", "rescue", "arrest",
        "detain", "hospitalize", "hospitalise", "infect", "sicken", "employ", "hire", "strand",
        "die", "drown",
    }
)  # fmt: skip


def _lemma(token: Token | None) -> str | None:
    return token.lemma_.lower() if token is not None else None


def _partitive(span: Span) -> str | None:
    """What a number counts when it is a share of something named after it: "20 of the
    sites" counts sites."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    thing = next((t for t in doc[span.end].children if t.dep_ == "pobj"), None)
    if thing is None or thing.pos_ != "NOUN":
        return None
    return thing.text


#: Words before a spelled-out number that make it point at things already known ("the two
#: countries", "these three men") rather than count them.
_REFERRING = frozenset({"the", "these", "those", "its", "their", "our", "his", "her", "both"})
#: Nouns that after "the" may stand for any organisation quoted before ("the group" after
#: "Amnesty International said"); others must be in its name ("the ministry").
GENERIC_ORGANIZATION_NOUNS = frozenset(
    {"group", "groups", "organisation", "organization", "company", "firm", "body", "charity"}
)
#: Last words of organisations that are no company: "the company" after "the Consumer Safety
#: Board said …" is the firm the board spoke of, not the board (probe: a recall's refund).
_NOT_FIRM_NOUNS = ORGANIZATION_NOUNS - {
    "company", "firm", "group", "bank", "airline", "operator", "corporation", "network", "fund"
}  # fmt: skip


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    value: int | float
    #: The tokens read for unit, predicate and qualifier: the number's own, or for either end
    #: of a range ("12-15 people", "$5-6 billion") the whole range.
    context: tuple[int, int] | None = None


def find_claims(
    doc: Doc,
    people: PeopleIndex | None = None,
    *,
    organizations: Sequence[Entity] | None = None,
    quotes: Sequence[Quote] | None = None,
) -> list[Claim]:
    """The numbers ``doc`` states, in text order, each with what it counts (``unit``), the verb
    that states it (``predicate``), a qualifier ("at least") and its ``source``.

    ``people`` resolves person sources ("Kovacs", "she") to full names; ``organizations``
    resolves "the ministry" to the organisation's full name when exactly one fits; ``quotes``
    give a source to numbers inside a quote whose speaker is known. Organisations and quotes
    are found here when not given (``analyze`` passes the ones it already has).
    """
    if organizations is None:
        names = [person.name for person in people.people] if people is not None else []
        organizations = find_entities(doc, names)[0]
    if quotes is None:
        quotes = find_quotes(doc, people) if people is not None else []
    finder = _ClaimFinder(doc, people, organizations, quotes)
    claims = [finder.claim(number) for number in _numbers(doc)]
    return [
        replace(c, source=clean_name(c.source)) if c.source != clean_name(c.source) else c
        for c in claims
    ]


#: Words that open a number without being one ("a million", "half a dozen").
_NUMBER_OPENERS = ("a", "an", "half")


def _numbers(doc: Doc) -> list[_Number]:
    """Runs of tokens that make one number, that are amounts (not dates, names, ages …)."""
    found: list[_Number] = []
    tokens = tokens_of(doc)
    i = 0
    while i < len(doc):
        token = tokens[i]
        text = token.text
        if (
            text[:1] not in "-−"
            and token.lower_ not in _NUMBER_OPENERS
            and not is_number_word(text)
        ):
            i += 1  # what _below_zero and _number_end find for most tokens, in one look
            continue
        below_zero = _below_zero(doc, i)
        if below_zero is not None:
            found.append(_Number(i, i + 1, below_zero))
            i += 1
            continue
        end = _number_end(doc, i)
        if end == i:
            i += 1
            continue
        words = [t.text for t in tokens[i:end]]
        value = parse_number(_with_scale_of_pair(doc, i, end, words))
        ranged = _range_after(doc, i, end) if value is not None else None
        if ranged is not None:
            other_end, low, high = ranged
            if _is_amount(doc, i, other_end):
                found.append(_Number(i, end, low, (i, other_end)))
                found.append(_Number(end + 1, other_end, high, (i, other_end)))
            i = other_end
            continue
        if value is not None and _is_amount(doc, i, end):
            found.append(_Number(i, end, value))
        i = end
    return found


_SIGNED = re.compile(r"[-−]\d{1,3}(?:\.\d+)?")


def _below_zero(doc: Doc, i: int) -> int | float | None:
    """The value of a temperature below zero whose sign the tokenizer kept and whose degree
    sign it split off ("-19°C" → "-19", "°", "C"), else None."""
    if not _SIGNED.fullmatch(doc[i].text) or _degree_sign(doc, i + 1) is None:
        return None
    value = -float(doc[i].text[1:])
    return int(value) if value.is_integer() else value


def _range_after(doc: Doc, start: int, end: int) -> tuple[int, int | float, int | float] | None:
    """A range of two amounts joined by a dash ("killed 12-15 people", "10-15% of the crop",
    "a $5-6 billion charge"): the end of its second number and both values, the first with
    the scale of the second. A score is none: no currency before it, nor a percent, a scale
    or a plural noun after it ("won 3-1", "a 2-0 lead"), or the first number is not the
    smaller."""
    if (
        end + 1 >= len(doc)
        or doc[end].text not in _DASHES
        or doc[end - 1].whitespace_
        or doc[end].whitespace_
    ):
        return None
    other_end = _number_end(doc, end + 1)
    if other_end == end + 1:
        return None
    low_words = [t.text for t in tokens_of(doc)[start:end]]
    high_words = [t.text for t in tokens_of(doc)[end + 1 : other_end]]
    high = parse_number(high_words)
    low = parse_number(low_words if is_scaled(low_words) else low_words + _scale_of(high_words))
    if low is None or high is None or low >= high:
        return None
    if start and doc[start - 1].lemma_.lower() in SCORE_VERBS:
        return None
    after = doc[other_end] if other_end < len(doc) else None
    return (
        (other_end, low, high)
        if _currency(doc, start) is not None
        or is_scaled(high_words)
        or (after is not None and (after.lower_ in PERCENT_WORDS or after.tag_ == "NNS"))
        or _per_cent_at(doc, other_end)
        else None
    )


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
#: Words of a sentence about temperatures, in which "41.3C" is one.
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|degrees?|heat|hot|hottest|cold|coldest|warm|warmest|thermometers?|"
    r"frost|celsius|fahrenheit|highs?|lows?)\b",
    re.I,
)
#: Words that open and join the two ends of a worded range: "between 5 and 6 billion",
#: "from 2 to 3 million".
_PAIRED = {"between": "and", "from": "to"}
#: Words of a worded range ("between 40 and 50", "from 6 to 8").
_RANGE_WORDS = frozenset(_PAIRED) | frozenset(_PAIRED.values())
#: Words joining the two ends of a range whose second end alone names the unit.
_RANGE_JOINTS = frozenset(_PAIRED.values()) | _DASHES


def _with_scale_of_pair(doc: Doc, start: int, end: int, words: list[str]) -> list[str]:
    """The words of a number, with the scale of the number it is paired with when it has none
    of its own ("between 5 and 6 billion dollars": 5 billion, as "$5-6 billion" is)."""
    joiner = _PAIRED.get(doc[start - 1].lower_) if start else None
    if joiner is None or end + 1 >= len(doc) or doc[end].lower_ != joiner or is_scaled(words):
        return words
    other_end = _number_end(doc, end + 1)
    high_words = [t.text for t in tokens_of(doc)[end + 1 : other_end]]
    return words + _scale_of(high_words) if high_words and is_scaled(high_words) else words


def _per_cent_at(doc: Doc, i: int) -> bool:
    """Whether "per cent" (two words, as British copy writes it) starts at token ``i``."""
    return i + 1 < len(doc) and doc[i].lower_ == "per" and doc[i + 1].lower_ == "cent"


def _scale_of(words: list[str]) -> list[str]:
    """The scale words of a number ("6 billion" → ["billion"], "6bn" → ["bn"])."""
    glued = re.fullmatch(r"[\d.,]+([a-z]+)\.?", words[0], re.I)
    return [glued.group(1)] if glued and glued.group(1).lower() in SHORT_SCALES else words[1:]


def _number_end(doc: Doc, start: int) -> int:
    """The end of the number starting at token ``start`` (``start`` when none starts there)."""
    tokens = tokens_of(doc)
    first = tokens[start].lower_
    if first in ("a", "an", "half") and start + 1 < len(doc):
        following = tokens[start + 1].lower_
        if following not in SCALES and following not in ("dozen", "a", "half"):
            return start
    elif not is_number_word(tokens[start].text):
        return start
    end = start + 1
    while end < len(doc):
        word = tokens[end].lower_
        if word == "and" and [t.lower_ for t in tokens[end + 1 : end + 3]] == ["a", "half"]:
            end += 3  # "two and a half million"
            continue
        if tokens[end - 1].whitespace_ and word in ("and", "-", "a", "half"):
            # a link word belongs to the number only when a number word follows it
            if end + 1 < len(doc) and (
                tokens[end + 1].lower_ in UNITS or tokens[end + 1].lower_ in SCALES
            ):
                end += 1
                continue
            break
        if word == "-" and end + 1 < len(doc) and tokens[end + 1].lower_ in UNITS:
            end += 1
            continue
        if word.removesuffix(".") in SHORT_SCALES and not tokens[end - 1].whitespace_:
            end += 1
            if word.endswith("."):
                break  # "£40m. Three weeks ago": the sentence's full stop ends the number
            continue
        if word in SCALES or word in UNITS:
            end += 1
            continue
        break
    return end


def _currency(doc: Doc, start: int) -> str | None:
    """The currency of the amount starting at token ``start``, as a unit: a currency token
    before it ("$", "US$", "Rs") or one glued to its digits ("HK$2.1", "R2.5bn")."""
    tokens = tokens_of(doc)
    glued = glued_currency(tokens[start].text)
    if glued is not None:
        return CURRENCY_PREFIXES[glued]
    return CURRENCY_PREFIXES.get(tokens[start - 1].text) if start else None


def _hyphen_tail(token: Token) -> bool:
    """Whether a word ends a hyphenated modifier ("hand" of "second-hand books", "cost" of
    "low-cost homes"): a modifier's piece, not part of what is counted."""
    doc = token.doc
    if token.i < 2:
        return False
    hyphen, before = doc[token.i - 1], doc[token.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_


def _is_temperature(doc: Doc, start: int, end: int) -> bool:
    """Whether the number ``doc[start:end]`` is a temperature: its scale glued with a degree
    sign ("-4°C") or written after it ("41.3 °C"); a bare "41.3C" or "77F" where the sentence
    speaks of heat or cold, or where no noun stands right before it or after it, which would make
    it a label ("Flat 4C", "seat 12C", "the 4C bus": probe 2026-11-28, "Porto Velo recorded 12C
    at noon" and "the resort had 54F" were lost)."""
    word = doc[start].text
    if ("°" in word and glued_temperature(word)) or _degree_sign(doc, end) is not None:
        return True
    if not glued_temperature(word):
        return False
    if _TEMPERATURE_WORDS.search(doc[start:end].sent.text):
        return True
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    # A capitalised word before it names a place ("Flat 4C", which the tagger may call an
    # adjective); a noun after it is what it labels ("the 4C bus").
    labelled = before is not None and (
        before.pos_ in _NAMING_TAGS
        or before.lower_ in LABEL_WORDS
        or before.lower_ in _SEAT_WORDS
        or (before.is_title and not before.is_sent_start)
    )
    return not labelled and not (after is not None and after.pos_ in _NAMING_TAGS)


#: Parts of speech of a word beside a bare "4C" that make it a label, not a temperature.
_NAMING_TAGS = frozenset({"NOUN", "PROPN", "NUM"})
#: Words before a bare "12C" that make it a place or a size, besides ``LABEL_WORDS``.
_SEAT_WORDS = frozenset({"flat", "seat", "row", "size", "grade", "bay", "berth", "studio"})


#: Words that make a date of the noun after a number ("310 last year").
_DATE_DETERMINERS = frozenset({"last", "next", "this", "that", "every", "each", "same"})
#: Subjects that say what a bare number counts through their "of": "the number of cases rose
#: to 1,240" counts cases.
_COUNT_NOUNS = frozenset({"number", "total", "count", "tally"})


def _counted_by_subject(number: Token) -> Token | None:
    """The plural noun that "the number of …", the subject of the verb a bare number completes,
    counts: "the number of measles cases had risen to 1,240" (probe 2026-11-28: no unit), "the
    total of arrests reached 40"."""
    head = number.head
    if head.dep_ == "prep" and head.lower_ in ("to", "by", "from", "at") and number.dep_ == "pobj":
        verb = head.head
    elif number.dep_ in ("dobj", "attr"):
        verb = head
    else:
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in _COUNT_NOUNS:
            continue
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                counted = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if counted is not None and counted.tag_ in ("NNS", "NNPS"):
                    return counted
    return None


def _degree_sign(doc: Doc, end: int) -> str | None:
    """The scale of a temperature written "41.3 °C" or "41.3°C" (a sign token, then C or F)."""
    if end + 1 < len(doc) and doc[end].text == "°" and doc[end + 1].text in ("C", "F"):
        return "°" + doc[end + 1].text
    return None


def _is_amount(doc: Doc, start: int, end: int) -> bool:
    """False for numbers that name, date or position something instead of counting it."""
    span = doc[start:end]
    tokens = tokens_of(doc)  # the shared list: ``doc[i]`` makes a new Token each time
    run = tokens[start:end]
    words = [t.text for t in run]
    temperature = _is_temperature(doc, start, end)
    if glued_temperature(words[0]) and not temperature:
        return False
    if _currency(doc, start) is not None:
        return True  # money, whatever the tagger says ("R2.5bn" read as a product)
    if any(t.ent_type_ in NOT_AMOUNT_ENTITIES for t in run) and not (
        _misread_as_date(doc, start, end)
        or is_duration(doc, start, end)
        or (temperature and all(t.ent_type_ in TIME_ENTITIES for t in run if t.ent_type_))
    ):
        return False  # the tagger reads "12C" and "54F" as dates
    if len(run) == 1 and run[0].lower_ in ("one", "a", "an"):
        return False
    if run[0].lower_ in _SCALE_WORDS and start and tokens[start - 1].lower_ in _VAGUE_COUNTS:
        return False  # "several hundred nurses", "a few thousand": no figure is given
    if start and tokens[start - 1].lower_ in _KIND_WORDS:
        return False  # "type 2 diabetes", "stage 3 cancer", "a category 4 storm": a kind
    if start and tokens[start - 1].lower_ in _REFERRING and len(run) == 1 and run[0].is_alpha:
        return False  # "the two countries", "both sides' three negotiators": who, not how many
    if _is_fraction(doc, start, end):
        return False
    text = span.text
    if re.fullmatch(r"(1[89]|20)\d\d", text) and not _counts_noun(span):
        return False  # a year: "in 2024"
    before = tokens[start - 1] if start else None
    after = tokens[end] if end < len(tokens) else None
    if before is not None and before.lower_ in LABEL_WORDS:
        return False
    if before is not None and before.pos_ == "PROPN" and not _counts_noun(span):
        return False  # a numbered name: "Route 66", "Flight 302"
    if _numbered_label(before, span, after):
        return False
    if (
        after is not None
        and after.lower_ in TIME_WORDS
        and not is_scaled(words)
        and not is_duration(doc, start, end)
    ):
        return False  # "3 pm", "0600 hours"; but "3.6 million hours", "for 48 hours" count
    if AGE_AFTER.match(doc[end : end + 5].text):
        return False
    if _is_digit_group(before) or _is_digit_group(after):
        return False  # part of a phone number or code: "+44 20 7946 0000"
    if _is_score(doc, start, end):
        return False
    if _is_age_apposition(doc, start, end) or _is_age_after_people(doc, start, end):
        return False
    if _hyphened_modifier(doc, end) or _age_at(doc, start, end):
        return False
    return not _is_address(doc, end)


def _hyphened_modifier(doc: Doc, end: int) -> bool:
    """Whether the number ending at ``end`` is a number word opening a hyphenated modifier ("a
    four-bedroom villa", "a two-term councillor"): it describes a thing, it counts none. In
    digits it counts or measures ("a 20-point lead", "a 300-home development")."""
    if end + 1 >= len(doc) or doc[end].text not in _DASHES or doc[end - 1].whitespace_:
        return False
    if not doc[end - 1].is_alpha:
        return False
    if doc[end].whitespace_:
        return False
    word = doc[end + 1]
    return (
        word.is_alpha
        and word.lower_ not in UNITS
        and word.lower_ not in SCALES
        and word.lower_ not in FRACTION_WORDS
        and word.lower_ not in PERCENT_WORDS
        and word.tag_ != "NNS"
    )


def _age_at(doc: Doc, start: int, end: int) -> bool:
    """Whether a bare number after "at" is the age at a turn of life ("left school at 15",
    "retired at 60")."""
    if start == 0 or doc[start - 1].lower_ != "at" or end - start != 1:
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ == "NOUN":
        return False
    verb = doc[start - 1].head
    if verb.lemma_.lower() not in AGE_AT_VERBS or not doc[start].text.isdecimal():
        return False
    # A person's age: a plausible one, and a person doing the leaving ("Bidding started at
    # 500", "the index began at 100" are amounts).
    person = any(
        child.dep_ in ("nsubj", "nsubjpass")
        and (
            child.pos_ == "PROPN" or child.ent_type_ == "PERSON" or child.lower_ in _PERSON_PRONOUNS
        )
        for child in verb.children
    )
    return person and MIN_AGE_AT <= int(doc[start].text) <= MAX_AGE_AT


def _misread_as_date(doc: Doc, start: int, end: int) -> bool:
    """Whether a number inside a DATE or TIME entity is an amount the recogniser misread: money
    ("£18bn a year"), a rate ("30,000 a year") or a scaled figure ("3.6 million hours")."""
    span = doc[start:end]
    if any(t.ent_type_ not in TIME_ENTITIES for t in span if t.ent_type_):
        return False
    if _currency(doc, start) is not None:
        return True  # money is never a date
    rest: list[Token] = []
    i = end
    while i < len(doc) and doc[i].ent_type_ in TIME_ENTITIES and doc[i].ent_iob_ == "I":
        rest.append(doc[i])
        i += 1
    lowers = [t.lower_ for t in rest]
    if CURRENCY_NAMES.intersection(lowers) and not _WHEN_WORDS.intersection(lowers):
        return True  # "between 5 and 6 billion dollars": an amount of money, never a date
    if _counted_range(doc, start, i):
        return True  # "Between 40 and 50 people died"
    before = doc[start - 1] if start else None
    if before is not None and before.ent_type_ in TIME_ENTITIES and span[0].ent_iob_ == "I":
        return False  # the number is inside a longer date: "the past 3 million years"
    if len(lowers) == 2 and lowers[0] in ("a", "an", "per", "each", "every"):
        return lowers[1] in _RATE_PERIODS  # "18bn a year": a rate, not a date
    if not rest and _put_at(span):
        return True  # "put the death toll higher, at 58"
    return is_scaled([t.text for t in span]) and not _WHEN_WORDS.intersection(lowers)


def _put_at(span: Span) -> bool:
    """Whether ``span`` is a bare number, no year, that a verb of measuring puts a figure "at"
    ("The Red Crescent put the death toll higher, at 58", which the recogniser called a date):
    no date is "put at 58"."""
    if len(span) != 1 or not span[0].like_num or _YEAR_RE.fullmatch(span[0].text):
        return False
    at = span[0].head
    return (
        at.lower_ == "at"
        and span[0].dep_ == "pobj"
        and at.head.pos_ == "VERB"
        and at.head.lemma_.lower() in {"put", "estimate", "place", "peg"}
    )


def _counted_range(doc: Doc, start: int, entity_end: int) -> bool:
    """Whether the DATE entity around a number is a range of bare numbers ("Between 40 and
    50") that the plural noun right after it counts ("people"): an amount, not years."""
    first = start
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    words = doc[first:entity_end]
    if entity_end >= len(doc) or doc[entity_end].tag_ != "NNS":
        return False
    if not any(t.lower_ in _RANGE_WORDS for t in words):
        return False
    numbers = [t for t in words if t.lower_ not in _RANGE_WORDS]
    if any(_YEAR_RE.fullmatch(t.text) for t in numbers):
        return False  # "Between 2010 and 2015 farmers lost …": years after all
    return all(t.like_num for t in numbers)


def _is_fraction(doc: Doc, start: int, end: int) -> bool:
    """A share, not an amount: "two-thirds", "three quarters", "one in five", "three out of
    four", "1 in every 10"."""
    tokens = tokens_of(doc)
    i = end
    if i < len(doc) and tokens[i].text in _DASHES and not tokens[i - 1].whitespace_:
        i += 1
    if i < len(doc) and tokens[i].lower_ in FRACTION_WORDS:
        # "two third-party candidates", "four quarter-finals" count what follows the hyphen
        glued = i + 1 < len(doc) and not tokens[i].whitespace_ and tokens[i + 1].text in _DASHES
        return not glued
    value = parse_number([t.text for t in tokens[start:end]])
    # "N in M" is a share only when N < M ("one in five"; "killed 5 in 3 attacks" is not)
    # and M is no year ("arrested 12 in 2019"); "N out of M" always is.
    after = [t.lower_ for t in tokens[end : end + 2]]
    strict = after[:1] == ["in"]
    if strict or after == ["out", "of"]:
        i = end + (1 if strict else 2)
        if i < len(doc) and tokens[i].lower_ == "every":
            i += 1
        other_end = _number_end(doc, i)
        if other_end > i and tokens[i].ent_type_ not in TIME_ENTITIES:
            other = parse_number([t.text for t in tokens[i:other_end]])
            if other is not None and value is not None and (not strict or value < other):
                return True
    j = start - 1
    if j >= 0 and tokens[j].lower_ == "every":
        j -= 1
    if j >= 0 and tokens[j].lower_ == "in":
        strict, k = True, j - 1
    elif j >= 1 and tokens[j].lower_ == "of" and tokens[j - 1].lower_ == "out":
        strict, k = False, j - 2
    else:
        return False
    if k < 0 or not is_number_word(tokens[k].text) or tokens[start].ent_type_ in TIME_ENTITIES:
        return False
    other = parse_number([tokens[k].text])
    return other is not None and value is not None and (not strict or other < value)


def _is_age_after_people(doc: Doc, start: int, end: int) -> bool:
    """ "people over 60", "those under 18", "aged over 65": a bare number after people."""
    if start < 2 or doc[start - 1].lower_ not in ("over", "under", "above"):
        return False
    if doc[start - 2].lower_ not in PEOPLE_WORDS:
        return False
    after = doc[end] if end < len(doc) else None
    # "people over 60 years of age" is an age too; "people over 60 kilometres" is not
    return after is None or after.pos_ not in ("NOUN", "PROPN") or after.lower_ in ("years",)


def _counts_noun(span: Span) -> bool:
    return span.root.dep_ == "nummod" and span.root.head.tag_ in ("NNS", "NNPS")


def _is_digit_group(token: Token | None) -> bool:
    return token is not None and bool(_DIGIT_GROUP.match(token.text))


def _is_score(doc: Doc, start: int, end: int) -> bool:
    """A number next to another across a dash ("won 3-1", "a 2–0 lead"), or a vote or score
    "N to M" after a verb of winning or voting ("voted 14 to 11")."""
    if end + 1 < len(doc) and doc[end].text in _DASHES and doc[end + 1].like_num:
        return not _thousands(doc[end - 1], doc[end + 1])
    if start >= 2 and doc[start - 1].text in _DASHES and doc[start - 2].like_num:
        return not _thousands(doc[start - 2], doc[end - 1])
    first = start
    if start >= 2 and doc[start - 1].lower_ == "to" and doc[start - 2].like_num:
        first = start - 2
    elif not (end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].like_num):
        return False
    return first > 0 and doc[first - 1].lemma_.lower() in SCORE_VERBS


def _thousands(*numbers: Token) -> bool:
    """Whether a number across a dash is written in thousands ("12,000-15,000"): an estimate's
    range, never a score."""
    return any(_THOUSANDS.fullmatch(number.text) for number in numbers)


def _is_age_apposition(doc: Doc, start: int, end: int) -> bool:
    """ "Kovacs, 54, said": a bare number between commas right after a name."""
    if start < 2 or end >= len(doc):
        return False
    return (
        doc[start - 1].text == ","
        and doc[end].text in (",", ".")
        and doc[start - 2].pos_ == "PROPN"
    )


def _numbered_label(before: Token | None, span: Span, after: Token | None) -> bool:
    """Whether digits number the noun before them inside a longer name: "the district 12
    council", "a zone 3 permit". Digits above one before a singular noun count nothing
    (probe q6: a claim of 12 "council")."""
    return (
        before is not None
        and after is not None
        and len(span) == 1
        and span[0].is_digit
        and int(span[0].text) > 1
        and before.tag_ == "NN"
        and after.tag_ == "NN"
        # both nouns in one name headed by the second ("minus 3 percentage points" is not)
        and before.head.i == after.i
    )


def _is_address(doc: Doc, end: int) -> bool:
    """ "14 Harbour Road": capitalised words ending in a street word after the number."""
    for token in tokens_of(doc)[end : end + 4]:
        if token.lower_ in STREET_WORDS and token.is_title:
            return True
        if not token.is_title:
            return False
    return False


#: Entity types of a name set in apposition to a source's role or description.
_NAMED_TYPES = frozenset({"PERSON", "ORG"})


class _ClaimFinder:
    def __init__(
        self,
        doc: Doc,
        people: PeopleIndex | None,
        organizations: Sequence[Entity],
        quotes: Sequence[Quote],
    ) -> None:
        self.doc = doc
        #: ``doc.text`` joins every token anew on each call, so it is read once.
        self.text = text_of(doc)
        self.people = people
        self.organizations = [org.name for org in organizations]
        self.quotes = sorted((q for q in quotes if q.speaker), key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        #: The last unit of the sentence last seen (at ``previous_sentence``) that a bare
        #: number may borrow, kept as it comes: a scan back per number would be quadratic in
        #: a flattened table.
        self.borrowable: str | None = None
        #: Where the number that left ``borrowable`` ends, and its verb's lemma.
        self.borrowed_from: tuple[int, str | None] = (0, None)
        self.previous_sentence = -1
        #: (sentence start token, source name, named by a plural common noun) of sources that
        #: were not people.
        self.group_sources: list[tuple[int, str, bool]] = []
        # Each sentence found once: ``Token.sent`` walks the sentence on every call, which
        # made a sentence of thousands of numbers (a flattened table) quadratic.
        self.sentences = _sentences(doc)
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        self.claim_texts: dict[int, str] = {}
        self.according: dict[int, Token | None] = {}

    def _sentence_of(self, token: Token) -> Span:
        return self.sentences[bisect_right(self.sentence_starts, token.i) - 1]

    def claim(self, number: _Number) -> Claim:
        """The claim that ``number`` makes in its sentence."""
        doc = self.doc
        first, last = number.context or (number.start, number.end)
        span = doc[first:last]
        sentence = self._sentence_of(span.root)
        anchor = span.root
        noun = _counted_noun(anchor)
        if self.previous_sentence != sentence.start:
            self.borrowable = None
        unit = self._unit(span, noun)
        predicate = _predicate(noun or anchor, sentence, span)
        if unit is None and noun is None:
            unit = (
                _partitive(span)
                or self._range_unit(span)
                or _range_start_noun(span)
                or self._borrowed(span, predicate)
            )
        source = self._source(predicate or noun or anchor, anchor, span.start_char)
        text = self.claim_texts.get(sentence.start)
        if text is None:
            text = self.claim_texts[sentence.start] = _LEADING_CLOSER.sub("", sentence.text).strip()
        value = number.value
        if (
            number.start
            and doc[number.start - 1].lower_ == "minus"
            and value > 0
            and not (number.start >= 2 and doc[number.start - 2].lower_ == "or")
        ):
            value = -value  # "minus 9 degrees", not "plus or minus 3 points"
        claim = Claim(
            text=text,
            source=source,
            value=value,
            qualifier=qualifier_before(doc, span.start),
            unit=unit,
            predicate=predicate.text.lower() if predicate is not None else None,
        )
        if unit is not None and unit not in _UNBORROWED_UNITS:
            self.borrowable = unit
            self.borrowed_from = (span.end_char, _lemma(predicate))
        self.previous_sentence = sentence.start
        return claim

    def _range_unit(self, span: Span) -> str | None:
        """The unit of the number that closes a range opened by a bare one: "from 6,000 to
        11,500 kilometres", "21 billion to 22 billion kronor"."""
        doc = self.doc
        joint = span.end
        if joint + 1 >= len(doc) or doc[joint].lower_ not in _RANGE_JOINTS:
            return None
        other_end = _number_end(doc, joint + 1)
        if other_end == joint + 1:
            return None
        other = doc[joint + 1 : other_end]
        return self._unit(other, _counted_noun(other.root))

    def _borrowed(self, span: Span, predicate: Token | None) -> str | None:
        """The unit a bare number takes from the number before it in its sentence ("killed 312
        people and displaced 40,000"): not across a semicolon ("flattened 12 villages; the
        toll rose to 40"), nor by a verb done to people from a verb done to things ("destroyed
        300 homes and killed at least 87")."""
        if self.borrowable is None:
            return None
        end, verb = self.borrowed_from
        if ";" in self.text[end : span.start_char]:
            return None
        if _lemma(predicate) in _PEOPLE_VERBS and verb not in _PEOPLE_VERBS:
            return None
        return self.borrowable

    def _unit(self, span: Span, noun: Token | None) -> str | None:
        doc = self.doc
        currency = _currency(doc, span.start)
        if currency is not None:
            return currency
        temperature = glued_temperature(doc[span.start].text) or _degree_sign(doc, span.end)
        if temperature is not None:
            return temperature
        after = doc[span.end : span.end + 2]
        if after and (after[0].lower_ in PERCENT_WORDS or after.text.lower() in PERCENT_WORDS):
            return "percent"
        if after and after[0].lower_ == "times":
            return "times"  # "three times the rate": a multiple, whatever follows
        if noun is None:
            counted = _counted_by_subject(doc[span.end - 1])
            if counted is None:
                return None
            compounds = [t.text for t in counted.lefts if t.dep_ == "compound"]
            return " ".join([*compounds, counted.text])
        if noun.ent_type_ in TIME_ENTITIES and any(
            t.lower_ in _DATE_DETERMINERS for t in noun.lefts if t.i >= span.end
        ):
            return None  # "up from 310 last year": when, not what the number counts
        words = [
            t
            for t in noun.lefts
            if t.dep_ == "compound" and t.i > span.end - 1 and not _hyphen_tail(t)
        ]
        if words and words[0].lower_ in CURRENCY_NAMES:
            return words[0].lower_  # "the 32 billion kronor analysts had expected"
        return " ".join([t.text for t in words] + [noun.text + _per_unit(noun)])

    def _source(self, start: Token, number: Token, char: int) -> str | None:
        """The source of a number stated by ``start``: the nearest speech verb above it whose
        subject can be named, else "according to X" in the sentence, else the quote's speaker."""
        sentence = self._sentence_of(number)
        #: Measuring verbs met on the way up, the fallback when nothing else names a source.
        measuring: list[Token] = []
        node: Token | None = start
        #: Whether ``node`` was reached from a verb coordinated with it: its subject did the
        #: number's deed ("claimed responsibility … and demanded a ransom of 300 bitcoin"),
        #: which an "according to" in the sentence vouches for rather than that subject.
        coordinated = False
        for _ in range(MAX_HEAD_STEPS):
            if node is None:
                break
            if not sentence.start <= node.i < sentence.end:
                # A head across a sentence break the parser missed ("£40m. Shares fell 4%,
                # the company said"): only the sentence's own top speech verbs can source it.
                speech = [t for t in _tops(sentence) if _is_speech(t, number)]
                source = self._speaker(_reporting(speech, measuring), number, sentence)
                if source is not None:
                    return source
                break
            holder = _holder_of_misread_estimate(node)
            if holder is not None:
                return self._organization(holder)
            speech = [node] if _is_speech(node, number) else []
            # A speech verb coordinated after the number's clause ("… had killed 41 people,
            # and aid groups warned of …") reports something else.
            speech += [
                child
                for child in node.children
                if child.dep_ in ("parataxis", "advcl", "ccomp", "conj")
                and _is_speech(child, number)
                and not _contains(child, start)
                and not (child.dep_ == "conj" and child.i > number.i)
                and not _contrasted(child)
                and not _circumstance(child)
            ]
            reporting = _reporting(speech, measuring)
            if coordinated and reporting and reporting[0] is node and self._according(sentence):
                break
            source = self._speaker(reporting, number, sentence)
            if source is not None:
                return source
            if _contrasted(node):
                # The other side of a contrast ("Police said 12 were killed, while hospital
                # officials put the toll at 15") is no part of what the main verb reports.
                break
            if node.dep_ == "advcl" and _is_speech(node.head, number):
                # The narrator's clause beside a speech verb ("…,” said Renn, as tankers were
                # sent to the four schools") is not part of what was said.
                break
            coordinated = node.dep_ == "conj"
            node = node.head if node.head.i != node.i else None
        according = self._according(sentence)
        if according is not None:
            return self._name(issuer(according), sentence)
        issuer_of_figures = _issuer_of_misread_showing(sentence)
        if issuer_of_figures is not None:
            return self._organization(issuer_of_figures)
        at = bisect_right(self.quote_starts, char) - 1
        # quotes do not nest, so only the last one starting before the number can hold it
        if (
            at >= 0
            and char < self.quotes[at].end
            and _in_quoted_part(self.text, self.quotes[at], char)
            # "The ministry denied reports that 312 people had died", "did not confirm that
            # 500 had died": not the ministry's figure.
            and not _DENIAL.match(self.quotes[at].cue or "")
            and not _NEGATED_CUE.search(self.quotes[at].cue or "")
            and not _DEED_CUE.match((self.quotes[at].cue or "").rsplit(" ", 1)[-1])
        ):
            return self.quotes[at].speaker
        return self._speaker(measuring, number, sentence)

    def _according(self, sentence: Span) -> Token | None:
        """The source of "according to X" in ``sentence``, if any (looked up once)."""
        if sentence.start not in self.according:
            self.according[sentence.start] = _according_to(sentence)
        return self.according[sentence.start]

    def _speaker(self, verbs: list[Token], number: Token, sentence: Span) -> str | None:
        """The name of the first subject of ``verbs`` that can be named and is not the
        number's own phrase."""
        for verb in verbs:
            subject = _subject(verb)
            if subject is not None and verb.lemma_.lower() == "find":
                subject = issuer(subject)  # "a poll published by the institute found"
            if subject is not None and not _contains_token(subject, number):
                name = self._name(subject, sentence)
                if name is not None:
                    return name
        return None

    def _name(self, head: Token, sentence: Span) -> str | None:
        """The public name of the source whose noun phrase ``head`` heads: for a role with
        a name in apposition ("A forensic accountant, Hugh Tennant, testified"), the name's;
        so for one of a group ("One of them, Colm Gallagher, said", as the quote names him); a
        plural is no one name ("Hospitals in the capital, Marrak, said")."""
        if (head.pos_ == "NOUN" and head.tag_ != "NNS") or (
            head.pos_ == "NUM" and head.lower_ == "one"
        ):
            named = next(
                (c for c in head.rights if c.dep_ == "appos" and self._names_someone(c)),
                None,
            )
            if named is not None:
                return self._name(named, sentence)
        phrase = _noun_phrase(head)
        lower = head.lower_
        if lower in PERSONAL_PRONOUNS or (
            self.people is not None and (head.pos_ in ("PROPN", "NOUN", "PRON") or head.is_title)
        ):
            name = self.people.name_for(phrase) if self.people is not None else None
            if name is None and head.is_title and len(phrase) == 1:
                name = self._person_by_surname(head.text)
            if name is not None or lower in PERSONAL_PRONOUNS:
                return name
        if lower in GROUP_PRONOUNS:
            group = reported_group(head)
            if group is not None:
                return self._name(group, sentence)  # "Shell posted …, it said"
            return self._last_group_source(sentence, plural=lower == "they")
        if head.pos_ == "PRON":
            return None
        name = _apposed_organization(head) or self._organization(phrase)
        bare_noun = len(phrase) == 2 and phrase[0].lower_ == "the"
        if name == phrase.text and bare_noun and lower in ORGANIZATION_NOUNS:
            # "the group" after "Amnesty International said …": the organisation last quoted
            last = self._last_group_source(sentence, plural=head.tag_ == "NNS", noun=lower)
            if last is not None:
                return last
            if lower in ("company", "firm"):
                # "The company now expects …" paragraphs after "Orrindale Foods reported …":
                # the last firm named as a source, however far back.
                named = self._last_firm_named()
                if named is not None:
                    return named
        described = phrase[0].lower_ == "the" and len(phrase) > 2 and head.tag_ == "NN"
        if name == phrase.text and described and lower in FIRM_DESCRIPTORS:
            # "the Chicago-based packaged food maker" after "Orrindale Foods reported …"; an
            # organisation its own sentence names before it is the one described ("Kenya
            # Airways … cancelled the deal, …, the state-owned airline said").
            named = _organization_before(sentence, phrase.start) or self._last_firm_named()
            if named is not None:
                return named
        self.group_sources.append((sentence.start, name, head.tag_ == "NNS"))
        return name

    def _names_someone(self, token: Token) -> bool:
        """Whether ``token`` is tagged a name, or heads a person's name the tagger missed and
        the people index found ("Pike's barrister, Hugo Dane," with no entity: probe 2)."""
        if token.ent_type_ in _NAMED_TYPES:
            return True
        return (
            token.pos_ == "PROPN"
            and self.people is not None
            and self.people.name_for(_noun_phrase(token)) is not None
        )

    def _last_firm_named(self) -> str | None:
        """The last organisation named as a source by its name (not "the company")."""
        return next(
            (
                name
                for _, name, plural_name in reversed(self.group_sources)
                if not plural_name
                and name[:1].isupper()
                and not name.startswith("The ")
                and may_be_a_firm(name)
            ),
            None,
        )

    def _last_group_source(
        self, sentence: Span, plural: bool, noun: str | None = None
    ) -> str | None:
        """The last organisation or group named as a source in the few sentences before; a
        singular "it" or "the bank" takes none named by a plural noun ("Organisers put the
        figure at 5,000. … it said" names nobody). A ``noun`` other than a generic one must be
        in the name: "the association" is the Teachers Association quoted before, "the
        ministry" is not."""
        index = bisect_right(self.sentence_starts, sentence.start) - 1
        reach = self.sentence_starts[max(0, index - PRONOUN_REACH_SENTENCES)]
        for start, name, plural_name in reversed(self.group_sources):
            if start < reach:
                break
            specific = noun is not None and noun not in GENERIC_ORGANIZATION_NOUNS
            if specific and noun not in name.lower().split():
                continue
            if noun in ("company", "firm") and not may_be_a_firm(name):
                continue
            if plural or not plural_name:
                return name
        return None

    def _person_by_surname(self, word: str) -> str | None:
        """The one known person whose name ends in ``word`` ("Terver" → "Aondona Terver"),
        for surname mentions the entity tagger labelled as something else."""
        people = self.people.people if self.people is not None else []
        names = {p.name for p in people if p.name.split()[-1] == word and " " in p.name}
        return names.pop() if len(names) == 1 else None

    def _organization(self, phrase: Span) -> str:
        """``phrase`` as the organisation it names: the full name of an organisation entity it
        holds or, for "the ministry", of the one organisation whose name has that noun."""
        text = phrase.text
        ent = _entity_at(phrase.root)
        if ent is not None and ent.label_ == "ORG":
            return _without_article(ent.text)
        if phrase[0].lower_ == "the" and phrase.root.pos_ == "NOUN":
            return named_by_noun(phrase.root.lower_, self.organizations) or text
        return text


def _in_quoted_part(text: str, quote: Quote, char: int) -> bool:
    """Whether offset ``char`` lies in one of the parts of ``quote`` (a quote split by its cue
    or going on after it spans the narrator's words between its parts)."""
    position = quote.start
    for part in quote.text.split(" … "):
        found = text.find(part, position, quote.end + 1)
        if found < 0:
            return True  # the parts cannot be placed: trust the quote's outer span
        if found <= char < found + len(part):
            return True
        position = found + len(part)
    return False


def _is_speech(token: Token, number: Token) -> bool:
    """Whether ``token`` is a speech verb that may vouch for ``number``: not a negated one ("did
    not confirm that 500 had died"), and "add" only when the number is not its own object
    ("added that 40 had died", not "added 175,000 jobs")."""
    lemma = token.lemma_.lower()
    if lemma == "find" and token.pos_ == "VERB" and not _negated(token):
        return _found_by_study(token)
    if token.pos_ not in ("VERB", "AUX") or lemma not in SPEECH_LEMMAS or _negated(token):
        return False
    if lemma == "admit" and admits_to_care(token):
        return False  # "Hospitals admitted 2,300 people": the hospitals vouch for nothing
    if lemma in _PRESENT_ONLY_LEMMAS and token.tag_ not in ("VBZ", "VBP", "VBG"):
        return False
    if lemma in CLAUSE_ONLY_LEMMAS and _contains(token, number):
        child = number
        while child.head.i != token.i:
            child = child.head
        return child.dep_ in _CLAUSE_DEPS
    return True


def _found_by_study(verb: Token) -> bool:
    """Whether "find" is what a study, poll or report found ("A poll by the Institute for
    Civic Opinion found 52% in favour"; probe 2026-11-29 left it unsourced): its subject is a
    figure noun, whose issuer is the source. "Rescuers found 12 survivors" is a deed."""
    subject = _subject(verb)
    return subject is not None and subject.lemma_.lower() in FIGURE_NOUNS


def _reporting(verbs: list[Token], measuring: list[Token]) -> list[Token]:
    """``verbs`` without the measuring ones, which are added to ``measuring`` instead."""
    measuring += [v for v in verbs if v.lemma_.lower() in MEASURING_LEMMAS]
    return [v for v in verbs if v.lemma_.lower() not in MEASURING_LEMMAS]


#: Subordinators of a contrasting clause: "while the rebels claimed 40".
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though", "whilst"})


#: Subordinators of a clause that sets the scene for the one it hangs from: "agreed to cut 300
#: jobs after scientists warned of a collapse" ("as the ministry said" vouches, so not "as").
_CIRCUMSTANCE_MARKS = frozenset(
    {"after", "before", "because", "since", "when", "whenever", "until", "once", "if", "unless"}
)


def _circumstance(clause: Token) -> bool:
    """Whether a clause beside the number's says when or why, not who vouches for the number
    ("cut 300 jobs after scientists warned …", "closed 14 libraries because residents said
    …")."""
    return clause.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in _CIRCUMSTANCE_MARKS for child in clause.children
    )


def _negated(verb: Token) -> bool:
    """Whether a verb is negated ("did not confirm", "never said", "didn't claim")."""
    return any(child.dep_ == "neg" for child in verb.children)


def _contrasted(clause: Token) -> bool:
    """Whether a clause is set against the one it hangs from ("…, while the rebels claimed
    40"): its own statement, with its own source."""
    return clause.dep_ == "advcl" and any(
        child.dep_ == "mark" and child.lower_ in _CONTRAST_MARKS for child in clause.children
    )


def _contains(ancestor: Token, token: Token) -> bool:
    return ancestor.i == token.i or ancestor.is_ancestor(token)


def _contains_token(phrase_head: Token, token: Token) -> bool:
    return phrase_head.left_edge.i <= token.i <= phrase_head.right_edge.i


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``, or of the verb it is coordinated with ("and added …",
    "said … had died and warned that …");
    the passive subject of "12 people were reported missing" is what is said, not who says."""
    coordinated = reporter_beside(verb) or (verb.head if verb.dep_ == "conj" else None)
    for candidate in (verb, coordinated):
        if candidate is None:
            continue
        for child in candidate.children:
            if child.dep_ in _SPEAKER_DEPS:
                return child
    return None


def _predicate(
    token: Token, sentence: Span | None = None, number: Span | None = None
) -> Token | None:
    """The word that states the number: the first verb above ``token`` in the parse, or for a
    copula its adjective ("12 posts were vacant" → vacant; "the toll is 312" → is), never a
    word of the ``number`` itself (the "m" of "£18m", which the tagger may call a verb). When
    the walk would leave ``sentence``, the verb nearest before the number in it (else after) is
    taken."""
    first, last = (number.start, number.end) if number is not None else (0, 0)
    node = token
    for _ in range(MAX_HEAD_STEPS):
        predicate = None if first <= node.i < last else _stating(node)
        if predicate is not None:
            return predicate
        if node.head.i == node.i:
            return None
        if sentence is not None and not sentence.start <= node.head.i < sentence.end:
            # "The firm lost £40m. Shares fell": the parser hung "£40m" on "fell"
            before = reversed(sentence[: token.i - sentence.start])
            after = sentence[token.i - sentence.start :]
            stated = (_stating(t) for t in (*before, *after) if not first <= t.i < last)
            return next((p for p in stated if p is not None), None)
        node = node.head
    return None


def _tops(sentence: Span) -> list[Token]:
    """The tokens of ``sentence`` whose head lies outside it, or that head themselves."""
    return [t for t in sentence if t.head.i == t.i or not sentence.start <= t.head.i < sentence.end]


def _stating(token: Token) -> Token | None:
    """``token`` as a predicate: a verb, or a copula (through its adjective); else None. The
    participle closing a hyphenated adjective ("the drought-hit south", "a state-run firm") is
    no predicate, though the parser may hang the number on it (probe 2026-11-29: "would pay
    farmers in the drought-hit south up to $12,000" had "hit" as predicate)."""
    if token.pos_ == "VERB":
        return None if _closes_hyphenated_adjective(token) else token
    if token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass"):
        return next((c for c in token.children if c.dep_ == "acomp"), token)
    return None


def _closes_hyphenated_adjective(token: Token) -> bool:
    """Whether ``token`` ends a word joined by a hyphen to a noun or adjective before it."""
    doc = token.doc
    i = token.i
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ")
    )


def _range_start_noun(span: Span) -> str | None:
    """The noun of the first end of a worded range that a bare number closes ("from two
    years to four": years), which it takes rather than a unit from earlier in the sentence."""
    doc = span.doc
    joint = span.start - 1
    if joint < 3 or doc[joint].lower_ not in _PAIRED.values():
        return None
    noun, first = doc[joint - 1], doc[joint - 2]
    if noun.tag_ != "NNS" or not first.like_num:
        return None
    opener = next((t for t in reversed(doc[max(0, joint - 6) : joint - 2]) if not t.like_num), None)
    return (
        noun.text
        if opener is not None and _PAIRED.get(opener.lower_) == doc[joint].lower_
        else None
    )


def _per_unit(noun: Token) -> str:
    """The "/h" of a unit written "km/h" (three tokens to the tokenizer), else ""."""
    doc = noun.doc
    if (
        noun.i + 2 < len(doc)
        and not noun.whitespace_
        and doc[noun.i + 1].text == "/"
        and not doc[noun.i + 1].whitespace_
        and doc[noun.i + 2].is_alpha
        and len(doc[noun.i + 2]) <= 3
    ):
        return "/" + doc[noun.i + 2].text
    return ""


def _counted_noun(anchor: Token) -> Token | None:
    """The noun a number counts: its head ("312 people"), or the noun past a comparative
    ("about 800 more nurses", where the parser hangs the number on "more"); the parse may
    hang a number word on its noun as a compound ("Thirty centimetres of water"), and the
    second end of "80 and 120 millimetres" on the first."""
    head = anchor.head
    if anchor.dep_ in ("nummod", "quantmod") and head.pos_ in ("NOUN", "PROPN"):
        return head
    if (
        anchor.dep_ == "compound"
        and anchor.like_num
        and head.i == anchor.i + 1
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
    ):
        return head
    if anchor.dep_ == "conj" and anchor.like_num and head.like_num and head.i < anchor.i:
        noun = _counted_noun(head)
        if noun is not None and noun.i == anchor.i + 1:
            return noun
    if (
        head.lower_ in _COUNT_ADJECTIVES
        and head.i == anchor.i + 1
        and head.dep_ == "amod"
        and head.head.pos_ in ("NOUN", "PROPN")
    ):
        return head.head
    return None


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, also split after a short scale that took the full stop ("£40m.
    Shares fell 4%"): the tokenizer keeps "m." whole, so the parser saw no sentence end."""
    sentences: list[Span] = []
    tokens = tokens_of(doc)
    for sentence in doc.sents:
        start = sentence.start
        for k in range(sentence.start, sentence.end - 1):
            text = tokens[k].lower_
            if (
                text.endswith(".")
                and text[:-1] in SHORT_SCALES
                and k > 0
                and tokens[k - 1].like_num
                and not tokens[k - 1].whitespace_
                and tokens[k + 1].text[:1].isupper()
            ):
                sentences.append(doc[start : k + 1])
                start = k + 1
        sentences.append(doc[start : sentence.end])
    return sentences


def _holder_of_misread_estimate(verb: Token) -> Span | None:
    """Who estimates, when the parser read the estimating verb of a relative clause as a noun
    ending ``verb``'s subject: "a service that analysts at Pellham Research estimate will cost
    £40m" (probe q6: no source, or the bank named before). The subject's words before it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return None
    last = subject.right_edge
    doc = verb.doc
    follows = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if (
        last.i == subject.i
        or last.pos_ != "NOUN"
        or last.lemma_.lower() not in GUIDANCE_LEMMAS
        or any(c.dep_ in ("det", "poss") for c in last.children)  # "the cost of the estimate"
        or follows is None
        or follows.tag_ != "MD"
        or follows.head.i != verb.i
    ):
        return None
    return doc[subject.left_edge.i : last.i]


#: Verbs by which figures vouch for a finding at the end of a sentence ("…, figures from the
#: health board show."), which the parser may read as the last noun of the issuer's name.
_SHOWING_WORDS = frozenset({"show", "shows", "showed", "suggest", "suggests", "suggested"})


def _issuer_of_misread_showing(sentence: Span) -> Span | None:
    """Who issued the figures when the sentence closes on "figures from X show" and the parser
    took "show" for a noun of X's name (probe 2 held-out: "54% … had a flu vaccine …, figures
    from the regional health board show" had no source): X, without the verb."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if len(words) < 4:
        return None
    verb = words[-1]
    if verb.lower_ not in _SHOWING_WORDS or verb.dep_ != "pobj":
        return None
    prep = verb.head
    figures = prep.head
    if prep.lower_ not in ("from", "by") or figures.lemma_.lower() not in FIGURE_NOUNS:
        return None
    if verb.left_edge.i == verb.i:
        return None
    return sentence.doc[verb.left_edge.i : verb.i]


def _according_to(sentence: Span) -> Token | None:
    """The object of "according to" in ``sentence``."""
    for token in sentence:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return obj
    return None


def _noun_phrase(head: Token) -> Span:
    """The words of the noun phrase ``head`` heads, without appositions and clauses after it."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _NP_TAIL_CUT:
            break
        end = child.right_edge.i + 1
    while end - 1 > head.i and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1  # a paragraph break or a comma after the phrase is no part of it
    start = head.left_edge.i
    while start < head.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _apposed_organization(head: Token) -> str | None:
    """The organisation a common noun names in apposition ("The developer, Nordvent Energy,
    says …" → Nordvent Energy, as the quote's speaker is)."""
    if head.pos_ != "NOUN":
        return None
    for child in head.rights:
        if child.dep_ == "appos":
            ent = _entity_at(child)
            if ent is not None and ent.label_ == "ORG":
                return _without_article(ent.text)
    return None


def _entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of, found from the token's IOB tags (``Span.ents``
    walks every entity of the doc)."""
    if not token.ent_type:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _organization_before(sentence: Span, at: int) -> str | None:
    """The last organisation the sentence names before token ``at``, without its article."""
    named = [ent for ent in sentence.ents if ent.label_ == "ORG" and ent.end <= at]
    return _without_article(named[-1].text) if named else None


def _without_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def may_be_a_firm(name: str) -> bool:
    """Whether an organisation's name may be a company's: not one ending in the noun of a
    public or representative body ("Consumer Safety Board", "Interior Ministry")."""
    words = name.lower().split()
    return not words or words[-1] not in _NOT_FIRM_NOUNS
