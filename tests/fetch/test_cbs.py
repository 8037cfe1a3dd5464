"""CBS: the Veiligheidsmonitor with its 95 % margins, and its measure columns named by title."""

from __future__ import annotations

from pathlib import Path

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.load import load_plan
from ivp_cli.plan.model import Margin, OpenDataProvenance
from tests.conftest import Ivp

from .conftest import fast, fetch_with, plan_copy


def test_the_monitor_value_comes_with_its_margin(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    table = odata.state.tables["85146NED"]
    for marge, value in (("MW00000", 12.8), ("MOG0095", 11.1), ("MBG0095", 14.6)):
        table.set(value, Marges=marge, RegioS="GM0362", Perioden="2023JJ00")
    plan = plan_copy(tmp_path, "amstelveen-monitor.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0, result.output
    assert "indicators: 1 updated, 0 unchanged, 0 revised, 0 failed" in result.stdout
    loaded, _ = load_plan(plan)
    assert loaded is not None
    (measurement,) = loaded.plan.themes[0].indicators[0].measurements
    assert (measurement.period, measurement.value, measurement.status) == ("2023", 12.8, "definitief")
    assert measurement.margin == Margin(lower=11.1, upper=14.6)
    provenance = measurement.provenance
    assert isinstance(provenance, OpenDataProvenance)
    # Named by its title in the plan; the column found through DataProperties is what gets recorded.
    assert provenance.measure == "VoeltZichWeleensOnveiligInBuurt_12"
    assert provenance.keys == {"RegioS": "GM0362"}
    (query,) = odata.state.data_requests()
    assert query["$filter"] == (
        "(Marges eq 'MBG0095' or Marges eq 'MOG0095' or Marges eq 'MW00000') and (RegioS eq 'GM0362') "
        "and (Perioden eq '2023JJ00')"
    )


def test_a_measure_title_shared_by_several_columns_is_refused_with_the_candidates(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "amstelveen-monitor.yaml")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("measure: Voelt zich weleens onveilig in buurt", "measure: Slachtoffers"))
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        f"{plan}: voelt-zich-onveilig: cbs 85146NED: the measure title 'Slachtoffers' names 3 columns "
        "(Slachtoffers_68, Slachtoffers_72, Slachtoffers_182); name the column itself"
    ) in lines
    assert odata_mock.state.data_requests() == []
    assert plan.read_bytes() == before
