"""Suite-wide guards: no test reaches the network; rich output is stable."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests check behaviour, never speed: a loaded CI machine must not fail them on time.
settings.register_profile("ivp", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ivp")

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "plans"


@pytest.fixture(autouse=True)
def _stable_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    if self.family == socket.AF_UNIX:
        _real_connect(self, address)  # type: ignore[arg-type]
        return
    raise RuntimeError(f"test tried to reach the network: {address!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    yield
