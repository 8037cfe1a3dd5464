"""The `ivp` command line: parse, call the core, print, map errors to exit codes. No logic here.

Each command lives in `ivp_cli/commands/<name>.py` with a `register(app)` function. Those modules
import only typer and the standard library at import time, so `ivp --help` stays fast; the core
modules (httpx, jinja2, ...) are imported inside the command functions.
"""

from __future__ import annotations

import sys

import typer

from ivp_cli import __version__
from ivp_cli.cli import diff, exitcodes, fetch, new, report, schema, status, validate

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


def main(argv: list[str] | None = None) -> int:
    try:
        result = app(args=argv, standalone_mode=False)
    except KeyboardInterrupt:
        print("ivp: interrupted", file=sys.stderr)
        return exitcodes.INTERRUPTED
    except typer.Exit as stop:
        return int(stop.exit_code)
    except Exception as error:  # click usage errors and anything unforeseen: no traceback
        return _report_unexpected(error)
    return int(result or 0)


def _report_unexpected(error: Exception) -> int:
    # typer >= 0.29 vendors its own click, so match click's exception protocol by class name
    # rather than by `isinstance` against whichever click happens to be importable.
    names = {cls.__name__ for cls in type(error).__mro__}
    if "ClickException" in names:
        error.show()  # type: ignore[attr-defined]
        return int(error.exit_code)  # type: ignore[attr-defined]
    if isinstance(error, typer.Abort):
        print("ivp: aborted", file=sys.stderr)
        return exitcodes.INTERRUPTED
    print(f"ivp: internal error: {type(error).__name__}: {error}", file=sys.stderr)
    print("Please report this with the command you ran.", file=sys.stderr)
    return exitcodes.FINDINGS
