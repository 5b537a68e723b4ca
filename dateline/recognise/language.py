"""A cheap guess of a text's language from its commonest function words."""

from __future__ import annotations

import unicodedata

#: Words read for the guess; a few hundred words settle it.
SAMPLE_WORDS = 400
#: Characters read at most: 400 words of any language written with spaces fit many times
#: over, and Chinese, Japanese or Thai text, written without them, is judged on this much
#: (a 2 MB text without spaces was read whole a dozen times over: 0.6 s).
SAMPLE_CHARS = 20_000
#: Share of sampled words that must be the language's stopwords. English news prose runs at
#: 35-45% function words of this list; a text in another language that quotes English stays
#: well under 15%.
MIN_SHARE = 0.15

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to a in is that for on was with he it as at by from his have are be "
        "said has but not they this were an their who been which will would had or its",
        "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
        "auch es an er hat aus bei wird sie nach sind",
        "fr": "le la les de des et à un une du en est que pour dans qui par sur au pas plus ce "
        "il a avec sont été aux",
        "es": "el la de que y en los del se las por un para con una su al es lo como más pero "
        "sus le ha fue",
        "pt": "o a de que e do da em um para é com não uma os no se na por mais as dos como mas "
        "ao foi",
        "it": "il di che e la per un in è del non una con sono le si da al della ha dei gli "
        "anche alla più nel",
        "nl": "de het een van en in is dat op te voor met zijn niet aan er die werd ook als bij "
        "door naar",
        "tr": "ve bir bu da de için ile olarak çok daha gibi olan ama en kadar sonra ise değil her",
        "ar": "في من على أن إلى عن مع التي الذي هذا هذه كان قال بعد أو ما لا وقد",
        "pl": "i w na z się że do nie to jest o jak po co przez od za dla oraz ale jego jej "
        "był była są",
        "sv": "och i att det som en på är av för med till den har de inte om ett var sig "
        "men från också",
        "da": "og i at det en den til er som på de med for af ikke der var har et sig men fra "
        "blev bliver efter mod siger nogen hvad",
        "no": "og i at det som en på er av for med til den har de ikke om et var seg men fra "
        "ble blir etter mot sier noen hva",
        "ro": "și în de la cu a pe care din este nu o un mai pentru ca se sunt fost",
        "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada karena oleh "
        "bahwa telah sudah mereka kata menjadi bisa saat setelah sebagai atau secara tersebut "
        "masih seorang hingga lebih kini sejak namun lalu",
        "sw": "na ya wa kwa za katika la ni kuwa hiyo hii cha wake alisema hilo pia",
        "vi": "của và là các có được cho trong với một những không này đã người để khi cũng năm",
        "ru": "и в не на что с по как он это к а из у за о от то же для так но все было",
        "uk": "і в на що з не до у та як за це від але його також був була",
    }.items()
}


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose stopwords fill the text most, or None."""
    sample = text[:SAMPLE_CHARS].split(maxsplit=SAMPLE_WORDS)
    words = [w.strip(".,;:!?\"'“”‘’()«»").lower() for w in sample]
    words = words[:SAMPLE_WORDS]
    if not words:
        return None
    best, best_count = None, 0
    for lang, stopwords in _STOPWORDS.items():
        count = sum(1 for w in words if w in stopwords)
        if count > best_count:
            best, best_count = lang, count
    if best_count >= MIN_SHARE * len(words):
        return best
    return _script_language(" ".join(words))


#: Scripts written by one language each (or, for Devanagari, mostly by one on news pages), as
#: (first, last) code points: Hebrew, Greek, Thai, Hangul, Armenian, Georgian, Devanagari,
#: Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Lao, Khmer,
#: Myanmar, Ethiopic.
_SCRIPTS = (
    ("he", 0x0590, 0x05FF),
    ("el", 0x0370, 0x03FF),
    ("th", 0x0E00, 0x0E7F),
    ("ko", 0xAC00, 0xD7AF),
    ("hy", 0x0530, 0x058F),
    ("ka", 0x10A0, 0x10FF),
    ("hi", 0x0900, 0x097F),
    ("bn", 0x0980, 0x09FF),
    ("pa", 0x0A00, 0x0A7F),
    ("gu", 0x0A80, 0x0AFF),
    ("ta", 0x0B80, 0x0BFF),
    ("te", 0x0C00, 0x0C7F),
    ("kn", 0x0C80, 0x0CFF),
    ("ml", 0x0D00, 0x0D7F),
    ("si", 0x0D80, 0x0DFF),
    ("lo", 0x0E80, 0x0EFF),
    ("km", 0x1780, 0x17FF),
    ("my", 0x1000, 0x109F),
    ("am", 0x1200, 0x137F),
)
#: Share of kana among the Han and kana characters from which a text is Japanese: Japanese
#: prose writes a third to a half of its characters in kana, news headlines and lists fewer;
#: Chinese writes none.
MIN_KANA_SHARE = 0.1
#: Letters of the Arabic script that Persian and Urdu use and Arabic does not.
_PERSIAN_LETTERS = frozenset("پچژگ")
_URDU_LETTERS = frozenset("ٹڈڑںے")
#: Turkish letters no other Latin-script language of the list writes ("ı", "ğ" and their
#: capitals), and the share of letters from which a text holding them is Turkish (a Turkish
#: news story: 3-4%; a name quoted in another language's text: far under 1%).
_TURKISH_LETTERS = frozenset("ıİğĞ")
MIN_TURKISH_SHARE = 0.01
#: Cyrillic letters that Russian writes and Ukrainian, Bulgarian and Serbian do not ("ы",
#: "э"), and letters of the other Cyrillic alphabets that Russian lacks (Ukrainian, Belarusian,
#: Kazakh): a Cyrillic text with the first and none of the second is Russian.
_RUSSIAN_LETTERS = frozenset("ыэЫЭ")
_NOT_RUSSIAN_LETTERS = frozenset("іїєґўәғқңөұүһІЇЄҐЎӘҒҚҢӨҰҮҺ")


#: Share of letters written with a horn ("ơ", "ư", "ờ", "ự") or as "đ" from which a Latin
#: text is Vietnamese: the invented Vietnamese news dumps of the text probe write 8-12% of
#: their letters so; a Vietnamese name quoted in another language's text far under 1%.
MIN_VIETNAMESE_SHARE = 0.01
_HORN = "\u031b"


def _is_vietnamese_letter(letter: str) -> bool:
    return letter in "đĐ" or (letter > "\u00ff" and _HORN in unicodedata.normalize("NFD", letter))


def _script_language(text: str) -> str | None:
    """The language of the script that writes most of a text's letters, when that script is
    one language's (Hebrew, Greek, Thai, …), Chinese or Japanese by their share of kana,
    Arabic-script text by its letters (Persian and Urdu have letters Arabic lacks), Russian by
    letters the other Cyrillic alphabets lack, or Turkish by its dotless "ı" and "ğ"; None
    otherwise. Prefixed function words ("و", "ال", "ה") keep such texts under the stopword
    share."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    half = len(letters) / 2
    kana = sum(1 for c in letters if 0x3040 <= ord(c) <= 0x30FF)
    han = sum(1 for c in letters if 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF)
    if kana + han > half:
        return "ja" if kana >= MIN_KANA_SHARE * (kana + han) else "zh"
    for lang, first, last in _SCRIPTS:
        if sum(1 for c in letters if first <= ord(c) <= last) > half:
            return lang
    if sum(1 for c in letters if 0x0600 <= ord(c) <= 0x06FF) > half:
        if any(c in _URDU_LETTERS for c in letters):
            return "ur"
        return "fa" if any(c in _PERSIAN_LETTERS for c in letters) else "ar"
    if sum(1 for c in letters if 0x0400 <= ord(c) <= 0x04FF) > half:
        # Russian wire copy ("… сообщил во вторник министр …") can run under the stopword
        # share as Turkish does; its alphabet settles it.
        russian = any(c in _RUSSIAN_LETTERS for c in letters)
        return "ru" if russian and not any(c in _NOT_RUSSIAN_LETTERS for c in letters) else None
    # Vietnamese writes each syllable apart, so its function words are a tenth of its "words",
    # not the stopword share; but no other language writes the horned "ơ" and "ư". Its "đ"
    # counts beside them: Croatian, Bosnian and Serbian Latin write "đ" too ("Đoković").
    vietnamese = [c for c in letters if _is_vietnamese_letter(c)]
    horned = any(c not in "đĐ" for c in vietnamese)
    if horned and len(vietnamese) >= MIN_VIETNAMESE_SHARE * len(letters):
        return "vi"
    # Turkish runs its function words into suffixes (8% of a news story's words are on the
    # list, not 15%), but writes a dotless "ı" in one word in three; no other language of the
    # list does.
    if sum(1 for c in letters if c in _TURKISH_LETTERS) >= MIN_TURKISH_SHARE * len(letters):
        return "tr"
    return None
