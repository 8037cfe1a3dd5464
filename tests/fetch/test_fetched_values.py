"""Fetched values are checked like typed-in ones: a value the indicator cannot hold fails that
indicator alone, and two rows that disagree about one cell are an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.load import load_plan
from tests.conftest import Ivp

from .conftest import fast, fetch_with, plan_copy

DRUGS_2023 = {"SoortMisdrijf": "3.1.1 ", "RegioS": "GM0415", "Perioden": "2023JJ00"}
WHERE = (
    "politie 47013NED GeregistreerdeMisdrijven_1, SoortMisdrijf '3.1.1 ', RegioS 'GM0415', 2023 (2023JJ00)"
)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (float("nan"), "the source sent nan, not a number"),
        (float("inf"), "the source sent inf, not a number"),
        (28.5, "a count cannot be fractional: 28.5"),
        (-22, "a count cannot be negative: -22"),
        (10**30, "the source sent 1e+30, far beyond any real figure"),
    ],
)
def test_a_value_a_count_cannot_hold_fails_that_indicator_only(
    odata_mock: ODataMock, tmp_path: Path, value: float, reason: str
) -> None:
    odata_mock.state.tables["47013NED"].set(value, **DRUGS_2023)
    plan = plan_copy(tmp_path, "testplan.yaml")
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed  # exit 3
    assert f"{plan}: drugshandel: {WHERE}: {reason}; nothing was written for this indicator" in lines
    assert "indicators: 2 updated, 0 unchanged, 0 revised, 1 failed" in lines
    loaded, _ = load_plan(plan)
    assert loaded is not None
    drugs, arms = loaded.plan.themes[0].indicators
    assert [(m.period, m.value) for m in drugs.measurements] == [("2022", 70)]  # as it was
    assert [m.value for m in arms.measurements] == [1022, 1023]
    assert [m.value for m in loaded.plan.themes[1].indicators[0].measurements] == [1022, 1023]


def test_a_percentage_of_150_fails_with_its_table_key_and_period(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    table = odata.state.tables["85146NED"]
    for marge, value in (("MW00000", 150), ("MOG0095", 11.1), ("MBG0095", 14.6)):
        table.set(value, Marges=marge, RegioS="GM0362", Perioden="2023JJ00")
    plan = plan_copy(tmp_path, "amstelveen-monitor.yaml")
    before = plan.read_bytes()
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 3
    assert (
        f"{plan}: voelt-zich-onveilig: cbs 85146NED VoeltZichWeleensOnveiligInBuurt_12, RegioS 'GM0362', "
        "2023 (2023JJ00): a percentage lies between 0 and 100, not 150; "
        "nothing was written for this indicator"
    ) in result.stdout.splitlines()
    assert plan.read_bytes() == before


def test_a_margin_outside_the_unit_fails_too(odata_mock: ODataMock, tmp_path: Path) -> None:
    table = odata_mock.state.tables["85146NED"]
    for marge, value in (("MW00000", 12.8), ("MOG0095", 11.1), ("MBG0095", float("inf"))):
        table.set(value, Marges=marge, RegioS="GM0362", Perioden="2023JJ00")
    result, lines = fetch_with(odata_mock, plan_copy(tmp_path, "amstelveen-monitor.yaml"))
    assert result.failed
    assert any("the source sent inf, not a number; nothing was written" in line for line in lines)


def test_two_rows_that_disagree_about_one_cell_are_an_error(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.extra_rows = {"47013NED": [{**DRUGS_2023, "GeregistreerdeMisdrijven_1": 7}]}
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        "error: source politie failed: politie 47013NED: two rows for SoortMisdrijf '3.1.1 ', "
        "RegioS 'GM0415', Perioden '2023JJ00' disagree on GeregistreerdeMisdrijven_1 (1023 and 7); "
        "neither is used"
    ) in lines
    assert plan.read_bytes() == before


def test_a_row_sent_twice_alike_counts_once(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.extra_rows = {"47013NED": [{**DRUGS_2023, "GeregistreerdeMisdrijven_1": 1023}]}
    plan = plan_copy(tmp_path, "testplan.yaml")
    result, lines = fetch_with(odata_mock, plan)
    assert not result.failed, lines
    loaded, _ = load_plan(plan)
    assert loaded is not None
    assert [m.value for m in loaded.plan.themes[0].indicators[0].measurements] == [1022, 1023]
