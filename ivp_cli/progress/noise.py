"""Whether a change between two values is more than chance: the rule behind 'geen vooruitgang'.

- counts (unit `count`, a whole start value k >= 0): the later value lies inside the exact Poisson
  95 % interval of k (Garwood 1936, `ivp_cli.progress.poisson`): 4 -> 6 registrations is no change;
- two values that both carry a published 95 % margin: the margins overlap;
- anything else: the change is at most 1 % of the start value (Eurostat's threshold between
  "moderate" and "significant" change), so 12 % -> 12 % and 28,8 % -> 28,7 % stand still.
"""

from __future__ import annotations

from ivp_cli.plan.model import Observation
from ivp_cli.progress.poisson import garwood_interval

CONFIDENCE = 0.95
STILL_WITHIN = 0.01
_LARGEST_COUNT = 10**300  # beyond it a count no longer fits a float, and no register holds it


def whole_count(value: float) -> bool:
    return 0 <= value <= _LARGEST_COUNT and value == int(value)


def poisson_band(count: float) -> tuple[float, float]:
    return garwood_interval(int(count), CONFIDENCE)


def within_noise(unit: str, start: Observation, v_0: float, latest: Observation, v_t: float) -> bool:
    if unit == "count" and whole_count(v_0):
        lower, upper = poisson_band(v_0)
        return lower <= v_t <= upper
    if start.margin is not None and latest.margin is not None:
        return start.margin.lower <= latest.margin.upper and latest.margin.lower <= start.margin.upper
    return abs(v_t - v_0) <= STILL_WITHIN * abs(v_0)
