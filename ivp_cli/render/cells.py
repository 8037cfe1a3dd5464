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


def observation(item: Observation | None, unit: str, lang: Lang, per: str | None = None) -> str:
    if item is None:
        return "–"
    written = sentences.value(item.value, unit, lang, decimals=item.decimals, per=per)
    return f"{written} ({sentences.period(item.period, lang)})"


def target(item: Target, unit: str, lang: Lang, per: str | None = None) -> str:
    """The verbatim phrase when the plan has one, else the typed form in words, on one line."""
    return " ".join(target_phrase(item, unit, lang, per).split())


def single_year(indicator: Indicator) -> bool:
    return len({item.year for item in indicator.targets}) <= 1


def target_list(indicator: Indicator, lang: Lang) -> list[str]:
    """Each target's phrase; with targets for several years each names its year: '7,1 (2019)'."""
    phrases = [target_phrase(item, indicator.unit, lang, indicator.per) for item in indicator.targets]
    if single_year(indicator):
        return phrases
    return [
        f"{phrase} ({item.year})" if item.year else phrase
        for phrase, item in zip(phrases, indicator.targets, strict=True)
    ]


def targets(indicator: Indicator, lang: Lang) -> str:
    return "; ".join(" ".join(phrase.split()) for phrase in target_list(indicator, lang))


def indicators_by_id(plan: Plan) -> dict[tuple[str, str], tuple[str, Indicator]]:
    return {(theme.id, ind.id): (theme.title, ind) for theme, ind in plan.indicators()}
