"""One indicator as the report shows it: figures, target, status, explanation and chart."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ivp_cli.plan.model import Indicator, Observation, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render import cells, comparisons
from ivp_cli.render.charts import Point, trend_svg
from ivp_cli.render.figures import FigureView, figure_view, target_level
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_period, format_value
from ivp_cli.words.phrases import text
from ivp_cli.words.status import Status, status_label, status_symbol

# The methods of ivp_cli.progress.assess; "none" is its name for a target that does not fit the unit.
METHOD_KEYS = ("projection", "baseline_band", "direction", "reference", "milestone", "qualitative", "monitor")


@dataclass(frozen=True)
class StatusView:
    key: str
    label: str
    symbol: str


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
    targets: list[str]
    summary_target: str
    target_year: str
    status: StatusView
    explanation: str
    method: str
    chart: Markup | None
    chart_note: str
    comparison: str | None = None


def shorten(phrase: str, limit: int = 120) -> str:
    """For the overview table only; the indicator's own section shows the full verbatim text."""
    if len(phrase) <= limit:
        return phrase
    return phrase[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


def status_view(status: Status, lang: Lang) -> StatusView:
    return StatusView(status.value, status_label(status, lang), status_symbol(status))


def _numeric(observation: Observation) -> float | None:
    value = observation.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _points(indicator: Indicator, lang: Lang) -> list[Point]:
    observations: list[tuple[Observation, bool]] = [(m, False) for m in indicator.measurements]
    if indicator.baseline is not None:
        observations.insert(0, (indicator.baseline, True))
    points = []
    for observation, is_baseline in observations:
        value, span = _numeric(observation), observation.parsed_period
        if value is not None and span is not None:  # a baseline without a year has no place on the axis
            label = format_period(observation.period, lang)
            points.append(Point(label, span.midpoint_year, value, is_baseline))
    return sorted(points, key=lambda point: (point.x, not point.is_baseline))


def _national_points(indicator: Indicator, lang: Lang) -> list[Point]:
    series = [m for s in indicator.comparisons if s.kind == "national" for m in s.measurements]
    points = [
        Point(format_period(m.period, lang), m.parsed_period.midpoint_year, value)
        for m in series
        if (value := _numeric(m)) is not None
    ]
    return sorted(points, key=lambda point: point.x)


def _chart(
    anchor: str, indicator: Indicator, assessment: Assessment, lang: Lang
) -> tuple[Markup | None, str]:
    points = _points(indicator, lang)
    if not points:
        return None, text(lang, "chart.no_data")
    target = assessment.target or indicator.targets[0]
    level = target_level(target, indicator.baseline)

    def fmt(value: float) -> str:
        return format_value(round(value, 2), indicator.unit, lang)

    listed = "; ".join(f"{point.label}: {fmt(point.y)}" for point in points)
    desc = text(lang, "chart.desc_points", points=listed)
    if level is not None:
        desc += " " + text(lang, "chart.desc_target", value=fmt(level))
    title = text(lang, "chart.title", name=indicator.name)
    national = _national_points(indicator, lang)
    if national:
        listed = "; ".join(f"{point.label}: {fmt(point.y)}" for point in national)
        desc += " " + text(lang, "chart.desc_reference", name=text(lang, "chart.national"), points=listed)
    svg = trend_svg(
        f"chart-{anchor}",
        title,
        desc,
        points,
        fmt,
        level,
        text(lang, "chart.target_label"),
        national,
        text(lang, "chart.national"),
    )
    note = text(lang, "chart.one_point") if len(points) == 1 else ""
    return Markup(svg), note  # charts.py escapes all its text


def indicator_view(theme: Theme, indicator: Indicator, assessment: Assessment, lang: Lang) -> IndicatorView:
    anchor = f"{theme.id}--{indicator.id}"
    unit, per = indicator.unit, indicator.per
    measurements = [figure_view("measurement", m, unit, lang, per) for m in indicator.measurements]
    baseline = figure_view("baseline", indicator.baseline, unit, lang, per)
    chart, chart_note = _chart(anchor, indicator, assessment, lang)
    targets = cells.target_list(indicator, lang)
    method = assessment.method if assessment.method in METHOD_KEYS else "none"
    return IndicatorView(
        anchor=anchor,
        theme_title=theme.title,
        name=indicator.name,
        unit=text(lang, f"unit.{indicator.unit}"),
        source=indicator.source,
        baseline=baseline,
        latest=figure_view("latest", assessment.latest, unit, lang, per),
        figures=([baseline] if indicator.baseline is not None else []) + measurements,
        targets=targets,
        summary_target=shorten("; ".join(targets)),
        # several target years: each target names its own, so no single year follows the list
        target_year=str(assessment.target_year) if cells.single_year(indicator) else "",
        status=status_view(assessment.status, lang),
        explanation=assessment.explanation.get(lang, "") or text(lang, "indicator.no_assessment"),
        method=text(lang, f"method_name.{method}"),
        chart=chart,
        chart_note=chart_note,
        comparison=comparisons.sentence(indicator, assessment.latest, lang),
    )
