"""The local OData server (127.0.0.1, a thread) and small plan files for the fetch tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .odata_server import ODataServer

PLAN_DIR = Path(__file__).resolve().parent / "plans"


def _serving() -> Iterator[ODataServer]:
    server = ODataServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
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


def fast(politie: ODataServer, cbs: ODataServer | None = None, attempts: int = 3) -> list[str]:
    """Options that point both sources at local servers and keep retries quick."""
    return [
        *("--base-url", f"politie={politie.url}", "--base-url", f"cbs={(cbs or politie).url}"),
        *("--backoff", "0", "--timeout", "0.5", "--attempts", str(attempts), "--cache-dir", "cache"),
    ]
