"""What exists on the as-of date: a period that has not ended by then is not in the report.

The same rule as `ivp_cli.progress.series`, applied to everything a report shows besides the
assessment: figure tables, charts, the overview, reference series, explanations and statuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from ivp_cli.plan.model import Action, ActionProgress, Explanation, Observation

ObservationT = TypeVar("ObservationT", bound=Observation)


def _over(observation: Observation, as_of: date) -> bool:
    """A baseline without a period has no year to wait for: it is known."""
    period = observation.parsed_period
    return period is None or period.end <= as_of


def _order(observation: Observation) -> tuple[date, date]:
    period = observation.parsed_period
    return (date.min, date.min) if period is None else (period.end, period.start)


def ended(observations: Sequence[ObservationT], as_of: date) -> list[ObservationT]:
    """Observations whose period is over on `as_of`, in period order."""
    return sorted((item for item in observations if _over(item, as_of)), key=_order)


def ended_one(observation: ObservationT | None, as_of: date) -> ObservationT | None:
    return observation if observation is not None and _over(observation, as_of) else None


def latest_explanation(explanations: Sequence[Explanation], as_of: date) -> Explanation | None:
    """The newest explanation written by `as_of`, of a period over by then."""
    known = [item for item in explanations if item.date <= as_of and item.parsed_period.end <= as_of]
    return max(known, key=lambda item: (item.parsed_period.end, item.date), default=None)


def latest_progress(action: Action, as_of: date) -> ActionProgress | None:
    return max((item for item in action.progress if item.date <= as_of), key=lambda i: i.date, default=None)
