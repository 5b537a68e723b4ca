"""parse_byline and clean_author: names out of bylines, non-names refused."""

from __future__ import annotations

import pytest

from dateline.recognise.bylines import (
    clean_author,
    is_agency,
    is_desk,
    is_role_line,
    parse_byline,
    signoff_names,
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe and John Doe, Reuters", ["Jane Roe", "John Doe"]),
        # An agency glued to the last name, and the outlet a last comma names.
        ("By JANE ROE and JOHN DOE Associated Press", ["Jane Roe", "John Doe"]),
        # "our" and the job before the name (Dutch, German), with where the job is.
        ("Door onze verslaggever Pieter de Vries", ["Pieter de Vries"]),
        ("Van onze correspondent in Brussel Pieter de Vries", ["Pieter de Vries"]),
        ("Von unserem Korrespondenten Max Müller", ["Max Müller"]),
        ("Door Pieter de Vries", ["Pieter de Vries"]),
        # Portuguese and Spanish "Texto:" labels the writer.
        ("Texto: Ana Costa | Fotos: Rui Leal", ["Ana Costa"]),
        # A bracket opening with "in"/"at" and a place is where the writer is.
        ("Par Claire Dubois et Luc Martin (à Lyon)", ["Claire Dubois", "Luc Martin"]),
        ("By Jane Roe (in Kyiv)", ["Jane Roe"]),
        # An agency in brackets is the employer; another bracket keeps both its ends.
        ("Autor: Jan Nowak (PAP)", ["Jan Nowak"]),
        ("By Jane Roe (Reuters)", ["Jane Roe"]),
        ("By Lance Ryan (Content Manager)", ["Lance Ryan (Content Manager)"]),
        # "Staff" after an outlet, after a name, is the writer's role.
        ("By Jane Roe, Harbour Echo Staff", ["Jane Roe"]),
        # A byline set in capitals, "AND" included.
        ("BY JANE ROE AND JOHN DOE", ["Jane Roe", "John Doe"]),
        ("BY JANE ROE, JOHN DOE AND ALI KHAN", ["Jane Roe", "John Doe", "Ali Khan"]),
        ("By ANDREW ANDERSON", ["Andrew Anderson"]),
        ("By Jane Roe on 19 Dec 2025", ["Jane Roe"]),
        ("By Jane Roe, USA TODAY", ["Jane Roe"]),
        # Drupal's header line.
        ("Submitted by Jane Roe on Tue, 02/03/2026 - 10:14", ["Jane Roe"]),
        ("By Jane Roe, The Kestrel Guardian", ["Jane Roe"]),
        ("By Jane Roe, Northmere Herald", ["Jane Roe"]),
        ("By Jane Roe, Tom Berg", ["Jane Roe", "Tom Berg"]),
        ("By JANE ROE, TOM BERG", ["Jane Roe", "Tom Berg"]),
        ("By JANE ROE | Updated 3 hours ago", ["Jane Roe"]),
        # Where the writer reports from: a match's ground, a city.
        ("Chris Doyle at Kingsmead Park", ["Chris Doyle"]),
        ("By Jane Roe in Kyiv and Tom Berg in Lviv", ["Jane Roe", "Tom Berg"]),
        ("By Jane Roe at the Old Bailey", ["Jane Roe"]),
        ("Jane Roe, Staff Writer", ["Jane Roe"]),
        ("By Jane Roe, Senior Correspondent", ["Jane Roe"]),
        ("Von Anna Beispiel", ["Anna Beispiel"]),
        # Greek "writes:" with its colon, in capitals without the accent too.
        ("Γράφει: Μαρία Γεωργίου", ["Μαρία Γεωργίου"]),
        ("ΓΡΑΦΕΙ: ΝΙΚΟΣ ΑΝΤΩΝΙΟΥ", ["Νικος Αντωνιου"]),
        ("نووسینی: ڕێباز کەریم", ["ڕێباز کەریم"]),
        ("Nivîskar: Azad Dilovan", ["Azad Dilovan"]),
        ("By Jane Roe for Reuters", ["Jane Roe"]),
        ("By JANE ROE FOR THE KESTREL CLARION", ["Jane Roe"]),
        ("By Jane Roe For Kestrel Post", ["Jane Roe"]),
        ("By Jane Roe jane.roe@harbourgazette.example @janeroe", ["Jane Roe"]),
        ("By Jane Roe March 3, 2024", ["Jane Roe"]),
        ("By Jane Roe • 5 min read", ["Jane Roe"]),
        ("By Jane Roe ⋅ Staff Writer ⋅ Updated March 3, 2024", ["Jane Roe"]),
        ("By Jane Roe ● Reporter", ["Jane Roe"]),
        ("Written by: Omar Haddad, PhD", ["Omar Haddad"]),
        ("Lena Park, Tomas Ruiz, and Ada Mensah", ["Lena Park", "Tomas Ruiz", "Ada Mensah"]),
        ("By Ludwig van Stroud & Mira Okafor", ["Ludwig van Stroud", "Mira Okafor"]),
        ("By Reuters", ["Reuters"]),
        ("بقلم سليم حداد", ["سليم حداد"]),
        ("מאת דנה לוי", ["דנה לוי"]),
        ("نویسنده: مریم احمدی", ["مریم احمدی"]),
        ("Yazar: Ayşe Demir", ["Ayşe Demir"]),
        ("Owen Pritchard Health Reporter", ["Owen Pritchard"]),
        ("Owen Pritchard Senior Political Correspondent", ["Owen Pritchard"]),
        ("Mary Ann Larkin Reporter", ["Mary Ann Larkin"]),
        ("Reporting by Jane Roe; Editing by John Doe", []),
        ("Additional reporting by Jane Roe in Cairo", []),
        ("Photos by Brodie Kell. Words by Tamsin Oakes", ["Tamsin Oakes"]),
        ("Text: Tamsin Oakes | Photos: Brodie Kell", ["Tamsin Oakes"]),
        ("Words and pictures: Tamsin Oakes", ["Tamsin Oakes"]),
        ("Photography: Brodie Kell", []),
        ("Texto de Inês Sá · Fotografia de Rui Leal", ["Inês Sá"]),
        ("（浜松支局　小林真理子）", ["小林真理子"]),
        ("Laporan Wartawan Warta Timur, Rina Marlina", ["Rina Marlina"]),
        ("Laporan wartawan kami di Bandung menyebutkan banjir surut.", []),
        ("Muhabir: Emre Kaya Giriş: 13.06.2024 14:35", ["Emre Kaya"]),
        ("大阪本社　田中一郎、山田花子", ["田中一郎", "山田花子"]),
        ("Текст: Алина Лаптева\nФото: Денис Орлов", ["Алина Лаптева"]),
        ("लेखक: अमित वर्मा प्रकाशित: 25 जुलाई 2024, 07:45 AM IST", ["अमित वर्मा"]),
        ("Penulis: Dewi Lestari diperbarui 12 Agustus 2024", ["Dewi Lestari"]),
        ("Penulis: Dewi Lestari Editor: Agus Salim Senin, 10 Juni 2024", ["Dewi Lestari"]),
        ("Reuters Mon 2 Mar 2026 14:18 GMT", ["Reuters"]),
        ("By Jane Roe Wednesday, March 4, 2026", ["Jane Roe"]),
        ("By Li Sun, March 4", ["Li Sun"]),
        ("By Li Sun 3 hours ago", ["Li Sun"]),
        ("By Sun Jung Kim", ["Sun Jung Kim"]),
        ("By Kim Sun Jung", ["Kim Sun Jung"]),
        ("By Mon Decena", ["Mon Decena"]),
        ("By Jane Roe Thu. 5 March", ["Jane Roe"]),
        ("By Orla Quinlan with Tadeo Marsh", ["Orla Quinlan", "Tadeo Marsh"]),
        # A second title after "and" is no co-author; a name there is one.
        ("By Orla Quinlan Executive Digital Editor and Master Gardener", ["Orla Quinlan"]),
        ("By Orla Quinlan, Staff Writer and Tom Berg", ["Orla Quinlan", "Tom Berg"]),
        ("By Orla Quinlan, Staff Writer and Minh Do", ["Orla Quinlan", "Minh Do"]),
        ("By Orla Quinlan with additional reporting by Tadeo Marsh", ["Orla Quinlan"]),
        ("Interview with Orla Quinlan", []),
        ("", []),
    ],
)
def test_parse_byline(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("candidate", "site", "expected"),
    [
        ("LEONA MARSH", None, "Leona Marsh"),
        # A role after a bar goes; a second outlet after a bar makes no name.
        ("Leona Marsh | Staff Writer", None, "Leona Marsh"),
        ("Leona Marsh | Reporter", None, "Leona Marsh"),
        ("Harbour Daily | Portal News", None, None),
        ("Leona Marsh | The Harbour Gazette", "Harbour Gazette", "Leona Marsh"),
        ("Leona Marsh (Harbour Gazette)", "Harbour Gazette", "Leona Marsh"),
        ("Leona Marsh • Harbour Gazette", "Harbour Gazette", "Leona Marsh"),
        ("Leona Marsh | Portal News", "Harbour Gazette", None),
        ("Leona Marsh", None, "Leona Marsh"),
        ("By Leona Marsh", None, "Leona Marsh"),
        ("The Harbour Gazette", "The Harbour Gazette", None),
        ("harbourgazette.com", "Harbour Gazette", None),
        ("https://harbourgazette.example/staff/leona", None, None),
        ("leona@harbourgazette.example", None, None),
        # Where to reach the writer, in brackets after the name.
        ("Leona Marsh (leona.marsh@harbourgazette.example)", None, "Leona Marsh"),
        ("Leona Marsh (https://harbourgazette.example/leona)", None, "Leona Marsh"),
        ("Staff", None, None),
        ("Admin", None, None),
        ("Senior Political Correspondent", None, None),
        ("About the author", None, None),
        ("page.head.author", None, None),
        ("Sat", None, None),
        ("Reuters", "Reuters", "Reuters"),
        ("Leona Marsh Leona Marsh", None, "Leona Marsh"),
        ("Mohamed Mohamed", None, "Mohamed Mohamed"),
        # A press release's issuer.
        ("Harlow Robotics Ltd", None, None),
        ("Quayside Analytics, Inc.", None, None),
        # The site's name set after the writer's in the byline box.
        ("Nadia Okafor HARBOUR LEDGER", "Harbour Ledger", "Nadia Okafor"),
        ("Finian Cole. Meridian Wire", "Meridian Wire", "Finian Cole"),
        ("Ray Tan Jr. Meridian Wire", "Meridian Wire", "Ray Tan Jr."),
        ("Podium Staff", "Staff", "Podium Staff"),
        ("Tomas Vell Senior Motoring Correspondent", None, "Tomas Vell"),
    ],
)
def test_clean_author(candidate: str, site: str | None, expected: str | None) -> None:
    assert clean_author(candidate, site) == expected


