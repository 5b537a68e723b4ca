"""Photo credits are split off captions only when they carry a mark of a credit."""

import pytest

from dateline.recognise.captions import credit_line, is_gallery_counter, split_caption_credit

SCENE = "Rescuers search the debris in Lagos on March 3, 2024."


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (f"{SCENE} Jane Roe/Pool via Reuters", "Jane Roe/Pool via Reuters"),
        (f"{SCENE} (AP Photo/John Doe)", "AP Photo/John Doe"),
        (f"{SCENE} Photo: Jane Roe", "Jane Roe"),
        (f"{SCENE} (تصوير: سليم حداد)", "سليم حداد"),
        (f"{SCENE} צילום: דנה לוי", "דנה לוי"),
        (f"{SCENE} Fotoğraf: Ayşe Demir", "Ayşe Demir"),
        (f"{SCENE} Фото: Иван Петров", "Иван Петров"),
        (f"{SCENE} (Picha na Maktaba)", "Maktaba"),
        (f"{SCENE} عکس: مریم احمدی", "مریم احمدی"),
        (f"{SCENE} Credit: Jane Roe/Example Wire", "Jane Roe/Example Wire"),
        (f"{SCENE} Photograph: Jane Roe/Getty Images", "Jane Roe/Getty Images"),
        (f"{SCENE} Jane Roe/AFP/Getty Images", "Jane Roe/AFP/Getty Images"),
        (f"{SCENE} REUTERS/Jane Roe", "REUTERS/Jane Roe"),
        (f"{SCENE} © Jane Roe", "Jane Roe"),
        (f"{SCENE} Image: Example Gazette", "Example Gazette"),
        (f"{SCENE} Picture: Tom Berg", "Tom Berg"),
        (f"{SCENE} Photo by Jane Roe", "Jane Roe"),
        (f"{SCENE} Reuters", "Reuters"),
        (f"{SCENE} Jane Roe for The Example Times", "Jane Roe for The Example Times"),
        (f"{SCENE} (Jane Roe/Reuters)", "Jane Roe/Reuters"),
        (f"{SCENE} (Noor Halvorsen/The Northern Sentinel)", "Noor Halvorsen/The Northern Sentinel"),
        (f"{SCENE} (THE CANADIAN PRESS/Darryl Dyck)", "THE CANADIAN PRESS/Darryl Dyck"),
        (f"{SCENE} (Darryl Dyck/CBC)", "Darryl Dyck/CBC"),
    ],
)
def test_credit_after_the_caption(caption: str, credit: str) -> None:
    assert split_caption_credit(caption) == (SCENE, credit)


def test_trailing_bar_credit() -> None:
    assert split_caption_credit("Rescuers search the debris | Getty") == (
        "Rescuers search the debris",
        "Getty",
    )


@pytest.mark.parametrize(
    ("dash", "credit"),
    [(" — ", "Ruth Kane/Reuters"), (" – ", "Ruth Kane/Harbour Images"), (" - ", "Reuters")],
)
def test_credit_after_a_spaced_dash(dash: str, credit: str) -> None:
    caption = "Fireworks over the harbour wall at midnight"
    assert split_caption_credit(caption + dash + credit) == (caption, credit)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [("Jane Roe/AFP/Getty Images", "Jane Roe/AFP/Getty Images"), ("Photo: Jane Roe", "Jane Roe")],
)
def test_caption_that_is_only_a_credit(caption: str, credit: str) -> None:
    assert split_caption_credit(caption) == ("", credit)


@pytest.mark.parametrize(
    "caption",
    [
        "Mayor Ana Lima greets supporters in Lagos. Ana Lima",
        "The governor speaks to the press on Monday alongside Jane Roe",
        "He held a photo by the grave.",
        "The 2/3 majority was reached in the vote.",
        "Supporters gather (Lagos, 2024)",
        "34. Human/Technology Interaction",
        "Cost Comparison: Traditional Development vs. Low-Code/No-Code",
        "Taylor Swift | The Eras Tour | The Final Show",
        "The biggest photograph: Why it matters",
        "Copyright Complexity in a Fragmented World",
        "Available in two cuts. Men's / Women's",
        "Diagram of the system (Human/Technology Interaction)",
        "Two cabinet ministers (Jane Roe/John Doe)",
        "A chart of both plans (The Big Picture/The Small Picture)",
        "The mayor opens the pier — in May, a year late",
        "Crowds on the pier – a day after the storm",
        "Mood board image by the window of the studio.",
        "The ferry at dusk, seen from the old pier, photo by the gate.",
    ],
)
def test_no_credit_leaves_caption_unchanged(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        # An agency in lower case opening a slash or bar credit.
        (
            "Helfer am Ufer in Zell. Foto: dpa/Harald Tittel",
            "Helfer am Ufer in Zell.",
            "dpa/Harald Tittel",
        ),
        (
            "Helfer am Ufer. Bild: picture alliance/dpa | Ines Roe",
            "Helfer am Ufer.",
            "picture alliance/dpa | Ines Roe",
        ),
        # Whose photo it is before the label.
        ("Divers at the quay. (Tribune photo by Kim Aldana)", "Divers at the quay.", "Kim Aldana"),
        ("Divers at the quay. Staff photo by Kim Aldana", "Divers at the quay.", "Kim Aldana"),
        # A Korean credit after a slash.
        (
            "시민들이 광장에 모여 있다. /사진=김민준 기자",
            "시민들이 광장에 모여 있다.",
            "김민준 기자",
        ),
    ],
)
def test_more_forms_of_labelled_credits(caption: str, rest: str, credit: str) -> None:
    assert split_caption_credit(caption) == (rest, credit)


