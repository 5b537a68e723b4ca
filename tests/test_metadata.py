"""read_metadata over invented pages: each source, the precedence between them, the cross-checks."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline.page.jsonld import load_lenient
from dateline.page.metadata import read_metadata

URL = "https://www.harbourgazette.example/news/2024/03/03/flood-kills-3?utm=x"

FULL_PAGE = """<!doctype html>
<html lang="en_gb"><head>
<title>Flood kills 3 in Port Avel | The Harbour Gazette</title>
<link rel="canonical" href="/news/flood-kills-3">
<meta property="og:title" content="Flood kills 3 in Port Avel">
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="og:type" content="article">
<meta property="og:image" content="/img/flood.jpg">
<meta property="article:published_time" content="2024-03-03T08:00:00+00:00">
<meta property="article:section" content="Weather">
<meta property="article:tag" content="floods"><meta property="article:tag" content="Port Avel">
<meta name="author" content="The Harbour Gazette">
<meta name="description" content="Rivers burst their banks overnight.">
<script type="application/ld+json">
<!--
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://www.harbourgazette.example/#site",
   "name": "The Harbour Gazette"},
  {"@type": "Person", "@id": "#lena", "name": "Lena Park"},
  {"@type": "NewsArticle", "headline": "Flood kills 3 in Port Avel",
   "datePublished": "2024-03-03T09:15:00+01:00", "dateModified": "2024-03-04T10:00:00+01:00",
   "author": [{"@id": "#lena"}, {"@type": "Person", "name": "TOMAS RUIZ"},
              {"@type": "Organization", "name": "The Harbour Gazette"}],
   "publisher": {"@type": "Organization", "name": "The Harbour Gazette"},
   "articleSection": ["Weather", "Local"], "keywords": "floods, Port Avel, rivers",
   "articleBody": "Three people died when the Avel rose.",
   "image": {"@type": "ImageObject", "url": "https://cdn.harbourgazette.example/a.jpg"},
   "inLanguage": "en-GB",},
]}
-->
</script>
</head><body>
<aside class="related-stories"><time datetime="2019-01-01">Old teaser</time></aside>
<article><header><h1>Flood kills 3 in Port Avel</h1>
<p class="byline">By Lena Park and Tomas Ruiz</p></header>
<p>Three people died when the Avel rose.</p></article>
</body></html>
"""


def read(html: str, url: str | None = URL):
    return read_metadata(LexborHTMLParser(html), url)


def test_full_page_reads_every_field() -> None:
    meta = read(FULL_PAGE)
    assert meta.title == "Flood kills 3 in Port Avel"
    assert meta.authors == ["Lena Park", "Tomas Ruiz"]
    assert meta.published == "2024-03-03T09:15:00+01:00"
    assert meta.updated == "2024-03-04T10:00:00+01:00"
    assert meta.site_name == "The Harbour Gazette"
    assert meta.language == "en-GB"
    assert meta.canonical_url == "https://www.harbourgazette.example/news/flood-kills-3"
    assert meta.section == "Weather"
    assert meta.tags == ["floods", "Port Avel", "rivers"]
    assert meta.image_url == "https://www.harbourgazette.example/img/flood.jpg"
    assert meta.article_body == "Three people died when the Avel rose."
    assert meta.dek == "Rivers burst their banks overnight."
    assert meta.types[:3] == ["WebSite", "Person", "NewsArticle"]
    assert "article" in meta.types


def test_site_name_is_cut_from_a_title_without_a_matching_h1() -> None:
    html = (
        "<html><head><title>Ferry strike ends - Harbour Gazette</title>"
        '<meta property="og:site_name" content="Harbour Gazette"></head>'
        "<body><h1>Harbour Gazette</h1></body></html>"
    )
    assert read(html).title == "Ferry strike ends"


def test_site_name_prefix_is_cut_using_the_host_when_no_site_name_is_declared() -> None:
    html = "<html><head><title>HarbourGazette | Ferry strike ends</title></head></html>"
    assert read(html).title == "Ferry strike ends"


def test_h1_closing_a_site_first_title_is_the_headline() -> None:
    # Neither URL nor site name says which segment is the site: the short opening one is.
    html = (
        "<html><head><title>The Kestrel Courier | Lighthouse keeper retires after forty"
        " years</title></head><body><h1>Lighthouse keeper retires after forty years</h1>"
        "</body></html>"
    )
    assert read(html, None).title == "Lighthouse keeper retires after forty years"
    # A site-last title still keeps an <h1> that is the site's name out.
    logo = (
        "<html><head><title>Lighthouse keeper retires after forty years | Kestrel"
        " Courier</title></head><body><h1>Kestrel Courier</h1></body></html>"
    )
    assert (read(logo, None).title or "").startswith("Lighthouse keeper retires")


def test_h1_agreeing_with_a_declared_title_is_preferred() -> None:
    html = (
        '<html><head><meta property="og:title" content="Ferry strike ends after 9 days">'
        "<title>Ferry strike ends after 9 days | HG</title></head>"
        "<body><h1>Ferry  strike ends after 9 days</h1></body></html>"
    )
    assert read(html).title == "Ferry strike ends after 9 days"


def test_soft_hyphens_leave_headline_and_declared_titles() -> None:
    printed = (
        '<html><head><meta property="og:title" content="Stadt&shy;werke erh\u00f6hen Preise">'
        "</head><body><h1>Stadt&shy;werke erh\u00f6hen die Preise</h1></body></html>"
    )
    assert read(printed).title == "Stadtwerke erh\u00f6hen die Preise"
    declared = (
        '<html><head><meta property="og:title" content="Stadt&shy;werke erh\u00f6hen Preise">'
    )
    assert read(declared + "</head><body></body></html>").title == "Stadtwerke erh\u00f6hen Preise"


def test_meta_sources_fill_in_without_json_ld() -> None:
    html = """<html lang="pt-br"><head>
    <meta name="parsely-title" content="Ponte reabre em Avel">
    <meta name="parsely-author" content="Ana Lima">
    <meta name="parsely-pub-date" content="2024-03-03T10:15:00Z">
    <meta name="news_keywords" content="ponte, trânsito">
    </head><body></body></html>"""
    meta = read(html, None)
    assert meta.title == "Ponte reabre em Avel"
    assert meta.authors == ["Ana Lima"]
    assert meta.published == "2024-03-03T10:15:00+00:00"
    assert meta.language == "pt-BR"
    assert meta.tags == ["ponte", "trânsito"]


def test_microdata_author_and_date() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/Article">
    <h1 itemprop="headline">Dock workers vote</h1>
    <span itemprop="author" itemscope><span itemprop="name">Mira Okafor</span></span>
    <time itemprop="datePublished" datetime="2024-05-06">6 May</time></div></body></html>"""
    meta = read(html, None)
    assert meta.authors == ["Mira Okafor"]
    assert meta.published == "2024-05-06"


def test_teaser_time_does_not_win_over_the_story_time() -> None:
    html = """<html><body>
    <div class="related"><time datetime="2020-01-01">1 Jan 2020</time></div>
    <time datetime="2021-01-01">teaser outside the story</time>
    <article><h1>Dock workers vote</h1><time datetime="2024-05-06T12:00">6 May</time></article>
    </body></html>"""
    assert read(html, None).published == "2024-05-06T12:00:00"


def test_visible_byline_is_used_when_metadata_has_no_author() -> None:
    html = """<html><body><h1>Dock workers vote</h1>
    <div class="article-byline">By MIRA OKAFOR, Labour Correspondent | Updated 2 hours ago</div>
    <div class="comments"><span class="author">Angry Reader</span></div></body></html>"""
    assert read(html, None).authors == ["Mira Okafor"]


def test_sign_in_link_of_an_authorization_class_is_no_byline() -> None:
    html = """<html><body><ul class="header links">
    <li class="link authorization-link"><a href="/customer/account/login/">Sign In</a></li></ul>
    <h1>Choosing a doorbell camera</h1><p>Most doorbell cameras record in 1080p.</p>
    <div class="post-author"><a href="/author/tomas-belling">Tomas Belling</a></div>
    </body></html>"""
    assert read(html, None).authors == ["Tomas Belling"]
    unsigned = html.split('<div class="post-author">')[0] + "</body></html>"
    assert read(unsigned, None).authors == []


