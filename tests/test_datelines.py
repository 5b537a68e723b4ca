"""Datelines open a body paragraph; ordinary first sentences and labels have none."""

import pytest

from dateline import extract, extract_text
from dateline.model import Dateline
from dateline.recognise.datelines import find_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("LAGOS, March 3 (Reuters) - Floods cut roads.", "LAGOS", "Reuters"),
        ("İSTANBUL (Reuters) - The central bank raised rates.", "İSTANBUL", "Reuters"),
        ("ŁÓDŹ, Poland (AP) — Tram drivers walked out.", "ŁÓDŹ, Poland", "AP"),
        ("LONDON/NEW YORK, March 3 (Reuters) - Oil rose.", "LONDON/NEW YORK", "Reuters"),
        ("Auenbach (dpa/nwk) – Die Feuerwehr kam um drei Uhr.", "Auenbach", "dpa/nwk"),
        ("MADRID.– El Gobierno aprobó el plan.", "MADRID", None),
        ("MADRID, 4 mar (EFE).- El Gobierno aprobó el plan.", "MADRID", "EFE"),
        ("ANKARA (İHA) - Bakanlık yeni yönetmeliği açıkladı.", "ANKARA", "İHA"),
        (
            "VALDELOBOS, 14 (EUROPA PRESS) - El ayuntamiento aprobó el plan.",
            "VALDELOBOS",
            "EUROPA PRESS",
        ),
        ("CELAYA, Gto. (EFE).- Un grupo de vecinos cerró la vía.", "CELAYA, Gto.", "EFE"),
        (
            "SAN JOSE DEL CABO, B.C.S.— Las autoridades cerraron el puerto.",
            "SAN JOSE DEL CABO, B.C.S.",
            None,
        ),
        (
            "SAN TELMO DE LA SIERRA, Gto.— Vecinos bloquearon la carretera.",
            "SAN TELMO DE LA SIERRA, Gto.",
            None,
        ),
        ("HAYWARD, Calif. (AP) — A man was hurt.", "HAYWARD, Calif.", "AP"),
        ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP"),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", "AP"),
        ("PARIS, 3 mars (AFP) - Le gouvernement a annoncé.", "PARIS", "AFP"),
        ("NEW DELHI — India's central bank held rates.", "NEW DELHI", None),
        ("BERLIN, Jan 5 (dpa) – Die Regierung hat beschlossen.", "BERLIN", "dpa"),
        (
            "SAN JUAN, Puerto Rico, March 3 (Reuters) - A storm hit.",
            "SAN JUAN, Puerto Rico",
            "Reuters",
        ),
        ("LONDON: The pound rose.", "LONDON", None),
        ("Cairo, March 3 (Reuters) - Egypt said.", "Cairo", "Reuters"),
        ("BUFFALO, N.Y. — Hours before the game, fans queued.", "BUFFALO, N.Y.", None),
        ("WASHINGTON, March 3 — Lawmakers met.", "WASHINGTON", None),
        ("ST. LOUIS (AP) — A judge ruled.", "ST. LOUIS", "AP"),
        (
            "SAN FRANCISCO, Calif., Sept. 12, 2024 /PRNewswire/ -- Acme today announced.",
            "SAN FRANCISCO, Calif.",
            "PRNewswire",
        ),
        ("N’DJAMENA, March 3 (Reuters) - Chad's government said.", "N’DJAMENA", "Reuters"),
        ("L'AQUILA, Italy (AP) — The quake struck.", "L'AQUILA, Italy", "AP"),
        ("LIMA (Andina) - El gobierno anunció.", "LIMA", "Andina"),
    ],
)
def test_datelines(paragraph: str, place: str, agency: str | None) -> None:
    assert find_dateline(paragraph) == Dateline(place, agency)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The government said on Monday - that it would act.",
        "Cairo — The city woke to rain.",
        "UPDATE: The story has been changed.",
        "EXCLUSIVE — Files show the plan.",
        "FILE - A man walks past the bank.",
        "US — The economy grew.",
        "FYI: Most VPNs keep some logs.",
        "RUNNER UP: Ratio Six",
        "FAVORITE ITEMS: Cacao nibs are a great treat.",
        "Diatomaceous Earth (DE) - When it is dry, sprinkle a little.",
        "SACHA PFEIFFER, HOST: The legislature meets today.",
        "It was LAGOS (Reuters) - odd.",
        "Paris (Team/Partner) - The plan was dropped.",
        "VALDEMORA.– El alcalde dijo que no.",
        "",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("New Delhi, Aug 12 (PTI) The court sought a reply.", "New Delhi", "PTI"),
        ("Kochi, March 3 (IANS) Fishermen stayed ashore.", "Kochi", "IANS"),
        ("New Delhi [India], August 12 (ANI): The court ruled.", "New Delhi [India]", "ANI"),
        ("PUNE, Aug 12 (PTI) The metro opened.", "PUNE", "PTI"),
    ],
)
def test_indian_wire_datelines(paragraph: str, place: str, agency: str) -> None:
    assert find_dateline(paragraph) == Dateline(place, agency)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Diatomaceous Earth (DE) When it is dry, sprinkle a little.",
        "Kestrel Bay (Gull Island) The ferry runs twice a day.",
        "New Delhi, Aug 12 (PTI) the court said.",
        "SOLAR PANELS (PV) Most homes need twelve.",
    ],
)
def test_no_dateline_without_a_separator_unless_a_known_agency_follows(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("KELVIK — Ferry crews walked out on Sunday over the new night shifts.", "KELVIK"),
        ("ST. CLOUD — The council voted on Tuesday to close the Fifth Street bridge.", "ST. CLOUD"),
        ("O'FALLON -- Police said on Monday that two men had been arrested.", "O'FALLON"),
        (
            "EAST MILLBROOK — The town's only pharmacy will close at the end of June.",
            "EAST MILLBROOK",
        ),
    ],
)
def test_a_story_opens_with_a_local_place_before_an_em_dash(paragraph: str, place: str) -> None:
    assert find_dateline(paragraph, story=True) == Dateline(place=place, agency=None)
    # Outside a story's body the same opening is as often a label, and is not taken.
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "LIGHTWEIGHT: Easy to carry, the pack weighs under a kilo with its frame.",
        "KELVIK - Ferry crews walked out on Sunday over the new night shifts.",
        "KELVIK — Crews walked out.",
        "FYI — You can read the full council report on the town's website today.",
        "UPDATE — This story was changed on Monday to add the council's reply.",
        "SAN MARTINHO DO BISPO — The mayor said he would not stand again in May.",
        "TOWN 42 — The mayor said he would not stand again in May this year.",
    ],
)
def test_a_local_dateline_needs_a_place_a_long_dash_and_a_sentence(paragraph: str) -> None:
    assert find_dateline(paragraph, story=True) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        (
            "Kelvik (kna) - Die Fährleute der Insel haben am Sonntag die Arbeit niedergelegt.",
            "Kelvik",
            "kna",
        ),
        (
            "Port Saline - Le conseil municipal a voté mardi la fermeture du vieux pont.",
            "Port Saline",
            None,
        ),
        (
            "Valdora – La alcaldesa anunció el lunes que el mercado abrirá en julio.",
            "Valdora",
            None,
        ),
    ],
)
def test_a_story_opens_with_a_title_case_place_before_a_spaced_dash(
    paragraph: str, place: str, agency: str | None
) -> None:
    assert find_dateline(paragraph, story=True) == Dateline(place=place, agency=agency)
    assert find_dateline(paragraph) is None  # a label as often outside a story


