"""CBS: the Veiligheidsmonitor with its 95 % margins (v3), and v4 cells read into v3-shaped rows."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx

from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.cbs import v4_observations, v4_rows
from ivp_cli.fetch.sources.hosts import KNOWN_HOSTS
from ivp_cli.fetch.sources.odata import ODataClient, RetryPolicy
from ivp_cli.load import load_plan
from ivp_cli.plan.model import Margin, OpenDataProvenance
from tests.conftest import Ivp

from .conftest import fast, plan_copy
from .odata_server import ODataServer

V4_PAGE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "cbs_v4" / "83625NED-observations-page-1.subset.json"
)


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


def test_v4_cells_become_rows_and_empty_cells_stay_unknown() -> None:
    cells = json.loads(V4_PAGE.read_text(encoding="utf-8"))["value"]
    rows = v4_rows(cells, ["RegioS", "Perioden"])
    # The genuine first cell: average price of existing homes, Nederland 2015 = 230 194 euro.
    assert cells[0]["Id"] == 20
    assert rows[0] == {"RegioS": "NL01", "Perioden": "2015JJ00", "M001534": 230194}
    assert len(rows) == len({(c["RegioS"], c["Perioden"]) for c in cells})
    assert all(c["RegioS"] == c["RegioS"].strip() for c in cells[:50])  # v4 codes are not padded
    # Aalburg (GM0738) merged into Altena in 2019: CBS marks its later cells Impossible, without a value.
    aalburg = {row["Perioden"]: row["M001534"] for row in rows if row["RegioS"] == "GM0738"}
    assert (aalburg["2018JJ00"], aalburg["2019JJ00"], aalburg["2025JJ00"]) == (284120, None, None)


def test_v4_observations_are_paged_through_the_client(tmp_path: Path) -> None:
    page = json.loads(V4_PAGE.read_text(encoding="utf-8"))
    base = "https://datasets.cbs.nl/odata/v1/CBS"
    asked: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if "skip" in request.url.params.get("$skiptoken", "skip"):
            following = {
                **page,
                "value": page["value"][:2],
                "@odata.nextLink": f"{base}/83625NED/Observations?$skiptoken=2",
            }
            return httpx.Response(200, json=following)
        return httpx.Response(200, json={**page, "value": page["value"][2:3]})

    async def run() -> list[dict[str, object]]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(
                http, ResponseCache(tmp_path, "refresh"), KNOWN_HOSTS, RetryPolicy(1, 0, 0, 1)
            )
            return await v4_observations(client, base, "83625NED", "RegioS eq 'NL01'", ["RegioS", "Perioden"])

    rows = asyncio.run(run())
    assert asked == [
        f"{base}/83625NED/Observations?$filter=RegioS%20eq%20'NL01'",
        f"{base}/83625NED/Observations?$skiptoken=2",
    ]
    assert rows == [
        {"RegioS": "NL01", "Perioden": "2015JJ00", "M001534": 230194},
        {"RegioS": "NL01", "Perioden": "2016JJ00", "M001534": 243837},
        {"RegioS": "NL01", "Perioden": "2017JJ00", "M001534": 263295},
    ]
