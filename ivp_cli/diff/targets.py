"""Whether a changed target asks more (tightened) or less (loosened) of an indicator.

Each orderable target is read as a bound on the value at the target year:
- lower is better: `monitor` (no bound) < `relative_to_baseline +p` (at most b*(1+p/100))
  < `at_most_baseline` (at most b) < `direction decrease` (below b, any amount)
  < `relative_to_baseline -p` (at most b*(1-p/100)); an absolute `at_most v` compares by value,
  and with a relative bound only when both versions share the same baseline value.
- higher is better: the mirror image, with `at_least` bounds and `at_least_baseline`.
A stated tolerance, a level of a named year, or any other pair of kinds is compared only with the
same kind (unchanged or "changed").
A target year moved earlier asks more, later asks less. `equal_to_baseline` has the same bound as
`at_most_baseline` but forbids improvement, so a switch between the two is "changed", as is any
pair that points in different directions (a bound on the other side, a bound and a milestone,
a tighter bound with a later year): those are reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ivp_cli.plan.model import (
    AbsoluteTarget,
    AtLeastBaseline,
    AtMostBaseline,
    DirectionTarget,
    EqualToBaseline,
    MilestoneTarget,
    MonitorOnly,
    ReferenceTarget,
    RelativeTarget,
    Target,
)

Verdict = Literal["tightened", "loosened", "changed", "same"]
Direction = Literal["decrease", "increase"] | None
Order = Literal["tighter", "looser", "equal", "incomparable"]


@dataclass(frozen=True)
class Bound:
    side: Literal["max", "min"]
    factor: float | None  # a multiple of the baseline value
    value: float | None  # an absolute value
    strict: bool  # "daling": the bound itself is not enough


def compare_targets(
    old: Target,
    new: Target,
    good: Direction,
    baselines: tuple[float | None, float | None],
    years: tuple[int, int],
) -> Verdict:
    """`years` are the effective target years (the plan's last year where a target names none)."""
    order = _order(old, new, good, baselines)
    if order == "incomparable":
        return "changed"
    year_order: Order = "equal" if years[0] == years[1] else ("tighter" if years[1] < years[0] else "looser")
    combined = _combine(order, year_order)
    if combined == "equal":
        return "same" if _demand_only(old) == _demand_only(new) else "changed"
    if combined == "tighter":
        return "tightened"
    return "loosened" if combined == "looser" else "changed"


def infer_direction(*targets: Target) -> Direction:
    for target in targets:
        if isinstance(target, DirectionTarget):
            return target.direction
        if isinstance(target, AbsoluteTarget):
            return "decrease" if target.bound == "at_most" else "increase"
        if isinstance(target, AtMostBaseline):
            return "decrease"
        if isinstance(target, AtLeastBaseline):
            return "increase"
        if isinstance(target, RelativeTarget) and target.change_percent != 0:
            return "decrease" if target.change_percent < 0 else "increase"
    return None


def _combine(first: Order, second: Order) -> Order:
    if first == "equal":
        return second
    if second in ("equal", first):
        return first
    return "incomparable"


def _demand_only(target: Target) -> Target:
    """The target without its wording, year and reference figures (data, not demand)."""
    update: dict[str, object] = {"text": None, "year": None}
    if isinstance(target, ReferenceTarget):
        update["reference"] = target.reference.model_copy(update={"measurements": []})
    return target.model_copy(update=update)


def _order(old: Target, new: Target, good: Direction, baselines: tuple[float | None, float | None]) -> Order:
    if isinstance(old, MonitorOnly) or isinstance(new, MonitorOnly):
        return _monitor_order(old, new)
    if isinstance(old, MilestoneTarget) and isinstance(new, MilestoneTarget):
        return _milestone_order(old, new)
    old_bound, new_bound = _bound(old, good), _bound(new, good)
    if old_bound is None or new_bound is None:
        return "equal" if type(old) is type(new) else "incomparable"
    return _bound_order(old_bound, new_bound, baselines)


def _monitor_order(old: Target, new: Target) -> Order:
    if isinstance(old, MonitorOnly) and isinstance(new, MonitorOnly):
        return "equal"
    return "tighter" if isinstance(old, MonitorOnly) else "looser"


def _milestone_order(old: MilestoneTarget, new: MilestoneTarget) -> Order:
    if old.states != new.states:
        return "incomparable"
    before, after = old.states.index(old.target_state), new.states.index(new.target_state)
    return "equal" if before == after else ("tighter" if after > before else "looser")


def _bound(target: Target, good: Direction) -> Bound | None:
    good_side: Literal["max", "min"] = "min" if good == "increase" else "max"
    if isinstance(target, AtMostBaseline | AtLeastBaseline) and not _has_tolerance(target):
        return Bound("max" if isinstance(target, AtMostBaseline) else "min", 1.0, None, strict=False)
    if isinstance(target, EqualToBaseline):
        return Bound(good_side, 1.0, None, strict=False)
    if isinstance(target, DirectionTarget):
        return Bound("max" if target.direction == "decrease" else "min", 1.0, None, strict=True)
    if isinstance(target, RelativeTarget):
        if good is None:
            good_side = "max" if target.change_percent < 0 else "min"
        return Bound(good_side, 1 + target.change_percent / 100, None, strict=False)
    if isinstance(target, AbsoluteTarget):
        return Bound("max" if target.bound == "at_most" else "min", None, float(target.value), strict=False)
    return None


def _has_tolerance(target: AtMostBaseline | AtLeastBaseline) -> bool:
    return target.tolerance is not None or target.tolerance_percent is not None


def _bound_order(old: Bound, new: Bound, baselines: tuple[float | None, float | None]) -> Order:
    if old.side != new.side:
        return "incomparable"
    levels = _levels(old, new, baselines)
    if levels is None:
        return "incomparable"
    before, after = levels
    if before == after:
        if old.strict == new.strict:
            return "equal"
        return "tighter" if new.strict else "looser"
    asks_more = after < before if old.side == "max" else after > before
    return "tighter" if asks_more else "looser"


def _levels(
    old: Bound, new: Bound, baselines: tuple[float | None, float | None]
) -> tuple[float, float] | None:
    if old.factor is not None and new.factor is not None:
        return old.factor, new.factor
    if old.value is not None and new.value is not None:
        return old.value, new.value
    if baselines[0] is None or baselines[0] != baselines[1]:
        return None  # a relative and an absolute bound meet only on one shared baseline value
    return _absolute(old, baselines[0]), _absolute(new, baselines[0])


def _absolute(bound: Bound, baseline: float) -> float:
    if bound.value is not None:
        return bound.value
    return (bound.factor if bound.factor is not None else 1.0) * baseline
