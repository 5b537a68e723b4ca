"""``dateline ingest`` into a real SQLite file: storing, skipping, versions, failures, crashes."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from loopback_site import LoopbackSite, Response
from warc_writer import response_record, truncate_file, write_warc

from dateline.archive.duplicates import DuplicateIndex
from dateline.archive.ingest import ingest as ingest_pages
from dateline.archive.schema import SCHEMA_VERSION
from dateline.archive.search import Filters, search
from dateline.archive.store import open_archive
from dateline.archive.workers import archive_record
from dateline.archive.writer import (
    UNANALYSED_SOURCES,
    ArchiveWriter,
    Extracted,
    Outcome,
    PageInfo,
    content_hash,
    raw_digest,
)
from dateline.cli import main, to_article
from dateline.model import SCHEMA, Article, Removed
from dateline.sources.raw import RawPage
from dateline.urls import without_tracking

ROOT = Path(__file__).resolve().parents[1]
#: Generous bound on one CLI run, so that a hang fails the test instead of blocking the suite.
RUN_LIMIT_SECONDS = 120


def article_page(number: int, body: str = "", *, site: str = "kill.example") -> str:
    """A small invented news page with its own canonical URL, headline and paragraphs."""
    paragraphs = "".join(
        f"<p>Paragraph {k} of report {number}: the harbour board of Port Avel met on day "
        f"{number} and counted {number * 7 + k} barges waiting at the outer quay.</p>"
        for k in range(8)
    )
    return (
        f'<!doctype html><html lang="en"><head><title>Report {number} | Avel Tide</title>'
        f'<link rel="canonical" href="https://{site}/reports/{number}">'
        f'<meta property="og:site_name" content="Avel Tide">'
        f'<meta property="article:published_time" content="2024-05-{number % 28 + 1:02d}">'
        f"</head><body><article><h1>Harbour board report number {number}</h1>"
        f"<p>By Mira Solenne</p>{paragraphs}<p>{body}</p></article></body></html>"
    )


def write_pages(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"report-{number:04d}.html").write_text(article_page(number), encoding="utf-8")
    return folder


def ingest(*args: str | Path) -> int:
    return main(["ingest", "-q", "--workers", "2", *map(str, args)])


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_fixture_folder_is_stored_with_its_parts(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "a.db"
    assert ingest(pages_dir, "--db", db) == 0
    page_files = [p for p in pages_dir.iterdir() if p.suffix in {".html", ".txt"}]
    assert count(db) == len(page_files)
    conn = open_archive(db, create=False)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    row = conn.execute(
        "SELECT * FROM articles WHERE site_name = 'Tidewire' AND page_type = 'article'"
    ).fetchone()
    record = json.loads(row["record"])
    assert record["schema"] == SCHEMA
    assert row["title"] == record["title"] and row["text"].startswith("LAGOS")
    assert "text" not in record and "markdown" not in record  # the body is in its columns
    assert row["host"] == "tidewire.example"
    authors = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM authors WHERE article_id = ? ORDER BY position", (row["id"],)
        )
    ]
    assert authors == record["authors"] and authors
    credits = conn.execute("SELECT count(*) FROM credits WHERE article_id = ?", (row["id"],))
    assert credits.fetchone()[0] == len(record["credits"]) > 0
    images = conn.execute("SELECT url, caption FROM images WHERE article_id = ?", (row["id"],))
    assert [tuple(r) for r in images] == [(i["url"], i["caption"]) for i in record["images"]]
    related = conn.execute("SELECT count(*) FROM related WHERE article_id = ?", (row["id"],))
    assert related.fetchone()[0] == len(record["related"]) > 0
    fts = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Tidewire' AND rowid = ?",
        (row["id"],),
    ).fetchall()
    assert fts
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_rerun_stores_nothing_twice(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "a.db"
    assert ingest(pages_dir, "--db", db) == 0
    first = count(db)
    # Pages that state no address are known by their file name, so only their copies are new.
    nameless = count(db, "SELECT count(*) FROM articles WHERE coalesce(canonical_url, url) IS NULL")
    assert 0 < nameless < first
    copies = tmp_path / "copies"
    shutil.copytree(pages_dir, copies)
    assert ingest(pages_dir, copies, "--db", db) == 0
    assert count(db) == first + nameless
    assert count(db, "SELECT count(*) FROM articles_fts") == first + nameless
    assert count(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") == 2


def test_pages_stored_under_an_older_digest_are_read_again_but_not_stored_twice(
    tmp_path: Path,
) -> None:
    # Archives written before raw_digest was XXH3 hold SHA-256 digests in pages.raw_hash.
    folder, db = write_pages(tmp_path / "pages", 3), tmp_path / "a.db"
    assert ingest(folder, "--db", db) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE pages SET raw_hash = 'an older digest of the same bytes'")
    assert ingest(folder, "--db", db) == 0
    assert count(db) == 3
    assert count(db, "SELECT unchanged FROM runs WHERE id = 2") == 3
    with sqlite3.connect(db) as conn:
        digests = [row[0] for row in conn.execute("SELECT raw_hash FROM pages ORDER BY source")]
    assert digests == [raw_digest(path.read_bytes()) for path in sorted(folder.iterdir())]
    assert ingest(folder, "--db", db) == 0
    assert count(db, "SELECT unchanged FROM runs WHERE id = 3") == 3


def test_changed_page_becomes_a_new_latest_version(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    page = tmp_path / "pages" / "report.html"
    page.parent.mkdir()
    page.write_text(article_page(5, "The quay reopens on Friday."), encoding="utf-8")
    assert ingest(page.parent, "--db", db) == 0
    page.write_text(article_page(5, "The quay stays shut until the pilots return."), "utf-8")
    assert ingest(page.parent, "--db", db) == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT version, is_latest, text FROM articles WHERE key = ? ORDER BY version",
            ("https://kill.example/reports/5",),
        ).fetchall()
    assert [(v, latest) for v, latest, _ in rows] == [(1, 0), (2, 1)]
    assert "pilots return" in rows[1][2] and "pilots return" not in rows[0][2]
    # Back to the first content: no third row, the first version is the latest again.
    page.write_text(article_page(5, "The quay reopens on Friday."), encoding="utf-8")
    assert ingest(page.parent, "--db", db) == 0
    with sqlite3.connect(db) as conn:
        latest = conn.execute("SELECT version FROM articles WHERE is_latest = 1").fetchall()
    assert latest == [(1,)] and count(db) == 2


def test_articles_whose_template_names_the_home_page_canonical_stay_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in (1, 2):
        page = article_page(number).replace(
            f"https://kill.example/reports/{number}", "https://kill.example/"
        )
        (folder / f"report-{number}.html").write_text(page, encoding="utf-8")
    db = tmp_path / "a.db"
    assert ingest(folder, "--db", db) == 0
    assert count(db, "SELECT count(*) FROM articles WHERE is_latest = 1") == 2
    # The same folder typed another way is the same files: nothing is stored again.
    monkeypatch.chdir(tmp_path)
    assert ingest("./pages/../pages", "--db", db) == 0
    assert count(db) == 2
    with sqlite3.connect(db) as conn:
        keys = {key for (key,) in conn.execute("SELECT key FROM articles")}
    assert keys == {str((folder / f"report-{n}.html").resolve()) for n in (1, 2)}


def test_failing_pages_are_recorded_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pages(tmp_path / "pages", 3)
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 40)
    db = tmp_path / "a.db"
    assert ingest(folder, tmp_path / "missing.html", "--db", db) == 1
    assert count(db) == 3
    with sqlite3.connect(db) as conn:
        failed = dict(conn.execute("SELECT source, error FROM failures").fetchall())
    assert set(failed) == {
        str(folder / "empty.html"),
        str(folder / "binary.html"),
        str(tmp_path / "missing.html"),
    }
    assert failed[str(tmp_path / "missing.html")].startswith("no such file")
    stderr = capsys.readouterr().err
    assert all(f"dateline: {source}: {error}" in stderr for source, error in failed.items())


def test_writer_stores_facts_in_their_tables(tmp_path: Path) -> None:
    conn = open_archive(tmp_path / "a.db")
    record = {
        "schema": SCHEMA,
        "canonical_url": "https://facts.example/a",
        "title": "Council votes",
        "text": "The mayor, Ana Ruiz, said 40 homes flooded on Tuesday.",
        "facts": {
            "people": [{"name": "Ana Ruiz", "titles": ["mayor"], "mentions": 2}],
            "organizations": [{"name": "Council", "mentions": 1}],
            "places": [],
            "quotes": [
                {
                    "text": "40 homes flooded",
                    "speaker": "Ana Ruiz",
                    "kind": "indirect",
                    "cue": "said",
                    "start": 25,
                    "end": 41,
                }
            ],
            "claims": [
                {
                    "text": "40 homes flooded",
                    "source": "Ana Ruiz",
                    "value": 40,
                    "qualifier": None,
                    "unit": "homes",
                    "predicate": "flooded",
                }
            ],
            "dates": [{"text": "on Tuesday", "resolved": "2024-05-07"}],
        },
    }
    writer = ArchiveWriter(conn, run_id=0)
    page = PageInfo(source="a.html")
    assert (
        writer.store(page, Extracted(record, content_hash(record), raw_hash="0"))[0]
        is Outcome.STORED
    )
    writer.commit()
    person = conn.execute("SELECT name, titles, mentions FROM people").fetchone()
    assert tuple(person) == ("Ana Ruiz", '["mayor"]', 2)
    assert conn.execute("SELECT speaker, start_char, end_char FROM quotes").fetchone()[:] == (
        "Ana Ruiz",
        25,
        41,
    )
    assert conn.execute("SELECT value, unit FROM claims").fetchone()[:] == (40, "homes")
    assert conn.execute("SELECT resolved FROM dates").fetchone()[0] == "2024-05-07"
    assert conn.execute("SELECT name FROM organizations").fetchone()[0] == "Council"
    conn.close()


def test_an_archive_from_a_newer_dateline_is_refused(
    tmp_path: Path, pages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert ingest(pages_dir, "--db", db) == 1
    assert "newer than this dateline" in capsys.readouterr().err
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a database " * 100, encoding="utf-8")
    assert ingest(pages_dir, "--db", not_sqlite) == 1
    assert f"{not_sqlite}: not a dateline archive" in capsys.readouterr().err


def test_a_damaged_archive_is_named_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    assert ingest(write_pages(tmp_path / "pages", 30), "--db", db) == 0
    with sqlite3.connect(db) as conn:  # a disk fault in the articles table, past its schema
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'articles'")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        offset = (root.fetchone()[0] - 1) * page_size
    conn.close()
    with db.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xff" * page_size)
    capsys.readouterr()
    more = write_pages(tmp_path / "more", 31)
    for argv in (["ingest", "-q", str(more)], ["search", "harbour"], ["export"]):
        assert main([*argv, "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"dateline: {db}: ") and "malformed" in err
        assert err.count("\n") == 1


def test_killed_ingest_loses_nothing_committed_and_a_rerun_completes(tmp_path: Path) -> None:
    pages = 800
    folder = write_pages(tmp_path / "pages", pages)
    db = tmp_path / "a.db"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "dateline.cli", "ingest", "-q", "--workers", "1"]
    process = subprocess.Popen(
        [*command, str(folder), "--db", str(db)],
        env=env,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so the workers can be found after
    )
    committed = 0
    deadline = time.monotonic() + RUN_LIMIT_SECONDS
    try:
        while committed == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
            if db.exists():
                try:
                    committed = count(db)
                except sqlite3.OperationalError:  # the schema is still being created
                    committed = 0
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=RUN_LIMIT_SECONDS)
    assert committed > 0
    survived = count(db)
    assert committed <= survived < pages
    rerun = subprocess.run(
        [*command, str(folder), "--db", str(db)],
        env=env,
        capture_output=True,
        timeout=RUN_LIMIT_SECONDS,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = [row[0] for row in conn.execute("SELECT key FROM articles")]
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    assert sorted(keys) == sorted(f"https://kill.example/reports/{n}" for n in range(pages))
    assert fts == pages
    # The killed run's worker noticed that its main process was gone and exited by itself.
    deadline = time.monotonic() + RUN_LIMIT_SECONDS
    while _group_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        assert not _group_alive(process.pid), "a worker of the killed ingest is still running"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _group_alive(group: int) -> bool:
    """Whether a process of the group still runs (zombies waiting to be reaped do not)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended while being read
        state, process_group = fields[0], int(fields[2])
        if process_group == group and state != "Z":
            return True
    return False


