"""Changes -> edited plan text -> re-validated -> a unified diff, or an atomic replace of the file."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from ivp_cli.write.atomic import write_atomic
from ivp_cli.write.changes import IndicatorChange
from ivp_cli.write.measurements import add_measurements
from ivp_cli.write.yamledit import Edit, apply_edits, compose, find, replace_scalar


class WriteError(Exception):
    pass


def read_raw(path: Path) -> str:
    # Not Path.read_text: universal newlines would turn CRLF into LF and the edit offsets with it.
    return path.read_bytes().decode("utf-8")


def edited_text(raw: str, changes: Sequence[IndicatorChange]) -> str:
    root = compose(raw)
    edits: list[Edit] = []
    for change in changes:
        indicator = find(root, ["themes", change.theme_index, "indicators", change.indicator_index])
        if indicator is None:
            raise WriteError(f"indicator {change.indicator_index} of theme {change.theme_index} not found")
        for index, path, value in change.updates:
            node = find(indicator, ["measurements", index, *path])
            if node is not None:
                edits.append(replace_scalar(node, value))
        if change.items:
            edits.append(add_measurements(raw, root, indicator, change.items))
    return apply_edits(raw, edits)


def check_plan_text(path: Path, text: str) -> None:
    """Re-load and re-validate the edited text: a write never leaves an invalid plan behind."""
    from pydantic import ValidationError
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from ivp_cli.plan.model import Plan

    try:
        Plan.model_validate(YAML(typ="rt").load(text))
    except (YAMLError, ValidationError) as error:
        raise WriteError(f"{path}: the edited plan would not be valid, nothing written: {error}") from error


def unified_diff(path: Path, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def write_plan(path: Path, old: str, new: str, dry_run: bool) -> str:
    """Validate `new`; write it atomically unless `dry_run`. Returns the diff."""
    check_plan_text(path, new)
    if not dry_run and new != old:
        write_atomic(path, new.encode("utf-8"))
    return unified_diff(path, old, new)
