"""Headlines, bylines and date lines as common publishing systems and old layouts print them.
Each page is invented, written by hand in the markup its kind of site produces."""

from __future__ import annotations

import dateline

FERRY = [
    "The Kestrel Bay harbour board voted on Monday to keep the island ferry running twice a day "
    "through the winter, reversing a plan to cut the service to three days a week.",
    "Board chair Irene Castell said the vote followed a petition signed by more than 2,400 "
    "islanders, many of whom depend on the ferry to reach the mainland hospital.",
    "The extra sailings will cost about $310,000 a year, which the board plans to cover from "
    "its reserve fund until the county reviews its transport grants in the spring.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in FERRY)


def test_a_weekday_after_the_name_in_a_byline_is_the_date_line_not_the_name() -> None:
    page = (
        "<html lang='en'><head><title>Bus lanes made permanent</title></head><body><main>"
        "<h1>Bus lanes made permanent</h1><div class='meta'><span>By Tariq Hussein</span> "
        f"<span>Thursday 5 March 2026 4:12 pm</span></div>{PARAGRAPHS}</main></body></html>"
    )
    article = dateline.extract(page)
    assert article.authors == ["Tariq Hussein"]
    assert article.published is not None and article.published.startswith("2026-03-05")
