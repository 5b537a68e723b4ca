"""classify_page: article, listing or other from declared types and the body's shape."""

from __future__ import annotations

import pytest

from dateline.page.blocks import Block
from dateline.page.content import Selection
from dateline.page.page_type import classify_page, declares_thread

PARAGRAPH = (
    "The Kestrel Bay council voted on Tuesday to keep the island ferry running twice a day "
    "through the winter, after a petition signed by most of Gull Island's residents."
)  # 165 characters: 4 make an article's worth of prose


def _block(text: str) -> Block:
    return Block(text=text, tag="p", element=-1, link_chars=0)


def _teaser(n: int) -> Block:
    title = f"Harbour festival draws a record crowd, day {n}"
    return Block(
        text=title,
        tag="li",
        element=-1,
        link_chars=len(title),
        links=[(f"/2024/06/{n}/festival", title)],
    )


def _selection(paragraphs: int, teasers: int = 0, link_blocks: int = 0) -> Selection:
    return Selection(
        body=[_block(PARAGRAPH) for _ in range(paragraphs)],
        removed=[("related", _teaser(n)) for n in range(teasers)],
        link_blocks=link_blocks,
    )


@pytest.mark.parametrize("declared", ["NewsArticle", "newsarticle", "BlogPosting", "Article"])
def test_declared_article_with_some_prose(declared: str) -> None:
    assert classify_page([declared], signed=False, selection=_selection(2)) == "article"


def test_declared_article_without_prose_is_judged_by_shape() -> None:
    assert classify_page(["NewsArticle"], signed=True, selection=_selection(0, teasers=12)) == (
        "listing"
    )
    assert classify_page(["NewsArticle"], signed=True, selection=_selection(0)) == "other"


def test_a_declared_articles_one_paragraph_among_a_listings_links_is_its_intro() -> None:
    # A site that declares every page an article heads its front's teasers with a paragraph.
    intro = Selection(
        body=[_block(PARAGRAPH + " " + PARAGRAPH)],
        removed=[("related", _teaser(n)) for n in range(12)],
    )
    assert classify_page(["Article"], signed=True, selection=intro) == "listing"
    # Two paragraphs are a short story whatever follows it; so is one without the links.
    story = _selection(2, teasers=12)
    assert classify_page(["Article"], signed=True, selection=story) == "article"
    alone = Selection(body=[_block(PARAGRAPH + " " + PARAGRAPH)])
    assert classify_page(["Article"], signed=False, selection=alone) == "article"


@pytest.mark.parametrize("declared", ["CollectionPage", "ItemList", "SearchResultsPage", "WebSite"])
def test_declared_listing_with_little_prose(declared: str) -> None:
    assert classify_page([declared], signed=True, selection=_selection(1)) == "listing"


def test_declared_listing_with_an_articles_prose_is_judged_by_shape() -> None:
    assert classify_page(["WebSite"], signed=True, selection=_selection(6)) == "article"


def test_article_type_wins_over_a_listing_type() -> None:
    assert classify_page(["WebSite", "NewsArticle"], signed=False, selection=_selection(2)) == (
        "article"
    )


def test_dated_prose_is_an_article() -> None:
    assert classify_page([], signed=True, selection=_selection(4)) == "article"


def test_undated_prose_is_other() -> None:
    assert classify_page([], signed=False, selection=_selection(8)) == "other"


def test_dated_but_too_little_prose_is_other() -> None:
    assert classify_page([], signed=True, selection=_selection(1)) == "other"


def test_a_signed_brief_of_two_paragraphs_is_an_article() -> None:
    hebrew = [  # two short paragraphs, 145 characters: a Hebrew news page's brief
        "משטרת התנועה פתחה הבוקר בחקירת תאונה בכביש הגישה לקיבוץ, בה נפצעו קל שני נהגים.",
        "הכביש נחסם לתנועה במשך כשעתיים ונפתח מחדש לקראת הצהריים.",
    ]
    brief = Selection(body=[_block(text) for text in hebrew])
    assert classify_page([], signed=True, selection=brief) == "article"
    assert classify_page([], signed=False, selection=brief) == "other"
    one = Selection(body=[_block(" ".join(hebrew))])
    assert classify_page([], signed=True, selection=one) == "other"