@pytest.mark.parametrize("label", ["Image caption, ", "Media caption, ", "image caption: "])
def test_a_screen_readers_caption_label_goes(label: str) -> None:
    assert split_caption_credit(f"{label}{SCENE}") == (SCENE, None)
    assert split_caption_credit(f"{label}{SCENE} Photo: Jane Roe") == (SCENE, "Jane Roe")
    assert split_caption_credit(label) == ("", None)


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        ("Το νέο λιμάνι. Φωτογραφία: Ελένη Ρήγα", "Το νέο λιμάνι.", "Ελένη Ρήγα"),
        ("Cây cầu mới. Ảnh: Trần Minh", "Cây cầu mới.", "Trần Minh"),
        ("새 도서관 전경. 사진=한결일보 DB", "새 도서관 전경.", "한결일보 DB"),
        ("새 도서관 전경 (사진 제공=한결시)", "새 도서관 전경", "한결시"),
        ("नया पुल। (फोटो: अमित वर्मा)", "नया पुल।", "अमित वर्मा"),
        ("ตลาดน้ำแห่งใหม่ ภาพ: กมล ใจดี", "ตลาดน้ำแห่งใหม่", "กมล ใจดี"),
        (
            "Nowy most. Fot. Iga Nowak / Kurier Nadrzeczny",
            "Nowy most.",
            "Iga Nowak / Kurier Nadrzeczny",
        ),
        ("Nowy most (fot. Iga Nowak)", "Nowy most", "Iga Nowak"),
        ("车辆驶入隧道。（记者 李明远 摄）", "车辆驶入隧道。", "李明远"),
        ("车辆驶入隧道。晨报记者 李明远 摄", "车辆驶入隧道。", "晨报记者 李明远"),
        ("车辆驶入隧道。图/晨报", "车辆驶入隧道。", "晨报"),
        ("新しい図書館＝港市で3月4日、山田花子撮影", "新しい図書館＝港市で3月4日", "山田花子"),
        ("新しい図書館（山田花子撮影）", "新しい図書館", "山田花子"),
        # Who provided the picture: Japanese "提供", Chinese "供图".
        ("新しい体育館（港市提供）", "新しい体育館", "港市"),
        ("村民收割水稻。（受访者供图）", "村民收割水稻。", "受访者"),
        (
            "Il ponte sul Reno a Bologna (foto Luca Baraldi)",
            "Il ponte sul Reno a Bologna",
            "Luca Baraldi",
        ),
        ("Daraja jipya la Mombasa. Picha: Halima Said", "Daraja jipya la Mombasa.", "Halima Said"),
        (
            "The new bypass route. Map: Lenthall County Engineering",
            "The new bypass route.",
            "Lenthall County Engineering",
        ),
        (
            "Jembatan gantung di Solok Selatan. (Foto: Dok. Kabar Andalas/Yuni Astuti)",
            "Jembatan gantung di Solok Selatan.",
            "Dok. Kabar Andalas/Yuni Astuti",
        ),
        # A labelled bracket needs no slash.
        (
            "Kereta wisata di Stasiun Garut (Foto: Dok. Warta Rel)",
            "Kereta wisata di Stasiun Garut",
            "Dok. Warta Rel",
        ),
    ],
)
def test_credit_labels_of_other_languages(caption: str, rest: str, credit: str) -> None:
    assert split_caption_credit(caption) == (rest, credit)


