"""One entry point from the SOURCE arguments of ``dateline ingest`` to a stream of raw pages.

``iter_sources(specs, fetcher, validators=...)`` decides what each spec is and yields what it
holds, as ``RawPage`` values (bytes, URL, Content-Type, fetch time, ETag, Last-Modified) or
``SourceError`` values; one bad spec, page or sitemap never stops the stream.

What a spec is, in this order:

1. ``http://…`` / ``https://…``: fetched with the ``PoliteFetcher``; the body is sniffed (its
   root element, not its URL or Content-Type): a sitemap (``<urlset>``, ``<sitemapindex>``)
   or a feed (``<rss>``, ``<rdf:RDF>``, ``<feed>``) is read and each page it lists is fetched;
   any other XML document (not served as HTML, with an XML declaration or an XML
   Content-Type, and a root other than ``<html>``) is refused; anything else is a page. The
   page's size cap is the fetcher's ``max_bytes`` (``--max-bytes``); a sitemap or feed may be
   as large as ``LISTING_MAX_BYTES`` or the page cap, whichever is larger, the kind told from
   the body's first bytes.
2. A folder: every page file below it (``files.walk_folder``: ``.html``, ``.htm``, ``.xhtml``,
   ``.txt``, each also ``.gz``); ``robots.txt`` and the like (``files.NOT_PAGE_FILES``) come
   as ``Skipped``, not as pages.
3. A file named ``*.warc`` or ``*.warc.gz``: its HTML response records
   (``warc.iter_warc``), then one ``Skipped`` counting its other HTTP responses (a 404, an
   image), if any.
4. Any other file: sniffed like a URL's body; a sitemap or feed file has its pages fetched, any
   other file is a page. Gzip files are inflated first.

Local specs are made absolute first (``corpus`` typed in ``/data`` is ``/data/corpus``), so
that the pages of a file or folder have one name however it was typed.
Pages are fetched once per run: a URL met again (listed by two feeds, say, or the target of
an earlier redirect) is skipped. A URL is known, fetched and compared as ``urls.request_url``
gives it: an IRI as its URI, without its ``#fragment`` (``/a`` and ``/a#comments`` are one
page). A page that a sitemap or feed lists must be a page: a feed, a sitemap or another XML
document there is a failure saying so. An entry that links to the sitemap or feed itself is
no page; one that lists nothing else is empty (``EmptySource``), as one that lists nothing.
Conditional requests: ``validators(url)`` gives the ``(etag, last_modified)`` stored for a URL
(or ``None``); when the server answers 304 the URL yields nothing, and the fetcher's
``not_modified`` count goes up, so the caller can report how many pages were unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from dateline.sources.feeds import FEED_ROOTS, read_feed
from dateline.sources.fetch import HEAD_BYTES, NotModified
from dateline.sources.files import PAGE_SUFFIXES, path_name, read_file, walk_folder
from dateline.sources.polite import PoliteFetcher
from dateline.sources.raw import DamagedSource, EmptySource, RawPage, Skipped, SourceError
from dateline.sources.sitemaps import LISTING_MAX_BYTES, ListedPage, listing_damage, walk_sitemap
from dateline.sources.warc import WARC_SUFFIXES, WarcStats, iter_warc
from dateline.urls import request_url

#: ``url`` → the ``(etag, last_modified)`` of the copy stored before, or ``None``.
Validators = Callable[[str], tuple[str | None, str | None] | None]
DocumentKind = Literal["sitemap", "feed", "page"]

#: Bytes looked at to find a document's root element (past the XML declaration, comments and
#: a doctype, which in real sitemaps and feeds fit in well under 1 KB); also what a fetch shows
#: to choose a body's size cap before it has the whole body.
SNIFF_BYTES = HEAD_BYTES
_BOM_BYTES = b"\xef\xbb\xbf\xfe\xff"  # what UTF-8 and UTF-16 byte-order marks are made of
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
#: First elements of a page written as XML (XHTML, or HTML behind an XML declaration).
_HTML_ROOTS = frozenset({"html", "head", "body"})
_PROLOG_RE = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)", re.S)
_ROOT_RE = re.compile(rb"\s*<([A-Za-z_][\w.:-]*)")


def iter_sources(
    specs: list[str], fetcher: PoliteFetcher, *, validators: Validators | None = None
) -> Iterator[RawPage | SourceError | Skipped]:
    """The raw pages behind each SOURCE spec, in order, with a ``SourceError`` per failure.

    See the module docstring for how a spec is told apart and what a 304 does.
    """
    seen: set[str] = set()
    for spec in specs:
        if spec.startswith(("http://", "https://")):
            yield from _from_url(spec, fetcher, validators, seen)
            continue
        # A local page is named by its absolute path: the archive knows a file by its name,
        # and "corpus/a.html" typed from two folders, or "./corpus", is one file.
        local = _absolute_path(spec)
        if Path(local).is_dir():
            yield from _from_folder(Path(local), fetcher.max_bytes)
        elif local.lower().endswith(WARC_SUFFIXES):
            yield from _from_warc(local)
        elif Path(local).is_file():
            yield from _from_file(Path(local), fetcher, validators, seen)
        else:
            yield SourceError(path_name(spec), "no such file or folder, and not an http(s) URL")


def _absolute_path(spec: str) -> str:
    """``spec`` as an absolute path with symbolic links and ".." resolved (as given when the
    system cannot resolve it)."""
    try:
        return str(Path(spec).resolve())
    except (OSError, RuntimeError):  # a symlink loop, an unreadable parent
        return spec


def document_kind(data: bytes) -> DocumentKind:
    """``"sitemap"`` or ``"feed"`` when the root element says so, else ``"page"``."""
    name = _root_name(_head(data))
    if name in _SITEMAP_ROOTS:
        return "sitemap"
    return "feed" if name in FEED_ROOTS else "page"


def not_a_page(page: RawPage) -> str | None:
    """Why ``page`` cannot be a page although it was meant to be one, or ``None``: a sitemap,
    a feed, or another XML document (not served as HTML, with an XML declaration or an XML
    Content-Type, and a root element other than ``<html>``: an SVG, an API's answer), which
    would come out as an empty record."""
    kind = document_kind(page.data)
    if kind != "page":
        return f"not a page: {'a sitemap' if kind == 'sitemap' else 'an RSS or Atom feed'}"
    media = (page.content_type or "").split(";", 1)[0].strip().lower()
    if "html" in media:  # the server says HTML: sloppy markup is still a page
        return None
    head = _head(page.data)
    name = _root_name(head)
    if name is None or name.lower() in _HTML_ROOTS:
        return None
    if head.lstrip().startswith(b"<?xml") or "xml" in media:
        return f"not a page: an XML document (root element <{name}>)"
    return None


def _head(data: bytes) -> bytes:
    head = data[:SNIFF_BYTES].replace(b"\x00", b"")  # UTF-16 XML reads as ASCII
    return head.lstrip(_BOM_BYTES)


def _root_name(head: bytes) -> str | None:
    """The local name of the first element after the prolog, if the head starts with one."""
    position = 0
    while prolog := _PROLOG_RE.match(head, position):
        if prolog.end() == position:
            break
        position = prolog.end()
    root = _ROOT_RE.match(head, position)
    if root is None:
        return None
    return root.group(1).decode("ascii").rsplit(":", 1)[-1]


def _from_url(
    url: str, fetcher: PoliteFetcher, validators: Validators | None, seen: set[str]
) -> Iterator[RawPage | SourceError]:
    url = request_url(url)
    if url in seen:
        return
    seen.add(url)
    etag, last_modified = _stored(url, validators)
    page_cap = fetcher.max_bytes
    listing_cap = max(page_cap, LISTING_MAX_BYTES)

    def cap(head: bytes) -> int:
        # A sitemap or feed may be larger than a page; which one this is shows in its head.
        return page_cap if document_kind(head) == "page" else listing_cap

    try:
        page = fetcher.fetch(
            url,
            etag=etag,
            last_modified=last_modified,
            max_bytes=listing_cap,
            max_bytes_for=cap,
        )
    except NotModified:
        return
    except DamagedSource as err:
        yield from _damaged(err, fetcher, validators, seen)
        return
    except SourceError as err:
        yield err
        return
    seen.add(page.url or url)
    yield from _expand(page, fetcher, validators, seen)


def _from_file(
    path: Path, fetcher: PoliteFetcher, validators: Validators | None, seen: set[str]
) -> Iterator[RawPage | SourceError]:
    page_cap = fetcher.max_bytes
    try:
        # A sitemap or feed may be larger than a page, as when fetched (``_from_url``).
        page = read_file(path, limit=max(page_cap, LISTING_MAX_BYTES))
    except DamagedSource as err:
        yield from _damaged(err, fetcher, validators, seen)
        return
    except SourceError as err:
        yield err
        return
    if len(page.data) > page_cap and document_kind(page.data[:HEAD_BYTES]) == "page":
        yield SourceError(page.name, f"larger than {page_cap:,} bytes")
        return
    yield from _expand(page, fetcher, validators, seen)


def _damaged(
    err: DamagedSource, fetcher: PoliteFetcher, validators: Validators | None, seen: set[str]
) -> Iterator[RawPage | SourceError]:
    """A source whose bytes ended in damage: the pages listed before it when it is a sitemap
    or feed, then the damage; only the damage when it is a page (a page cut short is none)."""
    if document_kind(err.page.data) == "page":
        yield err
        return
    if err.page.url:
        seen.add(err.page.url)
    yield from _expand(err.page, fetcher, validators, seen, damage=err)


def _expand(
    page: RawPage,
    fetcher: PoliteFetcher,
    validators: Validators | None,
    seen: set[str],
    damage: SourceError | None = None,
) -> Iterator[RawPage | SourceError]:
    """The page itself, or the pages of the sitemap or feed it holds; with ``damage``, the
    sitemap or feed as far as its bytes go, the damage reported in place of the XML error at
    the cut."""
    kind = document_kind(page.data)
    if kind == "page":
        reason = not_a_page(page)
        yield page if reason is None else SourceError(page.name, reason)
        return
    if kind == "sitemap":
        listed: Iterator[ListedPage | SourceError] = walk_sitemap(page, fetcher, damage=damage)
    else:
        try:
            items, broken = read_feed(page)
        except SourceError as err:
            yield listing_damage(damage, 0) if damage is not None else err
            return
        error = listing_damage(damage, len(items)) if damage is not None else broken
        listed = iter([*items, error] if error else items)
    empty = True
    itself = 0
    own = {
        request_url(at)
        for at in (page.name, page.url or "")
        if at.startswith(("http://", "https://"))
    }
    for item in listed:
        if isinstance(item, SourceError):
            empty = False
            yield item
        elif request_url(item.url) in own:  # a feed's item that links to the feed
            itself += 1
        else:
            empty = False
            yield from _listed_page(item.url, fetcher, validators, seen)
    if empty:  # said, as an empty folder is, instead of a run of 0 pages that succeeded
        only = f" but itself ({itself} {'entry' if itself == 1 else 'entries'})" if itself else ""
        yield EmptySource(page.name, f"the {kind} lists no pages{only}")


def _listed_page(
    url: str, fetcher: PoliteFetcher, validators: Validators | None, seen: set[str]
) -> Iterator[RawPage | SourceError]:
    url = request_url(url)
    if url in seen:
        return
    seen.add(url)
    etag, last_modified = _stored(url, validators)
    try:
        page = fetcher.fetch(url, etag=etag, last_modified=last_modified)
    except NotModified:
        return
    except SourceError as err:
        yield err
        return
    seen.add(page.url or url)  # a redirect's target, when listed later, is not fetched again
    reason = not_a_page(page)
    yield page if reason is None else SourceError(url, reason)


def _stored(url: str, validators: Validators | None) -> tuple[str | None, str | None]:
    stored = validators(url) if validators is not None else None
    return stored if stored is not None else (None, None)


def _skipped(paths: list[Path]) -> Iterator[Skipped]:
    """A ``Skipped`` for each path the walk left out (emptying ``paths``)."""
    for path in paths:
        yield Skipped(path_name(path), f"not a page: {path_name(path.name)}")
    paths.clear()


def _from_warc(path: str) -> Iterator[RawPage | SourceError | Skipped]:
    """The pages and damaged records of a WARC file, then a ``Skipped`` counting its HTTP
    responses that hold no page (error and redirect statuses, images, PDFs): a crawl's 404s
    were otherwise dropped without a word."""
    stats = WarcStats()
    yield from iter_warc(path, stats=stats)
    if stats.not_pages:
        reason = f"{stats.not_pages:,} HTTP responses hold no HTML page"
        yield Skipped(path_name(path), reason, stats.not_pages)


def _from_folder(folder: Path, page_cap: int) -> Iterator[RawPage | SourceError | Skipped]:
    """The page files and WARC files below ``folder``, pages larger than ``page_cap`` refused;
    files known to be no page (``files.NOT_PAGE_FILES``: robots.txt) as ``Skipped``."""
    found = False
    skipped: list[Path] = []
    for path in walk_folder(folder, also=WARC_SUFFIXES, skipped=skipped):
        yield from _skipped(skipped)
        found = True
        if path.name.lower().endswith(WARC_SUFFIXES):
            yield from _from_warc(str(path))
            continue
        try:
            yield read_file(path, limit=page_cap)
        except SourceError as err:
            yield err
    yield from _skipped(skipped)
    if not found:
        suffixes = ", ".join(sorted(PAGE_SUFFIXES))
        yield EmptySource(
            path_name(folder), f"no page files ({suffixes}, or .gz) or WARC files in folder"
        )
