"""The web app in a real browser: Debian's headless Chromium driven by Playwright against the
app served on a free loopback port. Search, open an article, follow a person, see the charts,
use the keyboard and a phone-sized screen, and prove the XSS fixture inert. Each main page is
saved as a screenshot in ``tests/artefacts/``."""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from browser.web_archive import XSS_FLAG, LiveServer, archive_db

CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = Path(__file__).resolve().parents[1] / "artefacts"
#: Chromium flags for a quiet, offline, throwaway browser (no sandbox: CI runs as root).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")


class Browsing:
    """A browser page on the test server that records what must never happen: dialogs,
    CSP violations, page errors, and requests leaving the loopback server."""

    def __init__(self, page: sync_api.Page, base: str) -> None:
        self.page = page
        self.base = base
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.blocked: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def _dialog(self, dialog: sync_api.Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: sync_api.ConsoleMessage) -> None:
        if message.type == "error" and "ERR_BLOCKED" not in message.text:
            self.console_errors.append(message.text)

    def go(self, path: str) -> sync_api.Page:
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        return self.page

    def screenshot(self, name: str) -> None:
        ARTEFACTS.mkdir(exist_ok=True)
        (ARTEFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
        self.page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    with LiveServer(archive_db()) as live:
        yield live


@pytest.fixture(scope="module")
def context(server: LiveServer) -> Iterator[sync_api.BrowserContext]:
    profile = tempfile.mkdtemp(prefix="dateline-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def browsing(context: sync_api.BrowserContext, server: LiveServer) -> Iterator[Browsing]:
    page = context.new_page()
    visit = Browsing(page, server.url)

    def only_loopback(route: sync_api.Route) -> None:
        if route.request.url.startswith(server.url + "/"):
            route.continue_()
        else:  # photos of crawled articles live on other hosts: never fetched in tests
            visit.blocked.append(route.request.url)
            route.abort("blockedbyclient")

    page.route("**/*", only_loopback)
    yield visit
    page.close()
    assert visit.dialogs == [] and visit.console_errors == []


def test_search_open_an_article_and_follow_a_person(browsing: Browsing) -> None:
    page = browsing.go("/")
    browsing.screenshot("home")
    page.get_by_label("Search the archive").fill("cholera")
    page.get_by_label("Search the archive").press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=cholera"))
    assert page.locator(".snippet mark").first.inner_text() == "cholera"
    browsing.screenshot("search")
    page.locator(".article-item h3 a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+$"))
    assert "official toll reaches 41" in page.locator("h1").inner_text()
    assert page.locator(".article-body .quote").count() >= 1
    browsing.screenshot("article")
    page.locator(".article-body .attribution a", has_text="Tobias Renn").first.click()
    page.wait_for_url(re.compile(r"/people/Tobias%20Renn$"))
    assert page.locator("h1").inner_text() == "Tobias Renn"
    assert page.locator(".quotes li").count() >= 2
    browsing.screenshot("person")


def test_story_page_lists_the_timeline(browsing: Browsing) -> None:
    page = browsing.go("/")
    page.locator(".story-list a", has_text="Port Avel").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    assert page.locator(".timeline-days > li").count() == 3
    browsing.screenshot("story")


def test_charts_are_drawn_and_read_out_on_hover(browsing: Browsing) -> None:
    page = browsing.go("/")
    bars = page.locator("svg.bar-chart rect.bar")
    assert bars.count() > 1
    box = page.locator("svg.bar-chart").bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 50
    assert page.locator("figure.chart").get_attribute("data-interactive") == "yes"
    tallest = max(range(bars.count()), key=lambda i: float(bars.nth(i).get_attribute("height")))
    bars.nth(tallest).hover()
    readout = page.locator(".chart-readout").inner_text()
    assert re.search(r"\d{4}-\d\d-\d\d: (?:1 article|\d+ articles)$", readout)
    page = browsing.go("/claims?predicate=killed&unit=people")
    points = page.locator("svg.line-chart path.marker")
    assert points.count() >= 3 and points.first.is_visible()
    assert page.locator(".legend li").count() >= 2
    browsing.screenshot("claims")


def test_the_keyboard_never_stops_inside_a_chart(browsing: Browsing) -> None:
    page = browsing.go("/")
    stops = []
    for _ in range(80):
        page.keyboard.press("Tab")
        stops.append(page.evaluate("!!document.activeElement.closest('svg')"))
        if page.evaluate("document.activeElement.tagName") == "BODY":
            break
    assert len(stops) > 10 and not any(stops)


def test_right_to_left_names_do_not_reorder_the_meta_line(browsing: Browsing) -> None:
    with sqlite3.connect(archive_db()) as conn:
        number = conn.execute("SELECT id FROM articles WHERE language = 'ar'").fetchone()[0]
    page = browsing.go(f"/articles/{number}")
    # Outlet, byline, date, reading time: left to right on the screen, in that order.
    lefts = page.evaluate(
        "[...document.querySelector('article header .meta').children]"
        ".map(e => e.getBoundingClientRect().left)"
    )
    assert len(lefts) == 4 and lefts == sorted(lefts), lefts
    date = page.locator("article header .meta time")
    assert date.inner_text().startswith("2024-06-09")
    browsing.screenshot("article-rtl")
    page = browsing.go("/articles")
    item = page.locator(".article-item", has=page.locator('a[lang="ar"]')).first
    outlet = item.locator(".meta .outlet").bounding_box()
    when = item.locator(".meta time").bounding_box()
    assert outlet is not None and when is not None
    # The date comes after the Arabic outlet name, with a gap, not glued before it.
    assert when["x"] >= outlet["x"] + outlet["width"] + 6, (outlet, when)


#: Script: the elements matching a selector that are drawn on more than one line.
BROKEN = """(selector) => [...document.querySelectorAll(selector)]
    .filter(e => e.getClientRects().length > 1 || (e.getClientRects()[0] || {}).height >
        1.6 * parseFloat(getComputedStyle(e).lineHeight || getComputedStyle(e).fontSize))
    .map(e => e.textContent)"""


def test_dates_headers_and_badges_do_not_break_on_a_phone(browsing: Browsing) -> None:
    with sqlite3.connect(archive_db()) as conn:
        story = conn.execute(
            "SELECT story_id FROM articles WHERE title LIKE 'Port Avel flood toll%'"
        ).fetchone()[0]
    browsing.page.set_viewport_size({"width": 375, "height": 740})
    for path in ("/articles", "/claims", f"/stories/{story}", "/people/Kemi%20Adeyo"):
        page = browsing.go(path)
        assert page.evaluate("getComputedStyle(document.querySelector('main')).overflowWrap") == (
            "break-word"
        )
        for selector in ("time .nowrap", "time:not(.when)", ".badge", "th", "td .nowrap"):
            broken = page.evaluate(BROKEN, selector)
            assert broken == [], (path, selector, broken)


def test_chart_labels_stay_readable_on_a_phone(browsing: Browsing) -> None:
    browsing.page.set_viewport_size({"width": 375, "height": 740})
    for path, chart in (("/", "svg.bar-chart"), ("/claims", "svg.line-chart")):
        page = browsing.go(path)
        boxes = page.evaluate(
            f"[...document.querySelectorAll('{chart} text.axis, {chart} text.axis-title')]"
            ".filter(t => getComputedStyle(t).display !== 'none')"
            ".map(t => {{ const b = t.getBoundingClientRect();"
            " return [b.left, b.right, b.top, b.height, t.textContent]; }})"
        )
        frame = page.locator(chart).bounding_box()
        assert frame is not None and boxes
        for left, right, _, height, label in boxes:
            assert height >= 11, (path, label, height)  # about 12px text, not 5px
            assert frame["x"] - 1 <= left and right <= frame["x"] + frame["width"] + 1, label
        dates = sorted(b for b in boxes if re.fullmatch(r"\d{4}-\d\d-\d\d", b[4]))
        assert len(dates) >= 2, path
        assert all(a[1] < b[0] for a, b in pairwise(dates)), dates
    browsing.screenshot("home-chart-phone")


def test_topics_page_renders(browsing: Browsing) -> None:
    page = browsing.go("/topics")
    assert page.locator("h1").inner_text() == "Topics"
    browsing.screenshot("topics")


def test_xss_fixture_is_inert(browsing: Browsing) -> None:
    with sqlite3.connect(archive_db()) as conn:
        number = conn.execute(
            "SELECT id FROM articles WHERE site_name = 'Avel Evening'"
        ).fetchone()[0]
    for path in (f"/articles/{number}", "/search?q=gala", "/articles"):
        page = browsing.go(path)
        page.locator("h1").hover()
        page.mouse.move(10, 10)
        assert page.evaluate(f"typeof window.{XSS_FLAG}") == "undefined", path
        handlers = "[onerror],[onload],[onmouseover],[onclick]"
        assert page.evaluate(f"document.querySelectorAll('{handlers}').length") == 0
        scripts = page.evaluate("[...document.scripts].map(s => s.src || s.textContent)")
        assert all(src.startswith(browsing.base + "/static/") for src in scripts), scripts
    page = browsing.go(f"/articles/{number}")
    assert "<script>" in page.locator("h1").inner_text()
    assert "onerror=" in page.locator(".article-body").inner_text()
    browsing.screenshot("xss-article")


def test_keyboard_skip_link_reaches_the_content(browsing: Browsing) -> None:
    page = browsing.go("/stories")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_pages_fit_a_phone_screen(browsing: Browsing) -> None:
    with sqlite3.connect(archive_db()) as conn:
        query = "SELECT id FROM articles WHERE site_name = 'Avel Evening'"
        gala = conn.execute(query).fetchone()[0]
    browsing.page.set_viewport_size({"width": 375, "height": 740})
    pages = ("/", "/search?q=floods", "/stories", "/claims", "/people/Kemi%20Adeyo")
    # The gala article and its search result hold a 300-character token without a space.
    for path in (*pages, f"/articles/{gala}", "/search?q=programme"):
        page = browsing.go(path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, (path, width)
    browsing.screenshot("home-phone")
