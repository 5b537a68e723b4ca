"""Article furniture inside the body container: bylines, date lines and credit lines.

These lines sit among the body's paragraphs on many templates but are not body text: a
byline feeds ``authors``, a credit line feeds ``credits``, and a bare date line is dropped, as
is a header line made only of such parts ("Par Yannick Le Goff · Publié le 5 mars 2024",
"Published in Civic Notes · 7 min read · Mar 5, 2024") and the promotion lines that close a
syndicated story ("Follow … coverage at https://…"). Table cells are never furniture: a
timetable's "March 4, 2024" cell is data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from dateline.model import Credit
from dateline.page.blocks import Block, Element
from dateline.page.content import MIN_PARAGRAPH_CHARS, fold
from dateline.recognise.bylines import (
    BIO_TAIL_BLOCKS,
    WRITER_LABEL_RE,
    WRITER_LABELS,
    dashed_signoff,
    has_beat_word,
    is_author_bio,
    is_desk,
    is_role_line,
    parse_byline,
    signoff_names,
    split_byline,
)
from dateline.recognise.captions import credit_line
from dateline.recognise.chrome_text import chrome_kind, is_closing_promo, is_time_label
from dateline.recognise.credits import parse_credits, source_line
from dateline.recognise.dates import _JALALI_MONTHS as JALALI_MONTH_NUMBERS
from dateline.recognise.dates import _MONTHS as MONTH_NUMBERS
from dateline.recognise.dates import to_iso

#: Longest line taken for a byline or a date line (characters). Bylines with a role and a
#: date ("By Jane Roe, Senior Correspondent | Updated March 3, 2024 10:15 a.m.") stay under it.
MAX_FURNITURE_CHARS = 120
#: Blocks at the top of the body where a line opening with an author's name is the byline
#: (a listing's "Jane Roe (Author)" lines further down name the books' authors).
BYLINE_BLOCKS = 4
#: Blocks at the top of the body where a date line is furniture even after a first paragraph
#: (a dek repeated as the body's first paragraph, then the date).
HEAD_BLOCKS = 2
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "、", "！", "？", "：", "،", "؟")
_STANDFIRST_WORDS = (
    "dek", "deck", "standfirst", "summary", "subtitle", "subhead", "sub-head", "lede", "lead",
    "excerpt", "intro", "desc", "sapo", "chapo", "teaser", "strapline",
    # German, Spanish (Argentine and Spanish), Portuguese (Brazilian) and Italian names.
    "vorspann", "bajada", "entradilla", "linha-fina", "linhafina", "catenaccio", "sottotitolo",
    "sommario",
)  # fmt: skip
#: Short class words that name a standfirst only as a whole word ("a_st" is one, "list" not).
_STANDFIRST_TOKENS = frozenset({"st"})
#: Class words of a kicker (the line over a headline): English, German "Dachzeile" and
#: "Spitzmarke", French "surtitre", Spanish "antetítulo", Italian "occhiello", Portuguese
#: "chapéu" ("chapeu"), Dutch "bovenkop", Argentine Spanish "volanta", Persian "rotitr"
#: (روتیتر); and its longest text.
_KICKER_WORDS = (
    "kicker", "eyebrow", "overline", "topline", "dachzeile", "spitzmarke", "surtitre",
    "antetitulo", "occhiello", "chapeu", "bovenkop", "volanta", "rotitr",
)  # fmt: skip
MAX_KICKER_CHARS = 60
#: Longest closing line that signs a story with an author's name ("박지훈 기자
#: jihoon.park@hanbit.example", "Hoàng Nam").
MAX_SIGNOFF_CHARS = 80
#: The least a sentence before a sign-off holds (Korean says much in 25 characters).
MIN_SIGNED_SENTENCE_CHARS = 25
#: Labels in a row over a story ("Science · Interview"): their separators, most parts and
#: longest line.
_LABEL_SEPARATOR_RE = re.compile(r"\s+[·•|›»/]\s+")
MAX_LABEL_PARTS = 3
#: A label's words: letters only ("Interview", "Q&A", "Health-care"), no figures or prices.
_LABEL_WORDS_RE = re.compile(r"[^\W\d_]+(?:[\s&'’-]+[^\W\d_]+)*")
MAX_LABELS_CHARS = 40
_CLASS_WORD_RE = re.compile(r"[a-z0-9]+")
#: Ancestors of a standfirst paragraph searched for its class ("dcr-standfirst" > p).
STANDFIRST_LEVELS = 3
_BARE_BY = (
    "by ", "by:", "von ", "von:", "par ", "par:", "por ", "por:", "door ", "door:", "av ", "af ",
)  # fmt: skip
#: Italian "di" opens a byline only in lower case ("di Marco Rossi"; "Di Maria" is a name).
_LOWER_BY = "di "
#: Labelled bylines ("Written By: Jane Roe", "Reporter: Tom Berg", "Author: Ana Lima"), read at
#: the head of the body only: further down, "Author: …" and "Written by … on …" lines name the
#: authors of the books or the reviews a page lists (WCXB dev).
_LABELLED_BY = (
    "written by", "reported by", "words by", "story by", "reporter:", "reporters:", "author:",
    "authors:", "writer:", "interview by", "interviewed by",
    # Indonesian "report by <outlet>'s reporter, <name>".
    "laporan wartawan", "laporan reporter", "laporan koresponden",
)  # fmt: skip
_LATIN_BY = (*_BARE_BY, *_LABELLED_BY)
#: The labels of a sign-off under a story ("Текст: Алина Лаптева", "Text: Jana Nováková",
#: Persian "خبرنگار: حمید رضایی", reporter), read among the body's last two blocks.
_SIGNOFF_LABEL_RE = re.compile(
    # … and Turkish "Haber:" (report), "Muhabir:" (reporter), which sign a story under a
    # "Haber Merkezi" (news desk) byline: "Haber: Burak Şahin / Trabzon".
    r"^(?:текст|text|tekst|خبرنگار|نویسنده|گزارش|haber|muhabir)\s*:\s*\S",
    re.IGNORECASE,
)
#: Byline openings; for scripts the byline parser does not read, the line is still dropped.
_OTHER_BY = (
    "بقلم", "كتب", "автор:", "автор ", "yazar:", "נכתב על ידי", "מאת ", "מאת:", "του ", "της ",
)  # fmt: skip
_BY_PREFIXES = (*_LATIN_BY, *_OTHER_BY)
#: Left-to-right and right-to-left marks, embeddings and isolates around a line.
_DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069 "
_UNLABELLED_PREFIXES = (*_BARE_BY, *_OTHER_BY)
_LETTERS = re.compile(r"[^\W\d_]+")
#: Years, Gregorian and Solar Hijri (13xx, 14xx), in Latin, Persian or Arabic-Indic digits.
_YEARS = re.compile(r"(?<!\d)(?:19|20|[۱١][۹٩]|[۲٢][۰٠]|[۱١][۳٣۴٤])\d\d(?!\d)")
_DATE_WORDS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "am",
        "pm",
        "a",
        "m",
        "p",
        "on",
        "at",
        "updated",
        "published",
        "posted",
        "last",
        "modified",
        "utc",
        "gmt",
        "est",
        "edt",
        "cst",
        "cdt",
        "mst",
        "mdt",
        "pst",
        "pdt",
        "bst",
        "et",
        "ct",
        "mt",
        "pt",
        "cet",
        "cest",
        "ist",
        "st",
        "nd",
        "rd",
        "th",
        # The labels and joining words of dates in French, Spanish, Portuguese, German,
        # Italian and Dutch ("Publié le 5 mars 2024 à 14h30", "Aktualisiert am 05.03.2024 um
        # 14:30 Uhr"); month names come from the date parser's table.
        *("publié", "publiée", "modifié", "modifiée", "mis", "jour", "le", "à", "h"),
        *("publicado", "publicada", "actualizado", "actualizada", "atualizado", "atualizada"),
        *("el", "de", "del", "em", "às", "a", "las"),
        *("veröffentlicht", "aktualisiert", "am", "um", "uhr", "stand"),
        *("pubblicato", "aggiornato", "il", "alle", "gepubliceerd", "bijgewerkt", "op", "om"),
        # Weekdays of French, Spanish, Portuguese, German, Italian and Dutch, and Turkish
        # labels and weekdays ("Giriş: 13 Haziran 2024 Perşembe 14:35 Güncelleme: …").
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        *("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        *("segunda", "terça", "quarta", "quinta", "sexta", "feira"),
        *("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        *("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domenica"),
        *("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
        *("yayınlanma", "yayın", "tarihi", "giriş", "güncelleme", "güncellenme", "son"),
        *("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        # Vietnamese weekdays ("Thứ sáu, 14/6/2024, 08:15 (GMT+7)", "Chủ nhật, …").
        *("thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật"),
        # Indonesian and Swahili labels, weekdays and time zones ("Senin, 12 Agustus 2024 |
        # 14:30 WIB", "Imechapishwa: Jumanne, Julai 16, 2024").
        *("diterbitkan", "diperbarui", "pukul", "wib", "wita", "wit"),
        *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
        *("imechapishwa", "ilichapishwa", "imesasishwa", "ilisasishwa"),
        *("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili"),
        # Arabic labels and weekdays ("آخر تحديث: ٢٠٢٤/١٠/٠٦ - ١٤:٠٥", "نشر في: الأحد …").
        *("آخر", "تحديث", "نشر", "في", "بتاريخ", "تاريخ", "النشر", "التحديث"),
        *("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"),
        # Persian labels, weekdays and Solar Hijri months ("تاریخ انتشار: ۲۵ اسفند ۱۴۰۲ -
        # ۱۵ مارس ۲۰۲۴ - ۱۱:۲۰"); words joined by a zero-width non-joiner count as two
        # ("سه‌شنبه", Tuesday; "به‌روزرسانی", update).
        *("تاریخ", "انتشار", "بروزرسانی", "به", "روزرسانی", "ساعت"),
        *("شنبه", "یکشنبه", "دوشنبه", "سه", "چهارشنبه", "پنجشنبه", "پنج", "جمعه"),
        # Hebrew labels and weekdays ("יום שישי, 14 במרץ 2025, 09:41", "פורסם: …, עודכן: …").
        *("יום", "ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת"),
        *("פורסם", "עודכן", "עדכון", "אחרון", "בשעה"),
        # Greek, Russian and Ukrainian labels and weekdays ("Παρασκευή, 14 Μαρτίου 2025",
        # "Опубликовано: пятница, 14 марта 2025", "Оновлено: п'ятниця, 14 березня 2025", whose
        # apostrophe splits the word in two).
        *("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
        *("δημοσιεύθηκε", "δημοσίευση", "ενημερώθηκε", "ενημέρωση"),
        *("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
        *("опубликовано", "обновлено", "г", "года", "року", "оновлено", "опубліковано"),
        *("понеділок", "вівторок", "середа", "четвер", "п", "ятниця", "субота", "неділя"),
        *JALALI_MONTH_NUMBERS,
        *MONTH_NUMBERS,
    ]
)
#: Separators between the parts of a story's header line, and a part that opens a byline.
_PART_SPLIT_RE = re.compile(
    # Chinese header lines separate their parts by spaces alone: a label opens the next one.
    r"\s*[·•|\u3000]\s*|\s+(?=(?:来源|來源|作者|记者|記者|编辑|編輯)\s*[:：])"
    # A Japanese paper's reporter in brackets after the date: "…18時05分（浜松支局　小林真理子）".
    r"|(?=（[^（）]{2,30}）$)"
)
#: A Japanese reporter's credit in full-width brackets, a part of its own after the date.
_BRACKETED_WRITER_RE = re.compile(r"（([^（）\d]{2,30})）")
#: A part naming the story's source, not its writer ("来源：青河日报", Chinese for "source:"; a
#: press release's "Provided by Newswire").
_SOURCE_PART_RE = re.compile(
    r"^(?:来源|來源|出处|出處|稿源|source|quelle|fuente|fonte)\s*[:：]"
    r"|^(?:news\s+)?(?:provided|distributed|supplied)\s+by\s+\S",
    re.I,
)
#: A place after a slash or dash, between a byline's names and its date.
_PLACE_BEFORE_DATE_RE = re.compile(r"^[/–—-]\s*(?:[^\W\d_][\w'’.-]*\s+){1,3}(?=\d)")
_BY_PART_RE = re.compile(
    rf"(?:^|[·•|])\s*(?:(?:by|von|par|por|door)\s|(?:{WRITER_LABELS})\s*[:：])", re.IGNORECASE
)
#: The verb a blog or CMS template puts before a header line's "by" ("Submitted by Jane Roe on
#: Wed, 10/01/2025 - 14:12", Drupal's; "Posted by … on …", Blogger's and WordPress themes').
_POSTED_BY_RE = re.compile(r"^(?:submitted|posted|written|published)\s+(?=by\s)", re.IGNORECASE)
#: "Published in Civic Notes": the publication a platform post appeared in.
_PUBLISHED_IN_RE = re.compile(
    r"^(?:(?:first|originally)\s+)?(?:published|posted|appeared|publié|publicado|erschienen)"
    r"\s+(?:in|dans|en|em|im)\s+\S",
    re.IGNORECASE,
)
#: Most words of the paper named after its desk ("Redacción / Diario Regio …").
MAX_DESK_PAPER_WORDS = 4
#: Most words in a "Published in X" part (a sentence saying so is longer).
MAX_PUBLISHED_IN_WORDS = 8
#: A day-first or month-first numeric date, maybe with a time ("05/03/2024 09h15"): the date
#: parser refuses an ambiguous one, but it is still a date line.
_NUMERIC_DATE_RE = re.compile(
    r"^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
    r"(?:\s*(?:à|às|um|at|,|-)?\s*\d{1,2}[:h.]\d{2}(?:\s*(?:h|uhr))?)?$"
    # A Chinese, Japanese or Korean date, year first ("2025年06月18日 09:30").
    r"|^\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?|\s*\d{1,2}\s*時\s*\d{1,2}\s*分)?$",
    re.IGNORECASE,
)
#: A part of a header line naming the story's editors or reviewers, not its authors ("Edited
#: By: Sameer Kulkarni", "Fact-checked by Ana Lima").
_EDITED_PART_RE = re.compile(
    r"^(?:edited|reviewed|medically reviewed|fact[- ]?checked|produced|compiled|curated)"
    r"\s+by\b\s*:?\s*\S|^(?:editor|editors|edited)\s*:\s*\S"
    # Chinese: "编辑：王磊", "责任编辑：王磊".
    r"|^(?:责任)?(?:编辑|編輯)\s*[:：]\s*\S",
    re.IGNORECASE,
)
#: Most words of such a part (a sentence about an edit is longer).
MAX_EDITED_PART_WORDS = 8
#: A video's or podcast's running time printed in its header line ("Duration: 4 minutes 12
#: seconds", "Length: 12:05"), at the end of a part.
_DURATION_RE = re.compile(
    r"(?:^|\s)(?:duration|length|running time|runtime)\s*:?\s*"
    r"(?:\d{1,2}:\d\d(?::\d\d)?"
    r"|(?:\d+\s*(?:h|hrs?|hours?)\s*)?(?:\d+\s*(?:m|mins?|minutes?)\s*)?"
    r"(?:\d+\s*(?:s|secs?|seconds?))?)\s*$",
    re.IGNORECASE,
)
#: Lines that close a syndicated or wire story with a disclaimer about the feed or a
#: promotion of the outlet's channels: "Disclaimer: This story has been published from a wire
#: agency feed without modifications to the text.", "Stay updated with the latest news. Follow
#: Bayside Post on Google News and WhatsApp.", and a printer-friendly page's "URL: https://…".
#: Matched at the end of the body only. "This article originally appeared on …" stays: it
#: records where the story comes from, and the Scrapinghub truths keep it (three pages).
_SYNDICATION_TAIL_RE = re.compile(
    r"^\(?(?:(?:disclaimer|note)\s*:\s*)?(?:except for the headline,\s*)?"
    r"(?:this|the)\s+(?:article|story|report|copy|content)\b.{0,120}?"
    r"\b(?:syndicated|(?:wire|news)[- ]?agency|agency|wire)\s+feeds?\b"
    r"|^(?:stay\s+(?:updated|tuned|informed|connected)\b.{0,80}?[.!:]\s*)?follow\s.{1,60}?\s"
    r"(?:on|via)\s+(?:google news|whatsapp|telegram|facebook|twitter|x|instagram|youtube|"
    r"linkedin|threads|flipboard)\b"
    r"|^(?:(?:article|story|source|original|page)\s+)?url\s*:\s*(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
#: Longest line read as such a closing line.
MAX_SYNDICATION_CHARS = 300
#: Longest line beside a byline in its box taken for the author's role, outlet or place
#: ("Northmere Herald, Riverton"), and its most words. On the dev pages the rule takes four
#: lines ("Co-founder and Chief Architect", "Updated: 2025-09-13"), none of them prose.
MAX_BYLINE_COMPANION_CHARS = 60
MAX_BYLINE_COMPANION_WORDS = 6


#: A byline without "By": a name of two to four capitalised words, then a separator and the
#: line's date, clock time or (after a comma) the writer's role ("Jana Ott | 3 March 2025",
#: "JANA OTT · 12:04", "Jana Ott, Staff Writer").
_NAME_LINE_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})"
    r"\s*(?P<sep>[|·•,–—]|(?<=\s)-(?=\s))\s*(?P<rest>\S.*)$"
)


@dataclass(slots=True)
class Furniture:
    """What the body's furniture lines gave, and the body without them."""

    body: list[Block]
    authors: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dropped: list[Block] = field(default_factory=list)
    #: Standfirst paragraphs that repeated the dek (not furniture lines: no date or name).
    standfirst: list[Block] = field(default_factory=list)
    #: Photo credit lines printed apart from a caption (also in ``dropped``) and the credit
    #: each gives, for the images.
    photo_credits: list[tuple[Block, str]] = field(default_factory=list)
    #: Whether the body is a live blog's: ``MIN_LIVE_PAGE_ENTRIES`` entries opened by a time.
    live: bool = False


