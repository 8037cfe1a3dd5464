"""One observation or target as the report shows it: value, period and source, all as text.

Missing values say so ("onbekend", "geen gegevens"); nothing is ever shown as zero that is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from ivp_cli.plan.model import Observation, Population, Target
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
    kind: str, observation: Observation | None, unit: str, lang: Lang, per: str | None = None
) -> FigureView:
    if observation is None:
        no_data = text(lang, "figure.no_data")
        return FigureView(kind, no_data, "", "", known=False)
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
    return FigureView(kind, value, period, source, known=observation.value is not None)


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
