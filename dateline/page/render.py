"""Body blocks → plain text and Markdown.

Plain text: one paragraph per block, separated by one blank line; table rows become one
line with cells joined by " | ". Markdown keeps headings, lists, block quotes, preformatted
text and tables, and inside a block its emphasis (``*em*``, ``**strong**``) and links
(``[text](url)``, made absolute against the page's URL).
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.page.blocks import Block
from dateline.urls import absolute

_MD_ESCAPE = str.maketrans({"*": r"\*", "_": r"\_", "`": r"\`"})
#: Links that lead nowhere a reader of the Markdown can follow: kept as their text.
_DEAD_LINKS = ("#", "javascript:", "data:")


def _escape(text: str) -> str:
    # Three substring scans in C; ``frozenset("*_`").isdisjoint(text)`` hashed every character
    # (half of render_markdown on WCXB dev pages; 3 us -> 0.06 us a 450-character paragraph).
    if "*" in text or "_" in text or "`" in text:
        return text.translate(_MD_ESCAPE)
    return text


def _inline(block: Block, url: str | None) -> str:
    """A block's text as Markdown: escaped, with its emphasis and links marked up.

    Each stretch is found in the text in order; where a link and an emphasis overlap, the
    link wins, and an outer emphasis wins over one inside it.
    """
    text = block.text
    if not block.links and not block.emphasis:
        return _escape(text)
    spans: list[tuple[int, int, str, str]] = []  # (start, end, open, close)
    cursor = 0
    for href, title in block.links:
        at = text.find(title, cursor)
        if at < 0 or not title or href.startswith(_DEAD_LINKS):
            continue
        target = absolute(url, href).replace(")", "%29").replace(" ", "%20")
        spans.append((at, at + len(title), "[", f"]({target})"))
        cursor = at + len(title)
    # Emphasis comes in the order elements close (the inner one of <b><i>a</i> b</b> first),
    # so each stretch is looked for after its own earlier occurrences only.
    after: dict[str, int] = {}
    for marker, stretch in block.emphasis:
        at = text.find(stretch, after.get(stretch, 0))
        if at < 0:
            continue
        spans.append((at, at + len(stretch), marker, marker))
        after[stretch] = at + len(stretch)
    spans.sort(key=lambda span: (span[0], span[2] != "[", -(span[1] - span[0])))
    out: list[str] = []
    done = 0
    for start, end, opening, closing in spans:
        if start < done:
            continue  # overlaps a stretch already marked
        out.append(_escape(text[done:start]))
        out.append(f"{opening}{_escape(text[start:end])}{closing}")
        done = end
    out.append(_escape(text[done:]))
    return "".join(out)


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Blocks grouped so that the cells of one table row come together."""
    row: list[Block] = []
    for block in blocks:
        if row and block.row != row[0].row:
            yield row
            row = []
        if block.row >= 0:
            row.append(block)
        else:
            yield [block]
    if row:
        yield row


def render_text(blocks: list[Block]) -> str:
    """The body as plain text, paragraphs separated by one blank line."""
    parts = []
    for group in _groups(blocks):
        if group[0].row >= 0:
            parts.append(" | ".join(b.text for b in group))
        else:
            block = group[0]
            parts.append(block.text.strip("\n") if block.pre else block.text)
    return "\n\n".join(parts)


def render_markdown(blocks: list[Block], url: str | None = None) -> str:
    """The body as Markdown; ``url`` (the page's) makes relative links absolute."""
    # Each part is a list of lines: a list's items and a table's rows are added to the last
    # part's lines (adding them to its string copied it again for each: a list of 100,000
    # items took 17 s).
    out: list[list[str]] = []
    in_table = False
    table = -1
    previous_list = False
    for group in _groups(blocks):
        first = group[0]
        if first.row >= 0:
            cells = [_inline(b, url).replace("|", r"\|").replace("\n", " ") for b in group]
            line = "| " + " | ".join(cells) + " |"
            if first.table != table:
                in_table = False
            table = first.table
            if not in_table:
                out.append([line, "|" + " --- |" * len(cells)])
                in_table = True
            else:
                out[-1].append(line)
            previous_list = False
            continue
        in_table = False
        text = first.text
        if first.pre:
            out.append(["```\n" + text.strip("\n") + "\n```"])
            previous_list = False
            continue
        text = _inline(first, url)
        if first.heading:
            text = "#" * first.heading + " " + text
        elif first.list_tag:
            marker = "1." if first.list_tag == "ol" else "-"
            text = f"{marker} {text}"
            if previous_list:
                out[-1].append(text)
                continue
        if first.quote:
            text = "\n".join("> " + line for line in text.split("\n"))
        out.append([text])
        previous_list = bool(first.list_tag)
    return "\n\n".join("\n".join(lines) for lines in out)