def _is_date_line(text: str) -> bool:
    """A line that is dates and their labels and little else ("Updated: Nov. 19, 2019, 5:50
    p.m.", "Yayınlanma: 05.03.2024 14:30 | Güncelleme: 05.03.2024 16:00"): at most one word
    that is not a date's per date.

    A slashed date that reads both ways ("05/03/2026") makes a date line only when every word
    of the line is a date's or a date label's ("Publié le 05/03/2026 à 09h12, mis à jour le
    …"): beside any other word ("Ferry: 03/10/2024") the line may as well be the body's.
    """
    if len(text) > MAX_FURNITURE_CHARS:
        return False
    ambiguous = False
    if to_iso(text) is None:
        if "/" not in text or (
            to_iso(text, day_first=True) is None and to_iso(text, day_first=False) is None
        ):
            return False
        ambiguous = True
    dates = len(_YEARS.findall(text)) or 1
    if len(text) > 60 * dates:
        return False
    letters = _LETTERS.findall(text.lower())
    words = [w for w in letters if w not in _DATE_WORDS]
    if ambiguous:
        return bool(letters) and not words
    return len(words) <= dates


#: Words of places, institutions and events that a name over a date holds and a person's
#: name does not (surnames such as Hall, Park, Day, Close and Court are left out on purpose):
#: such a line is a kicker or a label (review of session 19: "Premier League", "Golden Gate
#: Bridge").
_NOT_NAME_LINE_WORDS = frozenset(
    {"league", "cup", "bridge", "market", "markets", "council", "club", "university", "school",
     "airport", "station", "festival", "championship", "update", "live", "review", "report",
     "edition", "stadium", "museum", "ministry", "parliament"}
)  # fmt: skip
#: A clock time as a live blog's entry header prints it ("12.58pm", "09:14", "5.02 a.m. AEST").
_CLOCK_RE = re.compile(
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?", re.IGNORECASE
)
#: The hour, minutes and half of the day ("a", "p") of a clock time.
_CLOCK_PARTS_RE = re.compile(r"(\d{1,2})[.:](\d\d)(?:\s*([ap]))?", re.IGNORECASE)
#: Entries opened by a time alone that make a body a live blog's.
MIN_LIVE_ENTRIES = 2
#: ... and that make the page a news page though nothing else dates or signs it (one more: a
#: time over a paragraph twice may be a schedule's).
MIN_LIVE_PAGE_ENTRIES = 3
#: Longest line of a live entry's writer alone.
MAX_ENTRY_AUTHOR_CHARS = 40
#: Longest entry header line of a live blog (a time or date and an author's name).
MAX_ENTRY_HEADER_CHARS = 80
_ENTRY_HEADER_MARKS = " \t|·•,–—-:"


