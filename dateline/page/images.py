"""Images of the article with their captions; the photo credit split out of the caption.

A caption belongs to the images of the nearest element around it that holds an image (the
``<figure>`` in well-made pages). A caption that repeats the image's alt text is kept once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from dateline.model import Image
from dateline.page.blocks import Block, PageBlocks
from dateline.page.content import fold
from dateline.recognise.captions import split_caption_credit
from dateline.urls import absolute

_CREDIT_WORD = re.compile(r"(?:^|[-_])(?:credits?|photographer|copyright)(?:$|[-_])")
#: Chrome kinds whose images are not the article's (a related story's thumbnail, an ad).
_NOT_ARTICLE_KINDS = frozenset(
    {"related", "share", "advertisement", "newsletter", "navigation", "comments", "footer"}
)
_SIZE_SUFFIX = re.compile(
    r"[-_]\d{2,5}x\d{2,5}(?=\.\w+$)|[-_](?:scaled|large|medium|small)(?=\.\w+$)"
)
#: Pixels under which a picture drawn with width or height attributes is an icon, not a photo.
MIN_PHOTO_PIXELS = 100
_ICON_NAME = re.compile(r"icon|logo|badge|avatar|profile|sprite|spinner|placeholder|stars?\b")
_AUTHOR_BOX = re.compile(r"author|avatar|byline|contributor|headshot|mugshot")
_SOURCE_ATTRS = ("src", "data-src", "data-lazy-src", "data-original", "data-url")


def _source(attrs: dict[str, str | None]) -> str | None:
    """The best source URL of an <img>, lazy-loading attributes included."""
    for name in _SOURCE_ATTRS:
        value = (attrs.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = (attrs.get("srcset") or attrs.get("data-srcset") or "").strip()
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        if first and not first.startswith("data:"):
            return first
    return None


def _is_pixel(attrs: dict[str, str | None]) -> bool:
    return attrs.get("width") in ("0", "1") or attrs.get("height") in ("0", "1")


def _marked_credit(page: PageBlocks, block: Block) -> bool:
    """Whether the markup says a caption block is the photo credit (class "credit")."""
    if block.element < 0:
        return False
    classes = (page.elements[block.element].attrs.get("class") or "").lower()
    return any(_CREDIT_WORD.search(token) for token in classes.split())


def _same_picture(a: str, b: str) -> bool:
    """Whether two image URLs are one picture, perhaps in two crops or sizes: the same file name
    once a size suffix ("-1200x630") and the query are dropped."""
    return a == b or _picture_stem(a) == _picture_stem(b)


def _picture_stem(url: str) -> str:
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return _SIZE_SUFFIX.sub("", name).lower()


def _is_icon(attrs: dict[str, str | None], url: str) -> bool:
    """Whether an image is an icon, a logo or a badge rather than a photo: drawn small by its
    attributes, a vector file, or named so by its file name or alt text."""
    for name in ("width", "height"):
        value = (attrs.get(name) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < MIN_PHOTO_PIXELS:
            return True
    path = url.split("?", 1)[0].lower()
    named = f"{path.rsplit('/', 1)[-1]} {(attrs.get('alt') or '').lower()}"
    return path.endswith(".svg") or bool(_ICON_NAME.search(named))


def _in_link(page: PageBlocks, element: int, limit: int) -> bool:
    """Whether an element sits inside a link, looking up to the element ``limit``."""
    elements = page.elements
    e = element
    while e > limit:
        if elements[e].tag == "a":
            return True
        e = elements[e].parent
    return False


def _in_chrome(page: PageBlocks, element: int, container: int) -> bool:
    """Whether an image sits in a teaser list, share bar, ad or the like inside the body, or in
    the author's box (a portrait beside the byline), judged from the elements around it up to
    the body's container."""
    elements = page.elements
    e = element
    while e > container:
        current = elements[e]
        if current.kind in _NOT_ARTICLE_KINDS:
            return True
        words = f"{current.attrs.get('class') or ''} {current.attrs.get('id') or ''}".lower()
        if _AUTHOR_BOX.search(words):
            return True
        e = current.parent
    return False


def _holder(page: PageBlocks, caption: Block, image_elements: list[int]) -> list[int]:
    """Images under the nearest element around ``caption`` that holds any.

    ``image_elements`` is in document order, so an element's images are one slice of it.
    """
    e = caption.element
    elements = page.elements
    while e >= 0:
        inside = image_elements[
            bisect_right(image_elements, e) : bisect_right(image_elements, elements[e].end)
        ]
        if inside:
            return inside
        if elements[e].tag in ("article", "main", "body"):
            break
        e = elements[e].parent
    return []


def collect_images(
    page: PageBlocks,
    container: int,
    captions: list[Block],
    url: str | None,
    lead_image: str | None,
) -> list[Image]:
    """The article's images in page order: the lead image, then those in or by the body."""
    elements = page.elements
    end = elements[container].end if container >= 0 else -2
    by_element: dict[int, Image] = {}
    attributes: dict[int, dict[str, str | None]] = {}
    order: list[int] = []
    for image in page.images:
        src = _source(image.attrs)
        if not src or _is_pixel(image.attrs):
            continue
        alt = " ".join((image.attrs.get("alt") or "").split()) or None
        by_element[image.element] = Image(url=absolute(url, src), alt=alt)
        attributes[image.element] = image.attrs
        order.append(image.element)
    chosen = {e for e in order if container <= e <= end and not _in_chrome(page, e, container)}
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
    if headline is not None:
        lead_photo = next(
            (
                e
                for e in order
                if headline < e < container
                and not _in_chrome(page, e, region)
                and not _in_link(page, e, region)
                and not _is_icon(attributes[e], by_element[e].url)
            ),
            None,
        )
        if lead_photo is not None:
            chosen.add(lead_photo)
    for caption in captions:
        if not region <= caption.element <= region_end:
            continue
        holders = _holder(page, caption, order)
        if not holders:
            continue
        if _marked_credit(page, caption):
            # The markup says it is the credit; the recogniser only drops a "Photo:" label.
            text, credit = "", split_caption_credit(caption.text)[1] or caption.text.strip("()")
        else:
            text, credit = split_caption_credit(caption.text)
        for e in holders:
            image = by_element[e]
            if text and text != image.caption and not (image.caption and text in image.caption):
                image.caption = f"{image.caption} {text}" if image.caption else text
            if credit and not image.credit:
                image.credit = credit
            chosen.add(e)
    result = [by_element[e] for e in sorted(chosen)]
    if lead_image:
        lead = absolute(url, lead_image)
        if all(not _same_picture(image.url, lead) for image in result):
            result.insert(0, Image(url=lead))
    for image in result:
        if image.caption and image.credit is None:
            image.caption, image.credit = split_caption_credit(image.caption)
    return result


def chrome_image_alts(page: PageBlocks, container: int) -> list[str]:
    """The alt texts of the images inside the body's container that are not the article's
    (``_in_chrome``): a teaser's thumbnail names its story, whose headline the body repeats."""
    alts = []
    end = page.elements[container].end if container >= 0 else -2
    for image in page.images:
        alt = image.attrs.get("alt")
        if alt and container <= image.element <= end and _in_chrome(page, image.element, container):
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
