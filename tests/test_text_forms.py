"""The plain-text path on dumps in forms beyond one block per line: soft hyphens, wrapped
Chinese, Japanese and Korean, credit lines in lower case, front matter, newsletters, print
editions and interviews. Every outlet, person and place is invented."""

import textwrap

import pytest

from dateline.text import extract_text

SHY = "\u00ad"


def test_soft_hyphens_leave_title_dek_body_and_authors() -> None:
    article = extract_text(
        "\n".join(
            [
                "Lokales",
                f"Hafen{SHY}verwaltung plant neue Kai{SHY}anlage in Wendelsbruck",
                f"Die Stadt will bis 2027 den Container{SHY}terminal ersetzen und sucht Geld.",
                f"Von Margarete Holl{SHY}weg",
                "12.03.2025",
                f"Die Hafen{SHY}verwaltung von Wendelsbruck hat am Dienstag Pläne für eine neue "
                "Kaianlage vorgestellt, die den alten Containerterminal am Nordufer ersetzen soll.",
                f"Bürger{SHY}meisterin Jutta Frenzel sagte, die Anlage sei seit Jahren überlastet, "
                "und Schiffe müssten oft tagelang auf einen Liegeplatz warten.",
            ]
        )
    )
    assert article.title == "Hafenverwaltung plant neue Kaianlage in Wendelsbruck"
    assert article.dek is not None and "Containerterminal" in article.dek
    assert article.authors == ["Margarete Hollweg"]
    assert article.text.startswith("Die Hafenverwaltung von")
    assert "Bürgermeisterin" in article.text


ZH_PARAGRAPHS = [
    "青梧市文化局周二宣布，位于老城区的河畔图书馆将在明年春天完成翻修并重新开放，翻修工程预计"
    "耗资三千万元，由市财政和社会捐助共同承担。",
    "该馆馆长林秋雁表示，翻修后的图书馆将增设儿童阅览区和数字资料室，并延长周末开放时间，以满足"
    "附近居民和学生的需求。",
]
JA_PARAGRAPHS = [
    "北浜市の港湾局は十日、老朽化した第二埠頭の建て替え工事を来年度から始めると発表した。総事業費は"
    "およそ八十億円で、完成は二〇二九年を見込んでいる。",
    "港湾局の担当者によると、新しい埠頭は大型の貨物船にも対応できるよう水深を深くし、地震に強い"
    "構造にする。",
]
KO_PARAGRAPHS = [
    "한솔시는 11일 시내버스 노선을 전면 개편해 다음 달부터 새 노선을 운행한다고 밝혔다. 시는 "
    "출퇴근 시간대 배차 간격을 줄이고 외곽 지역을 잇는 노선을 새로 만들 계획이다.",
    "시 교통과 관계자는 지난해 실시한 시민 설문조사에서 배차 간격에 대한 불만이 가장 많았다며 "
    "이번 개편으로 평균 대기 시간이 크게 줄어들 것으로 기대한다고 말했다.",
]


def _columns(text: str) -> int:
    return sum(2 if "\u1100" <= ch <= "\uffdc" else 1 for ch in text)


def _wrap_by_columns(paragraph: str, width: int) -> list[str]:
    """A paragraph wrapped as a text browser wraps it, counting a wide character as two
    columns: at spaces where there are any, else between any two characters."""
    lines, line = [], ""
    pieces = paragraph.split(" ") if " " in paragraph else list(paragraph)
    glue = " " if " " in paragraph else ""
    for piece in pieces:
        if line and _columns(line + glue + piece) > width:
            lines.append(line)
            line = piece
        else:
            line = f"{line}{glue}{piece}" if line else piece
    return [*lines, line]


def _wrapped_dump(headline: str, paragraphs: list[str], width: int = 76) -> str:
    body = "\n\n".join("\n".join(_wrap_by_columns(p, width)) for p in paragraphs)
    return f"{headline}\n\n2025年3月11日\n\n{body}\n"


