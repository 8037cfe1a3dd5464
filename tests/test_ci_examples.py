"""The CI examples in docs/ci: valid for their CI system, and every `ivp` call they make exists."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.conftest import REPO, Ivp

DOCS = REPO / "docs" / "ci"
GITHUB = DOCS / "github-workflow.yml"
GITLAB = DOCS / "gitlab-ci.yml"
# Shell words that end one command and start the next.
_SEPARATORS = frozenset({";", "&&", "||", "|", ">", ">>", "then", "else", "fi"})


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _github_scripts() -> list[str]:
    workflow = _load(GITHUB)
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]


def _gitlab_scripts() -> list[str]:
    config = _load(GITLAB)
    jobs = [value for value in config.values() if isinstance(value, dict)]
    return [line for job in jobs for key in ("before_script", "script") for line in job.get(key, [])]


def ivp_calls(scripts: list[str]) -> list[list[str]]:
    """Every `ivp ...` command in the scripts, as its argument list without the leading `ivp`."""
    commands: list[list[str]] = []
    for line in (line for script in scripts for line in script.splitlines()):
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|<>")
        lexer.whitespace_split = True
        command: list[str] = []
        for word in [*lexer, ";"]:
            if word in _SEPARATORS:
                commands.append(command)
                command = []
            else:
                command.append(word)
    return [command[1:] for command in commands if command[:1] == ["ivp"]]


def assert_command_exists(ivp: Ivp, call: list[str]) -> None:
    """`ivp <command> --help` works and names every `--option` the call uses."""
    result = ivp(call[0], "--help")
    assert result.exit_code == 0, f"ivp {call[0]} does not exist"
    for option in (word for word in call[1:] if word.startswith("--")):
        assert option in result.stdout, f"ivp {call[0]} has no option {option}"


@pytest.mark.parametrize(("path", "schema"), [(GITHUB, "github-workflows"), (GITLAB, "gitlab-ci")])
def test_examples_are_valid_for_their_ci_system(path: Path, schema: str) -> None:
    """check-jsonschema ships the GitHub and GitLab schemas, so this runs offline."""
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", f"vendor.{schema}", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_github_example_validates_diffs_into_the_summary_and_fetches_into_a_pull_request() -> None:
    workflow = _load(GITHUB)
    assert sorted(workflow["on"]) == ["pull_request", "schedule", "workflow_dispatch"]
    calls = ivp_calls(_github_scripts())
    assert ["validate", "plans/", "--format", "github"] in calls
    assert ["diff", "--git", "origin/${GITHUB_BASE_REF}", "HEAD", "plans/", "--format", "markdown"] in calls
    assert ["fetch", "plans/"] in calls
    steps = workflow["jobs"]["fetch"]["steps"]
    assert any(step.get("uses", "").startswith("peter-evans/create-pull-request@") for step in steps)
    summary = next(run for run in _github_scripts() if "ivp diff" in run and "--format markdown" in run)
    assert summary.endswith('>> "$GITHUB_STEP_SUMMARY"')


def test_gitlab_example_has_the_same_three_uses() -> None:
    calls = ivp_calls(_gitlab_scripts())
    assert ["validate", "plans/"] in calls
    assert ["fetch", "plans/"] in calls
    assert [call[0] for call in calls].count("diff") == 2


@pytest.mark.parametrize("path", [GITHUB, GITLAB], ids=["github", "gitlab"])
def test_every_ivp_command_and_option_in_the_examples_exists(ivp: Ivp, path: Path) -> None:
    calls = ivp_calls(_github_scripts() if path == GITHUB else _gitlab_scripts())
    assert len(calls) >= 4
    for call in calls:
        assert_command_exists(ivp, call)


def _doc_commands(path: Path) -> list[str]:
    """`ivp ...` commands in a Markdown file: in code spans and in shell code blocks."""
    text = path.read_text(encoding="utf-8")
    spans = re.findall(r"`(ivp [^`]+)`", text)
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)
    return [*spans, *(line for block in blocks for line in block.splitlines())]


@pytest.mark.parametrize("name", ["handleiding.md", "editor.md"])
def test_commands_in_the_user_docs_exist_with_their_options(ivp: Ivp, name: str) -> None:
    calls = ivp_calls(_doc_commands(DOCS.parent / name))
    assert calls
    for call in calls:
        assert_command_exists(ivp, call)


def test_the_guide_explains_every_status_in_dutch() -> None:
    from ivp_cli.words.status import Status

    dutch = {
        "achieved": "behaald",
        "not_achieved": "niet gehaald",
        "on_track": "op koers",
        "behind_schedule": "achter op schema",
        "no_progress": "geen vooruitgang",
        "deteriorating": "verslechterd",
        "insufficient_data": "onvoldoende gegevens",
        "not_assessable": "niet beoordeelbaar",
        "monitor_only": "alleen gevolgd",
    }
    guide = (DOCS.parent / "handleiding.md").read_text(encoding="utf-8")
    assert sorted(dutch) == sorted(status.value for status in Status)
    for status, label in dutch.items():
        assert f"| `{status}` | {label} |" in guide


def test_the_guide_explains_final_verdicts_stagnation_and_yearly_targets() -> None:
    guide = (DOCS.parent / "handleiding.md").read_text(encoding="utf-8")
    for heading in ('### "Niet gehaald"', '### "Geen vooruitgang"', "### Doelen per jaar"):
        assert heading in guide
