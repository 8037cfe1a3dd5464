"""The `report` fixture, and a plan with measurements for every fetchable indicator: Landsmeer,
filled by `ivp fetch` from the demo's stand-in server (invented figures, recorded as test data), as
`make demo` does."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest

from demo.figures import demo_tables
from demo.odata_server import ODataServer
from ivp_cli.load import load_plans
from tests.conftest import PLANS, Ivp, Outcome, run_ivp
from tests.report.helpers import AS_OF, Report

# The stand-in has figures up to the end of 2025; the report tests judge on 1 January 2026.
DEMO_DAY = dt.date(2026, 1, 15)


@pytest.fixture(scope="session")
def report(ivp: Ivp) -> Report:
    def run(out: Path, *args: str | Path) -> Outcome:
        return ivp("report", *args, "-o", out, "--as-of", AS_OF)

    return run


@pytest.fixture(scope="session")
def filled_landsmeer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("filled")
    plan = folder / "landsmeer-2024-2027.yaml"
    shutil.copyfile(PLANS / plan.name, plan)
    server = ODataServer()
    server.state.tables = demo_tables(load_plans([plan]).plans, DEMO_DAY)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        hosts = ("--base-url", f"politie={server.url}", "--base-url", f"cbs={server.url}")
        cache = ("--refresh", "--cache-dir", str(folder / "cache"))
        result = run_ivp("fetch", plan, *hosts, *cache, "--test-data", "demonstratiegegevens")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert result.exit_code == 0, result.stderr
    return plan