@pytest.mark.parametrize(
    "paragraph",
    [
        "Why Brightmeter - Simple charts - Small script - Open source - For shops - For writers",
        "Trail Runner - XT-4. Colour Blue. Low Stock. On sale for $98.00. Free returns.",
        "Essay - Published: 2024.05.02 | gardening | tools | weekend projects and more",
        "Update - The council changed the figures on Monday after a new count was made.",
        "Kelvik - Crews walked out.",
    ],
)
def test_a_title_case_opening_before_a_dash_needs_a_sentence(paragraph: str) -> None:
    assert find_dateline(paragraph, story=True) is None


def test_an_article_page_and_a_text_dump_give_the_local_dateline() -> None:
    paragraphs = [
        "KELVIK — Ferry crews walked out on Sunday over the new night shifts, stranding "
        "900 passengers on the islands, the union said.",
        "The ferry company said it would run a reduced timetable with hired boats on Monday "
        "while talks went on at the harbour office.",
        "Islanders queued for hours at the harbour for the few seats left on the morning boat, "
        "and the school bus to the mainland was cancelled.",
        "Talks between the union and the company are set to resume on Wednesday morning, "
        "both sides said in short statements.",
    ]
    html = (
        "<html><head><title>Ferry crews strike in Kelvik</title>"
        "<meta property='article:published_time' content='2025-03-02T09:00:00Z'></head>"
        "<body><article><h1>Ferry crews strike in Kelvik</h1><p>By Lena Voss</p>"
        + "".join(f"<p>{text}</p>" for text in paragraphs)
        + "</article></body></html>"
    )
    article = extract(html)
    assert article.page_type == "article"
    assert article.dateline == Dateline(place="KELVIK", agency=None)
    assert article.text.startswith("KELVIK — Ferry crews")  # the dateline stays in the text
    text = extract_text(
        "Ferry crews strike in Kelvik\n\nBy Lena Voss\n\n" + "\n\n".join(paragraphs)
    )
    assert text.dateline == Dateline(place="KELVIK", agency=None)


