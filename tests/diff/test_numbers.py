"""`ivp diff` writes numbers as status and report do: grouped thousands, a decimal comma in Dutch."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.conftest import Ivp

from .editing import PlanEdit

Edit = Callable[[str], PlanEdit]
DRUGS = "id: politieregistraties-drugshandel"
TARGET = (
    "- text: Gelijk of lager aantal registraties\n            year: 2027\n            type: at_most_baseline"
)


def _absolute(bound: str, value: str) -> str:
    return f"- type: absolute\n            bound: {bound}\n            value: {value}"


def _both(edit: PlanEdit, old: str, new: str) -> None:
    """An edit that the old and the new version share, so the diff does not show it."""
    for path in (edit.old, edit.new):
        text = path.read_text(encoding="utf-8")
        at = text.index(old, text.index(DRUGS))
        path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")


def _big(plan_edit: Edit) -> PlanEdit:
    edit = plan_edit("landsmeer-2024-2027.yaml")
    _both(edit, TARGET, _absolute("at_most", "9000000"))
    # Floats as YAML writes them; Python's own text for 10000000.0 would be '1e+07'.
    return edit.replace(DRUGS, "value: 4", "value: 10000000.0").replace(DRUGS, "9000000", "1.0e7")


def _fractional(plan_edit: Edit) -> PlanEdit:
    edit = plan_edit("landsmeer-2024-2027.yaml")
    _both(edit, "unit: count", "unit: per_1000_inhabitants")
    _both(edit, TARGET, _absolute("at_least", "1000.25"))
    return edit.replace(DRUGS, "value: 4", "value: 1234.5").replace(DRUGS, "1000.25", "1234.5")


SOURCE = {
    "nl": "uit het plandocument, §4.1, tabel Effectindicatoren, kolom waarde 2023",
    "en": "from the plan document, §4.1, tabel Effectindicatoren, kolom waarde 2023",
}
EXPECTED = {
    ("big", "nl"): [
        "Doel versoepeld: hoogstens 9.000.000 → hoogstens 10.000.000",
        "Nulmeting herzien: 4 (2022) → 10.000.000 (2022), {source}",
    ],
    ("big", "en"): [
        "Target loosened: at most 9,000,000 → at most 10,000,000",
        "Baseline revised: 4 (2022) → 10,000,000 (2022), {source}",
    ],
    ("fractional", "nl"): [
        "Doel aangescherpt: minstens 1.000,25 per 1.000 inwoners → minstens 1.234,5 per 1.000 inwoners",
        "Nulmeting herzien: 4 per 1.000 inwoners (2022) → 1.234,5 per 1.000 inwoners (2022), {source}",
    ],
    ("fractional", "en"): [
        "Target tightened: at least 1,000.25 per 1,000 inhabitants → at least 1,234.5 per 1,000 inhabitants",
        "Baseline revised: 4 per 1,000 inhabitants (2022) → 1,234.5 per 1,000 inhabitants (2022), {source}",
    ],
}
EDITS = {"big": _big, "fractional": _fractional}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", ["big", "fractional"])
def test_baseline_and_target_numbers_read_as_in_status_and_report(
    ivp: Ivp, plan_edit: Edit, size: str, lang: str
) -> None:
    edit = EDITS[size](plan_edit)
    result = ivp("diff", edit.old, edit.new, "--lang", lang)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()[2:4]
    expected = [line.format(source=SOURCE[lang]) for line in EXPECTED[size, lang]]
    assert lines == [f"    Politieregistraties drugshandel: {line}" for line in expected]
    assert "e+" not in result.stdout


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_every_format_writes_the_same_numbers(ivp: Ivp, plan_edit: Edit, fmt: str) -> None:
    edit = _big(plan_edit)
    result = ivp("diff", edit.old, edit.new, "--format", fmt)
    assert "hoogstens 9.000.000 → hoogstens 10.000.000" in result.stdout
    assert "4 (2022) → 10.000.000 (2022)" in result.stdout
    if fmt == "json":
        changes = json.loads(result.stdout)["files"][0]["changes"]
        assert [change["new"] for change in changes] == [
            {"type": "absolute", "bound": "at_most", "value": 10000000.0},
            10000000.0,
        ]
