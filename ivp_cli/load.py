"""Plan files -> Plan models, with every problem located as a Diagnostic.

`load_plan_text` reads a text the fast way first: libyaml into plain data, the schema, the domain
rules. A text that passes all of them is done; anything else (a syntax error, a schema error, a
warning, a YAML feature only the round-trip path reads) is read again on the round-trip path, which
keeps the positions every diagnostic names. So a clean file costs a C parse, and a file with a
problem gets exactly the messages, lines and columns it always got.

`PlanStream` hands out plans one at a time, so a command over 3 000 plans holds one. `load_valid`
is the one load rule every command but `validate` uses: errors stop the command, warnings are
handed back to be shown, never to stop it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ivp_cli.errors import PlanInvalidError, UsageError
from ivp_cli.validation.diagnostics import Diagnostic, sort_diagnostics

if TYPE_CHECKING:
    from ivp_cli.plan.model import Plan


@dataclass(frozen=True)
class LoadedPlan:
    path: Path
    text: str
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
        # A folder named like a plan (x.yaml) stays in the list, to be reported as not a plan file.
        if path.is_dir() and path.suffix not in (".yaml", ".yml"):
            found.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
        else:
            found.append(path)
    return found


def load_plan(path: Path) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from ivp_cli.plan.text import PlanYamlError, read_text

    try:
        text = read_text(path)
    except PlanYamlError as problem:
        return None, [Diagnostic(str(path), problem.line, problem.col, problem.code, problem.message)]
    return load_plan_text(path, text)


def load_plan_text(path: Path, text: str, *, fast: bool = True) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    """Like `load_plan`, for text that is not (or not yet) a file, such as a git revision.

    `fast=False` takes the round-trip path for every text (the reference the fast path is tested on).
    """
    from ivp_cli.plan.bounds import OutOfBoundsError, check_text_size

    try:
        check_text_size(text)  # both paths: a text over the limit is read by neither
    except OutOfBoundsError as problem:
        return None, [Diagnostic(str(path), problem.line, problem.col, problem.code, problem.message)]
    plan = _clean_plan(path, text) if fast else None
    if plan is not None:
        return LoadedPlan(path, text, plan), []
    return _load_round_trip(path, text)


def _clean_plan(path: Path, text: str) -> Plan | None:
    """The plan of a text without a single diagnostic, read through libyaml; None for any other text."""
    from pydantic import ValidationError

    from ivp_cli.plan.model import Plan
    from ivp_cli.plan.plain_yaml import NotPlainError, load_plain
    from ivp_cli.validation.context import Where
    from ivp_cli.validation.rules import run_checks

    try:
        data = load_plain(text)
    except NotPlainError:
        return None
    if not isinstance(data, dict):
        return None
    try:
        plan = Plan.model_validate(data)
    except ValidationError:
        return None
    return None if run_checks(Where(str(path), None, text), plan) else plan


def _load_round_trip(path: Path, text: str) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from ivp_cli.plan.yamlio import PlanYamlError, load_tree

    try:
        tree = load_tree(text)
    except PlanYamlError as problem:
        return None, [Diagnostic(str(path), problem.line, problem.col, problem.code, problem.message)]
    return _validate(path, text, tree)


def _validate(path: Path, text: str, tree: Any) -> tuple[LoadedPlan | None, list[Diagnostic]]:
    from pydantic import ValidationError
    from ruamel.yaml.comments import CommentedMap

    from ivp_cli.plan.model import Plan
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
    return LoadedPlan(path, text, plan), sort_diagnostics(run_checks(where, plan))


def _whole_file(path: Path, code: str, message: str) -> Diagnostic:
    return Diagnostic(str(path), 1, 1, code, message)


class PlanStream:
    """The valid plans of `files`, one at a time; every diagnostic of every file is kept.

    After the first file with an error no more plans are handed out (the command will stop), but
    every file is still checked, so all problems are reported at once.
    """

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = files
        self.diagnostics: list[Diagnostic] = []
        self.failed = False

    def __iter__(self) -> Iterator[LoadedPlan]:
        for path in self.files:
            loaded, diagnostics = load_plan(path)
            self.diagnostics.extend(diagnostics)
            self.failed = self.failed or loaded is None or _has_error(diagnostics)
            if loaded is not None and not self.failed:
                yield loaded

    def warnings(self) -> list[Diagnostic]:
        """After the loop: the warnings, or PlanInvalidError with every diagnostic when any is an error."""
        if self.failed:
            raise PlanInvalidError(*(diagnostic.text() for diagnostic in sorted(self.diagnostics)))
        return sorted(self.diagnostics)


def _has_error(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(diagnostic.severity == "error" for diagnostic in diagnostics)


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
    stream = PlanStream(plan_files(paths, command))
    plans = list(stream)
    return plans, stream.warnings()