def test_link_to_contributors_inside_a_paragraph_of_prose_is_no_byline() -> None:
    prose = (
        "Since spring the volunteers of the Kestrel Bay radio club have made "
        '<a href="https://code.example.org/kbrc/logger/graphs/contributors">several hundred '
        "commits</a> to the logging tool, which now records every contact the club makes on "
        "the shortwave bands and prints the monthly report the regional league asks for."
    )
    html = f"<html><body><h1>Radio club logs</h1><p>{prose}</p></body></html>"
    assert read(html, None).authors == []
    byline = '<p>By <a href="/contributors/ines-harrow">Ines Harrow</a></p>'
    assert read(html.replace("<h1>", byline + "<h1>"), None).authors == ["Ines Harrow"]


def test_unmarked_byline_ends_where_the_next_paragraph_begins() -> None:
    # The text around the headline is read without block boundaries: "By Ines Brandt" then
    # "The night ferry…" must not give "Ines Brandt The".
    for opener in ("The night ferry returned", "After three weeks the ferry", "It returned"):
        html = f"""<html><body><article><h1>Ferry back at Port Elm</h1>
        <p>By <a href="/staff">Ines Brandt</a></p><p>{opener} to Port Elm on Monday.</p>
        </article></body></html>"""
        assert read(html, None).authors == ["Ines Brandt"]


def test_unmarked_byline_keeps_lower_case_name_particles() -> None:
    for name in ("Maria de la Cruz", "Jan van der Berg", "Fatima bint Khalid"):
        html = f"""<html><body><article><h1>Ferry back at Port Elm</h1>
        <p>By {name}</p><p>The night ferry returned to Port Elm on Monday.</p>
        </article></body></html>"""
        assert read(html, None).authors == [name]


def test_byline_box_gives_the_name_element_not_the_role_or_outlet_beside_it() -> None:
    boxes = (
        """<div class="author-box"><img src="/liza.jpg" alt=""><div class="author-name">Liza Burke
        </div><div class="author-role">Marketing Director</div><time>May 14, 2025</time></div>""",
        """<div class="byline"><span itemprop="author"><span itemprop="name">Brian Truitt</span>
        </span><span class="publication">ELM HERALD</span></div>""",
        """<div class="writer"><a class="writer-name-wrapper" href="/team/matt">
        <h2 class="writer-name">Matt Check</h2><div class="writer-role">Head Winemaker</div>
        </a></div>""",
    )
    for box, name in zip(boxes, ("Liza Burke", "Brian Truitt", "Matt Check"), strict=True):
        html = f"<html><body><h1>Harvest ends early</h1>{box}<p>Story.</p></body></html>"
        assert read(html, None).authors == [name]
    two = """<html><body><h1>Harvest ends early</h1><div class="byline">By
    <span class="fn">Ana Lima</span> and <span class="fn">Tomas Varga</span>, Staff</div>"""
    assert read(two, None).authors == ["Ana Lima", "Tomas Varga"]


def test_byline_box_without_a_name_element_gives_its_author_links() -> None:
    html = """<html><body><h1>Pumping station approved</h1><span class="author">
    <a href="/authors/owen-pritchard/">Owen Pritchard</a><span>Health Reporter</span></span>
    <p>Story.</p></body></html>"""
    assert read(html, None).authors == ["Owen Pritchard"]
    reviewed = """<html><body><h1>Pumping station approved</h1><div class="author-line">By
    <a href="/author/ines-varga">Ines Varga</a>. Reviewed by <a href="/author/tom-reddle">Tom
    Reddle</a></div><p>Story.</p></body></html>"""
    assert read(reviewed, None).authors == ["Ines Varga"]


def test_a_columnist_box_and_an_indonesian_writer_link_give_the_author() -> None:
    column = """<html><body><h1>Leave the market in the square</h1><div class="columnist">
    <img src="/h.jpg" alt=""><a class="columnist-name" href="/opinion/hana-ferro">Hana Ferro</a>
    <span class="columnist-role">Columnist</span></div><p>Story.</p></body></html>"""
    assert read(column, None).authors == ["Hana Ferro"]
    # Indonesian "Penulis" (writer) over a link to the writer's page, the label unmarked.
    penulis = """<html><body><h1>Jalur sepeda baru</h1><div class="read__credit">
    <div class="credit-title-name">Penulis <a href="/penulis/rina-santoso">Rina Santoso</a></div>
    <div class="credit-title-name">Editor <a href="/editor/adi">Adi Wibowo</a></div></div>
    <p>Story.</p></body></html>"""
    assert read(penulis, None).authors == ["Rina Santoso"]


def test_unmarked_byline_stops_before_a_date() -> None:
    html = """<html><body><article><h1>Ferry back at Port Elm</h1>
    <p>By Daniel Renfrow</p><p>April 3, 2026</p><p>The night ferry returned on Monday.</p>
    </article></body></html>"""
    assert read(html, None).authors == ["Daniel Renfrow"]


#: A story long enough that what follows it is not read as the headline's surroundings.
STORY = "The harvest in the valley ended two weeks early this year. " * 30


def test_date_opening_a_longer_date_element_is_read() -> None:
    html = f"""<html><body><article><h1>Harvest ends early</h1><p>{STORY}</p>
    <div class="meta date-section-header"><span>Posted on April 13, 2023</span>
    <div class="tags">Farming, Weather, Harvest, Vineyards, Orchards, Cooperatives, Markets,
    Prices, Exports</div></div></article></body></html>"""
    assert read(html, None).published == "2023-04-13"


def test_wire_agency_alone_is_kept_but_dropped_beside_a_person() -> None:
    alone = '<html><head><meta name="author" content="Reuters"></head></html>'
    assert read(alone, None).authors == ["Reuters"]
    beside = '<html><head><meta name="author" content="Mira Okafor, Reuters"></head></html>'
    assert read(beside, None).authors == ["Mira Okafor"]


def test_json_ld_author_names_have_their_entities_resolved() -> None:
    # A script's text reaches the page raw; SEO plugins escape it as HTML all the same.
    html = (
        '<html><head><script type="application/ld+json">{"@type": "BlogPosting", "author": '
        '[{"@type": "Person", "name": "Lina &amp; Tomas"}, "Se&#225;n O&#039;Brien"]}</script>'
        "</head></html>"
    )
    assert read(html, None).authors == ["Lina", "Tomas", "Seán O'Brien"]


def test_json_ld_keywords_are_split_after_their_entities_are_resolved() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "keywords": '
        '"Food &amp; Drink, Caf&#233;s; Harbour"}</script></head></html>'
    )
    assert read(html, None).tags == ["Food & Drink", "Cafés", "Harbour"]


def test_a_json_ld_image_address_escaped_as_html_is_resolved() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "image": '
        '"https://cdn.example/pier.jpg?w=1200&amp;h=630"}</script></head></html>'
    )
    assert read(html, None).image_url == "https://cdn.example/pier.jpg?w=1200&h=630"


def test_a_newsletter_platform_post_gives_its_writer_and_subtitle() -> None:
    post = (
        "<html><head><title>Three budget hearings</title></head><body>"
        '<article class="typography newsletter-post post"><div class="post-header">'
        '<h1 class="post-title">Three budget hearings</h1>'
        '<h3 class="subtitle">Lifeguards, potholes and a parks department that wants more</h3>'
        '<div class="post-meta"><div class="byline-names"><a href="/@mara">Mara Delgado</a>'
        '</div></div></div><div class="body markup"><p>Last week I sat in on three council '
        "budget hearings so you did not have to.</p></div></article>"
        '<div class="newsletter-signup"><p class="byline">By Ivo Brandt</p></div></body></html>'
    )
    meta = read(post, None)
    assert meta.authors == ["Mara Delgado"]
    assert meta.dek == "Lifeguards, potholes and a parks department that wants more"
    # A sign-up box is still no story: its "byline" signs nothing.
    alone = post.replace('<div class="byline-names"><a href="/@mara">Mara Delgado</a></div>', "")
    assert read(alone, None).authors == []


def test_non_names_are_not_authors() -> None:
    html = """<html><head><meta property="og:site_name" content="Harbour Gazette">
    <meta name="author" content="Harbour Gazette">
    <meta property="article:author" content="https://facebook.example/harbourgazette">
    <meta name="sailthru.author" content="Staff"></head></html>"""
    assert read(html, None).authors == []


