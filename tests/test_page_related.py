"""collect_related: related-story teasers from the blocks removed as ``related``."""

from __future__ import annotations

import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline import extract
from dateline.model import RelatedLink
from dateline.page.blocks import Block, cut_blocks
from dateline.page.content import select_body
from dateline.page.related import (
    _SPONSOR_WORD,
    _has_sponsor_word,
    clean_title,
    collect_related,
)

URL = "https://courier.example/news/2024/ferry-kept"


def _block(text: str, *links: tuple[str, str]) -> Block:
    return Block(
        text=text,
        tag="li" if links else "h2",
        element=-1,
        link_chars=sum(len(title) for _, title in links),
        links=list(links),
    )


def _teaser(href: str, title: str) -> Block:
    return _block(title, (href, title))


def test_story_urls_are_kept_pages_about_the_outlet_are_not() -> None:
    removed = [
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("related", _teaser("/news/tram-line-study-delayed-again", "Tram line study delayed")),
        ("related", _teaser("/story/48213", "Gull Island school reopens")),
        ("related", _teaser("/about/contact-us/", "Contact our newsroom team")),
        ("related", _teaser("/sections/island-life", "More island life stories")),
    ]
    assert [link.url for link in collect_related(removed, URL)] == [
        "https://courier.example/2024/05/01/bus-lanes",
        "https://courier.example/news/tram-line-study-delayed-again",
        "https://courier.example/story/48213",
    ]


def test_short_titles_and_non_page_links_are_skipped() -> None:
    removed = [
        ("related", _teaser("/2024/05/sport", "Sport")),
        ("related", _teaser("/2024/05/01/x", "Quay works")),
        ("related", _teaser("#comments", "Jump to the comments below")),
        ("related", _teaser("javascript:void(0)", "Load more island stories")),
        ("related", _teaser("mailto:desk@courier.example", "Email the news desk today")),
    ]
    assert collect_related(removed, URL) == []


def test_a_cards_summary_keeps_the_box_label_and_box_links_are_not_stories() -> None:
    def summary(text: str) -> Block:
        return Block(text=text, tag="p", element=-1, link_chars=0)

    removed = [
        ("related", _block("More from Features")),
        ("related", _teaser("/features/ferry", "The last ferry captain on Lake Orlen")),
        ("other", summary("He has made the crossing 11,000 times.")),
        ("related", _teaser("/features/mill", "Inside the mill town that refused to die")),
        ("other", summary("A story of grit.")),
        ("related", _teaser("/features/search/?topic=8", "View all Features stories")),
    ]
    assert [(link.url, link.label) for link in collect_related(removed, URL)] == [
        ("https://courier.example/features/ferry", "More from Features"),
        ("https://courier.example/features/mill", "More from Features"),
    ]


def test_titles_in_scripts_without_spaces_count_by_characters() -> None:
    removed = [
        ("related", _teaser("/2024/0301/1101.html", "鹭港轮渡新航线下月开通")),
        ("related", _teaser("/local/20240302-0042/", "みなと市の渡し船、春から増便")),
        ("related", _teaser("/local/news_7701", "เรือข้ามฟากเริ่มวิ่งวันจันทร์")),
        ("related", _teaser("/2024/0301/1102.html", "国际")),  # a section's name
        ("related", _teaser("/news/2024/9", "ข่าว")),
    ]
    assert [link.url for link in collect_related(removed, URL)] == [
        "https://courier.example/2024/0301/1101.html",
        "https://courier.example/local/20240302-0042/",
        "https://courier.example/local/news_7701",
    ]


def test_a_numeric_id_in_the_query_makes_a_story_url() -> None:
    removed = [
        ("related", _teaser("/news/articleView.html?idxno=48213", "갈매기섬 학교 다시 문 열어")),
        ("related", _teaser("/read.php?section=local&id=2024", "Harbour wall repairs begin")),
        ("related", _teaser("/news/articleList.html?page=2", "More island news stories")),
    ]
    assert [link.url for link in collect_related(removed, URL)] == [
        "https://courier.example/news/articleView.html?idxno=48213",
        "https://courier.example/read.php?section=local&id=2024",
    ]


