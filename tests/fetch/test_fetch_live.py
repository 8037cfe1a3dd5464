"""Requests the live services accept: query strings under IIS' limit, the cell cap as CBS counts
it, next pages on the police service's internal host, redirects within the allowed hosts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from demo.odata_server import MAX_QUERY_STRING, ODataMock
from demo.odata_tables import dimension_rows
from ivp_cli.fetch.sources.odata import ODataClient, QueryTooLongError, Row, SourceError
from ivp_cli.fetch.sources.query import MAX_QUERY_LENGTH, DataQuery
from ivp_cli.fetch.sources.statline import fetch_rows
from ivp_cli.load import load_plan
from ivp_cli.plan.catalog import municipalities

from .conftest import fetch_with, plan_copy, with_client

REGIONS = tuple(sorted(municipalities()))[:200]


def crimes(regions: tuple[str, ...], years: range = range(2022, 2024)) -> DataQuery:
    periods = tuple(f"{year}JJ00" for year in years)
    selections = (("SoortMisdrijf", ("1.1.1 ",)), ("RegioS", regions), ("Perioden", periods))
    return DataQuery("47013NED", selections, ("GeregistreerdeMisdrijven_1",))


def fetched(mock: ODataMock, tmp_path: Path, query: DataQuery) -> list[Row]:
    async def call(client: ODataClient) -> list[Row]:
        return await fetch_rows(client, "politie", mock.url, query)

    return with_client(mock.transport, tmp_path, call, urls={"politie": mock.url})


def test_a_batch_of_200_municipalities_stays_under_the_query_string_limit(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    # Before: only $filter was counted, against 4 000 characters; IIS refuses over 2 048 bytes.
    query = crimes(REGIONS)
    assert query.encoded_length() > MAX_QUERY_STRING
    rows = fetched(odata_mock, tmp_path, query)
    assert len(rows) == 200 * 2
    lengths = [len(raw) for raw in odata_mock.state.raw_queries()]
    assert max(lengths) <= MAX_QUERY_LENGTH < MAX_QUERY_STRING
    assert set(odata_mock.state.answered) == {200}
    assert len(lengths) == 4  # 58 municipalities fit in a request, with two years


def test_iis_page_for_a_long_query_is_a_size_error_never_a_missing_table(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    url = f"{odata_mock.url}/ODataApi/odata/47013NED/TypedDataSet"
    params = {"$format": "json", "$filter": crimes(REGIONS).filter()}

    async def call(client: ODataClient) -> list[Row]:
        return await client.rows(url, params, "politie 47013NED TypedDataSet")

    with pytest.raises(QueryTooLongError) as refused:
        with_client(odata_mock.transport, tmp_path, call, urls={"politie": odata_mock.url}, attempts=3)
    assert str(refused.value).startswith(
        "politie 47013NED TypedDataSet: the server refused the query string as too long: GET "
    )
    assert "may no longer exist" not in str(refused.value)
    assert odata_mock.state.answered == [404]  # a size error is not retried


def test_a_server_with_a_lower_limit_gets_halves_until_they_pass(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    odata_mock.state.switches.max_query_string = 1_000
    rows = fetched(odata_mock, tmp_path, crimes(REGIONS[:60]))
    assert len(rows) == 120
    assert odata_mock.state.answered.count(404) >= 1
    assert odata_mock.state.answered[-1] == 200


def test_the_cell_cap_counts_every_returned_column(odata_mock: ODataMock, tmp_path: Path) -> None:
    # 1 key x 300 municipalities x 9 years = 2 700 rows, 10 800 cells with the 3 dimension columns.
    # Counted as rows, the query fitted; the server refused it and the client asked again.
    query = crimes(tuple(sorted(municipalities()))[:300], range(2016, 2025))
    odata_mock.state.tables["47013NED"].periods = [
        {"Key": f"{year}JJ00", "Title": str(year), "Description": "", "Status": "Definitief"}
        for year in range(2016, 2025)
    ]
    assert query.rows() <= 10_000 < query.cells()
    rows = fetched(odata_mock, tmp_path, query)
    assert len(rows) == 2_700
    assert set(odata_mock.state.answered) == {200}  # split before sending: the cap was never hit


def test_police_periods_are_definitief_and_47013ned_has_yearly_rows() -> None:
    from demo.odata_tables import standard_tables

    tables = standard_tables()
    for name in ("47013NED", "47021NED"):
        assert {row["Status"] for row in tables[name].periods} == {"Definitief"}
    keys = [row["Key"] for row in tables["47013NED"].periods]
    assert "2023JJ00" in keys and "2023MM12" in keys
    assert len(dimension_rows("RegioS")) == 375


def test_next_pages_on_the_internal_police_host_are_read_on_the_configured_one(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    odata_mock.state.switches.page_size = 20
    result, _ = fetch_with(odata_mock, plan_copy(tmp_path, "testplan.yaml"))
    assert not result.failed
    assert len(odata_mock.state.tables["47013NED"].periods) == 45
    pages = [q.get("$skip") for path, q in odata_mock.state.requests if path.endswith("47013NED/Perioden")]
    assert pages == [None, "20", "40"]  # the links named dataderden.prod.cbsp.nl


def test_a_redirect_within_the_allowed_hosts_is_followed(odata_mock: ODataMock, tmp_path: Path) -> None:
    odata_mock.state.switches.redirects = 2
    plan = plan_copy(tmp_path, "testplan.yaml")
    result, lines = fetch_with(odata_mock, plan)
    assert not result.failed, lines
    assert lines[-1] == "requests: 8 (retries 0, from cache 0)"  # 6 and the two redirects
    loaded, _ = load_plan(plan)
    assert loaded is not None
    assert [m.value for m in loaded.plan.themes[0].indicators[1].measurements] == [1022, 1023]


def test_a_redirect_to_another_host_is_refused_at_once(odata_mock: ODataMock, tmp_path: Path) -> None:
    # Before: "answered with an HTML page instead of JSON", retried, and the page read as the reply.
    odata_mock.state.switches.redirects = 1
    odata_mock.state.switches.redirect_to = "https://login.example"
    url = f"{odata_mock.url}/ODataFeed/odata/47013NED/RegioS"

    async def call(client: ODataClient) -> list[Row]:
        return await client.rows(url, None, "politie 47013NED RegioS")

    message = (
        "politie 47013NED RegioS: redirected (HTTP 302) to a host ivp may not contact: https://login.example"
    )
    with pytest.raises(SourceError, match=re.escape(message)):
        with_client(odata_mock.transport, tmp_path, call, urls={"politie": odata_mock.url}, attempts=3)
    assert odata_mock.state.answered == [302]
