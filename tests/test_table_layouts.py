"""Old table layouts: the story's own cell is the body, not the table around it.

Regional papers laid out with tables (Arabic, Turkish, Persian, Hebrew sites; US local papers
of the 2000s) put the menu row, a "most read" column and the footer in the same outer table
as the story, whose paragraphs sit in one cell. Each page here is invented, written by hand
in the markup of its kind of site: outlets, people and events are made up.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

import dateline
from dateline import Article
from dateline.page.blocks import cut_blocks
from dateline.page.content import select_body

# --- an American small-town paper, 2004: the story cell holds headline, byline and date ---

SENTINEL = [
    "HARLAN CREEK, Iowa — Volunteer firefighters from three towns kept a blaze in the Harlan "
    "Creek rail yard from reaching the Farmers Union grain elevator late Wednesday, officials "
    "said.",
    "The fire started in a stack of old railroad ties shortly after 9 p.m. and spread along "
    "the siding in a strong west wind, Fire Chief Lyle Brandvold said. Crews from Harlan Creek, "
    "Ostby and Vernon Falls pumped water from a tanker truck for nearly four hours.",
    "No one was hurt. The elevator, which holds about 600,000 bushels of corn, lost power "
    "for the night but was back in operation Thursday morning, manager Deb Kittleson said.",
    "The state fire marshal's office will look into the cause. Brandvold said the ties had "
    "been stacked beside the track since spring and were tinder dry after a month without rain.",
]
SENTINEL_PAGE = (
    "<html><head><title>Harlan Creek Sentinel - Fire crews save grain elevator</title></head>"
    "<body bgcolor='#ffffff'><table width='760' border='0' cellpadding='0' cellspacing='0'>"
    "<tr><td colspan='3'><img src='/images/masthead.gif' width='760' height='90'></td></tr>"
    "<tr><td colspan='3' bgcolor='#003366'><font size='1' color='#ffffff'>"
    "Thursday, August 12, 2004 | Serving Harlan County since 1911 | 50 cents</font></td></tr>"
    "<tr><td colspan='3'><font size='1'><a href='/'>Home</a> | <a href='/news/'>Local News</a>"
    " | <a href='/sports/'>Sports</a> | <a href='/obits/'>Obituaries</a></font></td></tr>"
    "<tr><td width='140' valign='top' bgcolor='#eeeeee'><font size='1'>"
    "Weather for Harlan Creek: partly cloudy<br>High 74, low 55, wind west 10 mph<br><br>"
    "Harlan County Fair: August 18-22 at the fairgrounds<br><br>"
    "<a href='/archive/'>Past issues</a><br><a href='/contact/'>Contact the newsroom</a>"
    "</font></td>"
    "<td width='460' valign='top'><font face='Arial' size='4'><b>Fire crews save grain "
    "elevator</b></font><br><font size='2'>By Marlene Ostrander<br>Sentinel Staff Writer"
    "</font><br><font size='1'>Published Thursday, August 12, 2004</font><br><br>"
    + "<br><br>".join(SENTINEL)
    + "</td><td width='160' valign='top'><b>Most Read</b><br>"
    "<a href='/news/fair-opens.html'>County fair opens with record number of 4-H entries</a>"
    "<br><a href='/sports/legion.html'>Legion baseball team heads to state tournament</a>"
    "</td></tr>"
    "<tr><td colspan='3' align='center'><font size='1'>Harlan Creek Sentinel, 412 Main Street, "
    "Harlan Creek, Iowa | Phone 641-555-0142 | Published every Thursday since 1911</font>"
    "</td></tr></table></body></html>"
)

# --- a Turkish regional site, 2007: paragraphs in <p> inside the story's cell -------------

KORFEZ = [
    "İZMİR (AA) - Karşıyaka'da bir süredir kapalı olan tarihi iskele binası, restorasyon "
    "çalışmalarının tamamlanmasının ardından yeniden vapur seferlerine açıldı.",
    "Belediye Başkan Yardımcısı Selim Karaduman, binanın özgün cephesinin korunduğunu ve bekleme "
    "salonunun engelli yolcular için yeniden düzenlendiğini söyledi.",
    "İlk sefere katılan yolcular, yolculuk süresinin on beş dakikaya indiğini belirterek yeni "
    "tarifeden memnun olduklarını dile getirdi. Seferler sabah altıda başlayacak.",
]
KORFEZ_PAGE = (
    "<html lang='tr'><head><meta http-equiv='Content-Type' content='text/html; "
    "charset=iso-8859-9'><title>Körfez Haber - Tarihi iskele yeniden seferlere açıldı</title>"
    "</head><body><table width='100%' border='0'>"
    "<tr><td class='menu'>Körfez Haber | <a href='/'>Anasayfa</a> | <a href='/gundem'>Gündem</a>"
    " | <a href='/ekonomi'>Ekonomi</a> | <a href='/spor'>Spor</a> | "
    "<a href='/yasam'>Yaşam</a></td></tr>"
    "<tr><td valign='top'><table width='100%'>"
    "<tr><td class='baslik'><b><font size='5'>Tarihi iskele yeniden seferlere açıldı</font>"
    "</b></td></tr>"
    "<tr><td class='tarih'>15.03.2007 Perşembe 11:42</td></tr>"
    "<tr><td class='haber'>" + "".join(f"<p>{p}</p>" for p in KORFEZ) + "</td></tr>"
    "<tr><td><a href='#'>Yazdır</a> | <a href='#'>Arkadaşına Gönder</a></td></tr>"
    "</table></td><td width='180' valign='top'><b>Çok Okunanlar</b><br>"
    "<a href='/h/101'>Otobüs ücretlerine yeni düzenleme</a><br>"
    "<a href='/h/102'>Göztepe deplasmandan puanla döndü</a></td></tr>"
    "<tr><td colspan='2'>Körfez Haber Ajansı | Alsancak Mah. Kıbrıs Şehitleri Cad. No: 12"
    "</td></tr></table></body></html>"
)

# --- an Arabic regional site: paragraphs cut by <br><br> in one cell, windows-1256 -------

WAHA = [
    "بنغازي (رويترز) - افتتحت بلدية بنغازي، صباح اليوم الاثنين، سوقا جديدة للخضر والفواكه "
    "في حي الصابري، تضم مئة وعشرين محلا خصصت للمزارعين من المناطق المجاورة.",
    "وقال عميد البلدية، عادل الفيتوري، إن السوق الجديدة ستخفف الازدحام عن السوق القديمة "
    "وسط المدينة، وإنها جهزت بمخازن مبردة ومواقف للشاحنات.",
    "وأضاف الفيتوري أن المحال وزعت بالقرعة على المزارعين المسجلين، على أن تبقى الأسعار تحت "
    "رقابة لجنة مشتركة بين البلدية وغرفة التجارة.",
]
WAHA_PAGE = (
    "<html dir='rtl' lang='ar'><head><meta http-equiv='Content-Type' content='text/html; "
    "charset=windows-1256'><title>صوت الواحة - افتتاح سوق جديدة للخضر في الصابري</title>"
    "</head><body><table width='100%'>"
    "<tr><td class='top'>صوت الواحة | الرئيسية | محليات | اقتصاد | رياضة | ثقافة</td></tr>"
    "<tr><td valign='top'><table>"
    "<tr><td class='title'><b><font size='5'>افتتاح سوق جديدة للخضر في الصابري</font></b>"
    "</td></tr><tr><td class='date'>الاثنين 7 أكتوبر 2024</td></tr>"
    "<tr><td class='text'>" + "<br><br>".join(WAHA) + "</td></tr>"
    "<tr><td><a href='#'>طباعة</a> | <a href='#'>أرسل لصديق</a></td></tr>"
    "</table></td><td width='200' valign='top'><b>الأكثر قراءة</b><br>"
    "<a href='/n/1'>ارتفاع أسعار الوقود في محطات المدينة</a><br>"
    "<a href='/n/2'>فريق الأهلي يفوز في المباراة الودية</a></td></tr>"
    "<tr><td>جميع الحقوق محفوظة لصحيفة صوت الواحة 2024</td></tr></table></body></html>"
)


def _paragraphs(article: Article) -> list[str]:
    return [p for p in article.text.split("\n\n") if p.strip()]


def test_a_small_town_papers_story_cell_is_the_body() -> None:
    article = dateline.extract(SENTINEL_PAGE, url="https://harlancreeksentinel.example/news/fire")
    assert _paragraphs(article) == SENTINEL
    assert article.title == "Fire crews save grain elevator"
    assert article.authors == ["Marlene Ostrander"]
    assert article.published is not None and article.published.startswith("2004-08-12")
    assert article.dateline is not None and article.dateline.place.startswith("HARLAN CREEK")
    for chrome in ("Serving Harlan", "Local News", "Weather", "Most Read", "County fair", "555"):
        assert chrome not in article.text


def test_a_turkish_story_cell_with_paragraph_elements_is_the_body() -> None:
    page = KORFEZ_PAGE.encode("iso-8859-9")
    article = dateline.extract(page, url="https://korfezhaber.example/haber/iskele")
    assert _paragraphs(article) == KORFEZ
    assert article.dateline is not None and article.dateline.place == "İZMİR"
    assert article.dateline.agency == "AA"
    for chrome in ("Anasayfa", "Çok Okunanlar", "Otobüs ücretlerine", "Yazdır", "Alsancak"):
        assert chrome not in article.text


def test_an_arabic_layout_cell_is_the_body_and_its_dateline_is_read() -> None:
    page = WAHA_PAGE.encode("cp1256")
    article = dateline.extract(page, url="https://sawtalwaha.example/news/1234")
    assert _paragraphs(article) == WAHA
    assert article.title == "افتتاح سوق جديدة للخضر في الصابري"
    assert article.published is not None and article.published.startswith("2024-10-07")
    assert article.dateline is not None and article.dateline.place == "بنغازي"
    for chrome in ("الرئيسية", "الأكثر قراءة", "ارتفاع أسعار الوقود", "طباعة", "جميع الحقوق"):
        assert chrome not in article.text


SUMMARIES = (
    "ارتفاع أسعار الوقود في محطات المدينة</a><br>قررت لجنة الأسعار زيادة سعر لتر البنزين بنسبة "
    "خمسة في المئة ابتداء من منتصف الليل، وسط انتقادات من سائقي سيارات الأجرة.",
    "فريق الأهلي يفوز في المباراة الودية</a><br>تغلب فريق الأهلي على ضيفه بهدفين دون رد في "
    "مباراة ودية أقيمت مساء أمس استعدادا لانطلاق الموسم الجديد من الدوري المحلي.",
)


def test_teaser_summaries_in_the_most_read_column_do_not_widen_the_body() -> None:
    # Each "most read" headline has its first sentence under it: a teaser's, not the story's.
    page = WAHA_PAGE
    for summary in SUMMARIES:
        page = page.replace(summary.split("<br>")[0], summary)
    assert page != WAHA_PAGE
    article = dateline.extract(page.encode("cp1256"), url="https://sawtalwaha.example/news/1234")
    assert _paragraphs(article) == WAHA
    assert article.dateline is not None and article.dateline.place == "بنغازي"


# --- a Persian town site's undated, unsigned notice: read broadly, still its own cell ------

SHAHR = [
    "شهرداری منطقه دو اعلام کرد که از شنبه آینده عملیات بهسازی خیابان باغ‌نظر آغاز می‌شود و "
    "تردد خودروها در این خیابان تا پایان ماه از مسیر جایگزین انجام خواهد شد.",
    "به گفته معاون فنی شهرداری، در این طرح پیاده‌روها تعریض و شبکه آب‌های سطحی خیابان نوسازی "
    "می‌شود تا مشکل آب‌گرفتگی در روزهای بارانی برطرف شود.",
    "شهروندان می‌توانند پرسش‌های خود را درباره مسیرهای جایگزین با سامانه پاسخگویی شهرداری "
    "در میان بگذارند.",
]
SHAHR_PAGE = (
    "<html dir='rtl' lang='fa'><head><meta charset='utf-8'>"
    "<title>پیام شهر - بهسازی خیابان باغ‌نظر از شنبه آغاز می‌شود</title></head><body>"
    "<table width='100%'><tr><td colspan='2'>پیام شهر | صفحه اصلی | شهری | فرهنگی | ورزشی"
    "</td></tr><tr><td valign='top'><b>بهسازی خیابان باغ‌نظر از شنبه آغاز می‌شود</b><br><br>"
    + "<br><br>".join(SHAHR)
    + "</td><td width='180' valign='top'><b>پربازدیدترین‌ها</b><br>"
    "<a href='/n/7'>برنامه جشنواره تابستانی اعلام شد</a><br>"
    "<a href='/n/8'>ساعت کار کتابخانه‌ها تغییر کرد</a></td></tr>"
    "<tr><td colspan='2'>کلیه حقوق این سایت متعلق به پایگاه خبری پیام شهر است.</td></tr>"
    "</table></body></html>"
)


def test_an_unsigned_notice_in_a_table_layout_is_its_own_cell_when_read_broadly() -> None:
    # No date, byline or dateline: the page is read again broadly, where the menu line and the
    # footer would come back without the rule.
    # (A broad reading keeps the cell's unmarked headline line over the notice.)
    article = dateline.extract(SHAHR_PAGE, url="https://payameshahr.example/news/412")
    assert _paragraphs(article)[-3:] == SHAHR
    for chrome in ("صفحه اصلی", "پربازدیدترین", "جشنواره تابستانی", "کلیه حقوق"):
        assert chrome not in article.text


# --- what the rule must leave alone ---------------------------------------------------------

QUESTION = (
    "Our pressure tank keeps cycling every few minutes even when no tap is open in the house. "
    "The well pump is about ten years old and the tank was replaced two summers ago. I checked "
    "the pressure switch and the contacts look clean, so I am not sure where to look next."
)
REPLIES = [
    "Sounds like a leaking check valve to me.",
    "Check the air charge in the tank first, it is the cheap fix.",
    "Same thing happened to us last year. It was the foot valve.",
]


def _post(who: str, text: str) -> str:
    return (
        f"<tr><td class='row1' width='150' valign='top'><b>{who}</b></td>"
        f"<td class='row1' valign='top'><table width='100%'><tr><td>{text}</td></tr></table>"
        "</td></tr>"
    )


THREAD_PAGE = (
    "<html><head><title>Well Water Forum - Pressure tank cycling</title></head><body>"
    "<table class='forumline' width='100%'>"
    "<tr><td colspan='2'><a href='/'>Forum Index</a> -> <a href='/f/3'>Pumps and tanks</a>"
    "</td></tr>"
    + _post("ruralpete", QUESTION)
    + "".join(
        _post(who, text) for who, text in zip(("wellguy", "hjk", "marta_b"), REPLIES, strict=True)
    )
    + "</table></body></html>"
)


def _article_body(page: str, title: str) -> list[str]:
    """The body the article reading selects, which the rule works in (``extract`` reads these
    unsigned pages again broadly, where the rule does not apply)."""
    body = LexborHTMLParser(page).body
    assert body is not None
    return [block.text for block in select_body(cut_blocks(body), title).body]


def test_the_short_replies_under_a_post_in_a_table_laid_forum_stay() -> None:
    # The replies are shorter than a paragraph but written in sentences: they are the page's
    # content, not the chrome of a layout, so the thread is not cut to the first post's cell.
    body = _article_body(THREAD_PAGE, "Pressure tank cycling")
    assert QUESTION in body
    for reply in REPLIES:
        assert reply in body
    text = dateline.extract(THREAD_PAGE).text
    assert all(reply in text for reply in REPLIES)


RESULTS = [
    f"{n}. {name}, Harlan Creek, 16:{40 + n}"
    for n, name in enumerate(
        (
            "Tom Reyes",
            "Ana Lindqvist",
            "Joel Haverkamp",
            "Priya Olafsen",
            "Dale Mertz",
            "Rosa Kettleman",
            "Bo Strand",
            "Lena Fairweather",
        ),
        start=1,
    )
]
RESULTS_PAGE = (
    "<html><head><title>Sentinel - Harvest 5K results</title></head><body><table>"
    "<tr><td>Harvest 5K results</td></tr>"
    "<tr><td>Runners finished the Harvest 5K on a cool morning along the river trail, and the "
    "course record from 1998 still stands after another close try.</td></tr>"
    + "".join(f"<tr><td>{line}</td></tr>" for line in RESULTS)
    + "</table></body></html>"
)


def test_short_lines_that_outweigh_the_paragraph_are_the_content() -> None:
    # A results list under a note: most of the table's prose is in its short lines, so the
    # note's cell is not the body alone.
    body = _article_body(RESULTS_PAGE, "Harvest 5K results")
    text = dateline.extract(RESULTS_PAGE).text
    for line in RESULTS:
        assert line in body
        assert line in text
