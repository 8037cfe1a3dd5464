"""Data-driven: every file in tests/bad_plans/ gives exactly the diagnostics its .expected lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from ivp_cli.load import load_plans
from ivp_cli.validation.diagnostics import CODES
from tests.conftest import REPO

BAD = REPO / "tests" / "bad_plans"
CASES = sorted(BAD.glob("*.yaml"))


def _expected(case: Path) -> list[tuple[str, int, int]]:
    rows = [line.split() for line in case.with_suffix(".expected").read_text(encoding="utf-8").splitlines()]
    return [(code, int(line), int(col)) for code, line, col in rows]


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_bad_plan_gives_its_diagnostics(case: Path) -> None:
    result = load_plans([case])
    found = [(d.code, d.line, d.col) for d in result.diagnostics]
    assert found == _expected(case)
    assert all(d.path == str(case) and d.code in CODES for d in result.diagnostics)
    assert result.errors, "every bad plan must hold at least one error"


def test_the_minimal_plan_is_valid() -> None:
    result = load_plans([BAD / "valid" / "minimal.yaml"])
    assert result.diagnostics == []
    assert [loaded.plan.municipality.cbs_code for loaded in result.plans] == ["GM0415"]


def test_every_domain_code_has_a_bad_plan() -> None:
    expected = {code for case in CASES for code, _, _ in _expected(case)}
    untested = {code for code in CODES if code.startswith("IVP2") and code not in expected}
    # Warnings are covered in test_checks_warnings.py.
    # IVP204 is retired: a target year outside the plan period is warning IVP293 (budgets restate them).
    assert untested == {
        "IVP204",
        "IVP290",
        "IVP291",
        "IVP292",
        "IVP293",
        "IVP295",
        "IVP296",
        "IVP297",
        "IVP298",
    }
