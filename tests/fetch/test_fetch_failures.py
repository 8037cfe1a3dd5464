"""Failures: retries then success, retries exhausted, garbage replies, missing tables, bad keys.

Most run the fetch core against the mock host. The socket stays where it shows something: a real
read timeout, a dropped connection, and the exit code and streams of `ivp fetch` itself.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import KNOWN_HOSTS
from ivp_cli.fetch.sources.odata import ODataClient, RetryPolicy
from ivp_cli.fetch.sources.query import DataQuery
from ivp_cli.load import load_plan
from tests.conftest import Ivp

from .conftest import fast, fetch_with, plan_copy


@pytest.mark.parametrize("switch", ["errors_500", "resets", "hangs", "truncated", "html_pages"])
def test_a_transient_failure_is_retried_then_the_fetch_succeeds(
    odata_mock: ODataMock, tmp_path: Path, switch: str
) -> None:
    setattr(odata_mock.state.switches, switch, 2)
    result, lines = fetch_with(odata_mock, plan_copy(tmp_path, "testplan.yaml"))
    assert not result.failed, lines
    assert lines[-2:] == [
        "indicators: 2 updated, 0 unchanged, 1 revised, 0 failed",
        "requests: 8 (retries 2, from cache 0)",
    ]


def test_retries_exhausted_exit_3_and_leave_the_file_byte_identical(
    ivp: Ivp, odata: ODataServer, odata_cbs: ODataServer, tmp_path: Path
) -> None:
    odata.state.switches.errors_500 = 1000
    plan = plan_copy(tmp_path, "testplan.yaml", crlf=True)
    monitor = plan_copy(tmp_path, "amstelveen-monitor.yaml")
    for marge, value in (("MW00000", 12.8), ("MOG0095", 11.1), ("MBG0095", 14.6)):
        odata_cbs.state.tables["85146NED"].set(value, Marges=marge, RegioS="GM0362", Perioden="2023JJ00")
    before = plan.read_bytes()
    result = ivp("fetch", plan, monitor, *fast(odata, odata_cbs))
    assert result.exit_code == 3
    assert plan.read_bytes() == before
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: source politie failed: politie {table} DataProperties: HTTP 500; gave up after 3 attempts: "
        f"GET {odata.url}/ODataFeed/odata/{table}/DataProperties?$format=json"
        for table in ("47013NED", "47021NED")
    ]
    assert f"{plan}: not written because politie failed (file left unchanged)" in result.stdout
    assert "indicators: 1 updated, 0 unchanged, 0 revised, 3 failed" in result.stdout
    assert "failed sources: politie; values from cbs were written" in result.stdout
    loaded, _ = load_plan(monitor)
    assert loaded is not None
    assert [m.value for m in loaded.plan.themes[0].indicators[0].measurements] == [12.8]


@pytest.mark.parametrize(
    ("switch", "message"),
    [
        ("truncated", "invalid or truncated JSON (Unterminated string starting at"),
        ("html_pages", "answered with an HTML page instead of JSON; gave up after 3 attempts"),
    ],
)
def test_a_garbled_reply_is_named_clearly(
    odata_mock: ODataMock, tmp_path: Path, switch: str, message: str
) -> None:
    setattr(odata_mock.state.switches, switch, 1000)
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert any(line.startswith("error: source politie failed: ") and message in line for line in lines)
    assert plan.read_bytes() == before


@pytest.mark.parametrize(
    ("switch", "message"),
    [
        (
            "resets",
            "connection failed (RemoteProtocolError: Server disconnected without sending a response.)",
        ),
        ("hangs", "timed out: no complete reply within 0.2 s; gave up after 3 attempts"),
    ],
)
def test_a_real_dropped_or_stalled_connection_exits_3_without_a_traceback(
    ivp: Ivp, odata: ODataServer, tmp_path: Path, switch: str, message: str
) -> None:
    setattr(odata.state.switches, switch, 1000)
    odata.state.switches.hang_seconds = 0.5  # the client gives up after 0.2 s
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result = ivp("fetch", plan, *fast(odata, timeout=0.2))
    assert result.exit_code == 3
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert plan.read_bytes() == before


def test_a_table_that_no_longer_exists_is_named(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.missing_tables = {"47021NED"}
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        "error: source politie failed: politie 47021NED DataProperties: not found (HTTP 404): the table may "
        f"no longer exist: GET {odata_mock.url}/ODataFeed/odata/47021NED/DataProperties?$format=json"
    ) in lines
    assert plan.read_bytes() == before
    # A 404 is not retried; the other table was still fetched (DataProperties, Perioden and one data
    # request), only not written.
    # (The missing table's dimension lists, asked for in the same round, are dropped or 404 too.)
    paths = [path for path, _ in odata_mock.state.requests]
    assert paths.count("/ODataFeed/odata/47021NED/DataProperties") == 1
    assert len([path for path in paths if "/47013NED/" in path]) == 3
    assert len(odata_mock.state.data_requests()) == 1


def test_an_unpadded_key_is_caught_before_any_request(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    plan.write_text(plan.read_text(encoding="utf-8").replace("'3.1.3 '", "'3.1.3'"), encoding="utf-8")
    before = plan.read_bytes()
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{plan}:63:28: error[IVP217]: '3.1.3' must be padded to '3.1.3 ', exactly as 47013NED lists it"
    ]
    assert odata.state.requests == []
    assert plan.read_bytes() == before


def test_keys_are_sent_padded_exactly(odata_mock: ODataMock, tmp_path: Path) -> None:
    result, _ = fetch_with(odata_mock, plan_copy(tmp_path, "testplan.yaml"))
    assert not result.failed
    filters = sorted(q["$filter"] for q in odata_mock.state.data_requests())
    assert filters[0].startswith(
        "(Overlast eq 'E35   ') and (RegioS eq 'GM0415') and (Perioden eq '2022JJ00' or "
    )
    assert filters[1].startswith(
        "(SoortMisdrijf eq '3.1.1 ' or SoortMisdrijf eq '3.1.3 ') and (RegioS eq 'GM0415')"
    )


def test_a_key_the_live_table_lacks_fails_its_indicator_alone(odata_mock: ODataMock, tmp_path: Path) -> None:
    # The offline catalog still knows 3.1.3; the live table no longer does. Its list is not asked
    # for (the catalog has it): the data reply, which has a row for every key the table holds,
    # carries none for 3.1.3, and only the indicator that names it fails.
    crimes = odata_mock.state.tables["47013NED"].dimensions
    crimes["SoortMisdrijf"] = [row for row in crimes["SoortMisdrijf"] if row["Key"] != "3.1.3 "]
    plan = plan_copy(tmp_path, "testplan.yaml")
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        f"{plan}: wapenhandel: politie 47013NED: key '3.1.3 ' is not in dimension SoortMisdrijf "
        "(the table answers no rows for it)"
    ) in lines
    assert "indicators: 1 updated, 0 unchanged, 1 revised, 1 failed" in lines
    assert not any(path.endswith("/SoortMisdrijf") for path, _ in odata_mock.state.requests)


def test_valid_json_of_the_wrong_shape_is_named(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.wrong_rows = True
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        "error: source politie failed: politie 47013NED: reply rows lack a column ('SoortMisdrijf')" in lines
    )
    assert plan.read_bytes() == before


def test_no_more_requests_in_flight_than_the_limit(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.latency = 0.005
    odata_mock.state.switches.page_size = 5  # many pages of Perioden, fetched alongside the other lists
    result, _ = fetch_with(odata_mock, plan_copy(tmp_path, "testplan.yaml"), concurrency=2)
    assert not result.failed
    assert len(odata_mock.state.requests) > 15
    assert odata_mock.state.most_in_flight == 2


def test_the_raw_request_carries_padded_keys_as_percent_20(tmp_path: Path) -> None:
    sent: list[bytes] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path)
        return httpx.Response(200, json={"odata.metadata": "m", "value": []})

    query = DataQuery("47013NED", (("SoortMisdrijf", ("3.1.1 ",)), ("RegioS", ("GM0415",))), ("M_1",))

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(
                http, ResponseCache(tmp_path, "refresh"), KNOWN_HOSTS, RetryPolicy(1, 0, 0, 1)
            )
            url = "https://dataderden.cbs.nl/ODataApi/odata/47013NED/TypedDataSet"
            await client.rows(url, query.params(), "politie 47013NED")

    asyncio.run(run())
    assert sent == [
        b"/ODataApi/odata/47013NED/TypedDataSet?$format=json&$filter=(SoortMisdrijf%20eq%20'3.1.1%20')"
        b"%20and%20(RegioS%20eq%20'GM0415')&$select=SoortMisdrijf,RegioS,M_1"
    ]
