"""Short texts for one assessment's table cells (baseline, latest, target, status), nl or en."""

from __future__ import annotations

from dataclasses import dataclass

from ivp_cli.plan.model import Indicator, Observation, Plan, Target
from ivp_cli.progress.assessment import STATUS_SYMBOLS, Assessment, Status
from ivp_cli.words import sentences as text

COLOURS = {
    Status.ACHIEVED: "green",
    Status.ON_TRACK: "cyan",
    Status.BEHIND_SCHEDULE: "yellow",
    Status.DETERIORATING: "red",
    Status.INSUFFICIENT_DATA: "magenta",
    Status.NOT_ASSESSABLE: "dim",
}
HEADERS = {
    "nl": ("Thema", "Indicator", "Nulmeting", "Laatste", "Doel", "Status"),
    "en": ("Theme", "Indicator", "Baseline", "Latest", "Target", "Status"),
}


@dataclass(frozen=True)
class PlanStatus:
    path: str
    plan: Plan
    assessments: list[Assessment]


def status_label(status: Status, lang: text.Lang) -> str:
    """'✓ behaald': a symbol and a word, so it reads without colour."""
    return f"{STATUS_SYMBOLS[status]} {text.STATUS_WORDS[lang][status]}"


def observation(item: Observation | None, unit: str, lang: text.Lang) -> str:
    if item is None:
        return "–"
    return f"{text.value(item.value, unit, lang)} ({text.period(item.period, lang)})"


def target(item: Target, lang: text.Lang) -> str:
    """The verbatim phrase when the plan has one, else the typed form in words."""
    if item.text:
        return " ".join(item.text.split())
    nl = lang == "nl"
    match item.type:
        case "at_most_baseline":
            return "gelijk of lager dan de nulmeting" if nl else "at most the baseline"
        case "equal_to_baseline":
            return "gelijk aan de nulmeting" if nl else "equal to the baseline"
        case "absolute":
            bound = {"at_most": ("hoogstens", "at most"), "at_least": ("minstens", "at least")}[item.bound]
            return f"{bound[0] if nl else bound[1]} {text.number(item.value, lang)}"
        case "relative_to_baseline":
            change = text.number(item.change_percent, lang)
            return f"{change} % t.o.v. de nulmeting" if nl else f"{change}% from the baseline"
        case "reference":
            word = {"at_most": ("hoogstens", "at most"), "at_least": ("minstens", "at least")}
            pair = word[item.comparison]
            return f"{pair[0] if nl else pair[1]} {item.reference.name}"
        case "direction":
            return {"decrease": ("daling", "decrease"), "increase": ("stijging", "increase")}[item.direction][
                0 if nl else 1
            ]
        case "milestone":
            return item.target_state
        case _:
            return "geen doel, alleen volgen" if nl else "no target, only followed"


def targets(indicator: Indicator, lang: text.Lang) -> str:
    return "; ".join(target(item, lang) for item in indicator.targets)


def indicators_by_id(plan: Plan) -> dict[tuple[str, str], tuple[str, Indicator]]:
    return {(theme.id, ind.id): (theme.title, ind) for theme, ind in plan.indicators()}