#: A live entry's writer on a line of its own: two to four capitalised words.
_ENTRY_AUTHOR_RE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}")


def _entry_author_lines(body: list[Block]) -> set[int]:
    """The indexes of a live blog's entry writer lines: a name alone between the entry's bare
    time and its first paragraph ("10:42", "Kemi Ade", then the post), as Reuters-like and
    AMP live lists print them (probe: an AMP live list kept "Tom Reyes" and its times as
    paragraphs)."""
    return {
        index
        for index in range(1, len(body) - 1)
        if len(body[index].text) <= MAX_ENTRY_AUTHOR_CHARS
        and not body[index].heading  # the entry's headline ("Fire Under Control")
        and _ENTRY_AUTHOR_RE.fullmatch(body[index].text) is not None
        and _CLOCK_RE.fullmatch(body[index - 1].text) is not None
        and _opens_entry(body[index - 1], body[index + 1])
    }


def _is_entry_header(text: str, known: set[str] | frozenset[str]) -> bool:
    """Whether a line is a live blog entry's header: a time or a date and the name of an author
    of the page, nothing else ("12.58pm Shannon Kirwan", "Shannon Kirwan | 9 Feb, 11:05")."""
    if len(text) > MAX_ENTRY_HEADER_CHARS or not known:
        return False
    # The names first, the digits after: most pages name no author, or none the line holds,
    # and the char-by-char scan for a digit was most of this check's cost (WCXB dev: 54 lines
    # a page).
    low = text.lower()
    named = [name for name in known if " " in name and name in low]
    if not named or not any(map(str.isdigit, text)):
        return False
    for name in named:
        at = low.find(name)
        rest = f"{text[:at]} {text[at + len(name) :]}".strip(_ENTRY_HEADER_MARKS)
        if rest.lower().startswith("by "):
            rest = rest[3:]
        rest = rest.strip(_ENTRY_HEADER_MARKS)
        if rest and (_CLOCK_RE.fullmatch(rest) is not None or _is_date_line(rest)):
            return True
    return False