def test_chinese_and_japanese_wrapped_between_characters_are_joined_without_spaces() -> None:
    for headline, paragraphs in (
        ("河畔图书馆明年春天重新开放", ZH_PARAGRAPHS),
        ("北浜港の第二埠頭、来年度から建て替え", JA_PARAGRAPHS),
    ):
        dump = _wrapped_dump(headline, paragraphs)
        assert len(dump.splitlines()) > 3 * len(paragraphs)  # wrapped, several lines each
        assert extract_text(dump).text.split("\n\n") == paragraphs


def test_korean_wrapped_at_its_spaces_by_display_columns_is_joined_with_spaces() -> None:
    # 76 columns hold ~38 Hangul syllables: counted as characters, no line reached a wrap
    # width and the paragraphs stayed broken.
    dump = _wrapped_dump("한솔시, 다음 달부터 시내버스 노선 전면 개편", KO_PARAGRAPHS)
    assert extract_text(dump).text.split("\n\n") == KO_PARAGRAPHS


POOL_PARAGRAPHS = [
    "The Marrowby district council voted on Monday to close two of its four public swimming "
    "pools at the end of the summer, citing repair bills it said it could no longer carry alone.",
    "Councillor Denise Ashworth, who chairs the leisure committee, said the decision had been "
    "the hardest of her six years on the council, one she regretted deeply and would explain at "
    "length to all the voters.",
    "Parents who packed the public gallery booed as the vote was read out, and several said "
    "they would appeal.",
    "The pools at Hollin Street and Brackenfield will stay open until the last week of September.",
]


def test_a_paragraph_ending_near_the_wrap_width_stays_apart_from_the_next() -> None:
    # Wrapped at 72 with no blank line between paragraphs: the longest lines run to 70, and
    # the second paragraph's last line (63 columns) over "Parents" is a break at 70, not at 72.
    wrapped = [textwrap.wrap(p, 72) for p in POOL_PARAGRAPHS]
    assert max(len(line) for lines in wrapped for line in lines) == 70
    assert len(wrapped[1][-1]) + 1 + len("Parents") > 70
    body = "\n".join(line for lines in wrapped for line in lines)
    article = extract_text(f"Council votes to shut pools\n\nBy Owen Tressider\n\n{body}\n")
    assert article.text.split("\n\n") == POOL_PARAGRAPHS


def test_a_lower_case_sources_line_closing_a_dump_is_a_credit() -> None:
    article = extract_text(
        "\n".join(
            [
                "Nacional",
                "El puerto de San Telmo cierra por un temporal",
                "11 de marzo de 2025",
                "Las autoridades portuarias cerraron este martes el puerto de San Telmo a la "
                "navegación de embarcaciones pequeñas por la llegada de un frente frío.",
                "La capitanía informó que el cierre se mantendrá al menos durante cuarenta y ocho "
                "horas y pidió a los pescadores no salir al mar hasta nuevo aviso.",
                "(con información de agencias)",
            ]
        )
    )
    assert [(c.role, c.name) for c in article.credits] == [("información", "agencias")]
    assert "información de" not in article.text


def test_a_dump_without_a_body_has_its_language_guessed_once(monkeypatch) -> None:
    from dateline.text import extract as extract_module

    guessed: list[str] = []

    def counting_guess(text: str) -> str | None:
        guessed.append(text)
        return "en"

    monkeypatch.setattr(extract_module, "guess_language", counting_guess)
    article = extract_module.extract_text("Home\nNews\nSport\nContact us\n")
    assert article.text == ""
    assert article.language == "en"
    assert len(guessed) == 1  # the dump's guess serves the article


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Interview by Oona Blackwood", "Oona Blackwood"),
        ("Staff and agencies", None),
        ("青梧晚报记者 周文澜", "周文澜"),
        ("本报记者：王磊", "王磊"),
        ("박서윤 기자", "박서윤"),
        ("Του Νίκου Παπαθανασίου", "Νίκου Παπαθανασίου"),
        ("Oleh: Dimas Prasetyo", "Dimas Prasetyo"),
        ("Penulis: Rina Wulandari", "Rina Wulandari"),
        ("Tác giả: Trần Văn Hùng", "Trần Văn Hùng"),
        ("رپورٹ: احمد علی", "احمد علی"),
        ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
        ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
        ("Mehmet Kaya | Güncelleme: 05.03.2025 16:30", "Mehmet Kaya"),
        ("יוסי כהן | יום רביעי, 5 במרץ 2025", "יוסי כהן"),
        ("राहुल शर्मा | 5 मार्च 2025", "राहुल शर्मा"),
        ("ผู้เขียน: วิไลวรรณ ศรีสุข", "วิไลวรรณ ศรีสุข"),
        ("Reporter: Sari Handayani | Editor: Agus Salim", "Sari Handayani"),
        ("Oleh Yusuf Hakim · Selasa, 4 Maret 2025 | 16:45 WIB", "Yusuf Hakim"),
    ],
)
def test_bylines_of_more_forms_are_not_the_headline(byline: str, author: str | None) -> None:
    headline = "Harbour tunnel opening delayed by a year"
    article = extract_text(
        "\n".join(
            [
                "News",
                headline,
                byline,
                "March 11, 2025",
                *POOL_PARAGRAPHS,
            ]
        )
    )
    assert article.title == headline
    assert article.authors == ([author] if author else [])


