"""Semantic difference between two versions of a plan: what a reviewer needs to know.

Themes and indicators are matched by id; the same id with a new title or name is a rename.
Indicator details (targets, baselines, measurements) are compared in `diff_indicators`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from ivp_cli.diff.account import diff_explanations, diff_progress
from ivp_cli.diff.indicators import diff_indicators
from ivp_cli.diff.types import Change
from ivp_cli.plan.model import Plan, Theme

FileStatus = Literal["added", "removed", "changed", "unchanged"]


@dataclass(frozen=True)
class FileDiff:
    path: str
    status: FileStatus
    municipality: str
    changes: list[Change] = field(default_factory=list)
    size: tuple[int, int] = (0, 0)  # themes and indicators of a plan that was added or removed


# What `--fail-on` stops a pull request for. A dropped target asks less of its indicator too.
GATES: dict[str, frozenset[str] | None] = {
    "loosened": frozenset({"target_loosened", "target_removed"}),
    "any": None,
}


def gate_fails(files: list[FileDiff], gate: str) -> bool:
    kinds = GATES[gate]
    changed = [change for file in files for change in file.changes]
    if kinds is None:
        return bool(changed) or any(file.status in ("added", "removed") for file in files)
    return any(change.kind in kinds for change in changed)


def diff_files(path: str, old: Plan | None, new: Plan | None) -> FileDiff:
    if old is None and new is not None:
        return FileDiff(path, "added", new.municipality.name, size=_size(new))
    if new is None and old is not None:
        return FileDiff(path, "removed", old.municipality.name, size=_size(old))
    if old is None or new is None:
        raise ValueError("a file diff needs at least one version of the plan")
    changes = diff_plans(old, new)
    return FileDiff(path, "changed" if changes else "unchanged", new.municipality.name, changes)


def _size(plan: Plan) -> tuple[int, int]:
    return len(plan.themes), len(plan.indicators())


def diff_plans(old: Plan, new: Plan) -> list[Change]:
    plan_actions = diff_progress(old.actions, new.actions, {})
    return [*_plan_fields(old, new), *plan_actions, *_themes(old, new), *diff_indicators(old, new)]


def _plan_fields(old: Plan, new: Plan) -> list[Change]:
    pairs: dict[str, tuple[object, object]] = {
        "municipality.name": (old.municipality.name, new.municipality.name),
        "municipality.cbs_code": (old.municipality.cbs_code, new.municipality.cbs_code),
        "municipality.partners": (_partners(old), _partners(new)),
        "plan.title": (old.plan.title, new.plan.title),
        "plan.kind": (old.plan.kind, new.plan.kind),
        "plan.period": (_period(old), _period(new)),
        "plan.adoption.body": (old.plan.adoption.body, new.plan.adoption.body),
        "plan.adoption.status": (old.plan.adoption.status, new.plan.adoption.status),
        "plan.adoption.date": (_date(old), _date(new)),
        "plan.document": (old.plan.document.title, new.plan.document.title),
    }
    return [
        Change("field_changed", old=before, new=after, field=name)
        for name, (before, after) in pairs.items()
        if before != after
    ]


def _partners(plan: Plan) -> str:
    return ", ".join(partner.name for partner in plan.municipality.partners)


def _period(plan: Plan) -> str:
    return f"{plan.plan.period.start}-{plan.plan.period.end}"


def _date(plan: Plan) -> str | None:
    date = plan.plan.adoption.date
    return None if date is None else date.isoformat()


def _themes(old: Plan, new: Plan) -> list[Change]:
    old_themes = {theme.id: theme for theme in old.themes}
    new_themes = {theme.id: theme for theme in new.themes}
    changes: list[Change] = []
    for theme in new.themes:
        before = old_themes.get(theme.id)
        if before is None:
            changes.append(Change("theme_added", theme=theme.id, theme_title=theme.title, new=theme.title))
        else:
            changes.extend(_theme(before, theme))
    changes.extend(
        Change("theme_removed", theme=theme.id, theme_title=theme.title, old=theme.title)
        for theme in old.themes
        if theme.id not in new_themes
    )
    return changes


def _theme(old: Theme, new: Theme) -> list[Change]:
    where = {"theme": new.id, "theme_title": new.title}
    changes: list[Change] = []
    if old.title != new.title:
        changes.append(Change("theme_renamed", old=old.title, new=new.title, **where))
    if old.kind != new.kind:
        changes.append(Change("field_changed", old=old.kind, new=new.kind, field="theme.kind", **where))
    changes.extend(
        Change(kind, old=a, new=b, **where) for kind, a, b in _list_changes("goal", old.goals, new.goals)
    )
    old_actions = [action.text for action in old.actions]
    new_actions = [action.text for action in new.actions]
    changes.extend(
        Change(kind, old=a, new=b, **where)
        for kind, a, b in _list_changes("action", old_actions, new_actions)
    )
    changes += diff_progress(old.actions, new.actions, where)
    changes += diff_explanations(old.explanations, new.explanations, where)
    return changes


def _list_changes(noun: str, old: list[str], new: list[str]) -> list[tuple[str, str | None, str | None]]:
    """Added, removed and reworded items of a list of texts, reworded ones paired in order."""
    found: list[tuple[str, str | None, str | None]] = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = old[i1:i2], new[j1:j2]
        paired = min(len(removed), len(added))
        found.extend((f"{noun}_changed", a, b) for a, b in zip(removed, added, strict=False))
        found.extend((f"{noun}_removed", a, None) for a in removed[paired:])
        found.extend((f"{noun}_added", None, b) for b in added[paired:])
    return found
