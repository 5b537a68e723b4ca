"""Lines in which the publisher speaks of itself close a dump's story instead of ending it."""

import pytest

from dateline.text import extract_text
from dateline.text.publisher_lines import is_app_pitch, is_publisher_footer

STORY = "\n\n".join(
    [
        "Tarnfield Echo",
        "Tarnfield opens a winter night shelter",
        "By Marta Quill",
        "Tarnfield's old drill hall will open as a night shelter for rough sleepers from"
        " next Monday, the borough council said on Thursday after a late vote.",
        "The shelter will have 30 beds, hot meals and a nurse on two nights a week, funded by a"
        " charity appeal that raised £96,000 in under a month.",
        "Council leader Ida Renwick said the hall would stay open until the end of March.",
    ]
)


@pytest.mark.parametrize(
    "footer",
    [
        "Tarnfield Echo, 9 Mill Lane, Tarnfield. Phone 555-0177.",
        "Tarnfield Echo, part of Copperline Media.",
        "The Tarnfield Echo is a division of Copperline Publishing Group",
    ],
)
def test_a_publisher_footer_line_is_not_the_story_last_paragraph(footer: str) -> None:
    article = extract_text(STORY + "\n\n" + footer + "\n")
    assert footer not in article.text
    assert article.text.endswith("stay open until the end of March.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The drill hall is part of Tarnfield Heritage Group.",
        "The charity said it was part of a wider network.",
        "Volunteers can call at 9 Mill Lane on Saturday.",
    ],
)
def test_story_sentences_about_owners_or_addresses_are_prose(sentence: str) -> None:
    assert not is_publisher_footer(sentence, len(sentence.split()))


def test_an_app_pitch_between_paragraphs_is_not_body() -> None:
    pitch = "Download the Tarnfield Echo app for breaking news alerts on your phone."
    paragraphs = STORY.split("\n\n")
    article = extract_text("\n\n".join([*paragraphs[:4], pitch, *paragraphs[4:]]))
    assert pitch not in article.text
    assert "funded by a charity appeal" in article.text


def test_a_story_sentence_about_an_app_stays_prose() -> None:
    sentence = "Download the Stillwater app and breathe along for ten minutes, the study asked."
    assert not is_app_pitch(sentence, len(sentence.split()))
