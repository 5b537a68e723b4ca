"""Pages of sites the benchmark sets barely cover: right-to-left, Turkish, Greek, Cyrillic.

Every page here is invented (outlets, people, places and events) and kept to the shape a small
news site's template gives: a headline, a meta line, the story's paragraphs and the boxes a
template plants among them.
"""

from __future__ import annotations

import pytest

import dateline

HEBREW = [
    "עיריית נווה צוקים אישרה אמש תוכנית להקמת שביל אופניים חדש לאורך חוף הים, באורך של ששה "
    "קילומטרים, שיחבר בין שכונות הצפון למרכז העיר.",
    "לדברי ראש העירייה, דנה ברקוביץ, העבודות יחלו בחודש הבא ויימשכו כשנה וחצי. עלות הפרויקט "
    "מוערכת בכשלושים מיליון שקלים.",
    "תושבים רבים הביעו תמיכה בתוכנית, אך בעלי עסקים ברחוב הטיילת חוששים מפגיעה בחניה ובמספר "
    "המבקרים בתקופת העבודות.",
]
TURKISH = [
    "Yeşilova Belediyesi, ilçe merkezindeki eski tekstil fabrikasının bir kültür merkezine "
    "dönüştürülmesi için hazırlanan projeyi dün akşam yapılan meclis toplantısında onayladı.",
    "Belediye Başkanı Selin Aydoğan, projenin iki yıl içinde tamamlanmasının planlandığını ve "
    "binada bir kütüphane ile sergi salonlarının yer alacağını söyledi.",
    "Projenin maliyetinin yaklaşık 85 milyon lira olduğu ve finansmanın bir kısmının kalkınma "
    "ajansından sağlanacağı öğrenildi.",
]
PERSIAN = [
    "شورای شهر دشت‌آباد روز گذشته طرح احداث نخستین کتابخانه عمومی شبانه‌روزی استان را تصویب کرد "
    "که قرار است تا پایان سال آینده به بهره‌برداری برسد.",
    "به گفته رئیس شورا، مریم کاظمی، این کتابخانه بیش از پنجاه هزار جلد کتاب خواهد داشت و "
    "دانشجویان می‌توانند در تمام ساعات از آن استفاده کنند.",
    "هزینه ساخت این بنا از محل درآمدهای شهرداری و کمک‌های مردمی تأمین می‌شود و زمین آن در "
    "نزدیکی دانشگاه شهر قرار دارد.",
]


def news_page(
    paragraphs: list[str],
    *,
    lang: str = "en",
    title: str = "Harbour board backs pier rebuild",
    headline: str | None = None,
    meta_line: str = "",
    box: str = "",
    head: str = "",
) -> str:
    """An invented story page: ``box`` goes between the second and third paragraphs."""
    body = [f"<p>{text}</p>" for text in paragraphs]
    body.insert(2, box)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><article><h1>{headline or title}</h1><div class="meta">{meta_line}</div>'
        f'<div class="entry-content">{"".join(body)}</div></article></body></html>'
    )


def _read_also(label: str, titles: list[str]) -> str:
    items = "".join(
        f'<li><a href="/news/2025/03/also-{n}">{title}</a></li>' for n, title in enumerate(titles)
    )
    return f'<div class="read-also"><strong>{label}</strong><ul>{items}</ul></div>'


@pytest.mark.parametrize(
    ("lang", "paragraphs", "label", "titles"),
    [
        ("he", HEBREW, "קראו גם", ["הרכבת הקלה תגיע לעיר בעוד שלוש שנים", "נפתח גן שעשועים חדש"]),
        ("fa", PERSIAN, "بیشتر بخوانید", ["افتتاح پل جدید روی رودخانه شهر", "جشنواره فیلم کوتاه"]),
        (
            "tr",
            TURKISH,
            "Bunlar da ilginizi çekebilir",
            ["İlçede yeni park alanları açılıyor", "Pazar yerinde düzenleme başladı"],
        ),
    ],
)
def test_read_also_box_inside_the_body_is_left_out(
    lang: str, paragraphs: list[str], label: str, titles: list[str]
) -> None:
    page = news_page(
        paragraphs,
        lang=lang,
        meta_line='<time datetime="2025-03-14T09:00:00+02:00">14.03.2025</time>',
        box=_read_also(label, titles),
    )
    article = dateline.extract(page)
    assert article.text.split("\n\n") == paragraphs
    assert article.page_type == "article"


