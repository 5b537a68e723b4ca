"""Organisations and places an article names, each once, with how often it is mentioned.

Mentions of one organisation are merged when they are the same words up to case, a leading
"the" or a possessive ("the Red Cross", "Red Cross's"); when one is the acronym of the other
("NEMA" and "National Emergency Management Agency", with or without "(NEMA)" after it); and
"the ministry" counts as a mention of the one organisation whose name holds "ministry"; a
one-word organisation name joins the one longer name that ends with it ("Post").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dateline.facts.nlp import ents_of, tokens_of
from dateline.facts.roles import ROLE_NOUNS, is_honorific, role_word
from dateline.model import Entity

ORGANIZATION_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Nouns that, after "the", refer back to an organisation named earlier ("the ministry").
ORGANIZATION_NOUNS = frozenset(
    {"ministry", "agency", "department", "company", "firm", "council", "commission", "committee",
     "union", "party", "bank", "court", "army", "police", "service", "authority", "board",
     "office", "group", "organisation", "organization", "institute", "university", "hospital",
     "airline", "operator", "regulator", "federation", "association", "fund", "charity",
     "tribunal", "parliament", "assembly", "senate", "corporation", "network", "coalition",
     "watchdog"}
)  # fmt: skip
#: Portfolios and bodies that stand in a title before a role noun ("Interior Minister",
#: "Council leader"), which the tagger takes for organisations.
PORTFOLIOS = frozenset(
    {"interior", "defence", "defense", "foreign", "finance", "health", "education", "justice",
     "transport", "energy", "environment", "agriculture", "trade", "labour", "labor", "culture",
     "economy", "home", "housing", "treasury", "security", "council", "opposition", "cabinet"}
)  # fmt: skip
#: Little words skipped when an acronym is read off a name ("Ministry of Water Resources" → MWR).
ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des"})
#: Longest entity kept, in words: longer "entities" are run-on tagging errors (the longest
#: organisation name in the fixtures has 6 words).
MAX_NAME_WORDS = 8
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(slots=True)
class _Group:
    name: str
    key: str
    mentions: int = 0
    forms: set[str] = field(default_factory=set)


def find_entities(
    doc: Doc, person_names: Collection[str] = ()
) -> tuple[list[Entity], list[Entity]]:
    """The organisations and the places of ``doc``, in order of first mention.

    ``person_names`` (full names of the people found) keeps people that the tagger labelled as
    organisations or places ("Kovacs said" tagged ORG) out of both lists.
    """
    person_words = {w.lower() for name in person_names for w in name.split()}
    org_spans = [
        e for e in ents_of(doc) if e.label_ in ORGANIZATION_LABELS and not _portfolio_of_title(e)
    ]
    place_spans = [e for e in ents_of(doc) if e.label_ in PLACE_LABELS]
    org_spans, place_spans = _one_label_per_name(org_spans, place_spans)
    orgs = _merge_short_forms(_merge(org_spans, person_words))
    places = _merge(place_spans, person_words)
    _count_references(doc, orgs)
    return _entities(orgs), _entities(places)


def _portfolio_of_title(span: Span) -> bool:
    """Whether a one-word "organisation" is the portfolio of a title before a name:
    "Interior" in "Interior Minister Maria Kovacs", "Council" in "Council leader Rhea Lund"."""
    if len(span) != 1 or span.text.lower() not in PORTFOLIOS or span.end >= len(span.doc):
        return False
    return role_word(span.doc[span.end].text) in ROLE_NOUNS


#: Nouns of a firm described rather than named ("the Chicago-based packaged food maker", "the
#: Frankfurt-listed lender"): with words before them, the firm last named as a source.
FIRM_DESCRIPTORS = frozenset(
    {"maker", "company", "firm", "group", "retailer", "lender", "carrier", "manufacturer",
     "insurer", "producer", "supplier", "operator", "developer", "chain", "automaker", "miner",
     "giant", "conglomerate", "airline", "bank", "brewer", "chipmaker", "drugmaker", "startup"}
)  # fmt: skip


#: Longest name read after an organisation's noun ("the charity Shelter Homes Trust").
MAX_DESCRIBED_NAME_WORDS = 4


def described_firm(doc: Doc) -> str | None:
    """The one name the text sets beside a noun of a firm in apposition ("Veltrix, the
    Arden-based chipmaker,", "Hollin, the smart-home company,"), which a bare "the company"
    stands for when no organisation's name holds "company"; None for none or several. Read
    from the parse, not the entity labels: the tagger called the probe's two firms a place
    and a person."""
    names = {
        doc[token.left_edge.i : token.i + 1].text
        for token in tokens_of(doc)
        if token.pos_ == "PROPN"
        and token.is_title
        and any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_DESCRIPTORS for c in token.children)
    }
    # The noun first and the name in apposition after it: "the manufacturer, Little Acorn
    # Foods, had stopped production".
    names |= {
        doc[name.left_edge.i : name.i + 1].text
        for token in tokens_of(doc)
        if token.lemma_.lower() in FIRM_DESCRIPTORS and token.pos_ == "NOUN"
        for name in token.children
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.is_title
    }
    return names.pop() if len(names) == 1 else None


def named_after_noun(doc: Doc) -> dict[str, set[str]]:
    """The names the text sets right after a noun of an organisation, by noun: "the housing
    charity Shelterline", "the regulator, Ofgem," → {"charity": {"Shelterline"}, "regulator":
    {"Ofgem"}}. Read from the words, not the parse or the entity labels: the tagger called
    the probe's charity a person and the parser made it the subject of the next verb."""
    names: dict[str, set[str]] = {}
    for token in tokens_of(doc):
        noun = token.lower_
        if token.pos_ != "NOUN" or noun not in ORGANIZATION_NOUNS | FIRM_DESCRIPTORS:
            continue
        start = token.i + 1
        if start < len(doc) and doc[start].text == ",":
            start += 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if 0 < end - start <= MAX_DESCRIBED_NAME_WORDS:
            names.setdefault(noun, set()).add(doc[start:end].text)
    return names


