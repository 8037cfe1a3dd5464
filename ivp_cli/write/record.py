"""`ivp record` and `ivp import-csv`: manual measurements through the same format-preserving write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ivp_cli.load import LoadedPlan, load_plan
from ivp_cli.plan.model import Indicator
from ivp_cli.plan.periods import parse_period
from ivp_cli.write.changes import IndicatorChange
from ivp_cli.write.entries import ManualEntry, ManualError, parse_number
from ivp_cli.write.plan_file import PlanEdit, edited_text, read_raw, write_plans


def record(entries: Sequence[ManualEntry], today: dt.date, dry_run: bool) -> list[str]:
    """Add every entry, or none: all problems are collected first and raised together."""
    problems: list[str] = []
    edits: list[PlanEdit] = []
    for path in dict.fromkeys(entry.plan for entry in entries):
        mine = [entry for entry in entries if entry.plan == path]
        changes = _plan_changes(path, mine, today, problems)
        if changes:
            raw = read_raw(path)
            edits.append(PlanEdit(path, raw, edited_text(raw, changes)))
    if problems:
        raise ManualError(*problems)
    return write_plans(edits, dry_run)


def _plan_changes(
    path: Path, entries: list[ManualEntry], today: dt.date, problems: list[str]
) -> list[IndicatorChange]:
    if not path.is_file():
        problems.extend(f"{entry.where}: no plan file {path}" for entry in entries)
        return []
    loaded, diagnostics = load_plan(path)
    if loaded is None:
        problems.extend(d.text() for d in diagnostics)
        return []
    changes: dict[tuple[int, int], IndicatorChange] = {}
    for entry in entries:
        try:
            place, item = _entry_item(loaded, entry, today, changes)
        except ManualError as error:
            problems.extend(error.lines)
            continue
        changes.setdefault(place, IndicatorChange(*place)).items.append(item)
    return list(changes.values())


def _entry_item(
    loaded: LoadedPlan, entry: ManualEntry, today: dt.date, changes: dict[tuple[int, int], IndicatorChange]
) -> tuple[tuple[int, int], dict[str, Any]]:
    place, indicator = _find(loaded, entry)
    try:
        period = parse_period(entry.period)
    except ValueError as error:
        raise ManualError(f"{entry.where}: {error}") from error
    pending = [item["period"] for item in changes[place].items] if place in changes else []
    taken = [m.period for m in indicator.measurements] + pending
    if any(parse_period(other) == period for other in taken):
        raise ManualError(f"{entry.where}: {entry.indicator} already has a measurement for {entry.period}")
    value: int | float | str = (
        entry.value if indicator.unit == "state" else parse_number(entry.value, entry.where)
    )
    return place, {"period": entry.period, "value": value, "provenance": _provenance(entry, today)}


def _find(loaded: LoadedPlan, entry: ManualEntry) -> tuple[tuple[int, int], Indicator]:
    for theme_index, theme in enumerate(loaded.plan.themes):
        for indicator_index, indicator in enumerate(theme.indicators):
            if indicator.id == entry.indicator:
                return (theme_index, indicator_index), indicator
    raise ManualError(f"{entry.where}: {loaded.path} has no indicator '{entry.indicator}'")


def _provenance(entry: ManualEntry, today: dt.date) -> dict[str, Any]:
    provenance: dict[str, Any] = {
        "source": "manual",
        "reference": entry.source,
        "entered_at": today.isoformat(),
    }
    if entry.entered_by:
        provenance["entered_by"] = entry.entered_by
    if entry.note:
        provenance["note"] = entry.note
    return provenance
