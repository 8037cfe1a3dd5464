"""Where a plan stands: indicator + its measurements + an as-of date -> Assessment. Pure, no I/O.

Each target type has its method (formula and source in the method's docstring):

    absolute, relative_to_baseline     projection     ivp_cli.progress.methods.projection (UN 2023)
    at_most_/equal_to_baseline         baseline_band  ivp_cli.progress.methods.band (Poisson / margin)
    direction                          direction      ivp_cli.progress.methods.direction (Eurostat)
    reference                          reference      ivp_cli.progress.methods.reference
    milestone                          milestone      ivp_cli.progress.methods.milestone
    qualitative, monitor               qualitative, monitor (not assessable)
    a numeric target on a `state` unit none           (not assessable)

Which values count on the as-of date: `ivp_cli.progress.series`. A target without a year runs to
the last plan year. Several targets on one indicator: each is assessed; the indicator takes the
worst assessable status (order below, worst last) from the part that decides it, and all parts are
kept in `Assessment.parts`. When no part is assessable the status is insufficient_data if any part
lacks data, else not_assessable.

Figures (stable keys; absent when the method did not get that far):
    all          baseline_value, baseline_period, latest_value, latest_period, target_year
    projection   target_value, start_value, start_year, latest_year, target_time, annual_rate,
                 projected_value, progress_ratio, threshold_on_track, threshold_deteriorating,
                 projection (geometric|linear), trajectory_value, schedule (ahead|on|behind)
    baseline_band interval_lower, interval_upper, interval_method (poisson_garwood|published_margin),
                 confidence_level, band_position (below|within|above)
    direction    start_value, start_period, annual_rate, adjusted_rate, rate_method,
                 threshold_on_track, threshold_moderate
    reference    compared_value, compared_period, reference_value, reference_name, difference
    milestone    state, state_index, state_count, target_state_index, start_state_index (1-based)

Flags (why a number was not compared, or how it was computed): period_mismatch, baseline_unknown,
baseline_after_as_of, baseline_only, no_baseline, first_measurement_as_baseline, non_numeric_value,
target_year_reached, target_equals_baseline, linear_projection, projection_overflow,
baseline_not_numeric, baseline_not_a_count, no_margin, linear_rate, rate_from_zero, within_margin,
no_state, unknown_state, target_state_unknown, unit_mismatch.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from ivp_cli.plan.model import (
    AbsoluteTarget,
    AtMostBaseline,
    DirectionTarget,
    EqualToBaseline,
    Indicator,
    MilestoneTarget,
    MonitorOnly,
    Plan,
    PlanPeriod,
    QualitativeTarget,
    ReferenceTarget,
    RelativeTarget,
    Target,
)
from ivp_cli.progress.assessment import Assessment
from ivp_cli.progress.methods.band import assess_band
from ivp_cli.progress.methods.base import Context
from ivp_cli.progress.methods.direction import assess_direction
from ivp_cli.progress.methods.milestone import assess_milestone
from ivp_cli.progress.methods.projection import assess_numeric
from ivp_cli.progress.methods.reference import assess_reference
from ivp_cli.progress.methods.unassessable import assess_monitor, assess_qualitative, assess_unfit
from ivp_cli.progress.series import select_series
from ivp_cli.words.status import Status

STATUS_ORDER = (Status.ACHIEVED, Status.ON_TRACK, Status.BEHIND_SCHEDULE, Status.DETERIORATING)


def assess(indicator: Indicator, *, theme_id: str, plan_period: PlanPeriod, as_of: date) -> Assessment:
    series = select_series(indicator, as_of)
    parts = [
        _assess_target(Context(indicator, theme_id, target, target.year or plan_period.end, as_of, series))
        for target in indicator.targets
    ]
    return combine(parts)


def assess_plan(plan: Plan, *, as_of: date) -> list[Assessment]:
    period = plan.plan.period
    return [
        assess(indicator, theme_id=theme.id, plan_period=period, as_of=as_of)
        for theme, indicator in plan.indicators()
    ]


def _assess_target(ctx: Context) -> Assessment:
    target: Target = ctx.target
    if isinstance(target, QualitativeTarget):
        return assess_qualitative(ctx)
    if isinstance(target, MonitorOnly):
        return assess_monitor(ctx)
    if isinstance(target, MilestoneTarget):
        return assess_milestone(ctx)
    if ctx.indicator.unit == "state":
        return assess_unfit(ctx)
    if isinstance(target, AbsoluteTarget | RelativeTarget):
        return assess_numeric(ctx)
    if isinstance(target, AtMostBaseline | EqualToBaseline):
        return assess_band(ctx)
    if isinstance(target, DirectionTarget):
        return assess_direction(ctx)
    assert isinstance(target, ReferenceTarget)
    return assess_reference(ctx)


def rank(status: Status) -> int | None:
    """Position in STATUS_ORDER (worst highest); None for insufficient data and not assessable."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else None


def combine(parts: list[Assessment]) -> Assessment:
    if len(parts) == 1:
        return parts[0]
    deciding = max(parts, key=_severity)
    return dataclasses.replace(
        deciding,
        explanation={lang: " ".join(part.explanation[lang] for part in parts) for lang in ("nl", "en")},
        flags=tuple(dict.fromkeys(flag for part in parts for flag in part.flags)),
        parts=tuple(parts),
    )


def _severity(assessment: Assessment) -> int:
    position = rank(assessment.status)
    if position is not None:
        return position + 2
    return 1 if assessment.status is Status.INSUFFICIENT_DATA else 0


def fails(assessments: Iterable[Assessment], threshold: Status) -> bool:
    """True when any status is at or past `threshold` in STATUS_ORDER (the --fail-on rule)."""
    limit = rank(threshold)
    if limit is None:
        raise ValueError(f"{threshold} is outside the status order")
    return any((position := rank(a.status)) is not None and position >= limit for a in assessments)
