"""The version, and the installed `ivp` script as a real process.

Every other test runs the command in-process through the `ivp` fixture, except where a process is
the point: the exit codes of `python -m ivp_cli` (test_cli_contract.py), the pre-commit hooks, the
built wheel, and which modules a command loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ivp_cli import __version__
from tests.conftest import REPO, Ivp

BAD = REPO / "tests" / "bad_plans"


def test_version_is_printed(ivp: Ivp) -> None:
    assert ivp("--version") == (0, f"ivp {__version__}\n", "")


def test_the_installed_ivp_script_validates() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "ivp"), "validate", "plans/", str(BAD / "tab-indentation.yaml")],
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
