"""Photo credits at the end of image captions.

A credit is cut off only when it carries a mark of one: a label ("Photo:", "Credit:",
"Photograph:", "Photo by", "©"), parentheses around a "/"-joined or labelled credit
("(AP Photo/John Doe)"), a "/"-joined run of names and agencies after the last sentence
("… March 3, 2024. Jane Roe/Pool via Reuters"), a known photo agency after the last sentence or
a bar ("… | Getty"), "Name for The Outlet", or a Chinese or Japanese "… 摄"/"…撮影"
("photographed"). A caption that just ends with a name keeps it.

The returned credit drops its label ("Photo: Jane Roe" → "Jane Roe") but keeps the credit's own
words ("AP Photo/John Doe").
"""

from __future__ import annotations

import re

#: Longest credit accepted, in words. Agency credits run to ~8 words ("Jane Roe/Pool via
#: Reuters", "Photograph: Jane Roe for The Example Times/Getty Images"); 12 leaves a margin.
MAX_CREDIT_WORDS = 12
#: Captions past this length are body text, not captions; no credit is looked for.
MAX_CAPTION_CHARS = 2000
#: A credit of ``MAX_CREDIT_WORDS`` words and its label fit in this many closing characters;
#: the patterns search only there, which keeps long captions cheap.
TAIL_CHARS = 240

