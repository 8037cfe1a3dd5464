"""Where a plan stands: indicator + its measurements + an as-of date -> Assessment. Pure, no I/O.

Each target type has its method (formula and source in the method's docstring):

    absolute, relative_to_baseline     projection     ivp_cli.progress.methods.projection (UN 2023)
    at_most_/at_least_/equal_to_baseline, level_of_year
                                       baseline_band  ivp_cli.progress.methods.band (Poisson / margin)
    direction                          direction      ivp_cli.progress.methods.direction (Eurostat)
    reference                          reference      ivp_cli.progress.methods.reference
    milestone                          milestone      ivp_cli.progress.methods.milestone
    qualitative, monitor               qualitative (not assessable), monitor (monitor only)
    a numeric target on a `state` unit none           (not assessable)

Target years. Each target is judged on its own year T (the last plan year when it names none):
- only values known on the as-of date and no later than the end of T count for it;
- when T itself has been measured the verdict is final: achieved or not_achieved;
- when T has passed without a measurement of T: insufficient_data, saying so with the latest known
  value (flag `target_year_not_measured`), unless the documents state the result in words
  (a `judgement` of year T with a verdict: method `judgement`);
- before T: the method's projection, band or trend.
Several targets on one indicator (yearly targets 2019 ... 2023, an interim target): each is
assessed and kept in `Assessment.parts`. The headline is the target of the earliest year that is
not yet due (due: measured, or its year has passed), or of the last year when all are due; among
that year's targets the worst judged status decides (order below, worst last), then
insufficient_data, not_assessable, monitor_only. Data whose latest value is more than two years
older than the as-of year is flagged `stale_data`, and the sentence says so.

Figures (stable keys; absent when the method did not get that far):
    all          baseline_value, baseline_period, latest_value, latest_period, target_year
    projection   target_value, start_value, start_year, latest_year, target_time, annual_rate,
                 projected_value, progress_ratio, progress_made, threshold_on_track,
                 threshold_deteriorating, projection (geometric|linear), trajectory_value,
                 schedule (ahead|on|behind)
    baseline_band interval_lower, interval_upper, interval_method (poisson_garwood|published_margin|
                 stated_tolerance), confidence_level, band_position (below|within|above), level_period
    direction    start_value, start_period, annual_rate, adjusted_rate, rate_method,
                 threshold_on_track, threshold_moderate
    reference    compared_value, compared_period, reference_value, reference_name, reference_period,
                 reference_region (NL01 for a fetched national comparison), difference
    milestone    state, state_index, state_count, target_state_index, start_state_index (1-based)

Flags (why a number was not compared, or how it was computed): period_mismatch, baseline_unknown,
baseline_after_as_of, baseline_without_period, baseline_only, no_baseline, estimate_set_aside,
first_measurement_as_baseline, non_numeric_value, target_equals_baseline, keep_within_bound,
within_noise, linear_projection, projection_overflow, baseline_not_numeric, baseline_not_a_count,
no_margin, no_level, linear_rate, rate_from_zero, within_margin, no_state, unknown_state,
target_state_unknown, unit_mismatch, target_year_not_measured, stale_data.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from ivp_cli.plan.model import (
    AbsoluteTarget,
    DirectionTarget,
    Indicator,
    Judgement,
    MilestoneTarget,
    MonitorOnly,
    Plan,
    PlanPeriod,
    QualitativeTarget,
    ReferenceTarget,
    RelativeTarget,
    Target,
    Tolerance,
)
from ivp_cli.progress.assessment import Assessment
from ivp_cli.progress.methods.band import assess_band
from ivp_cli.progress.methods.base import Context
from ivp_cli.progress.methods.direction import assess_direction
from ivp_cli.progress.methods.milestone import assess_milestone
from ivp_cli.progress.methods.projection import assess_numeric
from ivp_cli.progress.methods.reference import assess_reference
from ivp_cli.progress.methods.unassessable import (
    assess_judgement,
    assess_monitor,
    assess_qualitative,
    assess_unfit,
    year_not_measured,
)
from ivp_cli.progress.series import Series, select_series
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS
from ivp_cli.words.status import STATUS_ORDER, Status

__all__ = ["STATUS_ORDER", "assess", "assess_plan", "combine", "fails", "rank"]

STALE_AFTER_YEARS = 2


def assess(indicator: Indicator, *, theme_id: str, plan_period: PlanPeriod, as_of: date) -> Assessment:
    full = select_series(indicator, as_of)
    parts = [
        _assess_target(Context(indicator, theme_id, target, target.year or plan_period.end, as_of, full))
        for target in indicator.targets
    ]
    return _flag_stale(combine(parts, as_of), full, as_of)


def assess_plan(plan: Plan, *, as_of: date) -> list[Assessment]:
    period = plan.plan.period
    return [
        assess(indicator, theme_id=theme.id, plan_period=period, as_of=as_of)
        for theme, indicator in plan.indicators()
    ]


def _year_end(year: int) -> date:
    return date(year, 12, 31)


def _assess_target(ctx: Context) -> Assessment:
    """`ctx.series` is the full series on the as-of date; it is cut at the end of the target year."""
    full, year = ctx.series, ctx.target_year
    series = select_series(ctx.indicator, _year_end(year)) if ctx.as_of > _year_end(year) else full
    ctx = dataclasses.replace(ctx, series=series, final=_measured(ctx.target, series, year))
    ctx = dataclasses.replace(ctx, judgement=_judgement(ctx.indicator.judgements, year, ctx.as_of))
    if isinstance(ctx.target, MonitorOnly):
        return assess_monitor(ctx)
    if not ctx.final and ctx.judgement is not None and ctx.judgement.verdict is not None:
        return assess_judgement(ctx)
    if isinstance(ctx.target, QualitativeTarget):
        return assess_qualitative(ctx)
    if not ctx.final and ctx.as_of > _year_end(year):
        return year_not_measured(ctx, full)
    return _dispatch(ctx)


def _measured(target: Target, series: Series, year: int) -> bool:
    if isinstance(target, MilestoneTarget):
        return any(m.parsed_period.end.year == year for m in series.known)
    return series.in_year(year) is not None


def _judgement(judgements: list[Judgement], year: int, as_of: date) -> Judgement | None:
    found = [j for j in judgements if j.parsed_period.end.year == year and j.parsed_period.end <= as_of]
    return found[-1] if found else None


def _dispatch(ctx: Context) -> Assessment:
    target: Target = ctx.target
    if isinstance(target, MilestoneTarget):
        return assess_milestone(ctx)
    if ctx.indicator.unit == "state":
        return assess_unfit(ctx)
    if isinstance(target, AbsoluteTarget | RelativeTarget):
        return assess_numeric(ctx)
    if isinstance(target, Tolerance):
        return assess_band(ctx)
    if isinstance(target, DirectionTarget):
        return assess_direction(ctx)
    assert isinstance(target, ReferenceTarget)
    return assess_reference(ctx)


def rank(status: Status) -> int | None:
    """Position in STATUS_ORDER (worst highest); None for the statuses that are no judgement."""
    return STATUS_ORDER.index(status) if status in STATUS_ORDER else None


_UNJUDGED = (Status.MONITOR_ONLY, Status.NOT_ASSESSABLE, Status.INSUFFICIENT_DATA)


def _severity(assessment: Assessment) -> int:
    position = rank(assessment.status)
    if position is not None:
        return position + len(_UNJUDGED)
    return _UNJUDGED.index(assessment.status)


def _due(part: Assessment, as_of: date) -> bool:
    return part.final or part.target_year is None or as_of > _year_end(part.target_year)


def combine(parts: list[Assessment], as_of: date) -> Assessment:
    if len(parts) == 1:
        return parts[0]
    years = sorted({part.target_year for part in parts if part.target_year is not None})
    pending = [year for year in years if any(not _due(p, as_of) for p in parts if p.target_year == year)]
    headline = pending[0] if pending else (years[-1] if years else None)
    candidates = [part for part in parts if part.target_year == headline] or parts
    deciding = max(candidates, key=_severity)
    return dataclasses.replace(
        deciding,
        explanation={lang: " ".join(part.explanation[lang] for part in parts) for lang in LANGS},
        flags=tuple(dict.fromkeys(flag for part in parts for flag in part.flags)),
        parts=tuple(parts),
    )


def _flag_stale(assessment: Assessment, full: Series, as_of: date) -> Assessment:
    latest = full.latest_known
    if latest is None or as_of.year - latest.parsed_period.end.year <= STALE_AFTER_YEARS:
        return assessment
    shown = latest.parsed_period.end.year
    explanation: dict[str, str] = {
        lang: f"{assessment.explanation[lang]} {text.stale(shown, lang)}" for lang in LANGS
    }
    flags = (*assessment.flags, "stale_data")
    return dataclasses.replace(assessment, explanation=explanation, flags=flags)


def fails(assessments: Iterable[Assessment], threshold: Status) -> bool:
    """True when any status is at or past `threshold` in STATUS_ORDER (the --fail-on rule)."""
    limit = rank(threshold)
    if limit is None:
        raise ValueError(f"{threshold} is outside the status order")
    return any((position := rank(a.status)) is not None and position >= limit for a in assessments)