def test_a_dateline_after_an_editors_note_opens_the_story() -> None:
    from dateline.recognise.datelines import opening_dateline

    story = "HALIFAX — A former town councillor was found guilty on Tuesday of fraud."
    assert opening_dateline(
        ["Editor's note: Comments have been disabled on this story.", story], story=True
    ) == Dateline(place="HALIFAX", agency=None)
    # A dateline deeper in the body is none: only a note may stand before it.
    assert opening_dateline(["The trial lasted three weeks.", story], story=True) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Kestrel Bay, Oct 3 - The harbour board voted on Tuesday to close it.", "Kestrel Bay"),
        ("Millbrook, N.H., March 11 — The council voted 5-2 to replace it.", "Millbrook, N.H."),
    ],
)
def test_a_title_case_place_with_a_month_and_day_before_a_dash(paragraph: str, place: str) -> None:
    assert find_dateline(paragraph) == Dateline(place=place)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Monday, Oct 3 - The harbour board voted on Tuesday to close the old pier.",
        "Update, Oct 3 - The harbour board voted on Tuesday to close the old pier.",
        "Kestrel Bay, Foo 3 - The harbour board voted on Tuesday to close the old pier.",
        "Sale ends, May 3 - Everything must go at prices you will not see again.",
    ],
)
def test_no_title_case_dateline_without_a_place_and_a_month(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize("opener", ["KESTREL BAY — ", "Kestrel Bay, Oct 3 - "])
def test_an_unknown_places_dateline_signs_an_undated_story(opener: str) -> None:
    page = (
        "<html><body><div><h1>Talks on fishing rights resume</h1><p>{}Negotiators from the"
        " two island states resumed talks on Thursday over fishing rights in the strait.</p>"
        "<p>The dispute centres on a shallow bank rich in sardines that both sides claim.</p>"
        "</div></body></html>"
    )
    article = extract(page.format(opener))
    assert article.page_type == "article"
    assert article.dateline is not None and article.dateline.place == opener.split(",")[0][:11]
    assert extract(page.format("")).page_type == "other"


def test_an_upper_case_place_and_the_sites_own_name_make_a_dateline() -> None:
    paragraph = (
        "LEMBAYUNG, SUARA RANTAU - Pemerintah kota mulai membangun jalur sepeda sepanjang "
        "12 kilometer, Senin (14/7/2025)."
    )
    own = "LEMBAYUNG, SINAR LEMBAH - " + paragraph.split(" - ", 1)[1]
    assert find_dateline(own, site="Sinar Lembah") == Dateline(
        place="LEMBAYUNG", agency="SINAR LEMBAH"
    )
    assert find_dateline(own, site="sinarlembah.com") == Dateline(
        place="LEMBAYUNG", agency="SINAR LEMBAH"
    )
    # Another site's name, or none, is the place's region as before ("KYIV, UKRAINE —").
    assert find_dateline(own) is None
    assert find_dateline(own, site="Warta Timur") is None
    html = (
        "<html><head><title>Jalur sepeda baru</title>"
        "<meta property='og:site_name' content='Sinar Lembah'>"
        "<meta property='article:published_time' content='2025-07-14T10:00:00+07:00'></head>"
        f"<body><article><h1>Jalur sepeda baru</h1><p>{own}</p><p>{own[25:]}</p>"
        "</article></body></html>"
    )
    assert extract(html).dateline == Dateline(place="LEMBAYUNG", agency="SINAR LEMBAH")


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("(ANSA) - VELTRANO, 12 MAR - Il consiglio comunale ha approvato il piano.", "VELTRANO",
         "ANSA"),
        ("(EFE).- SAN QUIRINO, 12 mar - La junta aprobó el plan de dragado.", "SAN QUIRINO", "EFE"),
    ],
)  # fmt: skip
def test_an_agency_in_brackets_may_come_before_the_place(
    paragraph: str, place: str, agency: str
) -> None:
    assert find_dateline(paragraph, story=True) == Dateline(place=place, agency=agency)


def test_an_unknown_bracket_before_the_place_makes_no_dateline() -> None:
    assert find_dateline("(Photo) - VELTRANO, 12 MAR - Il consiglio comunale ha approvato.") is None
