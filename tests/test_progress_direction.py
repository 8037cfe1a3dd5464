"""Direction-only targets against the Eurostat thresholds, worked by hand (invented test data).

A change within noise comes first: for counts the Garwood band of the start (k = 423: 383.6 to
465.3; k = 53: 39.7 to 69.3; k = 0: 0 to 3.69), otherwise 1 % of the start value.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from ivp_cli.plan.model import PlanPeriod
from ivp_cli.progress.methods.direction import classify
from ivp_cli.words.status import Status
from tests.progress_helpers import indicator, run

DECREASE = [{"type": "direction", "direction": "decrease", "text": "Daling High Impact Crimes"}]
INCREASE = [{"type": "direction", "direction": "increase"}]


def test_misdrijven_423_to_350_is_on_track() -> None:
    # 350 lies below the band 383.6-465.3: a real fall.
    # CAGR = (350/423)^(1/2) - 1 = 0.909624 - 1 = -0.090376; decrease wanted: adjusted +9.0 % > 1 %
    result = run(indicator(DECREASE, baseline=("2022", 423), measurements=[("2024", 350)]))
    assert result.status is Status.ON_TRACK
    assert result.method == "direction"
    assert result.figures["annual_rate"] == pytest.approx(math.sqrt(350 / 423) - 1)
    assert result.figures["adjusted_rate"] == pytest.approx(1 - math.sqrt(350 / 423))
    assert (result.figures["threshold_on_track"], result.figures["threshold_moderate"]) == (0.01, 0.0)
    assert result.explanation == {
        "nl": "Doel voor 2027: daling. Van 423 in 2022 naar 350 in 2024: een daling van 9 % per jaar. "
        "Dat is meer dan 1 % per jaar de goede kant op (Eurostat-drempel), dus op koers.",
        "en": "Target for 2027: decrease. From 423 in 2022 to 350 in 2024: a fall of 9% a year. "
        "That is more than 1% a year the right way (Eurostat threshold), so on track.",
    }


def test_misdrijven_423_to_400_is_within_chance() -> None:
    # 400 lies inside 383.6-465.3: 423 -> 400 registrations is no trend
    result = run(indicator(DECREASE, baseline=("2022", 423), measurements=[("2024", 400)]))
    assert (result.status, "within_noise" in result.flags) == (Status.NO_PROGRESS, True)
    assert result.explanation["nl"] == (
        "Doel voor 2027: daling. Van 423 in 2022 naar 400 in 2024: niet meer dan toeval, dus geen "
        "vooruitgang."
    )


def test_a_percentage_falling_slowly_is_moderate_progress_in_procentpunten() -> None:
    # 30 -> 29.6 %: 1.3 % of the start, beyond the 1 % rule. CAGR = (29.6/30)^(1/2) - 1 = -0.67 %
    result = run(indicator(DECREASE, unit="percentage", baseline=("2022", 30), measurements=[("2024", 29.6)]))
    assert result.status is Status.BEHIND_SCHEDULE
    assert result.explanation["nl"] == (
        "Doel voor 2027: daling. Van 30 % in 2022 naar 29,6 % in 2024: een daling van 0,2 procentpunt "
        "per jaar. Dat is 0 tot 1 % per jaar de goede kant op (Eurostat: matige vooruitgang), dus "
        "achter op schema."
    )


def test_meldingen_overlast_jeugd_rising_is_deteriorating() -> None:
    # 53 -> 75: above the band 39.7-69.3. CAGR = (75/53)^(1/2) - 1 = +19.0 %; adjusted -19.0 % < 0
    result = run(indicator(DECREASE, baseline=("2022", 53), measurements=[("2024", 75)]))
    assert result.status is Status.DETERIORATING
    assert result.explanation["nl"] == (
        "Doel voor 2027: daling. Van 53 in 2022 naar 75 in 2024: een stijging van 19 % per jaar. "
        "Dat is de verkeerde kant op (Eurostat), dus verslechterd."
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


@pytest.mark.parametrize(("before", "after"), [(10, 10), (12.0, 12.0), (8.0, 8.0)])
def test_standing_still_is_no_progress_not_deteriorating(before: float, after: float) -> None:
    for target in (INCREASE, DECREASE):
        result = run(
            indicator(target, unit="percentage", baseline=("2022", before), measurements=[("2024", after)])
        )
        assert result.status is Status.NO_PROGRESS


def test_without_baseline_the_first_measurement_is_the_start() -> None:
    # 40 (2023) -> 50 (2025): (50/40)^(1/2) - 1 = 11.8 % a year, increase wanted -> on track
    result = run(indicator(INCREASE, unit="percentage", measurements=[("2023", 40), ("2025", 50)]))
    assert result.status is Status.ON_TRACK
    assert result.figures["start_period"] == "2023"
    assert "first_measurement_as_baseline" in result.flags


def test_one_measurement_and_no_baseline_is_insufficient() -> None:
    result = run(indicator(INCREASE, measurements=[("2024", 50)]))
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.explanation["nl"] == (
        "Doel voor 2027: stijging. Er is maar één bekende waarde (50 in 2024). "
        "Voor een ontwikkeling zijn er twee nodig."
    )


@pytest.mark.parametrize(
    ("direction", "status"), [("increase", Status.ON_TRACK), ("decrease", Status.DETERIORATING)]
)
def test_rise_from_zero_has_no_ratio_but_a_direction(direction: str, status: Status) -> None:
    # 0 -> 5: above the band 0-3.69 of a zero count
    target = [{"type": "direction", "direction": direction}]
    result = run(indicator(target, baseline=("2022", 0), measurements=[("2024", 5)]))
    assert result.status is status
    assert result.figures["annual_rate"] is None
    assert result.flags == ("rate_from_zero",)
    assert "een stijging vanaf nul" in result.explanation["nl"]


def test_negative_start_uses_the_linear_rate() -> None:
    # -10 -> -5 over two years: (-5 - -10) / 10 / 2 = +25 % a year
    result = run(indicator(INCREASE, baseline=("2022", -10), measurements=[("2024", -5)]))
    assert result.figures["annual_rate"] == pytest.approx(0.25)
    assert (result.status, result.flags) == (Status.ON_TRACK, ("linear_rate",))


def test_a_measured_target_year_is_final() -> None:
    # 'daling in 2024': 423 (2022) -> 410 (2024) is lower, so achieved, even within chance
    target = [{"type": "direction", "direction": "decrease", "year": 2024}]
    item = indicator(target, baseline=("2022", 423), measurements=[("2024", 410)])
    result = run(item, as_of=date(2025, 6, 1), plan_period=PlanPeriod(start=2023, end=2026))
    assert (result.status, result.final) == (Status.ACHIEVED, True)
    assert result.explanation["nl"] == (
        "Doel voor 2024: daling. Van 423 in 2022 naar 410 in 2024: lager dan het begin, dus behaald."
    )
    rising = indicator(target, baseline=("2022", 423), measurements=[("2024", 430)])
    assert run(rising, as_of=date(2025, 6, 1)).status is Status.NOT_ACHIEVED