_LABEL = (
    r"(?:photo(?:graph)?s?|photo\s+credit|image\s+credit|picture|pictures|image|images|credit|"
    r"credits|illustration|map|graphic|foto|fotos|bild|crédit|crédito|créditos|fotografía|"
    r"fotografia|picha|"
    # Turkish, Russian, Arabic, Persian, Hebrew: "Fotoğraf:", "Фото:", "تصوير:", "عکس:", "צילום:",
    # and Arabic "عدسة:" ("lens")
    r"fotoğraf|фото|تصوير|صورة|الصورة|عدسة|عکس|צילום|"
    # Greek (also cut short: "Φωτ.:"), Polish, Vietnamese, Korean ("사진=", "사진 제공="),
    # Hindi, Thai, Chinese, Japanese
    r"φωτογραφία|φωτογραφίες|φωτό|φωτο|φωτ\.|zdjęcie|zdjęcia|ảnh|사진(?:\s*제공)?|"
    r"फोटो|फ़ोटो|\u095eोटो|चित्र|तस्वीर|ภาพ(?:โดย)?|摄影|攝影|图片来源|圖片來源|图片|圖片|图|圖|写真)"
)
#: A label-led credit: "Photo: X", "Photo by X", "Credit - X", "© X", "사진=X", "图/X",
#: Polish "Fot. X"; after a space, a bar, a slash ("… /사진=김민준 기자"), the closing
#: punctuation of Chinese or Japanese, or glued to a full-width bracket
#: ("…市長（写真：北山新聞社）").
_LABELLED_RE = re.compile(
    rf"(?:^|(?<=[.!?”\")\]])\s+|\s+[|–—/-]\s*|\s+|(?<=[。．！？」』）])|(?=（))(?:[(（]\s*)?"
    # Whose photo it is, before the label: "(Tribune photo by Kim Aldana)", "Staff photo by …".
    r"(?:(?-i:[A-ZÀ-Þ])[\w'’&-]*\s+(?=(?:photo|picture|image)s?\s+by\b))?"
    rf"(?P<label>{_LABEL}\s*(?:[:：=]|\bby\b|[–—-](?=\s))|(?:图|圖)\s*[/／]|fot\.(?=\s)|©|\(c\)"
    # Swahili "photo by": "(Picha na Maktaba)".
    r"|picha\s+na\b"
    # In brackets the label needs no colon: "(foto Luca Baraldi)".
    r"|(?<=[(（])(?:foto|photo)(?=\s+[A-ZÀ-Þ])"
    # "Photo courtesy of X", "Picture supplied by X", "(Courtesy of X)".
    rf"|(?:{_LABEL}\s+)?(?:courtesy(?:\s+of)?|supplied\s+by)\b)"
    r"\s*(?P<credit>[^:：]{2,}?)\s*[)）]?$",
    re.IGNORECASE,
)
#: Chinese and Japanese credits that end with "摄"/"撮影" ("photographed"): "（记者 陈刚 摄）",
#: "新华社记者 王五 摄", "（田中由美撮影）", "…＝東京で3月4日、田中由美撮影". Japanese captions
#: also say where a photo was taken ("東京都内で撮影"), so a name glued to 撮影 is in kanji
#: or katakana only. A bracket closed by "提供" or "供图" ("provided", "picture provided":
#: "（緑山市提供）", "（受访者供图）") names who gave the picture, as "Courtesy of" does.
_SHOT_BY_RE = re.compile(
    r"(?:[（(](?P<paren>[^（）()]{1,30}?)\s*(?:摄|攝|撮影|提供|供图|供圖)\s*[）)]"
    r"|(?<=[。．！？\s])(?P<spaced>[^。．！？\s][^。．！？]{0,28}?)[\s/／](?:摄|攝)"
    r"|[、，＝](?P<glued>[\u4e00-\u9fff\u30a0-\u30ff々]{2,10}?)(?:記者)?撮影)\s*$"
)
#: The reporter's title before a photographer's name: "记者 陈刚" is 陈刚.
_REPORTER_RE = re.compile(r"^(?:本报|本報)?(?:记者|記者)\s*(?=\S)")
#: A parenthesised credit at the end: "(AP Photo/John Doe)", "(Jane Roe/Reuters)".
_PAREN_RE = re.compile(r"\s*\((?P<credit>[^()]{2,120}/[^()]{1,120})\)\s*\.?$")
#: Any closing bracket: a credit by its label alone ("(Foto: Dok. KAI)").
_ANY_PAREN_RE = re.compile(r"\s*\((?P<credit>[^()]{2,120})\)\s*\.?$")
#: A credit label opening the bracket ("(Foto: Dok. Kabar Andalas/Yuni Astuti)"), and the
#: most words such a bracket holds.
MAX_PAREN_CREDIT_WORDS = 10
_PAREN_LABEL_RE = re.compile(
    rf"(?:{_LABEL})\s*[:：]\s*|(?:foto|photo|fot\.)\s+(?=[A-ZÀ-Þ])", re.IGNORECASE
)
#: A bracket naming where a photo came from with no name: "(Submitted photo)", "(File
#: photo)", "(Herald photo)" (US local papers' credits for readers' and archive pictures).
_PAREN_PROVENANCE_RE = re.compile(
    r"^(?P<whose>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}?)(?:\s+file)?\s+"
    r"(?:photo(?:graph)?s?|picture|image)$",
    re.IGNORECASE,
)
#: Who supplies a photo, as such a bracket names it ("Submitted", "Courtesy", "Staff").
_PROVENANCE_WORDS = frozenset(
    {"submitted", "contributed", "courtesy", "file", "staff", "provided", "supplied",
     "handout", "archive", "special", "pool", "family"}
)  # fmt: skip
#: Where the last caption sentence ends and a trailing credit may begin.
_SENTENCE_END_RE = re.compile(r"[.!?][”\"]?\s+(?=\S)")
_BAR_RE = re.compile(r"\s+[|│]\s+")
#: A spaced dash before a closing credit ("… harbour wall — Ruth Kane/Reuters").
_DASH_RE = re.compile(r"\s+[–—-]\s+")
#: One slash-joined part of a credit: a name or an agency, maybe with "via"/"for", or a
#: paper's own "photo" ("(Courier photo/Ansel Viken)", "(Staff photo/Jim Ode)").
_CREDIT_PART = (
    r"[A-ZÀ-Þ©][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|via|for|the|de|van|von|al|da|photos?))*"
)
_SLASH_CREDIT_RE = re.compile(rf"^{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART})+\.?$")
#: A French or Italian credit labelled without a colon after the caption's last sentence:
#: "… ouverte en 1972. Photo Pierre Lemoine", "Photo DR", "Photo Progrès/Jean Dupont".
_BARE_LABEL_RE = re.compile(
    rf"(?<=[.!?»”])\s+(?:Photo|PHOTO|Foto|FOTO)\s+"
    rf"(?P<credit>{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART})*)\.?$"
)
#: A line that is such a label and a slash-joined or agency credit: "Photo AFP/Jean Dupont".
_BARE_LINE_RE = re.compile(
    rf"^(?:Photo|PHOTO|Foto|FOTO)\s+(?P<credit>{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART})*\.?)$"
)
#: Such a credit is a name or an agency: at most this many words.
MAX_BARE_CREDIT_WORDS = 5
#: "Jane Roe for The Example Times" (the form many newspapers use for commissioned photos).
_FOR_CREDIT_RE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}\s+for\s+The\s+"
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,4}\.?$"
)
#: Capitalised words, one to five: a name as one part of a slash credit.
_CREDIT_NAME_RE = re.compile(r"^[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,4}$")
#: A person's name as one part of a slash credit: two to four capitalised words.
_PERSON_RE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$")
#: Credits in lower case that still name who took the picture.
_SELF_CREDITS = frozenset(
    {"the author", "the writer", "the photographer", "the artist", "the family", "the subject"}
)
#: Photo agencies and picture desks that end a caption by themselves.
_AGENCIES = frozenset(
    {
        "reuters",
        "ap",
        "ap photo",
        "afp",
        "getty",
        "getty images",
        "afp/getty images",
        "afp via getty images",
        "epa",
        "epa-efe",
        "efe",
        "shutterstock",
        "alamy",
        "pa",
        "pa images",
        "pa wire",
        "pa media",
        "bloomberg",
        "xinhua",
        "anadolu",
        "dpa",
        "ansa",
        "kyodo",
        "sipa",
        "handout",
        "file photo",
        "associated press",
        "the associated press",
        "canadian press",
        "the canadian press",
        "agence france-presse",
        "imago",
        "picture alliance",
        "zuma press",
        "nurphoto",
        "sopa images",
        "rex/shutterstock",
        # The same agencies as Arabic, Hebrew, Persian, Turkish and Russian captions name them,
        # and Turkish and Russian national agencies.
        "رويترز",
        "أ ف ب",
        "فرانس برس",
        "أسوشيتد برس",
        "الأناضول",
        "איי-פי",
        "רויטרס",
        "خبرگزاری فرانسه",
        "aa",
        "dha",
        "iha",
        "i̇ha",
        "тасс",
        "риа новости",
    }
)
#: An outlet in a "/"-joined credit: "The Northern Sentinel", or written in capitals ("THE
#: CANADIAN PRESS", "CBC"). Beside a person's name it makes a parenthesised credit
#: ("(Noor Halvorsen/The Northern Sentinel)"), where "(Human/Technology Interaction)" is not one.
_OUTLET_RE = re.compile(
    r"^(?:The\s+[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*)*|[A-Z][A-Z .&'’-]+)$"
)
#: A gallery's counter: "1 of 12", "3/10", "Image 4 of 9", "Photo 2 / 5".
_COUNTER = r"(?:(?:image|photo|picture|slide|foto)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}"
_COUNTER_RE = re.compile(rf"{_COUNTER}", re.IGNORECASE)
#: A labelled counter opening a caption ("Image 4 of 9 Boats moored…"); a bare "2 of 3" before
#: words may be the caption's own ("2 of 3 voters…"), so it is cut only when labelled.
_LEADING_COUNTER_RE = re.compile(
    r"^(?:image|photo|picture|slide|foto)\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[:.|–—-]?\s+",
    re.IGNORECASE,
)
#: A bare counter before a capitalised caption ("1 of 3 Volunteers at Gull Bay …": the
#: gallery's counter in its own element, read into the caption); "2 of 3 voters" and
#: "9/11 Memorial" stay.
_BARE_COUNTER_RE = re.compile(r"^(\d{1,3})\s+of\s+(\d{1,3})\s+(?=[A-ZÀ-Þ])")
#: Words that end the name of a news outlet or picture desk ("Prairie Wire", "Valley Echo",
#: "Harbour Images"): beside a person's name in a parenthesised "/" credit they make the other
#: part the outlet ("(Leon Marsh/Prairie Wire)"), where "(Jane Roe/John Doe)" names two people.
_OUTLET_NOUNS = frozenset(
    {
        "wire", "news", "newswire", "press", "times", "post", "herald", "daily", "gazette",
        "tribune", "journal", "chronicle", "sentinel", "courier", "observer", "telegraph",
        "mail", "express", "ledger", "examiner", "dispatch", "record", "review", "bulletin",
        "standard", "guardian", "independent", "mercury", "echo", "argus", "beacon", "citizen",
        "globe", "inquirer", "enquirer", "register", "advertiser", "advocate", "leader",
        "reporter", "today", "weekly", "magazine", "media", "network", "radio", "tv",
        "television", "broadcasting", "images", "photos", "photography", "pictures", "agency",
        "studio", "studios", "archive", "archives", "collection", "handout",
    }
)  # fmt: skip
#: The label a screen reader hears before a caption, printed in visually hidden text
#: ("Image caption, Firefighters at the scene": BBC pages).
_HIDDEN_LABEL_RE = re.compile(r"^(?:image|media|video)\s+caption\s*[,:]\s*", re.IGNORECASE)
#: A caption's show/hide button read into its text ("… near Halvard. toggle caption": NPR
#: pages print "hide caption" and "toggle caption" beside each picture).
_TOGGLE_RE = re.compile(r"\s*\b(?:hide|show|toggle|expand|collapse)\s+caption\s*$", re.IGNORECASE)
#: Caption endings that name an agency alone ("… on Sunday. Reuters").
_AGENCY_ENDINGS = tuple(f" {agency}" for agency in _AGENCIES)