def test_a_signed_brief_yields_to_a_listings_links() -> None:
    brief = _selection(2, link_blocks=10)
    assert classify_page([], signed=True, selection=brief) == "listing"
    assert classify_page([], signed=True, selection=_selection(2, link_blocks=9)) == "article"


def test_short_lines_are_not_prose() -> None:
    selection = Selection(body=[_block("Opening hours: 9 to 5.")] * 40)
    assert classify_page([], signed=True, selection=selection) == "other"


def test_many_teasers_make_a_listing() -> None:
    assert classify_page([], signed=False, selection=_selection(0, teasers=10)) == "listing"
    assert classify_page([], signed=False, selection=_selection(0, link_blocks=10)) == "listing"
    assert classify_page([], signed=False, selection=_selection(0, teasers=9)) == "other"


def test_teasers_outnumbering_a_dated_body_make_a_listing() -> None:
    assert classify_page([], signed=True, selection=_selection(4, teasers=12)) == "listing"
    assert classify_page([], signed=True, selection=_selection(4, teasers=11)) == "article"


BRIEF = [  # six one-sentence paragraphs under 80 characters each, 400 in all
    "Koala crossings will be built on the Ridge Road before the end of June.",
    "The Westbury council approved the plan at its meeting on Monday night.",
    "Three koalas were struck by cars on that stretch of road last year.",
    "Each of the four crossings will cost the council about $40,000.",
    "Work on the first crossing starts as soon as the winter rains end.",
    "Residents of the Ridge welcomed the decision after the meeting.",
]


def test_a_dated_brief_of_one_sentence_paragraphs_is_an_article() -> None:
    brief = Selection(body=[_block(text) for text in BRIEF])
    assert classify_page([], signed=True, selection=brief) == "article"
    assert classify_page([], signed=False, selection=brief) == "other"
    menu = Selection(body=[_block(text.rstrip(".")) for text in BRIEF])
    assert classify_page([], signed=True, selection=menu) == "other"


def test_a_dated_wire_brief_of_one_paragraph_is_an_article() -> None:
    wire = (
        "HARWICK, May 2 (Coastline Wire) - The Harwick port authority closed its north quay "
        "on Friday after a crane toppled onto an empty cargo ship overnight. Nobody was hurt, "
        "a spokeswoman said, and the quay should reopen within a week."
    )
    brief = Selection(body=[_block(wire)])
    assert classify_page([], signed=True, selection=brief, wire=True) == "article"
    assert classify_page([], signed=True, selection=brief) == "other"
    assert classify_page([], signed=False, selection=brief, wire=True) == "other"


def test_a_declared_article_in_a_compact_script_counts_its_sentences() -> None:
    hebrew = "מועצת העיר אישרה ביום שני את הקמת תחנת השאיבה החדשה בצפון."
    body = Selection(body=[_block(hebrew) for _ in range(4)])
    assert len(hebrew) < 80
    assert classify_page(["article"], signed=False, selection=body) == "article"


def test_sentences_closed_by_a_danda_are_prose() -> None:
    hindi = [
        "नगर निगम ने मंगलवार को शहर में नई बस सेवा शुरू करने की घोषणा की।",
        "अधिकारियों ने बताया कि पहले चरण में बीस नई बसें चलाई जाएंगी।",
        "यात्रियों और व्यापारियों ने इस फैसले का खुलकर स्वागत किया है।",
        "निगम के अनुसार किराया अगले साल तक पहले जैसा ही रहेगा।",
        "सेवा हर दिन सुबह छह बजे से रात दस बजे तक चलेगी।",
        "महापौर ने कहा कि अगले महीने दस और बसें जोड़ी जाएंगी।",
    ]
    assert all(30 <= len(text) < 80 for text in hindi)
    brief = Selection(body=[_block(text) for text in hindi])
    assert classify_page([], signed=True, selection=brief) == "article"
    menu = Selection(body=[_block(text.rstrip("।")) for text in hindi])
    assert classify_page([], signed=True, selection=menu) == "other"


