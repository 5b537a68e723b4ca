"""Quotes and who said them: direct quotes found from their marks and the cue beside them,
indirect speech, beliefs and intentions found from the parse of a cue verb, and "according to".

``find_quote_spans`` returns ``Attribution``s, which keep the spans behind each quote (content
fragments, cue, speaker mention) for evaluation; ``find_quotes`` projects them to ``Quote``.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.facts.cues import (
    ADJECTIVE_CUES,
    AGENDA_CUES,
    ANNOUNCING_CUES,
    AS_CUES,
    BELIEF,
    BODY_NOUNS,
    CUE_LEMMAS,
    DEED_CUES,
    DISPLAYING_NOUNS,
    GRATITUDE_CUES,
    INTENTION,
    NOUN_CUES,
    OBJECT_CUES,
    OBJECT_TAILS,
    RECIPIENT_CUES,
    SPEECH,
    SUMMONED_NOUNS,
    TOPIC_PREPOSITIONS,
    is_cue_verb,
    lemma,
)
from dateline.facts.entities import ORGANIZATION_NOUNS
from dateline.facts.nlp import ents_of, text_of, tokens_of
from dateline.facts.people import PeopleIndex
from dateline.facts.quote_marks import ALL_MARKS, MARK_TOKENS, QuotedSpan, find_quoted
from dateline.facts.roles import PERSON_PRONOUNS, ROLE_NOUNS, role_word
from dateline.facts.speakers import (
    FIGURE_NOUNS,
    MEDIA_NOUNS,
    apposed_name,
    issuer,
    mention_span,
    past_tense_read_as_participle,
    reported_group,
    set_off_last,
    speaker_name,
    subject_of,
)
from dateline.model import Quote, QuoteKind

#: Word tokens between a closing quote mark and its cue verb ("…,” the regional minister
#: said"). On PolNeAR dev (``python -m benchmarks.facts``) 4 lost 0.2 points of direct-quote
#: speaker accuracy and 7 and 10 scored the same.
MAX_RIGHT_CUE_GAP = 7
#: Tokens between a cue verb and the opening mark of the quote it introduces ("he told
#: reporters in Ohio on Friday: “…”"). On PolNeAR dev 5 lost 0.6 points of direct-quote
#: speaker accuracy and 10 and 15 scored the same.
MAX_LEFT_CUE_GAP = 10
#: A quote with no cue counts as a quote only from this many words (shorter ones are scare
#: quotes or titles: the "up and up", “Crooked Hillary”). On PolNeAR dev 3, 5 and 8 gave the
#: same content F1 and direct-quote speaker accuracy 0.900, 0.905 and 0.908.
MIN_UNCUED_WORDS = 5
#: Farthest a sentence start is looked for before a quote opening mid-sentence, in characters
#: (a bound on the scan: 150, 300 and 600 scored the same on PolNeAR dev).
MAX_LEAD_CHARS = 300
#: A headline-like line is at most this many words and lacks closing punctuation (PolNeAR
#: dev titles are 4–15 words).
MAX_HEADLINE_WORDS = 20
_SENTENCE_END = frozenset(".?!")
#: Claimed ranges starting before a range that are checked for overlap with it; claimed
#: ranges rarely nest more than a few deep (a quote, the indirect speech around it).
_NEIGHBOURS = 6
_CONTENT_DEPS_ALWAYS = frozenset({"ccomp"})
#: Punctuation that can open an aside inside a clause (", which …", "— a metaphor for …").
_ASIDE_OPENERS = frozenset({",", "—", "–", "--"})
#: Words opening a concession the narrator adds after what was said (", although he again
#: refused …").
_CONCESSIVE = frozenset({"although", "though", "whereas", "while"})
#: Tags that open a new clause: a word after a quote with one of these is not a cue's subject.
_CLAUSE_OPENERS = frozenset({"WRB", "WDT", "WP", "IN", "CC"})
#: Entity types of a name in front of a noun cue that holds it ("Trump claims", "NATO plans").
_HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Verbs whose subject issues the noun cue they take as object ("made a decision", "issued a
#: warning", "voiced concern"); verbs that react to one ("rejected the claim") are not here.
_ISSUING_VERBS = frozenset(
    {"make", "issue", "express", "voice", "offer", "give", "deliver", "raise", "share", "pose"}
    | {"lodge", "file", "reiterate", "repeat", "renew", "release", "publish", "send", "post"}
    | {"have"}
)
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})
_GROUP_PRONOUNS = frozenset({"it", "they"})
#: Plural things and events that never speak: "… because the talks are private. They
#: cautioned that …" is the sources cautioning, not the talks.
_MUTE_PLURALS = frozenset(
    {
        "talk", "negotiation", "discussion", "result", "figure", "number", "price", "rate",
        "cost", "plan", "rule", "measure", "change", "cut", "sale", "share", "market", "stock",
        "election", "vote", "event", "meeting", "hearing", "case", "charge", "fund", "tax",
        "fee", "term", "deal", "details", "effort", "problem", "issue", "concern", "question",
    }
)  # fmt: skip
#: A wire dateline opening a paragraph: "LONDON (Wire) - ", "KASTOR, Verania (Wire) — ",
#: "WASHINGTON — ", "Lagos (Reuters) - ". A place in mixed case needs its agency.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.'’ -]{1,30}){0,2}(?:\s*\([^()\n]{1,30}\))?"
    r"|[A-Z][\w.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,30}){0,2}\s*\([^()\n]{1,30}\))"
    r"\s*(?:--|[-–—])\s+(?=[A-Z0-9“\"‘])"
)
#: Sentences before an "it"/"they" speaker searched for the group it stands for (a
#: judgement: the antecedent of a subject pronoun is rarely further back).
_ANTECEDENT_SENTENCES = 2
#: How far back (characters) an "It said" may find the organisation that spoke before it.
_GROUP_REACH_CHARS = 300
#: Trailing punctuation that belongs to the content ("fallen by up to 35%").
_KEPT_AT_END = frozenset({"%", "‰"})
#: Objects of a cue that name whom it was said to ("told reporters", "asked the minister").
_AUDIENCES = frozenset(
    {"reporters", "journalists", "crowd", "audience", "supporters", "lawmakers", "council",
     "committee", "court", "jury", "students", "listeners", "viewers", "readers"}
)  # fmt: skip


def _states_more(cue: Token) -> bool:
    """Whether a cue after a closed quote says something of its own: a clause (not a
    participle aside such as "adding that …"), or an object that is not an addressee."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "advcl" and child.tag_ != "VBG"):
            return True
        if child.dep_ in ("dobj", "dative") and not (
            child.pos_ in ("PRON", "PROPN")
            or child.lower_ in _AUDIENCES
            or role_word(child.lemma_) in ROLE_NOUNS
        ):
            return True
    return False


#: A phrase opening the sentence after a quote that points back at its words: the
#: sentence's subject said them ("With those words, the minister left the chamber").
_ECHOING_OPENER = re.compile(
    r"\s*(?P<phrase>With\s+(?:th(?:ose|ese)\s+(?:words|remarks)|that|this)),\s*(?=\S)"
)
#: An indirect "quote" that is only one of these words reports nothing ("when told to").
_BARE_PARTICLES = frozenset({"to", "too"})
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "name"})
#: The verbs of a sentence whose speaker goes on in a quote after it (``_said_before``): speech,
#: naming, and speaking of itself ("Brandt spoke after the match. “…”").
_SAID_BEFORE_VERBS = SPEECH | _NAMING_VERBS | {"speak", "talk"}
#: Marks of a name given to whom "call" names ("called Kovacs ‘a liar’").
_NAMING_MARKS = MARK_TOKENS | {"‘", "’", "'"}
#: Texts that "read" what they say ("the letter reads", "the sign read").
_TEXT_NOUNS = (
    MEDIA_NOUNS
    | FIGURE_NOUNS
    | frozenset(
        {"sign", "banner", "placard", "headline", "caption", "notice", "text", "note", "plaque"}
        | {"inscription", "card", "poster", "petition", "motion", "resolution", "verdict", "order"}
    )
)
_PERSONAL_PRONOUNS = frozenset(
    {"he", "she", "i", "we", "you", "him", "her", "me", "us", "them", "himself", "herself"}
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quote with the character spans behind it (end exclusive): the content ``fragments``
    (two for a quote split by its cue), the ``cue`` and the speaker ``source`` mention."""

    fragments: tuple[tuple[int, int], ...]
    kind: QuoteKind
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    speaker: str | None
    text: str

    @property
    def start(self) -> int:
        """Offset of the first character of the content."""
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        """Offset just past the last character of the content."""
        return self.fragments[-1][1]

    def to_quote(self, doc_text: str) -> Quote:
        """The public ``Quote``; the parts of a split quote are joined by " … "."""
        cue = doc_text[self.cue[0] : self.cue[1]] if self.cue else None
        return Quote(self.text, clean_name(self.speaker), self.kind, cue, self.start, self.end)


def clean_name(name: str | None) -> str | None:
    """A speaker's or source's name as it leaves the stage: one space between words, none
    around them (a dateline blanked to spaces before parsing padded "  The Port Authority"),
    and None for a name of nothing but spaces."""
    if name is None:
        return None
    return " ".join(name.split()) or None


#: A line opening with a name and a colon; the name is one to three words, capitalised.
_SPEAKER_LINE = re.compile(
    r"^[ \t\xa0]*[\"“]?(?P<name>(?:[A-Z][A-Za-z.’'-]+ ?){1,3})(?P<colon>:)[ \t\xa0]+"
    r"(?P<said>[^\n]*\w[^\n]*)$",
    re.M,
)
#: Capitalised labels before a colon that are not speakers.
_NOT_SPEAKERS = frozenset(
    {
        "UPDATE",
        "BREAKING",
        "WATCH",
        "READ",
        "NOTE",
        "CORRECTION",
        "PHOTOS",
        "PHOTO",
        "VIDEO",
        "SOURCE",
        "SOURCES",
        "WARNING",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "EDITOR'S",
        "LIVE",
        "Q",
        "A",
    }
)


#: A line of an interview printed as questions and answers: "Q: …" / "A. …" (or "Question:",
#: "Answer:").
_INTERVIEW_LINE = re.compile(
    r"^[ \t\xa0]*(?P<label>Q|A|Question|Answer)[:.][ \t\xa0]+(?P<said>[^\n]*\w[^\n]*)$", re.M
)
#: A line of text, as the body's paragraphs are.
_LINE = re.compile(r"[^\n]*\S[^\n]*")
#: The most words an interviewer's question printed as a paragraph of its own has ("How did
#: it feel to get the call?"); a longer paragraph ending in a question mark is more often a
#: writer's own, or a quoted one.
MAX_QUESTION_WORDS = 30
#: Quotation marks: an answer holding one is read by the quote finders, not taken whole.
_QUOTE_CHARACTERS = frozenset('"“”„«»')
#: A paragraph break inside a quote and the opening mark that continues the quote after it.
_REOPENED = re.compile(r"\s*\n\s*[\"“‘«„]\s*")
#: A run of line breaks and the spaces around them: one paragraph break however many blank
#: lines make it.
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
#: A dash and a capitalised word right after a closing quote mark ("…” ― Pamela Padilla").
_DASH_NAME = re.compile(r"[ \t\xa0]*[—–―-][ \t\xa0]*(?=[A-Z])")


def _is_quote_cue(token: Token) -> bool:
    """Whether ``token`` can introduce a direct quote: a verb of speech or belief, "put it"
    ("as Lind put it, “…”"), or "read" with a text as its subject ("…,” the letter reads)."""
    if (is_cue_verb(token) and lemma(token) in SPEECH | BELIEF) or _puts_it(token):
        return True
    return (
        token.tag_.startswith("VB")
        and token.lemma_.lower() == "read"
        and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in _TEXT_NOUNS or c.lower_ == "it")
            for c in token.children
        )
    )