#: Words after "By" that open a sentence, never a name: "By then, …", "By the end of March
#: 4, 2025 …", "By contrast, …" (html probe: such short lines at the head of a body were read as
#: bylines naming "the end of"). Names in lower case ("By jane roe", "By de Vries") still pass;
#: "By the Associated Press" is a desk, read as one before this.
_PROSE_AFTER_BY = frozenset(
    {
        "the", "a", "an", "then", "now", "contrast", "comparison", "far", "way", "all", "noon",
        "midnight", "this", "that", "these", "those", "some", "most", "many", "no", "late",
        "early", "mid", "dawn", "nightfall", "its", "their", "his", "her", "our", "my", "your",
        "law", "definition", "design", "default", "chance", "accident", "nature", "itself",
        "themselves", "mistake", "hand", "tonight", "tomorrow", "today", "yesterday", "next",
        "last", "year's", "week's", "month's", "lunchtime", "evening", "morning", "afternoon",
    }
)  # fmt: skip


def read_byline(
    text: str, known: set[str] | frozenset[str] = frozenset(), labelled: bool = True
) -> list[str] | None:
    """The names of a byline line ("By Jane Roe and Tom Berg"), or None for another line.

    A byline in a script the name parser does not read gives [] (the line is still one).
    ``known`` holds lower-cased names already known to be authors (a line of just a name).
    ``labelled=False`` reads only bylines opening with "By" (or its translations), not
    "Written by" or "Author:".
    """
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    # Right-to-left pages wrap a line in direction marks ("\u200fبقلم: ليلى منصور\u200f").
    text = text.strip(_DIRECTION_MARKS)
    low = text.lower()
    prefixes = _BY_PREFIXES if labelled else _UNLABELLED_PREFIXES
    opens = low.startswith(prefixes) or text.startswith(_LOWER_BY) or low in known
    # A writer label of any language the parser reads ("Muhabir:", "Autor:", "Текст:")
    # opens a byline when the line names someone.
    label = labelled and not opens and WRITER_LABEL_RE.match(text) is not None
    if not (opens or label) or not _is_byline_shape(text):
        return None
    if low.startswith("by ") and low[3:].split(" ", 1)[0].strip(",") in _PROSE_AFTER_BY:
        return None  # "By then, the river had risen." opens a sentence, not a byline
    names = parse_byline(text)
    if names or (opens and not low.startswith(_LATIN_BY)):
        return names
    return None


def read_header_line(
    text: str, known: set[str] | frozenset[str] = frozenset(), need_names: bool = False
) -> list[str] | None:
    """The names of a story's header line, or None when the line is something else.

    A header line is made only of parts, split on "·", "•" and "|", that are each a date, a
    reading time, a relative time, a byline or "Published in X" ("Par Yannick Le Goff Publié
    le 5 mars 2024 à 14h30", "05/03/2024 09h15 · Atualizado há 2 horas"); [] when it names
    nobody. With ``need_names``, a line without a part opening with "By" is passed over
    unread (the cheap answer for the lines above the body, read for a byline only).

    On the scrapinghub and WCXB dev pages 12 body lines are header lines ("Nov 19, 2019 at
    6:46 pm ET • 2 min read", "By Louis Jacobson on Monday, November 18th, 2019 at 11:04
    a.m."); taking them out raised both sets' article scores.
    """
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    text = _POSTED_BY_RE.sub("", text)
    if need_names and not _BY_PART_RE.search(text):
        return None
    names: list[str] = []
    parts = [part for part in _PART_SPLIT_RE.split(text) if part]
    for part in parts:
        found = _header_part(part, known, len(parts) > 1)
        if found is None:
            return None
        names.extend(name for name in found if name not in names)
    return names if parts else None


def _header_part(
    part: str, known: set[str] | frozenset[str], among_others: bool = False
) -> list[str] | None:
    """The names of one part of a header line ([] for a date or time), or None. A part opening
    with a writer label ("Haber:", "Autor:") is a byline when a date follows it in the part or
    other parts stand ``among_others`` in the line: alone, "Autor: Jan Novák" further down a
    page names a book's author."""
    bracketed = _BRACKETED_WRITER_RE.fullmatch(part)
    if bracketed is not None and among_others:
        return parse_byline(bracketed[1]) or None
    if is_time_label(part) or (among_others and (_SOURCE_PART_RE.match(part) or is_desk(part))):
        return []  # "Redacción | 03/10/2024 22:14": a desk signs, no person
    desk, _, rest = part.partition(" / ")
    if rest and is_desk(desk):
        # "Redacción / Diario Regio Actualizado: 03/10/2024 22:14": the desk, its paper
        # and the date in one part.
        paper, date_part = split_byline(rest)
        if len(paper.split()) <= MAX_DESK_PAPER_WORDS and _header_part(date_part, known) == []:
            return []
    duration = _DURATION_RE.search(part) if any(map(str.isdigit, part)) else None
    if duration is not None:
        # "Posted Thu 21 Nov 2024 at 7:00pm Duration: 4 minutes 12 seconds": the running
        # time of a video or podcast, then (or after) the rest of the part.
        part = part[: duration.start()].strip(" ,")
        if not part:
            return []
    if _EDITED_PART_RE.match(part) and len(part.split()) <= MAX_EDITED_PART_WORDS:
        return [] if not part.endswith(_SENTENCE_ENDS) else None
    if (
        _PUBLISHED_IN_RE.match(part)
        and len(part.split()) <= MAX_PUBLISHED_IN_WORDS
        and not part.endswith(_SENTENCE_ENDS)
    ):
        return []
    low = part.lower()
    opens = low.startswith(_BY_PREFIXES) or low in known
    if opens or WRITER_LABEL_RE.match(part):
        names = read_byline(part, known) if opens or among_others else None
        if names is not None:
            return names
        # A byline and its date in one part, written without a separator ("Par Yannick Le
        # Goff Publié le 5 mars 2024 à 14h30, modifié le …"): the names, then a date part.
        head, rest = split_byline(part)
        if not rest or not head:
            return [] if among_others and opens and _unnamed_byline(part) else None
        names = read_byline(head, known)
        # The writer's place may stand between the names and the date ("Haber: Elif Nur
        # Karaağaçlı / İzmir 12 Mart 2025 …").
        rest = _PLACE_BEFORE_DATE_RE.sub("", rest.strip(" ,"))
        if _header_part(rest, known) is None:
            return None
        if not names:
            return [] if opens and _unnamed_byline(head) else None
        return names
    return [] if _is_date_part(part) or _date_then_time_label(part) else None


