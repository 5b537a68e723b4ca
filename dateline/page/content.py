"""Find the article body among a page's blocks and sort the rest into chrome kinds.

The body container is the element that maximises ``good - BAD_WEIGHT * bad - junk``, where
``good`` is the text of paragraph-like blocks with few links, ``bad`` the text of blocks that
are chrome by trusted markup (``trust.py``), wording or link density, and ``junk`` a small
charge for short neutral lines (bylines, dates, labels). Climbing to a parent pays off only
while it adds more body than chrome, so the winner is the tightest element holding the whole
body; it is then widened while its parent adds mostly prose beside chrome that is cut out
cleanly. Inside it, chrome, link lists and teaser summaries (``teasers.py``) are dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from dateline.page.blocks import CELL_TAGS, Block, Element, PageBlocks
from dateline.page.teasers import POINTER, feed_summaries, teaser_summaries
from dateline.page.trust import trusted_flags
from dateline.recognise.chrome_text import chrome_kind
from dateline.recognise.credits import parse_credits

#: Length difference (characters) within which a block may be the dek written again.
DEK_SLACK = 40

#: Text shorter than this (characters) is neutral: neither body nor chrome by length alone.
#: Scrapinghub dev set: body paragraphs under 25 chars are mostly subheads or one-liners,
#: which the container still keeps.
MIN_BODY_CHARS = 25
#: Link density above which a block counts as links, not prose (readability uses 0.25 to
#: reject containers; for single blocks 0.5 kept every in-body "see also" sentence in the
#: scrapinghub ground truth while dropping teaser lists).
MAX_LINK_DENSITY = 0.5
#: Words of link text from which a link block reads as a story teaser, not a menu entry
#: ("Cutting library hours saves pennies" against "Business", "Contact us").
TEASER_WORDS = 4
#: Characters outside its links from which a link-dense block that ends as a sentence is prose.
MIN_UNLINKED_CHARS = 30
#: Longest kicker over a card's headline inside the card's link ("Weather", "Transport").
MAX_KICKER_CHARS = 30
#: A body holding less than this share of the page's prose, with a comment thread holding
#: the rest, means the thread is the content (WCXB dev forum pages).
THREAD_PAGE_SHARE = 0.25
#: ...and under this many characters: a blog post of a few paragraphs over a long comment
#: thread is still an article (scrapinghub dev set).
THREAD_PAGE_PROSE = 300
#: Weight of chrome text against body text when choosing the container.
BAD_WEIGHT = 1.5
#: Widening the container to its parent takes at least this much more prose (characters),
#: and this many times the chrome that would leak in with it. Link-dense blocks do not count
#: as leaking: the filter cuts them wherever they are, and a post whose paragraphs sit between
#: link lines stayed a single paragraph (WCXB dev articles 0.9426 -> 0.9442, 9 pages better,
#: 7 a little worse; Scrapinghub 0.968 -> 0.969).
MIN_WIDENING = 200
WIDEN_RATIO = 3.0
#: Charge per character of short neutral text inside a candidate.
JUNK_WEIGHT = 0.2
#: An <aside> inside the body container (flagged by its tag alone) is the article's own box
#: (an explainer, a fact box) when at least this share of its text is written in sentences
#: (paragraphs of ``ASIDE_PARAGRAPH_CHARS`` or more that end one), at most this share is link
#: text, no line of it is chrome by wording, and it holds this much prose. Sentences are what
#: tell an explainer from a forum signature (a gear list: WCXB dev, 30 signatures, 26 under
#: 0.6) and a sidebar column of short promos (two WCXB dev articles).
ASIDE_PROSE_SHARE = 0.6
ASIDE_PARAGRAPH_CHARS = 80
#: Shortest block read as a paragraph of the story, not a header line over it (a date line,
#: a byline): here and in the furniture pass, which finds the story's first paragraph by it.
MIN_PARAGRAPH_CHARS = 80
ASIDE_LINK_SHARE = 0.1
MIN_ASIDE_PROSE = 100
#: A body holding more asides than this is a thread whose posts each carry one (signatures,
#: quoted posts, link previews: 4 to 13 a page on WCXB dev forums); an article has a box or two.
MAX_OWN_ASIDES = 3
#: An aside that opens as a note on the record ("Correction:", "Editor's note:") is the
#: article's own whatever its length: a one-line correction is part of the story's record.
_NOTE_LABEL = re.compile(
    r"(?:corrections?|clarifications?|editor['’]?s['’]? notes?|note from the editors?|"
    r"updates?)\s*(?:[:—–-]|$)",
    re.IGNORECASE,
)
#: The heading of a story's summary box ("Key points", "What you need to know", "At a
#: glance"): an <aside> under it is the story's own, in short lines or a list.
_SUMMARY_HEADER = re.compile(
    r"(?:key (?:points|takeaways|facts)|takeaways|what you need to know|what we know|"
    r"at a glance|in brief|in short|the big picture|fast facts|quick facts|by the numbers|"
    r"(?:[^\W\d_]+ ){1,3}in numbers|l['’]essentiel|lo esencial|lo que (?:hay que|debes) saber|"
    r"das wichtigste in kürze|auf einen blick|em resumo|in sintesi)\s*:?$",
    re.IGNORECASE,
)
_SENTENCE_ENDS = (".", "!", "?", ".)", '"', "”", "’", "»", "。", "！", "？")
#: Longest heading closing the body that may be the label of the teasers after it.
MAX_HEADING_LABEL_CHARS = 60
#: A media player's clock ("0:00 / 4:12"): the elapsed and total time of a video or audio.
_PLAYER_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?")
#: A thread's post furniture on a line of its own: a vote count or a poster's reputation
#: ("12", "-3", "1,204", "8.3k"), a badge count ("3 badges", "14 gold badges"), and the
#: post's stamp ("answered Mar 3, 2024 at 14:05", "asked 2 hours ago", "edited 5 mins ago"),
#: not a moderator's note naming who edited ("Edited June 14, 2024 by Lisias"): WCXB's forum
#: truths keep those.
_POST_FURNITURE = re.compile(
    r"[+\-−]?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d[kK])?[kK]?"
    r"|\d+\s+(?:gold\s+|silver\s+|bronze\s+|)badges?"
    r"|(?:asked|answered|edited|modified|commented|replied)\s+(?!.*\sby\s)(?:on\s+)?[^.!?]{0,40}"
    r"\d[^.!?]{0,20}",
    re.IGNORECASE,
)
#: Longest line read as a thread's post furniture.
MAX_POST_FURNITURE_CHARS = 70


@dataclass(slots=True)
class Selection:
    """The body blocks in order, the blocks dropped as chrome, and the captions met."""

    body: list[Block]
    removed: list[tuple[str, Block]] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    container: int = -1
    prose: int = 0  # characters of prose in the container
    link_blocks: int = 0


_FOLD = re.compile(r"[\W_]+")
#: The ASCII bytes that are not letters or digits (what ``_FOLD`` removes from ASCII text).
_ASCII_NON_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


def _titled_story(
    page: PageBlocks, container: int, values: list[float], folded_title: str
) -> tuple[int, float]:
    """The ``<article>`` that the page's title heads and its prose, when the container chosen
    is another story or holds several stacked one after the other (an infinite scroll appends
    the next story under the first); (-1, 0) to keep the container. The titled article must
    hold a story's prose of its own."""
    kept = (-1, 0.0)
    if not folded_title or container < 0:
        return kept
    elements = page.elements
    heads = [
        b.element
        for b in page.blocks
        if b.heading in (1, 2) and b.element >= 0 and fold(b.text) == folded_title
    ]
    if len(heads) != 1:
        return kept
    story = heads[0]
    while story >= 0 and elements[story].tag != "article":
        story = elements[story].parent
    if story < 0 or story == container:
        return kept
    inside = container < story <= elements[container].end
    if story < container <= elements[story].end:
        return kept  # the container lies within the titled article: it is its body already
    if not inside:
        # Another story was chosen (an article, or a part of one): the titled one must be
        # its sibling among articles.
        rival = container
        while rival >= 0 and elements[rival].tag != "article":
            rival = elements[rival].parent
        if rival < 0 or rival < story <= elements[rival].end:
            return kept
    # Each element's prose, summed up the tree once.
    totals = [0.0] * len(elements)
    for block, value in zip(page.blocks, values, strict=True):
        if block.element >= 0:
            totals[block.element] += value
    _sum_up(page, totals)
    own, chosen = totals[story], totals[container]
    if own < MIN_HEADED_STORY_PROSE:
        return kept
    if not inside:
        # A sibling story outscored the titled one by a little (its chrome cost it): the
        # titled one must still hold a story's prose and a comparable share of it.
        if own < MIN_TITLED_STORY_PROSE:
            return kept
        return (story, own) if own >= SIBLING_STORY_SHARE * chosen else kept
    # Stacked stories: one or two more articles beside the titled one, each with a story's
    # prose or opening as a story (a forum thread's many posts are one page's content, not
    # stacked stories). A box marked as the next story counts once with the article in it.
    stories: list[int] = []
    headed = True  # whether every story beside the titled one opens as a story
    e = container + 1
    while e <= elements[container].end:
        if (
            (elements[e].tag == "article" or _next_marked(elements[e]))
            and not story <= e <= elements[story].end
            and not e < story <= elements[e].end
            and totals[e] >= MIN_HEADED_STORY_PROSE
        ):
            opens = _headed_story(page, e)
            if opens or totals[e] >= MIN_TITLED_STORY_PROSE:
                stories.append(e)
                headed = headed and opens
                e = elements[e].end
        e += 1
    if not stories or len(stories) > MAX_STACKED_STORIES:
        return kept
    # A titled story shorter than three paragraphs holds its own only beside stories that
    # open with their own headlines: a header alone is no story.
    if own < MIN_TITLED_STORY_PROSE and not headed:
        return kept
    return (story, own) if own >= STACKED_STORY_SHARE * chosen else kept


