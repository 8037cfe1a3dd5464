"""The response cache (--offline, --refresh) and the host allow-list."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest

from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import KNOWN_HOSTS, HostError, allowed, base_urls, parse_overrides
from ivp_cli.fetch.sources.odata import ODataClient, RetryPolicy, SourceError
from tests.conftest import Ivp

from .conftest import fast, plan_copy
from .odata_server import ODataServer
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
    assert result.stdout.splitlines()[-1] == "requests: 0 (retries 0, from cache 10)"
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
        "requests: 0 (retries 0, from cache 10)"
    )
    assert ivp("fetch", plan, *fast(odata), "--refresh").stdout.splitlines()[-1] == (
        "requests: 10 (retries 0, from cache 0)"
    )
    assert len(odata.state.requests) == 20


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
            "--base-url expects SOURCE=URL with SOURCE one of politie, cbs, cbs-v4, got 'ftp=http://x'",
        ),
        ("politie", "--base-url expects SOURCE=URL with SOURCE one of politie, cbs, cbs-v4, got 'politie'"),
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


def test_a_next_link_to_another_host_is_refused(tmp_path: Path) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        link = "https://evil.example/ODataFeed/odata/47013NED/RegioS?$skip=1"
        return httpx.Response(
            200, json={"odata.metadata": "m", "value": [{"Key": "NL01  "}], "odata.nextLink": link}
        )

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(reply)) as http:
            client = ODataClient(
                http, ResponseCache(tmp_path, "refresh"), KNOWN_HOSTS, RetryPolicy(1, 0, 0, 1)
            )
            await client.rows(
                "https://dataderden.cbs.nl/ODataFeed/odata/47013NED/RegioS", None, "politie RegioS"
            )

    with pytest.raises(
        SourceError,
        match=re.escape("politie RegioS: the server sent a next page on another host: https://evil"),
    ):
        asyncio.run(run())
