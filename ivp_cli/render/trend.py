"""An indicator's trend chart: what to draw (from the plan, the assessment and the as-of date),
its text alternative, its legend and the notes under it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from markupsafe import Markup

from ivp_cli.plan.model import Indicator, Measurement, Observation, ReferenceTarget, Target
from ivp_cli.progress.assessment import Assessment
from ivp_cli.progress.methods.reference import reference_values
from ivp_cli.render.charts import ChartSpec, Point, axis_start, trend_svg
from ivp_cli.render.figures import number_of, target_level
from ivp_cli.render.visible import ended, ended_one
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import RATES, format_number, format_period, format_value, unit_name
from ivp_cli.words.phrases import text

PROVISIONAL = ("voorlopig", "nader_voorlopig")
BOUNDS: dict[str, tuple[float | None, float | None]] = {"percentage": (0.0, 100.0)}


@dataclass(frozen=True)
class ChartView:
    svg: Markup | None
    legend: list[tuple[str, str]]  # (swatch class, words)
    notes: list[str]


def chart_view(
    anchor: str, indicator: Indicator, assessment: Assessment, as_of: date, lang: Lang
) -> ChartView:
    baseline = ended_one(indicator.baseline, as_of)
    own: list[tuple[Observation, bool]] = []
    if baseline is not None and number_of(baseline) is not None and baseline.parsed_period is not None:
        own.append((baseline, True))
    own += [(m, False) for m in ended(indicator.measurements, as_of) if number_of(m) is not None]
    if not own:
        return ChartView(None, [], [text(lang, "chart.no_data")])
    points = [_point(observation, is_baseline) for observation, is_baseline in own]
    target = assessment.target or indicator.targets[0]
    drawn = _drawn(indicator, target, as_of)
    reference, peers = _points_of(drawn, 0), _points_of(drawn, 1)
    last_year = max(assessment.target_year or 0, *(int(p.x) for p in points + reference + peers))
    level = target_level(target, baseline)
    goal = Point(last_year + 0.5, level) if level is not None and target.type not in _BAND_TYPES else None
    start = number_of(baseline)
    spec = ChartSpec(
        chart_id=f"chart-{anchor}",
        title=text(lang, "chart.title", name=indicator.name),
        desc="",
        points=points,
        fmt=lambda value: format_value(round(value, 2), indicator.unit, lang, None, indicator.per),
        last_year=last_year,
        reference=reference,
        peers=peers,
        band=_band(assessment) if target.type in _BAND_TYPES else None,
        target=goal,
        path=goal is not None and start is not None and _away(target, start, goal.y),
        level=goal is not None and target.type == "absolute",
        bounds=BOUNDS.get(indicator.unit, (0.0, None)),
        labels=_labels([item.name for item in drawn], lang),
        axis_unit=unit_name(indicator.unit, lang, indicator.per) if indicator.unit in RATES else "",
        tick_fmt=(lambda value: format_number(round(value, 2), lang)) if indicator.unit in RATES else None,
    )
    spec = replace(spec, desc=_desc(spec, own, drawn, lang))
    return ChartView(Markup(trend_svg(spec)), _legend(spec, lang), _notes(spec, lang))


_BAND_TYPES = ("at_most_baseline", "at_least_baseline", "equal_to_baseline")


def _points_of(drawn: list[Compared], index: int) -> list[Point]:
    return [_point(m, False) for m in drawn[index].measurements] if index < len(drawn) else []


def _away(target: Target, start: float, goal: float) -> bool:
    """Whether the baseline still has a way to go: an absolute bound it already meets has none."""
    if target.type != "absolute":
        return start != goal
    return start > goal if target.bound == "at_most" else start < goal


def _point(observation: Observation, is_baseline: bool) -> Point:
    period, value = observation.parsed_period, number_of(observation)
    assert value is not None and period is not None  # chart_view keeps only dated numbers
    provisional = observation.status in PROVISIONAL
    margin = observation.margin
    bounds = (float(margin.lower), float(margin.upper)) if margin is not None else None
    return Point(period.midpoint_year, value, period.months, is_baseline, provisional, bounds)


@dataclass(frozen=True)
class Compared:
    """A series the indicator is compared with, and its numbers known on the as-of date."""

    name: str
    kind: str  # "target" (the target's own reference), "national", "size_class_median"
    measurements: list[Measurement]


def comparison_series(indicator: Indicator, target: Target, as_of: date) -> list[Compared]:
    """What the indicator is compared with, for the chart, the table and the CSV.

    The target's reference first (its own values, or the fetched comparison it names), then the
    fetched comparisons it does not already hold: Nederland, then the median of the size class.
    """
    found: list[Compared] = []
    taken = None
    if isinstance(target, ReferenceTarget):
        values = _known(reference_values(indicator, target), as_of)
        found.append(Compared(target.reference.name, "target", values))
        taken = target.reference.comparison
    found += [
        Compared(series.name, series.kind, _known(series.measurements, as_of))
        for series in sorted(indicator.comparisons, key=lambda series: series.kind != "national")
        if series.kind != taken
    ]
    return [series for series in found if series.measurements]


def _known(measurements: Sequence[Measurement], as_of: date) -> list[Measurement]:
    return [m for m in ended(measurements, as_of) if number_of(m) is not None]


def _drawn(indicator: Indicator, target: Target, as_of: date) -> list[Compared]:
    """The comparisons the chart draws, at most two; a count of all Nederland is not among them.

    All of Nederland on one town's axis would flatten the town's own line; the table under the
    chart still lists it. A reference the plan names in its target is always drawn.
    """
    series = comparison_series(indicator, target, as_of)
    if indicator.unit == "count":
        series = [item for item in series if item.kind != "national"]
    return series[:2]


def _band(assessment: Assessment) -> tuple[float, float] | None:
    lower, upper = assessment.figures.get("interval_lower"), assessment.figures.get("interval_upper")
    if isinstance(lower, int | float) and isinstance(upper, int | float):
        return float(lower), float(upper)
    return None


def _labels(compared: list[str], lang: Lang) -> dict[str, str]:
    labels = {"target": text(lang, "chart.target_label"), "band": text(lang, "chart.band_label")}
    labels.update(zip(("reference", "peers"), compared, strict=False))
    return labels


def _desc(spec: ChartSpec, own: list[tuple[Observation, bool]], compared: list[Compared], lang: Lang) -> str:
    def listed(observations: list[Observation]) -> str:
        return "; ".join(_figure(item, spec, lang) for item in observations)

    parts = []
    baseline = [item for item, is_baseline in own if is_baseline]
    if baseline:
        parts.append(text(lang, "chart.desc_baseline", figure=listed(baseline)))
    measured = [item for item, is_baseline in own if not is_baseline]
    if measured:
        parts.append(text(lang, "chart.desc_points", points=listed(measured)))
    for item in compared:
        points = listed(list(item.measurements))
        parts.append(text(lang, "chart.desc_reference", name=item.name, points=points))
    if spec.target is not None:
        parts.append(text(lang, "chart.desc_target", value=spec.fmt(spec.target.y), year=spec.last_year))
    if spec.band is not None:
        lower, upper = (spec.fmt(value) for value in spec.band)
        parts.append(text(lang, "chart.desc_band", lower=lower, upper=upper))
    parts += _notes(spec, lang)
    return " ".join(parts)


def _figure(observation: Observation, spec: ChartSpec, lang: Lang) -> str:
    value = number_of(observation)
    written = f"{format_period(observation.period, lang)}: {spec.fmt(value or 0.0)}"
    if observation.status in PROVISIONAL:
        written += f" ({text(lang, f'period_status.{observation.status}')})"
    return written


def _legend(spec: ChartSpec, lang: Lang) -> list[tuple[str, str]]:
    entries = []
    if any(p.baseline for p in spec.points):
        entries.append(("baseline", text(lang, "legend.baseline")))
    if any(not p.baseline for p in spec.points):
        entries.append(("measurement", text(lang, "legend.measurement")))
    if any(p.margin for p in spec.points):
        entries.append(("margin", text(lang, "legend.margin")))
    if any(p.provisional for p in spec.points):
        entries.append(("provisional", text(lang, "legend.provisional")))
    if len({p.months for p in spec.points}) > 1:
        entries.append(("other-period", text(lang, "legend.other_period")))
    if spec.reference and "reference" in spec.labels:
        entries.append(("reference", spec.labels["reference"]))
    if spec.peers and "peers" in spec.labels:
        entries.append(("peers", spec.labels["peers"]))
    if spec.band is not None:
        entries.append(("band", text(lang, "legend.band")))
    if spec.target is not None:
        entries.append(("target", text(lang, "legend.target", year=spec.last_year)))
    if spec.path:
        entries.append(("path", text(lang, "legend.path")))
    return entries


def _notes(spec: ChartSpec, lang: Lang) -> list[str]:
    notes = []
    start = axis_start(spec)
    if start != 0:
        notes.append(text(lang, "chart.axis_start", value=spec.fmt(start)))
    if len(spec.points) == 1 and not (spec.reference or spec.peers):
        notes.append(text(lang, "chart.one_point"))
    return notes
