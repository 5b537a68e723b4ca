"""Who an attribution cue belongs to: the subject mention of a cue verb, and the public speaker
name it resolves to (a person's name, an organisation or group, or None — never a guess)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dateline.facts.cues import SPEECH, is_cue_verb, lemma
from dateline.facts.entities import ORGANIZATION_NOUNS
from dateline.facts.nlp import ents_of, tokens_of
from dateline.facts.people import PeopleIndex, is_age, is_clock_time
from dateline.facts.roles import ROLE_NOUNS, role_word

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
#: Dependencies through which a verb shares the subject of the verb it hangs from ("Trump said
#: X, adding that Y"; "she laughed and said …"; "he wants to say …").
_SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"})
#: How far up a chain of such verbs to look for the subject. On PolNeAR dev 1 lost 0.2 points
#: of direct-quote speaker accuracy; 3 and 5 scored the same.
MAX_SUBJECT_HOPS = 3
#: Entity types that never say anything ("…,” 5:45 p.m. said …" is a misparse); numbers do
#: ("52 percent said …"): on PolNeAR dev dropping them lost 7 right speakers.
_NOT_SPEAKER_ENTITIES = frozenset({"DATE", "TIME"})
_CONTRAST = frozenset({"but", "yet", "while", "whereas"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Pronouns that never name a speaker by themselves ("it", "they", "I" inside a quote, …).
_OPAQUE_PRONOUNS = frozenset(
    {"i", "we", "you", "they", "it", "me", "us", "them", "one", "this", "these", "those"}
)
#: Quantifiers and demonstratives that head a group mention when words describe the group
#: ("many of his supporters", "those close to him", "most of whom"); alone ("some say …",
#: "all agreed …") they name nobody.
_GROUP_HEADS = frozenset(
    {
        "those",
        "some",
        "many",
        "most",
        "all",
        "few",
        "several",
        "both",
        "each",
        "half",
        "none",
        "others",
        "one",
        "much",
    }
)
#: Verbs whose subject, not their object, does what their infinitive says ("promised
#: voters to cut taxes").
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten"})
_GROUP_DESCRIBERS = frozenset({"amod", "acl", "relcl"})
_FOCUS_WORDS = frozenset({"even", "only", "also", "just", "but", "and", "yet", "so"})
#: Nouns for what someone says or where they say it: a participle describing one speaks for
#: its author ("a statement calling the test a violation", "a news conference announcing …").
MEDIA_NOUNS = frozenset(
    {"statement", "tweet", "letter", "ad", "advertisement", "video", "post", "speech"}
    | {"conference", "interview", "column", "article", "editorial", "memo", "email", "message"}
    | {"release", "filing", "brief", "paper", "report", "remark", "comment", "rally", "event"}
)


#: Documents and figures that come "from" or "by" whoever issues them ("figures from the Home
#: Office", "a study by the institute").
FIGURE_NOUNS = frozenset(
    {"figure", "data", "statistic", "number", "estimate", "report", "study", "survey"}
    | {"analysis", "poll", "record", "research", "document", "filing", "count", "tally"}
    | {"census", "review", "audit"}
)


def subject_of(verb: Token, foreign: Callable[[Token], bool] | None = None) -> Token | None:
    """The subject of ``verb``, climbing to the verb it is coordinated with or subordinate to;
    tokens for which ``foreign`` holds (e.g. inside a quotation the verb is outside of) are
    neither taken nor climbed through."""
    node = verb
    for hop in range(MAX_SUBJECT_HOPS + 1):
        # A passive verb's subject is not its speaker, but it is the speaker of a clause
        # subordinate to it ("After saying …, she was taken to hospital").
        subjects = [
            c for c in node.children if c.dep_ in _SUBJECT_DEPS or (hop and c.dep_ == "nsubjpass")
        ]
        if hop == 0 and all(c.dep_ == "csubj" and c.tag_ == "VBG" for c in subjects):
            # None, or an opening participle clause ("Speaking to Radio Velm, …") taken for one
            stranded = _subject_in_opening_phrase(node)
            if stranded is not None:
                return None if foreign is not None and foreign(stranded) else stranded
        if subjects and foreign is not None and len(subjects) > 1:
            # Of two subjects (a misparse), one inside the quotation is not the speaker: in
            # "“Two paragraphs, after thirty-one years,” she said" the parser gives "said"
            # both "paragraphs" and "she".
            subjects = [c for c in subjects if not foreign(c)] or subjects
        if len(subjects) > 1 and set_off_last(subjects, node):
            # "…  to buy battery maker Celdra, three people with knowledge of the talks said":
            # the parser took the reported clause's last noun for a second subject; the one
            # set off after the comma speaks (probe 2026-11-28: Celdra was the speaker).
            subjects = subjects[-1:]
        if subjects:
            # Of two subjects (a misparse), a time stamp is never the one ("12:15 p.m. ¶
            # Donald Trump says …").
            child = _contrasted_conjunct(
                next((c for c in subjects if c.ent_type_ not in _NOT_SPEAKER_ENTITIES), subjects[0])
            )
            child = _holder_of_apposed_role(child) or child
            return None if foreign is not None and foreign(child) else child
        if (
            node.dep_ == "acl"
            and (node.tag_ != "VBN" or past_tense_read_as_participle(node))
            and node.head.pos_ in {"NOUN", "PROPN"}
        ):
            # "protesters chanting …": the noun the participle describes does the chanting
            # (not so for a past participle: "a group called …" is what is called), or its
            # author when it is a statement or event ("issued a statement calling …").
            holder = _author(node.head, foreign) if node.head.lemma_ in MEDIA_NOUNS else None
            holder = holder or node.head
            return None if foreign is not None and foreign(holder) else holder
        if node.dep_ == "xcomp" and node.head.lemma_.lower() not in _SUBJECT_CONTROL:
            # The object of the verb above is the one who speaks ("forced Stumpf to admit
            # that …", "urged voters to say …").
            controller = next(
                (c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None
            )
            if controller is not None and _can_speak(controller):
                return None if foreign is not None and foreign(controller) else controller
        if node.tag_ == "VBG" and node.dep_ == "ROOT":
            # A participle clause the parser made the root, hanging the clause before it from
            # it ("…,” Sauer said, not even needing to mention …"): that clause's subject.
            before = next(
                (
                    g
                    for c in node.children
                    if c.dep_ == "parataxis" and c.i < node.i
                    for g in c.children
                    if g.dep_ == "nsubj"
                ),
                None,
            )
            if before is not None:
                return None if foreign is not None and foreign(before) else before
        # A gerund object shares its verb's subject too ("she recalled thinking, “…”").
        gerund = node.tag_ == "VBG" and node.dep_ in {"dobj", "pobj"}
        if (node.dep_ not in _SHARED_SUBJECT_DEPS and not gerund) or node.head.i == node.i:
            return None
        node = reporter_beside(node) or node.head
        if foreign is not None and foreign(node):
            return None
    return None


def reporter_beside(verb: Token) -> Token | None:
    """The cue verb that a cue verb without a subject goes with when the parser joined it to
    what the first one reports: in "The ministry said 12 people had died and warned that 40
    were missing" the ministry warned, not the 12 people (probe q6)."""
    reported = verb.head
    if (
        verb.dep_ == "conj"
        and reported.dep_ == "ccomp"
        and is_cue_verb(verb)
        and is_cue_verb(reported.head)
        and not is_cue_verb(reported)
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return reported.head
    return None


def _holder_of_apposed_role(subject: Token) -> Token | None:
    """The name after a role in apposition to ``subject``, who holds that role and speaks:
    "In an interview with the broadcaster Nordwelle, the head of the council, Amira Haddou,
    said", which the parser reads with Nordwelle as the subject (probe q5)."""
    for role in subject.rights:
        if role.dep_ != "appos" or role.pos_ != "NOUN" or role_word(role.text) not in ROLE_NOUNS:
            continue
        doc = subject.doc
        # the comma that ends the role, which the parser may have hung the name under
        comma = next(
            (t.i for t in tokens_of(doc)[role.i : role.right_edge.i + 2] if t.text == ","), None
        )
        if comma is None or comma + 1 >= len(doc):
            return None
        after = doc[comma + 1]
        if after.ent_iob_ == "B" and after.ent_type_ == "PERSON":
            return next(e for e in ents_of(doc) if e.start == after.i).root
        return None
    return None


def _subject_in_opening_phrase(verb: Token) -> Token | None:
    """The subject the parser hung on the phrase that opens the sentence, leaving ``verb``
    without one: "In an interview with Kanal Tri, Peter Nagy, the finance minister, said" (Nagy
    made a conjunct of the station), "Speaking to Radio Velm, the mayor, Peter Nagy, said" (the
    mayor made the station's apposition). It is the first name, else role, set off by a comma
    after the opening phrase's object; probe q5 found the station listed as the speaker."""
    opening = next(
        (c for c in verb.lefts if c.dep_ in {"prep", "advcl", "csubj"} and c.i == verb.left_edge.i),
        None,
    )
    if opening is None or not all(t.is_punct for t in verb.doc[opening.right_edge.i + 1 : verb.i]):
        return None
    comma = next((t.i for t in opening.subtree if t.text == ","), None)
    if comma is None:
        return None
    set_off = [
        t
        for t in opening.subtree
        if t.i > comma and t.dep_ in {"appos", "conj"} and t.head.i < comma
    ]
    named = [t for t in set_off if t.ent_type_ == "PERSON"]
    roles = [t for t in set_off if t.pos_ == "NOUN" and role_word(t.text) in ROLE_NOUNS]
    return (named or roles or [None])[0]


def set_off_last(subjects: list[Token], verb: Token) -> bool:
    """Whether the last of several subjects before ``verb`` follows a comma after the others:
    the others are words of the reported clause the parser gave the cue."""
    last = subjects[-1]
    if last.i > verb.i or any(s.i > last.i for s in subjects):
        return False
    start = last.left_edge.i
    return start > 0 and verb.doc[start - 1].text == "," and subjects[-2].i < start - 1


def past_tense_read_as_participle(verb: Token) -> bool:
    """Whether a past participle describing a noun is the past-tense main verb of a sentence
    that has no other: right after the comma closing the subject's apposition, the noun being
    the sentence's root ("The mayor, Rosalind Achebe-Mora, announced on Thursday that …", "…,"
    the union's president, Delia Fontaine, posted on Threadline"; probe q5)."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ != "VBN"
        or head.pos_ not in {"NOUN", "PROPN"}
        or head.i > verb.i
        or any(c.dep_ in {"auxpass", "agent"} for c in verb.children)
    ):
        return False
    if head.dep_ == "ROOT" and verb.doc[verb.i - 1].text == ",":
        return True
    return _closing_speaker_read_as_apposition(verb)


def _closing_speaker_read_as_apposition(verb: Token) -> bool:
    """Whether a speech verb hung as a participle on a noun in apposition is the cue that
    closes its sentence after a comma: "Petrol prices will rise …, the energy regulator
    announced on Saturday." (the parser set the regulator beside the prices; probe 2026-11-28:
    no attribution)."""
    doc = verb.doc
    head = verb.head
    sentence_end = verb.sent.end
    while sentence_end - 1 > verb.i and (
        doc[sentence_end - 1].is_punct or doc[sentence_end - 1].is_space
    ):
        sentence_end -= 1  # the full stop and the paragraph break
    return (
        head.dep_ == "appos"
        and head.i == verb.i - 1
        and head.left_edge.i > 0
        and doc[head.left_edge.i - 1].text == ","
        and verb.right_edge.i + 1 == sentence_end
        and lemma(verb) in SPEECH
        and _can_speak(head)
    )


def _can_speak(token: Token) -> bool:
    """Whether ``token`` names someone who can say something: a name, a personal pronoun, a
    role ("the chief executive"), an organisation ("the bank") or a plural ("left many
    nations feeling that …"), not a thing ("used blunt language to denounce …")."""
    return (
        token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or token.tag_ in {"NNS", "NNPS"}
        or token.lower_ in {"him", "her", "them", "us", "me"}
        or role_word(token.text) in ROLE_NOUNS
        or token.lemma_.lower() in ORGANIZATION_NOUNS
    )


def _author(medium: Token, foreign: Callable[[Token], bool] | None) -> Token | None:
    """Who a statement, tweet or news conference comes from: its possessor ("his tweet"),
    else the subject of the verb it hangs from ("Trump issued a statement", "she said at a
    news conference"), else None."""
    owner = next((c for c in medium.lefts if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = medium.head.head if medium.dep_ == "pobj" else medium.head
    if medium.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return subject_of(verb, foreign)


def _contrasted_conjunct(subject: Token) -> Token:
    """The noun after "but" when the parser made it a conjunct of the subject ("Lagos, a
    city of …, floods most years, but scientists say …" → scientists), else ``subject``."""
    for child in subject.rights:
        if child.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in _CONTRAST and c.i < child.i for c in subject.children
        ):
            return child
    return subject


def mention_span(subject: Token) -> Span:
    """The words of the noun phrase headed by ``subject``: its left modifiers, and a short
    tail such as "of the regional health ministry" or a name in apposition (not a name's
    description in apposition)."""
    doc = subject.doc
    end = subject.i + 1
    for child in subject.rights:
        if child.dep_ == "appos" and subject.pos_ == "PROPN" and child.pos_ == "NOUN":
            break  # a name's description ("Halvorsen Foods, the Nordic food maker,")
        if child.dep_ == "appos" and child.like_num:
            break  # an age ("Kovacs, 54, said", "the mayor, 61, said")
        if child.dep_ in {"prep", "compound", "flat", "appos", "punct", "amod"} and (
            child.right_edge.i - subject.i <= 8
        ):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    while end - 1 > subject.i and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1  # a paragraph break after the phrase is no part of the name
    start = subject.left_edge.i
    # Words of an earlier paragraph (a misparse), focus words and the cue itself are not the
    # name: "Even China said …", "But the ministry said …", "Said Dahl: …".
    for token in tokens_of(doc)[start : subject.i]:
        if "\n" in token.text:
            start = token.i + 1
    while start < subject.i and (
        doc[start].is_punct  # the comma and mark closing a quote ("…,” Kovacs, 54, said")
        or doc[start].lower_ in _FOCUS_WORDS
        or doc[start].tag_.startswith("VB")
        or is_clock_time(doc[start])  # a live blog's entry time: "16:05 Castell Engineering"
    ):
        start += 1
    if (
        start + 2 <= subject.i
        and start > 0
        and doc[start - 1].text == ","
        and doc[start].lower_ in {"a", "an"}
        and doc[start + 1].dep_ == "compound"
        and doc[start + 1].lemma_.lower() in FIGURE_NOUNS
    ):
        # "…, a figure aid groups said was likely to rise": the parser made one phrase of the
        # figure and who spoke of it (probe 2026-11-29: "a figure aid groups" spoke).
        start += 2
    return doc[start:end]


def apposed_name(source: Token) -> Span | None:
    """A person's or organisation's name set off by commas right after the phrase ``source``
    heads, which the parser did not attach to it: "according to a spokesman, John Doe, 40
    people …"."""
    doc = source.doc
    comma = source.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_iob_ != "B":
        return None
    name = next((ent for ent in ents_of(doc) if ent.start == comma + 1), None)
    if name is None or name.label_ not in {"PERSON", "ORG"} or name.end >= len(doc):
        return None
    return name if doc[name.end].text == "," else None


#: Verbs whose agent holds a document rather than issues it: "documents seen by the Kettleby
#: Herald" are the city's, which the paper reports (probe q5).
_HOLDING_VERBS = frozenset({"see", "obtain", "review", "view", "examine", "read", "acquire"})


def issuer(source: Token) -> Token:
    """Who stands behind a source that is a document or figure: the agent of "figures
    released by the ministry", the subject of "figures the association shared", the possessor
    in "the ministry's figures", the object of "figures from the Home Office", or the name in
    apposition to a common noun ("local newspaper the Dunmore Echo", "a spokesman, John Doe,":
    ``apposed_name``); else ``source``."""
    if source.pos_ != "NOUN":
        return source
    named = apposed_name(source)
    if named is not None:
        return named.root
    for child in source.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if (
            child.dep_ == "prep"
            and child.lower_ in {"from", "by"}
            and source.lemma_.lower() in FIGURE_NOUNS
        ):
            origin = next((g for g in child.children if g.dep_ == "pobj"), None)
            if origin is not None and origin.pos_ in {"NOUN", "PROPN"}:
                return origin
        if child.dep_ == "acl" and child.lemma_.lower() not in _HOLDING_VERBS:
            for grandchild in child.children:
                if grandchild.dep_ == "agent":
                    agent = next((g for g in grandchild.children if g.dep_ == "pobj"), None)
                    if agent is not None:
                        return agent
        elif child.dep_ == "relcl":
            subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                return subject
    owner = next((c for c in source.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"}:
        return owner
    return source


def reported_group(pronoun: Token) -> Token | None:
    """The organisation an "it"/"they" subject of a cue stands for when the cue comes after
    the clause it reports and that clause's subject is an organisation: "Shell posted a profit
    of $7bn, it said" → Shell; "The bank raised rates, it said" → the bank. "It" takes no
    plural ("Organisers …, it said" names nobody); "they" takes a plural or a named one."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"it", "they"}:
        return None
    verb = pronoun.head
    clause = next(
        (c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < pronoun.i), None
    )
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    named = subject.ent_type_ == "ORG"
    if not named and not (subject.pos_ == "NOUN" and subject.lemma_.lower() in ORGANIZATION_NOUNS):
        return None
    plural = subject.tag_ in {"NNS", "NNPS"}
    agrees = not plural if pronoun.lower_ == "it" else plural or named
    return subject if agrees else None


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the senator, who said …" → senator), also when
    the parser did not hang the clause from it ("the police department which reported …")."""
    clause = relative.head
    if clause.dep_ == "relcl":
        return clause.head
    before = relative.i - 1
    if before >= 0 and relative.doc[before].text == ",":
        before -= 1
    if before >= 0 and relative.doc[before].pos_ in {"NOUN", "PROPN"}:
        return relative.doc[before]
    return None


def _group_name(head: Token, people: PeopleIndex) -> str | None:
    """The group a quantifier or demonstrative subject describes: the whole phrase for "many
    of his supporters" or "those close to him", the antecedent's name for "most of whom",
    else None (a bare "some" or "all" names nobody)."""
    if head.lower_ not in _GROUP_HEADS and not head.like_num:
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            member = next((g for g in child.children if g.dep_ == "pobj"), None)
            if member is None:
                return None
            if member.lower_ == "them":
                # "Two of them, speaking on condition of anonymity, said", "one of them said":
                # the group as written, without what describes it.
                return head.doc[head.left_edge.i : member.i + 1].text.strip()
            if member.lower_ in _RELATIVE_PRONOUNS:
                antecedent = _antecedent(member)
                if antecedent is None:
                    return None
                return speaker_name(mention_span(antecedent), people)
            if member.pos_ not in {"NOUN", "PROPN"}:
                return None
            if head.like_num:  # "Two of the managers": not the clause describing them
                return head.doc[head.left_edge.i : _group_end(member) + 1].text.strip()
            break
        if child.dep_ not in _GROUP_DESCRIBERS or head.like_num:
            return None
        break
    else:
        return None
    doc = head.doc
    return doc[head.left_edge.i : head.right_edge.i + 1].text.strip()


#: What follows a group's noun and describes it rather than names it: "the managers who
#: attended the meeting", "the nurses, some of them striking".
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj"})


def _group_end(noun: Token) -> int:
    """The last token of a group's noun phrase without the clauses that describe it."""
    end = noun.i
    for child in noun.rights:
        if child.dep_ in _DESCRIBING_DEPS:
            break
        end = child.right_edge.i
    return end


def speaker_name(mention: Span, people: PeopleIndex) -> str | None:
    """The public speaker for a subject mention: a ``Person.name``, else the text of a
    non-pronoun noun phrase (an organisation or group), else None."""
    root = mention.root
    if root.pos_ in {"NUM", "ADJ"}:
        # "One, Pavel Horak, who …, said": a number or an ordinal standing for one of a group
        # speaks by the name beside it.
        named = _apposed_name(root)
        if named is not None:
            return named
        group = _group_name(root, people)
        if group is not None:
            return group  # "Two of them said", "Two of the managers said"
    if root.ent_type_ in _NOT_SPEAKER_ENTITIES and not is_age(root):  # "the 29-year-old"
        return None
    if root.lower_ in _RELATIVE_PRONOUNS and len(mention) == 1:
        antecedent = _antecedent(root)
        if antecedent is None:
            return None
        return speaker_name(mention_span(antecedent), people)
    name = people.name_for(mention)
    if name is not None:
        return name
    group = _group_name(root, people)
    if group is not None:
        return group
    if root.lower_ in _OPAQUE_PRONOUNS or (root.pos_ == "PRON" and len(mention) == 1):
        unnamed = people.unnamed_antecedent(root)  # "A witness told … “…,” she said"
        return None if unnamed is None else speaker_name(mention_span(unnamed), people)
    if root.pos_ == "PRON":
        # A quantified group ("many of his supporters", "some Republicans").
        return mention.text
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    named = (
        _apposed_name(root)
        or _name_after_comma(mention, people)
        or _name_beside_apposed_role(root, people)
        or _apposed_person(root, people)
    )
    return named if named is not None else mention.text


def _name_beside_apposed_role(root: Token, people: PeopleIndex) -> str | None:
    """The person named beside a role that the parser hung, with the name, on a noun opening
    the sentence: "Outside court, the family's lawyer, Petra Lindahl, said" makes "court" the
    subject, "lawyer" its apposition and the name the lawyer's (probe q5)."""
    for role in root.rights:
        if role.dep_ != "appos" or role.pos_ != "NOUN" or role_word(role.text) not in ROLE_NOUNS:
            continue
        for child in role.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                name = people.name_for(root.doc[child.left_edge.i : child.i + 1])
                return name or _apposed_name(role)
    return None


def _apposed_person(root: Token, people: PeopleIndex) -> str | None:
    """The person named in apposition to a description, with a title of their own before the
    name: "His opponent in the campaign, the former environment minister Lucia Ferraz, said"
    (probe 2026-11-29: too long a phrase for the mention, the opponent was the speaker)."""
    if root.tag_ == "NNS":
        return None
    for child in root.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            name = next((e for e in ents_of(root.doc) if e.start <= child.i < e.end), None)
            return None if name is None else people.name_for(name)
    return None


def _name_after_comma(mention: Span, people: PeopleIndex) -> str | None:
    """The person named after the last comma of a subject phrase, an apposition the parser
    hung elsewhere ("Her counterpart at St Bride's High, Fiona Gallacher, said"). Not after a
    plural ("Hospitals in the capital, Marrak, said": the place the tagger took for a person
    named the hospitals' speaker; probe 2026-11-29)."""
    commas = [t.i for t in mention if t.text == ","]
    if not commas or mention.root.tag_ in ("NNS", "NNPS"):
        return None
    tail = mention.doc[commas[-1] + 1 : mention.end]
    if not len(tail):
        return None
    if all(t.ent_type_ == "PERSON" for t in tail):
        return people.name_for(tail)
    # A name the entity tagger missed ("The first, Ana Ruiz, said"): two capitalised proper
    # nouns or more, untagged.
    if len(tail) >= 2 and all(
        t.pos_ == "PROPN" and t.text[0].isupper() and not t.ent_type_ for t in tail
    ):
        return tail.text
    return None


def _apposed_name(root: Token) -> str | None:
    """The name set beside a role ("Its managing director, Emeka Balogun, said"), which the
    entity tagger missed: a capitalised apposition of two words or more."""
    for child in root.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            words = [t for t in child.subtree if t.i <= child.i]
            if len(words) >= 2 and all(t.pos_ == "PROPN" and t.text[0].isupper() for t in words):
                return " ".join(t.text for t in words)
    return None