def test_citation_authors_written_family_first_are_turned_around() -> None:
    html = """<html><head><meta name="citation_author" content="Okafor, Mira">
    <meta name="citation_author" content="Park, Lena"></head></html>"""
    assert read(html, None).authors == ["Mira Okafor", "Lena Park"]


def test_date_from_the_url_when_the_page_has_none() -> None:
    assert read("<html><body><p>Text</p></body></html>").published == "2024-03-03"


def test_updated_before_published_is_dropped() -> None:
    html = """<html><head>
    <meta property="article:published_time" content="2024-03-03">
    <meta property="article:modified_time" content="2023-01-01"></head></html>"""
    meta = read(html, None)
    assert (meta.published, meta.updated) == ("2024-03-03", None)


def test_malformed_json_ld_is_tolerated() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
        ' "headline": "Line\nbreak inside", "author": "Lena Park",}</script>'
        '<script type="application/ld+json">{not json at all</script></head></html>'
    )
    meta = read(html, None)
    assert meta.authors == ["Lena Park"]
    assert meta.title == "Line break inside"


def test_load_lenient_reads_back_to_back_objects_and_refuses_garbage() -> None:
    assert load_lenient('{"a": 1}\n{"b": 2}') == [{"a": 1}, {"b": 2}]
    assert load_lenient("<![CDATA[ [1, 2,] ]]>") == [1, 2]
    assert load_lenient("{oops") is None


def test_empty_page_gives_empty_metadata() -> None:
    meta = read("", None)
    assert meta.title is None and meta.authors == [] and meta.published is None


def test_printed_standfirst_is_the_dek_when_none_is_declared() -> None:
    html = """<html><body><h1>Night buses return</h1>
    <p class="article-deck">Shift workers get three new routes after a year of campaigning.</p>
    </body></html>"""
    assert read(html, None).dek == "Shift workers get three new routes after a year of campaigning."


def test_a_teaser_field_without_a_link_is_the_dek_and_a_story_card_is_not() -> None:
    dek = "Die Verbindung soll Pendlern täglich eine halbe Stunde sparen."
    html = f"""<html><body><h1>Neue Fähre über den Bodensee</h1>
    <div class="field field--name-field-teaser">{dek}</div></body></html>"""
    assert read(html, None).dek == dek
    card = f"""<html><body><h1>Neue Fähre über den Bodensee</h1><div class="story-teaser">
    <a href="/2024/fahrplan">Der neue Fahrplan</a> {dek}</div></body></html>"""
    assert read(card, None).dek is None


def test_a_body_field_named_for_its_summary_is_not_the_dek() -> None:
    # Drupal's body field: "field--type-text-with-summary" holds the story's paragraphs.
    body = (
        '<div class="field field--name-body field--type-text-with-summary">'
        "<p>The Marrow Street library reopens on Monday after a two-year refit.</p>"
        "<p>Its reading room now seats ninety and stays open until nine.</p></div>"
    )
    html = f"<html><body><h1>Library reopens</h1>{body}</body></html>"
    assert read(html, None).dek is None
    one = '<div class="summary"><p>Ninety seats and late opening in the refitted library.</p></div>'
    assert read(f"<html><body><h1>Library reopens</h1>{one}</body></html>", None).dek == (
        "Ninety seats and late opening in the refitted library."
    )


def test_a_newsletter_cards_subheading_is_not_the_dek() -> None:
    card = (
        '<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">The Weekly '
        'Tide</h2><p class="kg-signup-card-subheading">Every Friday: the week on the coast, '
        "in five minutes.</p></div>"
    )
    html = f"<html><body><h1>Harbour wall repairs begin</h1>{card}</body></html>"
    assert read(html, None).dek is None
    plain = card.replace("kg-signup-card-subheading", "post-subheading").replace(
        "kg-card kg-signup-card", "post-head"
    )
    assert read(f"<html><body><h1>Harbour wall repairs begin</h1>{plain}</body></html>", None).dek


def test_a_story_cards_summary_is_not_the_dek() -> None:
    card = (
        '<div class="card"><h2 class="card-title"><a href="/2024/03/0{n}/story">Story {n} of '
        'the week</a></h2><p class="card-summary">The change takes effect in August for '
        "{n} schools.</p></div>"
    )
    html = (
        "<html><body><h1>Education</h1>"
        + "".join(card.format(n=n) for n in (1, 2, 3))
        + "</body></html>"
    )
    assert read(html, None).dek is None


def test_a_listing_takes_no_date_from_its_teasers() -> None:
    teaser = (
        '<article><h2><a href="/a">Story</a></h2><time datetime="2024-03-0{}">x</time></article>'
    )
    html = (
        '<html><head><meta property="og:type" content="website"></head><body><h1>Floods</h1>'
        + "".join(teaser.format(day) for day in (1, 2, 3))
        + "</body></html>"
    )
    assert read(html, "https://harbourgazette.example/tag/floods/").published is None


def test_a_page_naming_its_site_only_after_its_headline_in_the_title_gives_that_name() -> None:
    def page(title: str, headline: str = "Ferry strike ends") -> str:
        return f"<html><head><title>{title}</title></head><body><h1>{headline}</h1></body></html>"

    found = read(page("Ferry strike ends | The Kelvik Courier"), None)
    assert (found.site_name, found.title) == ("The Kelvik Courier", "Ferry strike ends")
    # On another host the title still names the site (a syndicated or moved page).
    assert read(page("Ferry strike ends – Kelvik Courier")).site_name == "Kelvik Courier"
    # A section between them: the site closes the title; Chinese portals join with "_".
    three = read(page("Ferry strike ends | Transport | The Kelvik Courier"), None)
    assert three.site_name == "The Kelvik Courier"
    headline = "江州地铁5号线南段开通 沿线新增8座车站"
    portal = read(page(f"{headline}|地铁|江州_新闻中心_华川网", headline), None)
    assert (portal.site_name, portal.title) == ("华川网", headline)
    for title, headline in (
        ("Ferry strike ends | About", "Ferry strike ends"),  # a page's label
        ("Ferry strike ends | Page 2", "Ferry strike ends"),
        ("Ferry strike ends | The Kelvik Courier", "Ferries run again"),  # not the headline
    ):
        assert read(page(title, headline), None).site_name is None, title


def test_a_title_opening_with_the_site_before_the_headline_gives_the_site_and_headline() -> None:
    def page(title: str, body: str) -> str:
        return f"<html><head><title>{title}</title></head><body>{body}</body></html>"

    for separator in ("|", "-", "–"):
        title = f"Tarrow Valley Echo {separator} Frost leaves orchards bare"
        found = read(page(title, "<h1>Frost leaves orchards bare</h1>"), None)
        assert found.site_name == "Tarrow Valley Echo"
        assert found.title == "Frost leaves orchards bare"
    # A book's or manual's banner <h1> over the page's own heading: the opening segment is
    # the page's headline, not the site.
    manual = page(
        "Reading Sensor Logs - The Fennick Handbook",
        "<h1>The Fennick Handbook</h1><h2>Reading Sensor Logs</h2>",
    )
    assert read(manual, None).site_name is None