def test_only_related_blocks_count() -> None:
    removed = [
        ("navigation", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("share", _teaser("/2024/05/01/share-this-story", "Share this story with friends")),
    ]
    assert collect_related(removed, URL) == []


def test_label_from_the_header_above() -> None:
    removed = [
        ("related", _block("More on transport:")),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("related", _teaser("/2024/05/02/tram-study", "Tram line study delayed again")),
    ]
    assert [link.label for link in collect_related(removed, URL)] == ["More on transport"] * 2


def test_label_ends_where_the_related_run_ends() -> None:
    removed = [
        ("related", _block("More on transport")),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("navigation", _block("Home News Sport")),
        ("related", _teaser("/2024/05/02/tram-study", "Tram line study delayed again")),
    ]
    assert [link.label for link in collect_related(removed, URL)] == ["More on transport", None]


def test_a_long_header_is_not_a_label() -> None:
    header = "These are the stories our readers in Kestrel Bay liked the most this week"
    removed = [
        ("related", _block(header)),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
    ]
    assert collect_related(removed, URL)[0].label is None


def test_inline_prefix_is_the_label() -> None:
    title = "Pier repairs finished ahead of summer"
    removed = [
        ("related", _block("Also on the site")),
        ("related", _block(f"Read more: {title}", ("/2024/04/02/pier-repairs", title))),
    ]
    assert collect_related(removed, URL) == [
        RelatedLink(
            url="https://courier.example/2024/04/02/pier-repairs", title=title, label="Read more"
        )
    ]


def test_same_story_twice_is_kept_once() -> None:
    title = "New bus lanes open on the coast road"
    removed = [
        ("related", _teaser("/2024/05/01/bus-lanes", title)),
        ("related", _teaser("https://courier.example/2024/05/01/bus-lanes", title)),
    ]
    assert len(collect_related(removed, URL)) == 1


def test_without_a_page_url_hrefs_stay_as_written() -> None:
    removed = [("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open today"))]
    assert collect_related(removed, None)[0].url == "/2024/05/01/bus-lanes"


def test_extract_resolves_teasers_against_the_canonical_url_without_a_page_url() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
        "twice a day through the winter months.</p>"
        for n in range(3)
    )
    html = (
        "<html><head><meta property='og:url' content='https://courier.example/news/2024/ferry'>"
        f"</head><body><article><h1>Ferry kept</h1>{paragraphs}</article>"
        "<div class='related'><h2>More on transport</h2><ul>"
        "<li><a href='/2024/05/01/bus-lanes'>New bus lanes open on the coast road</a></li>"
        "</ul></div></body></html>"
    )
    assert [link.url for link in extract(html).related] == [
        "https://courier.example/2024/05/01/bus-lanes"
    ]


def test_from_a_page_teaser_list() -> None:
    body = LexborHTMLParser(
        "<article>"
        + "".join(
            f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
            "twice a day through the winter months.</p>"
            for n in range(3)
        )
        + "</article><div class='related'><h2>More on transport</h2><ul>"
        "<li><a href='/2024/05/01/bus-lanes'>New bus lanes open on the coast road</a></li>"
        "<li><a href='/2024/05/02/tram-study'>Tram line study delayed again</a></li>"
        "</ul></div>"
    ).body
    assert body is not None
    page = cut_blocks(body)
    related = collect_related(select_body(page, None).removed, URL)
    assert [(link.title, link.label) for link in related] == [
        ("New bus lanes open on the coast road", "More on transport"),
        ("Tram line study delayed again", "More on transport"),
    ]


def test_from_teaser_cards_whose_link_wraps_the_headline() -> None:
    body = LexborHTMLParser(
        "<article>"
        + "".join(
            f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
            "twice a day through the winter months.</p>"
            for n in range(3)
        )
        + "</article><section class='related'><h2>More on transport</h2>"
        "<a href='/2024/05/01/bus-lanes'><h3>New bus lanes open on the coast road</h3></a>"
        "<a href='/2024/05/02/tram-study'><h3>Tram line study delayed again</h3></a>"
        "</section><footer><p>Copyright Gannet Media</p></footer>"
    ).body
    assert body is not None
    page = cut_blocks(body)
    related = collect_related(select_body(page, None).removed, URL)
    assert [(link.title, link.label) for link in related] == [
        ("New bus lanes open on the coast road", "More on transport"),
        ("Tram line study delayed again", "More on transport"),
    ]


def test_a_link_around_a_whole_card_gives_its_first_line_as_the_title() -> None:
    body = LexborHTMLParser(
        "<article>"
        + "".join(
            f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
            "twice a day through the winter months.</p>"
            for n in range(3)
        )
        + "<figure class='kg-card kg-bookmark-card'><a href='/2023/land-dispute-delays-path/'>"
        "<div class='kg-bookmark-title'>Land dispute delays cycle path again</div>"
        "<div class='kg-bookmark-description'>The farm says it was never consulted.</div>"
        "<div class='kg-bookmark-metadata'><span>Kestrel Valley News</span></div></a></figure>"
        "</article>"
    ).body
    assert body is not None
    related = collect_related(select_body(cut_blocks(body), None).removed, URL)
    assert [link.title for link in related] == ["Land dispute delays cycle path again"]


