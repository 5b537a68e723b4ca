"""The plain-text path: invented pages flattened to text, one block per line."""

import textwrap
import time
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.model import Credit, Dateline, Image, RelatedLink, Removed, count_words
from dateline.recognise.outlet_names import fold_outlet_name
from dateline.text import extract_text
from dateline.text.lines import MAX_LINES, read_lines
from dateline.text.site_name import is_site_promo

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


@pytest.mark.parametrize(
    ("headline", "byline", "paragraphs", "author"),
    [
        (
            "Мэрия закроет старый мост для грузовиков",
            "Автор: Ольга Берестова",
            [
                "Городские власти во вторник решили закрыть старый мост для тяжёлых грузовиков "
                "после того, как инженеры обнаружили коррозию трёх стальных балок.",
                "По словам депутата Ирины Зайцевой, ремонт займёт не меньше полутора лет.",
            ],
            "Ольга Берестова",
        ),
        (
            "مجلس المدينة يغلق الجسر القديم أمام الشاحنات",
            "كتب: يوسف الحسن",
            [
                "قرر مجلس مدينة الساحل يوم الثلاثاء إغلاق الجسر القديم أمام الشاحنات الثقيلة بعد "
                "أن وجد المهندسون تآكلا في ثلاث من عوارضه الفولاذية الرئيسية.",
                "وقالت عضوة المجلس رحاب الزين إن الإصلاحات ستستغرق ثمانية عشر شهرا على الأقل.",
            ],
            "يوسف الحسن",
        ),
    ],
)
def test_a_byline_label_of_another_language_heads_the_names(
    headline: str, byline: str, paragraphs: list[str], author: str
) -> None:
    article = extract_text(dump(headline, byline, *paragraphs))
    assert article.title == headline
    assert article.authors == [author]
    assert article.text.split("\n\n") == paragraphs


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


# Invented pages, one block per line, for the header, body and metadata rules.
HEADLINE = "Harbour bridge closed after grain barge strikes its pier"
LEAD = (
    "The Old Quay bridge in Tidewater was closed on Tuesday after a grain barge struck one of "
    "its piers during the morning tide."
)
PARAGRAPHS = [
    "The Old Quay bridge in Tidewater was closed on Tuesday after a grain barge struck one of its "
    "piers during the morning tide, the county council said in a statement.",
    "Engineers from the county council were inspecting the structure on Tuesday afternoon and "
    "said it would stay shut at least until Friday, with a diversion through Mill Lane.",
    "Residents said the bridge had been struck three times in the past year and called for a "
    "speed limit on barges passing under the old town centre.",
]


def dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def story(*header: str, tail: tuple[str, ...] = ()) -> str:
    """A page with a menu, the given header lines and the three paragraphs."""
    return dump("News", "Local", *header, *PARAGRAPHS, *tail)


@pytest.mark.parametrize("short_line", ["No one was hurt.", "What happens next"])
def test_a_short_lead_before_a_short_line_opens_the_body(short_line: str) -> None:
    article = extract_text(
        dump(
            "News", HEADLINE, "By Orla Fenwick", "March 5, 2024", LEAD, short_line, *PARAGRAPHS[1:]
        )
    )
    assert article.text.split("\n\n")[:2] == [LEAD, short_line]
    assert article.dek is None
    assert article.title == HEADLINE


def test_a_short_closing_sentence_ends_the_body() -> None:
    closing = "The council declined to comment."
    article = extract_text(
        story(
            HEADLINE, "By Orla Fenwick", tail=(closing, "Share this article", "© Tidewater Courier")
        )
    )
    assert article.text.split("\n\n")[-1] == closing
    assert "Share" not in article.text


def test_a_question_headline_over_its_dek_is_the_title() -> None:
    question = "Can Tidewater really afford a second ferry terminal by 2030?"
    dek = "The council says the sums add up. Independent engineers are not so sure."
    article = extract_text(story(question, dek, "By Orla Fenwick", "March 5, 2024"))
    assert (article.title, article.dek) == (question, dek)
    assert article.authors == ["Orla Fenwick"]
    assert article.published == "2024-03-05"
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_headline_ending_with_a_full_stop_that_the_slug_spells_is_the_title() -> None:
    headline = "Our bridges are not a luxury. Fund them like it."
    page = dump("Opinion", headline, "Orla Fenwick", "Columnist", "March 5, 2024", *PARAGRAPHS)
    url = "https://www.tidewaterpost.example/opinion/our-bridges-are-not-a-luxury/"
    article = extract_text(page, url)
    assert article.title == headline
    assert article.text.split("\n\n") == PARAGRAPHS
    # Without the slug, a sentence over the byline is not taken for the headline.
    assert extract_text(page).title is None


def test_a_short_headline_with_a_full_stop_over_its_one_sentence_dek_is_the_title() -> None:
    headline = "The ferry is back."
    dek = "After two winters ashore, the island boat sails again from the Old Quay on Monday."
    page = dump("News", headline, dek, "By Orla Fenwick", "March 5, 2024", *PARAGRAPHS)
    article = extract_text(page)
    assert article.title == headline
    assert article.dek == dek
    assert article.text.split("\n\n") == PARAGRAPHS
    # A long sentence over the dek is no headline.
    long_line = "The island ferry that sank at its mooring in the storm two winters ago is back."
    other = extract_text(
        dump("News", long_line, dek, "By Orla Fenwick", "March 5, 2024", *PARAGRAPHS)
    )
    assert other.title != long_line


def test_a_dek_without_a_full_stop_is_not_the_title() -> None:
    dek = (
        "Engineers say the 150-year-old crossing will stay shut at least until the end of the week"
    )
    article = extract_text(story(HEADLINE, dek, "By Orla Fenwick", "March 5, 2024"))
    assert (article.title, article.dek) == (HEADLINE, dek)


@pytest.mark.parametrize(
    "byline",
    [
        ["Orla Fenwick | Senior Reporter"],
        ["Orla Fenwick, Reporter"],
        ["Orla Fenwick - Staff Reporter"],
        ["Author: Orla Fenwick"],
        ["Story by Orla Fenwick"],
        ["Written by Orla Fenwick"],
        ["By", "Orla Fenwick"],
        ["Orla Fenwick", "Columnist"],
        ["Orla Fenwick Environment correspondent"],  # name and job in two inline elements
        ["Orla Fenwick"],  # over its date line
        ["Orla Fenwick · March 5, 2024"],
        ["March 5, 2024 by Orla Fenwick"],
    ],
)
def test_bylines_without_a_leading_by(byline: list[str]) -> None:
    article = extract_text(story(HEADLINE, *byline, "March 5, 2024"))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE
    assert article.published == "2024-03-05"
    assert "Fenwick" not in article.text


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Priya Natarajan, Owen Pryce", ["Priya Natarajan", "Owen Pryce"]),
        ("Orla Fenwick and Tomasz Wierzba", ["Orla Fenwick", "Tomasz Wierzba"]),
    ],
)
def test_a_line_of_names_over_the_date_is_the_byline(names: str, authors: list[str]) -> None:
    article = extract_text(story(HEADLINE, names, "March 5, 2024"))
    assert article.authors == authors
    assert article.title == HEADLINE


def test_a_title_case_headline_joined_by_and_over_the_date_is_the_headline() -> None:
    headline = "The Link Between Sleep and Mental Health"
    article = extract_text(story(headline, "March 5, 2024"))
    assert article.title == headline
    assert article.authors == []


