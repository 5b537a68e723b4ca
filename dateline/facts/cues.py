"""Attribution cues: the verbs that report speech, belief or intention, and which of their
dependents hold what is attributed ("said that …", "wants to …", "called for …")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token


def _lemmas(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Verbs of saying, writing and reporting: their clause complement is what was said, and they
#: can introduce a direct quote ("…," she said).
SPEECH = _lemmas(
    """say tell add note write state claim argue insist explain report announce warn
    acknowledge admit deny suggest reply respond recall ask declare assert tweet post
    predict estimate confirm reveal contend maintain emphasize emphasise stress complain
    concede observe remark mention testify allege charge boast joke quip continue conclude
    agree promise vow pledge propose urge demand caution counter repeat reiterate shout
    chant sing scream yell whisper signal hint inform assure indicate show find disclose
    teach answer retort lament acknowledge speculate muse wonder question doubt blast
    accuse praise describe advise recommend threaten order instruct warn forecast project
    calculate conclude rule fume rage snap gush rant sneer scoff hiss bark growl thunder
    seethe rave plead beg sob moan grumble groan gasp blurt bellow murmur mutter taunt jibe
    enthuse exclaim splutter stammer roar comment"""
) | frozenset({"hit back", "fire back", "shoot back", "chime in"})
#: Verbs that report speech with a particle after them ("hit back: “…”", "fired back",
#: "chimed in"): their lemma is read as the pair.
PHRASAL_SPEECH = {"hit": "back", "fire": "back", "shoot": "back", "chime": "in"}
#: Verbs of belief and knowledge: their clause complement is what is held true.
BELIEF = _lemmas(
    """think believe feel hope fear worry expect know understand assume suspect guess realize
    realise figure reckon consider imagine hear learn see decide suppose sense trust
    presume recognize recognise notice acknowledge bet view regard doubt"""
)
#: Verbs of intention and appeal: their infinitive complement is what is wanted or asked.
INTENTION = _lemmas(
    """want plan intend promise vow pledge hope threaten refuse decline urge ask encourage
    demand seek aim offer propose agree vote call push press wish prefer expect tell
    order instruct invite challenge decide choose vie strive aspire resolve warn
    advise caution remind implore exhort"""
)
#: Verbs whose direct object alone can be what is attributed ("announced a recount"). Not
#: "hit" or "list": their object is mostly no statement ("the storm hit the coast", "listed
#: its shares"; on PolNeAR dev neither gave a matched attribution).
OBJECT_CUES = _lemmas(
    """announce deny cite predict propose demand acknowledge admit confirm reveal estimate
    report describe question criticize criticise condemn praise support oppose reject
    blame mention emphasize emphasise stress echo recommend want tweet dispute attack
    blast mock endorse defend slam tout dismiss applaud welcome challenge denounce ridicule
    fault favor favour discuss express cite rate liken endorse back debate
    document detail outline highlight publish label reference promote pitch chastise
    compare advocate lament decry concede float rule urge characterize
    characterise portray brand dub call accuse charge thank congratulate recount recall
    approve veto overrule embrace decline refuse accept reiterate acknowledge note claim
    explain suggest declare signal indicate show disclose promise pledge offer"""
)
#: Who "shows" a quality, not a finding ("the team showed great spirit", against "the poll
#: showed a close race"): people and sides, besides names and personal pronouns.
DISPLAYING_NOUNS = _lemmas(
    """team side squad player club crowd fan supporter people resident worker student child
    voter man woman family"""
)
#: Object cues whose person object receives the act rather than being what is said: "charged
#: Hensel with fraud", "promoted her to editor" (but "charged a premium", "promoted the plan").
RECIPIENT_CUES = _lemmas("charge promote")
#: Object cues that are deeds as often as words: their passive subject is attributed only when
#: the passive names who did it ("the report was published by the inspectorate", not "was
#: published on Monday"; "she has been promoted").
DEED_CUES = _lemmas(
    """publish promote document approve veto accept decline refuse offer charge rule float
    pitch label rate detail outline highlight"""
)
#: Cues whose passive subject with no doer is a thing made known, not what anyone said: "A deal
#: could be announced next week, one of the people said" (probe 2026-11-28: "A deal" was a quote
#: of nobody's, which then hid the people's own). Unlike ``DEED_CUES``, their objects and clauses
#: stay speech ("announced that 300 jobs would go").
ANNOUNCING_CUES = _lemmas("announce unveil")
#: Object cues whose object is always the one thanked, never what is said ("thanked the
#: volunteers for their patience"); what they say comes in a clause ("thanked … , saying …").
GRATITUDE_CUES = _lemmas("thank congratulate")
#: Whom "call" summons rather than names ("called police", "called an ambulance"), besides
#: names and personal pronouns.
SUMMONED_NOUNS = _lemmas(
    """police ambulance doctor paramedic firefighter brigade service taxi cab lawyer number
    hotline friend mother father parent family home officer"""
)
#: Object cues whose subject deals with an item on its agenda when it is a deliberative body
#: ("the parish council will discuss the plan"), not a stance of its own.
AGENDA_CUES = _lemmas("discuss debate")
#: Deliberative bodies, by the noun that heads their name ("the Senate", "the finance
#: committee", "the parish council").
BODY_NOUNS = _lemmas(
    """parliament council committee assembly senate house board cabinet court tribunal
    commission congress legislature panel jury chamber"""
)
#: Prepositions whose phrase after an object cue's object belongs to what is attributed
#: ("criticized Romney for not releasing …", "described him as a fraud", "accused her of …").
OBJECT_TAILS = frozenset({"for", "as", "of", "over", "about"})
#: Prepositions whose object is what is attributed after some verbs ("called for a recount",
#: "warned of shortages", "spoke about the vote").
TOPIC_PREPOSITIONS = {
    "call": {"for", "on"},
    "warn": {"of", "about", "against"},
    "speak": {"of", "about", "on", "against"},
    "talk": {"about", "of"},
    "ask": {"about"},
    "worry": {"about"},
    "complain": {"about", "of"},
    "boast": {"about", "of"},
    "brag": {"about", "of"},
    "argue": {"for", "against"},
    "push": {"for"},
    "press": {"for", "on"},
    "plead": {"for"},
    "point": {"to"},
    "rail": {"against"},
    "vote": {"for", "against"},
    "decide": {"against", "on"},
    "rule": {"on", "against"},
    "comment": {"on", "about"},
    "write": {"about", "of"},
    "wonder": {"about"},
    "know": {"about", "of"},
    "learn": {"about", "of"},
    "hear": {"about", "of"},
    "testify": {"about", "on"},
    "insist": {"on"},
    "campaign": {"for", "against"},
    "joke": {"about"},
    "agree": {"on", "with"},
    "weigh": {"in"},
    "respond": {"to"},
    "react": {"to"},
    "refer": {"to"},
    "apologize": {"for"},
    "apologise": {"for"},
    "bristle": {"at"},
    "marvel": {"at"},
    "reflect": {"on"},
    "elaborate": {"on"},
    "advocate": {"for"},
    "lobby": {"for", "against"},
    "disagree": {"with", "on"},
    "lash": {"out"},
    "object": {"to"},
    "express": {"about"},
}
#: Nouns that cue an attribution, with the prepositions whose object is what is attributed
#: ("criticism of the plan", "support for the bill"); a "that" clause or a "to" infinitive
#: after any of them is attributed too ("the claim that …", "her plan to …").
NOUN_CUES: dict[str, frozenset[str]] = {
    noun: frozenset(preps.split())
    for noun, preps in {
        "claim": "of about",
        "allegation": "of about against",
        "accusation": "of against",
        "assertion": "of about",
        "argument": "for against about",
        "statement": "on about",
        "remark": "about on",
        "comment": "about on",
        "criticism": "of",
        "critique": "of",
        "attack": "on against",
        "support": "for of",
        "opposition": "to",
        "praise": "for of",
        "call": "for",
        "demand": "for",
        "promise": "of",
        "pledge": "of",
        "plan": "for",
        "proposal": "for",
        "decision": "on",
        "warning": "of about against",
        "concern": "about over",
        "fear": "of about over",
        "belief": "in",
        "view": "of on",
        "suggestion": "of",
        "insistence": "on",
        "denial": "of",
        "acknowledgment": "of",
        "acknowledgement": "of",
        "admission": "of",
        "question": "about over",
        "message": "about",
        "announcement": "of",
        "endorsement": "of",
        "condemnation": "of",
        "disdain": "for",
        "hope": "for of",
        "prediction": "of",
        "estimate": "of",
        "conclusion": "",
        "determination": "",
        "idea": "of",
        "notion": "of",
        "report": "of on about",
        "finding": "",
        "testimony": "about on",
        "vow": "",
        "threat": "of",
        "insinuation": "",
        "implication": "",
    }.items()
}
#: Verbs that attribute a view when their object is followed by "as" ("viewed communists as
#: terrorists", "painted Trump as a caricature"); without "as" they are no cue.
AS_CUES = _lemmas("see view regard paint cast portray treat frame depict picture")
#: Adjectives after a copula that attribute a belief or feeling, with the prepositions whose
#: object is what is held ("is convinced that …", "are afraid of …", "was worried about …").
ADJECTIVE_CUES: dict[str, frozenset[str]] = {
    adjective: frozenset(preps.split())
    for adjective, preps in {
        "afraid": "of",
        "convinced": "of",
        "confident": "of about in",
        "sure": "of about",
        "certain": "of about",
        "aware": "of",
        "worried": "about over",
        "concerned": "about over",
        "optimistic": "about",
        "pessimistic": "about",
        "skeptical": "of about",
        "sceptical": "of about",
        "hopeful": "about of",
        "adamant": "about",
        "critical": "of",
        "supportive": "of",
        "opposed": "to",
        "determined": "",
        "eager": "for",
        "unhappy": "with about",
        "angry": "about over at",
        "upset": "about over at",
        "furious": "about over at",
        "frustrated": "with by about over",
        "dismissive": "of",
        "doubtful": "about of",
        "insistent": "on",
        "clear": "about on",
    }.items()
}
#: Every lemma that can cue an attribution.
CUE_LEMMAS = SPEECH | BELIEF | INTENTION | OBJECT_CUES | AS_CUES | frozenset(TOPIC_PREPOSITIONS)

#: Inflected forms of irregular cues, for pipelines run without a lemmatizer.
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "heard": "hear",
    "saw": "see",
    "seen": "see",
    "found": "find",
    "taught": "teach",
    "understood": "understand",
    "sang": "sing",
    "sung": "sing",
    "spoke": "speak",
    "spoken": "speak",
    "sought": "seek",
    "forecast": "forecast",
    "bet": "bet",
}


def lemma(token: Token) -> str:
    """The token's lemma in lower case, or the cue a suffix guess finds when the lemma is none:
    no lemmatizer in the pipeline, a look-up slip ("hopes" → "hop", "rated" → "rat"), or a
    noun made from the cue ("questioning")."""
    found = token.lemma_.lower()
    particle = PHRASAL_SPEECH.get(found)
    if particle is not None:
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if after is not None and after.lower_ == particle and after.head.i == token.i:
            return f"{found} {particle}"
    if found in CUE_LEMMAS:
        return found
    guess = _cue_guess(token.lower_)
    return guess if guess in CUE_LEMMAS or not found else found


#: Distinct words whose guess is kept: every word of a few long articles (a bound on memory,
#: not a tuned value).
@lru_cache(maxsize=4096)
def _cue_guess(word: str) -> str:
    """The cue lemma ``word`` is an inflection of, else ``word``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in CUE_LEMMAS:
            return word[: -len(suffix)] + repl
        if word.endswith(suffix) and word[: -len(suffix)] + "e" in CUE_LEMMAS:
            return word[: -len(suffix)] + "e"
    return word


