"""Pages that are no story (shop grids, blog tag pages, product pages): their type and text.

Every page here is invented.
"""

from __future__ import annotations

from dateline import extract

_POSTS = [
    ("Sourdough with rye: a weekend loaf", "A denser crumb and a sour tang that keeps for days."),
    ("Why my starter died and how I revived it", "Neglect, then a week of twice-daily feeds."),
    ("Baking in a cast iron pot", "The lid traps steam for the first twenty minutes."),
    ("Scoring patterns for beginners", "A single deep slash is all you need to start."),
    ("Overnight proving in the fridge", "Cold slows the yeast and builds flavour."),
    ("Seeded sandwich loaf", "Sunflower, pumpkin and linseed soaked overnight."),
    ("Troubleshooting a flat loaf", "Usually weak gluten or an over-proved dough."),
    ("Flour guide: protein content", "Bread flour sits around twelve to fourteen per cent."),
    ("Focaccia for a crowd", "Dimple generously and do not skimp on oil."),
    ("Rye crackers from leftover starter", "Thin, crisp and ready in half an hour."),
]


def _tag_page() -> str:
    cards = "".join(
        f'<article class="post type-post"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="/2024/{i}/p">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">June {i + 1}, 2024</span> '
        f'<span class="byline">by Nell Marsh</span></div></header>'
        f'<div class="entry-summary"><p>{summary} <a href="/2024/{i}/p">Continue reading</a>'
        f"</p></div></article>"
        for i, (title, summary) in enumerate(_POSTS)
    )
    return (
        "<html><head><title>sourdough Archives - Crumb and Crust</title></head><body>"
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>'
        '</header><div id="content"><main id="main"><header class="page-header">'
        f'<h1 class="page-title">Tag: sourdough</h1></header>{cards}'
        '<nav class="pagination"><a href="/page/2">Older posts</a></nav></main></div>'
        "<footer><p>© 2025 Crumb and Crust</p></footer></body></html>"
    )


def test_tag_page_of_post_cards_is_a_listing_with_their_headlines() -> None:
    # Each post's linked headline sits in its card's <header>: cut as chrome, the page was
    # "other" and its text the summaries alone.
    article = extract(_tag_page(), "https://crumbandcrust.example/tag/sourdough/")
    assert article.page_type == "listing"
    assert "Sourdough with rye: a weekend loaf" in article.text
    assert "Rye crackers from leftover starter" in article.text
    assert "A denser crumb" in article.text


def test_two_linked_box_labels_do_not_make_a_listing() -> None:
    # "Quick Links" and "Contact Us" linked over a council page's sidebar boxes are labels,
    # not a grid's cards.
    paragraphs = "".join(
        f"<p>The building department reviews permit applications for homes and businesses in "
        f"the city and inspects the work once it is done, section {n}.</p>"
        for n in range(6)
    )
    boxes = "".join(
        f'<div class="widget"><h3><a href="/{slug}">{label}</a></h3><ul>'
        + "".join(f'<li><a href="/{slug}/{k}">{label} item {k}</a></li>' for k in range(4))
        + "</ul></div>"
        for slug, label in (("links", "Quick Links"), ("contact", "Contact Us"))
    )
    html = (
        "<html><head><title>Building Department</title></head><body><main>"
        f"<h1>Building Department</h1>{paragraphs}</main><aside>{boxes}</aside></body></html>"
    )
    assert extract(html, "https://portview.gov.example/building").page_type == "other"


_TEAS = [
    ("Assam Breakfast Loose Leaf", 7),
    ("Darjeeling First Flush", 12),
    ("Smoky Lapsang Souchong", 9),
    ("Jasmine Pearl Green Tea", 14),
    ("Rooibos Vanilla Chai", 8),
    ("Sencha Kyoto Select", 11),
    ("White Peony", 13),
    ("Earl Grey Blue Flower", 8),
    ("Oolong Milk Tea", 10),
    ("Peppermint Leaf Organic", 6),
]