FERRY_BODY = (
    "The Tidewater Ferry Company will raise its fares by 20 percent from April 1, the operator "
    "said on Sunday, blaming the cost of fuel and a new contract with its crews.\n\n"
    "A single adult crossing between [Port Allard](https://example.org/port-allard) and Quillon "
    "Island will cost $7.20, up from $6.00, the company said in a statement on its website.\n"
)


@pytest.mark.parametrize(
    "front",
    [
        '---\ntitle: "Ferry fares to rise by a fifth"\nauthor: Priyanka Lowell\n'
        "date: 2025-03-09\ntags: [transport]\n---\n",
        "---\ntitle: Ferry fares to rise by a fifth\nauthors:\n  - Priyanka Lowell\n"
        "date: '2025-03-09T07:30:00Z'\n---\n",
        '+++\ntitle = "Ferry fares to rise by a fifth"\nauthor = "Priyanka Lowell"\n'
        'date = "2025-03-09"\n+++\n',
    ],
)
def test_a_markdown_exports_front_matter_gives_its_fields_and_leaves_the_text(front: str) -> None:
    article = extract_text(f"{front}\n{FERRY_BODY}")
    assert article.title == "Ferry fares to rise by a fifth"
    assert article.authors == ["Priyanka Lowell"]
    assert article.published is not None and article.published.startswith("2025-03-09")
    assert article.text.startswith("The Tidewater Ferry Company")
    assert "title" not in article.text and "](" not in article.text


def test_a_rule_line_opening_a_dump_is_no_front_matter() -> None:
    article = extract_text(f"---\n\nFerry fares to rise by a fifth\n\n---\n\n{FERRY_BODY}")
    assert article.title == "Ferry fares to rise by a fifth"


def test_a_print_editions_folios_and_jump_lines_leave_the_story_which_runs_on() -> None:
    article = extract_text(
        "\n\n".join(
            [
                "B1 | THE HOLLOWAY TRIBUNE | SUNDAY, MARCH 9, 2025",
                "BUSINESS",
                "Bakery chain to open 12 shops in the north",
                "By Ravi Chandrasekar",
                POOL_PARAGRAPHS[0],
                POOL_PARAGRAPHS[1],
                "See BAKERY, Page B4",
                "B4 | THE HOLLOWAY TRIBUNE | SUNDAY, MARCH 9, 2025",
                "BAKERY",
                "Continued from Page B1",
                POOL_PARAGRAPHS[2],
                "Continued on Page B6",
                "DEPOT from B4",
                POOL_PARAGRAPHS[3],
            ]
        )
    )
    assert article.title == "Bakery chain to open 12 shops in the north"
    assert article.published == "2025-03-09"
    assert article.text.split("\n\n") == POOL_PARAGRAPHS


def test_a_saved_newsletters_own_header_block_leaves_the_dump() -> None:
    article = extract_text(
        "\n".join(
            [
                "From: The Larkspur Ledger <briefing@larkspur-ledger.example>",
                "Subject: Morning Briefing: Harbour tunnel delayed again",
                "Date: Tue, 18 Mar 2025 06:00:00 +0000",
                "",
                "Harbour tunnel delayed again",
                "",
                "By Colm Radcliffe",
                "",
                "March 11, 2025",
                "",
                *POOL_PARAGRAPHS,
            ]
        )
    )
    assert article.title == "Harbour tunnel delayed again"
    assert article.published == "2025-03-11"  # the story's date, not the mail's
    assert not any("Subject" in removed.text for removed in article.removed)


