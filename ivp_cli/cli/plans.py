"""The one load rule, for every command that reads plans: errors stop it, warnings are shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from ivp_cli.load import LoadedPlan


def load(paths: Sequence[Path], command: str) -> list[LoadedPlan]:
    from ivp_cli.load import load_valid

    plans, warnings = load_valid(paths, command)
    for warning in warnings:
        typer.echo(warning.text(), err=True)
    return plans