def test_shop_grid_keeps_product_names_of_three_words() -> None:
    # A WooCommerce category grid names its products in <h2> inside the product link, most in
    # three words, a menu entry's length: the page's text was empty.
    products = "".join(
        f'<li class="product type-product"><a href="/product/t{i}" '
        f'class="woocommerce-LoopProduct-link"><img src="/t{i}.jpg" alt="">'
        f'<h2 class="woocommerce-loop-product__title">{name}</h2>'
        f'<span class="price">£{price}.00</span></a>'
        f'<a href="?add-to-cart={i}" class="button">Add to basket</a></li>'
        for i, (name, price) in enumerate(_TEAS)
    )
    html = (
        "<html><head><title>Loose Leaf Tea Archives - Kettle &amp; Leaf</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About us</a></nav>'
        '<main id="main"><h1 class="page-title">Loose Leaf Tea</h1>'
        '<p class="woocommerce-result-count">Showing all 10 results</p>'
        f'<ul class="products columns-4">{products}</ul></main>'
        "<footer><p>© 2025 Kettle &amp; Leaf</p></footer></body></html>"
    )
    article = extract(html, "https://kettleandleaf.example/product-category/loose-tea/")
    assert article.page_type == "listing"
    for name in ("Darjeeling First Flush", "White Peony", "Peppermint Leaf Organic"):
        assert name in article.text
    assert "Add to basket" not in article.text


def test_dated_docs_page_with_code_and_a_table_is_no_brief() -> None:
    # "Last updated on … by …" dates and signs a docs page; two paragraphs beside a code sample
    # and a field table are no news brief.
    html = (
        "<html><head><title>Events API | LumenKit</title></head><body>"
        '<main><article><div class="markdown"><h1>Events API</h1>'
        "<p>The hub emits an event whenever a light changes state. Subscribe with a websocket "
        "to receive them as JSON.</p><h2>Subscribing</h2>"
        "<p>Open a websocket to the events endpoint with your API token in the header.</p>"
        '<pre><code>const ws = new WebSocket("wss://hub.local/v1/events");</code></pre>'
        "<h2>Event payload</h2><table><tr><th>Field</th><th>Type</th></tr>"
        "<tr><td>id</td><td>string</td></tr><tr><td>state</td><td>object</td></tr></table>"
        "</div><footer><span>Last updated on Feb 2, 2025 by Ola Brandt</span></footer>"
        "</article></main></body></html>"
    )
    article = extract(html, "https://lumenkit.example/docs/api/events")
    assert article.page_type == "other"
    assert "wss://hub.local/v1/events" in article.text


def test_product_page_drops_a_dump_of_image_addresses() -> None:
    # A shop prints its custom fields in one block: a thumbnail address for each colour.
    colours = ["Bone", "Moss", "Slate", "Clay", "Ink", "Rust", "Sand", "Fern"]
    fields = "".join(
        f"<span>thumb_{c}:</span> <span>https://cdn.fernleaf.example/160x160/{c}_THUMB.jpg</span> "
        for c in colours
    )
    html = (
        "<html><head><title>Speckled Mug – Fernleaf Pottery</title></head><body><main>"
        "<h1>Speckled Stoneware Mug</h1>"
        "<p>Each mug is thrown by hand in our studio and dipped in an oat glaze flecked with "
        "iron, so no two are quite alike.</p><p>Holds about 12 oz. The rim is left thick for a "
        "comfortable sip and the handle fits three fingers.</p>"
        f'<div class="fields">{fields}</div></main></body></html>'
    )
    article = extract(html, "https://fernleaf.example/products/speckled-mug")
    assert "thrown by hand" in article.text
    assert "Holds about 12 oz" in article.text
    assert "THUMB.jpg" not in article.text


def test_a_line_of_code_with_an_address_is_kept() -> None:
    html = (
        "<html><head><title>Events API</title></head><body><main><h1>Events API</h1>"
        "<p>The hub emits an event whenever a light changes state. Subscribe with a websocket "
        "to receive them as JSON, one message for each change.</p>"
        '<pre><code>const ws = new WebSocket("wss://hub.local/v1/events");</code></pre>'
        "</main></body></html>"
    )
    assert "wss://hub.local/v1/events" in extract(html, "https://lumenkit.example/docs").text


