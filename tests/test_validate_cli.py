"""`ivp validate`: formats, exit codes, summaries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import PLANS, REPO, Ivp

BAD = REPO / "tests" / "bad_plans"
MINIMAL = BAD / "valid" / "minimal.yaml"


def test_shipped_plans_are_valid(ivp: Ivp) -> None:
    code, out, _ = ivp("validate", PLANS)
    assert (code, out) == (0, f"{len(list(PLANS.glob('*.yaml')))} plans valid\n")


def test_default_path_is_plans(ivp: Ivp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    code, out, _ = ivp(
        "validate",
    )
    assert code == 0
    assert out.endswith("plans valid\n")


def test_text_lists_each_problem_then_a_summary(ivp: Ivp) -> None:
    code, out, _ = ivp(
        "validate", str(BAD / "several-mistakes.yaml"), MINIMAL, str(BAD / "unquoted-code.yaml")
    )
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


def test_json_format(ivp: Ivp) -> None:
    code, out, _ = ivp("validate", "--format", "json", str(BAD / "percentage-150.yaml"), MINIMAL)
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
    ivp: Ivp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    plan = tmp_path / "a,b:c.yaml"
    plan.write_text(
        MINIMAL.read_text(encoding="utf-8").replace("value: 12.8", "value: 150"), encoding="utf-8"
    )
    code, out, _ = ivp("validate", "--format", "github", plan)
    escaped = str(plan).replace(":", "%3A").replace(",", "%2C")
    cell = re.sub(r"([\\`*_\[\]<>|~#!&])", r"\\\1", str(plan))  # the path is plan text in a table cell
    assert code == 1
    assert out == (
        f"::error file={escaped},line=68,col=18,title=IVP206::a percentage lies between 0 and 100, not 150\n"
    )
    assert summary.read_text(encoding="utf-8") == (
        "earlier step\n### ivp validate: 1 error, 0 warnings in 1 file\n\n"
        "| file | line | col | severity | code | message |\n|---|---|---|---|---|---|\n"
        f"| {cell} | 68 | 18 | error | IVP206 | a percentage lies between 0 and 100, not 150 |\n"
    )


def test_github_format_without_summary_variable(ivp: Ivp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    code, out, _ = ivp("validate", "--format", "github", MINIMAL)
    assert (code, out) == (0, "")


def test_warnings_alone_exit_zero(ivp: Ivp, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    plan.write_text(text.replace("          value: 4\n", "          value: null\n"), encoding="utf-8")
    code, out, _ = ivp("validate", plan)
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
def test_usage_errors_exit_2(ivp: Ivp, args: list[str], message: str) -> None:
    code, out, err = ivp("validate", *args)
    assert (code, out, err) == (2, "", message)
