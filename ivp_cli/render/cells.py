"""Short texts for one assessment's table cells (baseline, latest, target, status), nl or en."""

from __future__ import annotations

from dataclasses import dataclass

from ivp_cli.plan.model import Indicator, Observation, Plan, Target
from ivp_cli.progress.assessment import Assessment
from ivp_cli.words import sentences
from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text
from ivp_cli.words.status import Status
from ivp_cli.words.targets import target_phrase

COLOURS = {
    Status.ACHIEVED: "green",
    Status.NOT_ACHIEVED: "bold red",
    Status.ON_TRACK: "cyan",
    Status.BEHIND_SCHEDULE: "yellow",
    Status.NO_PROGRESS: "yellow",
    Status.DETERIORATING: "red",
    Status.INSUFFICIENT_DATA: "magenta",
    Status.NOT_ASSESSABLE: "dim",
    Status.MONITOR_ONLY: "dim",
}


def headers(lang: Lang) -> tuple[str, ...]:
    """Theme, indicator, baseline, latest, target, status: the columns of the status table."""
    keys = ("indicator.theme", "indicator.name", "indicator.baseline", "status_view.latest")
    return tuple(text(lang, key) for key in (*keys, "indicator.target", "indicator.status"))


@dataclass(frozen=True)
class PlanStatus:
    path: str
    plan: Plan
    assessments: list[Assessment]


def observation(item: Observation | None, unit: str, lang: Lang) -> str:
    if item is None:
        return "–"
    return f"{sentences.value(item.value, unit, lang)} ({sentences.period(item.period, lang)})"


def target(item: Target, unit: str, lang: Lang) -> str:
    """The verbatim phrase when the plan has one, else the typed form in words, on one line."""
    return " ".join(target_phrase(item, unit, lang).split())


def targets(indicator: Indicator, lang: Lang) -> str:
    return "; ".join(target(item, indicator.unit, lang) for item in indicator.targets)


def indicators_by_id(plan: Plan) -> dict[tuple[str, str], tuple[str, Indicator]]:
    return {(theme.id, ind.id): (theme.title, ind) for theme, ind in plan.indicators()}
