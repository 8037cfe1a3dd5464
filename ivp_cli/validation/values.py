"""Values that fit the schema but not their indicator: units, states, ranges, Dutch spellings."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan.model import AbsoluteTarget, Indicator, MilestoneTarget, Observation
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.numbers import dutch_number_message, thousands_guess

_NEEDS_BASELINE = ("at_most_baseline", "equal_to_baseline", "relative_to_baseline")


def value_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    states = [s for t in indicator.targets if isinstance(t, MilestoneTarget) for s in t.states]
    observed: list[tuple[Loc, Observation]] = (
        [(("baseline",), indicator.baseline)] if indicator.baseline else []
    )
    observed += [(("measurements", m), item) for m, item in enumerate(indicator.measurements)]
    for sub, observation in observed:
        yield from _value(where, indicator, (*loc, *sub, "value"), observation.value, states)
    for k, target in enumerate(indicator.targets):
        target_loc = (*loc, "targets", k)
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
        yield from _number(where, indicator, loc, value)


def _number(where: Where, indicator: Indicator, loc: Loc, value: float) -> Iterator[Diagnostic]:
    if indicator.unit == "percentage" and not 0 <= value <= 100:
        yield where.at(loc, "IVP206", f"a percentage lies between 0 and 100, not {value}")
    if indicator.unit == "count" and isinstance(value, float) and not value.is_integer():
        line, col = where.position(loc)
        guess = thousands_guess(where.token(line, col))
        message = "a count cannot be fractional"
        if guess:
            message += f"; did you mean {guess}? write numbers without thousands separators"
        yield Diagnostic(where.path, line, col, "IVP207", message)
