"""cut_blocks: one walk that cuts a parsed page into text blocks, elements and images."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from dateline.page.blocks import Block, PageBlocks, cut_blocks


def _cut(html: str, *, noscript: bool = False) -> PageBlocks:
    body = LexborHTMLParser(html).body
    assert body is not None
    return cut_blocks(body, noscript=noscript)


def _texts(html: str, *, noscript: bool = False) -> list[str]:
    return [block.text for block in _cut(html, noscript=noscript).blocks]


def _block(page: PageBlocks, text: str) -> Block:
    return next(block for block in page.blocks if block.text == text)


def test_inline_formatting_stays_in_its_paragraph() -> None:
    html = "<p>The <b>Marlow</b> ferry <em>sailed</em> at <span>dawn</span>.</p>"
    assert _texts(html) == ["The Marlow ferry sailed at dawn."]


def test_block_boundaries_split_text_and_whitespace_collapses() -> None:
    html = "<div>Before the vote\n   <p>Councillors   met\n at noon.</p>after the vote</div>"
    assert _texts(html) == ["Before the vote", "Councillors met at noon.", "after the vote"]


def test_a_footnotes_back_link_is_no_text() -> None:
    html = (
        '<p>Growth came from new arrivals.<sup><a href="#fn1" id="r1">1</a></sup></p>'
        '<ol><li id="fn1">Regional Statistics Office, table 4. <a href="#r1">↩︎</a></li>'
        '<li id="fn2">^ <a href="#r2">^</a> Registrar data.</li></ol>'
        '<p>Prices rose <a href="/prices">↑</a> again.</p>'
    )
    assert _texts(html) == [
        "Growth came from new arrivals.[1]",
        "Regional Statistics Office, table 4.",
        "^ Registrar data.",
        "Prices rose ↑ again.",
    ]


def test_a_footnotes_reference_is_bracketed_not_glued_to_the_number_before_it() -> None:
    html = (
        '<p>It delivered about 5,400.<a class="footnote-anchor" href="#footnote-1">1</a></p>'
        '<p>See part <a href="#part-2">2</a> and note <a href="#fn:12">12</a>.</p>'
    )
    page = _cut(html)
    assert [block.text for block in page.blocks] == [
        "It delivered about 5,400.[1]",
        "See part 2 and note [12].",
    ]
    assert page.blocks[0].links == []


def test_br_and_hr_cut_blocks() -> None:
    assert _texts("<p>Harbour Road<br>Kestrel Bay<hr>Open daily</p>") == [
        "Harbour Road",
        "Kestrel Bay",
        "Open daily",
    ]


def test_unflagged_inline_elements_leave_no_record() -> None:
    page = _cut("<p><span>Ferry</span> <strong>news</strong></p>")
    assert [element.tag for element in page.elements] == ["body", "p"]


def test_block_names_its_innermost_block_element() -> None:
    page = _cut("<section><div><p>Tide tables for the week.</p></div></section>")
    block = page.blocks[0]
    assert block.tag == "p"
    assert page.elements[block.element].tag == "p"
    assert page.elements[page.elements[block.element].parent].tag == "div"


def test_links_and_link_chars() -> None:
    page = _cut(
        '<p>See <a href="/2024/03/ferry">the new timetable</a> and '
        '<a href="/map">map</a> today.</p><p>No links here at all.</p>'
    )
    first, second = page.blocks
    assert first.links == [("/2024/03/ferry", "the new timetable"), ("/map", "map")]
    assert first.link_chars == len("the new timetable") + len("map")
    assert second.links == []
    assert second.link_chars == 0


def test_links_without_href_or_text_are_not_recorded() -> None:
    page = _cut('<p><a name="top">Top anchor</a> and <a href="/x"> </a> text</p>')
    assert page.blocks[0].links == []


def test_link_wrapping_a_block_counts_as_link_text() -> None:
    """Teaser cards wrap a headline in a link: the headline is all link text."""
    page = _cut(
        '<a href="/2024/05/01/dam-opens"><h3>River dam opens after a long delay</h3></a>'
        "<p>The next paragraph has no link.</p>"
    )
    headline = _block(page, "River dam opens after a long delay")
    assert headline.link_chars == len(headline.text)
    assert _block(page, "The next paragraph has no link.").link_chars == 0


def test_link_wrapping_a_block_is_recorded_on_that_block() -> None:
    page = _cut(
        '<a href="/2024/05/01/dam-opens"><h3>River dam opens after a long delay</h3></a>'
        "<p>The next paragraph has no link.</p>"
    )
    assert _block(page, "River dam opens after a long delay").links == [
        ("/2024/05/01/dam-opens", "River dam opens after a long delay")
    ]
    assert _block(page, "The next paragraph has no link.").links == []


def test_list_items_know_their_list() -> None:
    page = _cut(
        "<ul><li>Bring a coat</li></ul><ol><li>Board the ferry</li>"
        "<li>Find a seat<ul><li>Upper deck</li></ul></li></ol><p>After the lists.</p>"
    )
    assert _block(page, "Bring a coat").list_tag == "ul"
    assert _block(page, "Board the ferry").list_tag == "ol"
    assert _block(page, "Upper deck").list_tag == "ul"
    assert _block(page, "After the lists.").list_tag is None


def test_quote_and_pre_flags() -> None:
    page = _cut(
        "<blockquote><p>We waited ten years.</p></blockquote>"
        "<pre>route  = 7\n  depart = 09:00</pre><p>Plain prose.</p>"
    )
    quoted = _block(page, "We waited ten years.")
    assert quoted.quote
    assert not quoted.pre
    pre = next(block for block in page.blocks if block.pre)
    assert pre.text == "route  = 7\n  depart = 09:00"  # whitespace kept inside <pre>
    plain = _block(page, "Plain prose.")
    assert not (plain.quote or plain.pre)


def test_classes_inside_code_are_not_chrome() -> None:
    page = _cut('<pre><code><div class="comment share">x = 1  # a note</div></code></pre>')
    assert all(element.kind is None for element in page.elements)


def test_table_cells_share_their_row() -> None:
    page = _cut(
        "<table><tr><th>Day</th><th>Sailings</th></tr><tr><td>Monday</td><td>4</td></tr></table>"
    )
    rows = [(block.text, block.row) for block in page.blocks]
    assert [text for text, _ in rows] == ["Day", "Sailings", "Monday", "4"]
    assert rows[0][1] == rows[1][1] >= 0
    assert rows[2][1] == rows[3][1] >= 0
    assert rows[0][1] != rows[2][1]
    assert page.elements[rows[0][1]].tag == "tr"
    assert _cut("<p>Not a cell.</p>").blocks[0].row == -1


def test_headings_have_levels() -> None:
    page = _cut("<h1>Ferry</h1><h4>Times</h4><p>Text.</p>")
    assert [block.heading for block in page.blocks] == [1, 4, 0]


def test_captions_are_flagged() -> None:
    page = _cut(
        '<figure><img src="/a.jpg"><figcaption><p>The pier at dusk.</p></figcaption></figure>'
        '<div class="wp-caption-text">Boats in the harbour.</div>'
        '<article class="has-caption"><p>An article is never a caption.</p></article>'
    )
    assert _block(page, "The pier at dusk.").caption
    assert _block(page, "Boats in the harbour.").caption
    assert not _block(page, "An article is never a caption.").caption


def test_flagged_inline_element_is_a_block_of_its_own() -> None:
    page = _cut(
        '<p>Tide is high. <a class="skip-link" href="#main">Skip to content</a> Boats wait.</p>'
    )
    assert [block.text for block in page.blocks] == [
        "Tide is high.",
        "Skip to content",
        "Boats wait.",
    ]
    skip = page.blocks[1]
    assert skip.tag == "a"
    assert page.elements[skip.element].kind == "skip_link"


def test_chrome_kinds_from_tags_and_attributes() -> None:
    page = _cut(
        '<nav><a href="/">Home</a></nav><div class="newsletter-box">Sign up</div>'
        "<footer>Legal</footer><p>Body</p>"
    )
    kinds = {element.tag: element.kind for element in page.elements}
    assert kinds["nav"] == "navigation"
    assert kinds["div"] == "newsletter"
    assert kinds["footer"] == "footer"
    assert kinds["p"] is None


def test_body_classes_never_flag_the_page() -> None:
    """<body class="has-footer-sidebar"> describes the template, not the body."""
    page = _cut('<body class="footer-sidebar"><p>All prose.</p></body>')
    assert page.elements[0].tag == "body"
    assert page.elements[0].kind is None


def test_content_class_clears_a_tag_kind() -> None:
    page = _cut('<aside class="article-body"><p>Prose in an aside.</p></aside>')
    assert page.elements[1].tag == "aside"
    assert page.elements[1].kind is None


def test_end_is_the_last_descendant() -> None:
    page = _cut("<div><p>One <a href='/a'>link</a></p><ul><li>Two</li></ul></div><p>Three</p>")
    elements = page.elements
    for index, element in enumerate(elements):
        descendants = set(range(index + 1, element.end + 1))
        expected = set()
        for other in range(index + 1, len(elements)):
            ancestor = elements[other].parent
            while ancestor > index:
                ancestor = elements[ancestor].parent
            if ancestor == index:
                expected.add(other)
        assert descendants == expected, element.tag
    tags = [element.tag for element in elements]
    div = tags.index("div")
    assert elements[div].end == tags.index("li")
    assert elements[0].end == len(elements) - 1


def test_images_are_recorded_with_their_element() -> None:
    page = _cut('<figure><img src="/ferry.jpg" alt="Ferry"></figure><p>Text</p>')
    assert len(page.images) == 1
    image = page.images[0]
    assert page.elements[image.element].tag == "img"
    assert image.attrs["alt"] == "Ferry"


def test_ignored_subtrees_hold_no_text() -> None:
    html = (
        "<p>Kept.</p><script>var x = 'no';</script><style>p{}</style>"
        "<template><p>Template</p></template><select><option>Choice</option></select>"
    )
    assert _texts(html) == ["Kept."]


def test_noscript_only_on_request() -> None:
    html = "<p>Loading…</p><noscript><p>The whole story for readers without scripts.</p></noscript>"
    assert _texts(html) == ["Loading…"]
    assert _texts(html, noscript=True) == [
        "Loading…",
        "The whole story for readers without scripts.",
    ]


def test_deep_nesting_needs_no_recursion() -> None:
    depth = 10_000
    html = "<div>" * depth + "Deep in the archive." + "</div>" * depth + "<p>Shallow.</p>"
    page = _cut(html)
    assert [block.text for block in page.blocks] == ["Deep in the archive.", "Shallow."]
    divs = [element for element in page.elements if element.tag == "div"]
    assert len(divs) == depth
    assert page.elements[0].end == len(page.elements) - 1


def test_kicker_and_headline_in_one_link_stay_two_words_on_the_headline_block() -> None:
    page = cut_blocks(
        LexborHTMLParser(
            "<body><div><a href='/world/2024/03/cocoa'><span class='kicker'>Commodities</span>"
            "<h3>Ghana cocoa harvest falls</h3></a></div></body>"
        ).body
    )
    headline = next(b for b in page.blocks if b.text == "Ghana cocoa harvest falls")
    assert headline.links == [("/world/2024/03/cocoa", "Commodities Ghana cocoa harvest falls")]


def test_a_cell_cut_into_paragraphs_by_double_breaks_is_no_data_row() -> None:
    page = _cut(
        "<table><tr><td>Gull Island ferry keeps its winter timetable.<br><br>"
        "The council voted four to three on Tuesday.<br><br>Crossings resume in March.</td>"
        "</tr></table>"
    )
    assert [b.text for b in page.blocks] == [
        "Gull Island ferry keeps its winter timetable.",
        "The council voted four to three on Tuesday.",
        "Crossings resume in March.",
    ]
    assert all(b.row == -1 and b.table == -1 for b in page.blocks)


def test_a_cell_with_single_breaks_stays_a_data_cell() -> None:
    page = _cut(
        "<table><tr><td>Harbour Road<br>Kestrel Bay</td><td>Open daily</td></tr>"
        "<tr><td>Quay Street<br><br></td><td>Closed</td></tr>"
        "<tr><td>Mill Lane<br></td><td><br>Open Sundays</td></tr></table>"
    )
    rows = {b.text: b.row for b in page.blocks}
    assert rows["Harbour Road"] == rows["Kestrel Bay"] == rows["Open daily"] >= 0
    assert rows["Quay Street"] == rows["Closed"] >= 0
    assert rows["Mill Lane"] == rows["Open Sundays"] >= 0


def test_spans_side_by_side_keep_a_word_and_a_number_apart() -> None:
    html = (
        "<div class='score-box'><div><span>Kestrel Rovers</span><span>3</span>"
        "<span>Amadi 34', 71'</span></div></div>"
    )
    assert _texts(html) == ["Kestrel Rovers 3 Amadi 34', 71'"]


def test_spans_side_by_side_keep_a_word_and_a_capitalised_word_apart() -> None:
    # A teaser's kicker and headline, in its text and in its link's title.
    page = _cut(
        "<div><a href='/news/bridge'><span class='kicker'>Transport</span>"
        "<span class='title'>Old Mill bridge to close</span></a></div>"
    )
    [block] = page.blocks
    assert block.text == "Transport Old Mill bridge to close"
    assert block.links == [("/news/bridge", "Transport Old Mill bridge to close")]
    # A capital opening a word styled apart ("T" + "he") or a word split in two stays joined.
    assert _texts("<p><span>T</span>he <span>Face</span><span>book</span> post.</p>") == [
        "The Facebook post."
    ]


def test_the_attribution_of_a_quotation_or_a_table_is_body_text_not_a_caption() -> None:
    page = _cut(
        "<figure><blockquote><p>“I will be the last ferryman.”</p></blockquote>"
        "<figcaption>— Lucien Batiste, ferryman</figcaption></figure>"
        "<blockquote><p>“The ground is the interest rate.”</p>"
        "<footer>— Imani Okafor, hydrologist</footer></blockquote>"
        "<figure><table><tr><td>312</td></tr></table><figcaption>Source: ministry</figcaption>"
        "</figure><figure><img src='/a.jpg'><figcaption>The ferry at dawn.</figcaption></figure>"
        "<footer><p>Copyright Kestrel Courier</p></footer>"
    )
    kinds = {block.text: page.elements[block.element].kind for block in page.blocks}
    assert kinds["— Lucien Batiste, ferryman"] is None
    assert kinds["— Imani Okafor, hydrologist"] is None
    assert kinds["Source: ministry"] is None
    assert _block(page, "The ferry at dawn.").caption
    assert not _block(page, "— Lucien Batiste, ferryman").caption
    assert kinds["Copyright Kestrel Courier"] is None  # the <p>; its <footer> is flagged
    footer = page.elements[_block(page, "Copyright Kestrel Courier").element].parent
    assert page.elements[footer].kind == "footer"


def test_spans_that_split_one_word_stay_joined() -> None:
    html = (
        "<p>The 3<span>rd</span> crossing carried H<span>2</span>O tanks and "
        "<span>Gull</span><span>ferry</span> crews in 20<span>24</span>.</p>"
    )
    assert _texts(html) == ["The 3rd crossing carried H2O tanks and Gullferry crews in 2024."]


def test_span_seams_do_not_leak_into_emphasis() -> None:
    page = _cut("<p><strong><span>Kestrel Rovers</span><span>3</span></strong> won.</p>")
    assert page.blocks[0].text == "Kestrel Rovers 3 won."
    assert page.blocks[0].emphasis == [("**", "Kestrel Rovers 3")]


def test_a_time_laid_right_after_a_name_is_a_word_apart() -> None:
    html = (
        "<div><span>Von Jana Ott</span><time datetime='2024-06-02'>02.06.2024</time></div>"
        "<p>Posted <time>March 3, 2024</time><time>March 9, 2024</time></p>"
        "<p>The 3<time>rd</time> of March</p>"
    )
    assert _texts(html) == [
        "Von Jana Ott 02.06.2024",
        "Posted March 3, 2024 March 9, 2024",
        "The 3rd of March",
    ]


def test_a_caseless_word_and_a_date_laid_side_by_side_are_two_words() -> None:
    html = "<div><span>입력</span><span>2024.05.12.</span></div>"
    assert _texts(html) == ["입력 2024.05.12."]


def test_a_block_of_invisible_characters_alone_is_no_block() -> None:
    html = "<p>First line.</p><p>\u200b</p><p>\u200d\u200d</p><p>\ufeff</p><p>Word\u200bjoined.</p>"
    assert _texts(html) == ["First line.", "Word\u200bjoined."]


def test_soft_hyphens_leave_the_text_and_its_emphasis() -> None:
    html = "<p>Die re&shy;gionale <b>Ver\u00adwaltung</b> plant neu.</p>"
    page = _cut(html)
    assert [block.text for block in page.blocks] == ["Die regionale Verwaltung plant neu."]
    assert page.blocks[0].emphasis == [("**", "Verwaltung")]
