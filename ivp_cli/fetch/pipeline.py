"""`ivp fetch` core: plans -> batches -> values -> edits, written only where every source succeeded."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ivp_cli.fetch.apply import compare, mark_test_data
from ivp_cli.fetch.batches import batches, targets_of
from ivp_cli.fetch.run import BatchOutcome, Progress, RunSettings, run_batches
from ivp_cli.fetch.sources.odata import ClientStats
from ivp_cli.fetch.value_checks import fetched_problems
from ivp_cli.load import LoadedPlan
from ivp_cli.write.changes import IndicatorChange
from ivp_cli.write.plan_file import PlanEdit, edited_text, read_raw, write_plans


@dataclass(frozen=True)
class IndicatorResult:
    path: Path
    indicator_id: str
    source: str
    state: str
    details: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass
class FetchResult:
    indicators: list[IndicatorResult] = field(default_factory=list)
    source_errors: dict[str, list[str]] = field(default_factory=dict)
    kept: dict[Path, list[str]] = field(default_factory=dict)  # files left alone, with the failed sources
    written: list[Path] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    stats: ClientStats = field(default_factory=ClientStats)

    @property
    def failed(self) -> bool:
        return bool(self.source_errors) or any(i.state == "failed" for i in self.indicators)


def run_fetch(
    plans: Sequence[LoadedPlan],
    settings: RunSettings,
    *,
    dry_run: bool = False,
    batched: bool = True,
    now: dt.datetime | None = None,
    progress: Progress = lambda done, total, what: None,
) -> FetchResult:
    result = FetchResult()
    planned = batches(targets_of(plans), batched)
    outcomes = asyncio.run(run_batches(planned, settings, progress, result.stats))
    moment = now or dt.datetime.now(dt.UTC)
    changes: dict[int, list[IndicatorChange]] = {}
    failed_sources: dict[int, set[str]] = {}
    for outcome in outcomes:
        _collect(plans, outcome, moment, result, changes, failed_sources)
    if settings.test_data is not None:
        for change in (change for plan_changes in changes.values() for change in plan_changes):
            mark_test_data(change, settings.test_data)
    edits: list[PlanEdit] = []
    for plan_index, loaded in enumerate(plans):
        if plan_index in failed_sources:
            result.kept[loaded.path] = sorted(failed_sources[plan_index])
        elif any(c.state != "unchanged" for c in changes.get(plan_index, [])):
            raw = read_raw(loaded.path)
            edits.append(PlanEdit(loaded.path, raw, edited_text(raw, changes[plan_index])))
    result.diffs = write_plans(edits, dry_run)
    result.written = [] if dry_run else [edit.path for edit in edits]
    return result


def _collect(
    plans: Sequence[LoadedPlan],
    outcome: BatchOutcome,
    now: dt.datetime,
    result: FetchResult,
    changes: dict[int, list[IndicatorChange]],
    failed_sources: dict[int, set[str]],
) -> None:
    source = outcome.batch.key.source
    if outcome.source_error is not None:
        result.source_errors.setdefault(source, []).append(outcome.source_error)
    for target in outcome.batch.targets:
        path = plans[target.plan_index].path
        if outcome.source_error is not None:
            failed_sources.setdefault(target.plan_index, set()).add(source)
            result.indicators.append(IndicatorResult(path, target.indicator_id, source, "failed"))
        elif target in outcome.failures:
            failure = (outcome.failures[target],)
            result.indicators.append(IndicatorResult(path, target.indicator_id, source, "failed", failure))
        elif target in outcome.values:
            plan = plans[target.plan_index].plan
            indicator = plan.themes[target.theme_index].indicators[target.indicator_index]
            item, fetched = outcome.values[target]
            measure = outcome.measure or target.spec.measure
            problems = tuple(fetched_problems(indicator.unit, item, fetched, measure))
            if problems:  # this indicator alone fails; the plan's other values are still written
                failed = IndicatorResult(path, target.indicator_id, source, "failed", problems)
                result.indicators.append(failed)
                continue
            change = compare(indicator, item, fetched, measure, now, outcome.comparisons.get(target, []))
            changes.setdefault(target.plan_index, []).append(change)
            details = tuple([f"revised {r}" for r in change.revisions] + change.notes)
            result.indicators.append(
                IndicatorResult(path, target.indicator_id, source, change.state, details, tuple(change.flags))
            )
        else:
            empty = ("the table has no complete year in the plan's years",)
            result.indicators.append(IndicatorResult(path, target.indicator_id, source, "unchanged", empty))