def test_two_names_no_given_name_list_knows_under_the_headline_are_the_byline() -> None:
    article = extract_text(story(HEADLINE, "Ravi Okafor and Ash Marlowe", "March 5, 2024"))
    assert article.title == HEADLINE
    assert article.authors == ["Ravi Okafor", "Ash Marlowe"]
    # Under a menu item, the same shape is a title-case headline.
    headline = "Salt Marshes and Sea Walls"
    other = extract_text(dump("News", headline, "March 5, 2024", *PARAGRAPHS))
    assert other.title == headline
    assert other.authors == []


def test_a_cms_submitted_by_line_is_the_byline_and_the_date() -> None:
    article = extract_text(story(HEADLINE, "Submitted by Orla Fenwick on Tue, 03/05/2024 - 10:14"))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE
    assert (article.published or "").startswith("2024-03-05")
    assert "Submitted" not in article.text


def test_a_reader_discussion_under_the_story_is_left_out() -> None:
    comments = [
        "Reader discussion (3)",
        "Reader0",
        "I have lived by the river for forty years and I have never seen it as high as it was "
        "last January, and the county needs to act before next winter.",
        "Reader1",
        "Sixty-two million dollars is a lot of money for a county this size, and I would like "
        "to know how much of it goes to consultants rather than to the levees.",
    ]
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=tuple(comments)))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_feed_of_teasers_with_summaries_closing_the_page_is_left_out() -> None:
    feed = [
        "More from the Tidewater Post",
        "Mill Lane to close for resurfacing in May",
        "The county says the road will be shut for six weeks while crews replace the surface.",
        "Fernbrook residents demand drain clearance",
        "Neighbours say blocked storm drains caused most of the flooding on their street.",
        "State opens new round of flood-resilience grants",
        "Counties can apply until June for a share of $400 million set aside for levees.",
    ]
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=tuple(feed)))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert [link.title for link in article.related] == feed[1::2]


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Our Correspondent"])
def test_a_byline_naming_no_one_is_not_the_headline(byline: str) -> None:
    article = extract_text(story(HEADLINE, byline, "March 5, 2024"))
    assert article.title == HEADLINE
    assert article.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Orla Fenwick Published 10:19am 5 March 2024",
        "Orla Fenwick on March 5, 2024",
        "Orla Fenwick | Updated 09:40 | March 5, 2024",
        "5 March,2024By Orla Fenwick",  # a date and a byline that the crawler ran together
    ],
)
def test_a_name_before_a_publishing_word_and_the_date(line: str) -> None:
    article = extract_text(story(HEADLINE, line))
    assert article.authors == ["Orla Fenwick"]
    assert (article.published or "")[:10] == "2024-03-05"


@pytest.mark.parametrize(
    "line",
    [
        "Orla Fenwick · March 5, 2024 · 4 min read",
        "Orla Fenwick March 5, 2024 — 7 minutes read",
        "Orla Fenwick•Updated on Mar 5, 2024 •28 min read",
        "By Orla Fenwick on 5 Mar 2024",
        "March 5, 2024 · Orla Fenwick",
        "Mar 5, 2024 • Orla Fenwick in Local Government",
        "March 5, 2024 · 6 min · 1,240 words · Orla Fenwick",
    ],
)
def test_a_date_line_with_the_writers_name_before_or_after_the_date(line: str) -> None:
    article = extract_text(story(HEADLINE, line))
    assert article.authors == ["Orla Fenwick"]
    assert (article.published or "")[:10] == "2024-03-05"


@pytest.mark.parametrize(
    "menu",
    [
        ["By clicking Sign Up, you agree to our Terms of Use and Privacy Policy."],
        ["By the end of this guide, you will know how to read a tide table."],
        ["Shop", "By Category", "By Company Size", "By Use Case", "By Region"],
        ["Door Straps", "Door & Window Sensors"],
        ["Tags: Harbours", "March 5, 2024"],
        ["Almanac Saturday, March 5, 2024"],
        ["Today's Hours", "March 5, 2024"],
    ],
)
def test_lines_opening_with_by_or_a_capital_that_name_no_one(menu: list[str]) -> None:
    article = extract_text(story(HEADLINE, *menu, "By Orla Fenwick"))
    assert article.authors == ["Orla Fenwick"]
    article = extract_text(story(HEADLINE, *menu))
    assert article.authors == []


@pytest.mark.parametrize(
    "header",
    [
        ["Orla Fenwick", "Staff Writer", "March 5, 2024"],
        ["Orla Fenwick", "Follow", "March 5, 2024"],
        ["Orla Fenwick", "@orlafenwick", "March 5, 2024"],
        ["Orla Fenwick", "Email the author", "March 5, 2024"],
        ["Orla Fenwick", "@orlafenwick / 2:30 PM UTC • March 5, 2024"],
        ["Orla Fenwick", "8 min", "March 5, 2024"],
        ["Orla Fenwick", "Senior Reporter, Tidewater Post", "March 5, 2024"],
        # The writer's outlet or job under the name, no co-writer.
        ["Orla Fenwick", "Tidewater Post", "March 5, 2024"],
        ["By Orla Fenwick", "Tidewater Post", "March 5, 2024"],
        ["Orla Fenwick", "Former County Consultant", "March 5, 2024"],
        ["Written by:Orla Fenwick", "March 5, 2024"],
        ["BY ORLA FENWICK", "MARCH 5, 2024"],
        ["Orla Fenwick For The Tidewater Post", "March 5, 2024"],
        ["Orla Fenwick, Special to the Tidewater Post", "March 5, 2024"],
        ["Orla Fenwick, Tidewater University", "March 5, 2024"],  # her affiliation
        ["By Orla Fenwick, Tidewater Institute of Technology", "March 5, 2024"],
    ],
)
def test_a_name_over_its_job_link_or_handle_and_the_date(header: list[str]) -> None:
    article = extract_text(story(HEADLINE, *header))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE
    assert (article.published or "")[:10] == "2024-03-05"


@pytest.mark.parametrize(
    "header",
    [
        ["Orla Fenwick and Tom Berg | Guest Columnists", "March 5, 2024"],
        ["Orla Fenwick and Tom Berg", "Staff Writers", "March 5, 2024"],
    ],
)
def test_writers_names_with_their_plural_job(header: list[str]) -> None:
    article = extract_text(story(HEADLINE, *header))
    assert article.authors == ["Orla Fenwick", "Tom Berg"]


@pytest.mark.parametrize(
    "menu",
    [
        ["Photo Booths", "Photographers", "March 5, 2024"],  # a directory's menu
        ["Work With Me", "Contact", "March 5, 2024"],
    ],
)
def test_a_menu_item_over_a_plural_job_or_a_contact_link_is_no_writer(menu: list[str]) -> None:
    article = extract_text(story(HEADLINE, *menu))
    assert article.authors == []


def test_a_fact_checker_over_their_job_is_no_writer() -> None:
    checker = ["Fact Checked By", "Tom Berg", "Editor, Tidewater Post"]
    article = extract_text(story(HEADLINE, "By Orla Fenwick", "March 5, 2024", *checker))
    assert article.authors == ["Orla Fenwick"]


def test_a_section_after_the_date_is_no_writer() -> None:
    article = extract_text(story(HEADLINE, "March 5, 2024 · Climate Change"))
    assert article.authors == []
    assert article.published == "2024-03-05"


def test_a_name_of_menu_words_over_the_date_is_not_an_author() -> None:
    article = extract_text(story("Weather", "Listen Live", "Posted: March 6, 2024"))
    assert article.authors == []


def test_a_comment_count_closes_the_body() -> None:
    comments = (
        "Comments (318)",
        "Sign in or create your account to join the discussion",
        "A reader says the bridge should have been replaced years ago, before the last barge hit.",
        "Another reader says the council ignored warnings about the barges for a decade now.",
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=comments))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "comments")[:2] == list(comments[:2])


