"""decode_html: BOMs, declared charsets (truthful and lying), detection, and refusals."""

from __future__ import annotations

import codecs

import pytest

from dateline.errors import InputError
from dateline.page.decode import decode_html, normalise_label, utf8_as_given

# Invented sentences about an invented harbour park, one per script/encoding family.
SENTENCES = {
    "arabic": (
        "windows-1256",
        "أعلنت بلدية المدينة الساحلية اليوم عن افتتاح حديقة عامة جديدة بالقرب من الميناء"
        " القديم، وقال رئيس البلدية إن المشروع استغرق ثلاث سنوات من العمل المتواصل.",
    ),
    "hebrew": (
        "windows-1255",
        "עיריית העיר החוף הודיעה היום על פתיחת גן ציבורי חדש ליד הנמל הישן, וראש העירייה"
        " אמר כי הפרויקט נמשך שלוש שנים של עבודה רצופה.",
    ),
    "persian": (
        "windows-1256",
        "شهرداري شهر ساحلي امروز از گشايش يک پارک عمومي تازه در نزديکي بندر قديمي خبر داد"
        " و شهردار گفت اين پروژه سه سال کار پيوسته زمان برد.",
    ),
    "turkish": (
        "windows-1254",
        "Sahil kentinin belediyesi bugün eski limanın yakınında yeni bir halk parkının"
        " açıldığını duyurdu; belediye başkanı projenin üç yıl sürdüğünü söyledi.",
    ),
    "russian-1251": (
        "windows-1251",
        "Мэрия прибрежного города сегодня объявила об открытии нового общественного парка"
        " рядом со старым портом, а мэр сказал, что проект занял три года.",
    ),
    "russian-koi8": (
        "koi8-r",
        "Мэрия прибрежного города сегодня объявила об открытии нового общественного парка"
        " рядом со старым портом, а мэр сказал, что проект занял три года.",
    ),
    "japanese": (
        "shift_jis",
        "海辺の町の市役所は今日、古い港の近くに新しい公園を開いたと発表しました。"
        "市長は、この計画に三年間の作業がかかったと述べました。",
    ),
    "chinese": (
        "gbk",
        "沿海城市的市政府今天宣布在旧港口附近开放一个新的公共公园，市长说这个项目花了三年的连续工作。",
    ),
    "korean": (
        "euc-kr",
        "해안 도시의 시청은 오늘 오래된 항구 근처에 새로운 공원을 열었다고 발표했으며,"
        " 시장은 이 사업에 삼 년의 작업이 걸렸다고 말했다.",
    ),
    "french": (
        "windows-1252",
        "La mairie de la ville côtière a annoncé l'ouverture d'un nouveau jardin public près"
        " du vieux port ; le maire a déclaré que le projet a duré trois années.",
    ),
}


def page(text: str, charset: str | None = None) -> str:
    """A small invented news page carrying the text twice, with an optional <meta charset>."""
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!doctype html><html><head>{meta}<title>Harbour Gazette</title></head>"
        f"<body><h1>Harbour park opens</h1><p>{text}</p><p>{text}</p></body></html>"
    )


@pytest.mark.parametrize("language", sorted(SENTENCES))
@pytest.mark.parametrize("meta", ["none", "truthful", "says-utf-8", "says-windows-1252"])
def test_legacy_encodings_decode_to_the_original_text(language: str, meta: str) -> None:
    encoding, sentence = SENTENCES[language]
    declared = {"none": None, "truthful": encoding, "says-utf-8": "utf-8"}.get(meta, "windows-1252")
    html = page(sentence, declared)
    text, _ = decode_html(html.encode(encoding))
    assert text == html


@pytest.mark.parametrize("language", ["arabic", "russian-1251", "japanese", "turkish"])
def test_lying_http_header_is_overruled(language: str) -> None:
    encoding, sentence = SENTENCES[language]
    html = page(sentence)
    text, _ = decode_html(html.encode(encoding), "text/html; charset=ISO-8859-1")
    assert text == html


def test_reports_the_encoding_used() -> None:
    encoding, sentence = SENTENCES["arabic"]
    assert decode_html(page(sentence, "utf-8").encode(encoding))[1] == "windows-1256"
    assert decode_html(page(sentence).encode("utf-8"))[1] == "utf-8"


def test_valid_utf8_wins_over_a_declared_single_byte_charset() -> None:
    html = page(SENTENCES["russian-1251"][1], "iso-8859-1")
    assert decode_html(html.encode("utf-8")) == (html, "utf-8")


def test_http_charset_is_used_for_an_honest_legacy_page() -> None:
    html = page(SENTENCES["french"][1])
    assert decode_html(html.encode("cp1252"), "text/html; charset=latin1") == (
        html,
        "windows-1252",
    )


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_mark_decides(bom: bytes, codec: str) -> None:
    html = page(SENTENCES["hebrew"][1], "windows-1252")
    text, _ = decode_html(bom + html.encode(codec))
    assert text == html


def test_mostly_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    html = page(SENTENCES["russian-1251"][1] * 3)
    data = html.encode("utf-8").replace(b"<h1>", b"<h1>\xe9", 1)
    text, encoding = decode_html(data)
    assert encoding == "utf-8"
    assert SENTENCES["russian-1251"][1] in text


