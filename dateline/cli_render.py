"""Human-readable renderings of an article record for the terminal: text, Markdown, summary."""

from __future__ import annotations

import textwrap
from collections import Counter

from dateline.model import REMOVED_KINDS, Article, Claim, Facts, Quote

#: Width the summary wraps the opening of the body to.
WRAP_WIDTH = 88
#: Lines of body text the summary shows.
OPENING_LINES = 4
#: Characters that Markdown may read as markup inside a line of text.
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>#|")


def _length(article: Article) -> str | None:
    if not article.word_count:
        return None
    minutes = article.reading_time_minutes
    read = f", {minutes} min read" if minutes else ""
    return f"{article.word_count:,} words{read}"


def _dates(article: Article) -> str | None:
    if article.published and article.updated and article.updated != article.published:
        return f"{article.published} (updated {article.updated})"
    return article.published or article.updated


def _fields(article: Article) -> list[tuple[str, str]]:
    """The record's headline facts as (label, value) pairs, leaving out what is missing."""
    dateline = article.dateline
    pairs = [
        ("Site", article.site_name),
        ("Authors", ", ".join(article.authors)),
        ("Published", _dates(article)),
        ("Dateline", dateline and ", ".join(p for p in (dateline.place, dateline.agency) if p)),
        ("Section", article.section),
        ("Length", _length(article)),
        ("Page type", None if article.page_type == "article" else article.page_type),
        ("URL", article.canonical_url or article.url),
    ]
    return [(label, value) for label, value in pairs if value]


def _figure(claim: Claim) -> str:
    """A claimed figure as a reader writes it: "at least 3 people killed", "1,800,000 metres"."""
    value = claim.value
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
    words = (claim.qualifier, number, claim.unit, claim.predicate)
    return " ".join(word for word in words if word)


def _quoted(quote: Quote) -> str:
    """A direct quote in quotation marks; reported speech as it was reported."""
    return f"\u201c{quote.text}\u201d" if quote.kind == "direct" else quote.text


def _found_facts(facts: Facts | None) -> list[tuple[str, list[str]]]:
    """The facts ``--facts`` found, as (heading, lines) for the people, quotes and claims that
    are there: a reader asked for them, so the text and Markdown outputs show them too."""
    if facts is None:
        return []
    people = [", ".join([p.name, *p.titles]) for p in facts.people]
    quotes = [f"{q.speaker or 'unattributed'}: {_quoted(q)}" for q in facts.quotes]
    claims = [f"{_figure(c)} ({c.source or 'no source named'})" for c in facts.claims]
    found = (("People", people), ("Quotes", quotes), ("Claims", claims))
    return [(heading, lines) for heading, lines in found if lines]


def render_text(article: Article, *, explain: bool = False) -> str:
    """Title, labelled facts, then the body text; the people, quotes and claims when the record
    has facts; with ``explain``, the removed chrome after it, a line per piece."""
    title = article.title or "(no title)"
    lines = [title, "=" * min(len(title), WRAP_WIDTH)]
    if article.dek:
        lines += ["", article.dek]
    lines.append("")
    lines += [f"{label + ':':<11} {value}" for label, value in _fields(article)]
    text = "\n".join(lines) + "\n\n" + article.text.strip() + "\n"
    for heading, found in _found_facts(article.facts):
        text += f"\n{heading}:\n" + "".join(f"  {line}\n" for line in found)
    if explain and article.removed:
        text += "\nRemoved:\n" + "".join(f"  [{p.kind}] {p.text}\n" for p in article.removed)
    return text


def render_markdown(article: Article, *, explain: bool = False) -> str:
    """A Markdown document: title heading, dek, a list of facts, a rule, then the body; sections
    of the people, quotes and claims when the record has facts; with ``explain``, a "Removed"
    section listing the chrome taken out."""
    parts = [f"# {_markdown_escape(article.title or '(no title)')}"]
    if article.dek:
        parts.append(f"*{_markdown_escape(article.dek)}*")
    facts = _fields(article)
    if facts:
        parts.append("\n".join(f"- **{label}:** {value}" for label, value in facts))
    parts += ["---", article.markdown.strip()]
    for heading, found in _found_facts(article.facts):
        parts += [f"## {heading}", "\n".join(f"- {_markdown_escape(line)}" for line in found)]
    if explain and article.removed:
        listed = "\n".join(f"- `{p.kind}`: {_markdown_escape(p.text)}" for p in article.removed)
        parts += ["## Removed", listed]
    return "\n\n".join(part for part in parts if part) + "\n"


def _markdown_escape(text: str) -> str:
    """Page text set inside Markdown: the characters that would make it markup are escaped."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in text)


def removed_counts(article: Article) -> str:
    """``"navigation 3, share 1"``: the chrome removed, counted by kind in schema order."""
    counts = Counter(piece.kind for piece in article.removed)
    order = {kind: index for index, kind in enumerate(REMOVED_KINDS)}
    kinds = sorted(counts, key=lambda kind: (order.get(kind, len(order)), kind))
    return ", ".join(f"{kind} {counts[kind]}" for kind in kinds)


def render_summary(article: Article, name: str) -> str:
    """A short report on one page: facts, the opening of the body, what was kept apart."""
    lines = [f"── {name}", f"   {article.title or '(no title)'}"]
    lines += [f"   {label + ':':<11} {value}" for label, value in _fields(article)]
    opening = textwrap.wrap(" ".join(article.text.split()), WRAP_WIDTH - 6)
    if opening:
        shown = opening[:OPENING_LINES]
        if len(opening) > OPENING_LINES:
            shown[-1] += " …"
        lines.append("   Opening:")
        lines += [f"      {line}" for line in shown]
    kept_apart = [
        f"{len(article.images)} image(s)",
        f"{len(article.related)} related link(s)",
        f"{len(article.credits)} credit(s)",
    ]
    lines.append(f"   Kept apart: {', '.join(kept_apart)}")
    by_kind = removed_counts(article)
    removed = f"{len(article.removed)} piece(s) of chrome" + (f" ({by_kind})" if by_kind else "")
    lines += textwrap.wrap(
        removed, WRAP_WIDTH, initial_indent="   Removed:    ", subsequent_indent=" " * 16
    )
    return "\n".join(lines) + "\n"