#: Class or id words (joined, lower case) of the box an infinite scroll loads the next story
#: into ("next-article", "nextStory", "next_post-wrapper").
_NEXT_STORY_WORDS = ("nextarticle", "nextstory", "nextpost")


def _next_marked(element: Element) -> bool:
    """Whether an element's class or id names it the next story's box, or it carries the next
    story's address (``data-next-url``)."""
    attrs = element.attrs
    if "data-next-url" in attrs:
        return True
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    words = words.replace("-", "").replace("_", "")
    return any(word in words for word in _NEXT_STORY_WORDS)


def _headed_story(page: PageBlocks, element: int) -> bool:
    """Whether an article opens as a story of its own: a headline in <h1>, or in <h2> over a
    short line (its byline, its date), or any headline in a box marked as the next story. An
    <h2> straight over paragraphs is as often a section of the page's own story split into
    articles."""
    end = page.elements[element].end
    inside = [b for b in page.blocks if element <= b.element <= end]
    first = next((i for i, b in enumerate(inside) if b.heading), -1)
    if first < 0 or inside[first].heading > 2:
        return False
    if inside[first].heading == 1 or _next_marked(page.elements[element]):
        return True
    after = inside[first + 1] if first + 1 < len(inside) else None
    return after is not None and not after.heading and len(after.text) < MAX_KICKER_LINE_CHARS


