"""Numeric targets: the UN 2023 projection, worked by hand.

Times are period midpoints: 2022 -> 2022.5, 2024 -> 2024.5; a target year 2027 -> 2027.5.
All values after the baseline are invented test data.
"""

from __future__ import annotations

import math

import pytest

from ivp_cli.progress.methods.projection import _classify
from ivp_cli.words.status import Status
from tests.progress_helpers import indicator, run

AT_MOST_25 = [{"type": "absolute", "bound": "at_most", "value": 25, "year": 2027, "text": "maximaal 25 %"}]
MINUS_10 = [{"type": "relative_to_baseline", "change_percent": -10}]


def test_on_track_worked_example() -> None:
    # r = (28/30)^(1/2) - 1 = 0.966092 - 1 = -0.033908
    # v_T = 28 * 0.966092^3 = 28 * 0.901686 = 25.2472
    # P = (25.2472 - 30) / (25 - 30) = 0.95056 >= 0.95 -> on track
    # trajectory at 2024.5: 30 + (25 - 30) * 2/5 = 28 = latest -> on schedule
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30), measurements=[("2024", 28)]))
    assert result.status is Status.ON_TRACK
    assert result.method == "projection"
    figures = result.figures
    assert figures["annual_rate"] == pytest.approx(math.sqrt(28 / 30) - 1)
    assert figures["projected_value"] == pytest.approx(28 * (28 / 30) ** 1.5)
    assert figures["progress_ratio"] == pytest.approx((28 * (28 / 30) ** 1.5 - 30) / (25 - 30))
    assert round(float(str(figures["progress_ratio"])), 5) == 0.95056
    assert (figures["trajectory_value"], figures["schedule"]) == (28.0, "on")
    assert (figures["threshold_on_track"], figures["threshold_deteriorating"]) == (0.95, 0.10)
    assert figures["projection"] == "geometric"
    assert result.explanation["nl"] == (
        "Doel voor 2027: hoogstens 25 %. Van 30 % in 2022 naar 28 % in 2024 (2 procentpunt lager). "
        "Dat is 40 % van de stap naar het doel. In dit tempo wordt het 25,2 % in 2027, dus op koers. "
        "Op een rechte lijn naar het doel hoort het nu 28 % te zijn: op schema."
    )
    assert result.explanation["en"] == (
        "Target for 2027: at most 25%. From 30% in 2022 to 28% in 2024 (2 percentage points lower). "
        "That is 40% of the step to the target. At this pace it will be 25.2% in 2027, so on track. "
        "A straight line to the target puts it at 28% now: on schedule."
    )
    assert result.figures["progress_made"] == pytest.approx(0.4)  # (28 - 30) / (25 - 30)


def test_behind_schedule_worked_example() -> None:
    # r = (29/30)^(1/2) - 1 = -0.016807; v_T = 29 * (29/30)^1.5 = 29 * 0.950419 = 27.5622
    # P = (27.5622 - 30) / (25 - 30) = 0.48757 -> behind; trajectory 28 < 29 -> behind schedule
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30), measurements=[("2024", 29)]))
    assert result.status is Status.BEHIND_SCHEDULE
    assert round(float(str(result.figures["progress_ratio"])), 5) == 0.48757
    assert result.figures["schedule"] == "behind"


def test_moving_away_is_deteriorating() -> None:
    # r = (31/30)^(1/2) - 1 > 0, so v_T > 30 and P < 0 < 0.10
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30), measurements=[("2024", 31)]))
    assert result.status is Status.DETERIORATING
    assert float(str(result.figures["progress_ratio"])) < 0


def test_ahead_of_schedule_is_reported() -> None:
    # latest 26 in 2024: trajectory says 28, so 26 is ahead; P = (26*(26/30)^1.5 - 30)/(-5) = 1.85
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30), measurements=[("2024", 26)]))
    assert (result.status, result.figures["schedule"]) == (Status.ON_TRACK, "ahead")
    assert result.explanation["nl"].endswith("hoort het nu 28 % te zijn: voor op schema.")


def test_achieved_when_the_latest_meets_the_target() -> None:
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30), measurements=[("2025", 25)]))
    assert result.status is Status.ACHIEVED
    assert (
        result.explanation["nl"] == "Doel voor 2027: hoogstens 25 %. 25 % in 2025: het doel is nu al gehaald."
    )
    assert not result.final  # before the target year: it can still change


def test_relative_target_minus_ten_percent() -> None:
    # target = 100 * (1 - 10/100) = 90; 100 -> 98.5 is 1.5 % of the start, beyond the 1 % rule.
    # r = sqrt(0.985) - 1; v_T = 98.5 * 0.985^1.5 = 96.2921; P = (96.2921 - 100) / (90 - 100) = 0.37079
    item = indicator(
        MINUS_10, unit="per_1000_inhabitants", baseline=("2022", 100), measurements=[("2024", 98.5)]
    )
    result = run(item)
    assert result.status is Status.BEHIND_SCHEDULE
    assert result.figures["target_value"] == 90.0
    assert round(float(str(result.figures["progress_ratio"])), 5) == 0.37079
    assert result.target_year == 2027  # no year: the last plan year


