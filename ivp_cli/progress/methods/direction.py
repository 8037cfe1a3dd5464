"""Direction only ('daling', 'toename'): the direction-adjusted compound annual growth rate.

Eurostat, "Sustainable development in the European Union, monitoring report", methodological
annex (indicators without a quantified target):

    CAGR = (v_t / v_0) ** (1 / (t - t_0)) - 1,   multiplied by -1 when a decrease is wanted;
    adjusted > 1 % a year: significant progress           -> on track
    0 % <= adjusted <= 1 % a year: moderate progress      -> behind schedule
    adjusted < 0: movement away from the objective        -> deteriorating

First, a change within noise (`ivp_cli.progress.noise`: the Poisson band of a count, overlapping
margins, or at most 1 % of the start value) is no movement at all: no_progress. When the target
year has been measured the verdict is final: achieved when the value moved the wanted way, else
not_achieved.

v_0 is the baseline, or the first comparable measurement when there is none. The geometric rate
needs v_0 > 0 and v_t > 0; otherwise the yearly change relative to |v_0| is used (`linear_rate`).
From v_0 = 0 any relative rate is unbounded: a rise or fall counts as more than 1 % a year in its
direction, no change as 0 (`rate_from_zero`). Before its target year a direction target is never
"achieved": it asks for a movement, not a level.
"""

from __future__ import annotations

import math

from ivp_cli.plan.model import DirectionTarget
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.progress.noise import within_noise
from ivp_cli.progress.series import numeric, year_of
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word

METHOD = "direction"
ON_TRACK_ABOVE = 0.01
MODERATE_FROM = 0.0


def annual_rate(v_0: float, v_t: float, years: float) -> tuple[float, str]:
    """(rate, how): how is 'geometric', 'linear' or 'from_zero'."""
    if v_0 > 0 and v_t > 0:
        try:
            # log(v_t) - log(v_0), not log(v_t / v_0): the quotient of two tiny values underflows to 0
            return math.exp((math.log(v_t) - math.log(v_0)) / years) - 1, "geometric"
        except OverflowError:
            return math.inf, "geometric"
    if v_0 == 0:
        return (0.0 if v_t == 0 else math.copysign(math.inf, v_t)), "from_zero"
    return (v_t - v_0) / abs(v_0) / years, "linear"


def classify(adjusted: float) -> Status:
    if adjusted > ON_TRACK_ABOVE:
        return Status.ON_TRACK
    if adjusted >= MODERATE_FROM:
        return Status.BEHIND_SCHEDULE
    return Status.DETERIORATING


def assess_direction(ctx: Context) -> Assessment:
    assert isinstance(ctx.target, DirectionTarget)
    start, latest = ctx.series.start, ctx.series.latest
    v_0, v_t = numeric(start), numeric(latest)
    if start is None or latest is None or year_of(latest) <= year_of(start):
        return ctx.insufficient(METHOD)
    if v_0 is None or v_t is None:
        sentence = Sentence("Een van de waarden is geen getal.", "One of the values is not a number.")
        return ctx.result(Status.NOT_ASSESSABLE, METHOD, sentence, flags=("non_numeric_value",))
    rate, how = annual_rate(v_0, v_t, year_of(latest) - year_of(start))
    adjusted = -rate if ctx.target.direction == "decrease" else rate
    noise = within_noise(ctx.indicator.unit, start, v_0, latest, v_t)
    if ctx.final:
        status = Status.ACHIEVED if adjusted > 0 else Status.NOT_ACHIEVED
    else:
        status = Status.NO_PROGRESS if noise else classify(adjusted)
    figures: dict[str, Figure] = {
        "start_value": v_0,
        "start_period": start.period,
        "annual_rate": rate if math.isfinite(rate) else None,
        "adjusted_rate": adjusted if math.isfinite(adjusted) else None,
        "rate_method": how,
        "threshold_on_track": ON_TRACK_ABOVE,
        "threshold_moderate": MODERATE_FROM,
    }
    flags: tuple[str, ...] = (
        ("linear_rate",) if how == "linear" else ("rate_from_zero",) if how == "from_zero" else ()
    )
    if start is not ctx.series.baseline:
        flags = (*flags, "first_measurement_as_baseline")
    flags += ("within_noise",) if noise else ()
    texts = {lang: _sentence(ctx, rate, status, noise, lang) for lang in LANGS}
    return ctx.result(status, METHOD, Sentence(texts["nl"], texts["en"]), figures, flags)