def test_a_comment_count_under_the_lead_does_not_end_the_body() -> None:
    # Headers print the count beside the byline; flattened, it may fall after the lead.
    page = dump("News", HEADLINE, "By Orla Fenwick", PARAGRAPHS[0], "124 Comments", *PARAGRAPHS[1:])
    article = extract_text(page)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "comments") == ["124 Comments"]
    # Further down it opens the comments, as before.
    reader = "A reader says the bridge should have been replaced years ago, before the last barge."
    article = extract_text(dump("News", HEADLINE, *PARAGRAPHS[:2], "124 Comments", reader))
    assert article.text.split("\n\n") == PARAGRAPHS[:2]


def test_a_newsletter_box_after_the_body_is_chrome() -> None:
    box = (
        "Sign up to Tidewater Daily",
        "Free weekly newsletter",
        "Our newsroom's pick of the day's stories, delivered to your inbox every morning.",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content "
        "funded by outside parties.",
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=box))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "newsletter") == list(box)


def test_a_short_brief_under_its_byline_is_an_article() -> None:
    brief = [
        "Tidewater councillors approved a two-pound daily charge for the three harbour car parks.",
        "The measure passed by seven votes to four after a long debate on Monday evening.",
        "Traders said the charge would drive shoppers to the retail park on the bypass.",
    ]
    article = extract_text(dump("News", HEADLINE, "By Orla Fenwick", "March 4, 2024", *brief))
    assert 40 <= article.word_count < 80
    assert article.page_type == "article"


@pytest.fixture(scope="module")
def section_front():
    return extract_text((FIXTURES / "section_front.txt").read_text())


def test_a_section_front_is_a_listing_of_its_teasers(section_front) -> None:
    headlines = ["Kessler Mills to close its Orton plant, cutting 180 jobs", "Valley house prices"]
    assert section_front.page_type == "listing"
    assert section_front.published is None  # the dates are the stories', not the page's
    assert section_front.title not in headlines
    assert section_front.text.startswith(headlines[0])
    assert "Median sale price reached $284,000" in section_front.text
    assert "March 4, 2024" not in section_front.text
    assert section_front.related == []


def test_a_section_front_of_headlines_and_dates_is_a_listing() -> None:
    cards = [
        ("Kessler Mills to close its Orton plant", "March 5, 2024"),
        ("Valley house prices rise for a ninth month", "March 4, 2024"),
        ("Credit union opens first branch in Lower Orton", "March 3, 2024"),
        ("Port board approves a new grain terminal", "March 2, 2024"),
    ]
    article = extract_text(dump("The Brackenridge Post", "News", "Business", *sum(cards, ())))
    assert article.page_type == "listing"
    assert article.published is None
    assert article.title not in [headline for headline, _ in cards]
    assert article.text.split("\n\n") == [headline for headline, _ in cards]


def test_related_teasers_with_dates_under_them() -> None:
    teasers = [
        "Farmers count losses as floods sweep the rice fields",
        "Cholera cases rise in northern camps, ministry says",
        "River authority warns of dam releases upstream",
    ]
    dated = [
        line
        for pair in zip(teasers, ["March 2, 2024", "February 28, 2024", "May 1, 2023"], strict=True)
        for line in pair
    ]
    article = extract_text(
        story(HEADLINE, "By Orla Fenwick", "March 5, 2024", tail=("Related Stories", *dated))
    )
    assert article.related == [RelatedLink("", title, "Related Stories") for title in teasers]
    assert article.published == "2024-03-05"
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_caption_and_its_credit_on_separate_lines_are_joined() -> None:
    first = "Idle cranes stand over the container terminal in Tidewater on Monday."
    second = "Stranded containers are stacked at the Tidewater terminal."
    article = extract_text(
        dump(
            "News",
            HEADLINE,
            "By Orla Fenwick",
            "March 5, 2024",
            first,
            "Samir Haddad/Reuters",
            first,  # the same caption again, as an image's alt text
            *PARAGRAPHS[:2],
            "Photo by Lena Marsh",
            second,
            PARAGRAPHS[2],
        )
    )
    assert article.images == [
        Image("", caption=first, credit="Samir Haddad/Reuters"),
        Image("", caption=second, credit="Lena Marsh"),
    ]
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "caption_duplicate") == [first]


def test_a_credit_in_parentheses_closes_the_caption_above_it() -> None:
    caption = "The rebuilt spiral staircase has 214 steps."
    page = dump(
        HEADLINE,
        "By Orla Fenwick",
        PARAGRAPHS[0],
        caption,
        "(Photo: Kessel Trust)",
        *PARAGRAPHS[1:],
    )
    article = extract_text(page)
    assert article.images == [Image("", caption=caption, credit="Kessel Trust")]
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_screen_readers_image_label_before_a_caption_is_dropped() -> None:
    line = "Image: Idle cranes at the port on Monday. Photograph: Samir Haddad/Reuters"
    article = extract_text(dump(HEADLINE, "By Orla Fenwick", line, *PARAGRAPHS))
    assert article.images == [
        Image("", caption="Idle cranes at the port on Monday.", credit="Samir Haddad/Reuters")
    ]


def test_a_desk_and_agency_signing_the_story_over_its_date_are_no_photo_credit() -> None:
    article = extract_text(
        dump("News", HEADLINE, "Redacción / EFE", "19/06/2024 12:30 h", *PARAGRAPHS)
    )
    assert article.title == HEADLINE
    assert article.images == [] and article.authors == []
    assert article.published == "2024-06-19T12:30:00"


@pytest.mark.parametrize(
    ("date_lines", "published", "updated"),
    [
        (
            [
                "Publicado el 7 de marzo de 2024 a las 10:45",
                "Actualizado el 7 de marzo de 2024 a las 13:20",
            ],
            "2024-03-07T10:45:00",
            "2024-03-07T13:20:00",
        ),
        (
            ["Publié le 5 mars 2024 à 17h42", "Mis à jour le 5 mars 2024 à 19h05"],
            "2024-03-05T17:42:00",
            "2024-03-05T19:05:00",
        ),
        (["Published: 5 March 2024 | Updated: 6 March 2024"], "2024-03-05", "2024-03-06"),
        (
            ["15:22, 8 Mar 2024Updated 16:40, 8 Mar 2024"],
            "2024-03-08T15:22:00",
            "2024-03-08T16:40:00",
        ),
        (["Published 8 March 2024, last modified on 9 March 2024"], "2024-03-08", "2024-03-09"),
        (["Updated: 6 March 2024"], "2024-03-06", "2024-03-06"),  # the update stands in
    ],
)
def test_published_and_updated_date_lines(
    date_lines: list[str], published: str, updated: str
) -> None:
    article = extract_text(story(HEADLINE, "By Orla Fenwick", *date_lines))
    assert (article.published, article.updated) == (published, updated)
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_many_related_headers_take_linear_time() -> None:
    closing = "Officials said the water would fall by Friday, and schools would reopen next week."
    page = dump(*PARAGRAPHS[:2], *["Related", "Advertisement"] * 9_990, closing)
    started = time.perf_counter()
    article = extract_text(page)
    assert time.perf_counter() - started < 1.5  # 5 s when each header rescanned the page
    assert article.text.endswith(closing)


def test_copyright_year_after_the_name_and_a_page_without_headline() -> None:
    article = extract_text(
        dump(
            "Valley Radio",
            "Home",
            "Weather",
            "Traffic",
            "Posted: March 6, 2024",
            *PARAGRAPHS,
            "© Valley Radio 2024",
        )
    )
    assert article.site_name == "Valley Radio"
    assert article.title is None
    assert article.published == "2024-03-06"


