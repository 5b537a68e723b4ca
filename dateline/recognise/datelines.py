"""Datelines that open a news body: "LAGOS, March 3 (Reuters) -", "WASHINGTON (AP) —".

A dateline is a place (upper case, or any case when an agency follows), maybe a region
("KYIV, Ukraine"), maybe a date, maybe an agency in parentheses or slashes, then a dash or a
colon. How much evidence is asked for depends on how common the shape is outside datelines
(measured on the body paragraphs of the scrapinghub and WCXB ground truths, where upper-case
labels such as "FYI:", "RUNNER UP:" and "Diatomaceous Earth (DE) -" open many paragraphs):

- an upper-case place with a region, a date or an agency is enough ("KYIV, Ukraine (AP) —");
- an upper-case place alone ("LONDON: ", "NEW DELHI — ") must be a well-known dateline city,
  except at the head of a story's body, where a local place before an em dash and a sentence
  is enough ("ST. CLOUD — The council…"; on the ground truths such openings outside stories
  are labels: "LIGHTWEIGHT -- Easy to carry", "AJAX — Asynchronous");
- a mixed-case place ("Cairo, March 3 (Reuters) -") needs a known news agency;
- with no dash or colon after the agency ("New Delhi, Aug 12 (PTI) The court…", "New Delhi
  [India], August 12 (ANI):" in the style of Indian wires, whose region is in brackets), the
  agency must be a known one;
- a mixed-case place with a day and an upper-case agency ("São Paulo, 14 (AE) -") is one;
- an upper-case outlet after an upper-case place and before a dash, the Indonesian style
  ("DEMAK, KABAR PANTURA -", "JAKARTA, KOMPAS.com -"), is the agency, and so is an outlet
  written in title case with an outlet's word ("JAKARTA, Warta Nusa -"); an outlet's domain
  after a place in any case, or before it, is one too ("Bandung, Kompas.com -", "TEMPO.CO,
  Jakarta -");
- at the head of a story, a place closed by a full stop and a hyphen, the Spanish-language
  papers' style, is one in either case ("ROSARIO.- Un incendio…", "Monterrey, NL.- El…").
- at the head of a story, a title-case place of up to three words, maybe with a short agency
  credit in any case, before a spaced dash and a sentence, the German and French papers'
  style, is one ("Berlin (epd) - Die Zahl…", "Bordeaux - Le tribunal…"); a list of labels
  after the dash ("Why Us - Fast setup - Open source") or a term's initials ("(DE)") is not.
- a known agency in brackets and a dash before a dateline without one is that dateline, the
  agency's ("(ANSA) - ROMA, 27 MAR - …", "(EFE).- BOGOTÁ, 27 mar - …").

Scripts without capitals, and Cyrillic, have their own wire styles, each read by its shape:

- Cyrillic (TASS, RIA): an upper-case place, a day and month, then "/AGENCY/.", "(AGENCY) —"
  or "— RIA Novosti." or a full stop ("ПРИВОЛЖСК, 14 июня. /Волжский вестник/.");
- Arabic: a place, a dash and an agency in parentheses ("العلمين - (أ ش أ) -"), or, at the
  head of a story, a place of one or two words before a dash and a sentence ("القاهرة - …");
- Devanagari: a place with a date or an agency before a danda ("इंदौर, 30 सितंबर।"), or, at
  the head of a story, a place of one or two words before a danda and a sentence ("जयपुर। …");
- Chinese (Xinhua): an agency, a place and a date, then 电 ("新华社北京6月14日电");
- Japanese: a place and the reporter or agency in lenticular brackets ("【ワシントン＝山田太郎】",
  "【北京共同】").
"""

from __future__ import annotations

import re

from dateline.model import Dateline
from dateline.recognise.dates import _MONTHS as MONTH_NUMBERS
from dateline.recognise.outlet_names import same_outlet

#: Only the opening of a paragraph is read; the longest dateline in the wire styles covered
#: ("SAN JUAN, Puerto Rico, Sept. 12, 2024 /PRNewswire/ --") is under 70 characters.
_HEAD_CHARS = 120

#: Capital letters of the Latin alphabets: Latin-1's and Latin Extended-A's ("İSTANBUL",
#: "ŁÓDŹ", "ŠIBENIK").
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_UPPER_WORD = rf"[{_CAPITALS}][{_CAPITALS}'’.-]*"
#: One place, or two a story was filed from ("LONDON/NEW YORK").
_UPPER_PLACE = (
    rf"{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,4}}(?:/{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}})?"
)
_TITLE_WORD = rf"[{_CAPITALS}][a-zß-ÿā-ž'’.-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|da|do|del|al|el|la|upon)){{0,3}}"
#: A region by name ("Puerto Rico", "Gto.") or initials ("N.J.", "B.C.S.", "S.L.P.").
_REGION = rf"(?:{_TITLE_PLACE}|(?:[A-Z]\.\s?){{1,3}}[A-Z]\.)"
_MONTH = r"[A-Za-zÀ-ÿ]{3,10}\.?"
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\.?\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # A day alone before the agency, in the style of Spanish wires: "MADRID, 14 (EUROPA PRESS)".
    r"|\d{1,2}(?=\s*[(/]))"
)
#: An agency's credit in brackets or slashes; its first letter may carry a mark (Turkish "İHA").
_AGENCY = r"(?:\((?P<agency>[^\W\d_][\w&.'/ -]{0,30})\)|/(?P<wire>[^\W\d_][\w&.' -]{0,30})/)"
#: A dash or colon; Spanish-language wires put a full stop before the dash ("(EFE).-").
_SEPARATOR = r"\s*\.?(?:--|[-–—:])(?:\s+|$)"