def apposed_to_organisation(doc: Doc) -> set[str]:
    """Names the parse sets in apposition to an organisation's noun: "members of the group
    Green Tide", "the company, Lune Water,". The tagger may call the same name a person's
    where it is a subject ("Green Tide said it would …"; probe 2026-11-29); the apposition
    says what it is. A name after the noun that is a clause's subject ("told the court Ivan
    Petrov had fled") is no apposition and stays a person's; the noun has its article, which
    a place does without ("Outside court, Maya Lindgren, whose husband …")."""
    names = set()
    for token in tokens_of(doc):
        head = token.head
        if (
            token.dep_ != "appos"
            or token.pos_ != "PROPN"
            or head.pos_ != "NOUN"
            or head.i >= token.i
            or head.lower_ not in ORGANIZATION_NOUNS | FIRM_DESCRIPTORS
            or not any(c.dep_ in {"det", "poss"} for c in head.children)
        ):
            continue
        start = token.i
        while start > head.i + 1 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        if token.i + 1 - start <= MAX_DESCRIBED_NAME_WORDS:
            names.add(doc[start : token.i + 1].text)
    return names


def named_by_noun(noun: str, organisations: Sequence[str]) -> str | None:
    """The one organisation whose name holds ``noun`` ("the ministry" → "Ministry of
    Health"), or None when none or several do."""
    fits = [name for name in organisations if noun in name.lower().split()]
    return fits[0] if len(fits) == 1 else None


def clean_name(text: str) -> str:
    """An entity's text as a name: no leading "the", no possessive, single spaces."""
    name = " ".join(text.split())
    if name[:4].lower() == "the ":
        name = name[4:]
    return _POSSESSIVE.sub("", name).strip(" .,;:-–—\"'“”‘’()")


