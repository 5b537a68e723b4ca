"""The plain-text path: invented pages flattened to text, one block per line."""

from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.model import Credit, Dateline, Image, RelatedLink, Removed, count_words
from dateline.text import extract_text
from dateline.text.lines import MAX_LINES

FIXTURES = Path(__file__).parent / "fixtures" / "text"
WIRE_URL = "https://www.harbourviewcourier.example/world/lagos-ferry-collision"


@pytest.fixture(scope="module")
def wire():
    return extract_text((FIXTURES / "wire_story_regional.txt").read_text(), WIRE_URL)


@pytest.fixture(scope="module")
def feature():
    return extract_text((FIXTURES / "local_feature.txt").read_text())


def removed_of(article, kind: str) -> list[str]:
    return [r.text for r in article.removed if r.kind == kind]


def test_wire_story_header(wire) -> None:
    assert wire.url == WIRE_URL
    assert wire.title == "Lagos ferry operators halt night crossings after lagoon collision"
    assert wire.dek.startswith("Two passenger boats collided near the Ebute jetty")
    assert wire.section == "World"
    assert wire.site_name == "The Harbourview Courier"
    assert wire.authors == ["Amaka Obi", "Tunde Bakare"]
    assert wire.published == "2024-03-04"
    assert wire.updated is None
    assert wire.language == "en"
    assert wire.page_type == "article"


def test_wire_story_body_is_complete_and_clean(wire) -> None:
    paragraphs = wire.text.split("\n\n")
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("LAGOS, March 4 (Reuters) - Ferry operators")
    assert paragraphs[4] == "Safety checks"
    assert paragraphs[-1].startswith('"The boat is the only way')
    for chrome in ("Advertisement", "cookies", "newsletter", "Reporting by", "min read", "Share"):
        assert chrome not in wire.text
    assert wire.dek not in wire.text
    assert "## Safety checks" in wire.markdown
    assert wire.word_count == count_words(wire.text)
    assert wire.reading_time_minutes == 1


def test_wire_story_dateline_credits_and_image(wire) -> None:
    assert wire.dateline == Dateline("LAGOS", "Reuters")
    assert wire.credits == [
        Credit("reporting", "Amaka Obi", "Lagos"),
        Credit("reporting", "Tunde Bakare", "Lagos"),
        Credit("additional reporting", "Musa Danladi", "Abuja"),
        Credit("editing", "Helen Carver"),
    ]
    assert wire.images == [
        Image(
            "",
            caption="Rescue workers search the water near Ebute jetty in Lagos on March 3, 2024.",
            credit="Kemi Adeyemi/Pool via Reuters",
        )
    ]


def test_wire_story_related_and_removed_chrome(wire) -> None:
    assert wire.related == [
        RelatedLink("", "Lagos opens new ferry terminal to ease bridge traffic", "Related"),
        RelatedLink("", "Waterways agency orders life jackets on every boat", "Related"),
        RelatedLink("", "How Lagos commuters cope with four-hour journeys", "Related"),
    ]
    assert removed_of(wire, "skip_link") == ["Skip to main content"]
    assert len(removed_of(wire, "cookie_notice")) == 3
    assert "Sign in" in removed_of(wire, "navigation")
    assert "Weather" in removed_of(wire, "navigation")
    assert removed_of(wire, "newsletter")[0] == "Sign up for our newsletter"
    assert removed_of(wire, "advertisement") == [
        "Advertisement",
        "Story continues below advertisement",
    ]
    assert removed_of(wire, "share") == ["Share this article", "Share on Facebook", "Copy link"]
    assert "5 min read" in removed_of(wire, "other")
    assert removed_of(wire, "comments") == ["Comments", "Join the conversation"]
    assert removed_of(wire, "footer")[0] == "© 2024 The Harbourview Courier. All rights reserved."
    assert Removed("related", "Related") in wire.removed


def test_feature_header_and_dates(feature) -> None:
    assert feature.url is None
    assert feature.title == "Millbrook council votes to turn old rail depot into a covered market"
    assert feature.dek == (
        "The $4.2 million plan ends a decade-long argument over the future of the riverside site."
    )
    assert feature.section is None  # "Climate" ends the menu; it is not a label
    assert feature.site_name == "Millbrook Daily Ledger"  # from the copyright footer
    assert feature.authors == ["Marisol Vega", "Owen Pratt"]
    assert feature.published == "2024-03-04"
    assert feature.updated is not None and feature.updated.startswith("2024-03-05")
    assert feature.language == "en"
    assert feature.page_type == "article"


