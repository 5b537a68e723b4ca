"""Page chrome recognised by the words of a short block alone.

``chrome_kind`` answers for one block of text (a line of a text dump, the text of one HTML
block): is it a skip link, a cookie notice, a newsletter box, an ad label, a share bar, a
related-stories header, a comments prompt, a footer line, or other chrome such as a printed
reading time? Whole-block phrases are looked up in a table after folding case and edge
punctuation; a few prefix patterns cover blocks that go on ("Read more: …", "© 2024 …").
Blocks longer than ``MAX_CHROME_WORDS`` are never chrome by wording, except cookie notices.

Checked against the 51,349 body paragraphs of the scrapinghub ground truth and the WCXB dev
article pages: 56 are flagged, and all but two ("Comments?" as a heading, "More from Cornell
on climate change and gardening:") are chrome that the ground truth kept ("Read more: …"
teasers, "© Reuters", "8 min read").
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Longest block judged by wording, in words. The longest non-cookie chrome blocks in the
#: fixtures and in the ground-truth pages checked (newsletter pitches such as "Sign up for our
#: daily briefing and get the day's top stories in your inbox every morning. Enter your email
#: address below.") run to ~30 words, while ~60% of body paragraphs in the scrapinghub ground
#: truth are longer than 40 words; 40 keeps a margin on both sides.
MAX_CHROME_WORDS = 40
#: Longest cookie notice accepted; consent banners with a partner list run to ~150 words.
MAX_COOKIE_WORDS = 200

_EDGE = " \t\n\r.:;,!?|›»→>–—-•·*()[]\"'“”‘’…#"

#: Whole blocks, folded to lower case with edge punctuation stripped.
_PHRASES: dict[str, str] = {}


def _add(kind: str, phrases: str) -> None:
    for phrase in phrases.strip().split("\n"):
        _PHRASES[phrase.strip()] = kind


_add(
    "skip_link",
    """
    skip to main content
    skip to content
    skip to main
    skip to navigation
    skip to footer
    skip to search
    skip navigation
    jump to navigation
    jump to content
    jump to main content
    skip to article
    zum inhalt springen
    zum hauptinhalt springen
    direkt zum inhalt
    aller au contenu
    aller au contenu principal
    passer au contenu
    saltar al contenido
    ir al contenido
    pular para o conteúdo
    ir para o conteúdo
    vai al contenuto
    salta al contenuto
    naar de inhoud
    ga naar de inhoud
    direct naar de inhoud
    i̇çeriğe geç
    içeriğe geç
    ana içeriğe atla
    انتقل إلى المحتوى
    تخطى إلى المحتوى
    """,
)
_add(
    "cookie_notice",
    """
    accept all cookies
    accept cookies
    accept all
    i agree
    i agree options
    i accept
    agree and close
    accept and close
    manage options
    your privacy
    your privacy choices
    reject all
    allow all cookies
    manage preferences
    manage cookies
    cookie settings
    cookie preferences
    manage cookie preferences
    cookie policy
    do not sell or share my personal information
    do not sell my personal information
    alle akzeptieren
    alle cookies akzeptieren
    tout accepter
    accepter les cookies
    aceptar todas
    aceptar cookies
    aceitar todos
    aceitar cookies
    accetta tutti
    accetta i cookie
    alle cookies accepteren
    tümünü kabul et
    çerezleri kabul et
    """,
)
_add(
    "newsletter",
    """
    sign up for our newsletter
    ready for more
    je m'abonne
    je m’abonne
    abonnez-vous
    sign up for our newsletters
    subscribe to our newsletter
    subscribe to our newsletters
    enter your email
    enter your email address
    your email address
    sign up
    sign up now
    subscribe
    subscribe now
    get our newsletter
    newsletter
    newsletters
    newsletter abonnieren
    jetzt abonnieren
    jetzt anmelden
    zum newsletter anmelden
    abonnez-vous à notre newsletter
    inscrivez-vous à notre newsletter
    suscríbete a nuestro boletín
    suscríbete a nuestra newsletter
    assine nossa newsletter
    inscreva-se na nossa newsletter
    iscriviti alla newsletter
    iscriviti alla nostra newsletter
    schrijf je in voor onze nieuwsbrief
    aanmelden voor de nieuwsbrief
    bültenimize abone olun
    اشترك في النشرة البريدية
    recibe el boletín
    recibe nuestro boletín
    receba a newsletter
    receba nossa newsletter
    recevez notre newsletter
    подпишитесь на рассылку
    """,
)
_add(
    "advertisement",
    """
    advertisement
    advertisements
    advertising
    ad failed to load
    ad feedback
    ad
    ads
    sponsored
    sponsored content
    sponsored links
    sponsored stories
    paid content
    paid post
    promoted content
    partner content
    story continues below advertisement
    article continues below advertisement
    content continues below advertisement
    story continues below
    article continues below
    continue reading below
    scroll to continue with content
    scroll to continue reading
    advertise with us
    anzeige
    werbung
    publicité
    publicidad
    publicidade
    pubblicità
    advertentie
    reklam
    haberin devamı
    reklama
    реклама
    إعلان
    تبلیغات
    פרסומת
    iklan
    विज्ञापन
    広告
    광고
    广告
    廣告
    """,
)
_add(
    "share",
    """
    share
    share this
    share this article
    share this story
    share this page
    share article
    share story
    share on facebook
    share on twitter
    share on x
    share on linkedin
    share on whatsapp
    share via email
    share via e-mail
    gift this article
    gift article
    copy link
    copy the link
    link copied
    tweet
    email
    e-mail
    print
    teilen
    artikel teilen
    partager
    partager l'article
    compartir
    compartilhar
    condividi
    delen
    paylaş
    شارك
    """,
)
_add(
    "related",
    """
    related
    related stories
    related articles
    related internet links
    related content
    related coverage
    related topics
    explore more on these topics
    related news
    related links
    read more
    read next
    read also
    also read
    more stories
    more news
    more on this story
    more on this topic
    you may also like
    you might also like
    you may like
    you might like
    you may like to read
    you may be interested in
    recommended
    recommended for you
    recommended stories
    most read
    most popular
    most viewed
    popular now
    trending
    trending now
    trending stories
    trending articles
    trending news
    popular stories
    top stories
    latest news
    latest stories
    what to read next
    editor's picks
    editors' picks
    around the web
    mehr zum thema
    das könnte sie auch interessieren
    meistgelesen
    lire aussi
    à lire aussi
    a lire aussi
    sur le même sujet
    les plus lus
    lee también
    te puede interesar
    lo más leído
    leia também
    leia mais
    mais lidas
    leggi anche
    più letti
    lees ook
    meest gelezen
    i̇lginizi çekebilir
    ilginizi çekebilir
    en çok okunanlar
    ilgili haberler
    i̇lgili haberler
    benzer haberler
    i̇lgili i̇çerikler
    ilgili içerikler
    أخبار ذات صلة
    مواضيع ذات صلة
    اخبار ذات صلة
    כתבות נוספות
    כתבות קשורות
    עוד בנושא
    مطالب مرتبط
    اخبار مرتبط
    читайте также
    по теме
    похожие новости
    اقرأ أيضا
    اقرأ أيضاً
    الأكثر قراءة
    você pode gostar
    você também pode gostar
    veja também
    saiba mais
    notícias relacionadas
    関連記事
    関連ニュース
    相关新闻
    相關新聞
    berita terkait
    baca juga
    artikel terkait
    artigos relacionados
    posts relacionados
    noticias relacionadas
    artículos relacionados
    también te puede interesar
    potrebbe interessarti anche
    articoli correlati
    vous aimerez aussi
    articles similaires
    читайте также
    похожие статьи
    по теме
    ähnliche artikel
    קראו גם
    קראו עוד
    אולי יעניין אותך
    بیشتر بخوانید
    بخوانید
    مطالب پیشنهادی
    bunlar da ilginizi çekebilir
    bunu da okuyun
    diğer haberler
    διαβάστε επίσης
    διαβάστε ακόμη
    σχετικά άρθρα
    читайте також
    дивіться також
    схожі новини
    یہ بھی پڑھیں
    مزید پڑھیں
    هەروەها بخوێنەوە
    lihat juga
    berita lainnya
    إقرأ أيضا
    اقرأ ايضا
    مقالات ذات صلة
    قد يهمك
    شاهد أيضا
    شاهد أيضاً
    شاهد ايضا
    طالع أيضا
    طالع أيضاً
    यह भी पढ़ें
    ये भी पढ़ें
    """,
)
_add(
    "comments",
    """
    comments
    guest book
    guestbook
    sign the guest book
    comment
    leave a comment
    leave a reply
    leave a reply cancel reply
    leave a comment cancel reply
    add a comment
    post a comment
    join the conversation
    join the discussion
    show comments
    hide comments
    view comments
    load comments
    read comments
    no comments yet
    be the first to comment
    kommentare
    kommentar schreiben
    commentaires
    laisser un commentaire
    comentarios
    deja un comentario
    comentários
    deixe um comentário
    commenti
    lascia un commento
    reacties
    yorumlar
    yorum yap
    تعليقات
    التعليقات
    תגובות
    טוקבקים
    نظرات
    دیدگاه‌ها
    دیدگاه ها
    комментарии
    komentarze
    komentar
    コメント
    댓글
    """,
)
_add(
    "footer",
    """
    all rights reserved
    terms of use
    terms of service
    terms and conditions
    terms & conditions
    privacy policy
    privacy notice
    contact us
    about us
    accessibility statement
    sitemap
    site map
    back to top
    our standards: the thomson reuters trust principles
    alle rechte vorbehalten
    datenschutz
    datenschutzerklärung
    impressum
    tous droits réservés
    mentions légales
    politique de confidentialité
    todos los derechos reservados
    aviso legal
    política de privacidad
    todos os direitos reservados
    política de privacidade
    tutti i diritti riservati
    alle rechten voorbehouden
    tüm hakları saklıdır
    gizlilik politikası
    جميع الحقوق محفوظة
    """,
)
# Navigation, with the link or button to the rest of a story printed after an ad slot or under a
# teaser ("Sigue leyendo", "Weiterlesen").
_add(
    "navigation",
    """
    menu
    main menu
    open menu
    close menu
    toggle navigation
    navigation
    post navigation
    open navigation
    search
    close
    home
    log in
    login
    sign in
    sign out
    my account
    continue reading
    keep reading
    sigue leyendo
    continúa leyendo
    continua leyendo
    seguir leyendo
    continue lendo
    continuar lendo
    lire la suite
    continuer la lecture
    weiterlesen
    continua a leggere
    continua la lettura
    verder lezen
    devamını oku
    lanjutkan membaca
    читать далее
    """,
)
_add(
    "other",
    """
    tags
    tag
    tagged
    etiketler
    etiquetas
    étiquettes
    mots-clés
    mots clés
    schlagwörter
    schlagworte
    теги
    الوسوم
    برچسب‌ها
    برچسب ها
    listen to this article
    listen to article
    reuse this content
    open in app
    member-only story
    key events
    show key events only
    please turn on javascript to use this feature
    listen to this story
    listen
    enlarge this image
    toggle caption
    hide caption
    show caption
    view gallery
    view image
    open image
    expand image
    full screen
    fullscreen
    play video
    watch video
    loading
    loading...
    artikel anhören
    écouter cet article
    escuchar este artículo
    ouvir este artigo
    ascolta l'articolo
    sort by
    sort
    sort by relevance
    who is online
    who's online
    subscribers only
    for subscribers only
    subscriber exclusive
    article réservé aux abonnés
    réservé aux abonnés
    exclusivo para suscriptores
    exclusivo para assinantes
    nur für abonnenten
    riservato agli abbonati
    """,
)

#: A printed reading time ("7 min read", "Lesezeit: 4 Min.") or a relative time ("2 hours ago",
#: "Atualizado há 2 horas", "il y a 3 heures", "hace 5 minutos", "vor 2 Stunden", "2 ore fa"),
#: matched against the folded block. Anchored at both ends for relative times: "2 hours ago,
#: the river broke its banks" is a sentence.
_TIME_LABEL = (
    r"^\d+\s*(?:-|\s)?(?:min(?:ute)?s?|m)\.?\s+(?:read|reading|de lecture|lesezeit|"
    r"de leitura|di lettura|leestijd|okuma)\b"
    # A reader view's estimate, a range: "7–9 minutes".
    r"|^\d+\s*[–-]\s*\d+\s*(?:minutes?|mins?)$"
    r"|^(?:reading time|read time|estimated reading time|lesezeit|temps de lecture|"
    r"tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|okuma süresi)"
    r"\s*:?\s*\d"
    r"|^(?:(?:last\s+|)(?:updated|published|posted|edited)\s*:?\s+|)(?:about\s+|)(?:\d+|an?)\s*"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)\s+ago$"
    r"|^(?:(?:atualizad[oa]|actualizad[oa]|publicad[oa]|modificad[oa]|publiée?|modifiée?|"
    r"mis à jour)\s+|)(?:há|hace|il y a)\s+\d+\s*(?:segundos?|secondes?|minutos?|minutes?|"
    r"min|horas?|heures?|h|días?|dias?|jours?|semanas?|semaines?)$"
    r"|^(?:(?:aktualisiert|veröffentlicht)\s+|)vor\s+\d+\s*(?:sekunden|minuten?|min|stunden?|"
    r"std|tagen?|wochen?)$"
    r"|^\d+\s*(?:secondi|minuti|min|ore|ora|giorni|giorno|settimane)\s+fa$"
    r"|^\d+\s*(?:seconden|minuten|min|uur|dagen|dag|weken)\s+geleden$"
    # A live page's stamp of the time alone: "Updated 1.45pm GMT", "Updated 1:45 p.m. ET".
    r"|^(?:last\s+|)(?:updated|posted|published)\s*:?\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?:gmt|bst|utc|cet|cest|et|est|edt|ct|cst|cdt|pt|pst|pdt))?"
    r"\.?$"
)
_TIME_LABEL_RE = re.compile(_TIME_LABEL)
#: A line of three or more separator marks and nothing else: the "___" that closes an AP story
#: before its tail, "* * *". One or two marks ("—" in a table cell for "none") are not one.
#: The scrapinghub ground truth keeps AP's "___" (a word to its metric): dropping them costs
#: that set 0.0003 F1 on two pages, for a text without separator debris.
_SEPARATOR_RE = re.compile(r"^[_=~*•·—–#-](?:\s*[_=~*•·—–#-]){2,}$")
_SEPARATOR_STARTS = frozenset("_=~*•·—–#-")
#: Promotion lines that close a syndicated story: AP's "Follow AP's Africa coverage at
#: https://…", Indian portals' "Catch all the … News … Updates on …" and "Download the … app";
#: and a fact-checker's note on its IFCN accreditation under each check.
#: Mid-story, the same words are prose ("download the Calm app" in a study's method: 10 such
#: sentences in the WCXB dev ground truth), so the callers take them at the end of a body only.
_CLOSING_PROMO_RE = re.compile(
    r"^follow\b.{1,100}?\bcoverage\b"
    r"|^follow\b.{1,100}?\s(?:at|on)\s+(?:https?://|www\.)\S+$"
    r"|^catch all the\b.{1,200}?\b(?:news|updates)\b"
    r"|^download (?:the|our)\b.{0,60}?\bapp\b"
    # A call for tips under an investigation: "Do you know more? Email investigations@…",
    # "Got a story? Contact the newsdesk on …".
    r"|^(?:do you (?:know more|have (?:a story|more information|information))|"
    r"(?:got|have you got|have) a (?:story|tip|news tip))\b[^.?!]{0,60}[?.!]\s*"
    r"(?:e-?mail|contact|call|get in touch|message|write to|send)\b"
    # A fact-checker's note on its accreditation: "Tri-County Verify is a signatory of the
    # International Fact-Checking Network's code of principles."
    r"|^.{0,80}?\bis an? (?:verified )?signatory (?:of|to) the international fact-checking "
    r"network\b"
)

#: Prefix patterns for blocks that continue past a known opening; checked when the block is
#: at most ``MAX_CHROME_WORDS`` words. They are joined into one pattern, matched at the start
#: of the block only, whose matching group names the kind. They are written in lower case and
#: matched against the folded block, without IGNORECASE, which halves the time of a match
#: (0.91 -> 0.46 µs over the 177,000 distinct short blocks of the dev pages, same verdicts).
#: Some alternatives look for a phrase anywhere in the block's opening, which the others do
#: not: they are left out of the pattern tried on blocks without that phrase (``_ANYWHERE``),
#: which took a match from 2.33 to 0.94 µs over the dev pages' 161,000 (96 a page). Three
#: later ones ("… Ctrl+Enter", "… a small favour to ask", "… newsroom was not involved in …")
#: and the footer's "links © name year" had crept back into every match: out of it again,
#: a Scrapinghub block's match took 5.2 -> 2.6 µs (7,715 distinct blocks, same verdicts).
#: So had a broadcaster's "… is not responsible for the content of external sites", whose
#: ``.{1,60}`` was tried at every place of each block's opening: a fifth of a match, 20,700 ->
#: 14,600 instructions a block over the 15,000 the 161 counted pages ask about.
#: An optional opening is written ``(?:the |)``, not ``(?:the )?``, which matches the same:
#: Python's engine runs a group under ``?`` as a general repeat that allocates its state at
#: every block tried, and the dozen optional openings here and in ``_TIME_LABEL`` cost a
#: block ~4,000 instructions more so (``chrome_kind`` on the 16,500 texts the counted pages
#: ask about: 831.9 -> 766.4 M instructions, same verdicts).
_ANYWHERE = (
    "to your inbox", "to join the", "to start the", "journalism", "reporting", "newsroom",
    "to the editor", " whatsapp", " telegram", "ctrl", "small favo", "not involved in the", "©",
    "reader-supported publication", "is not responsible", "二维码",
)  # fmt: skip


#: A count of comments standing alone ("124 Comments", "Comments (318)"), lower-cased.
COMMENT_COUNT = r"^\(?\d+\)?\s+comments?$|^comments?\s*\(?\d+\)?$"


def _kinds_pattern(anywhere: bool) -> re.Pattern[str]:
    """The kinds' patterns joined; ``anywhere=False`` leaves out those that need a phrase of
    ``_ANYWHERE``, which cannot match a block without one."""
    inbox = r"|^.{0,150}\b(?:delivered|sent|straight|direct)\s+to your inbox\b" if anywhere else ""
    # A newsletter platform's sign-up box: "Council Notes is a reader-supported publication.
    # To receive new posts and support my work, consider becoming a free or paid subscriber."
    reader_supported = r"|^.{0,80}\bis a reader-supported publication\." if anywhere else ""
    discussion = (
        r"|^.{0,60}\bto (?:join|start) the (?:discussion|conversation)$" if anywhere else ""
    )
    # A messaging group's promotion further in: "Dapatkan update berita … dari Kabar Pantura.
    # Mari bergabung di Grup Telegram …", "… join our WhatsApp channel".
    # An invitation must ask: "messages in a group WhatsApp chat" is a story's.
    channel = (
        r"|^.{0,200}\b(?:join|bergabung|gabung|ikuti|follow|subscribe|entre|participe|únete|"
        r"unete|rejoignez|abonnieren|folgen)\b.{0,60}\b(?:grup|group|channel|canal|kanal|"
        r"saluran|komunitas)\s+(?:whatsapp|telegram)\b"
        if anywhere
        else ""
    )
    # A newsroom's appeal for money ("… is a nonprofit newsroom. Your donation supports
    # independent journalism") and its call for letters ("Send a letter to the editor at …").
    appeal = (
        r"|^.{0,200}\b(?:your (?:donation|contribution|gift|support|membership)|donate (?:now|"
        r"today|here)|make a (?:donation|contribution|gift)|become a (?:member|supporter|donor)|"
        r"please (?:donate|support|consider))\b.{0,80}\b(?:journalism|reporting|newsroom)\b"
        # … and the other way round: "… is a nonprofit newsroom. … Donate today to keep …".
        r"|^.{0,120}\b(?:nonprofit|non-profit|independent|reader-funded|reader-supported)\s"
        r"(?:newsroom|journalism|news organi[sz]ation)\b.{0,120}\b(?:donate (?:now|today|here)|"
        r"make a (?:donation|contribution|gift)|become a (?:member|supporter|donor)|"
        r"support (?:our work|us)[.!]?$)"
        r"|^.{0,100}\b(?:send|submit|write|email)\b.{0,40}\bletters? to the editor\b"
        if anywhere
        else ""
    )
    # The footer's links run into the notice ("Impressum Datenschutz © Mittelrheinische
    # Rundschau 2026"): a few link words, a year to close it. A caption's words hold an article
    # or a preposition ("The ferry at dusk © Ruth Kane 2019").
    # … or the site's name, the sign and the year open a row of its links ("Diario del Serra
    # © 2026 · Aviso legal · Política de cookies"), where a caption's credit ends.
    footer_links = (
        r"|^(?:(?!(?:the|an?|at|in|on|by|with|from)\s)[\w&-]+\s+){1,4}©\s*"
        r"[^.!?©]{2,60}\b(?:19|20)\d\d$"
        r"|^(?:(?!(?:the|an?|at|in|on|by|with|from)\s)[\w&'’-]+\s+){1,5}©\s*(?:19|20)\d\d"
        r"\s*[·•|]"
        if anywhere
        else ""
    )
    # A typo-report prompt: "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Found a
    # typo? Select it and press Ctrl+Enter".
    ctrl_enter = r"|^.{0,80}\bctrl\s*\+\s*enter\b[^.?!]{0,40}$" if anywhere else ""
    # The republishing site's disclaimer: "The Glenford Ledger newsroom was not involved in
    # the creation of this content."
    not_involved = (
        r"|^.{0,80}\b(?:newsroom|news staff|editorial staff|editorial team|journalists)\b"
        r".{0,40}\b(?:was|were) not involved in the (?:creation|production|writing|"
        r"preparation) of this (?:content|story|article|release)"
        if anywhere
        else ""
    )
    # A broadcaster's note under its external links: "Cymru Broadcast is not responsible for
    # the content of external sites."
    not_responsible = (
        r"|^.{1,60}\bis not responsible for the content of external (?:sites|websites|"
        r"links|internet sites)\b"
        if anywhere
        else ""
    )
    # Scan a QR code to follow an account: "扫描二维码，关注华川新闻公众号".
    qr_code = (
        r"|^[^.。!！?？]{0,10}二维码[^.。!！?？]{0,20}(?:关注|公众号|下载)" if anywhere else ""
    )
    # A shop grid's and a board's counters: "Showing 1–16 of 29 results", "Showing all 10
    # results", "Users browsing this forum: No registered users and 4 guests".
    counters = (
        r"|^showing (?:all )?\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?(?: of \d[\d,.]*)? "
        r"(?:results?|products?|items?)$|^users browsing this (?:forum|topic|thread|board)\b"
    )
    # A reader-revenue appeal: "… we have a small favour to ask."
    small_favour = r"|^.{0,80}\bwe have a small favou?r to ask\b" if anywhere else ""
    return re.compile(
        "|".join(
            f"(?P<{kind}>{pattern})"
            for kind, pattern in (
                (
                    "skip_link",
                    r"^(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article)\b",
                ),
                (
                    "newsletter",
                    r"^(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletters?|briefing|bulletin|"
                    r"digest|inbox|alerts?)\b"
                    r"|^(?:get|receive)\b.{0,60}\b(?:newsletters?|in your inbox|"
                    r"delivered to your inbox)"
                    # … and the same pitch in Spanish, Portuguese, French, Italian and German:
                    # "Recibe cada mañana las noticias más importantes en tu correo.", "Recevez
                    # l'essentiel dans votre boîte mail", "Erhalten Sie … in Ihr Postfach".
                    r"|^(?:recibe|reciba|receba|recevez|reçois|ricevi|erhalten sie)\b.{0,80}"
                    r"\b(?:en (?:tu|su) (?:correo|e-?mail|bandeja)|n[oa] (?:seu|sua) (?:e-?mail|"
                    r"caixa)|dans (?:votre|ta) boîte|nella (?:tua|sua) (?:casella|e-?mail)|"
                    r"(?:ihr|ihrem|dein) (?:postfach|e-?mail-postfach))"
                    r"|^enter your e-?mail\b"
                    # A blog platform's closing pitch: "Thanks for reading Northfield Notes!
                    # Subscribe for free to receive new posts and support my work."
                    r"|^thanks for reading\b[^.!?,]{0,60}[.!]\s*subscribe\b"
                    # A paywall's prompt: "Vous souhaitez lire la suite ? Abonnez-vous dès 1 €".
                    r"|^(?:vous souhaitez|envie de) lire la suite\b"
                    # … and in English: "This article is for subscribers only.", "Already a
                    # subscriber? Log in".
                    r"|^(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to)"
                    r" (?:paid |paying )?subscribers\b"
                    r"|^already a (?:subscriber|member)\b"
                    # … and where it cuts the story: "Il vous reste 40 % de cet article à lire.",
                    # "La suite est réservée aux abonnés.", "The rest of this article is for
                    # subscribers".
                    r"|^il vous reste \d+(?:[.,]\d+)?\s*%\s*(?:de cet article )?"
                    r"à (?:lire|découvrir)\b"
                    r"|^la suite est réservée aux abonnés\b"
                    # … and over it: "Cet article est réservé aux abonnés. Il vous reste …".
                    r"|^(?:cet article|ce contenu) est réservé aux abonnés\b"
                    # … in Spanish, Portuguese, German and Italian: "Para seguir leyendo,
                    # suscríbete", "¿Ya eres suscriptor? Inicia sesión", "Já é assinante?",
                    # "Bereits Abonnent?", "Sei già abbonato?".
                    r"|^para (?:seguir|continuar) (?:leyendo|lendo)\b.{0,60}\b(?:suscr[ií]b|"
                    r"hazte|reg[ií]str|inicia|assin|cadastr)"
                    r"|^¿?ya eres (?:suscriptor|suscriptora|socio|socia|abonado|abonada)\b"
                    r"|^(?:já é|ja e|já sou) assinante\b|^bereits (?:abonnent|abonniert)\b"
                    r"|^sei già abbonato\b"
                    r"|^(?:este|el) (?:artículo|contenido) es (?:exclusivo )?para (?:suscriptores|"
                    r"socios)\b"
                    r"|^the rest of this (?:article|story) is (?:only )?(?:for|available to) "
                    r"(?:paid |paying )?subscribers\b"
                    # A reader's sign-up call: "Enjoying this story? Subscribe to Saltline for
                    # free and get the next one …".
                    r"|^(?:enjoy(?:ing|ed)?|like|liked|love|loved) (?:this|the|our) (?:story|"
                    r"article|post|piece|newsletter|reporting)\b.{0,3}\s*(?:subscribe|sign up|"
                    r"join)\b"
                    r"|^by (?:signing up|subscribing|registering|submitting your e-?mail)\b"
                    r".{0,80}\b(?:privacy|terms|unsubscribe|agree)"
                    # A sign-up box's parts: "Free weekly newsletter", "… delivered to your inbox
                    # every morning.", "Privacy Notice: Newsletters may contain info about …".
                    r"|^(?:(?:free|our|the)\s+|)(?:(?:daily|weekly|monthly|morning|evening)\s+|)"
                    r"(?:e-?mail\s+|)newsletters?$"
                    + inbox
                    + reader_supported
                    + r"|^privacy notice\W+newsletters?\b"
                    # A newsletter's name after the word: 'Newsletter „Koblenz am Morgen“'.
                    r"|^newsletter\s*[„“\"«‚']"
                    # A subscription pitch naming the paper: "Subscribe to the Bugle!".
                    r"|^subscribe to (?:the |our )?[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$"
                    # The sign-up in other languages: "Recibe el boletín …", "Abonnez-vous à
                    # la newsletter …", "Подпишитесь на рассылку …".
                    r"|^(?:suscríbete|suscribete|recibe|inscríbete|abonnez-vous|inscrivez-vous|"
                    r"recevez|assine|receba|inscreva-se|cadastre-se|iscriviti|ricevi|abonnieren|"
                    r"melden sie sich|abone ol|подпишитесь|اشترك)\b.{0,60}(?:boletín|boletin|"
                    r"newsletter|nieuwsbrief|bülten|рассылк|النشرة)",
                ),
                (
                    "advertisement",
                    r"^(?:story|article|content|text) continues (?:below|after)\b|^sponsored by\b"
                    r"|^(?:advertisement|anzeige|publicité|publicidad)\s*[-–—:]",
                ),
                (
                    "share",
                    r"^(?:share|click to share) "
                    r"(?:this (?:article|story|page|post|video|gallery|on)|on|via)\b[^.?!]{0,30}$",
                ),
                (
                    "related",
                    r"^(?:related|read more|read also|also read|see also|more from|more on|watch|"
                    r"read next|up next|next up|recommended|more stories from|lire aussi|"
                    r"à lire aussi|lee también|leia também|leggi anche|lees ook|mehr zum thema|"
                    r"auch lesenswert|lesen sie auch|das könnte sie auch interessieren|voir aussi|"
                    r"ver también|véase también|vedi anche|zie ook|читайте также|смотрите также|"
                    r"ayrıca okuyun|ilgili haber|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|קראו גם|קראו עוד|"
                    r"بیشتر بخوانید|بخوانید|baca juga|lihat juga|bunu da okuyun|"
                    r"διαβάστε επίσης|διαβάστε ακόμη|читайте також|یہ بھی پڑھیں|إقرأ أيضا|"
                    r"شاهد أيضا|شاهد أيضاً|شاهد ايضا|طالع أيضا|طالع أيضاً|यह भी पढ़ें|ये भी पढ़ें)"
                    r"\s*[:›»→|–—-]"
                    r"|^more (?:from|stories from|news from|on) [^.?!]{1,60}$"
                    # The same labels before a headline with no separator, as text dumps
                    # print them ("À LIRE AUSSI Algues vertes : deux plages fermées").
                    r"|^(?:à lire aussi|a lire aussi|lire aussi|leia também|lee también|"
                    r"leggi anche|lesen sie auch|baca juga) \S[^.?!]{0,100}$"
                    # A most-read box's header, maybe labelled and naming the site: "VÍDEOS:
                    # mais assistidos do g1", "Most watched this week". The label's letters
                    # are never given back (a colon must follow them), which spares the match
                    # retrying each shorter run (1,400 instructions a block).
                    r"|^(?:[^\W\d_]{1,12}+\s*:\s*|)(?:mais (?:assistidos|vistos|lidos|lidas)|"
                    r"veja mais|most (?:read|watched|viewed|popular|shared)|más (?:vistos|leídos)|"
                    r"lo más (?:visto|leído)|les plus (?:lus|vus|partagés)|più (?:letti|visti)|"
                    r"meistgelesen|meistgesehen|en çok (?:okunanlar|izlenenler)|"
                    r"самое (?:читаемое|популярное)|الأكثر (?:قراءة|مشاهدة))\b[^.?!]{0,40}$",
                ),
                (
                    "comments",
                    # The edge strip takes the ")" of "Comments (318)" and the "(" of
                    # "(318) Comments".
                    # A button's words may trail a count or a few words ("View comments
                    # (12)", "Read comments on this story"), not a sentence ("Read comments
                    # from readers like you, who wrote in about the closure.").
                    COMMENT_COUNT
                    # A blog's thread heading: "2 thoughts on “Island ferry keeps sailing”",
                    # "One response to “…”".
                    + r"|^(?:\d+|one)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+"
                    r"(?:on|to)\s+[“\"«‘']"
                    r"|^(?:view|show|read|load)\s+(?:all\s+|more\s+)?\d*\s*comments?\b"
                    r"[^.?!]{0,30}$"
                    # A thread's heading naming its readers or its count: "Reader discussion
                    # (5)", "Readers' comments", "Discussion (12)".
                    r"|^(?:readers?[’']?|your)\s+(?:comments?|discussion)(?:\s*\(?\d+\)?)?$"
                    r"|^discussion\s*\(?\d+\)?$"
                    # WordPress's comment form, where its markup is gone: "Your email address
                    # will not be published. Required fields are marked *", "Save my name,
                    # email, and website in this browser for the next time I comment."
                    r"|^your email address will not be published\b"
                    r"|^save my name,? email,? and website in this browser\b" + discussion,
                ),
                (
                    "footer",
                    r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))|^all rights reserved\b"
                    # A blog's credit to its software and theme: "Proudly powered by WordPress
                    # | Theme: Newsup by Themeansar."
                    r"|^(?:proudly |)powered by (?:wordpress|drupal|joomla|ghost|blogger|"
                    r"squarespace|wix)\b" + footer_links,
                ),
                (
                    "other",
                    _TIME_LABEL + r"|^follow (?:us|me)\b"
                    r"|^(?:support|help (?:us )?(?:keep|fund|sustain|continue))\b[^.?!]{0,60}"
                    r"\b(?:journalism|reporting|newsroom)(?:$"
                    # … and the ask after it: "Support independent local journalism — become
                    # a member for £4 a month."
                    r"|[.!]?\s*[-–—:,]?\s*(?:become an? (?:member|supporter|subscriber|donor)|"
                    r"donate|subscribe|join us)\b[^.?!]{0,60}[.!]?$)"
                    + appeal
                    + r"|^follow .{1,40} on (?:twitter|x|facebook|instagram|linkedin|"
                    r"tiktok|youtube|threads|bluesky|mastodon|google news|whatsapp|telegram)\b"
                    + qr_code
                    # A messaging channel's promotion: "📲 Participe do canal do g1 no
                    # WhatsApp", "Join our WhatsApp channel", "Síguenos en Telegram".
                    + r"|^\W{0,3}(?:join|participe|siga|entre|inscreva|únete|unete|síguenos|"
                    r"siguenos|suivez|rejoignez|folgen|abonnieren)\b[^.?!]{0,60}"
                    r"\b(?:whatsapp|telegram)\b[^.?!]{0,30}$"
                    + channel
                    + r"|^(?:(?:image|photo|slide|picture)\s+|)\d{1,3}\s*(?:of|/)\s*\d{1,3}$"
                    r"|^listen to (?:this|the) (?:article|story)\b"
                    # A podcast's plug under an embedded player: "Listen to the Calloway Daily
                    # podcast on Spotify, Apple Podcasts or wherever you get your podcasts."
                    r"|^(?:listen|subscribe|follow)\b[^.?!]{0,100}\b(?:apple podcasts|spotify|"
                    r"wherever you (?:get|listen to|find) (?:your )?podcasts)\b[^.?!]{0,60}[.!]?$"
                    # A view counter: "1 284 просмотра", "3,201 views", "12 görüntülenme".
                    r"|^\d[\d\s.,]*\s*(?:views?|просмотр\w*|görüntülenme|okunma|"
                    r"visualizaç(?:ão|ões)|visualizaciones|vues|aufrufe|مشاهدات?|بازدید)$"
                    # … and labelled: "Просмотров: 1 245", "Dilihat: 1.204 kali".
                    r"|^(?:просмотр\w*|views|görüntülenme|okunma|dilihat|visualizaciones|"
                    r"مشاهدات|بازدید)\s*:\s*\d[\d\s.,]*(?:\s*(?:kali|times|раз))?$"
                    + ctrl_enter
                    + counters
                    # An Indonesian portal's closing pitch: "Simak berita dan artikel lainnya
                    # di Google News".
                    + r"|^(?:simak|ikuti|baca)\s+(?:berita|artikel|update|info)\b.{0,80}"
                    r"\bdi\s+google news\b[^.?!]{0,40}$"
                    # … and its plug for a video under the story: 'Simak Video "Uji Coba …":'.
                    r"|^(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b[^.?!]{0,120}$"
                    # … and in Spanish, Portuguese, French, German and Italian: "Síguenos en
                    # Google News para estar al día …", "Suivez-nous sur Google Actualités".
                    r"|^\W{0,3}(?:síguenos|siguenos|sigue|siga-nos|siga|acompanhe|suivez-nous|"
                    r"suivez|folgen sie uns|folge uns|seguici|segui)\b[^.?!]{0,40}\bgoogle "
                    r"(?:news|noticias|notícias|actualités|actualites)\b[^.?!]{0,80}[.!]?$"
                    # A newsletter's web version: "View this email in your browser", "You are
                    # receiving this email because you subscribed to …", "Forward to a friend".
                    r"|^view (?:this|the) (?:e-?mail|newsletter) (?:in|on) (?:your|a) (?:web )?"
                    r"browser\b|^you(?: a|')re receiving this (?:e-?mail|newsletter)\b"
                    r"|^forward (?:this (?:e-?mail )?)?to a friend\b"
                    r"|^unsubscribe\b[^.?!]{0,40}$"
                    # A press release's wire furniture: "NEWS PROVIDED BY …", "SOURCE …",
                    # "For Immediate Release", "Media contact: …".
                    r"|^news provided by\b|^for immediate release\b"
                    # An embed's fallback, the post's address alone where the player did not
                    # load (WordPress prints it when a tweet or video cannot be embedded).
                    r"|^https?://(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|instagram\.com|"
                    r"facebook\.com|tiktok\.com|youtube\.com|youtu\.be|vimeo\.com|threads\.net|"
                    r"bsky\.app)/\S*$"
                    # A nonprofit newsroom's republishing box: "Republish this story", "You may
                    # republish this article for free under a Creative Commons licence."
                    r"|^republish (?:this|our) (?:story|article|stories|articles)\b[^.?!]{0,40}$"
                    r"|^you (?:may|can|are free to|are welcome to) republish\b"
                    # A prompt to register for saving the story: "You can save this article by
                    # registering for free here. Or sign-in if you have an account."
                    r"|^you can save this (?:article|story|page)\b.{0,40}\b(?:registering|"
                    r"signing in|sign-in|sign in|logging in|log in)\b"
                    + not_responsible
                    # A wire agency's pointer to its code under every story: "Our Standards:
                    # The Meridian Trust Principles."
                    + r"|^our standards\s*:.{0,80}\bprinciples\.?$"
                    + not_involved
                    + r"|^(?:media|press) (?:contacts?|inquiries|enquiries)\s*:"
                    # A story's number in the publisher's system: Persian "کد خبر: ۴۸۲۹۱۷".
                    r"|^(?:کد خبر|کد مطلب|شناسه خبر|رقم الخبر|haber (?:kodu|no)|news id|"
                    r"story id|article id)\s*:?\s*\d+$"
                    # A tags line: "Etiketler: izmir, körfez", "Schlagwörter: …", "Topics:
                    # Markets" (Arc XP's tag list), "Filed under: …", "Themen: …".
                    r"|^(?:tags|(?:related |)topics|filed under|themen|temas|"
                    r"etiketler|schlagwörter|schlagworte|étiquettes|etiquetas|"
                    r"теги|الوسوم|كلمات مفتاحية|برچسب\w*)\s*:"
                    # A column's disclaimer ("The views expressed in this column are the
                    # author's own", "The views expressed are the author's own"), a Chinese
                    # portal's editor line ("（责任编辑：张敏）") and its reprint notice
                    # ("声明：本网转载此文……如有侵权……").
                    r"|^(?:the |)(?:views|opinions) (?:and opinions )?expressed"
                    r"(?: (?:in this|here)\b| (?:are|belong)\b).{0,120}\b"
                    r"(?:author|writer|columnist|contributor)s?\b"
                    r"|^\W{0,2}(?:责任编辑|責任編輯)\s*[:：]|^声明\s*[:：].{0,200}(?:转载|侵权)"
                    + small_favour
                    + r"|^(?:please\s+|)(?:turn on|enable|activate)\s+javascript\b"
                    # Browser-support banners: "IE 11 is not supported. For an optimal
                    # experience visit our site on another browser."
                    r"|^(?:(?:internet explorer|ie)\s*\d*|your (?:web\s)?browser)\s+is\s+"
                    r"(?:not|no longer)\s+supported"
                    r"(?:\.|$|\s+(?:on|by)\s+this\s+(?:site|website)\b)",
                ),
            )
        ),
    )


_PATTERN = _kinds_pattern(anywhere=True)
_OPENING_PATTERN = _kinds_pattern(anywhere=False)
#: Blocks longer than this many characters cannot be ``MAX_CHROME_WORDS`` words or fewer
#: (words average under 7 characters with their space); they skip the word count.
_LONG_CHARS = 12 * MAX_CHROME_WORDS

#: Footer lines end so: "Example Media Ltd. All rights reserved."; Korean papers close every
#: story with "저작권자 © … 무단전재 및 재배포 금지" ("no copying or redistribution"), Japanese
#: ones with "無断転載を禁じます" and Chinese ones with "版权所有" ("all rights reserved").
_RIGHTS_RESERVED = (
    "all rights reserved", "tous droits réservés", "alle rechte vorbehalten", "재배포 금지",
    "재배포금지", "無断転載を禁じます", "無断転載禁止", "版权所有", "版權所有",
    # Spanish, Portuguese, Italian, Dutch, Polish, Russian, Indonesian, Turkish, Arabic and
    # Hebrew, which often put it first ("Tüm hakları saklıdır © 2024 …").
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
    "hak cipta dilindungi undang-undang", "tüm hakları saklıdır", "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
)  # fmt: skip
#: Words of a share bar; a block made only of these ("Share Facebook Twitter Email") is one.
_SHARE_WORDS = frozenset(
    [
        "share",
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "email",
        "e-mail",
        "mail",
        "print",
        "copy",
        "link",
        "tweet",
        "pinterest",
        "reddit",
        "telegram",
        "messenger",
        "flipboard",
        "pocket",
        "sms",
        "threads",
        "bluesky",
        "mastodon",
        "save",
        "for",
        "later",
        "bookmark",
        "gift",
        # The same bar in other languages: German, French, Spanish, Portuguese, Italian,
        # Turkish, Russian, Arabic ("send to a friend", "print", the networks' names).
        "teilen",
        "drucken",
        "partager",
        "imprimer",
        "compartir",
        "imprimir",
        "compartilhar",
        "condividi",
        "stampa",
        "paylaş",
        "yazdır",
        "поделиться",
        "печать",
        "شارك",
        "مشاركة",
        "أرسل",
        "لصديق",
        "طباعة",
        "فيسبوك",
        "تويتر",
        "واتساب",
    ]
)


def is_share_word(text: str) -> bool:
    """Whether a block is one word of a share bar alone ("Facebook", "WhatsApp", "Copy"): chrome
    only in a run of them, as a story about a network may head a section with its name."""
    return text.casefold() in _SHARE_WORDS


#: Consent prose that names itself: "We use cookies …", "This site uses cookies …".
_COOKIE_CLAIM_RE = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site|we and our partners)\s+(?:use|uses|store|"
    r"and our partners use)\s+(?:cookies|technologies|tracking)"
    r"|\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b.{0,80}\bcookies?"
    r"|\bour partners\b.{0,60}\b(?:store|access|use)\b.{0,80}\bcookies\b"
    r"|\bclick \W?(?:i agree|accept)\W? to consent\b"
    r"|\b(?:nous utilisons|utilizamos|wir verwenden|usiamo|utilizziamo|wij gebruiken|"
    r"we gebruiken)\b.{0,20}\bcook"
    r"|\bçerez(?:ler)?\b.{0,60}\b(?:kullan|kabul)",
    re.IGNORECASE,
)
#: Weaker wording ("manage cookies", "cookie settings") that counts only when the block also
#: addresses the reader or speaks for the site, as banners do and news about cookies does not.
_COOKIE_ACTION_RE = re.compile(
    r"\b(?:accept|allow|reject|manage|customi[sz]e)\b.{0,30}\bcookies?\b"
    r"|\bcookie (?:policy|settings|preferences|notice|consent)\b",
    re.IGNORECASE,
)
_READER_RE = re.compile(r"\b(?:you|your|we|our|us)\b", re.IGNORECASE)


#: A blog post's footer: its category and tags ("Posted in Community", "Tagged festival,
#: Elmwood Park"), the links to the posts beside it ("Previous Post: Library to extend weekend
#: hours") and a feedback prompt ("Was this article helpful?"). Asked only of a block that ends
#: no sentence: "Posted in 2019, the video drew millions of views." is prose.
_BLOG_FOOTER_RE = re.compile(
    r"^(?:posted|filed) (?:in|under)\s*:?\s[^!?]{1,80}$"
    r"|^tagged(?: with| as)?\s*:?\s[^!?]{1,120}$"
    r"|^(?:previous|next|older|newer) (?:post|article|story|entry)\s*[:›»]"
    r"|^(?:was|is|did you find) this (?:article|story|page|post|information) "
    r"(?:helpful|useful)\b"
)
_BLOG_FOOTER_STARTS = (
    "posted",
    "filed",
    "tagged",
    "previous",
    "next",
    "older",
    "newer",
    "was",
    "is",
    "did",
)


@lru_cache(maxsize=65_536)  # "Share", "Advertisement": the same texts recur across pages
def chrome_kind(text: str) -> str | None:
    """The kind of page chrome a short block of text is (one of model.REMOVED_KINDS), or None."""
    if len(text) > _LONG_CHARS:
        return _cookie_kind(text)
    words = text.split()
    if not words:
        return None
    if len(words) > MAX_CHROME_WORDS:
        return _cookie_kind(text)
    if text.lstrip()[0] in _SEPARATOR_STARTS and _SEPARATOR_RE.match(text.strip()):
        return "other"
    key = " ".join(words).lower().strip(_EDGE)
    kind = _PHRASES.get(key)
    if kind is not None:
        return kind
    if (
        2 <= len(words) <= 8
        and words[0].lower().strip(_EDGE) in _SHARE_WORDS  # most blocks fail here, cheaply
        and all(w.lower().strip(_EDGE) in _SHARE_WORDS or not w.strip(_EDGE) for w in words)
    ):
        return "share"
    anywhere = _holds_any(key, _ANYWHERE)
    match = (_PATTERN if anywhere else _OPENING_PATTERN).match(key)
    # A block that ends a sentence is prose, not a teaser header ("More on that in a post.");
    # asked only of a related match, as most blocks match nothing (29,590 -> 29,020 instructions).
    if match is not None and not (
        match.lastgroup == "related" and len(words) > 4 and text.rstrip()[-1] in ".!?"
    ):
        return match.lastgroup
    if _holds_any(key, _RIGHTS_RESERVED) or ("حقوق" in key and "محفوظ" in key):
        return "footer"  # Persian: "کلیه حقوق … محفوظ است" ("حقوق" alone is also salaries)
    if (
        key.startswith(_BLOG_FOOTER_STARTS)
        and text.rstrip()[-1] not in ".!"
        and _BLOG_FOOTER_RE.match(key)
    ):
        return "other"
    return _cookie_kind(text, key)


def _holds_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needles``. A loop, not ``any(map(text.__contains__,
    needles))``: each call through the method wrapper packs its argument in a new tuple, and
    the two lists ``chrome_kind`` tests cost 24,000 instructions a block so, 14,500 so."""
    for needle in needles:  # noqa: SIM110 (the generator ``any`` asks for is slower still)
        if needle in text:
            return True
    return False