def test_shop_category_keeps_its_intro_under_the_heading() -> None:
    # The paragraph under a category's heading is its intro, not a story's standfirst.
    tiles = "".join(
        f'<div class="card"><h3 class="card__heading"><a href="/products/p{i}">{name}</a></h3>'
        f'<span class="price">${price}.00</span></div>'
        for i, (name, price) in enumerate(_TEAS)
    )
    html = (
        "<html><head><title>Loose Leaf Tea – Kettle &amp; Leaf</title></head><body><main>"
        '<div class="collection-hero"><h1 class="collection-hero__title">Loose Leaf Tea</h1>'
        '<div class="collection-hero__description"><p>Our loose teas are blended in small batches '
        "each month. Brew with water just off the boil for black teas and a little cooler for "
        f'greens.</p></div></div><div class="grid">{tiles}</div></main></body></html>'
    )
    article = extract(html, "https://kettleandleaf.example/collections/loose-tea")
    assert article.page_type == "listing"
    assert article.text.startswith("Our loose teas are blended in small batches")
    assert article.text.count("blended in small batches") == 1
    assert "Darjeeling First Flush" in article.text


def test_dated_help_article_of_numbered_steps_is_no_brief() -> None:
    html = (
        "<html><head><title>Change my delivery address – Parcelnest Help</title></head><body>"
        '<article class="article"><header><h1>Change my delivery address</h1>'
        '<div class="article-meta">Updated <time datetime="2025-01-20">January 20, 2025</time>'
        '</div></header><div class="article-body"><p>You can change the delivery address of a '
        "parcel until it leaves our sorting hub, from the tracking page.</p><ol>"
        "<li>Open the tracking page from your delivery email.</li>"
        "<li>Choose Change delivery and then New address.</li>"
        "<li>Enter the new address and confirm.</li></ol>"
        "<p>If the parcel has already left the hub, you can redirect it to a pickup point "
        "instead.</p></div></article></body></html>"
    )
    article = extract(html, "https://help.parcelnest.example/articles/360012-change-address")
    assert article.page_type == "other"
    assert "Enter the new address and confirm." in article.text


def test_shop_grid_in_product_captions_keeps_its_names() -> None:
    # A theme calls each product card's text box its caption: the names are the listing's.
    cards = "".join(
        f'<li class="product"><a href="/product/t{i}"><img src="/t{i}.jpg" alt=""></a>'
        f'<div class="product-caption"><h3 class="woocommerce-loop-product__title">'
        f'<a href="/product/t{i}">{name}</a></h3><span class="price">${price}.00</span></div>'
        "</li>"
        for i, (name, price) in enumerate(_TEAS)
    )
    html = (
        "<html><head><title>Loose Leaf Tea – Kettle &amp; Leaf</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><main><h1>Loose Leaf Tea</h1>'
        '<p class="woocommerce-result-count">Showing all 10 results</p>'
        f'<ul class="products">{cards}</ul></main></body></html>'
    )
    article = extract(html, "https://kettleandleaf.example/product-category/loose-tea/")
    for name in ("Assam Breakfast Loose Leaf", "White Peony", "Oolong Milk Tea"):
        assert name in article.text


def test_blog_front_declared_an_article_is_a_listing_of_its_posts() -> None:
    # The theme declares every page an Article: the front's one intro paragraph made it a
    # story of that paragraph alone, its posts cut as related links.
    cards = "".join(
        f'<div class="card"><a class="card-link" href="/2024/{i}/p">{title}</a>'
        f'<span class="date">June {i + 1}, 2024</span></div>'
        for i, (title, _) in enumerate(_POSTS)
    )
    html = (
        "<html><head><title>Crumb and Crust – a home baker's notes</title>"
        '<script type="application/ld+json">{"@type": "Article", "headline": "Crumb and Crust",'
        ' "datePublished": "2024-06-02"}</script></head><body>'
        '<nav><a href="/">Home</a> <a href="/about">About</a></nav><main>'
        "<h1>Crumb and Crust</h1><p>Notes from a home kitchen where a jar of starter has been "
        "fed every morning since 2019: loaves that worked, loaves that did not, and what the "
        "difference turned out to be. New posts most Sundays, with the recipes as they were "
        f"actually baked.</p>{cards}</main></body></html>"
    )
    article = extract(html, "https://crumbandcrust.example/")
    assert article.page_type == "listing"
    assert "Why my starter died and how I revived it" in article.text
    assert "Rye crackers from leftover starter" in article.text