def test_a_newsletter_link_ending_a_menu_does_not_make_the_menu_a_newsletter_box() -> None:
    article = extract_text(
        dump(
            "Tidewater Courier",
            "UK",
            "World",
            "Politics",
            "Newsletters",
            HEADLINE,
            "By Orla Fenwick",
            *PARAGRAPHS,
        )
    )
    assert removed_of(article, "newsletter") == ["Newsletters"]
    assert "Politics" in removed_of(article, "navigation")


def test_control_characters_and_a_byte_order_mark_are_dropped() -> None:
    garbled = PARAGRAPHS[1].replace("inspecting", "inspecting\x1b[0m").replace(" said", "\x07 said")
    page = dump("\ufeffSkip to main content", HEADLINE, PARAGRAPHS[0], garbled, PARAGRAPHS[2])
    article = extract_text(page)
    assert removed_of(article, "skip_link") == ["Skip to main content"]
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.fixture(scope="module")
def live():
    return extract_text((FIXTURES / "live_blog.txt").read_text())


def test_live_blog_keeps_its_first_entry_and_drops_timestamps(live) -> None:
    assert live.title == "Harbour budget live: council votes on ferry fares and a new sea wall"
    assert live.authors == ["Ines Kavanagh", "Rory Delaunay"]
    assert live.published == "2024-03-06T14:48:00+00:00"
    paragraphs = live.text.split("\n\n")
    assert paragraphs[0] == "Councillors approve the sea wall"
    assert paragraphs[-1].startswith("Four opposition councillors left the chamber")
    assert "GMT" not in live.text
    assert "newsletter" not in live.text.lower() and "discussion" not in live.text
    assert live.site_name == "Tidewater Courier"


def test_the_url_slug_names_the_headline() -> None:
    kicker = "Crews work through the night at the harbour"
    listen = "Listen to this article with our new audio player"
    page = story(HEADLINE, listen, kicker, "By Orla Fenwick", "March 5, 2024")
    url = "https://www.tidewatercourier.example/news/harbour-bridge-closed-after-barge-strikes-pier"
    assert extract_text(page).title == kicker  # nearest the byline, without other evidence
    assert extract_text(page, url).title == HEADLINE


def test_a_question_headline_opening_the_body_is_taken_out_by_the_slug() -> None:
    question = "Why did the Old Quay bridge close again?"
    url = "https://www.tidewatercourier.example/why-did-the-old-quay-bridge-close-again"
    article = extract_text(dump("News", "Local", question, *PARAGRAPHS), url)
    assert article.title == question
    assert article.text.split("\n\n") == PARAGRAPHS


def test_dates_and_bylines_found_further_down() -> None:
    url = "https://www.tidewatercourier.example/2024/03/05/bridge-closed"
    undated = story(HEADLINE)
    assert extract_text(undated, url).published == "2024-03-05"  # the URL's date, last
    signed = dump(
        "News", HEADLINE, PARAGRAPHS[0], "By Orla Fenwick", "March 4, 2024", *PARAGRAPHS[1:]
    )
    article = extract_text(signed)
    assert article.authors == ["Orla Fenwick"]
    assert article.published == "2024-03-04"


def test_a_card_blurb_printed_under_every_plan_does_not_open_the_body() -> None:
    blurb = (
        "A licensed pilot guides your boat through the harbour entrance and stays aboard until "
        "you have tied up safely at the visitors' pontoon."
    )
    plans = [line for name in ("Basic", "Plus", "Premium") for line in (name, "Book now", blurb)]
    article = extract_text(dump("Tidewater Harbour Services", *plans, HEADLINE, *PARAGRAPHS))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert blurb not in article.text


def test_an_authors_bio_cut_short_by_read_more_gives_way_to_the_story() -> None:
    bio = (
        "Orla Fenwick has reported on the Tidewater waterfront for eleven years, covering the "
        "ferries, the grain terminal and the long argument over the harbour wall, and writes a "
        "weekly column on the town's maritime history for the Courier's Saturday edition."
    )
    contents = ("Contents", "What happened", "What the council says", "What comes next")
    # Paragraphs of their own, not PARAGRAPHS with a sentence added: a paragraph that a longer
    # one holds is a pull quote and is dropped (text/pull_quotes.py).
    longer = [
        *PARAGRAPHS,
        "Barge operators said the tide tables had been wrong twice this month and asked the "
        "harbour master to publish corrected times before the spring tides arrive.",
        "The grain terminal said its deliveries would go by road until the bridge reopened, "
        "adding about forty lorry journeys a day through the town centre.",
        "Inspectors will report to the council in May, and councillors will then decide "
        "whether the bridge needs strengthening or a full replacement.",
    ]
    article = extract_text(
        dump("News", HEADLINE, "By", "Orla Fenwick", bio, "Read more...", *contents, *longer)
    )
    assert article.text.split("\n\n") == longer
    assert article.authors == ["Orla Fenwick"]
    assert bio not in article.text


def test_a_copyright_mark_between_paragraphs_is_a_photo_credit_not_the_footer() -> None:
    page = dump(
        "News",
        HEADLINE,
        "By Orla Fenwick",
        PARAGRAPHS[0],
        "© Piet Ansbach",
        *PARAGRAPHS[1:],
        "© Tidewater Courier",
        "About us",
    )
    article = extract_text(page)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert [image.credit for image in article.images] == ["Piet Ansbach"]
    assert "© Tidewater Courier" in removed_of(article, "footer")


@pytest.mark.parametrize(
    "line", ["Written By Mar 5, 2024 · 3 min read", "Orla (Ní) Fenwick Published: March 5, 2024"]
)
def test_a_short_dated_line_under_the_headline_is_no_standfirst(line: str) -> None:
    article = extract_text(story(HEADLINE, line))
    assert article.dek is None
    assert article.published == "2024-03-05"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ראש העיר אמר ביום שלישי שהנמל ייפתח מחדש בחודש הבא, לאחר שהסערה פגעה ברציפים.", "he"),
        ("قال رئيس البلدية يوم الثلاثاء إن الميناء سيعاد فتحه الشهر المقبل بعد العاصفة.", "ar"),
        ("شهردار روز سه‌شنبه گفت که بندر ماه آینده پس از طوفان دوباره گشایش می‌یابد.", "fa"),
        ("Ο δήμαρχος είπε την Τρίτη ότι το λιμάνι θα ανοίξει ξανά τον επόμενο μήνα.", "el"),
        # Chinese writes no kana; Japanese, however many kanji it uses, writes some.
        ("青河市政府昨日宣布，将投资三亿元建设新的跨河大桥，预计明年开工。", "zh"),
        ("青川市は昨日、新しい橋の建設に三億円を投資すると発表した。", "ja"),
        ("नगर निगम ने सोमवार को घोषणा की कि नया पुल इस साल बनाया जाएगा।", "hi"),
        ("পৌরসভা সোমবার ঘোষণা করেছে যে নতুন সেতুটি এই বছরের মধ্যে তৈরি হবে।", "bn"),
        # Russian wire copy short of function words, by its "ы" and "э"; Ukrainian, which
        # has "і", stays unknown.
        ("Власти области выделят 2,4 миллиарда рублей на ремонт сельских школ этим летом.", "ru"),
        ("Влада області виділить 2,4 мільярда гривень на ремонт сільських шкіл цього літа.", None),
    ],
)
def test_the_language_of_a_text_in_a_script_of_its_own(text: str, language: str) -> None:
    from dateline.recognise.language import guess_language

    assert guess_language(text) == language


