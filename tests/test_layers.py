"""The folder tree shows the data flow: no stage imports a later one, and the top level stays small."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "ivp_cli"
# Lowest first; a module may import its own layer and the layers before it, never after.
LAYERS = (
    "errors",
    "plan",
    "words",
    "validation",
    "load",
    "progress",
    "diff",
    "write",
    "fetch",
    "render",
    "cli",
)
NO_IO = ("validation", "progress")


def _layer(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    return first.removesuffix(".py")


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def _modules() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if _layer(path) in LAYERS]


def test_no_stage_imports_a_later_stage() -> None:
    upward = []
    for path in _modules():
        mine = LAYERS.index(_layer(path))
        for line, module in _imports(path):
            parts = module.split(".")
            later = parts[0] == "ivp_cli" and len(parts) > 1 and parts[1] in LAYERS[mine + 1 :]
            if later:
                upward.append(f"{path.relative_to(REPO)}:{line}: imports {module}")
    assert upward == []


def test_every_module_belongs_to_a_stage() -> None:
    top_level = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert top_level == ["__init__.py", "__main__.py", "errors.py", "load.py"]
    packages = sorted(path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file())
    assert set(packages) == set(LAYERS) - {"errors", "load"}


def test_pure_stages_do_no_io() -> None:
    forbidden = {"open(", ".read_text(", ".write_text(", ".read_bytes(", ".write_bytes(", "print("}
    offending = [
        f"{path.relative_to(REPO)}: {call}"
        for path in _modules()
        if _layer(path) in NO_IO
        for call in forbidden
        if call in path.read_text(encoding="utf-8")
    ]
    assert offending == []
