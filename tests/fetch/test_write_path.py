"""The one write path: symlinks, mode and owner kept, read-only refused, leftovers cleaned, values checked."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, Ivp

from .conftest import plan_copy

RECORD = ("halt-verwijzingen", "2023", "14", "--source", "Stichting Halt")


def test_a_symlinked_plan_gets_its_target_written_and_stays_a_link(ivp: Ivp, tmp_path: Path) -> None:
    real = plan_copy(tmp_path, "testplan.yaml")
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    result = ivp("record", link, *RECORD)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.readlink() == Path(real.name)
    assert "value: 14" in real.read_text(encoding="utf-8")


def test_the_mode_is_kept(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    plan.chmod(0o640)
    assert ivp("record", plan, *RECORD).exit_code == 0
    assert plan.stat().st_mode & 0o7777 == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_the_owner_and_group_are_kept(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    os.chown(plan, 4321, 4322)
    assert ivp("record", plan, *RECORD).exit_code == 0
    assert (plan.stat().st_uid, plan.stat().st_gid) == (4321, 4322)


def test_a_read_only_plan_is_refused_and_left_alone(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    plan.chmod(0o444)
    before = plan.read_bytes()
    result = ivp("record", plan, *RECORD)
    assert result.exit_code == 1
    assert result.stderr == (
        f"ivp: {plan} is read-only; nothing was written (make it writable to record into it)\n"
    )
    assert plan.read_bytes() == before
    assert plan.stat().st_mode & 0o777 == 0o444


def test_temp_files_of_a_killed_write_are_cleaned_on_the_next_write(ivp: Ivp, tmp_path: Path) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    stale = tmp_path / ".testplan.yaml.k1ll3d_x.tmp"
    other = tmp_path / ".testplan.yaml.x.yaml.abcdefgh.tmp"  # another plan's, named alike: kept
    stale.write_bytes(b"half a plan")
    other.write_bytes(b"not ours")
    assert ivp("record", plan, *RECORD).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "testplan.yaml"]


@pytest.mark.skipif(
    shutil.which("git") is None or not (REPO / ".git").exists(), reason="needs the git checkout"
)
def test_git_ignores_the_temp_files_of_a_write() -> None:
    name = "plans/.landsmeer-2024-2027.yaml.k1ll3d_x.tmp"
    result = subprocess.run(["git", "check-ignore", "-q", name], cwd=REPO, check=False)
    assert result.returncode == 0


@pytest.mark.parametrize(
    ("indicator", "value", "reason"),
    [
        ("halt-verwijzingen", "2.5", "a count cannot be fractional"),
        ("halt-verwijzingen", "-3", "a count cannot be negative, not -3"),
        ("aandeel-veilig", "150", "a percentage lies between 0 and 100, not 150"),
        (
            "aanpak",
            "Half klaar",
            "'Half klaar' is not one of the milestone states: 'Geen plan', 'Plan klaar'",
        ),
        ("aanpak", "", "a state is written in words; the value is empty"),
    ],
)
def test_a_value_the_indicator_cannot_hold_is_refused_before_anything_is_written(
    ivp: Ivp, tmp_path: Path, indicator: str, value: str, reason: str
) -> None:
    plan = plan_copy(tmp_path, "testplan.yaml")
    text = plan.read_text(encoding="utf-8") + (
        "      - id: aandeel-veilig\n"
        "        name: Voelt zich veilig\n"
        "        unit: percentage\n"
        "        targets:\n"
        "          - type: monitor\n"
        "      - id: aanpak\n"
        "        name: Plan van aanpak\n"
        "        unit: state\n"
        "        targets:\n"
        "          - type: milestone\n"
        "            states: [Geen plan, Plan klaar]\n"
        "            target_state: Plan klaar\n"
    )
    plan.write_text(text, encoding="utf-8")
    before = plan.read_bytes()
    result = ivp("record", plan, indicator, "2024", "--source", "Gemeente", "--", value)
    assert result.exit_code == 1
    assert result.stderr == f"ivp: command line: {indicator}: '{value}' cannot be recorded: {reason}\n"
    assert plan.read_bytes() == before
