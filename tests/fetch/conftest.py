"""The OData host for the fetch tests, as a mock transport or on a 127.0.0.1 socket, and small plans."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator, Mapping
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from demo.odata_server import ODataMock, ODataServer
from ivp_cli.fetch.pipeline import FetchResult, run_fetch
from ivp_cli.fetch.run import RunSettings
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import KNOWN_HOSTS
from ivp_cli.fetch.sources.odata import Limits, ODataClient, RetryPolicy
from ivp_cli.load import load_plans
from ivp_cli.render.fetch_summary import summary_lines

PLAN_DIR = Path(__file__).resolve().parent / "plans"


def _serving() -> Iterator[ODataServer]:
    server = ODataServer()
    # A short poll interval: shutdown() waits for one, on every test that uses a server.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def odata() -> Iterator[ODataServer]:
    yield from _serving()


@pytest.fixture
def odata_mock() -> ODataMock:
    return ODataMock()


@pytest.fixture(autouse=True)
def _no_host_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("IVP_POLITIE_BASE_URL", raising=False)
    monkeypatch.delenv("IVP_CBS_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)


def plan_copy(tmp_path: Path, name: str, crlf: bool = False) -> Path:
    """A copy of tests/fetch/plans/<name>, with CRLF line endings when asked."""
    data = (PLAN_DIR / name).read_bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    target = tmp_path / name
    target.write_bytes(data)
    return target


@pytest.fixture
def odata_cbs() -> Iterator[ODataServer]:
    """A second server, so one source can fail while the other answers."""
    yield from _serving()


def fast(
    politie: ODataServer, cbs: ODataServer | None = None, attempts: int = 3, timeout: float = 0.5
) -> list[str]:
    """Options that point both sources at local servers and keep retries quick."""
    return [
        *("--base-url", f"politie={politie.url}", "--base-url", f"cbs={(cbs or politie).url}"),
        *("--backoff", "0", "--timeout", str(timeout), "--attempts", str(attempts), "--cache-dir", "cache"),
    ]


def fetch_with(
    mock: ODataMock, *plans: Path, concurrency: int = 4, refresh: bool = False
) -> tuple[FetchResult, list[str]]:
    """What `ivp fetch PLANS` with `fast()` options does, run in the core against the mock: the
    result and the lines the command prints (those starting with "error:" go to stderr).
    `refresh` asks the mock again rather than taking the cached replies (`--refresh`)."""
    loaded = load_plans(list(plans))
    assert loaded.diagnostics == []
    policy = RetryPolicy(attempts=3, base_delay=0.0, timeout=0.5)
    urls = {"politie": mock.url, "cbs": mock.url}
    cache = ResponseCache(Path("cache"), "refresh" if refresh else "use")
    settings = RunSettings(urls, cache, policy, concurrency, mock.transport)
    result = run_fetch(loaded.plans, settings)
    return result, summary_lines(result)


T = TypeVar("T")


def with_client(
    transport: httpx.AsyncBaseTransport,
    cache: Path,
    call: Callable[[ODataClient], Awaitable[T]],
    *,
    limits: Limits | None = None,
    urls: Mapping[str, str] = KNOWN_HOSTS,
    attempts: int = 1,
    timeout: float = 1.0,
) -> T:
    """`call` with a client over `transport`, as `ivp fetch` builds one (cache refreshed, no back-off)."""

    async def run() -> T:
        async with httpx.AsyncClient(transport=transport) as http:
            policy = RetryPolicy(attempts, 0.0, 0.0, timeout)
            client = ODataClient(
                http, ResponseCache(cache, "refresh"), urls, policy, limits=limits or Limits()
            )
            return await call(client)

    return asyncio.run(run())
