"""Is the page an article, a listing (section front, tag page, search results) or other?

Declared types decide when they are clear (JSON-LD ``NewsArticle`` or ``CollectionPage``);
otherwise the shape of the page does: an article is dated and has a body of several prose
paragraphs, a listing has many teaser links and little prose of its own. Undated prose
(service and product pages, documentation) is "other".
"""

from __future__ import annotations

from dateline.model import PageType
from dateline.page.blocks import Block
from dateline.page.content import Selection

_ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
        "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
    }
)  # fmt: skip
_LISTING_TYPES = frozenset(
    {"collectionpage", "itemlist", "searchresultspage", "website", "blog", "profilepage"}
)
#: Prose (characters) a body needs to be an article without a declared type: three short
#: news paragraphs. Teaser blocks outnumbering body paragraphs by this factor make a listing.
MIN_ARTICLE_PROSE = 600
LISTING_LINK_FACTOR = 3
#: A dated body of this many prose paragraphs is a short news story with half that prose
#: (six one-sentence paragraphs of a brief).
MIN_SHORT_STORY_PARAGRAPHS = 4


_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "»", "。", "！", "？", "؟", "۔")
#: Characters from which a block ending in a full stop counts as prose: news stories are
#: written in one-sentence paragraphs ("The council voted 7-2 on Tuesday."), and Hebrew or
#: Chinese say in 40 characters what English says in 80.
MIN_SENTENCE_CHARS = 30


def _is_prose(block: Block) -> bool:
    text = block.text
    return len(text) >= 80 or (
        len(text) >= MIN_SENTENCE_CHARS and not block.heading and text.endswith(_SENTENCE_ENDS)
    )


def classify_page(types: list[str], dated: bool, selection: Selection) -> PageType:
    """The page's type from its declared types, whether it is dated, and the body found."""
    declared = {t.lower() for t in types}
    prose_blocks = [block for block in selection.body if _is_prose(block)]
    prose = sum(len(block.text) for block in prose_blocks)
    paragraphs = len(prose_blocks)
    if declared & _ARTICLE_TYPES and prose >= MIN_ARTICLE_PROSE / 3:
        return "article"
    teasers = sum(1 for kind, _ in selection.removed if kind == "related")
    if declared & _LISTING_TYPES and prose < MIN_ARTICLE_PROSE:
        return "listing"
    story = prose >= MIN_ARTICLE_PROSE or (
        paragraphs >= MIN_SHORT_STORY_PARAGRAPHS and prose >= MIN_ARTICLE_PROSE / 2
    )
    if dated and story and teasers < LISTING_LINK_FACTOR * max(paragraphs, 1):
        return "article"
    if teasers >= 10 or selection.link_blocks >= 10:
        return "listing"
    return "other"
