"""Plans -> fetch targets -> batches: one batch per (source, table, measure, dimensions).

A batch serves every municipality, key and year of a table at once, so 342 plans cost about as
many requests as one (a few more when a query has to be split). Plans of different periods share a
batch: it asks for the years any of them needs, and each target takes its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ivp_cli.load import LoadedPlan
from ivp_cli.plan.model import FetchSpec, Indicator, Plan


@dataclass(frozen=True, eq=False)  # identity: a spec holds a dict, and each target is unique
class Target:
    """One indicator of one plan that has a fetch spec."""

    plan_index: int
    theme_index: int
    indicator_index: int
    indicator_id: str
    # Left out of repr: asyncio.run formats its finished main task, result included, when it puts
    # the SIGINT handler back (Python 3.11), and 481 pydantic specs took tens of ms to format.
    spec: FetchSpec = field(repr=False)
    region: str
    years: tuple[int, ...]


@dataclass(frozen=True)
class BatchKey:
    source: str
    table: str
    measure: str
    dimensions: tuple[str, ...]
    single: tuple[int, int, int] | None = None  # set when batching is off: one batch per indicator


@dataclass
class Batch:
    key: BatchKey
    targets: list[Target] = field(default_factory=list)

    @property
    def years(self) -> tuple[int, ...]:
        """Every year a target of the batch asks for."""
        return tuple(sorted({year for target in self.targets for year in target.years}))


def targets_of(plans: Sequence[LoadedPlan]) -> list[Target]:
    found: list[Target] = []
    for plan_index, loaded in enumerate(plans):
        for theme_index, theme in enumerate(loaded.plan.themes):
            for indicator_index, indicator in enumerate(theme.indicators):
                if indicator.fetch is not None:
                    place = (plan_index, theme_index, indicator_index)
                    found.append(_target(place, loaded.plan, indicator, indicator.fetch))
    return found


def _target(place: tuple[int, int, int], plan: Plan, indicator: Indicator, spec: FetchSpec) -> Target:
    return Target(
        *place, indicator.id, spec, spec.region or plan.municipality.cbs_code, years_of(plan, indicator)
    )


def years_of(plan: Plan, indicator: Indicator) -> tuple[int, ...]:
    """Every year from the baseline or the first measured year (to catch revisions) to the plan's end."""
    first = plan.plan.period.start
    for observation in [indicator.baseline, *indicator.measurements]:
        span = None if observation is None else observation.parsed_period
        if span is not None:
            first = min(first, span.start.year)
    return tuple(range(first, plan.plan.period.end + 1))


def batches(targets: Sequence[Target], batched: bool = True) -> list[Batch]:
    grouped: dict[BatchKey, Batch] = {}
    for target in targets:
        spec = target.spec
        single = None if batched else (target.plan_index, target.theme_index, target.indicator_index)
        key = BatchKey(spec.source, spec.table, spec.measure, tuple(sorted(spec.keys)), single)
        grouped.setdefault(key, Batch(key)).targets.append(target)
    return list(grouped.values())