def test_is_agency() -> None:
    assert is_agency("Associated Press")
    assert not is_agency("Leona Marsh")


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Author Isaiah Shelton", "Isaiah Shelton"),
        ("Sofia Gonzalez December", "Sofia Gonzalez"),
        ("Tova Lind March 3", "Tova Lind"),
        ("Harbour Notes Sponsored", "Harbour Notes"),
        ("Theresa May", "Theresa May"),
        ("Olu March", "Olu March"),
    ],
)
def test_clean_author_drops_labels_and_trailers_but_not_month_names(raw: str, name: str) -> None:
    assert clean_author(raw) == name


def test_declared_agency_gives_way_to_the_people_of_the_byline() -> None:
    from dateline.recognise.bylines import reconcile_authors

    assert reconcile_authors(["Meridian News Agency"], ["Adaeze Nwosu"], "Meridian") == [
        "Adaeze Nwosu"
    ]
    assert reconcile_authors(["Adaeze Nwosu", "Meridian"], [], "Meridian") == ["Adaeze Nwosu"]
    assert reconcile_authors(["Reuters"], [], None) == ["Reuters"]  # the only attribution
    assert reconcile_authors(["Jo Park"], ["Tove Lind"], None) == ["Jo Park"]
    # The writers a credit line names sign a story that no person signs otherwise.
    assert reconcile_authors(["Reuters"], [], None, credited=["Will Dunham"]) == ["Will Dunham"]
    assert reconcile_authors([], [], None, credited=["Will Dunham"]) == ["Will Dunham"]
    assert reconcile_authors(["Jo Park"], [], None, credited=["Will Dunham"]) == ["Jo Park"]
    # The site's own name beside a person is the writer's employer; alone, it signs the story.
    assert reconcile_authors([], ["Ana Lima", "Portal Serra"], None, "Portal Serra") == ["Ana Lima"]
    assert reconcile_authors([], ["Portal Serra"], None, "Portal Serra") == ["Portal Serra"]


