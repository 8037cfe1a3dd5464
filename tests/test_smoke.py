from typer.testing import CliRunner

from ivp_cli import __version__
from ivp_cli.cli.app import app


def test_version_is_printed() -> None:
    result = CliRunner().invoke(app, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"ivp {__version__}"


def test_usage_errors_exit_2_without_traceback_through_the_real_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "ivp_cli", "no-such-command"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "No such command 'no-such-command'" in result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr
