"""A pull quote that repeats part of a paragraph is dropped from a dump's body."""

from dateline.text import extract_text

PARAGRAPHS = [
    "The Orrin Hill allotments will lose a third of their plots to the new school car park, the"
    " county said on Friday, despite a petition signed by 900 residents.",
    "Growers said many of the plots had been worked by the same families for three generations.",
    "“You cannot move sixty years of soil to the other side of town,” said Wendell Okafor.",
    "“You cannot move sixty years of soil to the other side of town,” said Wendell Okafor, who"
    " has kept plot 14 since 1991.",
    "The county said displaced growers would be offered plots at Fallow Lane from September.",
]


def test_a_clipped_pull_quote_is_not_a_paragraph() -> None:
    text = "\n\n".join(["Orrin Gazette", "Allotments to make way for car park", *PARAGRAPHS])
    paragraphs = extract_text(text).text.split("\n\n")
    assert PARAGRAPHS[2] not in paragraphs
    assert PARAGRAPHS[3] in paragraphs
    assert paragraphs[-1] == PARAGRAPHS[4]


def test_a_short_sentence_said_twice_is_kept() -> None:
    repeated = "The county declined to comment."
    last = PARAGRAPHS[4] + " " + repeated
    head = ["Orrin Gazette", "Allotments to make way for car park"]
    text = "\n\n".join([*head, *PARAGRAPHS[:2], repeated, last])
    assert "\n\n" + repeated + "\n\n" in extract_text(text).text
