"""Fetched values checked like typed-in ones, per indicator, before anything is compared or written.

A value the indicator cannot hold (nan, inf, a fractional or negative count, a percentage over
100, a number no municipal or national figure comes near) fails that indicator alone, with a
message naming table, keys and period; the other indicators of the plan are still written.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.values import Fetched, Resolved

# No count, rate or percentage ivp fetches comes near this (all registered crimes in the
# Netherlands in a year: about 800 000); beyond it the reply is broken.
MAX_MAGNITUDE = 10**12


def fetched_problems(unit: str, item: Resolved, fetched: Sequence[Fetched], measure: str) -> list[str]:
    problems: list[str] = []
    for value in fetched:
        numbers = [value.value, *(value.margin or ())]
        reasons = [reason for number in numbers if (reason := value_problem(unit, number)) is not None]
        if reasons:
            where = _where(item, value, measure)
            problems.append(f"{where}: {reasons[0]}; nothing was written for this indicator")
    return problems


def value_problem(unit: str, value: object) -> str | None:
    """Why `value` cannot be a figure of an indicator in `unit`, or None when it can."""
    if value is None:
        return None  # not published: unknown, and said so elsewhere
    if unit == "state":
        return f"a state indicator records a state in words, not the number {value!r}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"the source sent {value!r}, not a number"
    if isinstance(value, float) and not math.isfinite(value):
        return f"the source sent {value!r}, not a number"
    if abs(value) > MAX_MAGNITUDE:
        return f"the source sent {value:g}, far beyond any real figure"
    if unit == "count" and isinstance(value, float) and not value.is_integer():
        return f"a count cannot be fractional: {value}"
    if unit in ("count", "per_1000_inhabitants") and value < 0:
        return f"a {unit.replace('_', ' ')} cannot be negative: {value}"
    if unit == "percentage" and not 0 <= value <= 100:
        return f"a percentage lies between 0 and 100, not {value}"
    return None


def _where(item: Resolved, value: Fetched, measure: str) -> str:
    spec = item.target.spec
    keys = ", ".join(
        f"{dim} " + "+".join(f"'{key}'" for key in keys)
        for dim, keys in item.keys.items()
        if dim != cbs.MARGIN_DIMENSION
    )
    periods = value.periods[0] if len(value.periods) == 1 else f"{value.periods[0]}..{value.periods[-1]}"
    return f"{spec.source} {spec.table} {measure}, {keys}, {value.year} ({periods})"
