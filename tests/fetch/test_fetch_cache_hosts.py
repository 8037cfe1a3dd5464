"""The response cache (--offline, --refresh) and the host allow-list."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest

from demo.odata_server import ODataServer
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import KNOWN_HOSTS, HostError, allowed, base_urls, parse_overrides
from ivp_cli.fetch.sources.odata import Limits, ODataClient, RetryPolicy, Row, SourceError
from tests.conftest import Ivp

from .conftest import fast, plan_copy
from .test_fetch_writeback import STAMP


def test_offline_uses_only_the_cache(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    first = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("fetch", first, *fast(odata)).exit_code == 0
    fetched = first.read_bytes()
    asked = len(odata.state.requests)
    odata.state.switches.errors_500 = 1000
    second = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", second, *fast(odata), "--offline")
    assert result.exit_code == 0
    assert len(odata.state.requests) == asked
    assert result.stdout.splitlines()[-1] == "requests: 0 (retries 0, from cache 6)"
    # The same values as the online run; only the retrieved_at stamps may differ.
    assert STAMP.sub(b"T", second.read_bytes()) == STAMP.sub(b"T", fetched)


def test_offline_without_a_cached_reply_fails_cleanly(ivp: Ivp, odata: ODataServer, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, *fast(odata), "--offline")
    assert result.exit_code == 3
    assert odata.state.requests == []
    assert (
        "error: source politie failed: politie 47013NED DataProperties: --offline and no cached reply for "
        f"GET {odata.url}/ODataFeed/odata/47013NED/DataProperties?$format=json"
    ) in result.stderr.splitlines()


def test_refresh_ignores_the_cache_and_the_default_reuses_it(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    assert ivp("fetch", plan, *fast(odata)).exit_code == 0
    assert ivp("fetch", plan, *fast(odata)).stdout.splitlines()[-1] == (
        "requests: 0 (retries 0, from cache 6)"
    )
    assert ivp("fetch", plan, *fast(odata), "--refresh").stdout.splitlines()[-1] == (
        "requests: 6 (retries 0, from cache 0)"
    )
    assert len(odata.state.requests) == 12


def test_offline_and_refresh_exclude_each_other(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, "--offline", "--refresh")
    assert result.exit_code == 2
    assert result.stderr == "ivp: --offline and --refresh exclude each other\n"


def test_the_environment_points_a_source_at_a_mirror(
    ivp: Ivp, odata: ODataServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IVP_POLITIE_BASE_URL", odata.url)
    plan = plan_copy(tmp_path, "testplan.yaml")
    result = ivp("fetch", plan, "--backoff", "0")
    assert result.exit_code == 0
    assert len(odata.state.data_requests()) == 2


def test_only_known_hosts_unless_overridden() -> None:
    assert base_urls({}, {}) == KNOWN_HOSTS
    assert base_urls({}, {"IVP_CBS_BASE_URL": "http://127.0.0.1:9/"})["cbs"] == "http://127.0.0.1:9"
    assert (
        base_urls({"cbs": "http://mirror"}, {"IVP_CBS_BASE_URL": "http://127.0.0.1:9"})["cbs"]
        == "http://mirror"
    )
    assert allowed("https://dataderden.cbs.nl/ODataFeed/odata/47013NED/RegioS?$skip=10", KNOWN_HOSTS)
    assert not allowed("https://dataderden.cbs.nl.evil.example/x", KNOWN_HOSTS)
    assert not allowed("http://dataderden.cbs.nl/x", KNOWN_HOSTS)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (
            "ftp=http://x",
            "--base-url expects SOURCE=URL with SOURCE one of politie, cbs, got 'ftp=http://x'",
        ),
        ("politie", "--base-url expects SOURCE=URL with SOURCE one of politie, cbs, got 'politie'"),
        ("politie=file:///etc", "politie=file:///etc: 'file:///etc' is not an http(s) URL"),
    ],
)
def test_a_bad_override_is_a_usage_error(ivp: Ivp, option: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(HostError, match="^ivp: " + message.replace("(", r"\(").replace(")", r"\)") + "$"):
        parse_overrides([option])
    result = ivp("fetch", str(plan_copy(tmp_path, "testplan.yaml")), "--base-url", option)
    assert result.exit_code == 2
    assert result.stderr == f"ivp: {message}\n"


def test_a_plan_cannot_name_a_host(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("          source: politie\n", "          source: https://evil.example\n", 1)
    )
    result = ivp("fetch", plan)
    assert result.exit_code == 1
    assert "evil.example" in result.stderr


def page_links(tmp_path: Path, links: list[str], asked: list[str], limits: Limits | None = None) -> list[Row]:
    """The rows read when each reply links to the next of `links` (then to none); `asked` gets
    every URL requested."""

    def reply(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        link = links[len(asked) - 1] if len(asked) <= len(links) else None
        body = {"odata.metadata": "m", "value": [{"Key": f"K{len(asked)}"}]}
        return httpx.Response(200, json={**body, **({"odata.nextLink": link} if link else {})})

    async def run() -> list[Row]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(
                http, ResponseCache(tmp_path, "refresh"), KNOWN_HOSTS, RetryPolicy(1, 0, 0, 1)
            )
            client.limits = limits or client.limits
            return await client.rows(FEED_REGIONS, None, "politie RegioS")

    return asyncio.run(run())


FEED_REGIONS = "https://dataderden.cbs.nl/ODataFeed/odata/47013NED/RegioS"


def test_a_next_link_on_another_host_is_followed_on_the_configured_one(tmp_path: Path) -> None:
    internal = "https://dataderden.prod.cbsp.nl/ODataFeed/odata/47013NED/RegioS?$skip=1"
    hostile = "https://evil.example/ODataFeed/odata/47013NED/RegioS?$skip=2"
    asked: list[str] = []
    rows = page_links(tmp_path, [internal, hostile], asked)
    assert asked == [FEED_REGIONS, f"{FEED_REGIONS}?$skip=1", f"{FEED_REGIONS}?$skip=2"]
    assert rows == [{"Key": "K1"}, {"Key": "K2"}, {"Key": "K3"}]


def test_a_next_link_to_another_resource_is_refused(tmp_path: Path) -> None:
    with pytest.raises(
        SourceError,
        match=re.escape("politie RegioS: the next page link names another resource: https://evil"),
    ):
        page_links(tmp_path, ["https://evil.example/steal?x=1"], [])


def test_a_next_link_to_a_page_already_read_stops_the_paging(tmp_path: Path) -> None:
    loop = f"{FEED_REGIONS}?$skip=1"
    with pytest.raises(
        SourceError,
        match=re.escape(f"politie RegioS: the next page link points to a page already read: {loop}"),
    ):
        page_links(tmp_path, [loop, loop], [])


def test_a_next_link_to_itself_stops_after_one_request(tmp_path: Path) -> None:
    # Before: 4 203 requests and counting (a nextLink pointing to itself pages forever).
    asked: list[str] = []
    with pytest.raises(SourceError, match="points to a page already read"):
        page_links(tmp_path, [FEED_REGIONS] * 10_000, asked)
    assert asked == [FEED_REGIONS]


def test_paging_stops_at_the_page_limit(tmp_path: Path) -> None:
    links = [f"{FEED_REGIONS}?$skip={n}" for n in range(1, 100)]
    asked: list[str] = []
    with pytest.raises(SourceError, match=re.escape("politie RegioS: more than 20 pages; stopped")):
        page_links(tmp_path, links, asked, Limits(max_pages=20))
    assert len(asked) == 20
    assert Limits().max_pages == 1_000  # 10 million rows at the Feed's 10 000 a page
