"""The seams every command shares: one load rule, one write path, one map from errors to exit codes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ivp_cli.cli import errors
from ivp_cli.cli.app import main
from ivp_cli.errors import FindingsError, IvpError, SourceFailedError, UsageError, WriteRefusedError
from tests.conftest import PLANS, REPO, Ivp

OPMEER = PLANS / "opmeer-2023-2026.yaml"


@pytest.fixture
def warning_only_plan(ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`ivp new` gives a plan whose only finding is a warning (IVP290, an empty theme)."""
    monkeypatch.chdir(tmp_path)
    assert ivp("new", "--municipality", "Velsen", "--period", "2027-2030").exit_code == 0
    plan = tmp_path / "plans" / "velsen-2027-2030.yaml"
    found = ivp("validate", plan)
    assert found.exit_code == 0
    assert "warning[IVP290]" in found.stdout
    return plan


# One load rule: errors stop a command, warnings are shown and never stop it.


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["status", "--format", "json"],
        ["report", "--format", "md", "-o", "out"],
        ["fetch", "--dry-run", "--offline"],
        ["diff", "{plan}"],
    ],
    ids=["status", "status-json", "report", "fetch", "diff"],
)
def test_every_reading_command_goes_on_past_warnings(
    ivp: Ivp, warning_only_plan: Path, command: list[str]
) -> None:
    args = [part.replace("{plan}", str(warning_only_plan)) for part in command]
    result = ivp(*args, warning_only_plan)
    assert result.exit_code == 0, result.output
    assert "warning[IVP290]" in result.stderr


def test_an_error_stops_every_reading_command_with_its_location(ivp: Ivp, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(OPMEER.read_text(encoding="utf-8").replace("cbs_code: 'GM0432'", "cbs_code: 'GM9999'"))
    for command in (["status"], ["report", "-o", str(tmp_path / "out")], ["fetch", "--dry-run"]):
        result = ivp(*command, plan)
        assert result.exit_code == 1, command
        assert f"{plan}:" in result.stderr and "error[IVP209]" in result.stderr
        assert result.stdout == ""


# One write path: the edited text is validated in full (schema and domain rules) before it is written.


@pytest.fixture
def opmeer(tmp_path: Path) -> Path:
    return Path(shutil.copy(OPMEER, tmp_path / OPMEER.name))


def test_record_refuses_a_value_that_breaks_a_domain_rule_and_leaves_the_file(ivp: Ivp, opmeer: Path) -> None:
    before = opmeer.read_bytes()
    indicator = "percentage-overlast-woon-en-leefomgeving"
    result = ivp("record", opmeer, indicator, "2025", "150", "--source", "Gemeente")
    assert result.exit_code == 1
    assert result.stderr == (
        f"ivp: command line: {indicator}: '150' cannot be recorded: "
        "a percentage lies between 0 and 100, not 150\n"
    )
    assert opmeer.read_bytes() == before


def test_record_refuses_a_fractional_count(ivp: Ivp, opmeer: Path) -> None:
    before = opmeer.read_bytes()
    result = ivp(
        "record", str(opmeer), "meldingen-meldpunt-overlast-regio-control", "2024", "2.5", "--source", "RC"
    )
    assert result.exit_code == 1
    assert result.stderr.endswith("'2.5' cannot be recorded: a count cannot be fractional\n")
    assert opmeer.read_bytes() == before


def test_import_csv_refuses_every_row_when_one_breaks_a_rule(ivp: Ivp, opmeer: Path, tmp_path: Path) -> None:
    before = opmeer.read_bytes()
    csv = tmp_path / "cijfers.csv"
    csv.write_text(
        "plan,indicator,period,value,source,note\n"
        f"{opmeer},meldingen-meldpunt-overlast-regio-control,2024,12,Regio Control,\n"
        f"{opmeer},percentage-overlast-woon-en-leefomgeving,2025,150,Gemeente,\n",
        encoding="utf-8",
    )
    result = ivp("import-csv", csv)
    assert result.exit_code == 1
    assert result.stderr == (
        f"ivp: {csv}:3: percentage-overlast-woon-en-leefomgeving: '150' cannot be recorded: "
        "a percentage lies between 0 and 100, not 150\n"
    )
    assert opmeer.read_bytes() == before


def test_the_write_path_validates_the_edited_text_in_full(opmeer: Path) -> None:
    # The last line of defence, for a change no caller checked: the whole text is validated.
    from ivp_cli.errors import WriteRefusedError
    from ivp_cli.load import load_plan
    from ivp_cli.write.changes import IndicatorChange
    from ivp_cli.write.plan_file import PlannedWrite, write_plans

    before = opmeer.read_bytes()
    loaded, _ = load_plan(opmeer)
    assert loaded is not None
    place = next(
        (t, i)
        for t, theme in enumerate(loaded.plan.themes)
        for i, indicator in enumerate(theme.indicators)
        if indicator.unit == "percentage"
    )
    item = {"period": "2025", "value": 150, "provenance": {"source": "test", "note": "x"}}
    change = IndicatorChange(*place, items=[item])
    with pytest.raises(WriteRefusedError) as refused:
        write_plans([PlannedWrite(opmeer, loaded, [change], lambda plan: [change])], dry_run=False)
    lines = refused.value.lines
    assert lines[0] == f"ivp: {opmeer}: the change would make the plan invalid; nothing was written:"
    assert "error[IVP206]" in lines[1] and lines[1].strip().startswith(f"{opmeer}:")
    assert opmeer.read_bytes() == before


def test_a_valid_record_is_written(ivp: Ivp, opmeer: Path) -> None:
    indicator = "percentage-overlast-woon-en-leefomgeving"
    result = ivp("record", opmeer, indicator, "2025", "12.5", "--source", "Gemeente")
    assert result.exit_code == 0, result.output
    assert ivp("validate", opmeer).exit_code == 0
    assert "value: 12.5" in opmeer.read_text(encoding="utf-8")


def test_new_never_overwrites(ivp: Ivp, warning_only_plan: Path) -> None:
    before = warning_only_plan.read_bytes()
    result = ivp("new", "--municipality", "Velsen", "--period", "2027-2030")
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert warning_only_plan.read_bytes() == before


# One error family, one map to exit codes.


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UsageError("x"), 2),
        (FindingsError("x"), 1),
        (WriteRefusedError("x"), 1),
        (SourceFailedError("x"), 3),
        (IvpError("x"), 4),
    ],
)
def test_each_kind_of_error_has_its_exit_code(error: IvpError, code: int) -> None:
    assert errors.exit_code(error) == code


