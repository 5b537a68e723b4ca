"""Raw page → record: the one function every front end calls to turn a page into an ``Article``,
and the one line that says why a page failed.

``dateline extract``, ``dateline ingest`` (in its worker processes) and the Spark job's tasks
all call ``to_article``, so a page gives the same record whichever way it came in.
"""

from __future__ import annotations

from email.message import Message

from dateline.errors import DatelineError, InputError
from dateline.model import Article
from dateline.page import extract
from dateline.page.decode import decode_html
from dateline.sources.raw import RawPage, SourceError
from dateline.sources.sniff import page_kind
from dateline.text import extract_text


def to_article(page: RawPage, input_kind: str = "auto", url: str | None = None) -> Article:
    """Turn one raw page into its record: choose the HTML or text path and decode as needed.

    ``input_kind`` is ``auto`` (sniffed from the page), ``html`` or ``text``; ``url`` overrides
    the page's own address. Bytes go to ``extract`` as they are, except when the HTTP header
    declares a charset: then they are decoded here with that header, the only place it is known.
    """
    url = url or page.url
    kind = page_kind(page) if input_kind == "auto" else input_kind
    if kind == "text":
        text, encoding = decode_html(page.data, page.content_type)
        article = extract_text(text, url=url)
    elif page.content_type and _header_charset(page.content_type):
        text, encoding = decode_html(page.data, page.content_type)
        article = extract(text, url=url)
    else:
        return extract(page.data, url=url)
    article.source_encoding = encoding
    return article


def failure_reason(err: BaseException) -> str:
    """One line saying why a page failed, without repeating the page's name."""
    if isinstance(err, SourceError | InputError):
        text = err.reason
    elif isinstance(err, DatelineError):
        text = str(err)
    else:
        text = f"internal error ({type(err).__name__}: {err})"
    return " ".join(text.split()) or type(err).__name__


def _header_charset(content_type: str) -> str | None:
    header = Message()
    header["Content-Type"] = content_type
    return header.get_content_charset()