_UPPER_RE = re.compile(
    rf"^(?P<place>{_UPPER_PLACE}(?:,\s+{_REGION}){{0,2}}?(?:\s+\[{_REGION}\])?)"
    rf"(?:,\s+(?P<date>{_DATE}))?\s*{_AGENCY}?(?P<separator>{_SEPARATOR}|(?<=[)/])\s+(?=\S))"
)
_MIXED_RE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+{_REGION}){{0,2}}?(?:\s+\[{_REGION}\])?)"
    rf"(?:,\s+(?P<date>{_DATE}))?\s*{_AGENCY}(?P<separator>{_SEPARATOR}|\s+(?=\S))"
)
#: An upper-case place and an outlet after a comma, named without parentheses before a dash:
#: upper-case words ("KABAR PANTURA") or a domain ("KOMPAS.com"), the Indonesian style.
_OUTLET_WORD = rf"[{_CAPITALS}][{_CAPITALS}0-9&'’-]*"
_OUTLET = (
    rf"{_OUTLET_WORD}(?:\s+{_OUTLET_WORD}){{0,2}}"
    r"|[A-Za-z][\w-]*\.(?:com|co\.id|id|net|tv|news|COM|ID|NET|TV)"
)
_STOP_THEN_DASH_RE = re.compile(r"\.\s?[-–]\s*$")
_OUTLET_RE = re.compile(
    rf"^(?P<place>{_UPPER_PLACE}),\s+(?P<agency>{_OUTLET})(?P<separator>\s*(?:--|[-–—]))\s+(?=\S)"
)
#: A place in any case and an outlet's domain after its comma, or the domain first: the other
#: Indonesian styles ("Bandung, Kompas.com -", "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -",
#: "REPUBLIKA.CO.ID, JAKARTA --"). The domain says it is an outlet, whatever the case.
_DOMAIN = r"[A-Za-z][\w-]*\.(?:co\.id|com|co|id|net|tv|news|CO\.ID|COM|CO|ID|NET|TV)"
_DOMAIN_RE = re.compile(
    rf"^(?:(?P<place>{_UPPER_PLACE}|{_TITLE_PLACE}),\s+(?P<agency>{_DOMAIN})"
    rf"|(?P<outlet>{_DOMAIN}),\s+(?P<outlet_place>{_UPPER_PLACE}|{_TITLE_PLACE}))"
    r"\s*(?:--|[-–—])\s+(?=\S)"
)
#: A place in title case, maybe with its state ("Monterrey, NL", "Saltillo, Coah"), closed by
#: a full stop and a hyphen or en dash: the dateline of Latin American and Spanish papers.
_STOP_DASH_RE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+(?:{_REGION}|[A-Z]{{2,3}}))?)\.?\s?[-–]\s+(?=\S)"
)
#: A title-case place of up to three words, maybe an agency's short credit in parentheses in
#: any case ("(epd)", "(KNA)"), then a spaced dash: a German or French paper's local dateline
#: ("Berlin (epd) - Die Zahl…", "Bordeaux - Le tribunal…"), taken at the head of a story only.
_TITLE_DASH_RE = re.compile(
    rf"^(?P<place>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|la|le|am|an|upon)){{0,2}})"
    r"(?:\s+\((?P<agency>[A-Za-z][A-Za-z.-]{1,9})\))?\s+[-–—]\s+(?=\S)"
)
#: Names of days, which open a date line as a place opens a dateline ("Monday, Oct 3 -").
_WEEKDAY_RE = re.compile(r"^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?$")
#: A title-case place, maybe with its state, and a month and day before a dash: a regional
#: paper's dateline in title case ("Kestrel Bay, Oct. 3 -", "Millbrook, N.H., March 11 —").
_TITLE_DATE_RE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+{_REGION})?),\s+(?P<month>[A-Za-z]{{3,9}})\.?"
    rf"\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*[-–—]{{1,2}}\s+(?=[A-Z\"“])"
)
#: Words that name an outlet written without parentheses ("KABAR PANTURA", "WARTA SELATAN",
#: "RADAR KOTA"): without one (or a domain) the words after the place's comma are its state
#: or country ("KYIV, UKRAINE —", "SEOUL, SOUTH KOREA -", "HONOLULU, HAWAII -").
_OUTLET_WORDS = frozenset(
    {
        "KABAR", "BERITA", "WARTA", "NEWS", "POS", "POST", "TIMES", "TRIBUN", "HARIAN",
        "SUARA", "RADAR", "ANTARA", "MEDIA", "TV", "PRESS", "EXPRESS", "JURNAL", "INFO",
    }
)  # fmt: skip

