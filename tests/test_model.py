"""The data model: its JSON contract, word counts and reading time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline.model import (
    SCHEMA,
    WORDS_PER_MINUTE,
    Article,
    Credit,
    Dateline,
    Image,
    RelatedLink,
    Removed,
    count_words,
    reading_time,
)


def _record() -> Article:
    return Article(
        url="https://www.tidewater-post.example/news/ferry",
        title="Island ferry keeps its winter timetable",
        authors=["Nadia Holm"],
        credits=[Credit("additional reporting", "Per Lund", "Visby")],
        dateline=Dateline("VISBY", "Tidewire"),
        images=[Image("https://img.example/f.jpg", "Ferry", "The ferry at dawn.", "Ann Berg")],
        related=[RelatedLink("https://www.tidewater-post.example/x", "Fares rise", "Related")],
        removed=[Removed("share", "Share on Facebook")],
        text="One.\n\nTwo.",
    )


def test_json_form_carries_the_schema_and_round_trips() -> None:
    record = _record()
    data = json.loads(record.to_json())
    assert data["schema"] == SCHEMA
    assert data["credits"] == [
        {"role": "additional reporting", "name": "Per Lund", "place": "Visby"}
    ]
    assert Article.from_dict(data) == record


def test_explain_false_leaves_out_removed() -> None:
    assert "removed" not in _record().to_dict(explain=False)
    assert "removed" in _record().to_dict()


def test_another_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported schema"):
        Article.from_dict({"schema": "dateline.article/99"})


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("   ", 0),
        ("Ferries run twice a day.", 5),
        ("It's 3 o'clock — the 10:40 boat left ... late", 8),
        ("x_y __ (z)", 2),
    ],
)
def test_words_are_tokens_with_a_letter_or_digit(text: str, words: int) -> None:
    assert count_words(text) == words


def test_reading_time_rounds_at_the_documented_rate_and_is_at_least_a_minute() -> None:
    assert reading_time(0) == 0
    assert reading_time(1) == 1
    assert reading_time(WORDS_PER_MINUTE * 4) == 4
    assert reading_time(int(WORDS_PER_MINUTE * 4.6)) == 5


def test_chinese_and_japanese_count_one_word_per_two_characters() -> None:
    assert count_words("市议会周一通过了新的渡轮时刻表") == 8  # 15 characters
    assert count_words("Kestrel 港 ferry") == 3


def test_thai_lao_khmer_and_myanmar_count_one_word_per_four_characters() -> None:
    thai = "เรือข้ามฟากเริ่มวิ่งวันจันทร์"  # 29 code points, marks included, no spaces
    assert count_words(thai) == 8
    assert count_words(f"{thai} {thai}") == 15
    assert count_words(f"Kestrel {thai} 2024") == 10
    assert count_words("ເຮືອຂ້າມຟາກ") == 3  # Lao, 11 code points
    assert count_words("សាលាក្រុង") == 3  # Khmer, 9 code points
    assert count_words("ရန်ကုန်မြို့တော်") == 4  # Myanmar, 16 code points


def test_the_example_record_of_the_schema_page_is_a_whole_record() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text("utf-8")
    example = re.search(r"## Example.*?```json\n(.*?)```", page, re.S)
    assert example is not None
    record = json.loads(example.group(1))
    # Every field of the model, none omitted, and nothing the model does not know.
    assert Article.from_dict(record).to_dict() == record
