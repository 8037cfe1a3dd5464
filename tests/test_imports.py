"""Commands load only what they need (checked on sys.modules, not on time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO

HEAVY = ("httpx", "jinja2", "rich", "scipy", "pydantic", "ruamel.yaml", "yaml")
NOT_FOR_DIFF_OR_NEW = {"httpx", "jinja2", "rich", "scipy"}

PROBE = """
import json, sys
from ivp_cli.cli.app import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
"""


def _loaded_by(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), *args], capture_output=True, text=True, cwd=REPO, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_validate_of_clean_plans_loads_only_pydantic_and_libyaml() -> None:
    # Clean files take the fast path; ruamel's round-trip reader is for files with a problem.
    assert _loaded_by("validate", "plans/") == {"code": 0, "loaded": ["pydantic", "yaml"]}


def test_validate_of_a_plan_with_a_problem_reads_it_round_trip() -> None:
    result = _loaded_by("validate", "tests/bad_plans/percentage-150.yaml")
    assert result == {"code": 1, "loaded": ["pydantic", "ruamel.yaml", "yaml"]}


def test_help_loads_no_core_libraries() -> None:
    # typer renders --help with rich; everything else stays unloaded.
    assert _loaded_by("--help") == {"code": 0, "loaded": ["rich"]}


def test_diff_loads_no_network_template_or_terminal_library() -> None:
    plan = "plans/landsmeer-2024-2027.yaml"
    result = _loaded_by("diff", plan, plan, "--format", "markdown")
    assert result["code"] == 0
    assert set(result["loaded"]).isdisjoint(NOT_FOR_DIFF_OR_NEW)


def test_new_loads_no_network_template_or_terminal_library(tmp_path: Path) -> None:
    target = str(tmp_path / "velsen.yaml")
    result = _loaded_by("new", "-m", "Velsen", "-p", "2027-2030", "-o", target)
    assert result["code"] == 0
    assert set(result["loaded"]).isdisjoint(NOT_FOR_DIFF_OR_NEW)
