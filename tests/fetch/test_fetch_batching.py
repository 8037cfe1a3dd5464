"""Batching across plans, paging through nextLink, and splitting under the 10 000-cell cap."""

from __future__ import annotations

from pathlib import Path

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.fetch.pipeline import run_fetch
from ivp_cli.fetch.run import RunSettings
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import RetryPolicy
from ivp_cli.fetch.sources.query import MAX_CELLS, MAX_QUERY_LENGTH, DataQuery, split
from ivp_cli.load import load_plan, load_plans
from tests.conftest import Ivp

from .conftest import fast, plan_copy

MUNICIPALITIES = [("Landsmeer", "GM0415"), ("Velsen", "GM0453"), ("Opmeer", "GM0432")]


def plans_for(tmp_path: Path) -> list[Path]:
    template = plan_copy(tmp_path, "testplan.yaml").read_text(encoding="utf-8")
    paths = []
    for name, code in MUNICIPALITIES:
        path = tmp_path / f"{name.lower()}.yaml"
        path.write_text(template.replace("Landsmeer", name).replace("GM0415", code), encoding="utf-8")
        paths.append(path)
    (tmp_path / "testplan.yaml").unlink()
    return paths


def test_one_request_per_table_serves_every_municipality(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    paths = plans_for(tmp_path)
    result = ivp("fetch", *paths, *fast(odata))
    assert result.exit_code == 0
    assert "indicators: 6 updated, 0 unchanged, 3 revised, 0 failed" in result.stdout
    queries = sorted(q["$filter"] for q in odata.state.data_requests())
    assert len(queries) == 2
    assert "(RegioS eq 'GM0415' or RegioS eq 'GM0432' or RegioS eq 'GM0453')" in queries[1]
    for path in paths:
        loaded, _ = load_plan(path)
        assert loaded is not None
        assert [m.value for m in loaded.plan.themes[1].indicators[0].measurements] == [1022, 1023]


def test_without_batching_each_indicator_costs_its_own_request(odata_mock: ODataMock, tmp_path: Path) -> None:
    plans = load_plans(plans_for(tmp_path)).plans
    urls = {"politie": odata_mock.url, "cbs": odata_mock.url}
    cache = ResponseCache(tmp_path / "cache", "refresh")
    settings = RunSettings(urls, cache, RetryPolicy(3, 0.0, 0.0, 0.5), transport=odata_mock.transport)
    result = run_fetch(plans, settings, dry_run=True, batched=False)
    assert len(odata_mock.state.data_requests()) == 9
    assert sum(1 for item in result.indicators if item.state == "revised") == 3


def test_metadata_lists_are_paged_through_next_links(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    odata.state.switches.page_size = 10
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0
    periods = "/ODataFeed/odata/47013NED/Perioden"
    skips = [q.get("$skip") for path, q in odata.state.requests if path == periods]
    # The stand-in's 47013NED has 45 periods (2021-2023 as years, January 2021 to June 2024 as
    # months): 5 pages of 10.
    assert len(odata.state.tables["47013NED"].periods) == 45
    assert skips == [None, "10", "20", "30", "40"]
    assert "indicators: 2 updated, 0 unchanged, 1 revised, 0 failed" in result.stdout


def test_a_query_over_the_cap_is_split_before_sending() -> None:
    regions = tuple(f"GM{n:04d}" for n in range(342))
    months = tuple(f"2022MM{m:02d}" for m in range(1, 13))
    keys = ("0.0.0 ", "1.1.1 ", "1.6.3 ", "3.1.1 ", "3.1.3 ")
    query = DataQuery(
        "47013NED", (("SoortMisdrijf", keys), ("RegioS", regions), ("Perioden", months)), ("M",)
    )
    parts = split(query)
    # Cells as the strictest reading of CBS' rule counts them: rows x returned columns (3 dimensions
    # and the measure). The query string, 10 924 bytes whole, is what forces the split here.
    assert (query.rows(), query.cells(), query.encoded_length()) == (20_520, 82_080, 10_924)
    assert all(p.cells() <= MAX_CELLS and p.encoded_length() <= MAX_QUERY_LENGTH for p in parts)
    assert sum(p.rows() for p in parts) == query.rows()
    # Filled greedily: 37 municipalities per request (1 774 bytes), the rest in a tenth.
    assert [len(dict(p.selections)["RegioS"]) for p in parts] == [37] * 9 + [9]


def test_the_caps_http_500_splits_the_query_and_asks_again(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    odata.state.switches.cap = 8  # far below the client's own limit: only the server's answer can tell
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata))
    assert result.exit_code == 0, result.output
    loaded, _ = load_plan(plan)
    assert loaded is not None
    assert [m.value for m in loaded.plan.themes[0].indicators[1].measurements] == [1022, 1023]
    # A row has 4 cells (3 dimensions and the measure). 47021NED: 1 key x 1 region x 2 years = 8
    # cells fits at once. 47013NED: 2 keys x 2 years = 16 cells is refused, its halves of 8 pass.
    assert len(odata.state.data_requests()) == 1 + (1 + 2)
