"""Credit lines are parsed by structure: role-by-name clauses, one Credit per name."""

import pytest

import dateline
from dateline.model import Credit
from dateline.recognise.credits import (
    MAX_CREDIT_LINE,
    credited_writers,
    parse_credits,
    source_line,
)


def test_reuters_credit_line_with_place_and_three_roles() -> None:
    line = "Reporting by Ana Lima; Additional reporting by Tom Berg in Cairo; Editing by Joe Park"
    assert parse_credits(line) == [
        Credit("reporting", "Ana Lima"),
        Credit("additional reporting", "Tom Berg", "Cairo"),
        Credit("editing", "Joe Park"),
    ]


def test_parenthesised_line() -> None:
    assert parse_credits("(Reporting by A; Writing by B)") == [
        Credit("reporting", "A"),
        Credit("writing", "B"),
    ]


def test_a_line_opening_with_with() -> None:
    assert parse_credits("(With reporting by Jane Roe in Cairo)") == [
        Credit("reporting", "Jane Roe", "Cairo")
    ]
    assert parse_credits("With additional reporting by Tom Berg.") == [
        Credit("additional reporting", "Tom Berg")
    ]
    assert parse_credits("With reporting by the council, the figures rose.") is None


def test_place_is_shared_by_the_names_before_it() -> None:
    assert parse_credits("Reporting by A and B in Lagos; Editing by C and D") == [
        Credit("reporting", "A", "Lagos"),
        Credit("reporting", "B", "Lagos"),
        Credit("editing", "C"),
        Credit("editing", "D"),
    ]


def test_each_name_keeps_its_own_place() -> None:
    credits = parse_credits("Reporting by Ana Lima in Lagos and Tom Berg in Rio de Janeiro")
    assert credits == [
        Credit("reporting", "Ana Lima", "Lagos"),
        Credit("reporting", "Tom Berg", "Rio de Janeiro"),
    ]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Compiled by Jane Roe", "compiled by"),
        ("Writing by Jane Roe", "writing"),
        ("Reporting and writing by Jane Roe", "reporting and writing"),
        ("Graphics by Jane Roe", "graphics"),
        ("Produced by Jane Roe", "produced by"),
        ("Translated by Jane Roe", "translated by"),
        ("Fact-checked by Jane Roe", "fact-checked by"),
        ("editing by Jane Roe.", "editing"),
    ],
)
def test_roles_as_written_in_lower_case(line: str, role: str) -> None:
    assert parse_credits(line) == [Credit(role, "Jane Roe")]


def test_contributing_list() -> None:
    assert parse_credits("Contributing: Jane Roe, Tom Berg and The Associated Press") == [
        Credit("contributing", "Jane Roe"),
        Credit("contributing", "Tom Berg"),
        Credit("contributing", "The Associated Press"),
    ]


def test_clauses_separated_by_full_stops_and_name_particles() -> None:
    assert parse_credits("Reporting by Ana de Souza. Editing by Jan van Dijk.") == [
        Credit("reporting", "Ana de Souza"),
        Credit("editing", "Jan van Dijk"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bill was passed by parliament",
        "The bill was passed by parliament on Tuesday; editing by hand followed.",
        "Reporting by the BBC showed that the dam had failed.",
        "Produced by Warner Bros, the film grossed 300 million dollars.",
        "Editing by hand is slow.",
        "By Jane Roe",
        "Staff and agencies",
        "",
        "Reporting by",
    ],
)
def test_not_credit_lines(sentence: str) -> None:
    assert parse_credits(sentence) is None