def test_wire_copies_and_stories_link_across_runs(tmp_path: Path, pages_dir: Path) -> None:
    db = tmp_path / "a.db"
    assert ingest(pages_dir / "wire_original.html", "--db", db) == 0
    # A second run rebuilds the index from the stored signatures before linking the copy.
    assert (
        ingest(pages_dir / "wire_regional.html", pages_dir / "blog_microdata.html", "--db", db) == 0
    )
    conn = open_archive(db, create=False)
    rows = {
        row["site_name"]: row
        for row in conn.execute(
            "SELECT id, site_name, duplicate_of, similarity, story_id, minhash FROM articles"
        )
    }
    original, copy, other = rows["Tidewire"], rows["The Lagoon Courier"], rows["Riverbend Review"]
    assert original["duplicate_of"] is None and original["minhash"]
    assert copy["duplicate_of"] == original["id"] and 0 < copy["similarity"] <= 1
    assert copy["story_id"] == original["story_id"] != other["story_id"]
    assert other["duplicate_of"] is None
    story = conn.execute("SELECT * FROM stories WHERE id = ?", (original["story_id"],)).fetchone()
    assert story["article_count"] == 2
    assert json.loads(story["outlets"]) == ["The Lagoon Courier", "Tidewire"]
    assert story["label"].startswith("Flash floods force thousands")
    assert story["first_seen"] <= story["last_seen"]
    conn.close()