#: Cyrillic wire datelines: an upper-case place, maybe a day and month, then the agency in
#: slashes (TASS: "/ТАСС/."), in parentheses before a dash as Latin-script wires print it
#: ("МОСКВА, 5 марта (Рейтер) —"), or after a dash when it is a known one (RIA: "— РИА
#: Новости."), or only a full stop or dash after the date.
_CYRILLIC_CAPITALS = "А-ЯЁІЇЄҐЎ"
_CYRILLIC_WORD = rf"[{_CYRILLIC_CAPITALS}][{_CYRILLIC_CAPITALS}'’-]+"
_CYRILLIC_AGENCIES = (
    "РИА Новости|ТАСС|Интерфакс|ИНТЕРФАКС|ПРАЙМ|РБК|Укринформ|УНИАН|БелТА|Казинформ|Sputnik"
    "|Спутник|ИТАР-ТАСС|Регнум|REGNUM|ИА Регнум|Синьхуа|Рейтер"
)
_CYRILLIC_AGENCY_RE = re.compile(_CYRILLIC_AGENCIES)
_CYRILLIC_RE = re.compile(
    rf"^(?P<place>{_CYRILLIC_WORD}(?:\s+{_CYRILLIC_WORD}){{0,2}})"
    r"(?:,\s+(?P<date>\d{1,2}\s+[а-яёіїєґў]{3,10}\.?(?:\s+\d{4}(?:\s+г\.)?)?))?"
    r"(?:\.?\s*/(?P<wire>[^/\n]{2,40})/\s*\.?"
    r"|\s*\((?P<paren>[^()\n]{2,40})\)\s*[-–—]"
    rf"|\s*[-–—]\s*(?P<agency>{_CYRILLIC_AGENCIES})\.?"
    r"|(?P<bare>\.|\s*[-–—]))(?=\s)"
)
#: Arabic datelines: a place, a dash and an agency in parentheses or guillemets (a paper:
#: «الحياة»), or a known agency named bare between dashes or before a colon; or, at the head
#: of a story, a place of one or two words before a dash and a sentence.
_ARABIC_WORD = r"[\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF]+"
_ARABIC_AGENCIES = (
    "أ ش أ|أ ف ب|أ\\.ف\\.ب|د ب أ|رويترز|وام|واس|كونا|سانا|بترا|قنا|بنا|الأناضول|وكالات"
    "|شينخوا|سبوتنيك|يو بي آي|إرنا|ايرنا|ایرنا|ایسنا|تسنیم"
)
_ARABIC_RE = re.compile(
    rf"^(?P<place>{_ARABIC_WORD}(?:\s+{_ARABIC_WORD}){{0,2}})\s*[-–—]?\s*"
    r"(?:[(（](?P<agency>[^()（）\n]{1,30})[)）]|«(?P<paper>[^«»\n]{1,30})»"
    rf"|(?P<known>{_ARABIC_AGENCIES})(?=\s*[-–—:]))\s*(?:[-–—:]\s*)?(?=\S)"
)
_ARABIC_LOCAL_RE = re.compile(rf"^(?P<place>{_ARABIC_WORD}(?:\s+{_ARABIC_WORD})?)\s+[-–—]\s+(?=\S)")
#: Arabic and Persian openers that label a story instead of placing it ("urgent", "update",
#: "video", "watch", "photos", "first", "note").
_ARABIC_NOT_PLACES = frozenset(
    [
        "عاجل",
        "تحديث",
        "فيديو",
        "شاهد",
        "بالصور",
        "صور",
        "بالفيديو",
        "ملاحظة",
        "تنويه",
        "إعلان",
        "اعلان",
        "أولا",
        "أولاً",
        "ثانيا",
        "ثانياً",
        "ثالثا",
        "ثالثاً",
        "فوری",
        "ویدیو",
    ]
)
#: Devanagari datelines: a place with a date or an agency in parentheses, then a danda, a
#: colon or a dash, or with both ("इंदौर, 30 सितंबर।", "नई दिल्ली, 30 सितंबर (भाषा) …").
_DEVANAGARI_WORD = r"[\u0900-\u0963\u0971-\u097F]+"
#: Hindi openers that greet or label instead of placing a story ("greetings", "update",
#: "breaking", "note", "attention").
_DEVANAGARI_NOT_PLACES = frozenset(["नमस्ते", "नमस्कार", "अपडेट", "ब्रेकिंग", "नोट", "सावधान", "खास"])
_DEVANAGARI_RE = re.compile(
    rf"^(?P<place>{_DEVANAGARI_WORD}(?:\s+{_DEVANAGARI_WORD}){{0,2}})"
    rf"(?:,\s*(?P<date>[\d०-९]{{1,2}}\s+{_DEVANAGARI_WORD}(?:,?\s+[\d०-९]{{4}})?))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*(?P<separator>[।:]|[-–—](?=\s))?"
)
#: Chinese wire datelines: maybe an agency (after 据, "according to"), a place and a date, then
#: 电 ("dispatch"), not a word that opens with it (电视, "television"): "新华社北京6月14日电
#: （记者…）", "（中新网上海3月2日电）".
_CHINESE_AGENCIES = (
    "新华社|中新社|中新网|中国新闻社|人民网|央视网|央广网|中央社|中评社|中評社|国际在线|光明网"
    "|环球网|澎湃新闻|本报"
)
_CHINESE_RE = re.compile(
    rf"^[（(]?据?(?P<agency>{_CHINESE_AGENCIES})?(?P<place>[\u4e00-\u9fff]{{2,8}}?)"
    r"(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日\s*[电電](?=[\s（(）)：:　]|$)"
)
#: Chinese papers' own credit, "this paper": a place, no agency.
_OWN_PAPER = "本报"
#: Japanese datelines: a place and its reporter or agency in lenticular brackets,
#: "【ワシントン＝山田太郎】", "【北京共同】".
_JAPANESE_AGENCIES = "共同|時事|ＡＦＰ時事|AFP時事|ロイター|ＡＰ|AP|新華社|聯合|ブルームバーグ"
_JAPANESE_RE = re.compile(
    r"^【(?P<place>[^【】＝=\s\d０-９]{1,12}?)"
    rf"(?:[＝=](?P<credit>[^【】\n]{{1,20}})|(?P<agency>{_JAPANESE_AGENCIES}))】"
)