#: What one concedes in a match, not in an argument ("whose side have conceded 21 goals").
CONCEDED_SCORES = _lemmas("goal point run try penalty corner wicket basket touchdown set game")


#: Whom a hospital or a school admits ("Hospitals admitted 2,300 people"), and where to ("the
#: clinic admitted him to intensive care"): no confession.
ADMITTED = _lemmas("people person patient child adult student pupil resident refugee victim case")
ADMITTED_TO = _lemmas("hospital care ward unit clinic school university college")


def is_cue_verb(token: Token) -> bool:
    """Whether ``token`` is a verb that can report speech, belief or intention. Not "admit"
    said of a hospital's or a school's intake, passive ("19 were admitted to intensive care")
    or with people as its object or a hospital as its goal (``ADMITTED``, ``ADMITTED_TO``),
    nor "concede" with a score as its object ("have conceded 21 goals")."""
    if not token.tag_.startswith("VB") or token.dep_ == "amod":
        return False
    found = lemma(token)
    if found not in CUE_LEMMAS:
        return False
    if found == "admit" and admits_to_care(token):
        return False
    return not (
        found == "concede"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in CONCEDED_SCORES for c in token.children)
    )


def admits_to_care(token: Token) -> bool:
    """Whether the verb "admit" at ``token`` takes people in rather than owns up to something."""
    for child in token.children:
        if child.dep_ in ("auxpass", "nsubjpass"):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in ADMITTED:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "into"):
            goals = [g for g in child.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in ADMITTED_TO for g in goals):
                return True
    return False
