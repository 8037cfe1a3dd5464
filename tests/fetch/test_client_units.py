"""Small pieces: back-off bounds, the test server's filter subset, status-only updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from demo.odata_filter import FilterError, parse_filter
from demo.odata_server import ODataServer
from ivp_cli.fetch.sources.odata import RetryPolicy
from ivp_cli.load import load_plan
from tests.conftest import Ivp

from .conftest import fast, plan_copy


@pytest.mark.parametrize(("attempt", "ceiling"), [(0, 0.5), (1, 1.0), (3, 4.0), (4, 8.0), (10, 8.0)])
def test_back_off_doubles_with_jitter_and_stays_bounded(attempt: int, ceiling: float) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    delays = [policy.delay(attempt) for _ in range(200)]
    assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
    assert len(set(delays)) > 1


def test_the_filter_subset_of_the_police_host() -> None:
    where = parse_filter("(RegioS eq 'GM0415' or RegioS eq 'NL01  ') and substringof('JJ',Perioden)")
    assert where({"RegioS": "NL01  ", "Perioden": "2022JJ00"})
    assert not where({"RegioS": "NL01", "Perioden": "2022JJ00"})  # unpadded: no match, as live
    assert not where({"RegioS": "GM0415", "Perioden": "2022MM01"})
    assert where.candidates("RegioS") == {"GM0415", "NL01  "}
    assert where.candidates("Perioden") is None
    assert parse_filter("startswith(RegioS,'GM') and Perioden eq 'it''s'")(
        {"RegioS": "GM1", "Perioden": "it's"}
    )
    with pytest.raises(FilterError):
        parse_filter("RegioS in ('GM0415')")


def test_a_status_change_alone_updates_without_a_revision(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace(
            "value: 70\n            status: definitief", "value: 1022\n            status: voorlopig"
        )
    )
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0
    assert not [line for line in result.stdout.splitlines() if ": revised " in line]
    assert "indicators: 3 updated, 0 unchanged, 0 revised, 0 failed" in result.stdout
    loaded, _ = load_plan(plan)
    assert loaded is not None
    first = loaded.plan.themes[0].indicators[0].measurements[0]
    assert (first.period, first.value, first.status) == ("2022", 1022, "definitief")


def test_a_manual_value_for_the_same_year_is_kept(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("record", plan, "wapenhandel", "2022", "3", "--source", "Gemeente").exit_code == 0
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0
    assert (
        f"{plan}: wapenhandel: 2022: kept the manual value 3 (source says 1,022)"
        in result.stdout.splitlines()
    )
    loaded, _ = load_plan(plan)
    assert loaded is not None
    arms = loaded.plan.themes[0].indicators[1].measurements
    assert [(m.period, m.value, m.provenance.source) for m in arms] == [
        ("2022", 3, "manual"),
        ("2023", 1023, "politie"),
    ]
