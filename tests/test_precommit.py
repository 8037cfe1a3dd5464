"""The hooks in .pre-commit-hooks.yaml, run by pre-commit itself on a temporary repository.

A `language: python` hook makes pre-commit pip-install this repository, which needs the network.
So the test loads our hook definitions and runs them as `repo: local` hooks with `language: system`,
the installed `ivp` first on PATH: same id, entry, files and pass_filenames, no network.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pre_commit.clientlib import load_manifest  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO / "plans"

PLAN = "plans/landsmeer-2024-2027.yaml"
COPIED = ("id", "name", "entry", "files", "pass_filenames", "always_run", "require_serial")


def _hooks() -> list[dict[str, Any]]:
    return list(load_manifest(str(REPO / ".pre-commit-hooks.yaml")))


def test_manifest_is_valid_and_offers_both_hooks() -> None:
    hooks = {hook["id"]: hook for hook in _hooks()}
    assert sorted(hooks) == ["ivp-schema-check", "ivp-validate"]
    assert hooks["ivp-validate"]["entry"] == "ivp validate"
    assert hooks["ivp-validate"]["files"] == r"^plans/.*\.ya?ml$"
    assert hooks["ivp-validate"]["pass_filenames"] is True
    assert hooks["ivp-schema-check"]["entry"] == "ivp schema --check"
    assert hooks["ivp-schema-check"]["pass_filenames"] is False


def _local_config() -> str:
    hooks = [{**{key: hook[key] for key in COPIED}, "language": "system"} for hook in _hooks()]
    return json.dumps({"repos": [{"repo": "local", "hooks": hooks}]}, indent=2)  # JSON is YAML


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=repo, capture_output=True, text=True, check=False, env=_env(repo))


def _env(repo: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PRE_COMMIT_HOME"] = str(repo.parent / "pre-commit-home")
    return env


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "plans").mkdir(parents=True)
    (repo / "schemas").mkdir()
    shutil.copyfile(PLANS / Path(PLAN).name, repo / PLAN)
    shutil.copyfile(REPO / "schemas" / "plan.schema.json", repo / "schemas" / "plan.schema.json")
    (repo / ".pre-commit-config.yaml").write_text(_local_config(), encoding="utf-8")
    _run(repo, "git", "init", "-q")
    _run(repo, "git", "add", ".")
    return repo


def _pre_commit(repo: Path) -> subprocess.CompletedProcess[str]:
    return _run(repo, sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never")


def test_valid_plan_passes_both_hooks(repo: Path) -> None:
    done = _pre_commit(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("ivp ")]
    assert [(line.split(".")[0], line.rsplit(".", 1)[-1]) for line in lines] == [
        ("ivp validate", "Passed"),
        ("ivp schema --check", "Passed"),
    ]


def test_invalid_plan_fails_with_a_located_message(repo: Path) -> None:
    plan = repo / PLAN
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("cbs_code: 'GM0415'", "cbs_code: 415", 1), "utf-8"
    )
    _run(repo, "git", "add", PLAN)
    done = _pre_commit(repo)
    assert done.returncode == 1
    assert "ivp validate" in done.stdout and "Failed" in done.stdout
    assert f"{PLAN}:5:13: error[" in done.stdout


def test_schema_check_fails_when_the_copy_drifts(repo: Path) -> None:
    schema = repo / "schemas" / "plan.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"title"', '"titel"', 1), encoding="utf-8")
    _run(repo, "git", "add", "schemas")
    done = _pre_commit(repo)
    assert done.returncode == 1
    schema_line = next(line for line in done.stdout.splitlines() if line.startswith("ivp schema --check"))
    assert schema_line.endswith("Failed")
