"""The one write path for plan files: edit the text, validate the result in full, replace atomically.

`record`, `import-csv`, `fetch` and `new` all end here. The edited text goes through the same
validation as `ivp validate` (schema and domain rules); a text with an error is refused with its
located diagnostics, and the file on disk stays byte-identical.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from yaml.nodes import Node

from ivp_cli.errors import WriteRefusedError
from ivp_cli.write.atomic import create_atomic, stale_temp_files, write_atomic
from ivp_cli.write.changes import IndicatorChange, ListAppend
from ivp_cli.write.comparisons import series_edits
from ivp_cli.write.lock import locked
from ivp_cli.write.measurements import add_items, measurement_edits
from ivp_cli.write.yamledit import Edit, apply_edits, compose, find, preferred_quote

if TYPE_CHECKING:
    from ivp_cli.load import LoadedPlan


PlanChange = IndicatorChange | ListAppend


def edited_text(raw: str, changes: Sequence[PlanChange]) -> str:
    root = compose(raw)
    quote = preferred_quote(root)
    edits: list[Edit] = []
    for change in changes:
        if isinstance(change, ListAppend):
            edits.append(_list_append(raw, root, change, quote))
            continue
        indicator = find(root, ["themes", change.theme_index, "indicators", change.indicator_index])
        if indicator is None:
            raise WriteRefusedError(
                f"indicator {change.indicator_index} of theme {change.theme_index} not found"
            )
        # Before the measurement edits: an insertion at the same place then lands after them.
        edits.extend(series_edits(raw, indicator, change.series, quote) if change.series else [])
        edits += measurement_edits(raw, indicator, change.updates, change.items, quote)
    return apply_edits(raw, edits)


def _list_append(raw: str, root: Node, change: ListAppend, quote: str) -> Edit:
    mapping = find(root, list(change.path))
    if mapping is None:
        raise WriteRefusedError(f"{'.'.join(map(str, change.path))} not found")
    return add_items(raw, mapping, change.key, change.items, change.followers, quote)


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


Replan = Callable[["LoadedPlan"], Sequence[PlanChange]]


@dataclass(frozen=True)
class PlannedWrite:
    """Changes planned on `read` (the plan as it was read), and how to plan them again.

    Under the lock the file is read again. When someone changed it meanwhile, `replan` is given the
    plan as it is now and returns the changes for that text (positions and all), or raises an
    IvpError that says why the change no longer fits.
    """

    path: Path
    read: LoadedPlan
    changes: Sequence[PlanChange]
    replan: Replan


def write_plans(writes: Sequence[PlannedWrite], dry_run: bool) -> list[str]:
    """Lock every file, re-read it, plan again where it changed, validate every edit, then write.

    All or nothing: one refused edit refuses the whole set before a byte is written. The files stay
    locked until every one is written, so no other ivp command reads a half-done set.
    """
    targets = [_target(write.path) for write in writes]
    _refuse_repeated_files(writes, targets)
    with ExitStack() as stack:
        if not dry_run:
            for target in sorted(set(targets)):
                stack.enter_context(locked(target))
        edits = [_current_edit(write, target) for write, target in zip(writes, targets, strict=True)]
        for edit in edits:
            check_plan_text(edit.path, edit.new)
        if not dry_run:
            changed = [(e, t) for e, t in zip(edits, targets, strict=True) if e.new != e.old]
            for _, target in changed:
                _refuse_read_only(target)
            for edit, target in changed:
                _replace(edit.path, target, edit.new)
    return [unified_diff(edit.path, edit.old, edit.new) for edit in edits]


def _target(path: Path) -> Path:
    """The file a write lands in: a symlink's target is written, the link stays a link."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "strerror", None) or "a symlink loop"
        raise WriteRefusedError(f"ivp: cannot write {path}: {reason}") from None


def _refuse_repeated_files(writes: Sequence[PlannedWrite], targets: Sequence[Path]) -> None:
    seen: dict[Path, Path] = {}
    for write, target in zip(writes, targets, strict=True):
        if target in seen:
            raise WriteRefusedError(
                f"ivp: {seen[target]} and {write.path} are the same file; name each plan once"
            )
        seen[target] = write.path


def _current_edit(write: PlannedWrite, target: Path) -> PlanEdit:
    """The edit on the file as it is now (re-planned when it changed since it was read)."""
    raw = _read_current(write.path, target)
    unchanged = raw.removeprefix("\ufeff") == write.read.text
    changes = write.changes if unchanged else _replanned(write, raw)
    return PlanEdit(write.path, raw, edited_text(raw, changes))


def _read_current(path: Path, target: Path) -> str:
    from ivp_cli.plan.bounds import OutOfBoundsError, read_plan_bytes

    try:
        # Not Path.read_text: universal newlines would turn CRLF into LF and the edit offsets with it.
        return read_plan_bytes(target).decode("utf-8")
    except (OSError, UnicodeDecodeError, OutOfBoundsError) as error:
        raise WriteRefusedError(f"ivp: {path}: cannot read the plan again: {error}") from None


def _replanned(write: PlannedWrite, raw: str) -> Sequence[PlanChange]:
    from ivp_cli.load import load_plan_text

    loaded, diagnostics = load_plan_text(write.path, raw)
    errors = [d for d in diagnostics if d.severity == "error"]
    if loaded is None or errors:
        raise WriteRefusedError(
            f"ivp: {write.path}: the file changed while ivp worked and is now invalid; nothing was written:",
            *(f"  {diagnostic.text()}" for diagnostic in errors or diagnostics),
        )
    return write.replan(loaded)


def _refuse_read_only(target: Path) -> None:
    mode = target.stat().st_mode
    # The mode bits too: root may write anything, but a 0444 plan says "do not change me".
    if not mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteRefusedError(
            f"ivp: {target} is read-only; nothing was written (make it writable to record into it)"
        )


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


def _replace(path: Path, target: Path, text: str) -> None:
    for stale in stale_temp_files(target):  # left by a killed write: we hold the lock, so none is live
        stale.unlink(missing_ok=True)
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as error:
        message = f"ivp: {path}: writing failed; the file was left as it was: {error.strerror}"
        raise WriteRefusedError(message) from None
