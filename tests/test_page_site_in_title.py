"""The site's name a page gives only in its <title>, beside the headline its <h1> prints."""

from __future__ import annotations

import pytest

import dateline

STORY = (
    "<p>The harbour authority of Port Ellery approved a plan on Tuesday to rebuild the "
    "storm-damaged north pier, with work due to start before the summer ferry season.</p>"
    "<p>Fishing crews who moor at the pier will be moved to the south basin while the work goes "
    "on, a move their association said it could accept.</p>"
)


def _page(title: str, headline: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        f'<time datetime="2025-03-11">March 11, 2025</time>{STORY}</article></body></html>'
    )


@pytest.mark.parametrize(
    ("title", "headline", "site"),
    [
        ("Ellery Courier: Harbour board backs pier rebuild", "Harbour board backs pier rebuild",
         "Ellery Courier"),
        # A site-first title that cuts the headline short.
        ("Ellery Courier | Harbour board backs pier", "Harbour board backs pier rebuild for summer",
         "Ellery Courier"),
        ("الوادي الأخضر | افتتاح محطة تحلية جديدة", "افتتاح محطة تحلية جديدة في الواحة الشرقية",
         "الوادي الأخضر"),
        # Labels and sections before a colon are no site.
        ("Analysis: Harbour board backs pier rebuild", "Harbour board backs pier rebuild", None),
        ("Opinion: Harbour board backs pier rebuild", "Harbour board backs pier rebuild", None),
        ("Live updates: Harbour board backs pier rebuild", "Harbour board backs pier rebuild",
         None),
        # A topic in sentence case before the colon is a kicker.
        ("Pier repairs: Harbour board backs rebuild", "Harbour board backs rebuild", None),
        ("Times of Ellery: Harbour board backs pier rebuild", "Harbour board backs pier rebuild",
         "Times of Ellery"),
        # Two words of a headline are not enough to call a segment the headline cut short.
        ("Ellery Courier | Harbour board", "Harbour board backs pier rebuild", None),
    ],
)  # fmt: skip
def test_site_name_beside_the_headline(title: str, headline: str, site: str | None) -> None:
    assert dateline.extract(_page(title, headline)).site_name == site


def test_a_blogs_name_in_its_h1_and_before_the_titles_colon_is_the_site() -> None:
    # Blogger's layout: the blog's name in the <h1>, the post's title in an <h3>; the blog
    # declares itself the post's author.
    page = (
        "<html><head><title>Ellery Walks: Harbour board backs pier rebuild</title>"
        '<script type="application/ld+json">{"@type": "BlogPosting", "author": {"@type": '
        '"Person", "name": "Ellery Walks"}, "datePublished": "2025-03-11"}</script></head>'
        "<body><h1><a href='/'>Ellery Walks</a></h1><article class='post-outer-container'>"
        "<h3 class='post-title'>Harbour board backs pier rebuild</h3>"
        f"{STORY}<div class='post-footer'><span class='post-author vcard'>Posted by "
        "<span class='fn'>Nell Tarrant</span></span></div></article></body></html>"
    )
    article = dateline.extract(page)
    assert (article.site_name, article.authors) == ("Ellery Walks", ["Nell Tarrant"])
    # A heading that only opens the title is still no site.
    label = page.replace("<h1><a href='/'>Ellery Walks</a></h1>", "<h1>Ellery</h1>")
    assert dateline.extract(label).site_name != "Ellery"


@pytest.mark.parametrize(
    "title",
    [
        "Kelvik Harbour Post - Harbour board backs pier rebuild",
        "Harbour board backs pier rebuild – Local – Kelvik Harbour Post",
    ],
)
def test_a_hyphenated_host_spells_the_site_in_the_title(title: str) -> None:
    # kelvik-harbour-post.example: the hyphens join the name's words, they are no letters.
    page = (
        f"<html><head><title>{title}</title></head><body><article>"
        f'<time datetime="2025-03-11">March 11, 2025</time>{STORY}</article></body></html>'
    )
    record = dateline.extract(page, url="https://www.kelvik-harbour-post.example/news/pier")
    assert record.site_name == "Kelvik Harbour Post"
    assert record.title == "Harbour board backs pier rebuild"
