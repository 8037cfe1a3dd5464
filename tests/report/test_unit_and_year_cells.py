"""The unit and target-year cells a griffier reads: a rate names its group, a followed figure no year."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Ivp


def _bbv_plan_with_a_halt_figure(ivp: Ivp, folder: Path) -> Path:
    plan = folder / "plan.yaml"
    assert ivp("new", "--municipality", "Opmeer", "--period", "2027-2030", "--bbv", "-o", plan).exit_code == 0
    recorded = ivp("record", plan, "verwijzingen-halt", "2027", "12.5", "--source", "Halt jaarcijfers")
    assert recorded.exit_code == 0, recorded.stderr
    return plan


def test_a_rate_per_10000_names_its_group_in_dutch_and_english(ivp: Ivp, tmp_path: Path) -> None:
    plan = _bbv_plan_with_a_halt_figure(ivp, tmp_path)
    for lang, unit in (("nl", "per 10.000 jongeren van 12 tot en met 17 jaar"), ("en", "per 10,000 ")):
        out = tmp_path / lang
        assert ivp("report", plan, "-f", "md", "-f", "csv", "-o", out, "--lang", lang).exit_code == 0
        markdown = (out / "plan.md").read_text(encoding="utf-8")
        assert "10 000" not in markdown
        assert unit in markdown
        halt = [
            row for row in (out / "plan.csv").read_text(encoding="utf-8-sig").splitlines() if "Halt" in row
        ]
        assert halt and all(unit in row for row in halt)


def test_a_figure_only_followed_has_no_target_year(ivp: Ivp, tmp_path: Path) -> None:
    plan = _bbv_plan_with_a_halt_figure(ivp, tmp_path)
    assert (
        ivp("report", plan, "-f", "md", "-f", "csv", "-o", tmp_path, "--as-of", "2028-06-01").exit_code == 0
    )
    overview = next(
        line
        for line in (tmp_path / "plan.md").read_text(encoding="utf-8").splitlines()
        if "| Verwijzingen Halt |" in line
    )
    assert "geen doel, alleen volgen |" in overview
    assert "(2030)" not in overview
    goal = next(
        row for row in (tmp_path / "plan.csv").read_text(encoding="utf-8-sig").splitlines() if ";doel;" in row
    )
    assert goal.split(";")[4] == ""  # the year column of a monitor target stays empty
