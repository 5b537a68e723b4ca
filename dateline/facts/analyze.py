"""``analyze(article) -> Facts``: one spaCy pass over the body, then every extractor on it."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from dateline.facts.claims import find_claims, may_be_a_firm
from dateline.facts.dates import find_dates
from dateline.facts.entities import (
    ORGANIZATION_NOUNS,
    apposed_to_organisation,
    described_firm,
    find_entities,
    named_after_noun,
    named_by_noun,
)
from dateline.facts.nlp import english_pipeline, one_blas_thread, shared_tokens
from dateline.facts.people import find_people
from dateline.facts.quotes import find_quotes
from dateline.model import Article, Claim, Dateline, Entity, Facts, Person, Quote

#: Longest piece of text given to the pipeline at once. spaCy refuses more than ``max_length``
#: (1,000,000 characters) and its parser and tagger need ~1 GB per 100,000 characters at most, so
#: long bodies are cut at paragraph ends into pieces of this size (a 600-word story is ~4,000).
MAX_CHUNK_CHARS = 100_000
_PARAGRAPH_END = re.compile(r"\n\s*")
#: Where a title's head ends and its complement begins ("director | of the agency").
_TITLE_TAIL = re.compile(r"\s+(?:of|for|at|in|on|with|to|from|and)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")
#: A speech verb whose clause opens with "it": what an organisation says of itself.
_SAID_IT = r"(?:said|says|added|announced|reported|confirmed|expects|expected|warned)\s+it(?:s)?\b"
#: Words before an organisation's noun that point back at it: "the union", and "their union"
#: after the members ("Nurses … will strike, their union announced").
_ORGANISATION_DETERMINERS = frozenset({"the", "its", "their"})
#: Speakers that stand for the firm last quoted by its name.
_FIRM_MENTIONS = frozenset({"the company", "the firm"})
#: The dash that ends a dateline ("LAGOS, March 3 (Reuters) - ", "… -- ", "… — "), looked for
#: this far after its place.
#: Halves of UTF-16 pairs standing alone: a str decoded with "surrogateescape" holds one for
#: each byte that was not UTF-8, and spaCy's tokenizer refuses them.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_DATELINE_DASH = re.compile(r"[\s)](?:-{1,2}|[–—])\s+")
MAX_DATELINE_CHARS = 80


def analyze(article: Article) -> Facts:
    """The facts of ``article``: people, organisations, places, quotes, claims and dates.

    Pure: the article is not changed (``with_facts`` returns a copy that carries them). An
    article in another language than English, or without text, has empty facts. Raises
    ``ModelMissing`` when no English spaCy pipeline is installed.
    """
    language = (article.language or "en").lower()
    if not language.startswith("en") or not article.text.strip():
        return Facts()
    text = _without_lone_surrogates(without_dateline(article.text, article.dateline))
    doc = parse(english_pipeline(), text)
    with shared_tokens(doc, text):
        return _facts_of(article, text, doc)


def _facts_of(article: Article, text: str, doc: Doc) -> Facts:
    """The facts of ``article`` from ``text`` (its body as analysed) and ``doc``, its parse."""
    people = find_people(doc)
    organizations, places = find_entities(doc, [person.name for person in people.people])
    # A "person" the tagger cut out of an organisation's name ("Bulk Handling" of "Lagoon Bulk
    # Handling") speaks under the organisation's name and is no person.
    org_of = {
        person.name: org.name
        for person in people.people
        for org in organizations
        if org.name.endswith(f" {person.name}")
    }
    names = [org.name for org in organizations]
    firm = described_firm(doc)
    after_noun = named_after_noun(doc)
    # A word of a person's name stays the person's, whatever firm it opens ("Baptiste Group").
    person_words = {word for person in people.people for word in person.name.split()}
    quotes = [
        replace(
            q,
            speaker=org_of.get(q.speaker)
            or _short_name_of(
                _organisation_named(q.speaker, names, firm, after_noun), names, person_words
            ),
        )
        if q.speaker
        else q
        for q in find_quotes(doc, people)
    ]
    quotes = _firm_quoted_before(quotes, names)
    claims = [
        replace(
            c,
            source=org_of.get(c.source)
            or _short_name_of(
                _organisation_named(c.source, names, firm, after_noun), names, person_words
            ),
        )
        if c.source
        else c
        for c in find_claims(doc, people, organizations=organizations, quotes=quotes)
    ]
    claims = _firm_sources(claims, quotes, names, text)
    speakers = {q.speaker for q in quotes} | {c.source for c in claims}
    # Names the tagger took for people's that are organisations': listed as organisations.
    named = {org.name for org in organizations}
    apposed = apposed_to_organisation(doc)
    misread = [
        p
        for p in people.people
        if p.name not in org_of
        and (
            _is_organisation(p.name, article.text)
            or _titled_as_organisation(p)
            or (p.name in apposed and not p.titles)
        )
    ]
    organizations += [Entity(p.name, p.mentions) for p in misread if p.name not in named]
    return Facts(
        people=[
            p
            for p in people.people
            if p.name not in org_of and _is_named_person(p, speakers) and p not in misread
        ],
        organizations=organizations,
        places=places,
        quotes=quotes,
        claims=claims,
        dates=find_dates(article.text, article.published, doc),
    )


def _organisation_named(
    speaker: str,
    organisations: list[str],
    firm: str | None = None,
    after_noun: dict[str, set[str]] | None = None,
) -> str:
    """A speaker such as "The agency" or "their union" as the one organisation of the article
    whose name holds its noun ("National Civil Protection Agency"), and "The National Civil
    Protection Agency" as that organisation, as claims name their sources; "the company" or
    "the firm" that no name holds as ``firm``, the one firm the text describes
    (``described_firm``); else as the one name the text sets after that noun (``after_noun``:
    "the housing charity Shelterline … The charity said"); else the speaker as it is."""
    words = speaker.split()
    if not words or words[0].lower() not in _ORGANISATION_DETERMINERS:
        return speaker
    if words[0].lower() == "the" and speaker[4:] in organisations:
        return speaker[4:]  # "The National Civil Protection Agency"
    if len(words) != 2 or not words[1].islower():
        return speaker
    named = named_by_noun(words[1], organisations)
    if named is None and words[1] in ("company", "firm"):
        named = firm
    described = (after_noun or {}).get(words[1], set())
    if named is None and len(described) == 1:
        named = next(iter(described))
    return named or speaker


def _firm_quoted_before(quotes: list[Quote], organisations: list[str]) -> list[Quote]:
    """``quotes`` with a speaker "the company" or "the firm" that no name resolved given to
    the firm last quoted by its name before it ("Ferrow Logistics said revenue rose … Profit
    climbed, the company said"); a public body is no firm ("the Safety Board said …")."""
    firm = None
    resolved = []
    for quote in quotes:
        if quote.speaker in organisations and may_be_a_firm(quote.speaker):
            firm = quote.speaker
        elif firm is not None and (quote.speaker or "").lower() in _FIRM_MENTIONS:
            quote = replace(quote, speaker=firm)
        resolved.append(quote)
    return resolved


def _firm_sources(
    claims: list[Claim], quotes: list[Quote], organisations: list[str], text: str
) -> list[Claim]:
    """``claims`` whose source is a bare "the company" or "the firm" given to the firm last
    quoted by its name before the claim's sentence, as for quotes."""
    firms = [
        (q.start, q.speaker)
        for q in quotes
        if q.speaker in organisations and may_be_a_firm(q.speaker)
    ]
    resolved = []
    for claim in claims:
        if (claim.source or "").lower() in _FIRM_MENTIONS:
            at = text.find(claim.text)
            before = [firm for start, firm in firms if 0 <= start < at + len(claim.text)]
            if at >= 0 and before:
                claim = replace(claim, source=before[-1])
        resolved.append(claim)
    return resolved


def _short_name_of(name: str, organisations: list[str], person_words: set[str]) -> str:
    """A one-word name as the one organisation of the article whose full name it opens
    ("Quillon" for "Quillon Systems", as the claims and quotes after the first name it), else
    the name as it is; never a word of a person's name (``person_words``)."""
    if " " in name or not name[:1].isupper() or name in person_words:
        return name
    full = {org for org in organisations if org.startswith(f"{name} ")}
    return full.pop() if len(full) == 1 else name


def without_dateline(text: str, dateline: Dateline | None) -> str:
    """``text`` with the dateline that opens it ("VELDRAN, Ostmark (Reuters) - ") blanked out
    by as many spaces, so that offsets stay those of ``text``: parsed with it, the lead's
    subject was the place and its "…, the ministry said" had no speaker."""
    if dateline is None or not dateline.place:
        return text
    start = len(text) - len(text.lstrip())
    if text[start : start + len(dateline.place)].casefold() != dateline.place.casefold():
        return text
    dash = _DATELINE_DASH.search(text, start + len(dateline.place))
    if (
        dash is None
        or dash.start() - start > MAX_DATELINE_CHARS
        or "\n" in text[start : dash.end()]
    ):
        return text
    return " " * dash.end() + text[dash.end() :]


def _is_named_person(person: Person, speakers: set[str | None]) -> bool:
    """Whether the people list shows ``person``: not one whose title is an organisation's
    ("The union, Cabin Crew United, said"), and a name of one word only with a title or as a
    speaker or claim source. News names people in full; a lone capitalised word the tagger
    calls a person is more often a place, a firm or an imperative ("Kvarn", "Check your
    policy"), and a surname alone is counted under the full name already."""
    if _titled_as_organisation(person):
        return False
    return " " in person.name or bool(person.titles) or person.name in speakers


def _titled_as_organisation(person: Person) -> bool:
    """Whether a title says the "person" is an organisation ("The union, Cabin Crew United,
    said", "the anti-corruption watchdog Clear Ledger"), which is listed as one."""
    return any(_title_head(title) in ORGANIZATION_NOUNS for title in person.titles)


def _is_organisation(name: str, text: str) -> bool:
    """Whether a name the tagger took for a person's is an organisation's: it ends in a noun
    organisations are named with ("Kestwick Police", "Harlow Council"), or a one-word name
    speaks of itself as "it" ("Brellwick said it would cut 1,500 jobs")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in ORGANIZATION_NOUNS:
        return True
    if len(words) > 1:
        return False
    return re.search(rf"\b{re.escape(name)}\s+{_SAID_IT}", text) is not None


def _title_head(title: str) -> str:
    """The noun a title is about, lower-cased: "the director of the agency" → "director"."""
    return _TITLE_TAIL.split(title, maxsplit=1)[0].split()[-1].lower()


def page_facts(article: Article) -> Facts | None:
    """The facts ``--facts`` adds to a page's record (``extract``, ``ingest``, the Spark job):
    ``analyze`` of an article page; None (not analysed) for a listing or other page, whose text
    is teasers and furniture, not one story: their quotes, claims and names would be other
    articles' (a section front repeats its teasers' figures) and would be counted as this
    page's."""
    return analyze(article) if article.page_type == "article" else None


def with_facts(article: Article) -> Article:
    """A copy of ``article`` with ``facts`` filled in by ``page_facts``: by ``analyze`` for an
    article page, left null for a listing or other page."""
    return replace(article, facts=page_facts(article))


def _without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so that offsets stay the text's."""
    return text if text.isascii() else _LONE_SURROGATE.sub("\ufffd", text)


def parse(nlp: Language, text: str) -> Doc:
    """``text`` through ``nlp`` as one doc whose character offsets are those of ``text``; long
    text is parsed in paragraph-aligned pieces of at most ``MAX_CHUNK_CHARS``. numpy's BLAS
    runs on one thread meanwhile (``one_blas_thread``)."""
    with one_blas_thread():
        if len(text) <= MAX_CHUNK_CHARS:
            return nlp(text)
        docs = list(nlp.pipe(split_text(text, MAX_CHUNK_CHARS)))
    return Doc.from_docs(docs, ensure_whitespace=False)


def split_text(text: str, limit: int) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters that join back to
    ``text``: at paragraph ends where possible, else at sentence ends, else at spaces."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for pattern in (_PARAGRAPH_END, _SENTENCE_END):
            ends = [m.end() for m in pattern.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        if not cut:
            cut = window.rfind(" ") + 1 or limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