def test_overlong_text_is_not_a_credit_line() -> None:
    line = "Reporting by " + ", ".join(["Ana Lima"] * (MAX_CREDIT_LINE // 8))
    assert parse_credits(line) is None


def test_contributing_people_with_their_outlets_give_the_people() -> None:
    line = "Contributing: Owen Haskett, Riverton Ledger; Priya Natarajan, Lakeshore Daily Sentinel"
    assert parse_credits(line) == [
        Credit("contributing", "Owen Haskett"),
        Credit("contributing", "Priya Natarajan"),
    ]
    # A dateline city after the comma is where the person reported from.
    assert parse_credits("Contributing: Owen Haskett, Nairobi; The Associated Press") == [
        Credit("contributing", "Owen Haskett", "Nairobi"),
        Credit("contributing", "The Associated Press"),
    ]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "Tidewire writer Lucy Mwangi in Kampala, Uganda, contributed to this report.",
            [Credit("contributed", "Lucy Mwangi", "Kampala, Uganda")],
        ),
        (
            "Tidewire writers Lucy Mwangi in Kampala, Uganda, and Tom Berg in Nairobi, Kenya, "
            "contributed to this report.",
            [
                Credit("contributed", "Lucy Mwangi", "Kampala, Uganda"),
                Credit("contributed", "Tom Berg", "Nairobi, Kenya"),
            ],
        ),
        (
            "Ines Varga and Tom Reddle contributed to this article.",
            [Credit("contributed", "Ines Varga"), Credit("contributed", "Tom Reddle")],
        ),
        (
            "Ines Varga contributed reporting from Port Avel.",
            [Credit("contributed", "Ines Varga", "Port Avel")],
        ),
        # The job opening the line in capitals, and other newsroom jobs.
        (
            "Reporter Haruto Benn contributed to this report.",
            [Credit("contributed", "Haruto Benn")],
        ),
        (
            "Graphics editor Mia Lund contributed to this report.",
            [Credit("contributed", "Mia Lund")],
        ),
    ],
)
def test_a_contributor_line_is_a_credit_line(line: str, credits: list[Credit]) -> None:
    assert parse_credits(line) == credits


@pytest.mark.parametrize(
    "sentence",
    [
        "Rising costs contributed to this report's delay.",
        "Rising costs contributed to this report.",
        "Heavy rain and high winds contributed to the flooding.",
    ],
)
def test_a_sentence_about_contributing_is_not_a_credit_line(sentence: str) -> None:
    assert parse_credits(sentence) is None


def test_a_region_after_a_place_is_not_a_name() -> None:
    line = "Additional reporting by Tom Berg in Kyiv, Ukraine; Editing by Jo Park"
    assert parse_credits(line) == [
        Credit("additional reporting", "Tom Berg", "Kyiv, Ukraine"),
        Credit("editing", "Jo Park"),
    ]


@pytest.mark.parametrize(
    ("line", "role", "names"),
    [
        (
            "(Con información de Agencia Mirador y Prensa Isleña)",
            "información",
            ["Agencia Mirador", "Prensa Isleña"],
        ),
        ("Com informações da Folha do Vale.", "informações", ["Folha do Vale"]),
        ("(With information from Harbour Wire)", "information", ["Harbour Wire"]),
        ("(With inputs from Deccan Wire)", "inputs", ["Deccan Wire"]),
        ("With inputs from PTI and IANS", "inputs", ["PTI", "IANS"]),
        ("(With PTI inputs)", "inputs", ["PTI"]),
        ("(mit Material von dpa und Nordwest Presse)", "material", ["dpa", "Nordwest Presse"]),
        ("Mit Material der Agenturen.", "material", ["Agenturen"]),
    ],
)
def test_a_line_naming_the_sources_a_desk_wrote_from(
    line: str, role: str, names: list[str]
) -> None:
    assert parse_credits(line) == [Credit(role, name) for name in names]


