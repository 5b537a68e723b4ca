"""Author names from bylines and metadata values.

``parse_byline`` turns a visible byline ("By Jane Roe and John Doe, Reuters | Updated 3 hours
ago") into names; ``clean_author`` checks one candidate and returns it tidied, or None when it
is not a person's name (a site name, a URL, an e-mail, "Staff", a job title).

A news agency named alone ("By Reuters", author "AP") is kept: for a wire story republished as
is, the agency is the only author the page has, and dropping it would lose the attribution.
An agency named beside people ("Jane Roe, Reuters") is the employer, not a co-author, and goes.
"""

from __future__ import annotations

import re

from dateline.recognise.datelines import _CITIES as DATELINE_CITIES
from dateline.recognise.dates import MARKS
from dateline.recognise.given_names import given_name_gender
from dateline.recognise.names import NAME_PARTICLES
from dateline.recognise.outlet_names import fold_outlet_name, same_outlet

#: Credit lines ("Reporting by A; Editing by B") are parsed elsewhere; a byline that opens so is
#: not a byline.
_CREDIT_LINE_RE = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|"
    r"production|graphics|photos?|video)\s+(?:by|from)\b",
    re.IGNORECASE,
)
#: Words that open a byline before its names, as "By" does; the colon after them is optional
#: (a regex alternation, for the other byline recognisers too).
#: German, French, Spanish/Portuguese, Dutch, Scandinavian; Italian "di" in lower case only
#: (a capital "Di" starts surnames); Greek "Του"/"Της" (the genitive article: "Του Γιώργου …")
#: and "Γράφει ο/η" ("writes"); Arabic "بقلم" and Egyptian "كتب"/"كتبت" ("wrote", often with a
#: dash: "كتب - …"); Hebrew "מאת"; Thai "โดย"; Chinese and Japanese "记者"/"記者" (reporter);
#: Swahili "Na" before two capitalised words ("Na Amina Wekesa"), where a Korean "Na Kyung-won"
#: is a name of two.
BY_WORDS = (
    r"by|von|par|por|door|av|af|(?-i:di)|(?-i:Na|NA)(?=\s+[A-Z][^\s,]*\s+[A-Z])|του|της|"
    r"γράφει\s+(?:ο|η)|بقلم|كتب|كتبت|מאת|โดย|记者|記者"
)
#: Labels for the writer, taken only with their colon, slash or dash (a regex alternation):
#: "Author", "Автор" (Russian, Ukrainian, Bulgarian), "Автори", "Текст", Polish/Czech
#: "Autor"/"Autorka"/"Tekst", Turkish "Yazar"/"Yazan"/"Muhabir"/"Haber" ("news"), Arabic
#: "الكاتب"/"تقرير"/"إعداد", Persian "نویسنده"/"خبرنگار"/"گزارش" (report), Hebrew
#: "כותב"/"כותבת"/"כתב"/"כתבת"/"כתבה" (writer, reporter), Chinese "作者" and "文" ("文/…"), Hindi
#: "लेखक"/"संवाददाता", Indonesian "Penulis" and "Oleh" ("by", but also a Ukrainian given name),
#: Vietnamese "Tác giả", Greek "Γράφει" ("writes") with its colon and no article ("Γράφει: Μαρία
#: Γεωργίου"; capitals drop the accent: "ΓΡΑΦΕΙ:"), Kurdish Sorani "نووسینی" ("written by") and
#: Kurmanji "Nivîskar", Indonesian "Wartawan" (reporter), Vietnamese "Phóng viên" (reporter), Urdu
#: "تحریر" (writing), Hindi "रिपोर्ट" (report), Thai "ผู้เขียน" (writer), Arabic "كتب"/"كتبت" with a
#: colon.
WRITER_LABELS = (
    r"authors?|autor(?:in|es|en|ka|zy)?|auteurs?|written|writer|byline|posted|reporter|text|textos?|"
    r"автор|автори|авторы|текст|tekst|yazar|yazan|muhabir|haber|penulis|oleh|tác\s+giả|"
    r"wartawan|phóng\s+viên|"
    r"الكاتب|الكاتبة|المؤلف|تقرير|إعداد|اعداد|نویسنده|نويسنده|نوشته|خبرنگار|گزارش|كتب|كتبت|"
    r"כותב|כותבת|כתב|כתבת|כתבה|作者|文|लेखक|संवाददाता|रिपोर्ट|رپورٹ|رپورٹر|تحریر|γρ[άα]φει|نووسینی|"
    r"nivîskar|ผู้เขียน"
)
#: A line opening with a writer label and its colon ("Muhabir: Selin Karaca", "Autor: …").
WRITER_LABEL_RE = re.compile(rf"^\W*(?:{WRITER_LABELS})\s*[:：]", re.IGNORECASE)
_LEAD_RE = re.compile(
    # "our" and the writer's job before the name, as Dutch and German papers sign their staff
    # ("Door onze verslaggever Pieter de Vries", "Van onze correspondent …", "Von unserem
    # Korrespondenten …"), with where the job is ("… correspondent in Brussel").
    r"^\W*(?:by|door|van|von)\s+(?:our|onze|unserem|unserer|unseren)\s+(?:[\w-]+\s+)?"
    r"(?:verslaggever|verslaggeefster|correspondente?|redacteur|redactrice|medewerker|"
    r"medewerkster|korrespondent(?:in|en)?|redakteur(?:in)?|mitarbeiter(?:in)?|reporter(?:in)?)"
    r"(?:\s+(?:in|te)\s+(?-i:[A-Z])[\w-]*)?\s*,?\s+"
    r"|^\W*(?:text|words|story)\s*(?:&|and)\s*(?:photos?|pictures?|images?)\s*[:：]\s*"
    r"|^\W*(?:(?:written|words|story|text|posted|published|reported|article|"
    rf"analysis|opinion|commentary|review|interview(?:ed)?)\s+)?(?:{BY_WORDS})(?:\s*[:：]\s*|\s+)"
    r"(?:[-–—]\s+)?"
    rf"|^\W*(?:{WRITER_LABELS})\s*(?:[:：/]|\s[-–—]\s)\s*"
    # Portuguese and Spanish "text of": "Texto de Inês Sarmento".
    r"|^\W*(?:textos?|reportagem|reportaje)\s+de\s+"
    # Indonesian "report by <outlet>'s reporter": "Laporan Wartawan Warta Nusa, Rina Marlina".
    r"|^\W*laporan\s+(?:wartawan|reporter|koresponden(?:si)?)\b[^,]{0,40},\s*",
    re.IGNORECASE,
)
#: Where a byline stops naming people: a field separator, a number or bracket, or a date/time
#: phrase (in English, French, Spanish, Portuguese, German, Italian and Dutch: "Par Yannick Le
#: Goff Publié le 5 mars 2024", where "Le" belongs to the name and "Publié" opens the date).
_TAIL_RE = re.compile(
    r"\s*(?:[|•·⋅∙‧◦▪●—–]|\s[-/]\s|\n|\b(?:updated|published|posted|last\s+updated|modified|"
    r"publiée?|modifiée?|mis\s+à\s+jour|publicad[oa]|actualizad[oa]|atualizad[oa]|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
    # … in Indonesian, Hindi ("लेखक: अमित शर्मा प्रकाशित: 25 जुलाई"), Persian, Arabic and
    # Turkish ("Muhabir: Emre Kaya Giriş: 13.06.2024").
    r"diterbitkan|diperbarui|प्रकाशित|अपडेट|تاریخ\s+انتشار|تاريخ\s+النشر|"
    r"giriş|güncelleme|yayınlanma|"
    # The editor's credit after the writer's on one line ("Penulis: Rina Marlina Editor: Agus
    # Salim Senin, 10 Juni 2024"): an editor is no author.
    r"(?:editor|redaktur|penyunting)\s*:|"
    # An Arabic, Persian, Hebrew or Turkish weekday before the day's number ("كتبت: إيمان
    # السيد السبت، ٦ أبريل", "מאת דנה לוי יום שישי, 14 במרץ"); without the number it may be a
    # name ("Cuma", "الجمعة").
    r"(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|یکشنبه|دوشنبه|"
    r"سه\u200cشنبه|سه\s?شنبه|چهارشنبه|پنجشنبه|پنج\u200cشنبه|جمعه|شنبه|"
    r"יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)|"
    r"pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)(?=\s*[،,]?\s*\d)|"
    r"il\s+y\s+a\s+\d|há\s+\d|hace\s+\d|vor\s+\d|"
    r"on\s+(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    # … and before a day-first date: "By Jane Roe on 19 Dec 2025" kept "on" in the name.
    r"on\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    # A weekday opening a date: "Reuters Mon 2 Mar 2026", "Jane Roe Wednesday, March 4". An
    # abbreviation needs the day's number after it: "Sun", "Mon" are also names ("Li Sun,
    # March 4", "Sun Jung Kim", "Mon Decena").
    r"\b(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s+\d{1,2}\s+"
    r"|(?:(?:mon|fri|sun)day|(?:tues|wednes|thurs|satur)day),?\s+(?:\d{1,2}\s+)?)"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|"
    r"\d{1,2}\s+(?:hours?|minutes?|mins?|days?)\s+ago|\d{1,2}[:/.]\d{1,2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}|"
    r"(?:\d+\s+)?min(?:ute)?s?\s+read\b|follow\b|email\b|e-mail\b)"
    # A number opens a date in any language ("Por María Cuéllar 12 de marzo de 2025", "Von
    # Anna Beispiel 3. März"), and no name holds one; a bracket opens the writer's place
    # and role ("Par Clémence Ngo (Villemarne, envoyée spéciale)"), unless more of the name
    # follows it ("Paramita (Guha) Ghosh"). A bracket of one part is left as it was read: WCXB
    # dev's truth keeps "Lance Ryan (Content Manager)" whole.
    r"|(?<!\w)\d|\s\((?=[^()]*,)(?![^()]*\)\s*\w)"
    # … and so does a bracket opening with "in" or "at" and a place ("Par Luc Martin (à
    # Lyon)", "Por Ana Gil (en Quito)", "By Jane Roe (in Kyiv)").
    r"|\s\((?=(?:à|a|au|in|en|em|na|no|aus|from|at|desde|da|uit|w|z)\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
_BY_RE = re.compile(
    r"^(?:(?:written|authored|posted|reviewed|reported|words|story)\s+)?by\b\s*:?\s*"
    # Other languages' byline words before a name of two words or more: "Von Miller" and
    # "Par Lagerkvist" are names.
    rf"|^(?:{BY_WORDS})(?:\s*[:：]\s*|\s+)(?=\S+\s+\S)",
    re.IGNORECASE,
)
#: A label before the name on author boxes ("Author Isaiah Shelton", "Written by: …").
#: The pictures' credit in a byline that also names the writer ("Photos by Brodie Kellaway.
#: Words by Tamsin Oakes", "Text: Tamsin Oakes | Photos: Brodie Kellaway"): a photographer,
#: illustrator or video maker, not an author.
#: Also on a line of its own ("Текст: Алина Лаптева<br>Фото: Денис Орлов") and in Portuguese
#: and Spanish ("Texto de Inês Sá · Fotografia de Rui Leal").
_PICTURE_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.|;·•\n]))\s*(?:photos?|photographs?|photography|pictures?|images?|videos?|"
    r"illustrations?|graphics?|fotos?|bilder?|fotografias?|fotografías?|фото)"
    r"\s*(?:by\b|de\b|:)[^.|;·•\n]*",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"^(?:authors?|writer|written by|posted by|submitted by|contributor)\b\s*:?\s+"
    rf"|^(?:{WRITER_LABELS})\s*[:：]\s*",
    re.I,
)
#: Words that templates glue after a name: the dateline under it, a sponsor tag. Months that
#: are also names ("Theresa May") count only when a day follows.
_TRAILER_RE = re.compile(
    r"\s+(?:(?:(?:jan|febr)uary|september|october|november|december)\b.*"
    r"|(?:sponsored|contributor|updated|published)\b.*"
    r"|(?:march|april|may|june|july|august)\s+\d.*)$",
    re.I,
)
_EMAIL_RE = re.compile(r"\S+@\S+\.\w+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
_URL_RE = re.compile(r"https?://\S+|www\.\S+")
#: "for Reuters", "for The Daily Example": the employer, not a name.
_FOR_RE = re.compile(
    # Tabloids shout it with the name: "By RAVI SHANKAR FOR THE DAILY CLARION".
    r"\s+(?:for|für|pour|para|per|voor|FOR|For)\s+(?:(?:the|THE|The)\s+)?[A-Z0-9].*$"
)
#: The comma (also Arabic "،" and Chinese "、") and semicolon clauses of a byline, and the
#: ampersand segments of a clause, before "and" is read.
#: First code point of the scripts that write names unspaced (Hangul Jamo and all after it).
_UNSPACED_SCRIPTS = 0x1100
_CLAUSE_RE = re.compile(r"\s*[,;،、]\s*")
_AMPERSAND_RE = re.compile(r"\s*&\s*")
#: Words for "and" between two names: English, German, French, Scandinavian, Dutch, Turkish,
#: Greek and Ukrainian ("та"); lower case only, as they are written between names.
#: In capitals too, as a byline set in capitals prints it ("BY ANA RUIZ AND TOM OKAFOR" was one
#: name of five words).
_AND_WORDS = r"and|und|et|og|och|en|ve|dan|και|та|AND|UND|OCH"
#: "with" in the languages bylines write it: English, French, Spanish, Portuguese, German,
#: Dutch and Scandinavian.
WITH_WORDS = "with|avec|con|com|mit|met|med"
#: "with" after a full name joins a co-writer as "and" does ("By Jane Roe with Tom Berg"); a
#: credit clause it opens ("with additional reporting by …") is then no name and is dropped.
#: After anything but a name it names whom a piece is with ("Interview with Jane Roe"). The
#: word in French, Spanish, Portuguese, Italian, German, Dutch and Scandinavian too ("Par
#: Élodie Marchand avec AFP", "Von Jonas Brandt mit dpa").
_WITH_AFTER_NAME_RE = re.compile(
    r"\b([A-ZÀ-ÖØ-Þ][\w'’.-]+(?: (?:de|da|do|dos|del|di|du|van|von|der|den|le|la)){0,2} "
    rf"[A-ZÀ-ÖØ-Þ][\w'’.-]+),? (?:{WITH_WORDS}) (?=\S)"
)
#: One-letter "and"s: Spanish y/e, Portuguese and Italian e, Polish i, Russian и, Ukrainian
#: і/й, Arabic and Persian "و" written apart; only as a word with a space on each side.
_AND_LETTERS = "yeiиійو"
_SPLIT_RE = re.compile(rf"\s*(?:[,;&،、]|\b(?:{_AND_WORDS})\b)\s*|\s+[{_AND_LETTERS}]\s+")
#: Hebrew "ו" and Arabic/Persian "و" ("and") glued to the second of two names ("יוסי לוי
#: ודנה כהן").
_GLUED_AND = "וو"
#: Given names and name words that begin with that letter, never split: Arabic Walid, Wael,
#: Wisam, Wafa, Wadad, Wajdi, Wadih, Wahid, Wahib, Ward, Warda, Wasfi, Waddah, Walaa, Wiam,
#: Wajih, Wahba, Wasim, Wafiq, Ould ("son of"); Hebrew Vered, Victor, Vladimir, Vitaly, Valery.
_GLUED_AND_NAMES = frozenset(
    {
        "وليد", "ولید", "وائل", "وسام", "وفاء", "وداد", "وجدي", "وجدی", "وديع", "وحيد", "وحید",
        "وهيب", "ورد", "وردة", "وصفي", "وضاح", "ولاء", "وئام", "وجيه", "وهبة", "وسيم", "وفيق",
        "ولد", "ولي", "ولی", "ורד", "ורדה", "ויקטור", "ויקטוריה", "ולדימיר", "ויטלי", "ולרי",
    }
)  # fmt: skip
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SPACE_RE = re.compile(r"\s+")
#: Punctuation and spaces at either end of a name; combining marks (the vowel signs ending
#: "शर्मा" or "ใจดี") are part of the name, though ``\W`` matches them.
_EDGE_RE = re.compile(rf"^(?:[^\w{MARKS}]|_)+|(?:[^\w{MARKS}]|_)+$")
_CREDENTIAL_RE = re.compile(
    r"^(?:[A-Z]{2,6}|Ph\.?\s?D\.?|M\.?D\.?|M\.?S\.?|B\.?A\.?|M\.?A\.?|Jr\.?|Sr\.?|I{2,3}|IV|"
    r"[A-Z]-?[A-Z]{2,5}(?:\s+\d+)?)$"
)

#: Words that describe a job or a desk; a candidate made only of these is a role, not a name.
_ROLE_WORDS = frozenset(
    [
        "senior",
        "junior",
        "chief",
        "deputy",
        "managing",
        "executive",
        "associate",
        "assistant",
        "contributing",
        "contributor",
        "contributors",
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "editorial",
        "columnist",
        "columnists",
        "journalist",
        "journalists",
        "freelance",
        "freelancer",
        "photographer",
        "photographers",
        "producer",
        "producers",
        "publisher",
        "special",
        "to",
        "the",
        "of",
        "for",
        "in",
        "at",
        "and",
        "news",
        "desk",
        "desks",
        "bureau",
        "team",
        "newsroom",
        "political",
        "foreign",
        "national",
        "international",
        "digital",
        "business",
        "economics",
        "economy",
        "sports",
        "sport",
        "science",
        "health",
        "technology",
        "tech",
        "culture",
        "arts",
        "opinion",
        "investigative",
        "local",
        "metro",
        "world",
        "white",
        "house",
        "washington",
        "politics",
        "affairs",
        "correspondence",
        "global",
        "online",
        "web",
        "content",
        "guest",
        "author",
        "authors",
        "admin",
        "administrator",
        "administration",
        "moderator",
        "webmaster",
        "editorial-team",
        "press",
        "release",
        "releases",
        "wire",
        "service",
        "services",
        "agency",
        "agencies",
        "reports",
        "report",
        "staffer",
        "member",
        "members",
        "our",
        "your",
        "large",
        "at-large",
        "anchor",
        "host",
        "presenter",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "marketing",
        "manager",
        "director",
        "founder",
        "ceo",
        "co-founder",
        "coordinator",
        "specialist",
        "strategist",
        "lead",
        "head",
        "intern",
        "interns",
        "community",
        "blogger",
        "bloggers",
        "blog",
        "unknown",
        "anonymous",
        "n/a",
        "none",
        "null",
        "undefined",
        "sponsored",
        "partner",
        "content",
        # Staff-reporter credits of South Asian and Middle Eastern papers: Bengali "নিজস্ব
        # প্রতিবেদক", Hindi "संवाददाता"/"प्रतिनिधि", Urdu "نمائندہ", Persian "خبرنگار", Arabic
        # "مراسل".
        "নিজস্ব",
        "প্রতিবেদক",
        "সংবাদদাতা",
        "संवाददाता",
        "प्रतिनिधि",
        "ब्यूरो",
        "نمائندہ",
        "خبرنگار",
        "مراسل",
        "mwandishi",  # Swahili: "Mwandishi Wetu", our writer
        "wetu",
    ]
)
#: Job nouns that end a role ("Diplomatic Correspondent"); a person's surname is never one.
_ROLE_NOUNS = frozenset(
    [
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "writer",
        "writers",
        "columnist",
        "journalist",
        "photographer",
        "contributor",
        "producer",
        "publisher",
        "analyst",
        "intern",
        "expert",
        "experts",
        "muhabiri",
    ]
)
#: Jobs written before a byline's name ("By Meteorologist Jenna Castellano").
_JOBS_BEFORE_NAMES = frozenset(
    {
        "meteorologist", "reporter", "correspondent", "columnist", "editor", "photographer",
        "anchor", "producer", "journalist", "critic", "economist",
    }
)  # fmt: skip
#: A Japanese paper's bureau, desk or office written before the reporter's name: "支局" and
#: "総局" (bureaus), "支社"/"本社" (offices), "通信部", "報道部" (news desks).
_JAPANESE_BUREAUS = ("支局", "総局", "支社", "本社", "通信部", "報道部", "取材班")
#: Job nouns that open a role in languages that put the job first ("כתבת הנגב", the Negev
#: correspondent; "envoyée spéciale"; "corresponsal en Lima"), and Turkish, which puts it last
#: ("İzmir muhabiri").
_ROLE_FIRST_NOUNS = frozenset(
    {
        "כתב", "כתבת", "כתבנו", "مراسل", "مراسلة", "corresponsal", "enviado", "enviada",
        "redactor", "redactora", "periodista", "correspondant", "correspondante", "envoyé",
        "envoyée", "journaliste", "rédacteur", "rédactrice", "correspondente", "repórter",
        "jornalista", "korrespondent", "korrespondentin", "redakteur", "redakteurin",
        "corrispondente", "inviato", "inviata", "giornalista", "корреспондент", "wartawan",
        "koresponden",
    }
)  # fmt: skip
#: Job nouns written after a name in languages whose names are one word or unspaced: Korean
#: "기자" (reporter), "특파원" (correspondent), Chinese and Japanese "记者"/"記者", Hindi
#: "संवाददाता". "김민수 기자" is a name and its job, where "Labour Correspondent" is a job.
_NAME_SUFFIX_ROLES = frozenset(
    {
        "기자", "특파원", "선임기자", "객원기자", "수습기자", "인턴기자", "記者", "记者", "特派員",
        "特派员", "संवाददाता",
    }
)  # fmt: skip
#: Desks and beats that qualify a job noun ("Health Reporter", "Political Correspondent");
#: none is a surname that would stand before a job noun in a byline.
_BEAT_WORDS = frozenset(
    {
        "political", "politics", "health", "business", "science", "sports", "sport", "foreign",
        "economics", "economic", "economy", "education", "environment", "environmental",
        "climate", "technology", "tech", "crime", "courts", "legal", "metro", "local",
        "national", "international", "world", "diplomatic", "defence", "defense", "security",
        "entertainment", "arts", "culture", "music", "film", "food", "travel", "lifestyle",
        "investigative", "data", "digital", "media", "energy", "transport", "property",
        "finance", "financial", "markets", "consumer", "weather", "video", "breaking", "news",
        "autos", "automotive", "motoring", "cars",
        "general", "special", "city", "state", "regional", "parliamentary", "washington",
        "white", "house", "europe", "africa", "asia", "middle", "east", "latin", "america",
    }
)  # fmt: skip
#: Candidates that are never a person's name, compared after folding case.
_NOT_NAMES = frozenset(
    {
        "staff",
        "admin",
        "administrator",
        "editor",
        "editors",
        "editorial",
        "editorial team",
        "editorial staff",
        "news desk",
        "web desk",
        "newsroom",
        "guest",
        "guest author",
        "anonymous",
        "unknown",
        "contributor",
        "team",
        "author",
        "by",
        "user",
        "root",
        "webmaster",
        "null",
        "none",
        "undefined",
        *[
            "mon",
            "tue",
            "wed",
            "thu",
            "fri",
            "sat",
            "sun",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
        ],
        *[
            "sunday",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
        ],
        *[
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "today",
        ],
        *["yesterday", "updated", "published", "posted", "share", "menu", "home"],
    }
)
#: A newsroom's desk or the wires as a whole signing a story, in the languages of its byline
#: words ("Redaktion", "La Rédaction", "Redacción", "Redazione", "Redação", "Redactie",
#: "Redakcja", "Редакция", "Redaksi", Turkish "Haber Merkezi" (news centre, also after a
#: city or the paper's name), "Agencias", "Agenzie", Arabic "وكالات" (agencies), Urdu and Hindi
#: "desk" ("ویب ڈیسک", "डिजिटल डेस्क"), Ukrainian "Редакція"); the desk alone or after one word
#: ("Online-Redaktion", "Web Desk"), not after a person ("Jane Roe, Redaktion").
_DESK_RE = re.compile(
    r"^(?:[^\s,]+[\s-])?(?:redaktion|r[ée]daction|redacci[óo]n|redazione|reda[çc][ãa]o|redactie|"
    r"redakcja|редакция|редакція|redaksi|haber\s+merkezi|agencias|agenzie|agências|agences|"
    r"وكالات|ڈیسک|डेस्क|desk)$"
)
_AGENCIES = frozenset(
    {
        "reuters",
        "ap",
        "associated press",
        "the associated press",
        "afp",
        "agence france-presse",
        "agence france presse",
        "dpa",
        "efe",
        "ansa",
        "upi",
        "pa",
        "pa media",
        "press association",
        "bloomberg",
        "xinhua",
        "kyodo",
        "anadolu",
        "tass",
        "ians",
        "pti",
        "cnn wire",
        # National agencies that sign copy after a name, often in brackets ("Autor: Jan Nowak
        # (PAP)"): Polish, Dutch, Belgian, Swiss, Czech, Hungarian, Portuguese, Spanish,
        # Norwegian, Danish, Australian, Canadian, Korean, Ukrainian.
        "pap",
        "anp",
        "belga",
        "sda",
        "keystone-sda",
        "čtk",
        "ctk",
        "mti",
        "lusa",
        "europa press",
        "ntb",
        "ritzau",
        "aap",
        "the canadian press",
        "canadian press",
        "yonhap",
        "ukrinform",
    }
)


#: An agency's name closing a byline's last name, with a space before it.
_GLUED_AGENCY_RE = re.compile(
    r"\s((?:the\s+)?associated\s+press|agence\s+france[-\s]presse|reuters|bloomberg)\s*$",
    re.IGNORECASE,
)
#: A name of two to four words, then the place its writer reports from: "Chris Doyle at
#: Kingsmead Park", "Jane Roe in Kyiv".
_VENUE_RE = re.compile(
    r"^(\S+(?:\s\S+){1,3}?)\s+(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}$"
)
#: Legal forms that close a company's name and no person's: "Ltd", "Inc.", "GmbH".
_COMPANY_SUFFIXES = frozenset(
    {"ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "corp", "corporation"}
)
#: Words that newspapers' names end with ("Northmere Herald", "New York Times").
_PAPER_WORDS = frozenset({
    "Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "News", "Courier", "Chronicle",
    "Telegraph", "Observer", "Today", "Daily", "Star", "Mirror", "Express", "Independent",
    "Record", "Examiner", "Inquirer", "Bulletin", "Dispatch", "Ledger", "Guardian", "Standard",
    "Sentinel", "Register", "Press", "Mail", "Globe", "Review", "Magazine", "Weekly",
})  # fmt: skip


#: A clause after a name saying where the writer reports from: "in Kyiv", Portuguese "do Rio",
#: "de Brasília", "em Lisboa", Spanish "desde Quito", French "à Lyon", German "aus Berlin".
_PLACE_CLAUSE_RE = re.compile(
    r"^(?:in|at|from|do|da|de|desde|em|en|à|aus|uit)\s+[A-ZÀ-ÖØ-Þ][^\s,]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s,]*)?$"
)


def parse_byline(text: str) -> list[str]:
    """Names in a visible byline, in order, without "By", roles, dates, agencies or e-mails.

    Returns [] for a credit line ("Reporting by …"), which is parsed elsewhere.
    """
    text = _PICTURE_CREDIT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip(" .|;·•")
    if not text or _CREDIT_LINE_RE.match(text):
        return []
    text = _EMAIL_RE.sub(" ", text)
    text = _URL_RE.sub(" ", text)
    text = _HANDLE_RE.sub(" ", text)
    text = _LEAD_RE.sub("", text, count=1)
    text = _without_place_first(text)
    text = _slashed_names(text)
    tail = _TAIL_RE.search(text)
    if tail is not None and tail.start() == 0:
        text = _after_leading_date(text)
        tail = _TAIL_RE.search(text)
    if tail:
        text = text[: tail.start()]
    text = _LEAD_RE.sub("", text.strip(), count=1)
    text = _FOR_RE.sub("", text)
    text = _SECOND_ROLE_RE.sub(_without_second_role, text)
    # A segment after a name that ends in a job noun is that person's role, even when "and"
    # joins its words ("By Jane Roe, Home and Garden Expert & Tom Berg, Staff Writer"), and
    # so is a whole clause that "&" joins ("By Jane Roe, Food & Drink Editor").
    kept: list[str] = []
    for clause in _CLAUSE_RE.split(text):
        if kept and (_is_role_segment(clause) or _PLACE_CLAUSE_RE.match(clause)):
            continue
        for segment in _AMPERSAND_RE.split(clause):
            if segment and not (kept and _is_role_segment(segment)):
                kept.append(segment)
    text = _without_place_tail(_without_outlet_tail(", ".join(kept)))
    text = _WITH_AFTER_NAME_RE.sub(r"\1, ", text)
    names: list[str] = []
    agencies: list[str] = []
    after_place = False
    parts = [half for part in _SPLIT_RE.split(text) for half in _split_glued_and(part)]
    for part in parts:
        # "By Jane Roe, Mumbai", "By Jane Roe, Kampala, Uganda": where she files from, not a
        # co-author. The city is one that wire datelines name alone; a one-word segment right
        # after it is its region or country (a co-author's name has two words or more).
        if part.strip().upper() in DATELINE_CITIES:
            after_place = True
            continue
        if after_place and len(part.split()) == 1:
            continue
        after_place = False
        glued = _GLUED_AGENCY_RE.search(part)
        if glued is not None and len(part[: glued.start()].split()) >= 2:
            # "By JANE ROE and JOHN DOE Associated Press": the agency ends the last name.
            agencies.append(glued[1])
            part = part[: glued.start()]
        part = _without_job_before(_shouted_name(_without_venue(part)))
        if _role_only(part):
            # "নিজস্ব প্রতিবেদক, সিরাজনগর" (staff reporter, Sirajnagar): a one-word segment
            # after a credit that names no one is where it was filed from.
            after_place = True
            continue
        name = clean_author(part)
        if name is None:
            continue
        if name.lower() in _AGENCIES:
            agencies.append(name)
        elif name not in names:
            names.append(name)
    return names or agencies[:1]


#: What a reporter's sign-off holds besides names, jobs and e-mails: the brackets around the
#: paper and the name ("[항구일보 김하늘 기자]") and the slash before it ("/김하늘 기자").
_SIGNOFF_MARKS_RE = re.compile(r"[\[\]/=·|]")
#: Most reporters one sign-off line names.
MAX_SIGNOFF_NAMES = 3


#: A name written without spaces: Hangul, Han ideographs, kana (and the middle dot of
#: Japanese transcribed names).
_UNSPACED_NAME_RE = re.compile(r"[\uac00-\ud7a3\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff・]+")


def signoff_names(text: str) -> list[str]:
    """The names of a line that signs a story with each writer's job after the name, as
    Korean, Chinese and Japanese stories do at their end or head ("김민준 기자 minjun.kim@…",
    "[항구일보 김하늘 기자] haneul@…", "王晓东 记者"), or [] for another line. Besides the names,
    their jobs and e-mail addresses the line may hold the paper's name inside brackets."""
    bracketed = "[" in text
    words = _SIGNOFF_MARKS_RE.sub(" ", _EMAIL_RE.sub(" ", text)).split()
    roles = [i for i, word in enumerate(words) if word in _NAME_SUFFIX_ROLES]
    if not roles or roles[0] == 0 or len(roles) > MAX_SIGNOFF_NAMES:
        return []
    named = {i - 1 for i in roles}
    others = [i for i in range(len(words)) if i not in named and i not in roles]
    # One word other than names and jobs: the paper's, before the first name in brackets.
    if others and not (bracketed and others == [roles[0] - 2]):
        return []
    if not all(_UNSPACED_NAME_RE.fullmatch(words[i - 1]) for i in roles):
        # A name of one word is whole only in the scripts that write a name unspaced; before a
        # Hindi "संवाददाता" (correspondent) one word is the paper's ("जागरण संवाददाता": review
        # of session 19).
        return []
    names = [clean_author(words[i - 1]) for i in roles]
    return [name for name in names if name] if all(names) else []


#: A story signed under its last paragraph with a dash, the writer's name and an e-mail
#: address ("— Imogen Tate, imogen.tate@example.org").
_DASHED_SIGNOFF_RE = re.compile(r"^(?:[—–]\s*|-\s+)(?P<name>[^,;|@]+?)\s*[,;|]?\s*\S+@\S+\.\w+\s*$")


def dashed_signoff(text: str) -> list[str]:
    """The writer of a dashed sign-off with an e-mail address closing a story, or [] (a dash
    and a name alone also close a quotation with its speaker: "— Mark Twain")."""
    match = _DASHED_SIGNOFF_RE.match(text.strip())
    if match is None:
        return []
    name = clean_author(match["name"])
    return [name] if name is not None and _person_name(name) else []


def _role_only(part: str) -> bool:
    words = part.split()
    return bool(words) and all(word.strip(".,()").lower() in _ROLE_WORDS for word in words)


def _shouted_name(part: str) -> str:
    """A name written in capitals without the words in ordinary case glued after it: the outlet
    of "CORINNE DESAULNIERS Meridian Press"."""
    words = part.split()
    shouted = 0
    while (
        shouted < len(words)
        and words[shouted].isupper()
        and sum(c.isalpha() for c in words[shouted]) > 1  # not an initial ("A. J. Neal")
    ):
        shouted += 1
    if shouted >= 2 and shouted < len(words) and words[shouted][:1].isupper():
        return " ".join(words[:shouted])
    return part


def _without_job_before(part: str) -> str:
    """A name without the job written before it ("Meteorologist Jenna Castellano"), or the
    Japanese bureau it files from ("浜松支局　小林真理子")."""
    words = part.split()
    if len(words) >= 3 and words[0].lower() in _JOBS_BEFORE_NAMES:
        return " ".join(words[1:])
    if len(words) == 2 and words[0].endswith(_JAPANESE_BUREAUS):
        return words[1]
    return part


def _without_venue(part: str) -> str:
    """A name without where the writer reports from ("Chris Doyle at Kingsmead Park", "Jane
    Roe in Kyiv"): a name of two words or more, then "at" or "in" and a capitalised place."""
    match = _VENUE_RE.match(part)
    return match[1] if match else part


def _without_outlet_tail(text: str) -> str:
    """A byline without the outlet its last comma names ("By Jane Roe, USA TODAY", "…, The
    Guardian", "…, Northmere Herald"): written in capitals after a name that is not, opened
    by "The", or closed by a word newspapers are named with."""
    head, comma, tail = text.rpartition(",")
    tail = tail.strip()
    if not comma or not head.strip() or not tail:
        return text
    words = tail.split()
    shouting = tail.isupper() and not head.isupper() and len(tail) > 3
    if shouting or (len(words) > 1 and (words[0] == "The" or words[-1] in _PAPER_WORDS)):
        return head
    return text


def _without_place_tail(text: str) -> str:
    """A byline without the one-word places its last commas name after a full name ("By Jane
    Roe, Cardiff", "…, Kampala, Uganda", "Na Amina Wekesa, Kisumu"): a co-author's name has
    two words or more. Names written unspaced (Korean, Chinese, Japanese: "김민수, 이지은") are
    one word and stay."""
    segments = text.split(",")
    places = 0
    while places < 2 and len(segments) - places > 1:  # a city and its region or country
        tail = segments[-1 - places].strip()
        if (
            not tail.isalpha()
            or not (tail.isupper() or tail == tail.capitalize())
            or any(ord(char) >= _UNSPACED_SCRIPTS for char in tail)
        ):
            break
        places += 1
    if not places:
        return text
    head = ",".join(segments[:-places])
    return head if len(_SPLIT_RE.split(head)[-1].split()) >= 2 else text


def joins_names(value: str) -> bool:
    """Whether an author value joins names (a comma, "&", or "and" in one of the languages
    read: "Ana Lima y Rui Costa", "יוסי לוי ודנה כהן"), so that it is one for ``parse_byline``."""
    return _SPLIT_RE.search(value) is not None or len(_split_glued_and(value)) > 1


def _split_glued_and(part: str) -> list[str]:
    """A part split where a Hebrew or Arabic "and" is glued to a second name ("יוסי לוי ודנה
    כהן"): only between names of two words or more each, and never at a given name that
    begins with the letter ("محمد أحمد وليد حسن" is one person)."""
    if not any(ch in part for ch in _GLUED_AND):
        return [part]
    words = part.split()
    for i in range(2, len(words) - 1):
        word = words[i]
        if word[0] in _GLUED_AND and len(word) > 2 and word not in _GLUED_AND_NAMES:
            return [" ".join(words[:i]), *_split_glued_and(" ".join([word[1:], *words[i + 1 :]]))]
    return [part]


_BIO_VERBS = re.compile(
    r"\s+(?:is|was|has been|has written|writes|covers|joined|specializes|specialises|"
    r"reports|leads|serves|(?:can|may) be (?:reached|contacted))\b"
)
#: The opening of a line telling how to reach the writer ("Contact reporter Jane Roe at …",
#: "You can reach Jane Roe at …"), a bio's closing line in American local papers.
_CONTACT_RE = re.compile(
    r"(?:contact|reach|email|e-mail|you can (?:reach|contact|email))\s+"
    r"(?:(?:the )?(?:reporter|writer|author|columnist)\s+)?"
)
#: The least a paragraph about its writer holds, and the closing blocks searched for one.
MIN_BIO_CHARS = 40
BIO_TAIL_BLOCKS = 3


def is_author_bio(text: str, names: set[str]) -> bool:
    """Whether a paragraph is a writer's bio: it opens with one of ``names`` (lower case),
    or its first word, and a verb that describes ("Jane Roe is a senior correspondent …",
    "Kendra covers consumer issues …")."""
    if len(text) < MIN_BIO_CHARS:
        return False
    head = text.lstrip("*_ ").lower()
    contact = _CONTACT_RE.match(head)
    if contact is not None:
        # How to reach the writer: "Contact Jane Roe at jroe@… or 555-0142."
        rest = head[contact.end() :]
        return any(rest.startswith(f"{name} at ") for name in names)
    for name in names:
        for opening in (name, name.split()[0]) if " " in name else (name,):
            if head.startswith(opening) and _BIO_VERBS.match(head, len(opening)):
                return True
    return False


#: Most words in a line that is a writer's role under the byline ("Star-Herald Staff Writer",
#: "Northwind Scotland, Highlands and Islands reporter"); one dev page moved, for the better.
MAX_ROLE_LINE_WORDS = 6


def is_role_line(text: str) -> bool:
    """Whether a short line is a writer's role or desk ("Star-Herald Staff Writer", "Labour
    Correspondent", "corresponsal en Lima"), as printed under a byline."""
    return (
        len(text.split()) <= MAX_ROLE_LINE_WORDS
        and not text.endswith((".", "!", "?"))
        and _is_role_segment(text)
    )


def _is_role_segment(segment: str) -> bool:
    words = segment.split()
    return len(words) > 1 and (
        # "Staff" after an outlet ("By Jane Roe, Harbour Echo Staff") is a role here, though
        # an author named so alone ("Podium Staff") is kept as the desk's name.
        words[-1].strip(".,()").lower() in _ROLE_NOUNS | {"staff"}
        or words[0].strip(".,()").lower() in _ROLE_FIRST_NOUNS
    )


def has_beat_word(text: str) -> bool:
    """Whether a short line holds a newsroom's beat or section word ("Breaking News", "Local
    Sport"): such a line over a date is a label, not a name."""
    return any(word.lower() in _BEAT_WORDS for word in text.split())


def split_byline(text: str) -> tuple[str, str]:
    """A byline cut where it stops naming people: ("Par Yannick Le Goff", "Publié le 5 mars
    2024"); the rest is "" when nothing follows the names."""
    lead = _LEAD_RE.match(text)
    tail = _TAIL_RE.search(text, lead.end() if lead else 0)
    if tail is None:
        return text, ""
    return text[: tail.start()].strip(), text[tail.start() :].strip()


def is_desk(text: str) -> bool:
    """Whether a byline names a newsroom's desk, no person ("Redacción", "Haber Merkezi",
    "Redaktion"), maybe after "By" ("Por Redacción")."""
    return _DESK_RE.search(_BY_RE.sub("", text.strip(), count=1).lower()) is not None


def clean_author(name: str, site_name: str | None = None) -> str | None:
    """One author candidate tidied ("JANE ROE" → "Jane Roe"), or None when it is not a name."""
    name = _BY_RE.sub("", _SPACE_RE.sub(" ", name).strip(), count=1)
    name = _LABEL_RE.sub("", name, count=1)
    name = _TRAILER_RE.sub("", name)
    head, bracket, inside = name.rstrip(" )").rpartition("(")
    if (
        bracket
        and head.strip()
        and (
            is_agency(inside)
            or (site_name and same_outlet(inside, site_name))
            or "@" in inside
            or "://" in inside
        )
    ):
        # The employer in brackets after the name ("Ana Lima (Reuters)", "(PAP)", the site's),
        # or where to reach the writer ("Ana Lima (ana.lima@example.org)").
        name = head
    name = _EDGE_RE.sub("", name)
    if name.count("(") > name.count(")"):
        name += ")"  # the bracket's own end, which the edge's punctuation took with it
    if not name or len(name) > 60 or "@" in name or "://" in name or name.startswith("www."):
        return None
    if "/" in name or any(map(str.isdigit, name)) or not any(map(str.isalpha, name)):
        return None
    if " | " in name:
        head, _, tail = name.partition(" | ")
        site = site_name is not None and same_outlet(tail, site_name)
        if not (site or _role_only(tail) or is_role_line(tail)):
            return None  # outlets in a row ("한빛일보 | 네이버", the paper and the portal)
        # The writer's role or the site after a bar ("Jane Roe | Reporter", "Jane Roe |
        # Harbour Echo"), as CMSs join them.
        name = head
    if site_name:
        name = _without_site_after(name, site_name)
    if _CREDENTIAL_RE.match(name) and name.lower() not in _AGENCIES:
        return None
    words = name.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        # A name of two words or more said twice, as an author box's image text and its
        # caption run together ("Colin Gray Colin Gray"; a WCXB dev page flattened to text).
        # One word twice is a name ("Mohamed Mohamed").
        words = words[:half]
        name = " ".join(words)
    if len(words) > 1 and words[-1] in _NAME_SUFFIX_ROLES:
        words = words[:-1]
        name = " ".join(words)
    if len(words) > 5:
        return None
    folded = name.lower()
    if folded in _NOT_NAMES or name in _NAME_SUFFIX_ROLES or _DESK_RE.search(folded):
        return None
    if len(words) > 1 and words[-1].lower().rstrip(".") in _COMPANY_SUFFIXES:
        return None  # a company issuing a press release ("Harlow Robotics Ltd"), no writer
    if site_name and same_outlet(folded, site_name) and folded not in _AGENCIES:
        return None
    if not words or _role_only(name):
        return None
    if len(words) > 1 and words[-1].lower() in _ROLE_NOUNS:
        # "Rachel Roe Writer" is a name with its role; "Labour Correspondent" only a role.
        if len(words) < 3:
            return None
        words = words[:-1]
        # The rest of the role before its noun: "Owen Pritchard Senior Political".
        while len(words) > 2 and words[-1].lower() in _ROLE_WORDS | _BEAT_WORDS:
            words = words[:-1]
        name = " ".join(words)
    if "." in name and " " not in name:
        return None  # a handle or a template placeholder ("page.head.author")
    if not name.islower() and any(
        word[0].islower() and word not in NAME_PARTICLES for word in words[1:] + words[:1]
    ):
        return None  # prose ("Insights from", "Personal finance"), not a name
    if name.isupper() and len(name) > 3:
        name = _title_case(name)
    return name


def _without_site_after(name: str, site_name: str) -> str:
    """A name without the site's own name printed after it, as a byline box sets the outlet
    beside the writer with no comma ("Brian Truitt USA TODAY" on USA TODAY's page, WCXB dev
    0106); a name of one word before the site's stays whole ("Podium Staff")."""
    site = site_name.strip()
    if not site or len(name) <= len(site) + 1 or not name.lower().endswith(" " + site.lower()):
        return name
    rest = name[: -len(site)].rstrip(" ,-–—|·•/")
    if rest.endswith(".") and len(rest.rsplit(" ", 1)[-1]) > 4:
        rest = rest[:-1]  # "Finian Cole. Meridian Wire", not "Ray Tan Jr."
    return rest if len(rest.split()) >= 2 else name


def _title_case(name: str) -> str:
    """An ALL-CAPS name in title case; one holding Turkish "İ" is folded as Turkish writes it
    ("ELİF YILDIZ" → "Elif Yıldız", not "Eli̇f Yildiz" with a stray combining dot)."""
    if "İ" not in name:
        return name.title()
    return _LETTERS_RE.sub(
        lambda match: match[0][0] + match[0][1:].replace("I", "ı").replace("İ", "i").lower(), name
    )


def is_agency(name: str) -> bool:
    """Whether a name is a news agency's ("Reuters", "AP", "Agence France-Presse")."""
    return name.strip().lower() in _AGENCIES


#: Names a printed byline may hold for its co-authors to join the declared author: more are a
#: list of contributors (WCXB dev: 25 names under a buying guide).
MAX_COAUTHORS = 4


def reconcile_authors(
    declared: list[str],
    byline: list[str],
    agency: str | None = None,
    site: str | None = None,
    credited: list[str] | None = None,
) -> list[str]:
    """The article's authors from declared metadata, the visible byline and the writers the
    credit lines name (``credits.credited_writers``).

    Declared authors win unless they only name an outlet (a news agency, the agency of the
    dateline) while the byline names people; an outlet named beside people (an agency, the
    site itself) is their employer and goes ("By Adaeze Nwosu, Meridian" under "MERIDIAN
    (Meridian) -"), and so does
    the ``site``'s own name before an unspaced name ("北浜新報 佐々木美緒", ``_without_outlet``).
    The credited writers ("Reporting by Will Dunham") are the authors of a story that names
    no person otherwise: unsigned, or signed by its agency alone.
    """
    authors = declared
    if not declared or (byline and all(_is_outlet(name, agency) for name in declared)):
        authors = byline
    elif len(declared) < len(byline) <= MAX_COAUTHORS and all(
        any(_same_person(name, printed) for printed in byline) for name in declared
    ):
        # The page prints co-authors that its metadata leaves out, as many CMSs declare only
        # the post's owner: "Written by Dr Ana Ruiz, Dr Ben Ott, Eli Voss" over a JSON-LD
        # author "Ana Ruiz" (WCXB dev 0253, and three pages "By A & B" of one site;
        # Scrapinghub: three stories). The declared spelling is kept. Each co-author must read
        # as a full name: a staff line ("IGN Staff") or a forum handle is no co-author.
        extra = [
            printed
            for printed in byline
            if not any(_same_person(name, printed) for name in declared)
        ]
        if all(_full_name(name) for name in extra):
            authors = declared + extra
    if credited and all(_is_outlet(name, agency) for name in authors):
        authors = credited
    # The site's own name beside people is their employer as an agency's is ("Por Mariana
    # Lopes, Portal Serra" on Portal Serra); alone, it is still the only attribution.
    people = [
        name
        for name in authors
        if not _is_outlet(name, agency) and not (site and same_outlet(name, site))
    ]
    found = people or list(authors)
    if site:
        found = [_without_outlet(name, site) for name in found]
    return found


#: A known city and a dash before the writer's name, as Arabic papers sign ("بيروت - ريما
#: خوري", Beirut - Rima Khoury); the name alone is cut from before the dash otherwise.
_PLACE_FIRST_RE = re.compile(r"^(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s+[-–—]\s+(?=\S)")


def _without_place_first(text: str) -> str:
    """A byline without the city that opens it before a dash, when the city is one that
    datelines name (``datelines._CITIES``)."""
    match = _PLACE_FIRST_RE.match(text)
    if match is None or match["place"].upper() not in DATELINE_CITIES:
        return text
    return text[match.end() :]


#: A job noun, "and" and what follows up to the next comma: a second title ("Executive Digital
#: Editor and Master Gardener", WCXB dev 0214 read "Master Gardener" as a co-author) or, after
#: a role, the next writer ("Staff Writer and Tom Berg").
_SECOND_ROLE_RE = re.compile(
    rf"\b(?P<noun>{'|'.join(sorted(_ROLE_NOUNS, key=len, reverse=True))})\s+(?:and|&)\s+"
    r"(?P<rest>[^,;|]+)",
    re.IGNORECASE,
)
#: Endings of job and title nouns ("Gardener", "Director", "Strategist", "Consultant").
_TITLE_ENDINGS = ("er", "or", "ist", "ant", "ent")


def _without_second_role(match: re.Match[str]) -> str:
    """The job noun alone when what follows "and" is a second title, not a name: no common
    given name opens it and a word of it ends as job nouns do."""
    words = match["rest"].split()
    if (
        not words
        or given_name_gender(words[0]) is not None
        or not any(word.lower().endswith(_TITLE_ENDINGS) for word in words)
    ):
        return match[0]
    return match["noun"]


#: Words no co-author's name holds: roles, beats and staff words.
_NOT_NAME_WORDS = _ROLE_WORDS | _ROLE_NOUNS | _BEAT_WORDS | _NOT_NAMES


def _slashed_names(text: str) -> str:
    """A byline with the slashes between its writers' names turned to commas ("Jane Roe /
    Tom Okafor"), which otherwise end the byline as a field separator does ("Jane Roe / Staff
    Writer", "Jane Roe / March 4"). Each part must read as a person's name of two or three
    words, no outlet's or agency's, and one of them open with a common given name."""
    if " / " not in text:
        return text
    parts = text.split(" / ")
    joined = parts[0]
    if not _person_name(joined):
        return text
    known = given_name_gender(joined.split()[0]) is not None
    for i, part in enumerate(parts[1:], start=1):
        tail = _TAIL_RE.search(part)
        name = part[: tail.start()] if tail else part
        known = known or (_person_name(name) and given_name_gender(name.split()[0]) is not None)
        if not (_person_name(name) and known):
            return " / ".join([joined, *parts[i:]])
        joined = f"{joined}, {part}"
    return joined


#: A date or time and the field separator after it, opening a byline ("March 4, 2025 | ").
_LEADING_DATE_RE = re.compile(r"^[^|•·]*\d[^|•·]*[|•·]\s*")


def _after_leading_date(text: str) -> str:
    """A byline without the date that opens it before a field separator, when a word for "by"
    or a common given name follows ("March 4, 2025 | Jane Roe", "4 mars 2025 · Par Luc
    Martin"); else as it was (a section there, "March 4, 2025 | Local News", is no name)."""
    match = _LEADING_DATE_RE.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    named = _LEAD_RE.sub("", rest, count=1)
    if named != rest or (rest and given_name_gender(rest.split()[0]) is not None):
        return named
    return text


def _person_name(text: str) -> bool:
    """Whether a part of a byline reads as one person's name: two or three capitalised words,
    no job's, outlet's or agency's."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(word[0].isupper() and word.lower() not in _NOT_NAME_WORDS for word in words)
        and words[-1] not in _PAPER_WORDS
        and not is_agency(text)
        # "Board Liaison Officer" is a job; "Osei Brant" a name.
        and not (
            len(words) == 3
            and words[-1].endswith(_TITLE_ENDINGS)
            and given_name_gender(words[0]) is None
        )
    )


def _full_name(name: str) -> bool:
    """Two to four capitalised words, none a role, beat or staff word ("IGN Staff", "Senior
    Editor" are not), and not a title: a last word that ends as job nouns do ("Board Liaison
    Officer") needs a common given name first ("Chris Baker")."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and all(
            (word[0].isupper() or word in NAME_PARTICLES) and word.lower() not in _NOT_NAME_WORDS
            for word in words
        )
        and (
            not words[-1].lower().endswith(_TITLE_ENDINGS)
            or given_name_gender(words[0]) is not None
        )
    )


def _same_person(declared: str, printed: str) -> bool:
    """Whether a printed byline name is a declared author's, perhaps with a title before it
    ("Dr Ana Ruiz" for "Ana Ruiz")."""
    a, b = declared.casefold(), printed.casefold()
    return a == b or b.endswith(" " + a) or a.endswith(" " + b)


def _without_outlet(name: str, site: str) -> str:
    """A name without the site's name before it, in the scripts that write a name unspaced
    ("北浜新報 佐々木美緒"); in Latin script "Podium Staff" and "CNN Business" stay whole."""
    rest = name[len(site) + 1 :] if name.startswith(site + " ") else ""
    if len(rest) < 2 or " " in rest or any(c.isascii() and c.isalpha() for c in rest):
        return name
    return rest


def _is_outlet(name: str, agency: str | None) -> bool:
    if is_agency(name):
        return True
    agency_name = fold_outlet_name(agency) if agency else ""
    return bool(agency_name) and fold_outlet_name(name).startswith(agency_name)