def test_the_printed_byline_adds_the_co_authors_the_metadata_leaves_out() -> None:
    from dateline.recognise.bylines import reconcile_authors

    printed = ["Dr Ines Varga", "Tomas Reyl", "Odile Fenn"]
    assert reconcile_authors(["Ines Varga"], printed) == ["Ines Varga", "Tomas Reyl", "Odile Fenn"]
    # Only a byline that names the declared author too, of a few full names.
    assert reconcile_authors(["Jo Park"], ["Tove Lind", "Ari Sten"]) == ["Jo Park"]
    assert reconcile_authors(["Jo Park"], ["Jo Park", "Quay Staff"]) == ["Jo Park"]
    assert reconcile_authors(["Jo Park"], ["Jo Park", "quaywatcher"]) == ["Jo Park"]
    assert reconcile_authors(["Jo Park"], ["Jo Park", "Board Liaison Officer"]) == ["Jo Park"]
    assert reconcile_authors(["Jo Park"], ["Jo Park", "Chris Baker"]) == ["Jo Park", "Chris Baker"]
    many = ["Jo Park", "Tove Lind", "Ari Sten", "Mia Holt", "Per Aas"]
    assert reconcile_authors(["Jo Park"], many) == ["Jo Park"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Roe, Mumbai", ["Jane Roe"]),
        ("By Jane Roe, New Delhi", ["Jane Roe"]),
        ("By Jane Roe, Kampala, Uganda, and Tom Berg", ["Jane Roe", "Tom Berg"]),
        ("By Jane Roe and Tom Berg, Lagos", ["Jane Roe", "Tom Berg"]),
    ],
)
def test_a_dateline_city_beside_the_name_is_a_place_not_an_author(
    byline: str, names: list[str]
) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Any one word closing the byline after a full name is where it was filed from.
        ("By Rhiannon Pryce, Aberfenny", ["Rhiannon Pryce"]),
        ("By RHIANNON PRYCE, ABERFENNY", ["Rhiannon Pryce"]),
        ("By Rhiannon Pryce, Aberfenny, Glanmorwy", ["Rhiannon Pryce"]),
        ("By Rhiannon Pryce and Idris Vaughan, Aberfenny", ["Rhiannon Pryce", "Idris Vaughan"]),
        # Swahili "Na" (by) before a name of two words; "Mwandishi Wetu" is "our writer".
        ("Na Amina Wekesa, Kisumu", ["Amina Wekesa"]),
        ("NA AMINA WEKESA", ["Amina Wekesa"]),
        ("Na Mwandishi Wetu", []),
        # Names of one word stay: surnames in a list, a Korean name of two, unspaced names.
        ("By Pryce, Vaughan", ["Pryce", "Vaughan"]),
        ("By Na Kyung-won", ["Na Kyung-won"]),
        ("김민수, 이지은", ["김민수", "이지은"]),
    ],
)
def test_a_one_word_place_after_a_full_name_is_no_author(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par Corentin Le Goff Publié le 5 mars 2024 à 14h30", ["Corentin Le Goff"]),
        ("Por Ana Lima Atualizado há 2 horas", ["Ana Lima"]),
        ("Von Anna Beispiel Aktualisiert am 05.03.2024", ["Anna Beispiel"]),
        # A number opens a date in any language; no name holds one.
        ("Por María Cuéllar 12 de marzo de 2025 - 18:40", ["María Cuéllar"]),
        ("Von Anna Beispiel 3. März 2025, 14:30 Uhr", ["Anna Beispiel"]),
        ("Текст: Анна Белозёрова 12 марта 2025, 10:45", ["Анна Белозёрова"]),
        # A bracket after the name holds the writer's place or role, not another author.
        ("Par Clémence Ngo-Delacroix (Villemarne, envoyée spéciale)", ["Clémence Ngo-Delacroix"]),
        ("By Jane Ordway (Kyiv, special correspondent)", ["Jane Ordway"]),
        ("By Paramita (Guha) Ghosh", ["Paramita (Guha) Ghosh"]),
        # A role in a language that writes the job first, or the Turkish one after the place.
        ("נועה בן-שטרית, כתבת הנגב", ["נועה בן-שטרית"]),
        ("Por Ana Lima, corresponsal en Lima", ["Ana Lima"]),
        ("Elif Nur Karaağaçlı, İzmir muhabiri", ["Elif Nur Karaağaçlı"]),
        # A place or an outlet after a slash.
        ("Haber: Elif Nur Karaağaçlı / İzmir", ["Elif Nur Karaağaçlı"]),
        ("By Jane Roe / Reuters", ["Jane Roe"]),
        # Swedish "och"; an Urdu writer label; a job before the name; an outlet glued after a
        # name in capitals; initials stay.
        ("Text: Linnea Bergqvist och Oskar Håkansson", ["Linnea Bergqvist", "Oskar Håkansson"]),
        ("رپورٹ: عمران قریشی", ["عمران قریشی"]),
        ("By Meteorologist Jenna Castellano", ["Jenna Castellano"]),
        (
            "By RAFAEL OYELARAN-MBEKI and CORINNE DESAULNIERS Meridian Press",
            ["Rafael Oyelaran-Mbeki", "Corinne Desaulniers"],
        ),
        ("By A. J. Neal", ["A. J. Neal"]),
        # A staff-reporter credit names no one, and the one word after it is a place.
        ("নিজস্ব প্রতিবেদক, সিরাজনগর", []),
        ("By Staff Writer, Jane Roe", ["Jane Roe"]),
        # A weekday before the day's number opens the date; without a number it may be a name.
        ("كتبت: نهى العطار السبت، ٦ أبريل ٢٠٢٤ ١١:٠٠ ص", ["نهى العطار"]),
        ("نویسنده: شیما توکلی سه\u200cشنبه ۱۲ اسفند ۱۴۰۴", ["شیما توکلی"]),
        ("מאת גלעד פז יום שישי, 14 במרץ 2025", ["גלעד פז"]),
        ("Muhabir: Tuna Özkan Pazartesi, 3 Mart 2025", ["Tuna Özkan"]),
        ("بقلم: سامي الجمعة", ["سامي الجمعة"]),
    ],
)
def test_a_byline_stops_at_a_date_label_in_other_languages(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


def test_split_byline_cuts_where_the_names_end() -> None:
    from dateline.recognise.bylines import split_byline

    assert split_byline("Par Corentin Le Goff Publié le 5 mars 2024") == (
        "Par Corentin Le Goff",
        "Publié le 5 mars 2024",
    )
    assert split_byline("By Jane Roe") == ("By Jane Roe", "")


def test_a_role_segment_joined_by_and_is_not_a_name() -> None:
    byline = "By Paul Frew, Home and Garden Expert & Gene Petrino, Staff Writer"
    assert parse_byline(byline) == ["Paul Frew", "Gene Petrino"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ilse Marrow, Food & Drink Editor", ["Ilse Marrow"]),
        ("By Ilse Marrow, Editor & Publisher", ["Ilse Marrow"]),
        ("By Ilse Marrow, Arts & Culture Reporter, and Tam Okafor", ["Ilse Marrow", "Tam Okafor"]),
        ("By Ilse Marrow, Tam Okafor & Rhea Lund", ["Ilse Marrow", "Tam Okafor", "Rhea Lund"]),
        ("Ilse Marrow & Tam Okafor", ["Ilse Marrow", "Tam Okafor"]),
    ],
)
def test_a_role_that_an_ampersand_joins_is_not_a_name(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Oleh: Rizka Pramudita dan Sari Wulandari", ["Rizka Pramudita", "Sari Wulandari"]),
        ("Dan Marrow and Ilse Tarn", ["Dan Marrow", "Ilse Tarn"]),
        # Where the writer reports from, after a comma, in several languages.
        ("Por Ana Beatriz Quintela, do Rio", ["Ana Beatriz Quintela"]),
        ("Por Ana Quintela, de Brasília", ["Ana Quintela"]),
        ("Por Ana Quiroga, desde Quito", ["Ana Quiroga"]),
        ("By Ilse Marrow, from Kampala, Uganda", ["Ilse Marrow"]),
    ],
)
def test_indonesian_and_and_a_place_clause_after_the_name(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("March 4, 2025 | Ilse Marrow", ["Ilse Marrow"]),
        ("4 mars 2025 · Par Luc Marchetti", ["Luc Marchetti"]),
        ("10:05 AM • By Tam Okafor", ["Tam Okafor"]),
        ("March 4, 2025 | Ilse Marrow | 4 min read", ["Ilse Marrow"]),
        # A section after the date is no writer.
        ("March 4, 2025 | Local News", []),
        ("March 4, 2025 | Harbour Gazette", []),
    ],
)
def test_a_byline_opening_with_its_date(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Par Ysolde Marchetti avec AFP", ["Ysolde Marchetti"]),
        ("Par Élodie Varenne avec AFP", ["Élodie Varenne"]),
        ("Por Ana Quiroga con EFE", ["Ana Quiroga"]),
        ("Von Jonas Weidlich mit dpa", ["Jonas Weidlich"]),
        ("Door Pieter de Wulf met ANP", ["Pieter de Wulf"]),
        ("Von Jonas Weidlich mit Anna Kessler", ["Jonas Weidlich", "Anna Kessler"]),
    ],
)
def test_with_in_other_languages_joins_the_agency_or_a_co_writer(
    byline: str, names: list[str]
) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Ilse Marrow / Tam Okafor", ["Ilse Marrow", "Tam Okafor"]),
        ("By Ilse Marrow / Tam Okafor / Rhea Lund | March 4, 2025",
         ["Ilse Marrow", "Tam Okafor", "Rhea Lund"]),
        # A slash before a job, an outlet, an agency, a place or a date still ends the names.
        ("Ilse Marrow / Staff Writer", ["Ilse Marrow"]),
        ("Ilse Marrow / Board Liaison Officer", ["Ilse Marrow"]),
        ("Ilse Marrow / Harbour Gazette", ["Ilse Marrow"]),
        ("Ilse Marrow / Reuters", ["Ilse Marrow"]),
        ("Ilse Marrow / March 4, 2025", ["Ilse Marrow"]),
        ("Ilse Marrow / Kampala", ["Ilse Marrow"]),
    ],
)  # fmt: skip
def test_writers_between_slashes(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    "name",
    ["अमित वर्मा", "नेहा सिन्हा", "กมล ใจดี", "วิไล มีสุข"],
)
def test_a_vowel_sign_that_ends_a_name_stays(name: str) -> None:
    # Devanagari and Thai vowel signs are combining marks, which \W matches.
    assert clean_author(name) == name
    assert parse_byline(f"{name},") == [name]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Marta Wiśniewska i Tomasz Kowal", ["Marta Wiśniewska", "Tomasz Kowal"]),
        ("Анна Белова и Пётр Орлов", ["Анна Белова", "Пётр Орлов"]),
        ("Ірина Гнатюк та Тарас Бойко", ["Ірина Гнатюк", "Тарас Бойко"]),
        ("Ірина Гнатюк і Тарас Бойко", ["Ірина Гнатюк", "Тарас Бойко"]),
        ("Νίκος Δήμου και Ελένη Ρήγα", ["Νίκος Δήμου", "Ελένη Ρήγα"]),
        ("Deniz Aksu ve Cem Tuna", ["Deniz Aksu", "Cem Tuna"]),
        ("Lucía Prado y Hugo Sanz", ["Lucía Prado", "Hugo Sanz"]),
        ("Joana Reis e Rui Mota", ["Joana Reis", "Rui Mota"]),
        ("Léa Marin et Hugo Perrot", ["Léa Marin", "Hugo Perrot"]),
        ("Sanne Vos en Daan Kok", ["Sanne Vos", "Daan Kok"]),
        ("سارا نیکو و امید راد", ["سارا نیکو", "امید راد"]),
        # Hebrew and Arabic "and" glued to the second name.
        ("מאת נועה שמיר ועומר לביא", ["נועה שמיר", "עומר לביא"]),
        ("سامر النجار وهاني الخطيب", ["سامر النجار", "هاني الخطيب"]),
        ("سامر النجار، هاني الخطيب", ["سامر النجار", "هاني الخطيب"]),
        ("张伟、李娜", ["张伟", "李娜"]),
    ],
)
def test_names_joined_by_and_in_other_languages(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    "byline",
    [
        "سامر خليل وليد",  # Walid is a given name, not "and" + "lid"
        "سامر خليل وليد حداد",
        "هاني وسيم",  # one word before: no room for two names
        "Ivana Ilić",
    ],
)
def test_a_name_that_only_looks_joined_stays_whole(byline: str) -> None:
    assert parse_byline(byline) == [byline]