# A short story in Japanese (147 characters), Chinese (111) and English (225).
_JAPANESE = (
    "東京都は五日、新しい防災計画を発表した。計画では、地震や台風に備えて避難所を増やし、"
    "備蓄食料を三日分から七日分に拡大する。",
    "都の担当者は「住民の安全を最優先に考えた」と話している。計画は来年四月から実施される予定で、"
    "費用は約二百億円と見込まれている。関係者によると、区や市とも協議を進めるという。",
)
_CHINESE = (
    "市政府五日公布新的防灾计划。计划将增加避难所数量，并把储备食品从三天扩大到七天。",
    "负责官员表示，计划以居民安全为首要考虑。计划预计明年四月开始实施，费用约为二百亿元。"
    "据了解，市政府还将与各区协商具体安排，并在年底前公布细则。",
)
_ENGLISH = (
    "The city announced a new disaster plan on Tuesday, adding shelters and raising food "
    "stocks from three to seven days.",
    "An official said residents' safety came first. The plan starts next April and will cost "
    "about 20 billion yen.",
)


@pytest.mark.parametrize("story", [_JAPANESE, _CHINESE, _ENGLISH], ids=["ja", "zh", "en"])
def test_a_short_declared_story_is_an_article_in_any_script(story: tuple[str, str]) -> None:
    selection = Selection(body=[_block(text) for text in story])
    assert classify_page(["article"], signed=True, selection=selection) == "article"


def test_a_few_cjk_characters_are_still_too_little_prose() -> None:
    selection = Selection(body=[_block("東京都は五日、新しい計画を発表した。")])
    assert classify_page(["article"], signed=True, selection=selection) == "other"


def test_a_short_signed_story_declared_an_article_in_microdata_is_an_article() -> None:
    from dateline import extract

    paragraphs = "<p>{}</p>".format(  # one paragraph: no brief by its shape alone
        " ".join(
            f"Sentence {n} of the preview says what the data shows about the schools."
            for n in range(3)
        )
    )
    page = (
        '<html><body><div class="asset" itemscope itemtype="{0}"><h1>Which schools lost the most'
        ' teachers</h1><p class="byline">By Ann Lee</p><div>{1}</div><div class="paywall">'
        "<h3>Subscribe to continue reading</h3></div></div></body></html>"
    )
    assert extract(page.format("https://schema.org/NewsArticle", paragraphs)).page_type == (
        "article"
    )
    assert extract(page.format("https://schema.org/Thing", paragraphs)).page_type == "other"
    # A listing marks each teaser card an article: no one article is declared.
    cards = page.replace('<div class="asset"', "<div itemscope itemtype='{0}'></div><div")
    assert extract(cards.format("https://schema.org/NewsArticle", paragraphs)).page_type == (
        "other"
    )


def test_a_story_signed_and_dated_only_in_its_printed_lines_is_an_article() -> None:
    from dateline import extract

    story = "<br><br>".join(
        f"MILLBROOK -- Paragraph {n}: the council voted 5-2 on Monday night to replace the"
        " aging wooden bridge on Quarry Road with a two-lane concrete span."
        if n == 0
        else f"Paragraph {n}: the new bridge will cost $4.1 million, half of it from a state"
        " grant, and is due to open to traffic next spring."
        for n in range(4)
    )
    page = (
        "<html><head><title>The Millbrook Sentinel - Council approves new bridge</title>"
        "</head><body><table><tr><td width=600><font size=5><b>Council approves new bridge"
        "</b></font><br><font size=2>By <b>HAROLD PEMBERTON</b></font><br><font size=1>"
        "Published Tuesday, March 11, 2025 6:14 AM CDT</font><br><br>"
        f"<font size=3>{story}</font></td></tr></table></body></html>"
    )
    article = extract(page)
    assert (article.page_type, article.authors) == ("article", ["Harold Pemberton"])
    assert article.published == "2025-03-11T06:14:00-05:00"
    # A byline alone, with no date, does not make a page an article; its local dateline does,
    # once the printed headline is known and no longer opens the body.
    undated = page.replace("Published Tuesday, March 11, 2025 6:14 AM CDT", "")
    assert extract(undated).page_type == "article"
    assert extract(undated.replace("MILLBROOK -- ", "")).page_type == "other"


