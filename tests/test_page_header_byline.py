"""The "By Jane Roe" a story header prints without byline markup. Pages invented."""

from __future__ import annotations

import dateline

RESERVOIR = (
    "<p>The Orrin Valley water board said on Thursday it would lift the hosepipe ban on "
    "Saturday after three weeks of steady rain refilled the Castlemere reservoir.</p>"
    "<p>Reservoir levels stood at 87 percent on Wednesday, up from 52 percent at the start of "
    "the month, the board said in a statement.</p>"
    "<p>The board urged households to keep saving water where they could.</p>"
)


def test_a_sentence_after_the_writers_name_is_not_part_of_the_name() -> None:
    page = (
        "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
        "<h1>Valley lifts hosepipe ban</h1><time datetime='2026-08-14'>Aug 14</time>"
        f"{RESERVOIR}<p><em>Written by Sabine Kroll. Additional reporting by Yusuf Demir.</em>"
        "</p></article></body></html>"
    )
    assert dateline.extract(page).authors == ["Sabine Kroll"]


def test_an_initial_with_its_full_stop_stays_in_the_name() -> None:
    page = (
        "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
        "<h1>Valley lifts hosepipe ban</h1><div>By Hal J. Pemberton</div>"
        f"{RESERVOIR}</article></body></html>"
    )
    assert dateline.extract(page).authors == ["Hal J. Pemberton"]


def test_a_list_of_writers_closed_by_and_names_them_all() -> None:
    page = (
        "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
        "<h1>Valley lifts hosepipe ban</h1><div>By Rhea Castellano, Mark Oduya and Lin Fenwick"
        f"</div><div>Aug. 14, 2026</div>{RESERVOIR}</article></body></html>"
    )
    assert dateline.extract(page).authors == ["Rhea Castellano", "Mark Oduya", "Lin Fenwick"]


def test_a_role_after_the_writers_comma_is_not_a_second_writer() -> None:
    page = (
        "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
        "<h1>Valley lifts hosepipe ban</h1><div>by Agnes Thorvald, Board Liaison Officer</div>"
        f"{RESERVOIR}</article></body></html>"
    )
    assert dateline.extract(page).authors == ["Agnes Thorvald"]


def test_a_dashed_signoff_with_an_email_address_names_the_writer() -> None:
    def page(signoff: str) -> str:
        return (
            "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
            "<h1>Valley lifts hosepipe ban</h1><time datetime='2026-08-14'>Aug 14</time>"
            f"{RESERVOIR}<p>{signoff}</p></article></body></html>"
        )

    record = dateline.extract(page("— Wren Castellane, wren.castellane@orrin-post.example"))
    assert record.authors == ["Wren Castellane"]
    assert "orrin-post" not in record.text
    # A dash and a name alone close a quotation as often; a desk's address names no writer.
    assert dateline.extract(page("— Wren Castellane")).authors == []
    assert dateline.extract(page("— The Editors, letters@orrin-post.example")).authors == []


def test_a_byline_above_the_body_crediting_an_editor_gives_the_credits() -> None:
    def page(byline: str) -> str:
        return (
            "<html lang='en'><head><title>Valley lifts hosepipe ban</title></head><body><article>"
            f"<header><h1>Valley lifts hosepipe ban</h1><p class='byline'>{byline}</p></header>"
            f"<div class='story'>{RESERVOIR}</div></article></body></html>"
        )

    record = dateline.extract(page("Written by Sabine Kroll. Edited by Yusuf Demir"))
    assert record.authors == ["Sabine Kroll"]
    assert [(credit.role, credit.name) for credit in record.credits] == [
        ("written by", "Sabine Kroll"),
        ("edited by", "Yusuf Demir"),
    ]
    # The writer's credit alone is the byline, no credit line.
    record = dateline.extract(page("Written by Sabine Kroll"))
    assert (record.authors, record.credits) == (["Sabine Kroll"], [])
