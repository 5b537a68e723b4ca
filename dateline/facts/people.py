"""The people an article names: one ``Person`` per individual, under the fullest name the text
uses, with the titles the text gives them, and a resolver from any mention of them (full name,
surname, "he"/"she", "the minister") back to that name."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.facts.cues import SPEECH
from dateline.facts.nlp import ents_of, text_of, tokens_of
from dateline.facts.quote_marks import find_quoted
from dateline.facts.roles import (
    GENDERED_ROLES,
    HONORIFICS,
    PERSON_PRONOUNS,
    POST_NOMINALS,
    ROLE_NOUNS,
    Gender,
    is_honorific,
    role_word,
)
from dateline.model import Person
from dateline.recognise.given_names import given_name_gender

#: How many sentences before a pronoun (not counting sentences inside quotations, and with
#: earlier resolved pronouns counting as mentions) may hold the person it stands for. On
#: PolNeAR dev 1 lost 1.4 points of direct-quote speaker accuracy; 2, 3 and 5 scored the same.
PRONOUN_WINDOW_SENTENCES = 3
#: Longest apposition kept as a title, in tokens ("Kovacs, the country's opposition leader,"
#: is 5); a judgement, not a measurement: longer appositions tend to be descriptions ("a
#: lawyer who has been involved in …") rather than titles.
MAX_TITLE_TOKENS = 10
#: Longest run of words kept as one name ("Martin Luther King Jr." is 4); longer PERSON
#: entities are tagging errors (a judgement, not a measurement).
MAX_NAME_WORDS = 5
#: Lower-case words inside surnames ("van der Berg", "de Vries", "bin Salman"); the facts
#: stage reads only the model, so it keeps its own list rather than the page stage's.
NAME_PARTICLES = frozenset(
    {"al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
     "du", "el", "ibn", "la", "le", "st", "ten", "ter", "van", "von"}
)  # fmt: skip
#: Numbers in apposition to a name that read as its age ("De Vries, 58,").
MIN_AGE, MAX_AGE = 14, 110
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_LINK_DEPS = frozenset({"compound", "appos", "flat", "punct"})
_TITLE_STOP_TAGS = frozenset({"DT", "PRP$", "POS", "WP$", "CD"})
_LEADING_ARTICLES = frozenset({"the", "a", "an"})
#: Words of a title that only introduce its role ("the spokeswoman", "its director").
_LEADING_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
#: Speech verbs in the present or past form, as a title-case headline writes them after a
#: name ("Obama Says …", "Pence Tells …").
_HEADLINE_VERBS = frozenset(
    {f"{verb}s" for verb in SPEECH}
    # Regular pasts only: "sayed" is no form of "say" but a surname ("Farid Al-Sayed").
    | {f"{verb}ed" for verb in SPEECH if not verb.endswith(("e", "y"))}
    | {f"{verb}d" for verb in SPEECH if verb.endswith("e")}
    | {"said", "told"}
)
#: Lower-case words that may join the words of a written-out title ("Commissioner for the
#: Environment").
_TITLE_LINKS = frozenset({"for", "of", "the", "and", "on"})
#: Prepositions after a speaker's name that say where the speaker is from.
_PLACE_PREPOSITIONS = frozenset({"of", "from", "in"})
#: Tokens inside a name that are not name words ("Holtz-Eakin" splits around its hyphen).
_JOINERS = frozenset({"-", "'", "’"})


#: Last words of the names of places, teams and firms, which the tagger may call people's
#: ("Dunholt United", "Pellingham Town", "Castellan Homes", "Hollin Reef", "Coldwater Bay");
#: not words common as surnames ("Park", "Bridge", "Hill"), and not the nouns organisations are
#: named with, which ``analyze`` lists as organisations ("Kestwick Police").
PLACE_OR_BODY_HEADS = frozenset(
    {"united", "town", "city", "rovers", "athletic", "wanderers", "albion", "county", "fc",
     "homes", "holdings", "foods", "systems", "bay", "reef", "harbour", "harbor", "island",
     "islands", "valley", "avenue", "airport", "estate", "district", "province", "college",
     "foundation"}
)  # fmt: skip
#: First words of places' names ("Port Calder", "Mount Ossa", "Fort Lanning").
PLACE_FIRST_WORDS = frozenset({"port", "fort", "mount", "cape"})
#: Nouns whose "of" names a place ("the district of Varro").
_PLACE_NOUNS = frozenset(
    {"district", "town", "city", "village", "region", "province", "county", "island", "state",
     "republic", "municipality", "port", "suburb", "borough", "capital"}
)  # fmt: skip
#: Kinds of outlet and body whose name may follow them ("the broadcaster Nordwelle", "the
#: newspaper Kettleby Herald"): the tagger may call that name a person's, and a later "she"
#: then went to the outlet (probe q6).
_OUTLET_NOUNS = frozenset(
    {"broadcaster", "newspaper", "paper", "daily", "tabloid", "magazine", "channel", "station",
     "network", "website", "outlet", "publication", "publisher", "agency", "company", "firm",
     "airline", "broadcasting", "radio", "carmaker", "retailer", "lender", "insurer", "startup"}
)  # fmt: skip
#: Prepositions before a place: a name seen only after them is no person's.
_LOCATIVE_PREPOSITIONS = frozenset({"in", "through", "near", "across", "throughout"})


def _names_a_place_or_body(tokens: list[Token]) -> bool:
    """Whether a name of several words names a place, a team or a firm by its first or last
    word, unless it opens with a common given name ("Michael Bay")."""
    words = [t for t in tokens if t.text not in _JOINERS]
    if len(words) < 2 or given_name_gender(words[0].text) is not None:
        return False
    return words[-1].lower_ in PLACE_OR_BODY_HEADS or words[0].lower_ in PLACE_FIRST_WORDS


def _named_after_outlet_noun(tokens: list[Token]) -> bool:
    """Whether a name stands right after "the" and a kind of outlet or firm ("the broadcaster
    Nordwelle"); not a given name, nor the subject of a clause on the noun ("the firm Anton
    Kovacs founded")."""
    doc = tokens[0].doc
    start = tokens[0].i
    last = tokens[-1]
    return (
        start >= 2
        and doc[start - 1].lower_ in _OUTLET_NOUNS
        and doc[start - 2].lower_ in {"the", "a", "an"}
        and given_name_gender(tokens[0].text) is None
        and not (last.dep_ == "nsubj" and last.head.dep_ == "relcl")
    )


def _locative_only_words(doc: Doc) -> set[str]:
    """Capitalised words that the text writes only right after a locative preposition or a
    place noun's "of" (not opening a sentence: "In Varro, …" counts, the capital is the
    name's)."""
    seen: dict[str, bool] = {}
    for token in tokens_of(doc):
        if not token.is_title or not token.is_alpha or token.is_sent_start:
            continue
        before = doc[token.i - 1] if token.i else None
        after_place = before is not None and (
            before.lower_ in _LOCATIVE_PREPOSITIONS
            # "the district of Varro", "the town of Surekh"
            or (before.lower_ == "of" and token.i > 1 and doc[token.i - 2].lower_ in _PLACE_NOUNS)
            or _whose_office(token)
        )
        seen[token.text] = seen.get(token.text, True) and after_place
    return {word for word, only in seen.items() if only}


#: Words of a title that give its owner without naming it ("the club's", "their").
_POSSESSIVES = frozenset({"'s", "’s", "his", "her", "its", "their"})


def _whose_office(token: Token) -> bool:
    """Whether ``token`` is the place or body a role is "of", right after it: "Lindholm" in
    "The mayor of Lindholm" (probe of 2026-11-28, second round: the tagger called the town a
    person, which took the mayor's title from her). A person is seldom the one a mayor or a
    minister is of; "the leader of Ashworth's party" is the party's."""
    doc = token.doc
    return (
        token.i > 1
        and doc[token.i - 1].lower_ == "of"
        and role_word(doc[token.i - 2].text) in ROLE_NOUNS
        and not (token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS")
    )


def _start(mention: Mention) -> int:
    return mention.start


@dataclass(frozen=True, slots=True)
class Mention:
    """Tokens ``start``..``end`` (exclusive) of the doc name person number ``person``."""

    start: int
    end: int
    person: int


def _is_name_word(token: Token) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


#: Police and military ranks and offices abbreviated before a name ("DI Hollis", "DCI Mark
#: Hollis", "Cpl Ana Ruiz", "Supt Tom Berg"), written as the press writes them.
_RANK_ABBREVIATIONS = frozenset(
    {
        "DI", "DCI", "DS", "DC", "DSI", "DCS", "PC", "PCSO", "Insp", "Supt", "Ch", "Cpl",
        "Pte", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Brig", "Sgt", "Det",
    }
)  # fmt: skip


def _name_tokens(ent: Span) -> tuple[list[Token], list[Token]]:
    """The name words of a PERSON entity and the title words it starts with."""
    tokens = list(ent)
    # A headline's verb swallowed by the entity ("Obama Says African-American Museum …"), or
    # letters after the name ("Fiona Hale KC").
    while tokens and (
        tokens[-1].tag_ == "POS"
        or (len(tokens) > 1 and tokens[-1].text.rstrip(".") in POST_NOMINALS)
        or not (_is_name_word(tokens[-1]) or _hyphen_tail(tokens))
        or (len(tokens) > 1 and tokens[-1].lower_ in _HEADLINE_VERBS)
    ):
        tokens.pop()
    # A cue opening its sentence before the name ("Said Dahl: …").
    while len(tokens) > 1 and tokens[0].lower_ in _HEADLINE_VERBS:
        tokens.pop(0)
    leading: list[Token] = []
    while tokens and (
        is_honorific(tokens[0].text)
        or role_word(tokens[0].text) in ROLE_NOUNS
        or (len(tokens) > 1 and tokens[0].lower_ in _MORE_ROLES)
        or (len(tokens) > 1 and tokens[0].text in _RANK_ABBREVIATIONS)
        or not (_is_name_word(tokens[0]) or _particles_then_name(tokens))
    ):
        leading.append(tokens.pop(0))
    return tokens, leading


#: Roles and occupations written right before or in apposition to a name, besides
#: ``ROLE_NOUNS``: "substitute Jonah Petrakis", "an external auditor, Tomasz Green,",
#: "Engineer Tomasz Whitlock said" (probe q6: the occupation was kept in the name); "his
#: barrister, Colin Prendergast," (court reports, probe of 2026-11-28, facts part).
_MORE_ROLES = frozenset(
    {"substitute", "auditor", "accountant", "striker", "winger", "midfielder", "defender",
     "goalkeeper", "keeper", "captain", "coach", "witness", "juror", "neighbour", "neighbor",
     "engineer", "economist", "analyst", "scientist", "researcher", "nurse", "lawyer",
     "architect", "pilot", "farmer", "teacher", "historian", "physicist", "biologist",
     "barrister", "solicitor", "paramedic",
     # A person defined by another, the name in apposition: "His opposition counterpart,
     # Rowena Castell," "Her rival for the leadership, Anders Holt," (probe of 2026-11-28,
     # second round: both names tagged as organisations, neither a person).
     "counterpart", "rival", "predecessor", "successor", "deputy", "opponent", "challenger"}
)  # fmt: skip


def _is_role_or_occupation(word: str) -> bool:
    return role_word(word) in ROLE_NOUNS or word.lower() in _MORE_ROLES


def _is_role(token: Token) -> bool:
    word = role_word(token.text)
    return token.is_lower and (word in ROLE_NOUNS or word in _MORE_ROLES)


def _person_beside_role(ent: Span) -> bool:
    """Whether an ORG or FAC entity is a person's name beside a role in lower case: right
    after it ("substitute Jonah Petrakis") or in apposition to it ("an external auditor,
    Tomasz Green,"); two or three capitalised words, none a place's or a body's."""
    if not 2 <= len(ent) <= 3:
        return False
    # A place or a work too when a common given name opens it: the tagger called "his
    # barrister, Colin Prendergast," a place.
    if ent.label_ not in ("ORG", "FAC") and not (
        ent.label_ in _MISREAD_NAME_LABELS and given_name_gender(ent[0].text) is not None
    ):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent) or _names_a_place_or_body(list(ent)):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and _is_role(before):
        return True
    root = ent.root
    return root.dep_ == "appos" and _is_role(root.head) and root.head.i < ent.start


#: Entity labels the tagger gives people's names that a common given name opens.
_MISREAD_NAME_LABELS = frozenset({"GPE", "LOC", "NORP", "PRODUCT", "WORK_OF_ART"})
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
#: A Gaelic or Norman patronymic, which names a person, as the last word of a name whose
#: first name no list holds ("Ewan MacAskill", "Rory McTeague", "Ailsa FitzGerald").
_PATRONYMIC = re.compile(r"(?:Mac|Mc|Fitz)[A-Z][a-z]+$")


def _speaking_given_name(ent: Span) -> bool:
    """Whether an entity of another type is a person's name as the subject of a verb of
    speech: a common given name and one or two more capitalised words, a hyphenated surname
    counting as one ("Hedda Lunde-Barros, a member of the fisheries committee, said", which
    the tagger calls an organisation); none a place's or a body's last word."""
    if ent.label_ not in ("ORG", "FAC", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"):
        return False
    words = [t for t in ent if t.text not in _JOINERS]
    if not 2 <= len(words) <= 3:
        return False
    if given_name_gender(words[0].text) is None and not _PATRONYMIC.match(words[-1].text):
        return False
    # Capitalised, not title-cased: "MacAskill", "DeLuca" have a capital inside.
    if not all(t.pos_ == "PROPN" and t.text[0].isupper() and not t.is_upper for t in words):
        return False
    if words[-1].lower_ in PLACE_OR_BODY_HEADS:
        return False
    root = ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH:
        return True
    # Or its surname speaks alone elsewhere: "Nadia Feld, as the widow Margit, is superb. …
    # Feld said she had spent two weeks on a boat".
    surname = words[-1]
    return any(
        t.text == surname.text
        and not (ent.start <= t.i < ent.end)
        and t.dep_ == "nsubj"
        and t.head.lemma_.lower() in SPEECH
        for t in ent.doc
    )


def _first_name_of(tokens: list[Token]) -> list[Token]:
    """The first name before a name the tagger cut (``_first_name_before``), with the pieces
    of a hyphenated one ("Seo-yeon Halloran", of which it tagged "Halloran"); [] when the word
    before is none."""
    if not _first_name_before(tokens):
        return []
    doc = tokens[0].doc
    first = tokens[0].i - 1
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
        and _is_name_word(doc[first - 2])
        and not doc[first - 2].ent_type_
    ):
        first -= 2
    return list(doc[first : tokens[0].i])


def _first_name_before(tokens: list[Token]) -> bool:
    """Whether the word before a name the tagger cut is its first name: a capitalised proper
    noun hung on its last word, no role, honorific or other entity ("Odile Fournier", of which
    the tagger made a person of "Fournier" only); before a name of two words or more, only a
    common given name ("Ana Belén Soto", tagged "Belén Soto"; probe 2026-11-28), as the word
    before a full name is more often a title or a place ("Harbour Ana Ruiz")."""
    surname = tokens[-1]
    if tokens[0].i == 0:
        return False
    word = surname.doc[tokens[0].i - 1]
    if len(tokens) > 1 and given_name_gender(word.text) is None:
        return False
    # The second piece of a hyphenated first name may be in lower case, and the tagger then
    # takes it for a common noun ("Seo-yeon").
    hyphenated = (
        word.i >= 2
        and word.doc[word.i - 1].text == "-"
        and not word.doc[word.i - 1].whitespace_
        and not word.doc[word.i - 2].whitespace_
        and word.doc[word.i - 2].is_title
        and word.text.isalpha()
    )
    return (
        ((word.pos_ == "PROPN" and word.is_title) or hyphenated)
        and word.dep_ == "compound"
        and word.head.i == surname.i
        and not word.ent_type_
        and role_word(word.text) not in ROLE_NOUNS
        and not is_honorific(word.text)
        and (_is_name_word(word) or hyphenated)
    )


#: Particles that open an Arabic surname after the given names ("al-Tamimi", "bin Salman").
_SURNAME_OPENERS = frozenset({"al", "el", "bin", "ibn", "bint"})


def _particle_surname_after(last: Token) -> list[Token]:
    """A surname opened by a particle right after a name the tagger ended before it: "Hussein
    Abdul-Karim al-Tamimi", of which it tagged "Hussein Abdul-Karim" (probe 2026-11-28: two
    people, "Al-Tamimi" speaking for the minister)."""
    doc = last.doc
    i = last.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in _SURNAME_OPENERS or doc[i].ent_type_:
        return []
    if doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        end = i + 2  # "al-Tamimi"
    elif doc[i].whitespace_:
        end = i + 1  # "bin Salman"
    else:
        return []
    if end >= len(doc) or not doc[end].is_title or doc[end].ent_type_ not in ("", "PERSON"):
        return []
    return list(doc[i : end + 1])


def _surname_after(first: Token) -> bool:
    """Whether the word after a first name the tagger took alone is its surname: a
    capitalised proper noun it is hung on, outside any other entity, neither a role nor a
    place's or body's word ("the Danish striker Mikkel Rask", of which the tagger made a
    person of "Mikkel" only)."""
    if first.i + 1 >= len(first.doc):
        return False
    word = first.doc[first.i + 1]
    return (
        first.dep_ == "compound"
        and first.head.i == word.i
        and word.pos_ == "PROPN"
        and word.is_title
        and not word.ent_type_
        and role_word(word.text) not in ROLE_NOUNS
        and word.lower_ not in PLACE_OR_BODY_HEADS
    )


def _given_name_read_as_title(word: Token, surname: Token) -> bool:
    """Whether a capitalised role word opening a person's name is a first name: one that
    follows a role in lower case hung, like it, on the surname ("Athletic manager Dean
    Foley": a second title would be hung on the first, as in "deputy Mayor Cole")."""
    if word.i == 0 or word.i + 1 != surname.i or not _is_name_word(word):
        return False
    role = word.doc[word.i - 1]
    return (
        _is_role(role)
        and role.head.i == surname.i
        and word.head.i == surname.i
        and role_word(word.text) in ROLE_NOUNS
    )


def _name_length(tokens: list[Token]) -> int:
    """How many words a name has, not counting hyphens and apostrophes nor a surname's
    particles: "Abdel-Rahman al-Masri" (six tokens) and "María José de la Fuente" are four
    (probe 2026-11-28: the governor's six tokens made him no person)."""
    return sum(t.text not in _JOINERS and t.lower_ not in NAME_PARTICLES for t in tokens)


def _particles_then_name(tokens: list[Token]) -> bool:
    """Whether the tokens open with a surname's particles ("van der Berg", "de Vries"): lower
    case words that belong to the name, not to a title before it."""
    count = 0
    while count < len(tokens) and tokens[count].lower_ in NAME_PARTICLES:
        count += 1
    return 0 < count < len(tokens) and _is_name_word(tokens[count])


def _modifies_a_noun(tokens: list[Token]) -> bool:
    """Whether a one-word "name" qualifies a common noun after it ("Lorry drivers", "Check
    points"): a word used so names a kind of thing, not a person."""
    if len(tokens) != 1:
        return False
    token = tokens[0]
    head = token.head
    return token.dep_ == "compound" and head.i == token.i + 1 and head.pos_ == "NOUN"


def _hyphen_tail(tokens: list[Token]) -> bool:
    """Whether the last token ends a hyphenated name word in lower case ("Jong-su",
    "Min-ji"): letters joined without spaces to a hyphen after a capitalised word."""
    if len(tokens) < 3 or tokens[-2].text != "-":
        return False
    head = tokens[-3]
    return (
        not head.whitespace_
        and not tokens[-2].whitespace_
        and _is_name_word(head)
        and tokens[-1].text.isalpha()
    )


def _trailing_name(phrase: list[Token]) -> list[Token] | None:
    """The last two name words of a role-and-name phrase (a hyphenated surname counts as
    one), when neither is a role word and a title is left before them."""
    names: list[Token] = []
    words = 0
    i = len(phrase) - 1
    while i >= 0 and words < 2:
        token = phrase[i]
        if token.text in _JOINERS:
            names.insert(0, token)
        elif _is_name_word(token) and role_word(token.text) not in ROLE_NOUNS:
            names.insert(0, token)
            if i == 0 or phrase[i - 1].text not in _JOINERS:
                words += 1
        else:
            return None
        i -= 1
    if words < 2 or i < 0 or names[0].text in _JOINERS or phrase[i].lower_ in _TITLE_LINKS:
        return None
    return names


def _name_after_role(phrase: list[Token], role: Token) -> list[Token] | None:
    """The words after a role in lower case that ends a title ("Opposition lawmaker | Juan
    Pablo Ortega Ruiz"), when they are two to ``MAX_NAME_WORDS`` name words and particles."""
    name = [t for t in phrase if t.i > role.i]
    if not name or not _is_name_word(name[0]) or not 2 <= _name_length(name) <= MAX_NAME_WORDS:
        return None
    if not all(_is_name_word(t) or t.text in _JOINERS or t.lower_ in NAME_PARTICLES for t in name):
        return None
    return name


def _honorific_gender(doc: Doc, start: int) -> Gender | None:
    """The gender an honorific just before token ``start`` gives ("Mr. Obama"), if any."""
    if start == 0:
        return None
    return HONORIFICS.get(doc[start - 1].text.lower().rstrip("."))


#: Lower-case words inside a capitalised title ("Secretary of State", "Work and Pensions
#: Secretary", "Minister for the Environment"), and a title's most words.
_TITLE_JOINERS = frozenset({"of", "and", "for", "the", "&"})
MAX_TITLE_WORDS = 6


def _title_before(doc: Doc, start: int, end: int) -> list[Token]:
    """Title words written just before the name at ``start``..``end``."""
    run: list[Token] = []
    j = start - 1
    while j >= 0:
        token = doc[j]
        if doc[j + 1].is_space:
            break
        if (
            token.is_punct
            or token.pos_ in {"VERB", "AUX"}  # "Riverside United sacked manager Colin Drabble"
            or token.tag_ in _TITLE_STOP_TAGS
            or token.ent_type_ in {"PERSON", "DATE", "TIME"}
            or token.dep_ not in {"compound", "amod", "nmod"}
            or not start - len(run) - 1 <= token.head.i < end
        ):
            break
        run.insert(0, token)
        j -= 1
    while run and is_honorific(run[-1].text):
        run.pop()
    while run and run[0].pos_ not in {"NOUN", "PROPN"} and run[0].dep_ != "amod":
        run.pop(0)
    if run and _is_role_or_occupation(run[-1].text):
        return run
    written = _capitalised_title_before(doc, start)
    return written if len(written) > len(run) else run


def _capitalised_title_before(doc: Doc, start: int) -> list[Token]:
    """A capitalised title written before a name and ending in a role, whatever the parse
    made of it: "Work and Pensions Secretary Claire Atherton", "US Secretary of State Rebecca
    Hollins" (the tagger reads "and" and "of State" as joining other phrases)."""
    j = start - 1
    run: list[Token] = []
    while j >= 0 and len(run) < MAX_TITLE_WORDS and not doc[j + 1].is_space:
        token = doc[j]
        if not (token.is_title or token.is_upper or token.lower_ in _TITLE_JOINERS):
            break
        if token.ent_type_ in {"PERSON", "DATE", "TIME"} or token.is_punct:
            break
        run.insert(0, token)
        j -= 1
    while run and (run[0].lower_ in _TITLE_JOINERS or not run[0].is_alpha):
        run.pop(0)
    # The role ends the title, or a complement follows it: "Secretary of State".
    for k, token in enumerate(run):
        rest = run[k + 1 :]
        if role_word(token.text) in ROLE_NOUNS and (not rest or rest[0].lower_ in _TITLE_JOINERS):
            return run
    return []


def _phrase_text(doc: Doc, tokens: list[Token]) -> str:
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    first, _, rest = text.partition(" ")
    if first.lower() in _LEADING_ARTICLES and rest:
        return f"{first.lower()} {rest}"
    return text


def _noun_phrase(head: Token) -> list[Token]:
    """``head`` with its left modifiers and short prepositional tail ("minister of finance")."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.i == end and child.right_edge.i - child.i < 8:
            end = child.right_edge.i + 1
        else:
            break
    return list(doc[head.left_edge.i : end])


def is_clock_time(token: Token) -> bool:
    """Whether ``token`` is a time of day written in figures ("15:50", "9.05"), as a live
    blog opens its entries with."""
    return _CLOCK_TIME.fullmatch(token.text) is not None


def _is_title_head(token: Token) -> bool:
    """Whether ``token`` heads a noun phrase that may be a person's title: a common noun, or a
    capitalised role ("the Chancellor", "The Housing Minister"), which the tagger makes a
    proper noun. Never a plural: one person holds no "Hospitals in the capital" (probe
    2026-11-29: "Hospitals in the capital, Marrak, said" made the city a titled person)."""
    if token.tag_ == "NNS":
        return False
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} and token.pos_ == "PROPN":
        return role_word(token.text) in ROLE_NOUNS
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and role_word(token.text) in ROLE_NOUNS)


#: Verbs that give their subject a role as complement ("became chief executive", "was
#: appointed finance minister", "is the mayor of Velgrad").
_TITLE_GIVING_VERBS = frozenset({"be", "become", "appoint", "name", "elect", "remain"})
#: Prepositions the tagger reads as adjectives when they open a sentence before a noun
#: ("Outside court, …"): a phrase they open is a place, never a title.
_FRONTED_PREPOSITIONS = frozenset({"outside", "inside", "near", "behind", "beyond"})
#: Verbs whose "as" phrase is a role held: "served as mayor", "worked as a nurse".
_SERVING_VERBS = frozenset({"serve", "work", "act"})


def _predicate_titles(root: Token) -> Iterable[list[Token]]:
    """Roles the name whose head is ``root`` is said to hold: "Hana Terzic became chief
    executive of the Lindmoor Water Company" (probe q5 gave the interviewee no title), also in
    a relative clause on the name and after "served as" ("Rafael Quintero, who served as mayor
    for 16 years, …", an obituary's opening)."""
    verbs = [root.head] if root.dep_ in _SUBJECT_DEPS else []
    # "Rafael Quintero, who served as mayor of Porto Lindo, …": a relative clause on the name.
    verbs += [
        c
        for c in root.children
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
    ]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma not in _TITLE_GIVING_VERBS | _SERVING_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        for child in verb.children:
            if child.i < verb.i:
                continue
            if child.dep_ in {"attr", "oprd"} and _is_occupation_noun(child):
                yield _noun_phrase(child)
            if child.dep_ == "prep" and child.lower_ == "as" and lemma in _SERVING_VERBS:
                # "served as mayor of Porto Lindo", "worked as a nurse"
                yield from (
                    _noun_phrase(g)
                    for g in child.children
                    if g.dep_ == "pobj" and _is_occupation_noun(g)
                )


def _is_occupation_noun(token: Token) -> bool:
    """A role or an occupation ("has been a lighthouse keeper for 31 years")."""
    return token.pos_ in {"NOUN", "PROPN"} and _is_role_or_occupation(token.text)


def _just_before(tokens: list[Token], name: Token) -> bool:
    """Whether only punctuation parts ``tokens`` from the name whose head is ``name``."""
    doc = name.doc
    return bool(tokens) and all(
        t.is_punct for t in tokens_of(doc)[tokens[-1].i + 1 : name.left_edge.i]
    )


def _appositive_titles(root: Token) -> Iterable[list[Token]]:
    """Noun phrases in apposition to the name whose head is ``root``: after it ("Kovacs, the
    country's opposition leader,") or before it ("The Housing Minister, Kwame Asante,")."""
    for child in root.children:
        if child.dep_ == "appos" and _is_title_head(child) and child.ent_type_ != "PERSON":
            phrase = _noun_phrase(child)
            # A role another name follows is that name's ("In an interview with Radio Velm,
            # the mayor, Peter Nagy, said": the parser hangs both on the station).
            if not _names_another(phrase) and not _name_follows(phrase):
                yield phrase
    head = root.head
    if (
        root.dep_ == "appos"
        and head.dep_ == "pobj"
        and head.head.lower_ in _TITLE_LINKS
        and not _is_role_or_occupation(head.text)
    ):
        # The parser hangs the name from the noun of the title's tail ("The director of the
        # museum, Sofia Marchetti"): the title is the noun the tail belongs to. A role is the
        # title itself ("a bid for their captain Joel Mensah": not "a bid").
        owner = head.head.head
        if owner.i < head.i and _is_title_head(owner) and owner.ent_type_ != "PERSON":
            head = owner
    if root.dep_ == "appos" and head.i < root.i:
        tokens: list[Token] = []
        if _is_title_head(head):
            # with its "of" tail ("The chief of staff, Owen Blake"), never reaching the name
            tokens = [t for t in _noun_phrase(head) if t.i < root.left_edge.i]
            while tokens and tokens[-1].is_punct:
                tokens.pop()
        if not _just_before(tokens, root):
            # The parser may hang both title and name on a noun before them ("Outside court,
            # the charity's chair, Grace Oduya, said": court; "In an interview with Radio
            # Velm, the mayor, Peter Nagy, said": the station): the title is the apposition
            # the name follows (probe q5: "Outside court" made the chair an organisation's
            # and dropped her from the people).
            for child in head.children:
                if child.dep_ == "appos" and child.i < root.i and _is_title_head(child):
                    phrase = [t for t in _noun_phrase(child) if t.i < root.left_edge.i]
                    if _just_before(phrase, root):
                        tokens = phrase
        if tokens and not _names_another(tokens):
            yield tokens


def _names_another(tokens: list[Token]) -> bool:
    """Whether another person's name is part of a title: it may own the title ("Leeds's
    mayor", "Kovacs's spokesman"; the tagger takes some places for people), never be in it.
    One capitalised word between a possessive and the role is the role's place or body,
    whatever the tagger says: a person's name does not follow "his" ("His Dunmore
    counterpart, Beth Arkwright,")."""
    return any(
        t.ent_type_ == "PERSON"
        and not _in_possessor(t)
        and not _after_possessive(t)
        and not _whose_office(t)
        for t in tokens
    )


def _after_possessive(token: Token) -> bool:
    """Whether ``token`` is one word between a possessive determiner and the noun it modifies
    ("Dunmore" in "His Dunmore counterpart")."""
    doc = token.doc
    return (
        token.dep_ == "compound"
        and token.i > 0
        and doc[token.i - 1].tag_ == "PRP$"
        and token.head.i == token.i + 1
    )


def _name_follows(tokens: list[Token]) -> bool:
    """Whether a person's name comes right after ``tokens``, past a comma."""
    doc = tokens[-1].doc
    i = tokens[-1].i + 1
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON"


def is_age(token: Token) -> bool:
    """Whether ``token`` heads an age standing for a person: "the 29-year-old" (probe q5: a
    tennis player's quote had no speaker)."""
    doc = token.doc
    if token.lower_ in {"year", "years"} and doc[token.i + 1 : token.i + 3].text == "-old":
        token = doc[token.i + 2]  # the parser may leave "old" out of the phrase
    if token.lower_ not in {"old", "year-old"}:
        return False
    years = next((c for c in token.lefts if c.lower_ in {"year", "years"}), None)
    number = years if years is not None else token
    return any(c.like_num for c in number.lefts) and not any(c.dep_ == "prep" for c in token.rights)


def _in_possessor(token: Token) -> bool:
    """Whether ``token`` is (part of) a possessor: "Leeds" in "Leeds's mayor"."""
    return token.dep_ == "poss" or (token.dep_ == "compound" and token.head.dep_ == "poss")


class PeopleIndex:
    """The people of one doc and where each is mentioned."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: list[Person] = []
        self._words: list[tuple[str, ...]] = []
        self._keys: list[tuple[str, ...]] = []
        self._genders: list[Gender | None] = []
        #: Pronoun votes on the gender of people whose names, honorifics and roles give none.
        self._guessed: dict[int, Counter[str]] = defaultdict(Counter)
        #: Genders the pronouns after a person's lone name gave (``_vote_genders``).
        self._voted: dict[int, Gender] = {}
        #: People who may be no person (``_find_doubts``), once the names are all found.
        self._doubts: set[int] | None = None
        self._mentions: list[Mention] = []
        self._person_at: dict[int, int] = {}
        self._by_role: dict[str, set[int]] = defaultdict(set)
        self._title_words: list[set[str]] = []
        self._positions: list[list[int]] = []
        self._locative_only: set[str] | None = None
        self._sent_starts = (
            [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        )
        quoted = find_quoted(text_of(doc))
        self._quote_starts = [q.start for q in quoted]
        self._quote_ends = [q.end for q in quoted]

    # -- building ----------------------------------------------------------------------

    def _person_for(
        self, words: tuple[str, ...], name: str, position: int, gender: Gender | None
    ) -> int:
        """The person ``words`` names: an earlier, fuller name containing them (of the gender
        an honorific gives, if any), else a new one."""
        words = tuple(w.lower() for w in words)
        candidates = [
            p
            for p, known in enumerate(self._keys)
            if (
                (len(words) == 1 and words[0] in known)
                or (words[0] == known[0] and words[-1] == known[-1])
                or known[-len(words) :] == words
            )
            and self._fits(p, gender)
        ]
        if len(words) == 1 and len(candidates) > 1:
            surname = [p for p in candidates if self._keys[p][-1] == words[0]]
            candidates = surname or candidates
        if len(candidates) > 1:
            return self._nearest_before(candidates, position)
        if candidates:
            return candidates[0]
        self._words.append(tuple(name.split()))
        self._keys.append(words)
        self.people.append(Person(name=name))
        self._genders.append(gender or given_name_gender(name.split()[0]))
        self._title_words.append(set())
        self._positions.append([])
        return len(self.people) - 1

    def _fits(self, person: int, gender: Gender | None) -> bool:
        """Whether ``person`` may be the one a mention of ``gender`` (None: any) names."""
        return gender is None or self._genders[person] in (gender, None)

    def _nearest_before(self, candidates: list[int], position: int) -> int:
        """Of ``candidates``, the one whose last mention before ``position`` is nearest."""
        best, best_at = candidates[0], -1
        for person in candidates:
            positions = self._positions[person]
            k = bisect_left(positions, position) - 1
            if k >= 0 and positions[k] > best_at:
                best, best_at = person, positions[k]
        return best

    def _add_mention(self, start: int, end: int, person: int) -> None:
        self._mentions.append(Mention(start, end, person))
        insort(self._positions[person], start)
        for i in range(start, end):
            self._person_at[i] = person
        self.people[person].mentions += 1

    def _add_title(self, person: int, tokens: list[Token]) -> None:
        while tokens and is_clock_time(tokens[0]):
            tokens = tokens[1:]  # a live blog's time opening the paragraph ("15:50 Minister …")
        if not tokens or len(tokens) > MAX_TITLE_TOKENS or tokens[0].like_num:
            return
        if tokens[0].lower_ in _FRONTED_PREPOSITIONS:
            # A place phrase the parser read as a noun phrase with the name in apposition
            # ("Outside court, Maya Lindgren, said": "court" made her an organisation).
            return
        text = _phrase_text(self.doc, tokens)
        titles = self.people[person].titles
        if text.lower() not in (t.lower() for t in titles):
            titles.append(text)
        for token in tokens:
            word = role_word(token.text)
            self._title_words[person].add(word)
            if any(c.tag_ == "POS" for c in token.children):
                self._title_words[person].add("'s")  # "the club's": an owner left unnamed
            # An occupation names its one holder later as a role does ("The 45-year-old
            # farmer Tom Wilde … ‘…,’ the farmer said"; probe 2026-11-29 left "the farmer").
            if word in ROLE_NOUNS or word in GENDERED_ROLES or word in _MORE_ROLES:
                self._by_role[word].add(person)
            if word in GENDERED_ROLES and self._genders[person] is None:
                self._genders[person] = GENDERED_ROLES[word]

    def build(self) -> PeopleIndex:
        """Find names, titles and genders, then count surname, role and pronoun mentions."""
        doc = self.doc
        named: list[tuple[Span, list[Token], list[Token]]] = []
        for ent in ents_of(doc):
            if (
                ent.label_ != "PERSON"
                and not _person_beside_role(ent)
                and not _speaking_given_name(ent)
            ):
                continue
            tokens, leading = _name_tokens(ent)
            if len(tokens) == 1 and leading and _given_name_read_as_title(leading[-1], tokens[0]):
                tokens = [leading.pop(), *tokens]  # "manager Dean Foley": not a dean
            if tokens and not leading:
                tokens = [*_first_name_of(tokens), *tokens]  # "Odile" + the tagged "Fournier"
            if len(tokens) == 1 and _surname_after(tokens[0]):
                tokens = [*tokens, doc[tokens[0].i + 1]]  # the tagged "Mikkel" + "Rask"
            if tokens:
                tokens += _particle_surname_after(tokens[-1])  # "Hussein Abdul-Karim" + "al-Tamimi"
            if (
                tokens
                and _name_length(tokens) <= MAX_NAME_WORDS
                and not _modifies_a_noun(tokens)
                and not _names_a_place_or_body(tokens)
                and not _named_after_outlet_noun(tokens)
                and not self._only_a_place(tokens)
            ):
                named.append((ent, tokens, leading))
        named += self._untagged_full_names([tokens for _, tokens, _ in named])
        # Fullest names first, so that "Kovacs" finds "Maria Kovacs" wherever it stands.
        order = sorted(named, key=lambda n: (-len(n[1]), n[1][0].i))
        for ent, tokens, leading in order:
            words = tuple(t.text for t in tokens if t.text not in _JOINERS)
            name = doc[tokens[0].i : tokens[-1].i + 1].text
            honorific = _honorific_gender(doc, tokens[0].i)
            person = self._person_for(words, name, tokens[0].i, honorific)
            self._add_mention(tokens[0].i, tokens[-1].i + 1, person)
            if honorific and self._genders[person] is None:
                self._genders[person] = honorific
            titles = [t for t in leading if not is_honorific(t.text)]
            before = _title_before(doc, min(ent.start, tokens[0].i), tokens[-1].i + 1)
            if before and titles and before[-1].i + 1 == titles[0].i:
                titles = before + titles
            self._add_title(person, titles or before)
            # The parser hangs an apposition on the letters after the name ("Fiona Hale KC,
            # the defence barrister,"), which are no longer part of it.
            root = ent.root if ent.root.text.rstrip(".") in POST_NOMINALS else tokens[-1]
            for phrase in _appositive_titles(root):
                if before and before[0].i <= phrase[0].i and phrase[-1].i <= before[-1].i:
                    continue  # a piece of the title before the name, misparsed
                self._add_title(person, phrase)
            for phrase in _predicate_titles(root):
                self._add_title(person, phrase)
        self._find_titled_speakers()
        self._find_apposed_names()
        self._fold_lone_surnames()
        self._mentions.sort(key=lambda m: m.start)
        self._find_bare_surnames()
        self._find_role_mentions()
        self._doubts = self._find_doubts()
        self._vote_genders()
        self._link_pronouns()
        return self

    def _untagged_full_names(
        self, names: list[list[Token]]
    ) -> list[tuple[Span, list[Token], list[Token]]]:
        """Full names the tagger missed whose surname it tagged a person elsewhere, alone
        ("Marguerite Osei, who kept the lighthouse, …" untagged, "Osei said" a person): each
        is that person's name, as it is when the tagger cut the first name off."""
        lone = {tokens[0].text for tokens in names if len(tokens) == 1}
        found = []
        for token in tokens_of(self.doc):
            if token.text in lone and (not token.ent_type_ or self._lone_other_entity(token)):
                first = _first_name_of([token])
                if first:
                    found.append((self.doc[first[0].i : token.i + 1], [*first, token], []))
        return found

    def _lone_other_entity(self, token: Token) -> bool:
        """Whether ``token`` is an entity of another type all by itself, which a surname the
        tagger calls a person elsewhere is too ("Seo-yeon Halloran runs the bakery", of which
        it made a place of "Halloran", beside "Ms Halloran said" as a person)."""
        nxt = token.i + 1
        return (
            token.ent_type_ != "PERSON"
            and token.ent_iob_ == "B"
            and (nxt >= len(self.doc) or self.doc[nxt].ent_iob_ != "I")
        )

    def _only_a_place(self, tokens: list[Token]) -> bool:
        """Whether a one-word name stands only where a place does, after "in", "through" or
        "near", wherever the text names it ("In Varro, coverage is as low as 61 percent")."""
        if len(tokens) != 1 or given_name_gender(tokens[0].text) is not None:
            return False
        if self._locative_only is None:
            self._locative_only = _locative_only_words(self.doc)
        return tokens[0].text in self._locative_only

    def _find_titled_speakers(self) -> None:
        """Speakers the entity tagger missed: the subject of a verb written as a role and a
        capitalised name ("Commissioner for the Environment Folake Adeyemi-Hart told
        reporters …", "Chief Superintendent Daniel Okwu of Harlowgate Police rejected that")
        becomes a person with that role as a title."""
        doc = self.doc
        for verb in tokens_of(doc):
            if verb.pos_ != "VERB":
                continue
            # The parser may split title and name into two subjects of the verb.
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
            if not subjects or any(s.i in self._person_at for s in subjects):
                continue
            if self._add_name_after_role(subjects[-1]):
                continue
            last = subjects[-1]
            end = last.right_edge.i + 1
            for child in last.rights:  # "Mayor Ana Ruiz of Port Avel": where, not who
                if child.dep_ == "prep" and child.lower_ in _PLACE_PREPOSITIONS:
                    end = child.i
                    break
                if child.is_punct or child.dep_ in {"relcl", "appos", "acl"}:
                    end = child.i  # "Engineer Tomasz Whitlock, who inspected the roof, said"
                    break
            phrase = list(doc[subjects[0].left_edge.i : end])
            words = [t for t in phrase if t.text not in _JOINERS]
            # A capitalised title opens the phrase ("Commissioner for the Environment …"), or
            # a capitalised word and a role in lower case ("Opposition lawmaker Beatriz Lobo").
            role_at = next(
                (k for k, t in enumerate(words[:2]) if _is_role_or_occupation(t.text)), None
            )
            # A role in lower case ends the title: all after it is the name ("Opposition
            # lawmaker Juan Pablo Ortega Ruiz"), and a word before it the tagger called a
            # person is the role's team or place ("Dalby coach Emeka Obi"; probe 2026-11-28).
            role = words[role_at] if role_at is not None else None
            lower_role = role is not None and role.is_lower
            if (
                len(words) < 3
                or role is None
                or not words[0].text[:1].isupper()
                or any(
                    (t.ent_type_ == "PERSON" or t.i in self._person_at)
                    and not (lower_role and t.i < role.i)
                    for t in phrase
                )
                or not all(
                    _is_name_word(t) or t.lower_ in _TITLE_LINKS or k == role_at
                    for k, t in enumerate(words)
                )
            ):
                continue
            name = _name_after_role(phrase, role) if lower_role else _trailing_name(phrase)
            if name is None:
                continue
            title = [t for t in phrase if t.i < name[0].i]
            person = self._person_for(
                tuple(t.text for t in name if t.text not in _JOINERS),
                doc[name[0].i : name[-1].i + 1].text,
                name[0].i,
                None,
            )
            self._add_mention(name[0].i, name[-1].i + 1, person)
            self._add_title(person, title)

    def _fold_lone_surnames(self) -> None:
        """A person known by one word that is the surname of exactly one fuller name found
        after the tagger's names (by a role it missed: "Opposition lawmaker Beatriz Lobo
        said … “…,” Lobo said") is that person."""
        fuller: dict[str, list[int]] = defaultdict(list)
        for person, key in enumerate(self._keys):
            if len(key) > 1:
                fuller[key[-1]].append(person)
        into = {
            person: fuller[key[0]][0]
            for person, key in enumerate(self._keys)
            if len(key) == 1
            and len(fuller.get(key[0], ())) == 1
            and self._fits(fuller[key[0]][0], self._genders[person])
        }
        if not into:
            return
        for lone, person in into.items():
            self.people[person].mentions += self.people[lone].mentions
            for title in self.people[lone].titles:
                if title not in self.people[person].titles:
                    self.people[person].titles.append(title)
            self._title_words[person] |= self._title_words[lone]
            for position in self._positions[lone]:
                insort(self._positions[person], position)
            self._genders[person] = self._genders[person] or self._genders[lone]
        kept = [p for p in range(len(self.people)) if p not in into]
        number = {old: new for new, old in enumerate(kept)}

        def renumbered(person: int) -> int:
            return number[into.get(person, person)]

        self._mentions = [Mention(m.start, m.end, renumbered(m.person)) for m in self._mentions]
        self._person_at = {i: renumbered(p) for i, p in self._person_at.items()}
        for role, holders in self._by_role.items():
            self._by_role[role] = {renumbered(p) for p in holders}
        self.people = [self.people[p] for p in kept]
        self._words = [self._words[p] for p in kept]
        self._keys = [self._keys[p] for p in kept]
        self._genders = [self._genders[p] for p in kept]
        self._title_words = [self._title_words[p] for p in kept]
        self._positions = [self._positions[p] for p in kept]

    def _find_apposed_names(self) -> None:
        """Names the entity tagger missed, or took for a place or an organisation, known by a
        role in apposition after them ("Georgia Mills, the trade secretary, welcomed …",
        "Ana Ruiz, the mayor of Port Avel, said") or, as a verb's subject, by an age ("De
        Vries, 58, denies …"): each becomes a person, with the role as a title."""
        doc = self.doc
        for token in tokens_of(doc):
            if token.dep_ != "appos":
                continue  # asked first: ``token.head`` makes a new Token
            head = token.head
            if head.i > token.i:
                continue
            if token.pos_ == "PROPN" and _is_role_or_occupation(head.text):
                self._add_name_after_role(head)  # "a former bank executive, Dirk de Vries,"
                continue
            if head.pos_ != "PROPN":
                continue
            role = (
                token.pos_ in {"NOUN", "PROPN"}
                and role_word(token.text) in ROLE_NOUNS
                and not _name_follows(_noun_phrase(token))  # the role of the name after it
            )
            # set off by commas: "(39-18)" after a team is its record (probe q5 made "The
            # Mariners" a person of 39)
            age = (
                head.dep_ in _SUBJECT_DEPS
                and token.text.isdecimal()
                and MIN_AGE <= int(token.text) <= MAX_AGE
                and doc[token.i - 1].text == ","
            )
            name = list(doc[head.left_edge.i : head.i + 1])
            words = [t for t in name if t.text not in _JOINERS]
            if (
                not (role or age)
                or not 2 <= len(words) <= MAX_NAME_WORDS
                or not _is_name_word(name[0])
                or not all(_is_name_word(t) or t.lower_ in NAME_PARTICLES for t in words)
                or any(t.i in self._person_at for t in name)
            ):
                continue
            person = self._person_for(
                tuple(t.text for t in words), doc[name[0].i : head.i + 1].text, name[0].i, None
            )
            self._add_mention(name[0].i, head.i + 1, person)
            if role:
                self._add_title(person, _noun_phrase(token))

    def _add_name_after_role(self, role: Token) -> bool:
        """A role with a name in apposition ("Its managing director, Emeka Balogun, said", "a
        former bank executive, Dirk de Vries,"): the name becomes a person with the role as a
        title, when the tagger missed it. An occupation counts as a role here ("Pike's
        barrister, Hugo Dane," with only "Hugo" tagged, as an event: probe 2 held-out)."""
        if not _is_role_or_occupation(role.text):
            return False
        for child in role.rights:
            if child.dep_ != "appos" or child.pos_ != "PROPN":
                continue
            name = [t for t in child.subtree if t.i <= child.i]
            if (
                len(name) < 2
                or len(name) > MAX_NAME_WORDS
                or not _is_name_word(name[0])
                or not all(
                    (_is_name_word(t) or t.lower_ in NAME_PARTICLES) and t.pos_ == "PROPN"
                    for t in name
                )
                or any(t.i in self._person_at for t in name)
                or _names_a_place_or_body(name)  # "The auditor, Castlebrook Homes,"
            ):
                return False
            person = self._person_for(
                tuple(t.text for t in name if t.text not in _JOINERS),
                self.doc[name[0].i : name[-1].i + 1].text,
                name[0].i,
                None,
            )
            self._add_mention(name[0].i, name[-1].i + 1, person)
            title = [t for t in role.subtree if t.i < name[0].i and not t.is_punct]
            self._add_title(person, [t for t in title if t.tag_ not in _TITLE_STOP_TAGS])
            return True
        return False

    def _surname_speaking(self, token: Token, people: list[int]) -> bool:
        """Whether a word the tagger did not take for a name ("Drabble" tagged an adjective)
        is a known surname, written as in the full name, as the subject of a speech verb
        ("Drabble said he was proud")."""
        return (
            token.dep_ in _SUBJECT_DEPS
            and token.head.lemma_.lower() in SPEECH
            and any(self._words[p][-1] == token.text for p in people)
        )

    def _find_bare_surnames(self) -> None:
        """Name words the tagger missed as PERSON ("Kovacs, the opposition leader, …")."""
        by_word: dict[str, list[int]] = defaultdict(list)
        for person, words in enumerate(self._keys):
            by_word[words[-1]].append(person)
        if not by_word:
            return
        added = False
        for token in tokens_of(self.doc):
            people = by_word.get(token.lower_)
            if not people or token.i in self._person_at:
                continue
            if token.tag_ not in {"NNP", "NNPS"} and not self._surname_speaking(token, people):
                continue
            if self._whole_surname(token, people):
                pass  # "Mbeki-Hart said", the tagger's organisation: the surname and no more
            elif token.ent_type_ and token.ent_type_ != "PERSON" and token.ent_iob_ != "B":
                continue
            ent_end = token.i + 1
            if token.ent_type_ and token.ent_type_ != "PERSON" and token.ent_iob_ == "B":
                # Part of a longer organisation or place name ("Clinton Foundation").
                nxt = self.doc[ent_end] if ent_end < len(self.doc) else None
                if nxt is not None and nxt.ent_iob_ == "I":
                    continue
            honorific = _honorific_gender(self.doc, token.i)
            fitting = [p for p in people if self._fits(p, honorific)]
            if not fitting:
                continue
            person = fitting[0] if len(fitting) == 1 else self._nearest_before(fitting, token.i)
            start = token.i
            # Back over the rest of the name: at most MAX_NAME_WORDS words and the joiners
            # between them (an unbounded walk made a run of one repeated capitalised word
            # quadratic: 52 s for 20,000 words).
            floor = max(0, token.i - 2 * MAX_NAME_WORDS)
            while start > floor and (
                self.doc[start - 1].lower_ in self._keys[person]
                or (self.doc[start - 1].text in _JOINERS and start > 1)
            ):
                start -= 1
            self._add_mention(start, token.i + 1, person)
            for phrase in _appositive_titles(token):
                self._add_title(person, phrase)
            added = True
        if added:
            self._mentions.sort(key=lambda m: m.start)

    def _whole_surname(self, token: Token, people: list[int]) -> bool:
        """Whether ``token`` ends an entity of another type that is just a person's surname of
        several words ("Mbeki-Hart", which the tagger calls an organisation)."""
        if not token.ent_type_ or token.ent_type_ == "PERSON" or token.ent_iob_ == "B":
            return False
        start = token.i
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        nxt = token.i + 1
        if nxt < len(self.doc) and self.doc[nxt].ent_iob_ == "I":
            return False  # the entity goes on past the surname
        words = tuple(
            t.lower_ for t in tokens_of(self.doc)[start : token.i + 1] if t.text not in _JOINERS
        )
        # The tagger calls a courtesy title and a surname an organisation too ("Ms Ogundipe
        # said"): the title is no part of the name.
        while len(words) > 1 and is_honorific(words[0]):
            words = words[1:]
        return any(
            len(words) < len(self._keys[p]) and self._keys[p][-len(words) :] == words
            for p in people
        )

    def _find_role_mentions(self) -> None:
        """Definite role nouns that stand for one titled person ("the minister said")."""
        added = False
        for token in tokens_of(self.doc):
            if (
                token.pos_ not in {"NOUN", "PROPN"}
                or token.dep_ in {"compound", "amod"}
                or role_word(token.text) not in self._by_role
                or not any(c.lower_ == "the" and c.dep_ == "det" for c in token.lefts)
                or any(c.i in self._person_at for c in token.children)
            ):
                continue
            person = self._resolve_role(token)
            if person is not None:
                self._add_mention(token.i, token.i + 1, person)
                added = True
        if added:
            self._mentions.sort(key=lambda m: m.start)

    def _sentence_of(self, token_index: int) -> int:
        return bisect_right(self._sent_starts, token_index) - 1

    def most_mentioned_before(self, token_index: int) -> str | None:
        """The name of the person mentioned most in the doc among those mentioned before token
        ``token_index`` (the first of them on a tie), else None: the subject of an interview
        whose questions start there."""
        first_seen: dict[int, int] = {}
        for mention in self._mentions:
            if mention.start < token_index:
                first_seen.setdefault(mention.person, mention.start)
        if not first_seen:
            return None
        best = min(first_seen, key=lambda p: (-self.people[p].mentions, first_seen[p]))
        return self.people[best].name

    def in_quote(self, char: int) -> bool:
        """Whether character offset ``char`` lies inside a quotation."""
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and char < self._quote_ends[k]

    def _vote_genders(self) -> None:
        """Guess unknown genders from pronouns that follow one named person unambiguously."""
        votes: dict[int, Counter[str]] = defaultdict(Counter)
        starts = [m.start for m in self._mentions]
        for token in tokens_of(self.doc):
            gender = PERSON_PRONOUNS.get(token.lower_)
            if gender is None or token.dep_ not in _SUBJECT_DEPS or self.in_quote(token.idx):
                continue
            sentence = self._sentence_of(token.i)
            floor = self._sent_starts[max(sentence - 1, 0)]
            k = bisect_left(starts, token.i) - 1
            seen: set[int] = set()
            while k >= 0 and self._mentions[k].start >= floor:
                mention = self._mentions[k]
                if not self.in_quote(self.doc[mention.start].idx) and (
                    mention.person not in (self._doubts or ())
                ):
                    seen.add(-1 if self._subject_first(mention)[0] else mention.person)
                k -= 1
            if len(seen) == 1 and -1 not in seen:
                votes[seen.pop()][gender] += 1
        for person, counts in votes.items():
            if self._genders[person] is not None or person in self._voted:
                continue
            (top, n), *rest = counts.most_common()
            # A clear majority: pronouns after a lone name are right far more often than not.
            if not rest or n >= 2 * rest[0][1]:
                self._voted[person] = top  # type: ignore[assignment]

    def _link_pronouns(self) -> None:
        """Resolve every "he"/"she" in text order; one outside quotations becomes a mention
        itself, so that a chain of pronouns keeps its person ("Clinton … She … she said"), and
        gives a person of unknown gender a guess at its gender. A guess is no more than the
        pronouns' vote: a later pronoun of the other gender that no one else fits may still
        stand for the person, and so undo it ("Ferreira said Idowu had approved invoices,
        which he controlled … she said"). A "he" or "she" inside a quotation gives none: it
        is rarely the speaker ("“He told me he wanted to play,” she added")."""
        for token in tokens_of(self.doc):
            if token.lower_ not in PERSON_PRONOUNS:
                continue
            person = self.resolve_pronoun(token)
            if person is None:
                continue
            outside = not self.in_quote(token.idx)
            gender = PERSON_PRONOUNS[token.lower_]
            if self._genders[person] is None and outside:
                # "Ada Sorensen met Tomas Brenner. … she said. … he said": once "she" is
                # Sorensen, a later "he" is not.
                if self._voted.get(person, gender) != gender:
                    del self._voted[person]  # a vote is a guess too
                if person not in self._voted:
                    self._guessed[person][gender] += 1
            self.people[person].mentions += 1
            if token.dep_ in _SUBJECT_DEPS and outside:
                insort(self._mentions, Mention(token.i, token.i + 1, person), key=_start)

    def _gender(self, person: int, guessed: bool = True) -> Gender | None:
        """The gender of ``person``: known from a name, honorific or role, else (unless
        ``guessed`` is off) the one most pronouns resolved to the person gave, if any."""
        known = self._genders[person]
        if known is not None or not guessed:
            return known
        if person in self._voted:
            return self._voted[person]
        votes = self._guessed.get(person)
        if not votes:
            return None
        (top, n), *rest = votes.most_common()
        return None if rest and rest[0][1] == n else top  # type: ignore[return-value]

    def _find_doubts(self) -> set[int]:
        """The people who may well be no person: known by one word that is no common given
        name, with no title, honorific or gendered role, and never the subject of a verb of
        speech (the tagger's "Dunmore" in "Dunmore has fewer nurses than ever")."""
        speaking = {m.person for m in self._mentions if self._speaks(m)}
        return {
            p
            for p in range(len(self.people))
            if len(self._keys[p]) == 1
            and self._genders[p] is None
            and not self.people[p].titles
            and p not in speaking
        }

    def _speaks(self, mention: Mention) -> bool:
        head = self.doc[mention.end - 1]
        while head.dep_ in _NAME_LINK_DEPS and head.head.i != head.i:
            head = head.head
        return head.dep_ in _SUBJECT_DEPS and head.head.lemma_.lower() in SPEECH

    # -- resolving ---------------------------------------------------------------------

    def resolve_pronoun(self, token: Token) -> int | None:
        """The person a "he"/"she" (any case) stands for: the earliest subject, else earliest
        mention, of the nearest sentence naming a person of that gender (or of unknown gender);
        names inside quotations do not count for a pronoun outside them. A pronoun inside a
        clause of its sentence stands first for the subject of a clause above it ("Ferreira
        told the jury that Idowu had approved invoices, which he controlled": Idowu). None when
        someone new and unnamed ("a spokesman") is the nearer subject, or no one fits.

        People whose gender only pronouns guessed, and one-word names that may be no person
        (a place the tagger took for one), are looked at only when no one else fits."""
        gender = PERSON_PRONOUNS.get(token.lower_)
        if gender is None or not self._mentions:
            return None
        person, blocker = self._resolve(token, gender, strict=True)
        if person is None and blocker is None:
            person, _ = self._resolve(token, gender, strict=False)
        return person

    def unnamed_antecedent(self, token: Token) -> Token | None:
        """The unnamed subject a "he"/"she" stands for when no named person is nearer ("A
        witness, who gave her name only as Leanne, told the paper … “…,” she said": the
        witness), else None."""
        gender = PERSON_PRONOUNS.get(token.lower_)
        if gender is None:
            return None
        return self._resolve(token, gender, strict=True)[1]

    def _resolve(
        self, token: Token, gender: Gender | None, strict: bool
    ) -> tuple[int | None, Token | None]:
        """``resolve_pronoun``'s search, with guessed genders and doubtful people (``strict``)
        or without; also the unnamed subject that blocked it, if one did. A ``gender`` of None
        (an age standing for a person) fits anyone."""

        if self._doubts is None:
            self._doubts = self._find_doubts()
        doubts = self._doubts

        def fits(person: int) -> bool:
            if strict and person in doubts:
                return False
            return gender is None or self._gender(person, guessed=strict) in (gender, None)

        outside = not self.in_quote(token.idx)
        sentence = self._sentence_of(token.i)
        above = self._subject_above(token, fits)
        if above is not None:
            return above, None
        k = bisect_left(self._mentions, token.i, key=_start) - 1
        counted = 0
        ceiling = (
            token.i
        )  # where the sentence looked at ends: the pronoun, then the next one's start
        asked = _asked_about(token)
        for current in range(sentence, -1, -1):
            floor = self._sent_starts[current]
            # Sentences that open inside a quotation do not use up the window.
            counted += not (outside and self.in_quote(self.doc[floor].idx))
            if counted > PRONOUN_WINDOW_SENTENCES + 1:
                return None, None
            group: list[Mention] = []
            while k >= 0 and self._mentions[k].start >= floor:
                mention = self._mentions[k]
                k -= 1
                if outside and self.in_quote(self.doc[mention.start].idx):
                    continue
                if mention.start in asked:
                    continue
                if fits(mention.person):
                    group.append(mention)
            exact = [m for m in group if self._gender(m.person, strict) == gender] or group
            best = min(exact, key=self._subject_first) if exact else None
            main = [m for m in group if self._main_subject(m)]
            if best is not None and main and not self._main_subject(best):
                # "Hana Okafor said Delgado had benefited … ‘…,’ she said": the subject of
                # the sentence's own verb, not a name in what it reports, even when only
                # the reported one's gender is known.
                best = min(main, key=lambda m: (self._gender(m.person, strict) != gender, m.start))
                return best.person, None
            if best is not None and not self._subject_first(best)[0]:
                return best.person, None  # a named subject
            unnamed = self._unnamed_subject(floor, ceiling, gender)
            if unnamed is not None:
                # "A Quillon spokesman said … He said …": the pronoun is the unnamed
                # subject's, not an older name's.
                return None, unnamed
            if best is not None:
                return best.person, None
            ceiling = floor
        return None, None

    def _subject_above(self, token: Token, fits: Callable[[int], bool]) -> int | None:
        """The person named as the subject of a clause that the pronoun ``token``'s own clause
        hangs from, the nearest first, before the pronoun in its sentence: "which he
        controlled" in "Idowu had approved invoices, which he controlled", "he" in "Ferreira
        said he would appeal". A pronoun that is its sentence's main subject has none. The
        subject of the pronoun's own verb counts only for a possessive ("Kovacs said her
        party …"), never for an object ("Kovacs praised her")."""
        node = token
        own = True
        while node.head.i != node.i:
            node = node.head
            if node.pos_ in {"VERB", "AUX"} or node.dep_ == "ROOT":
                for subject in node.children:
                    if subject.dep_ not in _SUBJECT_DEPS or subject.i >= token.i:
                        continue
                    if subject.i == token.i or (own and token.dep_ != "poss"):
                        continue
                    person = self._person_at.get(subject.i)
                    if person is not None and fits(person):
                        return person
                own = False
        return None

    def _unnamed_subject(self, start: int, end: int, gender: Gender | None) -> Token | None:
        """Someone new and unnamed who is a subject outside quotations between tokens
        ``start`` and ``end``: a role noun after "a" or "an" ("A Quillon spokesman said", "A
        witness, who …, told"), of a gender that fits. "The nominee" is left alone: in news it
        most often refers back to a named person (PolNeAR dev: "The Republican presidential
        nominee noted … He said")."""
        for token in tokens_of(self.doc)[start:end]:
            if token.dep_ not in _SUBJECT_DEPS or token.i in self._person_at:
                continue
            word = role_word(token.lemma_)
            if (word not in ROLE_NOUNS and word not in _MORE_ROLES) or self.in_quote(token.idx):
                continue
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            if indefinite and GENDERED_ROLES.get(word, gender) == gender:
                return token
        return None

    def _main_subject(self, mention: Mention) -> bool:
        """Whether a mention is the subject of its sentence's main verb."""
        head = self.doc[mention.end - 1]
        while head.dep_ in _NAME_LINK_DEPS and head.head.i != head.i:
            head = head.head
        return head.dep_ in _SUBJECT_DEPS and head.head.dep_ == "ROOT"

    def _subject_first(self, mention: Mention) -> tuple[bool, int]:
        head = self.doc[mention.end - 1]
        while head.dep_ in _NAME_LINK_DEPS and head.head.i != head.i:
            head = head.head
        return head.dep_ not in _SUBJECT_DEPS, mention.start

    def _resolve_role(self, head: Token) -> int | None:
        """The one person holding the role ``head`` names ("the minister"), else None."""
        candidates = self._by_role.get(role_word(head.text))
        if not candidates:
            return None
        modifiers = {
            role_word(t.text)
            for t in head.lefts
            if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "PROPN", "ADJ"}
        }
        fitting = [p for p in candidates if modifiers <= self._title_words[p]]
        if not fitting:
            # A name before the role says whose it is ("The Portland sporting director") when
            # the title gave the owner by a possessive only ("The club's sporting director,
            # Ines Calado,"); a title without one ("Housing Minister") stays unmatched.
            named = {
                role_word(t.text) for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
            }
            fitting = [
                p
                for p in candidates
                if modifiers - named <= self._title_words[p] and self._title_words[p] & _POSSESSIVES
            ]
        if not fitting and len(candidates) == 1:
            # "the hospital spokeswoman" and, later, "The spokeswoman, Priya Raman": a bare
            # role title fits whatever the mention adds to it.
            only = next(iter(candidates))
            if self._title_words[only] - _LEADING_WORDS <= {role_word(head.text)}:
                fitting = [only]
        return fitting[0] if len(fitting) == 1 else None

    def _person_in(self, span: Span) -> int | None:
        root = span.root
        if root.i in self._person_at:
            return self._person_at[root.i]
        if root.tag_ == "NNS":
            return None  # a plural is no one person, whoever is named beside it
        found: set[int] = set()
        for token in span:
            person = self._person_at.get(token.i)
            if person is None:
                continue
            node = token
            while node.i != root.i and node.dep_ in _NAME_LINK_DEPS and span.start <= node.i:
                node = node.head
            if node.i == root.i:
                found.add(person)
        return found.pop() if len(found) == 1 else None

    def person_for(self, span: Span) -> int | None:
        """The index in ``people`` of the person ``span`` mentions, else None."""
        person = self._person_in(span)
        if person is not None:
            return person
        root = span.root
        if root.lower_ in PERSON_PRONOUNS:
            return self.resolve_pronoun(root)
        if is_age(root):
            # "…,” the 29-year-old said": someone just named, as "he" or "she" would be.
            person, blocker = self._resolve(root, None, strict=True)
            if person is None and blocker is None:
                person, _ = self._resolve(root, None, strict=False)
            return person
        if root.pos_ in {"NOUN", "PROPN"}:
            return self._resolve_role(root)
        return None

    def name_for(self, span: Span) -> str | None:
        """The ``Person.name`` that ``span`` mentions (full name, surname, "he"/"she", or a
        role such as "the minister" that exactly one person holds), else None."""
        person = self.person_for(span)
        return None if person is None else self.people[person].name

    def name_for_word(self, word: str) -> str | None:
        """The one person whose surname is ``word`` in any case ("PENCE" in a transcript)."""
        matches = {
            p.name
            for p, words in zip(self.people, self._words, strict=True)
            if words[-1].lower() == word.lower()
        }
        return matches.pop() if len(matches) == 1 else None


def find_people(doc: Doc) -> PeopleIndex:
    """Every person ``doc`` names, with titles and mention counts, and a mention resolver."""
    return PeopleIndex(doc).build()


def _asked_about(pronoun: Token) -> range:
    """The tokens of an "Asked …" clause opening the pronoun's clause: who is asked about
    there is not who answers ("Asked whether Marsh would testify, he said: …" is his
    lawyer's answer; probe 2026-11-29 gave it to Marsh). An empty range when there is none."""
    verb = pronoun.head
    for child in verb.lefts:
        if (
            child.dep_ == "advcl"
            and child.lemma_.lower() == "ask"
            and child.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            return range(child.left_edge.i, child.right_edge.i + 1)
    return range(0)