def test_joins_names_says_when_a_value_holds_several_names() -> None:
    from dateline.recognise.bylines import joins_names

    assert joins_names("سامر النجار وهاني الخطيب")
    assert joins_names("Marta Wiśniewska i Tomasz Kowal")
    assert joins_names("Jane Roe and John Doe")
    assert not joins_names("سامر خليل وليد حداد")
    assert not joins_names("Marta Wiśniewska")
    assert not joins_names("Iga Kowal")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Автор: Анна Белова", ["Анна Белова"]),
        ("Автори: Ірина Гнатюк, Тарас Бойко", ["Ірина Гнатюк", "Тарас Бойко"]),
        ("Текст: Анна Белова", ["Анна Белова"]),
        ("Autorka: Marta Wiśniewska", ["Marta Wiśniewska"]),
        ("Yazan: Deniz Aksu", ["Deniz Aksu"]),
        ("Muhabir: Deniz Aksu", ["Deniz Aksu"]),
        ("كتب - سامر النجار", ["سامر النجار"]),
        # A known city before the dash is where the writer files from.
        ("بيروت - سامر النجار", ["سامر النجار"]),
        ("رام الله - سامر النجار", ["سامر النجار"]),
        ("سامر النجار - بيروت", ["سامر النجار"]),
        ("LISBON - Tove Marren", ["Tove Marren"]),
        ("كتبت: ريم حداد", ["ريم حداد"]),
        ("כתבה: שירה אלון", ["שירה אלון"]),
        ("כותבת: שירה אלון", ["שירה אלון"]),
        ("Του Νίκου Δήμου", ["Νίκου Δήμου"]),
        ("Της Ελένης Ρήγα", ["Ελένης Ρήγα"]),
        ("作者：李明远", ["李明远"]),
        ("记者 李明远", ["李明远"]),
        ("लेखक: अमित वर्मा", ["अमित वर्मा"]),
        ("โดย กมล ใจดี", ["กมล ใจดี"]),
        ("Penulis: Budi Hartono", ["Budi Hartono"]),
        ("di Marco Bellini", ["Marco Bellini"]),
        # Words that open names, not bylines.
        ("Di Stefano Bellini", ["Di Stefano Bellini"]),
        ("Oleh Bondar", ["Oleh Bondar"]),
        ("Byron Vale", ["Byron Vale"]),
    ],
)
def test_writer_labels_of_other_languages_leave_the_name(byline: str, names: list[str]) -> None:
    assert parse_byline(byline) == names


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("이서연 기자", "이서연"),
        ("이서연 특파원", "이서연"),
        ("기자", None),
        ("Автор: Анна Белова", "Анна Белова"),
    ],
)
def test_a_job_after_a_one_word_name_goes(candidate: str, expected: str | None) -> None:
    assert clean_author(candidate) == expected


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        ("DENİZ YILMAZ", "Deniz Yılmaz"),
        ("İPEK KARAÇAM", "İpek Karaçam"),
        ("JANE ROE", "Jane Roe"),
    ],
)
def test_turkish_capitals_fold_as_turkish(candidate: str, expected: str) -> None:
    assert clean_author(candidate) == expected


