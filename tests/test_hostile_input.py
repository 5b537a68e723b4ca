"""Hostile input: every page gets a record or a clear InputError, never a crash or a hang.

Covers empty and binary input, a 20 MB page, 10,000-deep nesting (run in a child process, so
that a crash in the parser cannot take pytest down with it), broken and lying charsets, legacy
encodings, pages of nothing but chrome, and script text that must never leak into a body.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import pytest

import dateline
from dateline import Article, InputError

ARTICLE_URL = "https://hostile.example/news/2024/01/01/story"


def page(body: str, head: str = '<meta charset="utf-8">', title: str = "A test page") -> str:
    """A minimal well-formed news page around ``body``."""
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><main><article><h1>{title}</h1>{body}</article></main></body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# --- empty and binary input -----------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", b"", "   \n\t ", b"\n\n"], ids=["str", "bytes", "ws", "nl"])
def test_empty_input_is_an_input_error(empty: str | bytes) -> None:
    with pytest.raises(InputError):
        dateline.extract(empty)


def test_input_error_names_the_input() -> None:
    with pytest.raises(InputError) as caught:
        dateline.extract(b"", url="https://hostile.example/empty-page")
    assert "https://hostile.example/empty-page" in str(caught.value)
    assert caught.value.source == "https://hostile.example/empty-page"
    assert caught.value.reason.startswith("empty input")  # the reason alone, for front ends


def _random_bytes(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


BINARY_JUNK = {
    "random-with-nuls": _random_bytes(4096, seed=7) + b"\x00" * 64,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + _random_bytes(2048, seed=8),
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + _random_bytes(2048, seed=9),
    "nuls": b"\x00" * 1024,
}


@pytest.mark.parametrize("junk", BINARY_JUNK.values(), ids=BINARY_JUNK.keys())
def test_binary_junk_is_an_input_error(junk: bytes) -> None:
    with pytest.raises(InputError):
        dateline.extract(junk, url=ARTICLE_URL)


# --- size and depth -------------------------------------------------------------------------------


def test_a_20_mb_page_gives_a_record() -> None:
    sentence = (
        "The harbour commission met again on Tuesday to discuss paragraph {} of the long report"
        " on dredging, moorings, ferry fees and the repair of the old breakwater."
    )
    count = 20 * 1024 * 1024 // (len(sentence) + 10)
    raw = page(paragraphs([sentence.format(i) for i in range(count)])).encode("utf-8")
    assert len(raw) >= 20 * 1024 * 1024
    article = dateline.extract(raw, url=ARTICLE_URL)
    assert isinstance(article, Article)
    assert "paragraph 0 of the long report" in article.text
    assert article.word_count > 0


NESTING = {
    "div": ("<div>", "</div>"),
    "b": ("<b>", "</b>"),
    "table": ("<table><tr><td>", "</td></tr></table>"),
}


@pytest.mark.parametrize("tag", NESTING, ids=NESTING)
def test_10000_deep_nesting_gives_a_record_or_an_input_error(tag: str) -> None:
    """Run in a child process: a RecursionError or a crash in C must not end the test run."""
    script = textwrap.dedent(
        f"""
        import dateline
        opener, closer = {NESTING[tag]!r}
        inner = "<p>The innermost paragraph of a very deep page still says something.</p>"
        html = "<html><body>" + opener * 10_000 + inner + closer * 10_000 + "</body></html>"
        try:
            article = dateline.extract(html, url="https://hostile.example/deep")
        except dateline.InputError as error:
            print("input-error", error)
        else:
            print("record", "innermost paragraph" in article.text)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith(("record", "input-error")), done.stdout
    assert "RecursionError" not in done.stderr


# --- encodings ------------------------------------------------------------------------------------

ARABIC = [
    "أعلنت وزارة الزراعة يوم الثلاثاء عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية،"
    " تشمل قروضا ميسرة وبذورا محسنة وتدريبا على أساليب الري الحديثة.",
    "وقال المتحدث باسم الوزارة إن الخطة ستنفذ على ثلاث مراحل خلال العامين المقبلين، وإن"
    " المرحلة الأولى ستبدأ مع موسم الزراعة الشتوي.",
    "ورحب اتحاد المزارعين بالقرار، لكنه طالب بتسريع صرف القروض قبل بداية الموسم حتى يتمكن"
    " المزارعون من شراء الأسمدة في الوقت المناسب.",
]
HEBREW = [
    "עיריית העיר הודיעה ביום שלישי כי הספרייה המרכזית תיפתח מחדש בחודש הבא לאחר שיפוץ שנמשך"
    " כמעט שנתיים.",
    "לדברי מנהלת הספרייה, המבנה החדש כולל אולם קריאה גדול, פינת ילדים ומעבדה דיגיטלית שתהיה"
    " פתוחה לכל התושבים ללא תשלום.",
    "התושבים הביעו שמחה על הפתיחה המחודשת, אך חלקם ביקשו להאריך את שעות הפעילות גם לשעות"
    " הערב ולסופי השבוע.",
]


