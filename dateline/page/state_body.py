"""The body a script-built page keeps in its page state: the JSON a framework serves beside
empty markup (Next.js ``__NEXT_DATA__``, Nuxt, a CMS's preloaded content in an
``application/json`` script, Arc XP's ``Fusion.globalContent = {…};`` in a JavaScript
script, the flight data of Next.js's App Router in ``self.__next_f.push([1, "…"])``
chunks). Served to a crawler, such a page shows its header and placeholders; the story is
data, as paragraph blocks or as one HTML string.

JavaScript is never run: an object literal assigned to ``Fusion.globalContent`` and the
arrays pushed to ``self.__next_f`` are cut out by matching their brackets (strings
respected) and read as JSON, which they are when a server serialised them.

The state is read only when the content finder has found too little prose in the markup.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import Block
from dateline.page.content import Selection
from dateline.page.declared_body import MIN_DECLARED_PROSE
from dateline.page.page_type import LISTING_TEASERS
from dateline.recognise.bylines import clean_author

#: Markers of page-state scripts in the raw page: the scripts are looked at only when one is
#: there (a search of the bytes, not a query of the tree).
STATE_MARKERS = (
    b"__NEXT_DATA__", b"__NUXT_DATA__", b"application/json", b"Fusion.globalContent", b"__next_f",
)  # fmt: skip
#: Where a JavaScript script assigns a story's state (Arc XP's Fusion) or pushes a chunk of
#: Next.js's App Router flight data ("self.__next_f.push([1,\"…\"])").
_FUSION_RE = re.compile(r"\bFusion\.globalContent\s*=\s*(?=\{)")
_FLIGHT_RE = re.compile(r"\b__next_f\.push\(\s*(?=\[)")
#: The names those patterns hold, looked for before either runs: a pattern opening with ``\b``
#: is tried at every character (25 MB/s), a plain ``in`` skips ahead (2 GB/s); on the 29 WCXB
#: dev pages whose scripts are read, the two searches took 0.16 of their 0.23 ms a page.
_FUSION_NAME = "Fusion.globalContent"
_FLIGHT_NAME = "__next_f.push"
#: The tokens that matter in cutting a literal out of a script: a whole string, a bracket, or
#: a quote that opens a string never closed.
_LITERAL_TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}"]', re.DOTALL)
#: A row of flight data: its id, then a JSON value ("3:[\"$\",\"p\",…]") or a text row
#: ("5:T1a2,<p>…", its length in UTF-8 bytes in hex) that a value names by "$5".
_FLIGHT_ROW_RE = re.compile(r"([0-9a-f]{1,8}):(?:T([0-9a-f]{1,8}),)?")
#: How deep a flight value's elements are read (a page's layouts nest its story deep).
MAX_FLIGHT_DEPTH = 300
#: Longest state script read, in characters, and most JSON values visited in one: a page's
#: state is rarely above a few hundred kilobytes; these bound a hostile one.
MAX_STATE_CHARS = 5_000_000
MAX_VALUES = 200_000
#: Keys under which a CMS keeps a story's body as one string (HTML or lines of text).
_BODY_KEYS = frozenset(
    {
        "body", "articlebody", "article_body", "bodyhtml", "body_html", "content",
        "contenthtml", "content_html", "html", "rendered", "storytext", "story_text",
        "articletext", "article_text", "fulltext", "full_text",
    }
)  # fmt: skip
#: Keys whose strings are a paragraph block's words, at any depth of the block (Portable
#: Text's spans, rich-text nodes' values, Arc's content elements).
_TEXT_KEYS = frozenset({"text", "content", "html", "value", "children", "body", "spans"})
#: Keys of a record that stands for a whole story, video or product (a teaser, a tagged
#: asset), which a paragraph block never carries.
_RECORD_KEYS = frozenset({"title", "headline", "url", "href", "slug", "permalink", "canonicalUrl"})
#: Keys of a story's record that hold its authors, the keys of a person's record that hold
#: the name, how deep an author list is read, the keys of the section and its longest name.
_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "bylines", "writers", "creator"})
_NAME_KEYS = ("name", "displayName", "display_name", "fullName", "full_name", "byline")
MAX_AUTHOR_DEPTH = 4
_SECTION_KEYS = ("section", "sectionName", "primarySection", "category", "channel")
MAX_SECTION_CHARS = 60
#: Keys naming a block's type, and the types of headings ("heading", "header", "h2",
#: "heading-3", "subheadline").
_TYPE_KEYS = ("type", "_type", "nodeType", "blockType", "__typename")
_HEADING_TYPE_RE = re.compile(r"(?:sub)?head(?:ing|er|line)?[-_ ]?([1-6])?|h([1-6])")
#: How deep inside one block its words are looked for.
MAX_BLOCK_DEPTH = 6
#: Types of blocks that are no words of the story (Arc XP's "interstitial_link" to another
#: story, its "raw_html" and "custom_embed" widgets, "oembed_response" players, ads), and
#: the type of a list whose "items" are its paragraphs.
_NOT_TEXT_TYPES = frozenset(
    {
        "interstitial_link", "raw_html", "custom_embed", "embed", "ad", "ads", "advert",
        "advertisement", "ad_slot", "newsletter", "related_links", "link_list", "video",
        "gallery", "image",
    }
)  # fmt: skip
_NOT_TEXT_PREFIXES = ("oembed", "ad_", "ad-")
#: Types of HTML elements around blocks, which flight data gives as blocks: the text of one
#: is many paragraphs, never one ("header" is not among them: Arc XP names its headings so).
_CONTAINER_TYPES = frozenset(
    {
        "div", "section", "article", "main", "aside", "footer", "nav", "figure",
        "form", "table", "tbody", "body", "html", "template", "details",
    }
)  # fmt: skip
#: Elements of an HTML body string whose text is a paragraph, and their heading levels.
_PARAGRAPHS_SELECTOR = "p, h2, h3, h4, h5, h6, li, blockquote"
_HEADINGS = {"h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_TAG_RE = re.compile(r"<[a-zA-Z/][^>]*>")
#: Text (characters) of the markup's body from which the page is taken to show what it is
#: about, a list of products or stories, instead of the placeholders of a script-built story.
MAX_MARKUP_CHARS = 600
#: Fewest words of a paragraph that counts as a sentence.
MIN_SENTENCE_WORDS = 5
#: Shortest word of a title that a body about it is expected to use (shorter ones are mostly
#: function words: "the", "of", "in").
MIN_TITLE_WORD = 4
_WORD_RE = re.compile(r"\w+")
#: Ends of sentences: a body's paragraphs end so, a list of teaser headlines does not.
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "»", ")", "。", "！", "？", "؟", "।")


def state_scripts(data: bytes) -> list[str]:
    """The text of the JSON state scripts (not JSON-LD) of a page given as ``parse.parser_input``
    bytes, and the JSON a JavaScript script assigns to ``Fusion.globalContent`` or pushes to
    ``self.__next_f``; none, without parsing, when the page names no state at all.

    The page is parsed again for them: by the time the markup is known to hold no story, the
    tree has lost its scripts, and keeping every page's JSON scripts for the few that need
    them would cost each page a query of its tree.
    """
    if not any(marker in data for marker in STATE_MARKERS):
        return []
    found = []
    flight: list[str] = []
    for script in LexborHTMLParser(data).css("script"):
        kind = (script.attributes.get("type") or "").lower()
        text = script.text(deep=False)
        if "json" in kind:
            if "ld+json" not in kind and MIN_DECLARED_PROSE <= len(text) <= MAX_STATE_CHARS:
                found.append(text)
        elif (not kind or "javascript" in kind) and len(text) <= MAX_STATE_CHARS:
            match = _FUSION_RE.search(text) if _FUSION_NAME in text else None
            literal = _literal(text, match.end()) if match else None
            if literal is not None and len(literal) >= MIN_DECLARED_PROSE:
                found.append(literal)
            flight.extend(_flight_chunks(text))
    if flight:  # each row apart: a list of rows is no list of a story's blocks
        for row in _flight_rows("".join(flight)):
            if isinstance(row, dict | list):
                with contextlib.suppress(ValueError, RecursionError):
                    found.append(json.dumps(row, ensure_ascii=False))
    return found


def _literal(text: str, start: int) -> str | None:
    """The JSON object or array literal that opens at ``start`` in a script, cut at its
    matching bracket (brackets inside double-quoted strings skipped); None when it does not
    close."""
    depth = 0
    for token in _LITERAL_TOKEN_RE.finditer(text, start):
        char = token.group()
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return text[start : token.end()]
        elif char == '"':
            return None  # a string that never closes
    return None


def _flight_chunks(text: str) -> list[str]:
    """The strings a script pushes to Next.js's flight data: ``self.__next_f.push([1, "…"])``
    (other pushes, ``[0]`` and ``[2, null]``, carry no data)."""
    chunks: list[str] = []
    if _FLIGHT_NAME not in text:
        return chunks
    for match in _FLIGHT_RE.finditer(text):
        literal = _literal(text, match.end())
        if literal is None:
            break  # the rest of the script is no literal either
        try:
            pushed = json.loads(literal)
        except (ValueError, RecursionError):
            continue
        if isinstance(pushed, list) and len(pushed) == 2 and pushed[0] == 1:
            chunks.extend(pushed[1:] if isinstance(pushed[1], str) else ())
    return chunks


def _flight_rows(payload: str) -> list[Any]:
    """The JSON values of flight data's rows, one a line ("3:[\"$\",\"article\",…]"), with a
    string that names a text row ("$5") replaced by its text. Rows of other kinds (modules
    "2:I[…]", hints "1:HL[…]") and rows that are no JSON are passed over."""
    texts: dict[str, str] = {}
    values: list[Any] = []
    encoded = payload.encode()
    position = 0
    while position < len(encoded):
        end = encoded.find(b"\n", position)
        line_end = len(encoded) if end < 0 else end
        head = _FLIGHT_ROW_RE.match(encoded[position : position + 20].decode("utf-8", "ignore"))
        if head is not None and head.group(2) is not None:
            start = position + len(head.group(0).encode())
            stop = start + int(head.group(2), 16)
            texts[f"${head.group(1)}"] = encoded[start:stop].decode("utf-8", "replace")
            position = stop
            continue
        if head is not None:
            row = encoded[position + len(head.group(0)) : line_end].decode("utf-8", "replace")
            if row[:1] in ("[", "{", '"'):
                with contextlib.suppress(ValueError, RecursionError):
                    values.append(json.loads(row))
        position = line_end + 1
    return [_resolve(value, texts, 0) for value in values]


def _resolve(value: Any, texts: dict[str, str], depth: int) -> Any:
    """A flight value with its references to text rows ("$5") replaced by their text, and its
    elements (``["$", "p", key, {"children": …}]``) made blocks of that type
    (``{"type": "p", "children": …}``), as a CMS's rich text gives them."""
    if depth > MAX_FLIGHT_DEPTH:
        return value
    if isinstance(value, str):
        if not value.startswith("$"):
            return value
        # "$$…" is a text that starts with a dollar; any other "$…" is a reference, to a
        # text row or to what is no words (a component, a promise, "$undefined").
        return value[1:] if value.startswith("$$") else texts.get(value, "")
    if isinstance(value, list):
        if len(value) == 4 and value[0] == "$" and isinstance(value[1], str):
            props = value[3] if isinstance(value[3], dict) else {}
            resolved = {key: _resolve(item, texts, depth + 1) for key, item in props.items()}
            return {**resolved, "type": value[1]}
        return [_resolve(item, texts, depth + 1) for item in value]
    if isinstance(value, dict):
        return {key: _resolve(item, texts, depth + 1) for key, item in value.items()}
    return value


