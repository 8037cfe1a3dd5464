"""Fetch works in two rounds: every table's metadata at once, then one query per table and measure."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx

from demo.odata_server import ODataServer
from ivp_cli.fetch.batches import batches, targets_of
from ivp_cli.fetch.client import tls_verify
from ivp_cli.fetch.run import prefix_is_cheaper
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import ODataClient, RetryPolicy
from ivp_cli.fetch.sources.query import DataQuery
from ivp_cli.fetch.sources.regional import RegionalQuery
from ivp_cli.fetch.sources.tables import TableMeta, load_meta
from ivp_cli.load import load_plans
from ivp_cli.plan import catalog
from tests.conftest import run_ivp

from .conftest import fast, plan_copy

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
