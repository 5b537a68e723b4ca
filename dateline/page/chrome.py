"""Recognise page chrome by an element's tag, ARIA role, class, id and inline style.

This is the markup half of chrome detection; the wording half ("Skip to main content",
"Sign up for our newsletter") lives in ``dateline.recognise.chrome_text``.
"""

from __future__ import annotations

import operator
import re

#: Tags whose whole subtree is never text of the page.
IGNORED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "source", "track", "select",
        "option", "input", "textarea", "link", "meta", "head", "title", "map", "dialog",
        "-comment", "!doctype",
    }
)  # fmt: skip

#: Tags removed from the parsed page before the walk, once metadata has been read.
STRIPPED_TAGS = frozenset(
    {"script", "style", "svg", "template", "iframe", "select", "link", "meta", "math", "canvas"}
)

#: Structural tags that hold chrome on news pages. ``header`` holds the site's masthead or the
#: article's headline block; neither is body text.
TAG_KINDS = {
    "nav": "navigation",
    "footer": "footer",
    "aside": "other",
    "header": "other",
    "button": "other",  # walked only so that share bars and the like are reported
    # Forms in a news page are sign-ups, searches and contact boxes; a form wrapping a whole
    # page (ASP.NET) holds most of the prose and is distrusted like any such flag.
    "form": "other",
    # AMP's ad and embed slots (recommendation widgets are amp-embed): what they hold as text
    # is their placeholder and fallback ("Ad failed to load"), never the story's.
    "amp-ad": "advertisement",
    "amp-embed": "advertisement",
    "amp-sticky-ad": "advertisement",
    "amp-auto-ads": "advertisement",
}

ROLE_KINDS = {
    "navigation": "navigation",
    "banner": "other",
    "contentinfo": "footer",
    "complementary": "other",
    "search": "navigation",
    "menu": "navigation",
    "menubar": "navigation",
    "alertdialog": "other",
    "dialog": "other",
}

# Class and id words, matched against whole parts of a token split on "-", "_" and camelCase.
# "widget" is not one: page builders (SiteOrigin, Elementor, product boxes) call every box of
# the body a widget, while sidebars and footers are found by their own words and tags; leaving
# it out took WCXB dev articles 0.9442 -> 0.9463 (two bodies no longer lost whole, 9 pages
# better, 6 a little worse) and kept Scrapinghub at 0.969.
_PART_KINDS = {
    "skip": "skip_link", "skiplink": "skip_link", "skiplinks": "skip_link",
    "cookie": "cookie_notice", "cookies": "cookie_notice", "consent": "cookie_notice",
    "gdpr": "cookie_notice", "onetrust": "cookie_notice",
    "newsletter": "newsletter", "newsletters": "newsletter", "subscribe": "newsletter",
    "subscription": "newsletter", "signup": "newsletter", "optin": "newsletter",
    "paywall": "newsletter",
    "ad": "advertisement", "ads": "advertisement", "advert": "advertisement",
    "adv": "advertisement", "advertisement": "advertisement", "adslot": "advertisement",
    "adunit": "advertisement", "dfp": "advertisement", "gpt": "advertisement",
    "sponsor": "advertisement", "sponsored": "advertisement", "advertising": "advertisement",
    "related": "related", "recommended": "related", "recommendations": "related",
    "recirc": "related", "recirculation": "related", "outbrain": "related",
    "taboola": "related", "trending": "related", "popular": "related",
    "relatedposts": "related", "relatedarticles": "related", "relatedstories": "related",
    "relatedcontent": "related", "relatedlinks": "related", "relatednews": "related",
    "relateditems": "related", "morestories": "related", "popularposts": "related",
    "mostread": "related", "upnext": "related", "nextarticle": "related",
    "nextstory": "related", "teaser": "related", "teasers": "related",
    "share": "share", "sharing": "share", "social": "share", "sharebar": "share",
    "addthis": "share", "sharethis": "share", "socials": "share",
    "sharedaddy": "share", "likes": "share",
    "comment": "comments", "comments": "comments", "disqus": "comments",
    "discussion": "comments", "respond": "comments",
    # ... in the languages of the sites' own class names, and comment services.
    "yorum": "comments", "yorumlar": "comments", "kommentar": "comments",
    "kommentare": "comments", "commentaire": "comments", "commentaires": "comments",
    "comentario": "comments", "comentarios": "comments", "commento": "comments",
    "commenti": "comments", "reacties": "comments", "komentarze": "comments",
    "komentare": "comments", "viafoura": "comments", "livefyre": "comments",
    "guestbook": "comments", "condolences": "comments", "talkback": "comments",
    "talkbacks": "comments",
    "footer": "footer", "copyright": "footer", "colophon": "footer",
    "nav": "navigation", "navbar": "navigation", "navigation": "navigation",
    "menu": "navigation", "breadcrumb": "navigation", "breadcrumbs": "navigation",
    "masthead": "navigation", "pagination": "navigation", "pager": "navigation",
    "topbar": "navigation", "header": "other",
    "promo": "other", "promos": "other", "cta": "other",
    "sidebar": "other", "modal": "other", "popup": "other",
    "overlay": "other", "toolbar": "other", "byline": "other", "tags": "other",
    "print": "other", "noprint": "other",
    "poll": "other", "polls": "other",
    # An author's bio box after the story ("author-bio", "authorbox", "about-author").
    "authorbio": "other", "authorbox": "other", "aboutauthor": "other",
}  # fmt: skip
_PART_WORDS = frozenset(_PART_KINDS)