@dataclass(slots=True)
class StateStory:
    """The story found in page state: its body as a selection, and what its record says of
    its authors and section (for a page whose markup and metadata say nothing of them)."""

    selection: Selection
    authors: list[str] = field(default_factory=list)
    section: str | None = None


def state_body(states: list[str], selection: Selection, title: str) -> StateStory | None:
    """The story ``title`` names kept in page state, when the markup's own ``selection`` holds
    almost no prose and the state holds a body of sentences that speaks of what the title
    says; else None.

    Of the state's candidate bodies (a string under a body key, a list of paragraph blocks or
    of paragraph strings) the one with the most prose is taken. A state holds much besides the
    story (product blurbs, transcripts of other videos, teasers), hence the title's words.
    """
    if not states or selection.prose >= MIN_DECLARED_PROSE:
        return None
    teasers = sum(1 for kind, _ in selection.removed if kind == "related")
    if teasers >= LISTING_TEASERS or sum(len(b.text) for b in selection.body) >= MAX_MARKUP_CHARS:
        return None  # the markup shows something else: a list of stories or products
    title_words = _content_words(title)
    best: list[Block] = []
    best_owner: dict[str, Any] = {}
    best_prose = 0
    for text in states:
        try:
            state = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for paragraphs, owner in _candidates(state):
            prose = _prose(paragraphs)
            if prose > best_prose and _about(paragraphs, title_words):
                best, best_owner, best_prose = paragraphs, owner, prose
    if best_prose < MIN_DECLARED_PROSE:
        return None
    if best and " ".join(best[0].text.split()).lower() == " ".join(title.split()).lower():
        best = best[1:]
    body = Selection(
        body=best, removed=selection.removed, captions=selection.captions, prose=best_prose
    )
    return StateStory(body, _authors(best_owner), _section(best_owner))


