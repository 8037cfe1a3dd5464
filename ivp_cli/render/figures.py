"""One observation or target as the report shows it: value, period and source, all as text.

Missing values say so ("onbekend", "geen gegevens"); nothing is ever shown as zero that is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ivp_cli.plan.model import ManualProvenance, Observation, Plan, Population, Target, TestDataProvenance
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_number, format_period, format_value
from ivp_cli.words.phrases import text


@dataclass(frozen=True)
class FigureView:
    kind: str
    value: str
    period: str
    source: str
    known: bool
    note: str = ""  # the remark entered with the figure (`ivp record --note`)
    label: str = ""  # the kind in words: Nulmeting, Meting, Referentie (landelijk)


def number_of(observation: Observation | None) -> float | None:
    """The observation's value as a number, or None (unknown, a state, not finite)."""
    value = observation.value if observation is not None else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def note_of(observation: Observation) -> str:
    provenance = observation.provenance
    if isinstance(provenance, ManualProvenance | TestDataProvenance):
        return provenance.note or ""
    return ""


def source_label(observation: Observation, lang: Lang) -> str:
    provenance = observation.provenance
    if provenance.source == "document":
        return text(lang, "source.document", reference=provenance.reference)
    if provenance.source in ("politie", "cbs"):
        return text(lang, f"source.{provenance.source}", table=provenance.table)
    if provenance.source == "manual":
        return text(lang, "source.manual", reference=provenance.reference)
    return text(lang, "source.test")


def figure_view(
    kind: str,
    observation: Observation | None,
    unit: str,
    lang: Lang,
    per: str | None = None,
    label: str = "",
) -> FigureView:
    if observation is None:
        no_data = text(lang, "figure.no_data")
        return FigureView(kind, no_data, "", "", known=False, label=label)
    value = format_value(observation.value, unit, lang, observation.decimals, per)
    if observation.margin is not None:
        margin = text(
            lang,
            "figure.margin",
            lower=format_value(observation.margin.lower, unit, lang),
            upper=format_value(observation.margin.upper, unit, lang),
        )
        value = f"{value} ({margin})"
    if observation.status is not None:
        value = f"{value}, {_status(observation, lang)}"
    source = source_label(observation, lang)
    period = format_period(observation.period, lang)
    known = observation.value is not None
    return FigureView(kind, value, period, source, known, note_of(observation), label)


def _status(observation: Observation, lang: Lang) -> str:
    status = text(lang, f"period_status.{observation.status}")
    if observation.provenance.source == "politie":
        # The police mark every period "Definitief", yet revise figures afterwards.
        return text(lang, "period_status.politie", status=status)
    return status


def target_level(target: Target | None, baseline: Observation | None) -> float | None:
    """The number a chart draws as the target line, where the target names one."""
    base = baseline.value if baseline is not None else None
    numeric_base = base if isinstance(base, int | float) and not isinstance(base, bool) else None
    if target is None:
        return None
    if target.type == "absolute":
        return float(target.value)
    if (
        target.type in ("at_most_baseline", "at_least_baseline", "equal_to_baseline")
        and numeric_base is not None
    ):
        return float(numeric_base)
    if target.type == "relative_to_baseline" and numeric_base is not None:
        return numeric_base * (1 + target.change_percent / 100)
    return None


def population_text(population: Population, lang: Lang) -> str:
    period = format_period(population.period, lang)
    return f"{format_number(population.value, lang)} ({period}, {population.source})"


def has_test_data(plan: Plan) -> bool:
    """Any figure invented for a test or a demonstration: the report then says so at the top."""
    observations = [
        item
        for _, indicator in plan.indicators()
        for item in (indicator.baseline, *indicator.measurements)
        if item is not None
    ]
    return any(item.provenance.source == "test" for item in observations)
