"""Warnings for silent nonsense: values every rule accepts that still make no sense. Each warning has a
plan that triggers it and a close neighbour that does not."""

from __future__ import annotations

from pathlib import Path

from ivp_cli.load import load_plans
from tests.test_checks_rules import MINIMAL

PERCENTAGE = "        unit: percentage\n"
PERCENTAGE_BASELINE = "          value: 12.8\n          provenance:\n            source: document\n"
PERCENTAGE_BASELINE += "            reference: tabel 2\n"
ABSOLUTE_TARGET = "            bound: at_most\n            value: 10\n"


def _check(tmp_path: Path, *edits: tuple[str, str]) -> list[str]:
    text = MINIMAL
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    return [d.text().removeprefix(f"{plan}:") for d in load_plans([plan]).diagnostics]


def _measured(baseline: str, value: str, source: str = "document") -> tuple[str, str]:
    measurement = f"        measurements:\n          - period: '2024'\n            value: {value}\n"
    measurement += f"            provenance:\n              source: {source}\n"
    measurement += "              reference: tabel 3\n"
    if source == "manual":
        measurement += "              entered_at: 2025-02-01\n"
    return baseline, baseline + measurement


def test_a_negative_count_is_a_warning(tmp_path: Path) -> None:
    assert _check(tmp_path, ("          value: 4\n", "          value: -4\n")) == [
        "36:18: warning[IVP295]: a count cannot be negative, not -4"
    ]
    assert _check(tmp_path, ("          value: 4\n", "          value: 0\n")) == []


def test_a_jump_by_a_factor_ten_is_a_warning(tmp_path: Path) -> None:
    assert _check(tmp_path, _measured(PERCENTAGE_BASELINE, "1.2")) == [
        "74:20: warning[IVP296]: 1.2 is 11 times smaller than the 12.8 before it: a different unit "
        "(per 1 000 or per 10 000, a fraction or a percentage) or a typing error? check the figure"
    ]


def test_an_ordinary_fall_is_no_jump(tmp_path: Path) -> None:
    assert _check(tmp_path, _measured(PERCENTAGE_BASELINE, "6.4")) == []


def test_values_from_different_sources_are_not_compared(tmp_path: Path) -> None:
    assert _check(tmp_path, _measured(PERCENTAGE_BASELINE, "1.2", source="manual")) == []


def test_small_counts_may_swing_and_large_ones_may_not(tmp_path: Path) -> None:
    baseline = "          value: 4\n          provenance:\n            source: document\n"
    baseline += "            reference: tabel 1\n"
    assert _check(tmp_path, _measured(baseline, "40")) == []
    forty = baseline.replace("value: 4\n", "value: 40\n")
    assert _check(tmp_path, (baseline, forty), _measured(forty, "400")) == [
        "42:20: warning[IVP296]: 400 is 10 times larger than the 40 before it: a different unit "
        "(per 1 000 or per 10 000, a fraction or a percentage) or a typing error? check the figure"
    ]


def test_an_empty_source_is_a_warning(tmp_path: Path) -> None:
    assert _check(tmp_path, (PERCENTAGE, PERCENTAGE + "        source: ''\n")) == [
        "66:17: warning[IVP297]: the source is empty: name where the figures come from, or remove the key"
    ]
    assert _check(tmp_path, (PERCENTAGE, PERCENTAGE + "        source: Veiligheidsmonitor\n")) == []


def test_an_empty_reference_is_a_warning(tmp_path: Path) -> None:
    assert _check(tmp_path, ("reference: tabel 2\n", "reference: ' '\n")) == [
        "71:24: warning[IVP297]: the reference is empty: say where in the document or who supplied the figure"
    ]
    assert _check(tmp_path, ("reference: tabel 2\n", "reference: tabel 2b\n")) == []


def test_a_bound_on_the_wrong_side_of_the_baseline_is_a_warning(tmp_path: Path) -> None:
    assert _check(tmp_path, (PERCENTAGE, PERCENTAGE + "        direction: decrease\n")) == []
    assert _check(tmp_path, (PERCENTAGE, PERCENTAGE + "        direction: increase\n")) == [
        "77:20: warning[IVP298]: the target 10 lies below the baseline 12.8, but the indicator should "
        "increase: check the target, the baseline or the direction"
    ]


def test_a_relative_target_against_the_direction_is_a_warning(tmp_path: Path) -> None:
    down = (PERCENTAGE, PERCENTAGE + "        direction: decrease\n")
    relative = "            type: relative_to_baseline\n            change_percent: {}\n"
    target = ("          - type: absolute\n", "          -\n")

    def change(percent: str) -> tuple[str, str]:
        return ABSOLUTE_TARGET, relative.format(percent)

    assert _check(tmp_path, down, target, change("-10")) == []
    assert _check(tmp_path, down, target, change("10")) == [
        "77:29: warning[IVP298]: a change of 10 % goes the other way than the "
        "indicator's direction (decrease): check the sign or the direction"
    ]
