"""Diagnostic formats: ordering, summaries, GitHub escaping, the Markdown job summary."""

from __future__ import annotations

import json
from pathlib import Path

from ivp_cli.validation.diagnostics import (
    Diagnostic,
    format_github,
    format_json,
    format_markdown_summary,
    format_text,
    sort_diagnostics,
    summary,
)
from tests.conftest import Ivp

LATE = Diagnostic("b.yaml", 9, 1, "IVP101", "unknown key 'x'")
EARLY = Diagnostic("b.yaml", 2, 5, "IVP206", "a percentage lies between 0 and 100, not 150")
OTHER = Diagnostic("a.yaml", 30, 3, "IVP291", "needs a baseline", "warning")


def test_sorted_per_file_then_by_position_without_duplicates() -> None:
    assert sort_diagnostics([LATE, EARLY, OTHER, LATE]) == [OTHER, EARLY, LATE]


def test_summaries() -> None:
    assert summary([], 1) == "1 plan valid"
    assert summary([], 5) == "5 plans valid"
    assert summary([OTHER], 5) == "0 errors, 1 warning in 1 file"
    assert summary([LATE, EARLY, OTHER], 5) == "2 errors, 1 warning in 2 files"


def test_text() -> None:
    assert format_text([LATE, OTHER], 3) == (
        "a.yaml:30:3: warning[IVP291]: needs a baseline\n"
        "b.yaml:9:1: error[IVP101]: unknown key 'x'\n"
        "1 error, 1 warning in 2 files\n"
    )


def test_json_keeps_every_field() -> None:
    document = json.loads(format_json([OTHER], 1))
    assert document == {
        "files_checked": 1,
        "errors": 0,
        "warnings": 1,
        "diagnostics": [
            {
                "path": "a.yaml",
                "line": 30,
                "col": 3,
                "code": "IVP291",
                "message": "needs a baseline",
                "severity": "warning",
            }
        ],
    }


def test_github_escapes_data_and_properties() -> None:
    odd = Diagnostic("dir,x/p:1.yaml", 3, 4, "IVP003", "100% wrong\r\nsee: here, there")
    assert format_github([odd, OTHER]) == (
        "::warning file=a.yaml,line=30,col=3,title=IVP291::needs a baseline\n"
        "::error file=dir%2Cx/p%3A1.yaml,line=3,col=4,title=IVP003::100%25 wrong%0D%0Asee: here, there\n"
    )


def test_markdown_summary_escapes_pipes() -> None:
    piped = Diagnostic("a.yaml", 1, 1, "IVP003", "a | b\nc")
    assert format_markdown_summary([piped], 1) == (
        "### ivp validate: 1 error, 0 warnings in 1 file\n\n"
        "| file | line | col | severity | code | message |\n|---|---|---|---|---|---|\n"
        "| a.yaml | 1 | 1 | error | IVP003 | a \\| b c |\n"
    )
    assert format_markdown_summary([], 2) == "### ivp validate: 2 plans valid\n"


def test_a_folder_without_plans_is_a_usage_error(ivp: Ivp, tmp_path: Path) -> None:
    result = ivp("validate", tmp_path)
    assert result.exit_code == 2
    assert result.stderr == f"ivp validate: no plan files (*.yaml, *.yml) in: {tmp_path}\n"
