"""What each line of a dump is by its own words: chrome, credit line, caption, byline, date.

Lines are judged one at a time with the shared recognisers. A few shapes need a neighbour: a
bare "Related" header claims the headline-like lines under it, a box title takes its box's
kind, and a name alone is a byline when a "By" line, a job title or a date line goes with it
("By" / "Jane Roe", "Jane Roe" / "Senior Reporter", "Jane Roe" / "March 5, 2024").
"""

from __future__ import annotations

import re

from dateline.recognise.bylines import WRITER_LABELS, parse_byline
from dateline.recognise.captions import split_caption_credit
from dateline.recognise.chrome_text import chrome_kind, is_time_label
from dateline.recognise.credits import parse_credits
from dateline.recognise.dates import date_suffix, find_date, to_iso
from dateline.recognise.given_names import given_name_gender
from dateline.recognise.names import NAME_PARTICLES
from dateline.recognise.outlet_names import fold_outlet_name
from dateline.text.card_lines import claim_glued_cards, claim_share_runs, flattened_box_kind
from dateline.text.glued_labels import glued_box_kind
from dateline.text.lines import Line
from dateline.text.newsletter import is_mail_furniture, is_masthead
from dateline.text.print_marks import is_jump_word, is_page_furniture
from dateline.text.publisher_lines import is_app_pitch, is_publisher_footer

#: Longest byline or date line, in words ("By Jane Roe and Tom Berg, Reuters | Published March
#: 3, 2024 at 10:05 a.m. | Updated 3 hours ago" is 20).
MAX_META_WORDS = 20
#: Longest time line, in words ("Updated at 2.05 p.m. GMT").
MAX_TIMESTAMP_WORDS = 6
#: Longest caption line, in words; longer lines are paragraphs whatever their ending.
MAX_CAPTION_WORDS = 80
#: Words of a caption that a photo credit on the next line (or, after "Photo by", on the line
#: before) belongs to: captions run to ~35 words, and a credit under a longer line sits under a
#: photo that has no caption.
MIN_CAPTION_WORDS = 3
MAX_LOOSE_CAPTION_WORDS = 35
#: A label opening a credit that heads its caption ("Photo by Jane Roe" / "Idle cranes …"); in
#: parentheses it closes the caption above ("Idle cranes …" / "(Photo: Jane Roe)").
_CREDIT_LABEL_RE = re.compile(
    r"^(?:photo(?:graph)?s?|image|picture|credit|foto|bild)\b", re.IGNORECASE
)
#: The label a screen reader's text puts before a caption, which a copy keeps: "Image: Idle
#: cranes at the port. Photograph: Jane Roe".
_CAPTION_LABEL_RE = re.compile(r"^(?:image|photo|picture|foto|bild)\s*:\s*", re.IGNORECASE)
#: Most teasers claimed by one related header; teaser boxes hold 3 to 8 links.
MAX_TEASERS = 12
#: Dated story cards (headline, date) that make a list of teasers; one or two such pairs are
#: the page's own headline and date.
MIN_DATED_TEASERS = 3
#: Lines allowed between one dated card and the next (an ad label, a reading time); cards
#: further apart are a page's own headline and its readers' comments, not a list.
MAX_CARD_GAP = 2
#: Fewest words of a card's headline ("Storm closes schools"); shorter lines over a date are
#: names ("Jane Roe" / "March 5, 2024").
MIN_CARD_HEADLINE_WORDS = 3
#: Longest one-line summary between a card's headline and its date, in words.
MAX_SUMMARY_WORDS = 60

