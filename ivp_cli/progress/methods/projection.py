"""Numeric targets (an absolute bound, or a % change from the baseline): the UN 2023 method.

The arithmetic and its source are in `projection_math`. The target value is the bound itself, or
baseline * (1 + change_percent / 100). Lower is better for an `at_most` bound; for a % change the
indicator's direction decides, else the sign of the change.
- the target year measured: achieved when that value meets the target, else not_achieved (final);
- before it, the latest value meeting the target: achieved;
- a target the start already meets ('hoogstens 3,0' from 2,6; '+5 %' on a fall wanted) asks to
  keep within it: achieved while within, deteriorating once beyond (flag `keep_within_bound`). The
  projection would reward moving away here, so it is used only when the target lies in the wanted
  direction from the start;
- otherwise a change within noise (`ivp_cli.progress.noise`) is no_progress (flag `within_noise`);
  else P >= 0.95 on track, 0.10 <= P < 0.95 behind schedule, 0 <= P < 0.10 no_progress (far too
  slow), P < 0 deteriorating (a real move the wrong way).
Without a later measurement only an absolute bound the baseline already meets counts as achieved
(`baseline_only`). An absolute target without a dated baseline starts from the first comparable
measurement (`first_measurement_as_baseline`). The share of the step made so far,
(v_t - v_b) / (target - v_b), is kept as `progress_made` and shown only between 0 and 100 %.
"""

from __future__ import annotations

import math

from ivp_cli.plan.model import AbsoluteTarget, RelativeTarget
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods import projection_math as pm
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.progress.methods.projection_sentences import (
    final_sentence,
    keep_within_sentence,
    met_sentence,
    progress_sentence,
)
from ivp_cli.progress.noise import within_noise
from ivp_cli.progress.series import numeric, year_of
from ivp_cli.words.lang import LANGS
from ivp_cli.words.status import Status
from ivp_cli.words.targets import target_kind

METHOD = "projection"


def lower_is_better(ctx: Context) -> bool:
    target = ctx.target
    if isinstance(target, AbsoluteTarget):
        return target.bound == "at_most"
    assert isinstance(target, RelativeTarget)
    if ctx.indicator.direction is not None:
        return ctx.indicator.direction == "decrease"
    return target.change_percent <= 0


def target_value(ctx: Context) -> float | None:
    target = ctx.target
    if isinstance(target, AbsoluteTarget):
        return float(target.value)
    assert isinstance(target, RelativeTarget)
    v_b = numeric(ctx.series.baseline)
    return None if v_b is None else v_b * (1 + target.change_percent / 100)


def meets(value: float, goal: float, lower: bool) -> bool:
    return value <= goal if lower else value >= goal


def assess_numeric(ctx: Context) -> Assessment:
    goal, lower = target_value(ctx), lower_is_better(ctx)
    if goal is None:
        kind = {lang: target_kind("relative_to_baseline", lang) for lang in LANGS}
        sentence = Sentence(
            f"De nulmeting is onbekend, dus het doel ({kind['nl']}) is niet uit te rekenen.",
            f"The baseline is unknown, so the target ({kind['en']}) cannot be computed.",
        )
        return ctx.result(Status.INSUFFICIENT_DATA, METHOD, sentence, flags=("no_baseline",))
    figures: dict[str, Figure] = {"target_value": goal}
    latest, v_t = ctx.series.latest, numeric(ctx.series.latest)
    if latest is None:
        return _baseline_only(ctx, goal, lower, figures)
    if v_t is None:
        return _not_numeric(ctx)
    if ctx.final:
        status = Status.ACHIEVED if meets(v_t, goal, lower) else Status.NOT_ACHIEVED
        return ctx.result(status, METHOD, final_sentence(ctx, latest, status), figures)
    if meets(v_t, goal, lower):
        return ctx.result(Status.ACHIEVED, METHOD, met_sentence(ctx, latest), figures)
    return _progress(ctx, goal, lower, v_t, figures)


