"""The one load rule, for every command that reads plans: errors stop it, warnings are shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from ivp_cli.load import LoadedPlan, PlanStream
    from ivp_cli.validation.diagnostics import Diagnostic


def load(paths: Sequence[Path], command: str) -> list[LoadedPlan]:
    """Every plan at once, for a command that needs them all together (fetch batches across plans)."""
    from ivp_cli.load import load_valid

    plans, warnings = load_valid(paths, command)
    _show(warnings)
    return plans


def stream(paths: Sequence[Path], command: str) -> PlanStream:
    """The plans one at a time; the command keeps its output back until `finish` has passed."""
    from ivp_cli.load import PlanStream, plan_files

    return PlanStream(plan_files(paths, command))


def finish(plans: PlanStream) -> None:
    """After the loop: PlanInvalidError when any plan has an error; else its warnings on stderr."""
    _show(plans.warnings())


def _show(warnings: Sequence[Diagnostic]) -> None:
    for warning in warnings:
        typer.echo(warning.text(), err=True)


def echo_diffs(diffs: Sequence[str]) -> None:
    """The diffs of a dry run, in one write, with hidden characters of the plan text made visible."""
    from ivp_cli.words.visible import visible

    typer.echo("".join(visible(diff) for diff in diffs), nl=False)