def test_under_a_related_stories_header_a_short_slug_is_a_story() -> None:
    for header in ("Related stories", "İlgili Haberler"):
        removed = [
            ("related", _block(header)),
            ("related", _teaser("/economy/fare-rise", "Public transport fares up 20 percent")),
        ]
        [link] = collect_related(removed, URL)
        assert link.url == "https://courier.example/economy/fare-rise"
        assert link.label == header
    removed = [
        ("related", _block("Our standards")),
        ("related", _teaser("/about/trust-principles", "The Courier trust principles")),
    ]
    assert collect_related(removed, URL) == []


def _related_from(html: str) -> list[tuple[str, str | None]]:
    body = LexborHTMLParser(
        "<article>"
        + "".join(
            f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running "
            "twice a day through the winter months.</p>"
            for n in range(3)
        )
        + f"</article>{html}"
    ).body
    assert body is not None
    related = collect_related(select_body(cut_blocks(body), None).removed, URL)
    return [(link.title, link.label) for link in related]


def test_card_dates_and_ranks_leave_the_titles() -> None:
    related = _related_from(
        "<div class='related'><h2>Most read</h2><ol>"
        "<li><a href='/2024/03/04/copper'><span>Chile delays copper permits again</span>"
        "<time>March 4, 2024</time></a></li>"
        "<li><a href='/2024/03/03/storm'><span>1</span>Storm Ingrid hits the coast at night</a>"
        "</li></ol></div>"
    )
    assert related == [
        ("Chile delays copper permits again", "Most read"),
        ("Storm Ingrid hits the coast at night", "Most read"),
    ]


def test_cards_whose_link_wraps_a_heading_and_a_date_keep_the_header_label() -> None:
    related = _related_from(
        "<section class='related'><h2>More on transport</h2>"
        "<a href='/2024/05/01/fares'><h3>Ferry fares rise again this spring</h3>"
        "<time>March 3, 2024</time></a>"
        "<a href='/2024/05/02/lanes'><h3>Bus lanes open on the coast road</h3>"
        "<time>March 2, 2024</time></a>"
        "<a href='/2024/05/03/tram'><time>March 1, 2024</time><h3>Tram line study delayed"
        "</h3></a>"
        "<a href='/2024/05/04/pier'><span>Harbour</span><h3>Pier repairs finished early</h3></a>"
        "</section>"
    )
    assert related == [
        ("Ferry fares rise again this spring", "More on transport"),
        ("Bus lanes open on the coast road", "More on transport"),
        ("Tram line study delayed", "More on transport"),
        ("Pier repairs finished early", "More on transport"),
    ]


def test_a_cards_date_line_or_summary_is_not_a_new_label() -> None:
    removed = [
        ("related", _block("More on transport")),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("other", _block("March 3, 2024")),
        ("related", _block("Drivers lose a lane.")),
        ("related", _teaser("/2024/05/02/tram-study", "Tram line study delayed again")),
    ]
    assert [link.label for link in collect_related(removed, URL)] == ["More on transport"] * 2


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Ferry fares riseMarch 4, 2024", "Ferry fares rise"),
        ("Ferry fares rise · 4 March 2024, 10:15", "Ferry fares rise"),
        ("Ferry fares rise 2024-03-04", "Ferry fares rise"),
        ("1Storm Ingrid hits the coast", "Storm Ingrid hits the coast"),
        ("12Storm Ingrid hits the coast", "Storm Ingrid hits the coast"),
        # The headline's own words stay.
        ("Ferry strike set for March 4, 2024", "Ferry strike set for March 4, 2024"),
        ("3D printers reach the island", "3D printers reach the island"),
        ("5G masts go up on the pier", "5G masts go up on the pier"),
        ("10 things to know about the ferry", "10 things to know about the ferry"),
        ("Quay works March 4, 2024", "Quay works March 4, 2024"),  # too short without it
    ],
)
def test_clean_title(title: str, clean: str) -> None:
    assert clean_title(title) == clean


def _heading(text: str, level: int = 2) -> Block:
    return Block(text=text, tag=f"h{level}", element=-1, link_chars=0, heading=level)


def test_social_posts_are_no_related_stories() -> None:
    removed = [
        ("related", _teaser("https://www.instagram.com/p/Cq81xYz/", "View this post on Instagram")),
        ("related", _teaser("https://x.com/kestrelpost/status/1790", "Ferry news on our feed")),
        ("related", _teaser("https://m.youtube.com/watch?v=ab12", "Watch the ferry crossing live")),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
    ]
    assert [link.url for link in collect_related(removed, URL)] == [
        "https://courier.example/2024/05/01/bus-lanes"
    ]