#: The label a screen reader hears before a picture's credit ("Image source, Getty Images":
#: BBC pages print it in visually hidden text inside the figure).
_SOURCE_LABEL_RE = re.compile(r"^(?:image|photo|video)\s+source\s*[,:]\s*", re.IGNORECASE)


def is_gallery_counter(text: str) -> bool:
    """Whether a caption line is only a gallery's counter ("1 of 12", "Image 3/10")."""
    return len(text) < 20 and _COUNTER_RE.fullmatch(text.strip()) is not None


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """(caption without the photo credit, the credit or None).

    A screen reader's "Image caption," label before the caption goes too, and so does a
    gallery's labelled counter ("Image 4 of 9").
    """
    while caption.rstrip()[-7:].lower() == "caption":  # the cheap test first
        toggle = _TOGGLE_RE.search(caption, max(0, len(caption) - 40))
        if toggle is None:
            break
        caption = caption[: toggle.start()]  # "… Jane Roe/NPR hide caption toggle caption"
    label = _HIDDEN_LABEL_RE.match(caption.lstrip())
    if label is not None:
        caption = caption.lstrip()[label.end() :]
    source = _SOURCE_LABEL_RE.match(caption.lstrip())
    if source is not None:
        credit = caption.lstrip()[source.end() :].strip()
        if _is_short(credit):
            return "", credit
    counter = _LEADING_COUNTER_RE.match(caption.lstrip()) or _BARE_COUNTER_RE.match(
        caption.lstrip()
    )
    if counter is not None and (counter.lastindex != 2 or int(counter[1]) <= int(counter[2])):
        caption = caption.lstrip()[counter.end() :]
    text = caption.strip()
    if len(text) < 2 or len(text) > MAX_CAPTION_CHARS:
        return caption, None
    if not _has_mark(text):
        return caption, None
    finders = (
        _shot_by_credit,
        _paren_credit,
        _labelled_credit,
        _bare_label_credit,
        _bar_credit,
        _dash_credit,
        _trailing_credit,
    )
    for finder in finders:
        found = finder(text)
        if found is not None:
            rest, credit = found
            # The mark that stood between the caption and its credit goes with the credit
            # ("… پس از مرمت؛ عکس: …").
            return rest.rstrip(" |–—-,;؛،"), credit
    return caption, None