def test_topic_page_keeps_card_summaries_linked_for_sighted_readers_only() -> None:
    # Each card links its summary a second time, hidden from screen readers: cut as hidden
    # chrome, the summaries weighed against every card and one headline was left.
    cards = "".join(
        f'<article class="river-item"><header><h2><a href="/2024/{i}/p">{title}</a></h2>'
        f'</header><p class="river-desc"><a href="/2024/{i}/p" aria-hidden="true" '
        f'tabindex="-1">{summary}</a></p><div class="river-aux"><a href="/by/nell">Nell '
        f"Marsh</a> {i + 2} days ago</div></article>"
        for i, (title, summary) in enumerate(_POSTS)
    )
    html = (
        "<html><head><title>Sourdough - Crumb and Crust</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><main><h1>sourdough</h1>'
        f'<section class="col-main">{cards}</section></main>'
        "<footer><p>© 2025 Crumb and Crust</p></footer></body></html>"
    )
    article = extract(html, "https://crumbandcrust.example/topic/sourdough")
    assert article.page_type == "listing"
    for title, summary in (_POSTS[0], _POSTS[4], _POSTS[9]):
        assert title in article.text
        assert summary in article.text


_REPLIES = [
    (
        "fernhill",
        "The heater draws 8.7 amps on its own; with the propagator and the lights on the "
        "same 16 amp circuit you are close to the limit whenever the thermostat kicks in.",
    ),
    (
        "old_potter",
        "Check the outdoor socket for damp first. Condensation at night is the classic "
        "cause of a breaker that trips at three in the morning and never in the day.",
    ),
    (
        "mossbank",
        "It was the socket: there was water behind the faceplate. I fitted a sealed one "
        "and the breaker has held for a week now. Thanks, everyone, for the pointers.",
    ),
]


def test_declared_forum_thread_keeps_its_replies() -> None:
    # The replies wear a "comment" class: taken for a comment thread under the page, they
    # were cut, and the board's app-install box became the content.
    replies = "".join(
        f'<article class="post-comment" id="reply-{i}"><div class="comment-author">{name}</div>'
        f'<div class="comment-content"><p>{text}</p></div></article>'
        for i, (name, text) in enumerate(_REPLIES)
    )
    html = (
        "<html><head><title>Greenhouse heater trips the breaker - Potting Shed Forum</title>"
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": '
        '"Greenhouse heater trips the breaker", "author": {"@type": "Person", "name": '
        '"mossbank"}, "datePublished": "2025-02-10T20:10:00Z"}</script></head><body>'
        '<div class="app-install"><p>Get the Potting Shed app on your phone and never miss a '
        "reply: notifications for your threads, photos straight from your camera roll, and "
        "offline reading of the threads you follow on the allotment where there is no "
        "signal.</p><ul><li>Tap the share icon in your browser and choose Add to Home "
        "Screen.</li><li>Open the app from your home screen and sign in once.</li><li>Choose "
        "which replies should send you a notification.</li></ul></div>"
        '<main><h1>Greenhouse heater trips the breaker</h1><article class="post-first">'
        "<p>My 2kW fan heater trips the breaker every night.</p></article>"
        f'<section class="comments">{replies}</section></main></body></html>'
    )
    article = extract(html, "https://pottingshed.example/topic/4410-greenhouse-heater/")
    assert article.page_type == "other"
    assert "there was water behind the faceplate" in article.text
    assert "Condensation at night" in article.text


_ANSWERS = [
    (
        "27",
        "answered Mar 3, 2024 at 15:20",
        "Teodor Vasks",
        "8,311",
        "14 badges",
        "Three weeks in the fridge is fine for a well-fed rye starter. Feed it a stiff meal the "
        "day before you leave and keep it in a jar with a loose lid.",
    ),
    (
        "-2",
        "edited 5 mins ago",
        "Ines Kolar",
        "1.2k",
        "2 gold badges",
        "Dry a spoonful as insurance: spread it thin on baking paper, let it dry for a day, "
        "crumble it and keep it in a sealed bag until you are home again.",
    ),
]