def test_a_sentence_opening_like_a_sources_line_is_no_credit() -> None:
    assert parse_credits("Con información de la policía local, el alcalde cerró el puente.") is None
    assert parse_credits("(Con información de vecinos del barrio)") is None
    assert parse_credits("With inputs from the residents, the council redrew the route") is None
    assert parse_credits("With their inputs") is None
    assert parse_credits("Mit Material der Feuerwehr, die am Abend eintraf, wurde gesperrt") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("(con información de agencias)", "agencias"),
        ("(Con información de agencias)", "agencias"),
        ("Com informações de agências", "agências"),
        ("(con información de las agencias)", "agencias"),
        ("(With inputs from agencies)", "agencies"),
        ("With agency inputs", "agency"),
    ],
)
def test_unnamed_agencies_are_the_source_of_a_sources_line(line: str, name: str) -> None:
    # Desks close a wire rewrite with "(con información de agencias)" as often as with an
    # agency's name; the line is a credit, not the story's last paragraph.
    assert [credit.name for credit in parse_credits(line) or []] == [name]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Editor: Sari Utami", [Credit("editor", "Sari Utami")]),
        ("Editör: Burcu Tekin", [Credit("editör", "Burcu Tekin")]),
        ("Редактор: Ирина Котова", [Credit("редактор", "Ирина Котова")]),
        ("تحرير: هالة يوسف", [Credit("تحرير", "هالة يوسف")]),
        ("עריכה: נועה לוי", [Credit("עריכה", "נועה לוי")]),
        ("Editor: the one who said so", None),
    ],
)
def test_a_labelled_editor_line_is_a_credit(line: str, credits: list[Credit] | None) -> None:
    assert parse_credits(line) == credits


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "شارك في التغطية: نزار القاسمي من الشارقة",
            [Credit("contributing", "نزار القاسمي", "الشارقة")],
        ),
        (
            "ساهم في إعداد التقرير: رنا عيسى، سليم داود في طرابلس",
            [Credit("contributing", "رنا عيسى"), Credit("contributing", "سليم داود", "طرابلس")],
        ),
        # A sentence after the label names no one.
        ("شارك في التغطية: مراسلو الصحيفة الذين تابعوا الأحداث طوال اليوم في المدن", None),
    ],
)
def test_an_arabic_contributors_line_is_a_credit(line: str, credits: list[Credit] | None) -> None:
    assert parse_credits(line) == credits


def test_an_editor_line_closing_a_story_leaves_the_body() -> None:
    story = (
        "Pemerintah Kota Tanjung Melati meresmikan pasar tradisional baru di kawasan pelabuhan "
        "pada Jumat pagi, yang dapat menampung hingga empat ratus pedagang."
    )
    more = "Para pedagang menyambut baik pembangunan pasar baru itu, kata wali kota."
    page = (
        '<html lang="id"><head><meta property="article:published_time" content="2025-03-14">'
        f"</head><body><article><h1>Pasar baru dibuka</h1><p>{story}</p><p>{more}</p>"
        "<p>Editor: Sari Utami</p></article></body></html>"
    )
    article = dateline.extract(page)
    assert article.text == f"{story}\n\n{more}"
    assert article.credits == [Credit("editor", "Sari Utami")]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Sumber: Antara", [Credit("sumber", "Antara")]),
        ("المصدر: وكالة الواحة للأنباء", [Credit("المصدر", "وكالة الواحة للأنباء")]),
        ("منبع: خبرگزاری دشت", [Credit("منبع", "خبرگزاری دشت")]),
        ("Source: the county's own figures for last year", None),
        # An agency's sign-off alone, with its desk's or editor's code.
        ("dpa/lno", [Credit("source", "dpa")]),
        ("(AFP)", [Credit("source", "AFP")]),
        ("AFP/jk", [Credit("source", "AFP")]),
        ("Fin/ok", None),
    ],
)
def test_a_labelled_source_line(line: str, credits: list[Credit] | None) -> None:
    assert source_line(line) == credits


def test_a_source_line_leaves_the_body_only_where_the_story_ends() -> None:
    first = (
        "Pemerintah Kota Tanjung Melati meresmikan pasar tradisional baru di kawasan pelabuhan "
        "pada Jumat pagi, yang dapat menampung hingga empat ratus pedagang."
    )
    more = "Para pedagang menyambut baik pembangunan pasar baru itu, kata wali kota."
    page = (
        '<html lang="id"><head><meta property="article:published_time" content="2025-03-14">'
        "</head><body><article><h1>Pasar baru dibuka</h1><p>{}</p></article></body></html>"
    )
    closing = dateline.extract(page.format(f"{first}</p><p>{more}</p><p>Sumber: Antara"))
    assert closing.text == f"{first}\n\n{more}"
    assert closing.credits == [Credit("sumber", "Antara")]
    # Between paragraphs it names a figure's source, and stays.
    inside = dateline.extract(page.format(f"{first}</p><p>Sumber: Antara</p><p>{more}"))
    assert "Sumber: Antara" in inside.text


