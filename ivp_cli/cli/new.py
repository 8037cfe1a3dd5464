"""`ivp new`: scaffold a plan for a municipality and period."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("new")(new)


def new(
    municipality: Annotated[
        str, typer.Option("--municipality", "-m", help="Municipality name as CBS spells it, e.g. Velsen.")
    ],
    period: Annotated[str, typer.Option("--period", "-p", help="First and last year, e.g. 2027-2030.")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: plans/<name>-<start>-<end>.yaml)."),
    ] = None,
    bbv: Annotated[
        bool,
        typer.Option("--bbv", help="Add the BBV safety indicators (standard catalogue) as a theme."),
    ] = False,
) -> None:
    """Start a new plan: CBS code filled in, schema modeline, Dutch placeholders. Never overwrites."""
    from ivp_cli.write import scaffold

    new = scaffold.write_new(municipality, period, output, bbv)
    start, end = new.years
    typer.echo(
        f"Wrote {new.path} ({new.name}, {new.code}, {start}-{end}). "
        f"Next: fill it in, then `ivp validate {new.path}`."
    )
