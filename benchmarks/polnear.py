"""Reader for the PolNeAR attribution corpus (brat standoff files), read at run time from
``../shared/quotes/polnear`` next to the repository and never copied into it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

POLNEAR_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "quotes" / "polnear"

_TEXT_BOUND = re.compile(r"^(T\d+)\t([\w-]+) ([\d ;]+)\t?(.*)$")
QUOTE_MARKS = '“”"„«»'

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: content fragments and source fragments (None when the
    annotator marked it as having no source), character offsets, end exclusive."""

    content: Spans
    source: Spans | None
    direct: bool


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article's text and its attributions from one annotator."""

    name: str
    text: str
    attributions: list[GoldAttribution]


def _spans(field: str) -> Spans:
    return tuple(
        (int(a), int(b)) for a, b in (part.split() for part in field.split(";") if part.strip())
    )


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one .ann file (``Content2`` fragments join ``Content``)."""
    bounds: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _TEXT_BOUND.match(line)
        if match:
            bounds[match.group(1)] = _spans(match.group(3))
        elif line.startswith("E"):
            roles = line.split("\t")[1].split()
            events.append(dict(role.split(":", 1) for role in roles))
    gold = []
    for event in events:
        content: list[tuple[int, int]] = []
        for role, ref in event.items():
            if role.startswith("Content") and ref in bounds:
                content.extend(bounds[ref])
        if not content:
            continue
        content.sort()
        source = bounds.get(event.get("Source", ""))
        first = text[content[0][0] : content[0][1]].lstrip()
        gold.append(GoldAttribution(tuple(content), source, first[:1] in QUOTE_MARKS))
    return gold


def read_split(split: str = "dev", root: Path = POLNEAR_DIR) -> list[GoldArticle]:
    """Every article of ``split`` with the attributions of its first annotator (by file name);
    an empty list when the corpus is absent."""
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    if not text_dir.is_dir():
        return []
    articles = []
    for text_path in sorted(text_dir.glob("*.txt")):
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(text_path.stem, text, read_ann(anns[0], text)))
    return articles
