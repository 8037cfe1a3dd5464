"""The two versions `ivp diff` compares: two files, or the plans in two git revisions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ivp_cli.diff import gitread
from ivp_cli.diff.compare import FileDiff, diff_files
from ivp_cli.errors import UsageError
from ivp_cli.load import expand_paths, load_plan_text
from ivp_cli.plan.model import Plan
from ivp_cli.validation.diagnostics import Diagnostic


class VersionsError(UsageError):
    """A missing file or an unusable revision: a usage error, not a finding."""

    def __init__(self, message: str) -> None:
        super().__init__(f"ivp diff: {message}")


@dataclass(frozen=True)
class Versions:
    path: str
    old: str | None  # text of the old version; None when the file did not exist
    new: str | None
    old_path: str | None = None  # where the old text came from, when not `path`


@dataclass
class Comparison:
    files: list[FileDiff]
    diagnostics: list[Diagnostic]  # every problem of a version that did not load (errors among them)
    warnings: list[Diagnostic]  # of versions that loaded: shown, never stopping the diff


def from_files(old: Path, new: Path) -> list[Versions]:
    missing = [str(path) for path in (old, new) if not path.is_file()]
    if missing:
        raise VersionsError(f"no such file: {', '.join(missing)}")
    return [Versions(str(new), _read(old), _read(new), old_path=str(old))]


def from_git(base: str, head: str | None, paths: Sequence[str], cwd: Path) -> list[Versions]:
    """`head` None means the work tree: the files on disk now, as `git diff BASE` would."""
    try:
        base_commit = gitread.resolve(base, cwd)
        old = {
            name: gitread.read_file(base_commit, name, cwd)
            for name in gitread.plan_files(base_commit, paths, cwd)
        }
        new = _work_tree(paths, cwd) if head is None else _at(gitread.resolve(head, cwd), paths, cwd)
    except gitread.GitError as error:
        raise VersionsError(str(error)) from error
    return [Versions(name, old.get(name), new.get(name)) for name in sorted(old.keys() | new.keys())]


def _at(commit: str, paths: Sequence[str], cwd: Path) -> dict[str, str]:
    return {name: gitread.read_file(commit, name, cwd) for name in gitread.plan_files(commit, paths, cwd)}


def _work_tree(paths: Sequence[str], cwd: Path) -> dict[str, str]:
    root = gitread.repo_root(cwd).resolve()
    files = expand_paths([cwd / path for path in paths])
    return {path.resolve().relative_to(root).as_posix(): _read(path) for path in files if path.is_file()}


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise VersionsError(f"{path}: cannot read: {error}") from error


def compare(versions: list[Versions]) -> Comparison:
    comparison = Comparison([], [], [])
    for version in versions:
        old, old_ok = _parse(version.old, version.old_path or version.path, comparison)
        new, new_ok = _parse(version.new, version.path, comparison)
        if old_ok and new_ok and (old or new):
            comparison.files.append(diff_files(version.path, old, new))
    return comparison


def _parse(text: str | None, name: str, comparison: Comparison) -> tuple[Plan | None, bool]:
    """The plan of one version (None for a version that does not exist) and whether it loaded."""
    if text is None:
        return None, True
    loaded, problems = load_plan_text(Path(name), text)
    if loaded is None or any(problem.severity == "error" for problem in problems):
        comparison.diagnostics.extend(problems)
        return None, False
    comparison.warnings.extend(problems)
    return loaded.plan, True


def git_arguments(arguments: Sequence[str], cwd: Path) -> tuple[str | None, list[str]]:
    """`[HEAD] [PATHS...]`: the first argument is HEAD when it names a commit and no file."""
    if arguments and not (cwd / arguments[0]).exists():
        try:
            if gitread.is_revision(arguments[0], cwd):
                return arguments[0], list(arguments[1:]) or ["plans"]
        except gitread.GitError as error:
            raise VersionsError(str(error)) from error
    return None, list(arguments) or ["plans"]
