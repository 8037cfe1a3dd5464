"""Warnings for values that pass every rule and still make no sense: the silent nonsense a status
would otherwise report with a straight face (a Halt series from per 10 000 to per 1 000 read as a
93 % fall, "behaald"). Warnings, never errors: a plan valid today stays valid."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ivp_cli.plan.model import AbsoluteTarget, Indicator, Observation, RelativeTarget
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic

# A factor this large between two values of the same kind of period is a change of unit or a typo
# more often than a change in the world.
JUMP_FACTOR = 8.0
# Small counts swing by chance (2 -> 17 happens): a jump in a count is flagged from this size on.
COUNT_JUMP_FLOOR = 50
_JUMP_UNITS = ("count", "percentage", "per_1000_inhabitants", "per_10000", "scale_score")


def sanity_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    yield from _empty_sources(where, indicator, loc)
    yield from _jumps(where, indicator, loc)
    yield from _wrong_side(where, indicator, loc)


def _observations(indicator: Indicator) -> list[tuple[Loc, Observation]]:
    found: list[tuple[Loc, Observation]] = [(("baseline",), indicator.baseline)] if indicator.baseline else []
    return found + [(("measurements", m), item) for m, item in enumerate(indicator.measurements)]


def _empty_sources(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    if indicator.source is not None and not indicator.source.strip():
        message = "the source is empty: name where the figures come from, or remove the key"
        yield where.at((*loc, "source"), "IVP297", message, "warning")
    for sub, observation in _observations(indicator):
        reference = getattr(observation.provenance, "reference", None)
        if isinstance(reference, str) and not reference.strip():
            message = "the reference is empty: say where in the document or who supplied the figure"
            yield where.at((*loc, *sub, "provenance", "reference"), "IVP297", message, "warning")


def _jumps(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    if indicator.unit not in _JUMP_UNITS:
        return
    # One source at a time: a document's count and the police's may differ by definition.
    series = [
        (observation.provenance.source, period, sub, observation.value)
        for sub, observation in _observations(indicator)
        if isinstance(observation.value, int | float)
        and observation.value > 0
        and (period := observation.parsed_period) is not None
    ]
    series.sort(key=lambda point: (point[0], point[1]))
    for (source, before, _, old), (same, after, sub, new) in pairwise(series):
        if source != same:
            continue
        larger, smaller = max(old, new), min(old, new)
        small_count = indicator.unit == "count" and larger < COUNT_JUMP_FLOOR
        if before.months != after.months or small_count or larger / smaller < JUMP_FACTOR:
            continue
        way = "smaller" if new < old else "larger"
        message = (
            f"{new} is {larger / smaller:.0f} times {way} than the {old} before it: a different unit "
            "(per 1 000 or per 10 000, a fraction or a percentage) or a typing error? check the figure"
        )
        yield where.at((*loc, *sub, "value"), "IVP296", message, "warning")


def _wrong_side(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    baseline = indicator.baseline.value if indicator.baseline else None
    if indicator.direction is None or not isinstance(baseline, int | float):
        return
    down = indicator.direction == "decrease"
    for k, target in enumerate(indicator.targets):
        if isinstance(target, AbsoluteTarget) and (
            target.value > baseline if down else target.value < baseline
        ):
            side = "above" if down else "below"
            message = (
                f"the target {target.value} lies {side} the baseline {baseline}, but the indicator should "
                f"{'decrease' if down else 'increase'}: check the target, the baseline or the direction"
            )
            yield where.at((*loc, "targets", k, "value"), "IVP298", message, "warning")
        if isinstance(target, RelativeTarget) and (
            target.change_percent > 0 if down else target.change_percent < 0
        ):
            message = (
                f"a change of {target.change_percent} % goes the other way than the "
                f"indicator's direction ({indicator.direction}): check the sign or the direction"
            )
            yield where.at((*loc, "targets", k, "change_percent"), "IVP298", message, "warning")