@pytest.mark.parametrize(
    ("ratio", "status"),
    [
        (0.95, Status.ON_TRACK),
        (0.9499999, Status.BEHIND_SCHEDULE),
        (0.10, Status.BEHIND_SCHEDULE),
        (0.0999999, Status.NO_PROGRESS),
        (0.0, Status.NO_PROGRESS),
        (-1e-9, Status.DETERIORATING),
        (-3.0, Status.DETERIORATING),
        (math.inf, Status.ON_TRACK),
    ],
)
def test_progress_ratio_thresholds(ratio: float, status: Status) -> None:
    assert _classify(ratio) is status


@pytest.mark.parametrize(
    ("latest", "status"),
    [
        (38.4, Status.ON_TRACK),
        (37.6, Status.BEHIND_SCHEDULE),
        (4.2, Status.BEHIND_SCHEDULE),
        (3.8, Status.NO_PROGRESS),
    ],
)
def test_zero_baseline_falls_back_to_a_linear_projection(latest: float, status: Status) -> None:
    # v_b = 0: no geometric rate. Linear: slope = latest / 2 a year, v_T = latest + 3 * slope = 2.5 * latest
    # P = 2.5 * latest / 100: 38.4 -> 0.96, 37.6 -> 0.94, 4.2 -> 0.105, 3.8 -> 0.095
    target = [{"type": "absolute", "bound": "at_least", "value": 100, "year": 2027}]
    result = run(indicator(target, unit="percentage", baseline=("2022", 0), measurements=[("2024", latest)]))
    assert result.status is status
    assert result.figures["progress_ratio"] == pytest.approx(2.5 * latest / 100)
    assert result.figures["annual_rate"] is None
    assert "linear_projection" in result.flags
    assert "rechte lijn doorgetrokken" in result.explanation["nl"]


def test_zero_latest_value_falls_back_to_linear() -> None:
    # at_least 80 from 50: 50 -> 0 in two years, slope -25, v_T = 0 - 75 = -75, P = (-75-50)/30 < 0
    target = [{"type": "absolute", "bound": "at_least", "value": 80}]
    result = run(indicator(target, baseline=("2022", 50), measurements=[("2024", 0)]))
    assert result.status is Status.DETERIORATING
    assert result.figures["projected_value"] == pytest.approx(-75.0)
    assert result.figures["annual_rate"] == pytest.approx(-0.5)  # -25 a year on |50|


def test_baseline_that_already_meets_an_absolute_bound_is_achieved() -> None:
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 20)))
    assert (result.status, result.flags) == (Status.ACHIEVED, ("baseline_only",))
    assert result.explanation["nl"] == (
        "Doel voor 2027: hoogstens 25 %. De nulmeting (20 % in 2022) haalt het doel al. "
        "Er is nog geen latere meting."
    )


def test_baseline_alone_short_of_the_target_is_insufficient() -> None:
    result = run(indicator(AT_MOST_25, unit="percentage", baseline=("2022", 30)))
    assert result.status is Status.INSUFFICIENT_DATA


def test_relative_target_without_baseline_cannot_be_computed() -> None:
    result = run(indicator(MINUS_10, measurements=[("2023", 5), ("2024", 4)]))
    assert (result.status, result.flags) == (Status.INSUFFICIENT_DATA, ("no_baseline",))


def test_absolute_target_without_baseline_starts_at_the_first_measurement() -> None:
    # 30 (2023) -> 28 (2025): r = sqrt(28/30) - 1; v_T = 28 * (28/30)^1 = 26.1333 at 2027.5
    # P = (26.1333 - 30) / (25 - 30) = 0.77333 -> behind
    result = run(
        indicator(AT_MOST_25, unit="percentage", measurements=[("2023", 30), ("2025", 28)]),
        as_of=__import__("datetime").date(2026, 6, 1),
    )
    assert result.status is Status.BEHIND_SCHEDULE
    assert round(float(str(result.figures["progress_ratio"])), 5) == 0.77333
    assert "first_measurement_as_baseline" in result.flags


def test_a_later_value_never_judges_a_passed_target_year() -> None:
    # target year 2024 has passed without a 2024 figure; 27 in 2025 is shown, not judged
    target = [{"type": "absolute", "bound": "at_most", "value": 25, "year": 2024}]
    result = run(indicator(target, baseline=("2022", 30), measurements=[("2025", 27)]))
    assert (result.status, result.flags) == (Status.INSUFFICIENT_DATA, ("target_year_not_measured",))
    assert result.explanation["nl"] == (
        "Doel voor 2024: hoogstens 25. Het jaar 2024 is voorbij, maar er is geen cijfer over 2024. "
        "Laatste waarde: 27 in 2025."
    )


def test_target_equal_to_the_baseline_and_worse_is_deteriorating() -> None:
    target = [{"type": "absolute", "bound": "at_most", "value": 30}]
    result = run(indicator(target, baseline=("2022", 30), measurements=[("2024", 31)]))
    assert (result.status, "target_equals_baseline" in result.flags) == (Status.DETERIORATING, True)
    assert "keep_within_bound" in result.flags


def test_huge_values_do_not_overflow_into_nonsense() -> None:
    target = [{"type": "absolute", "bound": "at_least", "value": 1e308}]
    # r = (1e300 / 1e-300)^(1/2) - 1 = 1e300; v_T = 1e300 * (1e300)^3 overflows a double
    result = run(indicator(target, baseline=("2022", 1e-300), measurements=[("2024", 1e300)]))
    assert result.status is Status.ON_TRACK
    assert result.figures["projected_value"] is None
    assert "projection_overflow" in result.flags
