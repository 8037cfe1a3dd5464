"""'Gelijk of lager', 'gelijk of hoger', 'gelijk', 'niveau van 2017': the latest value against the
noise band around a level (the baseline, or the value of a named year).

A ratio method divides by zero here (the target is the level itself), and a registered count moves
by chance: 4 -> 6 drugshandel registrations is no trend. So the band is
- a tolerance the target states (`tolerance` in the unit, or `tolerance_percent` of the level);
- else for a count (unit `count`, a whole level k >= 0): the exact Poisson 95 % interval of k
  (Garwood 1936, see `ivp_cli.progress.poisson`); k = 4 gives 1.09 to 10.24, whole counts 2 to 10.
  A yearly average over n years is a total of n * k counts: the interval of that total, divided
  by n;
- else the published 95 % margin of the level (`margin`), as survey figures such as the
  Veiligheidsmonitor give; without one the indicator is not assessable, because a change cannot be
  told apart from noise.
at most: achieved while latest <= upper bound, deteriorating above it. at least: the mirror.
equal: achieved within [lower, upper]; outside it the indicator's direction decides which side is
fine; without one, above is deteriorating and below not assessable (the plan does not say whether
lower is better).
When the target year has been measured, deteriorating becomes not_achieved (final).
A level alone is never achieved: the promise is about later years (insufficient data).
"""

from __future__ import annotations

from typing import Literal

from ivp_cli.plan.model import (
    AtLeastBaseline,
    AtMostBaseline,
    LevelOfYear,
    Observation,
    Tolerance,
)
from ivp_cli.plan.periods import parse_period
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods.band_sentences import band_sentence, no_band_sentence
from ivp_cli.progress.methods.base import Context
from ivp_cli.progress.noise import CONFIDENCE, poisson_band, whole_count
from ivp_cli.progress.series import numeric, year_of
from ivp_cli.words.status import Status

METHOD = "baseline_band"
Comparison = Literal["at_most", "at_least", "equal"]


def comparison(target: Tolerance) -> Comparison:
    if isinstance(target, LevelOfYear):
        return target.comparison
    if isinstance(target, AtMostBaseline):
        return "at_most"
    return "at_least" if isinstance(target, AtLeastBaseline) else "equal"


def level_observation(ctx: Context) -> Observation | str:
    """The level the target compares with, or the flag that says why there is none."""
    target = ctx.target
    if isinstance(target, LevelOfYear):
        year = parse_period(str(target.level_year))
        candidates = [ctx.series.baseline, *ctx.series.known]
        found = [
            o for o in candidates if o is not None and o.parsed_period == year and numeric(o) is not None
        ]
        return found[-1] if found else "no_level"
    if ctx.indicator.baseline is None:
        return "no_baseline"
    baseline = ctx.series.baseline
    if baseline is None:
        return "baseline_unknown"
    return baseline if numeric(baseline) is not None else "baseline_not_numeric"


def noise_band(ctx: Context, level: Observation) -> tuple[float, float, str] | str:
    """(lower, upper, how) or the flag that says why there is no band."""
    target = ctx.target
    assert isinstance(target, Tolerance)
    v = numeric(level)
    assert v is not None
    if target.tolerance is not None:
        return v - target.tolerance, v + target.tolerance, "stated_tolerance"
    if target.tolerance_percent is not None:
        spread = abs(v) * target.tolerance_percent / 100
        return v - spread, v + spread, "stated_tolerance"
    if ctx.indicator.unit == "count":
        return _count_band(level, v)
    if level.margin is None:
        return "no_margin"
    return float(level.margin.lower), float(level.margin.upper), "published_margin"


def _count_band(level: Observation, v: float) -> tuple[float, float, str] | str:
    years = _average_years(level)
    total = v * years
    if not whole_count(round(total, 6)):
        return "baseline_not_a_count"
    lower, upper = poisson_band(round(total))
    return lower / years, upper / years, "poisson_garwood"


def _average_years(level: Observation) -> int:
    span = level.parsed_period
    if not getattr(level, "average", False) or span is None:
        return 1
    return span.end.year - span.start.year + 1


def assess_band(ctx: Context) -> Assessment:
    level = level_observation(ctx)
    if isinstance(level, str):
        return _no_band(ctx, level)
    band = noise_band(ctx, level)
    if isinstance(band, str):
        return _no_band(ctx, band)
    lower, upper, how = band
    figures: dict[str, Figure] = {
        "interval_lower": lower,
        "interval_upper": upper,
        "interval_method": how,
        "confidence_level": CONFIDENCE,
        "level_period": level.period,
    }
    latest, v_t = ctx.series.latest, numeric(ctx.series.latest)
    if latest is None or (level.period is not None and year_of(latest) <= year_of(level)):
        return ctx.insufficient(METHOD, figures)
    if v_t is None:
        return ctx.result(
            Status.NOT_ASSESSABLE,
            METHOD,
            no_band_sentence(ctx, "non_numeric_value"),
            figures,
            ("non_numeric_value",),
        )
    position = "above" if v_t > upper else "below" if v_t < lower else "within"
    figures["band_position"] = position
    status = _status(ctx, position)
    if ctx.final and status is Status.DETERIORATING:
        status = Status.NOT_ACHIEVED
    sentence = band_sentence(ctx, level, position, status, (lower, upper))
    return ctx.result(status, METHOD, sentence, figures)


def _no_band(ctx: Context, reason: str) -> Assessment:
    status = Status.INSUFFICIENT_DATA if reason in ("baseline_unknown", "no_level") else Status.NOT_ASSESSABLE
    return ctx.result(status, METHOD, no_band_sentence(ctx, reason), flags=(reason,))


def _status(ctx: Context, position: str) -> Status:
    assert isinstance(ctx.target, Tolerance)
    kind = comparison(ctx.target)
    if position == "within":
        return Status.ACHIEVED
    bad = {"at_most": "above", "at_least": "below"}.get(kind)
    if bad is not None:
        return Status.DETERIORATING if position == bad else Status.ACHIEVED
    # 'gelijk': a rise is the safety plan's worry unless the plan wants a rise; a fall needs its word
    direction = ctx.indicator.direction
    if direction is None:
        return Status.DETERIORATING if position == "above" else Status.NOT_ASSESSABLE
    good = "below" if direction == "decrease" else "above"
    return Status.ACHIEVED if position == good else Status.DETERIORATING