def _split_headline(blocks: list[Block], folded_title: str) -> set[int]:
    """Indices of heading blocks that spell out the title together, one after the other: a
    headline broken by ``<br>`` ("Council approves<br>budget after six-hour debate")."""
    found: set[int] = set()
    for start, block in enumerate(blocks):
        if not block.heading or not folded_title:
            continue
        rest = folded_title
        index = start
        while index < len(blocks) and blocks[index].heading:
            part = fold(blocks[index].text)
            if not part or not rest.startswith(part) or part == folded_title:
                break
            rest = rest[len(part) :]
            if not rest:
                found.update(range(start, index + 1))
                break
            index += 1
    return found


def fold(text: str) -> str:
    """Lower-case letters and digits only, for comparing titles and duplicates."""
    if text.isascii():
        # Byte deletion in C: 15× quicker than the pattern on a paragraph, and the same answer
        # (fold ran ~0.1 ms a Scrapinghub page, two thirds of its calls on ASCII text).
        return text.lower().encode("ascii").translate(None, _ASCII_NON_ALNUM).decode("ascii")
    # The same byte deletion first, then the pattern only for what is left, when anything
    # non-ASCII that is no letter or digit is left (curly quotes, dashes): UTF-8 never writes an
    # ASCII byte inside a wider character. 8.6 -> 5.4 µs a call on 8,214 non-ASCII dev texts of
    # 176 characters, the same answers. "surrogatepass": JSON-LD escapes may hold lone halves.
    low = (
        text.lower()
        .encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_NON_ALNUM)
        .decode("utf-8", "surrogatepass")
    )
    return low if low.isalnum() else _FOLD.sub("", low)


def _post_furniture(block: Block) -> bool:
    """Whether a block of a thread is a post's vote count, badge count or stamp, printed as a
    line of its own between the posts (``_POST_FURNITURE``); a table's cell is data."""
    return (
        len(block.text) <= MAX_POST_FURNITURE_CHARS
        and block.row < 0
        and not block.heading
        and _POST_FURNITURE.fullmatch(block.text.strip()) is not None
    )


def _serialized_data(text: str) -> bool:
    """Whether the text is a JSON object or array: the settings of a script-built widget that
    a page keeps in a hidden element ("<span hidden>{"layoutMobile":2,...}</span>"), not
    prose however long (WCXB dev: two such blobs, 6,300 characters, in one article body)."""
    if not (text[:1] in ("{", "[") and text[-1:] in ("}", "]")):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        return False
    return True


#: Share of a block's text in web addresses from which it is a data dump, not prose.
MAX_URL_SHARE = 0.5
#: ... in one block of this length and this many addresses: a line of code or a reference's
#: address is prose's (docs and articles on WCXB dev lost them to a looser rule).
MIN_URL_DUMP_CHARS = 500
MIN_URL_DUMP_ADDRESSES = 5


def _url_dump(text: str) -> bool:
    """Whether a text is mostly web addresses written out: a shop's custom fields printed as
    "cat_thumb_Bone: https://cdn…/5001_BONE_THUMB.jpg" for each colour, thousands of
    characters a product page's reader never reads (WCXB dev product 0604)."""
    if len(text) < MIN_URL_DUMP_CHARS or "://" not in text:
        return False
    addresses = [len(word) for word in text.split() if "://" in word]
    return len(addresses) >= MIN_URL_DUMP_ADDRESSES and sum(addresses) > MAX_URL_SHARE * len(text)


def _link_density(block: Block) -> float:
    return block.link_chars / len(block.text) if block.text else 0.0


def _is_teaser(block: Block) -> bool:
    return not block.opaque and len(block.text.split()) >= TEASER_WORDS


def _short_card(block: Block) -> bool:
    """Whether a block is a linked headline too short for a teaser (a product's name)."""
    return _link_density(block) > MAX_LINK_DENSITY and not _is_teaser(block)


