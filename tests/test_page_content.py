"""select_body / choose_container: which element holds the body, and what the rest is."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import PageBlocks, cut_blocks
from dateline.page.content import (
    BROAD,
    LISTING,
    Reading,
    Selection,
    _prose_value,
    _sum_up,
    fold,
    select_body,
)
from dateline.page.teasers import feed_summaries

TITLE = "Ferry timetable extended into winter"


def _para(n: int) -> str:
    return (
        f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
        "twice a day through the winter months.</p>"
    )


BODY = "".join(_para(n) for n in range(1, 5))
BODY_TEXTS = [
    f"Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice a day "
    "through the winter months."
    for n in range(1, 5)
]


def _cut(html: str) -> PageBlocks:
    body = LexborHTMLParser(html).body
    assert body is not None
    return cut_blocks(body)


def _select(
    html: str, title: str | None = TITLE, reading: Reading | None = None
) -> tuple[PageBlocks, Selection]:
    page = _cut(html)
    if reading is None:
        return page, select_body(page, title)
    return page, select_body(page, title, reading)


def _body(selection: Selection) -> list[str]:
    return [block.text for block in selection.body]


def _removed(selection: Selection) -> dict[str, str]:
    return {block.text: kind for kind, block in selection.removed}


def test_container_is_the_tightest_element_holding_the_prose() -> None:
    page, selection = _select(
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<main><div class='wrap'><h1>{TITLE}</h1><div class='text'>{BODY}</div>"
        "<aside><p>An aside about the harbour master's retirement party last spring.</p>"
        "</aside></div></main>"
        "<footer><p>Copyright 2024 Kestrel Bay Courier. All rights reserved.</p></footer>"
    )
    container = page.elements[selection.container]
    assert container.attrs.get("class") == "text"
    assert _body(selection) == BODY_TEXTS
    assert selection.prose > 0
    removed = _removed(selection)
    assert removed["Home News"] == "navigation"
    assert removed["Copyright 2024 Kestrel Bay Courier. All rights reserved."] == "footer"
    assert TITLE not in _body(selection)


def test_prose_split_by_a_heading_keeps_its_common_parent() -> None:
    page, selection = _select(
        f"<article><div>{_para(1)}{_para(2)}</div><h2>What the ferry operator said</h2>"
        f"<div>{_para(3)}{_para(4)}</div></article>"
    )
    assert page.elements[selection.container].tag == "article"
    assert _body(selection) == [*BODY_TEXTS[:2], "What the ferry operator said", *BODY_TEXTS[2:]]


def test_heading_repeating_the_title_is_not_body() -> None:
    _, selection = _select(f"<article><h1>{TITLE.upper()}!</h1>{BODY}</article>")
    assert _body(selection) == BODY_TEXTS


def test_a_short_label_over_the_headline_is_no_body() -> None:
    _, selection = _select(
        f"<article><span>Emergencia en la ruta</span><h1>{TITLE}</h1>{BODY}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    # A sentence, a dated line or three lines over the headline are left as they were.
    for over in (
        "<p>The ferry will run twice a day.</p>",
        "<p>Originally posted February 2017</p>",
        "<p>Local</p><p>Transport</p><p>Ferries</p>",
    ):
        _, kept = _select(f"<article>{over}<h1>{TITLE}</h1>{BODY}</article>")
        assert len(_body(kept)) > len(BODY_TEXTS)


def test_a_line_repeating_the_title_over_a_storys_first_paragraph_is_not_body() -> None:
    _, selection = _select(f"<article><p><b>{TITLE}</b></p>{BODY}</article>")
    assert _body(selection) == BODY_TEXTS
    # Further down, or on a page read broadly (a shop, a service), the line stays.
    _, later = _select(f"<article>{_para(1)}<p>{TITLE}</p>{_para(2)}</article>")
    assert TITLE in _body(later)
    _, broad = _select(f"<article><p><b>{TITLE}</b></p>{BODY}</article>", reading=BROAD)
    assert _body(broad)[0] == TITLE


def test_a_headline_broken_by_a_line_break_is_not_body() -> None:
    _, selection = _select(
        f"<article><h1>Ferry timetable<br>extended into winter</h1>{BODY}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    # Headings that only begin the title stay.
    _, selection = _select(f"<article><h2>Ferry timetable</h2>{BODY}</article>")
    assert _body(selection) == ["Ferry timetable", *BODY_TEXTS]


def test_a_table_layouts_headline_under_its_date_line_is_not_body() -> None:
    # An old layout prints the date, then the headline in a large font, as plain cell text.
    cell = (
        "<table><tr><td><font size=2><b>Published: Tuesday, March 11, 2025</b></font><br>"
        f"<font size=5><b>{TITLE}</b></font><br>{BODY}</td></tr></table>"
    )
    _, selection = _select(cell)
    assert TITLE not in _body(selection)
    assert _body(selection)[-len(BODY_TEXTS) :] == BODY_TEXTS
    # After the story's first paragraph, a line that repeats the title is the story's own.
    later = f"<table><tr><td>{BODY}<br><b>{TITLE}</b></td></tr></table>"
    assert TITLE in _body(_select(later)[1])


def test_a_page_without_prose_has_no_container() -> None:
    _, selection = _select("<nav><a href='/'>Home</a></nav><p>Hi.</p>")
    assert selection.container == -1
    assert selection.body == []
    assert {kind for kind, _ in selection.removed} <= {"navigation", "other"}


def test_flag_on_a_wrapper_holding_most_prose_is_distrusted() -> None:
    _, selection = _select(
        f"<div class='has-newsletter-box'><div class='newsletter-wrapper'>{BODY}</div></div>"
        "<div class='newsletter'><p>Sign up for the Courier's morning newsletter and get the "
        "harbour news first.</p></div>"
    )
    assert _body(selection) == BODY_TEXTS
    assert set(_removed(selection).values()) == {"newsletter"}


def test_word_flagging_every_paragraph_is_distrusted() -> None:
    promos = "".join(f"<div class='promo'>{_para(n)}</div>" for n in range(1, 5))
    _, selection = _select(f"<div>{promos}</div><div class='promo'><p>Weather: 12C</p></div>")
    assert _body(selection) == BODY_TEXTS


def test_page_builder_widgets_holding_the_body_are_not_chrome() -> None:
    """Page builders call every box a widget, under several class names; sidebars and footers
    are found by their own markup."""
    boxes = "".join(
        f"<div class='{kind}'><div class='panel-widget-style'>{_para(n)}</div></div>"
        for n, kind in zip(
            range(1, 5), ("widget", "widget", "widget_text", "widget_text"), strict=True
        )
    )
    footer = "<footer>" + "".join(
        "<p>The Kestrel Bay Courier is published by the island's cooperative and printed on "
        f"recycled paper at the harbour works, edition {n}.</p>"
        for n in range(3)
    )
    _, selection = _select(f"<main><div class='panel-grid'>{boxes}</div></main>{footer}</footer>")
    assert _body(selection) == BODY_TEXTS


def test_a_section_named_after_a_menu_heading_is_not_navigation() -> None:
    long_para = (
        "<p>Paragraph {n}: the new winter menu at the harbour canteen swaps grilled mackerel "
        "for a slow-cooked fish stew, and the cooks say the change has kept the ferry crews "
        "coming back on the coldest mornings of the season.</p>"
    )
    section = "".join(long_para.format(n=n) for n in range(5, 7))
    _, selection = _select(
        f"<article><div class='text'>{BODY}{BODY}</div>"
        f"<div id='menu-changes-at-the-harbour-canteen'><h2>Menu changes</h2>{section}</div>"
        "<nav class='menu'><ul><li><a href='/a'>News</a></li><li><a href='/b'>Sport</a></li>"
        "</ul></nav></article>"
    )
    body = _body(selection)
    assert body[:4] == BODY_TEXTS
    assert body[4:] == ["Menu changes", *(long_para.format(n=n)[3:-4] for n in (5, 6))]
    assert "News Sport" not in " ".join(body)


def test_small_flagged_box_inside_the_body_is_removed() -> None:
    _, selection = _select(
        f"<article>{_para(1)}{_para(2)}<div class='share-tools'><p>Share this story with "
        f"friends and neighbours across the bay</p></div>{_para(3)}{_para(4)}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    assert "share" in _removed(selection).values()


def test_comment_thread_under_an_article_is_chrome() -> None:
    comments = "".join(
        f"<div class='comment'><p>Reader {n}: the winter crossings were always the worst part "
        "of living on the island, glad to see them kept.</p></div>"
        for n in range(8)
    )
    _, selection = _select(f"<article>{BODY}</article><section id='comments'>{comments}</section>")
    assert _body(selection) == BODY_TEXTS
    kinds = [kind for kind, block in selection.removed if block.text.startswith("Reader")]
    assert kinds == ["comments"] * 8


def test_thread_is_the_content_of_a_forum_page() -> None:
    posts = "".join(
        f"<div class='post'><p>Post {n}: I have taken that ferry for years and the winter "
        "crossings are always rough going.</p></div>"
        for n in range(6)
    )
    _, selection = _select(
        f"<h1>Winter ferry?</h1><p>Short opener.</p><div id='comments'>{posts}</div>"
    )
    assert len(selection.body) == 6
    assert all(text.startswith("Post") for text in _body(selection))


def test_thread_of_flagged_posts_is_the_content_of_a_forum_page() -> None:
    posts = "".join(
        f"<li class='comment'><p>Post {n}: I have taken that ferry for years and the winter "
        "crossings are always rough going.</p></li>"
        for n in range(6)
    )
    _, selection = _select(
        f"<h1>Winter ferry?</h1><p>Short opener.</p><ol class='comment-list'>{posts}</ol>"
    )
    assert len(selection.body) == 6


def test_widening_climbs_through_wrappers_that_add_nothing() -> None:
    wrapped = "".join(_para(n) for n in range(1, 4))
    rest = "".join(_para(n) for n in range(4, 6))
    links = "".join(
        f"<p><a href='/ferry/{n}'>Ferry timetable for the winter season, route {n}</a></p>"
        for n in range(4)
    )
    page, selection = _select(
        f"<div class='story'><div><div><div>{wrapped}</div></div></div><div>{rest}</div>"
        f"{links}</div>"
    )
    assert [text.split(":")[0] for text in _body(selection)] == [
        f"Paragraph {n}" for n in range(1, 6)
    ]
    assert page.elements[selection.container].tag == "div"


def test_see_pointers_between_paragraphs_keep_the_paragraphs_and_themselves() -> None:
    pointers = [f"See: “Ferry crews vote on the winter rota, part {n}”" for n in range(1, 5)]
    body = "".join(
        f"{_para(n)}<p>See: <a href='/ferry/{n}'>“Ferry crews vote on the winter rota, part {n}”"
        "</a></p>"
        for n in range(1, 5)
    )
    _, selection = _select(f"<article><div class='post'>{body}{_para(5)}</div></article>")
    texts = _body(selection)
    assert [t for t in texts if t.startswith("Paragraph")][:4] == BODY_TEXTS
    assert [t for t in texts if t.startswith("See:")] == pointers


def test_a_listicles_linked_headings_and_their_paragraphs_are_the_body() -> None:
    items = "".join(
        f"<h3><a href='/guide/{n}'>{n}. The harbour's winter ferry guide, part {n}</a></h3>"
        f"{_para(n)}"
        for n in range(1, 5)
    )
    _, selection = _select(
        f"<article><div class='post'>{_para(0)}{items}{_para(5)}</div></article>"
    )
    texts = _body(selection)
    assert [t for t in texts if t.startswith("Paragraph")] == [
        f"Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice a "
        "day through the winter months."
        for n in range(6)
    ]
    assert sum(t.endswith("ferry guide, part " + t[0]) for t in texts if t[0].isdigit()) == 4


def test_footer_by_class_late_in_the_page_is_trusted() -> None:
    _, selection = _select(
        f"<div>{BODY}</div><div class='site-footer'><p>The Kestrel Bay Courier is published "
        "by Gannet Media Limited from its offices on Quay Street.</p></div>"
    )
    assert _body(selection) == BODY_TEXTS
    assert set(_removed(selection).values()) == {"footer"}


def test_footer_tag_is_trusted_even_when_long() -> None:
    legal = " ".join(
        f"Clause {n}: the Courier may share reader data with its partners as set out here."
        for n in range(12)
    )
    _, selection = _select(f"<div>{_para(1)}{_para(2)}</div><footer><p>{legal}</p></footer>")
    assert _body(selection) == BODY_TEXTS[:2]
    assert _removed(selection)[legal] == "footer"


def test_footer_by_class_below_the_headline_is_trusted_even_when_longer_than_the_story() -> None:
    legal = " ".join(
        f"Clause {n}: the Courier may share reader data with its partners as set out here."
        for n in range(12)
    )
    filler = "".join(f"<div><span>{n}</span></div>" for n in range(40))  # scripts' mounts
    _, selection = _select(
        f"<h1>{TITLE}</h1><div>{_para(1)}{_para(2)}</div>"
        f"<div class='l-footer'><p>{legal}</p></div>{filler}"
    )
    assert _body(selection) == BODY_TEXTS[:2]
    assert _removed(selection)[legal] == "footer"


def test_footer_class_word_below_the_headline_wrapping_nearly_all_prose_is_the_body() -> None:
    _, selection = _select(
        f"<h1>{TITLE}</h1><div class='topic-body-and-footer'>{BODY}</div>"
        "<div><p>x</p></div><div><p>y</p></div>"
    )
    assert set(BODY_TEXTS) <= set(_body(selection))


def test_footer_class_word_early_in_the_page_may_wrap_the_body() -> None:
    _, selection = _select(
        f"<div class='page-header-footer'>{BODY}</div><div><p>x</p></div><div><p>y</p></div>"
    )
    assert _body(selection) == BODY_TEXTS


def test_link_dense_blocks_are_related_or_navigation_by_words() -> None:
    _, selection = _select(
        f"<div>{BODY}<p><a href='/2024/03/storm'>Storm closes the coast road for a week</a></p>"
        "<p><a href='/sport'>Sport</a> <a href='/weather'>Weather</a></p></div>"
    )
    assert _body(selection) == BODY_TEXTS
    removed = _removed(selection)
    assert removed["Storm closes the coast road for a week"] == "related"
    assert removed["Sport Weather"] == "navigation"
    assert selection.link_blocks == 2


def test_a_sentence_with_a_link_stays() -> None:
    line = (
        "The council's <a href='/2023/ferry-report'>report</a> found that winter sailings "
        "carried more passengers than summer ones."
    )
    _, selection = _select(f"<div>{_para(1)}<p>{line}</p>{_para(2)}</div>")
    assert len(selection.body) == 3


def test_a_sentence_mostly_linked_stays_and_a_linked_summary_goes() -> None:
    sentence = (
        "See the <a href='/2024/02/01/timetable-changes/'>timetable changes announced in "
        "February</a> for the new sailing times."
    )
    summary = (
        "<a href='/2024/03/levy'>The harbour board approved a port levy that ferry "
        "operators say will be passed on to passengers.</a>"
    )
    _, selection = _select(f"<div>{BODY}<p>{sentence}</p><p>{summary}</p>{_para(5)}</div>")
    body = _body(selection)
    assert "See the timetable changes announced in February for the new sailing times." in body
    assert not any(text.startswith("The harbour board approved") for text in body)


def test_list_of_long_links_between_paragraphs_stays() -> None:
    _, selection = _select(
        f"<div>{_para(1)}{_para(2)}<ul><li><a href='/t'>Timetable for the island ferry</a></li>"
        f"<li><a href='/f'>Fares for residents and visitors</a></li></ul>{_para(3)}</div>"
    )
    assert "Timetable for the island ferry" in _body(selection)


def test_worded_chrome_inside_the_body_is_removed() -> None:
    _, selection = _select(
        f"<div>{_para(1)}<p>Sign up for our newsletter</p>{_para(2)}<p>Advertisement</p>"
        f"{_para(3)}<p>Skip to main content</p>{_para(4)}</div>"
    )
    assert _body(selection) == BODY_TEXTS
    removed = _removed(selection)
    assert removed["Sign up for our newsletter"] == "newsletter"
    assert removed["Advertisement"] == "advertisement"
    assert removed["Skip to main content"] == "skip_link"


def test_duplicate_paragraphs_are_dropped_short_lines_kept() -> None:
    _, selection = _select(
        f"<div>{_para(1)}<p>Ferries: yes.</p>{_para(2)}{_para(1)}<p>Ferries: yes.</p>"
        f"{_para(3)}</div>"
    )
    texts = _body(selection)
    assert texts.count(BODY_TEXTS[0]) == 1
    assert texts.count("Ferries: yes.") == 2  # too short to call a duplicate
    assert ("other", BODY_TEXTS[0]) in [(k, b.text) for k, b in selection.removed]


def test_captions_are_set_apart() -> None:
    _, selection = _select(
        "<article><figure><img src='/pier.jpg'><figcaption>The pier at dawn on Tuesday, "
        f"when the first winter sailing left.</figcaption></figure>{BODY}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    assert [block.text for block in selection.captions] == [
        "The pier at dawn on Tuesday, when the first winter sailing left."
    ]


def test_credit_line_styled_as_a_caption_stays_in_the_body() -> None:
    _, selection = _select(
        f"<article>{BODY}<p class='credits'>Reporting by Ines Varga; Editing by Tom Reddle</p>"
        "</article>"
    )
    assert _body(selection)[-1] == "Reporting by Ines Varga; Editing by Tom Reddle"
    assert selection.captions == []


TEASERS = "".join(
    f"<li><a href='/2024/06/0{n}/story-{n}'>Harbour festival draws record crowd, day {n}</a></li>"
    for n in range(1, 7)
)
FRONT = f"<nav><a href='/'>Home</a></nav><main><h1>Harbour news</h1><ul>{TEASERS}</ul></main>"


def test_article_reading_drops_teasers() -> None:
    _, selection = _select(FRONT, title="Harbour news")
    assert selection.body == []
    assert [kind for kind, _ in selection.removed].count("related") == 6


def test_listing_reading_keeps_teasers() -> None:
    page, selection = _select(FRONT, title="Harbour news", reading=LISTING)
    assert page.elements[selection.container].tag == "main"
    assert [text for text in _body(selection) if text.startswith("Harbour festival")] == [
        f"Harbour festival draws record crowd, day {n}" for n in range(1, 7)
    ]
    assert _removed(selection)["Home"] == "navigation"


SERVICES = (
    "<main><div><h2>Opening hours</h2><p>Mon to Fri, 9 to 5.</p></div>"
    "<div><h2>Parking</h2><p>Free after 6 pm.</p></div>"
    "<div><h2>Lost property</h2><p>Ask at the kiosk.</p></div></main>"
)


def test_article_reading_ignores_short_sections() -> None:
    _, selection = _select(SERVICES, title=None)
    assert selection.body == []


def test_broad_reading_takes_short_sections() -> None:
    page, selection = _select(SERVICES, title=None, reading=BROAD)
    assert page.elements[selection.container].tag == "main"
    assert _body(selection) == [
        "Opening hours",
        "Mon to Fri, 9 to 5.",
        "Parking",
        "Free after 6 pm.",
        "Lost property",
        "Ask at the kiosk.",
    ]


def test_hidden_prose_inside_the_body_is_kept() -> None:
    _, selection = _select(
        f"<article>{_para(1)}{_para(2)}<div class='hidden'>{_para(3)}</div>{_para(4)}</article>"
    )
    assert _body(selection) == BODY_TEXTS


def test_hidden_widget_settings_inside_the_body_are_not_prose() -> None:
    settings = '{"layout": 2, "buttonText": "Buy now", "colors": {"hue": 213, "shade": 0.8}}'
    _, selection = _select(
        f"<article>{_para(1)}{_para(2)}<span hidden>{settings}</span>"
        f"<div class='hidden'>{_para(3)}</div>{_para(4)}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    assert ("other", settings) in [(kind, block.text) for kind, block in selection.removed]


def test_hidden_text_nested_too_deep_for_json_is_judged_without_error() -> None:
    # Deeper than the JSON parser recurses, and a small share of the article's text.
    nested = "[" * 1500 + "]" * 1500
    paragraphs = "".join(_para(n) for n in range(1, 40))
    _, selection = _select(f"<article>{paragraphs}<span hidden>{nested}</span></article>")
    assert _body(selection)[:4] == BODY_TEXTS
    assert nested in _body(selection)  # too deep to read as data, it counts as hidden text


def test_fold() -> None:
    assert fold("  Ferry: Timetable — EXTENDED!  ") == "ferrytimetableextended"
    assert fold("snake_case") == "snakecase"
    # Non-ASCII text: letters of every script stay, punctuation of every script goes, and a
    # lone surrogate half (a JSON-LD escape) is dropped rather than failing the page.
    assert fold("İstanbul’da “Köprü” — 2026年の橋") == "istanbuldaköprü2026年の橋"
    assert fold("Kovacs \ud83d said") == "kovacssaid"
    assert fold("— “ ”") == ""


def _card(n: int) -> str:
    return (
        f"<div class='card'><h5><a href='/story-{n}'>Harbour story number {n} makes waves "
        f"along the coast</a></h5><div class='by'><a href='/staff/{n}'>Staff {n}</a></div>"
        "<div class='date'>Tuesday November 19, 2024</div>"
        f"<div class='summary'>Summary {n}: a short account of the week's events on the "
        "waterfront, with a quote or two from the harbour master and a note on the tides.</div>"
        "</div>"
    )


def test_a_feed_of_story_cards_does_not_outweigh_a_shorter_article() -> None:
    cards = "".join(_card(n) for n in range(8))
    page, selection = _select(
        f"<main><div class='story'><h1>{TITLE}</h1><div class='text'>{BODY}</div></div>"
        f"<div class='more'><h4>More from the Courier</h4>{cards}</div></main>"
    )
    assert page.elements[selection.container].attrs.get("class") in {"story", "text"}
    assert _body(selection) == BODY_TEXTS


def _feed(html: str) -> list[str]:
    page = _cut(html)
    prose = [0.0] * len(page.elements)
    for block in page.blocks:
        if block.element >= 0:
            prose[block.element] += _prose_value(block)
    _sum_up(page, prose)
    teaser = [block.link_chars > 0.5 * len(block.text) for block in page.blocks]
    return [page.blocks[i].text for i in sorted(feed_summaries(page, prose, teaser, 25))]


def test_story_cards_make_a_feed_and_forum_posts_do_not() -> None:
    feed = _feed(f"<main>{''.join(_card(n) for n in range(3))}</main>")
    assert [text.split(":")[0] for text in feed] == ["Summary 0", "Summary 1", "Summary 2"]
    assert _feed(f"<main>{''.join(_card(n) for n in range(2))}</main>") == []  # too few
    posts = "".join(
        f"<li class='post'><div class='who'><a href='/u/{n}'>user{n} Sailor Moderator "
        f"@user{n + 1}</a></div><div class='content'><p>Post {n}: the ferry app still "
        "loses my saved crossings after every update, has anyone found a fix?</p></div></li>"
        for n in range(8)
    )
    assert _feed(f"<main><ul class='posts'>{posts}</ul></main>") == []


def test_linked_headings_of_a_listicle_keep_their_paragraphs() -> None:
    items = "".join(
        f"<h3><a href='https://guides.example/{n}'>{n}. The Kestrel Bay tide guide, part {n}"
        f"</a></h3><p>Item {n}: a useful guide for anyone who sails out of the bay, with "
        "charts of the tides and notes on the winter ferry timetable.</p>"
        f"<p>Why it matters {n}: the harbour master recommends it to every new skipper.</p>"
        for n in range(1, 5)
    )
    _, selection = _select(f"<article><div class='text'>{BODY}<div>{items}</div></div></article>")
    body = " ".join(_body(selection))
    assert all(f"Item {n}:" in body for n in range(1, 5))


def test_a_live_blogs_entry_headers_stay_and_its_contents_list_goes() -> None:
    entry = (
        "<article class='live-block' id='e{n}'><header class='live-block__header'>"
        "<h3>Update {n} from the harbour</h3></header>{body}</article>"
    )
    html = (
        "<main><h1>Ferry strike live</h1><div class='key-events'><h2>Key events</h2><ul>"
        "<li><a href='#e1'>14:41 Ferries halted at Kestrel Bay</a></li>"
        "<li><a href='#e2'>13:05 Unions meet the council</a></li></ul></div>"
        + entry.format(n=1, body=_para(1) + _para(2))
        + entry.format(n=2, body=_para(3) + _para(4))
        + "</main>"
    )
    texts = _body(_select(html)[1])
    assert "Update 1 from the harbour" in texts
    assert "Update 2 from the harbour" in texts
    assert not any("Ferries halted" in text or "Unions meet" in text for text in texts)
    assert [text for text in texts if text.startswith("Paragraph")] == BODY_TEXTS


def test_a_story_cards_linked_header_is_still_a_teaser() -> None:
    card = (
        "<article class='card'><header><h3><a href='/2024/05/{n}/other-story'>Another story "
        "about the harbour, number {n}</a></h3></header></article>"
    )
    html = f"<main><h1>{TITLE}</h1>{BODY}{''.join(card.format(n=n) for n in range(3))}</main>"
    texts = _body(_select(html)[1])
    assert texts == BODY_TEXTS


def test_a_subheading_named_header_is_body_not_the_site_header() -> None:
    _, selection = _select(
        f"<div>{_para(1)}<h2 class='header-anchor-post'>Why winter sailings?</h2>{_para(2)}"
        f"<h3 class='section-header'>What comes next</h3>{_para(3)}"
        "<h3 class='sidebar-header'>In the sidebar</h3></div>"
    )
    body = _body(selection)
    assert "Why winter sailings?" in body
    assert "What comes next" in body
    assert "In the sidebar" not in body  # "sidebar" flags it whatever "header" says


def test_story_links_under_a_related_label_inside_the_body_are_related() -> None:
    for label in ("More on this story", "Leia também"):
        _, selection = _select(
            f"<div>{_para(1)}{_para(2)}<div><h2>{label}</h2><ul>"
            "<li><a href='/news/2024/03/01/x'>Why the reserve fund keeps shrinking</a></li>"
            "<li><a href='/news/2024/03/02/y'>Harbour dues rise for the third year</a></li>"
            f"</ul></div>{_para(3)}</div>"
        )
        assert _body(selection) == BODY_TEXTS[:3]
        removed = _removed(selection)
        assert removed[label] == "related"
        assert removed["Why the reserve fund keeps shrinking"] == "related"
        assert removed["Harbour dues rise for the third year"] == "related"


def test_a_short_headline_under_a_related_label_is_related() -> None:
    _, selection = _select(
        f"<div>{_para(1)}{_para(2)}<div><h3>Mehr zum Thema</h3><ul>"
        "<li><a href='/a/2'>Monatsticket wird teurer</a></li>"
        "<li><a href='/a/3'>Bahn kündigt neue Linien an</a></li>"
        f"</ul></div>{_para(3)}</div>"
    )
    assert _body(selection) == BODY_TEXTS[:3]
    removed = _removed(selection)
    assert removed["Monatsticket wird teurer"] == "related"
    assert removed["Bahn kündigt neue Linien an"] == "related"


def test_a_story_cards_headline_under_its_kicker_leaves_the_body() -> None:
    card = (
        "<div class='inline-card'><a href='/news/9'><img src='/9.jpg' alt=''>"
        "<span>Weather</span><h4>Yellow warning for heavy rain extended</h4></a></div>"
    )
    _, selection = _select(f"<div>{_para(1)}{_para(2)}{card}{_para(3)}{_para(4)}</div>")
    assert _body(selection) == BODY_TEXTS
    assert _removed(selection)["Yellow warning for heavy rain extended"] == "related"
    # A listicle's linked heading with no kicker over it stays.
    listed = "<h2><a href='https://pellow.example/'>1. Pellow Cove, Treskan</a></h2>"
    _, selection = _select(f"<div>{_para(1)}{_para(2)}{listed}{_para(3)}{_para(4)}</div>")
    assert "1. Pellow Cove, Treskan" in _body(selection)


def test_a_summary_box_in_an_aside_is_the_storys() -> None:
    for heading in ("What you need to know", "Key points", "Tarrow in numbers"):
        box = (
            f"<aside class='key-takeaways'><h2>{heading}</h2><ul><li>No Sunday sailings</li>"
            "<li>Passenger numbers down a third</li></ul></aside>"
        )
        _, selection = _select(f"<div>{_para(1)}{box}{_para(2)}{_para(3)}</div>")
        assert _body(selection) == [
            BODY_TEXTS[0],
            heading,
            "No Sunday sailings",
            "Passenger numbers down a third",
            *BODY_TEXTS[1:3],
        ]
    # Another box of short lines is still the page's.
    other = "<aside><h2>Ferry times</h2><ul><li>Mon 09:00</li><li>Tue 09:00</li></ul></aside>"
    _, selection = _select(f"<div>{_para(1)}{other}{_para(2)}{_para(3)}</div>")
    assert "Ferry times" not in _body(selection)


def test_a_link_list_after_an_ordinary_heading_stays() -> None:
    _, selection = _select(
        f"<div>{_para(1)}{_para(2)}<h2>Where to buy tickets</h2><ul>"
        f"<li><a href='/t'>Timetable for the island ferry</a></li></ul>{_para(3)}</div>"
    )
    assert "Timetable for the island ferry" in _body(selection)


_EXPLAINER = (
    "<aside class='explainer-box'><h2>What is a reserve fund?</h2><p>A reserve fund is money "
    "a council sets aside for emergencies, and it can only be spent after a vote of the "
    "full chamber.</p></aside>"
)


def test_a_prose_aside_inside_the_body_is_kept() -> None:
    _, selection = _select(f"<article>{_para(1)}{_para(2)}{_EXPLAINER}{_para(3)}</article>")
    body = _body(selection)
    assert "What is a reserve fund?" in body
    assert any(text.startswith("A reserve fund is money") for text in body)


def test_asides_that_are_not_the_storys_own_prose_go() -> None:
    gear = (
        "<aside><p>Home setup: Bifrost 2/64 &gt; V281 Reissue, Atrium Open, HD6XX</p>"
        "<p>Work setup: Mojo 2 &gt; Pietus Maximus, Sundara, NightOwls and Odin</p></aside>"
    )
    promo = (
        "<aside><p>Sign up for our newsletter</p><p>A reserve fund is money a council sets "
        "aside for emergencies, and it can only be spent after a vote.</p></aside>"
    )
    classed = _EXPLAINER.replace("explainer-box", "sidebar")
    for aside in (gear, promo, classed):
        _, selection = _select(f"<article>{_para(1)}{_para(2)}{aside}{_para(3)}</article>")
        assert _body(selection) == BODY_TEXTS[:3]
    # A thread whose posts each carry an aside: signatures, not boxes of the story.
    posts = "".join(f"{_para(n)}{_para(n + 4)}{_EXPLAINER}" for n in range(1, 5))
    _, selection = _select(f"<article>{posts}</article>")
    assert not any("reserve fund" in text for text in _body(selection))


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        (
            "<p><strong>Correction:</strong> An earlier version of this story misstated the "
            "vote. It was 4-3, not 5-2.</p>",
            ["Correction: An earlier version of this story misstated the vote. It was 4-3, "
             "not 5-2."],
        ),
        (
            "<p>Editor's note: The ferry operator replied after publication.</p>",
            ["Editor's note: The ferry operator replied after publication."],
        ),
        ("<h4>Correction</h4><p>The vote was 4-3.</p>", ["Correction", "The vote was 4-3."]),
    ],
)  # fmt: skip
def test_a_short_correction_note_in_an_aside_is_kept(note: str, kept: list[str]) -> None:
    _, selection = _select(
        f"<article>{_para(1)}{_para(2)}{_para(3)}<aside class='note'>{note}</aside></article>"
    )
    assert _body(selection) == [*BODY_TEXTS[:3], *kept]


def test_a_short_aside_without_a_note_label_still_goes() -> None:
    _, selection = _select(
        f"<article>{_para(1)}{_para(2)}<aside><p>Ferry fares rose again this winter.</p>"
        f"</aside>{_para(3)}</article>"
    )
    assert _body(selection) == BODY_TEXTS[:3]


def test_a_media_players_clock_is_chrome() -> None:
    _, selection = _select(
        f"<article><div class='jw-controls'><span>0:00</span> / <span>4:12</span></div>"
        f"{BODY}</article>"
    )
    assert _body(selection) == BODY_TEXTS
    assert _removed(selection)["0:00 / 4:12"] == "other"


def test_a_heading_closing_the_body_over_teasers_labels_them() -> None:
    _, selection = _select(
        f"<main>{BODY}<div class='more-videos'><h2>More videos</h2><ul>"
        "<li><a href='/video/ferry-crossing-v4820'>Ferry crossing in a winter gale</a></li>"
        "<li><a href='/video/lighthouse-v4819'>Volunteers repaint the old lighthouse</a></li>"
        "</ul></div></main>"
    )
    assert _body(selection) == BODY_TEXTS
    kinds = [(kind, block.text) for kind, block in selection.removed]
    assert kinds[:2] == [
        ("related", "More videos"),
        ("related", "Ferry crossing in a winter gale"),
    ]


def test_a_closing_heading_over_no_teasers_stays() -> None:
    _, selection = _select(f"<main>{BODY}<h2>What happens next</h2></main>")
    assert _body(selection) == [*BODY_TEXTS, "What happens next"]


def test_lines_after_a_promotions_opening_in_the_same_box_go_with_it() -> None:
    box = (
        '<div class="box"><b>Subscribe to the Bugle!</b><br>Get the print edition delivered '
        "every Thursday. $38 a year in Harlan County.</div>"
    )
    html = f"<div id=content><div id=left><h1>{TITLE}</h1>{_para(1)}{_para(2)}</div>"
    html += f"<div id=right>{box}</div></div>"
    _, selection = _select(f"<html><body>{html}</body></html>")
    assert _body(selection) == BODY_TEXTS[:2]
    assert (
        _removed(selection)[
            "Get the print edition delivered every Thursday. $38 a year in Harlan County."
        ]
        == "newsletter"
    )
    # A line of its own element after the promotion is not part of it.
    apart = html.replace("</div></div></div>", f"</div>{_para(3)}</div></div>")
    _, selection = _select(f"<html><body>{apart}</body></html>")
    assert BODY_TEXTS[2] in _body(selection)


def test_the_story_the_title_heads_is_the_body_when_the_next_story_is_stacked_under_it() -> None:
    texts = [
        f"Story one, paragraph {n}: the water board voted to raise residential rates by 11 "
        "percent, the first increase in eight years."
        for n in (1, 2, 3)
    ]
    first = "".join(f"<p>{text}</p>" for text in texts)
    second = "".join(
        f"<p>Story two, paragraph {n}: the county agreed to sell the old rodeo grounds to a "
        "developer who plans to build homes there.</p>"
        for n in (1, 2, 3, 4)
    )
    signup = (
        "<div class='newsletter-signup'><h4>Sign up for the Daily</h4>"
        "<p>Get the latest local news delivered to your inbox every morning.</p></div>"
    )
    html = (
        f"<div id='stream'><article><h1>{TITLE}</h1><div class='entry'>{first}{signup}</div>"
        "</article><div>Next story</div><article><h1>County sells the rodeo grounds</h1>"
        f"<div class='entry'>{second}</div></article></div>"
    )
    _, selection = _select(html)
    assert _body(selection) == texts
    # Without a title to tie it, the body is whatever scored best: the title decides.
    _, untitled = _select(html, title=None)
    assert _body(untitled) != texts


_QUAY = [
    "The harbour board of Tresk voted on Monday to rebuild the north quay, closed since storms "
    "cracked its wall.",
    "Work starts in spring and costs 4.2 million, half of it paid by the regional coastal fund.",
]
_CHOIR = (
    "<p>A choir from Tresk won the county festival for the third year running on Saturday.</p>"
    "<p>The forty singers performed two songs written by their conductor, Mira Vell.</p>"
)


def _quay_page(next_story: str) -> str:
    first = "".join(f"<p>{text}</p>" for text in _QUAY)
    return (
        "<html><body><main><article><h1>Tresk to rebuild north quay</h1>"
        f"<p class='byline'>By Ana Loy</p>{first}</article>{next_story}</main></body></html>"
    )


def test_a_short_next_story_with_a_headline_of_its_own_is_not_the_body() -> None:
    title = "Tresk to rebuild north quay"
    # A brief under its own <h1>, or under an <h2> and its byline, or in a box marked as the
    # next story: each is another story, however short, and so is the page's own short one.
    for next_story in (
        f"<article><h1>Tresk choir wins again</h1>{_CHOIR}</article>",
        f"<article><h2>Tresk choir wins again</h2><p>By Ed Farr</p>{_CHOIR}</article>",
        f"<div class='next-article'><h2>Tresk choir wins again</h2>{_CHOIR}</div>",
    ):
        _, selection = _select(_quay_page(next_story), title=title)
        assert _body(selection)[-2:] == _QUAY
    # An <h2> straight over paragraphs may be a section of the same story split into articles.
    section = f"<article><h2>What the work involves</h2>{_CHOIR}</article>"
    _, selection = _select(_quay_page(section), title=title)
    assert "What the work involves" in _body(selection)


def test_a_box_named_as_the_next_story_is_cut_from_an_unwrapped_story() -> None:
    texts = [*_QUAY, "Fishing boats will use the south quay until the work ends next autumn."]
    texts = [
        f"{text} The board's chair, Oren Halt, said the quay had served Tresk since 1887."
        for text in texts
    ]
    first = "".join(f"<p>{text}</p>" for text in texts)
    html = (
        f"<html><body><main><h1>Tresk to rebuild north quay</h1>{first}"
        f"<div class='next-story'><h1>Tresk choir wins again</h1>{_CHOIR}</div>"
        "</main></body></html>"
    )
    _, selection = _select(html, title="Tresk to rebuild north quay")
    assert _body(selection) == texts
    assert _removed(selection)["Tresk choir wins again"] == "related"