def credit_line(text: str) -> str | None:
    """The credit when a whole line is a photo credit and nothing else, else None: a labelled
    one ("Image credit: © Depositphotos.com/A. Lozovyi", "Photo: Ruth Kane", "© Ruth Kane")
    or a "/"-joined one naming a photo agency ("Getty Images / Holger Leue")."""
    text = text.strip()
    if len(text) < 4 or len(text) > TAIL_CHARS:
        return None
    source = _SOURCE_LABEL_RE.match(text)
    if source is not None:
        return text[source.end() :].strip() or None
    match = _CREDIT_LINE_RE.match(text)
    if match is not None:
        credit = " ".join(match["credit"].replace("©", " ").split()).rstrip(". ")
        if not credit:
            return None  # "Photo: ...", "© ."
        # "Picture this: a quiet town" is prose; a credit names someone, or an address. A
        # Russian credit names a press office or an archive in lower case ("Фото:
        # пресс-служба мэрии", "Фото: архив редакции").
        named = (
            not credit[0].islower()
            or "/" in credit
            or ".com" in credit
            or "\u0430" <= credit[0] <= "\u045f"
        )
        return credit if named and _is_short(credit) else None
    found = _trailing_credit(text) if "/" in text else None
    if found is not None and not found[0].strip():
        return found[1]
    bare = _BARE_LINE_RE.match(text)
    if bare is not None and _looks_like_credit(bare["credit"]):
        return bare["credit"].rstrip(".")  # "Photo AFP/Marc Lenoir", "Foto dpa"
    return None


