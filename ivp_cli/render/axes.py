"""Axis arithmetic for the charts: readable steps, a value range that shows the change, year ticks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    start: float
    end: float

    def __call__(self, value: float) -> float:
        if self.high == self.low:
            return (self.start + self.end) / 2
        return self.start + (value - self.low) / (self.high - self.low) * (self.end - self.start)


def nice_step(span: float, parts: int = 4) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that cuts `span` into at most `parts` steps."""
    if span <= 0:
        return 1.0
    raw = span / parts
    power = 10 ** math.floor(math.log10(raw))
    return float(next(step * power for step in STEPS if step * power >= raw))


@dataclass(frozen=True)
class Range:
    low: float
    high: float
    step: float

    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [round(self.low + self.step * k, 10) for k in range(count + 1)]


def nice_range(values: Sequence[float], floor: float | None = None, ceiling: float | None = None) -> Range:
    """An axis range around `values` in whole steps, starting at zero only when that hides nothing.

    Zero is kept while the values lie within twice their own spread from it (4 to 6 keeps 0;
    423 to 470 starts at 420), so a change is never drawn as a flat line; a single value keeps
    zero too.
    """
    low, high = min(values), max(values)
    if low >= 0 and (low <= 2 * (high - low) or low == high):
        low = 0.0
    span = high - low or abs(high) or 4.0
    step = nice_step(span)
    bottom = math.floor(low / step) * step
    top = math.ceil(high / step) * step
    if top == high and top != bottom:
        top += step if ceiling is None or top + step <= ceiling else 0
    if top == bottom:
        top = bottom + step
    if floor is not None and bottom < floor:
        bottom = floor
    if ceiling is not None and top > ceiling:
        top = ceiling
    return Range(bottom, top, step)


def year_ticks(first: int, last: int, room: float, label_width: float = 32.0) -> list[int]:
    """Every year if the labels fit side by side, else every second (or fifth) one, the last included."""
    years = list(range(first, last + 1))
    every = next(n for n in (1, 2, 5, 10) if room * n >= label_width or n == 10)
    return years[::-1][::every][::-1]
