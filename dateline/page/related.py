"""Related-story teasers: links dropped from the body as ``related`` chrome, kept apart."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.model import RelatedLink, count_words
from dateline.page.blocks import Block
from dateline.recognise.chrome_text import chrome_kind
from dateline.recognise.dates import date_suffix, find_date
from dateline.urls import absolute, split_url

#: Shortest teaser title kept, in words (``count_words``, so that Chinese, Japanese and Thai
#: titles count by characters): "Home", "Sports" and "More" are navigation.
MIN_TITLE_WORDS = 3
#: Words in a path segment from which it reads as a story slug.
STORY_SLUG_WORDS = 3
#: Longest header (characters) read as the label of the teasers below it.
MAX_LABEL_CHARS = 60
#: A line of a card this short that holds a date ("March 4, 2024", "Updated 2 March 2024")
#: is the card's, and the teasers after it stay under the header above.
MAX_CARD_DATE_CHARS = 40
_SLUG_SPLIT = re.compile(r"[-_+]")
#: A query parameter whose value is a number of four digits or more: a story's id
#: ("articleView.html?idxno=112100", "?p=4711"); page numbers are shorter.
_QUERY_ID = re.compile(r"(?:^|&)[^=&]+=\d{4,}(?:&|$)")
#: A rank printed before a headline with no space between them: "<span>1</span>Storm Ingrid"
#: reads "1Storm Ingrid". "3D printers" and "5G masts" keep their number (no lower case after).
_GLUED_RANK = re.compile(r"^\d{1,2}(?=[^\W\d_][^\W\d_])")
#: Words after which a closing date belongs to the headline ("Talks set for March 4, 2024").
_DATE_WORDS = frozenset(
    {"on", "of", "for", "since", "until", "till", "from", "by", "before", "after", "in", "to"}
)
_SEPARATORS = " ·•|-–—,:"
#: A video's running time printed on its thumbnail, glued to the headline: "3:40Volunteers
#: restore the lighthouse".
_GLUED_DURATION = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?(?=[^\W\d_])")
#: Path segments that name a taxonomy page: "/tag/port-elwyn-harbour/" is the list of stories
#: with that tag, not one story, however long its slug.
_TAXONOMY_SEGMENTS = frozenset(
    {
        "tag", "tags", "topic", "topics", "category", "categories", "author", "authors",
        "keyword", "keywords", "hashtag", "label", "labels", "subject", "subjects", "writer",
        "writers", "staff", "profile", "profiles", "contributor",
        "contributors", "journalist", "journalists", "reporter", "reporters", "columnist",
        "columnists",
    }
)  # fmt: skip
#: A number long enough to be an item's id ("319445-roadmap-discussion"), not a year in a tag.
_ITEM_ID = re.compile(r"\d{5,}")
#: Social networks: a link there is an embedded post ("View this post on Instagram") or a
#: follow button, never one of the outlet's stories.
_SOCIAL_HOSTS = frozenset(
    {
        "instagram.com", "facebook.com", "fb.com", "twitter.com", "x.com", "t.co", "tiktok.com",
        "youtube.com", "youtu.be", "linkedin.com", "pinterest.com", "threads.net", "t.me",
        "telegram.me", "whatsapp.com", "wa.me", "snapchat.com", "reddit.com", "bsky.app",
    }
)  # fmt: skip
#: A result on a score ticker: two sides, a score and the match's state ("Harlow 0-0 Brentmoor
#: FT", "Castleford Town 2-2 Ashby HT", "Westmarch 1-3 Redvale 67'"). A match report's headline
#: says more ("Kingsmere 3-1 Dunford: Okonjo double").
#: A box's own links, not a story's headline: "View all Related Articles", "See more linked
#: questions", "Read all reviews" ("Read more about …" and "Read more: …" lead to a story).
_MORE_LINK = re.compile(
    r"(?:view|see|show|browse|load)\s+(?:all|more)\b|read\s+all\b", re.IGNORECASE
)
_SCORE_RESULT = re.compile(
    r"^[^\d:]{2,40}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s[^\d:]{2,40}?\s"
    r"(?:FT|HT|AET|ET|Pens?|Final(?:/OT)?|F/OT|Full[- ]time|Half[- ]time|\d{1,3}(?:\+\d)?['’])$"
)


def _story_url(url: str) -> bool:
    """Whether a URL looks like a story's: a date or number in the path, a long slug, or a
    numeric id in the query.

    "/about/trust-principles/" is a page about the outlet; "/2024/03/01/library-hours.html",
    "/floods-displace-thousands-in-lagos" and "/news/articleView.html?idxno=112100" are stories.
    """
    parts = split_url(url)
    if parts is None:
        return False
    path = parts.path
    if _listing_or_social(parts.hostname, path):
        return False
    if any(map(str.isdigit, path)) or _QUERY_ID.search(parts.query):
        return True
    return any(len(_SLUG_SPLIT.split(part)) >= STORY_SLUG_WORDS for part in path.split("/"))


def _listing_or_social(host: str | None, path: str) -> bool:
    """Whether a link leads to a tag, topic or author page ("/tag/port-elwyn-harbour/") or to a
    social network (an embedded post, a follow button): never a story's page."""
    if host:
        host = host.lower()
        if host.startswith(("www.", "m.")):
            host = host.split(".", 1)[1]
        if host in _SOCIAL_HOSTS:
            return True
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) < 2 or segments[-2].lower() not in _TAXONOMY_SEGMENTS:
        return False
    # A forum's "/topic/319445-roadmap-discussion/" is one thread: its id gives it away.
    return _ITEM_ID.search(segments[-1]) is None


