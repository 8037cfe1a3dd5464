"""Builders for indicators with invented measurements: every value carries
`provenance: {source: test}` so it can never pass for a real figure, and none is written to plans/."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ivp_cli.plan.model import Indicator, PlanPeriod
from ivp_cli.progress.assess import assess
from ivp_cli.progress.assessment import Assessment

TEST_DATA = {"source": "test", "note": "verzonnen testwaarde, geen echt cijfer"}
PLAN_PERIOD = PlanPeriod(start=2024, end=2027)
AS_OF = date(2026, 6, 1)


def observation(period: str, value: object, **extra: Any) -> dict[str, Any]:
    return {"period": period, "value": value, "provenance": TEST_DATA, **extra}


def indicator(
    targets: list[dict[str, Any]],
    *,
    unit: str = "count",
    baseline: tuple[str, object] | dict[str, Any] | None = None,
    measurements: Sequence[tuple[str, object] | dict[str, Any]] = (),
    **extra: Any,
) -> Indicator:
    data: dict[str, Any] = {"id": "test-indicator", "name": "Testindicator", "unit": unit, "targets": targets}
    if isinstance(baseline, tuple):
        data["baseline"] = observation(*baseline)
    elif baseline is not None:
        data["baseline"] = baseline
    data["measurements"] = [m if isinstance(m, dict) else observation(*m) for m in measurements]
    return Indicator.model_validate({**data, **extra})


def run(item: Indicator, as_of: date = AS_OF, plan_period: PlanPeriod = PLAN_PERIOD) -> Assessment:
    return assess(item, theme_id="thema", plan_period=plan_period, as_of=as_of)