def test_microdata_publisher_names_the_site() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/BlogPosting">
    <div itemprop="publisher" itemscope><meta itemprop="name" content="Riverside Notes"></div>
    </div></body></html>"""
    assert read(html, None).site_name == "Riverside Notes"


def test_a_page_declaring_no_site_names_it_in_its_title_segment_that_spells_the_host() -> None:
    # URL's host: harbourgazette.example.
    closing = "<html><head><title>Ferry strike ends | Harbour Gazette News</title></head></html>"
    assert read(closing).site_name == "Harbour Gazette News"
    opening = (
        "<html><head><title>\u202aHarbour Gazette\u202c | Ferry strike ends</title></head></html>"
    )
    assert read(opening).site_name == "Harbour Gazette"
    og = (
        '<html><head><meta property="og:title" content="Ferry strike ends - Harbour Gazette">'
        "</head></html>"
    )
    assert read(og).site_name == "Harbour Gazette"
    # A headline's segment that merely holds the host's name is no site name, nor is a title
    # without segments, nor any title when the page's address is unknown.
    for title in (
        "Harbour Gazette readers pick their photo of the year - Ferry strike ends",
        "Ferry strike ends at the Harbour Gazette",
    ):
        assert read(f"<html><head><title>{title}</title></head></html>").site_name is None
    assert read(closing, None).site_name is None
    # What the page declares comes first.
    declared = closing.replace(
        "</head>", '<meta property="og:site_name" content="The Gazette"></head>'
    )
    assert read(declared).site_name == "The Gazette"


def test_a_header_printing_the_update_first_still_gives_the_publication_date() -> None:
    body = "<article><h1>Council approves budget</h1><p class=meta>{}</p><p>Text.</p></article>"
    for line in (
        "Updated: March 5, 2024 · Published: March 3, 2024",
        "Updated March 5, 2024 | Published March 3, 2024",
    ):
        meta = read(f"<html><body>{body.format(line)}</body></html>", None)
        assert (meta.published, meta.updated) == ("2024-03-03", "2024-03-05"), line
    # A header showing only its update date still dates the page.
    only = read(f"<html><body>{body.format('Last updated on March 5, 2024')}</body></html>", None)
    assert only.published == "2024-03-05"


def test_an_update_stamped_before_publication_the_same_day_is_dropped() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-03T10:15:00Z">'
        '<meta property="article:modified_time" content="{}">'
    )
    early = read(f"<html><head>{head.format('2024-03-03T09:00:00Z')}</head></html>")
    assert (early.published, early.updated) == ("2024-03-03T10:15:00+00:00", None)
    later = read(f"<html><head>{head.format('2024-03-03T11:00:00Z')}</head></html>")
    assert later.updated == "2024-03-03T11:00:00+00:00"


def test_a_credit_lines_by_is_no_byline() -> None:
    html = (
        "<html><body><article><h1>Council approves budget</h1><p>The council met.</p>"
        "<p>Additional reporting by Marcus Bellweather; Editing by Ana Ruiz</p>"
        "</article></body></html>"
    )
    assert read(html, None).authors == []
    signed = html.replace("<p>The council met.</p>", "<p>By Lena Park</p><p>The council met.</p>")
    assert read(signed, None).authors == ["Lena Park"]


def test_canonical_link_is_a_rel_word_in_any_case() -> None:
    head = (
        '<link rel="canonicalish" href="/wrong">'
        '<link rel="alternate  CANONICAL" href="/news/ferry-strike-ends">'
    )
    meta = read(f"<html><head>{head}</head><body><p>Text</p></body></html>")
    assert meta.canonical_url == "https://www.harbourgazette.example/news/ferry-strike-ends"


def test_a_home_page_is_not_the_canonical_of_another_page() -> None:
    head = '<link rel="canonical" href="/"><meta property="og:url" content="/news/quay-works">'
    html = f"<html><head>{head}</head><body><p>Text</p></body></html>"
    site = "https://www.harbourgazette.example"
    # The template's "/" is passed over for the next declared address, or for none.
    assert read(html, f"{site}/news/quay-works?ref=feed").canonical_url == f"{site}/news/quay-works"
    bare = '<html><head><link rel="canonical" href="/"></head><body><p>Text</p></body></html>'
    assert read(bare, f"{site}/news/quay-works").canonical_url is None
    assert read(bare, None).canonical_url is None
    # The home page itself, even reached with a tracking parameter, keeps it.
    assert read(bare, f"{site}/?utm_source=feed").canonical_url == f"{site}/"


def test_json_ld_script_type_is_matched_in_any_case() -> None:
    script = '<script type="Application/LD+JSON">{"@type": "NewsArticle", "headline": "Tide"}'
    meta = read(f"<html><head>{script}</script><script>var x = 1;</script></head></html>")
    assert "NewsArticle" in meta.types


def test_script_comment_marks_around_json_ld_are_removed() -> None:
    assert load_lenient('<!--\n{"headline": "Tide"}\n// -->') == {"headline": "Tide"}
    assert load_lenient('// <![CDATA[\n{"headline": "Tide"}\n//]]>') == {"headline": "Tide"}
    assert load_lenient('{"headline": "Tide tables -->"}') == {"headline": "Tide tables -->"}


def test_an_unmarked_byline_stops_at_the_end_of_its_block() -> None:
    for second in ("Transport correspondent", "Northmere Herald, Riverton"):
        html = f"""<html><body><article><h1>Ferry back at Port Elm</h1>
        <div><div>By Lotte Varn</div><div>{second}</div></div>
        <p>The night ferry returned to Port Elm on Monday.</p></article></body></html>"""
        assert read(html, None).authors == ["Lotte Varn"]


def test_a_byline_box_of_several_lines_gives_the_names_of_its_by_line() -> None:
    html = """<html><body><h1>Ferry back at Port Elm</h1><div class="byline">
    <div>By <a href="/staff/lotte">Lotte Varn</a></div><div>Northmere Herald, Riverton</div>
    </div><p>Story.</p></body></html>"""
    assert read(html, None).authors == ["Lotte Varn"]


def test_a_visible_person_byline_beats_an_organisation_declared_as_author() -> None:
    script = """<script type="application/ld+json">{"@type": "NewsArticle", "headline":
    "Ferry back at Port Elm", "author": {"@type": "NewsMediaOrganization",
    "name": "Tidewire"}}</script>"""
    head = f'<meta property="og:site_name" content="Tidewire Northmere">{script}'
    html = f"""<html><head>{head}</head><body><article><h1>Ferry back at Port Elm</h1>
    <p>By Lotte Varn</p><p>The night ferry returned to Port Elm on Monday.</p>
    </article></body></html>"""
    assert read(html, None).authors == ["Lotte Varn"]
    # Without a visible byline the organisation stays the author.
    bare = html.replace("<p>By Lotte Varn</p>", "")
    assert read(bare, None).authors == ["Tidewire"]


def test_a_standfirst_right_after_the_headline_is_the_dek() -> None:
    dek = "Winter crossings to Gull Island will run twice a day after a narrow council vote."
    for element in (f'<p class="article__desc">{dek}</p>', f'<h2 class="a_st">{dek}</h2>'):
        html = f"""<html><body><article><h1>Ferry kept</h1>{element}
        <p>The council voted on Tuesday.</p></article></body></html>"""
        assert read(html, None).dek == dek
    # A subtitle elsewhere on the page is not, nor a paragraph without a standfirst class.
    away = f"""<html><body><article><h1>Ferry kept</h1><p>The council voted on Tuesday.</p>
    <p class="article__desc">{dek}</p></article></body></html>"""
    assert read(away, None).dek is None
    plain = f"""<html><body><article><h1>Ferry kept</h1><p>{dek}</p></article></body></html>"""
    assert read(plain, None).dek is None


def test_a_declared_author_value_joining_names_in_another_language_is_split() -> None:
    for value, names in [
        ("Ana Lima y Rui Costa", ["Ana Lima", "Rui Costa"]),
        ("نادر السعدي وكريم الحربي", ["نادر السعدي", "كريم الحربي"]),
        ("Ewa Zając i Jan Wrona", ["Ewa Zając", "Jan Wrona"]),
        ("Ilse Marrow / Tam Okafor", ["Ilse Marrow", "Tam Okafor"]),
        ("Élodie Varenne avec AFP", ["Élodie Varenne"]),
    ]:
        html = (
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            f'"headline": "Port strike ends", "author": "{value}"}}</script></head></html>'
        )
        assert read(html, None).authors == names, value


def test_byline_boxes_named_in_other_languages_are_read() -> None:
    for box in [
        '<div class="haber-yazar"><a href="/yazar/elif-sahin">Elif Şahin</a></div>',
        '<p class="autor-nota">Por Lucía Ferrer</p>',
        '<span class="auteur">Par Jeanne Morel</span>',
    ]:
        html = (
            "<html><head><title>Liman grevi sona erdi</title></head><body><article>"
            f"<h1>Liman grevi sona erdi</h1>{box}<p>Metin.</p></article></body></html>"
        )
        authors = read(html, None).authors
        assert len(authors) == 1 and authors[0].split()[0] in {"Elif", "Lucía", "Jeanne"}, box


def test_words_of_the_headline_are_not_a_byline() -> None:
    for headline in (
        "Ferries halted as coast is battered by Storm Merrow",
        "Flooded By River Tarn",
    ):
        meta = read(
            f"<html><head><title>{headline}</title></head><body><main><div class='wrap'>"
            f"<h1>{headline}</h1><div class='meta'>By Ilse Varga</div>"
            "<p>Crossings to the islands stopped at noon as the gusts rose.</p></div></main>"
            "</body></html>"
        )
        assert meta.authors == ["Ilse Varga"], headline


def test_a_date_in_the_headline_does_not_replace_the_declared_date() -> None:
    headline = "What we know about the February 4, 2025 mill fire"
    meta = read(
        f"<html><head><title>{headline}</title>"
        '<meta property="og:title" content="Mill fire: what we know">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"{headline}", "datePublished": "2025-02-18T10:00:00-05:00"}}</script></head><body>'
        f"<main><div class='wrap'><h1>{headline}</h1><div class='meta'>By Ilse Varga</div>"
        "<p>Investigators have found the valve that failed.</p></div></main></body></html>"
    )
    assert meta.published == "2025-02-18T10:00:00-05:00"
    # A date printed beside the headline still wins when it is earlier (a re-publication).
    meta = read(
        "<html><head><meta property='article:published_time' content='2025-03-01'></head>"
        "<body><main><div><h1>Rail strike on 14 March called off</h1>"
        "<p class='meta'>February 20, 2025</p><p>The union accepted the offer.</p></div></main>"
        "</body></html>"
    )
    assert meta.published == "2025-02-20"


def test_a_video_page_is_dated_by_its_upload() -> None:
    page = (
        "<html><head><title>Night shift on the pilot launch | Tideline TV</title>"
        '<meta property="og:type" content="video.other">'
        '<script type="application/ld+json">{"@type": "VideoObject", "name": '
        '"Night shift on the pilot launch", "uploadDate": "2024-11-21T19:00:00+00:00"}</script>'
        "</head><body><h1>Night shift on the pilot launch</h1>"
        "<p class='posted'>Posted Thu 21 Nov 2024 at 7:00pm</p></body></html>"
    )
    assert read(page).published == "2024-11-21T19:00:00+00:00"
    # A video embedded in another page was uploaded on a day of its own.
    embedded = page.replace("video.other", "article").replace(
        '"Night shift on the pilot launch", "upload', '"Harbour tour", "upload'
    )
    assert read(embedded).published != "2024-11-21T19:00:00+00:00"


def test_an_update_stamp_printed_in_the_header_is_the_updated_date() -> None:
    stamps = {
        "03.06.2026, 08:14 Uhr | Aktualisiert: 04.06.2026, 11:52 Uhr": (
            "2026-06-03T08:14:00",
            "2026-06-04T11:52:00",
        ),
        "Published March 3, 2026 · Last updated on March 5, 2026": ("2026-03-03", "2026-03-05"),
        "Publié le 5 février 2026 à 09h12, modifié le 6 février 2026 à 17h40": (
            "2026-02-05T09:12:00",
            "2026-02-06T17:40:00",
        ),
        "14/07/2026 09:05 - Actualizado: 15/07/2026 - 13:25h": (
            "2026-07-14T09:05:00",
            "2026-07-15T13:25:00",
        ),
        # The labels as nouns, and German "Stand:" ("as of").
        "03.06.2026 08:14 Uhr · Stand: 04.06.2026 11:52 Uhr": (
            "2026-06-03T08:14:00",
            "2026-06-04T11:52:00",
        ),
        "3 juni 2026 08:14 Laatste update: 4 juni 2026 11:52": (
            "2026-06-03T08:14:00",
            "2026-06-04T11:52:00",
        ),
        "3 giugno 2026, 08:14 Ultimo aggiornamento: 4 giugno 2026, 11:52": (
            "2026-06-03T08:14:00",
            "2026-06-04T11:52:00",
        ),
        "Data publikacji: 03.06.2026 08:14 Data aktualizacji: 04.06.2026 11:52": (
            "2026-06-03T08:14:00",
            "2026-06-04T11:52:00",
        ),
        "Publié le 3 juin 2026 · Dernière mise à jour le 4 juin 2026": ("2026-06-03", "2026-06-04"),
    }
    for stamp, dates in stamps.items():
        html = f"""<html><body><article><h1>Mill fire at Auenbach</h1>
        <div class="meta">{stamp}</div><p>{STORY}</p></article></body></html>"""
        meta = read(html, None)
        assert (meta.published, meta.updated) == dates, stamp


def test_a_date_under_a_heading_placed_straight_in_the_body_is_read() -> None:
    html = f"""<html><body><h1>Mill fire destroys granary</h1>
    <p>Published Thursday, October 8, 2026 at 6:30 a.m.</p>
    <p>The granary, described in a book by Kan Chu Sen, stood for a century.</p>
    <p>{STORY}</p></body></html>"""
    meta = read(html, None)
    assert meta.published == "2026-10-08T06:30:00"
    assert meta.authors == []


def test_tag_links_are_the_tags_when_the_metadata_names_none() -> None:
    html = f"""<html><body><nav><a rel="tag" href="/tag/sport/">Sport</a></nav>
    <article><h1>Ferry back at Port Elm</h1><p>{STORY}</p>
    <footer class="entry-footer"><a rel="category tag" href="/news/">News</a>
    Tagged <a rel="tag" href="/tag/ferries/">Ferries</a>, <a rel="tag" href="/tag/port-elm/">Port
    Elm</a>, <a rel="tag" href="/tag/u/">Uncategorized</a></footer></article></body></html>"""
    assert read(html, None).tags == ["Ferries", "Port Elm"]
    menu = "".join(f'<a rel="tag" href="/t/{n}">Topic {n}</a>' for n in range(40))
    assert read(f"<html><body><div>{menu}</div></body></html>", None).tags == []


def test_an_unmarked_subheadline_under_the_headline_is_the_dek() -> None:
    page = """<html><body><article><h1>City will build a beach park</h1><h2>{}</h2>
    <p>{}</p></article></body></html>"""
    sub = "The park will cover 40 hectares and include bike paths"
    assert read(page.format(sub, STORY), None).dek == sub
    # A section heading, a linked heading or a label is not one.
    for heading in ("What the council decided", f"<a href='/x'>{sub}</a>", f"{sub}:"):
        assert read(page.format(heading, STORY), None).dek is None


def test_the_story_footer_gives_byline_and_date_but_teaser_card_footers_do_not() -> None:
    footer = """<footer{}><span class="byline">Posted by Ilse Marrow</span> on
    <time datetime="2026-05-14T09:00:00Z">May 14, 2026</time></footer>"""
    story = f"<h1>Lighthouse keepers return to Skerry Point</h1><p>{STORY}</p>"
    # The footer of the article holding the headline, or of the page's only article, whether
    # a <footer> or named so ("entry-footer"), is the story's.
    for attrs in ("", ' class="entry-footer"'):
        for head, body in ((story, ""), ("", story)):
            html = f"""<html><body>{head}<article>{body}<p>{STORY}</p>
            {footer.format(attrs)}</article>
            <footer class="site-footer"><time>2026-01-01</time></footer></body></html>"""
            meta = read(html, None)
            assert meta.published == "2026-05-14T09:00:00+00:00", (attrs, head)
            assert meta.authors == ["Ilse Marrow"], (attrs, head)
    # Three teaser cards, each an <article> with a footer of its own: none is the page's.
    cards = "".join(
        f"<article><h2><a href='/s/{n}'>Story {n}</a></h2>{footer.format('')}</article>"
        for n in range(3)
    )
    meta = read(f"<html><body><header><h1>Coast news</h1></header>{cards}</body></html>", None)
    assert (meta.published, meta.authors) == (None, [])


def test_a_page_builders_block_wrappers_are_not_sidebar_widgets() -> None:
    page = """<html><head><title>Kelp farms expand | Tidewater Notes</title>
    <meta property="og:site_name" content="Tidewater Notes"></head><body>
    <div class="{0}"><h1>Kelp farms expand along the Morrow coast</h1></div>
    <div class="{0}"><p class="byline">By Ottilie Brandt</p></div>
    <div class="{0}"><p>{1}</p></div></body></html>"""
    meta = read(page.format("elementor-widget elementor-widget-heading", STORY), None)
    assert meta.title == "Kelp farms expand along the Morrow coast"
    assert meta.authors == ["Ottilie Brandt"]
    # A sidebar's widget still holds other stories' headlines and bylines.
    meta = read(page.format("widget widget_recent_entries", STORY), None)
    assert meta.title == "Kelp farms expand"
    assert meta.authors == []


def test_a_writers_own_site_named_after_the_writer_keeps_the_writer_as_author() -> None:
    def page(name: str, author: str) -> str:
        return f"""<html><head><meta property="og:site_name" content="{name}">
        {author}</head><body><article><h1>Notes on tide tables</h1><p>{STORY}</p>
        </article></body></html>"""

    def person(name: str) -> str:
        return f"""<script type="application/ld+json">{{"@type": "BlogPosting",
        "headline": "Notes on tide tables", "author": {{"@type": "Person", "name": "{name}"}}
        }}</script>"""

    assert read(page("Ilse Marrow", person("Ilse Marrow")), None).authors == ["Ilse Marrow"]
    # An outlet typed as a person, or named as author only in a meta tag, is still the site.
    for name in ("Harbour Clinic", "The Tide Desk"):
        assert read(page(name, person(name)), None).authors == []
    meta = '<meta name="author" content="{}">'
    assert read(page("Tidewell Marrow", meta.format("Tidewell Marrow")), None).authors == []
    assert read(page("Harbor Provisions", meta.format("Harbor Provisions")), None).authors == []
    # ...unless the name opens with a common given name: a writer's own blog.
    assert read(page("Daniel Marrow", meta.format("Daniel Marrow")), None).authors == [
        "Daniel Marrow"
    ]
    declared = """<script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Notes on tide tables", "author": "Susan Quell"}</script>"""
    assert read(page("Susan Quell", declared), None).authors == ["Susan Quell"]


