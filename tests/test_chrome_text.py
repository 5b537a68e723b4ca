"""Page chrome recognised by the words of a block; body prose never is."""

import pytest

from dateline.model import REMOVED_KINDS
from dateline.recognise.chrome_text import MAX_CHROME_WORDS, chrome_kind, is_share_word

CHROME = {
    "skip_link": [
        "Skip to main content",
        "Skip to content",
        "Jump to navigation",
        "Zum Inhalt springen",
    ],
    "cookie_notice": [
        "We use cookies to improve your experience and to show you relevant advertising.",
        "Accept all cookies",
        "Manage preferences",
        "Nous utilisons des cookies pour améliorer votre expérience.",
    ],
    "newsletter": [
        "Council Notes is a reader-supported publication. To receive new posts and suppor"
        "t my work, consider becoming a free or paid subscriber.",
        "Il vous reste 40 % de cet article à lire. La suite est réservée aux abonnés.",
        "The rest of this article is for subscribers only.",
        "Ready for more?",
        "Sign up for our newsletter",
        "Subscribe to our daily briefing",
        "Enter your email",
        "Vous souhaitez lire la suite ? Abonnez-vous dès 1 € le premier mois.",
        "This article is for subscribers only.",
        "Already a subscriber? Log in",
        "Je m'abonne",
        "Sign up for The Morning Ledger and get the top stories in your inbox every day.",
        "Newsletter abonnieren",
        "Thanks for reading Northfield Notes! Subscribe for free to receive new posts and support "
        "my work.",
    ],
    "advertisement": [
        "Ad failed to load",
        "Ad Feedback",
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        "Story continues below advertisement",
        "Ad",
        "Anzeige",
        "إعلان",
        "פרסומת",
        "Реклама",
        "広告",
        "Iklan",
        "Sponsored Links",
    ],
    "share": [
        "Share this article",
        "Gift this article",
        "Share on Facebook",
        "Copy link",
        "Tweet",
        "Email",
        "Print",
        "Share Facebook Twitter Email",
        "Share Tweet Print Save for later",
        "Partager",
    ],
    "related": [
        "Related internet links",
        "You may like to read:",
        "Related:",
        "Read more: Floods close schools across Lagos",
        "Читайте также: Трамвайная линия откроется осенью",
        "اقرأ أيضا: ارتفاع عدد رحلات الحافلات",
        "קראו גם: הפקקים בכניסה הדרומית",
        "Baca Juga: Jalan lingkar kota mulai dibangun bulan depan",
        "Читайте також: Ремонт доріг розпочнеться у квітні",
        "Διαβάστε επίσης: Νέα γραμμή λεωφορείου προς το νοσοκομείο",
        "یہ بھی پڑھیں: بازار میں نئی پارکنگ",
        "More from Business",
        "You may also like",
        "Recommended",
        "Most read",
        "Trending",
        "Trending Stories",
        "Lire aussi",
        "Saiba mais",
        "関連記事",
        "Berita Terkait",
        "Baca juga",
        "Explore more on these topics",
        "VÍDEOS: veja mais notícias da região",
        "À LIRE AUSSI Marée verte : deux plages fermées à Pléneuf",
    ],
    "comments": [
        "2 thoughts on “Island ferry keeps winter sailings”",
        'One response to "Dunmore library"',
        "Leave a Reply Cancel reply",  # WordPress's reply form, its title and link on one line
        "Comments",
        "Leave a comment",
        "Join the conversation",
        "Show comments",
        "12 comments",
        "Guest book",
        "Reader discussion (5)",
        "Readers' comments",
        "Your Comments",
        "Discussion (12)",
    ],
    "footer": [
        "Proudly powered by WordPress | Theme: Newsup by Themeansar.",
        "© 2024 The Example Gazette",
        "All rights reserved",
        "Terms of use",
        "Privacy policy",
        "Copyright 2024 Example Media Ltd.",
        "Tous droits réservés",
        "Tüm hakları saklıdır © 2026 Ege Postası",
        "جميع الحقوق محفوظة لصحيفة الواحة 2026",
        "כל הזכויות שמורות לחדשות העמק",
        "کلیه حقوق این سایت محفوظ است",
        "© 2026 Meridian Holdings, Inc. All rights reserved. Member FDIC",
        "Impressum Datenschutz © Mittelrheinische Rundschau 2026",
        "Diario del Serra © 2026 · Aviso legal · Política de cookies",
        "Northmere Herald © 2025 | Privacy | Terms",
    ],
    "other": [
        "Posted in Community",
        "You can save this article by registering for free here. Or sign-in if you have an "
        "account.",
        "Cymru Broadcast is not responsible for the content of external sites.",
        "Tagged festival, Elmwood Park, harvest",
        "Previous Post: Library to extend weekend hours",
        "Was this article helpful?",
        "Our Standards: The Meridian Trust Principles.",
        "5 min read",
        "Reuse this content",
        "Open in app",
        "Member-only story",
        "1 / 3",
        "Photo 2 of 12",
        "Reading time: 4 minutes",
        "Updated 3 hours ago",
        "Follow us on Instagram",
        "Listen to this article",
        "Image 2 of 7",
        "Enlarge this image",
        "The views expressed in this column are the author's own and not those of the Beacon.",
        "The views expressed are the author's own.",
        "Opinions expressed belong to the writer alone.",
        "（责任编辑：李晓）",
        "The Fenwick Courier is a nonprofit newsroom. Support our work.",
        "Dapatkan berita pilihan setiap hari dari Warta Pesisir. Gabung di Grup Telegram kami.",
        "声明：本站转载此文仅为传递信息，不代表本站观点。如有侵权，请联系删除。",
    ],
    "navigation": ["Menu", "Sign in", "Post navigation"],
}


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in CHROME.items() for text in texts]
)
def test_chrome_blocks(kind: str, text: str) -> None:
    assert kind in REMOVED_KINDS
    assert chrome_kind(text) == kind


