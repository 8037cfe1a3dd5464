"""Changes to what the college reports: action statuses and dated explanations.

Actions are matched by their text (as the goal and action lists are), statuses by date, and
explanations by period and date; a reviewer sees each new, changed or removed one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

from ivp_cli.diff.types import Change
from ivp_cli.plan.model import Action, Explanation

K = TypeVar("K")
V = TypeVar("V")


def diff_progress(old: Sequence[Action], new: Sequence[Action], where: dict[str, str]) -> list[Change]:
    before = {action.text: action for action in old}
    changes: list[Change] = []
    for action in new:
        previous = before.get(action.text)
        old_items = {item.date: item for item in previous.progress} if previous else {}
        new_items = {item.date: item for item in action.progress}
        changes += _keyed("action_status", old_items, new_items, {**where, "action": action.text})
    return changes


def diff_explanations(
    old: Sequence[Explanation], new: Sequence[Explanation], where: dict[str, str]
) -> list[Change]:
    before = {(item.parsed_period, item.date): item for item in old}
    after = {(item.parsed_period, item.date): item for item in new}
    return _keyed("explanation", before, after, where)


def _keyed(noun: str, before: Mapping[K, V], after: Mapping[K, V], where: dict[str, str]) -> list[Change]:
    changes: list[Change] = []
    for key, item in after.items():
        prior = before.get(key)
        if prior is None:
            changes.append(Change(f"{noun}_added", new=item, **where))
        elif prior != item:
            changes.append(Change(f"{noun}_changed", old=prior, new=item, **where))
    changes += [
        Change(f"{noun}_removed", old=item, **where) for key, item in before.items() if key not in after
    ]
    return changes