@pytest.mark.parametrize(
    "box",
    [
        (
            "Get the Tidewater Daily newsletter",
            "The day's top stories from your town, free by email every morning.",
            "Sign up",
        ),
        (
            "Newsletter „Tidewater am Morgen“",
            "Jeden Morgen die wichtigsten Nachrichten aus der Region kostenlos per E-Mail.",
            "Jetzt anmelden",
        ),
    ],
)
def test_a_newsletter_boxs_pitch_between_its_title_and_button_is_chrome(
    box: tuple[str, ...],
) -> None:
    page = dump("News", HEADLINE, "By Orla Fenwick", PARAGRAPHS[0], *box, *PARAGRAPHS[1:])
    article = extract_text(page)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "newsletter") == list(box)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rada miasta zdecydowała, że nowy most zostanie zbudowany do końca roku i że prace "
         "ruszą w maju, a to jest ważne dla mieszkańców.", "pl"),
        ("Kommunen meddelade att den nya bron ska byggas och att arbetet börjar i maj. Det är "
         "en viktig fråga för de som bor i området.", "sv"),
        ("Kommunen sier at den nye brua skal bygges i år, og at arbeidet starter i mai. Det er "
         "viktig for de som bor i området, sier ordføreren.", "no"),
        ("Kommunen siger, at den nye bro skal bygges i år, og at arbejdet starter i maj. Det er "
         "vigtigt for de borgere, der bor i området.", "da"),
        ("Serikali ya mkoa imesema kwamba daraja jipya litajengwa katika kipindi cha mwaka huu "
         "na kwamba wananchi wa eneo hilo watanufaika.", "sw"),
        ("Chính quyền thành phố cho biết cây cầu mới sẽ được xây dựng trong năm nay và người "
         "dân sẽ được hưởng lợi.", "vi"),
        ("Городской совет в понедельник объявил, что новый мост будет построен до конца года и "
         "что работы начнутся в мае.", "ru"),
        # Turkish, by its dotless i: its function words are mostly suffixes.
        ("Karadeniz'in doğusunda etkili olan fırtına nedeniyle Sürmene ilçesinde onlarca ev "
         "hasar gördü. Yetkililer, sahil yolunun kapatıldığını açıkladı.", "tr"),
        ("The mayor of Kırıkkale, Mehmet Yılmaz, said on Monday that the bridge would reopen "
         "in May after repairs to its western pier.", "en"),
    ],
)  # fmt: skip
def test_the_language_of_more_texts_by_their_function_words(text: str, language: str) -> None:
    from dateline.recognise.language import guess_language

    assert guess_language(text) == language


def test_a_footers_all_rights_reserved_alone_names_no_site() -> None:
    body = "La pioggia è tornata nella valle venerdì dopo un mese asciutto e caldo. " * 12
    for footer, site in (
        ("© RIPRODUZIONE RISERVATA", None),
        ("© 2025 Gazzetta di Valmora. Tutti i diritti riservati.", "Gazzetta di Valmora"),
    ):
        article = extract_text(f"Torna la pioggia\n{body}\n{footer}")
        assert article.site_name == site, footer


def test_the_writers_bio_closing_a_text_dump_leaves_the_body() -> None:
    paragraphs = [
        f"Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice "
        "a day through the winter months, the harbour master said on Tuesday."
        for n in range(1, 6)
    ]
    bio = (
        "Orla Fenwick covers transport for the Kestrel Post. Reach her at orla@kestrelpost.example."
    )
    dump = "\n".join(
        ["Ferry to run all winter", "By Orla Fenwick", "March 3, 2026", *paragraphs, bio]
    )
    article = extract_text(dump, "https://kestrelpost.example/ferry")
    assert article.authors == ["Orla Fenwick"]
    assert article.text.endswith(paragraphs[-1])
    assert "Reach her" not in article.markdown
    assert article.word_count == count_words(article.text)


@pytest.mark.parametrize(
    "contact",
    [
        "Orla Fenwick can be reached at ofenwick@kestrelpost.example.",
        "Orla may be contacted at ofenwick@kestrelpost.example or 555-0142.",
    ],
)
def test_a_line_saying_how_the_writer_can_be_reached_leaves_the_body(contact: str) -> None:
    page = story(HEADLINE, "By Orla Fenwick", "March 5, 2024", tail=(contact,))
    article = extract_text(page)
    assert article.text.endswith(PARAGRAPHS[-1])
    # Someone else who can be reached stays in the story.
    office = "Tom Berg can be reached at the harbour office on weekdays until the bridge reopens."
    other = extract_text(story(HEADLINE, "By Orla Fenwick", "March 5, 2024", tail=(office,)))
    assert other.text.endswith(office)


def test_headlines_under_a_sponsored_links_label_after_the_story_are_ads() -> None:
    story = [
        "Marsh Valley council to close Ferris Road bridge",
        "By Juniper Okafor",
        "March 4, 2025",
        "The Ferris Road bridge will close for six weeks from Monday while crews replace its deck, "
        "the Marsh Valley council said on Tuesday.",
        "Drivers will be sent along Quarry Lane, which adds about ten minutes to the trip into "
        "town, according to the council's engineer.",
    ]
    ads = ["Doctors stunned by this one weird kitchen habit", "Retirees are flocking to this town"]
    article = extract_text("\n".join([*story, "Sponsored Links", *ads, "Contact us"]))
    assert all(ad not in article.text for ad in ads)
    assert [r.text for r in article.removed if r.kind == "advertisement"][-2:] == ads
    # In a menu, "Sponsored Content" over a section's headlines claims none of them.
    menu = ["Weddings", "Sponsored Content", "Harbour festival returns this June", *story]
    assert extract_text("\n".join(menu)).title == story[0]


def test_a_dump_wrapped_at_a_fixed_column_has_its_paragraphs_joined_again() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in PARAGRAPHS)
    article = extract_text(f"{HEADLINE}\n\nBy Orla Fenwick\n\n{wrapped}\n")
    assert article.title == HEADLINE
    assert article.authors == ["Orla Fenwick"]
    assert article.text.split("\n\n") == PARAGRAPHS
    # Indented first lines mark the paragraphs of a dump without blank lines.
    indented = "\n".join(textwrap.fill(p, 70, initial_indent="    ") for p in PARAGRAPHS)
    assert extract_text(f"{HEADLINE}\nBy Orla Fenwick\n{indented}\n").text.split("\n\n") == (
        PARAGRAPHS
    )


def test_lines_of_a_list_ending_near_one_column_are_not_joined() -> None:
    names = [f"Anthem Mutual Health Cooperative of {state}" for state in ("Ohio", "Iowa", "Utah")]
    rows = [f"{team} 42 21 .667 3.5 21-10 21-11 9-5 27-14" for team in ("Lakers", "Kings")]
    lines = [*names, *rows, *PARAGRAPHS]
    assert [line.text for line in read_lines("\n".join(lines))] == lines


def test_a_text_browsers_link_numbers_and_reference_list_are_dropped() -> None:
    page = dump(
        "   [1]Home [2]World [3]Business",
        HEADLINE,
        "   By [4]Orla Fenwick",
        *(f"   {p}" for p in PARAGRAPHS[:2]),
        f"   A footnote mark stays.[5] The [6]county council said so. {PARAGRAPHS[2]}",
        "References",
        "",
        "   1. https://tidewater.example/",
        "   4. https://tidewater.example/authors/orla-fenwick/",
    )
    article = extract_text(page)
    assert article.authors == ["Orla Fenwick"]
    assert "[6]" not in article.text and "the county council said so" not in article.text
    assert "The county council said so." in article.text and "stays.[5]" in article.text
    assert "https://" not in article.text and "References" not in article.text