def test_long_cookie_notice_is_still_chrome() -> None:
    notice = (
        "We and our partners use cookies and similar technologies to store and access "
        "information on your device, to measure audiences and to personalise content and ads. "
    ) * 3
    assert len(notice.split()) > MAX_CHROME_WORDS
    assert chrome_kind(notice) == "cookie_notice"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the city would share the cost of repairs with the state.",
        "Share this information, please?",
        "More on that in a follow-up post about the engine.",
        "Follow up on RSVPs and contact any guests who have not replied.",
        "Copyright Complexity in a Fragmented World",
        "Sign up for the bundle using the same email as your existing account",
        "Browsers will soon let users reject cookies from advertisers, the regulator said.",
        "Accessibility",
        "Her grandmother baked cookies every Sunday.",
        "The views expressed by residents at the meeting were mixed, the author said.",
        "Police said the gang ran a Telegram channel to sell the stolen phones.",
        "Investigators found messages in a group WhatsApp chat between the officers.",
        "Lire aussi le rapport du Sénat, publié hier, qui détaille les coûts.",
        "The ferry at dusk. © Ruth Kane 2019",  # captions and their credits
        "The ferry at dusk © Ruth Kane 2019",
        "The harbour at dawn © 2019 · Ruth Kane",
        "2 thoughts on the budget were offered by the mayor.",
        "Posted in 2019, the video drew millions of views.",
        "You can save this article for later reading, the editor said, by printing it.",
        "Thanks for reading this far, the mayor said. Subscribe later.",
        "Tagged as a risk by the auditors, the bridge was closed.",
        "Powered by solar panels, the ferry crosses twice a day.",
        "Reader comments show support for the plan.",
        "Discussion",
        "کلیه حقوق کارکنان شهرداری تا پایان ماه پرداخت شد.",  # حقوق: salaries, too
        "The charity is a reader-supported publication of the Westmarch Trust, founded in 1952 "
        "to report on the county's farms.",
        "",
        "   ",
    ],
)
def test_prose_is_not_chrome(text: str) -> None:
    assert chrome_kind(text) is None


def test_long_block_is_not_chrome_by_wording() -> None:
    block = "Related: " + "the council met again to discuss the flooding " * 8
    assert len(block.split()) > MAX_CHROME_WORDS
    assert chrome_kind(block) is None


def test_partner_cookie_prose_and_its_buttons_are_cookie_notices() -> None:
    prose = (
        "The Harbour Ledger and our partners store and access information on your device, "
        'such as cookies, to personalise ads and content. Click "I agree" to consent.'
    )
    assert chrome_kind(prose) == "cookie_notice"
    assert chrome_kind("I agree Options") == "cookie_notice"