_SLIDES = [
    "A heron lantern built by the pupils of Dunmere Primary leads the parade down Mill Street.",
    "Drummers from the Harbour Youth Band keep time outside the old corn exchange.",
    "A dragon lantern twelve metres long needed eight people to carry it.",
]


def _caption(text: str) -> Block:
    return Block(text=text, tag="figcaption", element=-1, link_chars=0, caption=True)


def test_a_photo_gallery_tells_its_story_in_its_captions() -> None:
    intro = "Thousands lined the streets of Dunmere on Friday night for the Lantern Parade."
    gallery = Selection(body=[_block(intro)], captions=[_caption(text) for text in _SLIDES])
    assert classify_page(["article"], signed=True, selection=gallery) == "article"
    too_few = Selection(body=[_block(intro)], captions=[_caption(text) for text in _SLIDES[:2]])
    assert classify_page(["article"], signed=True, selection=too_few) == "other"


def test_a_grid_of_captioned_products_is_no_gallery() -> None:
    grid = Selection(
        body=[_block(PARAGRAPH)],
        removed=[("related", _teaser(n)) for n in range(10)],
        captions=[_caption(text) for text in _SLIDES],
    )
    assert classify_page(["article"], signed=True, selection=grid) == "listing"


def test_a_body_opening_with_a_dateline_is_signed_by_it() -> None:
    from dateline import extract

    page = (
        "<html><body><div><h1>Talks on fishing rights resume</h1><p>{}Negotiators from the two"
        " island states resumed talks on Thursday over fishing rights in the strait.</p><p>The"
        " dispute centres on a shallow bank rich in sardines that both sides claim.</p><p>A"
        " mediator said a draft could be ready by the end of the month.</p></div></body></html>"
    )
    assert extract(page.format("ATHENS — ")).page_type == "article"
    assert extract(page.format("")).page_type == "other"


def _headline(text: str, linked: bool) -> Block:
    return Block(text=text, tag="h3", element=-1, link_chars=len(text) if linked else 0, heading=3)


def test_a_body_of_linked_headlines_is_a_section_front() -> None:
    def front(linked: bool) -> Selection:
        body: list[Block] = []
        for n in range(10):
            body += [
                _headline(f"Quarry road closure extended, part {n}", linked),
                _block(PARAGRAPH),
            ]
        return Selection(body=body)

    assert classify_page([], signed=False, selection=front(linked=True)) == "listing"
    assert classify_page([], signed=False, selection=front(linked=False)) == "other"


@pytest.mark.parametrize("declared", ["DiscussionForumPosting", "QAPage", "Product"])
def test_a_signed_thread_or_product_page_is_no_story(declared: str) -> None:
    from dateline import extract

    posts = "".join(f"<p>{text}</p>" for text in BRIEF)
    page = (
        '<html><head><meta property="article:published_time" content="2025-01-03T08:00:00Z">'
        '<script type="application/ld+json">{{"@type": {0}}}</script></head><body>'
        "<h1>Winter ferry timetable</h1>{1}</body></html>"
    )
    assert extract(page.format(f'"{declared}"', posts)).page_type == "other"
    assert extract(page.format('"WebPage"', posts)).page_type == "article"
    assert extract(page.format(f'["{declared}", "NewsArticle"]', posts)).page_type == "article"


_UNSIGNED_STORY = [
    "The harbour board has closed the old timber pier at Gullwick after divers found that the"
    " piles holding up its seaward end had rotted through in several places.",
    "Anglers and the summer pleasure boats that used the pier will have to move to the stone"
    " quay at the north end of the harbour until further notice, the board said.",
    "A report on whether the pier can be saved, and at what cost, will go to the board's next"
    " meeting in January, when members will also look at the harbour's dredging budget.",
]


