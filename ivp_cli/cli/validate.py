"""`ivp validate [PATHS...]`: check plan files; report every problem with file:line:col."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli.options import MessageLangOption, message_language

FORMATS = ("text", "json", "github")


def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Plan files or folders (default: plans/).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text, json or github.")] = "text",
    lang: MessageLangOption = None,
) -> None:
    """Check plans: YAML syntax, the schema, and the rules beyond it (codes, periods, keys)."""
    from ivp_cli.errors import FindingsError, UsageError
    from ivp_cli.load import PlanStream, plan_files
    from ivp_cli.validation import diagnostics as formats
    from ivp_cli.words.diagnostic_words import MESSAGE_LANG

    MESSAGE_LANG.set(message_language(lang))  # the command's wrapper restores the previous one

    if output_format not in FORMATS:
        choices = ", ".join(FORMATS)
        raise UsageError(f"ivp validate: unknown format '{output_format}'; choose one of: {choices}")
    stream = PlanStream(plan_files(paths or [Path("plans")], "validate"))
    for _plan in stream:
        pass  # checked, and let go: only the diagnostics are kept
    found, checked = stream.diagnostics, len(stream.files)
    if output_format == "json":
        sys.stdout.write(formats.format_json(found, checked))
    elif output_format == "github":
        sys.stdout.write(formats.format_github(found))
        _append_step_summary(formats.format_markdown_summary(found, checked))
    else:
        sys.stdout.write(formats.format_text(found, checked))
    if stream.failed:
        raise FindingsError()


def _append_step_summary(markdown: str) -> None:
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        with Path(summary_path).open("a", encoding="utf-8") as summary:
            summary.write(markdown)


def register(app: typer.Typer) -> None:
    app.command(name="validate")(validate)
