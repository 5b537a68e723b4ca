"""collect_related: related-story teasers from the blocks removed as ``related``."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.model import RelatedLink
from dateline.page.blocks import Block, cut_blocks
from dateline.page.content import select_body
from dateline.page.related import collect_related

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
