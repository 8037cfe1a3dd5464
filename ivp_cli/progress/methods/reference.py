"""Reference series ('gelijk of lager dan landelijk'): the latest value against the reference
value of exactly the same period.

comparison at_most: achieved when latest <= reference; at_least: when latest >= reference. When
both values carry a published 95 % margin and the two intervals overlap, the difference is within
noise and counts as equal (achieved, `within_margin`). Otherwise the indicator is on the wrong side
of the reference: deteriorating, as for 'gelijk of lager' against the baseline, and not_achieved
once the target year itself is compared (final). No latest value,
or no reference value for its period: insufficient data. A baseline alone is judged the same way
when nothing later is known (flag `baseline_only`), since the promise is a standing comparison.
"""

from __future__ import annotations

from ivp_cli.plan.model import Indicator, Measurement, Observation, ReferenceTarget
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.methods.base import Context, Sentence
from ivp_cli.progress.series import numeric
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import Status, status_word

METHOD = "reference"


def reference_values(indicator: Indicator, target: ReferenceTarget) -> list[Measurement]:
    """The series' own values, then those of the fetched comparison it names (`comparison`)."""
    kind = target.reference.comparison
    fetched = [m for series in indicator.comparisons if series.kind == kind for m in series.measurements]
    return [*target.reference.measurements, *(fetched if kind else [])]


def reference_region(indicator: Indicator, target: ReferenceTarget) -> str | None:
    kind = target.reference.comparison
    return next((series.region for series in indicator.comparisons if series.kind == kind), None)


def _reference_for(ctx: Context, target: ReferenceTarget, observation: Observation) -> Measurement | None:
    period = observation.parsed_period
    for candidate in reference_values(ctx.indicator, target):
        if candidate.parsed_period == period and numeric(candidate) is not None:
            return candidate
    return None


def _overlap(value: Observation, reference: Observation) -> bool:
    if value.margin is None or reference.margin is None:
        return False
    return value.margin.lower <= reference.margin.upper and reference.margin.lower <= value.margin.upper


def assess_reference(ctx: Context) -> Assessment:
    target = ctx.target
    assert isinstance(target, ReferenceTarget)
    observation: Observation | None = ctx.series.latest_known or ctx.series.baseline
    flags: tuple[str, ...] = () if ctx.series.latest_known else ("baseline_only",)
    v = numeric(observation)
    reference = None if observation is None else _reference_for(ctx, target, observation)
    v_ref = numeric(reference)
    if observation is None or reference is None or v is None or v_ref is None:
        return ctx.result(Status.INSUFFICIENT_DATA, METHOD, _missing(ctx, observation, target), flags=flags)
    meets = v <= v_ref if target.comparison == "at_most" else v >= v_ref
    within = not meets and _overlap(observation, reference)
    status = Status.ACHIEVED if meets or within else Status.DETERIORATING
    if status is Status.DETERIORATING and ctx.final:
        status = Status.NOT_ACHIEVED
    figures: dict[str, Figure] = {
        "compared_value": v,
        "compared_period": observation.period,
        "reference_value": v_ref,
        "reference_name": target.reference.name,
        "reference_period": reference.period,
        "reference_region": reference_region(ctx.indicator, target),
        "difference": v - v_ref,
    }
    flags += ("within_margin",) if within else ()
    texts = {lang: _sentence(ctx, observation, v_ref, status, within, lang) for lang in LANGS}
    return ctx.result(status, METHOD, Sentence(texts["nl"], texts["en"]), figures, flags)


def _missing(ctx: Context, observation: Observation | None, target: ReferenceTarget) -> Sentence:
    name = target.reference.name
    if observation is None or numeric(observation) is None:
        return Sentence(
            "Er is nog geen gemeten waarde om met de referentie te vergelijken.",
            "There is no measured value yet to compare with the reference.",
        )
    return Sentence(
        f"{ctx.at(observation, 'nl')}, maar de waarde voor '{name}' over dezelfde periode ontbreekt.",
        f"{ctx.at(observation, 'en')}, but the value for '{name}' over the same period is missing.",
    )


def _sentence(
    ctx: Context, observation: Observation, v_ref: float, status: Status, within: bool, lang: Lang
) -> str:
    target = ctx.target
    assert isinstance(target, ReferenceTarget)
    nl = lang == "nl"
    ref = f"{target.reference.name} {ctx.value(v_ref, lang)}"
    word = status_word(status, lang)
    if within:
        verdict = (
            "verschil valt binnen de marges, dus gelijk" if nl else "difference within the margins, so equal"
        )
    else:
        above = target.comparison == "at_most"
        side = ("hoger dan", "above") if above else ("lager dan", "below")
        negation = (
            "" if status in (Status.DETERIORATING, Status.NOT_ACHIEVED) else ("niet " if nl else "not ")
        )
        verdict = (
            f"{negation}{side[0] if nl else side[1]} de referentie"
            if nl
            else (f"{negation}{side[1]} the reference")
        )
    return f"{ctx.at(observation, lang)} ({ref}): {verdict}, {'dus' if nl else 'so'} {word}."
