"""A standfirst printed under the byline is the dek, not the body's first paragraph."""

import pytest

from dateline.text import extract_text

HEADER = [
    "News | Sport | Opinion",
    "Council votes to close the Orchard Lane library",
    "By Harriet Voss",
    "March 4, 2025",
]
DATELINED = (
    "MILLBROOK — Councillors voted seven to four on Tuesday night to close the Orchard Lane "
    "library, ending a sixty-year run for the small brick building."
)
LONG_LEAD = (
    "Councillors voted seven to four on Tuesday night to close the Orchard Lane library, ending a "
    "sixty-year run for the small brick building that generations of pupils in the town used "
    "for their homework after school and on rainy Saturdays."
)
MORE = [
    "The branch will shut at the end of April, and its books will move to the central library "
    "on Station Road, the council said in a statement after the vote.",
    "Parents asked the council to keep a reading room open two days a week.",
]


@pytest.mark.parametrize(
    ("standfirst", "lead"),
    [
        ("The closure saves the town about £80,000 a year, councillors said.", DATELINED),
        ("Two branches close this year. The council says the service will go on.", LONG_LEAD),
    ],
)
def test_a_standfirst_under_the_byline_is_the_dek(standfirst: str, lead: str) -> None:
    article = extract_text("\n".join([*HEADER, standfirst, lead, *MORE]))
    assert article.dek == standfirst
    assert article.text.split("\n\n")[0] == lead
    assert standfirst not in article.text


def test_a_short_lead_before_a_paragraph_of_like_length_stays_in_the_body() -> None:
    lead = "The Orchard Lane library will close at the end of April, the council decided."
    article = extract_text("\n".join([*HEADER, lead, *MORE]))
    assert article.dek is None
    assert article.text.split("\n\n")[0] == lead


def test_a_one_sentence_lead_of_news_length_over_a_long_paragraph_stays_in_the_body() -> None:
    lead = (
        "The Millbrook council voted on Tuesday to close the Orchard Lane library at the end "
        "of April to save money."
    )
    article = extract_text("\n".join([*HEADER, lead, LONG_LEAD, *MORE]))
    assert article.dek is None
    assert article.text.split("\n\n")[0] == lead


def test_a_lead_under_the_byline_stays_in_the_body_when_the_summary_stands_over_it() -> None:
    summary = (
        "The branch will close in April after a vote that split the ruling group down the middle "
        "and left parents angry"
    )
    lead = "The Orchard Lane library will close at the end of April, the council decided."
    dump = [*HEADER[:2], summary, *HEADER[2:], lead, LONG_LEAD, *MORE]
    article = extract_text("\n".join(dump))
    assert article.text.split("\n\n")[0] == lead


def test_a_standfirst_over_a_long_paragraph_of_a_suffixing_language_is_the_dek() -> None:
    # 34 Turkish words say what ~45 English words would: length is read in characters.
    standfirst = "Ana isale hattındaki arıza nedeniyle merkez ilçelerde su verilemeyecek."
    lead = (
        "Kent merkezine su taşıyan ana isale hattında meydana gelen arıza nedeniyle salı "
        "sabahından itibaren merkez ilçelerdeki yaklaşık kırk bin konuta iki gün boyunca su "
        "verilemeyeceği açıklandı, belediye ekipleri ise onarım için gece gündüz çalışacak."
    )
    more = "Belediye, kesinti süresince mahallelere tankerlerle su dağıtılacağını duyurdu."
    dump = ["Gündem", "Kent merkezinde su kesintisi iki gün sürecek", "Burak Öztürk"]
    dump += ["04 Mart 2025 Salı 09:30", standfirst, lead, more]
    article = extract_text("\n".join(dump))
    assert article.dek == standfirst
    assert article.text.split("\n\n")[0] == lead
