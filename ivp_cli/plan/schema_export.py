"""The JSON Schema of a plan, from the models, in a form draft-07-only editors understand.

pydantic writes JSON Schema 2020-12 (`$defs`); yaml-language-server and many editors read draft-07,
so definitions move to `definitions`, the OpenAPI `discriminator` hint goes, and periods get the
pattern the model checks (and, like the model, accept a bare year).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ivp_cli.plan.model import Plan

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
_PERIOD_PART = r"\d{4}(-(0[1-9]|1[0-2])|H[12])?"
PERIOD_PATTERN = rf"^\s*{_PERIOD_PART}(\s*\.\.\s*{_PERIOD_PART})?\s*$"
_PERIOD_DESCRIPTION = "Period covered:"


def _draft07(node: Any) -> Any:
    if isinstance(node, list):
        return [_draft07(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted: dict[str, Any] = {}
    for key, value in node.items():
        if key == "discriminator":
            continue
        if key == "$ref" and isinstance(value, str):
            value = value.replace("#/$defs/", "#/definitions/")
        converted["definitions" if key == "$defs" else key] = _draft07(value)
    if converted.get("type") == "string" and str(converted.get("description", "")).startswith(
        _PERIOD_DESCRIPTION
    ):
        return _period(converted)
    return converted


def _period(field: dict[str, Any]) -> dict[str, Any]:
    text = {"type": "string", "pattern": PERIOD_PATTERN}
    year = {"type": "integer", "minimum": 1000, "maximum": 9999}
    kept = {key: value for key, value in field.items() if key != "type"}
    return {**kept, "anyOf": [text, year]}


def plan_schema() -> dict[str, Any]:
    schema: dict[str, Any] = _draft07(Plan.model_json_schema())
    schema["$schema"] = DRAFT_07
    schema["title"] = "Integraal Veiligheidsplan (ivp)"
    schema["description"] = (
        "A Dutch municipal safety plan as data: themes, goals, indicators, baselines and targets.\n\n"
        "Een integraal veiligheidsplan als gegevens: thema's, doelen, indicatoren, nulmetingen en doelen."
    )
    return schema


def schema_text() -> str:
    return json.dumps(plan_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schema(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(schema_text(), encoding="utf-8")
    temporary.replace(path)


def schema_is_current(path: Path) -> bool:
    try:
        return path.read_text(encoding="utf-8") == schema_text()
    except OSError:
        return False
