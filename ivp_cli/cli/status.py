"""`ivp status`: where each indicator stands against its target, as of a date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ivp_cli.cli.options import AsOf, LangChoice, LangOption, language
from ivp_cli.cli.plans import load

if TYPE_CHECKING:
    from ivp_cli.render.cells import PlanStatus
    from ivp_cli.words.lang import Lang


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


class FailOn(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND_SCHEDULE = "behind_schedule"
    NO_PROGRESS = "no_progress"
    DETERIORATING = "deteriorating"
    NOT_ACHIEVED = "not_achieved"


FAIL_ON_HELP = (
    "Exit 1 when any indicator has this status or a worse one. Order, worst last: achieved < on_track "
    "< behind_schedule < no_progress < deteriorating < not_achieved. '--fail-on not_achieved' fails "
    "only on a missed target year; '--fail-on deteriorating' on deteriorating or not_achieved. "
    "insufficient_data, not_assessable and monitor_only are outside the order and never fail."
)


def status(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    as_of: AsOf = None,
    output: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.TEXT,
    lang: LangOption = LangChoice.nl,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help=FAIL_ON_HELP)] = None,
) -> None:
    """Show each indicator's status against its target, with the numbers and a sentence why."""
    from ivp_cli.errors import FindingsError
    from ivp_cli.render import status as core

    day = as_of or dt.date.today()
    plans = core.assess(load(paths or [Path("plans")], "status"), day)
    _show(plans, day, output, language(lang))
    if fail_on is not None and core.gate_tripped(plans, fail_on.value):
        raise FindingsError()


def _show(plans: list[PlanStatus], day: dt.date, output: OutputFormat, lang: Lang) -> None:
    if output is OutputFormat.JSON:
        from ivp_cli.render.status_json import status_json

        typer.echo(status_json(plans, day, lang))
    elif output is OutputFormat.MARKDOWN:
        from ivp_cli.render.status_view import markdown

        typer.echo(markdown(plans, day, lang), nl=False)
    else:
        from rich.console import Console

        from ivp_cli.render.status_view import print_text

        print_text(Console(highlight=False), plans, day, lang)


def register(app: typer.Typer) -> None:
    app.command("status")(status)
