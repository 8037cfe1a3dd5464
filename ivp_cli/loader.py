"""Plan files -> Plan models, with every problem located as a Diagnostic.

Minimal first version: the validate work refines positions and messages behind this same API.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ivp_cli.diagnostics import Diagnostic
from ivp_cli.model import Plan


@dataclass(frozen=True)
class LoadedPlan:
    path: Path
    text: str
    tree: Any  # ruamel round-trip CommentedMap: keeps positions, comments and layout
    plan: Plan


@dataclass
class LoadResult:
    plans: list[LoadedPlan] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            found.append(path)
    return found


def load_plan(path: Path) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from pydantic import ValidationError
    from ruamel.yaml import YAML

    text = path.read_text(encoding="utf-8")
    tree = YAML(typ="rt").load(text)
    try:
        plan = Plan.model_validate(tree)
    except ValidationError as error:
        return None, [Diagnostic(str(path), 1, 1, "IVP100", e["msg"]) for e in error.errors()]
    return LoadedPlan(path, text, tree, plan), []


def load_plans(paths: Sequence[Path]) -> LoadResult:
    result = LoadResult()
    for path in expand_paths(paths):
        loaded, diagnostics = load_plan(path)
        result.diagnostics.extend(diagnostics)
        if loaded is not None:
            result.plans.append(loaded)
    return result