def _crash(*args: object, **kwargs: object) -> None:
    raise RuntimeError("something nobody foresaw")


def test_an_unforeseen_crash_exits_4_with_please_report_and_no_traceback(
    ivp: Ivp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ivp_cli.render.status.assess", _crash)
    result = ivp("status", OPMEER)
    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        "ivp: internal error: RuntimeError: something nobody foresaw",
        "This is a bug in ivp, not in your plan. Please report it with the command you ran.",
    ]
    assert "Traceback" not in result.output


def test_an_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("ivp_cli.render.status.assess", interrupted)
    assert main(["status", str(OPMEER)]) == 130
    assert capsys.readouterr().err == "ivp: interrupted\n"


def test_the_installed_command_maps_usage_findings_and_success() -> None:
    def exit_code(*args: str) -> int:
        done = subprocess.run(
            [sys.executable, "-m", "ivp_cli", *args], cwd=REPO, capture_output=True, text=True, check=False
        )
        assert "Traceback" not in done.stderr
        return done.returncode

    assert exit_code("validate", "plans/") == 0
    assert exit_code("validate", "no/such/plan.yaml") == 2
    assert exit_code("status", "--no-such-option") == 2
    assert (
        exit_code("diff", "--fail-on", "any", "plans/opmeer-2023-2026.yaml", "plans/velsen-2023-2026.yaml")
        == 1
    )


def test_exit_codes_are_chosen_in_one_module() -> None:
    choosing = sorted(
        str(path.relative_to(REPO))
        for path in (REPO / "ivp_cli").rglob("*.py")
        if "typer.Exit(" in path.read_text(encoding="utf-8")
        or "sys.exit(" in path.read_text(encoding="utf-8")
    )
    assert choosing == ["ivp_cli/cli/app.py", "ivp_cli/cli/errors.py"]
