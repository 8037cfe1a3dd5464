"""`ivp new`: scaffold a plan for a municipality and period."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli import exitcodes


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
) -> None:
    """Start a new plan: CBS code filled in, schema modeline, Dutch placeholders. Never overwrites."""
    from ivp_cli.write import scaffold

    try:
        name, code = scaffold.find_municipality(municipality)
        years = scaffold.parse_years(period)
    except ValueError as error:
        typer.echo(f"ivp new: {error}", err=True)
        raise typer.Exit(exitcodes.USAGE) from None
    path = output or scaffold.default_path(name, years)
    try:
        scaffold.write_new(path, scaffold.render(name, code, years))
    except FileExistsError:
        typer.echo(f"ivp new: {path} already exists; not overwritten (choose another path with -o)", err=True)
        raise typer.Exit(exitcodes.FINDINGS) from None
    except OSError as error:
        typer.echo(f"ivp new: cannot write {path}: {error.strerror}", err=True)
        raise typer.Exit(exitcodes.FINDINGS) from None
    typer.echo(
        f"Wrote {path} ({name}, {code}, {years[0]}-{years[1]}). Next: fill it in, then `ivp validate {path}`."
    )
