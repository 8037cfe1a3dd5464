"""Plan files as they are in a git revision, read with `git ls-tree` / `git show`.

Nothing here checks out, stashes or writes: the work tree and the index stay untouched.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path


class GitError(Exception):
    """git is missing, the folder is no repository, or a revision does not exist."""


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise GitError("git is not installed or not on PATH") from error
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(detail[-1] if detail else f"git {args[0]} failed")
    return done.stdout.decode("utf-8")


def repo_root(cwd: Path) -> Path:
    return Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())


def is_revision(text: str, cwd: Path) -> bool:
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{text}^{{commit}}"], cwd)
    except GitError:
        return False
    return True


def resolve(revision: str, cwd: Path) -> str:
    """The commit id of a revision, or a GitError that names it."""
    if revision.startswith("-"):
        raise GitError(f"'{revision}' is not a revision")
    if not is_revision(revision, cwd):
        raise GitError(f"unknown revision '{revision}' (a branch, tag or commit in this repository)")
    return _git(["rev-parse", "--verify", f"{revision}^{{commit}}"], cwd).strip()


def plan_files(commit: str, paths: Sequence[str], cwd: Path) -> list[str]:
    """YAML files under `paths` (relative to `cwd`) at `commit`, named from the repository root."""
    names = _git(["ls-tree", "-r", "--name-only", "--full-name", "-z", commit, "--", *paths], cwd)
    return sorted(name for name in names.split("\0") if name.endswith((".yaml", ".yml")))


def read_file(commit: str, name: str, cwd: Path) -> str:
    """The text of `name` (from the repository root) at `commit`."""
    return _git(["show", f"{commit}:{name}"], cwd)
