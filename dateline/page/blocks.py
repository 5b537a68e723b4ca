"""One walk over the parsed page that cuts it into text blocks.

A block is the text between two block-level boundaries (a paragraph, a heading, a list item,
a table cell, a caption...). Each block remembers the element that holds it and its links;
each element its parent, the chrome kind its tag or attributes declare, and the range of its
descendants, so that later passes never walk the tree again. Small chrome link lists, hidden
elements and buttons are read whole, in C, as one block. The walk is iterative: a
10,000-deep page costs no recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from dateline.page.chrome import IGNORED_TAGS, TAG_KINDS, attribute_kind

BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody", "tfoot",
        "caption", "figure", "figcaption", "form", "fieldset", "address", "hr", "br",
        "details", "summary", "center", "body", "html", "legend", "menu", "picture", "button",
    }
)  # fmt: skip


@dataclass(slots=True)
class Element:
    """An element the walk entered: its tag, parent, own chrome kind and attributes."""

    tag: str
    parent: int
    kind: str | None
    reason: str  # the tag, role or class word that declared ``kind``
    attrs: dict[str, str | None]
    end: int = -1  # index of its last descendant: descendants are the indices in (self, end]


@dataclass(slots=True)
class Block:
    """A run of text between block boundaries, with where it sits in the page."""

    text: str
    tag: str
    element: int  # the innermost block-level element holding the text
    link_chars: int
    links: list[tuple[str, str]] = field(default_factory=list)
    list_tag: str | None = None  # "ul" or "ol" for list items
    quote: bool = False
    pre: bool = False
    caption: bool = False
    row: int = -1  # the <tr> of a table cell
    table: int = -1  # the <table> of a table cell
    heading: int = 0  # 1-6 for headings
    opaque: bool = False  # a whole chrome link list read at once (never prose, never teasers)
    #: Emphasised stretches in order, as (Markdown marker, text): ("*", "long") for <em>long</em>.
    emphasis: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class PageImage:
    """An image met on the walk: its element and source attributes."""

    element: int
    attrs: dict[str, str | None]
    #: The source of the <img> in a <noscript> right after it, which a lazy loader's
    #: placeholder stands in for ("<img src=blank.png><noscript><img src=real.jpg>").
    fallback: str | None = None


@dataclass(slots=True)
class PageBlocks:
    """The page as elements, blocks and images in document order."""

    elements: list[Element]
    blocks: list[Block]
    images: list[PageImage]
    #: Each element's parent index, as a plain list for the bottom-up sums over the tree.
    parents: list[int] = field(init=False)
    #: (element, parent) from the last element up, for the elements with a block at or below
    #: them: values given to elements by their blocks are summed up the tree along these
    #: alone, as the others hold nothing (WCXB dev: 63% of the elements; the sums, 9 a page,
    #: fell from 0.16 to 0.10 ms a page).
    upward: list[tuple[int, int]] = field(init=False)
    #: How many blocks each element holds, at any depth (counted once here, not on each
    #: reading of the page's flags).
    blocks_under: list[int] = field(init=False)
    #: The elements with a kind of their own (chrome, content, caption, hidden), in document
    #: order: one in five, which the flag readers judge instead of every element.
    flagged: list[int] = field(init=False)

    def __post_init__(self) -> None:
        parents = self.parents = [element.parent for element in self.elements]
        self.flagged = [e for e, element in enumerate(self.elements) if element.kind is not None]
        under = self.blocks_under = [0] * len(parents)
        for block in self.blocks:
            if block.element >= 0:
                under[block.element] += 1
        upward = self.upward = []
        for e in range(len(parents) - 1, 0, -1):
            parent = parents[e]
            if under[e] and parent >= 0:
                under[parent] += under[e]
                upward.append((e, parent))


#: Elements whose classes describe the page template, not themselves ("fl-theme-builder-footer"
#: on <body> says the template has a footer).
_NEVER_CHROME = frozenset({"html", "body"})
#: Inline formatting that, unflagged, the walk passes through without a record.
_PLAIN_INLINE = frozenset(
    {
        "span", "b", "i", "em", "strong", "u", "s", "small", "big", "font", "mark", "abbr",
        "time", "sup", "sub", "cite", "q", "dfn", "var", "kbd", "samp", "bdi", "bdo", "ins",
        "del", "label", "wbr", "data", "nobr",
    }
)  # fmt: skip
#: Inline elements whose text the Markdown rendering marks, with their marker.
_EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**"}
#: Elements whose opening and closing the walk keeps track of.
#: What a footnote's link back to its reference shows ("↩", "↩︎" of Markdown renderers, "↑",
#: "^"): a control for the reader, not the note's text.
_BACK_REFERENCE_MARKS = frozenset({"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "⤴\ufe0f"})


def _is_back_reference(node: LexborNode, attrs: dict[str, str | None]) -> bool:
    """Whether a link goes back from a footnote to where it is cited: an in-page link that
    shows only a back arrow."""
    href = attrs.get("href")
    return bool(href) and href.startswith("#") and node.text().strip() in _BACK_REFERENCE_MARKS


#: An in-page link to a footnote: "#footnote-1" (Substack), "#fn1", "#fn:1" (Markdown),
#: "#cite_note-3", "#ref-2", "#endnote-4".
_NOTE_HREF_RE = re.compile(r"#(?:fn|footnote|note|cite|ref|endnote)", re.IGNORECASE)
#: Longest number a footnote reference shows.
MAX_NOTE_DIGITS = 3


def _note_reference(node: LexborNode, attrs: dict[str, str | None]) -> str | None:
    """The number a footnote reference shows ("1"), when a link is one: an in-page link to a
    note that shows only a number. Written bare after the sentence it would read as part of
    the text ("It delivered about 5,400.1" for "5,400." and note 1)."""
    href = attrs.get("href")
    if not href or not _NOTE_HREF_RE.match(href):
        return None
    text = node.text().strip()
    return text if text.isdigit() and len(text) <= MAX_NOTE_DIGITS else None


_TRACKED = frozenset({"a", "ul", "ol", "tr", "table", "blockquote", "pre", "code"})
#: Chrome kinds whose link lists are read as one block (see ``_opaque_block``), the largest
#: share of the page's text such a block may hold, and the link density it needs.
_LINK_LIST_KINDS = frozenset({"navigation", "footer", "share"})
_OPAQUE_KINDS = _LINK_LIST_KINDS | {"hidden"}
MAX_OPAQUE_SHARE = 0.3
MIN_OPAQUE_LINK_DENSITY = 0.6
_ITEM_TAGS = frozenset({"li", "dd", "dt"})
#: Image elements: AMP pages write <amp-img src> where others write <img src>.
_IMAGE_TAGS = frozenset({"img", "amp-img", "amp-anim"})
#: Table cells: a data row's cells, or an old layout's columns.
CELL_TAGS = frozenset({"td", "th"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: A table's <caption> is not one of them: it titles the table and stays in the body with it.
_CAPTION_TAGS = frozenset({"figcaption"})
#: Tags that a caption class can make a caption; an <article class="has-caption"> is not one.
_CAPTION_HOLDERS = frozenset({"div", "p", "span", "small", "em", "i", "cite", "figure", "dd"})


#: Inline elements laid side by side with no space between them: spans, and the <time>
#: after a byline's name ("<span>Von Jana Ott</span><time>02.06.2024</time>").
_SEAMED_TAGS = frozenset({"span", "time"})
#: Characters a reader does not see: zero-width spaces and joiners, the byte-order mark, the
#: word joiner and the soft hyphen. A block of nothing else is no block.
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u2060\u00ad"
#: A hyphenation hint ("Verwal&shy;tung", German and Dutch sites set many): no character of
#: the word, so it leaves the text, where it split the word for search and matching.
_SOFT_HYPHEN = "\u00ad"
#: Marks where an inline span opened right after a letter or digit (parsing drops NUL
#: characters, so no page text holds one).
_SEAM = "\x00"
#: Seams that join a word to a number or a number to a capitalised word: "Athletic" + "3",
#: "3" + "Okonjo" from a score box's spans. "3" + "rd", "H" + "2" and words split for styling
#: ("Dat" + "eline") stay joined.
#: So do seams between a lower-case letter and a capitalised word: a teaser's kicker and
#: headline ("Transport" + "Old Mill bridge …"), where "Face" + "book" stays one word.
_SPACED_SEAM = re.compile(
    r"(?<=[^\W\d_])\x00(?=\d)|(?<=\d)\x00(?=[^\W\d_])|(?<=[^\W\d_])\x00(?=[^\W\d_]{2})"
)


#: What a figure shows when it shows words: a quotation, a table, a code listing. Its
#: <figcaption> is then their attribution, title or source, and body text; a figure showing
#: none of them keeps its caption as a picture's, even with no picture in the markup (loaded
#: by script: WCXB dev and Scrapinghub captions of such figures would join the text).
_WORDS_SELECTOR = "blockquote, table, pre, code"


def _pictured(caption: LexborNode) -> bool:
    """Whether a <figcaption> captions a picture: its figure (its parent) shows no words."""
    figure = caption.parent
    return figure is None or figure.css_first(_WORDS_SELECTOR) is None


def _noscript_fallback(
    node: LexborNode, image: PageImage, elements: list[Element], parent: int
) -> None:
    """Give ``image`` the source of the <img> inside this <noscript>, when the two share a
    parent (the lazy loader's markup: the placeholder, then the real picture for readers
    without scripts)."""
    if elements[image.element].parent != parent:
        return
    inner = node.css_first("img[src]")
    if inner is not None:
        image.fallback = (inner.attributes.get("src") or "").strip() or None


def _unglue(raw: str) -> str:
    """Text with its span seams resolved: a space between a word and a number (a score box's
    "Kingsmere Athletic", "3", "Okonjo 34'"), nothing elsewhere."""
    if _SEAM not in raw:
        # Most link texts hold no seam: the test spares them the pattern (Scrapinghub: 53
        # links a page; cut_blocks 1.91 -> 1.71 ms a page, WCXB dev 4.58 -> 4.15).
        return raw
    return _SPACED_SEAM.sub(_seam_space, raw).replace(_SEAM, "")


def _seam_space(match: re.Match[str]) -> str:
    text = match.string
    before, after = text[match.start() - 1], text[match.end()]
    if before.isdigit():
        return " " if after.isupper() else ""  # "3" + "Okonjo", not "3" + "rd"
    if after.isdigit():
        # "Athletic" + "3", "입력" + "2024.05.12" (a caseless script), not "H" + "2"
        return " " if not before.isupper() else ""
    # "Transport" + "Old", not "Dat" + "eline" or "T" + "he"
    return " " if before.islower() and after.isupper() and text[match.end() + 1].islower() else ""


def _opaque_block(
    node: LexborNode, tag: str, index: int, page_chars: int, link_list: bool
) -> Block | None:
    """The whole of a small chrome element as one block, or None to walk it.

    Menus, footers and share bars qualify when they are link lists; hidden elements and
    buttons whatever they hold. An element holding a large share of the page's text, or a
    "menu" that is mostly not links, may be a content section wearing a chrome word, and is
    walked so that the content finder can judge its parts.
    """
    raw = node.text(deep=True)
    if len(raw) > MAX_OPAQUE_SHARE * page_chars:
        return None
    text = " ".join(raw.split())
    if not text:
        return Block("", tag, index, 0)
    links = []
    link_chars = 0
    for anchor in node.css("a"):
        anchor_text = " ".join(anchor.text(deep=True).split())
        link_chars += len(anchor_text)
        href = anchor.attrs.get("href")  # one attribute read in C, not the whole dict
        if href and anchor_text:
            links.append((href, anchor_text))
    if link_list and link_chars < MIN_OPAQUE_LINK_DENSITY * len(text):
        return None
    return Block(text, tag, index, min(link_chars, len(text)), links, opaque=True)


def cut_blocks(root: LexborNode, *, noscript: bool = False) -> PageBlocks:
    """Walk ``root`` once in document order and return its blocks.

    ``noscript=True`` also reads ``<noscript>`` content, which is all that some script-built
    pages (forums, single-page apps) serve to readers without JavaScript.
    """
    ignored = IGNORED_TAGS - {"noscript"} if noscript else IGNORED_TAGS
    page_chars = len(root.text(deep=True))
    elements: list[Element] = []
    blocks: list[Block] = []
    images: list[PageImage] = []
    path: list[int] = []  # open elements
    block_stack: list[int] = []  # open block-level elements
    buf: list[str] = []
    link_len = 0
    links: list[tuple[str, str]] = []
    link_href: list[str | None] = []  # open <a> hrefs
    link_text: list[list[str]] = []
    list_stack: list[str] = []
    # Open elements of each flagging kind: <blockquote>, <pre>, captions, and <pre> or <code>
    # (inside which class words are syntax highlighting, not page structure).
    quotes = pres = captions = codes = 0
    row_stack: list[int] = []
    table_stack: list[int] = []
    # Open emphasis elements as (marker, where their text starts in ``buf``, how many flushes
    # came before them), and the stretches of the block being read.
    open_emphasis: list[tuple[str, int, int]] = []
    emphasis: list[tuple[str, str]] = []
    flushes = 0
    seamed = False  # whether ``buf`` holds a span seam (see ``_unglue``)
    # Table cells laid out as pages: text cut into paragraphs by a double <br> (old table
    # layouts, printer-friendly pages). Their blocks are paragraphs, not a data row's cells.
    layout_cells: set[int] = set()
    broken_cells: set[int] = set()  # cells after a double <br>: layout once text follows
    br_at = (-1, -1)  # the flush count right after the last <br> in a table, and its cell

    def flush() -> None:
        nonlocal buf, link_len, links, emphasis, flushes, seamed
        raw = "".join(buf)
        if seamed:
            raw = _unglue(raw)
            seamed = False
        text = raw if pres else " ".join(raw.split())
        if _SOFT_HYPHEN in text:
            text = text.replace(_SOFT_HYPHEN, "")
        if text and text[0] in _INVISIBLE and not text.strip(_INVISIBLE):
            text = ""  # zero-width spaces and marks alone: an empty line to a reader
        if text:
            owner = block_stack[-1] if block_stack else -1
            tag = elements[owner].tag if owner >= 0 else "body"
            cell = row_stack and tag in CELL_TAGS
            if broken_cells and owner in broken_cells:
                layout_cells.add(owner)
            blocks.append(
                Block(
                    text,
                    tag,
                    owner,
                    min(link_len, len(text)),
                    links,
                    list_stack[-1] if list_stack and tag in _ITEM_TAGS else None,
                    quotes > 0,
                    pres > 0,
                    captions > 0,
                    row_stack[-1] if cell else -1,
                    table_stack[-1] if cell and table_stack else -1,
                    _HEADINGS.get(tag, 0),
                )
            )
            if emphasis:
                blocks[-1].emphasis = emphasis
        buf = []
        link_len = 0
        links = []
        emphasis = []
        flushes += 1

    # Stack items: a node to enter, or an int (element index) to leave.
    stack: list[LexborNode | int] = [root]
    pop = stack.pop
    push = stack.append
    while stack:
        item = pop()
        if type(item) is int:
            if item < 0:  # the end of an emphasis element (``_EMPHASIS``)
                marker, start, opened_after = open_emphasis.pop()
                if opened_after == flushes:  # the element did not span a block boundary
                    stretch = "".join(buf[start:])
                    if seamed and _SEAM in stretch:
                        stretch = _unglue(stretch)
                    stretch = " ".join(stretch.split()).replace(_SOFT_HYPHEN, "")
                    if stretch:
                        emphasis.append((marker, stretch))
                continue
            element = elements[item]
            element.end = len(elements) - 1
            tag = element.tag
            kind = element.kind
            if tag in BLOCK_TAGS or kind is not None:
                if buf:
                    flush()
                block_stack.pop()
            if tag in _TRACKED:
                if tag == "a":
                    href = link_href.pop()
                    text = " ".join(_unglue("".join(link_text.pop())).split())
                    if href and text:
                        last = blocks[-1].text if blocks else ""
                        if buf or not last or (text not in last and last not in text):
                            links.append((href, text))
                        else:  # <a><h3>Headline</h3></a>: the block is already cut
                            blocks[-1].links.append((href, text))
                elif tag == "ul" or tag == "ol":
                    list_stack.pop()
                elif tag == "tr":
                    row_stack.pop()
                elif tag == "table":
                    table_stack.pop()
                elif tag == "blockquote":
                    quotes -= 1
                else:
                    codes -= 1
                    if tag == "pre":
                        pres -= 1
            if kind == "caption":
                captions -= 1
            path.pop()
            continue
        # Text nodes answer with their text, elements with None: one call tells them apart.
        value = item.text_content
        if value is not None:
            # Whitespace between blocks is no text; inside <pre> it is.
            if value and (buf or pres or not value.isspace()):
                buf.append(value)
                if link_text:
                    link_len += len(value.strip())
                    link_text[-1].append(value)
            continue
        node = item
        tag = node.tag
        if tag in ignored or tag is None or tag[0] == "-":
            if tag == "noscript" and images and not noscript:
                _noscript_fallback(node, images[-1], elements, path[-1] if path else -1)
            continue
        attrs = node.attributes
        if tag == "a" and _is_back_reference(node, attrs):
            continue
        if tag == "a" and buf:
            note = _note_reference(node, attrs)
            if note is not None:
                buf.append(f"[{note}]")  # a footnote's reference, as the page's "[1]" reads
                continue
        if attrs and not codes and tag not in _NEVER_CHROME:
            kind, reason = attribute_kind(attrs)
        else:
            kind, reason = None, ""
        if kind is None:
            if tag in _PLAIN_INLINE:
                # Unflagged inline formatting needs no record: walk straight into its children.
                marker = _EMPHASIS.get(tag)
                if marker is not None and not pres:
                    open_emphasis.append((marker, len(buf), flushes))
                    push(-1)
                elif buf and tag in _SEAMED_TAGS and not pres and buf[-1][-1].isalnum():
                    # Spans laid side by side with no space between them ("<span>Kingsmere
                    # Athletic</span><span>3</span>"): where their text meets, ``_unglue``
                    # decides whether a space was meant.
                    buf.append(_SEAM)
                    seamed = True
                    if link_text:
                        link_text[-1].append(_SEAM)
                child = node.last_child
                while child is not None:
                    push(child)
                    child = child.prev
                continue
            kind = TAG_KINDS.get(tag)
            reason = tag
        elif kind == "content":
            kind = None
        if tag == "footer" and quotes:
            kind = None  # a quotation's own footer is its attribution, not the page's footer
        if tag in _CAPTION_TAGS:
            # A <figcaption> of a quotation, table or listing is body text (its attribution,
            # title or source), which would otherwise be lost with no picture to caption.
            kind = "caption" if _pictured(node) else None
        elif kind == "caption" and tag not in _CAPTION_HOLDERS:
            kind = None
        index = len(elements)
        elements.append(Element(tag, path[-1] if path else -1, kind, reason, attrs))
        if (kind in _OPAQUE_KINDS or tag == "button") and not captions:
            opaque = _opaque_block(node, tag, index, page_chars, kind in _LINK_LIST_KINDS)
            if opaque is not None:
                # A menu, footer or teaser list: one block read in C instead of a walk
                # through its items.
                if buf:
                    flush()
                if opaque.text:
                    blocks.append(opaque)
                elements[index].end = index
                continue
        # A flagged inline element (<a class="skip-link">) is cut out as a block of its own,
        # so that its text carries its flag.
        if tag in BLOCK_TAGS or kind is not None:
            if tag == "br" and row_stack and block_stack:
                cell = block_stack[-1]
                # A second <br> in the same cell with no text since the first.
                if br_at == (flushes, cell) and not buf and elements[cell].tag in CELL_TAGS:
                    broken_cells.add(cell)
                br_at = (flushes + 1 if buf else flushes, cell)
            if buf:
                flush()
            block_stack.append(index)
            if link_text:  # a kicker and a headline inside one link stay two words
                link_text[-1].append(" ")
        path.append(index)
        if kind == "caption":
            captions += 1
        if tag in _TRACKED:
            if tag == "a":
                link_href.append(attrs.get("href"))
                link_text.append([])
            elif tag == "ul" or tag == "ol":
                list_stack.append(tag)
            elif tag == "tr":
                row_stack.append(index)
            elif tag == "table":
                table_stack.append(index)
            elif tag == "blockquote":
                quotes += 1
            else:
                codes += 1
                if tag == "pre":
                    pres += 1
        elif tag in _IMAGE_TAGS:
            images.append(PageImage(index, attrs))
        push(index)
        child = node.last_child
        while child is not None:
            push(child)
            child = child.prev
    if buf:
        flush()
    if layout_cells:
        for block in blocks:
            if block.row >= 0 and block.element in layout_cells:
                block.row = block.table = -1
    return PageBlocks(elements, blocks, images)
