"""Related-story teasers: links dropped from the body as ``related`` chrome, kept apart."""

from __future__ import annotations

import re

from dateline.model import RelatedLink
from dateline.page.blocks import Block
from dateline.recognise.chrome_text import chrome_kind
from dateline.urls import absolute, url_path

#: Shortest teaser title kept, in words: "Home", "Sports" and "More" are navigation.
MIN_TITLE_WORDS = 3
#: Words in a path segment from which it reads as a story slug.
STORY_SLUG_WORDS = 3
_SLUG_SPLIT = re.compile(r"[-_+]")


def _story_url(url: str) -> bool:
    """Whether a URL looks like a story's: a date or number in the path, or a long slug.

    "/about/trust-principles/" is a page about the outlet; "/2024/03/01/library-hours.html"
    and "/floods-displace-thousands-in-lagos" are stories.
    """
    path = url_path(url)
    if any(map(str.isdigit, path)):
        return True
    return any(len(_SLUG_SPLIT.split(part)) >= STORY_SLUG_WORDS for part in path.split("/"))


def collect_related(removed: list[tuple[str, Block]], url: str | None) -> list[RelatedLink]:
    """Teaser links from blocks removed as related, labelled by the header above them."""
    related: list[RelatedLink] = []
    seen: set[str] = set()
    label: str | None = None
    for kind, block in removed:
        if kind != "related":
            label = None
            continue
        if not block.links:
            if len(block.text) <= 60:
                label = block.text.rstrip(":").strip() or None
            continue
        first_title = block.links[0][1]
        prefix = block.text.split(first_title, 1)[0].strip(" :-–—|") if first_title else ""
        block_label = prefix if 0 < len(prefix) <= 40 else label
        announced = block_label is not None and chrome_kind(block_label) == "related"
        for href, title in block.links:
            if href.startswith(("#", "javascript:", "mailto:")):
                continue
            if len(title.split()) < MIN_TITLE_WORDS:
                continue
            target = absolute(url, href)
            # Under a "Related stories" header a link is a story's whatever its slug
            # ("/economy/fares").
            if target in seen or not (announced or _story_url(target)):
                continue
            seen.add(target)
            related.append(RelatedLink(url=target, title=title, label=block_label))
    return related
