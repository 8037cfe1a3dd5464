"""Worked examples of the patterns found when real plans and budgets were encoded.

The figures follow the documents' patterns (BBV tables, annual reports) but are invented test data:
every value carries `provenance: {source: test}` (see tests/progress_helpers.py).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from ivp_cli.load import load_plan_text
from ivp_cli.plan.model import Measurement, PlanPeriod
from ivp_cli.render.status_json import _no_negative_zero
from ivp_cli.words.status import Status
from tests.progress_helpers import TEST_DATA, indicator, observation, run

P2019 = PlanPeriod(start=2019, end=2022)


def _at_most(value: float, year: int) -> list[dict[str, Any]]:
    return [{"type": "absolute", "bound": "at_most", "value": value, "year": year}]


def _at_least(value: float, year: int) -> list[dict[str, Any]]:
    return [{"type": "absolute", "bound": "at_least", "value": value, "year": year}]


# --- a bound the start already meets -----------------------------------------------------------


def test_geweld_above_a_bound_the_start_met_is_deteriorating_never_on_track() -> None:
    # Geweldsmisdrijven 2,6 per 1.000 (2017), 3,1 (2018), target "hoogstens 3,0" (2022). The UN ratio
    # would be (projected - 2,6) / (3,0 - 2,6) = far above 0.95, "on track"; moving away never is.
    item = indicator(
        _at_most(3.0, 2022), unit="per_1000_inhabitants", baseline=("2017", 2.6), measurements=[("2018", 3.1)]
    )
    result = run(item, as_of=date(2019, 6, 1), plan_period=P2019)
    assert (result.status, "keep_within_bound" in result.flags) == (Status.DETERIORATING, True)
    assert "progress_ratio" not in result.figures
    assert result.explanation["nl"] == (
        "Doel voor 2022: hoogstens 3 per 1.000 inwoners. Bij de start zat het cijfer al binnen de grens. "
        "Het doel is daar te blijven. Van 2,6 per 1.000 inwoners in 2017 naar 3,1 per 1.000 inwoners "
        "in 2018 (19,2 % hoger): nu over de grens, dus verslechterd."
    )
    within = indicator(
        _at_most(3.0, 2022), unit="per_1000_inhabitants", baseline=("2017", 2.6), measurements=[("2018", 2.9)]
    )
    assert run(within, as_of=date(2019, 6, 1), plan_period=P2019).status is Status.ACHIEVED


def test_a_rise_of_at_most_five_percent_is_a_bound_to_keep() -> None:
    # "+5 %" on an indicator that should fall: at most 5 % above the baseline, met at the start
    target = [{"type": "relative_to_baseline", "change_percent": 5, "year": 2022}]
    item = indicator(
        target,
        unit="per_1000_inhabitants",
        direction="decrease",
        baseline=("2018", 40),
        measurements=[("2020", 43)],
    )
    result = run(item, as_of=date(2021, 6, 1), plan_period=P2019)
    assert (result.status, result.figures["target_value"]) == (Status.DETERIORATING, 42.0)
    assert result.explanation["nl"].startswith("Doel voor 2022: 5 % hoger dan de nulmeting.")


# --- the target year measured: final --------------------------------------------------------------


def test_a_2020_target_with_its_2020_value_is_final_not_a_projection() -> None:
    item = indicator(
        _at_most(40, 2020),
        unit="percentage",
        baseline=("2017", 50),
        measurements=[("2019", 48), ("2020", 46.6)],
    )
    result = run(item, as_of=date(2021, 6, 1), plan_period=P2019)
    assert (result.status, result.final) == (Status.NOT_ACHIEVED, True)
    assert (
        result.explanation["nl"]
        == "Doel voor 2020: hoogstens 40 %. 46,6 % in 2020: het doel is niet gehaald."
    )
    assert "in dit tempo" not in result.explanation["nl"]


def test_a_2022_target_is_never_judged_on_the_2023_value() -> None:
    item = indicator(
        _at_most(40, 2022),
        unit="percentage",
        baseline=("2017", 50),
        measurements=[("2021", 48), ("2023", 39)],
    )
    result = run(item, as_of=date(2024, 6, 1), plan_period=P2019)
    assert (result.status, result.flags) == (Status.INSUFFICIENT_DATA, ("target_year_not_measured",))
    assert result.explanation["nl"] == (
        "Doel voor 2022: hoogstens 40 %. Het jaar 2022 is voorbij, maar er is geen cijfer over 2022. "
        "Laatste waarde: 39 % in 2023."
    )


def test_yearly_targets_are_each_judged_on_their_own_year() -> None:
    # A budget's row: 2019 7,1; 2020 7,2; 2021 7,3; 2022 7,4 (rapportcijfer, baseline 6,9 in 2018)
    targets = [
        {"type": "absolute", "bound": "at_least", "value": value, "year": year}
        for year, value in ((2019, 7.1), (2020, 7.2), (2021, 7.3), (2022, 7.4))
    ]
    item = indicator(
        targets, unit="grade", baseline=("2018", 6.9), measurements=[("2019", 7.2), ("2020", 7.1)]
    )
    result = run(item, as_of=date(2021, 3, 1), plan_period=P2019)
    parts = [(part.target_year, part.status, part.final) for part in result.parts]
    assert parts == [
        (2019, Status.ACHIEVED, True),
        (2020, Status.NOT_ACHIEVED, True),
        (2021, Status.BEHIND_SCHEDULE, False),
        (2022, Status.BEHIND_SCHEDULE, False),
    ]
    # the headline is the next target not yet due: 2021
    assert (result.status, result.target_year) == (Status.BEHIND_SCHEDULE, 2021)
    nl = result.explanation["nl"]
    assert nl.count("Doel voor ") == 4 and "Doel voor 2019: minstens 7,1. 7,2 in 2019" in nl
    # once every year is due the last target speaks
    done = indicator(
        targets,
        unit="grade",
        baseline=("2018", 6.9),
        measurements=[("2019", 7.2), ("2020", 7.1), ("2021", 7.3), ("2022", 7.3)],
    )
    last = run(done, as_of=date(2023, 6, 1), plan_period=P2019)
    assert (last.status, last.target_year, last.final) == (Status.NOT_ACHIEVED, 2022, True)


def test_an_interim_target_inside_the_plan_period() -> None:
    targets = [
        {"type": "absolute", "bound": "at_most", "value": 380, "year": 2019, "text": "tussendoel"},
        {"type": "absolute", "bound": "at_most", "value": 300, "year": 2022},
    ]
    item = indicator(targets, baseline=("2018", 423), measurements=[("2019", 370)])
    result = run(item, as_of=date(2020, 2, 1), plan_period=P2019)
    # 2019 measured and met; 2022 projected: 370 * (370/423)^3 = 247.9, below 300
    assert [part.status for part in result.parts] == [Status.ACHIEVED, Status.ON_TRACK]
    assert result.target_year == 2022


# --- standing still ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "before", "after", "target"),
    [
        ("percentage", 12, 12, _at_most(10, 2022)),
        ("grade", 8.0, 8.0, _at_least(8.5, 2022)),
        ("percentage", 28.8, 28.7, _at_least(35, 2022)),
    ],
)
def test_stagnation_is_no_progress_not_deteriorating(
    unit: str, before: float, after: float, target: Any
) -> None:
    item = indicator(target, unit=unit, baseline=("2019", before), measurements=[("2020", after)])
    result = run(item, as_of=date(2021, 6, 1), plan_period=P2019)
    assert result.status is Status.NO_PROGRESS
    assert "verslechterd" not in result.explanation["nl"]


def test_a_real_fall_where_a_rise_is_wanted_is_deteriorating() -> None:
    item = indicator(
        _at_least(35, 2022), unit="percentage", baseline=("2019", 28.8), measurements=[("2020", 26.0)]
    )
    result = run(item, as_of=date(2021, 6, 1), plan_period=P2019)
    assert result.status is Status.DETERIORATING
    assert "(2,8 procentpunt lager)" in result.explanation["nl"]


# --- a baseline without a year ---------------------------------------------------------------------


def test_a_baseline_the_document_gives_without_a_year() -> None:
    # "nulmeting 6,9"; "doel 2019: minimaal 7,1"; measured 7,0 in 2019
    baseline = {"value": 6.9, "text": "nulmeting 6,9", "provenance": TEST_DATA}
    measured = observation("2019", 7.0, decimals=1)
    item = indicator(_at_least(7.1, 2019), unit="grade", baseline=baseline, measurements=[measured])
    result = run(item, as_of=date(2020, 6, 1), plan_period=P2019)
    assert (result.status, result.final) == (Status.NOT_ACHIEVED, True)
    assert result.explanation["nl"] == "Doel voor 2019: minstens 7,1. 7,0 in 2019: het doel is niet gehaald."
    before = run(
        indicator(_at_least(7.1, 2022), unit="grade", baseline=baseline, measurements=[measured]),
        as_of=date(2020, 6, 1),
        plan_period=P2019,
    )
    assert before.status is Status.INSUFFICIENT_DATA
    assert "De nulmeting (6,9 (jaar onbekend)) heeft geen jaar" in before.explanation["nl"]


# --- units ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "value", "extra", "nl", "en"),
    [
        ("grade", 6.9, {}, "6,9", "6.9"),
        (
            "per_10000",
            82.5,
            {"per": "jongeren van 12 tot en met 17 jaar"},
            "82,5 per 10.000 jongeren van 12 tot en met 17 jaar",
            "82.5 per 10,000 jongeren van 12 tot en met 17 jaar",
        ),
        ("per_10000", 12.0, {}, "12 per 10.000 inwoners", "12 per 10,000 inhabitants"),
        ("rank", 18, {}, "plek 18", "rank 18"),
        ("scale_score", 5.4, {}, "5,4", "5.4"),
        ("percent_change", -2, {}, "-2 %", "-2%"),
        ("percent_change", 3, {}, "+3 %", "+3%"),
    ],
)
def test_units_read_as_the_documents_write_them(
    unit: str, value: float, extra: dict[str, Any], nl: str, en: str
) -> None:
    result = run(indicator([{"type": "monitor"}], unit=unit, measurements=[("2024", value)], **extra))
    assert result.explanation == {
        "nl": f"Laatste waarde: {nl} in 2024. Geen doel, alleen gevolgd.",
        "en": f"Latest value: {en} in 2024. No target, only followed.",
    }
    assert result.status is Status.MONITOR_ONLY


def test_a_value_keeps_the_decimals_it_was_written_with() -> None:
    # YAML `value: 7.0` is the float 7.0; the loader keeps that it was written with one decimal
    text = (
        REPO_MINIMAL.replace("          value: 12.8\n", "          value: 7.0\n")
        .replace("        unit: percentage\n", "        unit: grade\n")
        .replace("            value: 10\n", "            value: 7.5\n")
    )
    loaded, diagnostics = load_plan_text(__import__("pathlib").Path("plan.yaml"), text)
    assert diagnostics == [] and loaded is not None
    baseline = loaded.plan.themes[1].indicators[0].baseline
    assert baseline is not None and (baseline.value, baseline.decimals) == (7.0, 1)
    item = loaded.plan.themes[1].indicators[0]
    assert "7,0 in 2023" in run(item).explanation["nl"]


# --- kinds of target -------------------------------------------------------------------------------


def test_gelijk_of_hoger_is_at_least_the_baseline() -> None:
    target = [{"type": "at_least_baseline", "text": "minimaal het niveau van 2016"}]
    kept = run(indicator(target, baseline=("2016", 120), measurements=[("2024", 104)]))
    fell = run(indicator(target, baseline=("2016", 120), measurements=[("2024", 90)]))
    # Garwood k = 120: 99.5 to 143.5
    assert (kept.status, fell.status) == (Status.ACHIEVED, Status.DETERIORATING)
    assert fell.explanation["nl"].startswith("Doel voor 2027: gelijk aan of hoger dan de nulmeting.")


def test_the_level_of_a_named_year() -> None:
    target = [
        {"type": "level_of_year", "level_year": 2017, "comparison": "at_most", "text": "niveau van 2017"}
    ]
    item = indicator(target, baseline=("2019", 140), measurements=[("2017", 100), ("2024", 130)])
    result = run(item)
    # Garwood k = 100: 81.4 to 121.6; 130 is above the level of 2017
    assert (result.status, result.figures["level_period"]) == (Status.DETERIORATING, "2017")
    assert result.explanation["nl"].startswith(
        "Doel voor 2027: gelijk aan of lager dan het niveau van 2017. Van 100 in 2017 naar 130 in 2024: "
        "boven de marge van het niveau van 2017 (82 tot en met 121)."
    )


def test_a_baseline_that_is_a_multi_year_average() -> None:
    # "t.o.v. de periode 2015-2019": 84,2 a year on average, 421 counts in five years
    baseline = observation("2015..2019", 84.2, average=True)
    item = indicator([{"type": "at_most_baseline"}], baseline=baseline, measurements=[("2023", 91)])
    result = run(item)
    # Garwood k = 421 over 5 years: 381.8 / 5 = 76.4 to 463.1 / 5 = 92.6 a year
    assert result.status is Status.ACHIEVED
    assert result.figures["interval_upper"] == pytest.approx(92.6, abs=0.1)
    assert "period_mismatch" not in result.flags  # an average year compares with single years


def test_stabiliseren_within_a_stated_tolerance() -> None:
    target = [{"type": "equal_to_baseline", "tolerance": 2, "text": "stabiliseren (marge 2 procentpunt)"}]
    inside = run(indicator(target, unit="percentage", baseline=("2022", 30), measurements=[("2024", 31.5)]))
    outside = run(indicator(target, unit="percentage", baseline=("2022", 30), measurements=[("2024", 32.5)]))
    assert (inside.status, outside.status) == (Status.ACHIEVED, Status.DETERIORATING)
    assert inside.figures["interval_method"] == "stated_tolerance"
    assert inside.explanation["nl"].startswith(
        "Doel voor 2027: gelijk aan de nulmeting, met een marge van 2 procentpunt."
    )


def test_a_negative_percentage_change_as_a_target() -> None:
    # "Afname woninginbraken t.o.v. vorig jaar: -2 %"; measured -3 % in 2024
    target = [{"type": "absolute", "bound": "at_most", "value": -2, "year": 2024}]
    result = run(
        indicator(target, unit="percent_change", measurements=[("2024", -3)]), as_of=date(2025, 6, 1)
    )
    assert (result.status, result.final) == (Status.ACHIEVED, True)
    assert result.explanation["nl"] == "Doel voor 2024: hoogstens -2 %. -3 % in 2024: het doel is gehaald."


# --- words, estimates, JSON -------------------------------------------------------------------------


def test_a_result_only_in_words_is_a_judgement_with_its_source() -> None:
    judgement = {
        "period": "2020",
        "text": "ruimschoots gehaald",
        "verdict": "achieved",
        "provenance": TEST_DATA,
    }
    item = indicator(_at_least(80, 2020), unit="percentage", baseline=("2018", 70), judgements=[judgement])
    result = run(item, as_of=date(2021, 6, 1), plan_period=P2019)
    assert (result.status, result.method, result.final) == (Status.ACHIEVED, "judgement", True)
    assert result.explanation["nl"] == (
        "Doel voor 2020: minstens 80 %. Er is geen cijfer over 2020, maar het document zegt: "
        "'ruimschoots gehaald'. Dus behaald."
    )
    words = {"type": "qualitative", "text": "Inwoners weten waar ze terechtkunnen", "year": 2020}
    quiet = {**judgement, "verdict": None, "text": "de campagne is gevoerd"}
    said = run(indicator([words], judgements=[quiet]), as_of=date(2021, 6, 1), plan_period=P2019)
    assert said.status is Status.NOT_ASSESSABLE and "'de campagne is gevoerd'" in said.explanation["nl"]


@pytest.mark.parametrize("kind", ["schatting", "overgenomen"])
def test_an_estimate_or_a_copied_value_is_no_new_measurement(kind: str) -> None:
    copied = observation("2024", 4, value_status=kind)
    item = indicator([{"type": "at_most_baseline"}], baseline=("2022", 4), measurements=[copied])
    result = run(item)
    assert (result.status, result.latest) == (Status.INSUFFICIENT_DATA, None)
    assert "estimate_set_aside" in result.flags


def test_no_share_of_the_step_outside_0_to_100_percent_is_shown() -> None:
    # 30 -> 24 % against "hoogstens 25 %" by 2027 is met; 30 -> 31 % moves away (-20 % of the step)
    away = run(
        indicator(_at_most(25, 2027), unit="percentage", baseline=("2022", 30), measurements=[("2024", 31)])
    )
    assert away.status is Status.DETERIORATING
    assert "van de stap" not in away.explanation["nl"]
    assert away.figures["progress_made"] == pytest.approx(-0.2)


def test_json_never_writes_minus_zero() -> None:
    document = {"a": -0.0, "b": [0.0, -0.0, 1.5], "c": {"d": -0.0}}
    assert json.dumps(_no_negative_zero(document)) == '{"a": 0.0, "b": [0.0, 0.0, 1.5], "c": {"d": 0.0}}'


REPO_MINIMAL = (
    __import__("pathlib").Path(__file__).parent / "bad_plans" / "valid" / "minimal.yaml"
).read_text(encoding="utf-8")


def test_targets_for_several_years_each_name_their_year_in_the_table() -> None:
    from ivp_cli.render import cells

    targets = [
        {"type": "absolute", "bound": "at_least", "value": 7.1, "year": 2019, "text": "7,1"},
        {"type": "absolute", "bound": "at_least", "value": 7.3, "year": 2020, "text": "7,3"},
    ]
    item = indicator(targets, unit="grade")
    assert cells.targets(item, "nl") == "7,1 (2019); 7,3 (2020)"
    assert not cells.single_year(item)
    one = indicator([targets[0]], unit="grade")
    assert (cells.targets(one, "nl"), cells.single_year(one)) == ("7,1", True)


def test_a_rate_per_10000_young_people_in_the_table() -> None:
    from ivp_cli.render import cells

    item = indicator([{"type": "monitor"}], unit="per_10000", per="jongeren van 12 tot en met 17 jaar")
    measured = Measurement.model_validate(observation("2023", 82.0, decimals=1))
    seen = cells.observation(measured, item.unit, "nl", item.per)
    assert seen == "82,0 per 10.000 jongeren van 12 tot en met 17 jaar (2023)"
