"""`ivp record` for accountability: an action's status, the college's explanation of a period.

Both go through the one write path (edit the text, validate in full, replace atomically) and are
appended, never overwritten: a plan file keeps the history that `ivp diff` and the report read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from ivp_cli.load import LoadedPlan, load_plan
from ivp_cli.plan.model import Action, ActionState, Explanation, Plan
from ivp_cli.plan.periods import parse_period
from ivp_cli.write.changes import ListAppend
from ivp_cli.write.entries import ManualError
from ivp_cli.write.plan_file import PlannedWrite, write_plans

ACTION_STATES: tuple[str, ...] = get_args(ActionState)
Subject = Literal["indicator", "theme"]
Place = tuple[str | int, ...]


@dataclass(frozen=True)
class ActionEntry:
    plan: Path
    action: str  # its id, THEME-ID/N (the Nth action of a theme) or plan/N (of the whole plan)
    status: str
    date: dt.date
    note: str | None = None


@dataclass(frozen=True)
class ExplanationEntry:
    plan: Path
    subject: Subject
    id: str
    period: str
    date: dt.date
    text: str
    correction: str | None = None


def record_action(entry: ActionEntry, dry_run: bool) -> list[str]:
    return _write(_load(entry.plan), lambda loaded: _action_change(loaded, entry), dry_run)


def record_explanation(entry: ExplanationEntry, dry_run: bool) -> list[str]:
    return _write(_load(entry.plan), lambda loaded: _explanation_change(loaded, entry), dry_run)


def _action_change(loaded: LoadedPlan, entry: ActionEntry) -> ListAppend:
    if entry.status not in ACTION_STATES:
        raise ManualError(f"'{entry.status}' is no action status; use one of {', '.join(ACTION_STATES)}")
    place, action = find_action(loaded.plan, entry.action)
    if any(item.date == entry.date for item in action.progress):
        raise ManualError(f"the action {entry.action} already has a status on {entry.date.isoformat()}")
    item: dict[str, Any] = {"date": entry.date.isoformat(), "status": entry.status}
    if entry.note:
        item["note"] = entry.note
    return ListAppend(place, "progress", [item])


def _explanation_change(loaded: LoadedPlan, entry: ExplanationEntry) -> ListAppend:
    try:
        period = parse_period(entry.period)
    except ValueError as error:
        raise ManualError(f"command line: {error}") from error
    place, existing = _subject(loaded.plan, entry.subject, entry.id)
    if any(item.parsed_period == period and item.date == entry.date for item in existing):
        raise ManualError(
            f"the {entry.subject} {entry.id} already has an explanation of {entry.period} "
            f"dated {entry.date.isoformat()}"
        )
    item: dict[str, Any] = {"period": entry.period, "date": entry.date.isoformat(), "text": entry.text}
    if entry.correction:
        item["correction"] = entry.correction
    return ListAppend(place, "explanations", [item])


def find_action(plan: Plan, reference: str) -> tuple[Place, Action]:
    """The action named by its id, `THEME-ID/N` or `plan/N` (N counts from 1)."""
    places = _actions(plan)
    by_id = [(place, action) for place, action in places if action.id == reference]
    if by_id:
        return by_id[0]
    owner, _, number = reference.rpartition("/")
    if owner and number.isdigit():
        if owner == "plan" and any(theme.id == "plan" for theme in plan.themes):
            raise ManualError(f"'{reference}' is ambiguous: a theme is called 'plan'; give the action an id")
        listed = plan.actions if owner == "plan" else _theme_actions(plan, owner)
        if listed is not None and 1 <= int(number) <= len(listed):
            return _place_of(plan, owner, int(number) - 1), listed[int(number) - 1]
    raise ManualError(
        f"no action '{reference}' in the plan; name it by its id, THEME-ID/N or plan/N (N from 1)"
    )


def _actions(plan: Plan) -> list[tuple[Place, Action]]:
    found: list[tuple[Place, Action]] = [
        (("themes", t, "actions", a), action)
        for t, theme in enumerate(plan.themes)
        for a, action in enumerate(theme.actions)
    ]
    return found + [(("actions", a), action) for a, action in enumerate(plan.actions)]


def _theme_actions(plan: Plan, theme_id: str) -> list[Action] | None:
    return next((list(theme.actions) for theme in plan.themes if theme.id == theme_id), None)


def _place_of(plan: Plan, owner: str, index: int) -> Place:
    if owner == "plan":
        return ("actions", index)
    theme_index = next(t for t, theme in enumerate(plan.themes) if theme.id == owner)
    return ("themes", theme_index, "actions", index)


def _subject(plan: Plan, subject: Subject, subject_id: str) -> tuple[Place, Sequence[Explanation]]:
    for t, theme in enumerate(plan.themes):
        if subject == "theme" and theme.id == subject_id:
            return ("themes", t), theme.explanations
        for i, indicator in enumerate(theme.indicators):
            if subject == "indicator" and indicator.id == subject_id:
                return ("themes", t, "indicators", i), indicator.explanations
    raise ManualError(f"the plan has no {subject} '{subject_id}'")


def _load(path: Path) -> LoadedPlan:
    if not path.is_file():
        raise ManualError(f"command line: no plan file {path}")
    loaded, diagnostics = load_plan(path)
    if loaded is None:
        raise ManualError(*(d.text() for d in diagnostics))
    return loaded


def _write(loaded: LoadedPlan, change_of: Callable[[LoadedPlan], ListAppend], dry_run: bool) -> list[str]:
    """Planned on the plan as read; planned again on the current text if it changed meanwhile."""
    planned = PlannedWrite(loaded.path, loaded, [change_of(loaded)], lambda current: [change_of(current)])
    return write_plans([planned], dry_run)
