"""The standard indicators shipped with ivp: the BBV safety indicators and common police figures.

`data/standard_indicators.json` holds, per id, the name, unit, direction, source, official
definition (with where it comes from), the police crime types it counts and a fetch spec. A plan
names one with `catalog: <id>`; whatever the plan writes itself (its own wording) wins.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# Fields an indicator takes from its catalogue entry when the plan leaves them out.
FILLED = ("name", "unit", "per", "direction", "source", "fetch")


@dataclass(frozen=True)
class StandardIndicator:
    id: str
    entry: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.entry["name"])

    @property
    def bbv(self) -> bool:
        return bool(self.entry.get("bbv"))

    @property
    def open_data(self) -> bool:
        return bool(self.entry.get("open_data"))


@cache
def _entries() -> dict[str, dict[str, Any]]:
    text = resources.files("ivp_cli.plan").joinpath("data", "standard_indicators.json").read_text("utf-8")
    entries: dict[str, dict[str, Any]] = json.loads(text)
    return entries


def ids() -> list[str]:
    return list(_entries())


def get(indicator_id: str) -> StandardIndicator | None:
    entry = _entries().get(indicator_id)
    return None if entry is None else StandardIndicator(indicator_id, entry)


def bbv() -> list[StandardIndicator]:
    return [StandardIndicator(key, entry) for key, entry in _entries().items() if entry.get("bbv")]


def check_id(value: str | None) -> str | None:
    """A pydantic field check: the id must be in the catalogue (with a suggestion when it is not)."""
    if value is None or value in _entries():
        return value
    close = difflib.get_close_matches(value, ids(), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else f"; known ids: {', '.join(ids())}"
    raise ValueError(f"'{value}' is not a standard indicator of ivp{hint}")


def fill_in(data: Any) -> Any:
    """An indicator mapping with the fields it leaves out taken from its catalogue entry."""
    if not isinstance(data, Mapping):
        return data
    entry = _entries().get(str(data.get("catalog")))
    if entry is None:
        return data
    missing = {key: entry[key] for key in FILLED if key in entry and key not in data}
    return {**data, **missing} if missing else data
