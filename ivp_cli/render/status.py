"""The core of `ivp status`: loaded plans -> assessed plans -> text, JSON or Markdown."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from ivp_cli.load import LoadedPlan
from ivp_cli.progress.assess import assess_plan, fails
from ivp_cli.render.cells import PlanStatus
from ivp_cli.words.status import Status


def assess(loaded: Iterable[LoadedPlan], as_of: date) -> Iterator[PlanStatus]:
    """One assessed plan at a time, as the plans come."""
    for item in loaded:
        yield PlanStatus(str(item.path), item.plan, assess_plan(item.plan, as_of=as_of))


def gate_tripped(plans: Iterable[PlanStatus], fail_on: str) -> bool:
    """The --fail-on rule: any assessment at or past `fail_on` in the status order."""
    return fails((a for plan in plans for a in plan.assessments), Status(fail_on))