#: Labels that open a byline before a colon ("Author:", "Muhabir:", "كتب:"): the byline
#: reader's, one list for pages and dumps.
_BYLINE_LABELS = rf"(?:{WRITER_LABELS})"
_BYLINE_RE = re.compile(
    r"^(?:(?:written|story|words|text|reported|posted|submitted|article|interview|interviewed)\s+)?"
    r"(?:by|von|par|por|door|di|av|oleh(?!\s+(?:karena|sebab)\b)|بقلم|מאת|โดย)(?:\s*:\s*|\s+)\S"
    r"|^" + _BYLINE_LABELS + r"\s*:\s*\S",
    re.IGNORECASE,
)
#: A byline's label and colon, or the Indonesian "Oleh" (by), taken off before the names are
#: read: the byline reader knows the English "By" and some others, not these.
_BYLINE_LABEL_RE = re.compile(r"^(?:" + _BYLINE_LABELS + r"\s*:|oleh\b:?)\s*(?=\S)", re.IGNORECASE)
#: A reporter's byline in Chinese, Japanese or Korean, where the job noun ("记者", "記者",
#: "기자": reporter) stands before or after the name, and in Greek, whose bylines put the
#: name in the genitive after "Του" / "Της" ("of"): "记者 周文澜", "青梧晚报记者 周文澜",
#: "박서윤 기자", "Του Νίκου Παπαθανασίου".
_NAMED_REPORTER_RE = re.compile(
    r"^(?:\S{0,12}(?:记者|記者|기자)[\s:：]+(?P<after>\S{2,4})|(?P<before>\S{2,4})\s*(?:记者|記者|기자)"
    r"|(?:Του|Της)\s+[Α-ΩΆ-Ώ]\S+(?:\s+[Α-ΩΆ-Ώ]\S+){1,2})(?:\s+\S+@\S+)?$"
)
#: A byline that names no one ("By Staff Reporter", "By Our Correspondent"): its words after
#: "By" are all of this list. It is a byline all the same, not a headline.
_UNNAMED_WORDS = frozenset(
    {
        "a", "an", "our", "the", "staff", "reporter", "reporters", "writer", "writers",
        "correspondent", "correspondents", "editor", "editors", "editorial", "team", "desk",
        "news", "special", "web", "online", "digital", "agency", "agencies", "wire", "wires",
        "services", "service", "and",
    }
)  # fmt: skip
#: Words of which one makes a line of ``_UNNAMED_WORDS`` alone ("Staff and agencies",
#: "Staff Reporter") a byline naming no one: "News" or "Digital" alone are menu items.
_UNNAMED_AUTHORS = frozenset(
    {"staff", "agencies", "agency", "wires", "reporter", "reporters", "correspondent"}
)
#: A label alone on its line before the byline's names ("By" / "Jane Roe").
_BY_LABELS = frozenset(
    {"by", "written by", "story by", "words by", "posted by", "author", "authors"}
)
#: Credit-line roles that say who wrote the story: "Written by Jane Roe" over the body is its
#: byline, not a credit line.
_AUTHOR_ROLES = frozenset({"written by", "story", "text", "words"})
#: Job nouns that end the title under or beside a name ("Senior Reporter", "Columnist").
_JOB_NOUNS = frozenset(
    {
        "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor",
        "producer", "critic", "photographer", "analyst", "blogger", "author", "copywriter",
    }
)  # fmt: skip
#: Words of menus, buttons and section names, which a name alone on its line never holds
#: ("Listen Live" over the date line is the last menu item, not the author).
_NOT_NAME_WORDS = frozenset(
    {
        "about", "account", "all", "app", "apps", "archive", "back", "blog", "book", "business",
        "buy", "call", "careers", "close", "comments", "contact", "culture", "demo", "donate",
        "events", "explore", "follow", "free", "get", "help", "home", "jobs", "join", "latest",
        "learn", "listen", "live", "local", "log", "login", "more", "my", "new", "news",
        "newsletter", "next", "now", "opinion", "order", "our", "page", "podcast", "podcasts",
        "politics", "previous", "read", "register", "search", "see", "share", "shop", "show",
        "sign", "site", "sport", "sports", "start", "store", "subscribe", "support", "top",
        "traffic", "trial", "us", "video", "videos", "view", "watch", "weather", "world", "your",
        # Date-line words: "Almanac Saturday, March 14, 2026", "Last Modified: August 8, 2023".
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "published", "posted", "updated", "modified", "released", "originally", "last",
        # Box and menu headings over a date or a job title ("Related Posts" / "August 12,
        # 2024", "Marketing Automation" / "Marketing Analyst"; WCXB dev pages flattened: 8
        # such headings were authors).
        "related", "recent", "featured", "popular", "trending", "posts", "articles", "tips",
        "insights", "themes", "issues", "salary", "automation", "protocol", "resources",
    }
)  # fmt: skip
#: Section words in scripts without capitals, which a name beside a date line is told from
#: only by its words: news, local, sport, economy, politics, culture, world, opinion, reports,
#: urgent, health in Arabic ("أخبار المحليات | 5 مارس 2025" is the local news page's date
#: line, not a byline), Persian, Hebrew and Hindi.
_CASELESS_SECTION_WORDS = frozenset(
    {
        "أخبار", "الأخبار", "اخبار", "محليات", "المحليات", "محلي", "رياضة", "الرياضة",
        "اقتصاد", "الاقتصاد", "سياسة", "السياسة", "ثقافة", "الثقافة", "منوعات", "دولي",
        "الدولي", "دولية", "عربي", "العالم", "رأي", "الرأي", "تقارير", "مقالات", "عاجل",
        "صحة", "الصحة", "فن", "تكنولوجيا", "ورزشی", "اقتصادی", "سیاسی", "فرهنگی", "جامعه",
        "بین‌الملل", "چندرسانه‌ای", "חדשות", "ספורט", "כלכלה", "פוליטיקה", "תרבות", "דעות",
        "בארץ", "בעולם", "בריאות", "समाचार", "ख़बर", "खबर", "खेल", "राजनीति", "देश", "दुनिया",
        "मनोरंजन", "व्यापार",
    }
)  # fmt: skip
#: What a browsing menu sorts or filters "by" ("By Category", "Shop by Company Size", "By Use
#: Case"): never a name when all its words are of this list or it ends in one of ``_FACETS``.
_FACET_WORDS = frozenset(
    {
        "category", "categories", "topic", "topics", "type", "types", "role", "industry",
        "state", "country", "region", "location", "city", "style", "size", "company", "brand",
        "price", "service", "services", "solution", "solutions", "product", "products", "need",
        "needs", "specialty", "occasion", "date", "year", "month", "popularity", "relevance",
        "use", "case", "event", "&", "and",
    }
)  # fmt: skip
_FACETS = frozenset(
    {"category", "type", "size", "case", "industry", "region", "role", "topic", "specialty"}
)
MAX_FACET_WORDS = 3
#: Byline labels of other languages ("door" in Dutch, "von" in German…) that are also, or
#: start, English words.
_FOREIGN_BY_WORDS = frozenset({"door", "von", "par", "por", "di", "av"})
#: What stands between a name and the date closing its line: a publishing word, a time.
_DATE_LEAD_RE = re.compile(
    r"(?:[\s|·•,/–—-]*\b(?:on|at|published|posted|updated)\b:?|[\s|·•,/–—-]*\d{1,2}[:.]\d{2}"
    r"\s*(?:[ap]\.?m\.?)?)+[\s|·•,/–—-]*$",
    re.IGNORECASE,
)
#: A header word glued to the text before it by a crawler that joined inline elements:
#: "RoePublished", "2024Updated", "ByJane", "2023By Jane Roe", "September,2023", a name or a
#: section and its date ("By Jane RoeJanuary 14, 2026", "Jane RoeMar 3, 2025", "Mental
#: HealthDECEMBER 22, 2022"), a year and the reading time after it ("January 14, 202620 Mins
#: Read"; WCXB dev pages flattened: 4 such bylines, 9 such dates).
_GLUED_RE = re.compile(
    r"(?<=[a-z0-9])(?=(?:Published|Updated|Posted|Modified)\b)|(?<=^By)(?=[A-Z][a-z])"
    r"|(?<=\d)(?=By\s+[A-Z])|(?<=[A-Za-z],)(?=\d{4}(?!\d))"
    r"|(?<=[a-z])(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?\s\d{1,2}\b)"
    r"|(?<=, (?:19|20)\d\d)(?=\d{1,3}\s?[Mm]in)"
)
#: A reading time or word count closing a byline and date line: "Jane Roe · March 5, 2024 · 4
#: min read", "Kristian Larsen July 13, 2025 — 7 minutes read", "… · 1,240 words".
_READING_TAIL_RE = re.compile(
    r"(?:[\s|·•,/–—-]*\d[\d,]*\s*(?:min(?:ute)?s?|words)\.?(?:\s+read(?:ing)?)?)+\s*$",
    re.IGNORECASE,
)
#: A link or button beside the writer's name, between it and the date: their handle, "Follow",
#: "Email", "Email the author", or the reading time ("8 min").
_WRITER_LINK_RE = re.compile(
    r"^(?:@\w+|(?:follow|email|e-mail)(?:\s+(?:me|author|the\s+author|@\w+))?"
    r"|\d{1,3}\s*min(?:ute)?s?)$",
    re.IGNORECASE,
)
#: A writer's handle opening the date line under their name: "@janeroe / 2:30 PM UTC • …".
_HANDLE_LEAD_RE = re.compile(r"^@\w+\s*[/|·•]\s*")
#: The outlet a writer writes for, closing a byline without "By": "… For The Tidewater Post",
#: "…, Special to the Tidewater Post".
_FOR_OUTLET_RE = re.compile(
    r"(?:,\s*[Ss]pecial\s+[Tt]o\s+(?:[Tt]he\s+)?|\s+For\s+The\s+)[A-Z]\S*(?:\s+\S+){0,4}$"
)
#: The parts of a date line, set apart by bullets, bars or dashes ("March 5, 2024 · Jane Roe").
_DATE_LINE_PARTS_RE = re.compile(r"\s*[|·•–—]\s*|\s+[-/]\s+")
#: The category a blog files the post under, after the writer's name: "Jane Roe in Travel".
_CATEGORY_TAIL_RE = re.compile(r"\s+in\s+\S.*$")
#: Most words of a "© Name" line read as a photo credit (``_claim_credit_marks``).
MAX_CREDIT_MARK_WORDS = 5
#: A name and its job on one line: "Jake Pennington | Senior Reporter", "Jane Roe, Reporter".
_NAME_JOB_RE = re.compile(r"^(?P<name>[^|,·–—]+?)\s*(?:\||,|·|\s-\s|–|—)\s*(?P<job>[^|,·–—]+)$")
#: What may stand between a name and the date after it: "Jane Roe · March 5, 2024".
_NAME_DATE_SEPARATORS = " |·•-–—,/"
#: Longest job title, in words ("Senior Political Correspondent for Europe" is 5).
MAX_JOB_WORDS = 5
#: Most words of a line naming one person beside a job title or a date ("Jane Roe · March 5,
#: 2024 at 10:05 a.m. EST" is 10).
MAX_NAME_LINE_WORDS = 12
#: A news service's code in capitals after the writer's name, set apart by a slash or a bar:
#: "Rohan Deshpande / TNN", "Jane Roe | AFP".
_AGENCY_TAIL_RE = re.compile(r"(?:\s[/|]\s[A-Z]{2,5})+$")
#: Most words of a name alone on its line that a date or job title under it makes a byline;
#: four capitalised words over a date are as often a short headline ("Council Approves Car
#: Levy").
MAX_LONE_NAME_WORDS = 3
#: Most words of a masthead line naming the site above a byline (``claim_name_beside_site``).
MAX_MASTHEAD_WORDS = 6
#: Fewest words of the paragraph under a name and its date that makes the name a byline: a
#: lead sentence, not a teaser's one-line summary.
MIN_LEAD_WORDS = 20
#: Fewest words of the headline over a writer's name alone over the lead; a shorter line is
#: as often a menu item or a box's heading ("Our Team" / "Jane Roe" / her bio).
MIN_HEADLINE_OVER_NAME_WORDS = 5
#: Most words of a line of two or three writers' names (three names of three words each).
MAX_NAMES_LINE_WORDS = 11
_NAMES_JOIN_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_DATE_LINE_RE = re.compile(
    r"^(?:(?:first\s+)?published|released|updated|last\s+(?:updated|modified)|posted|modified|date|"
    # "Publicado el 7 de marzo de 2024", "Publié le 5 mars 2024", "Aktualisiert am 5. März".
    r"publicad[oa]|actualizad[oa]|atualizad[oa]|publiée?|modifiée?|mise?\s+à\s+jour|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    # Swedish, Norwegian, Danish and Finnish: "Publicerad 25 mars 2025 kl. 07.30",
    # "Oppdatert 3. mars 2025", "Udgivet 3. marts 2025", "Julkaistu 3.3.2025".
    r"publicerad|uppdaterad|publisert|oppdatert|publiceret|opdateret|udgivet|julkaistu|"
    r"päivitetty|"
    # "تاريخ النشر: 26 يونيو 2024", "פורסם: 27.06.2024", "Опубликовано: 5 марта 2024",
    # "Yayınlanma: 3 Mart 2024", "تاریخ انتشار: …".
    r"تاريخ النشر|نشر في|آخر تحديث|תאריך פרסום|פורסם|עודכן|опубликовано|обновлено|"
    r"yayınlanma|yayın tarihi|güncelleme|تاریخ انتشار|"
    # Weekdays and date words opening date lines in other scripts and languages: Vietnamese
    # "Thứ Tư, 5/3/2025", "Cập nhật ngày …", Thai "วันพุธที่ 5 มีนาคม 2568" (every weekday and
    # "วันที่", the date, open with "วัน"), Indonesian "Kamis, 6 Maret 2025", Hindi
    # "प्रकाशित:", Urdu "اپ ڈیٹ:", Arabic, Persian and Hebrew weekdays.
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|ngày|cập\s+nhật|วัน|"
    r"senin|selasa|rabu|kamis|jumat|sabtu|minggu|diperbarui|diterbitkan|"
    r"प्रकाशित|अपडेटेड|अपडेट|اپ ڈیٹ|شائع|"
    r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|יום|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*\.?\s|\d)",
    re.IGNORECASE,
)
#: The place a date line opens with, one or two words, the first not lower case, and a dash or
#: comma: "Valdeluz - 06 may 2025 - 14:20 CEST", "Kassel, 19.03.2025 18:42".
_PLACE_LEAD_RE = re.compile(
    r"^(?=[^\W\d_])[^a-zà-ÿ][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?\s*(?:[-–—]\s|,\s*)"
)
#: A time alone: a live blog's entry stamp ("14.21 GMT", "2:05pm ET") or its update note
#: ("Updated at 14.52 GMT"). Checked for a real hour and minute (``_is_timestamp``).
_TIMESTAMP_RE = re.compile(
    r"^(?:(?:updated|posted|published|edited)(?:\s+at)?\s*:?\s*)?"
    r"(?P<hour>\d{1,2})[.:h](?P<minute>\d{2})(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?-i:[A-Z]{2,5}))?$",
    re.IGNORECASE,
)
#: An inline teaser: "Related: Floods close schools" (label, then the linked headline).
_INLINE_TEASER_RE = re.compile(
    r"^(?:>+\s*)?(?P<label>[^:›»|]{2,30}?)\s*[:›»|–—]\s*(?P<title>\S.*)$",
)


