"""Targets in words: the one place that writes 'hoogstens 25 %' or 'gelijk aan of lager dan de nulmeting'.

Status, report, diff and the assessment sentences all ask here, so a target reads the same in each.
"""

from __future__ import annotations

from typing import Literal

from ivp_cli.plan.model import (
    AbsoluteTarget,
    DirectionTarget,
    LevelOfYear,
    MilestoneTarget,
    ReferenceTarget,
    RelativeTarget,
    Target,
    Tolerance,
)
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import Decimals, format_percent, format_value
from ivp_cli.words.phrases import text

Bound = Literal["at_most", "at_least"]


def target_phrase(target: Target, unit: str, lang: Lang, per: str | None = None) -> str:
    """The target in the plan's own words; a description of the typed form only when it has none."""
    return target.text or typed_target(target, unit, lang, per=per)


def typed_target(
    target: Target, unit: str, lang: Lang, decimals: Decimals = None, per: str | None = None
) -> str:
    """What the typed form of a target promises, whatever words the plan uses for it."""
    match target:
        case AbsoluteTarget():
            return bound_phrase(target.bound, format_value(target.value, unit, lang, decimals, per), lang)
        case RelativeTarget():
            return relative_phrase(target.change_percent, lang, decimals)
        case ReferenceTarget():
            return text(lang, f"target.reference.{target.comparison}", name=target.reference.name)
        case DirectionTarget():
            return text(lang, f"target.direction.{target.direction}")
        case MilestoneTarget():
            return text(lang, "target.milestone", state=target.target_state)
        case LevelOfYear():
            phrase = text(lang, f"target.level_of_year.{target.comparison}", year=target.level_year)
            return phrase + _tolerance(target, unit, lang, per)
        case Tolerance():
            return text(lang, f"target.{target.type}") + _tolerance(target, unit, lang, per)
        case _:
            return text(lang, f"target.{target.type}")


def relative_phrase(change_percent: float, lang: Lang, decimals: Decimals = None) -> str:
    """'10 % lager dan de nulmeting': a rise or fall in words, never a bare signed percentage."""
    if change_percent == 0:
        return text(lang, "target.equal_to_baseline")
    side = "lower" if change_percent < 0 else "higher"
    change = format_percent(abs(change_percent), lang, decimals)
    return text(lang, f"target.relative_to_baseline.{side}", change=change)


def _tolerance(target: Tolerance, unit: str, lang: Lang, per: str | None) -> str:
    if target.tolerance is not None:
        size = (
            text(lang, "target.points", value=format_value(target.tolerance, "count", lang))
            if unit == "percentage"
            else format_value(target.tolerance, unit, lang, per=per)
        )
        return text(lang, "target.tolerance", size=size)
    if target.tolerance_percent is not None:
        return text(lang, "target.tolerance", size=format_percent(target.tolerance_percent, lang))
    return ""


def target_kind(kind: str, lang: Lang) -> str:
    """A kind of target in general ('een verandering ten opzichte van de nulmeting'), not one target."""
    return text(lang, f"target_kind.{kind}")


def bound_phrase(bound: Bound, value: str, lang: Lang) -> str:
    """'hoogstens 25 %' / 'minstens 80 %', for a value already written in its unit."""
    return text(lang, f"target.absolute.{bound}", value=value)


def target_year(year: int, lang: Lang) -> str:
    return text(lang, "indicator.target_year", year=year)