def _authors(story: dict[str, Any]) -> list[str]:
    """The names the story's record gives under an author key: a name, a record with a
    name, or a list of them ("byline": {"authors": [{"name": …}]})."""
    names: list[str] = []
    for key, value in story.items():
        if key.lower() in _AUTHOR_KEYS:
            _names(value, names, 0)
    return names


def _names(value: Any, names: list[str], depth: int) -> None:
    if depth > MAX_AUTHOR_DEPTH:
        return
    if isinstance(value, str):
        name = clean_author(value)
        if name and name not in names:
            names.append(name)
    elif isinstance(value, list):
        for item in value:
            _names(item, names, depth + 1)
    elif isinstance(value, dict):
        for key in _NAME_KEYS:
            if isinstance(value.get(key), str):
                _names(value[key], names, depth + 1)
                return
        for key, item in value.items():
            if key.lower() in _AUTHOR_KEYS:
                _names(item, names, depth + 1)


def _section(story: dict[str, Any]) -> str | None:
    """The section the story's record names (a string, or a record with a name)."""
    for key in _SECTION_KEYS:
        value = story.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str)), None)
        if isinstance(value, str) and value.strip() and len(value) <= MAX_SECTION_CHARS:
            return " ".join(value.split())
    return None


def _prose(paragraphs: list[Block]) -> int:
    """Characters in paragraphs that are sentences (words ending as a sentence does), when
    they are at least half of all: a list of headlines, a menu's labels or a product's
    ingredients counts for nothing."""
    total = sum(len(block.text) for block in paragraphs if not block.heading)
    prose = sum(
        len(block.text)
        for block in paragraphs
        if not block.heading
        and block.text.endswith(_SENTENCE_END)
        and block.text.count(" ") >= MIN_SENTENCE_WORDS - 1
    )
    return prose if prose * 2 >= total else 0


