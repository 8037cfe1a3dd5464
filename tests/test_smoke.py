from typer.testing import CliRunner

from ivp_cli import __version__
from ivp_cli.cli import app


def test_version_is_printed() -> None:
    result = CliRunner().invoke(app, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"ivp {__version__}"