#: A line that is a label and its credit: "Photo credit: ©iStock.com/fizkes", "© Ruth Kane".
_CREDIT_LINE_RE = re.compile(
    rf"^(?:(?:{_LABEL})\s*(?:[:：=]|\bby\b)|©|\(c\))\s*©?\s*(?P<credit>\S.*)$", re.IGNORECASE
)


#: A sentence inside a would-be credit ("2013. It is reprinted here …") means it is prose.
_INNER_SENTENCE_RE = re.compile(r"[a-z\d]{2}[.!?]\s")
#: Fewest words before a trailing credit: "34. Human/Technology Interaction" is a list item.
MIN_CAPTION_WORDS = 3


#: Something every credit form carries near the caption's end: a slash, a bar, a copyright
#: sign, a label word, "for The …", or a photo agency's name as the last word.
_MARKS = (
    "/",
    "|",
    "│",
    "©",
    "(c)",
    "photo",
    "picture",
    "image",
    "credit",
    "map:",
    "graphic:",
    "picha",
    "courtesy",
    "illustrat",
    "foto",
    "bild",
    "crédit",
    " for the ",
    "fotoğraf",
    "фото",
    "تصوير",
    "صورة",
    "عدسة",
    "عکس",
    "צילום",
    "φωτ",
    "fot.",
    "zdjęci",
    "ảnh",
    "사진",
    "फोटो",
    "फ़ोटो",
    "\u095eोटो",  # the same with a precomposed फ़
    "चित्र",
    "तस्वीर",
    "ภาพ",
    "摄",
    "攝",
    "撮影",
    "提供",
    "供图",
    "供圖",
    "图",
    "圖",
    "写真",
)


#: The marks an all-ASCII caption can hold (most captions are).
_ASCII_MARKS = tuple(mark for mark in _MARKS if mark.isascii())


