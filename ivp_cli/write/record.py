"""`ivp record` and `ivp import-csv`: manual measurements through the same format-preserving write."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ivp_cli.load import LoadedPlan, load_plan
from ivp_cli.plan.model import Indicator
from ivp_cli.plan.periods import Period, parse_period
from ivp_cli.write.changes import IndicatorChange
from ivp_cli.write.entries import ManualEntry, ManualError, entry_value
from ivp_cli.write.plan_file import PlannedWrite, write_plans


def record(entries: Sequence[ManualEntry], today: dt.date, dry_run: bool) -> list[str]:
    """Add every entry, or none: all problems are collected first and raised together.

    Entries are grouped by the file they name, so one plan named by two paths is one write.
    """
    problems: list[str] = []
    writes: list[PlannedWrite] = []
    for path, mine in _by_file(entries).items():
        loaded = _load(path, mine, problems)
        if loaded is None:
            continue
        try:
            changes = plan_changes(loaded, mine, today)
        except ManualError as error:
            problems.extend(error.lines)
            continue
        writes.append(PlannedWrite(path, loaded, changes, _replan(mine, today)))
    if problems:
        raise ManualError(*problems)
    return write_plans(writes, dry_run)


def _by_file(entries: Sequence[ManualEntry]) -> dict[Path, list[ManualEntry]]:
    """Entries per plan file, keyed by the first spelling of its path (`a.yaml`, `./a.yaml`: one)."""
    identities: dict[Path, Path] = {}  # a CSV names a few files in many rows: resolve each once
    spelled: dict[Path, Path] = {}
    grouped: dict[Path, list[ManualEntry]] = {}
    for entry in entries:
        if entry.plan not in identities:
            identities[entry.plan] = _identity(entry.plan)
        path = spelled.setdefault(identities[entry.plan], entry.plan)
        grouped.setdefault(path, []).append(entry)
    return grouped


def _identity(path: Path) -> Path:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return path.absolute()


def _load(path: Path, entries: list[ManualEntry], problems: list[str]) -> LoadedPlan | None:
    if not path.is_file():
        problems.extend(f"{entry.where}: no plan file {path}" for entry in entries)
        return None
    loaded, diagnostics = load_plan(path)
    if loaded is None or any(d.severity == "error" for d in diagnostics):
        problems.extend(d.text() for d in diagnostics if d.severity == "error")
        return None
    return loaded


def _replan(entries: list[ManualEntry], today: dt.date) -> Any:
    def replan(loaded: LoadedPlan) -> list[IndicatorChange]:
        return plan_changes(loaded, entries, today)

    return replan


def plan_changes(loaded: LoadedPlan, entries: Sequence[ManualEntry], today: dt.date) -> list[IndicatorChange]:
    """The changes that add `entries` to this text of the plan; ManualError with every problem."""
    problems: list[str] = []
    changes: dict[tuple[int, int], IndicatorChange] = {}
    taken: dict[tuple[int, int], set[Period]] = {}
    for entry in entries:
        try:
            place, item = _entry_item(loaded, entry, today, taken)
        except ManualError as error:
            problems.extend(error.lines)
            continue
        changes.setdefault(place, IndicatorChange(*place)).items.append(item)
    if problems:
        raise ManualError(*problems)
    return list(changes.values())


def _entry_item(
    loaded: LoadedPlan, entry: ManualEntry, today: dt.date, taken: dict[tuple[int, int], set[Period]]
) -> tuple[tuple[int, int], dict[str, Any]]:
    place, indicator = _find(loaded, entry)
    try:
        period = parse_period(entry.period)
    except ValueError as error:
        raise ManualError(f"{entry.where}: {error}") from error
    # A set per indicator: a CSV of 200 000 rows checks each period once, not against every row.
    periods = taken.setdefault(place, {m.parsed_period for m in indicator.measurements})
    if period in periods:
        raise ManualError(f"{entry.where}: {entry.indicator} already has a measurement for {entry.period}")
    value = entry_value(indicator, entry)
    periods.add(period)
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
