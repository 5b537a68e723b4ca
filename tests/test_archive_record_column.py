"""The record column: the public record stored without its body, and put back whole."""

from __future__ import annotations

import json

from dateline.archive.record_column import APART, full_record, stored_form
from dateline.model import Article, Image


def test_a_record_comes_back_whole_and_in_schema_order() -> None:
    article = Article(
        url="https://tide.example/barges",
        title="Barges wait at Port Avel",
        authors=["Ilse Varnholt"],
        text="Forty barges waited at Port Avel on Tuesday.\n\nThe lock reopens on Friday.",
        markdown="Forty barges waited at Port Avel on Tuesday.\n\nThe lock reopens on Friday.",
        images=[Image(url="https://tide.example/lock.jpg", caption="The lock at dawn.")],
    )
    record = article.to_dict(explain=False)
    stored = stored_form(record)
    assert not set(APART) & set(json.loads(stored))
    assert article.text not in stored
    restored = full_record(stored, record["text"], record["markdown"])
    assert restored == record
    assert list(restored) == list(record)


def test_keys_the_model_does_not_know_are_kept() -> None:
    stored = json.dumps({"schema": "dateline.article/2", "title": "T", "extra": {"a": 1}})
    restored = full_record(stored, "Body.", "Body.")
    assert restored["extra"] == {"a": 1} and restored["text"] == "Body."
    assert list(restored)[-1] == "extra"