def classify(lines: list[Line], day_first: bool | None = None) -> None:
    """Set ``role`` (and the parsed parts) of every line that can be judged by its words;
    ``day_first`` says how slashed dates are read (``dates.day_first_language``)."""
    for index, line in enumerate(lines):
        text = line.text
        if line.words <= MAX_META_WORDS and is_page_furniture(text):
            line.role = "other"  # a print edition's folio or jump line: the story runs on
            if index and not lines[index - 1].role and is_jump_word(lines[index - 1].text, text):
                lines[index - 1].role = "other"  # "BAKERY" / "Continued from Page B1"
            continue
        kind = chrome_kind(text) or glued_box_kind(text)  # cached: dumps repeat menu lines
        if kind is not None:
            line.role = kind
            continue
        kind = flattened_box_kind(text, line.words)
        if kind is not None:
            line.role = kind  # a "most read" list or a card run onto one line
            continue
        if is_mail_furniture(text, line.words):
            line.role = "newsletter"
            continue
        if is_masthead(text, line.words):
            line.role = "other"  # a newsletter's name and issue, not its headline
            continue
        if is_publisher_footer(text, line.words):
            line.role = "footer"  # the outlet's address or owner: the story ended above it
            continue
        if is_app_pitch(text, line.words):
            line.role = "advertisement"  # a house ad set between paragraphs
            continue
        credits = parse_credits(text)
        if credits:
            authored = all(credit.role in _AUTHOR_ROLES for credit in credits)
            if authored and line.words <= MAX_META_WORDS:
                line.role = "byline"
            else:
                line.role, line.credits = "credit", credits
            continue
        if line.words <= MAX_META_WORDS:
            if line.words <= MAX_TIMESTAMP_WORDS and _is_timestamp(text):
                line.role = "timestamp"
                continue
            if _is_byline(line):
                line.role = "byline"
                continue
            if _is_date_line(text, day_first):
                line.role = "date"
                continue
        if line.words <= MAX_CAPTION_WORDS:
            caption, credit = split_caption_credit(text)
            if credit is not None:
                caption = _CAPTION_LABEL_RE.sub("", caption)
                line.role, line.caption, line.credit = "caption", caption or None, credit
    claim_glued_cards(lines)
    claim_share_runs(lines)
    _claim_credit_marks(lines)
    _claim_teasers(lines)
    _claim_sponsored(lines)
    _claim_box_titles(lines)
    _claim_box_pitches(lines)
    _claim_bylines(lines)
    _claim_dated_teasers(lines)
    _join_photo_credits(lines)