#: Upper-case openers that label a story instead of placing it.
_NOT_PLACES = frozenset(
    [
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "EXCLUSIVE",
        "WATCH",
        "LISTEN",
        "NOTE",
        "FILE",
        "WARNING",
        "ANALYSIS",
        "OPINION",
        "COMMENT",
        "CORRECTION",
        "CLARIFICATION",
        "LIVE",
        "VIDEO",
        "PHOTOS",
        "PHOTO",
        "RELATED",
        "ADVERTISEMENT",
        "SPONSORED",
        "PODCAST",
        "REVIEW",
        "INTERVIEW",
        "EXPLAINER",
        "FACTBOX",
        "FACT",
        "EDITOR'S",
        "EDITORS",
        "EDITOR",
        "MORE",
        "READ",
        "SPOILER",
        "TRIGGER",
        "CONTENT",
        "DISCLAIMER",
        "URGENT",
        "FLASH",
        "ALERT",
        "DEVELOPING",
        "TRANSCRIPT",
        "SUMMARY",
        "TL;DR",
        "FYI",
        "PSA",
        "TIP",
        "TIPS",
        "QUOTE",
        # Spanish and Portuguese labels ("Nota.- Este texto fue actualizado…").
        "NOTA",
        "ACTUALIZACIÓN",
        "ATUALIZAÇÃO",
        "URGENTE",
        "ÚLTIMA",
        "AVISO",
        "RESUMEN",
        "FOTO",
        "FOTOS",
        "ENTREVISTA",
    ]
)


#: News agencies that may follow a mixed-case place, folded to lower case.
_AGENCIES = frozenset(
    [
        "reuters",
        "ap",
        "afp",
        "dpa",
        "efe",
        "ansa",
        "xinhua",
        "upi",
        "bloomberg",
        "pa",
        "ians",
        "pti",
        "cnn",
        "aa",
        "kyodo",
        "yonhap",
        "tass",
        "ria",
        "cp",
        "aap",
        "bernama",
        "ani",
        "kuna",
        "wafa",
        "spa",
        "irna",
        "nan",
        "apa",
        "anadolu",
        "sputnik",
        "bbc",
        "cna",
        "sapa",
        "mena",
        "interfax",
        "ukrinform",
        "unian",
        "nhk",
        "apa-ots",
        "anp",
        "belga",
        "ctk",
        "pap",
        "mti",
        "hina",
        "tanjug",
        "bta",
        "agerpres",
        "ntb",
        "tt",
        "lusa",
        "antara",
        "andina",
        "telam",
        "notimex",
        "petra",
        "saba",
        "sana",
        "wam",
        "qna",
        "vna",
        "pna",
        # Brazil's: Agência Estado, Agência Brasil, Folhapress, Estadão Conteúdo.
        "ae",
        "abr",
        "folhapress",
        "agência brasil",
        "agência estado",
        "estadão conteúdo",
        # Italy's and Spain's.
        "agi",
        "adnkronos",
        "askanews",
        "europa press",
    ]
) | {"thomson reuters foundation", "reuters breakingviews", "associated press", "the conversation"}
#: Dateline cities (``_CITIES``) in Arabic and Persian script, which has no capitals to tell a
#: place by: the capitals and news centres of the Arabic- and Persian-language press
#: ("القاهرة - قال …", "بيروت - ريما خوري"), the world's capitals its wires file from, and both
#: spellings where two are common (أبوظبي / أبو ظبي; عمّان / عمان, Amman or Oman: a place either
#: way).
_ARABIC_SCRIPT_CITIES = frozenset(
    {
        "القاهرة", "الإسكندرية", "بيروت", "دمشق", "حلب", "حمص", "بغداد", "البصرة", "الموصل",
        "أربيل", "عمان", "عمّان", "الرياض", "جدة", "الدمام", "مكة", "الدوحة", "الكويت",
        "المنامة", "مسقط", "صنعاء", "عدن", "دبي", "أبوظبي", "الشارقة", "الخرطوم", "طرابلس",
        "بنغازي", "تونس", "الجزائر", "وهران", "الرباط", "مراكش", "نواكشوط", "القدس", "غزة",
        "نابلس", "الخليل", "أنقرة", "إسطنبول", "طهران", "واشنطن", "نيويورك", "لندن", "باريس",
        "برلين", "موسكو", "بكين", "جنيف", "بروكسل", "روما", "مدريد", "كييف", "تهران", "مشهد",
        "اصفهان", "تبریز", "شیراز", "کابل", "هرات", "أبو ظبي", "رام الله", "الدار البيضاء",
        "المدينة المنورة",
    }
)  # fmt: skip

