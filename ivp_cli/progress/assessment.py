"""The result of assessing one indicator: a status and every number behind it.

Shared by progress (which computes it), status and report (which show it). Fields may be added;
existing names are a contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ivp_cli.plan.model import Measurement, Observation, Target
from ivp_cli.words.status import Status

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
    # True when the verdict is final: the target year was measured (or the documents state the
    # result of that year in words), so achieved / not_achieved can no longer change.
    final: bool = False
    # One assessment per target when an indicator has several; the fields above then describe the
    # worst assessable part (see ivp_cli.progress.assess.combine).
    parts: tuple[Assessment, ...] = ()