def test_a_lynx_dump_is_joined_at_the_width_it_was_wrapped_with_its_link_numbers() -> None:
    marked = [p.replace("county council", "[17]county council") for p in PARAGRAPHS]
    wrapped = "\n\n".join(
        textwrap.fill(p, 76, initial_indent="   ", subsequent_indent="   ") for p in marked
    )
    article = extract_text(
        f"   [1]Home [2]World\n\n{HEADLINE}\n\n   By [3]Orla Fenwick\n\n{wrapped}\n"
    )
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("bullet", ["•\u00a0", "* ", "1. "])
def test_a_bulleted_list_under_the_lead_does_not_hide_the_lead(bullet: str) -> None:
    items = ["Keep a bag packed with medicines", "Clear dry leaves from gutters", "Follow alerts"]
    page = dump(
        "Home | News | Weather",
        HEADLINE,
        "By Orla Fenwick | 14 June 2024",
        PARAGRAPHS[0],
        "Residents have been told to:",
        *(bullet + item for item in items),
        *PARAGRAPHS[1:],
    )
    article = extract_text(page)
    assert article.page_type == "article"
    assert article.text.split("\n\n")[0] == PARAGRAPHS[0]
    assert article.text.split("\n\n")[2] == (bullet + items[0]).replace("\u00a0", " ")


def test_markdown_marks_of_a_reader_export_are_dropped() -> None:
    linked = PARAGRAPHS[1].replace("county council", "[county council](https://tw.example/cc)")
    page = dump(
        f"# {HEADLINE}",
        "**By Orla Fenwick** · March 5, 2024",
        "![The bridge at low tide](https://tw.example/bridge.jpg)",
        PARAGRAPHS[0],
        linked,
        "* * *",
        PARAGRAPHS[2],
        "---",
        "*Orla Fenwick covers transport for the Tidewater Courier.*",
    )
    article = extract_text(page)
    assert article.title == HEADLINE
    assert article.authors == ["Orla Fenwick"]
    assert article.published == "2024-03-05"
    assert article.text.split("\n\n") == PARAGRAPHS
    # Other dumps keep what they print: a tutorial's "## Setup" and "**init**".
    tutorial = dump(
        HEADLINE,
        "By Orla Fenwick",
        PARAGRAPHS[0],
        "## Setup",
        f"{PARAGRAPHS[1]} **init**",
        PARAGRAPHS[2],
    )
    kept = extract_text(tutorial).text
    assert "## Setup" in kept and "**init**" in kept


def test_german_wrapped_before_its_capitalised_nouns_is_joined_again() -> None:
    paragraphs = [
        "Die Zahl der Wohnungslosen in Deutschland ist im vergangenen Jahr deutlich gestiegen. "
        "Nach Angaben der Bundesarbeitsgemeinschaft Wohnungslosenhilfe waren 2023 rund 607.000 "
        "Menschen ohne eigene Wohnung, etwa 15 Prozent mehr als im Vorjahr.",
        "Als Hauptgrund nannte der Verband den Mangel an bezahlbarem Wohnraum in den "
        "Großstädten. Besonders betroffen seien Familien mit Kindern und junge Erwachsene.",
        "Die Bundesregierung kündigte an, den nationalen Aktionsplan gegen Wohnungslosigkeit "
        "im Herbst vorzulegen.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 80) for p in paragraphs)
    article = extract_text(f"Zahl der Wohnungslosen steigt\n\n19.06.2024 11:42\n\n{wrapped}\n")
    assert article.text.split("\n\n") == paragraphs


def test_a_slashed_date_is_read_day_first_in_a_language_that_writes_it_so() -> None:
    paragraphs = [
        "El Ayuntamiento plantará 15.000 árboles en los barrios del sur durante los próximos dos "
        "años para combatir el calor, según ha anunciado este martes la concejala.",
        "El plan dará prioridad a los colegios y centros de salud de los distritos con menos zonas "
        "verdes por habitante, y se financiará con fondos municipales.",
    ]
    article = extract_text(
        dump("Madrid plantará 15.000 árboles", "05/03/2024 - 13:05", *paragraphs)
    )
    assert article.language == "es"
    assert article.published == "2024-03-05T13:05:00"


def test_a_reader_views_name_over_its_reading_time_is_the_author() -> None:
    article = extract_text(
        dump("tidewater.example", HEADLINE, "Orla Fenwick", "7–9 minutes", *PARAGRAPHS)
    )
    assert article.title == HEADLINE
    assert article.authors == ["Orla Fenwick"]
    assert "7–9 minutes" not in article.text


def test_a_url_longer_than_the_wrap_width_stays_inside_its_paragraph() -> None:
    url = "https://tidewater.example/council/reports/2024/old-quay-bridge-inspection-full-text.pdf"
    paragraphs = [
        *PARAGRAPHS[:2],
        f"The inspection report is published at {url} in full.",
        PARAGRAPHS[2],
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 72, break_long_words=False) for p in paragraphs)
    article = extract_text(f"{HEADLINE}\n\nBy Orla Fenwick\n\n{wrapped}\n")
    assert article.text.split("\n\n") == paragraphs


def test_a_story_forwarded_by_email_loses_the_mails_header_and_quote_marks() -> None:
    quoted = "\n>\n".join(
        "\n".join(f"> {line}" for line in textwrap.wrap(p, 70)) for p in PARAGRAPHS
    )
    page = (
        "---------- Forwarded message ---------\n"
        "From: Newsdesk <desk@tidewater.example>\n"
        "Date: Tue, Jun 25, 2024 at 8:02 AM\n"
        "Subject: Bridge closed\n\n"
        f"> {HEADLINE}\n>\n> By Orla Fenwick\n> June 24, 2024\n>\n{quoted}\n"
    )
    article = extract_text(page)
    assert article.title == HEADLINE
    assert article.authors == ["Orla Fenwick"]
    assert article.published == "2024-06-24"
    assert article.text.split("\n\n") == PARAGRAPHS
    # A quoted line or two inside a story keep their marks.
    own = dump(HEADLINE, "By Orla Fenwick", PARAGRAPHS[0], "> A reader wrote in.", *PARAGRAPHS[1:])
    assert "> A reader wrote in." in extract_text(own).text


@pytest.mark.parametrize(
    "date_line",
    ["تاريخ النشر: 26 يونيو 2024", "Опубликовано: 26 июня 2024", "Yayınlanma: 26 Haziran 2024"],
)
def test_a_date_line_labelled_in_another_language_dates_a_short_story(date_line: str) -> None:
    brief = [
        "أعلنت هيئة الطرق في المدينة اليوم عن افتتاح جسر جديد يربط المنطقة الصناعية بالطريق "
        "الدائري بهدف تخفيف الازدحام في ساعات الذروة الصباحية والمسائية.",
        "وقال مدير الهيئة إن الجسر يستوعب أكثر من أربعة آلاف مركبة في الساعة في كل اتجاه.",
        "وأضاف أن الهيئة تعمل على مشروعين آخرين في المنطقة نفسها قبل نهاية العام المقبل.",
    ]
    article = extract_text(dump("افتتاح جسر جديد لتخفيف الازدحام", date_line, *brief))
    assert article.published == "2024-06-26"
    assert article.page_type == "article"


@pytest.mark.parametrize("label", ["Opinion", "harbourgazette.example"])
def test_a_dek_no_longer_than_its_headline_over_the_byline_is_the_dek(label: str) -> None:
    headline = "Why the Tidewater ferry timetable keeps failing its riders"
    dek = "Three missed crossings a week is not bad luck"
    article = extract_text(dump(label, headline, dek, "By Orla Fenwick", *PARAGRAPHS))
    assert (article.title, article.dek) == (headline, dek)
    assert article.authors == ["Orla Fenwick"]