def test_tag_and_author_pages_are_no_stories_even_under_a_related_label() -> None:
    removed = [
        ("related", _block("Trending:")),
        ("related", _teaser("/tag/gull-island-ferry-timetable/", "Gull Island ferry timetable")),
        ("related", _teaser("/topics/harbour-wall-repairs", "Harbour wall repairs latest")),
        ("related", _teaser("/author/lotte-varn-staff/", "More from Lotte Varn")),
        ("related", _teaser("/writers/noa-ben-ami-cohen", "Noa Ben Ami Cohen")),
        ("related", _teaser("/contributors/james-m-tobin/", "James M. Tobin")),
        ("related", _teaser("/profile/harbour-desk-team", "Harbour Desk Team")),
        ("related", _teaser("/2024/05/01/bus-lanes", "New bus lanes open on the coast road")),
        ("related", _teaser("/forum/topic/482137-ferry-fares/", "Ferry fares thread, page one")),
    ]
    assert [link.url for link in collect_related(removed, URL)] == [
        "https://courier.example/2024/05/01/bus-lanes",
        "https://courier.example/forum/topic/482137-ferry-fares/",
    ]


def test_a_box_heading_removed_as_another_kind_labels_the_teasers_below() -> None:
    removed = [
        ("other", _heading("More in Business")),
        ("related", _teaser("/2024/05/01/port-talks", "Port automation talks stall again")),
        ("related", _teaser("/2024/05/02/lumber", "Lumber prices climb on wildfire fears")),
        ("other", _block("Copyright Kestrel Post")),
        ("related", _teaser("/2024/05/03/quay", "Quay works finish ahead of summer")),
    ]
    assert [link.label for link in collect_related(removed, URL)] == [
        "More in Business",
        "More in Business",
        None,
    ]


def test_a_page_headline_removed_as_other_is_no_label() -> None:
    removed = [
        ("other", _heading("Ferry kept for winter", level=1)),
        ("related", _teaser("/2024/05/01/port-talks", "Port automation talks stall again")),
    ]
    assert collect_related(removed, URL)[0].label is None


def test_score_ticker_results_are_no_stories() -> None:
    removed = [
        ("related", _teaser("/sport/live/b1198000", "Harlow 0-0 Brentmoor FT")),
        ("related", _teaser("/sport/live/b1198001", "Castleford Town 2-2 Ashby HT")),
        ("related", _teaser("/sport/live/b1198002", "Westmarch 1-3 Redvale 67'")),
        ("related", _teaser("/sport/2024/kestrel-win", "Kestrel 3-1 Dunford: Amadi double")),
    ]
    assert [link.title for link in collect_related(removed, URL)] == [
        "Kestrel 3-1 Dunford: Amadi double"
    ]


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("3:40Volunteers restore the old lighthouse", "Volunteers restore the old lighthouse"),
        ("1:02:15Council meeting in full", "Council meeting in full"),
        ("10:30 ferry cancelled by the gale", "10:30 ferry cancelled by the gale"),
    ],
)
def test_a_video_duration_glued_to_the_title_goes(title: str, clean: str) -> None:
    assert clean_title(title) == clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sponsored by Harrowgate Building Society", True),
        ("PROMOTED STORIES", True),
        ("Paid partner: Valley Cycles", True),
        ("Anzeige: Bergbahn Sommerkarte", True),
        ("ſponſored by the Quayside Market", True),  # long s, which ``re`` folds to s
        ("PAİD CONTENT", True),  # dotted capital I
        ("paıd post", True),  # dotless i
        ("Council approves the new ferry timetable after a public debate", False),
        ("Publication date moved for the harbour report", False),
    ],
)
def test_sponsor_words_are_found_in_any_case_as_the_pattern_finds_them(
    text: str, expected: bool
) -> None:
    assert _has_sponsor_word(text) is expected
    assert (_SPONSOR_WORD.search(text) is not None) is expected


def test_lowering_matches_the_pattern_letter_for_letter() -> None:
    # Every character up to U+2FFF (Latin, Greek, Cyrillic, symbols) that the IGNORECASE
    # pattern takes as one of its letters is that letter once lowered, or one of the three
    # the fast path leaves to the pattern.
    letters = set("sponsorpromotpaidadvertanzeigepublici")
    for point in range(0x3000):
        char = chr(point)
        for letter in letters:
            by_pattern = re.fullmatch(f"(?i){letter}", char) is not None
            other_case = (char, letter) in {("İ", "i"), ("ı", "i"), ("ſ", "s")}
            assert by_pattern == (char.lower() == letter or other_case), (char, letter)
