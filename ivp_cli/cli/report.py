"""`ivp report`: council-ready progress reports in Markdown, HTML, PDF, and the figures as CSV."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli import plans
from ivp_cli.cli.options import AsOf, LangChoice, LangOption, language


class FormatChoice(StrEnum):
    md = "md"
    html = "html"
    csv = "csv"
    pdf = "pdf"
    all = "all"


def formats(chosen: list[FormatChoice]) -> tuple[str, ...]:
    """In the order given, each once; `all` stands for md and html, as it always has."""
    names = [
        name
        for choice in chosen
        for name in (("md", "html") if choice is FormatChoice.all else (choice.value,))
    ]
    return tuple(dict.fromkeys(names))


def report(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    fmt: Annotated[
        list[FormatChoice] | None,
        typer.Option(
            "--format",
            "-f",
            help="md, html, csv (the figures, for Excel), pdf (tagged, A4) or all (md and html); repeatable.",
        ),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the reports.")] = Path("out"),
    lang: LangOption = LangChoice.nl,
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
    from ivp_cli.render.report import ReportOptions, run_report
    from ivp_cli.write.staged import StagedWrites

    chosen = formats(fmt or [FormatChoice.all])
    options = ReportOptions(chosen, language(lang), as_of or dt.date.today(), templates)  # type: ignore[arg-type]
    loading = plans.stream(paths or [Path("plans")], "report")
    with StagedWrites(durable=False) as staged:
        written = run_report(loading, options, output, staged, combined=combined)
        plans.finish(loading)  # an invalid plan anywhere: nothing is put in place
        staged.commit()
    lines = [f"{'wrote' if item.changed else 'unchanged'} {item.path}" for item in written]
    unchanged = sum(not item.changed for item in written)
    if unchanged:
        changed = len(written) - unchanged
        lines.append(f"{len(written)} report file(s) in {output}/: {changed} written, {unchanged} unchanged")
    else:
        lines.append(f"{len(written)} report file(s) written to {output}/")
    typer.echo("\n".join(lines))  # one write: echo flushes, and asks whether it is a terminal, per call


def register(app: typer.Typer) -> None:
    app.command("report")(report)
