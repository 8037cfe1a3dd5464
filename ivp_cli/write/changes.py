"""What a write does to a plan: items to append, scalars to replace; fetch and record fill it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

State = Literal["updated", "unchanged", "revised", "failed"]


@dataclass
class SeriesChange:
    """New and changed values of one comparison series (`comparisons[kind]`) of an indicator."""

    kind: str
    name: str
    region: str | None
    items: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[int, tuple[str, ...], object]] = field(default_factory=list)


@dataclass
class IndicatorChange:
    """What to do to one indicator: items to append, scalars to replace in existing measurements."""

    theme_index: int
    indicator_index: int
    items: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[int, tuple[str, ...], object]] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    series: list[SeriesChange] = field(default_factory=list)

    @property
    def state(self) -> State:
        if self.revisions:
            return "revised"
        changed = any(s.items or s.updates for s in self.series)
        return "updated" if self.items or self.updates or changed else "unchanged"


@dataclass
class ListAppend:
    """Items to append to the list under `key` of the mapping at `path` (e.g. an action's progress)."""

    path: tuple[str | int, ...]
    key: str
    items: list[dict[str, Any]]
    followers: tuple[str, ...] = ()  # keys that come after `key`, where it is new
