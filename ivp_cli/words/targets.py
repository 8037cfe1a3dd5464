"""Targets in words: the one place that writes 'hoogstens 25 %' or 'gelijk aan of lager dan de nulmeting'.

Status, report, diff and the assessment sentences all ask here, so a target reads the same in each.
"""

from __future__ import annotations

from typing import Literal

from ivp_cli.plan.model import (
    AbsoluteTarget,
    DirectionTarget,
    MilestoneTarget,
    ReferenceTarget,
    RelativeTarget,
    Target,
)
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import Decimals, format_percent, format_value
from ivp_cli.words.phrases import text

Bound = Literal["at_most", "at_least"]


def target_phrase(target: Target, unit: str, lang: Lang) -> str:
    """The target in the plan's own words; a description of the typed form only when it has none."""
    return target.text or typed_target(target, unit, lang)


def typed_target(target: Target, unit: str, lang: Lang, decimals: Decimals = None) -> str:
    """What the typed form of a target promises, whatever words the plan uses for it."""
    match target:
        case AbsoluteTarget():
            return bound_phrase(target.bound, format_value(target.value, unit, lang, decimals), lang)
        case RelativeTarget():
            change = format_percent(target.change_percent, lang, decimals)
            return text(lang, "target.relative_to_baseline", change=change)
        case ReferenceTarget():
            return text(lang, f"target.reference.{target.comparison}", name=target.reference.name)
        case DirectionTarget():
            return text(lang, f"target.direction.{target.direction}")
        case MilestoneTarget():
            return text(lang, "target.milestone", state=target.target_state)
        case _:
            return text(lang, f"target.{target.type}")


def target_kind(kind: str, lang: Lang) -> str:
    """A kind of target in general ('een verandering ten opzichte van de nulmeting'), not one target."""
    return text(lang, f"target_kind.{kind}")


def bound_phrase(bound: Bound, value: str, lang: Lang) -> str:
    """'hoogstens 25 %' / 'minstens 80 %', for a value already written in its unit."""
    return text(lang, f"target.absolute.{bound}", value=value)


def target_year(year: int, lang: Lang) -> str:
    return text(lang, "indicator.target_year", year=year)