def _is_date_line(text: str, day_first: bool | None) -> bool:
    """A date alone on its line, maybe labelled ("Published 5 March 2024") or after the place
    it was filed from ("Valdeluz - 06 may 2025 - 14:20 CEST", "Kassel, 19.03.2025") or the
    writer's handle ("@janeroe / 2:30 PM UTC • February 5, 2025", under the writer's name)."""
    text = _HANDLE_LEAD_RE.sub("", text)
    if not _DATE_LINE_RE.match(text):
        place = _PLACE_LEAD_RE.match(text)
        if place is None or not _DATE_LINE_RE.match(text[place.end() :]):
            return False
        if any(_DATE_LINE_RE.match(word + " ") for word in place[0].split()):
            return False  # "Almanac Saturday, December 20, 2025": a widget's today, no place
    return to_iso(unglued(text), day_first) is not None


def unglued(text: str) -> str:
    """A header line whose parts a crawler ran together, spaced again ("15:22, 8 Mar
    2024Updated 16:40", "By Jane RoePublished: …", "27 September,2023By Jane Roe")."""
    return _GLUED_RE.sub(" ", text)


def reporter_byline(text: str) -> str:
    """A Chinese, Japanese or Korean reporter's byline reduced to the name, without the job
    noun and the outlet before it ("青梧晚报记者 周文澜" → "周文澜"); other bylines without their
    label ("ผู้เขียน: วิไลวรรณ ศรีสุข" → "วิไลวรรณ ศรีสุข")."""
    match = _NAMED_REPORTER_RE.match(text)
    if match is None:
        return _BYLINE_LABEL_RE.sub("", text)
    return match["after"] or match["before"] or text