#: Cities that open datelines by themselves ("LONDON: ", "NEW DELHI — "): capitals and the
#: large news centres that wire and national styles name without a state or country.
_CITIES = frozenset(
    [
        "ABUJA",
        "ACCRA",
        "ALGIERS",
        "AMMAN",
        "AMSTERDAM",
        "ANKARA",
        "ATHENS",
        "ATLANTA",
        "BAGHDAD",
        "BAKU",
        "BAMAKO",
        "BANGALORE",
        "BANGKOK",
        "BEIJING",
        "BEIRUT",
        "BELGRADE",
        "BENGALURU",
        "BERLIN",
        "BERN",
        "BOGOTA",
        "BOGOTÁ",
        "BOSTON",
        "BRASILIA",
        "BRASÍLIA",
        "BRATISLAVA",
        "BRUSSELS",
        "BUCHAREST",
        "BUDAPEST",
        "CAIRO",
        "CANBERRA",
        "CARACAS",
        "CHENNAI",
        "CHICAGO",
        "COLOMBO",
        "COPENHAGEN",
        "DAKAR",
        "DALLAS",
        "DAMASCUS",
        "DENVER",
        "DETROIT",
        "DHAKA",
        "DOHA",
        "DUBAI",
        "DUBLIN",
        "DURBAN",
        "FRANKFURT",
        "GAZA",
        "GENEVA",
        "HAMBURG",
        "HANOI",
        "HARARE",
        "HAVANA",
        "HELSINKI",
        "HONOLULU",
        "HOUSTON",
        "ISLAMABAD",
        "ISTANBUL",
        "JAKARTA",
        "JERUSALEM",
        "JOHANNESBURG",
        "KABUL",
        "KAMPALA",
        "KARACHI",
        "KATHMANDU",
        "KHARTOUM",
        "KIEV",
        "KIGALI",
        "KINSHASA",
        "KOLKATA",
        "KYIV",
        "LAGOS",
        "LAHORE",
        "LIMA",
        "LISBON",
        "LJUBLJANA",
        "LONDON",
        "LUANDA",
        "LUSAKA",
        "LYON",
        "MADRID",
        "MANAGUA",
        "MANILA",
        "MAPUTO",
        "MELBOURNE",
        "MIAMI",
        "MILAN",
        "MINSK",
        "MOGADISHU",
        "MONTREAL",
        "MOSCOW",
        "MUMBAI",
        "MUNICH",
        "MUSCAT",
        "NAIROBI",
        "NAPLES",
        "OSLO",
        "OTTAWA",
        "PARIS",
        "PHILADELPHIA",
        "PHOENIX",
        "PRAGUE",
        "PRETORIA",
        "QUITO",
        "RABAT",
        "RIGA",
        "RIYADH",
        "ROME",
        "SANTIAGO",
        "SARAJEVO",
        "SEATTLE",
        "SEOUL",
        "SHANGHAI",
        "SINGAPORE",
        "SKOPJE",
        "SOFIA",
        "STOCKHOLM",
        "SYDNEY",
        "TAIPEI",
        "TALLINN",
        "TASHKENT",
        "TBILISI",
        "TEHRAN",
        "TOKYO",
        "TORONTO",
        "TRIPOLI",
        "TUNIS",
        "VANCOUVER",
        "VATICAN",
        "VIENNA",
        "VILNIUS",
        "WARSAW",
        "WASHINGTON",
        "WELLINGTON",
        "YANGON",
        "YEREVAN",
        "ZAGREB",
        "ZURICH",
        "KOCHI",
        "HYDERABAD",
        "SRINAGAR",
        "LUCKNOW",
        "PATNA",
        "JAIPUR",
        "AHMEDABAD",
        "PUNE",
        "BHOPAL",
        "GUWAHATI",
        "CHANDIGARH",
    ]
) | {
    "NEW DELHI",
    "NEW YORK",
    "LOS ANGELES",
    "SAN FRANCISCO",
    "HONG KONG",
    "MEXICO CITY",
    "BUENOS AIRES",
    "RIO DE JANEIRO",
    "SAO PAULO",
    "SÃO PAULO",
    "KUALA LUMPUR",
    "TEL AVIV",
    "CAPE TOWN",
    "ABU DHABI",
    "DAR ES SALAAM",
    "ADDIS ABABA",
    "UNITED NATIONS",
    "KUWAIT CITY",
    "PHNOM PENH",
    "GUATEMALA CITY",
    "PANAMA CITY",
    "SAN JOSE",
    "SAN JUAN",
    "PORT-AU-PRINCE",
    "THE HAGUE",
    "NEW ORLEANS",
    "LAS VEGAS",
    "SAN DIEGO",
    "ST. LOUIS",
    *_ARABIC_SCRIPT_CITIES,
}