#: Most words of a relative time after a date in one part ("Atualizado há 2 horas").
MAX_TIME_LABEL_WORDS = 4


def _date_then_time_label(part: str) -> bool:
    """Whether a part is a date, then a relative time with no separator between them
    ("<time>12/11/2025 15h02</time> Atualizado há 2 horas", "March 4, 2025 Updated 2 hours
    ago")."""
    words = part.split()
    if not any(map(str.isdigit, part)) or len(words) > 2 * MAX_TIME_LABEL_WORDS + 4:
        return False
    return any(
        is_time_label(" ".join(words[-count:])) and _is_date_part(" ".join(words[:-count]))
        for count in range(2, min(len(words) - 1, MAX_TIME_LABEL_WORDS) + 1)
    )


#: The most words a byline without a person's name holds after its "By".
MAX_UNNAMED_BYLINE_WORDS = 3


def _unnamed_byline(text: str) -> bool:
    """Whether a byline signs with a user or a desk, not a person's name ("By admin", "by
    Press office"): a CMS's "Submitted by Press office on Tue, 04/03/2025 - 10:15" over the
    story (Drupal's default) is its header line still (probe: 3 invented Drupal and WordPress
    pages; before, the line opened the body)."""
    by, _, rest = text.strip(" ,").partition(" ")
    words = rest.split()
    return (
        by.lower() in ("by", "par", "por", "von")
        and 0 < len(words) <= MAX_UNNAMED_BYLINE_WORDS
        and not any(map(str.isdigit, rest))
        and not rest.endswith(_SENTENCE_ENDS)
    )


#: A date's label before its colon ("Actualizado:", "Last updated:").
_DATE_LABEL_RE = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*")


def _is_date_part(text: str) -> bool:
    # ``map`` over the characters, not a generator: a third quicker on the 90 lines a WCXB page
    # reads here.
    if not any(map(str.isdigit, text)):
        return False  # every date written with numbers; the cheap exit for words
    if _is_date_line(text):
        return True
    # An ambiguous numeric date the parser refuses, maybe labelled ("Actualizado: 03/10/2024").
    label = _DATE_LABEL_RE.match(text)
    if label is not None and _DATE_WORDS.issuperset(_LETTERS.findall(label.group().lower())):
        text = text[label.end() :]
    return _NUMERIC_DATE_RE.match(text) is not None


#: Most words before the date of a line that signs a story without "By" or a separator.
MAX_SIGNER_WORDS = 6
#: Marks of a forum's user name or a label in those words ("Noah_B (Noah_B)", "Last post:").
_USER_MARKS_RE = re.compile(r"[_()@]|:$")


def _is_signed_time_line(text: str) -> bool:
    """Whether a line is a few words without digits, then a date with its clock time, and
    nothing else: a CMS's header line that signs with a desk or a name and a place, unlabelled
    ("Press office Tue, 04/03/2025 - 10:15", Drupal's; "Ana Beltrán San Telmo del Río
    27/11/2025 13:40"). The clock time and the missing full stop tell it from a sentence; a
    forum post's header (a user name in lower case, with "_" or in brackets, "Started by …") is
    left alone, as the WCXB truths keep it."""
    if (
        text.endswith(_SENTENCE_ENDS)
        or not text[0].isalpha()
        or text[0].islower()
        or _CLOCK_RE.search(text) is None
    ):
        return False
    words = text.split()
    for count in range(1, min(len(words) - 1, MAX_SIGNER_WORDS + 1)):
        word = words[count - 1]
        if any(map(str.isdigit, word)) or _USER_MARKS_RE.search(word) or word == "by":
            # A forum's "Noah_B (Noah_B) August 31, 2023, 3:32pm", "Last post:", "Started by
            # …": a "by" the byline rules refused.
            return False
        rest = " ".join(words[count:])
        if (
            (rest[0].isdigit() or rest[0].isupper())
            and _CLOCK_RE.search(rest)
            and _is_date_part(rest)
        ):
            return True
    return False


def name_line_byline(text: str) -> list[str] | None:
    """The name of a byline printed without "By" or a label, as a name and then the line's
    date, time or role ("Jana Ott | 3 March 2025", "Jana Ott, Staff Writer"), or None. Read
    only where the metadata names no author: the name's shape is all that says it is one."""
    match = _NAME_LINE_RE.match(text) if len(text) <= MAX_FURNITURE_CHARS else None
    if match is None:
        return None
    name, rest = match["name"], match["rest"]
    if any(word[0].islower() for word in name.split()):
        return None  # capitalised, or in a script without case ("נועה ברק | 1 בדצמבר 2025")
    if match["sep"] == ",":
        if not is_role_line(rest):
            return None
    elif _CLOCK_RE.fullmatch(rest):
        if not name.isupper():
            return None  # "Premier League · 12:04": a kicker over a live entry's time
    elif not _is_date_part(rest):
        return None
    if chrome_kind(name) is not None or is_desk(name) or has_beat_word(name):
        return None  # "Breaking News | 12:04", "Redaktion | 3 March 2025"
    if any(word.lower() in _NOT_NAME_LINE_WORDS for word in name.split()):
        return None  # "Golden Gate Bridge | 3 March 2025", "Market Close | 3 March 2025"
    names = parse_byline(name)
    return names if len(names) == 1 else None


#: Words of a name set alone under a story: a given name and a family name, at most a
#: middle name or two ("Lê Thu Hà", "Nguyễn Thị Minh Anh").
MIN_SIGNOFF_NAME_WORDS = 2
MAX_SIGNOFF_NAME_WORDS = 4
_RIGHT_ALIGN_RE = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def signed_name_line(block: Block, elements: list[Element]) -> list[str] | None:
    """The writer's name set alone and aligned right under the story's last paragraph, as a
    letter is signed (VnExpress and other Vietnamese sites: "<p style="text-align:right">
    <strong>Lê Thu Hà</strong></p>"), or None. Read only where nothing else names an author:
    the name's shape and its place are all that say it is one."""
    text = block.text
    words = text.split()
    if not (
        MIN_SIGNOFF_NAME_WORDS <= len(words) <= MAX_SIGNOFF_NAME_WORDS
        and all(word[0].isupper() and word.isalpha() for word in words)
        and block.element >= 0
    ):
        return None
    attrs = elements[block.element].attrs
    align = (attrs.get("align") or "").lower() == "right"
    if not align and not _RIGHT_ALIGN_RE.search(attrs.get("style") or ""):
        return None
    if chrome_kind(text) is not None or is_desk(text) or has_beat_word(text):
        return None  # "Read More", "Editorial Team"
    if any(word.lower() in _NOT_NAME_LINE_WORDS for word in words):
        return None
    names = parse_byline(text)
    return names if names == [text] else None


def _opens_with_author(text: str, known: set[str] | frozenset[str]) -> bool:
    """Whether a short line starts with an author's full name, then a non-letter or the end
    ("Jane Roe | Reuters", "Jane RoeSenior Reporter" from two inline elements)."""
    low = text.lower()
    for name in known:
        # A one-word name only in a script without spaces in names ("박지훈 기자 입력 …").
        full = " " in name or (len(name) >= 2 and not name.isascii() and name.isalpha())
        if full and low.startswith(name):
            rest = text[len(name) : len(name) + 1]
            if not rest or not rest.islower():
                return True
    return False