def _is_byline(line: Line) -> bool:
    """A "By …" line that names people or no one, a name with its job beside it, or a name
    with the date after it ("Tom Talbot October 14, 2025")."""
    text = unglued(line.text)
    by = _BYLINE_RE.match(text)
    if by:
        after_by = text[by.end() - 1 :].split()
        if all(word.lower() in _UNNAMED_WORDS for word in after_by):
            return True  # "By Staff Reporter"
        if not _names_after_label(text[: by.end() - 1], after_by):
            return False
        return bool(parse_byline(text))
    if _NAMED_REPORTER_RE.match(text):
        return True
    folded = text.lower().split()
    if 2 <= len(folded) <= MAX_LONE_NAME_WORDS and set(folded) <= _UNNAMED_WORDS:
        # "Staff and agencies"; "The Reporters" or "The Agency" is a menu's page (BBC and
        # WCXB dev pages flattened: two headlines were lost to such lines).
        return folded[0] not in {"the", "a", "an"} and not _UNNAMED_AUTHORS.isdisjoint(folded)
    if line.words <= MAX_NAME_LINE_WORDS and _is_name_beside_date(text):
        return True
    if line.words > MAX_NAME_LINE_WORDS or not text[0].isupper():
        return False  # a name beside its job or date: a short line opening with a capital
    match = _NAME_JOB_RE.match(text)
    if match is not None:
        # "Jane Roe | Reporter", "Jane Roe and Tom Berg | Guest Columnists"
        if _is_job(match["job"]) and _is_name(match["name"]):
            return True
        if _is_job(match["job"], plural=True) and _are_names(match["name"]):
            return True
    if _is_name_then_job(text) or _is_name_for_outlet(text):
        return True
    cut = date_suffix(_READING_TAIL_RE.sub("", text))
    if not cut:
        return False
    # "Patrick Clarke Published 10:19am 19 December 2025", "Matt Eland on Dec. 13, 2025".
    name = _DATE_LEAD_RE.sub("", text[:cut]).strip(_NAME_DATE_SEPARATORS)
    name = _AGENCY_TAIL_RE.sub("", name)  # "Rohan Deshpande / TNN / Updated: Aug 13, 2025"
    return len(name.split()) <= MAX_LONE_NAME_WORDS and _is_name(name)


def _is_name_then_job(text: str) -> bool:
    """A name and its job with nothing between them, as some templates set the writer's name
    and title in two inline elements ("Fiona Grant Environment correspondent", "Jane Roe
    Staff Writer"): the name must open with a common given name, so a title-case headline
    ending in a job noun ("Meet the New Theatre Critic") is none."""
    words = text.split()
    if given_name_gender(words[0]) is None:
        return False
    for cut in (2, 3):
        name = " ".join(words[:cut])
        if _is_job(" ".join(words[cut:])) and _is_name(name) and parse_byline(text) == [name]:
            return True
    return False


def _is_name_for_outlet(text: str) -> bool:
    """A name and the outlet it writes for ("Jane Roe For The Tidewater Post", "Jane Roe,
    Special to the Tidewater Post"); the name opens with a common given name."""
    match = _FOR_OUTLET_RE.search(text)
    if match is None:
        return False
    name = text[: match.start()]
    return (
        _is_name(name)
        and given_name_gender(name.split()[0]) is not None
        and parse_byline(text) == [name]
    )


def name_after_date(text: str) -> str | None:
    """The writer's name in a part of a date line after the date, as blogs and magazines sign
    ("March 5, 2024 · Jane Roe", "Dec 26, 2025 • Jane Roe in Project Management", "December
    15, 2025 · 30 min · 6279 words · Jane Roe"): the name opens with a common given name, so
    a section or a tag there ("March 5, 2024 · Climate Change") is none."""
    parts = _DATE_LINE_PARTS_RE.split(text)
    if len(parts) < 2 or find_date(parts[0]) is None:
        return None
    for part in parts[1:]:
        name = _CATEGORY_TAIL_RE.sub("", part)
        if _is_name(name) and given_name_gender(name.split()[0]) is not None:
            return name
    return None


#: Gershayim, which Hebrew-lettered numbers carry (the year of a Hebrew date, 'תשפ"ה'), and
#: no name does.
_HEBREW_NUMBER_MARKS = frozenset('"״')


def _is_name_beside_date(text: str) -> bool:
    """A name, a bar, then a date line with its own words: "Mehmet Kaya | Güncelleme:
    05.03.2025 16:30", "יוסי כהן | יום רביעי, 5 במרץ 2025". The bar sets the name apart, so
    names in scripts without capitals (Hebrew, Arabic, Devanagari) count: each word opens with
    a capital or a letter that has no case."""
    head, bar, tail = text.partition(" | ")
    if not bar or find_date(tail) is None or _HEBREW_NUMBER_MARKS.intersection(head):
        return False
    words = head.split()
    if not 2 <= len(words) <= MAX_LONE_NAME_WORDS or any(ch.isdigit() for ch in head):
        return False
    if not all(word[0].isalpha() and not word[0].islower() for word in words):
        return False
    if any(word.lower() in _NOT_NAME_WORDS or word in _CASELESS_SECTION_WORDS for word in words):
        return False
    return len(parse_byline(head)) == 1


def _names_after_label(label: str, after: list[str]) -> bool:
    """Whether the words after a "By" label can be names: not a sentence or a button's
    wording that opens with "By" ("By clicking Sign Up, you agree…", "By the end of this
    tutorial"), not a browsing facet ("By Category", "By Company Size"), and after a label of
    another language that is also an English word ("Door Straps", "Door & Window Sensors" on
    a shop's menu) a name of two words or more."""
    first = after[0]
    if first[0].islower() and first not in NAME_PARTICLES:
        return False
    if len(after) <= MAX_FACET_WORDS and (
        after[-1].lower() in _FACETS or all(word.lower() in _FACET_WORDS for word in after)
    ):
        return False
    foreign = label.split()[-1].lower().rstrip(":") in _FOREIGN_BY_WORDS
    return not foreign or (len(after) >= 2 and first[0].isupper())


def _is_name(text: str) -> bool:
    """Two to four capitalised words that the byline reader takes whole as one name."""
    words = text.split()
    if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in text):
        return False
    if not all(word[0].isupper() or word in NAME_PARTICLES for word in words):
        return False
    if any(word.endswith((":", "'s", "’s")) for word in words):
        return False  # a label or a possessive: "Tags: Philosophy", "Today's Hours"
    if any(word.lower() in _NOT_NAME_WORDS for word in words):
        return False
    return len(parse_byline(text)) == 1