def _cookie_kind(text: str, folded: str | None = None) -> str | None:
    """``cookie_notice`` for consent prose of any length up to ``MAX_COOKIE_WORDS``;
    ``folded`` is the block already folded to lower case, when the caller has it."""
    head = text[:3000]
    if folded is None:
        folded = head.lower()
    if "cooki" not in folded and "çerez" not in folded:  # the cheap exit for body paragraphs
        return None
    if head.count(" ") > MAX_COOKIE_WORDS:
        return None
    if _COOKIE_CLAIM_RE.search(head) or (
        _COOKIE_ACTION_RE.search(head) and _READER_RE.search(head)
    ):
        return "cookie_notice"
    return None


def _folded(text: str) -> str:
    return " ".join(text.split()).lower().strip(_EDGE)


def is_time_label(text: str) -> bool:
    """Whether a short text is a printed reading time or a relative time ("7 min read",
    "2 hours ago", "Atualizado há 2 horas"): a part of a story's header line."""
    return len(text) <= 60 and _TIME_LABEL_RE.match(_folded(text)) is not None


def is_closing_promo(text: str) -> bool:
    """Whether a block is a promotion that closes a syndicated story ("Follow Meridian's Africa
    coverage at https://…", "Download the app …"); only meaningful at the end of a body."""
    if len(text) > _LONG_CHARS or len(text.split()) > MAX_CHROME_WORDS:
        return False
    return _CLOSING_PROMO_RE.match(_folded(text)) is not None