def _is_listed(block: Block) -> bool:
    """Whether a link block is a listing's entry: a teaser, or a card's linked headline however
    short (a shop grid's ``<h3><a>Linen Apron</a></h3>``: product names run two or three words,
    a menu entry's length; WCXB dev collection truths keep them)."""
    return _is_teaser(block) or (block.heading > 0 and not block.opaque)


def _card_caption(block: Block, reading: Reading) -> bool:
    """Whether a block marked as a caption is a listing card's linked headline: shop themes
    call a product card's text box its caption ("product-caption" around the product's
    ``<h3><a>``; WCXB dev collection pages lost their grids to it)."""
    return reading.teasers and block.heading > 0 and _link_density(block) > MAX_LINK_DENSITY


def _unvoiced_teaser(block: Block, elements: list[Element]) -> bool:
    """Whether a block is a card's summary in a second link that screen readers skip
    (``<a aria-hidden="true">``, the headline's link going to the same story): shown on the
    page, a listing's entry (WCXB dev 1310: a news topic page's cards, their summaries cut as
    hidden chrome, left one headline of 20 as the page's text)."""
    return (
        block.tag == "a"
        and len(block.links) == 1
        and elements[block.element].reason == "[aria-hidden]"
        and len(block.text.split()) >= TEASER_WORDS
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """How a page is read: what counts as content and how much chrome costs a container."""

    teasers: bool = False  # story teasers are content (listings)
    min_chars: int = MIN_BODY_CHARS
    bad_weight: float = BAD_WEIGHT
    junk_weight: float = JUNK_WEIGHT


ARTICLE = Reading()
#: Prose (characters) an article the title heads must hold to be the body instead of the
#: container chosen by score: three short paragraphs.
MIN_TITLED_STORY_PROSE = 300
#: Share of the chosen container's prose the titled story needs: against a sibling story,
#: and as one of a few stacked ones (at most ``MAX_STACKED_STORIES`` beside it).
SIBLING_STORY_SHARE = 0.5
STACKED_STORY_SHARE = 0.2
MAX_STACKED_STORIES = 2
#: Prose a stacked article that opens with a headline of its own needs to count as a next
#: story however short (a brief of two paragraphs loaded under the page's story).
MIN_HEADED_STORY_PROSE = 150
LISTING = Reading(teasers=True, min_chars=10, bad_weight=0.5, junk_weight=0.0)
#: Pages that are neither (services, products, docs) spread short sections over the page;
#: reading them broadly raised WCXB dev service pages' word-F1 (see benchmarks/RESULTS.md).
BROAD = Reading(min_chars=10, bad_weight=0.5, junk_weight=0.0)


def _prose_value(block: Block, reading: Reading = ARTICLE) -> float:
    """Characters of prose a block adds, judged by its own text and links alone.

    On a listing, story teasers (headline-long link text) are its content and count too.
    """
    length = len(block.text)
    if (block.caption and not _card_caption(block, reading)) or length < reading.min_chars:
        return 0.0
    density = block.link_chars / length
    if density > MAX_LINK_DENSITY:
        return float(length) if reading.teasers and _is_listed(block) else 0.0
    if (length < 200 and chrome_kind(block.text)) or _url_dump(block.text):
        return 0.0
    return length * (1.0 - density)


def _sum_up(page: PageBlocks, own: list[float]) -> list[float]:
    """Totals per element of values given to elements by their blocks: children come after
    parents."""
    for e, parent in page.upward:
        value = own[e]
        if value:
            own[parent] += value
    return own


def choose_container(
    page: PageBlocks, values: list[float], flags: list[int], reading: Reading = ARTICLE
) -> tuple[int, float]:
    """The element index of the body container (-1 when the page has no prose) and its prose.

    The best-scoring element is then widened to its parent while what the parent adds beside
    it is mostly prose and the rest of it is chrome that the filter will cut cleanly (a post
    whose paragraphs share their parent with a comment thread).
    """
    elements = page.elements
    size = len(elements)
    good = [0.0] * size
    flagged = [0.0] * size  # chrome under trusted flags: cut out cleanly later
    loose = [0.0] * size  # chrome that is not flagged: link lists, short lines
    leaky = [0.0] * size  # ...of it, what the filter keeps (it cuts link-dense blocks anyway)
    junk = [0.0] * size
    for block, value in zip(page.blocks, values, strict=True):
        # Controls say nothing about the body, nor does a dump of addresses: it is cut
        # wherever it stands, and as chrome it cut a product's last paragraph from the body.
        if (
            (block.caption and not _card_caption(block, reading))
            or block.tag == "button"
            or _url_dump(block.text)
        ):
            continue
        e = block.element
        if e < 0:
            continue
        length = len(block.text)
        flag = flags[e]
        if flag >= 0:
            # Hidden prose (tabs, accordions, "read more" folds) is not chrome: it weighs
            # nothing either way.
            if not (value and elements[flag].kind == "hidden"):
                flagged[e] += length
        elif value:
            good[e] += value
        elif length < reading.min_chars and block.link_chars <= MAX_LINK_DENSITY * length:
            junk[e] += length
        elif not (block.list_tag and _is_teaser(block)):
            # Lists of long links may be the article's own (resources, courses): no penalty.
            loose[e] += length
            if _link_density(block) <= MAX_LINK_DENSITY:
                leaky[e] += length
    for values_by_element in (good, flagged, loose, leaky, junk):
        _sum_up(page, values_by_element)
    best, best_score = -1, 0.0
    weight = reading.bad_weight
    for e in range(size):
        if not good[e]:
            continue
        score = good[e] - weight * (flagged[e] + loose[e]) - reading.junk_weight * junk[e]
        if score >= best_score:
            best, best_score = e, score
    # Wrappers that add nothing (div > div > div around the same paragraphs) are climbed
    # through: the step that counts is the first ancestor that adds something. Stopping at
    # the first empty wrapper left bodies split in sibling blocks cut to one of them (WCXB dev
    # all pages 0.8401 -> 0.8442, articles 0.9473 -> 0.9477; Scrapinghub 0.969 either way).
    above = elements[best].parent if best >= 0 else -1
    while above >= 0:
        gained = good[above] - good[best]
        leaked = leaky[above] - leaky[best] + junk[above] - junk[best]
        if gained or leaked or flagged[above] != flagged[best]:
            if gained < MIN_WIDENING or gained < WIDEN_RATIO * leaked:
                break
            best = above
        above = elements[above].parent
    return best, (good[best] if best >= 0 else 0.0)


#: Least share of the container's prose the story's cell must hold, and the largest share of
#: the prose left outside it that may be written in sentences, for the cell to be the body.
#: The international probe's table-layout pages (a menu row, a "most read" column and a
#: footer in the story's table) hold 0.72-0.75 of it in the cell and at most 0.32 of what is
#: outside in sentences (a footer ending in a full stop); the only two dev pages whose table
#: the rule cuts (WCXB: a static site's framed page, a forum thread's table; text unchanged)
#: 0.985-0.999 and none. Short lines that outweigh the paragraphs (a results list under a
#: note) or that read as sentences (the replies under a post in an old table-laid forum) are
#: content, not the layout's chrome.
MIN_CELL_SHARE = 0.5
MAX_OUTSIDE_SENTENCES = 0.5
#: How a sentence ends, in the scripts the story's paragraphs and the lines around them are in.
_CLOSING_MARKS = (*_SENTENCE_ENDS, "؟", "।")


def _story_cell(page: PageBlocks, container: int, values: list[float]) -> tuple[int, float]:
    """The table cell holding every paragraph of the story, and its prose, when the container
    is an old table layout around it (a menu row, a "most read" column, a footer cell in the
    story's table): (-1, 0) to keep the container. The cell is the innermost one around all
    the container's paragraphs (``MIN_PARAGRAPH_CHARS`` of prose ending as a sentence: a
    footer's line of address and phone number is none), strictly inside the container, so
    that only shorter lines and lines of other shapes lie outside it. A line right under a
    link in the same cell is a teaser's summary (a "most read" column's headline, then its
    first sentence): it weighs on neither side."""
    elements = page.elements
    end = elements[container].end
    # No table inside, as in most containers: nothing to narrow (Scrapinghub 0.019 -> 0.009 ms
    # a page, WCXB dev 0.038 -> 0.035).
    if not any(element.tag in CELL_TAGS for element in elements[container + 1 : end + 1]):
        return -1, 0.0
    blocks = page.blocks
    values = list(values)
    for i in range(1, len(blocks)):
        above = blocks[i - 1]
        if (
            values[i]
            and above.element == blocks[i].element
            and above.link_chars == len(above.text)
            and not above.opaque
        ):
            values[i] = 0.0
    low, high = len(elements), -1
    for block, value in zip(blocks, values, strict=True):
        e = block.element
        if (
            value >= MIN_PARAGRAPH_CHARS
            and container < e <= end
            and block.text.endswith(_CLOSING_MARKS)
        ):
            low, high = min(low, e), max(high, e)
    holder = low if high >= 0 else container  # the tightest element around every paragraph
    while holder > container and elements[holder].end < high:
        holder = elements[holder].parent
    while holder > container and elements[holder].tag not in CELL_TAGS:
        holder = elements[holder].parent
    if holder <= container:
        return -1, 0.0
    cell_end = elements[holder].end
    inside = outside = sentences = 0.0
    for block, value in zip(blocks, values, strict=True):
        e = block.element
        if not value or not container < e <= end:
            continue
        if holder <= e <= cell_end:
            inside += value
        else:
            outside += value
            if block.text.endswith(_CLOSING_MARKS):
                sentences += value
    if inside < MIN_CELL_SHARE * (inside + outside) or sentences > MAX_OUTSIDE_SENTENCES * outside:
        return -1, 0.0
    return holder, inside


def _outside_kind(flag: str | None, block: Block) -> str:
    """The chrome kind of a block outside the body: its flag, its wording or its links."""
    if flag is not None and flag not in _VAGUE_KINDS:
        return flag
    if len(block.text) < 400:
        worded = chrome_kind(block.text)
        if worded is not None:
            return worded
    if _link_density(block) > MAX_LINK_DENSITY:
        return _links_kind(block)
    return "other"


def _own_link_line(block: Block) -> bool:
    """Whether a linked line between the body's paragraphs is the article's own: a list item or
    heading (a listicle's "7. The Ultimate Local SEO Checklist") or a pointer ("See: <a story>")
    (linked headings: WCXB dev articles 0.9498 -> 0.9508, all pages 0.8454 -> 0.8467,
    Scrapinghub 0.969 -> 0.970)."""
    if block.list_tag and all(href.startswith("#") for href, _ in block.links):
        return False  # a table of contents ("Key events", "Jump to"): it points within the page
    listed = block.list_tag is not None or block.heading > 0
    return listed or POINTER.match(block.text) is not None


def _card_headline(before: Block, block: Block) -> bool:
    """Whether a linked heading is a story card's, under its kicker inside one link
    (<a><span>Weather</span><h4>Yellow warning extended</h4></a> between two paragraphs): the
    line above is no more than that link's text, short, and the link is the heading's
    (probe: an inline card kept its headline in the body)."""
    return (
        block.heading > 0
        and len(block.links) == 1
        and 0 < len(before.text) <= MAX_KICKER_CHARS
        and before.link_chars >= len(before.text) - 1
        and not before.links
        and block.links[0][1].startswith(before.text)
    )


def _entry_header(elements: list[Element], flag: int, container: int) -> bool:
    """Whether a flagged element is the <header> of an entry inside the body (a live blog's
    update: <article><header><time/><h3>Markets react calmly</h3></header>…): its headline
    is the entry's, not the page's masthead. (Story cards link their headlines elsewhere;
    the caller keeps only unlinked lines.)"""
    element = elements[flag]
    return (
        element.tag == "header"
        and element.kind == "other"
        and element.parent > container
        and elements[element.parent].tag == "article"
    )


def _linked_sentence(block: Block) -> bool:
    """Whether a link-dense block is a sentence of the article that links a phrase ("See the
    <a>timetable changes announced in February</a> for the new sailing times."): it ends as a
    sentence does and has ``MIN_UNLINKED_CHARS`` of its own, where a teaser is all link
    and a pointer ("Read more: <a>…</a>") ends in its link."""
    text = block.text
    if not text.endswith(_SENTENCE_ENDS) or block.opaque:
        return False
    return len(text) - block.link_chars >= MIN_UNLINKED_CHARS


def _links_kind(block: Block) -> str:
    """Headline-long link text is a teaser; short link text a menu entry."""
    return "related" if len(block.text.split()) >= TEASER_WORDS else "navigation"


_VAGUE_KINDS = frozenset({"other", "hidden", "caption"})
#: Kinds of wording that open a promotional box (see ``select_body``), and how long a line
#: after that opening, in the same element, may be to go with it.
_BOX_KINDS = frozenset({"newsletter", "advertisement", "cookie_notice"})
MAX_BOXED_CHARS = 300


def _prose_asides(
    page: PageBlocks, container: int, end: int, prose: list[float], flags: list[int]
) -> set[int]:
    """The <aside> elements inside the body container that are part of the story: flagged by
    the tag alone (no chrome class word), mostly prose, few links, no chrome wording
    (``<aside class="explainer-box"><h2>What is a reserve fund?</h2><p>…</p></aside>``)."""
    elements = page.elements
    asides = {
        e
        for e in range(container + 1, end + 1)
        if elements[e].tag == "aside" and elements[e].reason == "aside" and flags[e] == e
    }
    if not asides or len(asides) > MAX_OWN_ASIDES:
        return set()
    text = dict.fromkeys(asides, 0)
    sentences = dict.fromkeys(asides, 0)
    links = dict.fromkeys(asides, 0)
    noted: set[int] = set()  # asides that open with a note label ("Correction:")
    summaries: set[int] = set()  # asides under a summary box's heading ("Key points")
    worded: set[int] = set()
    for block in page.blocks:
        e = block.element
        if not container < e <= end:
            continue
        # The flagging aside nearest the block: blocks under a deeper flag stay that flag's.
        aside = flags[e]
        if aside not in text:
            continue
        length = len(block.text)
        if not text[aside] and _NOTE_LABEL.match(block.text):
            noted.add(aside)
        if not text[aside] and block.heading and _SUMMARY_HEADER.match(block.text):
            summaries.add(aside)
        text[aside] += length
        links[aside] += block.link_chars
        if block.text.endswith(_SENTENCE_ENDS) and (
            length >= ASIDE_PARAGRAPH_CHARS or aside in noted
        ):
            sentences[aside] += length
        if length < 400 and chrome_kind(block.text) is not None:
            worded.add(aside)
    # A summary box is the story's in short lines too (probe: "What you need to know" and
    # "Tarrow in numbers" boxes of three lines each were dropped).
    return {
        e
        for e in asides
        if e not in worded
        and (
            e in summaries
            or (
                (prose[e] >= MIN_ASIDE_PROSE or (e in noted and text[e] >= MIN_BODY_CHARS))
                and sentences[e] >= ASIDE_PROSE_SHARE * text[e]
            )
        )
        and links[e] <= ASIDE_LINK_SHARE * text[e]
    }


def select_body(
    page: PageBlocks,
    title: str | None,
    reading: Reading = ARTICLE,
    dek: str | None = None,
    *,
    thread: bool = False,
) -> Selection:
    """Choose the body container and sort its blocks into body, chrome and captions.

    ``reading`` says what counts as content: ``LISTING`` keeps story teasers (section fronts,
    tag pages), ``BROAD`` takes short sections too (service and product pages). ``thread``
    says the page declares itself a forum thread or a question: its replies are content.
    """
    values = [_prose_value(block, reading) for block in page.blocks]
    unvoiced: set[int] = set()  # a listing's summaries in links screen readers skip
    if reading.teasers:
        for index, block in enumerate(page.blocks):
            if block.opaque and _unvoiced_teaser(block, page.elements):
                values[index] = float(len(block.text))
                unvoiced.add(index)
    prose = [0.0] * len(page.elements)
    for block, value in zip(page.blocks, values, strict=True):
        # A card's short linked headline weighs in the choice of container, not in the page's
        # prose that flags are judged against: a mega menu's column headings ("Audit &
        # Assurance") grew it until a services grid's flag was trusted (WCXB dev 0709).
        if value and block.element >= 0 and not (_short_card(block) and reading.teasers):
            prose[block.element] += value
    _sum_up(page, prose)
    flags = trusted_flags(page, prose, threads_are_chrome=not thread)
    if not reading.teasers:
        # Summaries in a feed of story cards are not the article's prose: a long "More
        # stories" feed outweighed a short article (Scrapinghub 0.961 → 0.967, WCXB dev
        # articles unchanged at 0.940 with 12 pages better, one worse).
        is_teaser = [_link_density(b) > MAX_LINK_DENSITY and _is_teaser(b) for b in page.blocks]
        feed = feed_summaries(page, prose, is_teaser, MIN_BODY_CHARS)
        choice_values = [0.0 if i in feed else v for i, v in enumerate(values)]
    else:
        choice_values = values
    container, good = choose_container(page, choice_values, flags, reading)
    total = max(prose) if prose else 0.0
    if not thread and good < THREAD_PAGE_SHARE * total and good < THREAD_PAGE_PROSE:
        # Most of the page's prose sits in what looked like a comment thread: a forum.
        thread = True
        flags = trusted_flags(page, prose, threads_are_chrome=False)
        choice_values = values
        container, good = choose_container(page, values, flags, reading)
    if not reading.teasers and container >= 0:
        # An old table layout: the story's cell, not the table with its menu row and footer;
        # on an unsigned page read broadly too. (A listing's teasers may fill other cells.)
        cell, prose_there = _story_cell(page, container, choice_values)
        if cell >= 0:
            container, good = cell, prose_there
    folded_title = fold(title) if title else ""
    if reading is ARTICLE:
        titled, prose_there = _titled_story(page, container, values, folded_title)
        if titled >= 0:
            container, good = titled, prose_there
    selection = Selection(body=[], container=container, prose=int(good))
    end = page.elements[container].end if container >= 0 else -2
    split_title = _split_headline(page.blocks, folded_title)
    # The dek is left to the furniture pass, which keeps one copy of it when the body opens
    # with it; duplicates of anything else go here.
    seen: set[str] = set()
    folded_dek = fold(dek) if dek else None
    elements = page.elements
    inside = [i for i, b in enumerate(page.blocks) if container <= b.element <= end]
    prose_at = [i for i in inside if values[i]]
    first_prose, last_prose = (prose_at[0], prose_at[-1]) if prose_at else (0, -1)
    sequence: list[tuple[bool, Block]] = []  # the container's kept and teaser blocks in order
    own_asides = _prose_asides(page, container, end, prose, flags) if container >= 0 else set()
    # After a label worded as a related-stories header ("More on this story", "Leia também"),
    # the story links that follow are its teasers, not the article's own list.
    after_label = False
    body_at: list[int] = []  # for each body block, how many blocks were removed before it
    over_headline: list[Block] | None = None  # the body blocks read before the headline
    opened = False  # whether a paragraph of the story is in the body yet
    # The element, block index and kind of the last promotion recognised by its wording: the
    # lines after it in the same element (cut from it by <br>) are the same box.
    boxed: tuple[int, int, str] | None = None
    for index, block in enumerate(page.blocks):
        # A credit line styled like a photo credit ("<p class=credits>") is still body furniture.
        if (
            block.caption
            and not _card_caption(block, reading)
            and parse_credits(block.text) is None
        ):
            selection.captions.append(block)
            continue
        owner = block.element
        flag = flags[owner] if owner >= 0 else -1
        kind = elements[flag].kind if flag >= 0 else None
        if not container <= owner <= end:
            selection.removed.append((_outside_kind(kind, block), block))
            continue
        # Hidden prose inside the body (tabs, accordions) is body; other flags inside are chrome.
        hidden_prose = (
            kind == "hidden"
            and len(block.text) >= MIN_BODY_CHARS
            and not _serialized_data(block.text)
        )
        if (
            kind is not None
            and flag > container
            and not hidden_prose
            and flag not in own_asides
            and not (
                (not block.links or reading.teasers) and _entry_header(elements, flag, container)
            )
        ):
            selection.removed.append((_outside_kind(kind, block), block))
            after_label = False
            continue
        # A data table's cell is data, whatever its words ("Share" heading a column of votes).
        worded = chrome_kind(block.text) if len(block.text) < 400 and block.row < 0 else None
        if worded is None and (
            (len(block.text) <= 20 and _PLAYER_TIME.fullmatch(block.text))
            or (not block.pre and _url_dump(block.text))
            or (thread and _post_furniture(block))
        ):
            worded = "other"
        if (
            worded is None
            and boxed is not None
            and boxed[0] == owner
            and boxed[1] == index - 1
            and len(block.text) < MAX_BOXED_CHARS
        ):
            worded = boxed[2]  # "Subscribe to the Bugle!<br>Get the print edition …"
        if worded is not None:
            selection.removed.append((worded, block))
            after_label = worded == "related" and not block.links
            if worded in _BOX_KINDS and owner != container:
                boxed = (owner, index, worded)
            continue
        dense = _link_density(block) > MAX_LINK_DENSITY and not _linked_sentence(block)
        if dense and not (
            (reading.teasers and (_is_listed(block) or index in unvoiced))
            or (
                _is_teaser(block)
                and first_prose < index < last_prose
                and not after_label
                and _own_link_line(block)
                and not _card_headline(page.blocks[index - 1], block)
            )
        ):
            selection.link_blocks += 1
            # Under a "Related" or "Mehr zum Thema" header a short headline is a teaser still
            # ("Monatsticket wird teurer"), not a menu entry (probe: a German page lost it).
            link_kind = "related" if after_label else _links_kind(block)
            selection.removed.append((link_kind, block))
            sequence.append((link_kind == "related", block))
            continue
        after_label = False
        text = block.text
        if block.heading and (fold(text) == folded_title or index in split_title):
            if over_headline is None:
                over_headline = list(selection.body)
            continue
        if reading is ARTICLE and not opened and folded_title == fold(text) != "":
            # The headline in a large font over an old table layout's story, maybe under its
            # date line ("Published: Tuesday, February 18, 2025", then the headline).
            continue
        # Repeats are caught on the text as is (hidden second copies are exact); folding
        # every paragraph cost more than it caught.
        maybe_dek = folded_dek is not None and abs(len(text) - len(dek or "")) < DEK_SLACK
        if len(text) > 30 and not (maybe_dek and fold(text) == folded_dek):
            if text in seen:
                selection.removed.append(("other", block))
                continue
            seen.add(text)
        selection.body.append(block)
        opened = opened or len(text) >= MIN_PARAGRAPH_CHARS
        body_at.append(len(selection.removed))
        sequence.append((False, block))
    if not reading.teasers:
        _drop_closing_headings(selection, body_at)
        summaries = teaser_summaries(page, container, sequence, MIN_BODY_CHARS, prose)
        dropped = {id(block) for block in summaries}
        selection.body = [block for block in selection.body if id(block) not in dropped]
        selection.removed.extend(("related", block) for block in summaries)
    if reading is ARTICLE and over_headline:
        _drop_kicker_lines(selection, over_headline)
    return selection


#: Most lines over a story's headline taken for its kicker or section label, and their
#: longest text ("Emergencia en la ruta" in an unclassed span over the <h1>).
MAX_KICKER_LINES = 2
MAX_KICKER_LINE_CHARS = 60
_SENTENCE_END_MARKS = (".", "!", "?", "。", "！", "？", "؟", "।")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _drop_kicker_lines(selection: Selection, over_headline: list[Block]) -> None:
    """Drop the short label lines that stand over the story's headline inside its container,
    all of them or none: a kicker is no sentence, and holds no year (a date line over the
    headline, "Originally posted February 2017", is left to the furniture pass)."""
    if len(over_headline) > MAX_KICKER_LINES or not all(
        len(block.text) <= MAX_KICKER_LINE_CHARS
        and not block.text.endswith(_SENTENCE_END_MARKS)
        and not block.heading
        and _YEAR_RE.search(block.text) is None
        for block in over_headline
    ):
        return
    over = {id(block) for block in over_headline}
    selection.removed.extend(("other", block) for block in selection.body if id(block) in over)
    selection.body = [block for block in selection.body if id(block) not in over]


def _drop_closing_headings(selection: Selection, body_at: list[int]) -> None:
    """Move a heading that closes the body over a list of teasers ("More videos", "More in
    Business") to ``removed``, as the label of that list: it heads what follows it, and what
    follows was removed as related stories. It goes in page order, before its teasers."""
    body = selection.body
    if len(body) < 2 or not body[-1].heading:
        return
    block = body[-1]
    at = body_at[-1]
    if len(block.text) > MAX_HEADING_LABEL_CHARS or block.text.endswith(_SENTENCE_ENDS):
        return
    after = selection.removed[at] if at < len(selection.removed) else None
    if after is None or after[0] != "related" or not after[1].links:
        return
    body.pop()
    body_at.pop()
    selection.removed.insert(at, ("related", block))