def test_a_wordpress_updated_time_is_the_update() -> None:
    html = f"""<html><body><article><h1>Ferry back at Port Elm</h1><div class="entry-meta">
    Posted on <time class="entry-date published" datetime="2025-11-18T07:42:10+00:00">Nov 18
    </time><time class="updated" datetime="2025-11-19T13:05:44+00:00">Nov 19</time></div>
    <p>{STORY}</p></article></body></html>"""
    meta = read(html, None)
    assert (meta.published, meta.updated) == (
        "2025-11-18T07:42:10+00:00",
        "2025-11-19T13:05:44+00:00",
    )


def test_update_stamps_labelled_in_more_languages_leave_the_publication_date() -> None:
    stamps = {
        "12 Mart 2026 09:14 | Son güncelleme: 13 Mart 2026 11:20": ("2026-03-12T09:14", "-13T11"),
        "Güncelleme: 13 Mart 2026 11:20 · Yayınlanma: 12 Mart 2026 09:14": (
            "2026-03-12T09:14",
            "-13T11",
        ),
        "آخر تحديث: 13 مارس 2026 | تاريخ النشر: 12 مارس 2026": ("2026-03-12", "-13"),
        "פורסם: 12.03.2026 09:14 | עודכן: 13.03.2026 11:20": ("2026-03-12T09:14", "-13T11"),
        "12 марта 2026, 09:14 · Обновлено: 13 марта 2026, 11:20": ("2026-03-12T09:14", "-13T11"),
        "Kamis, 12 Maret 2026 09:14 WIB | Diperbarui: 13 Maret 2026 11:20 WIB": (
            "2026-03-12T09:14:00+07:00",
            "-13T11:20:00+07:00",
        ),
        "۱۲ مارس ۲۰۲۶ | به\u200cروزرسانی: ۱۳ مارس ۲۰۲۶": ("2026-03-12", "-13"),
        "입력 2026.03.12 06:52 | 수정 2026.03.13 09:10": ("2026-03-12T06:52", "-13T09:10"),
        "Publicerad 12 mars 2026 kl. 07.30 · Uppdaterad 13 mars 2026 kl. 11.15": (
            "2026-03-12T07:30",
            "-13T11:15",
        ),
        "प्रकाशित: 12 मार्च 2026 | अपडेटेड: 13 मार्च 2026": ("2026-03-12", "-13"),
    }
    for stamp, (published, updated) in stamps.items():
        html = f"""<html><body><article><h1>Mill fire at Auenbach</h1>
        <div class="meta">{stamp}</div><p>{STORY}</p></article></body></html>"""
        meta = read(html, None)
        assert meta.published is not None and meta.published.startswith(published), stamp
        assert meta.updated is not None and meta.updated.startswith("2026-03" + updated), stamp


