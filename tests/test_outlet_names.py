"""An outlet's name folds to one key however a page writes it; different outlets stay apart."""

import pytest

from dateline.recognise.outlet_names import fold_outlet_name, same_outlet


@pytest.mark.parametrize(
    "spellings",
    [
        # A name with "The", its domain, and its domain with "www.", a subdomain or "the"
        (
            "The Meridian Post",
            "THE MERIDIAN POST",
            "the meridian post",
            "Meridian Post",
            "meridianpost.com",
            "MeridianPost.com",
            "www.meridianpost.com",
            "news.meridianpost.com",
            "themeridianpost.com",
            "TheMeridianPost",
            "  The Meridian-Post  ",
            "The Meridian Post.",
        ),
        # Country endings with and without a second level
        ("Harbour Ledger", "harbourledger.co.uk", "www.harbour-ledger.co.uk", "harbourledger.uk"),
        ("Kabar Lokal", "KABAR LOKAL", "KabarLokal.com", "kabarlokal.co.id", "kabarlokal.id"),
        ("Portal Sertão", "portalsertao.com.br", "PORTAL SERTÃO"),
        ("Wattle Gazette", "wattlegazette.com.au", "wattlegazette.net", "wattlegazette.org"),
        ("Quillby", "quillby.news", "quillby.info", "Quillby.io", "quillby.tv"),
        # Punctuation and underscores between the words
        ("Valley Radio News", "Valley-Radio News", "valley_radio_news", "Valley Radio: News!"),
        # Accents of Latin letters, and letters case folds apart ("ß", Turkish "İ")
        ("Notícias do Vale", "noticiasdovale.com", "NOTÍCIAS DO VALE"),
        ("Großstadt Zeitung", "grossstadtzeitung.de", "GROSSSTADT ZEITUNG"),
        ("İLÇE HABER", "ilcehaber.com", "İlçe Haber"),
        # Full-width letters as Chinese and Japanese pages write a Latin name
        ("ＭＥＲＩＤＩＡＮ", "Meridian", "meridian.jp"),
    ],
)
def test_spellings_of_one_outlet_fold_alike(spellings: tuple[str, ...]) -> None:
    folded = {fold_outlet_name(spelling) for spelling in spellings}
    assert len(folded) == 1, folded
    assert folded != {""}


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Meridian Post", "meridianpost"),
        ("www.meridian-post.co.uk", "meridianpost"),
        ("edition.kabarlokal.co.id", "kabarlokal"),
        ("Portal Notícias Campinas", "portalnoticiascampinas"),
        ("KOMPASIANA.com", "kompasiana"),
        # A domain ending only at the end, and only after a dot
        ("Comet News", "cometnews"),
        ("The Dotcom Weekly", "dotcomweekly"),
        # A leading "the" goes even glued, as a domain writes it: the key is not for display
        ("Theodore Times", "odoretimes"),
        ("Other Times", "othertimes"),
    ],
)
def test_fold(name: str, folded: str) -> None:
    assert fold_outlet_name(name) == folded


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("北浜新報", "北浜新報"),
        ("北浜 新報", "北浜新報"),
        ("ｶﾞｲﾄﾞ新聞", "ガイド新聞"),  # half-width katakana read as full-width
        ("한빛일보", "한빛일보"),
        ("Вести Заречья", "вестизаречья"),
        # Accents of other scripts are kept; a final sigma folds as capitals write it
        ("Νέα Κοιλάδας", "νέακοιλάδασ"),
        ("शर्मा टाइम्स", "शर्माटाइम्स"),  # the vowel signs are part of the name
        ("ข่าวใจดี", "ข่าวใจดี"),
        ("أخبار الوادي", "أخبارالوادي"),
    ],
)
def test_names_in_other_scripts_keep_their_letters(name: str, folded: str) -> None:
    assert fold_outlet_name(name) == folded


@pytest.mark.parametrize("name", ["", "   ", "---", "·|·", "The", "www."])
def test_a_name_without_letters_folds_empty(name: str) -> None:
    assert fold_outlet_name(name) == ""


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The Meridian Post", "Meridian Times"),
        ("meridianpost.com", "meridiantimes.com"),
        ("Kabar Lokal", "Kabar Lokal Utara"),
        ("The Meridian Post", "meridianpost.net.example"),
        ("北浜新報", "南浜新報"),
        ("शर्मा टाइम्स", "शर्म टाइम्स"),
    ],
)
def test_different_outlets_stay_apart(one: str, other: str) -> None:
    assert fold_outlet_name(one) != fold_outlet_name(other)
    assert not same_outlet(one, other)


def test_same_outlet() -> None:
    assert same_outlet("The Meridian Post", "www.meridianpost.com")
    assert same_outlet("KABAR LOKAL", "kabarlokal.co.id")
    # Two names without letters fold alike, to "", yet name no outlet
    assert not same_outlet("---", "")
    assert not same_outlet("The", "the")