def _has_mark(text: str) -> bool:
    """The cheap common case first: no credit mark near the end means no credit."""
    tail = text[_tail(text) :].lower()
    marks = _ASCII_MARKS if tail.isascii() else _MARKS
    return any(mark in tail for mark in marks) or tail.rstrip(". ").endswith(_AGENCY_ENDINGS)


def _tail(text: str) -> int:
    """Where the closing stretch that may hold a credit begins."""
    return max(0, len(text) - TAIL_CHARS)


def _is_short(credit: str) -> bool:
    """Few enough words for a credit, on one line, with no sentence inside."""
    return (
        0 < len(credit.split()) <= MAX_CREDIT_WORDS
        and "\n" not in credit
        and not _INNER_SENTENCE_RE.search(credit)
    )


def _shot_by_credit(text: str) -> tuple[str, str] | None:
    if not text.rstrip("）) ").endswith(("摄", "攝", "撮影", "提供", "供图", "供圖")):
        return None
    match = _SHOT_BY_RE.search(text, _tail(text))
    if match is None:
        return None
    rest = text[: match.start()]
    paren = match["paren"]
    where, _, who = (paren or "").rpartition("、")
    if where.strip() and who.strip():
        # Where the picture was taken from stays with the caption: "（本社ヘリから、山田花子撮影）"
        # credits 山田花子, shot from the paper's helicopter.
        rest = f"{rest}{text[match.start()]}{where.strip()}{text[match.end() - 1]}"
        paren = who
    credit = _REPORTER_RE.sub("", (paren or match["spaced"] or match["glued"]).strip())
    return (rest, credit) if _is_short(credit) else None


def _paren_credit(text: str) -> tuple[str, str] | None:
    if not text.endswith((")", ").")):
        return None
    match = _PAREN_RE.search(text, _tail(text)) or _ANY_PAREN_RE.search(text, _tail(text))
    if match is None:
        return None
    credit = match.group("credit").strip()
    labelled = _PAREN_LABEL_RE.match(credit)
    if (
        labelled is not None
        and credit[labelled.end() : labelled.end() + 1].isupper()
        and len(credit.split()) <= MAX_PAREN_CREDIT_WORDS
    ):
        # "(Foto: Dok. Kabar Andalas/Yuni Astuti)": the label says it, abbreviations and all
        # ("Dok.", Indonesian for a file photo).
        return text[: match.start()], credit[labelled.end() :]
    provenance = _PAREN_PROVENANCE_RE.match(credit)
    if provenance is not None and (
        provenance["whose"].lower() in _PROVENANCE_WORDS
        or provenance["whose"].split()[-1].lower() in _OUTLET_NOUNS
    ):
        return text[: match.start()], credit  # "(Submitted photo)", "(Tribune file photo)"
    if (
        not _is_short(credit)
        or not _SLASH_CREDIT_RE.match(credit)
        or not (_names_agency(credit) or "photo" in credit.lower() or _person_and_outlet(credit))
    ):
        return None
    return text[: match.start()], credit


def _person_and_outlet(credit: str) -> bool:
    """Whether a "/"-joined credit names a person and an outlet, in either order.

    An outlet is "The …", written in capitals, or capitalised words ending in an outlet's noun
    ("Prairie Wire", "Harbour Images")."""
    parts = re.split(r"\s*/\s*", credit.rstrip("."))
    people = {
        i
        for i, part in enumerate(parts)
        if _PERSON_RE.match(part) and not part.startswith("The ") and not part.isupper()
    }
    outlets = {
        i
        for i, part in enumerate(parts)
        if _OUTLET_RE.match(part)
        or (_CREDIT_NAME_RE.match(part) and part.rsplit(None, 1)[-1].lower() in _OUTLET_NOUNS)
    }
    return any(i != j for i in people for j in outlets)