def test_a_slashed_date_on_a_page_whose_language_writes_the_day_first() -> None:
    page = """<html lang="{}"><body><article><h1>Pescadores bloquean el muelle</h1>
    <p class="fecha">Publicado el 03/04/2025 18:40</p><p>{}</p></article></body></html>"""
    assert read(page.format("es", STORY), None).published == "2025-04-03T18:40:00"
    # An American page means March 4; an undeclared English one gets no guess.
    assert read(page.format("en-US", STORY), None).published == "2025-03-04T18:40:00"
    assert read(page.format("en", STORY), None).published is None


def test_a_standfirst_classed_in_another_language_is_the_dek() -> None:
    for cls in ("vorspann", "bajada", "linha-fina", "catenaccio", "sommario", "chapo"):
        html = f"""<html><body><article><h1>Deich bei Brannstedt gibt nach</h1>
        <p class="{cls}">Nach tagelangem Regen ist ein Deich auf 30 Metern gebrochen.</p>
        <p>{STORY}</p></article></body></html>"""
        assert read(html, None).dek == (
            "Nach tagelangem Regen ist ein Deich auf 30 Metern gebrochen."
        ), cls


def test_a_byline_in_the_headers_footer_is_read() -> None:
    html = f"""<html><body><div class="art"><div class="art_header"><h1>Ferry back at Port Elm</h1>
    <div class="art_header_footer"><span class="art_header_footer_author">Noa Ben-Shitrit,
    Negev correspondent</span></div></div><div class="art_body"><p>{STORY}</p></div></div>
    <div class="footer"><span class="author">Site team</span></div></body></html>"""
    assert read(html, None).authors == ["Noa Ben-Shitrit"]


def test_a_passive_by_in_the_header_names_no_author() -> None:
    for line in (
        "Round led by Corvane Ventures brings total raised to $61 million",
        "Published by Ridgefield Courier-Journal on May 6, 2025.",
        "A plan backed by Harbour Council wins the vote",
    ):
        html = f"""<html><body><article><h1>Lumiveer Robotics raises $40 million</h1>
        <h2 class="subhead">{line}</h2><p>{STORY}</p></article></body></html>"""
        assert read(html, None).authors == [], line
    signed = """<html><body><article><h1>Lumiveer Robotics raises $40 million</h1>
    <p class="meta">Posted by Jane Roe</p><p>{}</p></article></body></html>"""
    assert read(signed.format(STORY), None).authors == ["Jane Roe"]


def test_a_date_the_header_labels_as_published_beats_an_earlier_date_in_its_prose() -> None:
    html = """<html><body><div class="obit"><h1>Eleanor Mae Fairbright</h1>
    <p>Eleanor Mae Fairbright, 86, of Ridgefield, passed away on Saturday, May 3, 2025.</p>
    <div class="obit-meta">Published by Ridgefield Courier-Journal on May 6, 2025.</div>
    </div></body></html>"""
    meta = read(html, None)
    assert (meta.published, meta.authors) == ("2025-05-06", [])


def test_a_printer_friendly_pages_title_loses_its_print_label() -> None:
    html = f"""<html><head><title>Print: School board delays vote on four-day week</title>
    </head><body><h2>School board delays vote on four-day week</h2><p>{STORY}</p></body></html>"""
    assert read(html, None).title == "School board delays vote on four-day week"


def test_a_name_alone_in_a_reporter_box_is_the_author() -> None:
    for cls in ("muhabir", "article-reporter"):
        html = (
            f"<html><body><h1>Fırtına limanları kapattı</h1><div class='{cls}'>Selin Aydoğan "
            "Çelik</div><p>Karadeniz'in doğusunda etkili olan fırtına nedeniyle yaklaşık 400 "
            "tekne denize açılamadı.</p></body></html>"
        )
        assert read(html).authors == ["Selin Aydoğan Çelik"], cls