def _content_words(text: str) -> set[str]:
    """The longer words of a text, folded: what a headline is about."""
    return {word for word in _WORD_RE.findall(text.lower()) if len(word) >= MIN_TITLE_WORD}


def _about(paragraphs: list[Block], title_words: set[str]) -> bool:
    """Whether a body speaks of its title: most of the title's longer words are in it."""
    if not title_words:
        return True
    body = " ".join(block.text for block in paragraphs).lower()
    return sum(word in body for word in title_words) * 2 >= len(title_words)


def _candidates(state: Any) -> list[tuple[list[Block], dict[str, Any]]]:
    """Each body the state may hold, as paragraph blocks, with the object that holds it (the
    story's record, whose other keys name its authors and section): strings under body keys,
    lists of paragraph blocks and lists of paragraph strings, found in one bounded walk."""
    found: list[tuple[list[Block], dict[str, Any]]] = []
    stack: list[tuple[Any, dict[str, Any]]] = [(state, {})]
    visited = 0
    while stack and visited < MAX_VALUES:
        value, owner = stack.pop()
        visited += 1
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str):
                    if len(item) >= MIN_DECLARED_PROSE and key.lower() in _BODY_KEYS:
                        found.append((_string_paragraphs(item), value))
                elif isinstance(item, dict | list):
                    stack.append((item, value))
        elif isinstance(value, list):
            if len(value) >= 2:
                blocks = _list_paragraphs(value)
                if blocks:
                    found.append((blocks, owner))
            stack.extend((item, owner) for item in value if isinstance(item, dict | list))
    return found


