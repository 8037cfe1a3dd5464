"""The strictness order of targets, per type and desired direction (see ivp_cli/diff_targets.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from ivp_cli.diff.targets import Direction, Verdict, compare_targets
from ivp_cli.plan.model import Target

_TARGET: TypeAdapter[Target] = TypeAdapter(Target)


def target(kind: str, **fields: Any) -> Target:
    return _TARGET.validate_python({"type": kind, **fields})


MONITOR = target("monitor")
AT_MOST = target("at_most_baseline")
EQUAL = target("equal_to_baseline")
DECREASE = target("direction", direction="decrease")
INCREASE = target("direction", direction="increase")
MINUS_10 = target("relative_to_baseline", change_percent=-10)
MINUS_20 = target("relative_to_baseline", change_percent=-20)
PLUS_5 = target("relative_to_baseline", change_percent=5)
MAX_25 = target("absolute", bound="at_most", value=25)
MAX_30 = target("absolute", bound="at_most", value=30)
MIN_80 = target("absolute", bound="at_least", value=80)
MIN_85 = target("absolute", bound="at_least", value=85.0)

LOWER_IS_BETTER = [MONITOR, PLUS_5, AT_MOST, DECREASE, MINUS_10, MINUS_20]


@pytest.mark.parametrize("looser", range(len(LOWER_IS_BETTER)))
@pytest.mark.parametrize("stricter", range(len(LOWER_IS_BETTER)))
def test_lower_is_better_ladder(looser: int, stricter: int) -> None:
    old, new = LOWER_IS_BETTER[looser], LOWER_IS_BETTER[stricter]
    expected: Verdict = "same" if looser == stricter else ("tightened" if stricter > looser else "loosened")
    assert compare_targets(old, new, "decrease", (40, 40), (2026, 2026)) == expected


@pytest.mark.parametrize(
    ("old", "new", "good", "baselines", "expected"),
    [
        (MAX_30, MAX_25, "decrease", (None, None), "tightened"),
        (MIN_80, MIN_85, "increase", (None, None), "tightened"),
        (MIN_85, MIN_80, None, (None, None), "loosened"),
        (INCREASE, target("relative_to_baseline", change_percent=10), "increase", (50, 50), "tightened"),
        # 25 is below the baseline 40 less 10 % (36): a tighter bound, compared on the shared baseline.
        (MINUS_10, MAX_25, "decrease", (40, 40), "tightened"),
        (MINUS_10, MAX_25, "decrease", (40, 30), "changed"),
        (MINUS_10, MAX_25, "decrease", (None, None), "changed"),
        (AT_MOST, EQUAL, "decrease", (4, 4), "changed"),
        (MAX_25, MIN_80, None, (None, None), "changed"),
        (DECREASE, INCREASE, None, (None, None), "changed"),
        (
            target("qualitative", text="Beter beeld"),
            target("qualitative", text="Scherper beeld"),
            None,
            (None, None),
            "same",
        ),
        (MONITOR, target("qualitative", text="Beter beeld"), None, (None, None), "tightened"),
    ],
)
def test_bounds_compare_by_value_or_are_called_changed(
    old: Target, new: Target, good: Direction, baselines: tuple[float | None, float | None], expected: Verdict
) -> None:
    assert compare_targets(old, new, good, baselines, (2026, 2026)) == expected


@pytest.mark.parametrize(
    ("old", "new", "years", "expected"),
    [
        (AT_MOST, AT_MOST, (2027, 2026), "tightened"),
        (AT_MOST, AT_MOST, (2026, 2027), "loosened"),
        (AT_MOST, MINUS_10, (2026, 2025), "tightened"),
        (AT_MOST, MINUS_10, (2026, 2027), "changed"),  # asks more, but later: not one or the other
    ],
)
def test_an_earlier_target_year_is_tighter(
    old: Target, new: Target, years: tuple[int, int], expected: Verdict
) -> None:
    assert compare_targets(old, new, "decrease", (4, 4), years) == expected


def test_milestones_compare_by_position_in_the_same_states() -> None:
    states = ["Geen plan", "Concept", "Operationeel plan"]
    concept = target("milestone", states=states, target_state="Concept")
    operational = target("milestone", states=states, target_state="Operationeel plan")
    other_states = target("milestone", states=["Geen plan", "Plan"], target_state="Plan")
    assert compare_targets(concept, operational, None, (None, None), (2027, 2027)) == "tightened"
    assert compare_targets(operational, concept, None, (None, None), (2027, 2027)) == "loosened"
    assert compare_targets(concept, other_states, None, (None, None), (2027, 2027)) == "changed"