def _is_byline_shape(text: str) -> bool:
    """Short, and not a sentence: "By submitting your number, you agree..." is prose."""
    words = text.split()
    return len(words) <= 14 and not (len(words) > 6 and text.rstrip().endswith("."))


#: A standfirst made of several blocks (a live page's bulleted summary) starts among the
#: body's first few and has at most so many.
STANDFIRST_RUN_START = 4
MAX_STANDFIRST_BLOCKS = 8


def fuller_dek(dek: str | None, standfirst: list[Block]) -> str | None:
    """The dek as the page prints it when its description is a shortened copy of a standfirst
    taken out of the body (``_without_standfirst``), else the description."""
    if dek and len(standfirst) == 1:
        printed = standfirst[0].text
        if len(printed) > len(dek) and fold(printed).startswith(fold(dek)):
            return printed
    return dek


#: A description is an excerpt of the first paragraph when its words start within this many
#: letters and digits of the paragraph (after a dateline: "/PRWireLine/ -- Verdant …"), are
#: at least ``MIN_EXCERPT_CHARS`` long, and the paragraph goes on for ``EXCERPT_SLACK`` more.
#: (Of the 82 dev records it moves, read one by one, 80 hold a cut of the opening, two a
#: short tagline that the opening sentence repeats: "An informal introduction to …".)
MAX_EXCERPT_OFFSET = 60
MIN_EXCERPT_CHARS = 30
EXCERPT_SLACK = 10


def is_excerpt(dek: str, paragraph: str) -> bool:
    """Whether a declared description is the body's first paragraph cut short (a CMS's
    automatic excerpt: "Volkswagen's first ID.3 … isn't expected until next yea…"), not a
    standfirst. 82 of the 1,559 dev records with a description had one."""
    core = fold(dek)
    if len(core) < MIN_EXCERPT_CHARS:
        return False
    whole = fold(paragraph)
    if len(whole) <= len(core) + EXCERPT_SLACK:
        return False
    return 0 <= whole.find(core, 0, len(core) + MAX_EXCERPT_OFFSET) <= MAX_EXCERPT_OFFSET


#: Longest printed standfirst taken for a shortened description's (characters).
MAX_STANDFIRST_CHARS = 600


def _without_standfirst(body: list[Block], dek: str | None, elements: list[Element]) -> list[Block]:
    """The body without a standfirst that repeats the dek; a body that opens with the dek as
    its own first paragraph keeps that paragraph (once)."""
    if not dek or not body:
        return body
    folded = fold(dek)
    if len(folded) < 20:
        return body
    # Each opening block folded once for the three searches below, and only when it may match:
    # folding a paragraph with a curly quote goes through a pattern (~25 µs), and the searches
    # folded the same blocks up to three times (Scrapinghub: 0.12 ms a page in all).
    folds: dict[int, str] = {}

    def folded_at(index: int) -> str:
        if index not in folds:
            folds[index] = fold(body[index].text)
        return folds[index]

    # Folding never lengthens a text: one shorter than the dek cannot fold to it.
    head = [
        i for i, b in enumerate(body[:4]) if len(b.text) >= len(folded) and folded_at(i) == folded
    ]
    if not head:
        # The description shortened from the printed standfirst ("… for roads." of "… for
        # roads. Opponents say …"): an element classed as one that begins with it. (Beside
        # the headline is not enough: descriptions copy the lead's start as often, and taking
        # such leads out cost Scrapinghub 0.971 → 0.969.)
        fuller = next(
            (
                i
                for i, b in enumerate(body[:4])
                if len(folded) <= len(b.text) <= MAX_STANDFIRST_CHARS
                and folded_at(i).startswith(folded)
                and b.element >= 0
                and standfirst_class(elements[b.element].attrs.get("class"))
            ),
            None,
        )
        if fuller is not None:
            return [b for i, b in enumerate(body) if i != fuller]
        run = _standfirst_run(len(body), folded, folded_at)
        # Only a list: a description that copies the first paragraphs is no standfirst of its
        # own (WCXB dev: three pages whose ground truth keeps such paragraphs).
        if run is None or not all(body[i].list_tag for i in run):
            return body
        rest = [b for i, b in enumerate(body) if i not in run]
        # The run's wrapper holds nothing else of the body, as a one-block standfirst's does.
        return rest if _is_standfirst(elements, body[run.start], [body[run.start], *rest]) else body
    if len(head) > 1:
        keep: int | None = head[-1]
    else:
        # One copy: a standfirst element is marked so, or sits beside the headline; a body
        # paragraph that the description merely copies is neither, and stays.
        keep = None if _is_standfirst(elements, body[head[0]], body) else head[0]
    return [b for i, b in enumerate(body) if i not in head or i == keep]


def _standfirst_run(count: int, folded: str, folded_at: Callable[[int], str]) -> range | None:
    """The blocks near the body's start (of ``count``, each folded by ``folded_at``) that
    together make the dek (``folded``): a standfirst written as a list ("<ul><li>Red warning
    until 9pm</li><li>42,000 homes without power…"), which the dek reads as one text."""
    for start in range(min(STANDFIRST_RUN_START, count)):
        joined = ""
        for end in range(start, min(start + MAX_STANDFIRST_BLOCKS, count)):
            joined += folded_at(end)
            if not folded.startswith(joined):
                break
            if joined == folded and end > start:
                return range(start, end + 1)
    return None


#: Attributes that name a page component as a class does, for pages whose classes are hashes
#: ('<div data-gu-name="standfirst" class="dcr-sm3ogt">', 'data-testid="standfirst"').
_COMPONENT_ATTRS = ("class", "data-testid", "data-component", "data-gu-name")


def _is_standfirst(elements: list[Element], block: Block, body: list[Block]) -> bool:
    """Whether a block that repeats the dek is a standfirst: its element, or a wrapper that
    holds nothing else of the body ("<div class=dcr-standfirst><p>…"), has a standfirst class
    word (or names one in a component attribute, ``_COMPONENT_ATTRS``), or it sits beside the
    headline."""
    owner = block.element
    if owner < 0:
        return False
    current = owner
    for _ in range(STANDFIRST_LEVELS):
        attrs = elements[current].attrs
        if any(standfirst_class(attrs.get(name)) for name in _COMPONENT_ATTRS):
            return True
        current = elements[current].parent
        if current < 0 or _holds_other_blocks(elements, current, block, body):
            break
    parent = elements[owner].parent
    if parent < 0:
        return False
    end = elements[parent].end
    return any(elements[e].tag == "h1" for e in range(parent + 1, min(end, parent + 200) + 1))


def standfirst_class(classes: str | None) -> bool:
    """Whether class words name a standfirst ("article-dek", "article__desc", "a_st")."""
    if not classes:
        return False
    low = classes.lower()
    if any(word in low for word in _STANDFIRST_WORDS):
        return True
    return not _STANDFIRST_TOKENS.isdisjoint(_CLASS_WORD_RE.findall(low))


def _holds_other_blocks(
    elements: list[Element], element: int, block: Block, body: list[Block]
) -> bool:
    end = elements[element].end
    return any(other is not block and element <= other.element <= end for other in body)


