"""Loading the benchmark pages from ``../shared/bench`` (read-only, never copied into the repo)."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

#: Where the datasets live: ``$DATELINE_BENCH_DIR`` or ``<repo>/../shared/bench``.
BENCH_DIR = Path(
    os.environ.get("DATELINE_BENCH_DIR")
    or Path(__file__).resolve().parents[1] / ".." / "shared" / "bench"
)

DATASETS = ("scrapinghub", "wcxb")


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page with its ground truth (metadata fields are None when not annotated)."""

    dataset: str
    page_id: str
    url: str | None
    html: str
    truth: str
    page_type: str
    title: str | None = None
    author: str | None = None
    published: str | None = None


def available(root: Path = BENCH_DIR) -> bool:
    """Whether both datasets are present under ``root``."""
    return (root / "scrapinghub" / "ground-truth.json").is_file() and (
        root / "wcxb" / "dev" / "ground-truth"
    ).is_dir()


def read_html(path: Path) -> str:
    """A gzipped page as text (the datasets are UTF-8; stray bytes become U+FFFD)."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def scrapinghub_ids(root: Path = BENCH_DIR) -> list[str]:
    """The Scrapinghub page ids, sorted."""
    return sorted(_scrapinghub_truth(root))


def _scrapinghub_truth(root: Path) -> dict[str, dict]:
    with (root / "scrapinghub" / "ground-truth.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def load_scrapinghub(root: Path = BENCH_DIR, ids: list[str] | None = None) -> list[Page]:
    """Scrapinghub pages (all news/blog articles), sorted by id, or only ``ids``."""
    truth = _scrapinghub_truth(root)
    return [
        Page(
            dataset="scrapinghub",
            page_id=page_id,
            url=truth[page_id].get("url"),
            html=read_html(root / "scrapinghub" / "html" / f"{page_id}.html.gz"),
            truth=truth[page_id]["articleBody"],
            page_type="article",
        )
        for page_id in (ids if ids is not None else sorted(truth))
    ]


def wcxb_page_types(root: Path = BENCH_DIR) -> dict[str, str]:
    """WCXB dev page id → page type.

    ``metadata.json`` lists most pages; the rest carry their type in their ground truth file
    (``_internal.page_type.primary``), which agrees with ``metadata.json`` wherever both exist.
    """
    with (root / "wcxb" / "metadata.json").open(encoding="utf-8") as handle:
        listed = {k: v["page_type"] for k, v in json.load(handle).get("files", {}).items()}
    types: dict[str, str] = {}
    for path in sorted((root / "wcxb" / "dev" / "ground-truth").glob("*.json")):
        page_id = path.stem
        if page_id in listed:
            types[page_id] = listed[page_id]
        else:
            record = json.loads(path.read_text(encoding="utf-8"))
            types[page_id] = record["_internal"]["page_type"]["primary"]
    return types


def load_wcxb(root: Path = BENCH_DIR, ids: list[str] | None = None) -> list[Page]:
    """WCXB dev pages, sorted by id, or only ``ids``."""
    types = wcxb_page_types(root)
    pages = []
    for page_id in ids if ids is not None else sorted(types):
        record = json.loads(
            (root / "wcxb" / "dev" / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8")
        )
        truth = record["ground_truth"]
        pages.append(
            Page(
                dataset="wcxb",
                page_id=page_id,
                url=record.get("url"),
                html=read_html(root / "wcxb" / "dev" / "html" / f"{page_id}.html.gz"),
                truth=truth.get("main_content") or "",
                page_type=types[page_id],
                title=truth.get("title") or None,
                author=truth.get("author") or None,
                published=truth.get("publish_date") or None,
            )
        )
    return pages


def load(dataset: str, root: Path = BENCH_DIR, limit: int | None = None) -> list[Page]:
    """The pages of ``dataset`` (``scrapinghub`` or ``wcxb``), the first ``limit`` by id."""
    if dataset == "scrapinghub":
        ids = scrapinghub_ids(root)
        return load_scrapinghub(root, ids[:limit] if limit else ids)
    if dataset == "wcxb":
        ids = sorted(wcxb_page_types(root))
        return load_wcxb(root, ids[:limit] if limit else ids)
    raise ValueError(f"unknown dataset {dataset!r}; choose from {', '.join(DATASETS)}")
