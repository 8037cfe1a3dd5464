"""`ivp schema`: write the plan JSON Schema from the models, or check that it is current."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ivp_cli.cli import exitcodes


def schema(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write.")] = Path(
        "schemas/plan.schema.json"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when the file differs; write nothing.")
    ] = False,
) -> None:
    """Export schemas/plan.schema.json (JSON Schema draft-07) for editors and check-jsonschema."""
    from ivp_cli.plan.schema_export import schema_is_current, write_schema

    if check:
        if schema_is_current(output):
            typer.echo(f"{output} is up to date")
            raise typer.Exit(exitcodes.OK)
        typer.echo(f"{output} differs from the models; run `ivp schema` to regenerate it", err=True)
        raise typer.Exit(exitcodes.FINDINGS)
    try:
        write_schema(output)
    except OSError as error:
        typer.echo(f"ivp schema: cannot write {output}: {error.strerror}", err=True)
        raise typer.Exit(exitcodes.USAGE) from None
    typer.echo(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.command(name="schema")(schema)
