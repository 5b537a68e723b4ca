"""robots.txt read as RFC 9309 says: groups by user agent, the longest matching rule wins.

``urllib.robotparser`` is not used: it takes the first matching rule rather than the longest
and knows neither ``*`` nor ``$`` in paths, so ``Disallow: /`` + ``Allow: /news/`` (a common
shape) would wrongly shut out the news section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlunsplit

from dateline.urls import join_url, split_url

#: The keys that belong to the group above them (``Sitemap`` and unknown keys do not).
_GROUP_KEYS = frozenset({"allow", "disallow", "crawl-delay"})


@dataclass(frozen=True, slots=True)
class _Rule:
    allow: bool
    length: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one host's robots.txt lets one crawler do.

    ``refusal`` is set when every path is refused whatever the rules say (the robots.txt could
    not be read: RFC 9309 asks a crawler to assume it disallows everything). ``crawl_delay`` is
    the non-standard ``Crawl-delay`` of the matching group, in seconds, when it has one.
    """

    rules: tuple[_Rule, ...] = ()
    crawl_delay: float | None = None
    refusal: str | None = None

    def allows(self, url: str) -> bool:
        """True when the crawler may fetch ``url`` (its path and query are what is matched)."""
        if self.refusal is not None:
            return False
        parts = split_url(url)
        if parts is None:  # no path to match: nothing could be fetched from it anyway
            return False
        target = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
        if target == "/robots.txt":
            return True
        best: _Rule | None = None
        for rule in self.rules:
            if rule.pattern.match(target) and (
                best is None
                or rule.length > best.length
                or (rule.length == best.length and rule.allow)
            ):
                best = rule
        return best is None or best.allow


#: Everything allowed: no robots.txt (a 4xx answer), or one without a group for the crawler.
ALLOW_ALL = RobotsRules()


def refuse_all(reason: str) -> RobotsRules:
    """Rules that refuse every path of the host, saying ``reason`` (why robots.txt is unread)."""
    return RobotsRules(refusal=reason)


def robots_url(url: str) -> str:
    """The address of the robots.txt that governs ``url``."""
    parts = split_url(url)
    if parts is None:
        return join_url(url, "/robots.txt")
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def parse_robots(text: str, product: str) -> RobotsRules:
    """The rules in robots.txt ``text`` that apply to the crawler named ``product``.

    The groups naming ``product`` (case-insensitively) are merged; when there are none, the
    groups for ``*`` are; when neither exists, everything is allowed. Lines that are not
    ``key: value`` are ignored, as are unknown keys.
    """
    product = product.lower()
    groups: list[tuple[set[str], list[tuple[str, str]]]] = []
    in_agents = False
    for raw_line in text.removeprefix("\ufeff").splitlines():
        key, sep, value = raw_line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            continue
        if key == "user-agent":
            if not in_agents:
                groups.append((set(), []))
                in_agents = True
            groups[-1][0].add(_agent_token(value))
        elif groups and key in _GROUP_KEYS:
            in_agents = False
            groups[-1][1].append((key, value))
    mine = [lines for agents, lines in groups if product in agents]
    if not mine:
        mine = [lines for agents, lines in groups if "*" in agents]
    return _rules([line for lines in mine for line in lines])


def _agent_token(value: str) -> str:
    """The product token of a User-agent value (``Dateline/1.0`` → ``dateline``)."""
    token = value.split("/", 1)[0].split()
    return token[0].lower() if token else ""


def _rules(lines: list[tuple[str, str]]) -> RobotsRules:
    rules: list[_Rule] = []
    delay: float | None = None
    for key, value in lines:
        if key in ("allow", "disallow") and value:
            path = unquote(value)
            rules.append(_Rule(allow=key == "allow", length=len(path), pattern=_compile(path)))
        elif key == "crawl-delay":
            try:
                seconds = float(value)
            except ValueError:
                continue
            if seconds >= 0 and (delay is None or seconds > delay):
                delay = seconds
    return RobotsRules(rules=tuple(rules), crawl_delay=delay)


def _compile(path: str) -> re.Pattern[str]:
    """A path pattern as a regex matched from the start: ``*`` is any run, a final ``$`` the end."""
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    body = re.sub(r"\*+", "*", body)
    regex = ".*".join(re.escape(piece) for piece in body.split("*"))
    return re.compile(regex + ("$" if anchored else ""), re.DOTALL)
