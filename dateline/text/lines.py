"""Reading a text dump into lines: refusing what is not text, and tidying what is."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from dateline.errors import InputError
from dateline.model import Credit, count_words
from dateline.text.link_marks import without_link_marks, without_references
from dateline.text.mail import without_mail_marks
from dateline.text.markdown_marks import is_markdown, without_markdown_marks
from dateline.text.unwrap import LIST_ITEM_RE, unwrapped

log = logging.getLogger(__name__)

#: Lines read from one dump. A news page flattened to text runs to a few hundred lines (the
#: longest pages with comments to a few thousand); past this the rest is not article content
#: and reading on would only let a hostile input cost unbounded time.
MAX_LINES = 20_000
#: Share of control characters (beyond tab and newline) that marks binary junk. Real text dumps
#: have none; 2% leaves room for a stray form feed or replacement character.
MAX_CONTROL_SHARE = 0.02
#: Characters sampled for the binary check.
_SAMPLE_CHARS = 65_536
#: Last characters of a sentence, with the closing quotes and brackets that may follow one, in
#: Latin, Arabic ("؟"), Urdu ("۔"), Indic ("।"), Chinese and Japanese ("。", "！", "？", "」")
#: script.
SENTENCE_ENDS = frozenset(".!?\"”’')؟۔।॥。！？」』）")
#: Last characters of a line that is a sentence or a label, not a headline.
_LABEL_ENDS = frozenset(".:;,。：；，、")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
#: Terminal colour codes ("\x1b[0m", left by a crawler that logged a console), byte-order marks,
#: zero-width spaces and soft hyphens: dropped, or "\ufeffSkip to main content" is not a skip
#: link and "Hafen\u00adverwaltung" (a hyphenation hint no reader sees, which the HTML path
#: drops too) is two words for search. So are lone surrogates, the bytes that were not UTF-8 in
#: a str decoded with "surrogateescape": no UTF-8 record, file or database can hold them, and
#: the HTML path drops them as it encodes the page for the parser.
_INVISIBLE_RE = re.compile("\x1b\\[[0-9;?]*[A-Za-z]|[\ufeff\u200b\u2060\u00ad\ud800-\udfff]")
#: Other control characters: read as spaces.
_STRAY_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
#: Words of the first untabbed line that ends a layout's header rows (``layout_cells``): a
#: paragraph, which a menu or a headline cell never is.
MIN_PARAGRAPH_WORDS = 30
#: A tab between two pieces of text: a table's cell border, which a crawler keeps when it
#: flattens a row (resiliparse writes two). A tab that indents a line is left to the whitespace
#: folding.
_CELL_TAB_RE = re.compile(r"(?<=\S)[ ]*\t[\t ]*(?=\S)")


@dataclass(slots=True)
class Line:
    """One block of the dump and what it was recognised as.

    ``role`` is "" while unclassified, then a chrome kind of ``model.REMOVED_KINDS`` or one of
    "title", "dek", "section", "byline", "date", "timestamp" (a time alone, as live blogs stamp
    their entries), "caption", "photo_credit" (a credit whose caption is on the line beside it),
    "caption_duplicate", "credit", "teaser", "card", "summary" and "card_date" (a story card's
    headline, summary and date), "page_title", "duplicate".
    """

    text: str
    words: int
    role: str = ""
    credits: list[Credit] = field(default_factory=list)
    caption: str | None = None
    credit: str | None = None

    @property
    def is_prose(self) -> bool:
        """A paragraph of running text: long, or a few words that end a sentence. Three dots
        end no sentence: they cut a card's headline or teaser short ("Students trapped in
        vi...")."""
        if self.words >= 20:
            return True
        return self.words >= 8 and self.text[-1] in SENTENCE_ENDS and not self.is_cut_short

    @property
    def is_cut_short(self) -> bool:
        """Ending in three dots, as a card's headline or teaser cut to fit does."""
        return self.text.endswith("...")

    @property
    def is_list_item(self) -> bool:
        """An item of a bulleted or numbered list."""
        return LIST_ITEM_RE.match(self.text) is not None

    @property
    def is_headline(self) -> bool:
        """Short enough for a headline and not ending like a sentence or a label."""
        return 2 <= self.words <= 30 and self.text[-1] not in _LABEL_ENDS


def layout_cells(raw_lines: list[str]) -> list[str]:
    """The rows of a legacy table layout's header split into their cells, one block each
    ("Home\tNews\tSport", a menu row; "News\tHarbour board approves dredging contract", the
    section cell and the headline cell): rows above the first paragraph whose neighbours have
    another number of cells. A table of figures repeats its number of cells row after row (a
    standings table in a sidebar), and a table under the first paragraph is the story's own (a
    timetable): they keep their rows whole. Scrapinghub and WCXB dev pages flattened by
    resiliparse lost body F1 when every row was split."""
    cells = [_CELL_TAB_RE.split(raw) if "\t" in raw else [raw] for raw in raw_lines]
    header = next(
        (i for i, row in enumerate(cells) if len(row[0].split()) >= MIN_PARAGRAPH_WORDS),
        len(cells),
    )
    # The widths of the tabbed rows in order: a list's rows may have untabbed lines between
    # them ("1.\tHeadline" / "17 hours ago" / "2.\tHeadline").
    widths = [len(row) for row in cells[:header] if len(row) > 1]
    out: list[str] = []
    rank = 0
    for row, raw in zip(cells[:header], raw_lines[:header], strict=True):
        if len(row) == 1:
            out.append(raw)
            continue
        same = {widths[i] for i in (rank - 1, rank + 1) if 0 <= i < len(widths)}
        out.extend([raw] if len(row) in same else row)
        rank += 1
    return out + raw_lines[header:]


def read_lines(text: str, url: str | None = None, markdown: bool = False) -> list[Line]:
    """The non-blank lines of a dump, whitespace collapsed, hard-wrapped paragraphs joined, and
    a text browser's link numbers, a forwarded mail's header and quote marks and a Markdown
    document's marks dropped (``markdown`` when the caller knows it is one); InputError for
    empty or binary input."""
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}", url)
    if not text.strip():
        raise InputError("empty text", url)
    if "\x00" in text:
        raise InputError("binary data (NUL bytes), not text", url)
    sample = text[:_SAMPLE_CHARS]
    control = len(_CONTROL_RE.findall(sample))
    if control > MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"binary data ({control} control characters), not text", url)
    lines: list[Line] = []
    # Most dumps hold neither; one scan of the whole text spares a substitution per line.
    scrub = _INVISIBLE_RE.search(text) is not None or _STRAY_CONTROL_RE.search(text) is not None
    raw_lines = text.splitlines()
    if "\t" in text:
        raw_lines = layout_cells(raw_lines)
    if scrub:
        raw_lines = [_STRAY_CONTROL_RE.sub(" ", _INVISIBLE_RE.sub("", raw)) for raw in raw_lines]
    raw_lines = without_mail_marks(without_references(raw_lines))
    markdown = markdown or is_markdown(raw_lines)
    for raw in without_link_marks(unwrapped(raw_lines)):
        words = (without_markdown_marks(raw) if markdown else raw).split()
        if not words:
            continue
        if len(lines) == MAX_LINES:
            where = url or "text input"
            log.warning("%s: more than %d lines; the rest is ignored", where, MAX_LINES)
            break
        line = " ".join(words)
        # Chinese and Japanese run their words together: a line counts as count_words reckons
        # it (two characters a word), or a paragraph would pass for a one-word menu item.
        count = len(words) if line.isascii() else max(len(words), count_words(line))
        lines.append(Line(line, count))
    return lines
