"""The story ends where another story's header follows it: invented dumps whose story is
followed by a more-from box of cards (a headline, its byline and date, a one-line summary) or
by a sidebar of headlines over bylines and dates. A forum thread's posts and a listing's cards,
which sit under such headers too, are not cut there."""

from pathlib import Path

from dateline.text import extract_text

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def dump(name: str) -> str:
    return (FIXTURES / name).read_text()


def test_a_more_from_box_of_cards_after_the_story_is_not_the_body() -> None:
    article = extract_text(dump("more_from_cards.txt"))
    assert article.title == "Why the Corrin Bay ferry subsidy will outlast its critics"
    assert article.authors == ["Delia Farrow"]
    assert article.text.startswith("The Corrin Bay ferry has lost money")
    assert article.text.endswith("ask how to make the crossing cheaper to run.")
    for card in ("Linden Street", "herring season", "school bus", "Oskar Vell"):
        assert card not in article.text


def test_a_sidebar_of_headlines_over_bylines_and_dates_ends_a_short_story() -> None:
    article = extract_text(dump("sidebar_headlines.txt"))
    assert article.text.split("\n\n") == [
        "The former keeper's cottage at Brannock Point will open as a small maritime museum "
        "next summer, the harbour trust said on Thursday.",
        "The trust bought the cottage from the lighthouse board last year and plans to show "
        "the lamp mechanism, logbooks and a keeper's kitchen as it stood in 1930.",
    ]


def test_a_forum_threads_posts_are_kept_under_their_posters_lines() -> None:
    # A poster's name, rank and date head each post, and the posts run to paragraphs of
    # their own: the thread is one body.
    article = extract_text(dump("forum_thread.txt"))
    assert "quarantine every fish" in article.text
    assert "Soft corals such as leathers" in article.text


def test_a_forum_threads_one_paragraph_posts_are_not_teaser_cards() -> None:
    # Each post is one paragraph under a line, the poster's name and the date, as a card is;
    # the post's number and the poster's join date and post count make it a post.
    article = extract_text(dump("forum_short_posts.txt"))
    assert article.text.startswith("My viaduct is built from embossed brick sheet")
    for post in ("A thin wash of grey acrylic", "Weathering powders brushed", "Thank you both."):
        assert post in article.text


def test_a_listing_opening_with_a_card_keeps_every_card() -> None:
    # The run opens with the first card's summary: the cards after it are the page's, not a
    # more-from box under a story.
    article = extract_text(dump("listing_of_cards.txt"))
    for summary in (
        "The harbour ferry board approved",
        "Three routes cut during the driver shortage",
        "The region's rail operator has signed",
        "Board members agreed that the bridge",
        "Commuters who had chained bikes",
    ):
        assert summary in article.text


def test_a_signed_analysis_box_inside_the_story_stays_in_the_body() -> None:
    # A correspondent's box under a subheading and a byline, but no date: the story's own.
    article = extract_text(dump("analysis_box.txt"))
    assert article.text.endswith("and not much else.")
    assert "A long chapter closes, another opens" in article.text
