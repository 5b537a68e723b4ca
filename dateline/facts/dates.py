"""Date expressions in an article body, resolved against its publication date.

``find_dates(text, published)`` finds "on Tuesday", "March 3", "Oct. 7, 2023", "last week",
"earlier this month", "yesterday", "two days ago", "next Monday", "in 2019", "by the end of the
year", "mid-April", "over the weekend", "last autumn", "in the year to December" and resolves
each to an ISO 8601 string at the precision the words give: a day ``2023-11-21``, a week
``2023-W46``, a month ``2023-11`` or a year ``2023`` (a season, a year's start or end and a
period "to December" resolve to a month). A weekday or a day without a year means the most
recent one on or before publication, unless the sentence speaks of the future ("will meet on
Tuesday", "would meet on Friday", "is due to start on March 3", "takes effect July 1", a
timetable in the present tense "the strike begins on Monday", reported speech looking ahead
"said the talks were due to resume on Monday") or sets a deadline ("until April 30"): then
the next one on or after it. Without a publication date only expressions that carry their own
year resolve; the rest keep ``resolved`` null.

Plain regular expressions: on the fixtures they resolve every expression, where dateparser's
search misreads abbreviated months and needs 20x the time (see ``docs/facts.md``). Given the
spaCy parse, a date of a clause in the present tense is also read as ahead ("Rovers face
Harwick City on Tuesday").
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dateline.facts.nlp import text_of
from dateline.facts.numbers import UNITS
from dateline.model import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
#: Modal verbs: a date they govern is ahead ("would meet on Friday", "could cut rates in June").
#: "may" only in lower case, where it is not the month; a negated "would" or "could" is mostly a
#: past refusal or failure ("could not be reached on Monday", "would not comment on Friday").
_MODAL = (
    r"(?:will|won't|shall|'ll|(?:would|could)(?!\s+not\b|n't)|might|should|must|can|cannot"
    r"|(?-i:may)|(?:should|must|might|ca)n't)"
)
#: Verbs that "due to" takes when it means scheduled ("due to take place"), not because of
#: ("due to fog").
_DUE_VERBS = (
    r"(?:be|take|start|begin|open|close|end|finish|meet|hold|vote|sign|launch|resume|return|"
    r"arrive|leave|depart|land|visit|speak|appear|face|stand|go|come|run|expire|rule|decide|"
    r"report|publish|release|announce|deliver|host|attend|testify|reopen|conclude|complete|"
    r"hear|travel|enter|become|give|make|retire|step)"
)
#: A start in the modal perfect right before its date: what was to start that day and now will
#: not, news of which comes before the day ("the tax, which would have taken effect on
#: November 1, was scrapped"; probe q6 read last year's November).
_CALLED_OFF_START = re.compile(
    r"\bwould\s+have\s+(?:taken|come\s+into|gone\s+into|entered\s+into)\s+(?:effect|force)"
    r"(?:\s+(?:on|from|in))?\s*$",
    re.I,
)
#: Words before a date that put it in the future when it would otherwise be read as past.
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|shall|'ll|is|are)\b(?:\s+\w+){0,2}?\s+(?:due|set|scheduled|expected|"
    rf"planned|going|to)\b|\b{_MODAL}\b"
    r"|\b(?:plan|intend|hope|aim|expect|want|seek|vow|promise|pledge|threaten)(?:s|ing)?\s+to\b"
    # A forecast in the present or the present perfect is of what is to come: "has forecast
    # more rain on Tuesday", "forecasters predict snow on Monday", "lows of -6C forecast for
    # Sunday night"; "had forecast in July" and "predicted the rout on March 3" tell of a
    # forecast gone by (a bare "forecast" may be either and counts). A date right after the word
    # says when the forecast was made ("predicted on Monday that …", "lowered its forecast in
    # October", "the forecast on Monday warned …"). An expectation in the present is one too:
    # "economists expect the first cut in mid-March" (probe 2026-11-28: read as last March).
    r"|(?<!had )(?<!had been )\b(?:forecast(?:s|ing)?|predict(?:s|ing)?|expect(?:s|ing)?|"
    r"anticipat(?:es?|ing)|"
    r"(?:has|have|is|are)\s+(?:been\s+)?(?:forecast(?:ed)?|predicted))"
    r"(?!\s+(?:on|in|at|during|earlier|last|this|yesterday|today)\b)(?=\s+\w)"
    # A warning in force is of what is to come, as a forecast is: "has issued an amber
    # warning for snow across the hills from Friday night" (probe: read as last Friday);
    # not one issued in the past tense ("Police issued a warning for drivers on Monday").
    r"|\b(?:has|have)\s+(?:issued|put\s+out|extended|raised)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:warning|alert)s?\s+(?:for|of|over)\b(?=\s+\w)"
    # A bare "expected" right before the date: "with highs of 41C expected on Saturday".
    r"|(?<!was )(?<!were )(?<!been )\bexpected\s*$"
    # Without "is": "the event, due to take place on May 17"; "was due to" stays past.
    r"|(?<!was )(?<!were )(?<!had been )(?<!had )\b(?:due\s+to\s+"
    rf"{_DUE_VERBS}|(?:expected|set|poised|slated|scheduled)\s+to|(?:planned|scheduled|slated|"
    r"set)\s+for)\b|(?<!was )(?<!were )\bdue\s*$"
    r"|\b(?:takes?|comes?\s+into|goes?\s+into|enters?\s+into)\s+(?:effect|force)\b"
    r"|\b(?:is|are)\s+(?:running|standing)\s+(?:for|in)\b"
    # A deadline looks ahead, as "by Friday" does.
    r"|\b(?:no|not)\s+later\s+than\s*$"
    # A date right after a present "is" or "are" is a fixture: "the vote is on March 12".
    r"|\b(?:is|are)\s*$",
    re.I,
)
#: Future in the past: a verb looking ahead in the past tense ("were due to resume", "was
#: likely to cut", "hoped to visit"). It puts a date ahead only in reported speech ("He said
#: the talks were due to resume on Monday"): what was ahead when someone spoke is mostly still
#: ahead at publication, while narrative past ("The train was due to leave on Monday but …")
#: tells of a day gone by.
_FUTURE_IN_PAST = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:(?:likely|set|going|poised|slated|about|planning|hoping|"
    r"preparing)\s+to\b|(?:due|expected|scheduled)\b)"
    r"|\b(?:hoped|planned|intended|aimed|expected|wanted|promised|pledged|vowed|threatened|"
    r"sought|meant|agreed|decided)\s+to\b",
    re.I,
)
#: Reporting verbs whose clause a future-in-the-past cue must follow.
_REPORTED = re.compile(
    r"\b(?:said|told|announced|added|predicted|warned|insisted|suggested|indicated|confirmed|"
    r"stated|wrote|explained|noted|revealed|signalled|signaled|hinted|argued|claimed)\b",
    re.I,
)
#: How far back in its sentence a future-in-the-past cue looks for its reporting verb, in
#: characters (the probe's "She said the Federal Reserve was likely to cut interest rates in
#: September" needs 62 from the date; a sentence rarely runs past 200).
REPORT_REACH = 200
#: A past verb: the "-ed" forms and the irregular ones news tells the past with.
_PAST_FORM = (
    r"(?:[\w'’-]*ed|said|told|was|were|had|did|made|took|came|went|got|gave|found|met|held|"
    r"left|began|saw|ran|won|lost|sent|spent|brought|fell|rose|wrote|spoke|broke|chose|drove|"
    r"struck|hit|shut|cut|put|set)\b"
)
#: A past verb form as a word of its own.
_PAST_VERB = re.compile(rf"\b{_PAST_FORM}", re.I)
#: After a date opening its clause ("By Friday, …"): a past form within five words, none of
#: them "will" or "would", before the clause ends.
_PAST_AFTER_OPENING = re.compile(
    rf",?(?:\s+(?!(?:will|would|should|must|can|may)\b)[\w'’-]+){{0,4}}?\s+{_PAST_FORM}", re.I
)
#: A present-tense verb of a scheduled event up to four words before the date, none of them a
#: past form: "the strike begins on Monday", "the budget goes to a final vote on March 20",
#: "the offer closes on April 30", "the talks resume on Monday". News tells the past in the
#: past tense; its present tense before a date is a timetable.
_SCHEDULED = re.compile(
    r"\b(?:(?:begin|start|end|close|open|reopen|run|resume|expire|finish|conclude|meet|convene|"
    r"continue)s"
    r"|goes|takes\s+place|kicks\s+off|gets\s+under\s+way"
    # plural subjects: "talks resume", "polls open" (not "was open", "has run")
    r"|(?<!\w)(?!(?:was|has|does|is|his|its|this|us|as|yes|thus|plus|less|unless|perhaps|always|"
    r"sometimes|whereas|across|news)\b)[a-z]+s\s+(?:begin|start|open|close|reopen|resume|meet|"
    r"convene|go|take\s+place|kick\s+off|get\s+under\s+way))"
    # "runs from 6 p.m. on Friday": a word may hold the stops of "p.m."
    rf"(?:\s+(?!{_PAST_FORM})[\w.'’-]+){{0,4}}?\s*$",
    re.I,
)
#: A fixture between two teams in the present tense, the plural verb British news gives a
#: team, which the parser may read as a noun ("Harbour City host Lakeside on Wednesday";
#: probe q6 read last Wednesday). Not when a past verb follows the date ("World Cup host
#: Qatar on Monday said …").
_FIXTURE = re.compile(
    r"(?-i:\b[A-Z][\w'’-]*)\s+(?:host|face|play|visit|meet|welcome|entertain)\s+"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s*$",
)
#: After a date opening its sentence ("In April, the rules will change"; "On Monday the
#: committee votes"): a future word in the clause before any past form ("On Monday, the
#: minister said she will resign" is about that Monday).
_FUTURE_AFTER_OPENING = re.compile(
    rf"(?:,?\s+(?!{_PAST_FORM})[\w'’-]+){{0,5}}?\s+(?:will|shall|won't|is\s+due|are\s+due|"
    r"(?:is|are)\s+(?:set|scheduled|expected|going)\s+to)\b",
    re.I,
)
#: What undoes a future cue before a date: a reporting verb after it, or a perfect infinitive
#: or modal perfect ("is believed to have fled", "could have cut rates"; "will have" stays ahead).
_PAST_AFTER_CUE = re.compile(
    r"\b(?:said|told)\b|\b(?:to|would|could|should|might|must|(?-i:may))\s+(?:not\s+)?have\b"
    r"|\b(?:would|could|should|might|must)(?:'ve|n't\s+have)\b",
    re.I,
)
#: A clause in the past after a future cue, which the date belongs to instead: "the levy,
#: which would have come into force on March 1, was dropped on Tuesday" (probe q6); a relative
#: clause in the past tense: "expects the report it commissioned in January", "the quarter
#: that ended in March" (review of session 19: both were read as next year's).
_PAST_CLAUSE_AFTER_CUE = re.compile(
    r"\b(?:was|were)\b|\b(?:that|which|who|it|they|he|she|we)\s+(?:had\s+)?[a-z]+ed\b", re.I
)
#: Verbs that report speech: "says on Monday" tells when it was said, not what is to come.
_REPORTING_LEMMAS = frozenset(
    {"say", "tell", "claim", "add", "note", "insist", "warn", "write", "argue", "explain"}
)
#: Quotation marks, which end the look-back for a future cue.
_QUOTE_MARKS = '"“”„«»'
#: A phrase quoted inside a sentence: no punctuation before its closing mark ("would
#: “regroup” before", not "“We will rebuild,” Kovacs said").
_PARTIAL_QUOTE = re.compile(r"[\"“]([^\"“”\n]*[\w'’)])[\"”](?![\w'’])")
#: Words whose full stop ends no sentence: titles and initials before a name ("Mr.", "Gen.",
#: "J."), and "No."; and words whose stop ends one only when a capital follows ("at 7 a.m. on
#: June 14", "at 9 a.m. Officials met …").
_TITLE_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|No)|(?<![\w.])[A-Z])\.$"
)
_ABBREVIATION_END = re.compile(r"(?:\b[ap]\.m|\b(?:Inc|Co|Corp|Ltd|vs|approx))\.$")
#: How far back in its sentence a date looks for a future cue, in characters (the fixtures'
#: longest gap, "will hold a vote on the reforms on Tuesday", is 37).
FUTURE_REACH = 60

_WEEKDAY = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
#: The earliest publication year relative dates are resolved against (``_parse_published``).
MIN_REFERENCE_YEAR = 1001
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
#: After a month name with nothing after it: a capitalised word makes it a first name ("by Jan
#: Novak", "the end of May Smith's career").
_NOT_A_NAME = r"(?![\w-])(?!\s+(?-i:[A-Z][a-z]))"

_YEAR = r"(?:19|20)\d\d"
#: Seasons as the first month of each (meteorological, northern hemisphere).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Modals that put the date their verb governs ahead (``_modal_clause``); "may" is left to
#: the characters, where its case tells it from the month.
_AHEAD_MODALS = frozenset({"will", "wo", "shall", "'ll", "would", "'d", "could", "might", "should"})
#: What may stand between a date read as ahead and the next one that ends its range, which is
#: then ahead too: "from 6 p.m. on Friday to 3 p.m. on Saturday", "on Tuesday and Wednesday".
_RANGE_GAP = re.compile(
    r"\s*,?\s*(?:to|until|till|through|and|or|[-–])\s+"
    r"(?:(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?|noon|midnight|midday)\s+)?",
    re.I,
)
#: Days a "day_around" phrase steps from the day it is beside.
_DAY_AROUND_STEPS = {
    "previous": -1, "preceding": -1, "before": -1, "next": 1, "following": 1, "after": 1
}  # fmt: skip
#: Sentence ends a "day_around" phrase may follow its anchoring date by, paragraph ends
#: included: the day named stays the day the story tells of until another is named, and a
#: scene runs on for a paragraph or two ("The storm reached the bay on Tuesday. ¶ Fishermen
#: pulled their boats ashore. … ¶ Roofs had been torn off the previous night": four sentence
#: ends, probe of 2026-11-28, facts part; one, the reach before, left it out).
_DAY_AROUND_REACH = 5
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?\s")
#: Prepositions after which a day, month or period is a deadline and so looks ahead.
_AHEAD = frozenset({"by", "until", "till", "before", "to", "towards", "toward"})

_PATTERNS: list[tuple[str, str]] = [
    # Not the end of a larger number: "9,000 years ago" is no "000 years ago".
    ("ago", rf"(?<![\d,.])\b{_COUNT}\s+(?P<ago_unit>day|week|fortnight|month|year)s?\s+ago\b"),
    (
        "full",
        rf"\b(?:(?P<full_prep>on|by|until|till|since|from|before|after)\s+)?(?:(?P<full_wd>{_WEEKDAY}),?\s+)?(?:(?P<md_month>{_MONTH})\s+(?P<md_day>{_DAY})"
        rf"|(?P<dm_day>{_DAY})\s+(?P<dm_month>{_MONTH}))(?:,?\s+(?P<full_year>{_YEAR}))?(?!\d)"
        # "on March 3 last year": the year named after it, left for "relative" to read too.
        r"(?:(?=\s+(?P<full_rel>last|next|this)\s+year\b)|)",
    ),
    ("month_year", rf"\b(?:in\s+)?(?P<my_month>{_MONTH})\s+(?P<my_year>{_YEAR})\b"),
    (
        # "by the end of the year", "at the start of next month", "until the end of June".
        "edge",
        r"\b(?:(?P<edge_prep>at|by|until|till|before|from|since|after|to|towards?|around)\s+)?"
        r"(?:the\s+)?(?P<edge_side>start|beginning|end|(?:first|last|final)\s+(?:week|days|fortnight))\s+of\s+(?:(?P<edge_det>the|this|last|next)"
        rf"\s+(?P<edge_unit>week|month|year|weekend)\b|(?P<edge_month>{_MONTH})"
        rf"(?:,?\s+(?P<edge_month_year>{_YEAR})\b|{_NOT_A_NAME})|(?P<edge_year>{_YEAR})\b)",
    ),
    (
        # A day of the month without the month: "will meet again on the 14th", "is due on the
        # 27th." The ordinal must end its phrase, or it counts something else ("on the 14th
        # floor", "on the 3rd day").
        "day_of_month",
        r"\b(?P<dom_prep>on|by|until|till|from|since|before|for)\s+the\s+"
        r"(?P<dom_day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        # After "for" only the phrase's end: "tickets for the 1st and 2nd rounds" counts rounds.
        r"(?=\s*(?:[,.;:!?)]|$)|(?<!for\sthe\s\d\w\w)(?<!for\sthe\s\d\d\w\w)\s+(?:to|and|or|"
        r"at|when|as|but|with|for|after|before|until)\b)",
    ),
    (
        # Statistics over a period named by the month it runs to: "in the year to December";
        # one named by its last day is that day ("the three months to September 30").
        "period_to",
        r"\b(?:(?:in|for|over|during)\s+)?the\s+(?:year|quarter|(?:\d{1,2}|three|six|nine|"
        r"twelve)\s+months)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?"
        rf"(?P<pt_month>{_MONTH})(?:\s+(?P<pt_day>{_DAY})(?!\d))?"
        rf"(?:,?\s+(?P<pt_year>{_YEAR})\b|{_NOT_A_NAME})",
    ),
    (
        "month",
        r"\b(?:(?P<month_prep>in|since|by|until|during|early|late|last|next|this|from)\s+"
        r"|(?:(?P<mid_prep>in|since|by|until|during|from)\s+)?mid-\s?)"
        rf"(?P<month_name>{_MONTH}){_NOT_A_NAME}",
    ),
    (
        # "the last summer" is an ordinal; "fall" is a verb unless this/last/next say otherwise;
        # "the summer of discontent" is no date.
        "season",
        r"(?<!the )\b(?P<season_mod>this|last|next|in|during|by|until|since|over|through)"
        r"\s+(?:the\s+)?(?P<season_name>spring|summer|autumn|winter|(?<=this |last |next )fall)\b"
        rf"(?:\s+(?:of\s+)?(?P<season_year>{_YEAR})\b)?(?!\s+of\b)",
    ),
    (
        "relative",
        r"\b(?P<rel_mod>last|next|this|earlier\s+this|later\s+this)\s+"
        r"(?P<rel_unit>week|month|year|weekend)\b",
    ),
    ("the_weekend", r"\b(?:over|during|at|on|for|through|across)\s+the\s+weekend\b"),
    (
        "weekday",
        rf"\b(?:(?P<wd_mod>last|next|this|on|coming|since|until|by|from|before)\s+)?"
        # "The Sun", "The Times": after "the", an abbreviated weekday is a title.
        rf"(?<!the )(?P<wd_name>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?",
    ),
    (
        # "the previous night", "the day before.", "the next morning": a day beside the day
        # the text is speaking of, not beside publication (``_DAY_AROUND_STEPS``); "the day
        # before the vote" is beside a day not named.
        "day_around",
        r"\bthe\s+(?P<around_word>previous|preceding|next|following)\s+(?:day|night|evening|"
        r"morning|afternoon)\b|\bthe\s+(?:day|night|evening)\s+(?P<around_side>before|after)"
        r"(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|while)\b)",
    ),
    ("day_word", r"\b(?P<which_day>the day before yesterday|yesterday|today|tomorrow|tonight)\b"),
    ("last_night", r"\blast night\b"),
    (
        "year",
        rf"\b(?P<year_prep>in|since|during|until|by|between|from|before|after|through|"
        rf"throughout|as\s+early\s+as|as\s+late\s+as)\s+(?P<only_year>{_YEAR})\b"
        # Not a count's range: "between 2000 and 3000 people".
        rf"(?!\s*[%-])(?!\s+(?:and|to)\s+(?!{_YEAR}\b)\d)",
    ),
    # The end of a range of years: "between 2017 and 2023", "from 2019 to 2024".
    ("year_end", rf"(?<=\d{{4}} )(?:and|to|until)\s+(?P<end_year>{_YEAR})\b(?!\s*[%-])"),
]
#: Every pattern starts at a word's start; saying so once in front lets the engine drop the
#: other positions before it tries the alternatives: 2.75 -> 1.27 ms per 600-word article
#: (``benchmarks/facts_speed.py``'s texts), same matches.
_FINDER = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS) + ")",
    re.IGNORECASE,
)
#: The kinds whose month or weekday name must be capitalised, and the groups that may hold it.
_NAME_GROUPS = {
    "full": ("md_month", "dm_month"),
    "month_year": ("my_month",),
    "month": ("month_name",),
    "weekday": ("wd_name",),
    "edge": ("edge_month",),
    "period_to": ("pt_month",),
}
#: The kinds whose reading depends on the tense (a day, month, weekday, season or period
#: without a year).
#: Kinds of date whose "by" sets a deadline unless a past verb closes it (``_done_by``), and
#: the group holding their preposition.
_DEADLINE_GROUPS = {"weekday": "wd_mod", "full": "full_prep"}
_TENSE_KINDS = frozenset(
    {"full", "month", "weekday", "edge", "period_to", "season", "the_weekend", "day_of_month"}
)


def find_dates(
    doc: Doc | str, published: str | None, parse: Doc | None = None
) -> list[DateMention]:
    """Date expressions in ``doc`` (an article body as text, or its spaCy doc), in order, each
    resolved to an ISO string against ``published`` (an ISO date or date-time; None leaves
    relative ones null). The characters are read: no pipeline is needed. ``parse``, the
    text's spaCy parse at the same offsets when there is one, also reads the tense of the
    clause a date belongs to (``_present_clause``)."""
    text = doc if isinstance(doc, str) else text_of(doc)
    today = _parse_published(published)
    found: list[DateMention] = []
    ahead_until = -1  # where the last date read as ahead ended
    day_named: tuple[int, str] | None = None  # where the last date resolved to a day ended
    for match in _FINDER.finditer(text):
        kind = _kind(match)
        if kind in _NAME_GROUPS and not _capitalised(match, kind):
            continue
        if kind == "day_word" and _in_a_title(match, text):
            continue
        if kind == "day_around":
            beside = _day_around(match, text, day_named)
            if beside is not None:
                found.append(DateMention(text=match.group(0), resolved=beside))
            continue
        ends_range = kind in _TENSE_KINDS and _ends_range(text, ahead_until, match.start())
        future = kind in _TENSE_KINDS and (
            ends_range
            or _future(text, match.start(), match.end())
            or (
                parse is not None
                and not _when_said(parse, match.start(), match.end())
                and (
                    _modal_clause(parse, match.start(), match.end())
                    or _present_clause(parse, text, match.start(), match.end())
                    or _awaited_event(parse, match.start(), match.end())
                )
            )
        )
        ahead_until = match.end() if future else -1
        done = kind in _DEADLINE_GROUPS and not future and _done_by(match, kind, text)
        resolved = _resolve(match, kind, today, future, done)
        start = found[-1].resolved if ends_range and found else None
        if kind == "weekday" and resolved and start and len(start) == len(resolved) == 10:
            # A range's last day is not before its first ("on Tuesday and Wednesday" read on
            # a Wednesday is next week's Tuesday and Wednesday).
            while resolved < start:
                resolved = (date.fromisoformat(resolved) + timedelta(days=7)).isoformat()
        found.append(DateMention(text=match.group(0).rstrip(" ,"), resolved=resolved))
        if resolved is not None and len(resolved) == len("2023-11-24"):
            day_named = (match.end(), resolved)
    return found


def _day_around(match: re.Match[str], text: str, day_named: tuple[int, str] | None) -> str | None:
    """The day "the previous night" or "the day after" stands for: one step from the last
    date resolved to a day, at most ``_DAY_AROUND_REACH`` sentences before; None (the phrase
    is left out) when there is none, as publication is rarely the day meant."""
    if day_named is None:
        return None
    end, day = day_named
    between = text[end : match.start()]
    if len(_SENTENCE_STOP.findall(between)) > _DAY_AROUND_REACH:
        return None
    step = _DAY_AROUND_STEPS[(match.group("around_word") or match.group("around_side")).lower()]
    return (date.fromisoformat(day) + timedelta(days=step)).isoformat()


def _ends_range(text: str, ahead_until: int, at: int) -> bool:
    """Whether the date at ``at`` ends a range opened by a date read as ahead that ended at
    ``ahead_until`` (-1 when the last date was not ahead)."""
    return ahead_until >= 0 and _RANGE_GAP.fullmatch(text, ahead_until, at) is not None


def _kind(match: re.Match[str]) -> str:
    return next(name for name, _ in _PATTERNS if match.group(name) is not None)


def _capitalised(match: re.Match[str], kind: str) -> bool:
    """Month and weekday names count only when capitalised ("may", "march" are verbs too); "the
    end of the year" has none to check."""
    word = next((w for w in map(match.group, _NAME_GROUPS[kind]) if w is not None), None)
    return word is None or word[0].isupper()


