"""One adapter per extractor: how the benchmark calls it, with which options, without network.

Every adapter takes the page as a decoded ``str`` (the datasets are UTF-8) plus its URL and
returns the main text; dateline and trafilatura also give title, authors and date. Heavy imports
and one-off set-up happen in ``setup()``, outside the timed calls.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from importlib import metadata as distributions
from typing import ClassVar

from benchmarks.metadata_match import Metadata


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a tool returned for one page: the body text, and metadata if it gives it in the
    same call."""

    text: str
    metadata: Metadata | None = None


class Adapter(ABC):
    """How to run one extractor."""

    name: ClassVar[str]
    distribution: ClassVar[str]
    settings: ClassVar[str]
    #: Whether the tool's title/author/date are scored on WCXB article pages.
    scores_metadata: ClassVar[bool] = False

    def version(self) -> str:
        """The installed version of the tool."""
        try:
            return distributions.version(self.distribution)
        except distributions.PackageNotFoundError:
            return "not installed"

    @abstractmethod
    def setup(self) -> None:
        """Import the tool and build reusable objects (untimed)."""

    @abstractmethod
    def extract(self, html: str, url: str | None) -> Extraction:
        """The main content of one page (timed)."""

    def metadata(self, html: str, url: str | None, extraction: Extraction) -> Metadata:
        """Title, authors and date of one page (untimed; only when ``scores_metadata``)."""
        return extraction.metadata or Metadata()


class DatelineAdapter(Adapter):
    name = "dateline"
    distribution = "dateline"
    settings = "dateline.extract(html, url=url); text, title, authors, published"
    scores_metadata = True

    def setup(self) -> None:
        import dateline

        self._extract = dateline.extract

    def extract(self, html: str, url: str | None) -> Extraction:
        article = self._extract(html, url=url)
        found = Metadata(article.title, list(article.authors), article.published)
        return Extraction(article.text, found)


class TrafilaturaAdapter(Adapter):
    name = "trafilatura"
    distribution = "trafilatura"
    settings = (
        "extract(html, url=url, include_comments=False), other options at defaults (txt, tables"
        " kept, fallbacks on); metadata from bare_extraction(html, url=url, with_metadata=True)"
    )
    scores_metadata = True

    def setup(self) -> None:
        import trafilatura

        self._trafilatura = trafilatura

    def extract(self, html: str, url: str | None) -> Extraction:
        return Extraction(self._trafilatura.extract(html, url=url, include_comments=False) or "")

    def metadata(self, html: str, url: str | None, extraction: Extraction) -> Metadata:
        document = self._trafilatura.bare_extraction(html, url=url, with_metadata=True)
        if document is None:
            return Metadata()
        authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
        return Metadata(document.title, authors, document.date)


class ReadabilityAdapter(Adapter):
    name = "readability-lxml"
    distribution = "readability-lxml"
    settings = "Document(html, url=url).summary(), then the summary's text (block-aware)"

    def setup(self) -> None:
        from readability import Document

        self._document = Document

    def extract(self, html: str, url: str | None) -> Extraction:
        return Extraction(fragment_text(self._document(html, url=url).summary()))


class NewspaperAdapter(Adapter):
    name = "newspaper4k"
    distribution = "newspaper4k"
    settings = "Article(url, config).download(input_html=html).parse().text; fetch_images=False"

    def setup(self) -> None:
        import newspaper
        from newspaper.configuration import Configuration

        config = Configuration()
        config.fetch_images = False
        config.follow_meta_refresh = False
        config.memoize_articles = False
        self._config = config
        self._article = newspaper.Article

    def extract(self, html: str, url: str | None) -> Extraction:
        article = self._article(url or "http://example.invalid/", config=self._config)
        article.download(input_html=html)
        article.parse()
        return Extraction(article.text or "")


class GooseAdapter(Adapter):
    name = "goose3"
    distribution = "goose3"
    settings = "Goose({'enable_image_fetching': False}).extract(raw_html=html).cleaned_text"

    def setup(self) -> None:
        from goose3 import Goose

        self._goose = Goose({"enable_image_fetching": False})

    def extract(self, html: str, url: str | None) -> Extraction:
        return Extraction(self._goose.extract(raw_html=html).cleaned_text or "")


#: ISO 639-1 codes of ``<html lang>`` → jusText stoplist names.
JUSTEXT_LANGUAGES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan",
    "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "ka": "Georgian", "kk": "Kazakh", "ko": "Korean",
    "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ms": "Malay",
    "nb": "Norwegian_Bokmal", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal",
    "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
}  # fmt: skip
HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def page_language(html: str) -> str | None:
    """The ISO 639 code of ``<html lang=…>``, lower case, if the page declares one."""
    match = HTML_LANG.search(html, 0, 50_000)
    return match.group(1).lower() if match else None


class JustextAdapter(Adapter):
    name = "justext"
    distribution = "jusText"
    settings = (
        "justext(html, stoplist of the <html lang> language or English), default thresholds;"
        " non-boilerplate paragraphs"
    )

    def setup(self) -> None:
        import justext

        self._justext = justext
        self._stoplists: dict[str, frozenset[str]] = {}

    def _stoplist(self, language: str) -> frozenset[str]:
        if language not in self._stoplists:
            self._stoplists[language] = self._justext.get_stoplist(language)
        return self._stoplists[language]

    def extract(self, html: str, url: str | None) -> Extraction:
        language = JUSTEXT_LANGUAGES.get(page_language(html) or "", "English")
        paragraphs = self._justext.justext(html, self._stoplist(language))
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))


class BoilerpyAdapter(Adapter):
    name = "boilerpy3"
    distribution = "boilerpy3"
    settings = "extractors.ArticleExtractor().get_content(html)"

    def setup(self) -> None:
        from boilerpy3 import extractors

        self._extractor = extractors.ArticleExtractor()

    def extract(self, html: str, url: str | None) -> Extraction:
        return Extraction(self._extractor.get_content(html) or "")


class ResiliparseAdapter(Adapter):
    name = "resiliparse"
    distribution = "Resiliparse"
    settings = "extract_plain_text(html, main_content=True, alt_texts=False), others at defaults"

    def setup(self) -> None:
        from resiliparse.extract.html2text import extract_plain_text

        self._extract_plain_text = extract_plain_text

    def extract(self, html: str, url: str | None) -> Extraction:
        text = self._extract_plain_text(html, main_content=True, alt_texts=False)
        return Extraction(text or "")


BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment: one line per block element, whitespace collapsed."""
    import lxml.html
    from lxml import etree

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    pieces: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIPPED_TAGS:
            skipping += 1 if event == "start" else -1
            if event == "end" and skipping == 0 and element.tail:
                pieces.append(element.tail)
            continue
        if skipping:
            continue
        if tag in BLOCK_TAGS:
            pieces.append("\n")
        if event == "start" and tag and element.text:
            pieces.append(element.text)
        elif event == "end" and element is not root and element.tail:
            pieces.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(pieces).splitlines())
    return "\n".join(line for line in lines if line)


ADAPTERS: dict[str, type[Adapter]] = {
    adapter.name: adapter
    for adapter in (
        DatelineAdapter,
        TrafilaturaAdapter,
        ReadabilityAdapter,
        NewspaperAdapter,
        GooseAdapter,
        JustextAdapter,
        BoilerpyAdapter,
        ResiliparseAdapter,
    )
}


def make(name: str) -> Adapter:
    """A fresh adapter for the tool called ``name``."""
    try:
        return ADAPTERS[name]()
    except KeyError:
        raise ValueError(f"unknown tool {name!r}; choose from {', '.join(ADAPTERS)}") from None
