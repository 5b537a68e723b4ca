"""Where the article body runs in a dump: from its first paragraph to its last.

The body starts at the first prose line that more prose follows within a few lines, with no
byline or date line coming first (a headline or standfirst is followed by its byline), or at a
prose line long enough to stand alone. It ends at the last prose line before the page's closing
chrome (a comments or footer block, or a related block that no further prose follows), taking
in the short sentences that close a story ("The council declined to comment."). Short lines
inside that span (subheadings, one-line paragraphs) belong to the body; chrome inside it stays
chrome.

Every step looks a bounded number of lines ahead, jumping over runs of chrome through a table
built in one backward pass, so a dump costs time in proportion to its length.
"""

from __future__ import annotations

import re
from collections import Counter

from dateline.recognise.chrome_text import COMMENT_COUNT
from dateline.recognise.dates import find_date
from dateline.text.classify import is_bare_related_header
from dateline.text.lines import SENTENCE_ENDS, Line

#: Words of a paragraph that starts a body on its own, without a second paragraph after it:
#: a standfirst runs to ~35 words, a wire story's first paragraph often to 40-60.
MIN_LONE_OPENING_WORDS = 40
#: Lines (other than chrome passed over) read after a candidate first paragraph for more prose
#: or for the byline that marks it as a headline or standfirst: headline, standfirst, author,
#: role and date lines take five ("Fatima Rahman" / "Columnist" / "Thursday March 7 2024").
LOOKAHEAD_LINES = 6
#: Items of a bulleted list under the first paragraph counted as one short line, as a story's
#: lead introduces a list ("Residents have been told to:" / "• Keep a bag packed" / …).
MAX_LIST_ITEMS = 12
#: Short lines (a subheading, "No one was hurt.") allowed between the first paragraph and the
#: next: more are a menu or a teaser list, not a story's opening.
MAX_SHORT_BETWEEN = 2
#: Fewest words of a first paragraph that a short line may follow; shorter prose over a short
#: line is a form's or a menu's blurb ("Tell us more about what you're looking for.").
MIN_LEAD_WORDS = 15
#: Words from which a line is prose whatever its ending (``Line.is_prose``); a shorter line
#: ending in "?", "!" or ")" may be a headline.
MAX_HEADLINE_WORDS = 20
#: How many times the words of the first run of prose a later run must hold to be the body
#: instead (``find_body``).
MIN_LATER_RUN_RATIO = 2
#: Times a prose line is printed from which it cannot open the body (``_repeated_prose``).
MIN_REPEATS = 3
#: Fewest words of a closing sentence after the last long paragraph ("No comment.").
MIN_CLOSING_WORDS = 2
#: Fewest words of a lone card's headline after the story (``_without_ghost_card``): the
#: probe's teasers ran 8-12 words, subheadings 2-5.
MIN_CARD_HEADLINE_WORDS = 7
#: Fewest words of another story's headline under the story (``_opens_next_story``): a forum's
#: rank and profile lines over a poster's name and date ("Senior Member", "View Public
#: Profile") run to 2-3 words (WCXB dev, flattened: three threads had been cut after one post).
MIN_NEXT_HEADLINE_WORDS = 4
#: Fewest paragraphs of the story above the run's first card header for another story's header
#: to end the run: a listing's run opens with its first card's one-paragraph summary (WCXB dev,
#: flattened: a news front had been cut after its first cards, F1 0.68 -> 0.31).
MIN_STORY_PARAGRAPHS = 2
#: Lines either side of another story's header searched for a forum post's furniture: the
#: post's number and its poster's rank, join date and post count run to six lines around the
#: name and date (WCXB dev, flattened: two threads whose one-paragraph posts had read as cards).
FORUM_MARK_LINES = 6
#: Most words of a card's one-sentence summary.
MAX_CARD_SUMMARY_WORDS = 30
#: A sentence's end inside a line, before the next sentence's capital.
_SENTENCE_SPLIT_RE = re.compile(r"[.!?][\"”’']?\s+[A-Z]")
#: Opening quote marks: a quoted closing line is the story's.
_QUOTE_MARKS = frozenset("\"“‘'«„")
#: Fewest words of a closing sentence in Thai or Lao, which end sentences with no mark: as
#: many as a short sentence holds elsewhere (``Line.is_prose``); a related headline or a
#: footer's label is as often shorter.
MIN_UNMARKED_SENTENCE_WORDS = 8
#: Roles that close an article: what follows them is the page's, not the story's.
_CLOSING = frozenset({"comments", "footer"})
#: A forum post's furniture alone on its line: its number ("#15", "Post #3"), its poster's
#: membership ("Join Date: Aug 2008", "Joined", "Posts: 1,077", "Messages"). A news page's
#: teaser cards print none of them; its comments print "Reply" as a forum does (WCXB dev,
#: flattened: a newsletter's comments, which the card cut ends, had been kept).
_FORUM_MARK_RE = re.compile(
    r"^(?:(?:post\s*)?#\d+|join(?:ed|\s+date)\b.*|"
    r"member since\b.*|(?:posts|messages)(?::?\s*[\d,.]+)?:?)$",
    re.IGNORECASE,
)
#: Roles that separate a standfirst from the body (a byline or date under it).
_HEADER_META = frozenset({"byline", "date"})
#: Roles passed over when looking for the next paragraph: chrome set inside a story, and the
#: photo captions and credit lines that sit between paragraphs.
_PASSED_OVER = frozenset(
    {
        "advertisement",
        "share",
        "newsletter",
        "other",
        "cookie_notice",
        "navigation",
        "teaser",
        "card",
        "summary",
        "card_date",
        "caption",
        "photo_credit",
        "caption_duplicate",
        "credit",
        "related",
        "timestamp",
    }
)
#: A link to the comments by their number ("124 Comments"), which headers print beside the
#: byline: before the body's second paragraph it does not close the page (WCXB dev, flattened:
#: one article's body had stopped after its first paragraph, F1 0.07 -> 0.89; no page worse).
_COMMENT_COUNT = re.compile(COMMENT_COUNT, re.IGNORECASE)
#: The label opening a writer's box after the story ("Written by Jane Roe", "About the
#: author"), which blogging platforms print under the last paragraph; with a date it signs a
#: review or a comment instead (WCXB dev: a product page's reviews, "Written by Emma on Feb
#: 10th 2019", had been cut, F1 0.96 -> 0.84).
_AUTHOR_BOX_RE = re.compile(
    r"^(?:written by|about the (?:author|writer)|escrito por|écrit par|geschrieben von|"
    r"scritto da|sobre (?:el|la|o|a) autor[ao]?|über (?:den|die) autor(?:in)?)\b",
    re.IGNORECASE,
)
#: Most words of a writer's box label alone on its line ("About the author"); a byline
#: ("Written by Jane Roe") is read whatever its length.
MAX_BOX_LABEL_WORDS = 4
#: An interviewer's question in a Q&A, labelled and closing with a question mark ("Q: How did
#: you start?", "Question: Why now?"): its answers around it are the body's paragraphs.
_QUESTION_RE = re.compile(r"^(?:Q|Question)\s*[:.]\s+\S.*\?[\"”’']?$")