ENGLISH = [
    "The harbour authority of Port Ellery approved a plan on Tuesday to rebuild the "
    "storm-damaged north pier, with work due to start before the summer ferry season.",
    "The authority's chair, Morwenna Pike, said the pier would be raised by half a metre to "
    "cope with higher tides, and that the cost would be shared with the county.",
    "Fishing crews who moor at the pier will be moved to the south basin while the work goes "
    "on, a move their association said it could accept.",
]


@pytest.mark.parametrize(
    ("line", "paragraphs", "authors"),
    [
        ("Jana Ott | 3 March 2025", ENGLISH, ["Jana Ott"]),
        ("Jana Ott, Staff Writer", ENGLISH, ["Jana Ott"]),
        ("JANA OTT · 12:04", ENGLISH, ["Jana Ott"]),
        ("Emre Şahin | 14 Mart 2025", TURKISH, ["Emre Şahin"]),
        # A script without capitals: every word of the name is as a capitalised one.
        ("נועה ברק | 1 בדצמבר 2025", HEBREW, ["נועה ברק"]),
        # A name's shape is all that marks these lines: a label over a time is no one.
        ("Breaking News | 12:04", ENGLISH, []),
        ("Premier League · 12:04", ENGLISH, []),
        ("Harbour Bridge | 3 March 2025", ENGLISH, []),
        ("Jana Ott said on Monday", ENGLISH, []),
    ],
)
def test_name_and_date_line_without_by_is_the_byline(
    line: str, paragraphs: list[str], authors: list[str]
) -> None:
    page = news_page(
        paragraphs,
        head='<meta property="article:published_time" content="2025-03-03T09:00:00Z">',
        meta_line=f"<p>{line}</p>",
    )
    article = dateline.extract(page)
    assert article.authors == authors
    if authors:
        assert article.text.split("\n\n") == paragraphs


def test_name_line_does_not_override_the_declared_author() -> None:
    page = news_page(
        ENGLISH,
        head='<meta name="author" content="Morwenna Pike">',
        meta_line="<p>Jana Ott | 3 March 2025</p>",
    )
    assert dateline.extract(page).authors == ["Morwenna Pike"]


def test_dated_one_paragraph_brief_opening_with_a_dateline_is_an_article() -> None:
    brief = (
        "PORT ELLERY — The north pier will close to the public from Monday while engineers "
        "inspect storm damage. The harbour authority said it would reopen within a fortnight."
    )
    page = (
        '<html><head><meta property="article:published_time" content="2025-03-12T07:45:00Z">'
        f"</head><body><article><h1>North pier closes</h1><p>{brief}</p></article></body></html>"
    )
    article = dateline.extract(page)
    assert article.page_type == "article"
    assert article.text == brief


KOREAN = [
    "항구시 시의회는 11일 북쪽 방파제 재건 계획을 승인했다고 밝혔다. 공사는 여름 성수기 전에 "
    "시작될 예정이다.",
    "시의회 의장은 해수면 상승에 대비해 방파제를 50센티미터 높일 계획이라고 설명했다.",
    "어민들은 공사 기간 동안 남쪽 부두로 배를 옮기기로 합의했다.",
]


@pytest.mark.parametrize(
    ("lines", "at_head", "authors"),
    [
        (["김하늘 기자 haneul@example.kr"], False, ["김하늘"]),
        (["김하늘 기자 haneul@example.kr"], True, ["김하늘"]),
        (["[항구일보 김하늘 기자] haneul@example.kr"], False, ["김하늘"]),
        (["haneul@example.kr 김하늘 기자"], False, ["김하늘"]),
        (["김하늘 기자 haneul@example.kr 박바다 기자 bada@k.kr"], False, ["김하늘", "박바다"]),
    ],
)
def test_korean_reporter_line_is_the_byline_and_leaves_the_body(
    lines: list[str], at_head: bool, authors: list[str]
) -> None:
    paragraphs = [*lines, *KOREAN] if at_head else [*KOREAN, *lines]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = (
        '<html lang="ko"><head><meta property="article:published_time" '
        'content="2025-03-11T10:00:00+09:00"></head><body><article><h1>방파제 재건 계획 승인</h1>'
        f"{body}</article></body></html>"
    )
    article = dateline.extract(page)
    assert article.authors == authors
    assert article.text.split("\n\n") == KOREAN


