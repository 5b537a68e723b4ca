"""Teaser cards with a summary under each headline, below a related header, are not body."""

from dateline.text import extract_text

STORY = [
    "Pellam Courier",
    "Pellam reservoir to reopen for swimming",
    "By Ruth Adeyemi",
    "Pellam reservoir will reopen for swimming in June after tests found the water safe for the"
    " first time in three summers, the water company said on Monday.",
    "Lifeguards will be on duty at weekends, and a new jetty will be built on the north shore.",
]
CARDS = [
    "More from Pellam Courier",
    "Market square cafes win later licences",
    "Owners say the change will bring evening trade back to a square that empties after six.",
    "School bus route cut after driver shortage",
    "Parents in three villages must now drive children to the secondary school in Pellam.",
    "Rail fares frozen for a second year",
    "The operator says the freeze will cost it about four million pounds over the year.",
]


def test_summaries_under_related_headlines_are_not_the_story() -> None:
    article = extract_text("\n\n".join(STORY + CARDS))
    assert article.text.endswith("a new jetty will be built on the north shore.")
    assert "evening trade" not in article.text
    assert "four million pounds" not in article.text


def test_the_story_resumes_after_a_lone_teaser() -> None:
    resumed = [
        "The company said the reservoir had been closed after algae bloomed in 2023.",
        "Swimmers will be asked to keep to the marked area near the jetty.",
    ]
    text = "\n\n".join([*STORY, "Related", CARDS[1], *resumed])
    article = extract_text(text)
    assert article.text.endswith(resumed[1])
    assert resumed[0] in article.text
