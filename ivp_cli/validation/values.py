"""Values that fit the schema but not their indicator: units, states, ranges, Dutch spellings."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan.model import (
    AbsoluteTarget,
    Baseline,
    Indicator,
    LevelOfYear,
    MilestoneTarget,
    Observation,
    Target,
    Tolerance,
)
from ivp_cli.plan.periods import parse_period
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.numbers import dutch_number_message, thousands_guess

_NEEDS_BASELINE = ("at_most_baseline", "at_least_baseline", "equal_to_baseline", "relative_to_baseline")


def value_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    states = [s for t in indicator.targets if isinstance(t, MilestoneTarget) for s in t.states]
    observed: list[tuple[Loc, Observation]] = (
        [(("baseline",), indicator.baseline)] if indicator.baseline else []
    )
    observed += [(("measurements", m), item) for m, item in enumerate(indicator.measurements)]
    for sub, observation in observed:
        yield from _value(where, indicator, (*loc, *sub, "value"), observation.value, states)
    if indicator.per is not None and indicator.unit != "per_10000":
        message = f"'per' names the group of a per_10000 rate; unit '{indicator.unit}' has none"
        yield where.at((*loc, "per"), "IVP224", message)
    if indicator.baseline is not None and indicator.baseline.average:
        yield from _average(where, indicator.baseline, (*loc, "baseline"))
    for k, target in enumerate(indicator.targets):
        target_loc = (*loc, "targets", k)
        yield from _target_rules(where, indicator, target, target_loc)
        if isinstance(target, AbsoluteTarget):
            yield from _number(where, indicator, (*target_loc, "value"), target.value)
        if isinstance(target, MilestoneTarget) and target.target_state not in target.states:
            message = (
                f"the target state '{target.target_state}' is not one of the states: {_listed(target.states)}"
            )
            yield where.at((*target_loc, "target_state"), "IVP212", message)
        has_baseline = indicator.baseline is not None and indicator.baseline.value is not None
        if target.type in _NEEDS_BASELINE and not has_baseline:
            message = "this target is measured against the baseline, whose value is still empty"
            yield where.at(target_loc, "IVP291", message, "warning")


def _target_rules(where: Where, indicator: Indicator, target: Target, loc: Loc) -> Iterator[Diagnostic]:
    if (
        isinstance(target, Tolerance)
        and target.tolerance is not None
        and target.tolerance_percent is not None
    ):
        message = "give the margin once: 'tolerance' (in the unit) or 'tolerance_percent', not both"
        yield where.at((*loc, "tolerance_percent"), "IVP225", message)
    if isinstance(target, LevelOfYear):
        year = parse_period(str(target.level_year))
        observed = [indicator.baseline, *indicator.measurements]
        if not any(o is not None and o.parsed_period == year and o.value is not None for o in observed):
            message = f"no baseline or measurement of {target.level_year} gives the level to compare with"
            yield where.at((*loc, "level_year"), "IVP292", message, "warning")


def _average(where: Where, baseline: Baseline, loc: Loc) -> Iterator[Diagnostic]:
    span = baseline.parsed_period
    whole_years = span is not None and span.start.month == 1 and span.end.month == 12
    if span is None or not whole_years or span.start.year == span.end.year:
        message = "an average baseline covers several whole years: write its period as 2015..2019"
        yield where.at((*loc, "period") if span else loc, "IVP226", message)


def _listed(states: list[str]) -> str:
    return ", ".join(f"'{state}'" for state in states)


def _value(
    where: Where, indicator: Indicator, loc: Loc, value: object, states: list[str]
) -> Iterator[Diagnostic]:
    if value is None:
        return  # unknown, and said so: never zero
    if indicator.unit == "state":
        if not isinstance(value, str):
            yield where.at(
                loc, "IVP220", f"a state indicator records a state in words, not the number {value}"
            )
        elif states and value not in states:
            yield where.at(loc, "IVP213", f"'{value}' is not one of the milestone states: {_listed(states)}")
        return
    if isinstance(value, str):
        hint = dutch_number_message(value)
        if hint:
            yield where.at(loc, "IVP208", hint)
        else:
            message = f"'{value}' is text, but unit '{indicator.unit}' needs a number (without quotes)"
            yield where.at(loc, "IVP219", message)
        return
    if isinstance(value, int | float):
        average = indicator.baseline is not None and indicator.baseline.average and "baseline" in loc
        yield from _number(where, indicator, loc, value, average)


def _number(
    where: Where, indicator: Indicator, loc: Loc, value: float, average: bool = False
) -> Iterator[Diagnostic]:
    unit = indicator.unit
    if unit == "percentage" and not 0 <= value <= 100:
        hint = "; a change in per cent (may be negative) has unit percent_change" if value < 0 else ""
        yield where.at(loc, "IVP206", f"a percentage lies between 0 and 100, not {value}{hint}")
    if unit == "grade" and not 1 <= value <= 10:
        yield where.at(loc, "IVP222", f"a rapportcijfer (grade) lies between 1 and 10, not {value}")
    if unit == "rank" and (value < 1 or (isinstance(value, float) and not value.is_integer())):
        yield where.at(loc, "IVP223", f"a rank is a whole number from 1, not {value}")
    if unit == "count" and not average and isinstance(value, float) and not value.is_integer():
        line, col = where.position(loc)
        guess = thousands_guess(where.token(line, col))
        message = "a count cannot be fractional"
        if guess:
            message += f"; did you mean {guess}? write numbers without thousands separators"
        yield Diagnostic(where.path, line, col, "IVP207", message)