def test_invalid_utf8_in_a_utf8_page_still_decodes_the_rest() -> None:
    good = "Café Müller reopened on Tuesday after a long renovation of its kitchen and dining room."
    filler = [
        f"Paragraph {i} of the renovation story says the café kept its old façade."
        for i in range(12)
    ]
    raw = page(paragraphs([good, *filler, "Broken bytes: \udcff.", good.replace("Café", "Bar")]))
    broken = raw.encode("utf-8", errors="surrogateescape").replace(b"\xff", b"\xff\xfe\xc3(")
    article = dateline.extract(broken, url=ARTICLE_URL)
    assert "Café Müller reopened on Tuesday" in article.text
    assert "Bar Müller reopened on Tuesday" in article.text


def test_undeclared_windows_1256_page_decodes_to_correct_arabic() -> None:
    raw = page(paragraphs(ARABIC), head="", title="خطة لدعم صغار المزارعين")
    article = dateline.extract(raw.encode("windows-1256"), url=ARTICLE_URL)
    assert article.text == "\n\n".join(ARABIC)
    assert article.title == "خطة لدعم صغار المزارعين"


def test_meta_charset_that_lies_about_a_legacy_page_is_overruled() -> None:
    raw = page(paragraphs(HEBREW), title="הספרייה המרכזית נפתחת מחדש")
    article = dateline.extract(raw.encode("windows-1255"), url=ARTICLE_URL)
    assert article.text == "\n\n".join(HEBREW)


def test_meta_charset_that_lies_about_a_utf8_page_is_overruled() -> None:
    body = [
        "Zoë Šimková and François Nørgaard won the city’s chess open — a first for the club.",
        "The final in Kraków drew “record” crowds, organisers said on Sunday afternoon.",
    ]
    raw = page(paragraphs(body), head='<meta charset="windows-1252">', title="Chess open")
    article = dateline.extract(raw.encode("utf-8"), url=ARTICLE_URL)
    assert article.text == "\n\n".join(body)


def test_utf16_page_with_a_bom_decodes() -> None:
    body = ["Die Fähre über den Fluss fährt ab Montag wieder nach dem Sommerfahrplan."]
    raw = page(paragraphs(body), head="", title="Fähre fährt wieder")
    article = dateline.extract(raw.encode("utf-16"), url=ARTICLE_URL)
    assert article.text == body[0]


# --- pages with nothing to extract ----------------------------------------------------------------

CHROME_ONLY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Oakfield Post</title></head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you agree
to our use of cookies.</p><button>Accept</button></div>
<header><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<main id="main"><div class="ad-slot"><span>Advertisement</span><div id="ad-1"></div></div></main>
<footer><p>© 2024 Oakfield Post. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_a_page_of_only_chrome_gives_empty_text() -> None:
    article = dateline.extract(CHROME_ONLY, url="https://oakfieldpost.example/")
    assert article.text == ""
    assert article.markdown.strip() == ""
    assert (article.word_count, article.reading_time_minutes) == (0, 0)


@pytest.mark.parametrize(
    "html",
    [
        "<!-- nothing here but a comment -->",
        "<html><head><script>var a = 1;</script></head><body><script>a++;</script></body></html>",
        "<html><body><!-- <p>commented-out paragraph</p> --></body></html>",
    ],
    ids=["comment", "scripts", "commented-paragraph"],
)
def test_comment_or_script_only_page_gives_empty_text(html: str) -> None:
    article = dateline.extract(html, url=ARTICLE_URL)
    assert article.text == ""
    assert "commented-out" not in article.markdown


def test_script_and_style_content_never_reach_the_text() -> None:
    body = [
        "The council approved the new cycle lanes on Thursday after a two-hour debate.",
        "Work on the first section along River Road is due to begin in the spring.",
    ]
    html = page(
        f"<p>{body[0]}</p>"
        "<script>var SCRIPT_MARKER = 'the council approved nothing'; trackView();</script>"
        "<style>.story p { color: STYLE_MARKER; }</style>"
        '<script type="text/template"><p>TEMPLATE_MARKER paragraph in a template.</p></script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "LD_MARKER"}'
        "</script>"
        f"<p>{body[1]}</p>"
    )
    article = dateline.extract(html, url=ARTICLE_URL)
    assert article.text == "\n\n".join(body)
    for marker in ("SCRIPT_MARKER", "STYLE_MARKER", "TEMPLATE_MARKER", "LD_MARKER", "trackView"):
        assert marker not in article.text
        assert marker not in article.markdown


