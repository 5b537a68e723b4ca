"""Daily digests: a topic's new articles as an e-mail with plain-text and HTML parts, sent
through the SMTP server the operator names."""

from __future__ import annotations

import smtplib
import sqlite3
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from jinja2 import Environment

from dateline.archive.errors import ArchiveError
from dateline.archive.search import Filters
from dateline.web.queries import recent_matching
from dateline.web.schemas import Topic
from dateline.web.topics import list_topics, topic_filters

#: Articles listed in one digest at most.
DIGEST_ARTICLES = 50


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and as whom digests are sent; ``starttls`` upgrades the connection first."""

    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 30.0


def digest_message(
    env: Environment, topic: Topic, articles: list[dict[str, Any]], *, base_url: str, day: str
) -> EmailMessage:
    """The digest of ``topic`` for ``day``: a text part and an HTML alternative (autoescaped)."""
    message = EmailMessage()
    message["Subject"] = f"dateline digest: {topic.name} ({day}, {len(articles)} new)"
    message["To"] = topic.digest_to or ""
    context = {"topic": topic, "articles": articles, "base_url": base_url, "day": day}
    message.set_content(env.get_template("digest.txt").render(context))
    message.add_alternative(env.get_template("digest.html").render(context), subtype="html")
    return message


def send_digest(message: EmailMessage, smtp: SmtpSettings) -> None:
    """Send one digest; ``smtplib`` errors and ``OSError`` reach the caller, who names the topic."""
    message["From"] = smtp.sender
    with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as server:
        if smtp.starttls:
            server.starttls()
        if smtp.username:
            server.login(smtp.username, smtp.password or "")
        server.send_message(message)


@dataclass(frozen=True, slots=True)
class DigestOutcome:
    """What happened to one topic's digest: articles sent, or why it was not sent."""

    topic: Topic
    articles: int
    error: str | None = None


def send_digests(
    conn: sqlite3.Connection, env: Environment, smtp: SmtpSettings, *, base_url: str, day: str
) -> list[DigestOutcome]:
    """Send every topic with a digest address its articles published on or after ``day``
    (ISO date); a topic with nothing new gets no mail, one failed send does not stop the rest."""
    outcomes = []
    for topic in list_topics(conn):
        if not topic.digest_to:
            continue
        saved = topic_filters(topic)
        since = max(saved.since or day, day)
        filters = Filters(site=saved.site, since=since, until=saved.until, person=saved.person)
        try:
            articles = recent_matching(conn, topic.query, filters, DIGEST_ARTICLES)
            if articles:
                message = digest_message(env, topic, articles, base_url=base_url, day=day)
                send_digest(message, smtp)
        except (ArchiveError, smtplib.SMTPException, OSError) as err:
            outcomes.append(DigestOutcome(topic, 0, str(err) or type(err).__name__))
            continue
        outcomes.append(DigestOutcome(topic, len(articles)))
    return outcomes
