"""`ivp diff`: what a change to a plan means, for the people who review it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ivp_cli.cli.options import LangChoice, LangOption, language

if TYPE_CHECKING:
    from ivp_cli.diff.versions import Versions


class Format(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


class Gate(StrEnum):
    loosened = "loosened"
    any = "any"


def register(app: typer.Typer) -> None:
    app.command("diff")(diff)


def diff(
    arguments: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="OLD NEW | [HEAD] [PATHS]...", help="Two plan files, or with --git: HEAD and paths."
        ),
    ] = None,
    git: Annotated[
        str | None,
        typer.Option(
            "--git",
            metavar="BASE",
            help="Compare the plans at git revision BASE with HEAD (or the work tree).",
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.text,
    lang: LangOption = LangChoice.nl,
    fail_on: Annotated[
        Gate | None,
        typer.Option(
            "--fail-on", help="Exit 1 when a target was loosened or dropped (loosened), or on any change."
        ),
    ] = None,
) -> None:
    """Show what changed in a plan: themes, indicators, targets (tightened or loosened), baselines."""
    from ivp_cli.diff import versions as diff_sources
    from ivp_cli.diff.compare import gate_fails
    from ivp_cli.errors import FindingsError, PlanInvalidError
    from ivp_cli.render.diff_view import render

    comparison = diff_sources.compare(_versions(arguments or [], git))
    if comparison.diagnostics:
        raise PlanInvalidError(*(problem.text() for problem in sorted(comparison.diagnostics)))
    for warning in sorted(comparison.warnings):
        typer.echo(warning.text(), err=True)
    typer.echo(render(comparison.files, fmt.value, language(lang)), nl=False)
    if fail_on is not None and gate_fails(comparison.files, fail_on.value):
        raise FindingsError()


def _versions(arguments: list[str], git: str | None) -> list[Versions]:
    from ivp_cli.diff import versions as diff_sources

    cwd = Path.cwd()
    if git is not None:
        head, paths = diff_sources.git_arguments(arguments, cwd)
        return diff_sources.from_git(git, head, paths, cwd)
    if len(arguments) != 2:
        raise diff_sources.VersionsError("give two plan files (OLD NEW), or --git BASE [HEAD] [PATHS]")
    return diff_sources.from_files(Path(arguments[0]), Path(arguments[1]))
