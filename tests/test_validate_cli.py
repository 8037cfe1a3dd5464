"""`ivp validate` through typer's runner: formats, exit codes, summaries; once as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLANS, REPO
from typer.testing import CliRunner

from ivp_cli.cli.app import app

BAD = REPO / "tests" / "bad_plans"
MINIMAL = BAD / "valid" / "minimal.yaml"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["validate", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_shipped_plans_are_valid() -> None:
    code, out, _ = _run(str(PLANS))
    assert (code, out) == (0, f"{len(list(PLANS.glob('*.yaml')))} plans valid\n")


def test_default_path_is_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    code, out, _ = _run()
    assert code == 0
    assert out.endswith("plans valid\n")


def test_text_lists_each_problem_then_a_summary() -> None:
    code, out, _ = _run(str(BAD / "several-mistakes.yaml"), str(MINIMAL), str(BAD / "unquoted-code.yaml"))
    path = BAD / "several-mistakes.yaml"
    assert code == 1
    assert out.splitlines() == [
        f"{path}:21:11: error[IVP104]: 'Prioriteit' is not allowed here; expected one of: prioriteit, "
        "strategisch_thema, randvoorwaarde; did you mean 'prioriteit'?",
        f"{path}:34:9: error[IVP101]: unknown key 'basline'; did you mean 'baseline'?",
        f"{path}:63:9: error[IVP102]: required field 'unit' is missing",
        f"{BAD / 'unquoted-code.yaml'}:5:13: error[IVP211]: the code 0415 was read as a number; "
        'write it as text with its prefix: "GM0415"',
        "4 errors, 0 warnings in 2 files",
    ]


def test_json_format() -> None:
    code, out, _ = _run("--format", "json", str(BAD / "percentage-150.yaml"), str(MINIMAL))
    assert code == 1
    assert json.loads(out) == {
        "files_checked": 2,
        "errors": 1,
        "warnings": 0,
        "diagnostics": [
            {
                "path": str(BAD / "percentage-150.yaml"),
                "line": 68,
                "col": 18,
                "code": "IVP206",
                "message": "a percentage lies between 0 and 100, not 150",
                "severity": "error",
            }
        ],
    }


def test_github_format_escapes_and_writes_a_step_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    plan = tmp_path / "a,b:c.yaml"
    plan.write_text(
        MINIMAL.read_text(encoding="utf-8").replace("value: 12.8", "value: 150"), encoding="utf-8"
    )
    code, out, _ = _run("--format", "github", str(plan))
    escaped = str(plan).replace(":", "%3A").replace(",", "%2C")
    assert code == 1
    assert out == (
        f"::error file={escaped},line=68,col=18,title=IVP206::a percentage lies between 0 and 100, not 150\n"
    )
    assert summary.read_text(encoding="utf-8") == (
        "earlier step\n### ivp validate: 1 error, 0 warnings in 1 file\n\n"
        "| file | line | col | severity | code | message |\n|---|---|---|---|---|---|\n"
        f"| {plan} | 68 | 18 | error | IVP206 | a percentage lies between 0 and 100, not 150 |\n"
    )


def test_github_format_without_summary_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code, out, _ = _run("--format", "github", str(MINIMAL))
    assert (code, out) == (0, "")


def test_warnings_alone_exit_zero(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    plan.write_text(text.replace("          value: 4\n", "          value: null\n"), encoding="utf-8")
    code, out, _ = _run(str(plan))
    assert code == 0
    assert out == (
        f"{plan}:41:13: warning[IVP291]: this target is measured against the baseline, "
        "whose value is still empty\n0 errors, 1 warning in 1 file\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no/such/plan.yaml"], "ivp validate: no such file or folder: no/such/plan.yaml\n"),
        (
            ["--format", "xml", "plans"],
            "ivp validate: unknown format 'xml'; choose one of: text, json, github\n",
        ),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, out, err = _run(*args)
    assert (code, out, err) == (2, "", message)


def test_python_m_ivp_cli_validate_as_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ivp_cli", "validate", "plans/", str(BAD / "tab-indentation.yaml")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout == (
        f"{BAD / 'tab-indentation.yaml'}:8:1: error[IVP004]: a tab character: YAML indents with spaces only\n"
        "1 error, 0 warnings in 1 file\n"
    )