def find_body(lines: list[Line]) -> tuple[int, int] | None:
    """(first, last) index of the body's lines, or None when the dump has no prose.

    The first run of prose that a related-stories header cuts short (an author's bio over
    "Read more…", a plan's blurb) gives way to a later run holding ``MIN_LATER_RUN_RATIO``
    times its words: the story under its table of contents. A run that the page's closing
    chrome ends is final: the prose after comments or a footer is the readers' or the site's.
    """
    after = _next_kept(lines)
    repeated = _repeated_prose(lines)
    best: tuple[int, int] | None = None
    best_words = 0
    begin = 0
    while True:
        found = _prose_run(lines, after, begin, repeated)
        if found is None:
            return best
        span, closed = found
        words = sum(line.words for line in lines[span[0] : span[1] + 1] if not line.role)
        if best is None or words >= MIN_LATER_RUN_RATIO * best_words:
            best, best_words = span, words
        if closed:
            return best
        begin = span[1] + 1


def _prose_run(
    lines: list[Line], after: list[int], begin: int, repeated: set[str]
) -> tuple[tuple[int, int], bool] | None:
    """The first run of prose from ``begin`` as (first, last), and whether the page's closing
    chrome ended it (rather than a related-stories header or the end of the dump)."""
    start = _find_start(lines, after, begin, repeated)
    if start is None:
        return None
    if start >= 2 and lines[start - 2].role == "timestamp" and _is_entry_heading(lines[start - 1]):
        start -= 1  # a live blog's first entry: its time, its heading, its paragraphs
    last = start
    story_words = lines[start].words
    # The story's paragraphs above the run's first card header (a byline and a date line
    # together): one where the run opens a listing, its first card's summary.
    story_paragraphs = 1
    in_story = True
    closed = False
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.role in _CLOSING:
            if last != start or not _COMMENT_COUNT.match(line.text):
                closed = True
                break
            continue  # a count under the byline or the lead, not the comments themselves
        if is_bare_related_header(line) and not _box_in_story(lines, after[index]):
            break
        if line.role in {"byline", ""} and _opens_writers_box(lines, start, index):
            closed = True  # the writer's box under the story: counts, followers, bio
            break
        if in_story and {line.role, lines[index - 1].role} == _HEADER_META:
            in_story = False
            headline = lines[index - 2]
            if not headline.role and headline.is_prose:
                story_paragraphs -= 1  # the card's headline, a sentence long
        if (
            story_paragraphs >= MIN_STORY_PARAGRAPHS
            and _opens_next_story(lines, index)
            and _is_teaser_card(lines, index, story_words)
            and not _heads_forum_post(lines, index)
        ):
            break  # the next story's card: a more-from box under the story
        if not line.role and line.is_prose:
            last = index
            story_words += line.words
            if in_story:
                story_paragraphs += 1
    else:
        closed = True  # the dump's end
    last = _without_ghost_card(lines, start, _closing_sentences(lines, last))
    return (start, _without_box_pitch(lines, start, last)), closed


