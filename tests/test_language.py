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


def test_vietnamese_is_known_by_its_horned_letters() -> None:
    # Each syllable is a "word": the function words fill a tenth of them, not the share.
    vietnamese = (
        "Người dân hai bên bờ sông Lam Giang đã có thể đi lại dễ dàng hơn sau khi cây cầu treo "
        "dài 180 mét chính thức được đưa vào sử dụng vào sáng thứ Tư."
    )
    assert guess_language(vietnamese) == "vi"
    quoted = (
        "The minister, Trần Văn Hùng, said the bridge had been paid for by the province and by "
        "the villagers, who had raised money for it over three years."
    )
    assert guess_language(quoted) == "en"


def test_the_d_with_stroke_alone_is_not_vietnamese() -> None:
    # Croatian, Bosnian and Serbian Latin write "đ" too, and no horned letter.
    croatian = (
        "Đurđević je u srijedu pobijedio u Lovranu. Među navijačima je bilo mnogo građana "
        "koji su slavili do kasno u noć na trgu pokraj luke."
    )
    assert guess_language(croatian) != "vi"


def test_indonesian_news_prose_is_indonesian() -> None:
    indonesian = (
        "Harga cabai rawit di pasar-pasar tradisional Kabupaten Lembah Hijau turun hampir separuh "
        "dalam sepekan terakhir karena pasokan dari petani meningkat menjelang panen raya. Seorang "
        "pedagang mengatakan harga kini berkisar Rp 30 ribu per kilogram, jauh lebih rendah "
        "dibanding bulan lalu."
    )
    assert guess_language(indonesian) == "id"