@pytest.mark.parametrize(
    ("data", "given"),
    [
        (page(SENTENCES["arabic"][1]).encode("utf-8"), True),
        (b"<p>Harbour park opens</p>", True),
        (codecs.BOM_UTF8 + page(SENTENCES["arabic"][1]).encode("utf-8"), False),  # BOM dropped
        (page(SENTENCES["russian-1251"][1] * 3).encode("utf-8") + b"\xe9", False),  # replaced
        (page(SENTENCES["arabic"][1], "windows-1256").encode("windows-1256"), False),
    ],
)
def test_the_parser_reads_the_page_bytes_only_when_they_are_the_text_in_utf8(
    data: bytes, given: bool
) -> None:
    text, encoding = decode_html(data)
    utf8 = utf8_as_given(data, text, encoding)
    assert (utf8 is data) is given
    if given:
        assert utf8 == text.encode("utf-8")


def test_pure_ascii_decodes_as_is() -> None:
    assert decode_html(b"<p>Harbour park opens</p>") == ("<p>Harbour park opens</p>", "utf-8")


def test_turkish_declared_latin1_is_read_as_windows_1254_even_when_it_looks_clean() -> None:
    # As windows-1252 this reads "iþçileri … artýrýlmasý", which the mess measure finds clean.
    sentence = (
        "Liman işçileri grevi sona erdi. Sendika, ücretlerin yüzde on artırılması konusunda"
        " işverenle anlaştığını açıkladı; gemiler yarın sabah yeniden yüklenmeye başlayacak."
    )
    html = page(sentence, "iso-8859-1")
    assert decode_html(html.encode("cp1254")) == (html, "windows-1254")
    assert decode_html(page(sentence).encode("cp1254"), "text/html; charset=latin1")[1] == (
        "windows-1254"
    )


def test_turkish_misread_over_and_over_overrules_a_latin1_declaration() -> None:
    # The mess measure scored this misreading ("hasadý düþtü") cleaner than the right one.
    sentence = (
        "Zeytin hasadı düştü. İzmir'in kuzey ilçelerinde bu yıl zeytin hasadı, kuraklık"
        " nedeniyle geçen yıla göre yaklaşık yüzde kırk düştü ve üreticiler zor durumda."
        " Kooperatif başkanı, fiyatların şubat ayına kadar yükseleceğini söyledi."
    )
    html = page(sentence, "iso-8859-1")
    assert decode_html(html.encode("cp1254")) == (html, "windows-1254")


def test_icelandic_declared_latin1_keeps_its_declaration() -> None:
    # Icelandic writes ð, þ and ý inside words: the declaration is not overruled for them.
    sentence = (
        "Það var í gær sem ferjan sigldi aftur út úr höfninni í Kaldavík eftir þriggja vikna"
        " viðgerð, og farþegar hafa beðið eftir því að hún kæmist á ný í þjónustu."
    )
    html = page(sentence, "iso-8859-1")
    assert decode_html(html.encode("cp1252")) == (html, "windows-1252")


@pytest.mark.parametrize("charset", [None, "koi8-r"])
def test_ukrainian_koi8_is_read_as_koi8_u_not_koi8_r(charset: str | None) -> None:
    sentence = (
        "Перший трамвай після ремонту пройшов мостом у місті Кестрель, і мешканці"
        " їхали безкоштовно до вечора; ґанок зупинки є новий."
    )
    html = page(sentence, charset)
    assert decode_html(html.encode("koi8-u")) == (html, "koi8-u")


def test_russian_koi8_r_stays_koi8_r() -> None:
    html = page(SENTENCES["russian-koi8"][1])
    assert decode_html(html.encode("koi8-r"))[1] == "koi8-r"


def test_large_legacy_page_decodes_completely() -> None:
    encoding, sentence = SENTENCES["arabic"]
    html = page(sentence * 20_000)
    text, used = decode_html(html.encode(encoding))
    assert used == "windows-1256"
    assert text == html


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
        b"PK\x03\x04" + bytes(100),
        bytes(range(32)) * 300,
        b"\x00\x01" * 5000,
    ],
    ids=["empty", "png", "pdf", "zip", "control-bytes", "nul-heavy"],
)
def test_refuses_empty_and_binary_input(data: bytes) -> None:
    with pytest.raises(InputError):
        decode_html(data)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("latin1", "windows-1252"),
        ("ISO-8859-1", "windows-1252"),
        ("us-ascii", "windows-1252"),
        ("gb2312", "gb18030"),
        ("x-sjis", "cp932"),
        ("ks_c_5601-1987", "cp949"),
        ("iso-8859-9", "windows-1254"),
        ("no-such-charset", None),
    ],
)
def test_labels_map_as_whatwg_does(label: str, codec: str | None) -> None:
    assert normalise_label(label) == codec


@pytest.mark.parametrize("charset", [None, "utf-8"])
def test_an_ascii_page_with_a_stray_word_apostrophe_reads_it_as_windows_1252(
    charset: str | None,
) -> None:
    # One byte 0x92, Word's apostrophe, in an English page that declares UTF-8 or nothing: too
    # little for a detector (it answered cp865, "harbourÆs").
    sentence = "The harbour\u2019s lamps were lit again on Friday after a month of repairs."
    data = page(sentence, charset).encode("cp1252")
    text, encoding = decode_html(data)
    assert encoding == "windows-1252"
    assert sentence in text