def test_a_breadcrumb_over_the_headline_and_byline_is_not_the_title() -> None:
    article = extract_text(
        dump(
            "Home",
            "News » Tidewater » Old Quay bridge closed",
            HEADLINE,
            "By Orla Fenwick",
            *PARAGRAPHS,
        )
    )
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "label", [["Written by Orla Fenwick"], ["About the author", "Orla Fenwick"]]
)
def test_a_writers_box_under_the_story_leaves_the_body(label: list[str]) -> None:
    box = [
        "218",
        "9",
        *label,
        "2.4K Followers",
        "Harbour reporter. Writes about ferries, bridges and the people who cross them.",
        "More from Orla Fenwick",
    ]
    article = extract_text(story(HEADLINE, "By Orla Fenwick", "March 5, 2024", tail=tuple(box)))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_sentence_opening_with_about_the_author_is_no_writers_box() -> None:
    sentence = "About the author of the harbour report, little is known beyond her name."
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=(sentence,)))
    assert article.text.split("\n\n")[-1] == sentence


def test_a_written_by_label_over_a_longer_story_does_not_cut_it() -> None:
    promo = "Join 40,000 readers who get the Tidewater Courier's morning briefing in their inbox."
    article = extract_text(dump("News", HEADLINE, promo, "Written by Orla Fenwick", *PARAGRAPHS))
    assert article.text.split("\n\n")[-len(PARAGRAPHS) :] == PARAGRAPHS


def test_a_tab_joined_table_row_is_read_cell_by_cell() -> None:
    # A legacy table layout: the section cell and the headline cell on one row, the menu and
    # the story tools in rows of their own.
    article = extract_text(
        dump(
            "Tidewater Courier\tHome\tNews\tSport\tNotices",
            f"News\t{HEADLINE}",
            "By Orla Fenwick",
            "Tuesday, March 5, 2024",
            *PARAGRAPHS,
            "Back to top\tPrint this story\tEmail to a friend",
        )
    )
    assert article.title == HEADLINE
    assert article.authors == ["Orla Fenwick"]
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_tab_that_indents_a_paragraph_leaves_it_whole() -> None:
    lines = read_lines(f"\t{PARAGRAPHS[0]}\n\t{PARAGRAPHS[1]}\n")
    assert [line.text for line in lines] == PARAGRAPHS[:2]


def test_a_table_of_figures_keeps_its_rows_whole() -> None:
    # Rows of one width, in a sidebar above the story: a standings table, not a layout.
    table = ["Pos.\t\tClub\t\tPoints", "1\t\tTidewater Rovers\t\t41", "2\t\tMill Lane FC\t\t38"]
    lines = read_lines(dump(*table, *PARAGRAPHS))
    assert [line.text for line in lines[:3]] == [" ".join(row.split()) for row in table]


def test_a_writers_name_under_the_date_over_the_lead_is_the_byline() -> None:
    # An AMP page: headline, date, the writer's name alone, then the story.
    article = extract_text(
        dump("Tidewater Courier", HEADLINE, "Mar 5, 2024", "Orla Fenwick", *PARAGRAPHS)
    )
    assert article.authors == ["Orla Fenwick"]
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_line_of_names_under_the_dates_over_the_lead_is_the_byline() -> None:
    # "Updated" and "Published" lines, then the writers, then the story; "Ravi" is no common
    # given name in the list, "Sarah" is.
    page = dump(
        "Tidewater Courier",
        HEADLINE,
        "Updated: 10:32 AM, Mar 6, 2024",
        "Published: 6:00 PM, Mar 5, 2024",
        "Ravi Patel and Sarah Lindqvist",
        *PARAGRAPHS,
    )
    article = extract_text(page)
    assert article.authors == ["Ravi Patel", "Sarah Lindqvist"]
    assert article.text.split("\n\n") == PARAGRAPHS


def test_writers_named_one_a_line_over_the_date_are_all_authors() -> None:
    article = extract_text(story(HEADLINE, "Orla Fenwick", "Tomasz Wierzba", "March 5, 2024"))
    assert article.authors == ["Orla Fenwick", "Tomasz Wierzba"]
    assert article.title == HEADLINE


def test_a_short_title_case_headline_over_a_name_and_date_is_no_writer() -> None:
    article = extract_text(story("Bridge Closed Again", "Orla Fenwick", "March 5, 2024"))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == "Bridge Closed Again"


@pytest.mark.parametrize(
    "date_line",
    [
        "Publicerad 5 mars 2024 kl. 07.30",
        "Publisert 5. mars 2024 kl. 07.30",
        "Udgivet 5. marts 2024 kl. 07.30",
    ],
)
def test_a_nordic_date_line_dates_the_story_and_makes_the_name_a_byline(date_line: str) -> None:
    article = extract_text(story(HEADLINE, "Orla Fenwick", date_line))
    assert article.authors == ["Orla Fenwick"]
    assert article.published[:10] == "2024-03-05"


def test_a_writers_name_between_the_headline_and_the_lead_is_the_byline() -> None:
    # The date printed at the foot of the story, or nowhere.
    article = extract_text(dump("Tidewater Courier", "News", HEADLINE, "Orla Fenwick", *PARAGRAPHS))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == PARAGRAPHS
    # Under a box's short heading, a name over prose is a profile, not a byline.
    article = extract_text(dump("Tidewater Courier", "Our Team", "Orla Fenwick", *PARAGRAPHS))
    assert article.authors == []


def test_a_short_headline_under_a_date_over_its_summary_is_no_byline() -> None:
    summary = "The county will vote on the levy in May, the council said on Monday."
    article = extract_text(
        story(HEADLINE, "By Orla Fenwick", "Mar 5, 2024", "Budget Vote Delayed", summary)
    )
    assert article.authors == ["Orla Fenwick"]


@pytest.mark.parametrize(
    "date_line", ["Tidewater - 05 mar 2024 - 14:20 CET", "Tidewater, 05.03.2024"]
)
def test_a_date_line_opening_with_its_place_dates_the_story_and_makes_the_name_a_byline(
    date_line: str,
) -> None:
    article = extract_text(story(HEADLINE, "Orla Fenwick", date_line))
    assert article.authors == ["Orla Fenwick"]
    assert article.published[:10] == "2024-03-05"
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Orla Fenwick / TMN / Updated: Mar 5, 2024, 09:41 IST", "Orla Fenwick"),
        ("Orla Fenwick at Kingsmead Park", "Orla Fenwick"),
        ("Orla Fenwick - tidewatercourier", "Orla Fenwick"),
    ],
)
def test_a_byline_with_its_service_code_or_venue_names_the_writer(byline: str, author: str) -> None:
    article = extract_text(story(HEADLINE, byline, "Tue 5 Mar 2024 17:10 GMT"))
    assert article.authors == [author]


def test_a_press_releases_issuer_under_provided_by_is_no_author() -> None:
    header = ("News provided by", "Harlow Robotics Ltd", "05 Mar, 2024, 08:00 GMT")
    assert extract_text(story(HEADLINE, *header)).authors == []