def test_the_sites_name_before_an_unspaced_name_leaves_it() -> None:
    from dateline.recognise.bylines import reconcile_authors

    assert reconcile_authors(["北浜新報 佐々木美緒"], [], None, "北浜新報") == ["佐々木美緒"]
    # Names written with spaces keep the outlet's word: a team or a desk is what it says.
    assert reconcile_authors(["Podium Staff"], [], None, "Podium") == ["Podium Staff"]
    assert reconcile_authors(["CNN Business"], [], None, "CNN") == ["CNN Business"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        # A declared author keeps its byline word in any language the bylines know.
        ("di Elisa Bortolami", "Elisa Bortolami"),
        ("Von Anna Beispiel", "Anna Beispiel"),
        ("Par Corentin Le Goff", "Corentin Le Goff"),
        ("door Sanne de Vries", "Sanne de Vries"),
        ("Av Lars Holm", "Lars Holm"),
        # Names that open like a byline word stay whole.
        ("Porter Hale", "Porter Hale"),
        ("Von Miller", "Von Miller"),
        ("Par Lagerkvist", "Par Lagerkvist"),
        ("Dina Roe", "Dina Roe"),
    ],
)
def test_clean_author_drops_byline_words_of_every_language(raw: str, name: str) -> None:
    assert clean_author(raw) == name