def test_linking_state_is_rebuilt_only_when_a_new_page_needs_it(
    tmp_path: Path, pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.db"
    assert ingest(pages_dir, "--db", db) == 0
    restored: list[int] = []
    restore = DuplicateIndex.restore

    def counted(index: DuplicateIndex, article_id: int, *rest: Any) -> Any:
        restored.append(article_id)
        return restore(index, article_id, *rest)

    monkeypatch.setattr(DuplicateIndex, "restore", counted)
    # Every page unchanged: nothing to link, so the stored signatures are not read back.
    assert ingest(pages_dir, "--db", db) == 0
    assert restored == []
    # A new page is linked against every stored first version, put back once, in id order
    # (``add`` indexes the new page itself through ``restore`` too, last).
    linkable = "SELECT id FROM articles WHERE version = 1 AND minhash IS NOT NULL ORDER BY id"
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute(linkable)]
    assert ingest(write_pages(tmp_path / "new", 1), "--db", db) == 0
    with sqlite3.connect(db) as conn:
        now = [row[0] for row in conn.execute(linkable)]
    assert stored and restored == now == [*stored, now[-1]]


def test_ingest_with_facts_fills_the_facts_tables(tmp_path: Path, pages_dir: Path) -> None:
    pytest.importorskip("spacy")
    db = tmp_path / "a.db"
    page = pages_dir / "wire_original.html"
    assert main(["ingest", "-q", "--facts", "--workers", "1", str(page), "--db", str(db)]) == 0
    conn = open_archive(db, create=False)
    row = conn.execute("SELECT id, record FROM articles").fetchone()
    facts = json.loads(row["record"])["facts"]
    people = [r[0] for r in conn.execute("SELECT name FROM people ORDER BY position")]
    assert people == [p["name"] for p in facts["people"]] and people
    for table in ("quotes", "claims", "dates", "places", "organizations"):
        stored = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert stored == len(facts[table]), table
    # --person also finds people named in the facts, not only authors.
    surname = people[0].split()[-1]
    authors = json.loads(row["record"])["authors"]
    assert not any(surname in author for author in authors)
    hits = search(conn, "Lagos", Filters(person=surname)).hits
    assert [hit.id for hit in hits] == [row["id"]]
    conn.close()


