"""'Gelijk of lager' and 'gelijk': the latest value against the noise band of the baseline.

A ratio method divides by zero here (the target is the baseline), and a registered count moves by
chance: 4 -> 6 drugshandel registrations is no trend. So the band is
- for a count (unit `count`, a whole baseline k >= 0): the exact Poisson 95 % interval of k
  (Garwood 1936, see `ivp_cli.progress.poisson`); k = 4 gives 1.09 to 10.24, k = 0 gives 0 to 3.69;
- for any other unit: the published 95 % margin of the baseline (`Baseline.margin`), as survey
  figures such as the Veiligheidsmonitor give; without one the indicator is not assessable, because
  a change cannot be told apart from noise.
at_most_baseline: achieved while latest <= upper bound, deteriorating above it.
equal_to_baseline: achieved within [lower, upper], deteriorating above; below the band the
indicator's direction decides (decrease wanted: achieved; increase wanted: deteriorating; no
direction: not assessable, because the plan does not say whether lower is better).
A baseline alone is never achieved: the promise is about later years (insufficient data).
"""

from __future__ import annotations

from ivp_cli.plan.model import EqualToBaseline
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods.band_sentences import band_sentence, no_band_sentence
from ivp_cli.progress.methods.base import Context
from ivp_cli.progress.poisson import garwood_interval
from ivp_cli.progress.series import numeric
from ivp_cli.words.status import Status

METHOD = "baseline_band"
CONFIDENCE = 0.95


_LARGEST_COUNT = 10**300  # beyond it a count no longer fits a float, and no register holds it


def noise_band(ctx: Context) -> tuple[float, float, str] | str:
    """(lower, upper, how) or the flag that says why there is no band."""
    baseline = ctx.series.baseline
    v_b = numeric(baseline)
    if ctx.indicator.baseline is None:
        return "no_baseline"
    if baseline is None:
        return "baseline_unknown"
    if v_b is None:
        return "baseline_not_numeric"
    if ctx.indicator.unit == "count":
        if v_b < 0 or v_b != int(v_b) or v_b > _LARGEST_COUNT:
            return "baseline_not_a_count"
        lower, upper = garwood_interval(int(v_b), CONFIDENCE)
        return lower, upper, "poisson_garwood"
    if baseline.margin is None:
        return "no_margin"
    return float(baseline.margin.lower), float(baseline.margin.upper), "published_margin"


def assess_band(ctx: Context) -> Assessment:
    band = noise_band(ctx)
    if isinstance(band, str):
        status = Status.INSUFFICIENT_DATA if band == "baseline_unknown" else Status.NOT_ASSESSABLE
        return ctx.result(status, METHOD, no_band_sentence(ctx, band), flags=(band,))
    lower, upper, how = band
    figures: dict[str, Figure] = {
        "interval_lower": lower,
        "interval_upper": upper,
        "interval_method": how,
        "confidence_level": CONFIDENCE,
    }
    latest, v_t = ctx.series.latest, numeric(ctx.series.latest)
    if latest is None:
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
    return ctx.result(status, METHOD, band_sentence(ctx, position, status, lower, upper), figures)


def _status(ctx: Context, position: str) -> Status:
    if position == "above":
        return Status.DETERIORATING
    if position == "within" or not isinstance(ctx.target, EqualToBaseline):
        return Status.ACHIEVED
    direction = ctx.indicator.direction
    if direction is None:
        return Status.NOT_ASSESSABLE
    return Status.ACHIEVED if direction == "decrease" else Status.DETERIORATING