def _small_outlet_page(body: str, articles: int = 1) -> str:
    extra = "<article><p>Another post.</p></article>" * (articles - 1)
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>Harbour board closes old pier</h1>{body}</article>{extra}</main>"
        "<footer>© Gullwick Tide</footer></body></html>"
    )


def test_an_undated_unsigned_story_laid_out_as_one_article_is_an_article() -> None:
    from dateline import extract

    story = "".join(f"<p>{text}</p>" for text in _UNSIGNED_STORY)
    assert extract(_small_outlet_page(story)).page_type == "article"
    # Posts in an <article> each (a thread), code (documentation), or lists and headings
    # outweighing the paragraphs (a service page) are not stories by their layout.
    assert extract(_small_outlet_page(story, articles=3)).page_type == "other"
    assert extract(_small_outlet_page(story + "<pre>pier --close</pre>")).page_type == "other"
    services = "".join(f"<h2>Service {n}</h2><ul><li>Repairs</li></ul>" for n in range(3))
    assert extract(_small_outlet_page(story + services)).page_type == "other"


def test_a_story_shape_needs_a_storys_paragraphs() -> None:
    two = Selection(body=[_block(PARAGRAPH) for _ in range(2)])
    assert classify_page([], signed=False, selection=two, shaped=True) == "other"
    three = Selection(body=[_block(PARAGRAPH) for _ in range(3)])
    assert classify_page([], signed=False, selection=three, shaped=True) == "article"
    assert classify_page([], signed=False, selection=three) == "other"


def test_a_consent_wall_declaring_an_article_is_other() -> None:
    from dateline import extract

    notice = (
        "<p>We and our partners use cookies and similar technologies to store and access"
        " information on your device, to measure audiences and to personalise advertising.</p>"
        "<p>By clicking Accept all you agree to this use. You can change your choices at any"
        " time in the privacy settings linked at the foot of every page. To read on without"
        " personalised advertising, choose Reject and take out a subscription.</p>"
    )
    wall = (
        '<html><head><meta property="og:type" content="article"></head><body>'
        f'<div class="consent-wall"><h2>Before you continue</h2>{notice}'
        "<button>Accept all</button><button>Reject</button></div></body></html>"
    )
    assert extract(wall).page_type == "other"
    # A story whose wrapper carries the word keeps its type: the notice is not all its prose.
    story = "".join(f"<p>{text}</p>" for text in _UNSIGNED_STORY)
    wrapped = wall.replace(notice, notice + story)
    assert extract(wrapped).page_type == "article"


WIRE_BRIEF = (
    "PORT ELLERY — The north pier will close to the public from Monday while engineers inspect "
    "storm damage. The harbour authority said it would reopen within a fortnight."
)


@pytest.mark.parametrize(("dated_dateline", "expected"), [(True, "article"), (False, "other")])
def test_dated_brief_of_one_paragraph_and_two_sentences_is_an_article(
    dated_dateline: bool, expected: str
) -> None:
    # Signed by a name alone (a forum post's user name), one paragraph stays "other".
    selection = Selection(body=[_block(WIRE_BRIEF)])
    assert classify_page([], True, selection, dated_dateline=dated_dateline) == expected


def test_dated_paragraph_of_one_sentence_is_no_brief() -> None:
    selection = Selection(body=[_block(WIRE_BRIEF.split(". ")[0] + " and the harbour.")])
    assert classify_page([], True, selection, dated_dateline=True) == "other"


def test_the_stops_of_initials_and_titles_end_no_sentence_of_a_brief() -> None:
    one_sentence = (
        "PORT ELLERY — The U.S. Navy and Mr. Tobin's St. Ives crew will close the north pier "
        "to the public from Monday while engineers inspect the storm damage to it."
    )
    selection = Selection(body=[_block(one_sentence)])
    assert classify_page([], True, selection, dated_dateline=True) == "other"


def test_a_thread_or_question_declares_its_replies_content() -> None:
    assert declares_thread(["DiscussionForumPosting"])
    assert declares_thread(["WebPage", "QAPage"])
    assert not declares_thread(["QAPage", "NewsArticle"])  # a story with a comment thread
    assert not declares_thread(["Product"])