@pytest.mark.parametrize(
    ("lang", "paragraphs", "date_line"),
    [
        ("he", HEBREW, "יום שישי, 14 במרץ 2025, 09:41"),
        ("tr", TURKISH, "14 Mart 2025 Cuma 10:32"),
        ("el", HEBREW, "Παρασκευή, 14 Μαρτίου 2025"),
        ("ru", HEBREW, "Опубликовано: пятница, 14 марта 2025"),
        ("uk", HEBREW, "Оновлено: п'ятниця, 14 березня 2025 року"),
    ],
)
def test_date_line_with_its_weekday_leaves_the_body(
    lang: str, paragraphs: list[str], date_line: str
) -> None:
    page = news_page(paragraphs, lang=lang, meta_line=f"<p>{date_line}</p>")
    article = dateline.extract(page)
    assert article.text.split("\n\n") == paragraphs
    assert (article.published or "").startswith("2025-03-14")


def test_byline_in_an_old_table_layouts_story_cell_is_furniture() -> None:
    cells = "".join(f"<p>{text}</p>" for text in TURKISH)
    page = (
        '<html><head><meta charset="utf-8"><title>Eski fabrika kültür merkezi oluyor</title>'
        '</head><body><table><tr><td><a href="/">Anasayfa</a></td></tr></table><table><tr><td>'
        '<font size="4"><b>Eski fabrika kültür merkezi oluyor</b></font><br>'
        f'<font size="1">Haber: Elif Yıldız - 14.03.2025 10:32</font>{cells}</td></tr></table>'
        "</body></html>"
    )
    article = dateline.extract(page)
    assert article.authors == ["Elif Yıldız"]
    assert (article.published or "").startswith("2025-03-14")
    assert article.page_type == "article"
    assert article.text.split("\n\n") == TURKISH


def test_a_data_tables_cells_stay_in_the_body() -> None:
    rows = "".join(
        f"<tr><td>Haber: Hat {n} - 14.03.2025 10:3{n}</td><td>Sefer iptal</td></tr>"
        for n in range(3)
    )
    page = news_page(
        TURKISH,
        lang="tr",
        head='<meta property="article:published_time" content="2025-03-14T09:00:00Z">',
        box=f"<table>{rows}</table>",
    )
    assert "Haber: Hat 0 - 14.03.2025 10:30" in dateline.extract(page).text


@pytest.mark.parametrize(
    ("lang", "paragraphs", "line", "authors"),
    [
        ("fa", PERSIAN, "گزارش: مریم کاظمی", ["مریم کاظمی"]),
        ("he", HEBREW, "\u200fמאת: נועה שטרן\u200f", ["נועה שטרן"]),
    ],
)
def test_right_to_left_bylines(
    lang: str, paragraphs: list[str], line: str, authors: list[str]
) -> None:
    page = news_page(
        paragraphs,
        lang=lang,
        head='<meta property="article:published_time" content="2025-03-14T09:00:00Z">',
        meta_line=f"<p>{line}</p>",
    )
    article = dateline.extract(page)
    assert article.authors == authors
    assert article.text.split("\n\n") == paragraphs


def test_arabic_local_dateline_opens_a_dated_brief() -> None:
    brief = (
        "الواحة - أعلنت البلدية إغلاق الطريق الساحلي يوم الاثنين لإجراء أعمال صيانة عاجلة. "
        "وقالت إن الطريق سيعاد فتحه خلال أسبوعين."
    )
    page = (
        '<html lang="ar" dir="rtl"><head><meta property="article:published_time" '
        'content="2025-03-12T07:45:00Z"></head><body><article><h1>إغلاق الطريق الساحلي</h1>'
        f"<p>{brief}</p></article></body></html>"
    )
    article = dateline.extract(page)
    assert article.page_type == "article"
    assert article.dateline is not None and article.dateline.place == "الواحة"


def test_an_undated_product_label_before_a_dash_in_arabic_signs_no_story() -> None:
    # "New product - a light phone with …": a script without capitals has no title case to
    # tell a label from a place, so an opening before a dash signs only a dated page.
    paragraphs = [
        "منتج جديد - هاتف خفيف الوزن مع بطارية تدوم طويلاً وشاشة كبيرة واضحة في ضوء الشمس "
        "وكاميرا بدقة عالية للتصوير الليلي والنهاري.",
        "يأتي الهاتف بثلاثة ألوان ويدعم الشحن السريع والشحن اللاسلكي، كما يضم ذاكرة تخزين "
        "كبيرة تكفي لآلاف الصور ومقاطع الفيديو والتطبيقات.",
        "السعر يشمل الشحن المجاني إلى جميع المدن، ويمكن إرجاع الهاتف خلال ثلاثين يوماً من "
        "الشراء إذا لم يعجبك لأي سبب من الأسباب.",
    ]
    page = (
        '<html lang="ar" dir="rtl"><head><title>هاتف خفيف</title></head><body><main>'
        "<h1>هاتف خفيف</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main></body></html>"
    )
    assert dateline.extract(page).page_type == "other"