def _is_lone_name(line: Line) -> bool:
    """A name alone on its line, with where its writer reports from ("Chris Doyle at
    Kingsmead Park", a match report's byline over its date) or with the outlet's one-word tag
    after a dash ("Rina Marlina - wartanusa", as Indonesian portals sign)."""
    if line.words <= MAX_LONE_NAME_WORDS and _is_name(line.text):
        return True
    name, tag, outlet = line.text.partition(" - ")
    if tag and len(outlet.split()) == 1:
        return len(name.split()) <= MAX_LONE_NAME_WORDS and _is_name(name)
    name, at, _ = line.text.partition(" at ")
    if not at:
        name, at, _ = line.text.partition(" in ")
    return (
        bool(at)
        and len(name.split()) <= MAX_LONE_NAME_WORDS
        and _is_name(name)
        and given_name_gender(name.split()[0]) is not None
        and parse_byline(line.text) == [name]
    )


def _is_names_line(line: Line) -> bool:
    """Two or three names alone on a line, joined by commas or "and" ("Priya Natarajan, Owen
    Pryce", as a blogging platform prints its writers over the date), one of them opening
    with a common given name: title-case headlines over a date join words the same way ("The
    Link Between Exercise and Mental Health", "EA Play, Apex Legends"; WCXB dev, flattened)."""
    return line.words <= MAX_NAMES_LINE_WORDS and _are_names(line.text)


def _are_names(text: str) -> bool:
    """Two or three names joined by commas or "and", one opening with a common given name."""
    names = _NAMES_JOIN_RE.split(text)
    return (
        2 <= len(names) <= 3
        and all(_is_name(name) for name in names)
        and any(given_name_gender(name.split()[0]) is not None for name in names)
    )


def _are_pair_under_headline(lines: list[Line], index: int) -> bool:
    """Two names of two words joined by "and" right under a headline of more words than a
    menu item or box heading ("Ravi Okafor and Ash Marlowe" over the date): no given name need
    be known, as a title-case headline of that shape has no other headline over it."""
    if index == 0:
        return False
    above, names = lines[index - 1], lines[index].text.split(" and ")
    return (
        not above.role
        and above.is_headline
        and above.words >= MIN_HEADLINE_OVER_NAME_WORDS
        and len(names) == 2
        and all(len(name.split()) == 2 and _is_name(name) for name in names)
    )


def _is_job(text: str, plural: bool = False) -> bool:
    """A job title ending in a job noun; with ``plural``, several writers' ("Guest
    Columnists"), which only names joined by "and" may have: a plural alone is a menu item
    ("Photographers", "Contributors"; Scrapinghub and WCXB dev pages flattened)."""
    words = text.partition(",")[0].split()  # "Senior Reporter, The Tidewater Post"
    if not 1 <= len(words) <= MAX_JOB_WORDS:
        return False
    noun = words[-1].lower().strip(".")
    return noun in _JOB_NOUNS or (plural and noun.endswith("s") and noun[:-1] in _JOB_NOUNS)