@pytest.mark.parametrize("text", ["___", "______________________________", "* * *", "= = ="])
def test_separator_lines_are_chrome(text: str) -> None:
    assert chrome_kind(text) == "other"


@pytest.mark.parametrize("text", ["—", "--", "#1"])
def test_one_or_two_marks_are_not_a_separator(text: str) -> None:
    assert chrome_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "7 min read",
        "7–9 minutes",
        "2 hours ago",
        "Updated: 3 hours ago",
        "Atualizado há 2 horas",
        "il y a 3 heures",
        "hace 5 minutos",
        "vor 2 Stunden",
        "2 ore fa",
        "3 uur geleden",
        "Updated 1.45pm GMT",
        "Updated 1:45 p.m. ET",
        "Last updated at 9am",
    ],
)
def test_reading_and_relative_times_are_time_labels(text: str) -> None:
    from dateline.recognise.chrome_text import is_time_label

    assert is_time_label(text)
    assert chrome_kind(text) == "other"


def test_a_sentence_opening_with_a_relative_time_is_not_a_time_label() -> None:
    from dateline.recognise.chrome_text import is_time_label

    assert not is_time_label("2 hours ago, the river broke its banks")
    assert not is_time_label("Hace 5 minutos llegó el ferry")


@pytest.mark.parametrize(
    ("text", "promo"),
    [
        ("Follow Tidewire's Africa coverage at https://tidewire.example/hub/africa", True),
        ("Follow the ferry updates at www.kestrelbay.example", True),
        ("Catch all the City News and Breaking News updates on Northmere Daily.", True),
        ("Download the Northmere Daily app to get daily news updates.", True),
        ("Follow up on RSVPs and contact any guests who have not replied.", False),
        ("The council will download the data at noon.", False),
        (
            "Fenwick Facts is a verified signatory of the International Fact-Checking Network. "
            "Read our corrections policy.",
            True,
        ),
        ("The agency is a signatory of the Paris climate pledge.", False),
        # A call for tips under an investigation.
        ("Do you know more? Email investigations@kestrelherald.example", True),
        ("Got a story? Contact the newsdesk on 01632 960000.", True),
        ("Do you know more about the payments, the council asked residents on Monday.", False),
    ],
)
def test_closing_promotion_lines(text: str, promo: bool) -> None:
    from dateline.recognise.chrome_text import is_closing_promo

    assert is_closing_promo(text) is promo


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The edge strip takes the brackets of a comment count before the patterns see it.
        ("Comments (318)", "comments"),
        ("(12) Comments", "comments"),
        # A subscription pitch naming the paper, and a sentence that only begins like one.
        ("Subscribe to the Bugle!", "newsletter"),
        ("Subscribe to the theory that rates will fall this year", None),
        ("Sign in or create your Tidewater Courier account to join the discussion", "comments"),
        # The buttons that open more of a comment thread.
        ("Load more comments", "comments"),
        ("Show more comments (48)", "comments"),
        ("Read comments on this story", "comments"),
        # Related-story labels in other languages, with their colon.
        ("Auch lesenswert: Deichsanierung seit Jahren verschoben", "related"),
        ("Lesen Sie auch: Der Hafen bleibt geschlossen", "related"),
        ("Voir aussi : le port rouvre lundi", "related"),
        # Tag lists under a story.
        ("Topics: Markets", "other"),
        ("Filed under: Harbour, Ferries", "other"),
        # A newsroom's appeals: for money, and for letters.
        ("Help us keep reporting", "other"),
        ("Support local journalism", "other"),
        (
            "The Kestrel Ledger is a nonprofit newsroom. Your donation supports independent "
            "journalism in Kestrel Bay.",
            "other",
        ),
        ("Become a member and support the reporting you rely on.", "other"),
        # … with the ask after the appeal.
        ("Support independent local journalism — become a member for £4 a month.", "other"),
        ("Support our reporting: donate now.", "other"),
        ("Have a view? Send a letter to the editor at letters@ledger.example.", "other"),
        # The parts of a newsletter box.
        ("Free weekly newsletter", "newsletter"),
        ("Daily newsletter", "newsletter"),
        ("Our editors' pick of the news, delivered to your inbox every morning.", "newsletter"),
        (
            "Privacy Notice: Newsletters may contain info about charities, online ads, and "
            "content funded by outside parties.",
            "newsletter",
        ),
        # Live-blog and script chrome.
        ("Show key events only", "other"),
        ("Please turn on JavaScript to use this feature", "other"),
        ("Please enable JavaScript to view the comments", "other"),
        (
            "IE 11 is not supported. For an optimal experience visit our site on another browser.",
            "other",
        ),
        ("Your browser is not supported", "other"),
    ],
)
def test_comment_counts_newsletter_parts_and_script_notices(text: str, kind: str) -> None:
    assert chrome_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The newsletter, first printed in 1911, went online last year.",
        "Comments from residents were collected in a survey (318 replies).",
        "Read comments from residents of Marrow Bay and the council's reply to them.",
        "View comments filed on the plan, the council said, before it votes in May.",
        "The fund took donations to pay for local journalism projects, the council said.",
        "Support for local journalism has fallen, the survey found, and few readers subscribe.",
        "Readers wrote to the editor in their hundreds after the ferry sank.",
        "Auch lesenswert ist der Bericht der Kommission über den Deich.",
        "The parcels are delivered to your door within two days, the company said in a filing.",
        "Key events in the strike, from the first walkout to the talks on Friday",
        "Internet Explorer is no longer supported by Microsoft, which ended its updates in June.",
    ],
)
def test_sentences_about_newsletters_and_comments_are_not_chrome(text: str) -> None:
    assert chrome_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Recibe el boletín de la mañana con las noticias más importantes", "newsletter"),
        ("Abonnez-vous à la newsletter du matin", "newsletter"),
        ("Paylaş: Facebook Twitter WhatsApp", "share"),
        ("أرسل لصديق | طباعة | فيسبوك", "share"),
        ("Etiketler: izmir, körfez", "other"),
        ("Article réservé aux abonnés", "other"),
        ("1 284 просмотра", "other"),
        ("3,201 views", "other"),
        ("Просмотров: 1 245", "other"),
        ("Dilihat: 1.204 kali", "other"),
        ("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "other"),
        ("Found a typo? Select it and press Ctrl + Enter", "other"),
        ("Simak berita dan artikel lainnya di Google News", "other"),
        ("Up next: Storm damage on the seafront", "related"),
        ("کد خبر: ۴۸۲۹۱۷", "other"),
        ("VÍDEOS: mais assistidos do g1", "related"),
        ("Most watched this week", "related"),
        ("Lo más leído", "related"),
        ("View this email in your browser | Forward to a friend", "other"),
        ("You are receiving this email because you subscribed to The Morning Ferry.", "other"),
        ("NEWS PROVIDED BY Lumiveer Robotics, Inc.", "other"),
        ("Media contact: Jane Roe, press@example.com", "other"),
        ("For Immediate Release: August 7, 2025", "other"),
        ("The Glenford Ledger newsroom was not involved in the creation of this content.", "other"),
        ("… we have a small favour to ask. Millions read the Review for free.", "other"),
        ("Haberin Devamı", "advertisement"),  # "the story goes on", after an ad slot
        ("Sigue leyendo", "navigation"),  # the link to the rest of the story
        ("Tags", "other"),  # a tag box's heading, its links gone with it
        ("شاهد أيضا: توسعة مطار الساحل الدولي", "related"),  # "see also"
        ("यह भी पढ़ें: शहर में नई पार्किंग नीति लागू", "related"),  # "read this too"
        ("Tag", "other"),
        ("Etiquetas", "other"),
        ("Weiterlesen", "navigation"),
        ("Continue reading", "navigation"),
        ("תגובות", "comments"),
        ("دیدگاه‌ها", "comments"),
        ("Комментарии", "comments"),
        ('Simak Video "Uji Coba Ganjil Genap Hari Pertama":', "other"),
        ("Saksikan juga video: Banjir di Jalan Utama", "other"),
    ],
)
def test_chrome_wording_in_more_languages(text: str, kind: str) -> None:
    assert chrome_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The tags were removed from the cattle in 2019.",
        "Recibe el apoyo de sus vecinos desde hace años.",
        "1 284 people signed the petition.",
        "Press Ctrl+Enter to send. The council voted 4-1 on Monday to approve the plan.",
        "Views: the council heard from 40 residents before the vote on Monday.",
        "Most read stories were about the storm, officials said.",
        "Unsubscribe from the plan, residents were told, to avoid the fees.",
        "Simak video ini sampai habis. Polisi menangkap dua orang di lokasi kejadian.",
        "Sigue leyendo el informe, pidió el alcalde a los vecinos.",
        "Keywords",  # a paper's section heading before its key words
        "شاهد أيضا الفيديو الكامل للمؤتمر الصحفي الذي عقده الوزير اليوم.",
    ],
)
def test_sentences_near_those_words_are_not_chrome(text: str) -> None:
    assert chrome_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "📲 Participe do canal do Jornal Serra Azul no WhatsApp",
        "Join our WhatsApp channel for the latest news",
        "Síguenos en Telegram",
        "The Kestrel Observer is a nonprofit newsroom. We rely on readers like you. "
        "Donate today to keep local news free.",
    ],
)
def test_channel_promotions_and_a_newsrooms_appeal_are_chrome(text: str) -> None:
    assert chrome_kind(text) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Join the 200 residents who used WhatsApp to report the flood to the council.",
        "The nonprofit newsroom was founded in 2019 by three former editors of the Courier.",
    ],
)
def test_sentences_about_a_channel_or_a_newsroom_are_prose(text: str) -> None:
    assert chrome_kind(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Enjoying this story? Subscribe to Saltline for free and get the next one.", "newsletter"),
        ("扫描二维码，关注华川新闻公众号", "other"),
        ("I enjoyed this story about the harbour when I was young.", None),
    ],
)
def test_a_readers_sign_up_call_and_a_qr_code_promotion(text: str, kind: str | None) -> None:
    assert chrome_kind(text) == kind