def test_a_box_of_key_points_is_no_standfirst() -> None:
    html = (
        "<html><body><h1>Election night in Harlow County</h1>"
        "<div class='live-summary'><h3>Key points</h3><ul><li>Delacroix wins the mayor's race"
        "</li><li>Transit levy Measure 4 passing</li></ul></div></body></html>"
    )
    assert read(html).dek is None
    subtitle = (
        "<html><body><h1>Buying a home</h1><h2 class='subtitle'>Fourteen things to weigh "
        "before you sign on the dotted line</h2></body></html>"
    )
    assert read(subtitle).dek == "Fourteen things to weigh before you sign on the dotted line"


def test_a_subhead_box_of_byline_date_and_share_buttons_is_no_standfirst() -> None:
    html = (
        "<html><body><h1>Norland requires solar panels</h1><div class='entry-subhead'>"
        "<div class='entry-meta'><span class='byline'>By <a href='/author/ana'>Ana Lima</a>,"
        " Meridian Wire</span><time datetime='2025-05-29'>May 29, 2025</time></div>"
        "<div class='share'><a href='#'>Share on Facebook</a></div></div></body></html>"
    )
    assert read(html).dek is None
    dek = html.replace(
        "<div class='entry-subhead'>",
        "<p class='newspack-post-subtitle'>New homes must carry solar panels from 2027 under a"
        " law passed by 88 votes to 61.</p><div class='entry-subhead'>",
    )
    assert read(dek).dek == (
        "New homes must carry solar panels from 2027 under a law passed by 88 votes to 61."
    )


def test_an_old_table_layout_prints_its_headline_in_a_large_font() -> None:
    def page(title: str) -> str:
        return (
            f"<html><head><title>{title}</title></head><body><table><tr><td>"
            "<font size='5'><b>Covered bridge on Mill Road to reopen after repair</b></font><br>"
            "<font size='3'>The Mill Road covered bridge will reopen on Nov. 1.</font>"
            "</td></tr></table></body></html>"
        )

    headline = "Covered bridge on Mill Road to reopen after repair"
    assert read(page("The Millbrook Weekly Courier - Local News"), None).title == headline
    # A declared title that shares its words, or one long enough to be a headline, stays.
    # (without the site's name that closes it after a bar)
    assert read(page("Mill Road bridge to reopen | Courier"), None).title == (
        "Mill Road bridge to reopen"
    )
    long_title = "Treadmill repair and fitness equipment repair in Kankakee with free estimates"
    assert read(page(long_title), None).title == long_title
    # A declared title that closes with the printed headline after the site's name.
    site_first = f"The Millbrook Weekly Courier: {headline}"
    assert read(page(site_first), None).title == headline


def test_a_short_printed_headline_closing_the_declared_title_is_the_title() -> None:
    def page(title: str, headline: str) -> str:
        return (
            f"<html><head><title>{title}</title></head><body><table><tr><td>"
            f"<font size='5'><b>{headline}</b></font><br>"
            "<font size='3'>The island ferry will keep its winter sailings.</font>"
            "</td></tr></table></body></html>"
        )

    # Three words are too few alone, but the site-first title closes with them.
    title = "The Millbrook Sentinel - Ferry keeps sailing"
    assert read(page(title, "Ferry keeps sailing"), None).title == "Ferry keeps sailing"
    # A short large-font label that the title does not close with is no headline.
    assert read(page("Ferry keeps sailing", "Local News"), None).title == "Ferry keeps sailing"


def test_a_journalist_box_names_the_author_and_outlets_in_a_row_are_none() -> None:
    html = (
        "<html><head><meta property='og:article:author' content='한빛일보 | 네이버'></head>"
        "<body><h2>갯벌 복원 3년</h2><em class='media_end_head_journalist_name'>박지훈 기자</em>"
        "<p>충남 해안의 갯벌 복원 사업이 시작된 지 3년이 지났다.</p></body></html>"
    )
    assert read(html).authors == ["박지훈"]


def test_a_zoneless_date_gives_way_to_the_same_time_declared_with_its_offset() -> None:
    head = (
        '<meta property="article:published_time" content="2025-02-04T16:30:00">'
        '<meta name="dcterms.date" content="2025-02-04T16:30:00-06:00">'
    )
    meta = read_metadata(LexborHTMLParser(f"<html><head>{head}</head><body></body></html>"))
    assert meta.published == "2025-02-04T16:30:00-06:00"
    # Another time is another date: the first declared stays.
    other = head.replace("16:30:00-06:00", "09:00:00-06:00")
    meta = read_metadata(LexborHTMLParser(f"<html><head>{other}</head><body></body></html>"))
    assert meta.published == "2025-02-04T16:30:00"


def test_a_page_naming_its_site_nowhere_else_names_it_by_its_logo_link_to_the_home_page() -> None:
    # URL's host: harbourgazette.example.
    head = "<html><head><title>Ferry strike ends</title></head><body>"
    titled = (
        f'{head}<div class="logo"><a href="/" title="Harbour Gazette"><span>HG</span></a></div>'
    )
    assert read(titled).site_name == "Harbour Gazette"
    alt = f'{head}<a class="site-logo" href="https://harbourgazette.example/"><img src="/l.svg"'
    assert read(f'{alt} alt="Harbour Gazette logo"></a>').site_name == "Harbour Gazette"
    # A name that does not spell the host, a link elsewhere, or an unknown address: no name.
    assert read(titled.replace("Harbour Gazette", "Brand")).site_name is None
    assert read(titled.replace('href="/"', 'href="/news"')).site_name is None
    assert read(titled, None).site_name is None


def test_a_date_in_the_canonical_address_dates_a_page_given_under_another() -> None:
    html = (
        "<html><head><title>Rovers appoint Ashworth</title><link rel='canonical' "
        "href='https://rovers.example/2025/11/17/rovers-appoint-ashworth/'></head><body>"
        "<h1>Rovers appoint Ashworth</h1><p>Story.</p></body></html>"
    )
    assert read(html, "https://feeds.example/click?id=42").published == "2025-11-17"
    assert read(html, None).published == "2025-11-17"
    # The page's own address comes first.
    assert read(html, URL).published == "2024-03-03"


def test_a_short_label_closing_a_title_after_a_bar_is_cut() -> None:
    body = "<p>The council voted to close the old ferry pier for ten weeks of repairs.</p>"
    headline = "Varnholt council votes to close ferry pier"

    def page(h1: str) -> str:
        return f"<html><head><title>{h1}</title></head><body><h1>{h1}</h1>{body}</body></html>"

    assert read(page(f"{headline} | Opinion")).title == headline
    assert read(page(f"{headline} | Local News | Varnholt Echo")).title == headline
    # The headline's own second half after a bar is longer than a label; a short headline
    # before a bar may be the label's ("Opinion | Pier").
    long_half = f"{headline} | The island's lifeline goes quiet for the spring"
    assert read(page(long_half)).title == long_half
    assert read(page("Pier closes | Opinion")).title == "Pier closes | Opinion"


def test_a_title_without_headline_loses_its_site_and_section_segments() -> None:
    headline = "Varnholt council votes to close ferry pier for repairs"
    site = '<meta property="og:site_name" content="Varnholt Echo">'

    def page(title: str) -> str:
        return f"<html><head><title>{title}</title>{site}</head><body><p>Text.</p></body></html>"

    assert read(page(f"{headline} — Local — Varnholt Echo")).title == headline
    assert read(page(f"Varnholt Echo: {headline}")).title == headline
    assert read(page(f"Varnholt Echo » Local » {headline}")).title == headline
    assert read(page(f"{headline} « Varnholt Echo")).title == headline
    # The site's name in the middle: a tagline follows it.
    assert read(page(f"{headline} - Varnholt Echo - News, Sport, Weather")).title == headline
    # A colon after anything but the site's name is the headline's own.
    assert read(page(f"Ferry pier: {headline}")).title == f"Ferry pier: {headline}"


def test_parsely_page_json_gives_author_date_section_and_tags() -> None:
    page = (
        '<html><head><meta name=\'parsely-page\' content=\'{"title": "Pier to close",'
        ' "author": "Ana Ruiz", "pub_date": "2025-03-03T10:00:00Z",'
        ' "section": "Local", "tags": ["ferries", "Varnholt"]}\'>'
        "</head><body><p>Text.</p></body></html>"
    )
    meta = read(page)
    assert meta.authors == ["Ana Ruiz"]
    assert meta.published == "2025-03-03T10:00:00+00:00"
    assert (meta.section, meta.tags, meta.title) == (
        "Local",
        ["ferries", "Varnholt"],
        "Pier to close",
    )
    # A one-field tag the page also writes wins; broken JSON is ignored.
    both = page.replace("<head>", "<head><meta name='parsely-author' content='Tom Okafor'>")
    assert read(both).authors == ["Tom Okafor"]
    assert read(page.replace("{", "{{")).authors == []


