"""One indicator as the report shows it: figures, target, status, explanation, chart, and the
college's own explanation; only what exists on the as-of date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ivp_cli.plan.model import Explanation, Indicator, Measurement, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render import cells, comparisons
from ivp_cli.render.figures import FigureView, figure_view
from ivp_cli.render.statuses import StatusView, status_key, status_view
from ivp_cli.render.trend import ChartView, chart_view, comparison_series
from ivp_cli.render.visible import ended, ended_one, latest_explanation
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_date, format_period, format_value, unit_name
from ivp_cli.words.phrases import text

# The methods of ivp_cli.progress.assess; "none" is its name for a target that does not fit the unit.
METHOD_KEYS = ("projection", "baseline_band", "direction", "reference", "milestone", "qualitative", "monitor")


@dataclass(frozen=True)
class ExplanationView:
    heading: str
    text: str
    correction: str | None


@dataclass(frozen=True)
class YearCell:
    value: str
    note: str  # the period, when it is not the whole year
    provisional: bool


@dataclass(frozen=True)
class IndicatorView:
    anchor: str
    theme_title: str
    name: str
    unit: str
    source: str | None
    baseline: FigureView
    latest: FigureView
    figures: list[FigureView]
    figures_note: str  # the remark every figure shares, said once under the table
    targets: list[str]
    summary_target: str
    target_year: str
    status: StatusView
    explanation: str
    method: str
    chart: ChartView
    account: ExplanationView | None
    years: dict[int, YearCell]
    comparison: str | None = None


def shorten(phrase: str, limit: int = 120) -> str:
    """For the overview table only; the indicator's own section shows the full verbatim text."""
    phrase = " ".join(phrase.split())
    if len(phrase) <= limit:
        return phrase
    return phrase[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-") + " …"


def explanation_view(items: list[Explanation], as_of: date, lang: Lang) -> ExplanationView | None:
    latest = latest_explanation(items, as_of)
    if latest is None:
        return None
    period, day = format_period(latest.period, lang), format_date(latest.date, lang)
    return ExplanationView(
        text(lang, "account.heading", period=period, date=day), latest.text, latest.correction
    )


def year_cells(measurements: list[Measurement], indicator: Indicator, lang: Lang) -> dict[int, YearCell]:
    """Per calendar year the figure the overview shows: the whole year, else the longest period."""
    cells: dict[int, tuple[tuple[bool, int, date], YearCell]] = {}
    for item in measurements:
        period = item.parsed_period
        rank = (period.is_calendar_year, period.months, period.end)
        note = "" if period.is_calendar_year else format_period(item.period, lang)
        cell = YearCell(
            format_value(item.value, indicator.unit, lang, item.decimals, indicator.per),
            note,
            item.status in ("voorlopig", "nader_voorlopig"),
        )
        year = period.end.year
        if year not in cells or rank > cells[year][0]:
            cells[year] = (rank, cell)
    return {year: cell for year, (_, cell) in sorted(cells.items())}


def _figures(indicator: Indicator, assessment: Assessment, as_of: date, lang: Lang) -> list[FigureView]:
    unit, per = indicator.unit, indicator.per
    rows = []
    baseline = ended_one(indicator.baseline, as_of)
    if baseline is not None:
        rows.append(figure_view("baseline", baseline, unit, lang, per, text(lang, "indicator.baseline")))
    measured = text(lang, "figure.measurement")
    rows += [
        figure_view("measurement", m, unit, lang, per, measured) for m in ended(indicator.measurements, as_of)
    ]
    for compared in comparison_series(indicator, assessment.target or indicator.targets[0], as_of):
        label = text(lang, "figure.reference", name=compared.name)
        rows += [figure_view("reference", m, unit, lang, per, label) for m in compared.measurements]
    return rows


def shared_note(figures: list[FigureView]) -> tuple[list[FigureView], str]:
    """When two or more figures carry the same remark, the table says it once, below."""
    notes = {figure.note for figure in figures if figure.note}
    noted = [figure for figure in figures if figure.note]
    if len(notes) != 1 or len(noted) < 2:
        return figures, ""
    return [replace(figure, note="") for figure in figures], notes.pop()


def _target_year(indicator: Indicator, assessment: Assessment) -> str:
    """The one year the targets aim at; none when each names its own, or when nothing is aimed at."""
    if not cells.single_year(indicator) or assessment.target_year is None:
        return ""
    if all(target.type == "monitor" for target in indicator.targets):
        return ""  # "geen doel, alleen volgen (2030)" would read as a goal for 2030
    return str(assessment.target_year)


def indicator_view(
    theme: Theme, indicator: Indicator, assessment: Assessment, as_of: date, lang: Lang
) -> IndicatorView:
    anchor = f"{theme.id}--{indicator.id}"
    unit, per = indicator.unit, indicator.per
    baseline = figure_view("baseline", ended_one(indicator.baseline, as_of), unit, lang, per)
    targets = cells.target_list(indicator, lang)
    method = assessment.method if assessment.method in METHOD_KEYS else "none"
    figures, figures_note = shared_note(_figures(indicator, assessment, as_of, lang))
    return IndicatorView(
        anchor=anchor,
        theme_title=theme.title,
        name=indicator.name,
        unit=unit_name(indicator.unit, lang, indicator.per),
        source=indicator.source,
        baseline=baseline,
        latest=figure_view("latest", assessment.latest, unit, lang, per),
        figures=figures,
        figures_note=figures_note,
        targets=targets,
        summary_target=shorten("; ".join(targets), 70),
        target_year=_target_year(indicator, assessment),
        status=status_view(status_key(assessment), lang),
        explanation=assessment.explanation.get(lang, "") or text(lang, "indicator.no_assessment"),
        method=text(lang, f"method_name.{method}"),
        chart=chart_view(anchor, indicator, assessment, as_of, lang),
        account=explanation_view(list(indicator.explanations), as_of, lang),
        years=year_cells(ended(indicator.measurements, as_of), indicator, lang),
        comparison=comparisons.sentence(indicator, assessment.latest, lang),
    )