def test_feature_body_resumes_after_a_related_box(feature) -> None:
    paragraphs = feature.text.split("\n\n")
    assert paragraphs[0].startswith("MILLBROOK, Ore. (AP) — The Millbrook city council voted")
    assert paragraphs[2].startswith("Opponents said the city should have sold the land")
    assert paragraphs[-1].startswith("Work is expected to start in the summer")
    assert feature.dek not in feature.text  # the dek repeated as a first paragraph goes
    assert "- forty permanent stalls and a loading bay" in feature.markdown
    assert "• forty permanent stalls and a loading bay" in feature.text
    assert "Read more" not in feature.text and "Depot fire" not in feature.text


def test_feature_dateline_credits_images_related(feature) -> None:
    assert feature.dateline == Dateline("MILLBROOK, Ore.", "AP")
    assert feature.credits == [
        Credit("contributing", "Priya Raman"),
        Credit("contributing", "The Associated Press"),
    ]
    caption = "Stallholders set up tables inside the old rail depot in Millbrook on Saturday."
    assert feature.images == [Image("", caption=caption, credit="AP Photo/Gideon Marsh")]
    assert len(removed_of(feature, "caption_duplicate")) == 1
    assert [(r.title, r.label) for r in feature.related] == [
        ("Millbrook farmers market moves indoors for the winter", "Read more"),
        ("Depot fire damages roof beams", "Related stories"),
        ("Council delays vote on riverside housing", "Related stories"),
        ("Schools chief resigns after budget audit", "Most read"),
        ("Storm knocks out power to 3,000 homes", "Most read"),
        ("Highway 12 bridge to close for repairs", "Most read"),
    ]
    assert removed_of(feature, "skip_link") == ["Jump to navigation"]
    assert "Listen to this article" in removed_of(feature, "other")
    assert "Image 1 of 3" in removed_of(feature, "other")


def test_site_name_falls_back_to_url_host() -> None:
    text = "Rain returns\n" + "The rain came back to the valley on Friday after a dry month. " * 12
    article = extract_text(text, "https://www.valleyecho.example/news/rain")
    assert article.site_name == "valleyecho.example"
    assert article.title == "Rain returns"


def test_section_front_is_a_listing() -> None:
    headlines = [f"Harbour story number {n} makes the front page today" for n in range(12)]
    article = extract_text("\n".join(["Skip to content", "Latest news", *headlines]))
    assert article.page_type == "listing"
    assert article.text == ""


def test_language_is_none_for_text_without_known_stopwords() -> None:
    article = extract_text("Xylo quarv bentil\n" + "zorp blent quiv tarn " * 40)
    assert article.language is None


def test_a_japanese_dump_keeps_its_headline_and_paragraphs() -> None:
    dump = (
        "ホーム\nニュース\n"
        "港町議会、古い橋を大型トラック通行止めに\n"
        "港町議会は火曜日、技術者が鋼製の桁三本に腐食を見つけたことを受け、古い港橋を"
        "大型トラックに対して閉鎖することを決めた。\n"
        "交通委員会の委員長を務める森川ゆかり議員は、修理には少なくとも十八か月かかると"
        "述べた。\n"
    )
    article = extract_text(dump)
    assert article.title == "港町議会、古い橋を大型トラック通行止めに"
    assert article.text.count("\n\n") == 1 and article.text.endswith("述べた。")
    assert article.word_count == count_words(article.text) > 40


def test_an_arabic_byline_is_not_taken_for_the_headline() -> None:
    dump = (
        "مجلس المدينة يغلق الجسر القديم أمام الشاحنات\n"
        "بقلم سليم حداد\n"
        "قرر مجلس مدينة الساحل يوم الثلاثاء إغلاق الجسر القديم أمام الشاحنات الثقيلة بعد أن "
        "وجد المهندسون تآكلا في ثلاث من عوارضه الفولاذية الرئيسية.\n"
        "وقالت عضوة المجلس رحاب الزين إن الإصلاحات ستستغرق ثمانية عشر شهرا على الأقل.\n"
    )
    article = extract_text(dump)
    assert article.title == "مجلس المدينة يغلق الجسر القديم أمام الشاحنات"
    assert article.authors == ["سليم حداد"]
    assert "بقلم" not in article.text


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_input_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        extract_text(text, "https://example.test/a")


@pytest.mark.parametrize("text", ["abc\x00def" * 10, "".join(chr(i % 32) for i in range(3000))])
def test_binary_junk_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="binary"):
        extract_text(text)


def test_twenty_megabyte_single_line_gives_a_result() -> None:
    article = extract_text("flood " * 3_500_000)
    assert article.word_count == 3_500_000


def test_twenty_megabyte_dump_reads_a_bounded_number_of_lines() -> None:
    page = (FIXTURES / "wire_story_regional.txt").read_text()
    article = extract_text(page * (20_000_000 // len(page)))
    assert article.title == "Lagos ferry operators halt night crossings after lagoon collision"
    assert len(article.removed) < MAX_LINES