#: A word or a comma right before a capitalised "Today": the word is inside a sentence.
_WITHIN_SENTENCE = re.compile(r"[\w,]['’s]*[ \t]+$")


def _in_a_title(match: re.Match[str], text: str) -> bool:
    """Whether a capitalised "Today" or "Tomorrow" inside a sentence is part of a name, not a
    day: "published in the journal Materials Today", "told the Today programme", "USA Today"
    (probe 2026-11-29 resolved the journal to the publication day)."""
    word = match.group(0)
    if not (word[0].isupper() and word[1:].islower()):
        return False
    return _WITHIN_SENTENCE.search(text, max(0, match.start() - 40), match.start()) is not None


def _parse_published(published: str | None) -> date | None:
    """The day dates are read against; None for none, and for a year no story was published
    in that the calendar can count from: "0001-01-01" is what several CMSs print for a story
    with no date, and years before 1000 print in fewer than four digits."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return day if MIN_REFERENCE_YEAR <= day.year < date.max.year else None


def _future(text: str, at: int, end: int) -> bool:
    """Whether the words before the date at ``at`` (to ``end``) in its sentence put it in the
    future, or after it when it opens the sentence (``_FUTURE_AFTER_OPENING``): the
    last future cue there, unless a reporting verb or a perfect infinitive follows it
    ("Kovacs, who will step down in June, said on Friday"; "is believed to have fled on
    Sunday"); a future-in-the-past cue in reported speech ("said the talks were due to resume
    on Monday"); or a present-tense timetable verb ("the strike begins on Monday"). A quote
    ends the look-back ("“We will rebuild,” Kovacs said on Monday" is about Monday past), but
    a few words quoted inside the sentence do not ("said his side would “regroup” before
    Saturday's match")."""
    before = _outside_quotes(_sentence_before(text, at))
    if not before.strip():
        return _FUTURE_AFTER_OPENING.match(text, end) is not None
    if _CALLED_OFF_START.search(before):
        return True
    cues = list(FUTURE_CUES.finditer(before))
    if cues:
        return not (
            _PAST_AFTER_CUE.search(before, cues[-1].start())
            or _PAST_CLAUSE_AFTER_CUE.search(before, cues[-1].end())
        )
    if _SCHEDULED.search(before):
        return True
    if _FIXTURE.search(before) and not _PAST_AFTER_OPENING.match(text, end):
        return True
    reported = list(_FUTURE_IN_PAST.finditer(before))
    if not reported or _PAST_AFTER_CUE.search(before, reported[-1].start()):
        return False
    cue_at = at - len(before) + reported[-1].start()
    return bool(_REPORTED.search(_outside_quotes(_sentence_before(text, cue_at, REPORT_REACH))))


def _present_clause(parse: Doc, text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` belongs to a clause in the present tense, which news
    writes of what is to come ("Rovers face Harwick City at home on Tuesday", "It reports
    results on July 17", "Rain is forecast for Thursday"); never when a past form stands in
    the look-back window (``_future`` read the words first) or the verb reports speech.

    The date's governing verb is found by the parse; its tense is its tag's and its
    auxiliaries': a past auxiliary or a perfect ("was", "had", "has been") is past, a present
    one ("is forecast", "are holding") present."""
    if _PAST_VERB.search(_sentence_before(text, start)):
        return False
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():  # a dateline the parse was given blank
        return False
    verb = _governing_verb(span.root)
    if verb is None or verb.lemma_ in _REPORTING_LEMMAS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") or a.lemma_ == "have" for a in auxiliaries):
        return False  # past, perfect, or a modal that ``_future`` has judged already
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ in ("VBN", "VBG") and any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _when_said(parse: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` follows a reporting verb as an adverbial: "said on
    Monday it would pay …", "told reporters Monday the bridge would reopen" tell when it was
    said, though the parse hangs the date on the reported clause, whose modal or present tense
    put it ahead (probe 2026-11-29: "The ministry said on Monday it would pay" read as next
    Monday). "said Monday would be the deadline" has the date as subject and stays."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span.root.dep_ not in ("prep", "npadvmod", "tmod"):
        return False
    before = parse[span.start - 1]
    if before.pos_ in ("NOUN", "PRON", "PROPN") and before.dep_ in ("dobj", "dative"):
        before = before.head  # "told reporters on Monday"
    return before.pos_ == "VERB" and before.lemma_ in _REPORTING_LEMMAS


def _modal_clause(parse: Doc, start: int, end: int) -> bool:
    """Whether the verb governing the date at ``start:end`` takes a modal looking ahead, however
    far back it stands ("said the ministry would make proof of vaccination a requirement for
    school enrolment from September 1"); not a negated "would" or "could" nor a modal perfect
    ("could not be reached on Monday", "would have met on Friday"), as ``_MODAL`` reads them."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return False
    verb = _governing_verb(span.root)
    if verb is None:
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" or (c.lemma_ == "have" and c.dep_ == "aux") for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in children)


#: Words that put an event ahead: "the next election in May", "the upcoming vote in March".
_COMING = frozenset({"next", "coming", "upcoming", "forthcoming"})
#: Events held on a date set beforehand. Only these take a modal as a sign they are to come:
#: a flood or a strike "in March" that "would cost insurers £2bn" may be over.
_HELD_EVENTS = frozenset(
    {"election", "elections", "vote", "referendum", "ballot", "poll", "primary", "summit",
     "meeting", "conference", "congress", "convention", "hearing", "trial", "final", "match",
     "race", "games", "festival", "tournament", "championship", "inauguration", "launch"}
)  # fmt: skip


def _awaited_event(parse: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` says when an event to come is held: the date belongs
    to a noun that "next" or "upcoming" marks ahead ("the next election in May"), or that is
    the subject of a verb with a modal looking ahead ("the election in May will decide …").
    In a November story "the election in May" was last May only when nothing says it is yet
    to be held. The modal counts for events held on a set date only (``_HELD_EVENTS``)."""
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or not span.text.strip():
        return False
    date = span.root
    if date.dep_ == "prep":  # "the election in May": the span opened with its preposition
        event = date.head
    elif date.dep_ == "pobj" and date.head.dep_ == "prep":
        event = date.head.head
    elif date.dep_ in ("appos", "npadvmod", "compound"):
        event = date.head
    else:
        return False
    if event.pos_ not in ("NOUN", "PROPN") or event.i in range(span.start, span.end):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _COMING for c in event.children):
        return True
    if event.dep_ not in ("nsubj", "nsubjpass") or event.lower_ not in _HELD_EVENTS:
        return False
    children = list(event.head.children)
    if any(c.dep_ == "neg" or (c.lemma_ == "have" and c.dep_ == "aux") for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _AHEAD_MODALS for c in children)


def _governing_verb(date: Token) -> Token | None:
    """The verb a date modifies: through its preposition ("is forecast for Thursday") or as a
    bare adverbial ("debuts Friday"), directly or through the verb's object ("reports results
    on July 17"), or as the day of an event the verb's preposition governs ("will face her in
    Friday's final"); None when the date modifies another noun ("the failure before Sept. 11
    is excusable", "Monday's debate")."""
    if date.dep_ == "prep":  # the span opened with its preposition: "on July 17"
        head = date.head
    elif date.dep_ == "pobj" and date.head.dep_ == "prep":
        head = date.head.head
    elif date.dep_ in ("npadvmod", "tmod"):
        head = date.head
    elif date.dep_ == "poss" and date.head.dep_ == "pobj" and date.head.head.dep_ == "prep":
        # An event named by its day, where the verb puts it: "will face Audran in Friday's
        # semi-final" (probe q5 read it as last Friday); not through a noun ("raising
        # questions about Monday's debate").
        verb = date.head.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    else:
        return None
    if head.dep_ == "dobj" and head.pos_ == "NOUN":
        # The parse hangs "on July 17" on the object as often as on the verb: "reports
        # results on July 17" is the verb's; a subject's date stays the noun's.
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not date else None


def _done_by(match: re.Match[str], kind: str, text: str) -> bool:
    """Whether "by <weekday>" or "by <day and month>" closes a past verb: "were back online by
    Thursday", "was published by Monday" tell of a day gone by, where "asked residents to leave
    by Friday" and "expects to finish by Friday" set a deadline. The past form must end the
    clause before the date or come at most four words before it, with no "to" between."""
    if (match.group(_DEADLINE_GROUPS[kind]) or "").lower() != "by":
        return False
    before = _outside_quotes(_sentence_before(text, match.start()))
    if not before.strip():  # "By Friday the river had fallen": the clause's verb follows
        after = _PAST_AFTER_OPENING.match(text, match.end())
        return after is not None
    ends = [past.end() for past in _PAST_VERB.finditer(before)]
    if not ends:
        return False
    between = before[ends[-1] :].split()
    return len(between) <= 4 and "to" not in map(str.lower, between)


def _outside_quotes(before: str) -> str:
    """The words of ``before`` after its last quotation mark, a phrase quoted inside the
    sentence counting as the narrator's words."""
    before = _PARTIAL_QUOTE.sub(lambda m: f" {m.group(1)} ", before)
    last_mark = max(before.rfind(mark) for mark in _QUOTE_MARKS)
    return before[last_mark + 1 :]


def _sentence_before(text: str, at: int, reach: int = FUTURE_REACH) -> str:
    """Up to ``reach`` characters before ``at``, back to the start of its sentence or
    clause."""
    window = text[max(0, at - reach) : at]
    # A semicolon starts a clause with its own tense: "it would be full by June; it opened in May".
    cuts = ("\n", "? ", "! ", "; ")
    cut = max(window.rfind(mark) for mark in cuts)
    # A full stop ends a sentence, not an abbreviation ("will leave at 7 a.m. on June 14").
    stop = window.rfind(". ")
    while stop > cut and _continues(window, stop):
        stop = window.rfind(". ", 0, stop)
    return window[max(cut, stop) + 1 :]


def _continues(window: str, stop: int) -> bool:
    """Whether the ". " at ``stop`` in ``window`` ends an abbreviation inside a sentence."""
    if _TITLE_END.search(window, 0, stop + 1):
        return True
    following = window[stop + 2 : stop + 3]
    return bool(_ABBREVIATION_END.search(window, 0, stop + 1)) and not following.isupper()


def _resolve(
    match: re.Match[str], kind: str, today: date | None, future: bool, done: bool = False
) -> str | None:
    """The ISO date or period a date mention stands for; ``done`` reads a weekday after "by"
    as past (``_done_by``)."""
    group = match.group
    if kind == "full":
        month = MONTHS[(group("md_month") or group("dm_month")).rstrip(".").lower()]
        day = int(re.match(r"\d+", group("md_day") or group("dm_day")).group(0))
        weekday = group("full_wd")
        # "until April 30" looks ahead, as "until Friday" and "until May" do, and so does a
        # deadline: "by March 31" (not "had fallen by March 3": ``done``).
        prep = (group("full_prep") or "").lower()
        ahead = future or prep in ("until", "till") or (prep == "by" and not done)
        year = group("full_year")
        if year is None and today is not None and group("full_rel"):
            step = {"last": -1, "next": 1}.get(group("full_rel").lower(), 0)
            year = str(today.year + step)
        return _day_of_year(year, month, day, today, ahead, weekday and _weekday_number(weekday))
    if kind == "month_year":
        return f"{group('my_year')}-{MONTHS[group('my_month').rstrip('.').lower()]:02d}"
    if kind == "year":
        return group("only_year")
    if kind == "year_end":
        return group("end_year")
    if kind == "edge":
        return _edge(match, today, future)
    if kind == "period_to":
        if group("pt_day"):
            month = MONTHS[group("pt_month").rstrip(".").lower()]
            day = int(re.match(r"\d+", group("pt_day")).group(0))
            return _day_of_year(group("pt_year"), month, day, today, future, None)
        return _named_month(group("pt_month"), group("pt_year"), "in", today, future)
    if kind == "season":
        modifier = group("season_mod").lower()
        return _season(group("season_name").lower(), modifier, group("season_year"), today, future)
    if today is None:
        return None
    if kind == "month":
        return _month(
            group("month_name"),
            (group("month_prep") or group("mid_prep") or "in").lower(),
            today,
            future,
        )
    if kind == "the_weekend":
        return _the_weekend(today, future)
    if kind == "day_of_month":
        ahead = future or group("dom_prep").lower() in ("by", "until", "till")
        return _day_of_month(int(group("dom_day")), today, ahead)
    if kind == "ago":
        return _ago(match.group(0).split()[0].lower(), group("ago_unit"), today)
    if kind == "relative":
        return _relative(group("rel_mod").lower(), group("rel_unit").lower(), today)
    if kind == "weekday":
        modifier = "" if done else (group("wd_mod") or "").lower()
        return _weekday(group("wd_name"), modifier, today, future)
    if kind == "day_word":
        offsets = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0}
        return (today + timedelta(days=offsets.get(group("which_day").lower(), 1))).isoformat()
    return (today - timedelta(days=1)).isoformat()  # last night


def _day_of_year(
    year: str | None,
    month: int,
    day: int,
    today: date | None,
    future: bool,
    weekday: int | None = None,
) -> str | None:
    """A day and month in the year the words give, else the year around publication that fits:
    the one whose date falls on the ``weekday`` written beside it ("Saturday, March 8"), the
    next one in the future tense, else the last one (news tells what happened)."""
    try:
        if year:
            return date(int(year), month, day).isoformat()
        if today is None:
            return None
        this_year = date(today.year, month, day)  # "February 30", or 29 in a common year: None
    except ValueError:
        return None
    candidates = [this_year]
    for other in (today.year - 1, today.year + 1):
        with contextlib.suppress(ValueError):
            candidates.append(date(other, month, day))
    on_weekday = [c for c in candidates if c.weekday() == weekday]
    if on_weekday:
        return min(on_weekday, key=lambda c: abs((c - today).days)).isoformat()
    if this_year > today and not future:
        return date(today.year - 1, month, day).isoformat()
    if this_year < today and future:
        return date(today.year + 1, month, day).isoformat()
    return this_year.isoformat()


def _day_of_month(day: int, today: date, future: bool) -> str:
    """A day named only by its number: in the publication's month, else the month before (the
    next one when the sentence looks ahead), skipping months too short to hold it."""
    months = today.year * 12 + today.month - 1
    step = 1 if future else -1
    while True:  # ends within three months: no two months in a row lack a 31st
        with contextlib.suppress(ValueError):
            candidate = date(months // 12, months % 12 + 1, day)
            if (candidate >= today) if future else (candidate <= today):
                return candidate.isoformat()
        months += step


def _weekday_number(name: str) -> int:
    """Monday 0 … Sunday 6, from a weekday name or its abbreviation."""
    return next(i for i, day in enumerate(WEEKDAYS) if day.startswith(name.rstrip(".").lower()[:3]))


def _month(name: str, preposition: str, today: date, future: bool) -> str:
    """A month without a year: this year's, or the nearest one on the side the words point to
    ("last May" before publication; "next May", "by May" or a future tense after it; "next
    March" said in March is a year on; "this May" is this year's whatever the tense)."""
    month = MONTHS[name.rstrip(".").lower()]
    year = today.year
    if preposition == "this":
        return f"{year}-{month:02d}"
    if preposition == "next":
        year += month <= today.month
    elif preposition in ("by", "until") or (future and preposition != "last"):
        year += month < today.month
    elif preposition == "last" or month > today.month:
        year -= month >= today.month if preposition == "last" else 1
    return f"{year}-{month:02d}"


def _named_month(
    name: str, year: str | None, preposition: str, today: date | None, future: bool
) -> str | None:
    """A month name with its year if written, else resolved as ``_month`` does."""
    if year:
        return f"{year}-{MONTHS[name.rstrip('.').lower()]:02d}"
    return None if today is None else _month(name, preposition, today, future)


def _edge(match: re.Match[str], today: date | None, future: bool) -> str | None:
    """The start or end of a period at the period's precision, except that a year's start or end
    is its first or last month. "the month" is the current one, as "this month" (news says "last
    month" for the one before); a month name resolves as "in June", or after by/until as "by
    June"."""
    group = match.group
    end = group("edge_side").lower().startswith(("end", "last", "final"))
    if group("edge_year"):
        return f"{group('edge_year')}-{12 if end else 1:02d}"
    if group("edge_month"):
        ahead = (group("edge_prep") or "").lower() in _AHEAD
        month_name, year = group("edge_month"), group("edge_month_year")
        return _named_month(month_name, year, "by" if ahead else "in", today, future)
    if today is None:
        return None
    determiner, unit = group("edge_det").lower(), group("edge_unit").lower()
    resolved = _relative("this" if determiner == "the" else determiner, unit, today)
    return f"{resolved}-{12 if end else 1:02d}" if unit == "year" else resolved


def _season(
    name: str, modifier: str, year: str | None, today: date | None, future: bool
) -> str | None:
    """A season as its first month. "last" and "next" skip the season holding publication;
    "this" is the nearer of the last one begun and the next ("this summer" said in March is the
    coming one, "this winter" the one just over); a future tense or by/until take the current
    or coming one; otherwise the latest one begun on or before publication."""
    first = SEASONS[name]
    if year:
        return f"{year}-{first:02d}"
    if today is None:
        return None
    now = today.year * 12 + today.month - 1  # months since year 0, January 0
    current = now - (now - 2) % 3  # seasons start in months 2, 5, 8 and 11 counted from 0
    latest = current - (current - (first - 1)) % 12
    if modifier == "last":
        start = latest - 12 if latest == current else latest
    elif modifier == "next":
        start = latest + 12
    elif future or modifier in _AHEAD:
        start = latest if latest == current else latest + 12
    elif modifier == "this" and latest != current:
        start = latest + 12 if latest + 12 - now < now - (latest + 2) else latest
    else:
        start = latest
    return f"{start // 12}-{start % 12 + 1:02d}"


def _the_weekend(today: date, future: bool) -> str:
    """ "over the weekend": its Saturday, the one on or before publication unless the sentence
    looks ahead; a weekend holding publication is that one either way."""
    saturday = today + timedelta(days=5 - today.weekday())
    if today.weekday() < 5 and not future:
        saturday -= timedelta(weeks=1)
    return saturday.isoformat()


def _ago(count: str, unit: str, today: date) -> str | None:
    n = int(count) if count.isdigit() else 1 if count in ("a", "an") else UNITS.get(count, 0)
    if unit == "day":
        return (today - timedelta(days=n)).isoformat()
    if unit in ("week", "fortnight"):
        return (today - timedelta(weeks=n * (2 if unit == "fortnight" else 1))).isoformat()
    if unit == "month":
        months = today.year * 12 + today.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(today.year - n)


def _relative(modifier: str, unit: str, today: date) -> str:
    step = -1 if modifier.endswith("last") else 1 if modifier.endswith("next") else 0
    if unit in ("week", "weekend"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return (monday + timedelta(days=5)).isoformat()
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        months = today.year * 12 + today.month - 1 + step
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(today.year + step)


def _weekday(name: str, modifier: str, today: date, future: bool) -> str:
    target = _weekday_number(name)
    back = (today.weekday() - target) % 7
    ahead = (target - today.weekday()) % 7
    if modifier == "this":  # the day of the publication's own week, Monday to Sunday
        return (today + timedelta(days=target - today.weekday())).isoformat()
    if modifier == "next":
        days = ahead or 7
    elif modifier == "last":
        days = -(back or 7)
    elif modifier in ("coming", "until", "by") or future:
        days = ahead
    else:
        days = -back
    return (today + timedelta(days=days)).isoformat()
