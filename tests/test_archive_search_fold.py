"""Full-text search across spellings the FTS5 tokenizer does not fold: Turkish dotless i,
Arabic harakat and tatweel, the alef with or without hamza, Persian and Arabic kaf and yeh,
Hebrew niqqud, full-width Latin letters and digits. The outlets, people and events are
invented."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from search_archive import ingest_pages, pages_found

from dateline.archive.names_match import fold_name
from dateline.archive.schema import MIGRATIONS, SCHEMA_VERSION
from dateline.archive.search import search
from dateline.archive.search_fold import fold_for_search
from dateline.archive.store import open_archive

#: Each page's headline and a body sentence that carries the marked spelling.
PAGES = {
    "kilic.html": (
        "Ferry crews stay ashore in İstanbul",
        "Union organiser Deniz Kılıç said the crews of Yelkenköy would stay ashore until the"
        " night crossings were restored, and commuters queued for buses on the shore road.",
    ),
    "kilic_plain.html": (
        "Ferry talks resume in Istanbul",
        "Organiser Deniz Kilic urged commuters to stay calm while the two sides met at the"
        " harbour office of the invented port of Velmora on Wednesday afternoon.",
    ),
    "maktaba.html": (
        "افتتاح مَكْتَبَةٍ في الواحة",
        "افتتحت بلدية الواحة مَكْتَبَةً جديدة يوم الثلاثاء وقال رئيس البلدية إن المبنى سيضم"
        " عشرين ألف كتاب للأطفال والطلاب من جميع أنحاء المنطقة المجاورة للمدينة.",
    ),
    "souk.html": (
        "سوق الكـتـب في ساحة النخيل",
        "عاد سوق الكـتـب الأسبوعي إلى ساحة النخيل يوم الجمعة بعد توقف دام شهرين بسبب أعمال"
        " الصيانة وقال الباعة إن الإقبال كان كبيرا منذ الساعات الأولى من الصباح.",
    ),
    "ahmad.html": (
        "إغلاق جسر الميناء للصيانة",
        "قال المهندس أحمد البستاني إن جسر الميناء في بلدة الرمال سيغلق أسبوعين لإصلاح"
        " الأعمدة القديمة وإن الحافلات ستنقل الركاب عبر الطريق الساحلي طوال فترة العمل.",
    ),
    "ketabkhaneh.html": (
        "ساعت كار كتابخانه تمدید شد",
        "كتابخانهٔ عمومی شهرک نارون از شنبه تا ساعت ده شب باز است و مدیر آن گفت كه"
        " دانشجویان بیشتری برای مطالعه در شب به آنجا می‌آیند و صندلی‌های تازه خریده شده است.",
    ),
    "shalom.html": (
        "פסטיבל חדש בעמק",
        "בכפר עין תמר אמרו שָׁלוֹם למאות מבקרים שהגיעו לשמוע להקות מקומיות שניגנו עד שעות"
        " הלילה המאוחרות על במה שנבנתה במיוחד ליד המעיין של הכפר.",
    ),
    "train.html": (
        "Quiet trains on the Eastbay line",
        "Eastbay Railway said its new ＡＢＣ１２３ trains started carrying passengers on"
        " Sunday, with wider doors and quieter motors than the carriages they replace.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    conn = open_archive(ingest_pages(tmp_path_factory.mktemp("scripts"), PAGES), create=False)
    yield conn
    conn.close()


@pytest.mark.parametrize(
    ("queries", "pages"),
    [
        (["Kilic", "Kılıç", "KILIÇ", '"Deniz Kılıç"', '"deniz kilic"'], ["kilic", "kilic_plain"]),
        (["Istanbul", "İstanbul", "ISTANBUL"], ["kilic", "kilic_plain"]),
        (["مكتبة", "مَكْتَبَة"], ["maktaba"]),
        (["الكتب", "الكـتـب"], ["souk"]),
        (["שלום", "שָׁלוֹם"], ["shalom"]),
        (["احمد", "أحمد", "إغلاق", "اغلاق"], ["ahmad"]),
        (["کتابخانه", "كتابخانه", "كتابخانهٔ", "کتابخانۀ"], ["ketabkhaneh"]),
        (["ABC123", "abc123", "ＡＢＣ１２３"], ["train"]),
    ],
)
def test_the_plain_and_the_marked_spelling_find_each_other(
    archive: sqlite3.Connection, queries: list[str], pages: list[str]
) -> None:
    wanted = {f"{name}.html" for name in pages}
    for query in queries:
        assert pages_found(archive, PAGES, query) == wanted, query


def test_snippets_mark_the_word_as_written(archive: sqlite3.Connection) -> None:
    snippets = {hit.title: hit.snippet for hit in search(archive, "kilic").hits}
    assert "[Kılıç]" in snippets["Ferry crews stay ashore in İstanbul"]
    assert "[Kilic]" in snippets["Ferry talks resume in Istanbul"]
    (hit,) = search(archive, "مكتبة").hits
    assert "[مَكْتَبَةً]" in hit.snippet


def test_folding_keeps_the_words_where_they_were() -> None:
    assert fold_for_search("Kılıç Søren Straße") == "Kiliç Soren Strasse"
    assert fold_for_search("مَكْتَبَةٌ الكـتـب") == "مكتبة الكتب"
    assert fold_for_search("שָׁלוֹם") == "שלום"
    assert fold_for_search("ＡＢＣ１２３") == "ABC123"
    plain = "Council votes on the ferry timetable"
    assert fold_for_search(plain) is plain


def test_an_archive_indexed_before_folding_is_reindexed(tmp_path: Path) -> None:
    db = tmp_path / "v4.db"
    conn = sqlite3.connect(db, isolation_level=None)
    for script in MIGRATIONS[:4]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 4")
    title, body = PAGES["kilic.html"]
    conn.execute(
        "INSERT INTO articles (id, key, version, is_latest, content_hash, source, fetched_at,"
        " page_type, title, text, markdown, word_count, reading_time_minutes, record)"
        " VALUES (1, 'k', 1, 1, 'h', 'kilic.html', '2026-03-02T00:00:00Z', 'article', ?, ?, ?,"
        " 30, 1, '{}')",
        (title, body, body),
    )
    conn.execute(
        "INSERT INTO articles_fts (rowid, title, dek, text) VALUES (1, ?, NULL, ?)", (title, body)
    )
    assert not conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'kilic'"
    ).fetchone()[0]
    conn.close()
    upgraded = open_archive(db, create=False)
    try:
        assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert pages_found(upgraded, PAGES, "Kilic") == {"kilic.html"}
        assert "[Kılıç]" in search(upgraded, "kilic").hits[0].snippet
    finally:
        upgraded.close()


def test_names_match_the_arabic_letters_search_folds() -> None:
    """The person filter and the people list group "رضا نوروزی" with "رضا نوروزي" (Persian
    and Arabic yeh) as search finds one for the other."""
    assert fold_name("رضا نوروزی") == fold_name("رضا نوروزي")
    assert fold_name("أحمد كاظمی") == fold_name("احمد کاظمي")
    assert fold_name("Ruth Yıldız") == "ruth yildiz"
