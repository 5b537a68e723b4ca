"""Body blocks → plain text and Markdown.

Plain text: one paragraph per block, separated by one blank line; table rows become one
line with cells joined by " | ". Markdown keeps headings, lists, block quotes, preformatted
text and tables.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline.page.blocks import Block

_MD_ESCAPE = str.maketrans({"*": r"\*", "_": r"\_", "`": r"\`"})


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


def render_markdown(blocks: list[Block]) -> str:
    """The body as Markdown."""
    out: list[str] = []
    in_table = False
    table = -1
    previous_list = False
    for group in _groups(blocks):
        first = group[0]
        if first.row >= 0:
            cells = [b.text.replace("|", r"\|").replace("\n", " ") for b in group]
            line = "| " + " | ".join(cells) + " |"
            if first.table != table:
                in_table = False
            table = first.table
            if not in_table:
                out.append(line + "\n|" + " --- |" * len(cells))
                in_table = True
            else:
                out[-1] += "\n" + line
            previous_list = False
            continue
        in_table = False
        text = first.text
        if first.pre:
            out.append("```\n" + text.strip("\n") + "\n```")
            previous_list = False
            continue
        if "*" in text or "_" in text or "`" in text:
            text = text.translate(_MD_ESCAPE)
        if first.heading:
            text = "#" * first.heading + " " + text
        elif first.list_tag:
            marker = "1." if first.list_tag == "ol" else "-"
            text = f"{marker} {text}"
            if previous_list:
                out[-1] += "\n" + text
                continue
        if first.quote:
            text = "\n".join("> " + line for line in text.split("\n"))
        out.append(text)
        previous_list = bool(first.list_tag)
    return "\n\n".join(out)
