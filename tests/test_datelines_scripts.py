"""Datelines in the wire styles of other scripts and of Indonesian and Brazilian papers."""

import pytest

from dateline import extract
from dateline.model import Dateline
from dateline.recognise.datelines import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        (
            "ЗАРЕЧЕНСК, 3 марта. /Северный курьер/. Мост через реку откроют после ремонта.",
            "ЗАРЕЧЕНСК",
            "Северный курьер",
        ),
        ("НИЖНИЙ НОВГОРОД, 21 окт. /ТАСС/. Трамваи вышли на линию.", "НИЖНИЙ НОВГОРОД", "ТАСС"),
        (
            "ЛЕСНОГОРСК, 8 февр — РИА Новости. Школы закрыли на карантин.",
            "ЛЕСНОГОРСК",
            "РИА Новости",
        ),
        ("ОЗЁРСК, 5 мая. Власти города объявили конкурс.", "ОЗЁРСК", None),
        ("КРАСНОБОР, 5 марта (Сибинформ) — Власти выделят деньги.", "КРАСНОБОР", "Сибинформ"),
        ("ЛЕСНОГОРСК (Рейтер) - Власти закрыли школы.", "ЛЕСНОГОРСК", "Рейтер"),
        ("ЯБЛУНІВКА, 12 червня. /Укрінформ/. Уряд виділив кошти.", "ЯБЛУНІВКА", "Укрінформ"),
        ("الواحة - (أ ش أ) - أعلنت المحافظة عن خطة جديدة للطرق.", "الواحة", "أ ش أ"),
        ("مرسى النخيل (د ب أ) - قالت الشرطة إن الحادث وقع ليلا.", "مرسى النخيل", "د ب أ"),
        ("الميناء الجديد - «صحيفة الساحل» - بدأت أعمال التوسعة.", "الميناء الجديد", "صحيفة الساحل"),
        ("تل الزيتون - رويترز: قال مسؤولون إن المحادثات انتهت.", "تل الزيتون", "رويترز"),
        ("सरायपुर, 12 मार्च। नगर निगम ने नई बस सेवा शुरू की।", "सरायपुर", None),
        ("नई दिल्ली, 4 अगस्त (भाषा) सरकार ने नई योजना की घोषणा की।", "नई दिल्ली", "भाषा"),
        ("新华社青州3月2日电（记者李明）青州市今天开通首条地铁线路。", "青州", "新华社"),
        ("江城６月１４日电 当地气象台发布暴雨预警。", "江城", None),
        ("本报海滨5月20日电 海滨港新码头正式启用。", "海滨", None),
        ("（中新网河口3月2日电）河口大桥今天合龙。", "河口", "中新网"),
        ("据新华社东岭7月9日电 东岭市发布高温预警。", "东岭", "新华社"),
        ("【ロンドン＝佐藤一郎】英政府は3日、新たな規制を発表した。", "ロンドン", None),
        ("【ソウル共同】韓国政府は5日、対策を決めた。", "ソウル", "共同"),
        ("【パリ＝時事】仏政府は改革案を示した。", "パリ", "時事"),
        (
            "KALIREJO, WARTA SELATAN - Jembatan desa ambruk diterjang banjir.",
            "KALIREJO",
            "WARTA SELATAN",
        ),
        (
            "SEMARANG, SUARALOKAL.com - Harga cabai naik dua kali lipat.",
            "SEMARANG",
            "SUARALOKAL.com",
        ),
        (
            "KOTABARU, Warta Timur - Jembatan desa ambruk diterjang banjir.",
            "KOTABARU",
            "Warta Timur",
        ),
        # An outlet's domain after a place in either case, or before it.
        (
            "Sukamaju, Lintasbumi.com - Harga cabai naik dua kali lipat.",
            "Sukamaju",
            "Lintasbumi.com",
        ),
        ("KABARKOTA.CO, Sukamaju - Jembatan desa ambruk.", "Sukamaju", "KABARKOTA.CO"),
        ("Beritaraya.co.id, KOTABARU -- Jembatan desa ambruk.", "KOTABARU", "Beritaraya.co.id"),
        ("Campo Alegre, 14 (AE) - A prefeitura anunciou obras na ponte.", "Campo Alegre", "AE"),
        ("Vila Serena, 3 (Folhapress) - O governo abriu a consulta.", "Vila Serena", "Folhapress"),
    ],
)
def test_datelines_of_other_styles(paragraph: str, place: str, agency: str | None) -> None:
    assert find_dateline(paragraph) == Dateline(place, agency)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "VILLA SERRANA.- Un incendio de pastizales obligó este domingo a cortar la ruta.",
            "VILLA SERRANA",
        ),
        (
            "Puerto Celeste, NL.- El gobierno anunció que el metro abrirá hasta la medianoche.",
            "Puerto Celeste, NL",
        ),
        (
            "San Telmo, Coah.- La Secretaría de Salud informó este lunes que se aplicaron vacunas.",
            "San Telmo, Coah",
        ),
        ("रामगढ़। ज़िले में बुधवार रात हुई तेज़ बारिश से कई निचले इलाकों में पानी भर गया।", "रामगढ़"),
    ],
)
def test_a_local_place_before_a_stop_and_dash_or_a_danda_opens_a_story_only(
    paragraph: str, place: str
) -> None:
    assert find_dateline(paragraph, story=True) == Dateline(place)
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "Nota.- Este texto fue actualizado con la respuesta del municipio de la ciudad.",
        "Villa Serrana.- ver más.",
        "नमस्ते। आज हम आपको बताएंगे कि बारिश के मौसम में क्या करें और क्या न करें।",
    ],
)
def test_labels_and_regions_are_no_local_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph, story=True) is None