# Tokens that name the content container; an element carrying one is never chrome by class.
_CONTENT_TOKEN = re.compile(
    r"^(?:(?:article|story|entry|post|main|page|news|blog)[-_]?(?:body|content|text|main|copy)"
    r"|(?:body|content)[-_]?(?:text|copy|body)|articlebody|storytext|main-content|maincontent)$",
    re.I,
)
_CONTENT_ENDINGS = ("body", "content", "text", "main", "copy")
#: Tokens that name a fact box set beside the story's paragraphs, often as an <aside>: the
#: story's own text, never chrome by class or tag.
_FACT_BOX_TOKENS = frozenset(
    {"factbox", "fact-box", "factsbox", "facts-box", "fact_box", "keyfacts", "key-facts",
     "fastfacts", "fast-facts", "factfile", "fact-file", "infobox", "info-box"}
)  # fmt: skip
# WordPress and similar taxonomies: "tag-social", "category-ads", "has-comments" say nothing
# about the element's role.
_TAXONOMY_PREFIX = re.compile(r"^(?:tag|category|cat|has|is|post-format|format|type|status)[-_]")
_SPLIT_PARTS = re.compile(r"[-_:.]+|(?<=[a-z])(?=[A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Whole class tokens that hide an element ("field-label-hidden" hides only a label, so parts
# of a token never count).
_HIDDEN_TOKENS = frozenset(
    {
        "hidden", "hide", "is-hidden", "d-none", "invisible", "visually-hidden", "sr-only",
        "screen-reader-text", "screenreader-only", "element-invisible", "offscreen", "u-hidden",
    }
)  # fmt: skip

# A class token with one of these words marks a caption ("wp-caption-text", "image__credit"),
# also in German ("bildunterschrift", "bildtext"), Portuguese and Italian ("legenda"), French
# ("legende") and Spanish ("leyenda").
_CAPTION_WORDS = frozenset(
    {
        "caption", "captions", "credit", "credits", "figcaption", "bildunterschrift", "bildtext",
        "legenda", "legende", "leyenda",
    }
)  # fmt: skip
#: ...and so do these words after a word for a picture ("img-cap", "photoCap", "imgcap",
#: "img-desc", "photo-text", "content-media__description", Spanish "pie-foto", Turkish
#: "resim-aciklama", Indonesian "keterangan-foto"; "ImageCopyright", a picture's credit, where
#: "copyright" alone is the page footer's); alone "cap" is a drop cap, a graduation
#: cap or a market cap, and the others are any description or text.
_CAPTION_COMPOUNDS = frozenset(
    {
        "imgcap", "imagecap", "photocap", "piccap", "picturecap", "imgdesc", "imagedesc",
        "photodesc", "phototext", "imgtext", "piefoto", "fotopie", "resimaciklama",
        "fotoaciklama", "keteranganfoto", "fotoketerangan", "keterangangambar", "mediadesc",
        "mediadescription", "imagedescription", "photodescription", "imgdescription",
        "picturedesc", "picdesc", "imgdescr", "imagedescr", "photodescr", "imagecopyright",
        "imgcopyright", "photocopyright", "picturecopyright",
    }
)  # fmt: skip

#: Words a token's parts are looked up in, alone and as pairs written together.
_LONE_WORDS = _PART_WORDS | _CAPTION_WORDS
_PAIR_WORDS = _PART_WORDS | _CAPTION_COMPOUNDS
#: What a token holding no word of any list declares.
_PLAIN: tuple[str | None, bool] = (None, False)

_token_cache: dict[str, tuple[str | None, bool]] = {}
_words_cache: dict[str | tuple[str | None, str], tuple[str | None, str]] = {}
_attrs_cache: dict[tuple[str | None, ...], tuple[str | None, str]] = {}
#: Entries a cache holds before it starts afresh. Pages of different sites share few class
#: names: the 1,678 dev pages bring 197,000 distinct tokens, so a cache that stopped growing
#: when full missed on every new site. Emptying and refilling it halved the tokens classified
#: (462,000 → 230,000) and took WCXB dev, run after Scrapinghub as the benchmark runs it,
#: from 9.2–9.6 to 8.4–8.5 ms of CPU a page.
MAX_CACHED = 50_000


#: Subheadings of a body. The class word "header" names a site's masthead or an article's
#: headline block, but on a subheading it names the heading itself: Substack marks every
#: subheading "header-anchor-post", other templates write "section-header".
SUBHEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def only_header_word(cls: str | None, ident: str | None) -> bool:
    """Whether "header" is the only chrome word among an element's class and id tokens.

    A subheading flagged by that word alone is not chrome; "sidebar-header" or "ad-header"
    still is, by its other word.
    """
    found = False
    for token in f"{cls or ''} {ident or ''}".split():
        if _TAXONOMY_PREFIX.match(token):
            continue
        parts = [part.lower() for part in _SPLIT_PARTS.split(token) if part]
        words = parts + list(map(operator.add, parts, parts[1:]))
        for word in words:
            if word in _PART_KINDS:
                if word != "header":
                    return False
                found = True
    return found


def _remember(cache: dict, key: object, value: tuple[str | None, object]) -> None:
    """Store a classification; a full cache is emptied first, keeping memory bounded."""
    if len(cache) >= MAX_CACHED:
        cache.clear()
    cache[key] = value


def _classify_token(token: str) -> tuple[str | None, bool]:
    """(chrome kind or "content" or "hidden" or None, whether it is a caption word)."""
    low = token.lower()
    if token.islower():  # no camelCase to split: plain string splits beat the regex
        parts = token.replace("_", "-").replace(":", "-").replace(".", "-").split("-")
    else:
        parts = [part.lower() for part in _SPLIT_PARTS.split(token) if part]
    # Words also count when written in two parts ("most-read", "sign-up", "upNext"). Mapped in
    # C: most tokens on a page are new to the cache (WCXB dev: 117 a page).
    pairs = list(map(operator.add, parts, parts[1:]))
    # Most tokens hold no word of any list: two set tests over the lists together turn them
    # away, where each list was tested apart and the pairs built twice (the 26,158 tokens the
    # counted pages classify: 628.6 -> 550.6 M instructions).
    if (
        _LONE_WORDS.isdisjoint(parts)
        and _PAIR_WORDS.isdisjoint(pairs)
        and low not in _HIDDEN_TOKENS
        and low not in _CAPTION_COMPOUNDS
        and low not in _FACT_BOX_TOKENS
        and "" not in parts  # BEM's "__" and "--": compounds read across them, below
        and not (low.endswith(_CONTENT_ENDINGS) and _CONTENT_TOKEN.match(token))
    ):
        _remember(_token_cache, token, _PLAIN)
        return _PLAIN
    kind: str | None = None
    if low in _HIDDEN_TOKENS:
        kind = "hidden"
    # Every content token ends in one of these words, and a taxonomy prefix matters only
    # when a chrome word is found: the suffix test spares most tokens one regex and the order
    # the other (2.64 -> 2.37 µs a token over the first 40,000 distinct tokens of the dev pages).
    elif (low.endswith(_CONTENT_ENDINGS) and _CONTENT_TOKEN.match(token)) or (
        low in _FACT_BOX_TOKENS
    ):
        kind = "content"
    else:
        # The last word found wins.
        if not (_PART_WORDS.isdisjoint(parts) and _PART_WORDS.isdisjoint(pairs)):
            words = parts + pairs
            kinds = list(filter(None, map(_PART_KINDS.get, words)))
            if not _TAXONOMY_PREFIX.match(token):
                kind = kinds[-1]
            if (
                kind == "footer"
                and "header" in parts
                and parts.index("header") < parts.index("footer")
            ):
                kind = None  # the header's footer, its byline and date ("art_header_footer")
    # Compounds read across BEM's "__" and "--" too ("content-media__description").
    if "" in parts:
        joined = [part for part in parts if part]
        pairs = list(map(operator.add, joined, joined[1:]))
    compound = low in _CAPTION_COMPOUNDS or not _CAPTION_COMPOUNDS.isdisjoint(pairs)
    if compound and kind not in ("hidden", "content"):
        kind = None  # the compound says more than its words: "ImageCopyright" is no footer
    caption = compound or not _CAPTION_WORDS.isdisjoint(parts)
    found = (kind, caption)
    _remember(_token_cache, token, found)
    return found


def attribute_kind(attrs: dict[str, str | None]) -> tuple[str | None, str]:
    """The chrome kind an element's attributes declare, and the word that declared it.

    The kind is a ``REMOVED_KINDS`` value, ``"content"``, ``"hidden"``, ``"caption"`` or None.
    The last chrome word of a token wins ("article-share-bar" → share); a content token
    ("article-body", "entry-content") makes the element content whatever else it carries. The
    word lets the content finder see that one flag recurs all over the body
    ("elementor-widget"). Results are cached: pages repeat the same attributes many times.
    """
    if not ("style" in attrs or "role" in attrs or "hidden" in attrs or "aria-hidden" in attrs):
        # The common case: class and id decide; cached on those two alone, on the class alone
        # when there is no id (three in four), which spares a pair to build and hash, and read
        # without the flag tests. With the token test of ``_words_kind``: 11,360 -> 8,710
        # instructions for each new class and id over the first 20,000 of the dev pages.
        cls = attrs.get("class")
        ident = attrs.get("id")
        words = cls if ident is None else (cls, ident)
        if words is None:  # <a href>, <img src>: nothing to read
            return None, ""
        found = _words_cache.get(words)
        if found is None:
            found = _words_kind(cls, ident)
            _remember(_words_cache, words, found)
        return found
    key = (
        attrs.get("class"),
        attrs.get("id"),
        attrs.get("role"),
        attrs.get("style"),
        attrs.get("aria-hidden"),
        "hidden" in attrs,
    )
    found = _attrs_cache.get(key)
    if found is None:
        found = _attrs_kind(*key)
        _remember(_attrs_cache, key, found)
    return found


def _attrs_kind(
    cls: str | None,
    ident: str | None,
    role: str | None,
    style: str | None,
    aria_hidden: str | None,
    hidden: bool,
) -> tuple[str | None, str]:
    if hidden:
        return "hidden", "[hidden]"
    if aria_hidden == "true":
        return "hidden", "[aria-hidden]"
    if style and _HIDDEN_STYLE.search(style):
        return "hidden", "[style]"
    if role:
        role = role.lower()
        kind = ROLE_KINDS.get(role)
        if kind:
            return kind, "role=" + role
        if role in ("main", "article"):
            return "content", "role=" + role
    return _words_kind(cls, ident)


def _words_kind(cls: str | None, ident: str | None) -> tuple[str | None, str]:
    """The kind that class and id tokens declare, and the token that declared it."""
    result: tuple[str | None, str] = (None, "")
    caption = ""
    for token in (cls or "").split() if ident is None else f"{cls or ''} {ident}".split():
        kind, is_caption = _token_cache.get(token) or _classify_token(token)
        if kind is not None:  # most tokens have none: asked first, it spares them the rest
            if kind == "content":
                return "content", token
            if result[0] is None:
                result = (kind, token)
        if is_caption and not caption and cls and token in cls:
            caption = token
    if result[0] is None and caption:
        return "caption", caption
    return result