def _is_label(block: Block) -> bool:
    """A kicker or section label ("Opinion", "Topics"): one or two words, no sentence; or two
    or three such labels in a row ("Science · Interview", "News | Local")."""
    text = block.text
    parts = _LABEL_SEPARATOR_RE.split(text)
    if 1 < len(parts) <= MAX_LABEL_PARTS and len(text) < MAX_LABELS_CHARS:
        return all(len(part.split()) <= 2 and _LABEL_WORDS_RE.fullmatch(part) for part in parts)
    if len(text) >= 25 or len(text.split()) > 2 or text.endswith(_SENTENCE_ENDS):
        return False
    # Scripts written without spaces hold a sentence in few "words"; a longer word is a label
    # when written in capitals ("INVESTIGATION", "ENTERTAINMENT"). In lower case it was as
    # often a product page's or a listing's heading on WCXB dev ("Sustainability").
    return " " in text or len(text) <= 12 or (text.isalpha() and text.isupper())


def _is_kicker(block: Block, elements: list[Element]) -> bool:
    """A kicker over the headline that its class names ("artikel__dachzeile", "eyebrow"),
    however many words it has ("Unwetter in der Region"): a short line, no sentence."""
    if (
        block.element < 0
        or len(block.text) > MAX_KICKER_CHARS
        or block.text.endswith(_SENTENCE_ENDS)
    ):
        return False
    classes = (elements[block.element].attrs.get("class") or "").lower()
    return any(word in classes for word in _KICKER_WORDS)


def separate_furniture(
    body: list[Block], elements: list[Element], authors: list[str], dek: str | None
) -> Furniture:
    """Split the standfirst, byline, date, label and credit lines out of the body blocks."""
    result = Furniture(body=[])
    kept = _without_standfirst(body, dek, elements)
    if len(kept) < len(body):
        kept_ids = {id(block) for block in kept}
        result.standfirst = [block for block in body if id(block) not in kept_ids]
    body = kept
    known = {name.lower() for name in authors}
    # Date lines and labels count as furniture only above the first paragraph of prose or at
    # the very end; elsewhere they are content (a schedule, a timeline, a list). A long header
    # line ("Par …, Publié le …, modifié le …") is not that first paragraph.
    header_lines: dict[int, list[str] | None] = {}
    first_prose = len(body)
    for index, block in enumerate(body):
        if len(block.text) >= MIN_PARAGRAPH_CHARS:
            header_lines[index] = read_header_line(block.text, known)
            if header_lines[index] is None:
                first_prose = index
                break
    last_prose = max(
        (i for i, b in enumerate(body) if len(b.text) >= MIN_PARAGRAPH_CHARS), default=-1
    )
    # A live blog's entries open with their time ("10:41", then the post): the first entry's
    # time is no label over the story, as the others are not.
    entry_times = sum(
        1
        for block, after in pairwise(body)
        if _CLOCK_RE.fullmatch(block.text) and len(after.text) >= MIN_PARAGRAPH_CHARS
    )
    result.live = entry_times >= MIN_LIVE_PAGE_ENTRIES and _in_time_order(body)
    entry_authors = _entry_author_lines(body)
    entry_times += len(entry_authors)
    if entry_times < MIN_LIVE_ENTRIES:
        entry_authors = set()
    byline_box = -1  # the element around the last byline dropped above the first paragraph
    after_byline = -1  # the index of the block right after the last byline dropped
    for index, block in enumerate(body):
        text = block.text
        if index in entry_authors:
            result.dropped.append(block)  # "Kemi Ade" between an entry's time and its post
            continue
        if len(text) <= 500 and not block.heading:
            credits = parse_credits(text)
            if not credits and index == len(body) - 1 and index > first_prose:
                credits = source_line(text)  # "Sumber: Antara" closing the story
            if credits:
                # A line said twice (a page template's closing line under each of its copies
                # of the story) credits once.
                result.credits.extend(c for c in credits if c not in result.credits)
                result.dropped.append(block)
                continue
        cell = block.row >= 0 and not _is_layout_cell(block, body, elements, first_prose)
        if len(text) <= MAX_FURNITURE_CHARS and not block.heading and not cell:
            credit = None if block.list_tag else credit_line(text)
            if credit is not None:
                # A photo credit printed apart from its image's caption ("Image: © Silke
                # Woweries/Getty Images" under the body, "Getty Images / Holger Leue").
                result.dropped.append(block)
                result.photo_credits.append((block, credit))
                continue
            if _is_entry_header(text, known):
                result.dropped.append(block)  # "12.58pm Shannon Kirwan" over a live post
                continue
            # A writer's sign-off under the story ("Текст: Алина Лаптева", maybe before the
            # photographer's line) is read with its label, as a byline over it is.
            signing = index >= len(body) - 2 and index > first_prose
            labelled = index < min(first_prose, BYLINE_BLOCKS) or (
                signing and _SIGNOFF_LABEL_RE.match(text) is not None
            )
            names = read_byline(text, known, labelled)
            if names is not None:
                result.authors.extend(n for n in names if n not in result.authors)
                result.dropped.append(block)
                if index < first_prose and block.element >= 0:
                    byline_box = _byline_box(elements, block, body, first_prose)
                after_byline = index + 1
                continue
            if index == after_byline and index < first_prose and is_role_line(text):
                result.dropped.append(block)  # "By HAROLD WIEBE<br>Star-Herald Staff Writer"
                continue
            # A sign-off closes the story right after its prose, alone (a list of names at the
            # end is a listing's or a credits box's).
            closing = (
                index == len(body) - 1
                and index > 0
                and body[index - 1].text.endswith(_SENTENCE_ENDS)
                and len(body[index - 1].text) >= MIN_SIGNED_SENTENCE_CHARS
                and len(text) <= MAX_SIGNOFF_CHARS
            )
            # ... or opens it, above the first paragraph ("김하늘 기자 haneul@example.kr").
            heading_line = index < min(first_prose, BYLINE_BLOCKS)
            signed = signoff_names(text) if closing or heading_line else []
            if signed:
                result.authors.extend(n for n in signed if n not in result.authors)
                result.dropped.append(block)
                continue
            if (index < min(first_prose, BYLINE_BLOCKS) or closing) and _opens_with_author(
                text, known
            ):
                # The byline box read as one line: the name, then its role, outlet or date
                # ("Valentina Rojas | Reuters 05.03.2024 14:30", "Owen Pritchard Health
                # Reporter"); the names come from the page's metadata.
                result.dropped.append(block)
                continue
            unsigned = not known and not result.authors
            if unsigned and closing:
                names = signed_name_line(block, elements) or dashed_signoff(text) or None
                if names is not None:
                    result.authors.extend(names)
                    result.dropped.append(block)
                    continue
            if unsigned and index < min(first_prose, BYLINE_BLOCKS):
                names = name_line_byline(text)
                if names is not None:
                    result.authors.extend(names)
                    result.dropped.append(block)
                    continue
            if index < first_prose and _beside_byline(elements, block, byline_box):
                result.dropped.append(block)  # "Transport correspondent", "Herald, Cardiff"
                continue
            head_or_tail = index < first_prose or index <= HEAD_BLOCKS or index > last_prose
            if head_or_tail and _is_date_line(text):
                result.dropped.append(block)
                continue
            if index < first_prose or index <= HEAD_BLOCKS:
                names = (
                    header_lines[index] if index in header_lines else read_header_line(text, known)
                )
                if names is not None:
                    result.authors.extend(n for n in names if n not in result.authors)
                    result.dropped.append(block)
                    continue
            if index < first_prose and _is_signed_time_line(text):
                result.dropped.append(block)  # "Press office Tue, 04/03/2025 - 10:15"
                continue
            if (
                (index < first_prose or (index == len(body) - 1 and " " not in text))
                and (_is_label(block) or (index < first_prose and _is_kicker(block, elements)))
                and not block.list_tag
                and not (entry_times >= MIN_LIVE_ENTRIES and _CLOCK_RE.fullmatch(text))
            ):
                result.dropped.append(block)
                continue
        result.body.append(block)
    _drop_closing_promos(result)
    _drop_author_bios(result, known)
    if entry_times >= MIN_LIVE_ENTRIES:
        result.body = _with_entry_times_joined(result.body)
    return result