def _claim_bylines(lines: list[Line]) -> None:
    """A name alone on its line is a byline beside its "By", its job title, or its date or
    reading time."""
    for index in range(len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if index + 2 < len(lines) and _WRITER_LINK_RE.match(below.text) and _is_co_writer(line):
            below = lines[index + 2]  # "Jane Roe" / "Follow" / "March 5, 2024"
        if line.role or below.role:
            dated = below.role == "date" or (below.role == "other" and is_time_label(below.text))
            if (
                dated
                and not line.role
                and (
                    _is_lone_name(line)
                    or _is_names_line(line)
                    or _are_pair_under_headline(lines, index)
                )
            ):
                above = lines[index - 1] if index else None
                writer_above = above is not None and (
                    (above.role == "byline" and _BYLINE_RE.match(above.text) is not None)
                    or _is_co_writer(above)
                )
                if writer_above and given_name_gender(line.text.split()[0]) is None:
                    # "Jane Roe" / "Tidewater Post" (or "Former County Consultant") / the
                    # date: the writer's outlet or job under their name, no co-writer.
                    above.role, line.role = "byline", "other"
                    continue
                line.role = "byline"  # "Andrew King" / "September 4, 2025" or "9 min read"
                if writer_above:
                    above.role = "byline"  # "Ana Ruiz" / "Tom Okafor" / the date
            elif line.role == "date" and not below.role and _is_name_over_lead(lines, index + 1):
                below.role = "byline"  # "Feb 27, 2025" / "Tomasz Nowak" / the lead
            elif below.role == "byline" and not line.role and _is_job(below.text, plural=True):
                if _is_job(below.text) and _is_lone_name(line):  # over "Staff Writer"
                    line.role = "byline"
                elif _is_job(below.text, plural=True) and _is_names_line(line):
                    line.role = "byline"  # "Jane Roe and Tom Berg" / "Staff Writers"
            continue
        label = line.text.lower().strip(" :")
        if label in _BY_LABELS and below.words <= MAX_META_WORDS and parse_byline(below.text):
            line.role, below.role = "other", "byline"  # "By" / "Joanna Okedara"
        elif below.words <= MAX_JOB_WORDS and _is_job(below.text) and _is_lone_name(line):
            if not _credits_another_role(lines, index):
                line.role, below.role = "byline", "other"  # "Fatima Rahman" / "Columnist"
        elif _is_job(below.text, plural=True) and _is_names_line(line):
            line.role, below.role = "byline", "other"  # "Jane Roe and Tom Berg" / "Columnists"


def _credits_another_role(lines: list[Line], index: int) -> bool:
    """Whether the line above a name labels another role than the writer's ("Fact Checked
    By", "Reviewed by" / "Jane Roe" / "Editor, Example Media": the checker, no author)."""
    above = lines[index - 1].text.lower().rstrip(" :") if index else ""
    return above.endswith(" by") and above not in _BY_LABELS


def _is_co_writer(line: Line) -> bool:
    """A second writer's name alone over the first's, the two stacked over the date as some
    templates list their writers one a line: an unread name opening with a common given name
    (a headline of two or three capitalised words does not)."""
    return (
        not line.role
        and _is_lone_name(line)
        and given_name_gender(line.text.split()[0]) is not None
    )


def _is_name_over_lead(lines: list[Line], index: int) -> bool:
    """A writer's name alone (or two or three writers' names on one line) under the date,
    over the story's first paragraph, as AMP and reader views print it: a name that opens
    with a common given name (a short headline over its summary in a list of dated cards does
    not), then prose."""
    line = lines[index]
    named = _is_lone_name(line) and given_name_gender(line.text.split()[0]) is not None
    if not named and not _is_names_line(line):  # whose names one opens with a given name
        return False
    lead = lines[index + 1] if index + 1 < len(lines) else None
    return lead is not None and not lead.role and lead.words >= MIN_LEAD_WORDS


def claim_name_under_headline(lines: list[Line], body_start: int) -> None:
    """A writer's name alone between the headline and the story's first paragraph, the date
    printed elsewhere (at the foot, or nowhere): a name that opens with a common given name,
    under a headline-like line of more words than a menu item, over a lead sentence."""
    if not 2 <= body_start < len(lines) or lines[body_start].words < MIN_LEAD_WORDS:
        return
    name, headline = lines[body_start - 1], lines[body_start - 2]
    if name.role or headline.role or not headline.is_headline:
        return
    if headline.words >= MIN_HEADLINE_OVER_NAME_WORDS and _is_co_writer(name):
        name.role = "byline"


def claim_name_beside_site(lines: list[Line], body_start: int, sites: set[str]) -> None:
    """A writer's name and the site's after a bar, on the line over or under the date or
    over the first paragraph ("Jane Roe | Tidewater Post"): the bar's right side must fold to
    one of ``sites`` (``fold_outlet_name`` of the site's names) or to a line above (the
    masthead), the left be a name alone."""
    above: set[str] = set()
    for index in range(min(body_start, len(lines))):
        line = lines[index]
        name, bar, site = line.text.partition(" | ")
        if not bar:
            if line.words <= MAX_MASTHEAD_WORDS:
                above.add(fold_outlet_name(line.text))
            continue
        if line.role or not ({fold_outlet_name(site)} & (sites | above)) - {""}:
            continue
        beside_date = any(
            0 <= near < len(lines) and lines[near].role == "date" for near in (index - 1, index + 1)
        )
        if (beside_date or index + 1 == body_start) and _is_name(name.strip()):
            line.role = "byline"


def _is_timestamp(text: str) -> bool:
    match = _TIMESTAMP_RE.match(text)
    return match is not None and int(match["hour"]) < 24 and int(match["minute"]) < 60


def is_bare_related_header(line: Line) -> bool:
    """A related-stories header on its own ("More stories", "Related:"), not an inline teaser."""
    return line.role == "related" and (line.words <= 6 and not _INLINE_TEASER_RE.match(line.text))


def inline_teaser(line: Line) -> tuple[str, str] | None:
    """(label, headline) of an inline teaser line such as "Read more: Floods close schools"."""
    if line.role != "related" or is_bare_related_header(line):
        return None
    match = _INLINE_TEASER_RE.match(line.text)
    if match is None or len(match.group("title").split()) < 2:
        return None
    return match.group("label").strip(), match.group("title").strip()


def _claim_teasers(lines: list[Line]) -> None:
    """Headline-like lines under a bare related header become teasers of that header; the
    date printed under a teaser is the teaser's, not the page's, and so is the one-paragraph
    summary under it once the cards show that shape (a summary, then the next headline)."""
    for index, line in enumerate(lines):
        if not is_bare_related_header(line):
            continue
        claimed = summaries = 0
        for following in range(index + 1, min(len(lines), index + 1 + 3 * MAX_TEASERS)):
            candidate = lines[following]
            if candidate.role == "date" and claimed:
                candidate.role = "card_date"
                continue
            if _is_teaser_summary(lines, following, summaries):
                candidate.role = "related"
                summaries += 1
                continue
            if candidate.role in {"advertisement", "share", "other"}:
                continue
            if candidate.role or not candidate.is_headline or claimed == MAX_TEASERS:
                break
            if _heads_an_article(lines, following):
                break  # the page's own headline, with its byline or date under it
            candidate.role = "teaser"
            claimed += 1


def _is_teaser_summary(lines: list[Line], index: int, summaries: int) -> bool:
    """Whether an unclassified prose line right under a claimed teaser is its summary: another
    card's headline follows it, or an earlier card had a summary too (the last card's). A
    paragraph under a lone teaser, with prose after it, is the story resuming."""
    line = lines[index]
    if line.role or not line.is_prose or line.words > MAX_SUMMARY_WORDS:
        return False
    if lines[index - 1].role != "teaser":
        return False
    if summaries:
        return True
    after = lines[index + 1] if index + 1 < len(lines) else None
    return after is not None and not after.role and after.is_headline


#: An ad label that heads a box of paid links ("Sponsored Links", "Promoted Content", "Paid
#: Stories"); a bare "Advertisement" marks one ad's slot, after which the story resumes.
_SPONSORED_HEADER_RE = re.compile(
    r"^(?:sponsored|promoted|paid)(?:\s+(?:links?|stories|content|posts?|results?))?\s*:?$",
    re.IGNORECASE,
)


def _claim_sponsored(lines: list[Line]) -> None:
    """Headline-like lines under a sponsored-links label after prose are its paid links
    ("Sponsored Links" / "Homeowners are ditching their electric company with this trick"), as
    a related header's are its teasers."""
    for index, line in enumerate(lines):
        if line.role != "advertisement" or not _SPONSORED_HEADER_RE.match(line.text.strip()):
            continue
        before = next((lines[i] for i in range(index - 1, -1, -1) if not lines[i].role), None)
        if before is None or not before.is_prose:
            continue  # a menu's "Sponsored Content" link over its section's headlines
        for following in range(index + 1, min(len(lines), index + 1 + MAX_TEASERS)):
            candidate = lines[following]
            if candidate.role or not candidate.is_headline or candidate.is_prose:
                break
            if _heads_an_article(lines, following):
                break  # the page's own headline, with its byline or date under it
            candidate.role = "advertisement"


def _claim_dated_teasers(lines: list[Line]) -> None:
    """Story cards without a header: a headline, maybe a one-line summary, then a date, three
    times or more in a row (a section front, a "Latest" box). Headlines become "card", summaries
    "summary" and the dates "card_date": they are the cards', not the page's."""
    cards: list[tuple[int, int | None, int]] = []
    for index, line in enumerate(lines):
        if line.role != "date" or index == 0 or _heads_an_article(lines, index - 1):
            continue
        above = lines[index - 1]
        if not above.role and _is_card_headline(above):
            cards.append((index - 1, None, index))
        elif index > 1 and not above.role and above.is_prose and above.words < MAX_SUMMARY_WORDS:
            headline = lines[index - 2]
            if not headline.role and _is_card_headline(headline):
                cards.append((index - 2, index - 1, index))
    run: list[tuple[int, int | None, int]] = []
    for card in [*cards, (len(lines) + MAX_CARD_GAP + 1, None, 0)]:
        if run and card[0] - run[-1][2] > MAX_CARD_GAP:
            if len(run) >= MIN_DATED_TEASERS:
                for headline, summary, date in run:
                    lines[headline].role, lines[date].role = "card", "card_date"
                    if summary is not None:
                        lines[summary].role = "summary"
            run = []
        run.append(card)


def _is_card_headline(line: Line) -> bool:
    return line.is_headline and line.words >= MIN_CARD_HEADLINE_WORDS and not line.is_prose


#: Chrome boxes whose title line says nothing by itself ("Get The Morning Tide" over a
#: newsletter sign-up); the title takes the kind of the box under it.
_BOXES = frozenset({"newsletter", "cookie_notice", "advertisement", "comments"})
#: Longest box title, in words.
MAX_BOX_TITLE_WORDS = 6


#: Words of a newsletter box's pitch line at most: a sentence on what the letter brings.
MAX_PITCH_WORDS = 30


def _claim_box_titles(lines: list[Line]) -> None:
    """A short title line directly above a chrome box belongs to the box.

    Only a box recognised by its own words claims, so claims do not chain up a menu; and the
    last item of a menu ("Business" over "Newsletters") is not a title.
    """
    # Forward, so a line claimed here is never the box under the line above it.
    for index in range(len(lines) - 1):
        line, below = lines[index], lines[index + 1]
        if line.role or below.role not in _BOXES or not _is_box_title(line):
            continue
        if index > 0 and not lines[index - 1].role and _is_box_title(lines[index - 1]):
            continue
        line.role = below.role


def _claim_box_pitches(lines: list[Line]) -> None:
    """A short line between two lines of a newsletter box is the box's pitch ("Get the
    Riverbend Daily newsletter" / "The day's top stories, free by email every morning." /
    "Sign up")."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if (
            not line.role
            and line.words <= MAX_PITCH_WORDS
            and lines[index - 1].role == "newsletter"
            and lines[index + 1].role == "newsletter"
        ):
            line.role = "newsletter"


def _is_box_title(line: Line) -> bool:
    return line.words <= MAX_BOX_TITLE_WORDS and not line.text.endswith((".", "?", "!"))


def _claim_credit_marks(lines: list[Line]) -> None:
    """A short "© Name" line between two paragraphs is a photo's credit, not the site's
    footer: the picture between them lost its caption in the flattening ("© Victor Sailer"
    inside a training guide closed its body after one paragraph)."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if line.role != "footer" or not line.text.startswith("©"):
            continue
        name = line.text[1:].strip()
        if not name or line.words > MAX_CREDIT_MARK_WORDS or any(ch.isdigit() for ch in name):
            continue
        before, after = lines[index - 1], lines[index + 1]
        if not before.role and before.is_prose and not after.role and after.is_prose:
            # No caption ("" keeps ``_join_photo_credits`` from taking a paragraph for one).
            line.role, line.caption, line.credit = "caption", "", name


def _join_photo_credits(lines: list[Line]) -> None:
    """A photo credit alone on its line gives its credit to the caption beside it: the line
    above ("Idle cranes at the port." / "Jane Roe/Reuters"), or the line below when a label
    opens the credit ("Photo by Jane Roe" / "Idle cranes at the port."). A credit without
    a label right over a date line is the story's signature ("Redacción / EFE" / "19/06/2024"),
    a byline that names no one, when no caption ends above it. A body line that repeats a
    caption is a ``caption_duplicate``."""
    captions: set[str] = set()
    for index, line in enumerate(lines):
        if line.role != "caption" or line.caption is not None:
            if line.role == "caption" and line.caption:
                captions.add(line.caption)
            continue
        labelled = _CREDIT_LABEL_RE.match(line.text) is not None
        if _signs_story(lines, index, labelled):
            line.role = "byline"
            continue
        for step in (1, -1) if labelled else (-1, 1):
            near = index + step
            if 0 <= near < len(lines) and _is_loose_caption(lines[near]):
                target = lines[near]
                target.role, target.caption, target.credit = "caption", target.text, line.credit
                line.role = "photo_credit"
                captions.add(target.text)
                break
    if captions:
        for line in lines:
            if not line.role and line.text in captions:
                line.role = "caption_duplicate"


def _signs_story(lines: list[Line], index: int, labelled: bool) -> bool:
    """Whether an unlabelled credit line between a headline and a date line signs the story."""
    if labelled or index + 1 == len(lines) or lines[index + 1].role != "date":
        return False
    above = lines[index - 1] if index > 0 else None
    return above is None or not above.text.endswith((".", "!", "?", ")"))


def _is_loose_caption(line: Line) -> bool:
    return not line.role and MIN_CAPTION_WORDS <= line.words <= MAX_LOOSE_CAPTION_WORDS


def _heads_an_article(lines: list[Line], index: int) -> bool:
    """True when a byline follows the line within two lines, or a date that prose follows."""
    for below in range(index + 1, min(len(lines), index + 3)):
        if lines[below].role == "byline":
            return True
        if lines[below].role == "date":
            after = lines[below + 1] if below + 1 < len(lines) else None
            return after is not None and not after.role and after.is_prose
    return False
