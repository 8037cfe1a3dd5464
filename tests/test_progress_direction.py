"""Direction-only targets against the Eurostat thresholds, worked by hand (invented test data)."""

from __future__ import annotations

import math

import pytest

from ivp_cli.progress.methods.direction import classify
from ivp_cli.words.status import Status
from tests.progress_helpers import indicator, run

DECREASE = [{"type": "direction", "direction": "decrease", "text": "Daling High Impact Crimes"}]
INCREASE = [{"type": "direction", "direction": "increase"}]


def test_misdrijven_423_to_400_is_on_track() -> None:
    # CAGR = (400/423)^(1/2) - 1 = 0.972433 - 1 = -0.027567; decrease wanted: adjusted +2.76 % > 1 %
    result = run(indicator(DECREASE, baseline=("2022", 423), measurements=[("2024", 400)]))
    assert result.status is Status.ON_TRACK
    assert result.method == "direction"
    assert result.figures["annual_rate"] == pytest.approx(math.sqrt(400 / 423) - 1)
    assert result.figures["adjusted_rate"] == pytest.approx(1 - math.sqrt(400 / 423))
    assert (result.figures["threshold_on_track"], result.figures["threshold_moderate"]) == (0.01, 0.0)
    assert result.explanation == {
        "nl": "423 in 2022, 400 in 2024: een daling van 2,8 % per jaar; meer dan 1 % per jaar de goede "
        "kant op (Eurostat-drempel), dus op koers.",
        "en": "423 in 2022, 400 in 2024: a fall of 2.8% a year; more than 1% a year the right way "
        "(Eurostat threshold), so on track.",
    }


def test_misdrijven_423_to_418_is_moderate_progress() -> None:
    # (418/423)^(1/2) - 1 = 0.994072 - 1 = -0.59 %: adjusted +0.59 %, between 0 and 1 %
    result = run(indicator(DECREASE, baseline=("2022", 423), measurements=[("2024", 418)]))
    assert result.status is Status.BEHIND_SCHEDULE
    assert result.explanation["nl"] == (
        "423 in 2022, 418 in 2024: een daling van 0,6 % per jaar; 0 tot 1 % per jaar de goede kant op "
        "(Eurostat: matige vooruitgang), dus achter op schema."
    )


def test_meldingen_overlast_jeugd_rising_is_deteriorating() -> None:
    # 53 -> 60: CAGR = (60/53)^(1/2) - 1 = +6.4 %; decrease wanted: adjusted -6.4 % < 0
    result = run(indicator(DECREASE, baseline=("2022", 53), measurements=[("2024", 60)]))
    assert result.status is Status.DETERIORATING
    assert result.explanation["nl"] == (
        "53 in 2022, 60 in 2024: een stijging van 6,4 % per jaar; de verkeerde kant op (Eurostat), "
        "dus verslechterd."
    )


@pytest.mark.parametrize(
    ("adjusted", "status"),
    [
        (0.0100001, Status.ON_TRACK),
        (0.01, Status.BEHIND_SCHEDULE),
        (0.0, Status.BEHIND_SCHEDULE),
        (-1e-9, Status.DETERIORATING),
    ],
)
def test_eurostat_thresholds(adjusted: float, status: Status) -> None:
    assert classify(adjusted) is status


def test_no_change_is_moderate() -> None:
    result = run(indicator(INCREASE, baseline=("2022", 10), measurements=[("2024", 10)]))
    assert result.status is Status.BEHIND_SCHEDULE
    assert "geen verandering" in result.explanation["nl"]


def test_without_baseline_the_first_measurement_is_the_start() -> None:
    # 40 (2023) -> 50 (2025): (50/40)^(1/2) - 1 = 11.8 % a year, increase wanted -> on track
    result = run(indicator(INCREASE, unit="percentage", measurements=[("2023", 40), ("2025", 50)]))
    assert result.status is Status.ON_TRACK
    assert result.figures["start_period"] == "2023"
    assert "first_measurement_as_baseline" in result.flags


def test_one_measurement_and_no_baseline_is_insufficient() -> None:
    result = run(indicator(INCREASE, measurements=[("2024", 50)]))
    assert result.status is Status.INSUFFICIENT_DATA
    assert (
        result.explanation["nl"]
        == "Er is maar één bekende waarde (50 in 2024); voor een ontwikkeling zijn er twee nodig."
    )


@pytest.mark.parametrize(
    ("direction", "status"), [("increase", Status.ON_TRACK), ("decrease", Status.DETERIORATING)]
)
def test_rise_from_zero_has_no_ratio_but_a_direction(direction: str, status: Status) -> None:
    target = [{"type": "direction", "direction": direction}]
    result = run(indicator(target, baseline=("2022", 0), measurements=[("2024", 3)]))
    assert result.status is status
    assert result.figures["annual_rate"] is None
    assert result.flags == ("rate_from_zero",)
    assert "een stijging vanaf nul" in result.explanation["nl"]


def test_negative_start_uses_the_linear_rate() -> None:
    # -10 -> -5 over two years: (-5 - -10) / 10 / 2 = +25 % a year
    result = run(indicator(INCREASE, baseline=("2022", -10), measurements=[("2024", -5)]))
    assert result.figures["annual_rate"] == pytest.approx(0.25)
    assert (result.status, result.flags) == (Status.ON_TRACK, ("linear_rate",))
