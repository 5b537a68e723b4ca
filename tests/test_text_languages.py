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
