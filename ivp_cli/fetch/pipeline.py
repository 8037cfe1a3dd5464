"""`ivp fetch` core: plans -> batches -> values -> edits, written only where every source succeeded."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ivp_cli.errors import WriteRefusedError
from ivp_cli.fetch.apply import compare, mark_test_data
from ivp_cli.fetch.batches import Target, batches, targets_of
from ivp_cli.fetch.comparisons import Comparison
from ivp_cli.fetch.run import BatchOutcome, Progress, RunSettings, run_batches
from ivp_cli.fetch.sources.odata import ClientStats
from ivp_cli.fetch.value_checks import fetched_problems
from ivp_cli.fetch.values import Fetched, Resolved
from ivp_cli.load import LoadedPlan
from ivp_cli.plan.model import Indicator, Plan
from ivp_cli.write.changes import IndicatorChange
from ivp_cli.write.plan_file import PlannedWrite, write_plans


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
    applied: dict[int, list[_Applied]] = {}
    failed_sources: dict[int, set[str]] = {}
    for outcome in outcomes:
        _collect(plans, outcome, moment, result, applied, failed_sources)
    if settings.test_data is not None:
        for entry in (entry for entries in applied.values() for entry in entries):
            mark_test_data(entry.change, settings.test_data)
    writes: list[PlannedWrite] = []
    for plan_index, loaded in enumerate(plans):
        mine = applied.get(plan_index, [])
        if plan_index in failed_sources:
            result.kept[loaded.path] = sorted(failed_sources[plan_index])
        elif any(item.change.state != "unchanged" for item in mine):
            changes = [item.change for item in mine]
            writes.append(
                PlannedWrite(
                    loaded.path, loaded, changes, _replanner(loaded, mine, moment, result, settings.test_data)
                )
            )
    result.diffs = write_plans(writes, dry_run)
    result.written = [] if dry_run else [write.path for write in writes]
    return result


@dataclass
class _Applied:
    """What a source said for one indicator, the change it makes, and its line in the result."""

    target: Target
    item: Resolved
    fetched: list[Fetched]
    measure: str
    comparisons: list[Comparison]
    change: IndicatorChange
    result_index: int


def _replanner(
    read: LoadedPlan,
    applied: list[_Applied],
    now: dt.datetime,
    result: FetchResult,
    test_data: str | None,
) -> Callable[[LoadedPlan], list[IndicatorChange]]:
    """The changes again, on the plan as it is now: found by indicator id, not by position.

    Someone edited the file while ivp fetched (an indicator inserted above, a theme moved): the
    positions of the first read no longer hold. A fetch spec that changed meanwhile asked for other
    figures than the ones fetched, so that refuses the write.
    """

    def replan(current: LoadedPlan) -> list[IndicatorChange]:
        places = _places(current.plan)
        changes: list[IndicatorChange] = []
        for entry in applied:
            found = places.get(entry.target.indicator_id)
            what = _changed_meanwhile(found, entry)
            if found is None or what is not None:
                raise WriteRefusedError(
                    f"ivp: {read.path}: the file changed while ivp fetched, and the indicator "
                    f"'{entry.target.indicator_id}' {what or 'is gone'} now; nothing was written: "
                    "run ivp fetch again"
                )
            (theme_index, indicator_index), indicator = found
            target = replace(entry.target, theme_index=theme_index, indicator_index=indicator_index)
            item = replace(entry.item, target=target)
            change = compare(indicator, item, entry.fetched, entry.measure, now, entry.comparisons)
            if test_data is not None:
                mark_test_data(change, test_data)
            result.indicators[entry.result_index] = _indicator_result(read.path, target, change)
            changes.append(change)
        return changes

    return replan


def _changed_meanwhile(found: tuple[tuple[int, int], Indicator] | None, entry: _Applied) -> str | None:
    """What about the indicator changed since the first read that the fetched values cannot follow."""
    if found is None:
        return "is gone"
    if found[1].fetch != entry.target.spec:
        return "has another fetch spec"
    if fetched_problems(found[1].unit, entry.item, entry.fetched, entry.measure):
        return f"has the unit '{found[1].unit}', which the fetched values do not fit"
    return None


def _places(plan: Plan) -> dict[str, tuple[tuple[int, int], Indicator]]:
    return {
        indicator.id: ((t, i), indicator)
        for t, theme in enumerate(plan.themes)
        for i, indicator in enumerate(theme.indicators)
    }


def _indicator_result(path: Path, target: Target, change: IndicatorChange) -> IndicatorResult:
    details = tuple([f"revised {r}" for r in change.revisions] + change.notes)
    return IndicatorResult(
        path, target.indicator_id, target.spec.source, change.state, details, tuple(change.flags)
    )


def _collect(
    plans: Sequence[LoadedPlan],
    outcome: BatchOutcome,
    now: dt.datetime,
    result: FetchResult,
    applied: dict[int, list[_Applied]],
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
            comparisons = outcome.comparisons.get(target, [])
            change = compare(indicator, item, fetched, measure, now, comparisons)
            entry = _Applied(target, item, fetched, measure, comparisons, change, len(result.indicators))
            applied.setdefault(target.plan_index, []).append(entry)
            result.indicators.append(_indicator_result(path, target, change))
        else:
            empty = ("the table has no complete year in the plan's years",)
            result.indicators.append(IndicatorResult(path, target.indicator_id, source, "unchanged", empty))