def _thing_subject(verb: Token) -> bool:
    """Whether a verb's subject is a common noun that names no person, group or text that
    speaks ("the finding", "the plan"; not "the minister", "the union", "the report")."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and role_word(subject.lower_) not in ROLE_NOUNS
        and subject.lemma_.lower() not in ORGANIZATION_NOUNS | _SPEAKING_NOUNS | _TEXT_NOUNS
    )


def _is_plural(head: Token) -> bool:
    """Whether a mention headed by ``head`` is plural: a plural noun or a coordination."""
    return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in head.children)


def _puts_it(verb: Token) -> bool:
    """Whether ``verb`` is the "put it" of "as Kovacs put it", "she put it bluntly": it cues
    the words it frames."""
    return (
        verb.tag_.startswith("VB")
        and verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


def _organisation_of(subject: Token) -> Token | None:
    """The organisation a plural subject belongs to by "in" or "of" ("Shares in Norvane",
    "Workers of the agency"), which an "it" after it may stand for; None for any other."""
    if subject.tag_ not in {"NNS", "NNPS"}:
        return None
    owners = [
        owner
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}
        for owner in prep.children
        if owner.dep_ == "pobj"
        and owner.tag_ in {"NN", "NNP"}
        and (owner.ent_type_ == "ORG" or owner.lemma_.lower() in ORGANIZATION_NOUNS)
    ]
    if not owners:
        return None
    # The parser may hang the name of "the shipping group Norvane" on the subject.
    named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "ORG"]
    return next((o for o in owners if o.ent_type_ == "ORG"), None) or (named or owners)[0]


def _past_leading_when(doc: Doc, first: int, last: int) -> int:
    """``first`` moved past a date or time that opens a reported clause and the "that" after
    it: wire copy puts when it was said between the cue and the clause ("said on Monday it
    would pay …", "said Monday the bridge would reopen", "said at the time that …"), and the
    parser hangs the date on the clause, so it opened the content (probe 2026-11-29). A date
    that belongs to a noun ("last week's storm killed …") is no clause's phrase and stays."""
    phrase = doc[first]
    while phrase.dep_ not in {"prep", "npadvmod"} and phrase.head.left_edge.i == first:
        if phrase.head.i == phrase.i:
            return first
        phrase = phrase.head
    if phrase.dep_ not in {"prep", "npadvmod"} or phrase.right_edge.i >= last:
        return first
    words = [t for t in phrase.subtree if t.i != phrase.i or phrase.dep_ == "npadvmod"]
    if not all(t.ent_type_ in _WHEN_ENTITIES for t in words):
        return first
    after = phrase.right_edge.i + 1
    if doc[after].lower_ == "that" and doc[after].dep_ in {"mark", "advmod"} and after < last:
        after += 1
    return after


def _clause_read_as_object(verb: Token) -> list[Token]:
    """The object of "say" when the parser read the clause "say" reports as a noun and a
    participle describing it: in "said the effect held across all ages" it made "effect" the
    object and "held" a participle of it (probe). "Say" takes no such object in news."""
    for child in verb.rights:
        if child.dep_ == "dobj" and any(
            c.dep_ == "acl" and c.i == child.i + 1 and c.tag_ in {"VBD", "VBN"}
            for c in child.children
        ):
            return [child]
    return []


def _reported_agentless_passive(verb: Token) -> bool:
    """Whether a passive cue without an agent is inside what another cue reports: "Hospitals
    have been told to prepare for more admissions, a spokesman said" is the spokesman's,
    whose content the told-nobody "to prepare …" would otherwise claim first (probe)."""
    children = list(verb.children)
    return (
        verb.dep_ == "ccomp"
        and is_cue_verb(verb.head)
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def _organisation_speaking(subject: Token) -> bool:
    """Whether an organisation speaks in its sentence: the subject of a cue, or of a verb
    issuing a statement ("The Ministry of Agriculture issued a statement on Sunday: “…”";
    probe 2026-11-28: no speaker, an organisation being no person)."""
    if subject.ent_type_ != "ORG" and subject.lemma_.lower() not in ORGANIZATION_NOUNS:
        return False
    verb = subject.head
    return is_cue_verb(verb) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEDIA_NOUNS for c in verb.children
    )


def _is_passive_modifier(verb: Token) -> bool:
    """Whether ``verb`` is a past participle describing a noun ("a group called Lashkar", "the
    law challenged in court"): the noun is what the verb acts on, and no one is quoted. On
    PolNeAR dev such cues gave 7 attributions, none of them matching an annotated one."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not past_tense_read_as_participle(verb)


def _is_person(token: Token) -> bool:
    """A named person or a personal pronoun."""
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSONAL_PRONOUNS


#: Bodies that hear evidence: what they "heard" was said by someone else before them.
_LISTENING_NOUNS = frozenset(
    {"court", "jury", "tribunal", "inquiry", "inquest", "hearing", "panel", "magistrate",
     "magistrates", "committee", "judge", "jurors", "justices"}
)  # fmt: skip


def _listening_body(subject: Token) -> bool:
    """Whether ``subject`` heads a court, jury or hearing ("the court", "a jury at Kestrel
    Crown Court", "Wexcombe Crown Court")."""
    words = [t.lower_ for t in subject.subtree]
    return subject.lower_ in _LISTENING_NOUNS or any(w in ("court", "tribunal") for w in words)


#: What someone speaks on that is the terms of speaking, not its topic.
_TERMS_OF_SPEAKING = frozenset({"condition", "background", "record"})


def _agent(verb: Token) -> Token | None:
    """Who a passive verb says does it: the object of its "by" phrase, unless that is a time
    ("endorsed by the union", not "published by Monday")."""
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.ent_type_ not in {"DATE", "TIME"}:
                return agent
    return None


def _is_misread_verb(noun: Token) -> bool:
    """Whether a plural noun heading its sentence is a cue verb the tagger read as a noun, its
    subject as a modifier: "The Clinton campaign plans to …", "Trump charges that …"."""
    return (
        noun.tag_ == "NNS"
        and noun.dep_ == "ROOT"
        and lemma(noun) in CUE_LEMMAS
        and any(c.dep_ == "compound" for c in noun.lefts)
    )


#: Common nouns for people who speak, besides roles: "officials said …", "residents said …".
_SPEAKING_NOUNS = frozenset(
    {"official", "resident", "witness", "expert", "analyst", "critic", "source", "spokesperson",
     "people", "voter", "worker", "parent", "student", "doctor", "scientist", "researcher",
     "lawyer", "activist", "campaigner", "protester", "farmer", "driver", "passenger"}
)  # fmt: skip
#: Verbs whose object, or whose "to"/"with" object, an introduction says was interviewed.
_ASKING = frozenset({"ask", "interview", "question", "speak", "talk", "sit", "meet"})
#: ... of which these name the one asked whoever asks.
_QUESTIONING = frozenset({"ask", "interview", "question"})
#: Dependencies of a clause or phrase that describes a noun ("who called the plan “…”").
_MODIFIER_DEPS = frozenset({"relcl", "acl", "appos"})
#: Heads climbed from a quote's first word to the clause or phrase holding it, at most.
MAX_MODIFIER_HOPS = 8
#: What a negated cue's span takes in before the verb: its negation and auxiliaries.
_NEGATION_DEPS = frozenset({"neg", "aux", "auxpass"})


def _subjectless_opener(verb: Token) -> bool:
    """Whether a cue is a participle opening its sentence with no subject of its own, before a
    clause that reports nothing ("Asked about the criticism, the mayor smiled"): the
    question's topic, not what anyone said."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and not is_cue_verb(verb.head)
    )


#: A speaker's role set off by commas before the name ("…, a senior spokesman, Ida Roe,
#: said"): its most words and their parts of speech.
MAX_ROLE_WORDS = 5
_ROLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART"})


def _told_before(words: Span) -> bool:
    """Whether ``words`` hold a speech verb in the simple past with its own subject ("the
    port will be delayed, the harbour master told a meeting"): a statement made at one time,
    which its subject speaks whoever reports it after. A present or perfect report ("Bloomberg
    reports that …", "Police have said …") is a standing position that "according to" sums up:
    PolNeAR dev gives those to the "according to" source (speakers right 1352 → 1351 when they
    too were the subject's)."""
    return any(
        verb.tag_ == "VBD"
        and lemma(verb) in SPEECH
        and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
        for verb in words
    )


def _according_to(preposition: Token) -> bool:
    """Whether a preposition is the "to" of "according to"."""
    return (
        preposition.lower_ == "to"
        and preposition.i > 0
        and preposition.doc[preposition.i - 1].lower_ == "according"
    )


class _Finder:
    """One pass over a doc: direct quotes first, then cue verbs, then "according to"."""

    def __init__(self, doc: Doc, people: PeopleIndex) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.people = people
        self.quoted = find_quoted(self.text)
        self._quote_starts = [q.start for q in self.quoted]
        self._token_starts = [t.idx for t in tokens_of(doc)]
        self.found: list[Attribution] = []
        self.used_cues: set[int] = set()
        self.claimed: list[tuple[int, int]] = []

    # -- helpers -----------------------------------------------------------------------

    def token_at(self, char: int) -> Token:
        return self.doc[max(bisect_right(self._token_starts, char) - 1, 0)]

    def _opens_sentence(self, token: Token) -> bool:
        """Whether ``token`` is the first word of its sentence or line."""
        before = self.text[self.text.rfind("\n", 0, token.idx) + 1 : token.idx].rstrip()
        return not before or before.rstrip("".join(ALL_MARKS) + "’'")[-1:] in _SENTENCE_END

    def same_paragraph(self, a: int, b: int) -> bool:
        return "\n" not in self.text[min(a, b) : max(a, b)]

    def is_headline_like(self, char: int) -> bool:
        """Whether the line holding ``char`` reads as a headline (short, no closing stop)."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        line = self.text[start : end if end >= 0 else len(self.text)].strip()
        line = line.rstrip("".join(ALL_MARKS) + "’' ")
        return len(line.split()) <= MAX_HEADLINE_WORDS and not line.endswith(tuple(_SENTENCE_END))

    def subject(self, verb: Token) -> Token | None:
        """The subject of a cue verb, never taken from inside a quotation the verb is not in."""
        inside = self.people.in_quote(verb.idx)
        # A passive cue's source is its agent ("has been endorsed by the union").
        agent = _agent(verb)
        if agent is not None and self.people.in_quote(agent.idx) == inside:
            return agent
        # A perfect is active: "now that Cruz has endorsed Trump" is Cruz endorsing.
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        if (
            (verb.tag_ == "VBN" or self._participle_lead(verb))
            and not perfect
            and not past_tense_read_as_participle(verb)
            and (verb.dep_ in {"advcl", "acl"} or any(c.dep_ == "auxpass" for c in verb.children))
        ):
            # A passive cue with no agent names no speaker: "Asked about the device, O'Neill
            # said …" and "she was criticized for …" say who was asked or criticized, not who
            # asked or criticized.
            return None
        reporter = self._reporting_verb(verb)
        if reporter is not None:
            return self.subject(reporter)
        # Never from inside a quotation the verb is outside of (or the reverse), nor from
        # another paragraph (a heading the parser ran into the sentence).
        subject = subject_of(
            verb,
            lambda t: (
                self.people.in_quote(t.idx) != inside or not self.same_paragraph(t.idx, verb.idx)
            ),
        )
        if subject is None and verb.dep_ in {"ROOT", "ccomp"}:
            subject = self._person_before(verb)
        if subject is not None and lemma(verb) == "hear" and _listening_body(subject):
            # "The court heard that …", "…, a jury at Kestrel Crown Court heard": the court
            # is told what a witness or counsel said; it says nothing itself.
            return None
        return subject

    @staticmethod
    def _reporting_verb(verb: Token) -> Token | None:
        """The speech verb whose reported clause a cue was wrongly hung from: a participle after
        a comma ("The minister said the talks had failed, adding that …": the minister adds,
        not the talks; ", citing …", ", saying …"), or a tensed verb joined to a modal's verb
        ("… would declare … and suggested that …")."""
        # A past or present verb joined to a bare verb under a modal cannot share it:
        # "May said the country would declare … and suggested that …" is May suggesting.
        tensed_conj = (
            verb.dep_ == "conj"
            and verb.tag_ in {"VBD", "VBZ"}
            and verb.head.tag_ == "VB"
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        )
        participle = (
            verb.tag_ == "VBG"
            and verb.dep_ == "advcl"
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
        )
        # A speech verb joined to a reported clause about a thing cannot be the thing's:
        # "Dahl said the finding was promising but warned against …" is Dahl warning.
        thing_said = (
            verb.dep_ == "conj"
            and lemma(verb) in SPEECH
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            and _thing_subject(verb.head)
        )
        if not (tensed_conj or participle or thing_said):
            return None
        clause = verb.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        head = clause.head
        if clause.dep_ == "ccomp" and is_cue_verb(head) and lemma(head) in SPEECH:
            return head
        return None

    def _object_is_content(self, verb: Token, cue: str, obj: Token) -> bool:
        """Whether the direct object of an object cue is what is attributed: not whom "call"
        or "question" summons ("called police", "police questioned the driver"; but "called
        Kovacs ‘a liar’"), not a quality someone "shows" ("the team showed great spirit"; a
        poll's finding and "showed support for …" are), and not an item on a deliberative
        body's agenda ("the parliament will debate a relief bill"). On PolNeAR dev these rules
        dropped four unmatched attributions and no matched one; dropping every such object
        ("called the hearing", "discussed the test" are annotated) lost 14 matches."""
        if cue in {"call", "question"}:
            known = self.people.person_for(self.doc[obj.i : obj.i + 1]) is not None
            if not (known or _is_person(obj)) and obj.lemma_.lower() not in SUMMONED_NOUNS:
                return True
            return cue == "call" and any(t.text in _NAMING_MARKS for t in obj.subtree)
        if cue in GRATITUDE_CUES:
            return False
        if cue in RECIPIENT_CUES:
            known = self.people.person_for(self.doc[obj.i : obj.i + 1]) is not None
            return not (known or _is_person(obj))
        if cue not in AGENDA_CUES and cue != "show":
            return True
        subject = self.subject(verb)
        if subject is None:
            return True
        if cue == "show":
            displays = _is_person(subject) or subject.lemma_.lower() in DISPLAYING_NOUNS
            return not displays or lemma(obj) in NOUN_CUES
        return (
            subject.lemma_.lower() not in BODY_NOUNS
            or self.people.person_for(self.doc[subject.i : subject.i + 1]) is not None
        )

    def _participle_lead(self, verb: Token) -> bool:
        """Whether ``verb`` is a past participle opening its sentence that the tagger read as a
        past tense ("Asked whether he would resign, the minister said no" after a heading): an
        adverbial clause without a subject, first in its sentence or after "when", "if" or
        "once"."""
        if verb.tag_ != "VBD" or verb.dep_ != "advcl":
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
            return False
        before = verb.i - 1
        if before >= 0 and self.doc[before].lower_ in {"when", "if", "once"}:
            before -= 1
        return before < 0 or self.doc[before].is_space or self.doc[before + 1].is_sent_start

    def _person_before(self, verb: Token) -> Token | None:
        """A known person's name right before a verb the parser left without a subject ("In
        a meeting with the board of the Post Trump said …")."""
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ in {"ADV", "AUX", "PART"}:
            i -= 1
        if i > 0 and self.doc[i].text == "," and self.doc[i - 1].ent_type_ == "PERSON":
            i -= 1  # a name in apposition closed by its comma: "…, a spokesman, Ida Roe, said"
        if i < 0 or self.doc[i].pos_ != "PROPN":
            return None
        name = self.doc[i]
        return name if self.people.person_for(self.doc[i : i + 1]) is not None else None

    def _add(
        self,
        fragments: list[tuple[int, int]],
        kind: QuoteKind,
        cue: tuple[int, int] | None,
        source: Token | None,
    ) -> None:
        fragments = [(s, e) for s, e in fragments if e > s]
        if not fragments:
            return
        first_start, first_end = fragments[0]
        while first_start < first_end and self.text[first_start].isspace():
            first_start += 1  # (a dateline blanked out by ``analyze.without_dateline``)
        fragments[0] = (first_start, first_end)
        if first_start == 0 or self.text[first_start - 1] == "\n":
            # A wire lead's content starts after its dateline ("LONDON (Wire) - Oil prices
            # rose …, traders said"): the place and agency are no part of what was said.
            opener = _DATELINE.match(self.text, first_start, first_end)
            if opener is not None and opener.end() < first_end:
                fragments[0] = (opener.end(), first_end)
        last_start, last_end = fragments[-1]
        while last_end > last_start and self.text[last_end - 1] in " ,;:\n":
            last_end -= 1
        fragments[-1] = (last_start, last_end)
        if kind == "indirect" and self._reports_nothing(fragments):
            return
        mention = mention_span(source) if source is not None else None
        speaker = speaker_name(mention, self.people) if mention is not None else None
        if speaker is None and source is not None and source.lower_ == "i":
            speaker = self._enclosing_speaker(source.idx)
        if speaker is None and source is not None and source.lower_ in _GROUP_PRONOUNS:
            group = reported_group(source)
            speaker = (
                speaker_name(mention_span(group), self.people)
                if group is not None
                else self._reporting_group(source)
                or self._group_said_before(source)
                or self._group_antecedent(source)
            )
        span = (source.idx, source.idx + len(source.text)) if source is not None else None
        if mention is not None and len(mention) <= 12:
            span = (mention.start_char, mention.end_char)
        if cue is not None:
            cue = self._with_negation(cue)
        text = " … ".join(self.text[s:e].strip().rstrip(",") for s, e in fragments)
        if "\n" in text:  # a quote over paragraphs reopens each with a mark: not its words
            text = _REOPENED.sub("\n\n", text)
        self.found.append(Attribution(tuple(fragments), kind, cue, span, speaker, text))
        for fragment in fragments:
            insort(self.claimed, fragment)

    def _with_negation(self, cue: tuple[int, int]) -> tuple[int, int]:
        """A cue's span, widened over its negation and the auxiliaries before it when it is
        negated ("did not confirm", "has never said", "didn't claim"), so that a reader, and
        ``claims``, see that it is no statement of what follows."""
        verb = self.token_at(cue[0])
        if verb.idx != cue[0] or not any(c.dep_ == "neg" for c in verb.children):
            return cue
        before = [c for c in verb.children if c.dep_ in _NEGATION_DEPS and c.i < verb.i]
        return (min(c.idx for c in before), cue[1]) if before else cue

    def _reports_nothing(self, fragments: list[tuple[int, int]]) -> bool:
        """Whether an indirect attribution holds nothing said: a bare particle ("when told
        to by emergency services") or only a date ("said in a statement on Tuesday").

        A negated cue ("has not said which side she backs") still attributes: PolNeAR
        annotates such stances, and dropping them cost 0.3 points of content F1 there."""
        last_start, last_end = fragments[-1]
        if self.text[last_start:last_end].strip().lower() in _BARE_PARTICLES:
            return True
        tokens = [
            t
            for start, end in fragments
            for t in self.doc.char_span(start, end, alignment_mode="expand") or ()
            if not t.is_punct and not t.is_space
        ]
        return bool(tokens) and all(t.ent_type_ in _WHEN_ENTITIES for t in tokens)

    def _group_said_before(self, pronoun: Token) -> str | None:
        """The organisation or group an "It"/"They" opening a sentence stands for: the speaker
        of the attribution just before, when that is no person ("Sarem Petroleum said a fire
        broke out. It said no one was injured.")."""
        # Also right after a quote ("…,” it adds.", "…,” they said.").
        after_quote = pronoun.i > 0 and self.doc[pronoun.i - 1].text in MARK_TOKENS
        if not (pronoun.i == pronoun.sent.start or after_quote) or not self.found:
            return None
        # The last attribution before the pronoun in the text (``found`` is in the order of
        # the passes, not of the text).
        before = max(
            (a for a in self.found if a.end <= pronoun.idx), key=lambda a: a.end, default=None
        )
        if before is None:
            return None
        speaker = before.speaker
        if (
            speaker is None
            or before.source is None
            or pronoun.idx - before.end > _GROUP_REACH_CHARS
        ):
            return None
        mention = self.doc.char_span(*before.source, alignment_mode="expand")
        if mention is None or self.people.person_for(mention) is not None:
            return None  # a person is "he" or "she", never "it"
        return speaker if _is_plural(mention.root) == (pronoun.lower_ == "they") else None

    def _group_antecedent(self, pronoun: Token) -> str | None:
        """The group or organisation an "it"/"they" speaker stands for: the nearest subject
        before it, outside quotations, in its sentence or the ``_ANTECEDENT_SENTENCES`` before,
        that agrees with it: a plural noun or a coordination for "they" ("Fishermen in
        Portvale say … “…,” they said."), an organisation or a text for "it" ("the report
        says … It also points out …"). A person is never "it" or "they"."""
        if pronoun.head.lemma_ == "be" and pronoun.head.pos_ == "AUX":
            return None  # "It is worth noting that …" stands for nothing
        first = pronoun.sent.start
        for _ in range(_ANTECEDENT_SENTENCES):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        for token in reversed(self.doc[first : pronoun.i]):
            # "According to the foundation, … Rates have doubled, it said": the source named
            # by "according to" is as much a speaker as a subject.
            according = token.dep_ == "pobj" and _according_to(token.head)
            if not (token.dep_ in {"nsubj", "nsubjpass"} or according):
                continue
            if self.people.in_quote(token.idx):
                continue
            if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in _WHEN_ENTITIES:
                continue
            members = [token, *(c for c in token.children if c.dep_ == "conj")]
            if any(self.people.person_for(mention_span(m)) is not None for m in members):
                return None  # the nearest subject is a person ("Obama and Clinton … they")
            if pronoun.lower_ == "they":
                agrees = _is_plural(token) and token.lemma_.lower() not in _MUTE_PLURALS
            else:
                agrees = token.tag_ in {"NN", "NNP"} and (
                    according  # a source by its place: "according to the foundation"
                    or token.ent_type_ == "ORG"
                    or token.lemma_.lower() in ORGANIZATION_NOUNS | _TEXT_NOUNS
                )
            if agrees:
                return speaker_name(mention_span(token), self.people)
            owner = _organisation_of(token) if pronoun.lower_ == "it" else None
            if owner is not None:
                # "Shares in Norvane fell 3% after it warned …": the firm the subject is of.
                return speaker_name(mention_span(owner), self.people)
        return None

    def _extend(self, index: int, fragment: tuple[int, int]) -> None:
        """Add a quote that goes on from attribution ``index`` to it as one more fragment
        ("…,” said Cole. “I wouldn't call it reform.”)."""
        last = self.found[index]
        text = f"{last.text} … {self.text[fragment[0] : fragment[1]].strip()}"
        fragments = (*last.fragments, fragment)
        self.found[index] = Attribution(
            fragments, last.kind, last.cue, last.source, last.speaker, text
        )
        insort(self.claimed, fragment)

    def _repeat_speaker(self, index: int, fragment: tuple[int, int]) -> None:
        """Add ``fragment`` as a direct quote of the speaker of attribution ``index``."""
        last = self.found[index]
        text = self.text[fragment[0] : fragment[1]].strip().rstrip(",")
        self.found.append(Attribution((fragment,), "direct", None, last.source, last.speaker, text))
        insort(self.claimed, fragment)

    def _reporting_group(self, pronoun: Token) -> str | None:
        """The organisation or group an "it"/"they" stands for when it is the subject of what
        that organisation or group is reported to say: "China said it was opposed …", "the
        unions say they will strike" (a person's name is never taken for it or they)."""
        clause = pronoun.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not is_cue_verb(clause.head):
            return None
        reporter = subject_of(clause.head)
        if reporter is None or reporter.pos_ not in {"NOUN", "PROPN"}:
            return None
        plural = reporter.tag_ in {"NNS", "NNPS"}
        if plural != (pronoun.lower_ == "they"):
            return None
        if self.people.person_for(self.doc[reporter.i : reporter.i + 1]) is not None:
            return None
        return speaker_name(mention_span(reporter), self.people)

    def _enclosing_speaker(self, char: int) -> str | None:
        """The speaker of the direct quote holding ``char`` (an "I" inside it is that speaker)."""
        for found in reversed(self.found):
            if found.kind == "direct" and any(s <= char < e for s, e in found.fragments):
                return found.speaker
        return None

    @staticmethod
    def _inner(quote: QuotedSpan) -> tuple[int, int]:
        return quote.inner_start, quote.inner_end

    # -- transcripts and "Name: …" lines --------------------------------------------------

    def find_interview_answers(self) -> None:
        """The answers of an interview printed as "Q: …" and "A: …" lines, each a direct quote
        of the person it is with: the one named most among those named before the first
        question (the interview's introduction), else nobody."""
        lines = list(_INTERVIEW_LINE.finditer(self.text))
        questions = [m for m in lines if m.group("label").startswith("Q")]
        if not questions or len(questions) == len(lines):
            return
        first = self.token_at(questions[0].start()).i
        speaker = self._interviewee(first) or self.people.most_mentioned_before(first)
        for line in lines:
            if line.group("label").startswith("Q") or line.start() < questions[0].start():
                continue
            label = line.start("label")
            cue = (label, line.end("label") + 1)  # the label and its colon or stop
            count = len(self.found)
            self._add([line.span("said")], "direct", cue, None)
            if len(self.found) > count:
                last = self.found[-1]
                self.found[-1] = Attribution(
                    last.fragments, last.kind, last.cue, None, speaker, last.text
                )

    def find_question_paragraph_answers(self) -> None:
        """The answers of an interview printed as question paragraphs and answer paragraphs,
        without "Q:" or "A:" (the questions were in bold, which the text loses): after an
        introduction, two questions or more, each a paragraph of one short question and each
        followed by an answer, and no question last. Every answer paragraph without quotation
        marks is a direct quote of the interviewee, found as for "Q:" and "A:" lines."""
        if _INTERVIEW_LINE.search(self.text):
            return  # labelled lines: ``find_interview_answers`` reads them
        lines = list(_LINE.finditer(self.text))
        asked = [_is_question_line(line.group()) for line in lines]
        if sum(asked) < 2 or asked[0] or asked[-1]:
            return
        if any(asked[i] and asked[i + 1] for i in range(len(lines) - 1)):
            return  # questions in a row: a writer's list of questions, not an interview
        first_line = asked.index(True)
        answers = [
            line
            for line, question in zip(lines[first_line:], asked[first_line:], strict=True)
            if not question and not _QUOTE_CHARACTERS.intersection(line.group())
        ]
        if any(self._reports_someone(line.start(), line.end()) for line in answers):
            return  # the writer's questions, answered by reporting: "Tennant said …"
        first = self.token_at(lines[first_line].start()).i
        speaker = self._interviewee(first) or self.people.most_mentioned_before(first)
        if speaker is None:
            return
        for line in answers:
            count = len(self.found)
            self._add([line.span()], "direct", None, None)
            if len(self.found) > count:
                last = self.found[-1]
                self.found[-1] = Attribution(
                    last.fragments, last.kind, last.cue, None, speaker, last.text
                )

    def _reports_someone(self, start: int, end: int) -> bool:
        """Whether the text at ``start:end`` reports what someone named said: a verb of speech
        whose subject is a name ("Councillor Hugh Tennant said"). Any other subject may be the
        answerer's own telling ("the snow … does not warn you", "my coach told me")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            token.pos_ == "VERB"
            and token.lemma_.lower() in SPEECH
            and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in token.children)
            for token in span
        )

    def _interviewee(self, end: int) -> str | None:
        """The person the introduction before token ``end`` says was asked, the last one named
        so: the object of "asked" or "interviewed" ("We asked Finance Minister Jonas Albrecht
        about the row"), of "we spoke to" or "sat down with"; the subject of "spoke to the
        Herald"."""
        found = None
        for token in tokens_of(self.doc)[:end]:
            if token.pos_ != "VERB" or token.lemma_.lower() not in _ASKING:
                continue
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [
                grandchild
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                for grandchild in c.children
                if grandchild.dep_ == "pobj"
            ]
            # Who spoke to whom: "Lindgren spoke to the Herald" is Lindgren's interview, "we
            # spoke to Lindgren" too; "asked" and "interviewed" always name the one asked.
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            speaks = token.lemma_.lower() not in _QUESTIONING
            if speaks and subject is not None and subject.lower_ not in {"we", "i"}:
                objects = [subject]
            for obj in objects:
                person = self.people.person_for(mention_span(obj))
                if person is not None:
                    found = self.people.people[person].name
        return found

    def find_speaker_lines(self) -> None:
        """Lines that open with a speaker and a colon: transcripts ("WALLACE: Let's start …")
        and headlines ("Pence: Flowers won't be at debate"), when the name is a known person
        or written in capitals as transcripts do."""
        for match in _SPEAKER_LINE.finditer(self.text):
            label = match.group("name")
            if label.upper() in _NOT_SPEAKERS:
                continue
            start, end = match.start("name"), match.end("name")
            span = self.doc.char_span(start, end, alignment_mode="expand")
            name = self.people.name_for(span) if span is not None else None
            if name is None:
                name = self.people.name_for_word(label.split()[-1])
            if name is None and not label.isupper():
                continue
            content_start, content_end = match.start("said"), match.end("said")
            while content_end > content_start and self.text[content_end - 1] in "\"”' .":
                content_end -= 1
            colon = match.start("colon")
            source = span.root if span is not None else None
            self._add([(content_start, content_end)], "direct", (colon, colon + 1), source)
            if self.found and name is not None:
                last = self.found[-1]
                self.found[-1] = Attribution(
                    last.fragments, last.kind, last.cue, (start, end), name, last.text
                )

    # -- direct quotes -----------------------------------------------------------------

    def _right_cue(self, quote: QuotedSpan) -> Token | None:
        """A speech verb just after the closing mark, with nothing but its subject, auxiliaries
        and asides between ("…,” she said", "…,” said Nagy", "…,” Rep. Moore (D-Wis.) said")."""
        last = self.token_at(quote.end - 1)
        depth = 0
        counted = 0
        for token in tokens_of(self.doc)[last.i + 1 :]:
            if not self.same_paragraph(quote.end, token.idx) or counted > MAX_RIGHT_CUE_GAP:
                return None
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth = max(depth - 1, 0)
            if depth or token.is_space or token.text in {"(", ")"}:
                continue
            counted += not token.is_punct  # words: the commas around an apposition are none
            if token.text in MARK_TOKENS or token.text in _SENTENCE_END:
                return None
            # A preposition inside the speaker's phrase does not open a clause ("…?” a
            # narrator in the party's advert asks).
            if token.tag_ in _CLAUSE_OPENERS and not (
                token.dep_ == "prep" and last.i < token.head.i < token.i
            ):
                return None
            if _is_quote_cue(token):
                if self._in_modifier(quote, token):
                    return None
                if self.text[quote.inner_end - 1] not in _SENTENCE_END:
                    return token
                # The quote closed its sentence: a verb after it reports it only when all it
                # has of its own is an addressee or an aside ('"…?" she asked the minister',
                # '"…." Ruiz said, adding that …'). One with a clause or a thing as object
                # opens the next sentence ('called the plan "reckless." Brenner urged voters
                # to back it', '… Brenner announced a recount').
                # Nor does a passive with no agent ('“….” A vote is expected next month').
                if _states_more(token) or (
                    any(c.dep_ == "auxpass" for c in token.children) and _agent(token) is None
                ):
                    return None
                return token
            # A capitalised "verb" here is a mis-tagged name ("…,” Tulsa police Chief …).
            if (
                token.tag_.startswith("VB")
                and token.dep_ not in {"aux", "auxpass"}
                and not token.is_title
            ):
                return None
        return None

    def _in_modifier(self, quote: QuotedSpan, cue: Token) -> bool:
        """Whether the quote lies in a clause or phrase describing a noun before it, which the
        cue after it does not report ("Brenner, who called the plan “a disgrace”, said he
        would not resign"; "the mayor, whom Kovacs described as “a coward”, said …")."""
        node = self.token_at(quote.inner_start)
        for _ in range(MAX_MODIFIER_HOPS):
            if node.i == cue.i or node.head.i == node.i:
                return False
            if node.dep_ in _MODIFIER_DEPS and node.head.i < self.token_at(quote.start).i:
                return not any(t.i == cue.i for t in node.subtree)
            node = node.head
        return False

    def _left_cue(self, quote: QuotedSpan) -> Token | None:
        """A speech verb just before the opening mark ("she said: “…”", "told reporters, “…”"),
        or right before it when the quote is a sentence ("Trump declared “I think …”", not the
        scare quote of "declared “war” on …")."""
        first = self.token_at(quote.start)
        if first.i == 0:
            return None
        before = self.doc[first.i - 1]
        if before.text not in {":", ",", "—", "–"}:
            sentence = self.text[quote.inner_start : quote.inner_start + 1].isupper()
            return before if sentence and _is_quote_cue(before) else None
        start = max(first.i - 1 - MAX_LEFT_CUE_GAP, 0)
        for token in reversed(self.doc[start : first.i - 1]):
            if not self.same_paragraph(token.idx, quote.start):
                return None
            if token.text in MARK_TOKENS or token.text in _SENTENCE_END:
                return None
            if _is_quote_cue(token):
                return token
            if token.tag_.startswith("VB") and token.dep_ not in {"aux", "auxpass"}:
                return None
        return None

    def _governing_cue(self, quote: QuotedSpan) -> Token | None:
        """The speech verb that the parse hangs the quoted clause from, when it stands in the
        same paragraph after the quote ("…,” Scott Pruitt, the attorney general, said)."""
        first = self.token_at(quote.inner_start)
        last = self.token_at(max(quote.inner_end - 1, quote.inner_start))
        closing = self.token_at(quote.end - 1)
        for token in tokens_of(self.doc)[first.i : last.i + 1]:
            head = token.head
            if first.i <= head.i <= last.i or head.i < last.i:
                continue
            if (
                is_cue_verb(head)
                and lemma(head) in SPEECH | BELIEF
                and self.same_paragraph(quote.end, head.idx)
                and not any(
                    t.text in MARK_TOKENS for t in tokens_of(self.doc)[closing.i + 1 : head.i]
                )
            ):
                return head
        return None

    def _name_cue(self, quote: QuotedSpan) -> tuple[Token, Token] | None:
        """A name and a colon opening the paragraph ("Kovacs: “…”"), or a dash and a name
        after the quote ("“…” — Maria Kovacs"): (cue token, speaker token)."""
        first = self.token_at(quote.start)
        if first.i >= 2 and self.doc[first.i - 1].text == ":":
            name = self.doc[first.i - 2]
            line_start = self.text.rfind("\n", 0, quote.start) + 1
            if name.pos_ == "PROPN" and name.left_edge.idx <= line_start + 1:
                return self.doc[first.i - 1], name
        dash = _DASH_NAME.match(self.text, quote.end)
        if dash is None:
            return None
        name = self.token_at(dash.end())
        mark = self.token_at(dash.end() - 1)
        while name.i + 1 < len(self.doc) and name.dep_ == "compound":
            name = self.doc[name.i + 1]
        if name.pos_ == "PROPN" and self.same_paragraph(quote.end, name.idx):
            return mark, name
        return None

    def _split_part(self, quote_index: int, cue: Token) -> int | None:
        """Index of the quote that goes on right after the cue ("…,” she said, “…”, or "…,”
        she said. “…”), when that quote has no cue of its own."""
        if quote_index + 1 >= len(self.quoted):
            return None
        nxt = self.quoted[quote_index + 1]
        clause_end = cue.idx + len(cue.text)
        subject = self.subject(cue)
        if subject is not None:
            clause_end = max(clause_end, subject.idx + len(subject.text))
        between = self.text[clause_end : nxt.start]
        if "\n" in self.text[self.quoted[quote_index].end : nxt.start]:
            return None
        if self._right_cue(nxt) is not None or self._cue_later(nxt):
            return None
        # A quote whose cue before it has a subject of its own ("Kovacs said: “…”"; not
        # "…, adding: “…”"), or that follows a sentence about someone else ("Kovacs
        # disagreed. “…”"), is someone's reply, not the second part of this one.
        if self._narration_between(clause_end, nxt.start):
            return None
        left = self._left_cue(nxt)  # (the cue of this quote, when it stands between the two)
        if left is not None and left.i != cue.i and self.subject(left) is not None:
            return None
        words = between.replace(",", " ").replace(":", " ").replace(".", " ").split()
        # A second part in lower case goes on with the sentence however long the narrator's
        # aside ("…,” Tester said, referring to the excuse, “you give ammunition …”).
        opens_lower = self.text[nxt.inner_start : nxt.inner_start + 1].islower()
        if (len(between) > 40 or len(words) > 4) and not (
            opens_lower and between.rstrip()[-1:] == ","
        ):
            return None
        return quote_index + 1

    def _cue_later(self, quote: QuotedSpan) -> bool:
        """Whether a speech verb follows the quote later in its sentence ("“You squeezed
        employees” to drive up the stock price, she said"): the quote has a cue of its own."""
        for token in tokens_of(self.doc)[self.token_at(quote.end - 1).i + 1 :]:
            if token.text in _SENTENCE_END or token.text in MARK_TOKENS or "\n" in token.text:
                return False
            if is_cue_verb(token) and lemma(token) in SPEECH:
                return True
        return False

    def _sentence_lead(self, quote: QuotedSpan) -> int:
        """Where the sentence holding the quote's opening mark starts (the quote's own start
        when it opens its sentence): "With thousands of systems, “there is no …,” he said."."""
        floor = max(self.text.rfind("\n", 0, quote.start) + 1, quote.start - MAX_LEAD_CHARS)
        lead = quote.start
        i = quote.start - 1
        while i >= floor:
            char = self.text[i]
            if char in _SENTENCE_END or char in ALL_MARKS:
                break
            if not char.isspace():
                lead = i
            i -= 1
        if i >= floor and self.text[i] in ALL_MARKS:
            return quote.start
        # Words before the mark, but not a cue of their own ("She said: “…”").
        head = self.text[lead : quote.start].rstrip()
        if not head or head[-1] in ":" or len(head.split()) < 2:
            return quote.start
        return lead

    def find_direct(self) -> None:
        consumed: set[int] = set()
        previous_speaker: tuple[Token | None, int, int] | None = None
        for k, quote in enumerate(self.quoted):
            if k in consumed:
                continue
            fragments = [self._inner(quote)]
            cue = self._right_cue(quote) or self._left_cue(quote) or self._governing_cue(quote)
            if cue is not None:
                if self._inside_indirect(quote, cue):
                    continue
                part = self._split_part(k, cue) if cue.idx > quote.start else None
                if part is not None:
                    consumed.add(part)
                    fragments.append(self._inner(self.quoted[part]))
                self.used_cues.add(cue.i)
                subject = self.subject(cue)
                if subject is None and cue.idx > quote.start:
                    subject = self._fallback_subject(cue, quote)
                elif subject is None and self._opens_sentence(cue):
                    # A cue opening its sentence has its speaker after it ("Said Ellis: “…”").
                    subject = self._name_after(cue)
                kind: QuoteKind = "direct"
                if cue.idx > quote.start:
                    lead = self._sentence_lead(quote)
                    if lead < quote.start:
                        fragments[0] = (lead, fragments[0][1])
                        kind = "indirect" if quote.start - lead > quote.end - quote.start else kind
                else:
                    said = self._said_before_cue(cue, quote)
                    if said is not None:
                        fragments.insert(0, said)
                        kind = "indirect" if said[1] - said[0] > quote.end - quote.start else kind
                self._add(fragments, kind, (cue.idx, cue.idx + len(cue.text)), subject)
                previous_speaker = (
                    subject,
                    self.quoted[part if part is not None else k].end,
                    len(self.found) - 1,
                )
                continue
            named = self._name_cue(quote)
            if named is not None:
                mark, name = named
                self._add(fragments, "direct", (mark.idx, mark.idx + len(mark.text)), name)
                previous_speaker = (name, quote.end, len(self.found) - 1)
                continue
            # A short quote is a scare quote or a title, unless it is a sentence going on from
            # the last quote ("…,” she said of the election. “In my head, anyway.”).
            short = len(self.text[quote.start : quote.end].split()) < MIN_UNCUED_WORDS
            if short and not self._is_own_sentence(quote):
                continue
            if not short and self.is_headline_like(quote.start):
                self._add(fragments, "direct", None, None)
                continue
            # A short sentence after a colon is introduced as a long one is ("The mayor was
            # blunt: “Not this year.”"): a title or scare quote is not a sentence of its own.
            introduced = self._introduction(quote)
            if introduced is not None:
                cue, subject, spent = introduced
                if spent:
                    self.used_cues.add(cue.i)
                self._add(fragments, "direct", (cue.idx, cue.idx + len(cue.text)), subject)
                previous_speaker = (subject, quote.end, len(self.found) - 1)
                continue
            if (
                previous_speaker is not None
                and self._continues(previous_speaker[1], quote)
                and not self._cue_later(quote)
            ):
                index = previous_speaker[2]
                if self.same_paragraph(previous_speaker[1], quote.start):
                    self._extend(index, fragments[0])
                else:
                    # A quote going on in the next paragraph is a quote of its own by the
                    # same speaker (annotators and readers take a paragraph as a unit).
                    self._repeat_speaker(index, fragments[0])
                    index = len(self.found) - 1
                previous_speaker = (previous_speaker[0], quote.end, index)
                continue
            lead = self._said_before(quote) if self._is_own_sentence(quote) else None
            if lead is not None:
                cue, subject = lead
                self._add(fragments, "direct", (cue.idx, cue.idx + len(cue.text)), subject)
                previous_speaker = (subject, quote.end, len(self.found) - 1)
                continue
            echo = self._echo_after(quote) if self._is_own_sentence(quote) else None
            if echo is not None:
                phrase, subject = echo
                self._add(fragments, "direct", phrase, subject)
                previous_speaker = (subject, quote.end, len(self.found) - 1)
                continue
            if not short and self._is_own_sentence(quote):
                self._add(fragments, "direct", None, None)

    def _echo_after(self, quote: QuotedSpan) -> tuple[tuple[int, int], Token | None] | None:
        """The phrase pointing back at a quote that opens the next sentence, and that
        sentence's subject, who said it: '"I did nothing wrong." With those words, Minister
        Leopold Varga left the chamber' (probe q5, q6: no speaker)."""
        echo = _ECHOING_OPENER.match(self.text, quote.end)
        if echo is None or echo.end() >= len(self.text):
            return None
        verb = self.token_at(echo.end()).sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        return (echo.start("phrase"), echo.end("phrase")), self.subject(verb)

    def _said_before_cue(self, cue: Token, quote: QuotedSpan) -> tuple[int, int] | None:
        """What a cue set between two parts of a sentence reports before it, when the quote
        after it goes on with the sentence in lower case: "Wages were still rising at around 5%
        a year, he said, “and that is not compatible with our target”" (probe q5 kept the quote
        only). A quote opening a sentence of its own is the cue's alone (PolNeAR dev lost a
        speaker when such a quote took the words before the cue)."""
        if not self.text[quote.inner_start : quote.inner_start + 1].islower():
            return None
        for clause in cue.lefts:
            if clause.dep_ != "ccomp":
                continue
            first, last = clause.left_edge, clause.right_edge
            start, end = first.idx, last.idx + len(last.text)
            if (
                not self.same_paragraph(start, quote.start)
                or self.people.in_quote(start)
                or self.doc[last.i + 1].text != ","
            ):
                return None
            return start, end
        return None

    def _said_before(self, quote: QuotedSpan) -> tuple[Token, Token] | None:
        """The cue and subject of the sentence just before a quote that opens a sentence of its
        paragraph, when that sentence reports what someone said and quotes nothing itself:
        "The plan failed, Kovacs said. “We tried everything.”" goes on in her words, and so
        does "Manager Sofia Brandt spoke after the match. “There are 11 games left.”"."""
        before = self.text[: quote.start].rstrip()
        if not before or before[-1] not in _SENTENCE_END:
            return None
        if len(_PARAGRAPH_BREAK.findall(self.text[len(before) : quote.start])) > 1:
            return None
        sentence = self.token_at(len(before) - 1).sent
        if any(t.text in MARK_TOKENS for t in sentence) or "\n" in sentence.text.strip():
            return None
        root = sentence.root
        for cue in sentence:
            # The sentence's own cue: its root, or a cue set off after it (", Kovacs said."),
            # of speech or of naming ("…, called him a master of deals. “He showed …”").
            own = (
                cue.i == root.i
                or (cue.head.i == root.i and cue.i > root.i and cue.dep_ in {"parataxis", "ccomp"})
                or past_tense_read_as_participle(cue)
            )
            if not own or not is_cue_verb(cue) or lemma(cue) not in _SAID_BEFORE_VERBS:
                continue
            subject = self.subject(cue)
            if subject is not None and speaker_name(mention_span(subject), self.people):
                return cue, subject
        return None

    def _fallback_subject(self, cue: Token, quote: QuotedSpan) -> Token | None:
        """The speaker of a cue after a quote when the parse gave it no subject: the last noun
        between the quote and the cue ("…,” Tulsa police Chief Chuck Jordan said), else the
        noun right after the cue ("…,” said Leslie Wimes, a Florida activist)."""
        closing = self.token_at(quote.end - 1)
        between = [
            t for t in tokens_of(self.doc)[closing.i + 1 : cue.i] if t.pos_ in {"PROPN", "NOUN"}
        ]
        if between:
            return between[-1]
        return self._name_after(cue)

    def _name_after(self, cue: Token) -> Token | None:
        """The noun right after a cue that comes before its subject ("said Leslie Wimes, a
        Florida activist", "Said Ellis: “…”"), past adverbs, determiners and adjectives."""
        for token in tokens_of(self.doc)[cue.i + 1 : cue.i + 4]:
            if token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ not in {"DATE", "TIME"}:
                while token.dep_ in {"compound", "flat"} and token.head.i > token.i:
                    token = token.head
                return token
            if token.pos_ not in {"ADV", "DET", "ADJ"}:
                return None
        return None

    def _inside_indirect(self, quote: QuotedSpan, cue: Token) -> bool:
        """Whether the cue's own clause complement holds the quote and more (a partial quote
        inside indirect speech is left to ``find_indirect``)."""
        for child in cue.children:
            if child.dep_ == "ccomp" and child.i > cue.i:
                start = child.left_edge.idx
                return start < quote.start - 2 and self.same_paragraph(start, quote.start)
        return False

    def _introduction(self, quote: QuotedSpan) -> tuple[Token, Token | None, bool] | None:
        """The cue and subject of a sentence ending in a colon that introduces the quote right
        after it, and whether the cue is spent on it: a line so ending introduces the next
        one's ("Caddell continued:", "Sanders made this comment:"), and on one line someone's
        sentence does ("Reyes disagreed: “…”", "The mayor was blunt: “…”"; not "The agenda
        listed one item: “…”"). There the subject is the last one before the colon ("said she
        has the quality for the job: “…”"), and its verb stays free for what it says itself."""
        before = self.text[: quote.start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.token_at(len(before) - 1)
        sentence = colon.sent
        if "\n" not in self.text[len(before) : quote.start]:
            # A subject whose verb is before the colon too: the parser may hang the clause
            # from the quote's verb, or read "was unmoved" as a passive.
            subjects = [
                t
                for t in sentence
                if t.i < colon.i and t.dep_ in {"nsubj", "nsubjpass"} and t.head.i < colon.i
            ]
            if not subjects or not (
                self._someone(subjects[-1]) or _organisation_speaking(subjects[-1])
            ):
                return None
            return subjects[-1].head, subjects[-1], False
        verbs = [t for t in sentence if t.i < colon.i and t.pos_ == "VERB"]
        cues = [t for t in verbs if is_cue_verb(t)] or [t for t in verbs if t.dep_ == "ROOT"]
        if not cues:
            return None
        return cues[-1], self.subject(cues[-1]), True

    def _someone(self, subject: Token) -> bool:
        """Whether a subject is a person: named, a personal pronoun or a role ("the mayor")."""
        if subject.lower_ in PERSON_PRONOUNS or role_word(subject.lower_) in ROLE_NOUNS:
            return True
        return self.people.person_for(mention_span(subject)) is not None

    def _continues(self, previous_end: int, quote: QuotedSpan) -> bool:
        """Whether ``quote`` goes on from the attributed quote that ended at ``previous_end``:
        it opens the next sentence of that paragraph, or the paragraph right after it."""
        raw = self.text[previous_end : quote.start]
        between = raw.strip()
        # A paragraph break is a run of line breaks: paragraphs are joined by blank lines, and
        # counting each line break kept a quote from ever going on into the next paragraph
        # ("…,” he said. ¶ “Right now, the vote is …”).
        if len(_PARAGRAPH_BREAK.findall(raw)) > 1:
            return False
        if "\n" in raw and raw.rsplit("\n", 1)[1].strip():
            return False
        if not between:
            return True
        if self._narration_between(previous_end, quote.start):
            return False
        # A title quoted at the end of the cue's sentence ends it too ("…,” Marsh said on
        # Radio Kestrel's “Morning Show.” “The strike goes on.”).
        return between.rstrip("".join(ALL_MARKS))[-1:] in _SENTENCE_END

    def _narration_between(self, start: int, end: int) -> bool:
        """Whether a sentence whose subject is a noun, not a pronoun, starts between the two
        character offsets: "…,” said Ndiaye. Kovacs disagreed. “…” hands the floor to
        Kovacs, while "…,” Obama said. He did not suggest retaliation. “…” goes on with him."""
        first = self.token_at(max(start - 1, 0)).i + 1
        for token in tokens_of(self.doc)[first : self.token_at(end).i]:
            if not (token.is_sent_start and token.is_alpha):
                continue
            sentence = token.sent
            subjects = [
                t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sentence.root
            ]
            if subjects and subjects[0].pos_ != "PRON":
                return True
        return False

    def _is_own_sentence(self, quote: QuotedSpan) -> bool:
        """Whether the quote stands as a sentence of its own (a capital after the mark and a
        full stop inside it), rather than a phrase quoted within a sentence."""
        inner = self.text[quote.inner_start : quote.inner_end].rstrip("'’ ")
        return bool(inner) and inner[0].isupper() and inner[-1] in _SENTENCE_END | {","}

    # -- indirect speech, beliefs, intentions -------------------------------------------

    def _content_children(self, verb: Token) -> list[Token]:
        cue = lemma(verb)
        children = list(verb.children)
        picked = [c for c in children if c.dep_ in _CONTENT_DEPS_ALWAYS]
        if cue in INTENTION or cue == "expect":
            xcomps = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i]
            if xcomps:
                picked += xcomps
                picked += [c for c in children if c.dep_ == "dobj" and c.i < xcomps[0].i]
        if not picked and cue in OBJECT_CUES:
            objects = [c for c in children if c.dep_ == "dobj"]
            picked = [c for c in objects if self._object_is_content(verb, cue, c)]
            if picked:
                # "blasted Trump for …", "described her opponent as a fraud".
                picked += [
                    c
                    for c in children
                    if c.dep_ == "prep" and c.lower_ in OBJECT_TAILS and c.i > picked[0].i
                ]
            elif not objects and (
                cue not in DEED_CUES | ANNOUNCING_CUES or _agent(verb) is not None
            ):
                # "has been endorsed by …", "was criticized": the passive subject is what is
                # attributed; of a deed only with its doer ("has been promoted", "was
                # published by Monday" report no one's words).
                picked = [c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i]
        if not picked and cue in AS_CUES:
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
            as_phrase = [c for c in children if c.dep_ == "prep" and c.lower_ == "as"]
            if objects and as_phrase and as_phrase[0].i > objects[0].i:
                picked = objects + as_phrase[:1]
        if not picked and cue in SPEECH:
            # A said-clause the parser hung as an adverbial clause ("said after the
            # convention he would not accept …").
            picked = [
                c
                for c in children
                if c.dep_ == "advcl"
                and c.i > verb.i
                and any(g.dep_ == "nsubj" for g in c.children)
                and not any(g.dep_ == "mark" for g in c.children)
            ]
        if not picked and cue in SPEECH | BELIEF:
            picked = self._misattached_complement(verb)
        if not picked and cue == "say":
            picked = _clause_read_as_object(verb)
        if cue in _NAMING_VERBS and any(c.dep_ == "oprd" for c in children):
            # "called the plan a disgrace", not "called police"
            picked += [c for c in children if c.dep_ in {"dobj", "oprd"} and c.i > verb.i]
        preps = TOPIC_PREPOSITIONS.get(cue)
        if not picked and preps:
            for child in children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    # The terms of speaking are no topic ("speaking on condition of anonymity").
                    picked += [
                        g
                        for g in child.children
                        if g.dep_ in {"pobj", "pcomp"}
                        and g.lemma_.lower() not in _TERMS_OF_SPEAKING
                    ]
        # A date or time is when something was said, never what ("spoke on Thursday"); a verb
        # the tagger put in a date is a clause ("said the deck would last 50 years").
        return [c for c in picked if c.ent_type_ not in _WHEN_ENTITIES or c.pos_ == "VERB"]

    @staticmethod
    def _misattached_complement(verb: Token) -> list[Token]:
        """A "that" clause the parser hung from the cue's object as a relative clause ("told a
        meeting of leaders that few people understood …", "reported at the time that the
        editor conveyed …"): one with a subject of its own is no relative clause. After "told"
        and its hearer, a "that" the parser made the clause's object opens it too ("told
        reporters in the provincial capital that rescue teams were still searching"; probe
        2026-11-28): "tell" wants what was told, which nothing else gives."""
        told = lemma(verb) == "tell" and any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        opener_deps = {"mark", "advmod", "dobj"} if told else {"mark", "advmod"}
        for child in verb.rights:
            if child.dep_ not in {"dobj", "dative", "prep", "npadvmod"}:
                continue
            for token in child.subtree:
                if token.dep_ not in {"relcl", "acl"}:  # "told councillors that … would delay"
                    continue
                opener = token.doc[token.left_edge.i]
                if (
                    opener.lower_ == "that"
                    and opener.dep_ in opener_deps
                    and any(
                        c.dep_ in {"nsubj", "nsubjpass"} and c.i != opener.i for c in token.children
                    )
                ):
                    return [token]
        return []

    def _content_range(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        after = [c for c in children if c.i > verb.i]
        after += self._subject_read_as_phrase(verb, after)
        before = [c for c in children if c.i < verb.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if before and len(subjects) > 1 and set_off_last(subjects, verb):
            before += subjects[:-1]  # "… to buy battery maker Celdra, three people … said"
        side = after if len(after) >= len(before) else before
        if not side:
            return None
        first = min(c.left_edge.i for c in side)
        last = max(c.right_edge.i for c in side)
        doc = self.doc
        if side is after:
            last = max([last] + [c.right_edge.i for c in self._coordinated_content(verb, last)])
            last = self._own_clause_end(verb, side, last)
        # What a cue attributes stays in its paragraph (a multi-paragraph quote is widened to
        # whole below); parses that run across a line break join unrelated text.
        while first < verb.i and "\n" in self.text[doc[first].idx : verb.idx]:
            first += 1
        while last > verb.i and "\n" in self.text[verb.idx : doc[last].idx]:
            last -= 1
        while first <= last and (doc[first].is_punct or doc[first].dep_ == "mark"):
            first += 1
        first = _past_leading_when(doc, first, last)
        while (
            last >= first
            and doc[last].is_punct
            and doc[last].text not in ALL_MARKS
            and doc[last].text not in _KEPT_AT_END
        ):
            last -= 1
        if first > last:
            return None
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        return self._snap_to_quotes(start, end)

    @staticmethod
    def _subject_read_as_phrase(verb: Token, content: list[Token]) -> list[Token]:
        """The reported clause's subject that the parser hung on the cue as a phrase of its
        own, when the clause has none: "said between 400 and 500 buildings had been damaged"
        ("between …" a phrase of "said"; probe 2026-11-28: the content was "had been
        damaged")."""
        clauses = [
            c
            for c in content
            if c.dep_ == "ccomp"
            and not any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in c.children)
        ]
        if not clauses:
            return []
        clause = clauses[0]
        return [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and verb.i < c.i
            and c.right_edge.i < clause.i
            and c.right_edge.i + 1 >= clause.left_edge.i
        ]

    @staticmethod
    def _coordinated_content(verb: Token, last: int) -> list[Token]:
        """Verbs the parser coordinated with the cue that go on its content instead: bare or
        -ing forms, unlike the cue's own, with no subject or auxiliary ("wants to triple the
        programme, grow the corps and create a reserve", "mentioned refinancing loans and
        forcing universities to …"); "said … and left" stays out."""
        return [
            c
            for c in verb.rights
            if c.i > last
            and c.dep_ == "conj"
            and c.tag_ in {"VB", "VBG"}
            and c.tag_ != verb.tag_
            and not any(g.dep_ in {"nsubj", "nsubjpass", "aux"} for g in c.children)
        ]

    def _own_clause_end(self, verb: Token, side: list[Token], last: int) -> int:
        """Where content after ``verb`` ends: before a semicolon, and before a clause of its
        own speech verb joined to it ("said he would review the defences and warned against
        …", "said …, arguing that …"). Other cues stay in the content ("say he posed a threat
        and refused to drop the gun"; on PolNeAR dev speaker F1 .679 → .681)."""
        doc = self.doc
        for token in tokens_of(doc)[side[0].left_edge.i : last + 1]:
            if self.people.in_quote(token.idx):
                continue
            if token.text == ";":
                return self._trim_back(token.i - 1)
            if token.text in _ASIDE_OPENERS and token.i < last and self._opens_aside(token):
                return self._trim_back(token.i - 1)
        for child in side:
            for token in child.subtree:
                if (
                    token.i > child.i
                    and token.dep_ in {"conj", "advcl"}
                    and token.head.i == child.i
                    and is_cue_verb(token)
                    and lemma(token) in SPEECH
                    and self._content_children(token)
                ):
                    return self._trim_back(token.left_edge.i - 1)
        return last

    def _opens_aside(self, punct: Token) -> bool:
        """Whether the comma or dash ``punct`` opens a non-restrictive aside of the narrator's:
        ", which …", ", who …", a concession (", although …") or a participle clause (", adding
        that …", ", implicitly putting …"). An apposition is
        not cut: in content it is more often a list the parser misread ("called for tax
        fairness, the closure of loopholes …"); cutting it lost 5 right speakers on PolNeAR
        dev."""
        first = self.doc[punct.i + 1]
        root = first
        while root.head.i != root.i and root.head.i > punct.i and root.head.left_edge.i == first.i:
            root = root.head
        if root.left_edge.i != first.i:
            return False
        if root.dep_ == "relcl":
            return first.lower_ in {"which", "who", "whom", "whose"}
        if root.dep_ == "advcl" and first.lower_ in _CONCESSIVE:
            return True
        return (
            root.dep_ in {"advcl", "acl"}
            and root.tag_ == "VBG"
            and all(t.pos_ == "ADV" for t in tokens_of(self.doc)[first.i : root.i])
        )

    def _trim_back(self, index: int) -> int:
        """``index`` moved left past commas, conjunctions and spaces."""
        doc = self.doc
        while index > 0 and (doc[index].is_punct or doc[index].dep_ == "cc" or doc[index].is_space):
            index -= 1
        return index

    def _snap_to_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Widen a content range so that it never cuts a quotation in two."""
        k = bisect_right(self._quote_starts, end) - 1
        while k >= 0 and self.quoted[k].end > start:
            quote = self.quoted[k]
            if quote.start < start < quote.end or quote.start < end < quote.end:
                start, end = min(start, quote.start), max(end, quote.end)
            k -= 1
        return start, end

    def _overlaps_claimed(self, start: int, end: int) -> bool:
        """Whether more than half of the range, or of a claimed range, is already claimed."""
        k = bisect_right(self.claimed, (end, end))
        for s, e in self.claimed[max(k - _NEIGHBOURS, 0) : k]:
            overlap = min(e, end) - max(s, start)
            if overlap > 0.5 * min(e - s, end - start):
                return True
        return False

    def find_indirect(self) -> None:
        for verb in tokens_of(self.doc):
            if verb.i in self.used_cues or not is_cue_verb(verb) or _is_passive_modifier(verb):
                continue
            if _subjectless_opener(verb) or _reported_agentless_passive(verb):
                continue
            if self._colon_speech(verb):
                continue
            children = self._content_children(verb)
            if not children:
                self._parenthetical(verb)
                continue
            span = self._content_range(verb, children)
            if span is None or self._overlaps_claimed(*span):
                continue
            start, end = span
            speaker = self.subject(verb)
            if speaker is not None and start <= speaker.idx < end:
                end = self._before_apposed_speaker(speaker, start) or end
            kind: QuoteKind = "indirect"
            k = bisect_right(self._quote_starts, start) - 1
            if k >= 0 and end <= self.quoted[k].end:
                start, end = self._inner(self.quoted[k])
                kind = "direct"
            self._add([(start, end)], kind, self._cue_range(verb), speaker)

    def _before_apposed_speaker(self, name: Token, start: int) -> int | None:
        """Where content ends that the parse ran on into its speaker's role and name: the
        comma before ", a spokesman, Idris Mahmoud, said"; None when the name is not set off
        so."""
        doc = self.doc
        first = name.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1  # back to the name's first word
        i = first - 1
        if i < 1 or doc[i].text != ",":
            return None
        role = i - 1
        while role > 0 and i - role <= MAX_ROLE_WORDS and doc[role].pos_ in _ROLE_POS:
            role -= 1
        comma = doc[role]
        if comma.text != "," or role == i - 1 or comma.idx <= start:
            return None
        if not any(doc[j].pos_ == "NOUN" for j in range(role + 1, i)):
            return None
        return doc[role - 1].idx + len(doc[role - 1].text)

    def _colon_speech(self, verb: Token) -> bool:
        """Words given after a speech verb and a colon without quotation marks ("The governor
        added: It's typical of her."): the rest of the paragraph, or the next paragraph when
        the colon ends this one (whether it added an attribution)."""
        after = verb.i + 1
        if lemma(verb) not in SPEECH or after >= len(self.doc) or self.doc[after].text != ":":
            return False
        colon_end = self.doc[after].idx + 1
        line_end = self.text.find("\n", colon_end)
        line_end = len(self.text) if line_end < 0 else line_end
        start = colon_end
        if not self.text[colon_end:line_end].strip():
            start = line_end
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end <= start or self.text[start] in ALL_MARKS or self._overlaps_claimed(start, end):
            return False
        self.used_cues.add(verb.i)
        self._add([(start, end)], "direct", self._cue_range(verb), self.subject(verb))
        return True

    def _parenthetical(self, verb: Token) -> None:
        """A cue set off by commas inside or after what it attributes: "Acts of protest, Mr.
        Obama said, are acts of patriotism", "The difference, he told me on Friday, is …" or
        "The plan failed, she said." (two fragments)."""
        if lemma(verb) not in SPEECH | BELIEF:
            return
        subject = self.subject(verb)
        doc = self.doc
        first = verb.i if subject is None else min(subject.left_edge.i, verb.i)
        if subject is None or (subject.head.i != verb.i and subject.i != verb.head.i):
            apposed = self._speaker_read_as_apposition(verb)
            if apposed is None:
                return
            subject, first = apposed
        last = verb.i
        while (
            last + 1 < len(doc)
            and doc[last + 1].head.i == verb.i
            and doc[last + 1].dep_
            in {
                "npadvmod",
                "advmod",
                "nsubj",
                "dobj",
                "dative",
                "prt",
            }
        ):
            last = doc[last + 1].right_edge.i
        for child in verb.rights:
            if child.dep_ == "prep" and child.i == last + 1:
                last = child.right_edge.i
        if first == 0 or doc[first - 1].text != ",":
            return
        if last + 1 >= len(doc) or doc[last + 1].text not in {",", "."}:
            return
        sentence = verb.sent
        fragments = []
        if first - 1 > sentence.start:
            fragments.append((sentence[0].idx, doc[first - 1].idx))
        if doc[last + 1].text == "," and last + 2 < sentence.end:
            tail_end = sentence.end - 1
            while (
                tail_end > last + 2
                and doc[tail_end].is_punct
                and doc[tail_end].text not in MARK_TOKENS
            ):
                tail_end -= 1
            fragments.append((doc[last + 2].idx, doc[tail_end].idx + len(doc[tail_end].text)))
        # What a parenthetical cue attributes is a clause, not a lead-in ("On Sunday's show, …"),
        # though the clause's subject may stand before the cue ("The bonuses, Marchetti said,
        # were set by …": both parts).
        fragments = [
            f
            for f in fragments
            if not self._overlaps_claimed(*f)
            and (self._holds_verb(*f) or self._subject_of_rest(f, fragments))
        ]
        if fragments:
            self.used_cues.add(verb.i)
            self._add(fragments, "indirect", self._cue_range(verb), subject)

    def _speaker_read_as_apposition(self, verb: Token) -> tuple[Token, int] | None:
        """The named speaker, and where its phrase starts, of a closing cue that the parser
        joined to the sentence's verb while hanging the speaker as an apposition on the noun
        before: "The line cost 480 million euros, compared with a budget of 250 million, the
        authority's director, Pieter de Wit, told reporters." (probe 2026-11-29: no quote). The
        name is a person's set off by commas right before the cue, after its role or not."""
        doc = self.doc
        if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return None
        if verb.i < 3 or doc[verb.i - 1].text != "," or doc[verb.i - 2].ent_type_ != "PERSON":
            return None
        name = next((e for e in ents_of(doc) if e.start <= verb.i - 2 < e.end), None)
        if name is None or name.end != verb.i - 1 or name.root.dep_ != "appos":
            return None
        first = name.start
        role = name.root.head
        if role.dep_ == "appos" and role.i < first and role_word(role.text) in ROLE_NOUNS:
            first = role.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            return None
        return name.root, first

    def _subject_of_rest(self, part: tuple[int, int], fragments: list[tuple[int, int]]) -> bool:
        """Whether a part before a parenthetical cue holds the subject of a verb in the part
        after it."""
        if len(fragments) < 2 or part != fragments[0]:
            return False
        head = self.doc.char_span(*part, alignment_mode="expand")
        tail_start, tail_end = fragments[1]
        return head is not None and any(
            t.dep_ in {"nsubj", "nsubjpass"} and tail_start <= t.head.idx < tail_end for t in head
        )

    def _holds_verb(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)

    def _cue_range(self, verb: Token) -> tuple[int, int]:
        end = verb.idx + len(verb.text)
        for child in verb.children:
            if child.dep_ == "prt" and child.i == verb.i + 1:
                end = child.idx + len(child.text)
        return verb.idx, end

    def find_according_to(self) -> None:
        for token in tokens_of(self.doc):
            if token.lower_ != "according":
                continue
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if to is None or source is None:
                continue
            head = token.head
            sentence = token.sent
            doc = self.doc
            if token.i < head.i:
                named = apposed_name(source)
                after = named.end if named is not None else source.right_edge.i + 1
                first, last = after, sentence.end - 1
            else:
                first, last = sentence.start, token.i - 1
                if _told_before(doc[first : last + 1]):
                    # "X told a meeting …, according to minutes": Y reports what X said; X's
                    # own cue attributes the words to X.
                    continue
            while first <= last and doc[first].is_punct:
                first += 1
            while last >= first and doc[last].is_punct and doc[last].text not in _KEPT_AT_END:
                last -= 1
            if first > last:
                continue
            start, end = self._snap_to_quotes(doc[first].idx, doc[last].idx + len(doc[last]))
            if self._overlaps_claimed(start, end):
                continue
            self._add(
                [(start, end)], "indirect", (token.idx, to.idx + len(to.text)), issuer(source)
            )

    def find_as_put_it(self) -> None:
        """What "as X put it" frames, the clause it is set in, on either side: "As Lind put
        it, the rules are written for the rich", "…, as a ministry memo put it"."""
        for verb in tokens_of(self.doc):
            if verb.i in self.used_cues or not _puts_it(verb) or verb.dep_ != "advcl":
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
                continue
            clause = verb.head
            sentence = verb.sent
            framed = [t for t in clause.subtree if t.sent == sentence]
            before = [t for t in framed if t.i < verb.left_edge.i]
            after = [t for t in framed if t.i > verb.right_edge.i]
            side = after if len(after) >= len(before) else before
            while (
                side and (side[-1].is_punct or side[-1].is_space) and side[-1].text not in ALL_MARKS
            ):
                side.pop()
            words = [t for t in side if not t.is_punct and not t.is_space]
            if not words:
                continue
            last = side[-1]
            start, end = self._snap_to_quotes(words[0].idx, last.idx + len(last.text))
            if self._overlaps_claimed(start, end):
                continue
            kind: QuoteKind = "indirect"
            k = bisect_right(self._quote_starts, start) - 1
            if k >= 0 and end <= self.quoted[k].end:
                start, end = self._inner(self.quoted[k])
                kind = "direct"
            self.used_cues.add(verb.i)
            self._add([(start, end)], kind, self._cue_range(verb), self.subject(verb))

    def find_adjective_cues(self) -> None:
        """Beliefs and feelings stated by an adjective after a copula: "Democrats are afraid
        that …", "she was convinced of …", "he is determined to …"."""
        for adjective in tokens_of(self.doc):
            preps = ADJECTIVE_CUES.get(adjective.lower_)
            if preps is None or adjective.dep_ != "acomp":
                continue
            content = [
                c for c in adjective.children if c.i > adjective.i and c.dep_ in {"ccomp", "xcomp"}
            ]
            for child in adjective.children:
                if child.dep_ == "prep" and child.lower_ in preps and not content:
                    content = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not content:
                continue
            span = self._content_range(adjective, content)
            if span is None or self._overlaps_claimed(*span):
                continue
            cue = (adjective.idx, adjective.idx + len(adjective.text))
            self._add([span], "indirect", cue, self.subject(adjective.head))

    def find_noun_cues(self) -> None:
        """Attributions cued by a noun: "Trump's criticism of the deal", "the claim by the
        ministry that …", "her plan to …"; the source is the possessor or the "by" agent."""
        for noun in tokens_of(self.doc):
            if noun.pos_ != "NOUN":
                continue
            misread = _is_misread_verb(noun)
            # The noun's own lemma first ("warning"; its singular without a lemmatizer), then
            # the cue it is made from ("questioning" → "question").
            own = noun.lemma_.lower() or noun.lower_.removesuffix("s")
            preps = frozenset() if misread else NOUN_CUES.get(own) or NOUN_CUES.get(lemma(noun))
            if preps is None:
                continue
            content: list[Token] = []
            source: Token | None = None
            for child in noun.rights:
                if (misread and child.dep_ in {"ccomp", "xcomp"}) or (
                    child.dep_ in {"acl", "ccomp", "relcl"}
                    and any(
                        g.dep_ in {"mark", "aux"} and g.lower_ in {"that", "to"} and g.i < child.i
                        for g in child.children
                    )
                ):
                    content.append(child)
                elif child.dep_ == "prep" and child.lower_ in preps:
                    content += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
                elif child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
                    source = next((g for g in child.children if g.dep_ == "pobj"), source)
            if not content:
                continue
            source = next((c for c in noun.lefts if c.dep_ == "poss"), source)
            if source is None:
                source = self._noun_cue_holder(noun)
            span = self._content_range(noun, content)
            if span is None or self._overlaps_claimed(*span):
                continue
            self._add([span], "indirect", (noun.idx, noun.idx + len(noun.text)), source)

    def _noun_cue_holder(self, noun: Token) -> Token | None:
        """Who a noun cue with no possessor or "by"/"from" belongs to: a name in front of it
        ("Trump claims that …"), or the subject of the verb that issues it ("the court made a
        decision to …", "the ministry issued a warning that …")."""
        for child in noun.lefts:
            if child.dep_ == "compound" and (
                child.ent_type_ in _HOLDER_ENTITIES or _is_misread_verb(noun)
            ):
                return child
        if noun.dep_ == "dobj" and lemma(noun.head) in _ISSUING_VERBS:
            return self.subject(noun.head)
        verb = noun.head.head
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ in {"with", "in"}
            and verb.pos_ == "VERB"
            and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        ):
            # "responded with attacks on …", "persisted in arguments that …".
            return self.subject(verb)
        return None


def _is_question_line(line: str) -> bool:
    """Whether a paragraph is one short question and nothing more, without quotation marks."""
    line = line.strip()
    return (
        line.endswith("?")
        and line.count("?") == 1
        and len(line.split()) <= MAX_QUESTION_WORDS
        and not _QUOTE_CHARACTERS.intersection(line)
    )


def find_quote_spans(doc: Doc, people: PeopleIndex) -> list[Attribution]:
    """Every attribution in ``doc`` with its content, cue and speaker-mention spans, in text
    order."""
    finder = _Finder(doc, people)
    finder.find_interview_answers()
    finder.find_question_paragraph_answers()
    finder.find_speaker_lines()
    finder.find_direct()
    finder.find_according_to()
    finder.find_as_put_it()
    finder.find_indirect()
    finder.find_noun_cues()
    finder.find_adjective_cues()
    return sorted(finder.found, key=lambda a: a.start)


def find_quotes(doc: Doc, people: PeopleIndex) -> list[Quote]:
    """Direct and indirect quotes in ``doc``; ``speaker`` is a name from ``people``, an
    organisation or group, or None when the text names nobody."""
    text = text_of(doc)
    return [a.to_quote(text) for a in find_quote_spans(doc, people)]
