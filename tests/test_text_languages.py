"""Dumps of news pages in other languages and scripts (invented outlets, people and places)."""

from dateline.text import extract_text

HINDI_BODY = [
    "पहाड़ी गांव धारकोट के सरकारी स्कूल में नई लाइब्रेरी खोली गई है, जिसमें देश भर के "
    "दानदाताओं से मिली पांच हजार से अधिक किताबें रखी गई हैं।",
    "प्रधानाचार्य ने बताया कि लाइब्रेरी सप्ताहांत में भी खुली रहेगी ताकि बच्चे खेतों में काम के बाद पढ़ने आ सकें।",
    "अभिभावकों ने इस पहल का स्वागत किया।",
]


def test_a_short_closing_sentence_ending_in_a_danda_closes_the_body() -> None:
    dump = [
        "ताज़ा खबर | राज्य | शिक्षा",
        "पहाड़ी गांव के स्कूल को मिली नई लाइब्रेरी",
        "बुधवार, 5 मार्च 2025",
        *HINDI_BODY,
        "और पढ़ें",
    ]
    article = extract_text("\n".join(dump))
    assert article.text.split("\n\n") == HINDI_BODY
    assert article.published == "2025-03-05"
    assert article.language == "hi"


def test_a_date_line_opening_with_a_thai_weekday_is_not_the_headline() -> None:
    headline = "สะพานไม้เก่าแก่ได้รับการซ่อมแซมครั้งใหญ่"
    body = [
        "สะพานไม้อายุกว่าแปดสิบปีที่ทอดข้ามแม่น้ำในหมู่บ้านท่าไม้งาม ได้รับการซ่อมแซมครั้งใหญ่"
        "โดยใช้ไม้จากชุมชนและแรงงานของชาวบ้านกว่าสองร้อยคนตลอดหนึ่งเดือนที่ผ่านมา",
        "ผู้นำชุมชนกล่าวว่าสะพานแห่งนี้เป็นเส้นทางหลักที่เด็กนักเรียนใช้เดินทางไปโรงเรียนทุกวัน "
        "และเป็นสถานที่ท่องเที่ยวสำคัญของหมู่บ้าน",
    ]
    date_line, byline = "วันพุธที่ 5 มีนาคม พ.ศ. 2568", "ผู้เขียน: วิไลวรรณ ศรีสุข"
    dump = ["หน้าแรก | ข่าวทั่วไป", headline, date_line, byline, *body]
    article = extract_text("\n".join(dump))
    assert article.title == headline
    assert article.published == "2025-03-05"
    assert article.authors == ["วิไลวรรณ ศรีสุข"]


def test_a_date_line_opening_with_a_vietnamese_weekday_is_not_the_headline() -> None:
    headline = "Cây cầu treo mới nối hai bờ sông Lam Giang"
    body = [
        "Người dân hai bên bờ sông Lam Giang đã có thể đi lại dễ dàng hơn sau khi cây cầu treo "
        "dài 180 mét chính thức được đưa vào sử dụng vào sáng thứ Tư.",
        "Trước đây, người dân phải đi đò hoặc vòng qua cây cầu cách đó gần mười cây số để sang "
        "bên kia sông.",
    ]
    dump = ["Trang chủ | Thời sự | Xã hội", headline, "Thứ Tư, 5/3/2025, 07:00 (GMT+7)", *body]
    article = extract_text("\n".join(dump))
    assert article.title == headline
    assert article.published == "2025-03-05T07:00:00+07:00"
    assert article.language == "vi"


def test_a_short_thai_closing_sentence_closes_the_body() -> None:
    body = [
        "ชาวประมงในอ่าวทองคำเริ่มใช้ท่าเรือประมงแห่งใหม่ตั้งแต่วันจันทร์ หลังจากการก่อสร้างใช้เวลา"
        "นานกว่าสองปี และใช้งบประมาณราวหนึ่งร้อยล้านบาท",
        "นายกเทศมนตรีกล่าวว่าท่าเรือแห่งนี้รองรับเรือประมงได้มากกว่าสองร้อยลำ และมีห้องเย็นสำหรับเก็บสัตว์น้ำ",
        "ชาวบ้านหลายคนบอกว่าไม่ต้องเดินทางไปขายปลาที่จังหวัดข้างเคียงอีกต่อไป",
    ]
    dump = [
        "หน้าแรก",
        "ข่าว",
        "เปิดท่าเรือประมงแห่งใหม่ที่อ่าวทองคำ",
        "3 มีนาคม 2568 เวลา 14:20 น.",
        *body,
        "แชร์",
        "ลิขสิทธิ์ © 2568 ข่าวอ่าวทอง",
    ]
    article = extract_text("\n".join(dump))
    assert article.text.split("\n\n") == body


SPANISH_BODY = [
    "El mercado municipal de Valdelirio reabrió este lunes tras seis meses de obras en la "
    "cubierta y en las cámaras frigoríficas de los puestos de pescado.",
    "Los comerciantes calculan que han perdido una cuarta parte de sus clientes durante el "
    "cierre y confían en recuperarlos antes del verano.",
    "La concejala de Comercio visitó los puestos a primera hora.",
]


def test_a_newsletter_boxs_pitch_in_another_language_is_no_paragraph() -> None:
    for heading, pitch in [
        ("Suscríbete a nuestro boletín", "Recibe cada mañana las noticias del día en tu correo."),
        ("Newsletter", "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail."),
        ("Newsletter", "Erhalten Sie jeden Morgen die wichtigsten Nachrichten in Ihr Postfach."),
    ]:
        dump = [
            "Portada",
            "Reabre el mercado municipal tras seis meses de obras",
            "Por Lucía Peral",
        ]
        dump += [SPANISH_BODY[0], heading, pitch, *SPANISH_BODY[1:]]
        article = extract_text("\n".join(dump))
        assert article.text.split("\n\n") == SPANISH_BODY, pitch