#: A whole upper-case word and a full stop closing a place with no region.
_WORD_THEN_STOP_RE = re.compile(r"^[^,]*[A-ZÀ-Þ]{3}\.$")


#: The separators of a local dateline ("MILLBROOK — The"), and the least words of the
#: sentence after it.
_LOCAL_SEPARATORS = ("—", "--")
#: A word of a local place: letters, maybe an apostrophe inside ("O'FALLON") or an
#: abbreviation's full stop ("ST. CLOUD", "MT. VERNON").
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\.?")
MIN_LOCAL_SENTENCE_WORDS = 6
#: Words read to tell a sentence from a list of labels (``_opens_prose``).
PROSE_WORDS = 8
_LIST_SEPARATORS = frozenset({"-", "–", "—", "|"})


def _local_dateline(match: re.Match[str], head: str) -> bool:
    """Whether an upper-case place alone opens a story as a local dateline: one to three words
    of letters, then an em dash or a double hyphen (or a full stop and a hyphen, "ROSARIO.-"),
    then a sentence."""
    place = match.group("place").strip()
    words = place.split()
    return (
        len(words) <= 3
        and all(len(word) >= 3 and _LETTERS_RE.fullmatch(word) for word in words)
        and (
            match.group("separator").strip() in _LOCAL_SEPARATORS
            or _STOP_THEN_DASH_RE.search(head[: match.end()]) is not None
        )
        and len(head[match.end() :].split()) >= MIN_LOCAL_SENTENCE_WORDS
    )


def _local_title_dateline(head: str) -> Dateline | None:
    """A local paper's dateline of a title-case place at the head of a story."""
    return _stop_dash_dateline(head) or _title_dash_dateline(head)


def _stop_dash_dateline(head: str) -> Dateline | None:
    """A title-case place closed by a full stop and a hyphen at the head of a story, the
    Spanish-language papers' local dateline ("Monterrey, NL.- El Gobierno…")."""
    match = _STOP_DASH_RE.match(head)
    if (
        match is None
        or _STOP_THEN_DASH_RE.search(head[: match.end()]) is None
        or match.group("place").split(",")[0].split()[0].rstrip(".").upper() in _NOT_PLACES
        or len(head[match.end() :].split()) < MIN_LOCAL_SENTENCE_WORDS
        or not (head[match.end()].isupper() or head[match.end()] in '"“«¿¡')
    ):
        return None
    return Dateline(place=match.group("place").removesuffix("."))


def _title_dash_dateline(head: str) -> Dateline | None:
    """A title-case place, maybe with a short agency credit, before a spaced dash and a
    sentence at the head of a story ("Berlin (epd) - Die…", "Bordeaux - Le tribunal…")."""
    match = _TITLE_DASH_RE.match(head)
    if (
        match is None
        or match.group("place").split()[0].upper() in _NOT_PLACES
        or not (head[match.end()].isupper() or head[match.end()] in '"“«„¿¡')
        or not _opens_prose(head[match.end() :])
        or _spells_initials(match.group("agency"), match.group("place"))
    ):
        return None
    return Dateline(place=match.group("place"), agency=match.group("agency"))


def _spells_initials(agency: str | None, place: str) -> bool:
    """Whether the credit in parentheses is the initials of the words before it, a term's
    abbreviation ("Diatomaceous Earth (DE) -"), not an agency."""
    if agency is None:
        return False
    initials = "".join(word[0] for word in place.split())
    return agency.casefold() == initials.casefold()


def _opens_prose(text: str) -> bool:
    """Whether text opens with a sentence, not a list of labels: on the WCXB dev pages the
    title-case openings before a dash that are no datelines lead into menus, product facts or
    language lists ("Why Plausible - Simple metrics - Lightweight script -"), with few lower-case
    words; a sentence has at least half its first words in lower case, even in German."""
    words = text.split()[:PROSE_WORDS]
    if len(words) < MIN_LOCAL_SENTENCE_WORDS or any(word in _LIST_SEPARATORS for word in words):
        return False
    return 2 * sum(word[0].islower() for word in words) >= len(words)


