"""A fetcher for many pages from many sites that behaves as a good crawler should.

Per host (scheme, name and port): robots.txt is read once and honoured; requests are spaced by
at least ``delay`` seconds (or the host's ``Crawl-delay``, up to a cap), counted from the end of
the previous request to the start of the next. Every fetch is bounded as ``fetch.fetch`` bounds
it (deadline, size cap, redirects) and may be conditional (ETag / Last-Modified).

robots.txt answers, following RFC 9309: 2xx → its rules; any 4xx but 429 (none there, or
forbidden) → everything allowed; 429, 5xx, a network failure, a timeout, a redirect loop or a
file over the size cap → robots.txt is "unreachable" and every page of the host is refused for
the rest of the run (each refusal is a ``RobotsUnreachable`` naming the robots.txt and saying
why, for a batch to report the host once), since a server in trouble
should not get more traffic.

Single-threaded: one fetch at a time, waiting in ``time.sleep`` for the host's turn.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from dateline import __version__
from dateline.sources.fetch import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
    HTTPStatusError,
    NotModified,
    fetch,
)
from dateline.sources.raw import DamagedSource, RawPage, RobotsUnreachable, SourceError
from dateline.sources.robots import ALLOW_ALL, RobotsRules, parse_robots, refuse_all, robots_url
from dateline.urls import request_url, split_url

#: Seconds between two requests to one host unless its robots.txt asks for more.
DEFAULT_DELAY = 1.0
#: Largest Crawl-delay obeyed, in seconds: a policy choice, not a measurement. A larger value is
#: cut to this so that one host cannot stall a single-threaded run for hours.
MAX_CRAWL_DELAY = 60.0
#: robots.txt bytes read; RFC 9309 asks crawlers to parse at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
#: The User-Agent header of the crawler: who is asking and what it promises.
CRAWLER_USER_AGENT = f"dateline/{__version__} (news archive crawler; honours robots.txt)"


class PoliteFetcher:
    """Fetches URLs one at a time with robots.txt, a per-host delay and bounded requests.

    ``robots=False`` skips robots.txt (for a site you run yourself). The product token matched
    against robots.txt ``User-agent`` lines is the user agent's first word (``dateline``).
    ``requests`` counts the requests sent (robots.txt and redirect hops included) and
    ``not_modified`` the conditional fetches answered 304.
    """

    def __init__(
        self,
        *,
        delay: float = DEFAULT_DELAY,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        user_agent: str = CRAWLER_USER_AGENT,
        robots: bool = True,
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.robots = robots
        self.requests = 0
        self.not_modified = 0
        self._product = user_agent.split("/", 1)[0].split()[0].lower()
        self._rules: dict[str, RobotsRules] = {}
        self._last_request: dict[str, float] = {}
        self._active_host: str | None = None

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        max_bytes_for: Callable[[bytes], int] | None = None,
    ) -> RawPage:
        """Fetch ``url`` politely; ``etag``/``last_modified`` make it conditional.

        ``max_bytes`` (default: the fetcher's) and ``max_bytes_for`` bound the body as in
        ``fetch.fetch``. Raises ``NotModified`` when the server answers 304, and
        ``SourceError`` naming ``url`` when robots.txt refuses it (or a redirect hop) or the
        fetch fails: a ``RobotsUnreachable`` when the host's robots.txt could not be read.
        """
        try:
            return self._fetch(url, etag, last_modified, max_bytes or self.max_bytes, max_bytes_for)
        except NotModified:
            self.not_modified += 1
            raise
        except SourceError as err:
            if err.source in (url, request_url(url)):  # the first hop, as asked or as sent
                if err.source != url:
                    raise _renamed(err, url, err.reason) from None
                raise
            raise _renamed(err, url, f"{err.reason} (redirected to {err.source})") from None
        finally:
            self._finish()

    def rules_for(self, url: str) -> RobotsRules:
        """The robots.txt rules of ``url``'s host, fetched on first use and kept for the run."""
        host = _host(url)
        if not self.robots:
            return ALLOW_ALL
        if host not in self._rules:
            self._rules[host] = self._read_robots(url)
        return self._rules[host]

    def _fetch(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        max_bytes: int,
        max_bytes_for: Callable[[bytes], int] | None,
    ) -> RawPage:
        return fetch(
            url,
            timeout=self.timeout,
            max_bytes=max_bytes,
            max_redirects=self.max_redirects,
            user_agent=self.user_agent,
            etag=etag,
            last_modified=last_modified,
            before_request=self._admit,
            max_bytes_for=max_bytes_for,
        )

    def _admit(self, url: str) -> None:
        """Before each request of a page: robots.txt must allow it, then wait for the host."""
        rules = self.rules_for(url)
        if rules.refusal is not None:
            raise RobotsUnreachable(url, rules.refusal, robots_url(url), rules.refusal)
        if not rules.allows(url):
            raise SourceError(url, "disallowed by robots.txt")
        self._wait_turn(url, rules)

    def _wait_turn(self, url: str, rules: RobotsRules) -> None:
        host = _host(url)
        self._finish()  # a redirect: the previous hop's host is done
        gap = max(self.delay, min(rules.crawl_delay or 0.0, MAX_CRAWL_DELAY))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + gap - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._active_host = host
        self.requests += 1

    def _finish(self) -> None:
        if self._active_host is not None:
            self._last_request[self._active_host] = time.monotonic()
            self._active_host = None

    def _read_robots(self, url: str) -> RobotsRules:
        where = robots_url(url)
        try:
            page = fetch(
                where,
                timeout=self.timeout,
                max_bytes=ROBOTS_MAX_BYTES,
                max_redirects=self.max_redirects,
                user_agent=self.user_agent,
                before_request=lambda hop: self._wait_turn(hop, ALLOW_ALL),
            )
        except HTTPStatusError as err:
            if 400 <= err.status < 500 and err.status != 429:
                return ALLOW_ALL
            return refuse_all(f"robots.txt unreachable ({err.reason}); not fetching")
        except SourceError as err:
            return refuse_all(f"robots.txt unreachable ({err.reason}); not fetching")
        finally:
            self._finish()
        return parse_robots(page.data.decode("utf-8", errors="replace"), self._product)


def _renamed(err: SourceError, source: str, reason: str) -> SourceError:
    """``err`` naming ``source`` with ``reason``; a damaged body keeps what was read."""
    if isinstance(err, DamagedSource):
        return DamagedSource(source, reason, err.page)
    if isinstance(err, RobotsUnreachable):
        return RobotsUnreachable(source, reason, err.robots, err.refusal)
    return SourceError(source, reason)


def _host(url: str) -> str:
    parts = split_url(url)
    if parts is None:
        return url
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
