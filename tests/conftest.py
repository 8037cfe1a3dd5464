"""Suite-wide: the `ivp` fixture that runs the command line in-process, and no test reaches the network."""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple, Protocol

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from ivp_cli.cli.app import app

# Property tests check behaviour, never speed: a loaded CI machine must not fail them on time.
settings.register_profile("ivp", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ivp")

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "plans"


# rich reads these: the same width and no colour codes on every machine, in a terminal or not.
STABLE_TERMINAL = {"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "IVP_LANG": "en"}


class Outcome(NamedTuple):
    """What one `ivp` call left behind. Unpacks as `code, out, err`."""

    exit_code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Both streams, for an assertion message."""
        return self.stdout + self.stderr


class Ivp(Protocol):
    def __call__(self, *args: str | Path, env: Mapping[str, str] | None = None) -> Outcome: ...


def run_ivp(*args: str | Path, env: Mapping[str, str] | None = None) -> Outcome:
    """`ivp ARGS` in this process through typer's CliRunner, with `env` on top of STABLE_TERMINAL.

    An exception the command does not handle propagates with its traceback, so a crash fails the
    test where it happened.
    """
    runner = CliRunner(env={**STABLE_TERMINAL, **(env or {})})
    result = runner.invoke(app, [str(arg) for arg in args], catch_exceptions=False)
    return Outcome(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="session")
def ivp() -> Ivp:
    """The command line: `ivp("status", plan, "--as-of", "2026-01-01").stdout`."""
    return run_ivp


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
