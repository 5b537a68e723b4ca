"""The body a page declares in its JSON-LD ``articleBody``, for pages that render theirs by
script: served to a crawler, such a page shows its headline above empty placeholders, and the
story's text is only in its data."""

from __future__ import annotations

from html import unescape

from dateline.page.blocks import Block
from dateline.page.content import Selection

#: Body prose (characters) under which the page's own markup is taken to hold no story, and
#: the least a declared body must hold to stand in for it: three short news paragraphs' worth
#: in both, as ``page_type.MIN_ARTICLE_PROSE`` counts an article's.
MIN_DECLARED_PROSE = 200


def declared_body(article_body: str | None, selection: Selection) -> Selection | None:
    """A selection made of the declared ``articleBody``'s paragraphs (its lines), when the
    markup's own ``selection`` holds almost no prose and the declared body does; else None.

    The declared body is read as plain text, its HTML entities resolved (a script's text is
    not HTML to the parser, but the CMS escaped it as HTML: "the council&#8217;s plan"); a
    line holding markup is left out, not parsed.
    """
    if not article_body or selection.prose >= MIN_DECLARED_PROSE:
        return None
    if "&" in article_body:
        article_body = unescape(article_body)
    paragraphs = [" ".join(line.split()) for line in article_body.splitlines()]
    blocks = [Block(text, "p", -1, 0) for text in paragraphs if text and "<" not in text]
    prose = sum(len(block.text) for block in blocks)
    if prose < MIN_DECLARED_PROSE:
        return None
    return Selection(
        body=blocks, removed=selection.removed, captions=selection.captions, prose=prose
    )
