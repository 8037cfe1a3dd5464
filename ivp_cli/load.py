"""Plan files -> Plan models, with every problem located as a Diagnostic.

`load_plans` reports all problems of all files: YAML syntax, schema (mapped to the node that holds
the mistake) and the domain rules of `validation/`. `load_valid` is the one load rule every command
but `validate` uses: errors stop the command, warnings are handed back to be shown, never to stop it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ivp_cli.errors import PlanInvalidError, UsageError
from ivp_cli.plan.model import Plan
from ivp_cli.validation.diagnostics import Diagnostic, sort_diagnostics


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
    files_checked: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [diagnostic for diagnostic in self.diagnostics if diagnostic.severity == "error"]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            found.append(path)
    return found


def load_plan(path: Path) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from ivp_cli.plan.yamlio import PlanYamlError, read_text

    try:
        text = read_text(path)
    except PlanYamlError as problem:
        return None, [Diagnostic(str(path), problem.line, problem.col, problem.code, problem.message)]
    return load_plan_text(path, text)


def load_plan_text(path: Path, text: str) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    """Like `load_plan`, for text that is not (or not yet) a file, such as a git revision."""
    from ivp_cli.plan.yamlio import PlanYamlError, load_tree

    try:
        tree = load_tree(text)
    except PlanYamlError as problem:
        return None, [Diagnostic(str(path), problem.line, problem.col, problem.code, problem.message)]
    return _validate(path, text, tree)


def _validate(path: Path, text: str, tree: Any) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from pydantic import ValidationError
    from ruamel.yaml.comments import CommentedMap

    from ivp_cli.validation.context import Where
    from ivp_cli.validation.rules import run_checks
    from ivp_cli.validation.schema_errors import schema_diagnostics

    where = Where(str(path), tree, text)
    if tree is None:
        return None, [_whole_file(path, "IVP002", "the file is empty: a plan starts with schema_version")]
    if not isinstance(tree, CommentedMap):
        kind = "a list" if isinstance(tree, list) else "a single value"
        message = f"the file holds {kind}; a plan is a block of keys (schema_version, municipality, ...)"
        return None, [_whole_file(path, "IVP006", message)]
    try:
        plan = Plan.model_validate(tree)
    except ValidationError as error:
        return None, sort_diagnostics(schema_diagnostics(where, error.errors()))
    return LoadedPlan(path, text, tree, plan), sort_diagnostics(run_checks(where, plan))


def _whole_file(path: Path, code: str, message: str) -> Diagnostic:
    return Diagnostic(str(path), 1, 1, code, message)


def load_plans(paths: Sequence[Path]) -> LoadResult:
    result = LoadResult()
    for path in expand_paths(paths):
        loaded, diagnostics = load_plan(path)
        result.files_checked += 1
        result.diagnostics.extend(diagnostics)
        if loaded is not None:
            result.plans.append(loaded)
    return result


def plan_files(paths: Sequence[Path], command: str) -> list[Path]:
    """The plan files named by `paths`; UsageError when a path is missing or names no plan."""
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise UsageError(f"ivp {command}: no such file or folder: {', '.join(missing)}")
    files = expand_paths(paths)
    if not files:
        raise UsageError(f"ivp {command}: no plan files (*.yaml, *.yml) in: {', '.join(map(str, paths))}")
    return files


def load_valid(paths: Sequence[Path], command: str) -> tuple[list[LoadedPlan], list[Diagnostic]]:
    """The plans and their warnings; PlanInvalidError (every diagnostic) when any has an error."""
    result = load_plans(plan_files(paths, command))
    if result.errors:
        raise PlanInvalidError(*(diagnostic.text() for diagnostic in sorted(result.diagnostics)))
    return result.plans, sorted(result.diagnostics)
