"""The rules one value of an indicator must meet, without a place: `ivp validate` locates them,
`ivp record` and `ivp import-csv` check a typed-in value with them before anything is written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ivp_cli.plan.model import Indicator, MilestoneTarget
from ivp_cli.validation.diagnostics import Severity
from ivp_cli.validation.numbers import dutch_number_message

NEVER_NEGATIVE = {"count": "count", "per_1000_inhabitants": "rate", "per_10000": "rate"}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    severity: Severity = "error"


def value_problem(indicator: Indicator, value: object) -> str | None:
    """Why a typed-in `value` cannot be recorded for `indicator`, or None.

    Stricter than `ivp validate`: a new value may not be what an existing plan only gets a warning
    for (a negative count), nor an empty state.
    """
    if indicator.unit == "state" and value == "":
        return "a state is written in words; the value is empty"
    problem = next(iter(value_problems(indicator, value, milestone_states(indicator))), None)
    return None if problem is None else problem.message


def milestone_states(indicator: Indicator) -> list[str]:
    return [s for t in indicator.targets if isinstance(t, MilestoneTarget) for s in t.states]


def listed(states: list[str]) -> str:
    return ", ".join(f"'{state}'" for state in states)


def value_problems(
    indicator: Indicator, value: object, states: list[str], average: bool = False
) -> Iterator[Problem]:
    if value is None:
        return  # unknown, and said so: never zero
    if indicator.unit == "state":
        if not isinstance(value, str):
            yield Problem("IVP220", f"a state indicator records a state in words, not the number {value}")
        elif states and value not in states:
            yield Problem("IVP213", f"'{value}' is not one of the milestone states: {listed(states)}")
        return
    if isinstance(value, str):
        hint = dutch_number_message(value)
        if hint:
            yield Problem("IVP208", hint)
        else:
            message = f"'{value}' is text, but unit '{indicator.unit}' needs a number (without quotes)"
            yield Problem("IVP219", message)
        return
    if isinstance(value, int | float):
        yield from number_problems(indicator, value, average)


def number_problems(indicator: Indicator, value: float, average: bool = False) -> Iterator[Problem]:
    unit = indicator.unit
    if unit == "percentage" and not 0 <= value <= 100:
        hint = "; a change in per cent (may be negative) has unit percent_change" if value < 0 else ""
        yield Problem("IVP206", f"a percentage lies between 0 and 100, not {value}{hint}")
    if unit == "grade" and not 1 <= value <= 10:
        yield Problem("IVP222", f"a rapportcijfer (grade) lies between 1 and 10, not {value}")
    if unit == "rank" and (value < 1 or (isinstance(value, float) and not value.is_integer())):
        yield Problem("IVP223", f"a rank is a whole number from 1, not {value}")
    if unit == "count" and not average and isinstance(value, float) and not value.is_integer():
        yield Problem("IVP207", "a count cannot be fractional")
    if unit in NEVER_NEGATIVE and value < 0:
        yield Problem("IVP295", f"a {NEVER_NEGATIVE[unit]} cannot be negative, not {value}", "warning")
