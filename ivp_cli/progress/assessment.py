"""The result of assessing one indicator: a status and every number behind it.

Shared by progress (which computes it), status and report (which show it). Fields may be added;
existing names are a contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ivp_cli.plan.model import Measurement, Observation, Target


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND_SCHEDULE = "behind_schedule"
    DETERIORATING = "deteriorating"
    INSUFFICIENT_DATA = "insufficient_data"
    NOT_ASSESSABLE = "not_assessable"


# One symbol per status so it reads without colour, in the terminal and in reports alike.
STATUS_SYMBOLS: dict[Status, str] = {
    Status.ACHIEVED: "✓",
    Status.ON_TRACK: "↗",
    Status.BEHIND_SCHEDULE: "!",
    Status.DETERIORATING: "✗",
    Status.INSUFFICIENT_DATA: "?",
    Status.NOT_ASSESSABLE: "–",
}

Figure = float | int | str | None


@dataclass(frozen=True)
class Assessment:
    theme_id: str
    indicator_id: str
    status: Status
    method: str
    baseline: Observation | None
    latest: Measurement | None
    target: Target | None
    target_year: int | None
    figures: dict[str, Figure] = field(default_factory=dict)
    explanation: dict[str, str] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    # One assessment per target when an indicator has several; the fields above then describe the
    # worst assessable part (see ivp_cli.progress.assess.combine).
    parts: tuple[Assessment, ...] = ()