@pytest.mark.parametrize(
    "caption",
    [
        "公園の桜＝3月4日、東京都内で撮影",  # where it was taken, not by whom
        "游客正在拍摄",
        "新製品を紹介する社長（同社提供の資料から）",  # "from material the firm provided"
        "새 도서관 사진",
    ],
)
def test_shot_words_without_a_photographer_stay(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (f"{SCENE} (Oren Blake/Tarnside Wire)", "Oren Blake/Tarnside Wire"),
        (f"{SCENE} (Oren Blake/Kestrel Valley Echo)", "Oren Blake/Kestrel Valley Echo"),
        (f"{SCENE} (Marsh Images/Oren Blake)", "Marsh Images/Oren Blake"),
    ],
)
def test_a_person_beside_an_outlet_named_without_the_is_a_credit(caption: str, credit: str) -> None:
    assert split_caption_credit(caption) == (SCENE, credit)


def test_a_labelled_gallery_counter_leaves_the_caption() -> None:
    assert split_caption_credit(f"Image 4 of 9 {SCENE} Photo: Jane Roe") == (SCENE, "Jane Roe")
    assert split_caption_credit(f"Photo 2/5: {SCENE}") == (SCENE, None)
    # A number opening the caption's own sentence stays.
    assert split_caption_credit("2 of 3 voters backed the plan") == (
        "2 of 3 voters backed the plan",
        None,
    )


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        ("1 of 12", True),
        ("Image 3/10", True),
        ("photo 2 of 5", True),
        (" 7 / 9 ", True),
        ("1 of 12 boats", False),
        ("Boats moored in 2024", False),
    ],
)
def test_gallery_counters(text: str, counter: bool) -> None:
    assert is_gallery_counter(text) is counter


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Image credit: © Brightfold Stock/Ivo Marsh", "Brightfold Stock/Ivo Marsh"),
        (
            "Photo credit: ©iStock.com/tidewalker, ©iStock.com/nlevi",
            "iStock.com/tidewalker, iStock.com/nlevi",
        ),
        ("Image: © Ruth Kane/Getty Images", "Ruth Kane/Getty Images"),
        ("Getty Images / Ruth Kane", "Getty Images / Ruth Kane"),
        ("Photo: Tomas Berg", "Tomas Berg"),
        ("Credit: Getty Images", "Getty Images"),
        ("© Ruth Kane", "Ruth Kane"),
        ("Фото: пресс-служба администрации города", "пресс-служба администрации города"),
        # A French credit labelled without a colon, in a credit element of its own.
        ("Photo AFP/Marc Lenoir", "AFP/Marc Lenoir"),
        ("Photo Finish", None),
        # Prose, a lone agency name and other slashes are no credit lines.
        ("Picture this: a quiet town", None),
        ("The photo shows the harbour wall.", None),
        ("Monday / Tuesday", None),
        ("Reuters", None),
        ("© 2026 The Harbour Gazette. All rights reserved.", None),
        ("Photo: ...", None),
        ("Image: © .", None),
        ("© ...", None),
    ],
)
def test_a_line_that_is_only_a_photo_credit(line: str, credit: str | None) -> None:
    assert credit_line(line) == credit


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        ("Riders at the show. Picture supplied by Wattle Creek Rodeo", "Riders at the show.",
         "Wattle Creek Rodeo"),
        ("The pier at dusk. Photo courtesy of Ana Ruiz", "The pier at dusk.", "Ana Ruiz"),
        ("The pier at dusk (Courtesy of the Port Authority)", "The pier at dusk",
         "the Port Authority"),
        ("Die Fähre am Kai. Bild: dpa", "Die Fähre am Kai.", "dpa"),
    ],
)  # fmt: skip
def test_courtesy_and_supplied_credits(caption: str, rest: str, credit: str) -> None:
    assert split_caption_credit(caption) == (rest, credit)


@pytest.mark.parametrize(
    "caption",
    ["Seats were free, courtesy of the Harbour Trust.", "The crowd courtesy of no one."],
)
def test_courtesy_in_a_sentence_is_no_credit(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, None)


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        ("The bus yard on County Road 12. Photo by the author.", "The bus yard on County Road 12.",
         "the author"),
        ("Her grandmother in 1962. Photo courtesy of the family", "Her grandmother in 1962.",
         "the family"),
        # The mark before the credit goes with it.
        ("نمای پل خواجو پس از مرمت؛ عکس: مریم احمدی", "نمای پل خواجو پس از مرمت", "مریم احمدی"),
    ],
)  # fmt: skip
def test_credits_in_lower_case_that_name_who_took_the_picture(
    caption: str, rest: str, credit: str
) -> None:
    assert split_caption_credit(caption) == (rest, credit)


def test_a_lower_case_phrase_after_by_is_still_no_credit() -> None:
    text = "The crowd gathered by the river. Photo by the light of the moon, the bridge glowed."
    assert split_caption_credit(text)[1] is None


