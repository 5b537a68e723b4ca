"""Is the page an article, a listing (section front, tag page, search results) or other?

Declared types decide when they are clear (JSON-LD ``NewsArticle`` or ``CollectionPage``);
otherwise the shape of the page does: an article is dated and has a body of several prose
paragraphs, a listing has many teaser links and little prose of its own. Undated prose
(service and product pages, documentation) is "other".
"""

from __future__ import annotations

from dateline.model import PageType
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


def classify_page(types: list[str], dated: bool, selection: Selection) -> PageType:
    """The page's type from its declared types, whether it is dated, and the body found."""
    declared = {t.lower() for t in types}
    prose = sum(len(block.text) for block in selection.body if len(block.text) >= 80)
    paragraphs = sum(1 for block in selection.body if len(block.text) >= 80)
    if declared & _ARTICLE_TYPES and prose >= MIN_ARTICLE_PROSE / 3:
        return "article"
    teasers = sum(1 for kind, _ in selection.removed if kind == "related")
    if declared & _LISTING_TYPES and prose < MIN_ARTICLE_PROSE:
        return "listing"
    if dated and prose >= MIN_ARTICLE_PROSE and teasers < LISTING_LINK_FACTOR * max(paragraphs, 1):
        return "article"
    if teasers >= 10 or selection.link_blocks >= 10:
        return "listing"
    return "other"
