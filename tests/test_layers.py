"""The import map of docs/architecture.md ("Who may use whom"), checked on every module."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dateline"

#: Each layer and the layers it may import (its own always). "root" is ``import dateline``
#: itself (the package root, which re-exports the public surface).
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "errors": set(),
    "urls": set(),
    "cycle_gc": set(),
    "similarity": set(),
    "recognise": {"model"},
    "page": {"model", "errors", "urls", "cycle_gc", "recognise"},
    "text": {"model", "errors", "urls", "cycle_gc", "recognise"},
    "facts": {"model", "errors", "recognise"},
    "sources": {"errors", "urls"},
    "records": {"page", "text", "sources", "errors", "model"},
    "archive": {"records", "facts", "similarity", "sources", "model", "errors", "urls"},
    "spark": {"records", "sources", "similarity", "facts", "model", "errors", "urls"},
    "web": {"archive", "records", "sources", "model", "errors", "urls"},
}
#: The documented exceptions: modules that may also import these layers.
EXCEPTIONS: dict[str, set[str]] = {
    "sources/fetch.py": {"root"},  # __version__ for the user agent
    "sources/polite.py": {"root"},  # __version__ for the crawler's user agent
    "web/app.py": {"root"},  # __version__ for the OpenAPI document
    "spark/job.py": {"cli"},  # spark-submit runs the file: its main reads cli_spark's options
}


def _layer(module: str) -> str:
    """The layer of a module named relative to the package ("page.blocks", "cli_web", "")."""
    first = module.split(".")[0]
    if not first:
        return "root"
    # ``__main__`` is ``python -m dateline``: the command line.
    return "cli" if first in ("cli", "__main__") or first.startswith("cli_") else first


def _imports(path: Path) -> set[str]:
    """The dateline modules ``path`` imports, relative to the package ("page.blocks", "")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == "dateline" or name.startswith("dateline."):
                found.add(name.removeprefix("dateline").removeprefix("."))
    return found


def test_every_import_follows_the_documented_map() -> None:
    broken = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        module = relative.removesuffix(".py").replace("/", ".").removesuffix("__init__")
        own = _layer(module.removesuffix("."))
        if own in {"cli", "root"}:
            continue  # the command line and the package root may use every part
        allowed = ALLOWED[own] | {own} | EXCEPTIONS.get(relative, set())
        broken += [
            f"{relative} imports dateline.{m}" for m in _imports(path) if _layer(m) not in allowed
        ]
    assert broken == []


def test_the_check_sees_imports() -> None:
    # The map is only as good as the parser behind it.
    assert "page.blocks" in _imports(PACKAGE / "page" / "extract.py")
    assert _layer("cli_web") == "cli" and _layer("") == "root" and _layer("page.extract") == "page"
