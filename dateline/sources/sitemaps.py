"""Sitemaps (sitemaps.org): page lists, index sitemaps followed to a bounded depth, news sitemaps.

A sitemap is ``<urlset>`` of ``<url><loc>`` entries (with ``<lastmod>``, and in a Google News
sitemap ``<news:news>`` with ``<news:title>`` and ``<news:publication_date>``), or a
``<sitemapindex>`` of ``<sitemap><loc>`` entries naming more sitemaps. Names are matched by
their local part, so sitemaps that omit or misspell the namespace still read. A gzip sitemap
(``.xml.gz``) arrives already inflated: ``fetch`` and ``files.read_file`` undo gzip.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.sources.fetch import NotModified
from dateline.sources.polite import PoliteFetcher
from dateline.sources.raw import DamagedSource, ListingError, RawPage, SourceError
from dateline.sources.safexml import local_name, parse_xml_prefix
from dateline.urls import join_url

#: Largest sitemap or feed read, after gzip is undone: the sitemaps.org limit (50 MB).
LISTING_MAX_BYTES = 50 * 1024 * 1024
#: Index sitemaps followed below the first one. The protocol allows no nesting at all; some
#: sites nest one level more, and a deeper chain is more likely a loop than a real site.
MAX_SITEMAP_DEPTH = 3
#: Sitemaps read from one starting sitemap, the first included: a large news site's index
#: names a few hundred (one per day or month); past this the rest is reported and skipped.
MAX_SITEMAPS = 1000


@dataclass(frozen=True, slots=True)
class ListedPage:
    """A page that a sitemap or feed lists, with what the listing says of it (hints only).

    ``published`` and ``modified`` are the listing's own date text, not parsed.
    """

    url: str
    title: str | None = None
    published: str | None = None
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """One parsed sitemap: the pages it lists and, for an index, the sitemaps it names;
    ``error`` says why the rest could not be read when the XML breaks after some entries."""

    pages: tuple[ListedPage, ...]
    sitemaps: tuple[str, ...]
    error: SourceError | None = None


def parse_sitemap(page: RawPage) -> Sitemap:
    """The entries of the sitemap in ``page``; ``SourceError`` naming it when malformed.

    Relative ``<loc>`` values are resolved against the sitemap's URL when it has one. A
    sitemap whose XML breaks after whole entries (cut short in transfer) gives those, with
    the error in ``error``.
    """
    root, broken = parse_xml_prefix(page.data)
    error = ListingError(page.name, f"malformed sitemap: {broken}") if broken else None
    if root is None:
        raise error or ListingError(page.name, "malformed sitemap")
    kind = local_name(root.tag)
    base = page.url or ""
    if kind == "sitemapindex":
        locations = (_child_text(entry, "loc") for entry in _children(root, "sitemap"))
        sitemaps = tuple(join_url(base, loc) for loc in locations if loc)
        sitemap = Sitemap(pages=(), sitemaps=sitemaps, error=error)
    elif kind == "urlset":
        listed = (_listed(entry, base) for entry in _children(root, "url"))
        sitemap = Sitemap(pages=tuple(entry for entry in listed if entry), sitemaps=(), error=error)
    elif error is not None:
        raise error
    else:
        raise ListingError(page.name, f"not a sitemap (root element <{kind}>)")
    if error is not None and not sitemap.pages and not sitemap.sitemaps:
        raise error
    return sitemap


def walk_sitemap(
    page: RawPage,
    fetcher: PoliteFetcher,
    *,
    max_depth: int = MAX_SITEMAP_DEPTH,
    max_sitemaps: int = MAX_SITEMAPS,
    damage: SourceError | None = None,
) -> Iterator[ListedPage | SourceError]:
    """The pages the sitemap in ``page`` lists, index sitemaps followed, in document order.

    The sitemaps an index names are fetched with ``fetcher``. A sitemap that fails (fetch
    error, malformed XML) is yielded as a ``SourceError`` and the walk goes on with the others.
    A sitemap deeper than ``max_depth`` below the first is skipped with a ``SourceError``; past
    ``max_sitemaps`` in all, one ``SourceError`` says the rest are skipped. A sitemap named
    twice is read once. A sitemap whose bytes ended in damage (``DamagedSource``: a
    ``.xml.gz`` cut short) gives the entries read before it, then the ``damage`` as its error
    (which ``page`` holds, when it is the first sitemap).
    """
    seen = {page.url or page.name}
    budget = [max_sitemaps - 1]
    yield from _walk(page, fetcher, 0, max_depth, seen, budget, damage)


def _walk(
    page: RawPage,
    fetcher: PoliteFetcher,
    depth: int,
    max_depth: int,
    seen: set[str],
    budget: list[int],
    damage: SourceError | None = None,
) -> Iterator[ListedPage | SourceError]:
    try:
        sitemap = parse_sitemap(page)
    except SourceError as err:
        yield listing_damage(damage, 0) if damage is not None else err
        return
    yield from sitemap.pages
    if damage is not None:  # the XML broke where the bytes did: the damage says why
        yield listing_damage(damage, len(sitemap.pages) + len(sitemap.sitemaps))
    elif sitemap.error is not None:
        yield sitemap.error
    for url in sitemap.sitemaps:
        if url in seen:
            continue
        seen.add(url)
        if depth >= max_depth:
            yield ListingError(url, f"sitemap nested deeper than {max_depth} levels; skipped")
            continue
        if budget[0] <= 0:
            if budget[0] == 0:  # said once; -1 afterwards
                yield ListingError(url, "too many sitemaps; this one and the rest are skipped")
                budget[0] = -1
            return
        budget[0] -= 1
        try:
            child = fetcher.fetch(url, max_bytes=LISTING_MAX_BYTES)
        except DamagedSource as err:
            yield from _walk(err.page, fetcher, depth + 1, max_depth, seen, budget, err)
            continue
        except SourceError as err:  # a sitemap that an index names: its pages are lost
            yield ListingError(err.source, err.reason)
            continue
        except NotModified:
            continue
        yield from _walk(child, fetcher, depth + 1, max_depth, seen, budget)


def listing_damage(damage: SourceError, entries: int) -> ListingError:
    """The failure of a sitemap or feed whose bytes ended in ``damage`` after ``entries``
    entries were read from them."""
    if not entries:
        return ListingError(damage.source, damage.reason)
    read = f"{entries} entr{'y' if entries == 1 else 'ies'} read before it, the rest lost"
    return ListingError(damage.source, f"{damage.reason} ({read})")


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local_name(child.tag) == name)


def _child_text(element: ET.Element, name: str) -> str | None:
    for child in _children(element, name):
        text = (child.text or "").strip()
        return text or None
    return None


def _listed(entry: ET.Element, base: str) -> ListedPage | None:
    loc = _child_text(entry, "loc")
    if not loc:
        return None
    news = next(_children(entry, "news"), None)
    return ListedPage(
        url=join_url(base, loc),
        title=_child_text(news, "title") if news is not None else None,
        published=_child_text(news, "publication_date") if news is not None else None,
        modified=_child_text(entry, "lastmod"),
    )