def _list_paragraphs(items: list[Any]) -> list[Block]:
    """The paragraphs of a list of blocks or strings (empty when it is neither)."""
    if all(isinstance(item, str) for item in items):
        texts = [_plain(item) for item in items]
        return [Block(text, "p", -1, 0) for text in texts if text]
    if not all(isinstance(item, dict) for item in items):
        return []
    if sum(not _RECORD_KEYS.isdisjoint(item) for item in items) * 2 >= len(items):
        return []  # records of other stories or products (teasers, tagged assets), not blocks
    blocks = []
    for item in items:
        kind = _block_type(item)
        if kind in _NOT_TEXT_TYPES or kind.startswith(_NOT_TEXT_PREFIXES):
            continue  # a link to another story, a widget, an ad, a picture: not its words
        if kind in _CONTAINER_TYPES:
            continue  # an element around blocks (flight data's "div"): its own list is read
        entries = item.get("items") if kind == "list" else item.get("children")
        if kind in ("list", "ul", "ol") and isinstance(entries, list):
            for entry in entries:
                words: list[str] = []
                _block_words(entry, words, 0)
                text = _plain("".join(words))
                if text:
                    blocks.append(Block(text, "li", -1, 0, list_tag="ul"))
            continue
        words = []
        _block_words(item, words, 0)
        text = _plain("".join(words))
        if text:
            heading = _heading_level(item)
            blocks.append(Block(text, f"h{heading}" if heading else "p", -1, 0, heading=heading))
    return blocks


def _block_type(block: dict[str, Any]) -> str:
    """The type a block declares, folded ("" when it declares none)."""
    kind = next((block[key] for key in _TYPE_KEYS if isinstance(block.get(key), str)), "")
    return kind.lower()


def _heading_level(block: dict[str, Any]) -> int:
    """The heading level a block declares by its type ("heading", "header", "h2", Contentful's
    "heading-2"), 2 when it gives none; 0 for any other block."""
    match = _HEADING_TYPE_RE.fullmatch(_block_type(block))
    if match is None:
        return 0
    level = block.get("level")
    number = level if isinstance(level, int) else int(match[1] or match[2] or 2)
    return min(max(number, 2), 6)


def _block_words(value: Any, words: list[str], depth: int) -> None:
    """The strings under text keys of one block, in order, into ``words``."""
    if depth > MAX_BLOCK_DEPTH:
        return
    if isinstance(value, str):
        words.append(value)
    elif isinstance(value, list):
        for item in value:
            _block_words(item, words, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key.lower() in _TEXT_KEYS:
                _block_words(item, words, depth + 1)


def _string_paragraphs(body: str) -> list[Block]:
    """The paragraphs of a body string: its paragraph elements when it is HTML, else its
    lines."""
    if _TAG_RE.search(body) is None:
        return [Block(text, "p", -1, 0) for text in map(_plain, body.splitlines()) if text]
    tree = LexborHTMLParser(body)
    blocks = []
    for node in tree.css(_PARAGRAPHS_SELECTOR):
        parent = node.parent.tag if node.parent is not None else None
        if node.tag == "p" and parent == "li":
            continue  # its list item is the paragraph
        if node.tag == "blockquote" and node.css_first("p") is not None:
            continue  # its paragraphs are
        text = " ".join(node.text(deep=True).split())
        if text:
            heading = _HEADINGS.get(node.tag, 0)
            quote = node.tag == "blockquote" or parent == "blockquote"
            blocks.append(Block(text, node.tag, -1, 0, heading=heading, quote=quote))
    if not blocks and tree.body is not None:
        text = " ".join(tree.body.text(deep=True).split())
        blocks = [Block(text, "p", -1, 0)] if text else []
    return blocks


def _plain(text: str) -> str:
    """A block's words as one line: markup left in a rich-text string taken out, and its
    character references ("&ldquo;", "&amp;", which Arc XP keeps in its text) read."""
    if "<" in text and _TAG_RE.search(text):
        text = LexborHTMLParser(text).text(deep=True)
    elif "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())
