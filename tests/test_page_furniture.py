"""separate_furniture: credit lines, bylines, date lines, labels and standfirsts leave the body."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.model import Credit
from dateline.page.blocks import PageBlocks, cut_blocks
from dateline.page.content import select_body
from dateline.page.furniture import Furniture, fuller_dek, read_header_line, separate_furniture

DEK = "Winter crossings to Gull Island will run twice a day after a narrow council vote."


def _para(n: int) -> str:
    return (
        f"Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice "
        "a day through the winter months."
    )


def _paras(*numbers: int) -> str:
    return "".join(f"<p>{_para(n)}</p>" for n in numbers)


def _cut(html: str) -> PageBlocks:
    body = LexborHTMLParser(html).body
    assert body is not None
    return cut_blocks(body)


def _furniture(html: str, authors: tuple[str, ...] = (), dek: str | None = None) -> Furniture:
    page = _cut(html)
    return separate_furniture(page.blocks, page.elements, list(authors), dek)


def _kept(furniture: Furniture) -> list[str]:
    return [block.text for block in furniture.body]


def _dropped(furniture: Furniture) -> list[str]:
    return [block.text for block in furniture.dropped]


def test_credit_line_leaves_with_its_credits() -> None:
    result = _furniture(f"{_paras(1, 2)}<p>Reporting by Ines Varga; Editing by Tom Reddle</p>")
    assert _kept(result) == [_para(1), _para(2)]
    assert result.credits == [
        Credit(role="reporting", name="Ines Varga"),
        Credit(role="editing", name="Tom Reddle"),
    ]


def test_credit_line_in_the_middle_leaves_too() -> None:
    result = _furniture(f"{_paras(1)}<p>(Writing by Ola Brandt)</p>{_paras(2, 3)}")
    assert _kept(result) == [_para(1), _para(2), _para(3)]
    assert result.credits == [Credit(role="writing", name="Ola Brandt")]


def test_byline_leaves_with_its_names() -> None:
    result = _furniture(f"<p>By Marta Quill and Dev Okonjo</p>{_paras(1, 2)}")
    assert result.authors == ["Marta Quill", "Dev Okonjo"]
    assert _dropped(result) == ["By Marta Quill and Dev Okonjo"]
    assert _kept(result) == [_para(1), _para(2)]


def test_a_bulleted_standfirst_that_the_dek_repeats_leaves() -> None:
    items = ["Red weather warning in force until 9pm", "Around 42,000 homes are without power"]
    standfirst = "".join(f"<li>{item}</li>" for item in items)
    html = f"<div class='standfirst'><ul>{standfirst}</ul></div>{_paras(1, 2)}"
    assert _kept(_furniture(html, dek=" ".join(items))) == [_para(1), _para(2)]
    # Paragraphs that a description merely copies stay.
    copied = _furniture(f"<h1>Storm live</h1>{_paras(1, 2, 3)}", dek=f"{_para(1)} {_para(2)}")
    assert _kept(copied)[-3:] == [_para(1), _para(2), _para(3)]


def test_a_standfirst_named_by_a_component_attribute_under_a_hashed_class_leaves() -> None:
    html = (
        f'<div class="x7f2a"><div data-gu-name="standfirst" class="k3p9q"><p>{DEK}</p></div>'
        f'<div class="z1m4r">{_paras(1, 2)}</div></div>'
    )
    assert _kept(_furniture(html, dek=DEK)) == [_para(1), _para(2)]
    assert _kept(_furniture(html.replace("data-gu-name", "data-testid"), dek=DEK))[0] == _para(1)
    # Unmarked and away from any headline, the copy is the body's own first paragraph: kept.
    assert _kept(_furniture(html.replace(' data-gu-name="standfirst"', ""), dek=DEK))[0] == DEK


def test_a_short_sentence_opening_with_by_stays_in_the_body() -> None:
    # "By then" and "By the end" open sentences; "By de Vries" is still a byline.
    for line in ("By then, it was too late.", "By the end, few stayed.", "By contrast, none did."):
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}")
        assert result.authors == []
        assert _kept(result) == [line, _para(1), _para(2)]
    named = _furniture(f"<p>By de Vries</p>{_paras(1, 2)}")
    assert named.authors == ["de Vries"]
    assert _kept(named) == [_para(1), _para(2)]


def test_bylines_in_other_languages_leave_with_their_names() -> None:
    cases = {
        "Von: Jörg Weidenfeller": ["Jörg Weidenfeller"],
        "Por: Lucía Ferrer": ["Lucía Ferrer"],
        "Av Anna Berg": ["Anna Berg"],
        "di Marco Rossi": ["Marco Rossi"],
        "מאת: דנה כהן": ["דנה כהן"],
    }
    for line, names in cases.items():
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}")
        assert result.authors == names, line
        assert _kept(result) == [_para(1), _para(2)], line
    # Capitalised, "Di" opens a name, not a byline.
    line = "Di Maria segna ancora"
    assert _kept(_furniture(f"<p>{line}</p>{_paras(1, 2)}")) == [line, _para(1), _para(2)]


def test_a_known_author_name_alone_is_a_byline() -> None:
    result = _furniture(f"<p>Marta Quill</p>{_paras(1, 2)}", authors=("Marta Quill",))
    assert _dropped(result) == ["Marta Quill"]
    assert result.authors == ["Marta Quill"]


def test_a_byline_box_read_as_one_line_leaves_when_it_opens_with_an_author() -> None:
    for line in ("Valentina Rojas | Reuters05.03.2024 14:30", "Valentina RojasHealth Reporter"):
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}", authors=("Valentina Rojas",))
        assert _dropped(result) == [line]
        assert _kept(result) == [_para(1), _para(2)]


def test_an_author_name_opening_a_line_further_down_is_not_a_byline() -> None:
    lines = [f"<p>Line {n} of the schedule</p>" for n in range(4)]
    late = "Valentina Rojas (guest speaker)"
    result = _furniture(f"{''.join(lines)}<p>{late}</p>{_paras(1)}", authors=("Valentina Rojas",))
    assert late in _kept(result)
    other = "Valentina Rojasova leads the new panel"
    result = _furniture(f"<p>{other}</p>{_paras(1)}", authors=("Valentina Rojas",))
    assert other in _kept(result)


def test_a_live_post_header_of_a_time_and_an_author_leaves_anywhere() -> None:
    headers = [
        "12.58pm Tomasz Wrenley",
        "Tomasz Wrenley | 9 Mar 2024, 11:05",
        "06:40 By Tomasz Wrenley",
    ]
    html = "".join(f"<p>{line}</p>{_paras(n)}" for n, line in enumerate(headers))
    result = _furniture(html, authors=("Tomasz Wrenley",))
    assert _dropped(result) == headers
    assert _kept(result) == [_para(0), _para(1), _para(2)]
    # A schedule line with a time and someone who is no author of the page stays.
    line = "12.58pm Ilse Marchetti"
    result = _furniture(f"{_paras(1)}<p>{line}</p>{_paras(2)}", authors=("Tomasz Wrenley",))
    assert line in _kept(result)


def test_a_sentence_starting_with_by_is_prose() -> None:
    line = "By submitting your number, you agree to receive ferry alerts from the council."
    result = _furniture(f"{_paras(1)}<p>{line}</p>{_paras(2)}")
    assert line in _kept(result)
    assert result.authors == []


def test_date_lines_leave_at_the_head_and_tail_only() -> None:
    result = _furniture(
        f"<p>Updated March 3, 2024, 10:15 a.m.</p>{_paras(1, 2, 3)}<p>March 4, 2024</p>"
        f"{_paras(4)}<p>Published March 5, 2024</p>"
    )
    assert _dropped(result) == ["Updated March 3, 2024, 10:15 a.m.", "Published March 5, 2024"]
    assert "March 4, 2024" in _kept(result)


def test_a_line_of_labelled_dates_is_a_date_line() -> None:
    lines = (
        "Published 6:00 a.m. ET March 5, 2024 | Updated 8:12 a.m. ET March 5, 2024",
        "Yayınlanma: 05.03.2024 14:30 | Güncelleme: 05.03.2024 16:00",
    )
    for line in lines:
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}")
        assert _dropped(result) == [line]
    wordy = "Ferry timetable agreed by the council on 05.03.2024 | Reviewed 06.03.2024"
    assert wordy in _kept(_furniture(f"<p>{wordy}</p>{_paras(1, 2)}"))


def test_a_labelled_date_line_with_a_slashed_date_read_either_way_leaves() -> None:
    line = "Publié le 05/03/2026 à 09h12, mis à jour le 05/03/2026 à 11h40"
    assert _dropped(_furniture(f"<p>{line}</p>{_paras(1, 2)}")) == [line]
    # Beside a word that is no date label the same date may be the body's (and a desk's
    # header line, "Ferry: 03/10/2024 | Por Ana Ruiz", names no one: see below).
    wordy = "Ferry timetable 05/03/2026 | Reviewed 06/03/2026"
    assert wordy in _kept(_furniture(f"<p>{wordy}</p>{_paras(1, 2)}"))


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "The ferry sailed on March 3, 2024."
    result = _furniture(f"<p>{line}</p>{_paras(1, 2)}")
    assert _kept(result)[0] == line


def test_kicker_label_at_the_head_leaves() -> None:
    result = _furniture(f"<p>Opinion</p>{_paras(1, 2)}")
    assert _dropped(result) == ["Opinion"]
    # A long one-word kicker in capitals too; in lower case it may be a heading.
    result = _furniture(f"<p>INVESTIGATION</p>{_paras(1, 2)}")
    assert _dropped(result) == ["INVESTIGATION"]
    result = _furniture(f"<p>Sustainability</p>{_paras(1, 2)}")
    assert _kept(result)[0] == "Sustainability"


def test_labels_between_paragraphs_and_list_items_stay() -> None:
    result = _furniture(
        f"<ul><li>Island ferries</li></ul>{_paras(1)}<p>Second half</p>{_paras(2)}"
        "<p>A short closing line.</p>"
    )
    assert _kept(result) == [
        "Island ferries",
        _para(1),
        "Second half",
        _para(2),
        "A short closing line.",
    ]


def test_one_word_label_at_the_very_end_leaves() -> None:
    result = _furniture(f"{_paras(1, 2)}<p>Topics</p>")
    assert _dropped(result) == ["Topics"]


def test_headings_are_never_furniture() -> None:
    result = _furniture(f"<h2>By the harbour</h2><h3>March 3, 2024</h3>{_paras(1)}")
    assert _kept(result)[:2] == ["By the harbour", "March 3, 2024"]


def test_standfirst_beside_the_headline_leaves() -> None:
    result = _furniture(
        f"<article><div class='head'><h1>Ferry kept</h1><p>{DEK}</p></div>"
        f"<div class='body'>{_paras(1, 2, 3)}</div></article>",
        dek=DEK,
    )
    assert DEK not in _kept(result)
    assert _kept(result) == ["Ferry kept", _para(1), _para(2), _para(3)]


def test_standfirst_marked_by_class_leaves() -> None:
    result = _furniture(
        f"<div><div><p class='article-dek'>{DEK}</p></div>{_paras(1, 2)}</div>", dek=DEK
    )
    assert _kept(result) == [_para(1), _para(2)]


def test_body_paragraph_that_the_dek_copies_stays() -> None:
    result = _furniture(f"<div><p>{DEK}</p>{_paras(1, 2)}</div>", dek=DEK)
    assert _kept(result) == [DEK, _para(1), _para(2)]


def test_standfirst_and_body_opening_with_the_dek_keep_it_once() -> None:
    page = _cut(
        f"<article><header><h1>Ferry kept</h1><p class='standfirst'>{DEK}</p></header>"
        f"<div class='body'><p>{DEK}</p>{_paras(1, 2)}</div></article>"
    )
    result = separate_furniture(page.blocks, page.elements, [], DEK)
    assert _kept(result).count(DEK) == 1
    kept = next(block for block in result.body if block.text == DEK)
    assert page.elements[kept.element].attrs.get("class") is None  # the body's own copy


def test_a_short_dek_is_not_matched() -> None:
    result = _furniture(
        "<div><h1>Ferry</h1><p>Ferry kept.</p></div>" + _paras(1), dek="Ferry kept."
    )
    assert "Ferry kept." in _kept(result)


def test_pipeline_keeps_a_body_opening_with_the_dek_once() -> None:
    page = _cut(
        f"<article><h1>Ferry kept</h1><p class='standfirst'>{DEK}</p>"
        f"<div class='article-body'><p>{DEK}</p>{_paras(1, 2, 3, 4)}</div></article>"
    )
    selection = select_body(page, "Ferry kept", dek=DEK)
    result = separate_furniture(selection.body, page.elements, [], DEK)
    assert _kept(result).count(DEK) == 1


def test_the_authors_bio_at_the_end_leaves() -> None:
    bio = (
        "Marta Quill is the Courier's harbour correspondent and has covered the island "
        "ferries since 2019."
    )
    first_name_bio = "Dev writes about weather and tides for the Courier's morning edition."
    result = _furniture(
        f"<p>By Marta Quill and Dev Okonjo</p>{_paras(1, 2)}<p>{bio}</p><p>{first_name_bio}</p>"
    )
    assert _kept(result) == [_para(1), _para(2)]
    assert bio in _dropped(result) and first_name_bio in _dropped(result)


def test_the_heading_over_the_authors_bios_leaves_with_them() -> None:
    bio = "Marta Quill is the Courier's harbour correspondent."
    result = _furniture(f"<p>By Marta Quill</p>{_paras(1, 2)}<h3>About the author</h3><p>{bio}</p>")
    assert _kept(result) == [_para(1), _para(2)]
    # With no bio under it, a heading of that wording is left to the page.
    alone = _furniture(f"<p>By Marta Quill</p>{_paras(1, 2)}<h3>About the author</h3>")
    assert _kept(alone)[-1] == "About the author"


def test_a_line_telling_how_to_reach_the_writer_leaves_the_end() -> None:
    contact = "Contact Marta Quill at mquill@courier.example or 555-0142."
    result = _furniture(f"<p>By Marta Quill</p>{_paras(1, 2)}<p>{contact}</p>")
    assert _kept(result) == [_para(1), _para(2)]
    reporter = "You can reach reporter Marta Quill at mquill@courier.example."
    assert _kept(_furniture(f"<p>By Marta Quill</p>{_paras(1, 2)}<p>{reporter}</p>")) == [
        _para(1),
        _para(2),
    ]
    # Someone else's contact line is the story's ("Contact the ferry office at …").
    office = "Contact Ines Varga at the harbour office for the winter timetable."
    kept = _kept(_furniture(f"<p>By Marta Quill</p>{_paras(1, 2)}<p>{office}</p>"))
    assert kept[-1] == office


def test_a_sentence_about_someone_else_or_mid_body_stays() -> None:
    about_mayor = "Ines Varga is the mayor of Kestrel Bay and chairs the ferry committee there."
    about_author = "Marta Quill is the Courier's harbour correspondent, and she rode the ferry."
    result = _furniture(
        f"{_paras(1)}<p>{about_author}</p>{_paras(2, 3, 4)}<p>{about_mayor}</p>",
        authors=("Marta Quill",),
    )
    assert about_mayor in _kept(result) and about_author in _kept(result)


def test_a_header_line_of_bylines_dates_and_times_leaves_above_the_first_paragraph() -> None:
    lines = (
        "Published in <a href='/civic'>Civic Notes</a> · <span>7 min read</span> · "
        "<span>Mar 5, 2024</span>",
        "<time>05/03/2024 09h15</time> · Atualizado há 2 horas",
        # … and with no separator between the date and the relative time or reading time.
        "<time>05/03/2024 09h15</time> Atualizado há 2 horas",
        "Nov 08, 2025 7 min read",
        "Marta Quill | il y a 3 heures",
    )
    for line in lines:
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}", authors=("Marta Quill",))
        assert _kept(result) == [_para(1), _para(2)]


def test_a_french_byline_with_its_dates_leaves_and_names_the_author() -> None:
    line = (
        "<span>Par <a href='/auteur/cl'>Corentin Lhermitte</a></span> <span>Publié le 5 mars "
        "2024 à 14h30, modifié le 5 mars 2024 à 16h02</span>"
    )
    result = _furniture(f"<div>{line}</div>{_paras(1, 2)}")
    assert result.authors == ["Corentin Lhermitte"]
    assert _kept(result) == [_para(1), _para(2)]


def test_a_header_line_signed_by_a_user_or_desk_leaves() -> None:
    for line in (
        "Submitted by <span>Press office</span> on <span>Tue, 04/03/2025 - 10:15</span>",
        "By admin | March 4, 2025",
        "By Press office, 4 March 2025",
    ):
        result = _furniture(f"<div>{line}</div>{_paras(1, 2)}")
        assert _kept(result) == [_para(1), _para(2)]
        assert result.authors == []
    assert read_header_line("By webmaster on March 4, 2025 at 10:15 am") == []
    # A day is no user.
    assert read_header_line("By Tuesday, 4 March 2025") is None


def test_a_header_line_signed_without_by_or_a_separator_leaves() -> None:
    for line in (
        "<span>Press office</span> <span>Tue, 04/03/2025 - 10:15</span>",
        "Lia Serrat <span>Vall de Mora</span> <time>27/11/2025 13:40</time>",
    ):
        result = _furniture(f"<div>{line}</div>{_paras(1, 2)}")
        assert _kept(result) == [_para(1), _para(2)]
        assert result.authors == []
    # A forum post's header is left as the forum's: its user name, its "Started by".
    for line in (
        "Rafe_D (Rafe_D) March 3, 2024, 3:32pm",
        "Started by Tidewater Anglers, June 04, 2024, 11:23 AM",
        "Lia Serrat met the mayor on 27/11/2025 at 13:40.",
    ):
        assert line in _kept(_furniture(f"<p>{line}</p>{_paras(1, 2)}"))


def test_a_header_line_with_a_wordy_part_stays() -> None:
    for line in (
        "The ferry left the quay 2 hours ago",
        "Published in Civic Notes · The council met again on the ferry",
        "Mar 5, 2024 · Ferry crossings resume",
    ):
        result = _furniture(f"<p>{line}</p>{_paras(1, 2)}")
        assert line in _kept(result)
    late = "Published in Civic Notes · 7 min read"
    assert late in _kept(_furniture(f"{_paras(1, 2, 3)}<p>{late}</p>{_paras(4)}"))


def test_the_role_outlet_or_place_line_of_a_byline_box_leaves() -> None:
    for second in ("Transport correspondent", "Northmere Herald, Riverton"):
        result = _furniture(
            f"<div class='meta'><div>By Lotte Varn</div><div>{second}</div></div>"
            f"<div class='story'>{_paras(1, 2)}</div>"
        )
        assert result.authors == ["Lotte Varn"]
        assert _kept(result) == [_para(1), _para(2)]


def test_a_short_line_after_a_byline_in_the_body_itself_stays() -> None:
    # The byline's parent holds the paragraphs: it is the body, not a byline box.
    line = "Crossings resume on Monday"
    result = _furniture(f"<div><p>By Lotte Varn</p><p>{line}</p>{_paras(1, 2)}</div>")
    assert result.authors == ["Lotte Varn"]
    assert _kept(result) == [line, _para(1), _para(2)]


def test_closing_promotion_lines_leave_at_the_end_only() -> None:
    follow = "Follow Tidewire's Africa coverage at https://tidewire.example/hub/africa"
    catch = "Catch all the City News and Breaking News updates on Northmere Daily."
    download = "Download the Northmere Daily app to get daily news updates."
    result = _furniture(f"{_paras(1, 2)}<p>{follow}</p><p>{catch}</p><p>{download}</p>")
    assert _kept(result) == [_para(1), _para(2)]
    mid = "Download the ferry app before you travel, the council advised."
    result = _furniture(f"{_paras(1)}<p>{mid}</p>{_paras(2)}")
    assert mid in _kept(result)


def test_a_standfirst_wrapped_in_a_marked_element_leaves() -> None:
    for wrapper in ("<div class='dcr-standfirst'><p>{}</p></div>", "<div class='a_st'>{}</div>"):
        standfirst = wrapper.format(DEK)
        result = _furniture(f"<div>{standfirst}<div>{_paras(1, 2)}</div></div>", dek=DEK)
        assert _kept(result) == [_para(1), _para(2)]
    # A wrapper that also holds the body says nothing about the paragraph.
    result = _furniture(f"<div class='summary-body'><p>{DEK}</p>{_paras(1, 2)}</div>", dek=DEK)
    assert _kept(result) == [DEK, _para(1), _para(2)]


def test_table_cells_are_never_date_label_or_byline_furniture() -> None:
    table = (
        "<table><tr><th>Date</th><th>Crossings</th></tr>"
        "<tr><td>March 4, 2024</td><td>Cancelled</td></tr>"
        "<tr><td>By Lotte Varn</td><td>Two</td></tr></table>"
    )
    result = _furniture(f"<p>Opinion</p>{_paras(1, 2)}{table}")
    assert _kept(result)[2:] == [
        "Date",
        "Crossings",
        "March 4, 2024",
        "Cancelled",
        "By Lotte Varn",
        "Two",
    ]
    assert result.authors == []


def test_a_labelled_byline_with_its_editor_leaves_and_names_the_writer() -> None:
    result = _furniture(
        "<div class='meta'><span>Written By: Lotte Varn</span> | "
        f"<span>Edited By: Osric Pell</span></div>{_paras(1, 2)}"
    )
    assert _kept(result) == [_para(1), _para(2)]
    assert result.authors == ["Lotte Varn"]
    result = _furniture(f"<p>Reporter: Lotte Varn</p><p>Edited by Osric Pell</p>{_paras(1, 2)}")
    assert _kept(result) == [_para(1), _para(2)]
    assert result.authors == ["Lotte Varn"]


def test_a_video_header_line_with_its_running_time_leaves() -> None:
    line = "Reporter: Lotte Varn Posted Thu 21 Nov 2024 at 7:00pm Duration: 4 minutes 12 seconds"
    result = _furniture(f"<div><span>{line}</span></div>{_paras(1, 2)}")
    assert _kept(result) == [_para(1), _para(2)]
    assert result.authors == ["Lotte Varn"]


def test_labelled_author_lines_further_down_stay() -> None:
    # A reading list names each book's author: not the page's byline.
    books = "".join(
        f"<h3>{title}</h3><p>Author: {name}</p>{_paras(n)}"
        for n, (title, name) in enumerate(
            [("The Salt Road", "Ines Varga"), ("Tidewater", "Tom Reddle")], start=1
        )
    )
    result = _furniture(f"{_paras(5, 6, 7, 8)}{books}")
    assert "Author: Ines Varga" in _kept(result)
    assert "Author: Tom Reddle" in _kept(result)
    assert result.authors == []


def test_wire_disclaimers_and_channel_promotions_leave_at_the_end() -> None:
    disclaimer = (
        "Disclaimer: This story has been published from a wire agency feed without "
        "modifications to the text. Only the headline has been changed."
    )
    follow = "Stay updated with the latest news. Follow Kestrel Post on Google News and WhatsApp."
    url = "URL: http://www.kestrelpost.example/news/ferry-kept/article_5f1c.html"
    result = _furniture(f"{_paras(1, 2)}<p>{disclaimer}</p><p>{follow}</p><p>{url}</p>")
    assert _kept(result) == [_para(1), _para(2)]
    assert sorted(_dropped(result)) == sorted([disclaimer, follow, url])
    # Where the story first ran is part of its record, and the same lines mid-body stay.
    origin = "This article originally appeared on Tidewire."
    result = _furniture(f"{_paras(1)}<p>{disclaimer}</p>{_paras(2)}<p>{origin}</p>")
    assert _kept(result) == [_para(1), disclaimer, _para(2), origin]


def test_a_standfirst_repeating_the_dek_is_recorded() -> None:
    result = _furniture(
        f"<div><div class='dcr-standfirst'><p>{DEK}</p></div><div>{_paras(1, 2)}</div></div>",
        dek=DEK,
    )
    assert [block.text for block in result.standfirst] == [DEK]


def test_a_writer_label_of_any_language_read_opens_a_byline_at_the_head() -> None:
    for label in ("Muhabir:", "Autor:", "Penulis:", "Текст:", "Tác giả:"):
        furniture = _furniture(f"<article><div>{label} Selin Karaca</div>{_paras(1, 2)}</article>")
        assert furniture.authors == ["Selin Karaca"], label
        assert _kept(furniture) == [_para(1), _para(2)], label
    # Further down, a labelled line names a book's or a review's author: it stays.
    furniture = _furniture(f"<article>{_paras(1, 2)}<p>Autor: Jan Novák</p>{_paras(3)}</article>")
    assert furniture.authors == [] and "Autor: Jan Novák" in _kept(furniture)


def test_a_standfirst_that_the_description_shortens_leaves_the_body_and_becomes_the_dek() -> None:
    printed = f"{DEK} Opponents say the crossings will cost more than the council thinks."
    furniture = _furniture(
        f"<article><p class='standfirst'>{printed}</p>{_paras(1, 2)}</article>", dek=DEK
    )
    assert _kept(furniture) == [_para(1), _para(2)]
    assert fuller_dek(DEK, furniture.standfirst) == printed
    # A lead paragraph the description copies the start of is body, not a standfirst.
    lead = f"{DEK} {_para(1)}"
    furniture = _furniture(f"<article><p>{lead}</p>{_paras(2)}</article>", dek=DEK)
    assert _kept(furniture) == [lead, _para(2)]
    assert fuller_dek(DEK, furniture.standfirst) == DEK


def test_a_header_line_opening_with_a_writer_label_gives_its_names() -> None:
    line = "Haber: Elif Nur Karaağaçlı / İzmir 12 Mart 2025 Çarşamba 10:45 Güncelleme: 12.03.2025"
    assert read_header_line(line) == ["Elif Nur Karaağaçlı"]
    assert read_header_line("Autor: Anna Beispiel | 3. März 2025") == ["Anna Beispiel"]
    assert read_header_line("Autor: Jan Novák") is None  # alone, it may name a book's author


def test_a_chinese_header_line_gives_its_writer_and_leaves_the_body() -> None:
    line = "2025年06月18日 09:30 来源：青河日报 作者：刘晓燕"
    assert read_header_line(line) == ["刘晓燕"]
    assert read_header_line("来源：青河日报") is None  # a source alone names no writer
    # An editor's part names no writer but leaves the line a header line.
    assert read_header_line("2024-09-12 08:30 来源：江城日报 编辑：王磊") == []
    assert read_header_line("编辑：王磊在会上说，大桥将于本月通车。") is None


def test_a_japanese_date_line_with_the_reporter_in_brackets_gives_the_reporter() -> None:
    line = "2024年6月10日 18時05分（浜松支局　小林真理子）"
    furniture = _furniture(f"<p>{line}</p>" + _paras(1, 2))
    assert furniture.authors == ["小林真理子"]
    assert _kept(furniture) == [_para(1), _para(2)]
    assert read_header_line("2024年6月10日 18時05分") == []
    assert read_header_line("（浜松支局 小林真理子）") is None  # no date: a caption's credit


def test_a_greek_byline_leaves_the_body() -> None:
    furniture = _furniture(f"<article><p>Του Νικόλαου Παπαδημητρίου</p>{_paras(1, 2)}</article>")
    assert furniture.authors == ["Νικόλαου Παπαδημητρίου"]
    assert _kept(furniture) == [_para(1), _para(2)]


def test_a_kicker_its_class_names_leaves_the_head_of_the_body_whatever_its_length() -> None:
    furniture = _furniture(
        "<article><p class='artikel__dachzeile'>Unwetter in der Region</p>"
        "<p class='story-eyebrow'>Floods and storms this week</p>"
        "<p class='nota-volanta'>Emergencia en la ruta</p>" + _paras(1, 2) + "</article>"
    )
    assert _dropped(furniture) == [
        "Unwetter in der Region",
        "Floods and storms this week",
        "Emergencia en la ruta",
    ]
    assert _kept(furniture) == [_para(1), _para(2)]
    # Without the class, a four-word line over the story is kept; so is a sentence with it.
    assert (
        _kept(_furniture("<p>Unwetter in der Region</p>" + _paras(1)))[0]
        == "Unwetter in der Region"
    )
    sentence = "<p class='kicker'>The river rose three metres overnight.</p>" + _paras(1)
    assert _kept(_furniture(sentence))[0] == "The river rose three metres overnight."


def test_an_interviewers_byline_and_a_row_of_labels_leave_the_head_of_the_body() -> None:
    furniture = _furniture(
        "<p><a href='/science/'>Science</a> · <span>Interview</span></p>"
        "<p>Interview by <a href='/people/jonah-feldstein'>Jonah Feldstein</a></p>" + _paras(1, 2)
    )
    assert _dropped(furniture) == ["Science · Interview", "Interview by Jonah Feldstein"]
    assert furniture.authors == ["Jonah Feldstein"]
    # Figures and prices in a row are a product's line, not labels.
    assert _kept(_furniture("<p>XS • 118ml $29.95</p>" + _paras(1)))[0] == "XS • 118ml $29.95"


def test_a_korean_header_line_and_sign_off_leave_the_body_when_the_name_is_known() -> None:
    sentence = "도는 내년까지 복원 면적을 3㎢로 넓힐 계획이라고 12일 밝혔다."
    furniture = _furniture(
        "<p>박지훈 기자 입력 2024.05.12. 오전 9:31</p>" + _paras(1, 2) + f"<p>{sentence}</p>"
        "<p>박지훈 기자 jihoon.park@hanbit.example</p>",
        authors=("박지훈",),
    )
    assert _kept(furniture) == [_para(1), _para(2), sentence]
    assert _dropped(furniture) == [
        "박지훈 기자 입력 2024.05.12. 오전 9:31",
        "박지훈 기자 jihoon.park@hanbit.example",
    ]


def test_a_known_name_in_a_list_at_the_end_is_no_sign_off() -> None:
    furniture = _furniture(
        _paras(1, 2) + "<p>Credits</p><p>Jonas Marten (Kestrel University)</p>",
        authors=("Jonas Marten",),
    )
    assert _kept(furniture)[-1] == "Jonas Marten (Kestrel University)"


def test_indonesian_swahili_and_arabic_date_lines_leave_the_head_of_the_body() -> None:
    for line in (
        "Senin, 12 Agustus 2024 | 14:30 WIB",
        "Imechapishwa: Jumanne, Julai 16, 2024",
        "آخر تحديث: ٢٠٢٤/١٠/٠٦ - ١٤:٠٥",
    ):
        assert _dropped(_furniture(f"<p>{line}</p>" + _paras(1, 2))) == [line]
    wordy = "Soko jipya litafunguliwa Jumanne, Julai 16, 2024 | Kunduchi"
    assert wordy in _kept(_furniture(f"<p>{wordy}</p>" + _paras(1, 2)))


def test_a_labelled_sign_off_under_the_story_names_its_writer() -> None:
    furniture = _furniture(_paras(1, 2) + "<p>Текст: Алина Лаптева<br>Фото: Денис Орлов</p>")
    assert furniture.authors == ["Алина Лаптева"]
    assert _kept(furniture) == [_para(1), _para(2)]
    persian = _furniture(_paras(1, 2) + "<p>خبرنگار: حمید رضایی</p>")
    assert persian.authors == ["حمید رضایی"]
    turkish = _furniture(_paras(1, 2) + "<p>Haber: Burak Şahin / Trabzon</p>")
    assert turkish.authors == ["Burak Şahin"]
    assert _kept(turkish) == [_para(1), _para(2)]
    # Further up, the same label is left to the page (a quoted text, a list's entry).
    middle = _furniture(_paras(1, 2) + "<p>Текст: Алина Лаптева</p>" + _paras(3, 4))
    assert middle.authors == []


def test_an_indonesian_reporters_line_opens_the_body_as_a_byline() -> None:
    furniture = _furniture("<p><b>Laporan Wartawan Warta Timur, Rina Marlina</b></p>" + _paras(1))
    assert furniture.authors == ["Rina Marlina"]
    assert _kept(furniture) == [_para(1)]


def test_a_desks_header_line_names_no_one() -> None:
    assert read_header_line("Redacción | 03/10/2024 22:14") == []
    assert read_header_line("Redacción / Diario Regio Actualizado: 03/10/2024 22:14") == []
    assert read_header_line("Actualizado: 03/10/2024 | Por Ana Ruiz") == ["Ana Ruiz"]
    assert read_header_line("Redacción") is None  # alone: a label, left to the label rule
    assert read_header_line("Ferry: 03/10/2024 | Por Ana Ruiz") is None


def test_a_press_releases_provider_line_is_a_header_line() -> None:
    assert read_header_line("Provided by Newswire · Jun 3, 2024, 08:00 ET") == []
    assert read_header_line("Provided by Newswire") is None


def test_a_persian_header_line_with_both_calendars_gives_its_writer() -> None:
    line = "نویسنده: مریم احمدی تاریخ انتشار: ۲۵ اسفند ۱۴۰۲ - ۱۵ مارس ۲۰۲۴ - ۱۱:۲۰ کد خبر: ۷۷۲۱۴"
    furniture = _furniture(f"<p>{line}</p>" + _paras(1, 2))
    assert furniture.authors == ["مریم احمدی"]
    assert _dropped(furniture) == [line]
    date_only = "سه‌شنبه ۲۴ خرداد ۱۴۰۳ - ساعت ۱۰:۳۰"
    assert _dropped(_furniture(f"<p>{date_only}</p>" + _paras(1, 2))) == [date_only]


def test_a_live_blogs_entry_times_open_their_entries() -> None:
    furniture = _furniture("<p>10:41</p>" + _paras(1) + "<p>09:00</p>" + _paras(2))
    assert _kept(furniture) == [f"10:41 {_para(1)}", f"09:00 {_para(2)}"]
    # A time over a heading or a list stays a line of its own.
    listed = _furniture(
        "<p>10:41</p>" + _paras(1) + "<p>09:00</p><ul><li>" + _para(2) + "</li></ul>"
    )
    assert _kept(listed) == [f"10:41 {_para(1)}", "09:00", _para(2)]
    # An entry of one short sentence takes its time too; a short line that is no sentence not.
    short = _furniture(
        "<p>10:41</p>" + _paras(1) + "<p>09:30</p><p>Police ask residents to stay indoors.</p>"
        "<p>09:00</p>" + _paras(2) + "<p>08:45</p><p>Updates paused</p>"
    )
    assert _kept(short) == [
        f"10:41 {_para(1)}",
        "09:30 Police ask residents to stay indoors.",
        f"09:00 {_para(2)}",
        "08:45",
        "Updates paused",
    ]
    # An audio player's times over a story are no entries.
    player = _furniture("<p>0:00</p><p>13:47</p>" + _paras(1, 2))
    assert _kept(player) == [_para(1), _para(2)]


def test_a_live_entrys_writer_between_its_time_and_its_post_leaves() -> None:
    furniture = _furniture(
        "<p>10:42</p><p>Kemi Ade</p>"
        + _paras(1)
        + "<p>10:15</p><p>Tom Reyes</p>"
        + _paras(2)
        + "<p>09:50</p>"
        + _paras(3)
    )
    assert _kept(furniture) == [f"10:42 {_para(1)}", f"10:15 {_para(2)}", f"09:50 {_para(3)}"]
    assert furniture.authors == []
    # An entry's headline is no writer, and one name under one time makes no live blog.
    headed = _furniture("<p>10:42</p><h3>Fire Under Control</h3>" + _paras(1, 2))
    assert "Fire Under Control" in _kept(headed)
    single = _furniture(_paras(1) + "<p>Mara Quinn</p>" + _paras(2))
    assert "Mara Quinn" in _kept(single)


def test_a_vietnamese_date_line_leaves_the_head_of_the_body() -> None:
    furniture = _furniture("<p>Thứ sáu, 14/6/2024, 08:15 (GMT+7)</p>" + _paras(1, 2))
    assert _dropped(furniture) == ["Thứ sáu, 14/6/2024, 08:15 (GMT+7)"]


def test_a_cms_submitted_by_line_is_a_header_line() -> None:
    for line in (
        "Submitted by Anneliese Dunmore on Wed, 10/01/2025 - 14:12",
        "Posted by Anneliese Dunmore on October 1, 2025",
    ):
        assert read_header_line(line) == ["Anneliese Dunmore"], line
    # The verb alone, without "by", opens no header line.
    assert read_header_line("Submitted on October 1, 2025 for the Marrow Vale prize") is None


def test_a_name_aligned_right_under_the_story_signs_it() -> None:
    signed = '<p style="text-align: right;"><strong>Lê Thu Hà</strong></p>'
    furniture = _furniture(_paras(1, 2) + signed)
    assert furniture.authors == ["Lê Thu Hà"]
    assert _kept(furniture) == [_para(1), _para(2)]
    assert _furniture(_paras(1, 2) + '<p align="right">Dana Whitcombe</p>').authors == [
        "Dana Whitcombe"
    ]
    # Not aligned, not a name's shape, or a page that names its author elsewhere: prose.
    for line in (
        "<p><strong>Lê Thu Hà</strong></p>",
        '<p style="text-align:right">Read More</p>',
        '<p style="text-align:right">Photo 2025</p>',
    ):
        assert _furniture(_paras(1, 2) + line).authors == []
    named = _furniture(_paras(1, 2) + signed, authors=("Tom Berg",))
    assert _kept(named)[-1] == "Lê Thu Hà"


def test_an_author_box_closing_the_body_leaves_whole() -> None:
    box = (
        "<h2>Written by Marta Quill</h2><p>1.2K Followers · Writer for Kestrel Notes</p>"
        "<p>Writing about ferries, tides and the people who work them.</p>"
    )
    result = _furniture(_paras(1, 2, 3) + box, authors=("Marta Quill",))
    assert _kept(result) == [_para(1), _para(2), _para(3)]
    # Another writer's name, or a long paragraph after the line, is the story's.
    other = _furniture(_paras(1, 2, 3) + box.replace("Marta Quill", "Ines Varga"))
    assert "Written by Ines Varga" in _kept(other)
    story = f"{_para(4)} {_para(5)}"
    long = _furniture(
        _paras(1, 2, 3) + f"<h2>Written by Marta Quill</h2><p>{story}</p>",
        authors=("Marta Quill",),
    )
    assert _kept(long)[-1] == story
