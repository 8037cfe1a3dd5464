"""Properties of the target order and of the diff over every pair of the shipped plans."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivp_cli.diff.targets import Direction, compare_targets
from ivp_cli.plan.model import (
    AbsoluteTarget,
    AtMostBaseline,
    DirectionTarget,
    EqualToBaseline,
    MilestoneTarget,
    MonitorOnly,
    RelativeTarget,
    Target,
)
from tests.conftest import PLANS, Ivp

STATES = ["Geen plan", "Concept", "Operationeel plan"]
targets: st.SearchStrategy[Target] = st.one_of(
    st.builds(MonitorOnly, type=st.just("monitor")),
    st.builds(AtMostBaseline, type=st.just("at_most_baseline")),
    st.builds(EqualToBaseline, type=st.just("equal_to_baseline")),
    st.builds(
        DirectionTarget, type=st.just("direction"), direction=st.sampled_from(["decrease", "increase"])
    ),
    st.builds(RelativeTarget, type=st.just("relative_to_baseline"), change_percent=st.integers(-100, 100)),
    st.builds(
        AbsoluteTarget,
        type=st.just("absolute"),
        bound=st.sampled_from(["at_most", "at_least"]),
        value=st.integers(0, 1000),
    ),
    st.builds(
        MilestoneTarget,
        type=st.just("milestone"),
        states=st.just(STATES),
        target_state=st.sampled_from(STATES),
    ),
)
MIRROR = {"tightened": "loosened", "loosened": "tightened", "changed": "changed", "same": "same"}


@given(
    old=targets,
    new=targets,
    good=st.sampled_from(["decrease", "increase", None]),
    baseline=st.one_of(st.none(), st.integers(0, 500)),
    years=st.tuples(st.integers(2024, 2030), st.integers(2024, 2030)),
)
def test_swapping_old_and_new_mirrors_the_verdict(
    old: Target, new: Target, good: Direction, baseline: int | None, years: tuple[int, int]
) -> None:
    forward = compare_targets(old, new, good, (baseline, baseline), years)
    backward = compare_targets(new, old, good, (baseline, baseline), (years[1], years[0]))
    assert backward == MIRROR[forward]


@given(target=targets, good=st.sampled_from(["decrease", "increase", None]), year=st.integers(2024, 2030))
def test_a_target_compared_with_itself_is_the_same(target: Target, good: Direction, year: int) -> None:
    assert compare_targets(target, target, good, (10, 10), (year, year)) == "same"


NAMES = sorted(path.name for path in PLANS.glob("*.yaml"))


@pytest.mark.parametrize(("old", "new"), list(itertools.permutations(NAMES, 2)))
def test_any_two_shipped_plans_diff_without_error(ivp: Ivp, old: str, new: str) -> None:
    result = ivp("diff", str(PLANS / old), str(PLANS / new), "--format", "json")
    document = json.loads(result.stdout)
    kinds = {change["kind"] for change in document["files"][0]["changes"]}
    assert result.exit_code == 0
    assert {"theme_added", "theme_removed", "field_changed"} <= kinds
    assert all(change["message"] for change in document["files"][0]["changes"])
