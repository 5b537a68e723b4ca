"""collect_images: the article's images, their sources, captions and photo credits."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from dateline import extract
from dateline.model import Image
from dateline.page.blocks import cut_blocks
from dateline.page.content import select_body
from dateline.page.images import _same_picture, chrome_image_alts, collect_images

URL = "https://courier.example/news/2024/ferry-kept"
BODY = "".join(
    f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice "
    "a day through the winter months.</p>"
    for n in range(1, 4)
)


def _images(
    html: str, url: str | None = URL, lead: str | None = None, removed: bool = False
) -> list[Image]:
    """The images ``collect_images`` finds; with ``removed``, it is also given what content
    selection dropped as chrome."""
    body = LexborHTMLParser(html).body
    assert body is not None
    page = cut_blocks(body)
    selection = select_body(page, None)
    if removed:
        return collect_images(
            page, selection.container, selection.captions, url, lead, selection.removed
        )
    return collect_images(page, selection.container, selection.captions, url, lead)


def _urls(images: list[Image]) -> list[str]:
    return [image.url for image in images]


def test_lazy_source_attributes_are_read() -> None:
    images = _images(
        f"<article>{BODY}<img src='data:image/gif;base64,R0lGOD' data-src='/img/a.jpg'>"
        "<img data-lazy-src='/img/b.jpg'><img data-original='/img/c.jpg'></article>"
    )
    assert _urls(images) == [
        "https://courier.example/img/a.jpg",
        "https://courier.example/img/b.jpg",
        "https://courier.example/img/c.jpg",
    ]


def test_srcset_when_there_is_no_src() -> None:
    images = _images(
        f"<article>{BODY}<img srcset='/img/pier-480.jpg 480w, /img/pier-960.jpg 960w'>"
        "<img data-srcset='/img/gull-1x.jpg 1x, /img/gull-2x.jpg 2x'></article>"
    )
    assert _urls(images) == [
        "https://courier.example/img/pier-480.jpg",
        "https://courier.example/img/gull-1x.jpg",
    ]


def test_images_without_a_source_and_pixel_trackers_are_skipped() -> None:
    images = _images(
        f"<article>{BODY}<img alt='no source'>"
        "<img src='https://stats.example/p.gif' width='1' height='1'>"
        "<img src='/t.gif' height='0'><img src='/img/real.jpg' width='640'></article>"
    )
    assert _urls(images) == ["https://courier.example/img/real.jpg"]


def test_relative_urls_resolve_against_the_page() -> None:
    images = _images(
        f"<article>{BODY}<img src='pier.jpg'><img src='//cdn.example/x.jpg'></article>"
    )
    assert _urls(images) == [
        "https://courier.example/news/2024/pier.jpg",
        "https://cdn.example/x.jpg",
    ]


def test_without_a_page_url_sources_stay_as_written() -> None:
    assert _urls(_images(f"<article>{BODY}<img src='/img/a.jpg'></article>", url=None)) == [
        "/img/a.jpg"
    ]


def test_extract_resolves_against_the_canonical_url_when_no_url_is_given() -> None:
    html = (
        "<html><head><link rel='canonical' href='https://courier.example/news/2024/ferry-kept'>"
        f"</head><body><article><h1>Ferry kept</h1><img src='/img/a.jpg'>{BODY}"
        "<p>More in the <a href='/news/2024/timetable'>winter timetable</a> today.</p>"
        "</article></body></html>"
    )
    article = extract(html)
    assert _urls(article.images) == ["https://courier.example/img/a.jpg"]
    assert "(https://courier.example/news/2024/timetable)" in article.markdown


def test_extract_resolves_against_the_base_element_first() -> None:
    html = (
        "<html><head><base href='/media/'></head><body><article><h1>Ferry kept</h1>"
        f"<img src='pier.jpg'>{BODY}</article></body></html>"
    )
    assert _urls(extract(html, URL).images) == ["https://courier.example/media/pier.jpg"]
    assert _urls(extract(html).images) == ["pier.jpg"]  # nothing to resolve against


def test_alt_text_is_kept_tidy() -> None:
    images = _images(f"<article>{BODY}<img src='/a.jpg' alt='  The   pier\n at dawn '></article>")
    assert images[0].alt == "The pier at dawn"


def test_caption_and_credit_split_and_attached_to_the_figure_image() -> None:
    images = _images(
        "<article><figure><img src='/img/ferry.jpg' alt='The ferry'><figcaption>The ferry "
        "leaves Kestrel Bay on March 3, 2024. Lena Brik/Courier Photo</figcaption></figure>"
        f"{BODY}<figure><img src='/img/gull.jpg'></figure></article>"
    )
    assert images == [
        Image(
            url="https://courier.example/img/ferry.jpg",
            alt="The ferry",
            caption="The ferry leaves Kestrel Bay on March 3, 2024.",
            credit="Lena Brik/Courier Photo",
        ),
        Image(url="https://courier.example/img/gull.jpg"),
    ]


def test_caption_class_credit_goes_to_credit() -> None:
    images = _images(
        "<article><div class='photo'><img src='/img/quay.jpg'>"
        "<p class='wp-caption-text'>Crowds on the quay (AP Photo/Ivo Marsh)</p></div>"
        f"{BODY}</article>"
    )
    assert images[0].caption == "Crowds on the quay"
    assert images[0].credit == "AP Photo/Ivo Marsh"


def test_captioned_lead_photo_just_above_the_body_is_kept() -> None:
    images = _images(
        "<div class='top'><figure><img src='/img/top.jpg'><figcaption>Crowds at the pier. "
        f"Photo: Lena Brik</figcaption></figure></div><div class='story'>{BODY}</div>"
    )
    assert images == [
        Image(
            url="https://courier.example/img/top.jpg",
            caption="Crowds at the pier.",
            credit="Lena Brik",
        )
    ]


def test_uncaptioned_images_outside_the_body_are_not_the_articles() -> None:
    images = _images(
        f"<div><div class='story'>{BODY}<img src='/img/in.jpg'></div></div>"
        "<div><aside><img src='/img/ad-banner.jpg'></aside></div>"
    )
    assert _urls(images) == ["https://courier.example/img/in.jpg"]


def test_teaser_thumbnails_and_author_portraits_in_the_body_are_not_the_articles() -> None:
    images = _images(
        "<article><div class='story'><div class='author-box'><img src='/img/owen.jpg' "
        "alt='Owen Pritchard'><a href='/author/owen'>Owen Pritchard</a></div>"
        f"{BODY}<img src='/img/in.jpg'><div class='related-posts'><a href='/2024/rates'>"
        "<img src='/img/rates.jpg' alt='Water rates rise again'></a><h4><a href='/2024/rates'>"
        "Water rates rise again</a></h4></div></div></article>"
    )
    assert _urls(images) == ["https://courier.example/img/in.jpg"]


def test_amp_images_are_images() -> None:
    images = _images(
        f"<article><div class='story'><figure><amp-img src='/img/carpark.jpg' width=615 "
        "height=410 alt='The car park'></amp-img><figcaption>The car park at dawn. (Image: "
        f"Echo)</figcaption></figure>{BODY}</div></article>"
    )
    assert images == [
        Image(
            url="https://courier.example/img/carpark.jpg",
            alt="The car park",
            caption="The car park at dawn.",
            credit="Echo",
        )
    ]


def test_uncaptioned_lead_photo_between_headline_and_body_is_kept() -> None:
    page = (
        "<article><h1>Pumping station approved</h1>{}<div class='post-thumbnail'>"
        "<img src='/up/water-1200x800.jpg' alt='The pumping station.'></div>"
        f"<div class='entry-content'>{BODY}</div></article>"
    )
    images = _images(page.format(""), lead="/up/water-1200x630.jpg")
    assert images == [
        Image(url="https://courier.example/up/water-1200x800.jpg", alt="The pumping station.")
    ]
    clutter = (
        "<a href='/2024/other-story'><img src='/up/other.jpg' alt='Another story'></a>"
        "<img src='/img/rss-icon.png' alt='RSS'><img src='/img/bar.png' width='24' height='24'>"
    )
    assert _urls(_images(page.format(clutter))) == ["https://courier.example/up/water-1200x800.jpg"]


def test_lead_image_from_metadata_comes_first_when_not_in_the_body() -> None:
    images = _images(f"<article>{BODY}<img src='/img/in.jpg'></article>", lead="/img/lead.jpg")
    assert _urls(images) == [
        "https://courier.example/img/lead.jpg",
        "https://courier.example/img/in.jpg",
    ]


def test_lead_image_already_in_the_body_is_not_repeated() -> None:
    images = _images(
        f"<article><img src='/img/lead.jpg' alt='Pier'>{BODY}</article>",
        lead="https://courier.example/img/lead.jpg",
    )
    assert images == [Image(url="https://courier.example/img/lead.jpg", alt="Pier")]


def test_images_come_in_page_order() -> None:
    images = _images(
        f"<article><img src='/1.jpg'>{BODY}<figure><img src='/2.jpg'><figcaption>Second"
        "</figcaption></figure><img src='/3.jpg'></article>"
    )
    assert _urls(images) == [f"https://courier.example/{n}.jpg" for n in (1, 2, 3)]


def test_one_caption_covers_every_image_of_its_figure() -> None:
    images = _images(
        "<article><figure><img src='/a.jpg'><img src='/b.jpg'><figcaption>Two ferries side by "
        f"side.</figcaption></figure>{BODY}</article>"
    )
    assert [image.caption for image in images] == ["Two ferries side by side."] * 2


def test_credit_marked_by_class_is_the_credit() -> None:
    images = _images(
        "<article><figure><img src='/img/pier.jpg'><figcaption>"
        "<span class='caption-text'>Boats wait at the pier.</span> "
        f"<span class='credit'>Lena Brik</span></figcaption></figure>{BODY}</article>"
    )
    assert (images[0].caption, images[0].credit) == ("Boats wait at the pier.", "Lena Brik")


def test_a_screen_readers_caption_label_and_a_parenthesised_credit_leave_the_caption() -> None:
    images = _images(
        f"<article>{BODY}<figure><img src='/img/harbour.jpg'><figcaption>"
        "<span class='visually-hidden'>Image caption, </span>Crews clear the harbour road on "
        "Feb. 28. (Noor Halvorsen/The Northern Sentinel)</figcaption></figure></article>"
    )
    assert [(image.caption, image.credit) for image in images] == [
        ("Crews clear the harbour road on Feb. 28.", "Noor Halvorsen/The Northern Sentinel")
    ]


@pytest.mark.parametrize(
    ("declared", "shown"),
    [
        ("/up/harbour-wall-1600.jpg", "/up/harbour-wall-800.jpg"),
        ("/up/power-bill-hero.jpg", "/up/power-bill-hero-1200.jpg"),
        ("/up/quay-1200x630.jpg", "/up/quay-634x423.jpg?w=634&h=423"),
        ("/up/quay.jpg?w=1200&fit=crop", "/up/quay.jpg?width=400"),
        ("/img/ab12cd/s1200/0_Quay-Wall.jpg", "/img/ab12cd/s615/0_Quay-Wall.jpg"),
        ("/img/media/4f9e2a/master/3000.jpg", "/img/media/4f9e2a/1000.jpg"),
        ("/up/pier-e1712345678901.jpg", "/up/pier-scaled.jpg"),
    ],
)
def test_one_picture_in_two_sizes_is_the_same_picture(declared: str, shown: str) -> None:
    assert _same_picture(f"https://courier.example{declared}", f"https://courier.example{shown}")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("/up/quay-01.jpg", "/up/quay-02.jpg"),
        ("/up/IMG_1234.jpg", "/up/IMG_1235.jpg"),
        ("/image.php?id=41&w=300", "/image.php?id=42&w=300"),
        ("/img/media/4f9e2a/master/3000.jpg", "/img/media/77aa01/master/3000.jpg"),
    ],
)
def test_different_pictures_are_not_the_same(one: str, other: str) -> None:
    assert not _same_picture(f"https://courier.example{one}", f"https://courier.example{other}")


def test_declared_lead_image_is_not_added_beside_the_same_picture_in_another_size() -> None:
    images = _images(
        "<article><h1>Harbour wall to be rebuilt</h1><figure><img src='/up/wall-800.jpg'>"
        f"<figcaption>The breached wall at Kestrel Bay.</figcaption></figure>{BODY}</article>",
        lead="/up/wall-1600.jpg",
    )
    assert _urls(images) == ["https://courier.example/up/wall-800.jpg"]


def test_declared_lead_image_is_not_added_above_the_pages_own_captioned_lead() -> None:
    page = (
        "<article><h1>Harbour wall to be rebuilt</h1>{}<figure><img src='/up/wall-dawn.jpg'>"
        "<figcaption>The breached wall at dawn.</figcaption></figure>{}</article>"
    )
    images = _images(page.format("", BODY), lead="/social/wall-card.png")
    assert _urls(images) == ["https://courier.example/up/wall-dawn.jpg"]
    # A captioned picture far down the body (a live blog's reader photo) is not the lead.
    images = _images(page.format(BODY, BODY), lead="/social/wall-card.png")
    assert _urls(images) == [
        "https://courier.example/social/wall-card.png",
        "https://courier.example/up/wall-dawn.jpg",
    ]


def test_logos_and_icons_in_the_body_are_not_the_articles() -> None:
    images = _images(
        "<article><h1>Ferry kept</h1><div class='story'><div class='provider'>"
        "<img src='/static/kestrel-wire-logo.png' alt='Kestrel Wire logo' width='120' "
        f"height='30'></div>{BODY}<p><img src='/static/icons/share-icon.svg' alt='share'></p>"
        "<p><img src='/static/badger-sett.jpg' alt='Badger sett by the ferry road'></p>"
        "<p><img src='/charts/ferry-crossings-by-month-2024.svg'></p>"
        "<figure><img src='/charts/fares.svg'><figcaption>Fares since 2019.</figcaption></figure>"
        "</div></article>"
    )
    assert _urls(images) == [
        "https://courier.example/static/badger-sett.jpg",
        "https://courier.example/charts/ferry-crossings-by-month-2024.svg",
        "https://courier.example/charts/fares.svg",
    ]


TEASER_BOX = (
    "<div class='more-clips'><h2>More videos</h2><ul>"
    "<li><a href='/video/ferry-fares-v48200'><img src='/thumbs/fares-320x180.jpg' "
    "alt='Ferry fares rise'><span>2:03</span>Ferry fares rise for island commuters</a></li>"
    "<li><a href='/video/lighthouse-v48190'><img src='/thumbs/lighthouse-320x180.jpg' alt=''>"
    "<span>3:40</span>Volunteers restore the old lighthouse</a></li></ul></div>"
)


def test_thumbnails_of_teasers_known_by_their_wording_are_not_the_articles() -> None:
    page = (
        f"<main><h1>Ferry kept</h1>{BODY}<img src='/up/quay.jpg' alt='The quay'>{TEASER_BOX}</main>"
    )
    images = _images(page, removed=True)
    assert _urls(images) == ["https://courier.example/up/quay.jpg"]
    body = LexborHTMLParser(page).body
    assert body is not None
    blocks = cut_blocks(body)
    selection = select_body(blocks, None)
    assert chrome_image_alts(blocks, selection.container, selection.removed, URL) == [
        "Ferry fares rise"
    ]


def test_a_shop_link_beside_a_product_photo_does_not_make_it_a_teaser() -> None:
    images = _images(
        f"<article><h1>Best kettles</h1>{BODY}<h2>Tallis gooseneck kettle</h2>"
        "<a href='https://shop.example/dp/B07T1'><img src='/up/tallis-kettle.jpg'></a>"
        "<p><a href='https://shop.example/dp/B07T1'>$58 at Shopmart</a></p>"
        f"{BODY}</article>",
        removed=True,
    )
    assert "https://courier.example/up/tallis-kettle.jpg" in _urls(images)


def test_credit_in_a_camel_case_class_is_the_credit() -> None:
    images = _images(
        "<article><div class='imgGroup'><img src='/up/wall.jpg'>"
        "<p class='imageCaption'>The breached wall on Sunday morning</p>"
        f"<span class='imageCredit'>Kestrel News Agency</span></div>{BODY}</article>"
    )
    assert (images[0].caption, images[0].credit) == (
        "The breached wall on Sunday morning",
        "Kestrel News Agency",
    )


def test_a_gallery_counter_is_not_part_of_the_caption() -> None:
    images = _images(
        f"<article>{BODY}<div class='gallery'><div class='item'><img src='/up/boats.jpg'>"
        "<div class='gallery-caption'><span class='counter'>1 of 12</span> "
        "<p>Boats moored inside the harbour</p><span class='credit'>Kestrel News</span>"
        "</div></div></div></article>"
    )
    assert (images[0].caption, images[0].credit) == (
        "Boats moored inside the harbour",
        "Kestrel News",
    )


def test_a_lazy_loaders_placeholder_gives_way_to_the_real_source() -> None:
    images = _images(
        f"<article>{BODY}<img src='/plugins/lazy-load/images/lazy_placeholder.gif' "
        "data-src='/up/quay.jpg'><img srcset='/up/pier.jpg?c=w_400,h_300 400w, "
        "/up/pier.jpg?c=w_800 800w'></article>"
    )
    assert _urls(images) == [
        "https://courier.example/up/quay.jpg",
        "https://courier.example/up/pier.jpg?c=w_400,h_300",
    ]


def test_a_placeholder_gives_way_to_the_picture_in_the_noscript_after_it() -> None:
    images = _images(
        f"<article>{BODY}<figure><img class='lazy' src='/img/blank.png' alt='The vote'>"
        "<noscript><img src='/img/vote.jpg' alt='The vote'></noscript>"
        "<figcaption>The vote.</figcaption></figure></article>"
    )
    assert _urls(images) == ["https://courier.example/img/vote.jpg"]
    assert images[0].caption == "The vote."


def test_a_display_ad_banner_is_no_article_image() -> None:
    images = _images(
        f"<article>{BODY}<a href='https://ads.example/click'><img src='/ads/ford-160x600.jpg'>"
        "</a><img src='/up/2024/05/ferry-300x600.jpg'></article>"
    )
    assert _urls(images) == ["https://courier.example/up/2024/05/ferry-300x600.jpg"]


def test_a_credit_line_apart_from_any_caption_credits_its_image_and_leaves_the_body() -> None:
    html = f"""<html><body><article><h1>Ferry kept</h1>{BODY}
    <div><img src="/img/quay.jpg" alt="The quay"><span class="small">Getty Images / Ruth
    Kane</span></div>{BODY}
    <div><img src="/img/deck.jpg" alt="The deck"></div>
    <p>Image credit: © Brightfold Stock/Ivo Marsh</p></article></body></html>"""
    article = extract(html, URL)
    credits = {image.url.rsplit("/", 1)[-1]: image.credit for image in article.images}
    assert credits["quay.jpg"] == "Getty Images / Ruth Kane"
    # The last line sits beside every picture of the article: it credits none of them.
    assert credits["deck.jpg"] is None
    assert "Getty Images" not in article.text
    assert "Brightfold" not in article.text
    assert {("other", "Getty Images / Ruth Kane")} <= {(r.kind, r.text) for r in article.removed}


def test_a_caption_with_no_picture_is_reported_as_removed_not_lost() -> None:
    story = "<p>" + "The council voted on the harbour plan after a long debate. " * 5 + "</p>"
    for caption in (
        "Reporting by Ana Ruiz; Editing by Tom Lee. This story corrects the date of the vote.",
        "Photo: Jane Roe",
    ):
        html = (
            f"<html><body><article><h1>Harbour plan approved</h1>{story}"
            f'<p class="credits">{caption}</p></article></body></html>'
        )
        article = extract(html)
        assert caption not in article.text
        assert ("other", caption) in [(r.kind, r.text) for r in article.removed]
    # A caption of a picture is the picture's, and not reported.
    pictured = extract(
        f"<html><body><article><h1>Harbour plan approved</h1>{story}"
        '<figure><img src="/quay.jpg"><figcaption>The quay at dawn. Photo: Jane Roe</figcaption>'
        "</figure></article></body></html>"
    )
    assert [(i.caption, i.credit) for i in pictured.images] == [("The quay at dawn.", "Jane Roe")]
    assert all("quay at dawn" not in r.text for r in pictured.removed)


def test_a_credit_printed_by_the_picture_beats_one_printed_farther_off() -> None:
    story = "<p>" + "Every January a crew plows a road across the frozen lake. " * 4 + "</p>"
    html = (
        '<html><body><div class="story"><h1>Photos: The last ice road</h1>'
        '<p class="credits">Photographs and text by Wren Kowalczuk</p>'
        f'{story}<div class="item"><img src="/p/1.jpg"><div class="gallery-caption">'
        '<p>A plow clears snow at dusk.</p><span class="gallery-credit">Handout / Manitoba'
        ' Infrastructure</span></div></div><div class="item"><img src="/p/2.jpg">'
        '<div class="gallery-caption"><p>Tankers leave the staging area.</p></div></div>'
        "</div></body></html>"
    )
    images = extract(html).images
    assert [(i.caption, i.credit) for i in images] == [
        ("A plow clears snow at dusk.", "Handout / Manitoba Infrastructure"),
        ("Tankers leave the staging area.", "Photographs and text by Wren Kowalczuk"),
    ]


def test_a_credited_line_after_a_lone_picture_is_its_caption() -> None:
    # A portal's <p> holding only the picture, then a <p> ending with the photographer's mark.
    para = "<p>" + "Die Fähre nach Holmsand fährt ab Montag wieder zweimal am Tag. " * 3 + "</p>"
    html = (
        "<html><body><article><h1>Fähre fährt wieder</h1>"
        f'{para}<p style="text-align:center"><img src="/f/faehre.jpg"></p>'
        "<p>The ferry leaves Holmsand harbour. (Photo by Anja Vester)</p>"
        f"{para}{para}</article></body></html>"
    )
    article = extract(html, URL)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The ferry leaves Holmsand harbour.", "Anja Vester")
    ]
    assert "Holmsand harbour" not in article.text
    # An old table layout's cell: the picture, a caption line and a credit line.
    cell = (
        '<table align="right"><tr><td><img src="/p/silo.jpg" width="200"><br>'
        "<font>Crews cool the silo on Monday.<br><i>Gazette photo by Ola Brenn</i></font>"
        "</td></tr></table>"
    )
    # ... or the cell of the row under the picture's row.
    rows = (
        '<table align="right"><tr><td><img src="/p/silo.jpg" width="200"></td></tr>'
        "<tr><td><font size=1>Crews cool the silo on Monday. (Gazette photo by Ola Brenn)"
        "</font></td></tr></table>"
    )
    for table in (cell, rows):
        page = f"<html><body><h1>Silo fire</h1><div>{table}{para}{para}</div></body></html>"
        article = extract(page)
        assert [(i.caption, i.credit) for i in article.images] == [
            ("Crews cool the silo on Monday.", "Ola Brenn")
        ]
        assert "silo on Monday" not in article.text
    # With no credit, the line after the picture is the story's next paragraph.
    plain = html.replace(" (Photo by Anja Vester)", "")
    article = extract(plain, URL)
    assert "Holmsand harbour" in article.text
    assert all(i.caption is None for i in article.images)


def test_a_linked_picture_beside_an_ad_label_is_an_ad() -> None:
    html = (
        f"<html><body><article><h1>Ferry kept</h1>{BODY}"
        '<div class="inline-promo"><a href="https://clicks.adnet.example/c?id=7">'
        '<img src="https://clicks.adnet.example/b/summer.gif"></a><span>Advertisement</span></div>'
        f'{BODY}<div><a href="/photos/quay-large.jpg"><img src="/photos/quay.jpg"></a></div>'
        "</article></body></html>"
    )
    urls = [image.url for image in extract(html, URL).images]
    assert urls == ["https://courier.example/photos/quay.jpg"]


def test_a_video_caption_captions_no_picture_of_the_story() -> None:
    # The caption under an embedded video climbs to the <article> without meeting a picture:
    # it is no caption of the story's photos (it was added to every one of them).
    story = "<p>" + "The port brought two gantry cranes back into service on Tuesday. " * 3
    html = (
        f"<html><body><article><h1>Cranes return</h1>{story}</p>"
        '<figure><img src="/img/pier-a.jpg"><figcaption>Workers fit the spreader beam.'
        f"</figcaption></figure>{story}</p>"
        '<div class="video-embed"><p class="video-caption">Watch: the first lift at Pier 4.</p>'
        f"</div>{story}</p></article></body></html>"
    )
    article = extract(html, URL)
    assert [(i.url.rsplit("/", 1)[-1], i.caption) for i in article.images] == [
        ("pier-a.jpg", "Workers fit the spreader beam.")
    ]
    assert ("other", "Watch: the first lift at Pier 4.") in [
        (r.kind, r.text) for r in article.removed
    ]


def test_captions_placed_straight_in_the_story_caption_the_picture_just_before_them() -> None:
    story = "<p>" + "Guests pick their pastries from the cabinets of the bakery chain. " * 3
    html = (
        f"<html><body><article><h1>Bakery chain grows</h1>{story}</p>"
        '<img src="/img/counter.jpg"><p><span class="article-caption">The counter at dawn.'
        f"</span></p>{story}</p>"
        '<img src="/img/ovens.jpg"><p><span class="article-caption">Ovens in the back room.'
        f"</span></p>{story}</p></article></body></html>"
    )
    images = extract(html, URL).images
    assert [(i.url.rsplit("/", 1)[-1], i.caption) for i in images] == [
        ("counter.jpg", "The counter at dawn."),
        ("ovens.jpg", "Ovens in the back room."),
    ]


def test_the_caption_of_a_script_loaded_lead_figure_captions_the_declared_lead_image() -> None:
    # The figure's picture is loaded by script (no <img> in the markup); the page declares
    # the lead image in og:image.
    story = "<p>" + "Health officials confirmed three cases in the northern province. " * 3
    html = (
        '<html><head><meta property="og:image" content="/img/lead-bacteria.jpg"></head>'
        '<body><article><h1>Three cases confirmed</h1><figure><span data-picture=""></span>'
        "<figcaption>Bacteria seen under a microscope. Photo: Lab of Northgate</figcaption>"
        f"</figure>{story}</p>{story}</p></article></body></html>"
    )
    images = extract(html, URL).images
    assert [(i.url.rsplit("/", 1)[-1], i.caption, i.credit) for i in images] == [
        ("lead-bacteria.jpg", "Bacteria seen under a microscope.", "Lab of Northgate")
    ]


def test_a_caption_that_is_only_a_credit_leaves_no_empty_caption() -> None:
    story = "<p>" + "The quilt took the guild three winters to finish and hang. " * 3 + "</p>"
    html = (
        '<html><head><meta property="og:image" content="/img/quilt.jpg"></head><body><article>'
        '<h1>Guild quilt</h1><figure><span data-picture=""></span><figcaption>Photo: Mara Quill'
        f"</figcaption></figure>{story}{story}</article></body></html>"
    )
    images = extract(html, URL).images
    assert [(i.caption, i.credit) for i in images] == [(None, "Mara Quill")]
