"""The `ivp` command line: parse, call the core, print, map errors to exit codes. No logic here.

Each command lives in `ivp_cli/cli/<module>.py` with a `register(app)` function. Only the command
that runs is imported and turned into a click command: `COMMANDS` names every command with its
one-line help, so `ivp --help` lists them all without importing one (a test keeps the lines equal
to the commands' own). The list is printed by click's plain formatter: typer's rich formatter
would load rich, markdown and pygments to draw boxes around it. A command's own `--help` is drawn
by typer with rich, as before; the core modules (httpx, jinja2, pydantic) load inside the
command functions.
"""

from __future__ import annotations

import gc
import importlib
import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import typer
from typer.core import TyperGroup

from ivp_cli import __version__
from ivp_cli.cli import errors


@dataclass(frozen=True)
class CommandEntry:
    module: str
    help: str


COMMANDS: dict[str, CommandEntry] = {
    "validate": CommandEntry(
        "validate", "Check plans: YAML syntax, the schema, and the rules beyond it (codes, periods, keys)."
    ),
    "schema": CommandEntry(
        "schema", "Export schemas/plan.schema.json (JSON Schema draft-07) for editors and check-jsonschema."
    ),
    "status": CommandEntry(
        "status", "Show each indicator's status against its target, with the numbers and a sentence why."
    ),
    "fetch": CommandEntry(
        "fetch", "Fetch indicator values from the police and CBS open data into the plan files."
    ),
    "record": CommandEntry(
        "fetch", "Record a measurement by hand, an action's status or an explanation for a period."
    ),
    "import-csv": CommandEntry("fetch", "Add manual measurements from a CSV file (all rows or none)."),
    "report": CommandEntry(
        "report", "Write a progress report per plan (or one regional report with --combined)."
    ),
    "diff": CommandEntry(
        "diff",
        "Show what changed in a plan: themes, indicators, targets (tightened or loosened), baselines.",
    ),
    "new": CommandEntry(
        "new", "Start a new plan: CBS code filled in, schema modeline, Dutch placeholders. Never overwrites."
    ),
}


@cache
def command(name: str) -> Any:
    """The click command `name`, built from its module on first use; None for an unknown name."""
    entry = COMMANDS.get(name)
    if entry is None:
        return None
    module = importlib.import_module(f"ivp_cli.cli.{entry.module}")
    commands = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    module.register(commands)
    info = next(info for info in commands.registered_commands if info.name == name)
    if info.callback is not None:
        info.callback = errors.handled(info.callback)
    return typer.main.get_command_from_info(
        info,
        pretty_exceptions_short=commands.pretty_exceptions_short,
        rich_markup_mode=commands.rich_markup_mode,
    )


class LazyCommands(TyperGroup):
    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return command(cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, entry.help) for name, entry in COMMANDS.items()])


app = typer.Typer(
    name="ivp",
    cls=LazyCommands,
    help="Integraal Veiligheidsplannen as data: validate, fetch, status, report, diff.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
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


GC_YOUNG_THRESHOLD = 10_000


def main(argv: list[str] | None = None) -> int:
    # pydantic scans every installed distribution for plugins before its first validator (~12 ms
    # of each run); ivp uses none. An explicit PYDANTIC_DISABLE_PLUGINS from the user still wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Plans become trees of many small objects with no reference cycles among them (YAML nodes,
    # models). At Python's default the cycle collector runs every 700 new objects and walks them:
    # with a corpus held, as fetch holds it, about a quarter of `fetch --dry-run` (2.55 -> 1.91 s
    # at 342 plans). Every 10 000 still collects what cycles there are, such as tracebacks.
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return errors.run(lambda: app(args=argv, standalone_mode=False))
