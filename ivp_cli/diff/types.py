"""One semantic change between two versions of a plan, kept as data; wording comes later."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Kinds whose old and new values are texts a reader wants to see as a word diff.
REWORDED = frozenset({"goal_changed", "action_changed", "target_text_changed"})


@dataclass(frozen=True)
class Change:
    kind: str
    theme: str | None = None
    theme_title: str | None = None
    indicator: str | None = None
    indicator_name: str | None = None
    old: Any = None
    new: Any = None
    field: str | None = None
    period: str | None = None
    how: Any = None  # the new value's provenance (fetched, by hand, from the document)
    old_period: str | None = None
    unit: str | None = None  # the indicator's unit, so values and targets read in it
    action: str | None = None  # the text of the action whose status changed
