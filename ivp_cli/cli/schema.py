"""`ivp schema`: write the plan JSON Schema from the models, or check that it is current."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def schema(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write.")] = Path(
        "schemas/plan.schema.json"
    ),
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when the file differs; write nothing.")
    ] = False,
) -> None:
    """Export schemas/plan.schema.json (JSON Schema draft-07) for editors and check-jsonschema."""
    from ivp_cli.errors import FindingsError, UsageError
    from ivp_cli.plan.schema_export import schema_is_current, write_schema

    if check:
        if not schema_is_current(output):
            raise FindingsError(f"{output} differs from the models; run `ivp schema` to regenerate it")
        typer.echo(f"{output} is up to date")
        return
    try:
        write_schema(output)
    except OSError as error:
        raise UsageError(f"ivp schema: cannot write {output}: {error.strerror}") from None
    typer.echo(f"wrote {output}")


def register(app: typer.Typer) -> None:
    app.command(name="schema")(schema)