def test_facts_are_found_in_article_pages_only(tmp_path: Path, pages_dir: Path) -> None:
    """A tag page's teasers quote and count for other articles: it is not analysed."""
    pytest.importorskip("spacy")
    db = tmp_path / "a.db"
    pages = [str(pages_dir / "live_listing.html"), str(pages_dir / "wire_original.html")]
    assert main(["ingest", "-q", "--facts", "--workers", "1", *pages, "--db", str(db)]) == 0
    conn = open_archive(db, create=False)
    facts = {
        row["page_type"]: json.loads(row["record"])["facts"]
        for row in conn.execute("SELECT page_type, record FROM articles")
    }
    assert facts["listing"] is None
    assert facts["article"]["people"] and facts["article"]["quotes"]
    for table in ("people", "quotes", "claims", "dates", "places", "organizations"):
        off_articles = conn.execute(
            f"SELECT count(*) FROM {table} AS t JOIN articles AS a ON a.id = t.article_id"
            " WHERE a.page_type != 'article'"
        ).fetchone()[0]
        assert off_articles == 0, table
    conn.close()


def test_a_rerun_with_facts_analyses_the_stored_articles_that_have_none(
    tmp_path: Path,
    pages_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("spacy")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    db = tmp_path / "a.db"
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("wire_original.html", "live_listing.html"):
        shutil.copy(pages_dir / name, folder / name)
    body = (pages_dir / "wire_regional.html").read_bytes()
    with LoopbackSite({"/w.html": Response(body=body, headers={"ETag": '"v1"'})}) as site:
        url = site.url("/w.html")
        run = ["ingest", "--workers", "1", "--delay", "0", "--db", str(db), str(folder), url]
        assert main(run) == 0
        assert count(db, "SELECT count(*) FROM people") == 0
        before = count(db)
        capsys.readouterr()
        assert main([*run, "--facts"]) == 0
        assert "2 given facts" in capsys.readouterr().err
        # The same pages given facts: no new version, no new row; the listing is left alone.
        assert count(db) == before
        assert count(db, "SELECT count(*) FROM articles WHERE version > 1") == 0
        with sqlite3.connect(db) as conn:
            analysed = dict(
                conn.execute(
                    "SELECT page_type, count(*) FROM articles"
                    " WHERE json_type(record, '$.facts') = 'object' GROUP BY page_type"
                ).fetchall()
            )
        assert analysed == {"article": 2}
        assert count(db, "SELECT count(DISTINCT article_id) FROM people") == 2
        people = count(db, "SELECT count(*) FROM people")
        # Analysed once: a third run has nothing to do.
        assert main([*run, "--facts"]) == 0
        assert "given facts" not in capsys.readouterr().err
        assert count(db, "SELECT count(*) FROM people") == people
    # The rerun with facts asked for the whole page (no 304 for a page it must analyse).
    etags = [r.header("If-None-Match") for r in site.requests_for("/w.html")]
    assert etags == [None, None, '"v1"']


def test_robots_txt_in_a_folder_is_skipped_not_stored_nor_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pages(tmp_path / "site", 2)
    (folder / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
    (folder / "sub").mkdir()
    (folder / "sub" / "ads.txt").write_text("ads.example, pub-0001, DIRECT\n")
    (folder / "sub" / "notes.txt").write_text("Harbour notes\n\nThe quay reopened on Monday.\n")
    db = tmp_path / "a.db"
    assert main(["ingest", "--workers", "1", str(folder), "--db", str(db)]) == 0
    status = capsys.readouterr().err
    assert "3 new" in status and "0 failed" in status and "2 skipped (not pages)" in status
    sources = [Path(row[0]).name for row in sqlite3.connect(db).execute("SELECT source FROM pages")]
    assert sorted(sources) == ["notes.txt", "report-0000.html", "report-0001.html"]
    assert count(db, "SELECT count(*) FROM failures") == 0


def extract_or_die(page: RawPage) -> Article:
    """Extraction that kills its worker process on a page holding the word POISON."""
    if b"POISON" in page.data:
        os._exit(1)
    return to_article(page, "auto", None)


def test_a_page_that_kills_its_worker_is_recorded_and_the_rest_stored(tmp_path: Path) -> None:
    pages = [RawPage(name=f"p{n}.html", data=article_page(n).encode()) for n in range(6)]
    pages.insert(2, RawPage(name="poison.html", data=article_page(99, "POISON").encode()))
    conn = open_archive(tmp_path / "a.db")
    report = ingest_pages(conn, iter(pages), to_record=extract_or_die, workers=2)
    conn.close()
    assert report.stored == 6
    assert report.failures == [("poison.html", "the extraction worker process died on this page")]
    assert count(tmp_path / "a.db") == 6


def test_the_archived_record_is_the_public_record_without_removed() -> None:
    article = Article(
        title="Floods in Halvik",
        text="The river rose.",
        removed=[Removed(kind="navigation", text="World Sport Weather")],
    )
    record = archive_record(article)
    assert "removed" not in record
    assert record == article.to_dict(explain=False)
    assert article.removed == [Removed(kind="navigation", text="World Sport Weather")]


def test_same_bytes_with_new_validators_keep_the_new_ones_for_the_next_304(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    db = tmp_path / "a.db"
    body = article_page(3)
    with LoopbackSite({"/r/3": Response(body=body, headers={"ETag": '"v1"'})}) as site:
        url = site.url("/r/3")
        assert ingest(url, "--db", db, "--delay", "0") == 0
        # A re-deploy: the same bytes under a new ETag (and now a Last-Modified).
        validators = {"ETag": '"v2"', "Last-Modified": "Wed, 04 Mar 2026 08:00:00 GMT"}
        site.routes["/r/3"] = Response(body=body, headers=validators)
        assert ingest(url, "--db", db, "--delay", "0") == 0
        with sqlite3.connect(db) as conn:
            row = conn.execute("SELECT etag, last_modified FROM pages WHERE source = ?", (url,))
            assert row.fetchone() == ('"v2"', "Wed, 04 Mar 2026 08:00:00 GMT")
        assert ingest(url, "--db", db, "--delay", "0") == 0
    page_requests = site.requests_for("/r/3")
    assert [r.header("If-None-Match") for r in page_requests] == [None, '"v1"', '"v2"']
    assert count(db) == 1
    assert count(db, "SELECT unchanged FROM runs WHERE id = 3") == 0  # the 304: nothing read


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://n.example/a.html?utm_source=rss", "https://n.example/a.html"),
        ("https://n.example/a?id=123&utm_medium=x&ocid=9#top", "https://n.example/a?id=123#top"),
        ("https://n.example/a?cmpid=x&page=2&_ga=1", "https://n.example/a?page=2"),
        ("https://n.example/a?id=123", "https://n.example/a?id=123"),
        ("https://n.example/a?utm=1&source=rss", "https://n.example/a?utm=1&source=rss"),
        ("http://[::1/a?utm_source=x", "http://[::1/a?utm_source=x"),  # unparsable: kept
    ],
)
def test_without_tracking_keeps_every_other_query_parameter(url: str, key: str) -> None:
    assert without_tracking(url) == key


def test_tracking_parameters_do_not_make_a_page_without_a_canonical_url_a_new_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    bare = article_page(6).replace(
        '<link rel="canonical" href="https://kill.example/reports/6">', ""
    )
    db = tmp_path / "a.db"
    with LoopbackSite({"/r/6.html": bare, "/r/7.html": article_page(7)}) as site:
        page = site.url("/r/6.html")
        tracked = [
            page + "?utm_source=rss&utm_medium=feed",
            page + "?fbclid=IwAR0x",
            page + "?UTM_Campaign=spring&gclid=abc&mc_cid=1&mc_eid=2",
        ]
        other = site.url("/r/6.html?id=123&utm_source=rss")
        assert ingest(page, *tracked, other, "--db", db, "--delay", "0") == 0
    with sqlite3.connect(db) as conn:
        keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY id")]
    # ?id=123 may name another page: kept, its tracking parameter gone.
    assert keys == [page, site.url("/r/6.html?id=123")]


def test_a_feed_listing_one_page_with_and_without_a_fragment_stores_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    moscow = "/" + quote("новости") + "/" + quote("москва")
    links = ["/a/frag", "/a/frag#comments", "/новости/москва"]
    items = "".join(f"<item><link>{link}</link></item>" for link in links)
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss><channel>{items}</channel></rss>'
    bare = article_page(4).replace(
        '<link rel="canonical" href="https://kill.example/reports/4">', ""
    )
    routes = {"/feed.xml": feed, "/a/frag": bare, moscow: article_page(5)}
    db = tmp_path / "a.db"
    with LoopbackSite(routes) as site:
        assert ingest(site.url("/feed.xml"), "--db", db, "--delay", "0") == 0
    with sqlite3.connect(db) as conn:
        sources = [row[0] for row in conn.execute("SELECT source FROM pages ORDER BY source")]
        keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY key")]
    assert sources == sorted([site.url("/a/frag"), site.url(moscow)])
    assert keys == sorted([site.url("/a/frag"), "https://kill.example/reports/5"])


def test_a_storys_first_and_last_seen_are_instants_not_strings(
    tmp_path: Path, pages_dir: Path
) -> None:
    from dateline.archive.links import _REFRESH_STORIES

    db = tmp_path / "a.db"
    assert (
        ingest(pages_dir / "wire_original.html", pages_dir / "wire_regional.html", "--db", db) == 0
    )
    conn = open_archive(db, create=False)
    ids = [row["id"] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    story = conn.execute("SELECT story_id FROM articles WHERE id = ?", (ids[0],)).fetchone()[0]
    # 23:30 at UTC-5 is 04:30 UTC the next day: later than 01:00 UTC, though it sorts first.
    times = {ids[0]: "2024-06-01T23:30:00-05:00", ids[1]: "2024-06-02T01:00:00+00:00"}
    with conn:
        for article, published in times.items():
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (published, article))
        conn.execute(_REFRESH_STORIES, (json.dumps({str(story): None}),))
    row = conn.execute(
        "SELECT first_seen, last_seen FROM stories WHERE id = ?", (story,)
    ).fetchone()
    assert (row["first_seen"], row["last_seen"]) == (times[ids[1]], times[ids[0]])
    conn.close()


def test_a_copy_the_page_dates_earlier_does_not_undo_the_newer_version(tmp_path: Path) -> None:
    def dated(body: str, updated: str) -> str:
        stamp = f'<meta property="article:modified_time" content="{updated}">'
        return article_page(5, body).replace("</head>", f"{stamp}</head>")

    db = tmp_path / "a.db"
    crawl, old_crawl = tmp_path / "crawl", tmp_path / "old"
    crawl.mkdir()
    old_crawl.mkdir()
    (crawl / "r.html").write_text(dated("The quay reopens.", "2024-06-01T09:00:00+00:00"))
    assert ingest(crawl, "--db", db) == 0
    (crawl / "r.html").write_text(dated("The quay stays shut.", "2024-06-02T09:00:00+00:00"))
    assert ingest(crawl, "--db", db) == 0
    # A backfill from an older crawl: the first version again, then one never seen before
    # but dated between the two. Both are kept, and the newest stays the latest.
    (old_crawl / "r.html").write_text(dated("The quay reopens.", "2024-06-01T09:00:00+00:00"))
    assert ingest(old_crawl, "--db", db) == 0
    (old_crawl / "r.html").write_text(dated("Barges wait.", "2024-06-01T18:00:00+00:00"))
    assert ingest(old_crawl, "--db", db) == 0
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT version, is_latest, text FROM articles ORDER BY version")
        versions = [(version, latest, "stays shut" in text) for version, latest, text in rows]
    assert versions == [(1, 0, False), (2, 1, True), (3, 0, False)]


def test_a_slow_source_has_each_page_stored_as_it_comes(tmp_path: Path) -> None:
    stored_when_asked: list[int] = []
    stored: list[int] = [0]

    def polite_pages() -> Any:
        # A crawler that waits between requests: pages arrive a second apart.
        for n in range(5):
            stored_when_asked.append(stored[-1])
            yield RawPage(name=f"p{n}.html", data=article_page(n).encode())
            time.sleep(1.0)

    def progress(report: Any) -> None:
        stored.append(report.stored)

    conn = open_archive(tmp_path / "a.db")
    report = ingest_pages(conn, polite_pages(), to_record=to_article, workers=1, progress=progress)
    conn.close()
    assert report.stored == 5
    # Pages answered while the crawler waited were stored before the crawl ended (waiting
    # for the pool's queue to fill, none was, and a killed crawl lost them all).
    assert stored_when_asked[-1] >= 1


def test_a_stub_that_grows_into_a_wire_copy_is_linked_when_it_does(
    tmp_path: Path, pages_dir: Path
) -> None:
    original, regional = tmp_path / "original", tmp_path / "regional"
    original.mkdir()
    regional.mkdir()
    shutil.copy(pages_dir / "wire_original.html", original)
    full = (pages_dir / "wire_regional.html").read_text(encoding="utf-8")
    start = full.index('<div class="entry-content">')
    stub = (
        full[:start]
        + '<div class="entry-content"><p>LAGOS, March 3 - Flash floods hit Lagos on Sunday. '
        "More to follow.</p></div></article></main></body></html>"
    )
    db = tmp_path / "a.db"
    assert main(["ingest", "-q", "--workers", "1", str(original), "--db", str(db)]) == 0
    (regional / "wire_regional.html").write_text(stub, encoding="utf-8")
    assert main(["ingest", "-q", "--workers", "1", str(regional), "--db", str(db)]) == 0
    (regional / "wire_regional.html").write_text(full, encoding="utf-8")
    assert main(["ingest", "-q", "--workers", "1", str(regional), "--db", str(db)]) == 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        rows = conn.execute(
            "SELECT version, duplicate_of, story_id FROM articles WHERE site_name = 'The Lagoon"
            " Courier' ORDER BY version"
        ).fetchall()
        wire = conn.execute(
            "SELECT id, story_id FROM articles WHERE site_name = 'Tidewire'"
        ).fetchone()
    assert [row[0] for row in rows] == [1, 2]
    assert rows[0][1] is None  # the stub: nothing to link
    assert rows[1][1] == wire[0] and rows[1][2] == wire[1] is not None


def test_the_same_content_typed_anew_is_retyped_and_asked_for_no_facts(tmp_path: Path) -> None:
    conn = open_archive(tmp_path / "a.db")
    record = {
        "schema": SCHEMA,
        "canonical_url": "https://retype.example/about",
        "title": "How our city desk works",
        "page_type": "article",
        "text": "The city desk covers the council, the courts and the schools of Brenmoor.",
    }
    writer = ArchiveWriter(conn, run_id=0)
    page = PageInfo(source="about.html")
    writer.store(page, Extracted(record, content_hash(record), raw_hash="0"))
    writer.commit()
    assert [tuple(row) for row in conn.execute(UNANALYSED_SOURCES)] == [("about.html", None)]
    # A later extraction types the same page "other": no new version, and no facts asked for.
    retyped = {**record, "page_type": "other"}
    assert content_hash(retyped) == content_hash(record)
    outcome, _ = writer.store(page, Extracted(retyped, content_hash(retyped), raw_hash="0"))
    writer.commit()
    assert outcome is Outcome.UNCHANGED
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    stored = conn.execute("SELECT page_type, record FROM articles").fetchone()
    assert stored[0] == "other" and json.loads(stored[1])["page_type"] == "other"
    assert conn.execute(UNANALYSED_SOURCES).fetchall() == []


def test_a_file_name_that_is_not_utf8_is_stored_escaped_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_pages(tmp_path / "crawl", 2)
    # A Latin-1 "é" in a name, as crawls saved on older systems hold: Python keeps the byte
    # as a lone surrogate, which SQLite and UTF-8 output refuse.
    latin = os.fsdecode(bytes(folder) + b"/caf\xe9-report.html")
    Path(latin).write_text(article_page(7), encoding="utf-8")
    missing = os.fsdecode(bytes(tmp_path) + b"/gone-\xff.html")
    db = tmp_path / "a.db"
    assert main(["ingest", "--workers", "1", str(folder), missing, "--db", str(db)]) == 1
    assert "3 new" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        sources = {Path(source).name for (source,) in conn.execute("SELECT source FROM pages")}
        failed = [source for (source,) in conn.execute("SELECT source FROM failures")]
    assert "caf\\xe9-report.html" in sources
    assert [Path(source).name for source in failed] == ["gone-\\xff.html"]
    # Named the same way again, the page is known: nothing new on a second run.
    assert ingest(folder, "--db", db) == 0
    assert count(db) == 3


def test_an_empty_folder_is_said_to_hold_no_pages_not_counted_as_a_failed_page(
    tmp_path: Path, pages_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    (empty / "inner").mkdir(parents=True)
    db = str(tmp_path / "a.db")
    assert main(["ingest", "--workers", "1", str(empty), "--db", db]) == 1
    err = capsys.readouterr().err
    assert f"{empty}: no page files" in err
    assert "the sources hold no pages" in err
    assert "1 page" not in err and "failed" not in err
    conn = open_archive(db, create=False)
    try:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    finally:
        conn.close()
    # Beside a folder of pages the empty one is named, and the pages alone are counted.
    one_page = tmp_path / "one"
    one_page.mkdir()
    shutil.copy(next(pages_dir.glob("*.html")), one_page)
    assert main(["ingest", "--workers", "1", str(empty), str(one_page), "--db", db]) == 1
    err = capsys.readouterr().err
    assert f"{empty}: no page files" in err and "1 page: 1 new" in err and "0 failed" in err


def test_a_feed_linking_only_to_itself_ingests_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Avel Tide</title>'
        "<item><title>Latest</title><link>/rss.xml</link></item></channel></rss>"
    )
    db = str(tmp_path / "a.db")
    with LoopbackSite({"/rss.xml": Response(body=feed)}) as site:
        status = main(
            ["ingest", "--workers", "1", "--delay", "0", site.url("/rss.xml"), "--db", db]
        )
    err = capsys.readouterr().err
    assert status == 1
    assert f"{site.url('/rss.xml')}: the feed lists no pages but itself (1 entry)" in err
    assert "nothing ingested: the sources hold no pages" in err
    assert count(Path(db)) == 0


def test_a_sitemaps_own_failures_are_listed_however_many_pages_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 30 listed pages are gone (404) and come first; the sitemap is then cut short, and an
    # index chain nests deeper than the walk follows. Those two say that pages were never
    # seen: they must not sit past the 20 failed pages listed.
    sm = "http://www.sitemaps.org/schemas/sitemap/0.9"

    def urlset(paths: list[str]) -> str:
        entries = "".join(f"<url><loc>{path}</loc></url>" for path in paths)
        return f'<urlset xmlns="{sm}">{entries}</urlset>'

    def index(child: str) -> str:
        return f'<sitemapindex xmlns="{sm}"><sitemap><loc>{child}</loc></sitemap></sitemapindex>'

    packed = gzip.compress(urlset([f"/gone-{n}.html" for n in range(60)]).encode())
    routes: dict[str, str | bytes | Response] = {
        "/cut.xml.gz": Response(body=packed[: len(packed) * 3 // 4]),
        **{f"/nest-{depth}.xml": index(f"/nest-{depth + 1}.xml") for depth in range(5)},
    }
    db = str(tmp_path / "a.db")
    with LoopbackSite(routes) as site:
        specs = [site.url("/cut.xml.gz"), site.url("/nest-0.xml")]
        status = main(["ingest", "-q", "--workers", "1", "--delay", "0", *specs, "--db", db])
    lines = capsys.readouterr().err.splitlines()
    assert status == 1
    cut = [line for line in lines if line.startswith(f"dateline: {site.url('/cut.xml.gz')}: ")]
    assert len(cut) == 1 and "truncated compressed data" in cut[0]
    deep = f"dateline: {site.url('/nest-4.xml')}: sitemap nested deeper than 3 levels; skipped"
    assert deep in lines
    more = next(n for n, line in enumerate(lines) if "more failures" in line)
    assert lines.index(cut[0]) < more and lines.index(deep) < more
    gone = [line for line in lines if "/gone-" in line]
    assert len(gone) == 20 and all(line.endswith("HTTP 404 Not Found") for line in gone)


def test_a_warc_file_cut_short_is_said_before_the_failed_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = [str(tmp_path / f"gone-{number:02d}.html") for number in range(25)]  # 25 failures
    warc = tmp_path / "crawl.warc.gz"
    records = [
        response_record(f"https://kill.example/reports/{n}", article_page(n).encode())
        for n in range(3)
    ]
    offsets = write_warc(warc, records)
    truncate_file(warc, warc.stat().st_size - offsets[2] - 20)  # the third member's first bytes
    db = str(tmp_path / "a.db")
    assert main(["ingest", "-q", "--workers", "1", *gone, str(warc), "--db", db]) == 1
    lines = capsys.readouterr().err.splitlines()
    cut = [line for line in lines if line.startswith(f"dateline: {warc}#")]
    assert len(cut) == 1 and "file cut short or damaged" in cut[0]
    more = next(n for n, line in enumerate(lines) if "more failures" in line)
    assert lines.index(cut[0]) < more
    assert count(Path(db)) == 2  # the records before the cut are kept