def test_a_closing_inputs_line_leaves_the_body_as_a_credit() -> None:
    page = (
        "<html lang=en><head><title>Ferry fares to rise in Kestrel Bay</title></head><body>"
        "<article><h1>Ferry fares to rise in Kestrel Bay</h1>"
        "<p>The Kestrel Bay port board on Tuesday approved a fare rise of 12 per cent on all "
        "island routes from April, citing the cost of fuel and new crew rules.</p>"
        "<p>Board chair Anjali Varkey said the rise was the first in four years and that "
        "students would keep their half-price passes.</p>"
        "<p>Commuter groups said they would appeal to the state transport authority.</p>"
        "<p>(With inputs from PTI)</p></article></body></html>"
    )
    article = dateline.extract(page)
    assert article.credits == [Credit("inputs", "PTI")]
    assert "inputs" not in article.text
    assert article.text.endswith("state transport authority.")


def test_a_credit_line_said_twice_credits_once() -> None:
    story = (
        "<p>The Kestrel Bay port board on Tuesday approved a fare rise of 12 per cent on all "
        "island routes from April, citing the cost of fuel and new crew rules.</p>"
        "<p>(With inputs from PTI)</p>"
    )
    page = (
        "<html lang=en><head><title>Ferry fares to rise</title></head><body><article>"
        f"<h1>Ferry fares to rise</h1>{story}{story}</article></body></html>"
    )
    assert dateline.extract(page).credits == [Credit("inputs", "PTI")]


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        (
            "Reporting by Elsa Brandt; Additional reporting by Kofi Mensah in London;"
            " Editing by Tom Ash",
            ["Elsa Brandt"],
        ),
        (
            "(Reporting by Ana Lima and Tom Berg; Writing by Joe Park; Editing by Ida Holm)",
            ["Ana Lima", "Tom Berg", "Joe Park"],
        ),
        ("Written by Carys Vaughan", ["Carys Vaughan"]),
        ("Reporting and writing by Omar Haddad", ["Omar Haddad"]),
        ("Additional reporting by Kofi Mensah; Editing by Tom Ash", []),
        ("Compiled by Ruth Imber; Photos by Lars Eck", []),
        ("Associated Press writer Lucy Mwangi in Kampala, Uganda, contributed to this report.", []),
        ("(Con información de EFE)", []),
    ],
)
def test_credited_writers_are_those_who_reported_or_wrote(line: str, writers: list[str]) -> None:
    credits = parse_credits(line) or source_line(line) or []
    assert credits  # every line here is a credit line
    assert credited_writers(credits) == writers


def test_a_story_signed_only_by_its_credit_line_has_its_writer_for_author() -> None:
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "The Kestrel Bay harbour board voted on Monday to keep the island ferry running twice "
            "a day through the winter, reversing a plan to cut the service.",
            "Board chair Irene Castell said the vote followed a petition signed by more than 2,400 "
            "islanders who depend on the ferry to reach the mainland hospital.",
            "The extra sailings will cost about $310,000 a year, which the board plans to cover "
            "from its reserve fund until the county reviews its grants.",
        )
    )
    credit = (
        "<p>Reporting by Elsa Brandt; Additional reporting by Kofi Mensah; Editing by Tom Ash</p>"
    )
    page = (
        "<html lang='en'><head><title>Ferry keeps sailing</title><meta property='article:"
        "published_time' content='2026-03-10T20:00:00Z'>{author}</head><body><article><h1>Ferry "
        "keeps sailing</h1>{byline}{story}{credit}</article></body></html>"
    )
    unsigned = page.format(author="", byline="", story=story, credit=credit)
    assert dateline.extract(unsigned).authors == ["Elsa Brandt"]
    # An agency alone as the declared author gives way to its reporter.
    agency = "<meta name='author' content='Reuters'>"
    assert dateline.extract(
        page.format(author=agency, byline="", story=story, credit=credit)
    ).authors == ["Elsa Brandt"]
    # A signed story keeps its byline; the credits stay credits.
    signed = dateline.extract(
        page.format(author="", byline="<p>By Ada Obi</p>", story=story, credit=credit)
    )
    assert signed.authors == ["Ada Obi"]
    assert [c.name for c in signed.credits] == ["Elsa Brandt", "Kofi Mensah", "Tom Ash"]
    # The plain-text path reads the same.
    text = "Ferry keeps sailing\n" + story.replace("<p>", "").replace("</p>", "\n")
    text += "Reporting by Elsa Brandt; Additional reporting by Kofi Mensah; Editing by Tom Ash\n"
    assert dateline.extract_text(text).authors == ["Elsa Brandt"]