@pytest.mark.parametrize(
    "desk",
    [
        "Haber Merkezi",
        "Kestane Haber Merkezi",
        "Redaktion",
        "Online-Redaktion",
        "La Rédaction",
        "Redacción",
        "Redazione",
        "Redação",
        "Redakcja",
        "Редакция",
        "Agencias",
        "وكالات",
        "ویب ڈیسک",
        "डिजिटल डेस्क",
        "Web Desk",
        "Редакція",
    ],
)
def test_a_newsrooms_desk_is_no_author(desk: str) -> None:
    assert clean_author(desk) is None


def test_a_person_before_a_desk_is_still_a_person() -> None:
    assert parse_byline("Jane Roe, Redaktion") == ["Jane Roe"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Star-Herald Staff Writer", True),
        ("Labour Correspondent", True),
        ("corresponsal en Lima", True),
        ("The reporter was hurt.", False),
        ("Harold Wiebe", False),
        ("A story told by a staff writer who covered the county fair for years", False),
    ],
)
def test_a_writers_role_line(line: str, role: bool) -> None:
    assert is_role_line(line) is role


def test_a_desk_signs_no_person() -> None:
    for desk in ("Redacción", "Por Redacción", "Haber Merkezi", "Redaktion"):
        assert is_desk(desk)
    assert not is_desk("Ana Redondo")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("김하늘 기자 haneul@example.kr", ["김하늘"]),
        ("[항구일보 김하늘 기자] haneul@example.kr", ["김하늘"]),
        ("周文澜 记者", ["周文澜"]),
        # One word before a Hindi "correspondent" is the paper's: a desk, no name.
        ("सागर संवाददाता", []),
    ],
)
def test_signoff_names_are_names_of_the_unspaced_scripts(line: str, names: list[str]) -> None:
    assert signoff_names(line) == names
