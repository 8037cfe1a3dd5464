"""The `ivp` command line: parse, call the core, print, map errors to exit codes. No logic here.

Each command lives in `ivp_cli/cli/<name>.py` with a `register(app)` function. Those modules
import only typer and the standard library at import time, so `ivp --help` stays fast; the core
modules (httpx, jinja2, ...) are imported inside the command functions.
"""

from __future__ import annotations

import typer

from ivp_cli import __version__
from ivp_cli.cli import diff, errors, fetch, new, report, schema, status, validate

app = typer.Typer(
    name="ivp",
    help="Integraal Veiligheidsplannen as data: validate, fetch, status, report, diff.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ivp {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Integraal Veiligheidsplannen as data."""


for module in (validate, schema, status, fetch, report, diff, new):
    module.register(app)
for command in app.registered_commands:
    if command.callback is not None:
        command.callback = errors.handled(command.callback)


def main(argv: list[str] | None = None) -> int:
    return errors.run(lambda: app(args=argv, standalone_mode=False))