def _sentence(ctx: Context, rate: float, status: Status, noise: bool, lang: Lang) -> str:
    start, latest = ctx.series.start, ctx.series.latest
    assert start is not None and latest is not None
    nl, word = lang == "nl", status_word(status, lang)
    head = (
        f"Van {ctx.at(start, lang)} naar {ctx.at(latest, lang)}"
        if nl
        else (f"From {ctx.at(start, lang)} to {ctx.at(latest, lang)}")
    )
    if ctx.final:
        return f"{head}: {_moved(ctx, status, lang)}, {'dus' if nl else 'so'} {word}."
    if noise:
        return (
            f"{head}: niet meer dan toeval, dus {word}." if nl else f"{head}: no more than chance, so {word}."
        )
    change = _change(ctx, rate, lang)
    return (
        f"{head}: {change}. Dat is {_threshold(status, lang)}, dus {word}."
        if nl
        else (f"{head}: {change}. That is {_threshold(status, lang)}, so {word}.")
    )


def _moved(ctx: Context, status: Status, lang: Lang) -> str:
    assert isinstance(ctx.target, DirectionTarget)
    wanted = ctx.target.direction == "decrease"
    lower = wanted if status is Status.ACHIEVED else not wanted
    if lang == "nl":
        return (
            "lager dan het begin"
            if lower
            else "niet lager dan het begin"
            if wanted
            else "niet hoger dan het begin"
        )
    return (
        "lower than the start"
        if lower
        else "not lower than the start"
        if wanted
        else "not higher than the start"
    )


def _change(ctx: Context, rate: float, lang: Lang) -> str:
    nl = lang == "nl"
    if rate == 0:
        return "geen verandering" if nl else "no change"
    word = ("een stijging", "een daling") if nl else ("a rise", "a fall")
    kind = word[0] if rate > 0 else word[1]
    if not math.isfinite(rate):
        return f"{kind} vanaf nul" if nl else f"{kind} from zero"
    size = text.percent(abs(rate), lang)
    if ctx.indicator.unit == "percentage":
        # "11 % per jaar" of a percentage reads as procentpunten: a percentage moves in points
        start, latest = ctx.series.start, ctx.series.latest
        v_0, v_t = numeric(start), numeric(latest)
        assert start is not None and latest is not None and v_0 is not None and v_t is not None
        points = text.number(abs(v_t - v_0) / (year_of(latest) - year_of(start)), lang)
        return (
            f"{kind} van {points} procentpunt per jaar"
            if nl
            else f"{kind} of {points} percentage points a year"
        )
    return f"{kind} van {size} per jaar" if nl else f"{kind} of {size} a year"


def _threshold(status: Status, lang: Lang) -> str:
    nl = lang == "nl"
    if status is Status.ON_TRACK:
        return (
            "meer dan 1 % per jaar de goede kant op (Eurostat-drempel)"
            if nl
            else ("more than 1% a year the right way (Eurostat threshold)")
        )
    if status is Status.BEHIND_SCHEDULE:
        return (
            "0 tot 1 % per jaar de goede kant op (Eurostat: matige vooruitgang)"
            if nl
            else ("0 to 1% a year the right way (Eurostat: moderate progress)")
        )
    return "de verkeerde kant op (Eurostat)" if nl else "the wrong way (Eurostat)"