def _card_summary(kind: str, block: Block, cards: int) -> bool:
    """Whether a block dropped among teasers is a card's summary under its headline ("He has
    made the crossing 11,000 times."): a sentence without links, after a card; the run of
    teasers goes on past it."""
    return (
        kind == "other"
        and cards > 0
        and not block.links
        and not block.heading
        and block.text.rstrip()[-1:] in (".", "!", "?", "…")
    )


def _card_line(kind: str, block: Block, cards: int) -> bool:
    """Whether a block dropped as another kind belongs to the teaser cards around it: a short
    date line without links ("March 4, 2024") or a card's summary (``_card_summary``)."""
    return bool(
        not block.links and len(block.text) <= MAX_CARD_DATE_CHARS and find_date(block.text)
    ) or _card_summary(kind, block, cards)


def clean_title(title: str) -> str:
    """A teaser's headline without the card's date after it or its rank before it.

    A link around a whole card reads as one string: "Ferry fares riseMarch 4, 2024",
    "1Storm Ingrid hits the coast". A date the headline itself ends with ("Talks set for
    March 4, 2024") stays.
    """
    start = date_suffix(title)
    if start:
        head = title[:start].rstrip(_SEPARATORS)
        words = head.split()
        glued = title[start - 1].isalpha()
        if count_words(head) >= MIN_TITLE_WORDS and (glued or words[-1].lower() not in _DATE_WORDS):
            title = head
    duration = _GLUED_DURATION.match(title)
    if duration is not None:
        title = title[duration.end() :]
    rank = _GLUED_RANK.match(title)
    if rank is not None and title[rank.end()].isupper() and title[rank.end() + 1].islower():
        title = title[rank.end() :]
    return title


def _is_label(block: Block, cards_since_label: int) -> bool:
    """Whether a short related line without links is a header over teasers (not a card's
    summary): a heading, a line worded as one ("More on this story"), one ending in a colon,
    or a line before any card."""
    text = block.text
    if len(text) > MAX_LABEL_CHARS:
        return False
    return (
        block.heading > 0
        or text.endswith(":")
        or cards_since_label == 0
        or chrome_kind(text) == "related"
    )


#: The label of teasers paid for: a card's "Sponsored by X", a box's "Sponsored Content",
#: "Promoted stories", "Paid content", "Advertisement: London event". A bare "Advertisement"
#: marks an ad slot between organic teasers, not the teasers.
_SPONSOR_LABEL = re.compile(
    r"^\W*(?:sponsored|promoted|paid\s+(?:content|post|partner)|"
    r"(?:advertisement|anzeige|publicidad|publicité)\s*[:|-]\s*\S)[^.!?]{0,60}$",
    re.IGNORECASE,
)


#: A teaser card's text at most (a headline, a summary line, a label): longer related
#: blocks are link lists, which the sponsor check scanned for 0.16 ms a WCXB dev page.
MAX_CARD_CHARS = 400
_SPONSOR_WORD = re.compile(r"sponsor|promot|paid|advert|anzeige|publici", re.IGNORECASE)
#: The same words in lower case, for text already lowered: ``re`` tries an IGNORECASE
#: alternation at every character with no quick scan (the sponsor check, Scrapinghub 0.035 ->
#: 0.011 ms a page, WCXB dev 0.026 -> 0.011). Three letters ``re`` takes as a case of these
#: words' letters are not their ``lower()``: "İ" and "ı" (i), "ſ" (s). A text holding one
#: goes to ``_SPONSOR_WORD``.
_LOWER_SPONSOR_WORD = re.compile(r"sponsor|promot|paid|advert|anzeige|publici")
_OTHER_CASES = ("İ", "ı", "ſ")


def _has_sponsor_word(text: str) -> bool:
    """Whether ``text`` holds a sponsor's word in any case, as ``_SPONSOR_WORD`` reads it."""
    if _OTHER_CASES[0] in text or _OTHER_CASES[1] in text or _OTHER_CASES[2] in text:
        return _SPONSOR_WORD.search(text) is not None
    return _LOWER_SPONSOR_WORD.search(text.lower()) is not None