def test_a_language_tag_keeps_its_script_and_region_and_a_language_name_is_no_tag() -> None:
    def language(attr: str, head: str = "") -> str | None:
        return read(f"<html {attr}><head>{head}</head><body><p>Text.</p></body></html>").language

    assert language('lang="zh-Hans-CN"') == "zh-Hans-CN"
    assert language('lang="sr-Latn"') == "sr-Latn"  # not "sr-LA"
    assert language('lang="en_gb"') == "en-GB"
    assert language('lang="es-419"') == "es-419"
    assert language('lang="de-DE-1996"') == "de-DE"
    # "Spanish" is a name, not the tag "spa": the next source speaks.
    named = '<meta name="language" content="Spanish"><meta property="og:locale" content="es_ES">'
    assert language("", named) == "es-ES"


def test_a_declared_author_with_an_agency_or_co_writer_after_with_is_split() -> None:
    def authors(value: str) -> list[str]:
        ld = json.dumps({"@type": "NewsArticle", "headline": "Pier closes", "author": value})
        html = f'<html><head><script type="application/ld+json">{ld}</script></head></html>'
        return read(html).authors

    assert authors("Leona Marsh with AFP") == ["Leona Marsh"]
    assert authors("Leona Marsh for Harbour Gazette") == ["Leona Marsh"]
    assert authors("Recipes for Dinner") == []
    assert authors("Leona Marsh with Tom Okafor") == ["Leona Marsh", "Tom Okafor"]
    assert authors("Sarah Withers") == ["Sarah Withers"]


def test_zero_width_spaces_leave_the_headline() -> None:
    html = (
        "<html><head><title>Pier to close | Echo</title></head><body><h1>Pier to close\u200b</h1>"
    )
    assert read(html + "</body></html>").title == "Pier to close"


def test_a_link_to_a_writers_page_in_a_site_menu_is_no_byline() -> None:
    menu = (
        '<nav><ul><li class="menu-item"><a href="/author/li-wei">Li Wei</a></li></ul></nav>'
        '<ul class="sub-menu"><li><a href="/columnists/tom-okafor">Tom Okafor</a></li></ul>'
    )
    story = "<article><h1>Pier to close for repairs</h1><p>The council voted to close it.</p>"
    assert read(f"<html><body>{menu}{story}</article></body></html>").authors == []
    byline = '<p class="byline">By <a href="/author/ana-ruiz">Ana Ruiz</a></p>'
    html = f"<html><body>{menu}{story}{byline}</article></body></html>"
    assert read(html).authors == ["Ana Ruiz"]


def test_a_date_without_a_time_gives_way_to_the_time_of_that_day() -> None:
    def published(head: str, top: str = "") -> str | None:
        body = f"<article><h1>Pier to close for repairs</h1>{top}<p>The council voted.</p>"
        return read(f"<html><head>{head}</head><body>{body}</article></body></html>").published

    ld = json.dumps({"@type": "NewsArticle", "headline": "Pier", "datePublished": "2025-03-03"})
    script = f'<script type="application/ld+json">{ld}</script>'
    meta = '<meta property="article:published_time" content="2025-03-03T10:00:00Z">'
    assert published(script + meta) == "2025-03-03T10:00:00+00:00"
    shown = '<p class="date">March 3, 2025 10:00 CET</p>'
    assert published(script, shown) == "2025-03-03T10:00:00+01:00"
    # Another day's time is no refinement: the declared date stays.
    later = meta.replace("03T", "04T")
    assert published(script + later) == "2025-03-03"


UPDATE_LABELS = [
    "Updated: March 5, 2024", "UPDATED 10:04", "Last updated on March 4", "Modified 3 May",
    "Modifiée le 3 mai", "Modificado el 3", "Modificato il 3", "Aktualisiert am 3. März",
    "Actualizado el 3", "Atualizado em 3", "Última actualización: 3", "Atualização: 3",
    "Mis à jour le 3 mars", "Dernière mise à jour : 3", "Aggiornato il 3",
    "Ultimo aggiornamento: 3", "Bijgewerkt op 3", "Laatste update: 3", "Stand: 03.03.2025",
    "Son güncelleme: 3", "Güncellendi 3", "Обновлено 3 марта", "Zaktualizowano 3",
    "Data aktualizacji: 3", "Aktualizacja 3", "Diperbarui 3", "آخر تحديث: 3", "تحديث 3",
    "آخرین به‌روزرسانی: 3", "עודכן 3", "עדכון אחרון 3", "Uppdaterad 3", "Opdateret 3",
    "Oppdatert 3", "Aktualizováno 3", "Päivitetty 3", "수정 2025.03.03", "업데이트 3",
    "अपडेटेड 3", "अपडेट 3", "更新 2025年3月3日", "更新日 3",
]  # fmt: skip
PUBLISHED_LABELS = [
    "Published: March 5, 2024", "PUBLISHED 10:04", "Posted on March 4", "POSTED 3 May",
    "First published March 4", "Publié le 3 mars", "Publicado el 3", "Veröffentlicht am 3.",
    "Pubblicato il 3", "Gepubliceerd op 3", "Yayınlanma: 3", "Yayınlandı 3", "Yayın tarihi 3",
    "Опубликовано 3 марта", "Opublikowano 3", "Diterbitkan 3", "Dipublikasikan 3", "نشر في 3",
    "تاريخ النشر 3", "انتشار 3", "פורסם 3", "Publicerad 3", "Publiceret 3", "Publisert 3",
    "입력 2025.03.03", "등록 3", "प्रकाशित 3", "公開 2025年3月3日", "発行 3", "发布 3",
]  # fmt: skip


def test_every_date_label_holds_a_stem_of_its_prefilter() -> None:
    # The label patterns are only tried on text holding one of their stems (a speed gate):
    # a label the pattern reads must hold one, or it would never be read.
    from dateline.page import metadata

    for labels, pattern, stems in (
        (UPDATE_LABELS, metadata._UPDATED_LABEL_RE, metadata._UPDATED_STEMS),
        (PUBLISHED_LABELS, metadata._PUBLISHED_LABEL_RE, metadata._PUBLISHED_STEMS),
    ):
        for label in labels:
            assert pattern.search(label), label
            assert metadata._may_hold(label.lower(), stems), label
    assert not metadata._may_hold("the council voted on tuesday.", metadata._UPDATED_STEMS)


@pytest.mark.parametrize(
    ("value", "section"),
    [
        ("Harbours,Home Page,Popular", "Harbours"),
        ("Arts, Culture", "Arts, Culture"),
        ("Ferries under $3,000", "Ferries under $3,000"),
    ],
)
def test_a_section_list_written_as_one_value_gives_its_first_section(
    value: str, section: str
) -> None:
    html = f'<html><head><meta property="article:section" content="{value}"></head></html>'
    assert read(html).section == section


def test_json_ld_authors_in_a_nested_list_are_read() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Port strike ends", "author": [[{"@type": "Person", "name": "Ilse Marrow"}, '
        '{"@type": "Person", "name": "Tam Okafor"}]]}</script></head></html>'
    )
    assert read(html, None).authors == ["Ilse Marrow", "Tam Okafor"]


def test_a_description_cut_short_gives_way_to_the_standfirst_printed_in_full() -> None:
    printed = (
        "The vote keeps two daily crossings running until March after a petition signed by "
        "most of the island's residents."
    )

    def page(description: str) -> str:
        return (
            f'<html><head><meta property="og:description" content="{description}"></head>'
            "<body><header><h1>Ferry to Gull Island runs all winter</h1>"
            f"<p class='article-standfirst'>{printed}</p></header></body></html>"
        )

    assert read(page("The vote keeps two daily crossings running until March …")).dek == printed
    # A description that is no cut of it, or ends its sentence, stays.
    whole = "The vote keeps two daily crossings running until March."
    assert read(page(whole)).dek == whole
    other = "Island ferry: what the winter timetable means for you …"
    assert read(page(other)).dek == other