def _one_label_per_name(orgs: list[Span], places: list[Span]) -> tuple[list[Span], list[Span]]:
    """A name the tagger labels now as an organisation, now as a place ("Makurdi") goes to
    the label it gets most often (the place on a tie: towns outnumber firms named alike)."""
    org_count = Counter(clean_name(e.text).lower() for e in orgs)
    place_count = Counter(clean_name(e.text).lower() for e in places)
    to_place = {k for k in org_count if 0 < org_count[k] <= place_count[k]}
    to_org = {k for k in place_count if place_count[k] < org_count[k]}
    kept_orgs = [e for e in orgs if clean_name(e.text).lower() not in to_place]
    kept_places = [e for e in places if clean_name(e.text).lower() not in to_org]
    kept_orgs += [e for e in places if clean_name(e.text).lower() in to_org]
    kept_places += [e for e in orgs if clean_name(e.text).lower() in to_place]
    return sorted(kept_orgs, key=lambda e: e.start), sorted(kept_places, key=lambda e: e.start)


def _is_junk(name: str, person_words: set[str]) -> bool:
    words = name.split()
    return (
        len(name) < 2
        or not any(c.isalpha() for c in name)
        or (not name[0].isupper() and not name[0].isdigit())
        or len(words) > MAX_NAME_WORDS
        or all(w.lower() in person_words for w in words)
        or _titled_person(words, person_words)
    )


def _titled_person(words: list[str], person_words: set[str]) -> bool:
    """Whether a name is a person's behind role words or a courtesy title: the tagger calls
    "Detective Sergeant Nadia Rourke" an organisation (probe 2026-11-28: the sergeant was
    then listed as that organisation, and dropped from the people)."""
    titled = [w for w in words if role_word(w) in ROLE_NOUNS or is_honorific(w)]
    named = [w for w in words if w.lower() in person_words]
    return bool(titled) and bool(named) and len(titled) + len(named) == len(words)


def _merge(spans: list[Span], person_words: set[str]) -> list[_Group]:
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    for span in spans:
        name = clean_name(span.text)
        if _is_junk(name, person_words):
            continue
        key = name.lower()
        group = by_key.get(key)
        if group is None:
            group = _Group(name=name, key=key)
            groups.append(group)
            by_key[key] = group
        elif group.name.isupper() and not name.isupper():
            group.name = name  # "LAGOS" in a dateline, "Lagos" in the body
        group.mentions += 1
        group.forms.add(name)
    return _merge_acronyms(groups)


def _acronym_of(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isupper())


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    """Fold each acronym into the one longer name whose initials it spells."""
    kept: list[_Group] = []
    for group in groups:
        if _ACRONYM.match(group.name):
            letters = group.name.replace(".", "").replace("&", "")
            full = [
                g
                for g in groups
                if g is not group and len(g.name.split()) > 1 and _acronym_of(g.name) == letters
            ]
            if len(full) == 1:
                full[0].mentions += group.mentions
                full[0].forms |= group.forms
                continue
        kept.append(group)
    return kept


def _merge_short_forms(groups: list[_Group]) -> list[_Group]:
    """Fold a one-word organisation name into the one longer name that ends with it ("Post"
    after "New York Post"); with two such names ("African Union", "European Union"), neither."""
    kept: list[_Group] = []
    for group in groups:
        if " " not in group.name and not _ACRONYM.match(group.name):
            full = [g for g in groups if g.name.endswith(" " + group.name)]
            if len(full) == 1:
                full[0].mentions += group.mentions
                full[0].forms |= group.forms
                continue
        kept.append(group)
    return kept


def _count_references(doc: Doc, groups: list[_Group]) -> None:
    """Count "the ministry" as a mention of the one organisation named with "Ministry"."""
    owners: dict[str, list[_Group]] = {}
    for group in groups:
        for word in {w.lower() for w in group.name.split()} & ORGANIZATION_NOUNS:
            owners.setdefault(word, []).append(group)
    if not owners:
        return
    for token in tokens_of(doc):
        if (
            token.lower_ in owners
            and len(owners[token.lower_]) == 1
            and not token.ent_type_
            and token.i
            and doc[token.i - 1].lower_ == "the"
            and token.tag_ == "NN"
        ):
            owners[token.lower_][0].mentions += 1


def _entities(groups: list[_Group]) -> list[Entity]:
    return [Entity(name=g.name, mentions=g.mentions) for g in groups]
