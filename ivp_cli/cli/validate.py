"""`ivp validate [PATHS...]`: check plan files; report every problem with file:line:col."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli import exitcodes

FORMATS = ("text", "json", "github")


def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text, json or github.")] = "text",
) -> None:
    """Check plans: YAML syntax, the schema, and the rules beyond it (codes, periods, keys)."""
    paths = paths or [Path("plans")]
    if output_format not in FORMATS:
        _usage(f"unknown format '{output_format}'; choose one of: {', '.join(FORMATS)}")
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        _usage(f"no such file or folder: {', '.join(missing)}")
    from ivp_cli.validation import diagnostics as formats
    from ivp_cli.validation.loader import expand_paths, load_plans

    if not expand_paths(paths):
        _usage(f"no plan files (*.yaml, *.yml) in: {', '.join(map(str, paths))}")
    result = load_plans(paths)
    found, checked = result.diagnostics, result.files_checked
    if output_format == "json":
        sys.stdout.write(formats.format_json(found, checked))
    elif output_format == "github":
        sys.stdout.write(formats.format_github(found))
        _append_step_summary(formats.format_markdown_summary(found, checked))
    else:
        sys.stdout.write(formats.format_text(found, checked))
    raise typer.Exit(exitcodes.FINDINGS if result.errors else exitcodes.OK)


def _append_step_summary(markdown: str) -> None:
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with Path(summary_path).open("a", encoding="utf-8") as summary:
            summary.write(markdown)


def _usage(message: str) -> None:
    typer.echo(f"ivp validate: {message}", err=True)
    raise typer.Exit(exitcodes.USAGE)


def register(app: typer.Typer) -> None:
    app.command(name="validate")(validate)