def _baseline_only(ctx: Context, goal: float, lower: bool, figures: dict[str, Figure]) -> Assessment:
    baseline, v_b = ctx.series.baseline, numeric(ctx.series.baseline)
    absolute = isinstance(ctx.target, AbsoluteTarget)
    if baseline is not None and v_b is not None and absolute and meets(v_b, goal, lower):
        sentence = met_sentence(ctx, baseline)
        return ctx.result(Status.ACHIEVED, METHOD, sentence, figures, flags=("baseline_only",))
    return ctx.insufficient(METHOD, figures)


def _not_numeric(ctx: Context) -> Assessment:
    sentence = Sentence(
        "De gemeten waarde is geen getal, dus niet met het getalsdoel te vergelijken.",
        "The measured value is not a number, so it cannot be compared with the numeric target.",
    )
    return ctx.result(Status.NOT_ASSESSABLE, METHOD, sentence, flags=("non_numeric_value",))


def _progress(ctx: Context, goal: float, lower: bool, v_t: float, figures: dict[str, Figure]) -> Assessment:
    latest, start = ctx.series.latest, ctx.series.start
    assert latest is not None
    flags: list[str] = [] if start is ctx.series.baseline else ["first_measurement_as_baseline"]
    v_b = numeric(start)
    if start is None or v_b is None or year_of(latest) <= year_of(start):
        return ctx.insufficient(METHOD, figures)
    figures |= {"start_value": v_b}
    if meets(v_b, goal, lower):
        flags += ["keep_within_bound"] + (["target_equals_baseline"] if goal == v_b else [])
        sentence = keep_within_sentence(ctx, (start, latest))
        return ctx.result(Status.DETERIORATING, METHOD, sentence, figures, tuple(flags))
    b, t, goal_time = year_of(start), year_of(latest), ctx.target_year + 0.5
    end = max(goal_time, t)
    figures |= {"start_year": b, "latest_year": t, "target_time": goal_time}
    projection = pm.project(v_b, v_t, goal, b, t, end)
    noise = within_noise(ctx.indicator.unit, start, v_b, latest, v_t)
    status = Status.NO_PROGRESS if noise else _classify(projection.progress_ratio)
    expected = pm.trajectory_value(v_b, goal, b, goal_time, t)
    figures |= _projection_figures(projection, expected, v_t, lower)
    figures["progress_made"] = (v_t - v_b) / (goal - v_b)
    flags += [] if projection.geometric else ["linear_projection"]
    flags += ["within_noise"] if noise else []
    overflow = not (math.isfinite(projection.projected_value) and math.isfinite(projection.progress_ratio))
    flags += ["projection_overflow"] if overflow else []
    sentence = progress_sentence(ctx, (start, latest), status, figures, noise)
    return ctx.result(status, METHOD, sentence, figures, tuple(flags))


def _classify(ratio: float) -> Status:
    if ratio >= pm.ON_TRACK_FROM:
        return Status.ON_TRACK
    if ratio >= pm.DETERIORATING_BELOW:
        return Status.BEHIND_SCHEDULE
    return Status.NO_PROGRESS if ratio >= 0 else Status.DETERIORATING


def _projection_figures(
    projection: pm.Projection, expected: float | None, v_t: float, lower: bool
) -> dict[str, Figure]:
    return {
        "annual_rate": _finite(projection.annual_rate),
        "projected_value": _finite(projection.projected_value),
        "progress_ratio": _finite(projection.progress_ratio),
        "threshold_on_track": pm.ON_TRACK_FROM,
        "threshold_deteriorating": pm.DETERIORATING_BELOW,
        "projection": "geometric" if projection.geometric else "linear",
        "trajectory_value": expected,
        "schedule": None if expected is None else pm.schedule(v_t, expected, lower),
    }


def _finite(number: float | None) -> float | None:
    """Figures stay JSON-safe: an overflowed projection is recorded as a flag, not as inf."""
    return number if number is not None and math.isfinite(number) else None