def test_a_lone_story_card_after_the_story_is_no_paragraph() -> None:
    card = (
        "Ferry timetable to change as Mill Lane pier closes for repairs",
        "The harbour board says crossings will run from the east quay until June.",
    )
    article = extract_text(
        story(HEADLINE, "By Orla Fenwick", tail=(*card, "Load more", "© Tidewater Courier"))
    )
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    "ending",
    [
        ("What happens next", "The council will vote on the repairs on Friday."),
        ("Q: Will the bridge reopen before the summer season starts?", "A: Yes, by June."),
    ],
)
def test_a_closing_subheading_or_question_with_its_answer_stays(ending: tuple[str, str]) -> None:
    article = extract_text(
        story(HEADLINE, "By Orla Fenwick", tail=(*ending, "© Tidewater Courier"))
    )
    assert article.text.split("\n\n") == [*PARAGRAPHS, *ending]


def test_a_writers_own_newsletter_keeps_its_byline_though_the_footer_names_her() -> None:
    # A newsletter platform's footer holds its writer's name: the site is hers, and so is the
    # story; an outlet's name in the byline is still no author.
    article = extract_text(
        story(HEADLINE, "Orla Fenwick", "Mar 5, 2024", tail=("© 2024 Orla Fenwick",))
    )
    assert article.authors == ["Orla Fenwick"]
    outlet = story(
        HEADLINE, "By Tidewater Courier", "Mar 5, 2024", tail=("© 2024 Tidewater Courier",)
    )
    assert extract_text(outlet).authors == []


def test_a_newsletter_boxs_pitch_closing_the_dump_is_no_paragraph() -> None:
    box = (
        "Sign up for our Harbour Watch newsletter.",
        "Get the week's ferry, port and river news from the Tidewater quays every Friday.",
        "Ad Feedback",
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=box))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_the_sites_local_edition_after_the_writer_is_no_co_author() -> None:
    url = "https://www.tidewatercourier.com/eastside/2024/03/05/harbour-bridge-closed"
    edition = story(HEADLINE, "Por Orla Fenwick, Tidewater Courier Eastside", "05/03/2024 19h02")
    assert extract_text(edition, url).authors == ["Orla Fenwick"]
    pair = story(HEADLINE, "By Orla Fenwick, Tom Berg", "Mar 5, 2024")
    assert extract_text(pair, url).authors == ["Orla Fenwick", "Tom Berg"]


def test_a_ranked_list_run_onto_one_line_opens_no_body() -> None:
    ranked = (
        "1 Lighthouse keeper's cat found after three weeks at sea 2 Council votes to rename the "
        "old market square 3 Ferry fares to rise again in spring, operator warns 4 Record crowd "
        "for the Tidewater regatta despite the rain 5 Bakery on Mill Lane closes after ninety years"
    )
    article = extract_text(story(ranked, HEADLINE, "By Orla Fenwick", "March 5, 2024"))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_card_headline_printed_twice_is_no_paragraph() -> None:
    card = "Ten winter walks along the Tidewater estuary that end at a good pub: our readers' picks"
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=(f"{card} {card}", "Video")))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_list_of_cards_glued_to_their_teasers_opens_no_body() -> None:
    cards = (
        "Lighthouse Keeper Retires After Forty Years On The PointMarta Oyelaran kept the lamp at "
        "Gull Point lit through storms, strikes and two changes of owner.",
        "Tidewater Regatta Draws Record Crowd Despite The RainOrganisers said more than twelve "
        "thousand people lined the quays to watch the final races.",
        "Bakery On Mill Lane Closes After Ninety Years Of TradingThe family that ran the shop "
        "since 1934 said rising rents had left them no choice.",
    )
    article = extract_text(dump("News", *cards, HEADLINE, "By Orla Fenwick", *PARAGRAPHS))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_lone_subheading_glued_to_its_paragraph_stays() -> None:
    glued = (
        "What Happens To The Ferry NextThe operator said the older boat would be kept in reserve "
        "for the summer crossings."
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=(glued,)))
    assert article.text.split("\n\n") == [*PARAGRAPHS, glued]


def test_a_card_cut_short_after_the_story_is_no_paragraph() -> None:
    tail = (
        "Read Next",
        "Lighthouse keeper's cat found safe after three weeks adrift on a bar...",
        "Trending Now",
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=tail))
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_box_of_cards_cut_short_inside_the_story_keeps_it_going() -> None:
    box = ("Related articles", "Ferry fares to rise again in spring as the operator warns of fu...")
    page = dump("News", HEADLINE, "By Orla Fenwick", *PARAGRAPHS[:2], *box, PARAGRAPHS[2])
    paragraphs = extract_text(page).text.split("\n\n")
    assert paragraphs[:2] == PARAGRAPHS[:2]
    assert paragraphs[-1] == PARAGRAPHS[2]


def test_a_share_bar_one_network_a_line_is_chrome_but_a_lone_network_name_is_not() -> None:
    bar = ("Facebook", "WhatsApp", "Copy")
    page = dump("News", HEADLINE, "By Orla Fenwick", *PARAGRAPHS[:2], *bar, PARAGRAPHS[2])
    article = extract_text(page)
    assert article.text.split("\n\n") == PARAGRAPHS
    assert removed_of(article, "share") == list(bar)
    heading = dump("News", HEADLINE, "By Orla Fenwick", *PARAGRAPHS[:2], "Mastodon", PARAGRAPHS[2])
    assert extract_text(heading).text.split("\n\n") == [*PARAGRAPHS[:2], "Mastodon", PARAGRAPHS[2]]


@pytest.mark.parametrize(
    "promo", ["More Tidewater Courier", "Trending Now on TidewaterCourier.com"]
)
def test_a_line_promoting_the_site_ends_the_story(promo: str) -> None:
    url = "https://www.tidewatercourier.com/news/2024/03/05/harbour-bridge-closed"
    tail = (
        promo,
        "Bakery on Mill Lane closes after ninety years",
        "The family that ran the shop since 1934 said rising rents had left them no choice.",
    )
    article = extract_text(story(HEADLINE, "By Orla Fenwick", tail=tail), url)
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_site_is_matched_by_its_name_or_its_host() -> None:
    keys = {fold_outlet_name("tidewatercourier.com")}
    assert fold_outlet_name("The Tidewater Courier") in keys
    assert is_site_promo("More from The Tidewater Courier", keys)
    assert not is_site_promo("More Harbour Stories", keys)


@pytest.mark.parametrize(
    ("url", "tail"),
    [
        ("https://www.tidewaterpost.com/news/harbour-bridge", ()),
        (None, ("© 2024 Tidewater Post. All rights reserved.",)),
    ],
)
def test_a_name_and_the_sites_name_after_a_bar_is_the_byline(
    url: str | None, tail: tuple[str, ...]
) -> None:
    page = story(HEADLINE, "Orla Fenwick | Tidewater Post", "March 5, 2024", tail=tail)
    article = extract_text(page, url)
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE
    assert article.text.startswith(PARAGRAPHS[0])


def test_a_name_and_the_mastheads_name_after_a_bar_is_the_byline() -> None:
    header = ["Tidewater Post", "News", HEADLINE, "Orla Fenwick | Tidewater Post", "March 5, 2024"]
    article = extract_text(dump(*header, *PARAGRAPHS))
    assert article.authors == ["Orla Fenwick"]
    assert article.title == HEADLINE


def test_a_masthead_spelling_the_host_names_the_site() -> None:
    url = "https://www.tidewaterpost.com/news/harbour-bridge"
    article = extract_text(
        dump("Tidewater Post", "News", HEADLINE, "March 5, 2024", *PARAGRAPHS), url
    )
    assert article.site_name == "Tidewater Post"
    assert article.title == HEADLINE
    other = extract_text(
        dump("Harbour Gazette", "News", HEADLINE, "March 5, 2024", *PARAGRAPHS), url
    )
    assert other.site_name == "tidewaterpost.com"
