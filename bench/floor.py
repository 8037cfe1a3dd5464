"""The least a validator built on ivp's libraries can cost: `python bench/floor.py validate PATHS...`.

The same command line as `ivp validate` (typer, three parameters, a subcommand), libyaml for the
files, and a pydantic model that checks one key (`schema_version`): no rules, no messages, no plan
model. bench/validate.py times it beside ivp and check-jsonschema, so the figure for ivp can be
read against what typer and pydantic take before any checking is done.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False)


@app.callback()
def _root() -> None:
    """A group, as ivp is one."""


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument()] = None,
    output_format: Annotated[str, typer.Option("--format", "-f")] = "text",
    lang: Annotated[str | None, typer.Option("--lang")] = None,
) -> None:
    import yaml
    from pydantic import BaseModel, ConfigDict

    class Header(BaseModel):
        model_config = ConfigDict(extra="allow")
        schema_version: int

    checked = 0
    for folder in paths or [Path("plans")]:
        for path in sorted(folder.glob("*.yaml")):
            Header.model_validate(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
            checked += 1
    typer.echo(f"{checked} files, format {output_format}, lang {lang}")


if __name__ == "__main__":
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # as ivp's entry point does
    app()