def _known_agency(agency: str) -> bool:
    """Whether an agency credit names a known agency, alone or with a partner ("dpa/nwk": the
    agency and the desk or paper that edited its copy)."""
    return any(part.strip().lower() in _AGENCIES for part in agency.split("/"))


def find_dateline(
    paragraph: str, *, story: bool = False, site: str | None = None
) -> Dateline | None:
    """The dateline that opens a body paragraph, e.g. "LAGOS, March 3 (Reuters) -".

    ``site`` is the page's own name: an upper-case place and that name after its comma
    ("SEMARAYA, KABAR LOKAL - …" on the site "Kabar Lokal", the Indonesian style) are a
    dateline whatever words the name is made of.

    ``story`` says the paragraph opens a news story's body (an article page): an upper-case
    place alone that is no well-known city is then taken before an em dash or a double hyphen
    and a sentence ("MILLBROOK — The town council…", a local paper's style). Elsewhere such an
    opening is a label as often ("LIGHTWEIGHT -- Easy to carry", a shop's product page).
    """
    head = paragraph[:_HEAD_CHARS].lstrip()
    if len(head) < 4:
        return None
    if not head[0].isascii():
        found = _script_dateline(head, story=story)
        if found is not None:
            return found
    if head[0] == "(":
        return _agency_first_dateline(head, story=story, site=site)
    if not head[0].isupper():
        return None
    domain = _DOMAIN_RE.match(head)
    if domain is not None:
        place = domain.group("place") or domain.group("outlet_place")
        return Dateline(place=place, agency=domain.group("agency") or domain.group("outlet"))
    # "N’DJAMENA", "L'AQUILA": an apostrophe may stand before the second capital.
    upper = head[1].isupper() or (head[1] in "'’" and head[2].isupper())
    match = _UPPER_RE.match(head) if upper else None
    if match is None and upper:
        outlet = _OUTLET_RE.match(head)
        if outlet is not None:
            return _outlet_dateline(outlet, site)
    if match is None:
        match = _MIXED_RE.match(head)
        if match is None:
            return _title_date_dateline(head) or (_local_title_dateline(head) if story else None)
    place = match.group("place").strip()
    outlet = _title_case_outlet(match, place)
    if outlet is not None:
        return outlet
    if _WORD_THEN_STOP_RE.search(place):  # "MADRID.–", the Spanish style; not "S.C." or "Calif."
        place = place[:-1]
    first = place.split(",")[0].split(" [")[0]
    agency = match.group("agency") or match.group("wire")
    known = agency is not None and _known_agency(agency)
    if not match.group("separator").strip() and not known:
        # No dash or colon after the agency ("New Delhi, Aug 12 (PTI) The court…", the style
        # of Indian wires): only a known agency makes the opening a dateline.
        return None
    if first == first.upper():
        if first.split()[0] in _NOT_PLACES:
            return None
        if agency is None and match.group("date") is None and first == place:
            if first not in _CITIES and not (story and _local_dateline(match, head)):
                return None
        elif agency is not None and not agency[0].isupper() and not known:
            return None
    elif not known and not (
        # "São Paulo, 14 (AE) -": a day and an upper-case credit before a dash.
        agency is not None
        and match.group("date") is not None
        and agency.isupper()
        and match.group("separator").strip()
    ):
        return _local_title_dateline(head) if story else None
    rest = head[match.end() :]
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘("):
        return None
    return Dateline(place=place, agency=agency.strip() if agency else None)


#: A known agency in brackets and a dash before the place, as ANSA and some Spanish-language
#: wires open ("(ANSA) - ROMA, 27 MAR - …").
_AGENCY_FIRST_RE = re.compile(r"^\((?P<agency>[^\W\d_][\w&. -]{0,30})\)\.?\s*[-–—]\s*(?=\S)")


def _agency_first_dateline(head: str, *, story: bool, site: str | None) -> Dateline | None:
    """The dateline after a known agency that opens the paragraph in brackets, credited to it."""
    match = _AGENCY_FIRST_RE.match(head)
    if match is None or not _known_agency(match["agency"]):
        return None
    found = find_dateline(head[match.end() :], story=story, site=site)
    if found is None or found.agency is not None:
        return None
    return Dateline(place=found.place, agency=match["agency"].strip())


def _title_date_dateline(head: str) -> Dateline | None:
    """A title-case place and a month's name and day before a dash and a sentence; the
    month must be one ("Kestrel Bay, Oct 3 -"), the place no weekday or label ("Monday,
    Oct 3 -", "Update, Oct 3 -")."""
    match = _TITLE_DATE_RE.match(head)
    if match is None or match.group("month").lower() not in MONTH_NUMBERS:
        return None
    place = match.group("place")
    first = place.split()[0].rstrip(",").upper()
    if first in _NOT_PLACES or first.lower() in MONTH_NUMBERS or _WEEKDAY_RE.match(first):
        return None
    if len(head[match.end() :].split()) < MIN_LOCAL_SENTENCE_WORDS:
        return None
    return Dateline(place=place)


def _title_case_outlet(match: re.Match[str], place: str) -> Dateline | None:
    """The dateline of an upper-case place and an outlet in title case read as the place's
    region ("JAKARTA, Warta Nusa -"): the region holds an outlet's word and a dash follows."""
    first, _, region = place.partition(", ")
    if (
        not region
        or first != first.upper()
        or match.group("agency") is not None
        or match.group("wire") is not None
        or match.group("date") is not None
        or match.group("separator").strip() not in ("-", "–", "—", "--")
        or _OUTLET_WORDS.isdisjoint(region.upper().split())
    ):
        return None
    return Dateline(place=first, agency=region)


def _outlet_dateline(match: re.Match[str], site: str | None = None) -> Dateline | None:
    """The dateline of an upper-case place and an outlet named without parentheses
    ("DEMAK, KABAR PANTURA -", "JAKARTA, KOMPAS.com -"): a domain, words with an outlet's
    word (``_OUTLET_WORDS``) or the page's own site name; None for a label or a region
    ("KYIV, UKRAINE —")."""
    place = match.group("place").strip()
    outlet = match.group("agency").strip()
    if place.split()[0] in _NOT_PLACES or outlet.split()[0] in _NOT_PLACES:
        return None
    own = site is not None and same_outlet(outlet, site)
    if not own and "." not in outlet and _OUTLET_WORDS.isdisjoint(outlet.split()):
        return None
    return Dateline(place=place, agency=outlet)


def _script_dateline(head: str, *, story: bool) -> Dateline | None:
    """A dateline in the wire styles of Cyrillic, Arabic, Devanagari, Chinese and Japanese
    (see the module's docstring)."""
    match = _CYRILLIC_RE.match(head)
    if match is not None:
        agency = match.group("wire") or match.group("paren") or match.group("agency")
        if match.group("date") is None and (
            agency is None
            or (match.group("paren") and not _CYRILLIC_AGENCY_RE.fullmatch(match.group("paren")))
        ):
            return None  # "ВНИМАНИЕ." or "МОСКВА —" alone, "ВНИМАНИЕ (ВИДЕО) —": labels as often

        return Dateline(place=match.group("place"), agency=agency.strip() if agency else None)
    match = _ARABIC_RE.match(head)
    if match is not None and match.group("place").split()[0] not in _ARABIC_NOT_PLACES:
        agency = match.group("agency") or match.group("paper") or match.group("known")
        return Dateline(place=match.group("place"), agency=" ".join(agency.split()))
    match = _ARABIC_LOCAL_RE.match(head)
    if (
        match is not None
        # Any place at a story's head; a known city anywhere, as "CAIRO — " is known.
        and (story or match.group("place") in _CITIES)
        and match.group("place").split()[0] not in _ARABIC_NOT_PLACES
        and len(head[match.end() :].split()) >= MIN_LOCAL_SENTENCE_WORDS
    ):
        return Dateline(place=match.group("place"))
    match = _DEVANAGARI_RE.match(head)
    # A place with a date or an agency before a danda, or with both (PTI's Hindi service puts
    # none after "(भाषा)").
    if (
        match is not None
        and (
            (match.group("separator") and (match.group("date") or match.group("agency")))
            or (match.group("date") and match.group("agency"))
            # "जयपुर। राजस्थान के …": a local paper's place alone before a danda, at a story's head.
            or (
                story
                and match.group("separator") == "।"
                and len(match.group("place").split()) <= 2
                and match.group("place").split()[0] not in _DEVANAGARI_NOT_PLACES
                and len(head[match.end() :].split()) >= MIN_LOCAL_SENTENCE_WORDS
            )
        )
    ):
        agency = match.group("agency")
        return Dateline(place=match.group("place"), agency=agency.strip() if agency else None)
    match = _CHINESE_RE.match(head)
    if match is not None:
        agency = match.group("agency")
        return Dateline(place=match.group("place"), agency=None if agency == _OWN_PAPER else agency)
    match = _JAPANESE_RE.match(head)
    if match is not None:
        credit = (match.group("credit") or "").strip()
        agency = match.group("agency") or (
            credit if re.fullmatch(_JAPANESE_AGENCIES, credit) else None
        )
        return Dateline(place=match.group("place"), agency=agency)
    return None


#: A note that may stand before a story's first paragraph: "Editor's note: …", "Update, 2:47
#: p.m.: …", "Correction: …".
_NOTE_RE = re.compile(
    r"^(?:editor[’']?s[’']? note|note|update[ds]?|correction|clarification)\b[^:]{0,40}:",
    re.IGNORECASE,
)


def opening_dateline(
    paragraphs: list[str], *, story: bool = False, site: str | None = None
) -> Dateline | None:
    """The dateline of a body: in its first paragraph, or in the second when the first is an
    editor's note, an update or a correction put before the story. ``site`` is the page's
    site name, an outlet a dateline may name (see ``find_dateline``)."""
    for paragraph in paragraphs[:2]:
        found = find_dateline(paragraph, story=story, site=site)
        if found is not None or not _NOTE_RE.match(paragraph):
            return found
    return None