def test_a_question_pages_vote_counts_badges_and_post_stamps_are_no_content() -> None:
    answers = "".join(
        f'<div class="answer"><div class="votecell"><button>Up vote</button>'
        f'<div class="vote-count">{votes}</div></div><div class="answercell">'
        f'<div class="post-text"><p>{text}</p></div><div class="post-signature">'
        f'<div class="action-time">{stamp}</div><a href="/users/{i}">{name}</a>'
        f'<div class="reputation">{reputation}</div><div>{badges}</div></div></div></div>'
        for i, (votes, stamp, name, reputation, badges, text) in enumerate(_ANSWERS)
    )
    html = (
        "<html><head><title>Keeping a starter alive while away - Bakers Exchange</title>"
        '<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": '
        '"Question", "name": "Keeping a starter alive while away"}}</script></head><body>'
        "<main><h1>Keeping a starter alive while away</h1><div class='question'><p>I am away "
        "for three weeks in June and nobody can feed my rye starter. Will it survive in the "
        f"fridge that long?</p></div><h2>2 Answers</h2>{answers}</main></body></html>"
    )
    article = extract(html, "https://bakers.example/questions/42/starter-away")
    lines = article.text.split("\n\n")
    assert "Three weeks in the fridge is fine" in article.text
    assert "Dry a spoonful as insurance" in article.text
    for furniture in ("27", "-2", "8,311", "1.2k", "14 badges", "2 gold badges"):
        assert furniture not in lines
    assert not any(line.startswith(("answered", "edited")) for line in lines)


_SETS = [
    ("Breakfast Tea Tasting Set", 24),
    ("Green Tea Starter Kit", 31),
    ("Cast Iron Teapot Gift Box", 58),
    ("Herbal Evening Blend Trio", 19),
]


def test_shop_front_without_prose_keeps_its_product_tiles() -> None:
    # No heading marks the tiles' names and the page holds no paragraph of prose: read as a
    # page of sections, its text was the banner's line alone.
    tiles = "".join(
        f'<div class="tile"><a href="/products/t{i}"><img src="/t{i}.jpg" alt=""></a>'
        f'<div class="tile-name"><a href="/products/t{i}">{name}</a></div>'
        f'<div class="tile-price">${price}.00</div></div>'
        for i, (name, price) in enumerate(_SETS)
    )
    html = (
        "<html><head><title>Kettle &amp; Leaf – loose tea</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav>'
        '<main><div class="banner"><p>Free shipping on orders over $40</p></div>'
        f'<div class="featured">{tiles}</div></main>'
        "<footer><p>© 2025 Kettle &amp; Leaf</p></footer></body></html>"
    )
    article = extract(html, "https://kettleandleaf.example/")
    assert article.page_type != "article"
    for name, _ in _SETS:
        assert name in article.text


def test_shop_grid_and_board_counters_stay_out_of_the_text() -> None:
    cards = "".join(
        f'<li class="product"><h3><a href="/product/t{i}">{name}</a></h3>'
        f'<span class="price">${price}.00</span></li>'
        for i, (name, price) in enumerate(_TEAS)
    )
    shop = (
        "<html><head><title>Loose Leaf Tea – Kettle &amp; Leaf</title></head><body><main>"
        '<h1>Loose Leaf Tea</h1><p class="result-count">Showing 1–10 of 46 results</p>'
        '<div class="sorting"><span>Sort by:</span> <select><option>Popularity</option>'
        f'</select></div><ul class="products">{cards}</ul></main></body></html>'
    )
    article = extract(shop, "https://kettleandleaf.example/product-category/loose-tea/")
    assert "White Peony" in article.text
    assert "Showing 1–10" not in article.text
    assert "Sort by" not in article.text
    posts = "".join(
        f'<div class="post"><p class="author">by {name} » Tue Feb 1{i}, 2025</p>'
        f'<div class="content">{text}</div></div>'
        for i, (name, text) in enumerate(_REPLIES)
    )
    board = (
        "<html><head><title>Greenhouse heater trips the breaker - Potting Shed</title></head>"
        f'<body><div id="page-body"><h2>Greenhouse heater trips the breaker</h2>{posts}'
        '<div class="stat-block"><h3>Who is online</h3><p>Users browsing this forum: No '
        "registered users and 4 guests</p></div></div></body></html>"
    )
    article = extract(board, "https://pottingshed.example/viewtopic.php?t=4410")
    assert "there was water behind the faceplate" in article.text
    assert "Who is online" not in article.text
    assert "Users browsing" not in article.text