def _labelled_credit(text: str) -> tuple[str, str] | None:
    match = _LABELLED_RE.search(text, _tail(text))
    if match is None:
        return None
    credit = match.group("credit").strip().rstrip(".")
    label = match.group("label")
    lead = text[match.start() : match.start("label")]
    bracketed = "(" in lead or "（" in lead
    whose = lead.strip(" (（|–—/-")  # "Staff" in "Staff photo by …"
    if not _is_short(credit) or (
        label[0].islower() and not label.startswith("fot.") and not bracketed and not whose
    ):
        return None  # "the biggest photograph: …" is prose; labels are capitalised
    # Names start with a capital, or a letter of a script without case (Arabic, Hebrew).
    if not (
        (credit[0].isalpha() and not credit[0].islower())
        or (credit[0].isdigit() and label[0] in "©(")
        or "\u0430" <= credit[0] <= "\u045f"  # "Фото: пресс-служба мэрии", as credit_line
        or _names_agency(credit)  # "Bild: dpa", "Foto: dpa/Harald Tittel"
        or (credit.startswith("the ") and credit[4:5].isupper())  # "Courtesy of the Port …"
        or credit.lower() in _SELF_CREDITS  # "Photo by the author."
    ):
        return None
    return text[: match.start()], credit


def _bare_label_credit(text: str) -> tuple[str, str] | None:
    match = _BARE_LABEL_RE.search(text, _tail(text))
    if match is None or len(match["credit"].split()) > MAX_BARE_CREDIT_WORDS:
        return None
    return text[: match.start()], match["credit"]


def _bar_credit(text: str) -> tuple[str, str] | None:
    parts = _BAR_RE.split(text)
    if len(parts) != 2 or len(parts[0].split()) < MIN_CAPTION_WORDS:
        return None  # none, or a table row / a "Title | Subtitle | Site" run
    credit = parts[-1].strip().rstrip(".")
    if not _is_short(credit) or not _looks_like_credit(credit):
        return None
    return text[: text.rfind(parts[-1])], credit


def _dash_credit(text: str) -> tuple[str, str] | None:
    """A credit after the caption's last spaced dash; only a slash-joined credit or a known
    agency, since a dash also opens the second half of a sentence."""
    dashes = list(_DASH_RE.finditer(text, _tail(text)))
    if not dashes or len(text[: dashes[-1].start()].split()) < MIN_CAPTION_WORDS:
        return None
    credit = text[dashes[-1].end() :].strip().rstrip(".")
    if not _is_short(credit) or not _looks_like_credit(credit) or _FOR_CREDIT_RE.match(credit):
        return None
    return text[: dashes[-1].start()], credit


def _trailing_credit(text: str) -> tuple[str, str] | None:
    ends = list(_SENTENCE_END_RE.finditer(text, _tail(text)))
    start = ends[-1].end() if ends else 0
    if start > 0 and len(text[:start].split()) < MIN_CAPTION_WORDS:
        return None
    credit = text[start:].strip()
    if not _is_short(credit) or not _looks_like_credit(credit):
        return None
    if start == 0 and not _names_agency(credit):
        return None  # a whole line is a credit only when it names a photo agency
    return text[:start], credit.rstrip(".")


def _looks_like_credit(credit: str) -> bool:
    """A slash-joined credit, a known agency, or "Name for The Outlet"."""
    if credit.rstrip(".").lower() in _AGENCIES:
        return True
    if "/" in credit and _SLASH_CREDIT_RE.match(credit):
        parts = re.split(r"\s*/\s*", credit.rstrip("."))
        return _names_agency(credit) or any(_PERSON_RE.match(part) for part in parts)
    return _FOR_CREDIT_RE.match(credit) is not None


def _names_agency(credit: str) -> bool:
    """True when one "/"- or "|"-part or the "via" part of a credit is a known photo agency."""
    parts = re.split(r"\s*[/|]\s*|\s+via\s+", credit.rstrip(".").lower())
    return any(part in _AGENCIES or part == "pool" for part in parts)
