"""`ivp status`: where each indicator stands against its target, as of a date."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from ivp_cli.cli import plans as loading
from ivp_cli.cli.options import AsOf, LangChoice, LangOption, language

if TYPE_CHECKING:
    from rich.console import Console

    from ivp_cli.render.cells import PlanStatus
    from ivp_cli.words.lang import Lang

# Output waits until every plan has passed the load rule; past this size it waits on disk.
_IN_MEMORY = 1 << 20


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
    from ivp_cli.render import status as core

    day = as_of or dt.date.today()
    stream = loading.stream(paths or [Path("plans")], "status")
    gate = _Gate(fail_on.value if fail_on else None)
    with _spool() as spool:
        _show(gate.watch(core.assess(stream, day)), spool, day, output, language(lang))
        loading.finish(stream)  # an invalid plan anywhere: none of the output is shown
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout)
    gate.check()


class _Gate:
    """--fail-on, decided plan by plan as they stream past."""

    def __init__(self, fail_on: str | None) -> None:
        self.fail_on, self.tripped = fail_on, False

    def watch(self, plans: Iterable[PlanStatus]) -> Iterator[PlanStatus]:
        from ivp_cli.render.status import gate_tripped

        for item in plans:
            if self.fail_on is not None and not self.tripped:
                self.tripped = gate_tripped([item], self.fail_on)
            yield item

    def check(self) -> None:
        from ivp_cli.errors import FindingsError

        if self.tripped:
            raise FindingsError()


def _spool() -> tempfile.SpooledTemporaryFile[str]:
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return tempfile.SpooledTemporaryFile(_IN_MEMORY, mode="w+", encoding=encoding, newline="")


def _show(plans: Iterable[PlanStatus], out: IO[str], day: dt.date, output: OutputFormat, lang: Lang) -> None:
    if output is OutputFormat.JSON:
        from ivp_cli.render.status_json import write_status_json

        write_status_json(out, plans, day, lang)
        out.write("\n")
    elif output is OutputFormat.MARKDOWN:
        from ivp_cli.render.status_view import markdown_parts

        for index, part in enumerate(markdown_parts(plans, day, lang)):
            out.write(("\n" if index else "") + part)
    else:
        from ivp_cli.render.status_view import print_text

        print_text(_console_like_stdout(out), plans, day, lang)


def _console_like_stdout(out: IO[str]) -> Console:
    """A console that writes to `out` as it would to the terminal: width, colours, box characters."""
    from rich.console import Console

    screen = Console(highlight=False)
    return Console(
        file=out,
        highlight=False,
        width=screen.width,
        height=screen.height,  # with both given, rich does not ask the terminal again for every cell
        color_system=screen.color_system,  # type: ignore[arg-type]
        force_terminal=screen.is_terminal,
        no_color=screen.no_color,
    )


def register(app: typer.Typer) -> None:
    app.command("status")(status)