def _sponsored(block: Block) -> bool:
    """Whether a block, its links' titles aside, is a sponsor's label."""
    if len(block.text) > MAX_CARD_CHARS or not _has_sponsor_word(block.text):
        return False  # a list of links, or (the common case) no sponsor's word
    rest = block.text
    for _, title in block.links:
        rest = rest.replace(title, " ", 1)
    rest = rest.strip()
    return bool(rest) and _SPONSOR_LABEL.match(rest) is not None


def _own_key(address: str) -> str:
    """An address without its fragment and closing slash, to recognise the page's own."""
    return address.split("#", 1)[0].rstrip("/")


def collect_related(
    removed: list[tuple[str, Block]], url: str | None, own: Iterable[str | None] = ()
) -> list[RelatedLink]:
    """Teaser links from blocks removed as related, labelled by the header above them.

    Links to the page itself (``url`` and the addresses in ``own``, such as its canonical
    URL: a blog's "Posted on <date>" permalink) are not related stories.
    """
    related: list[RelatedLink] = []
    seen: set[str] = {_own_key(address) for address in (url, *own) if address}
    label: str | None = None
    cards = 0  # teaser blocks since the label was set
    # A headline inside a link that wraps more of its card (<a><h3>Headline</h3><time>…</a>):
    # the walk cuts the headline first and gives the link to the block after it.
    headline: str | None = None

    def add(href: str, title: str, block_label: str | None) -> None:
        if href.startswith(("#", "javascript:", "mailto:")):
            return
        title = clean_title(title)
        if (
            count_words(title) < MIN_TITLE_WORDS
            or _SCORE_RESULT.match(title)
            or _MORE_LINK.match(title)
        ):
            return
        target = absolute(url, href)
        announced = block_label is not None and chrome_kind(block_label) == "related"
        # Under a "Related stories" header a link is a story's whatever its slug
        # ("/economy/fares"), but not a tag page or a social network's.
        if target in seen or _own_key(target) in seen:
            return
        if block_label is not None and _SPONSOR_LABEL.match(block_label):
            return  # under "Sponsored Content", "Promoted stories": advertisements
        if announced:
            parts = split_url(target)
            if parts is None or _listing_or_social(parts.hostname, parts.path):
                return
        elif not _story_url(target):
            return
        seen.add(target)
        related.append(RelatedLink(url=target, title=title, label=block_label))

    for kind, block in removed:
        held, headline = headline, None
        if kind == "related" and block.links and _sponsored(block):
            continue  # a card that says "Sponsored by HealthyLife" beside its headline
        if held is not None and block.links and block.links[0][1].startswith(held):
            href, whole = block.links[0]
            # The headline is the held line, unless that was a date or a kicker above the
            # heading this block is (<a><span>Transport</span><h3>Bus lanes open</h3></a>).
            later = (block.heading or date_suffix(held) == 0) and block.text in whole
            add(href, block.text if later else held, label)
            cards += 1
            continue
        if kind != "related":
            if block.heading > 1 and not block.links and len(block.text) <= MAX_LABEL_CHARS:
                # A box's heading flagged as another kind ("More in Business" atop an
                # <aside>, "MOST READ NEWS"): the label of the teasers that may follow.
                label = block.text.rstrip(":").strip() or None
                cards = 0
            elif label is not None and not _card_line(kind, block, cards):
                # Only a run under a label can end: with none, the date search below ran on
                # every short chrome line for nothing (a third of the stage, Scrapinghub).
                label = None  # the related run has ended
            continue
        if not block.links:
            if block.link_chars * 2 > len(block.text):
                # Its link comes with the next block. A link around a whole card (a Ghost
                # bookmark: title, summary, site) gives it to the card's last line; the
                # first line of a headline's length is the headline.
                long_held = (
                    held is not None
                    and count_words(held) >= MIN_TITLE_WORDS
                    and date_suffix(held) != 0  # a card's date over its headline
                )
                headline = held if long_held else block.text
            elif _is_label(block, cards):
                label = block.text.rstrip(":").strip() or None
                cards = 0
            continue
        cards += 1
        first_title = block.links[0][1]
        prefix = (
            block.text.split(first_title, 1)[0].strip(" :-–—|")
            if first_title and first_title in block.text
            else ""
        )
        block_label = prefix if 0 < len(prefix) <= 40 else label
        if block.heading and len(block.links) == 1 and block.text in first_title:
            # <a><time>March 4</time><h3>Headline</h3></a>: the heading is the headline.
            add(block.links[0][0], block.text, block_label)
            continue
        for href, title in block.links:
            add(href, title, block_label)
    return related
