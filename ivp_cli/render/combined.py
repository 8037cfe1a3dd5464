"""The regional report: indicators that several plans share, side by side, for the same year.

Indicators match when they fetch the same open-data series (source, table, measure and keys,
the region aside) or, without a fetch spec, when they have the same id. Each comparison shows
the figures of one calendar year, the latest that at least two plans have by the as-of date, and
says which; a plan without a figure for that year says so. Per 1.000 inhabitants is only computed
for counts of a plan that states its population (with a source); otherwise the report says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ivp_cli.load import LoadedPlan
from ivp_cli.plan import catalog
from ivp_cli.plan.model import Indicator, Measurement, Plan, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render.charts import STATUS_COLOURS
from ivp_cli.render.css import css_string, page_counter
from ivp_cli.render.figures import FigureView, figure_view, number_of, population_text
from ivp_cli.render.statuses import StatusView, status_key, status_view
from ivp_cli.render.visible import ended
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
    figure: FigureView
    shown: str  # the value; with its period when the plans have no year in common
    per_1000: str
    status: StatusView | None
    measurement: Measurement | None
    per_1000_value: float | None


def match_key(indicator: Indicator) -> MatchKey:
    spec = indicator.fetch
    if spec is None:
        return ("id", indicator.id)
    keys = tuple(f"{name}={value}" for name, value in sorted(spec.keys.items()))
    return ("fetch", spec.source, spec.table, spec.measure, *keys)


def _match_label(key: MatchKey, lang: Lang) -> str:
    """What the plans share, in words: the measure and the categories, never a table id."""
    if key[0] == "id":
        return text(lang, "combined.match_id")
    source, table, measure = key[1:4]
    titles = []
    for part in key[4:]:
        dimension, _, value = part.partition("=")
        title = catalog.key_title(table, dimension, value)
        titles.append(title or value.strip())
    what = ", ".join([_words(measure), *titles])
    return text(lang, "combined.match", what=what, source=text(lang, f"combined.source.{source}"))


def _words(measure: str) -> str:
    """'GeregistreerdeMisdrijven_1' -> 'geregistreerde misdrijven'."""
    name = re.sub(r"_\d+$", "", measure)
    return " ".join(re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", name)).lower()


def _year_figure(entry: Entry, year: int | None, as_of: date) -> Measurement | None:
    """The figure of `year`; without a shared year, the plan's own latest known figure."""
    known = [m for m in ended(entry.indicator.measurements, as_of) if m.value is not None]
    if year is None:  # whole years first: they are what the other plans have too
        whole = [m for m in known if m.parsed_period.is_calendar_year]
        shown = whole or known
        return shown[-1] if shown else None
    return next(
        (
            m
            for m in reversed(known)
            if m.parsed_period.is_calendar_year and m.parsed_period.start.year == year
        ),
        None,
    )


def common_year(entries: Sequence[Entry], as_of: date) -> int | None:
    """The latest calendar year with a figure in at least two of the plans."""
    counts: dict[int, int] = {}
    for entry in entries:
        years = {
            m.parsed_period.start.year
            for m in ended(entry.indicator.measurements, as_of)
            if m.parsed_period.is_calendar_year and m.value is not None
        }
        for year in years:
            counts[year] = counts.get(year, 0) + 1
    shared = [year for year, count in counts.items() if count > 1]
    return max(shared, default=None)


def per_1000(entry: Entry, figure: Measurement | None) -> float | None:
    population = entry.plan.municipality.population
    value = number_of(figure)
    if entry.indicator.unit != "count" or population is None or value is None:
        return None
    return value / population.value * 1000


def _per_1000_text(entry: Entry, figure: Measurement | None, lang: Lang) -> str:
    if entry.indicator.unit != "count":
        return text(lang, "combined.per_1000_not_count")
    if entry.plan.municipality.population is None:
        return text(lang, "figure.unknown")
    value = per_1000(entry, figure)
    return text(lang, "figure.no_data") if value is None else format_number(value, lang, decimals=2)


def _row(entry: Entry, year: int | None, as_of: date, lang: Lang) -> ComparisonRow:
    figure = _year_figure(entry, year, as_of)
    view = figure_view("measurement", figure, entry.indicator.unit, lang)
    return ComparisonRow(
        municipality=entry.plan.municipality.name,
        indicator=entry.indicator.name,
        figure=view,
        shown=f"{view.value} ({view.period})" if year is None and view.known else view.value,
        per_1000=_per_1000_text(entry, figure, lang),
        status=status_view(status_key(entry.assessment), lang) if entry.assessment else None,
        measurement=figure,
        per_1000_value=per_1000(entry, figure),
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


def _comparison(key: MatchKey, entries: list[Entry], as_of: date, lang: Lang) -> dict[str, Any]:
    year = common_year(entries, as_of)
    name = entries[0].indicator.name
    caption = (
        text(lang, "combined.caption", name=name, year=year)
        if year is not None
        else text(lang, "combined.caption_no_year", name=name)
    )
    return {
        "name": name,
        "match": _match_label(key, lang),
        "year": year,
        "caption": caption,
        "rows": [_row(entry, year, as_of, lang) for entry in entries],
    }


def combined_context(
    assessed: Sequence[tuple[LoadedPlan, list[Assessment]]], lang: Lang, as_of: date
) -> dict[str, Any]:
    comparisons = [_comparison(key, entries, as_of, lang) for key, entries in shared_groups(assessed).items()]
    missing = [
        loaded.plan.municipality.name for loaded, _ in assessed if loaded.plan.municipality.population is None
    ]
    return {
        "lang": lang,
        "as_of": text(lang, "report.as_of", date=format_date(as_of, lang)),
        "print_header": css_string(
            f"{text(lang, 'combined.title')} · {text(lang, 'report.as_of', date=format_date(as_of, lang))}"
        ),
        "print_page": page_counter(lang),
        "plans": [_plan_line(loaded.plan, lang) for loaded, _ in assessed],
        "comparisons": comparisons,
        "population_missing": missing,
        "palette": STATUS_COLOURS,
    }


def combined_csv(context: dict[str, Any], lang: Lang) -> bytes:
    """The comparisons as CSV, one row per plan and shared indicator, Excel-ready like `--format csv`."""
    from ivp_cli.render.csv_out import cell_value, table_bytes

    keys = ("indicator", "municipality", "period", "value", "per_1000", "status", "source")
    rows = [tuple(text(lang, f"csv.{key}") for key in keys)]
    for comparison in context["comparisons"]:
        for row in comparison["rows"]:
            item = row.measurement
            value = cell_value(item.value if item else None, lang)
            cells = (comparison["name"], row.municipality, item.period if item else "", value)
            status = row.status.label if row.status else ""
            rate = round(row.per_1000_value, 4) if row.per_1000_value is not None else None
            rows.append((*cells, cell_value(rate, lang), status, row.figure.source))
    return table_bytes(rows, lang)
