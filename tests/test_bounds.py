"""Small hostile inputs finish fast: pipes, devices, huge files, alias bombs and merge keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ivp_cli.load import load_plan, load_plan_text
from ivp_cli.plan.bounds import MAX_PLAN_BYTES, read_at_most
from tests.conftest import REPO, Ivp

MINIMAL = REPO / "tests" / "bad_plans" / "valid" / "minimal.yaml"


def _validate_in_a_process(*paths: Path) -> subprocess.CompletedProcess[str]:
    # A separate process with a timeout: a hang fails the test instead of stopping the suite.
    command = [sys.executable, "-m", "ivp_cli", "validate", *map(str, paths)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_the_plans_is_reported_not_waited_on(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "a.yaml").write_bytes(MINIMAL.read_bytes())
    os.mkfifo(plans / "x.yaml")
    result = _validate_in_a_process(plans)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{plans / 'x.yaml'}:1:1: error[IVP007]: this is a named pipe, not a plan file: "
        "a plan is a regular file",
        "1 error, 0 warnings in 1 file",
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero_is_refused(ivp: Ivp, tmp_path: Path) -> None:
    link = tmp_path / "zero.yaml"
    link.symlink_to("/dev/zero")
    result = ivp("validate", link)
    assert result.exit_code == 1
    assert f"{link}:1:1: error[IVP007]: this is a device, not a plan file" in result.stdout


def test_a_folder_named_like_a_plan_is_reported(ivp: Ivp, tmp_path: Path) -> None:
    (tmp_path / "map.yaml").mkdir()
    result = ivp("validate", tmp_path)
    assert "map.yaml:1:1: error[IVP007]: this is a folder, not a plan file" in result.stdout


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    big = tmp_path / "groot.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    big.write_text(text + "# " + "x" * MAX_PLAN_BYTES + "\n", encoding="utf-8")
    loaded, diagnostics = load_plan(big)
    assert loaded is None
    assert [d.text() for d in diagnostics] == [
        f"{big}:1:1: error[IVP007]: the file is larger than that; a plan file is at most 5 MB"
    ]


@pytest.mark.parametrize("expected", [0, 10, 99, 100, 101, 10_000])
def test_a_file_is_read_whole_whatever_size_it_had_when_opened(tmp_path: Path, expected: int) -> None:
    # `expected` is the size fstat gave; a file that grew (or shrank) since is still read whole.
    path = tmp_path / "plan.yaml"
    path.write_bytes(bytes(range(100)))
    descriptor = os.open(path, os.O_RDONLY)
    try:
        assert read_at_most(descriptor, expected, limit=1000) == bytes(range(100))
    finally:
        os.close(descriptor)


@pytest.mark.parametrize("expected", [0, 5, 1000])
def test_a_file_over_the_limit_is_cut_one_byte_past_it(tmp_path: Path, expected: int) -> None:
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"x" * 200_000)  # more than one read's chunk past the first
    descriptor = os.open(path, os.O_RDONLY)
    try:
        assert read_at_most(descriptor, expected, limit=100_000) == b"x" * 100_001
    finally:
        os.close(descriptor)


def test_a_text_over_the_size_limit_is_refused_too(tmp_path: Path) -> None:
    # Texts that are not files (a git revision, an edit about to be written) keep the same limit.
    text = "# " + "é" * (MAX_PLAN_BYTES // 2) + "\n"
    loaded, diagnostics = load_plan_text(tmp_path / "rev.yaml", text)
    assert loaded is None
    assert [(d.code, d.line, d.col) for d in diagnostics] == [("IVP007", 1, 1)]
    assert "a plan file is at most 5 MB" in diagnostics[0].message


def test_an_alias_bomb_fails_fast_at_its_first_anchor() -> None:
    result = _validate_in_a_process(REPO / "tests" / "bad_plans" / "alias-bomb.yaml")
    assert result.returncode == 1
    assert "alias-bomb.yaml:3:4: error[IVP008]: an anchor (&a)" in result.stdout


def test_a_merge_key_without_an_anchor_is_refused_at_its_place(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "  adoption:\n", "  <<: {adoption: {body: gemeenteraad, status: vastgesteld}}\n  adoption:\n"
    )
    loaded, diagnostics = load_plan_text(tmp_path / "plan.yaml", text)
    assert loaded is None
    assert [d.text() for d in diagnostics] == [
        f"{tmp_path / 'plan.yaml'}:12:3: error[IVP008]: a merge key (<<:): a plan does not inherit "
        "blocks; write the keys out"
    ]


def test_an_alias_is_refused_even_where_its_anchor_was_harmless(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("reference: tabel 2", "reference: *t")
    text = text.replace("reference: tabel 1", "reference: &t tabel 1", 1)
    _, diagnostics = load_plan_text(tmp_path / "plan.yaml", text)
    assert [d.code for d in diagnostics] == ["IVP008"]


def test_record_on_a_plan_with_a_merge_key_writes_nothing(ivp: Ivp, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((REPO / "tests" / "bad_plans" / "merge-key.yaml").read_bytes())
    before = plan.read_bytes()
    result = ivp("record", plan, "drugshandel", "2024", "5", "--source", "Gemeente")
    assert result.exit_code == 1
    assert "error[IVP008]" in result.stderr
    assert plan.read_bytes() == before
