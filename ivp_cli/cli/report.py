"""`ivp report`: council-ready progress reports in Markdown and HTML."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli.options import AsOf, Lang, LangOption


class FormatChoice(StrEnum):
    md = "md"
    html = "html"
    all = "all"


def report(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    fmt: Annotated[
        FormatChoice, typer.Option("--format", "-f", help="md, html or all (both).")
    ] = FormatChoice.all,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the reports.")] = Path("out"),
    lang: LangOption = Lang.nl,
    as_of: AsOf = None,
    templates: Annotated[
        Path | None,
        typer.Option("--templates", help="Folder whose templates replace shipped ones of the same name."),
    ] = None,
    combined: Annotated[
        bool, typer.Option("--combined", help="One regional report over all plans given.")
    ] = False,
) -> None:
    """Write a progress report per plan (or one regional report with --combined)."""
    from ivp_cli.render.report import ReportError, ReportOptions, run_report

    formats = ("md", "html") if fmt is FormatChoice.all else (fmt.value,)
    options = ReportOptions(formats, lang.value, as_of or dt.date.today(), templates)  # type: ignore[arg-type]
    try:
        run = run_report(paths or [Path("plans")], options, output, combined=combined)
    except ReportError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        raise typer.Exit(error.exit_code) from None
    for warning in run.warnings:
        print(warning, file=sys.stderr)
    for path in run.written:
        typer.echo(f"wrote {path}")
    typer.echo(f"{len(run.written)} report file(s) written to {output}/")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
