"""Shared helpers for the report tests: paths, the CLI runner, golden-file comparison."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner, Result

from ivp_cli.cli.app import app
from tests.conftest import PLANS

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
TEST_PLANS = HERE / "plans"
ESCAPING_PLAN = HERE / "escaping" / "escaping.yaml"
EXAMPLE_PLAN = TEST_PLANS / "voorbeeld-landsmeer.yaml"
AS_OF = "2026-01-01"
REAL_PLANS = sorted(PLANS.glob("*.yaml"))


def run_cli(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def report(out: Path, *args: str | Path) -> Result:
    return run_cli("report", *args, "-o", out, "--as-of", AS_OF)


def check_golden(actual: str, golden: Path) -> None:
    """Compare with the golden file; UPDATE_GOLDEN=1 rewrites it instead (then review the diff)."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert golden.exists(), f"{golden} missing: run UPDATE_GOLDEN=1 pytest tests/report"
    assert actual == golden.read_text(encoding="utf-8"), f"{golden.name} differs from the rendered report"
