"""The language guess reads a text's opening, however long the text."""

from __future__ import annotations

from dateline.recognise.language import SAMPLE_CHARS, guess_language


def test_a_long_text_without_spaces_is_judged_on_its_opening() -> None:
    # Chinese prose runs without spaces, so its "words" are whole paragraphs: the guess reads
    # its first SAMPLE_CHARS characters, not a megabyte of Thai further on.
    chinese = "沿海城市的市政府今天宣布在旧港口附近开放一个新的公共公园。"
    thai = "เทศบาลเมืองชายฝั่งประกาศเปิดสวนสาธารณะแห่งใหม่ใกล้ท่าเรือเก่าในวันนี้"
    opening = chinese * (SAMPLE_CHARS // len(chinese) + 1)
    assert guess_language(opening) == "zh"
    assert guess_language(opening + thai * 20_000) == "zh"
    assert guess_language(thai * 20_000) == "th"
