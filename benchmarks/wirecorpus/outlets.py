"""Invented outlets and their page templates: the same wire copy dressed in different chrome.

Each template is a function of the article's parts that returns a whole HTML page, so the
measured pipeline runs the real ``dateline.extract`` over navigation, share bars, cookie notices,
newsletter boxes, related links and footers, as on real sites.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Story:
    """The parts of one published article, before it is dressed as a page."""

    url: str
    title: str
    published: str
    byline: str
    paragraphs: tuple[str, ...]
    related: tuple[tuple[str, str], ...]


def _paragraphs(story: Story, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{escape(p)}</{tag}>" for p in story.paragraphs)


def _related(story: Story, css: str) -> str:
    items = "".join(f'<li><a href="{escape(u)}">{escape(t)}</a></li>' for u, t in story.related)
    return f'<ul class="{css}">{items}</ul>'


def wire_page(story: Story) -> str:
    """The agency's own plain page, with JSON-LD."""
    headline = escape(story.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | Meridian Wire</title>
<link rel="canonical" href="{story.url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{headline}","datePublished":"{story.published}",
"author":{{"@type":"Organization","name":"Meridian Wire"}}}}</script></head>
<body><header><a href="/">Meridian Wire</a> <nav><a href="/world">World</a>
<a href="/business">Business</a> <a href="/markets">Markets</a></nav></header>
<main><article><h1>{headline}</h1><p class="byline">{escape(story.byline)}</p>
<time datetime="{story.published}">{story.published[:10]}</time>
<div class="article-body">{_paragraphs(story)}</div></article></main>
<footer><p>© Meridian Wire. All rights reserved. Republication requires a licence.</p>
</footer></body></html>"""


def harbour_page(story: Story) -> str:
    """A regional daily with share bar, related list and footer."""
    headline = escape(story.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} - The Harbour Courier</title>
<meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{story.published}"></head>
<body><div class="cookie-banner">We use cookies to improve your experience.
<button>Accept all</button></div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<article class="story"><h1 class="headline">{headline}</h1>
<div class="meta">By {escape(story.byline)} · <time datetime="{story.published}">
{story.published[:10]}</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a></div>
<div class="story-text">{_paragraphs(story)}</div></article>
<aside><h2>Related stories</h2>{_related(story, "related")}</aside>
<footer class="site-footer"><p>The Harbour Courier, 12 Quay Street.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>"""


def gazette_page(story: Story) -> str:
    """A valley weekly whose newsletter box sits inside the article."""
    headline = escape(story.title)
    half = max(1, len(story.paragraphs) // 2)
    first = Story(story.url, story.title, story.published, "", story.paragraphs[:half], ())
    rest = Story(story.url, story.title, story.published, "", story.paragraphs[half:], ())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | Valley Gazette</title>
<meta name="date" content="{story.published}"><meta name="author" content="{story.byline}">
</head><body><header class="masthead"><h2>Valley Gazette</h2>
<ul class="menu"><li><a href="/local">Local</a></li><li><a href="/region">Region</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/jobs">Jobs</a></li></ul></header>
<div id="content"><h1>{headline}</h1><span class="author">{escape(story.byline)}</span>
<div class="entry">{_paragraphs(first)}
<div class="newsletter-signup"><h3>Get the Gazette in your inbox</h3>
<p>Sign up for our free morning newsletter.</p><form><input type="email">
<button>Subscribe</button></form></div>
{_paragraphs(rest)}</div></div>
<div class="most-read"><h3>Most read</h3>{_related(story, "most-read-list")}</div>
<footer>Copyright Valley Gazette Media</footer></body></html>"""


def northline_page(story: Story) -> str:
    """A national site with breadcrumbs, ad slots and a comments section."""
    headline = escape(story.title)
    paragraphs = list(story.paragraphs)
    middle = len(paragraphs) // 2
    body = (
        "".join(f"<p>{escape(p)}</p>" for p in paragraphs[:middle])
        + '<div class="ad-slot">Advertisement</div>'
        + "".join(f"<p>{escape(p)}</p>" for p in paragraphs[middle:])
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} — Northline Times</title>
<meta property="og:type" content="article">
<meta itemprop="datePublished" content="{story.published}"></head>
<body><div class="topbar"><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>
<div class="article-wrapper"><h1 itemprop="headline">{headline}</h1>
<p class="article-byline">By <span>{escape(story.byline)}</span></p>
<p class="timestamp">Published {story.published[:10]}</p>
<div class="article-content">{body}</div></div>
<section class="comments"><h2>Comments</h2><p>Comments are closed for this article.</p>
</section>
<aside class="read-next"><h2>Read next</h2>{_related(story, "next")}</aside>
<footer><p>Northline Times Ltd</p><a href="/contact">Contact us</a></footer></body></html>"""


def ledger_page(story: Story) -> str:
    """A capital-city paper with a lead figure, a pull-out and a tag list."""
    headline = escape(story.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline}</title>
<meta name="pubdate" content="{story.published}">
<meta name="og:site_name" content="Capital Ledger"></head>
<body><header><div class="logo">Capital Ledger</div><nav><a href="/politics">Politics</a>
<a href="/economy">Economy</a><a href="/culture">Culture</a></nav></header>
<main><h1>{headline}</h1><div class="dateline-meta">{escape(story.byline)} |
{story.published[:10]}</div>
<figure><img src="/img/lead.jpg" alt="Scene"><figcaption>The scene on the day.
Photo: Ledger staff</figcaption></figure>
<section class="body-copy">{_paragraphs(story)}</section>
<div class="tags">Topics: <a href="/t/news">News</a> <a href="/t/region">Region</a></div>
</main><footer><small>Capital Ledger. Printed daily since 1921.</small></footer></body></html>"""


def evening_page(story: Story) -> str:
    """A coastal evening paper with a 'read more' teaser inside the copy."""
    headline = escape(story.title)
    paragraphs = [f"<p>{escape(p)}</p>" for p in story.paragraphs]
    if story.related:
        url, title = story.related[0]
        teaser = f'<p class="inline-teaser">Read more: <a href="{url}">{escape(title)}</a></p>'
        paragraphs.insert(min(2, len(paragraphs)), teaser)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{headline} | Coastal Evening Post</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",
"headline":"{headline}","datePublished":"{story.published}"}}</script></head>
<body><div class="skip"><a href="#main">Skip to content</a></div>
<header><a class="brand" href="/">Coastal Evening Post</a></header>
<div id="main" class="post"><h1 class="post-title">{headline}</h1>
<div class="post-meta">{escape(story.byline)}</div>
<div class="post-body">{"".join(paragraphs)}</div>
<div class="social">Follow us on social media</div></div>
<footer><p>Coastal Evening Post · Part of Shoreline Media</p></footer></body></html>"""


@dataclass(frozen=True)
class Outlet:
    """A publisher: its name, home town, web address and page template."""

    name: str
    town: str
    host: str
    page: Callable[[Story], str]


WIRE = Outlet("Meridian Wire", "Lindmere", "meridianwire.example", wire_page)
REPUBLISHERS = (
    Outlet("The Harbour Courier", "Carrow Bay", "harbourcourier.example", harbour_page),
    Outlet("Valley Gazette", "Ulmsted", "valleygazette.example", gazette_page),
    Outlet("Northline Times", "Nordhavn", "northlinetimes.example", northline_page),
    Outlet("Capital Ledger", "Tessaly", "capitalledger.example", ledger_page),
    Outlet("Coastal Evening Post", "Eskerby", "coastalevening.example", evening_page),
)
