"""Commands load only what they need (checked on sys.modules, not on time)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import TypedDict

import typer

from tests.conftest import REPO

HEAVY = ("httpx", "jinja2", "rich", "scipy", "pydantic", "ruamel.yaml", "yaml")
OTHER_COMMANDS = tuple(
    f"ivp_cli.cli.{name}" for name in ("diff", "fetch", "new", "report", "schema", "status")
)
NOT_FOR_DIFF_OR_NEW = {"httpx", "jinja2", "rich", "scipy"}

PROBE = """
import json, sys
from ivp_cli.cli.app import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
"""


class Probe(TypedDict):
    code: int | str | None  # what main() returned or SystemExit carried
    loaded: list[str]


def _loaded_by(*args: str, modules: tuple[str, ...] = HEAVY) -> Probe:
    done = subprocess.run(
        [sys.executable, "-c", PROBE % (modules,), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    result: Probe = json.loads(done.stdout.splitlines()[-1])
    return result


def test_validate_of_clean_plans_loads_only_pydantic_and_libyaml() -> None:
    # Clean files take the fast path; ruamel's round-trip reader is for files with a problem.
    assert _loaded_by("validate", "plans/") == {"code": 0, "loaded": ["pydantic", "yaml"]}


def test_validate_of_a_plan_with_a_problem_reads_it_round_trip() -> None:
    result = _loaded_by("validate", "tests/bad_plans/percentage-150.yaml")
    assert result == {"code": 1, "loaded": ["pydantic", "ruamel.yaml", "yaml"]}


def test_help_loads_no_core_libraries_and_no_command() -> None:
    # The command list comes from the table in app.py, printed without rich.
    assert _loaded_by("--help") == {"code": 0, "loaded": []}
    assert _loaded_by("--help", modules=(*OTHER_COMMANDS, "ivp_cli.cli.validate"))["loaded"] == []


def test_validate_builds_only_its_own_command() -> None:
    assert _loaded_by("validate", "plans/", modules=OTHER_COMMANDS)["loaded"] == []


def test_the_command_table_matches_the_commands() -> None:
    import inspect

    from ivp_cli.cli.app import COMMANDS, command

    for name, entry in COMMANDS.items():
        built = command(name)
        assert built is not None and built.name == name
        assert entry.help == inspect.cleandoc(built.callback.__doc__ or "").split("\n\n")[0], name
    registered = set()
    for module in {entry.module for entry in COMMANDS.values()}:
        app = typer.Typer()
        importlib.import_module(f"ivp_cli.cli.{module}").register(app)
        registered |= {info.name for info in app.registered_commands}
    assert registered == set(COMMANDS)


def test_diff_loads_no_network_template_or_terminal_library() -> None:
    plan = "plans/landsmeer-2024-2027.yaml"
    result = _loaded_by("diff", plan, plan, "--format", "markdown")
    assert result["code"] == 0
    assert set(result["loaded"]).isdisjoint(NOT_FOR_DIFF_OR_NEW)


def test_new_loads_no_network_template_or_terminal_library(tmp_path: Path) -> None:
    target = str(tmp_path / "velsen.yaml")
    result = _loaded_by("new", "-m", "Velsen", "-p", "2027-2030", "-o", target)
    assert result["code"] == 0
    assert set(result["loaded"]).isdisjoint(NOT_FOR_DIFF_OR_NEW)


MODELS_BUILT = """
import json, sys
from pydantic import BaseModel
from ivp_cli.plan import model
classes = [c for c in vars(model).values() if isinstance(c, type) and issubclass(c, BaseModel)]
before = [c.__name__ for c in classes if c.__pydantic_complete__]
from ivp_cli.load import load_plan
from pathlib import Path
load_plan(Path("plans/landsmeer-2024-2027.yaml"))
after = [c.__name__ for c in classes if c.__pydantic_complete__]
print(json.dumps({"before": before, "after": after}))
"""


def test_the_plan_validator_is_built_once_and_only_when_a_plan_is_read() -> None:
    done = subprocess.run([sys.executable, "-c", MODELS_BUILT], capture_output=True, text=True, cwd=REPO)
    assert json.loads(done.stdout) == {"before": [], "after": ["Plan"]}


def test_no_plan_model_field_has_a_builtin_default_factory() -> None:
    # pydantic reads a default factory's signature when it builds the validator; for a builtin
    # such as `list` that means tokenizing its text signature, about 4 ms of every command's start.
    import inspect

    from pydantic import BaseModel

    from ivp_cli.plan import model

    models = [
        item
        for item in vars(model).values()
        if isinstance(item, type) and issubclass(item, BaseModel) and item.__module__ == model.__name__
    ]
    assert len(models) > 30
    builtin = [
        f"{item.__name__}.{name}"
        for item in models
        for name, info in item.model_fields.items()
        if isinstance(info.default_factory, type) or inspect.isbuiltin(info.default_factory)
    ]
    assert builtin == []
