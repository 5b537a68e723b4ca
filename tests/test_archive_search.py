"""``dateline search`` and ``dateline export`` over a real archive built from the fixture pages."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import stat
import sys
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from damaged_archive import damaged_copy
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from dateline.archive.errors import ArchiveError
from dateline.archive.search import Filters, filter_clause, plain_words, search
from dateline.archive.store import open_archive
from dateline.cli import main
from dateline.model import Article
from dateline.web.app import Settings, create_app
from dateline.web.queries import article

LINKS = ("id", "source", "duplicate_of", "similarity", "story")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, pages_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("archive") / "a.db"
    assert main(["ingest", "-q", "--workers", "2", str(pages_dir), "--db", str(db)]) == 0
    return db


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_search_ranks_headline_matches_first_with_snippets(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    result = search(conn, "ferry timetable")
    conn.close()
    assert not result.plain_words
    assert result.hits[0].title == "What the new ferry timetable means for island commuters"
    assert all("[" in hit.snippet and "]" in hit.snippet for hit in result.hits)
    assert [hit.score for hit in result.hits] == sorted(hit.score for hit in result.hits)


def test_a_snippet_shows_the_body_not_the_headline_above_it(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        hits = search(conn, "homes OR thousands OR ferry", limit=50).hits
        texts = dict(conn.execute("SELECT id, text FROM articles").fetchall())
    finally:
        conn.close()
    assert len(hits) > 3
    for hit in hits:
        words = hit.snippet.replace("[", "").replace("]", "").strip("…")
        assert words != hit.title, hit.title
        assert words.split()[0] in texts[hit.id], (hit.title, hit.snippet)


def test_search_filters_by_site_dates_and_person(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    everything = search(conn, "floods OR flood OR flooding", limit=50).hits
    by_site = search(conn, "floods", Filters(site="tidewire.example")).hits
    in_april = search(conn, "flood OR floods", Filters(since="2024-04-01", until="2024-04-30"))
    by_person = search(conn, "orchard OR floods", Filters(person="jane roe")).hits
    conn.close()
    assert len(everything) > len(by_site) >= 1
    assert {hit.site_name for hit in by_site} == {"Tidewire"}
    assert in_april.hits and all(h.published.startswith("2024-04") for h in in_april.hits)
    assert [hit.site_name for hit in by_person] == ["Riverbend Review"]


def test_a_site_filter_reads_an_address_pasted_whole_as_its_host(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        by_host = search(conn, "floods", Filters(site="tidewire.example")).hits
        for pasted in (
            "https://www.tidewire.example/news/lagos-floods?ref=home",
            "http://tidewire.example:8080",
            "TIDEWIRE.EXAMPLE/world/",
        ):
            assert search(conn, "floods", Filters(site=pasted)).hits == by_host, pasted
    finally:
        conn.close()
    assert by_host


def test_site_filter_folds_any_script_and_takes_wildcards_literally(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        for site in ("Вечерний Прибой", "вечерний прибой", "ВЕЧЕРНИЙ ПРИБОЙ"):
            hits = search(conn, "мост", Filters(site=site)).hits
            assert [hit.site_name for hit in hits] == ["Вечерний Прибой"], site
        assert search(conn, "floods", Filters(site="tidewire.example")).hits
        for site in ("%", "_", "%.example", "tidewire_example", "%wire.example"):
            assert search(conn, "floods OR the", Filters(site=site)).hits == [], site
    finally:
        conn.close()


@pytest.mark.parametrize(
    "query", ['title:"flash', "flood AND (", "nosuchcolumn:ferry", "NEAR(flood"]
)
def test_query_fts5_refuses_is_searched_as_plain_words(
    archive: Path, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "search", query, "--db", str(archive), "--format", "json")
    assert status == 0
    assert "searched as plain words" in err and "Traceback" not in err
    assert isinstance(json.loads(out), list)


def test_query_without_words_is_a_clear_error(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "search", '"((', "--db", str(archive))
    assert status == 1 and not out
    assert err.strip() == "dateline: search '\"((': no words to search for"
    status, out, err = run(
        capsys, "export", "--db", str(archive), "--since", "2024-05-01", "--until", "2024-04-01"
    )
    assert status == 1 and not out
    assert err.strip() == "dateline: since: 2024-05-01 is after until (2024-04-01): swap the dates"
    with pytest.raises(ArchiveError, match="not a date"):
        conn = open_archive(archive, create=False)
        try:
            search(conn, "floods", Filters(since="last week"))
        finally:
            conn.close()


def test_a_damaged_archive_is_one_line_saying_so(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = damaged_copy(archive, tmp_path, "articles")
    for command in (["search", "floods"], ["export"]):
        status, out, err = run(capsys, *command, "--db", str(damaged))
        assert status == 1 and not out.strip()
        assert err.strip() == (
            f"dateline: {damaged}: the archive is damaged (database disk image is malformed)"
        )


def test_a_query_too_long_to_search_in_time_is_a_clear_error(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # FTS5's time grows with the square of the terms: this one took minutes.
    huge = " ".join(["floods"] * 20_000)
    for command in (["search", huge], ["export", "--query", huge]):
        status, out, err = run(capsys, *command, "--db", str(archive))
        assert status == 1 and not out
        assert err.strip() == (
            "dateline: search: the query is 139,999 characters long; at most 500 are taken"
        )
    longest = " ".join(["floods"] * 71)  # 496 characters: just under the limit
    status, out, _ = run(capsys, "search", longest, "--db", str(archive), "--format", "json")
    assert status == 0 and json.loads(out)


@pytest.mark.parametrize(
    "arguments",
    [["caf\udce9"], ["floods", "--site", "\udcff"], ["floods", "--person", "Jos\udce9"]],
    ids=["query", "site", "person"],
)
def test_an_argument_of_bytes_that_are_not_utf8_is_a_clear_error(
    archive: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # Python keeps the bytes of an argument that were not UTF-8 as lone surrogates ("café"
    # typed in a Latin-1 terminal), which SQLite cannot take.
    status, out, err = run(capsys, "search", *arguments, "--db", str(archive))
    assert status == 1 and not out
    assert "holds bytes that are not UTF-8" in err and "Traceback" not in err


#: The one listing among the fixture pages: live_listing.html, a tag page.
LISTING_TITLE = "Floods Archives"


def test_filters_restrict_the_page_type_only_when_asked() -> None:
    assert Filters().page_type is None
    open_where, open_params = filter_clause(Filters())
    assert "page_type" not in open_where and open_params == []
    where, params = filter_clause(Filters(site="tidewire.example", page_type="listing"))
    assert "a.page_type = ?" in where and params[-1] == "listing"
    for bad in ("listings", "Article", "", "article OR 1=1"):
        with pytest.raises(ArchiveError, match="not a page type") as refused:
            filter_clause(Filters(page_type=bad))
        assert refused.value.subject == "page_type" and "article, listing, other" in str(
            refused.value
        )


def test_search_filters_by_page_type(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        everything = search(conn, "floods", limit=50).hits
        listings = search(conn, "floods", Filters(page_type="listing"), limit=50).hits
        articles = search(conn, "floods", Filters(page_type="article"), limit=50).hits
        others = search(conn, "floods", Filters(page_type="other"), limit=50).hits
    finally:
        conn.close()
    assert LISTING_TITLE in {hit.title for hit in everything}
    assert [hit.title for hit in listings] == [LISTING_TITLE]
    assert articles and LISTING_TITLE not in {hit.title for hit in articles}
    assert len(articles) + len(listings) + len(others) == len(everything)


def test_search_type_option_narrows_the_cli_results(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def titles(*options: str) -> list[str]:
        status, out, err = run(
            capsys, "search", "floods", "--db", str(archive), "--format", "json", *options
        )
        assert status == 0, err
        return [hit["title"] for hit in json.loads(out)]

    assert LISTING_TITLE in titles()
    assert titles("--type", "listing") == [LISTING_TITLE]
    assert titles("--type", "article") and LISTING_TITLE not in titles("--type", "article")
    with pytest.raises(SystemExit) as usage:
        main(["search", "floods", "--db", str(archive), "--type", "tag"])
    assert usage.value.code == 2
    assert "invalid choice: 'tag'" in capsys.readouterr().err


def test_plain_words_quote_every_word_but_the_operators() -> None:
    assert plain_words('title:"flash AND (') == '"title" "flash"'
    assert plain_words("floods and AND") == '"floods" "and"'  # only capitals are operators


def test_a_minus_leaves_a_word_out_of_the_plain_words_search(archive: Path) -> None:
    assert plain_words("floods -Lagos") == '"floods" NOT "Lagos"'
    assert plain_words("long-term plan") == '"long term" "plan"'  # a compound, no minus
    assert plain_words("-Lagos") == ""  # nothing wanted: nothing to search (with_fallback says so)
    conn = open_archive(archive, create=False)
    every = search(conn, "floods", limit=50).hits
    without = search(conn, "floods -Lagos", limit=50)
    conn.close()
    assert without.plain_words and without.hits
    assert len(without.hits) < len(every)
    assert not any("Lagos" in (hit.title or "") for hit in without.hits)


def test_plain_words_keep_phrases_and_compounds_and_negate_after_not() -> None:
    assert plain_words('"harrow dam" -inquiry') == '"harrow dam" NOT "inquiry"'
    assert plain_words("\u201charrow dam\u201d -\u201cdam inquiry\u201d") == (
        '"harrow dam" NOT "dam inquiry"'
    )
    assert plain_words("48-hour strike") == '"48 hour" "strike"'
    assert plain_words("dam NOT inquiry (") == '"dam" NOT "inquiry"'
    assert plain_words("NOT dam") == plain_words("-dam") == ""


def test_typographic_quotes_make_a_phrase(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        straight = search(conn, '"flash floods"', limit=50)
        curly = search(conn, "\u201cflash floods\u201d", limit=50)
    finally:
        conn.close()
    assert curly.query == '"flash floods"' and not curly.plain_words
    assert curly.hits == straight.hits and straight.hits


def test_a_hyphenated_word_is_searched_as_its_phrase(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    try:
        compound = search(conn, "46-year-old", limit=50)
        phrase = search(conn, '"46 year old"', limit=50)
        in_a_phrase = search(conn, '"harrow dam" -inquiry low-lying', limit=50)
    finally:
        conn.close()
    assert compound.plain_words and compound.query == '"46 year old"'
    assert compound.hits == phrase.hits and phrase.hits
    assert in_a_phrase.query == '"harrow dam" "low lying" NOT "inquiry"'


def test_a_figure_or_abbreviation_is_searched_as_its_phrase(archive: Path) -> None:
    assert plain_words("1.8 million") == '"1 8" "million"'
    assert plain_words("O\u2019Malley at 5 a.m.") == '"O Malley" "at" "5" "a m"'
    conn = open_archive(archive, create=False)
    try:
        figure = search(conn, "4,200", limit=50)
        phrase = search(conn, '"4 200"', limit=50)
        swapped = search(conn, "200,4", limit=50)
        apart = search(conn, "200 4", limit=50)
    finally:
        conn.close()
    assert figure.plain_words and figure.query == '"4 200"'
    assert figure.hits == phrase.hits and phrase.hits
    # The pages say "4,200", never "200,4": its words are there, the figure is not.
    assert apart.hits and swapped.plain_words and swapped.hits == []


@pytest.mark.parametrize("query", ["-floods", "NOT floods", '-"flash floods"'])
def test_a_query_that_only_leaves_words_out_is_a_clear_error(
    archive: Path, query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "search", "--db", str(archive), "--", query)
    assert status == 1 and not out
    assert err.startswith(f"dateline: search {query!r}: only words to leave out (")
    assert "add a word to search for" in err and err.count("\n") == 1


def test_a_query_ending_in_an_operator_searches_its_words(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "search", "orchard AND", "--db", str(archive), "--format", "json"
    )
    assert status == 0 and 'searched as plain words: "orchard"' in err
    assert [hit["title"] for hit in json.loads(out)] == [
        hit["title"]
        for hit in json.loads(
            run(capsys, "search", "orchard", "--db", str(archive), "--format", "json")[1]
        )
    ]


def test_export_says_when_its_query_is_searched_as_plain_words(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "export", "--db", str(archive), "--query", '"orchard')
    assert status == 0 and len(out.splitlines()) == 1
    assert 'searched as plain words: "orchard"' in err


def test_search_says_how_many_matched_and_how_many_are_shown(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = open_archive(archive, create=False)
    try:
        every = search(conn, "floods", limit=100, count=True)
        first = search(conn, "floods", limit=1, count=True)
        collapsed = search(conn, "floods", limit=1, count=True, collapse_copies=True)
        uncounted = search(conn, "floods", limit=1)
    finally:
        conn.close()
    total = len(every.hits)
    assert total > 1 and every.total == first.total == total and uncounted.total is None
    assert collapsed.total is not None and 1 <= collapsed.total < total
    status, out, _ = run(capsys, "search", "floods", "--db", str(archive), "--limit", "1")
    assert status == 0
    assert out.splitlines()[-1] == f"1 of {total} matches shown (--limit N for more)"
    status, out, _ = run(capsys, "search", "floods", "--db", str(archive), "--limit", "100")
    assert out.splitlines()[-1] == f"{total} matches"
    # JSON stays the documented array of hits; the count goes to stderr.
    status, out, err = run(
        capsys, "search", "floods", "--db", str(archive), "--limit", "1", "--format", "json"
    )
    assert status == 0 and len(json.loads(out)) == 1
    assert err == f"dateline: 1 of {total} matches shown (--limit N for more)\n"


def test_search_table_and_missing_archive(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", "orchard", "--db", str(archive))
    assert status == 0 and "Volunteers turn Millbrook" in out and "[orchard]" in out.lower()
    status, out, err = run(capsys, "search", "orchard", "--db", str(tmp_path / "none.db"))
    assert status == 1 and "no archive here" in err
    assert not (tmp_path / "none.db").exists()


def test_export_jsonl_round_trips_to_articles(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.jsonl"
    status, _, err = run(capsys, "export", "--db", str(archive), "--output", str(output))
    assert status == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    with sqlite3.connect(archive) as conn:
        stored = dict(conn.execute("SELECT id, title FROM articles WHERE is_latest = 1"))
    assert f"exported {len(stored)} records" in err
    records = [json.loads(line) for line in lines]
    assert {r["id"]: r["title"] for r in records} == stored
    with sqlite3.connect(archive) as conn:
        sources = dict(conn.execute("SELECT id, source FROM articles WHERE is_latest = 1"))
    assert {r["id"]: r["source"] for r in records} == sources
    for record in records:
        assert all(name in record for name in LINKS)
        assert Article.from_dict(record).to_dict(explain=False) == {
            k: v for k, v in record.items() if k not in LINKS
        }


def test_export_query_csv_and_parquet(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys, "export", "--db", str(archive), "--format", "csv", "--query", "orchard"
    )
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["site_name"] for row in rows] == ["Riverbend Review"]
    assert "removed" not in rows[0] and rows[0]["source"]  # no always-empty column
    assert json.loads(rows[0]["authors"]) == ["Jane Roe", "John Doe"]
    parquet = tmp_path / "out.parquet"
    status, _, _ = run(
        capsys, "export", "--db", str(archive), "--format", "parquet", "--output", str(parquet)
    )
    assert status == 0
    table = pq.read_table(parquet)
    with sqlite3.connect(archive) as conn:
        assert table.num_rows == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    first = table.to_pylist()[0]
    assert set(LINKS) <= set(first) and "removed" not in first
    assert Article.from_dict(first).title == first["title"]
    status, _, err = run(capsys, "export", "--db", str(archive), "--format", "parquet")
    assert status == 2 and "--output" in err


def test_a_failed_parquet_export_names_the_output_not_its_partial_file(
    archive: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pyarrow's error names the file it opened, the partial file written beside the output.
    output = tmp_path / "no-such-folder" / "out.parquet"
    args = ["export", "--db", str(archive), "--format", "parquet", "--output", str(output)]
    status, _, err = run(capsys, *args)
    assert status == 1 and ".partial" not in err
    assert err.startswith(f"dateline: {output}: ") and f"'{output}'" in err
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    output = tmp_path / "out.parquet"
    status, _, err = run(capsys, *args[:-1], str(output))
    assert status == 1 and ".partial" not in err
    assert err.startswith(f"dateline: {output}: Parquet export needs pyarrow")
    assert list(tmp_path.iterdir()) == []


def test_export_takes_the_search_filters(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export", "--db", str(archive), "--type", "article")
    assert status == 0
    exported = {json.loads(line)["id"] for line in out.splitlines()}
    with sqlite3.connect(archive) as conn:
        articles = {
            row[0]
            for row in conn.execute(
                "SELECT id FROM articles WHERE is_latest = 1 AND page_type = 'article'"
            )
        }
        every = conn.execute("SELECT count(*) FROM articles WHERE is_latest = 1").fetchone()[0]
    assert exported == articles and len(articles) < every
    status, out, _ = run(
        capsys, "export", "--db", str(archive), "--site", "Riverbend Review", "--query", "orchard"
    )
    assert [json.loads(line)["site_name"] for line in out.splitlines()] == ["Riverbend Review"]
    status, out, _ = run(capsys, "export", "--db", str(archive), "--since", "2999-01-01")
    assert status == 0 and out == ""


def test_collapsed_search_gives_a_wire_story_once_with_its_copy_count(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    every = search(conn, "Lagos floods", limit=50).hits
    collapsed = search(conn, "Lagos floods", limit=50, collapse_copies=True).hits
    copies = dict(
        conn.execute(
            "SELECT id, duplicate_of FROM articles WHERE is_latest = 1"
            " AND title LIKE 'Flash floods force thousands%'"
        ).fetchall()
    )
    conn.close()
    assert len(copies) == 3  # the wire original and two republished copies
    assert {hit.id for hit in every} >= set(copies) and all(hit.copies == 0 for hit in every)
    kept = [hit for hit in collapsed if hit.id in copies]
    assert len(kept) == 1 and kept[0].copies == 2
    # A best-ranked copy stands for the story (the earliest published of those that tie);
    # every other hit is untouched.
    best = min(hit.score for hit in every if hit.id in copies)
    tied = [hit for hit in every if hit.id in copies and hit.score == best]
    assert kept[0].score == best
    assert kept[0].published == min(hit.published for hit in tied)
    assert [h.id for h in collapsed if h.id not in copies] == [
        h.id for h in every if h.id not in copies
    ]
    assert [hit.score for hit in collapsed] == sorted(hit.score for hit in collapsed)


def test_collapsed_search_counts_only_the_copies_that_match_the_filters(archive: Path) -> None:
    conn = open_archive(archive, create=False)
    hits = search(
        conn, "Lagos floods", Filters(site="The Lagoon Courier"), collapse_copies=True
    ).hits
    conn.close()
    # The outlet's two copies (its page and its text dump) fold into one; the wire original,
    # from another outlet, is filtered out and not counted.
    wire = [hit for hit in hits if hit.title.startswith("Flash floods force thousands")]
    assert [(hit.site_name, hit.copies) for hit in wire] == [("The Lagoon Courier", 1)]


def test_search_cli_collapses_copies_on_request(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "search", "Lagos floods", "--db", str(archive))
    assert status == 0 and out.count("Flash floods force thousands") == 3
    status, out, _ = run(
        capsys, "search", "Lagos floods", "--db", str(archive), "--collapse-copies"
    )
    assert status == 0 and out.count("Flash floods force thousands") == 1
    assert "and 2 other copies" in out
    status, out, _ = run(
        capsys,
        "search",
        "Lagos floods",
        "--db",
        str(archive),
        "--collapse-copies",
        "--format",
        "json",
    )
    hits = json.loads(out)
    assert sorted(
        hit["copies"] for hit in hits if hit["title"].startswith("Flash floods force")
    ) == [2]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_failed_export_leaves_the_file_that_was_there(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = tmp_path / f"out.{fmt}"
    status, _, _ = run(
        capsys, "export", "--db", str(archive), "--format", fmt, "--output", str(target)
    )
    assert status == 0
    before = target.read_bytes()
    status, _, err = run(
        capsys,
        "export",
        "--db",
        str(archive),
        "--format",
        fmt,
        "--query",
        '"',
        "--output",
        str(target),
    )
    assert status == 1 and "no words to search for" in err
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial file left


def test_export_to_a_named_pipe_writes_into_it_and_leaves_it_a_pipe(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As to /dev/stdout: a file moved over the pipe would replace it (as root, even /dev/null).
    pipe = tmp_path / "records.fifo"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    status, _, err = run(capsys, "export", "--db", str(archive), "--output", str(pipe))
    reader.join(timeout=60)
    assert status == 0, err
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    lines = received[0].decode("utf-8").splitlines()
    assert f"exported {len(lines)} records" in err and lines
    assert [p.name for p in tmp_path.iterdir()] == [pipe.name]


def test_a_new_version_of_a_wire_original_keeps_its_copies(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "a.db"
    assert main(["ingest", "-q", "--workers", "1", str(pages_dir), "--db", str(db)]) == 0
    updated = tmp_path / "update"
    updated.mkdir()
    page = (pages_dir / "wire_original.html").read_text(encoding="utf-8")
    assert "at least 4,200 people" in page
    (updated / "wire_original.html").write_text(
        page.replace("at least 4,200 people", "at least 5,100 people"), encoding="utf-8"
    )
    assert main(["ingest", "-q", "--workers", "1", str(updated), "--db", str(db)]) == 0
    conn = open_archive(db, create=False)
    hits = search(conn, "Lagos floods", limit=50, collapse_copies=True).hits
    latest = conn.execute(
        "SELECT id FROM articles WHERE is_latest = 1 AND site_name = 'Tidewire'"
        " AND title LIKE 'Flash floods force thousands%'"
    ).fetchone()[0]
    conn.close()
    wire = [hit for hit in hits if hit.title.startswith("Flash floods force thousands")]
    assert [hit.copies for hit in wire] == [2]
    conn = open_archive(db, create=False)
    record = article(conn, latest)
    first = conn.execute(
        "SELECT id FROM articles WHERE is_latest = 0 AND site_name = 'Tidewire'"
    ).fetchone()[0]
    older = article(conn, first)
    copy_id = conn.execute(
        "SELECT id FROM articles WHERE is_latest = 1 AND duplicate_of IS NOT NULL LIMIT 1"
    ).fetchone()[0]
    copy = article(conn, copy_id)
    conn.close()
    assert record is not None and len(record["copies"]) == 2
    assert record["latest_version"] is None
    # The first version says where the latest is; a copy names the original as it is now.
    assert older is not None and older["latest_version"] == latest
    assert copy is not None and copy["duplicate_of"] == first and copy["original_latest"] == latest
    with TestClient(create_app(Settings(db=db))) as client:
        older_page = HTMLParser(client.get(f"/articles/{first}").text)
        copy_page = HTMLParser(client.get(f"/articles/{copy_id}").text)
    note = older_page.css_first('p.note[role="note"] a')
    assert note is not None and note.attributes["href"] == f"/articles/{latest}"
    wire = copy_page.css_first(".wire-note a")
    assert wire is not None and wire.attributes["href"] == f"/articles/{latest}"