def test_an_interviews_questions_between_short_answers_do_not_hide_its_opening() -> None:
    qa = [
        "Alfred Sumner has carried passengers across the Tarrow estuary since 1985. We spoke to "
        "him on the last day before his retirement.",
        "Q: How did you start?",
        "A: My uncle ran the ferry before me. I was seventeen and I needed a summer job, and I "
        "never left.",
        "Q: What has changed the most?",
        "A: The passengers. In the eighties it was dockers and farm workers. Now it is mostly "
        "cyclists and tourists with cameras, and I like them all the same.",
        "Q: What will you miss?",
        "A: The mornings. There is nothing like the estuary at six o'clock, when the mist is "
        "still on the water.",
        "This interview has been edited for length and clarity.",
    ]
    article = extract_text(
        "\n\n".join(
            ["Interviews", "A ferryman on forty years of crossings", "By Oona Blackwood", *qa]
        )
    )
    assert article.title == "A ferryman on forty years of crossings"
    assert article.text.split("\n\n") == qa


def test_a_hebrew_date_beside_the_gregorian_one_is_not_a_name() -> None:
    headline = "Harbour tunnel opening delayed by a year"
    dump = [headline, "מאת אורי שפירא", "ד' באדר תשפ\"ה | 04.03.2025", *POOL_PARAGRAPHS]
    article = extract_text("\n".join(dump))
    assert article.authors == ["אורי שפירא"]
    assert article.published == "2025-03-04"


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("By Oona BlackwoodJanuary 14, 2026", "2026-01-14"),
        ("Oona BlackwoodMar 3, 2025", "2025-03-03"),
        ("By Oona BlackwoodJanuary 14, 202620 Mins Read", "2026-01-14"),
        ("By Oona Blackwood | Harbour NewsDECEMBER 22, 2022", "2022-12-22"),
    ],
)
def test_a_name_glued_to_its_date_by_the_crawler_is_split(byline: str, published: str) -> None:
    # A flattener that joins inline elements writes the byline's name, date and reading time
    # with no space between them.
    headline = "Harbour tunnel opening delayed by a year"
    article = extract_text("\n".join(["News", headline, byline, *POOL_PARAGRAPHS]))
    assert article.title == headline
    assert article.authors == ["Oona Blackwood"]
    assert article.published == published


def test_an_indonesian_headline_opening_with_oleh_karena_is_no_byline() -> None:
    # "Oleh" is "by", but "Oleh karena itu" is "therefore".
    headline = "Oleh Karena Itu, Harga Tiket Feri Naik Lagi"
    body = (
        "Operator feri di Teluk Sari menaikkan harga tiket pada hari Selasa, kata direktur "
        "perusahaan dalam konferensi pers di pelabuhan pada siang hari."
    )
    article = extract_text("\n".join(["Berita", headline, "", body, "", body]))
    assert article.title == headline
    assert article.authors == []


@pytest.mark.parametrize("kicker", ["أخبار المحليات | 5 مارس 2025", "חדשות ספורט | 5 במרץ 2025"])
def test_a_section_beside_a_date_in_a_script_without_capitals_is_no_byline(kicker: str) -> None:
    headline = "Harbour tunnel opening delayed by a year"
    article = extract_text("\n".join(["News", kicker, headline, *POOL_PARAGRAPHS]))
    assert article.title == headline
    assert article.authors == []


@pytest.mark.parametrize("heading", ["Related Posts", "Featured Homeowner Tips"])
def test_a_box_heading_over_a_date_is_no_byline(heading: str) -> None:
    headline = "Harbour tunnel opening delayed by a year"
    lines = ["News", headline, "By Oona Blackwood", *POOL_PARAGRAPHS, heading, "August 12, 2024"]
    article = extract_text("\n".join(lines))
    assert article.authors == ["Oona Blackwood"]
    lines = ["News", heading, "August 12, 2024", headline, *POOL_PARAGRAPHS]
    assert extract_text("\n".join(lines)).authors == []