def _opens_next_story(lines: list[Line], index: int) -> bool:
    """Whether the line heads another story: a headline of ``MIN_NEXT_HEADLINE_WORDS`` or more
    with its byline and date line right under it, in either order."""
    line = lines[index]
    if line.role or not line.is_headline or line.is_prose or line.words < MIN_NEXT_HEADLINE_WORDS:
        return False
    return {below.role for below in lines[index + 1 : index + 3]} == _HEADER_META


def _heads_forum_post(lines: list[Line], index: int) -> bool:
    """Whether the header at ``index`` (a line over a name and a date) is a forum post's: the
    post's number or its poster's furniture within ``FORUM_MARK_LINES`` of it."""
    around = lines[max(0, index - FORUM_MARK_LINES) : index + 3 + FORUM_MARK_LINES]
    return any(_FORUM_MARK_RE.match(line.text) for line in around)


def _is_teaser_card(lines: list[Line], index: int, story_words: int) -> bool:
    """Whether the story headed at ``index`` is a teaser card of the one above: at most one
    paragraph under its byline and date, shorter than the story so far. A forum's next post or
    a listing's cards run on for paragraphs of their own."""
    words = paragraphs = 0
    for position in range(index + 3, len(lines)):
        line = lines[position]
        if line.role in _CLOSING or _opens_next_story(lines, position):
            break
        if not line.role and line.is_prose:
            words += line.words
            paragraphs += 1
            if paragraphs > 1:
                return False
    return words < story_words


def _without_ghost_card(lines: list[Line], start: int, last: int) -> int:
    """The body's last line without a lone story card after the story: a headline of a
    teaser's length, unlabelled, over its one-sentence summary ("Lifeguards return to Port
    Amberly beaches for summer season" / "The RNLI says …"), with nothing after them but the
    page's chrome. A subheading is shorter than a card's headline."""
    summary, heading = lines[last], lines[last - 1] if last - 1 > start else None
    if heading is None or heading.role or not heading.is_headline or heading.is_prose:
        return last
    if _QUESTION_RE.match(heading.text):
        return last  # a Q&A's last question and its answer
    if heading.words < MIN_CARD_HEADLINE_WORDS or not _one_sentence_summary(summary):
        return last  # a subheading, or the story's closing paragraph
    above = lines[last - 2]
    return last - 2 if not above.role and above.is_prose else last


def _one_sentence_summary(line: Line) -> bool:
    """Whether a line reads as a card's or a box's one-sentence summary: short, one sentence,
    not a quote (two sentences or a quote close the story itself)."""
    return (
        line.words <= MAX_CARD_SUMMARY_WORDS
        and _SENTENCE_SPLIT_RE.search(line.text) is None
        and line.text[:1] not in _QUOTE_MARKS
    )


def _without_box_pitch(lines: list[Line], start: int, last: int) -> int:
    """The body's last line without a newsletter box's pitch closing it: one sentence under the
    box's sign-up line ("Sign up for our Wonder Theory science newsletter." / "Explore the
    universe with news on …"), the story's prose ending above the box."""
    summary = lines[last]
    if last - 1 <= start or lines[last - 1].role != "newsletter":
        return last
    if not _one_sentence_summary(summary):
        return last
    index = last - 1
    while index > start and lines[index].role:
        index -= 1
    return index if lines[index].is_prose else last


def _opens_writers_box(lines: list[Line], start: int, index: int) -> bool:
    """Whether the byline at ``index`` opens a writer's box closing the story begun at
    ``start``: an undated writer's box label, and the prose after it, up to the page's closing
    chrome, a bio much shorter than the story (WCXB dev, flattened: on pages that print
    "Written by" over the story, a promo run above it had been cut off from the story, F1
    0.98 -> 0.03)."""
    label = lines[index]
    if not _AUTHOR_BOX_RE.match(label.text) or find_date(label.text) is not None:
        return False
    if not label.role and label.words > MAX_BOX_LABEL_WORDS:
        return False  # a sentence opening with the words ("About the author of the report, …")
    before = sum(line.words for line in lines[start:index] if not line.role and line.is_prose)
    after = 0
    for line in lines[index + 1 :]:
        if line.role in _CLOSING:
            break
        if not line.role and line.is_prose:
            after += line.words
            if after * MIN_LATER_RUN_RATIO >= before:
                return False
    return True


