"""Fetch works in two rounds: every table's metadata at once, then one query per table and measure.

Counts and rounds are pinned by what the host is asked, never by timing."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.fetch.batches import batches, targets_of
from ivp_cli.fetch.client import tls_verify
from ivp_cli.fetch.run import offline_lists, prefix_is_cheaper
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import ODataClient, RetryPolicy
from ivp_cli.fetch.sources.query import DataQuery, fewest_parts, split
from ivp_cli.fetch.sources.regional import RegionalQuery, regional_rows, split_by_periods
from ivp_cli.fetch.sources.tables import TableMeta, load_meta
from ivp_cli.load import load_plans
from ivp_cli.plan import catalog
from tests.conftest import run_ivp

from .conftest import fast, fetch_with, plan_copy

BASE = "http://127.0.0.1:9/politie"
PROPS = [
    {"Key": "SoortMisdrijf", "Type": "Dimension"},
    {"Key": "RegioS", "Type": "GeoDimension"},
    {"Key": "Perioden", "Type": "TimeDimension"},
    {"Key": "GeregistreerdeMisdrijven_1", "Type": "Topic", "Title": "Geregistreerde misdrijven"},
]


def test_dimension_lists_go_out_before_data_properties_answers(tmp_path: Path) -> None:
    asked: list[str] = []

    async def run() -> list[str]:
        lists_asked = asyncio.Event()

        async def reply(request: httpx.Request) -> httpx.Response:
            name = request.url.path.rsplit("/", 1)[-1]
            asked.append(name)
            if name == "DataProperties":
                # Were the lists asked for only after this reply, the wait below would never end.
                await asyncio.wait_for(lists_asked.wait(), timeout=10)
                return httpx.Response(200, json={"value": PROPS})
            if {"SoortMisdrijf", "RegioS", "Perioden"} <= set(asked):
                lists_asked.set()
            return httpx.Response(200, json={"value": [{"Key": f"{name}-1", "Status": "Definitief"}]})

        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(http, ResponseCache(tmp_path, "refresh"), {"politie": BASE}, RetryPolicy(1))
            meta = await load_meta(client, "politie", BASE, "47013NED", catalog.dimensions("47013NED"))
        return list(meta.dimensions)

    assert asyncio.run(run()) == ["SoortMisdrijf", "RegioS"]
    assert sorted(asked) == ["DataProperties", "Perioden", "RegioS", "SoortMisdrijf"]


def test_a_list_the_catalog_does_not_name_is_asked_for_after_data_properties(tmp_path: Path) -> None:
    asked: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        asked.append(name)
        if name == "DataProperties":
            return httpx.Response(200, json={"value": [*PROPS, {"Key": "Geslacht", "Type": "Dimension"}]})
        return httpx.Response(200, json={"value": [{"Key": f"{name}-1"}]})

    async def run() -> list[str]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(http, ResponseCache(tmp_path, "refresh"), {"politie": BASE}, RetryPolicy(1))
            meta = await load_meta(client, "politie", BASE, "47013NED", ["SoortMisdrijf", "Perioden"])
        return list(meta.dimensions)

    assert asyncio.run(run()) == ["SoortMisdrijf", "RegioS", "Geslacht"]
    assert sorted(asked) == ["DataProperties", "Geslacht", "Perioden", "RegioS", "SoortMisdrijf"]
    after = asked[asked.index("DataProperties") + 1 :]
    assert "RegioS" in after and "Geslacht" in after


def _with_period(path: Path, start: int, end: int) -> Path:
    text = path.read_text(encoding="utf-8")
    moved = path.with_name(f"{start}-{end}-{path.name}")
    moved.write_text(
        text.replace("{start: 2024, end: 2027}", f"{{start: {start}, end: {end}}}"), encoding="utf-8"
    )
    path.unlink()
    return moved


def test_plans_of_different_periods_share_one_query_per_table(odata: ODataServer, tmp_path: Path) -> None:
    first = _with_period(plan_copy(tmp_path, "testplan.yaml"), 2023, 2026)
    second = tmp_path / "second.yaml"
    second.write_text(
        plan_copy(tmp_path, "testplan.yaml")
        .read_text(encoding="utf-8")
        .replace("GM0415", "GM0453")
        .replace("Landsmeer", "Velsen"),
        encoding="utf-8",
    )
    (tmp_path / "testplan.yaml").unlink()
    plans = load_plans([first, second]).plans
    assert len({t.years for t in targets_of(plans)}) == 2
    assert len(batches(targets_of(plans))) == 2  # one per table and measure, not per period
    result = run_ivp("fetch", str(first), str(second), *fast(odata), "--dry-run")
    assert result.exit_code == 0, result.output
    assert len(odata.state.data_requests()) == 2


def test_plain_http_sources_need_no_tls_set_up() -> None:
    context = tls_verify({"politie": "http://127.0.0.1:1", "cbs": "http://localhost:2"})
    assert isinstance(context, ssl.SSLContext)
    assert context.get_ca_certs() == []  # no CA bundle loaded: it trusts no certificate
    assert (context.verify_mode, context.check_hostname) == (ssl.CERT_REQUIRED, True)
    assert tls_verify({"politie": "https://dataderden.cbs.nl", "cbs": "http://localhost:2"}) is True


def _meta(municipalities: int) -> TableMeta:
    regions = tuple(f"GM{number:04d}" for number in range(municipalities))
    periods = {f"{year}JJ00": "Definitief" for year in range(2021, 2025)}
    dims = {"SoortMisdrijf": ("1.1.1 ",), "RegioS": regions, "Perioden": tuple(periods)}
    return TableMeta("politie", "47013NED", dims, "Perioden", "RegioS", {"M_1": "M"}, dict(periods))


def _queries(meta: TableMeta, asked: int) -> tuple[DataQuery, RegionalQuery]:
    regions = meta.dimensions["RegioS"][:asked]
    chosen = {"SoortMisdrijf": ("1.1.1 ",), "RegioS": regions, "Perioden": meta.dimensions["Perioden"]}
    listed = DataQuery(meta.table, tuple(chosen.items()), ("M_1",))
    regional = RegionalQuery(meta, {"SoortMisdrijf": ("1.1.1 ",)}, (), ("M_1",), chosen["Perioden"])
    return listed, regional


def test_a_batch_for_most_municipalities_asks_by_prefix_a_small_one_lists_its_own() -> None:
    meta = _meta(342)
    assert prefix_is_cheaper(*_queries(meta, 342))  # 342 codes: ~8 kB of filter, five requests
    assert not prefix_is_cheaper(*_queries(meta, 3))  # three towns: one short request either way


def test_a_list_the_catalog_holds_is_not_asked_for_and_its_keys_await_the_reply(tmp_path: Path) -> None:
    asked: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        asked.append(name)
        rows = PROPS if name == "DataProperties" else [{"Key": f"{name}-1", "Status": "Definitief"}]
        return httpx.Response(200, json={"value": rows})

    async def run() -> TableMeta:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(http, ResponseCache(tmp_path, "refresh"), {"politie": BASE}, RetryPolicy(1))
            lists = catalog.dimensions("47013NED")
            return await load_meta(client, "politie", BASE, "47013NED", lists, offline_lists("47013NED"))

    meta = asyncio.run(run())
    assert sorted(asked) == ["DataProperties", "Perioden"]  # the time list is always the live one
    assert meta.unconfirmed == {"SoortMisdrijf", "RegioS"}
    for dimension in ("SoortMisdrijf", "RegioS"):
        assert meta.dimensions[dimension] == tuple(sorted(catalog.dimension_keys("47013NED", dimension)))
    assert meta.periods == {"Perioden-1": "definitief"}


def test_a_region_the_catalog_does_not_list_is_asked_for_as_written() -> None:
    listed = tuple(sorted(catalog.dimension_keys("47013NED", "RegioS")))
    assert "GM0457" not in listed  # Weesp, merged into Amsterdam in 2022: newer lists lack it
    meta = TableMeta(
        "politie",
        "47013NED",
        {"RegioS": listed, "Perioden": ()},
        "Perioden",
        "RegioS",
        {},
        {},
        unconfirmed=frozenset({"RegioS"}),
    )
    assert meta.resolve_key("RegioS", "GM0457") == "GM0457"  # the data reply says whether it has rows
    assert meta.resolve_key("RegioS", "NL01") == "NL01  "  # a listed key keeps the list's padding


def test_a_region_the_table_answers_no_rows_for_fails_that_indicator_by_name(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    for table in ("47013NED", "47021NED"):
        regions = odata_mock.state.tables[table].dimensions["RegioS"]
        odata_mock.state.tables[table].dimensions["RegioS"] = [r for r in regions if r["Key"] != "GM0415"]
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    result, lines = fetch_with(odata_mock, plan)
    assert result.failed
    assert (
        f"{plan}: drugshandel: politie 47013NED: key 'GM0415' is not in dimension RegioS"
        " (the table answers no rows for it)"
    ) in lines
    assert plan.read_bytes() == before


def test_two_tables_cost_two_metadata_requests_each_and_one_query(
    odata_mock: ODataMock, tmp_path: Path
) -> None:
    result, _ = fetch_with(odata_mock, plan_copy(tmp_path, "testplan.yaml"))
    assert not result.failed
    paths = sorted(path.split("/odata/")[1] for path, _ in odata_mock.state.requests)
    assert paths == [
        f"{table}/{entity}"
        for table in ("47013NED", "47021NED")
        for entity in ("DataProperties", "Perioden", "TypedDataSet")
    ]


def test_the_period_parts_of_a_prefix_query_are_in_flight_together(tmp_path: Path) -> None:
    meta = _meta(342)
    crimes = tuple(f"{n}.1.1 " for n in range(1, 6))  # 342 x 5 x 4 columns: one period a request
    query = RegionalQuery(meta, {"SoortMisdrijf": crimes}, (), ("M_1",), meta.dimensions["Perioden"])
    assert len(split_by_periods(query)) == 4

    async def run() -> int:
        all_asked = asyncio.Event()
        asked: list[str] = []

        async def reply(request: httpx.Request) -> httpx.Response:
            asked.append(str(request.url))
            if len(asked) == 4:
                all_asked.set()
            # Were the parts sent one after the other, the first would wait here for ever.
            await asyncio.wait_for(all_asked.wait(), timeout=10)
            return httpx.Response(200, json={"value": [{"ID": len(asked)}]})

        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(http, ResponseCache(tmp_path, "refresh"), {"politie": BASE}, RetryPolicy(1))
            return len(await regional_rows(client, "politie", BASE, query))

    assert asyncio.run(run()) == 4


def test_the_fewest_parts_never_exceed_the_split() -> None:
    meta = _meta(342)
    for asked in (1, 3, 40, 150, 342):
        listed, _ = _queries(meta, asked)
        for periods in (1, 4):
            query = listed.with_keys(2, listed.selections[2][1][:periods])
            assert fewest_parts(query) <= len(split(query))
    long_key = DataQuery("T", (("D", ("x" * 3000,)),), ("M",))
    assert fewest_parts(long_key) == len(split(long_key)) == 1  # a part that cannot fit is sent as it is