def test_a_title_case_region_without_an_outlet_word_is_no_agency() -> None:
    paragraph = "KOTABARU, Jawa Timur - Jembatan desa ambruk diterjang banjir kemarin sore."
    assert find_dateline(paragraph) == Dateline("KOTABARU, Jawa Timur")


def test_an_arabic_place_alone_before_a_dash_opens_a_story_unless_a_known_city() -> None:
    paragraph = "الواحة - افتتح المحافظ اليوم الأحد مستشفى جديدا في وسط المدينة."
    assert find_dateline(paragraph, story=True) == Dateline("الواحة")
    assert find_dateline(paragraph) is None
    assert (
        find_dateline("عاجل - انفجار في الميناء الجديد صباح اليوم قرب السوق.", story=True) is None
    )
    assert find_dateline("الواحة - مدينة جميلة.", story=True) is None
    # A city that datelines name is one anywhere, as "CAIRO — " is.
    known = "القاهرة - افتتح المحافظ اليوم الأحد مستشفى جديدا في وسط المدينة."
    assert find_dateline(known) == Dateline("القاهرة")
    assert find_dateline(known.replace("القاهرة", "رام الله")) == Dateline("رام الله")


@pytest.mark.parametrize(
    "paragraph",
    [
        "МОСКВА — город, где живут миллионы людей.",
        "ВНИМАНИЕ. Сайт работает в тестовом режиме.",
        "ВНИМАНИЕ (ВИДЕО) — смотрите запись трансляции.",
        "Москва, 14 июня. Городские власти сообщили о ремонте.",
        "भारत में आज कई राज्यों में बारिश हुई।",
        "6月14日电视台播出了一档新节目。",
        "北京6月14日电视剧开播仪式在市中心举行。",
        "【速報】東京で震度4の地震",
        "【写真】新しい駅舎が完成",
        "NEW YORK, NY - The rally drew thousands.",
        "WARNING, SPOILERS - The finale is discussed below.",
        "Diatomaceous Earth (DE) - When it is dry, sprinkle a little.",
        "Lisboa, 14 (nota) - O texto segue.",
    ],
)
def test_openings_that_are_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph, story=True) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "KYIV, UKRAINE — The city's power grid held through the night.",
        "SEOUL, SOUTH KOREA - Exports rose for a fifth month.",
        "SPRINGFIELD, ILLINOIS -- The council met on Monday.",
    ],
)
def test_a_citys_state_or_country_in_capitals_is_no_agency(paragraph: str) -> None:
    for story in (True, False):
        found = find_dateline(paragraph, story=story)
        assert found is None or found.agency is None


def test_a_cyrillic_dateline_stays_in_the_first_paragraph() -> None:
    first = (
        "ЗАРЕЧЕНСК, 3 марта. /Северный курьер/. Новый мост через реку Быструю откроют для "
        "движения после капитального ремонта, сообщили в городской администрации."
    )
    rest = (
        "Ремонт продолжался почти два года и обошёлся городскому бюджету в сумму, которая "
        "оказалась на треть больше первоначальной сметы, утверждённой депутатами."
    )
    html = (
        "<html lang='ru'><head><title>Мост в Зареченске откроют после ремонта</title>"
        "<meta property='og:type' content='article'>"
        "<meta property='article:published_time' content='2025-03-03T10:00:00+03:00'></head>"
        f"<body><article><h1>Мост в Зареченске откроют после ремонта</h1><p>{first}</p>"
        f"<p>{rest}</p><p>{rest}</p></article></body></html>"
    )
    article = extract(html, url="https://kurier.example/news/most")
    assert article.dateline == Dateline("ЗАРЕЧЕНСК", "Северный курьер")
    assert article.text.split("\n\n")[0] == first
