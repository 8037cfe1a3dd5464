"""The regional report: indicators that several plans share, side by side.

Indicators match when they fetch the same open-data series (source, table, measure and keys,
the region aside) or, without a fetch spec, when they have the same id. Per 1 000 inhabitants is
only computed for counts of a plan that states its population (with a source); otherwise the
report says why it is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ivp_cli.load import LoadedPlan
from ivp_cli.plan.model import Indicator, Plan, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render.charts import STATUS_COLOURS
from ivp_cli.render.figures import FigureView, figure_view, population_text
from ivp_cli.render.indicator import StatusView, status_view
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_date, format_number
from ivp_cli.words.phrases import text

MatchKey = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    plan: Plan
    theme: Theme
    indicator: Indicator
    assessment: Assessment | None


@dataclass(frozen=True)
class ComparisonRow:
    municipality: str
    indicator: str
    latest: FigureView
    per_1000: str
    status: StatusView | None


def match_key(indicator: Indicator) -> MatchKey:
    spec = indicator.fetch
    if spec is None:
        return ("id", indicator.id)
    keys = tuple(f"{name}={value}" for name, value in sorted(spec.keys.items()))
    return ("fetch", spec.source, spec.table, spec.measure, *keys)


def _match_label(key: MatchKey, lang: Lang) -> str:
    if key[0] == "id":
        return text(lang, "combined.match", match=f"id {key[1]}")
    keys = ", ".join(part.strip() for part in key[4:])
    return text(lang, "combined.match", match=f"{key[1]} {key[2]} {key[3]} ({keys})")


def _per_1000(entry: Entry, lang: Lang) -> str:
    population = entry.plan.municipality.population
    latest = entry.assessment.latest if entry.assessment else None
    if entry.indicator.unit != "count":
        return text(lang, "combined.per_1000_not_count")
    if population is None:
        return text(lang, "figure.unknown")
    if latest is None or not isinstance(latest.value, int | float) or isinstance(latest.value, bool):
        return text(lang, "figure.no_data")
    return format_number(latest.value / population.value * 1000, lang, decimals=2)


def _row(entry: Entry, lang: Lang) -> ComparisonRow:
    latest = entry.assessment.latest if entry.assessment else None
    return ComparisonRow(
        municipality=entry.plan.municipality.name,
        indicator=entry.indicator.name,
        latest=figure_view("latest", latest, entry.indicator.unit, lang),
        per_1000=_per_1000(entry, lang),
        status=status_view(entry.assessment.status, lang) if entry.assessment else None,
    )


def shared_groups(assessed: Sequence[tuple[LoadedPlan, list[Assessment]]]) -> dict[MatchKey, list[Entry]]:
    groups: dict[MatchKey, list[Entry]] = {}
    for loaded, assessments in assessed:
        found = {(a.theme_id, a.indicator_id): a for a in assessments}
        for theme, indicator in loaded.plan.indicators():
            entry = Entry(loaded.plan, theme, indicator, found.get((theme.id, indicator.id)))
            groups.setdefault(match_key(indicator), []).append(entry)
    return {key: entries for key, entries in groups.items() if len({id(e.plan) for e in entries}) > 1}


def _plan_line(plan: Plan, lang: Lang) -> dict[str, Any]:
    population = plan.municipality.population
    return {
        "municipality": plan.municipality.name,
        "title": plan.plan.title,
        "period": f"{plan.plan.period.start} – {plan.plan.period.end}",
        "population": population_text(population, lang) if population else text(lang, "figure.unknown"),
    }


def combined_context(
    assessed: Sequence[tuple[LoadedPlan, list[Assessment]]], lang: Lang, as_of: date
) -> dict[str, Any]:
    groups = shared_groups(assessed)
    comparisons = [
        {
            "name": entries[0].indicator.name,
            "match": _match_label(key, lang),
            "rows": [_row(entry, lang) for entry in entries],
        }
        for key, entries in groups.items()
    ]
    missing = [
        loaded.plan.municipality.name for loaded, _ in assessed if loaded.plan.municipality.population is None
    ]
    return {
        "lang": lang,
        "as_of": text(lang, "report.as_of", date=format_date(as_of, lang)),
        "plans": [_plan_line(loaded.plan, lang) for loaded, _ in assessed],
        "comparisons": comparisons,
        "population_missing": missing,
        "palette": STATUS_COLOURS,
    }
