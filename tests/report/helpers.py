"""Shared helpers for the report tests: paths, the `report` fixture's type, golden-file comparison."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from tests.conftest import PLANS, Outcome

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
TEST_PLANS = HERE / "plans"
ESCAPING_PLAN = HERE / "escaping" / "escaping.yaml"
EXAMPLE_PLAN = TEST_PLANS / "voorbeeld-landsmeer.yaml"
AS_OF = "2026-01-01"
REAL_PLANS = sorted(PLANS.glob("*.yaml"))


class Report(Protocol):
    """`ivp report ARGS -o OUT --as-of AS_OF` (the `report` fixture): the golden files' day."""

    def __call__(self, out: Path, *args: str | Path) -> Outcome: ...


def plan_with_a_2025_figure(folder: Path) -> Path:
    """The example plan with its 2026 drugs figure moved to 2025 (777, provisional): for the as-of tests."""
    plan = folder / "plan.yaml"
    text = EXAMPLE_PLAN.read_text(encoding="utf-8")
    before, after = "- period: '2026'\n            value: 99", "- period: '2025'\n            value: 777"
    moved = text.replace(before, after)
    assert moved != text
    plan.write_text(moved, encoding="utf-8")
    return plan


def check_golden(actual: str, golden: Path) -> None:
    """Compare with the golden file; UPDATE_GOLDEN=1 rewrites it instead (then review the diff)."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert golden.exists(), f"{golden} missing: run UPDATE_GOLDEN=1 pytest tests/report"
    assert actual == golden.read_text(encoding="utf-8"), f"{golden.name} differs from the rendered report"