def test_a_page_nested_100000_deep_is_refused_with_a_clear_error() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "too deep</body></html>"
    with pytest.raises(InputError, match="unclosed <div>"):
        dateline.extract(page, url="https://hostile.example/abyss")


def test_a_page_nested_deep_in_many_kinds_of_tag_is_refused_too() -> None:
    # Under the limit for each kind (12,000 < 20,000), far over it together.
    kinds = ("div", "span", "b", "i", "em", "strong", "section", "font")
    page = "<html><body>" + "".join(f"<{k}>" for k in kinds) * 3_000 + "deep</body></html>"
    with pytest.raises(InputError, match="more than 20,000 unclosed tags"):
        dateline.extract(page, url="https://hostile.example/abyss")
    # As many tags, closed, are a page like any other.
    closed = "".join(f"<{k}>x</{k}>" for k in kinds) * 3_000
    assert dateline.extract(f"<html><body>{closed}</body></html>") is not None


def test_a_page_nested_deep_and_closed_at_the_end_is_refused_too() -> None:
    # Every tag closed, but 30,000 open at the deepest point: lexbor's time grows with the
    # square of that depth (200,000 took 208 s).
    page = "<html><body>" + "<div>" * 30_000 + "deep" + "</div>" * 30_000 + "</body></html>"
    with pytest.raises(InputError, match="more than 20,000 tags open at once"):
        dateline.extract(page, url="https://hostile.example/abyss")
    # As many divs side by side are a page like any other.
    flat = "<div>x</div>" * 30_000
    assert dateline.extract(f"<html><body>{flat}</body></html>") is not None


@pytest.mark.parametrize("opening", ["<DIV>", "<Div class='box'>", "<span id=s>"])
def test_deep_nesting_is_counted_whatever_the_case_and_attributes(opening: str) -> None:
    page = "<html><body>" + opening * 25_000 + "deep</body></html>"
    tag = opening[1:].split(">")[0].split()[0].lower()
    with pytest.raises(InputError, match=f"unclosed <{tag}>"):
        dateline.extract(page, url="https://hostile.example/abyss")


def test_many_tags_that_close_or_do_not_nest_are_no_deep_page() -> None:
    # 25,000 "<" of paragraphs, line breaks and closed links: none left open of a nesting kind.
    body = "<p>Ferry news, <a href='/f'>more</A> here.<br>" * 25_000
    article = dateline.extract(f"<html><body>{body}</body></html>")
    assert article.text.startswith("Ferry news, more here.")


@pytest.mark.parametrize(
    "json_ld",
    [
        "[" * 5000 + "]" * 5000,
        '{"a":' * 5000 + "1" + "}" * 5000,
        '{"@graph": ' + "[" * 900 + "]" * 900 + "}",
    ],
    ids=["arrays-5000", "objects-5000", "graph-900"],
)
def test_json_ld_nested_thousands_deep_is_ignored_not_fatal(json_ld: str) -> None:
    body = "The Kestrel Bay council voted to keep the island ferry running twice a day. " * 4
    page = (
        f'<html><head><title>Ferry stays | Kestrel Post</title><script type="application/ld+json">'
        f"{json_ld}</script></head><body><article><h1>Ferry stays</h1><p>{body}</p>"
        "</article></body></html>"
    )
    article = dateline.extract(page, url="https://hostile.example/ferry")
    assert article.title == "Ferry stays"
    assert article.text == body.strip()


#: An address ``urllib.parse`` refuses to split: its IPv6 bracket is never closed.
UNPARSEABLE = "http://[::1"


