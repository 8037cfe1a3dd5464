"""Editor hover help: every property of the exported schema explains itself in English and Dutch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "plan.schema.json"
MODELINE = "# yaml-language-server: $schema=../schemas/plan.schema.json"


def properties() -> Iterator[tuple[str, dict[str, Any]]]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for owner, definition in [("Plan", schema), *schema["definitions"].items()]:
        for name, spec in definition.get("properties", {}).items():
            yield f"{owner}.{name}", spec


@pytest.mark.parametrize(("where", "spec"), list(properties()), ids=lambda value: str(value)[:40])
def test_property_has_an_english_and_a_dutch_description(where: str, spec: dict[str, Any]) -> None:
    english, separator, dutch = spec.get("description", "").partition("\n\n")
    assert separator, f"{where}: no 'English\\n\\nNederlands' description"
    assert english.strip() and dutch.strip() and english != dutch


def test_schema_has_descriptions_for_every_definition_property() -> None:
    assert len(list(properties())) > 100


def test_every_shipped_plan_points_editors_at_the_schema() -> None:
    for plan in sorted((SCHEMA.parent.parent / "plans").glob("*.yaml")):
        assert plan.read_text(encoding="utf-8").splitlines()[0] == MODELINE, plan.name
