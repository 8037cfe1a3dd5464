"""Reference series and milestones, worked by hand (invented test data)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ivp_cli.words.status import Status
from tests.progress_helpers import indicator, observation, run


def _reference(values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "type": "reference",
            "comparison": "at_most",
            "text": "Cijfers online criminaliteit zijn gelijk of lager dan landelijk",
            "reference": {"name": "landelijk", "measurements": values},
        }
    ]


NATIONAL = _reference([observation("2023", 12.5), observation("2025", 13.0)])


@pytest.mark.parametrize(
    ("value", "status"), [(12.5, Status.ACHIEVED), (11.0, Status.ACHIEVED), (14.0, Status.DETERIORATING)]
)
def test_compared_with_the_national_value_of_the_same_period(value: float, status: Status) -> None:
    result = run(indicator(NATIONAL, unit="percentage", measurements=[("2023", value)]))
    assert result.status is status
    assert result.figures["reference_value"] == 12.5
    assert result.figures["difference"] == pytest.approx(value - 12.5)


def test_reference_sentence() -> None:
    result = run(
        indicator(NATIONAL, unit="percentage", measurements=[("2023", 14.0)]), as_of=date(2025, 6, 1)
    )
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan landelijk. 14 % in 2023 (landelijk 12,5 %): hoger "
        "dan de referentie, dus verslechterd."
    )
    assert result.explanation["en"] == (
        "Target for 2027: at most landelijk. 14% in 2023 (landelijk 12.5%): above the reference, so "
        "deteriorating."
    )


def test_a_figure_more_than_two_years_old_is_flagged_stale() -> None:
    result = run(
        indicator(NATIONAL, unit="percentage", measurements=[("2023", 14.0)]), as_of=date(2026, 6, 1)
    )
    assert "stale_data" in result.flags
    assert result.explanation["nl"].endswith(
        "Let op: het laatste cijfer is van 2023. Dat is meer dan twee jaar oud."
    )


def test_missing_reference_for_the_period_is_insufficient() -> None:
    result = run(indicator(NATIONAL, unit="percentage", measurements=[("2024", 11.0)]))
    assert result.status is Status.INSUFFICIENT_DATA
    assert result.explanation["nl"] == (
        "Doel voor 2027: gelijk aan of lager dan landelijk. 11 % in 2024, maar de waarde voor "
        "'landelijk' over dezelfde periode ontbreekt."
    )


def test_no_value_at_all_is_insufficient() -> None:
    result = run(indicator(NATIONAL, unit="percentage"))
    assert result.status is Status.INSUFFICIENT_DATA


def test_overlapping_survey_margins_count_as_equal() -> None:
    target = _reference([observation("2023", 12.5, margin={"lower": 12.1, "upper": 12.9})])
    measured = observation("2023", 14.0, margin={"lower": 11.5, "upper": 16.5})
    result = run(indicator(target, unit="percentage", measurements=[measured]))
    assert (result.status, "within_margin" in result.flags) == (Status.ACHIEVED, True)


STATES = ["Geen plan", "Plan in ontwikkeling", "Operationeel plan van aanpak"]
MILESTONE = [{"type": "milestone", "states": STATES, "target_state": "Operationeel plan van aanpak"}]


@pytest.mark.parametrize(
    ("baseline", "later", "status"),
    [
        ("Geen plan", "Operationeel plan van aanpak", Status.ACHIEVED),
        ("Geen plan", "Plan in ontwikkeling", Status.ON_TRACK),
        ("Geen plan", "Geen plan", Status.NO_PROGRESS),
        ("Plan in ontwikkeling", "Geen plan", Status.DETERIORATING),
        ("Geen plan", "Iets anders", Status.NOT_ASSESSABLE),
    ],
)
def test_milestone_position(baseline: str, later: str, status: Status) -> None:
    result = run(
        indicator(MILESTONE, unit="state", baseline=("2023", baseline), measurements=[("2025", later)])
    )
    assert result.status is status
    assert result.method == "milestone"


def test_milestone_sentence_names_step_and_start() -> None:
    item = indicator(
        MILESTONE,
        unit="state",
        baseline=("2023", "Geen plan"),
        measurements=[("2025", "Plan in ontwikkeling")],
    )
    result = run(item)
    assert result.explanation["nl"] == (
        "Doel voor 2027: de stap 'Operationeel plan van aanpak' bereiken. Toestand in 2025: 'Plan in "
        "ontwikkeling' (stap 2 van 3; "
        "doel: 'Operationeel plan van aanpak'), vanaf 'Geen plan', dus op koers."
    )
    assert (
        result.figures["state_index"],
        result.figures["state_count"],
        result.figures["target_state_index"],
    ) == (2, 3, 3)


def test_milestone_baseline_alone_is_insufficient_and_no_state_is_not_assessable() -> None:
    only_baseline = run(indicator(MILESTONE, unit="state", baseline=("2023", "Geen plan")))
    nothing = run(indicator(MILESTONE, unit="state"))
    assert only_baseline.status is Status.INSUFFICIENT_DATA
    assert (nothing.status, nothing.flags) == (Status.NOT_ASSESSABLE, ("no_state",))


def test_qualitative_and_monitor_show_the_latest_value() -> None:
    qualitative = run(
        indicator(
            [{"type": "qualitative", "text": "Alle jeugd wordt doorverwezen"}], measurements=[("2024", 7)]
        )
    )
    monitor = run(indicator([{"type": "monitor"}], measurements=[("2024", 7)]))
    assert (qualitative.status, qualitative.method) == (Status.NOT_ASSESSABLE, "qualitative")
    assert (monitor.status, monitor.method) == (Status.MONITOR_ONLY, "monitor")
    assert monitor.explanation["nl"] == ("Laatste waarde: 7 in 2024. Geen doel, alleen gevolgd.")


def test_numeric_target_on_a_state_indicator_has_no_method() -> None:
    result = run(indicator([{"type": "at_most_baseline"}], unit="state", baseline=("2023", "Geen plan")))
    assert (result.status, result.method, result.flags) == (Status.NOT_ASSESSABLE, "none", ("unit_mismatch",))


def test_milestone_already_reached_at_the_baseline_is_achieved() -> None:
    result = run(indicator(MILESTONE, unit="state", baseline=("2023", "Operationeel plan van aanpak")))
    assert result.status is Status.ACHIEVED
    assert result.explanation["nl"] == (
        "Doel voor 2027: de stap 'Operationeel plan van aanpak' bereiken. Toestand in 2023: "
        "'Operationeel plan van aanpak' (stap 3 van 3; "
        "doel: 'Operationeel plan van aanpak'), dus behaald."
    )
