"""The story's sign-off printed just after its body, outside the element chosen as the body.

Templates put the credit line of a story ("Reporting by …; Editing by …") in a box of its own
after the body's element (``<p class="article-credits">``), beside the share bar. The body's
selection drops it with the chrome around the story; here it is read back as ``credits``.
"""

from __future__ import annotations

from dateline.model import Credit
from dateline.page.blocks import Block
from dateline.recognise.credits import parse_credits

#: Blocks after the body's last one searched for the sign-off: the credit box, maybe after a
#: correction or a tag line, before the share bar and the related stories.
SIGNOFF_BLOCKS = 3
#: Longest sign-off read (characters), as ``separate_furniture`` reads credit lines.
MAX_SIGNOFF_CHARS = 500


def signoff_after_body(blocks: list[Block], body: list[Block]) -> tuple[Block, list[Credit]] | None:
    """The credit line among the few blocks right after the body's last block and the credits
    it gives, or None. A heading or a block of links ends the search: what follows is another
    section of the page (related stories, comments)."""
    if not body:
        return None
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i] is body[-1]), None)
    if last is None:  # a body the page declares in its data
        return None
    for block in blocks[last + 1 : last + 1 + SIGNOFF_BLOCKS]:
        if block.heading or block.links:
            return None
        if len(block.text) <= MAX_SIGNOFF_CHARS:
            credits = parse_credits(block.text)
            if credits:
                return block, credits
    return None
