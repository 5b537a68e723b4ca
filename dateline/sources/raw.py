"""What a source delivers (``RawPage``) and how it fails (``SourceError``)."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.errors import DatelineError


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as its source delivered it, before any decoding.

    ``name`` is the input as the user gave it (a path, a URL, ``-``) and is what messages show;
    ``url`` is the page's own address when the source knows it (the final URL after redirects);
    ``content_type`` is the HTTP header, when there was one; ``fetched_at`` the ISO 8601 time
    the page was fetched (the WARC-Date of a crawl record); ``etag`` and ``last_modified`` the
    validators a server sent, kept for conditional requests on re-crawl.
    """

    name: str
    data: bytes
    url: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None
    etag: str | None = None
    last_modified: str | None = None


class SourceError(DatelineError):
    """A page could not be read from its source (missing file, HTTP error, timeout, size cap)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class WholeSourceFailure:
    """Marks a failure of a source as a whole, not of one page: a sitemap, feed or WARC file
    that is damaged, cut short or past a cap. The pages it would have given are missing,
    unnamed, so a batch says it ahead of the failed pages, however many those are."""


class ListingError(SourceError, WholeSourceFailure):
    """A sitemap or feed that failed, whole or in part (malformed, cut short, not fetched,
    past the nesting or count cap)."""


class RobotsUnreachable(SourceError):
    """A page not fetched because its host's robots.txt could not be read (a 5xx, 429 or
    network failure: the host is refused for the run). ``robots`` is that robots.txt's
    address and ``refusal`` why it was unread, the same for every page of the host, so a
    batch reports the host once with the number of pages held back."""

    def __init__(self, source: str, reason: str, robots: str, refusal: str) -> None:
        super().__init__(source, reason)
        self.robots = robots
        self.refusal = refusal


class DamagedSource(SourceError):
    """A source whose bytes end in damage (a ``.xml.gz`` cut short in transfer): a failure,
    but ``page`` holds what was read before the damage, for a sitemap or feed to give the
    entries it still lists."""

    def __init__(self, source: str, reason: str, page: RawPage) -> None:
        super().__init__(source, reason)
        self.page = page


class EmptySource(SourceError):
    """A source that holds no page at all (a folder without page files): an ingest says so
    once instead of counting it as a page that failed."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a source holds that is known to be no page (a folder's ``robots.txt``), or the
    ``count`` HTTP responses of a WARC file that hold none (a 404, an image): left out and
    reported as skipped, not as a failure."""

    source: str
    reason: str
    count: int = 1