def test_unparseable_links_in_a_page_cost_nothing_but_themselves() -> None:
    html = f"""<html><head><title>Ferry back at Port Elm</title>
<link rel="canonical" href="{UNPARSEABLE}/ferry"><meta property="og:url" content="{UNPARSEABLE}">
<script type="application/ld+json">{{"@type": "NewsArticle", "url": "{UNPARSEABLE}",
 "image": "{UNPARSEABLE}/boat.jpg", "datePublished": "2026-03-02"}}</script></head>
<body><article><h1>Ferry back at Port Elm</h1><p>By <a href="//[::1/staff">Ines Brandt</a></p>
<figure><img src="//[::1/quay.jpg" alt="The quay">
<figcaption>The quay at dawn.</figcaption></figure>
<p>The night ferry to Port Elm returned to service on Monday after three weeks in dry dock,
the harbour authority said, and the first crossing left the quay full.</p>
<p>Commuters had relied on buses around the bay, which added an hour to every journey.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/[::1]x/dock">Dry dock delays</a></li>
<li><a href="//[::1/fares">Fares rise in spring</a></li></ul></aside></article></body></html>"""
    for url in (None, "https://elm-herald.example/ferry", UNPARSEABLE):
        article = dateline.extract(html, url=url)
        assert article.title == "Ferry back at Port Elm"
        assert "night ferry to Port Elm returned" in article.text
        assert article.authors == ["Ines Brandt"]
        assert "//[::1/quay.jpg" in [image.url for image in article.images]
        article.to_json()
    text = "Ferry back at Port Elm\nBy Ines Brandt\nThe night ferry returned on Monday.\n"
    assert dateline.extract_text(text, url=UNPARSEABLE).site_name is None


def test_an_unparseable_picture_beside_the_lead_image_costs_nothing() -> None:
    # The body's pictures are compared with the declared lead image to tell crops of one
    # picture apart; a picture whose address no URL parser reads (a "]" in its host) is only
    # itself.
    html = """<html><head><title>Quay lights restored</title>
<meta property="og:image" content="https://cdn.elm-herald.example/lead-1600.jpg"></head>
<body><article><h1>Quay lights restored</h1>
<p>The lamps along the north quay of Port Elm were lit again on Friday after a month of
repairs to the cables under the promenade, the harbour authority said.</p>
<img src="https://cdn]elm-herald.example/quay.jpg" alt="The quay lit again" width="800">
<p>Fishermen had unloaded by torchlight since the storm in early February.</p>
</article></body></html>"""
    article = dateline.extract(html, url="https://elm-herald.example/quay")
    urls = [image.url for image in article.images]
    assert urls == [
        "https://cdn.elm-herald.example/lead-1600.jpg",
        "https://cdn]elm-herald.example/quay.jpg",
    ]
    assert "Fishermen had unloaded by torchlight" in article.text


def test_digits_int_cannot_read_in_image_sizes_cost_nothing() -> None:
    # "²" and "፳" are digits to str.isdigit but no number to int().
    html = """<html><head><title>Quay lights restored</title></head>
<body><article><h1>Quay lights restored</h1>
<p>The lamps along the north quay of Port Elm were lit again on Friday after a month of
repairs to the cables under the promenade, the harbour authority said.</p>
<img src="https://cdn.elm-herald.example/quay.jpg" width="²" height="፳" alt="The quay">
<img src="https://cdn.elm-herald.example/plan.svg" width="³" alt="Plan of the quay">
<p>Fishermen had unloaded by torchlight since the storm in early February.</p>
</article></body></html>"""
    article = dateline.extract(html, url="https://elm-herald.example/quay")
    assert "https://cdn.elm-herald.example/quay.jpg" in [image.url for image in article.images]
    assert "Fishermen had unloaded by torchlight" in article.text


def test_a_list_of_30000_items_gives_every_item_in_the_markdown() -> None:
    # Each item was once added to the Markdown by copying the list so far (17 s at 100,000).
    items = "".join(f"<li>Berth {i} of the north quay</li>" for i in range(30_000))
    html = f"<html><body><h1>Quay works</h1><p>{'The quay is rebuilt. ' * 20}</p><ul>{items}</ul>"
    article = dateline.extract(html)
    lines = article.markdown.splitlines()
    assert lines.count("- Berth 29999 of the north quay") == 1
    assert sum(line.startswith("- Berth ") for line in lines) == 30_000


def test_lone_surrogates_in_a_text_dump_leave_it_as_they_leave_a_page() -> None:
    # A str decoded with "surrogateescape" keeps each byte that was not UTF-8 as a lone
    # surrogate; no UTF-8 file or database can hold the record that keeps them.
    text = (
        "Harbour lights return\n\nThe lamps along the quay of Port Elm were lit again on "
        "Friday\udcff after a month of repairs, the authority said.\n\nFishermen welcomed it."
    )
    for article in (dateline.extract_text(text), dateline.extract(f"<h1>x</h1><p>{text}</p>")):
        assert "lit again on Friday after a month" in article.text
        article.to_json().encode("utf-8")
