"""`ivp status`: where each indicator stands against its target, as of a date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli import exitcodes
from ivp_cli.cli.options import AsOf, Lang, LangOption


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


class FailOn(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND_SCHEDULE = "behind_schedule"
    DETERIORATING = "deteriorating"


FAIL_ON_HELP = (
    "Exit 1 when any indicator has this status or a worse one. Order, worst last: achieved < on_track "
    "< behind_schedule < deteriorating. '--fail-on deteriorating' fails only on deteriorating; "
    "'--fail-on behind_schedule' on behind_schedule or deteriorating. insufficient_data and "
    "not_assessable are outside the order and never fail."
)


def status(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    as_of: AsOf = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.TEXT,
    lang: LangOption = Lang.nl,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help=FAIL_ON_HELP)] = None,
) -> None:
    """Show each indicator's status against its target, with the numbers and a sentence why."""
    day = as_of or dt.date.today()
    targets = paths or [Path("plans")]
    missing = [str(path) for path in targets if not path.exists()]
    if missing:
        typer.echo(f"ivp status: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(exitcodes.USAGE)
    from ivp_cli.render.status import run

    raise typer.Exit(run(targets, day, output.value, lang.value, None if fail_on is None else fail_on.value))


def register(app: typer.Typer) -> None:
    app.command("status")(status)
