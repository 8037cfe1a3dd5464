"""The committed JSON Schema equals the export, is valid draft-07, and accepts the shipped plans."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator  # type: ignore[import-untyped]
from ruamel.yaml import YAML

from ivp_cli.plan.schema_export import schema_text
from tests.conftest import PLANS, REPO, Ivp

SCHEMA_PATH = REPO / "schemas" / "plan.schema.json"
PLAN_FILES = sorted(PLANS.glob("*.yaml"))


def _as_json(node: Any) -> Any:
    # What an editor or check-jsonschema sees: YAML dates become ISO strings.
    if isinstance(node, dict):
        return {str(key): _as_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_as_json(item) for item in node]
    return node.isoformat() if isinstance(node, dt.date) else node


def test_committed_schema_is_the_export() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()


def test_schema_is_draft_07_without_2020_12_keywords() -> None:
    schema = json.loads(schema_text())
    Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "definitions" in schema
    text = schema_text()
    for keyword in ('"$defs"', "#/$defs/", '"prefixItems"', '"discriminator"', '"unevaluatedProperties"'):
        assert keyword not in text
    assert schema["title"] == "Integraal Veiligheidsplan (ivp)"


@pytest.mark.parametrize("plan_path", PLAN_FILES, ids=[path.name for path in PLAN_FILES])
def test_shipped_plans_validate_against_the_schema(plan_path: Path) -> None:
    validator = Draft7Validator(json.loads(schema_text()))
    document = _as_json(YAML(typ="safe").load(plan_path.read_text(encoding="utf-8")))
    assert [error.message for error in validator.iter_errors(document)] == []


def test_schema_rejects_what_the_model_rejects() -> None:
    validator = Draft7Validator(json.loads(schema_text()))
    document = _as_json(
        YAML(typ="safe").load((PLANS / "landsmeer-2024-2027.yaml").read_text(encoding="utf-8"))
    )
    document["municipality"]["cbs_code"] = "0415"
    document["themes"][0]["indicators"][2]["baseline"]["period"] = "2023-13"
    document["themes"][0]["kind"] = "Prioriteit"
    messages = sorted(error.message for error in validator.iter_errors(document))
    assert len(messages) == 3
    assert messages[0] == "'0415' does not match '^GM\\\\d{4}$'"


def test_check_jsonschema_accepts_the_shipped_plans() -> None:
    command = [str(Path(sys.executable).parent / "check-jsonschema"), "--schemafile", str(SCHEMA_PATH)]
    done = subprocess.run(
        [*command, *map(str, PLAN_FILES)], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok -- validation done" in done.stdout


def test_schema_command_writes_and_checks(ivp: Ivp, tmp_path: Path) -> None:
    target = tmp_path / "out" / "plan.schema.json"
    stale = ivp("schema", "--check", "--output", target)
    assert stale.exit_code == 1
    assert "differs from the models" in stale.stderr
    written = ivp("schema", "--output", target)
    assert written.exit_code == 0
    assert written.stdout == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == schema_text()
    current = ivp("schema", "--check", "--output", target)
    assert current.exit_code == 0
    target.write_text(schema_text().replace("draft-07", "draft-06"), encoding="utf-8")
    drifted = ivp("schema", "--check", "--output", target)
    assert drifted.exit_code == 1


def test_export_is_deterministic_with_trailing_newline() -> None:
    assert schema_text() == schema_text()
    assert schema_text().endswith("}\n")