def _next_kept(lines: list[Line]) -> list[int]:
    """For each index, the index of the next line that is not chrome passed over (or len)."""
    after = [len(lines)] * len(lines)
    following = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        after[index] = following
        if lines[index].role not in _PASSED_OVER:
            following = index
    return after


def _find_start(lines: list[Line], after: list[int], begin: int, repeated: set[str]) -> int | None:
    first_prose = None
    for index in range(begin, len(lines)):
        line = lines[index]
        if line.role or not line.is_prose or line.text in repeated:
            continue
        if first_prose is None:
            first_prose = index
        if line.words >= MIN_LONE_OPENING_WORDS or _opens_body(lines, after, index):
            return index
    return first_prose


def _repeated_prose(lines: list[Line]) -> set[str]:
    """Prose lines that the page prints ``MIN_REPEATS`` times or more: the blurbs of product
    or plan cards ("Document that outlines basic details about your company." under each of
    three plans), never a story's paragraph, which a page prints once (twice where a
    standfirst or a pull quote repeats it)."""
    counts = Counter(line.text for line in lines if line.is_prose)
    return {text for text, count in counts.items() if count >= MIN_REPEATS}


def _opens_body(lines: list[Line], after: list[int], index: int) -> bool:
    """Whether more prose follows the line before any byline or date line does.

    The next paragraph may come after a subheading, a one-line paragraph or a list, but then
    it must open a run of prose itself (a menu's blurbs sit between its items). After a line shaped
    like a headline, two further paragraphs are read, so a question headline over its
    standfirst ("Can the city afford it?" / "The council says …" / "By Jane Roe") is not
    taken for the body.
    """
    prose = short = 0
    position = index
    steps = items = 0
    while steps < LOOKAHEAD_LINES:
        position = after[position]
        if position == len(lines):
            break
        line = lines[position]
        in_list = items > 0 and not line.role and line.is_list_item
        items = items + 1 if not line.role and line.is_list_item else 0
        if in_list and items <= MAX_LIST_ITEMS:
            continue  # a list's further items: the list counts as one short line
        steps += 1
        if line.role in _HEADER_META:
            return False
        if line.role:
            if prose == 0 and _COMMENT_COUNT.match(line.text):
                continue  # the count beside a byline (see ``_prose_run``)
            break  # comments, footer: the page closes
        if _QUESTION_RE.match(line.text):
            continue  # an interviewer's question between the answers, not a menu item
        if line.is_prose:
            prose += 1
            if prose == 2 or (prose == 1 and not short and not _headline_shaped(lines[index])):
                return True
        elif short and prose:
            return False  # short line, paragraph, short line: a menu's items and blurbs
        elif prose == 0:
            short += 1
            if short > MAX_SHORT_BETWEEN or lines[index].words < MIN_LEAD_WORDS:
                return False
    return prose == 1 and short == 0


def _headline_shaped(line: Line) -> bool:
    """A question or exclamation of headline length, which may be the headline over a dek."""
    return line.words < MAX_HEADLINE_WORDS and not line.text.endswith((".", "。"))


def _is_entry_heading(line: Line) -> bool:
    return not line.role and line.is_headline and not line.is_prose


def _box_in_story(lines: list[Line], index: int) -> bool:
    """Whether the line under a related header (at ``index``) keeps the story going: a
    paragraph, or a card cut short ("Storm closes schools across the co..."), which a box set
    between paragraphs holds as often as one after the story (Scrapinghub and WCXB dev,
    flattened: such boxes inside stories had cut them when the cut line stopped counting as
    prose). The cut line itself is no paragraph, so a box after the story adds nothing."""
    return _is_paragraph(lines, index) or (index < len(lines) and lines[index].is_cut_short)


def _is_paragraph(lines: list[Line], index: int) -> bool:
    return index < len(lines) and not lines[index].role and lines[index].is_prose


def _ends_sentence(line: Line) -> bool:
    """Whether a line ends a sentence: with its mark, or, in Thai and Lao, which mark no
    sentence's end, with a letter after as many words as a sentence holds."""
    last = line.text[-1]
    if last in SENTENCE_ENDS:
        return True
    return line.words >= MIN_UNMARKED_SENTENCE_WORDS and "\u0e00" <= last <= "\u0eff"


def _closing_sentences(lines: list[Line], last: int) -> int:
    """The body's last line: short sentences right after its last paragraph join it."""
    index = last + 1
    while index < len(lines):
        line = lines[index]
        if line.role == "advertisement":
            index += 1
            continue
        if line.role or line.words < MIN_CLOSING_WORDS or not _ends_sentence(line):
            break
        last = index
        index += 1
    return last
