"""Properties that must hold for any numbers: monotonicity, symmetry, and no exception."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ivp_cli.progress.assess import rank
from ivp_cli.words.status import FINAL, Status
from tests.progress_helpers import indicator, run

finite = st.floats(allow_nan=False, allow_infinity=False)
years = st.sampled_from(["2022", "2023", "2024", "2025", "2023-04", "2024H2", "2023-04..2023-08"])
values = st.one_of(finite, st.integers(-(10**12), 10**12), st.just(0), st.none())


def _no_worse(better: Status, worse: Status) -> bool:
    first, second = rank(better), rank(worse)
    assert first is not None and second is not None
    return first <= second


@given(baseline=st.integers(0, 2000), low=st.integers(0, 5000), high=st.integers(0, 5000))
def test_band_a_lower_count_never_gives_a_worse_status(baseline: int, low: int, high: int) -> None:
    low, high = sorted((low, high))
    target = [{"type": "at_most_baseline"}]
    better = run(indicator(target, baseline=("2022", baseline), measurements=[("2024", low)])).status
    worse = run(indicator(target, baseline=("2022", baseline), measurements=[("2024", high)])).status
    assert _no_worse(better, worse)


@given(
    baseline=st.floats(-1e6, 1e6),
    goal=st.floats(-1e6, 1e6),
    first=st.floats(-1e6, 1e6),
    second=st.floats(-1e6, 1e6),
    bound=st.sampled_from(["at_most", "at_least"]),
)
def test_projection_a_better_latest_value_never_gives_a_worse_status(
    baseline: float, goal: float, first: float, second: float, bound: str
) -> None:
    low, high = sorted((first, second))
    better, worse = (low, high) if bound == "at_most" else (high, low)
    target = [{"type": "absolute", "bound": bound, "value": goal}]
    statuses = [
        run(indicator(target, baseline=("2022", baseline), measurements=[("2024", value)])).status
        for value in (better, worse)
    ]
    assert _no_worse(*statuses)


@given(
    start=st.floats(-1e6, 1e6),
    first=st.floats(-1e6, 1e6),
    second=st.floats(-1e6, 1e6),
    direction=st.sampled_from(["increase", "decrease"]),
)
def test_direction_a_better_latest_value_never_gives_a_worse_status(
    start: float, first: float, second: float, direction: str
) -> None:
    low, high = sorted((first, second))
    better, worse = (high, low) if direction == "increase" else (low, high)
    target = [{"type": "direction", "direction": direction}]
    statuses = [
        run(indicator(target, baseline=("2022", start), measurements=[("2024", value)])).status
        for value in (better, worse)
    ]
    assert _no_worse(*statuses)


@given(start=st.floats(-1e6, 1e6), latest=st.floats(-1e6, 1e6))
def test_direction_flipping_the_wanted_direction_swaps_good_and_bad(start: float, latest: float) -> None:
    def status(direction: str) -> Status:
        target = [{"type": "direction", "direction": direction}]
        return run(indicator(target, baseline=("2022", start), measurements=[("2024", latest)])).status

    up, down = status("increase"), status("decrease")
    if Status.NO_PROGRESS in (up, down):  # within noise: standing still, whichever way is wanted
        assert up == down == Status.NO_PROGRESS
    else:
        assert Status.DETERIORATING in (up, down)
        assert {up, down} - {Status.DETERIORATING} <= {Status.ON_TRACK, Status.BEHIND_SCHEDULE}


@given(
    baseline=st.integers(-(10**6), 0),
    latest=st.integers(-(10**6), 10**6),
    goal=st.integers(-(10**6), 10**6),
)
@example(baseline=0, latest=1, goal=-1)
def test_projection_decrease_and_increase_targets_are_mirror_images(
    baseline: int, latest: int, goal: int
) -> None:
    # Mirrored around the baseline (v -> 2 v_b - v), 'at most' becomes 'at least' with the same
    # progress ratio. With v_b <= 0 both sides use the linear projection, so the statuses match.
    # A scale score, not a count: a count's noise band (Poisson, around a count of 0 from 0 to
    # 3.7) is not symmetric, and the mirror of a count is negative, which no register holds; a
    # score's noise rule (1 % of the start) is the same on both sides.
    def status(bound: str, value: int, target_value: int) -> Status:
        target = [{"type": "absolute", "bound": bound, "value": target_value}]
        item = indicator(
            target, unit="scale_score", baseline=("2022", baseline), measurements=[("2024", value)]
        )
        return run(item).status

    mirrored = status("at_least", 2 * baseline - latest, 2 * baseline - goal)
    assert status("at_most", latest, goal) == mirrored


@settings(max_examples=200)
@given(
    unit=st.sampled_from(["count", "percentage", "per_1000_inhabitants", "grade"]),
    baseline=st.integers(1, 500),
    goal=st.integers(0, 600),
    first=st.integers(0, 1000),
    second=st.integers(0, 1000),
    bound=st.sampled_from(["at_most", "at_least"]),
    final=st.booleans(),
)
def test_further_the_wrong_way_never_gives_a_better_status(
    unit: str, baseline: int, goal: int, first: int, second: int, bound: str, final: bool
) -> None:
    # Any bound, on either side of the start (a bound the start meets is 'keep within'), before the
    # target year or in it: moving the value the wrong way never improves the status.
    low, high = sorted((first, second))
    better, worse = (low, high) if bound == "at_most" else (high, low)
    target = [{"type": "absolute", "bound": bound, "value": goal, "year": 2024 if final else 2027}]
    as_of = date(2025, 6, 1)
    statuses = [
        run(indicator(target, unit=unit, baseline=("2022", baseline), measurements=[("2024", value)]), as_of)
        for value in (better, worse)
    ]
    assert _no_worse(statuses[0].status, statuses[1].status)
    assert all(result.final == final for result in statuses if result.status in FINAL)


@settings(max_examples=200)
@given(
    baseline=st.integers(-(10**6), 0),
    latest=st.integers(-(10**6), 10**6),
    goal=st.integers(-(10**6), 10**6),
    unit=st.sampled_from(["scale_score", "percent_change"]),
    final=st.booleans(),
)
def test_a_fall_wanted_and_a_rise_wanted_are_symmetric(
    baseline: int, latest: int, goal: int, unit: str, final: bool
) -> None:
    # Mirrored around the baseline (v -> 2 v_b - v), 'at most' becomes 'at least': the progress
    # ratio, the trajectory, the 1 % rule, keep-within and the final verdict all carry over. With
    # v_b <= 0 both sides use the linear projection (the geometric one has no mirror image).
    year = 2024 if final else 2027

    def status(bound: str, value: int, target_value: int) -> Status:
        target = [{"type": "absolute", "bound": bound, "value": target_value, "year": year}]
        item = indicator(target, unit=unit, baseline=("2022", baseline), measurements=[("2024", value)])
        return run(item, date(2025, 6, 1)).status

    assert status("at_most", latest, goal) == status("at_least", 2 * baseline - latest, 2 * baseline - goal)


TARGETS: list[dict[str, Any]] = [
    {"type": "at_most_baseline"},
    {"type": "at_least_baseline"},
    {"type": "equal_to_baseline", "tolerance": 2},
    {"type": "level_of_year", "level_year": 2023, "comparison": "at_least"},
    {"type": "equal_to_baseline"},
    {"type": "absolute", "bound": "at_most", "value": 0},
    {"type": "absolute", "bound": "at_least", "value": 1e308},
    {"type": "relative_to_baseline", "change_percent": -100},
    {"type": "relative_to_baseline", "change_percent": 0},
    {"type": "direction", "direction": "decrease"},
    {"type": "reference", "comparison": "at_least", "reference": {"name": "landelijk", "measurements": []}},
    {"type": "monitor"},
]


@settings(max_examples=300)
@given(
    target=st.sampled_from(TARGETS),
    unit=st.sampled_from(["count", "percentage", "per_1000_inhabitants", "grade", "rank", "percent_change"]),
    baseline=st.one_of(st.none(), st.tuples(years, values)),
    measurements=st.lists(st.tuples(years, values), max_size=4),
)
def test_no_exception_for_any_numbers(
    target: dict[str, Any],
    unit: str,
    baseline: tuple[str, object] | None,
    measurements: list[tuple[str, object]],
) -> None:
    result = run(indicator([target], unit=unit, baseline=baseline, measurements=measurements))
    assert result.status in set(Status)
    assert result.explanation["nl"] and result.explanation["en"]
    for figure in result.figures.values():
        assert not (isinstance(figure, float) and figure != figure)  # never NaN
