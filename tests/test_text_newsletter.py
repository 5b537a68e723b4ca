"""A newsletter saved as text: its masthead and the mail's furniture are not the story."""

import pytest

from dateline.text import extract_text
from dateline.text.newsletter import is_mail_furniture, is_masthead

STORY = [
    "The Ostwick river museum reopened on Saturday, fourteen months after flood water filled its "
    "basement archive and ruined the heating plant, with a new exhibition about boatbuilders.",
    "Curators said nine in ten of the archive's photographs had been saved by freezing them "
    "within days of the flood and drying them slowly over the following year.",
    "Entry will be free for residents of the town until the end of the month.",
]


def test_a_newsletter_masthead_over_the_date_is_not_the_headline() -> None:
    dump = [
        "WEEKEND DISPATCH | No. 88",
        "Saturday 8 March 2025",
        "Forwarded this email? Subscribe here.",
        "RIVER MUSEUM REOPENS AFTER FLOOD REPAIRS",
        *STORY,
        "Thanks for reading. Reply to this email with tips.",
        "Unsubscribe",
    ]
    article = extract_text("\n".join(dump))
    assert article.title == "RIVER MUSEUM REOPENS AFTER FLOOD REPAIRS"
    assert article.text.split("\n\n") == STORY
    assert article.published == "2025-03-08"


@pytest.mark.parametrize(
    ("line", "masthead"),
    [
        ("THE MORNING BRIEF — Issue 214", True),
        ("Issue #31 · Friday, March 7, 2025", True),
        ("Harbour Letter | Vol. 3, No. 12", True),
        ("Duke beats No. 1 seed in overtime", False),
        ("The issue 5 voters care about most", False),
        ("Number 10 rejects calls for a public inquiry", False),
        ("No. 1 seed crashes out in Port Ellery", False),
        ("THE HARBOUR LETTER — Vol. 3, No. 12 · March 2025", True),
        ("Issue 12 · Spring 2025", True),
    ],
)
def test_mastheads(line: str, masthead: bool) -> None:
    assert is_masthead(line, len(line.split())) is masthead


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("View this email in your browser", True),
        ("You are receiving this email because you signed up at example.org.", True),
        ("Manage preferences | Unsubscribe", True),
        ("Unsubscribe rates rose after the change, the firm said in its filing.", False),
    ],
)
def test_mail_furniture(line: str, furniture: bool) -> None:
    assert is_mail_furniture(line, len(line.split())) is furniture


def test_a_headline_opening_with_a_number_word_stays_the_headline() -> None:
    headline = "Number 10 rejects calls for a public inquiry into the ferry contract"
    body = (
        "The prime minister's office on Tuesday rejected calls from three parties for a "
        "public inquiry into the award of the Port Ellery ferry contract, saying the "
        "tender had been reviewed twice."
    )
    article = extract_text("\n".join(["News", headline, "By Jana Ott", "", body, "", body]))
    assert article.title == headline
