"""Which chrome flags to believe.

Class words are weak evidence: "has-newsletter" on the article's wrapper, "elementor-widget" on
every paragraph, "content-nav-section" on every section. A flag is trusted unless the
elements it marks hold most of the prose a reader sees; comment threads and page footers are
trusted always (but a forum's thread is its content).
"""

from __future__ import annotations

from dateline.page.blocks import PageBlocks
from dateline.page.chrome import SUBHEADING_TAGS, only_header_word

#: A chrome flag whose elements hold at least this share of the page's prose is a false
#: positive ("has-newsletter" on the article wrapper, "elementor-widget" on every paragraph):
#: the body is never mostly chrome.
TRUSTED_FLAG_SHARE = 0.5
#: A flagging word that recurs over elements holding much of the prose together is distrusted
#: too ("elementor-widget" on every paragraph, "content-nav-section" on every section); hidden
#: elements are not, as pages hide whole second copies of the article (scrapinghub dev set),
#: nor comments, whose many small posts are many elements of one thread.
_UNIQUE_KINDS = frozenset({"hidden", "comments"})
#: Comment sections and page footers (by tag or role) are trusted always: a thread can be
#: longer than the article above it, and a footer's legal prose longer than a short news item
#: (scrapinghub dev set). A "footer" class word is not: "page-header-footer" wraps bodies.
_ALWAYS_TRUSTED = frozenset({"footer", "role=contentinfo"})
#: Menus are links: an element called "menu" or "nav" that holds this much prose (characters
#: outside links) is a section wearing the word ("menu-innovation-strategies", a slug id).
NAVIGATION_PROSE = 400
#: ...in paragraphs: at least this much prose per block (menus with blurbs hold ~10-30 per
#: block on WCXB dev product pages, a sectioned article ~200).
NAVIGATION_BLOCK_PROSE = 100
#: A "paywall" element holding two such paragraphs, or a paragraph marked "paywall" and nothing
#: more, is the story's locked text, which the page serves whole to search engines and
#: subscribers; a paywall's prompt is a line or two in a box of its own ("paywall-prompt"),
#: and its wording marks it anyway. (Set on invented pages: no dev page has either.)
PAYWALL_PROSE = 2 * NAVIGATION_BLOCK_PROSE
_LOCKED_PARAGRAPH_TOKENS = frozenset({"paywall", "paywalled", "is-paywalled"})
#: ...but a footer by class word that starts in the last part of the page is one.
FOOTER_AT = 0.6
#: ...and so is one that starts below the page's headline, even when its legal small print
#: outweighs a short article, unless it holds nearly all the page's prose: then it wraps the
#: body ("page1-footer", "topicBodyAndFooter" hold 95% or more on WCXB dev pages, an adviser's
#: disclaimer footer 61%).
FOOTER_BELOW_HEADLINE_SHARE = 0.8


def trusted_flags(page: PageBlocks, prose: list[float], threads_are_chrome: bool) -> list[int]:
    """For each element, the nearest element at or above it whose chrome flag is trusted.

    ``threads_are_chrome=False`` is for forum pages, where the comment thread is the content.
    """
    elements = page.elements
    hidden, hidden_prose = hidden_areas(page, prose)
    total = max(prose) if prose else 0.0
    # Shares of what a reader sees for visible elements; of everything inside hidden areas
    # (a page may hide its whole body until a script runs).
    visible_limit = TRUSTED_FLAG_SHARE * (total - hidden_prose)
    hidden_limit = TRUSTED_FLAG_SHARE * total
    # Prose under each flagging word, summed over all elements it flags.
    by_reason: dict[str, float] = {}
    for e in page.flagged:
        value = prose[e]
        if value:
            reason = elements[e].reason
            by_reason[reason] = by_reason.get(reason, 0.0) + value
    # The page's first headline: a footer by class word below it closes the page.
    headline = next((b.element for b in page.blocks if b.tag == "h1"), len(elements))
    blocks_under = page.blocks_under
    # Only flagged elements are judged; each trusted one then gives its index to its whole
    # range of descendants at once, outer flags before the inner ones that overwrite part of
    # it (trusted_flags, Scrapinghub 0.077 -> 0.069 ms a page, WCXB dev 0.150 -> 0.111).
    nearest = [-1] * len(elements)
    for e in page.flagged:
        element = elements[e]
        kind = element.kind
        if kind == "caption":
            continue
        if (
            kind == "other"
            and element.tag in SUBHEADING_TAGS
            and only_header_word(element.attrs.get("class"), element.attrs.get("id"))
        ):
            continue  # "header-anchor-post": a subheading, not the masthead
        limit = hidden_limit if hidden[e] else visible_limit
        paywall = "paywall" in element.reason.lower()
        prose_section = (
            prose[e] >= (PAYWALL_PROSE if paywall else NAVIGATION_PROSE)
            and (kind == "navigation" or paywall)
            and prose[e] >= NAVIGATION_BLOCK_PROSE * blocks_under[e]
        ) or (element.tag == "p" and element.reason.lower() in _LOCKED_PARAGRAPH_TOKENS)
        if (kind == "comments" and not threads_are_chrome) or prose_section:
            continue
        if (
            (kind == "comments" and threads_are_chrome)
            or element.reason in _ALWAYS_TRUSTED
            or (
                kind == "footer"
                and (
                    e > FOOTER_AT * len(elements)
                    or (e > headline and prose[e] < FOOTER_BELOW_HEADLINE_SHARE * total)
                )
            )
        ) or (
            prose[e] < limit
            and (kind in _UNIQUE_KINDS or by_reason.get(element.reason, 0.0) < limit)
        ):
            nearest[e : element.end + 1] = [e] * (element.end + 1 - e)
    return nearest


def hidden_areas(page: PageBlocks, prose: list[float]) -> tuple[list[bool], float]:
    """Which elements are hidden or inside hidden ones, and the prose they hold."""
    elements = page.elements
    hidden = [False] * len(elements)
    hidden_prose = 0.0
    covered = -1  # the last element inside the hidden areas found so far
    for e in page.flagged:
        element = elements[e]
        if element.kind == "hidden" and e > covered:
            # Its descendants are hidden with it, and their prose is counted in its own.
            covered = element.end
            hidden[e : covered + 1] = [True] * (covered + 1 - e)
            hidden_prose += prose[e]
    return hidden, hidden_prose