@pytest.mark.parametrize(
    "line",
    [
        "저작권자 © 솔바람일보 무단전재 및 재배포 금지",
        "<저작권자(c) 한빛뉴스, 무단 전재-재배포금지>",
        "Copyright © 鷹森新報 無断転載を禁じます",
        "青岭日报社 版权所有",
    ],
)
def test_korean_japanese_and_chinese_rights_lines_are_footer(line: str) -> None:
    assert chrome_kind(line) == "footer"


@pytest.mark.parametrize(
    ("text", "expected"), [("WhatsApp", True), ("copy", True), ("Harbour", False)]
)
def test_a_share_word_alone(text: str, expected: bool) -> None:
    assert is_share_word(text) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Listen to the Calloway Daily podcast on Spotify, Apple Podcasts or wherever you"
            " get your podcasts.",
            "other",
        ),
        ("Subscribe to Harbour Talk on Apple Podcasts.", "other"),
        ("Cet article est réservé aux abonnés. Il vous reste 75% à découvrir.", "newsletter"),
        ("Il vous reste 62.5% de cet article à lire.", "newsletter"),
        ("Para seguir leyendo, suscríbete", "newsletter"),
        ("¿Ya eres suscriptor? Inicia sesión", "newsletter"),
        ("Já é assinante? Faça login", "newsletter"),
        ("Para seguir leyendo el informe, el juez pidió más tiempo a las partes.", None),
        ("She began to listen to podcasts on Spotify during the long commute to Halden.", None),
        ("Cet article de loi est contesté par les syndicats depuis des mois.", None),
        ("Republish this story", "other"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        ("The name of the winner will not be published until Friday.", None),
        ("https://twitter.com/juntavaldemora/status/1234567890", "other"),
        ("https://www.youtube.com/watch?v=abc123", "other"),
        ("Watch it at https://www.youtube.com/watch?v=abc123 tonight.", None),
        ("Síguenos en Google News para estar al día de toda la actualidad.", "other"),
        ("Suivez-nous sur Google Actualités", "other"),
        ("Folgen Sie uns auf Google News!", "other"),
        ("Sigue la ruta del río hasta el puente y luego gira a la izquierda.", None),
        ("You may republish this article for free under a Creative Commons licence.", "other"),
        ("The council may republish the report once the inquiry has finished.", None),
    ],
)
def test_podcast_plugs_republish_boxes_embed_fallbacks_and_paywall_lines(
    text: str, kind: str | None
) -> None:
    assert chrome_kind(text) == kind
