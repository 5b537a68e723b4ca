"""Images of the article with their captions; the photo credit split out of the caption.

A caption belongs to the images of the nearest element around it that holds an image (the
``<figure>`` in well-made pages). A caption that repeats the image's alt text is kept once.
Logos and icons, and the thumbnails of teasers (by their class, or because content selection
dropped their block as related stories), are not the article's images. The declared lead image
(og:image) is listed only when the page does not show its own lead: the same picture in another
size or crop (``_same_picture``), or a captioned picture at the top of the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl

from dateline.model import Image
from dateline.page.blocks import BLOCK_TAGS, Block, PageBlocks
from dateline.page.content import fold
from dateline.recognise.captions import credit_line, is_gallery_counter, split_caption_credit
from dateline.urls import absolute, split_url, url_site

#: Words of a class that marks a photo credit ("image-credit", "imageCredit", "photographer").
_CREDIT_WORDS = frozenset({"credit", "credits", "photographer", "copyright"})
_CLASS_PARTS = re.compile(r"[-_:.]+|(?<=[a-z])(?=[A-Z])")
#: Chrome kinds whose images are not the article's (a related story's thumbnail, an ad).
_NOT_ARTICLE_KINDS = frozenset(
    {"related", "share", "advertisement", "newsletter", "navigation", "comments", "footer"}
)
#: What a file name ends with when it is one size or crop of a picture: "-1200x630", "_800w",
#: "@2x", "-scaled", "-large", WordPress's edit stamp "-e1712345678901"; ``_SIZE_TOKEN`` also
#: takes a bare width ("-1600"), which may be a camera's counter ("IMG_1234") instead.
_CLEAR_SIZE = (
    r"\d{2,5}x\d{2,5}|[wh]\d{2,4}|\d{2,4}(?:w|px)|\d(?:\.\d)?x|e\d{10,13}|scaled|large|medium"
    r"|small|thumb|thumbnail|full|original|orig|crop|cropped|resized|hires|lowres|retina"
)
_CLEAR_SIZE_TOKEN = re.compile(rf"[-_.@](?:{_CLEAR_SIZE})$")
_SIZE_TOKEN = re.compile(rf"[-_.@](?:{_CLEAR_SIZE}|\d{{3,4}})$")
#: A file stem that only names a size ("3000", "1200x630", "original"): the folders name the
#: picture ("…/<hash>/0_0_3000_1800/master/3000.jpg").
_SIZE_STEM = re.compile(
    r"(?:[wh]?\d{2,5}(?:x\d{2,5})?(?:w|px)?|original|orig|master|large|medium|small|full|thumb)"
)
#: A path segment that asks a resizing service for a size or crop ("s615", "1200x630",
#: "w_800,h_600,c_fill", "fit-in", "0_0_3000_1800", "filters:quality(80)").
_RESIZE_SEGMENT = re.compile(
    r"[a-z]{0,2}\d{2,5}(?:[x_,]\d{1,5})*|(?:[a-z]{1,3}_[\w.:]+,?)+|fit-in|filters:.*"
    r"|resize|resized|crop|thumbs?|thumbnails?|alternates|master|original"
)
#: Query parameters that choose a size, crop or encoding, not the picture.
_SIZE_PARAMS = frozenset(
    {
        "w", "h", "width", "height", "resize", "fit", "crop", "quality", "q", "auto", "dpr",
        "format", "fm", "fmt", "s", "sz", "size", "rect", "ar", "dw", "dh", "imwidth",
        "impolicy", "ixlib", "strip", "zoom", "mode", "scale", "anchor", "v", "ver", "ssl",
        "itok", "compress", "output-quality", "trim",
    }
)  # fmt: skip
#: A captioned picture is the story's lead when at most this many paragraphs (of at least
#: ``MIN_PARAGRAPH_CHARS``) come before it: a standfirst paragraph may open the body above it,
#: the posts of a live blog do above a reader's photo.
MAX_PARAGRAPHS_BEFORE_LEAD = 2
MIN_PARAGRAPH_CHARS = 80
#: Shortest file stem that names a picture by itself; shorter ones ("img", "dsc") do not, nor
#: do the generic names of a picture or a script that serves pictures.
MIN_PICTURE_STEM = 4
_GENERIC_STEMS = frozenset(
    {"image", "images", "photo", "picture", "default", "untitled", "screenshot", "file", "index",
     "main", "display", "resize", "thumbnail", "getimage", "media", "asset", "original", "master"}
)  # fmt: skip
#: Pixels under which a picture drawn with width or height attributes is an icon, not a photo.
MIN_PHOTO_PIXELS = 100
#: Width from which a vector image drawn in the page is a diagram, not an icon.
MIN_DIAGRAM_PIXELS = 300
#: Words in the file name of a vector image that names a diagram.
MIN_DIAGRAM_NAME_WORDS = 4
_NAME_PARTS = re.compile(r"[-_\s]+|%20")
#: Words naming an icon in a file name or a short alt text ("prairie-wire-logo.png", "share
#: icon"), as whole words: "Badger Pass" and "iconic" are not icons.
_ICON_NAME = re.compile(
    r"(?<![a-z])(?:icons?|logos?|badges?|avatars?|profile|sprites?|spinner|placeholder|stars?)"
    r"(?![a-z])"
)
#: Longest alt text read for those words: a longer one describes a picture ("The Hifiman logo
#: is displayed above the ear cups").
MAX_ICON_ALT_WORDS = 4
_AUTHOR_BOX = re.compile(r"author|avatar|byline|contributor|headshot|mugshot")
#: The file name of a stand-in that lazy loading replaces ("lazy-image-placeholder.jpg").
_PLACEHOLDER = re.compile(
    r"placeholder|lazy|blank|spacer|loading|transparent|missing-?image|no-?image|^grey\.gif"
)
#: The banner shapes of display ads in a picture's address ("harlan-ford-160x600.jpg"): no
#: photo of the story is cropped so wide or tall. (Squarer ad sizes, 300x250 or 300x600, are
#: also the sizes WordPress names its resized pictures with: kept.)
_AD_SIZE = re.compile(r"(?<![\dx])(?:728x90|160x600|120x600|468x60|320x50|970x90|970x250)(?![\dx])")
_SOURCE_ATTRS = ("src", "data-src", "data-lazy-src", "data-original", "data-url")


def _source(attrs: dict[str, str | None]) -> tuple[str | None, bool]:
    """The best source URL of an <img>, lazy-loading attributes included, and whether it is a
    lazy loader's placeholder: one in ``src`` ("lazy-image-placeholder.jpg", "blank.gif")
    gives way to the lazily loaded one. (Said here, where ``src`` was judged already, not
    judged again: WCXB dev pages hold 24 images.)"""
    placeholder = None
    for name in _SOURCE_ATTRS:
        value = (attrs.get(name) or "").strip()
        if value and not value.startswith("data:"):
            if name == "src":
                if _is_placeholder(value):
                    placeholder = value
                    continue
                return value, False
            return value, _is_placeholder(value)
    srcset = (attrs.get("srcset") or attrs.get("data-srcset") or "").strip()
    if srcset:
        # The first candidate's URL ends at a space: a comma may be part of it
        # ("…/c_crop,h_2400,w_2400/…").
        first = srcset.split()[0].removesuffix(",")
        if first and not first.startswith("data:"):
            return first, _is_placeholder(first)
    return placeholder, placeholder is not None


def _is_placeholder(src: str) -> bool:
    return _PLACEHOLDER.search(src.rsplit("/", 1)[-1].lower()) is not None


def _is_pixel(attrs: dict[str, str | None]) -> bool:
    return attrs.get("width") in ("0", "1") or attrs.get("height") in ("0", "1")


def _marked_credit(page: PageBlocks, block: Block) -> bool:
    """Whether the markup says a caption block is the photo credit (class "credit",
    "image-credit", "imageCredit")."""
    if block.element < 0:
        return False
    classes = page.elements[block.element].attrs.get("class") or ""
    return any(
        part.lower() in _CREDIT_WORDS
        for token in classes.split()
        for part in _CLASS_PARTS.split(token)
    )


def _same_picture(a: str, b: str) -> bool:
    """Whether two image URLs are one picture, perhaps in two crops or sizes (see
    ``_picture_key``)."""
    return a == b or _picture_key(a) == _picture_key(b)


@lru_cache(maxsize=256)  # the declared lead image is compared with each picture of its page
def _picture_key(url: str) -> tuple[str, ...]:
    """What names the picture in an image URL: its file stem without size tokens
    ("harbour-wall-1600.jpg" and "harbour-wall-800.jpg?w=400" are "harbour-wall"); for a stem
    too short or generic to name a picture ("IMG_1234", "3000.jpg", "image.php"), also the
    folders that are not a resizing service's size or crop, and the query without size
    parameters. A URL that cannot be parsed ("http://[::1" with its bracket left open) is its
    own key."""
    parts = split_url(url)
    if parts is None:
        return (url,)
    segments = [segment for segment in parts.path.lower().split("/") if segment]
    name = segments.pop() if segments else ""
    stem = name.rsplit(".", 1)[0]
    bare = _strip(stem, _SIZE_TOKEN)
    if len(bare) >= MIN_PICTURE_STEM and not bare.isdigit() and bare not in _GENERIC_STEMS:
        return (bare,)
    folders = [segment for segment in segments if not _RESIZE_SEGMENT.fullmatch(segment)]
    query = sorted(
        f"{key}={value}" for key, value in parse_qsl(parts.query) if key.lower() not in _SIZE_PARAMS
    )
    # Only an unmistakable size leaves the stem: "IMG_1234" and "IMG_1235" are two pictures.
    name = "" if _SIZE_STEM.fullmatch(stem) else _strip(stem, _CLEAR_SIZE_TOKEN)
    return (name, "/".join(folders), "&".join(query))


def _strip(stem: str, token: re.Pattern[str]) -> str:
    """A file stem without the size tokens that end it."""
    while True:
        shorter = token.sub("", stem)
        if shorter == stem:
            return stem
        stem = shorter


def _is_icon(attrs: dict[str, str | None], url: str) -> bool:
    """Whether an image is an icon, a logo or a badge rather than a photo: drawn small by its
    attributes, named so by its file name or alt text, or a vector file not drawn wide."""
    for name in ("width", "height"):
        value = (attrs.get(name) or "").strip().removesuffix("px")
        if value.isdecimal() and int(value) < MIN_PHOTO_PIXELS:
            return True
    path = url.split("?", 1)[0].lower()
    alt = (attrs.get("alt") or "").lower()
    if len(alt.split()) > MAX_ICON_ALT_WORDS:
        alt = ""
    if _ICON_NAME.search(path.rsplit("/", 1)[-1]) or (alt and _ICON_NAME.search(alt)):
        return True
    if path.endswith(".svg"):
        # A vector file is an icon unless drawn wide or named at length: a diagram
        # ("advantages-and-disadvantages-of-online-courses.svg", not "chevron_right.svg").
        width = (attrs.get("width") or "").strip().removesuffix("px")
        stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        words = [word for word in _NAME_PARTS.split(stem) if word.isalpha() and len(word) > 1]
        wide = width.isdecimal() and int(width) >= MIN_DIAGRAM_PIXELS
        return not (wide or len(words) >= MIN_DIAGRAM_NAME_WORDS)
    return False


def _in_link(page: PageBlocks, element: int, limit: int) -> bool:
    """Whether an element sits inside a link, looking up to the element ``limit``."""
    elements = page.elements
    e = element
    while e > limit:
        if elements[e].tag == "a":
            return True
        e = elements[e].parent
    return False


@dataclass(slots=True)
class _Teasers:
    """What content selection dropped as chrome (teaser lists recognised by their wording,
    "More videos", as well as by class): the elements of those blocks and their links."""

    elements: frozenset[int] = frozenset()
    #: The links of those blocks as written (stripped), to be judged by ``_teaser_link`` when
    #: an image's link is one of them.
    hrefs: frozenset[str] = frozenset()
    #: The elements of the blocks dropped as an ad's label ("Advertisement", "פרסומת").
    ads: frozenset[int] = frozenset()
    #: The page's address, whose site a teaser link must share.
    url: str | None = None
    #: Whether each element judged so far is not the article's by itself (its chrome kind, or
    #: an author's box by its class or id): the images of a body share their ancestors.
    #: (WCXB dev: ``_in_chrome`` read 30 images a page, each up through its ancestors.)
    marked: dict[int, bool] = field(default_factory=dict)


def _teaser_link(href: str, url: str | None) -> bool:
    """Whether a teaser's link (stripped) may also be an image's link into a teaser: one to a
    page of this site (a shop's "$58 at Amazon" button links where the article's own product
    photo does), not a place on this page or broken markup (<a  href= >)."""
    if " " in href or "/" not in href or href.startswith(("#", "javascript:")):
        return False
    if href.startswith(("http://", "https://", "//")):
        return url_site(href) == (url_site(url) if url else None)
    return True


def _teasers(removed: Sequence[tuple[str, Block]], url: str | None = None) -> _Teasers:
    """The elements of the blocks dropped as related-story teasers, their links and the
    elements of ad labels. Other chrome is left to the class test: a menu line cut from a
    paragraph by a <br> shares the paragraph with the article's photo.

    The links are judged (``_teaser_link``) only when an image links to one: reading the site
    of every teaser link cost 0.09 ms a Scrapinghub page, twice (``collect_images``,
    ``chrome_image_alts``), for the few images that link anywhere."""
    hrefs = set()
    elements = set()
    ads = set()
    for kind, block in removed:
        if kind == "related":
            elements.add(block.element)
            for href, _ in block.links:
                hrefs.add(href.strip())
        elif kind == "advertisement":
            ads.add(block.element)
    return _Teasers(frozenset(elements), frozenset(hrefs), frozenset(ads), url)


def _in_chrome(page: PageBlocks, element: int, container: int, teasers: _Teasers) -> bool:
    """Whether an image sits in a teaser list, share bar, ad or the like inside the body, or in
    the author's box (a portrait beside the byline), judged from the elements around it up to
    the body's container: by their class, or because content selection dropped the block the
    image stands in, or a block linking where the image links (a story card's thumbnail). A
    linked image in the block of an ad's label is the ad ("<div><a href=…><img></a>
    <span>Advertisement</span></div>")."""
    elements = page.elements
    marked = teasers.marked
    e = element
    block = False  # whether the image's own block is passed
    linked = False
    while e > container:
        current = elements[e]
        if marked.get(e) is None:
            words = f"{current.attrs.get('class') or ''} {current.attrs.get('id') or ''}".lower()
            marked[e] = current.kind in _NOT_ARTICLE_KINDS or _AUTHOR_BOX.search(words) is not None
        if marked[e]:
            return True
        tag = current.tag
        if tag == "a":
            linked = True
            href = (current.attrs.get("href") or "").strip()
            if href in teasers.hrefs and _teaser_link(href, teasers.url):
                return True
        if not block and tag in BLOCK_TAGS and tag != "picture":
            block = True
            if e in teasers.elements or (linked and e in teasers.ads):
                return True
        e = current.parent
    return False


#: Elements that hold a whole story: a caption climbing to one has left its picture's.
_STORY_TAGS = frozenset({"article", "main", "body"})


def _holder(
    page: PageBlocks, caption: Block, image_elements: list[int], *, in_story: bool = True
) -> tuple[list[int], int]:
    """Images under the nearest element around ``caption`` that holds any, and how many
    elements that one spans (the fewer, the nearer the caption sits to its pictures).

    ``image_elements`` is in document order, so an element's images are one slice of it.
    ``in_story=False`` looks for none in the story's own element (a credit line there sits
    beside every picture of the story).
    """
    e = caption.element
    elements = page.elements
    while e >= 0:
        inside = image_elements[
            bisect_right(image_elements, e) : bisect_right(image_elements, elements[e].end)
        ]
        if elements[e].tag in _STORY_TAGS:
            # Up to the story's element with no picture in a nearer one: the caption of the
            # picture right before it, with no text between them, or of none (a video's, an
            # embed's), not of every picture in the story.
            before = [i for i in inside if i < caption.element] if in_story else []
            if before and not _text_between(page, before[-1], caption):
                return before[-1:], elements[e].end - e
            break
        if inside:
            return inside, elements[e].end - e
        e = elements[e].parent
    return [], 0


def _in_figure(page: PageBlocks, caption: Block) -> bool:
    """Whether a caption sits in a <figure> (its own element or one of the two above)."""
    e = caption.element
    for _ in range(3):
        if e < 0:
            return False
        if page.elements[e].tag == "figure":
            return True
        e = page.elements[e].parent
    return False


def _text_between(page: PageBlocks, image: int, caption: Block) -> bool:
    """Whether a block of text other than captions sits between an image and a caption."""
    return any(
        image < block.element < caption.element and not block.caption for block in page.blocks
    )


def _paragraphs_before(page: PageBlocks, container: int, element: int) -> int:
    """How many paragraphs of the body come before an element (up to one more than a lead
    picture allows)."""
    count = 0
    elements = page.elements
    for block in page.blocks:
        e = block.element
        if e >= element:
            break  # blocks come in page order: the rest is below the element
        if e > container and elements[e].end < element and len(block.text) >= MIN_PARAGRAPH_CHARS:
            count += 1
            if count > MAX_PARAGRAPHS_BEFORE_LEAD:
                break
    return count


def collect_images(
    page: PageBlocks,
    container: int,
    captions: list[Block],
    url: str | None,
    lead_image: str | None,
    removed: Sequence[tuple[str, Block]] = (),
    credit_lines: Sequence[tuple[Block, str]] = (),
    unplaced: list[Block] | None = None,
    loose: Sequence[tuple[list[Block], int]] = (),
) -> list[Image]:
    """The article's images in page order: the lead image, then those in or by the body.

    ``removed`` is what content selection dropped as chrome (``Selection.removed``): images in
    those blocks are teaser thumbnails, share icons or ads. ``credit_lines`` are photo credits
    printed apart from any caption, with their credits (``Furniture.photo_credits``): each
    credits the one image beside it, if only one is. Captions that caption none of these
    images are added to ``unplaced``, when given, so that the record can report them.
    ``loose`` are the body lines that caption the lone picture they follow
    (``loose_captions``), with its element.
    """
    elements = page.elements
    teasers = _teasers(removed, url)
    end = elements[container].end if container >= 0 else -2
    by_element: dict[int, Image] = {}
    attributes: dict[int, dict[str, str | None]] = {}
    order: list[int] = []
    stand_ins: set[int] = set()  # images whose only source is a lazy loader's placeholder
    for image in page.images:
        src, placeholder = _source(image.attrs)
        if image.fallback and placeholder:
            # A named placeholder with the real picture in the <noscript> after it. (Not an
            # <img> with no source at all: on CNN pages those are the teasers' thumbnails.)
            src = image.fallback
            placeholder = _is_placeholder(src)
        if not src or _is_pixel(image.attrs) or _AD_SIZE.search(src):
            continue
        alt = " ".join((image.attrs.get("alt") or "").split()) or None
        if placeholder:
            stand_ins.add(image.element)
        by_element[image.element] = Image(url=absolute(url, src), alt=alt)
        attributes[image.element] = image.attrs
        order.append(image.element)
    chosen = {
        e for e in order if container <= e <= end and not _in_chrome(page, e, container, teasers)
    }
    # Captions count from the body's grandparent down: lead photos sit just above the body.
    region = container
    for _ in range(2):
        if region >= 0 and elements[region].parent >= 0:
            region = elements[region].parent
    region_end = elements[region].end if region >= 0 else -2
    # So does the lead photo between the headline and the body, captioned or not: the first
    # picture there that links nowhere (thumbnails of other stories link to them).
    headline = next(
        (e for e in range(max(region, 0), max(container, 0)) if elements[e].tag == "h1"), None
    )
    lead_photo = None
    if headline is not None:
        lead_photo = next(
            (
                e
                for e in order
                if headline < e < container
                and not _in_chrome(page, e, region, teasers)
                and not _in_link(page, e, region)
                and not _is_icon(attributes[e], by_element[e].url)
            ),
            None,
        )
        if lead_photo is not None:
            chosen.add(lead_photo)
    credit_spans: dict[int, int] = {}  # the span of the element that gave each image its credit
    # Captions of figures whose picture is not in the markup (loaded by script): the first,
    # above the body, may caption the declared lead image.
    scripted: list[Block] = []
    for caption in captions:
        # Outside the story's area, a gallery counter ("1 of 12": the gallery's place, not the
        # picture's caption), or beside no picture.
        holders, span = (
            _holder(page, caption, order)
            if region <= caption.element <= region_end and not is_gallery_counter(caption.text)
            else ([], 0)
        )
        if not holders:
            if region <= caption.element <= region_end and _in_figure(page, caption):
                scripted.append(caption)
            elif unplaced is not None:
                unplaced.append(caption)
            continue
        if _marked_credit(page, caption):
            # The markup says it is the credit; the recogniser only drops a "Photo:" label.
            text = ""
            credit = (
                split_caption_credit(caption.text)[1]
                or credit_line(caption.text)
                or caption.text.strip("()")
            )
        else:
            text, credit = split_caption_credit(caption.text)
        for e in holders:
            image = by_element[e]
            if text and text != image.caption and not (image.caption and text in image.caption):
                image.caption = f"{image.caption} {text}" if image.caption else text
            # A credit printed by the picture beats one printed farther off ("Photographs and
            # text by …" under the headline, then "Handout / …" under one picture).
            if credit and (not image.credit or span < credit_spans[e]):
                image.credit = credit
                credit_spans[e] = span
            chosen.add(e)
    for lines, e in loose:
        if e in by_element and not by_element[e].caption:
            image = by_element[e]
            image.caption, image.credit = split_caption_credit("\n".join(b.text for b in lines))
            image.caption = " ".join(image.caption.split())
            chosen.add(e)
    for line, credit in credit_lines:
        holders, _ = _holder(page, line, order, in_story=False)
        if len(holders) == 1 and not by_element[holders[0]].credit:
            by_element[holders[0]].credit = credit
    # A logo or an icon drawn in the body (the wire's logo, a share icon) is not a photo; a
    # caption says a picture is one.
    kept = [
        e
        for e in sorted(chosen)
        if by_element[e].caption
        or e == lead_photo
        or not _is_icon(attributes[e], by_element[e].url)
    ]
    result = [by_element[e] for e in kept]
    # The declared lead image stands in for a lead picture the page does not show: not when it
    # shows that picture (in another size or crop), nor when its first picture is its own lead,
    # captioned or placed between the headline and the body (and loaded, not a placeholder).
    own_lead = bool(kept) and (
        kept[0] == lead_photo
        or (
            result[0].caption is not None
            and kept[0] not in stand_ins
            and _paragraphs_before(page, container, kept[0]) <= MAX_PARAGRAPHS_BEFORE_LEAD
        )
    )
    if lead_image and not own_lead:
        lead = absolute(url, lead_image)
        if all(not _same_picture(image.url, lead) for image in result):
            result.insert(0, Image(url=lead))
            if (
                scripted
                and _paragraphs_before(page, container, scripted[0].element)
                <= MAX_PARAGRAPHS_BEFORE_LEAD
            ):
                result[0].caption = scripted.pop(0).text
    if unplaced is not None:
        unplaced.extend(scripted)
    for image in result:
        if image.caption and image.credit is None:
            caption, image.credit = split_caption_credit(image.caption)
            image.caption = caption.strip() or None  # a caption that was only its credit
    return result


def chrome_image_alts(
    page: PageBlocks,
    container: int,
    removed: Sequence[tuple[str, Block]] = (),
    url: str | None = None,
) -> list[str]:
    """The alt texts of the images inside the body's container that are not the article's
    (``_in_chrome``; ``removed`` as for ``collect_images``): a teaser's thumbnail names its
    story, whose headline the body repeats."""
    alts = []
    end = page.elements[container].end if container >= 0 else -2
    teasers = _teasers(removed, url)
    for image in page.images:
        alt = image.attrs.get("alt")
        if (
            alt
            and container <= image.element <= end
            and _in_chrome(page, image.element, container, teasers)
        ):
            alts.append(" ".join(alt.split()))
    return alts


def without_caption_repeats(
    body: list[Block], images: list[Image], teaser_alts: Sequence[str] = ()
) -> tuple[list[Block], list[str]]:
    """The body without paragraphs that repeat a caption or a teaser image's alt text
    (``chrome_image_alts``), and the repeated texts dropped.

    An alt text that repeats its image's caption counts as a repeat too: the caption is said
    once, in ``images``.
    """
    repeats = [
        image.alt
        for image in images
        if image.alt and image.caption and fold(image.alt) in fold(image.caption)
    ]
    texts = [text for image in images for text in (image.caption, image.alt) if text]
    texts += [text for text in teaser_alts if text]
    captions = {fold(text) for text in texts}
    longest = max((len(text) for text in texts), default=0) + 10
    kept = []
    for block in body:
        if 30 < len(block.text) <= longest and fold(block.text) in captions:
            repeats.append(block.text)
        else:
            kept.append(block)
    return kept, repeats


def without_headshots(images: list[Image], authors: list[str]) -> list[Image]:
    """The images without the writers' headshots: a picture with no caption whose alt text is
    an author's name (a columnist's photo beside the byline)."""
    if not authors or not images:
        return images
    names = {fold(name) for name in authors}
    return [image for image in images if image.caption or fold(image.alt or "") not in names]


#: Longest line read as the caption of the lone picture it follows when no markup marks it.
MAX_LOOSE_CAPTION_CHARS = 300
#: A caption line and its credit line.
MAX_CAPTION_LINES = 2


def loose_captions(page: PageBlocks, body: list[Block]) -> list[tuple[list[Block], int]]:
    """Body lines that caption a picture no <figure> holds, with that picture's element: a
    short line, or the lines of a table cell, that ends with a photo credit ("…出洞。（记者
    王晓东 摄）", "… on Tuesday. / Star-Herald photo by Lisa Brandt") and follows a lone
    image, in the element before it (a <p> holding only the image) or in the same cell. The
    credit is what tells a caption from the story's next paragraph."""
    if not page.images:
        return []
    under = page.blocks_under
    image_elements = [image.element for image in page.images]
    result: list[tuple[list[Block], int]] = []
    index = 0
    while index < len(body):
        block = body[index]
        e = block.element
        start = index
        index += 1
        if (
            e < 0
            or block.heading
            or block.list_tag
            or block.quote
            or len(block.text) > MAX_LOOSE_CAPTION_CHARS  # its caption's text would be longer
        ):
            continue
        image = _lone_image_before(page, e, image_elements)
        if image is None:
            continue
        # The lines of one element read together (a cell's caption, then its credit line).
        lines = [block]
        while (
            start + len(lines) < len(body)
            and body[start + len(lines)].element == e
            and len(lines) < MAX_CAPTION_LINES
        ):
            lines.append(body[start + len(lines)])
        if image > e and under[e] != len(lines):
            continue  # the image's cell holds more than its caption
        if image < e:
            lines = [block]
        text = "\n".join(line.text for line in lines)
        if len(text) > MAX_LOOSE_CAPTION_CHARS:
            continue
        caption, credit = split_caption_credit(text)
        if credit is None or not caption.strip():
            continue
        result.append((lines, image))
        index += len(lines) - 1
    return result


def _lone_image_before(page: PageBlocks, e: int, image_elements: list[int]) -> int | None:
    """The one image that opens element ``e`` (before any of its text: an image inside it
    whose element no block precedes) or fills the element right before it (a sibling holding
    that image and no text), else None."""
    elements = page.elements
    end = elements[e].end
    inside = image_elements[bisect_right(image_elements, e) : bisect_right(image_elements, end)]
    if inside:
        return inside[0] if len(inside) == 1 else None
    parent = elements[e].parent
    if parent == e - 1 and elements[parent].tag == "tr" and elements[parent].end == end:
        # The only cell of its row: the row under the picture's row (an old table layout's
        # "<tr><td><img></td></tr><tr><td>Caption. (Photo by …)</td></tr>").
        e, parent = parent, elements[parent].parent
    s = e - 1
    while s >= 0 and elements[s].parent != parent:
        s = elements[s].parent
    if s < 0 or elements[s].end != e - 1 or page.blocks_under[s]:
        return None
    before = image_elements[
        bisect_right(image_elements, s - 1) : bisect_right(image_elements, e - 1)
    ]
    return before[0] if len(before) == 1 else None
