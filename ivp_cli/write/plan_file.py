"""The one write path for plan files: edit the text, validate the result in full, replace atomically.

`record`, `import-csv`, `fetch` and `new` all end here. The edited text goes through the same
validation as `ivp validate` (schema and domain rules); a text with an error is refused with its
located diagnostics, and the file on disk stays byte-identical.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from ivp_cli.errors import WriteRefusedError
from ivp_cli.write.atomic import create_atomic, write_atomic
from ivp_cli.write.changes import IndicatorChange, ListAppend
from ivp_cli.write.comparisons import series_edits
from ivp_cli.write.measurements import add_items, add_measurements
from ivp_cli.write.yamledit import Edit, apply_edits, compose, find, replace_scalar


def read_raw(path: Path) -> str:
    # Not Path.read_text: universal newlines would turn CRLF into LF and the edit offsets with it.
    return path.read_bytes().decode("utf-8")


def edited_text(raw: str, changes: Sequence[IndicatorChange | ListAppend]) -> str:
    root = compose(raw)
    edits: list[Edit] = []
    for change in changes:
        if isinstance(change, ListAppend):
            edits.append(_list_append(raw, root, change))
            continue
        indicator = find(root, ["themes", change.theme_index, "indicators", change.indicator_index])
        if indicator is None:
            raise WriteRefusedError(
                f"indicator {change.indicator_index} of theme {change.theme_index} not found"
            )
        # Before the measurement edits: an insertion at the same place then lands after them.
        edits.extend(series_edits(raw, root, indicator, change.series) if change.series else [])
        for index, path, value in change.updates:
            node = find(indicator, ["measurements", index, *path])
            if node is not None:
                edits.append(replace_scalar(node, value))
        if change.items:
            edits.append(add_measurements(raw, root, indicator, change.items))
    return apply_edits(raw, edits)


def _list_append(raw: str, root: Node, change: ListAppend) -> Edit:
    mapping = find(root, list(change.path))
    if mapping is None:
        raise WriteRefusedError(f"{'.'.join(map(str, change.path))} not found")
    return add_items(raw, root, mapping, change.key, change.items, change.followers)


def check_plan_text(path: Path, text: str) -> None:
    """Full validation of a text about to be written; WriteRefusedError with every error located."""
    from ivp_cli.load import load_plan_text

    loaded, diagnostics = load_plan_text(path, text)
    errors = [d for d in diagnostics if d.severity == "error"]
    if loaded is None or errors:
        raise WriteRefusedError(
            f"ivp: {path}: the change would make the plan invalid; nothing was written:",
            *(f"  {diagnostic.text()}" for diagnostic in errors or diagnostics),
        )


def unified_diff(path: Path, old: str, new: str) -> str:
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


@dataclass(frozen=True)
class PlanEdit:
    path: Path
    old: str
    new: str


def write_plans(edits: Sequence[PlanEdit], dry_run: bool) -> list[str]:
    """Validate every edit first, then write each atomically unless `dry_run`; the diffs.

    All or nothing for validation: one invalid result refuses the whole set before a byte is written.
    """
    for edit in edits:
        check_plan_text(edit.path, edit.new)
    for edit in edits:
        if not dry_run and edit.new != edit.old:
            _replace(edit.path, edit.new)
    return [unified_diff(edit.path, edit.old, edit.new) for edit in edits]


def create_plan(path: Path, text: str) -> None:
    """Validate `text` and create `path` with it; FileExistsError when the name is taken."""
    check_plan_text(path, text)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        create_atomic(path, text.encode("utf-8"))
    except FileExistsError:
        raise
    except OSError as error:
        raise WriteRefusedError(f"ivp: cannot write {path}: {error.strerror}") from None


def _replace(path: Path, text: str) -> None:
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as error:
        message = f"ivp: {path}: writing failed; the file was left as it was: {error.strerror}"
        raise WriteRefusedError(message) from None