def _in_time_order(body: list[Block]) -> bool:
    """Whether the times that open entries run one way, as a live blog's do (newest or oldest
    first); a listing's video lengths ("1:07", "0:41", "1:49") run no way."""
    times = []
    for block, after in pairwise(body):
        if len(after.text) >= MIN_PARAGRAPH_CHARS and _CLOCK_RE.fullmatch(block.text):
            parts = _CLOCK_PARTS_RE.match(block.text)
            if parts is not None:
                hour, minute, half = parts.groups()
                hours = int(hour) % 12 + 12 * (half.lower() == "p") if half else int(hour)
                times.append(60 * hours + int(minute))
    steps = [later - earlier for earlier, later in pairwise(times)]
    return all(step <= 0 for step in steps) or all(step >= 0 for step in steps)


def _with_entry_times_joined(body: list[Block]) -> list[Block]:
    """A live blog's body with each entry's bare time ("10:42") put before the entry's first
    paragraph: the time stays with its entry, and no paragraph of the text is a time alone
    (before, the first paragraph of a live blog's text was "10:42")."""
    joined: list[Block] = []
    for index, block in enumerate(body):
        if joined and joined[-1] is body[index - 1] and _opens_entry(body[index - 1], block):
            joined[-1] = replace(block, text=f"{body[index - 1].text} {block.text}")
        else:
            joined.append(block)
    return joined


def _opens_entry(time: Block, paragraph: Block) -> bool:
    """Whether a block is an entry's bare time over the entry's first paragraph of prose: a
    long one, or a short sentence ("13:55 Uhr", then "Die Polizei bittet Anwohner …")."""
    return (
        _CLOCK_RE.fullmatch(time.text) is not None
        and (
            len(paragraph.text) >= MIN_PARAGRAPH_CHARS
            or paragraph.text.endswith((".", "!", "?", "。", "！", "？"))
        )
        and not paragraph.heading
        and not paragraph.list_tag
    )


def _is_layout_cell(
    block: Block, body: list[Block], elements: list[Element], first_prose: int
) -> bool:
    """Whether a table cell's own text sits in the cell that holds the story's first paragraph:
    an old table layout's column ("Haber: Elif Yıldız - 14.03.2025" over the story's
    ``<p>``s), whose lines are furniture as anywhere else, not a data table's cell."""
    if block.element < 0 or first_prose >= len(body):
        return False
    cell = block.element
    return cell < body[first_prose].element <= elements[cell].end


def _byline_box(elements: list[Element], block: Block, body: list[Block], first_prose: int) -> int:
    """The element around a byline that holds its role, outlet or place lines, or -1: the
    byline's parent when the first paragraph is not inside it (else it is the body)."""
    if block.element < 0:  # text outside every block element, or a declared body's
        return -1
    parent = elements[block.element].parent
    if parent < 0 or first_prose >= len(body):
        return -1
    prose = body[first_prose].element
    return -1 if parent <= prose <= elements[parent].end else parent


def _beside_byline(elements: list[Element], block: Block, box: int) -> bool:
    """A short line in the byline's box: the author's role, outlet or place, not prose."""
    if box < 0 or block.element < 0 or elements[block.element].parent != box:
        return False
    text = block.text
    return (
        len(text) <= MAX_BYLINE_COMPANION_CHARS
        and len(text.split()) <= MAX_BYLINE_COMPANION_WORDS
        and not text.endswith(_SENTENCE_ENDS)
        and not block.list_tag
        and not block.links
    )


def _drop_closing_promos(result: Furniture) -> None:
    """Drop the promotion lines that close a syndicated story ("Follow Meridian's Africa
    coverage at https://…", "Download the app …"): at the end of the body only, where they
    speak to the reader about the outlet, not about the story."""
    while result.body:
        block = result.body[-1]
        if block.heading or not (
            (block.row < 0 and is_closing_promo(block.text)) or _is_syndication_line(block.text)
        ):
            return
        result.dropped.append(result.body.pop())


def _is_syndication_line(text: str) -> bool:
    """Whether a line says that a story came from a wire or syndication feed ("… published
    from a wire agency feed …") or promotes the outlet's channels ("Follow … on Google
    News"); see ``_SYNDICATION_TAIL_RE``. "This article originally appeared on …" is not one."""
    return len(text) <= MAX_SYNDICATION_CHARS and _SYNDICATION_TAIL_RE.match(text) is not None


def _drop_author_bios(result: Furniture, known: set[str]) -> None:
    """Drop the author's bio from the end of the body ("Jane Roe is a senior correspondent
    covering ..."): it describes the writer, not the story.

    On WCXB dev article pages 44 of 49 such closing paragraphs were outside the ground truth's
    main content (the rest: interviews ending on the subject's bio, who is also the author).
    """
    names = known | {name.lower() for name in result.authors}
    if not names:
        return
    start = max(0, len(result.body) - BIO_TAIL_BLOCKS)
    for index in range(start, len(result.body)):
        if _opens_author_box(result.body[index], result.body[index + 1 :], names):
            result.dropped.extend(result.body[index:])
            del result.body[index:]
            return
    bios = 0
    for block in result.body[start:]:
        if not block.heading and block.row < 0 and is_author_bio(block.text, names):
            result.body.remove(block)
            result.dropped.append(block)
            bios += 1
    # The box's heading over the bios goes with them ("About the authors", then a line of
    # bio for each writer; probe: the heading closed the body).
    last = result.body[-1] if bios and result.body else None
    if last is not None and last.heading and _ABOUT_AUTHOR_RE.fullmatch(last.text.strip(" :")):
        result.dropped.append(result.body.pop())


#: The heading of a box about the story's writers.
_ABOUT_AUTHOR_RE = re.compile(
    r"about (?:the |our |this )?(?:authors?|writers?|reporters?|contributors?)|"
    r"à propos de l['’]auteur(?:e|s)?|sobre (?:el|la|los) autor(?:a|es)?|"
    r"über (?:den autor|die autorin|die autoren)|sobre o autor|sull['’]autore",
    re.IGNORECASE,
)


#: Longest line of an author box under the story (followers, a role, a one-line bio).
MAX_AUTHOR_BOX_LINE_CHARS = 200


def _opens_author_box(head: Block, rest: list[Block], names: set[str]) -> bool:
    """Whether a closing line is the header of a box about the story's writer ("Written by
    Niamh Keane" over "1.2K Followers · Writer for …" and a line of bio, as Medium closes a
    post): a byline naming only the known authors, with nothing but short lines after it."""
    text = head.text
    if head.row >= 0 or len(text) > MAX_FURNITURE_CHARS:
        return False
    found = read_byline(text, frozenset(names))
    return (
        bool(found)
        and all(name.lower() in names for name in found)
        and all(len(block.text) <= MAX_AUTHOR_BOX_LINE_CHARS for block in rest)
    )