def test_where_a_japanese_photo_was_shot_from_stays_with_the_caption() -> None:
    assert split_caption_credit("新しい駅舎＝3日午前、南浦市（本社ヘリから、佐藤一郎撮影）") == (
        "新しい駅舎＝3日午前、南浦市（本社ヘリから）",
        "佐藤一郎",
    )
    assert split_caption_credit("新しい駅舎＝3日午前（佐藤一郎撮影）") == (
        "新しい駅舎＝3日午前",
        "佐藤一郎",
    )


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        ("Workers fit the beam. (Courier photo/Ansel Viken)", "Workers fit the beam.",
         "Courier photo/Ansel Viken"),
        ("A man waits. (Staff photo/Jim Ode)", "A man waits.", "Staff photo/Jim Ode"),
    ],
)  # fmt: skip
def test_a_papers_own_photo_credit_in_brackets(caption: str, rest: str, credit: str) -> None:
    assert split_caption_credit(caption) == (rest, credit)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("مضخات المحطة الجديدة (عدسة: نادر حمدان)", "مضخات المحطة الجديدة", "نادر حمدان"),
        ("مضخات المحطة الجديدة - رويترز", "مضخات المحطة الجديدة", "رويترز"),
        ("Το παλιό λιμάνι (Φωτ.: Γιάννης Κώστας)", "Το παλιό λιμάνι", "Γιάννης Κώστας"),
        ("Fabrikanın ana binası - AA", "Fabrikanın ana binası", "AA"),
    ],
)
def test_credits_of_arabic_greek_and_turkish_captions(caption: str, text: str, credit: str) -> None:
    assert split_caption_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        # Where the picture came from, in brackets, with no name (US local papers).
        (
            "A tractor like the stolen one. (Submitted photo)",
            "A tractor like the stolen one.",
            "Submitted photo",
        ),
        ("The old mill in 1962. (Herald file photo)", "The old mill in 1962.", "Herald file photo"),
        ("The old mill in 1962. (File photo)", "The old mill in 1962.", "File photo"),
        # A French label without its colon after the last sentence.
        (
            "La piscine, ouverte en 1972. Photo Pierre Lemoine",
            "La piscine, ouverte en 1972.",
            "Pierre Lemoine",
        ),
        ("Le maire à la tribune. Photo DR", "Le maire à la tribune.", "DR"),
        ("Le maire. Photo Progrès/Jean Dupont", "Le maire.", "Progrès/Jean Dupont"),
    ],
)
def test_provenance_brackets_and_bare_french_labels(caption: str, rest: str, credit: str) -> None:
    assert split_caption_credit(caption) == (rest, credit)


@pytest.mark.parametrize(
    "caption",
    [
        "The harbour from the cliffs. (Aerial photo)",
        "Winners of the Photo Contest",
        "The mayor with his prize. Photo of the year winner Ana Lima",
    ],
)
def test_a_photo_word_that_credits_nobody_stays(caption: str) -> None:
    assert split_caption_credit(caption) == (caption, None)


def test_a_bare_gallery_counter_before_a_capital_leaves_the_caption() -> None:
    assert split_caption_credit(f"1 of 3 {SCENE} Photo: Jane Roe") == (SCENE, "Jane Roe")
    # A counter past its total, or a slash that may be a date or a name, stays.
    for caption in (f"5 of 3 {SCENE}", "9/11 Memorial at dusk"):
        assert split_caption_credit(caption) == (caption, None)


@pytest.mark.parametrize("label", ["Image source, ", "Image source: ", "Photo source, "])
def test_a_screen_readers_source_label_gives_the_credit(label: str) -> None:
    assert split_caption_credit(f"{label}Heathland Trust") == ("", "Heathland Trust")
    assert credit_line(f"{label}Getty Images") == "Getty Images"


def test_a_captions_show_hide_button_leaves_it() -> None:
    assert split_caption_credit(f"{SCENE} toggle caption") == (SCENE, None)
    assert split_caption_credit(f"{SCENE} Jane Roe/NPR hide caption toggle caption") == (
        SCENE,
        "Jane Roe/NPR",
    )
    assert split_caption_credit("The new caption") == ("The new caption", None)


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        # A Russian press office is named in lower case after its label, as on a line alone.
        ("Новый каток у реки. Фото: пресс-служба администрации", "Новый каток у реки.",
         "пресс-служба администрации"),
        # Japanese sets no space before a full-width bracket.
        ("記者会見する佐藤健一市長（写真：北山新聞社）", "記者会見する佐藤健一市長", "北山新聞社"),
    ],
)  # fmt: skip
def test_a_credit_in_cyrillic_lower_case_or_glued_to_a_bracket(
    caption: str, rest: str, credit: str
) -> None:
    assert split_caption_credit(caption) == (rest, credit)


def test_lower_case_prose_after_a_label_word_keeps_its_caption() -> None:
    caption = "Так выглядит каток на фото: лёд и трибуны"
    assert split_caption_credit(caption) == (caption, None)
