"""The arithmetic of the UN 2023 progress assessment for a numeric target.

UN Statistics Division, "The Sustainable Development Goals Report 2023", technical note on the
progress assessment (method shared with UN ESCAP, "Asia and the Pacific SDG Progress Report"):

    r   = (v_t / v_b) ** (1 / (t - b)) - 1          compound annual rate, baseline b -> latest t
    v_T = v_t * (1 + r) ** (T - t)                  value projected to the target year T
    P   = (v_T - v_b) / (target - v_b)              share of the promised change reached by T

P >= 0.95 is on track, 0.10 <= P < 0.95 behind schedule, P < 0.10 deteriorating (or stagnating).
The geometric rate needs v_b > 0 and v_t > 0; otherwise the projection is linear:
v_T = v_t + (v_t - v_b) / (t - b) * (T - t), and r is the yearly change relative to |v_b|
(undefined, None, when v_b = 0). P is a ratio of differences, so huge inputs (beyond 1e100) are
first scaled by their largest magnitude: they then cannot overflow into inf - inf.
The linear trajectory from (b, v_b) to (T, target) gives the value expected at t for "ahead of /
on / behind schedule".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

ON_TRACK_FROM = 0.95
DETERIORATING_BELOW = 0.10
_HUGE = 1e100


@dataclass(frozen=True)
class Projection:
    annual_rate: float | None
    projected_value: float
    progress_ratio: float
    geometric: bool


def _power(base_log: float, exponent: float) -> float:
    try:
        return math.exp(base_log * exponent)
    except OverflowError:
        return math.inf


def project(v_b: float, v_t: float, target: float, b: float, t: float, end: float) -> Projection:
    """Requires t > b, end >= t and target != v_b."""
    largest = max(abs(v_b), abs(v_t), abs(target))
    scale = largest if largest > _HUGE else 1.0
    sb, st, starget = v_b / scale, v_t / scale, target / scale
    if v_b > 0 and v_t > 0:
        log_ratio = math.log(v_t) - math.log(v_b)  # not st / sb: scaling may underflow sb to 0
        rate: float | None = _power(log_ratio, 1 / (t - b)) - 1
        projected = st * _power(log_ratio, (end - t) / (t - b))
    else:
        slope = (st - sb) / (t - b)
        rate = (v_t - v_b) / abs(v_b) / (t - b) if v_b != 0 else None
        projected = st + slope * (end - t)
    ratio = (projected - sb) / (starget - sb)
    return Projection(rate, projected * scale, ratio, geometric=v_b > 0 and v_t > 0)


def trajectory_value(v_b: float, target: float, b: float, end: float, t: float) -> float | None:
    """Where a straight line from the baseline to the target would be at time t."""
    if end <= b:
        return None
    return v_b + (target - v_b) * (t - b) / (end - b)


def schedule(latest: float, expected: float, lower_is_better: bool) -> str:
    if math.isclose(latest, expected, rel_tol=1e-9, abs_tol=1e-12):
        return "on"
    ahead = latest < expected if lower_is_better else latest > expected
    return "ahead" if ahead else "behind"
