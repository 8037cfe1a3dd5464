"""Inline SVG charts: text alternatives, what the verdict rests on, axes, and labels that never overlap."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivp_cli.render.axes import nice_range, nice_step, year_ticks
from ivp_cli.render.charts import (
    HEIGHT,
    STATUS_COLOURS,
    WIDTH,
    Box,
    ChartSpec,
    Point,
    _place,
    axis_start,
    trend_svg,
)


def _relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("status", sorted(STATUS_COLOURS))
def test_status_colours_have_aa_contrast_with_white(status: str) -> None:
    # WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05); white text on the colour and vice versa.
    ratio = 1.05 / (_relative_luminance(STATUS_COLOURS[status]) + 0.05)
    assert ratio >= 4.5


def spec(points: list[Point], **extra: object) -> ChartSpec:
    fields: dict[str, object] = {"chart_id": "c1", "title": "Verloop van <drugs>", "desc": "Nulmeting 4."}
    fields |= {"points": points, "fmt": lambda value: f"{value:g}", "last_year": 2027}
    return ChartSpec(**(fields | extra))  # type: ignore[arg-type]


BASELINE = Point(2022.5, 4, baseline=True)


def test_trend_has_text_alternative_and_escapes_it() -> None:
    svg = trend_svg(spec([BASELINE, Point(2023.5, 6)]))
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"')
    assert 'aria-labelledby="c1-title c1-desc"' in svg
    assert '<title id="c1-title">Verloop van &lt;drugs&gt;</title>' in svg
    assert '<desc id="c1-desc">Nulmeting 4.</desc>' in svg
    assert svg.endswith("</svg>")


def test_time_axis_runs_to_the_target_year_with_the_target_and_the_path() -> None:
    svg = trend_svg(spec([BASELINE, Point(2023.5, 5)], target=Point(2027.5, 2), path=True))
    years = re.findall(r">(20\d\d)</text>", svg)
    assert years == ["2022", "2023", "2024", "2025", "2026", "2027"]
    assert 'transform="rotate(45' in svg  # the target, a diamond at its year
    assert 'stroke-dasharray="5 4"' in svg  # the straight path from the baseline to it


def test_band_that_counts_as_equal_is_shaded_and_named() -> None:
    svg = trend_svg(
        spec([BASELINE, Point(2023.5, 6)], band=(1.09, 10.24), labels={"band": "telt als gelijk"})
    )
    assert 'fill="#dce7f3"' in svg
    assert ">telt als gelijk</text>" in svg


def test_reference_series_is_drawn_and_named() -> None:
    reference = [Point(2022.5, 5), Point(2023.5, 5.5)]
    svg = trend_svg(
        spec([BASELINE, Point(2023.5, 6)], reference=reference, labels={"reference": "landelijk"})
    )
    assert 'stroke-dasharray="2 3"' in svg
    assert ">landelijk</text>" in svg


def test_provisional_values_are_hollow_and_other_periods_are_not_joined() -> None:
    points = [BASELINE, Point(2023.5, 6), Point(2024.5, 3, provisional=True), Point(2024.25, 2, months=6)]
    svg = trend_svg(spec(points))
    assert len(re.findall(r"<polyline ", svg)) == 1  # the half year stands apart
    assert '<circle cx="' in svg and 'fill="#ffffff" stroke="#1f2328"' in svg
    assert svg.count("<polygon ") == 1  # the half year's own marker


def test_axis_starts_where_the_change_shows() -> None:
    wide = spec([Point(2022.5, 423, baseline=True), Point(2023.5, 470)])
    assert axis_start(wide) == 420
    assert axis_start(spec([BASELINE, Point(2023.5, 6)])) == 0
    assert axis_start(spec([Point(2023.5, 81.5, baseline=True)], band=(79, 84), bounds=(0, 100))) == 78


@pytest.mark.parametrize(
    ("values", "low", "high"), [([4, 6, 3], 0, 8), ([423, 470], 420, 480), ([0, 0], 0, 1), ([5], 0, 6)]
)
def test_nice_range(values: list[float], low: float, high: float) -> None:
    axis = nice_range(values)
    assert (axis.low, axis.high) == (low, high)
    assert axis.ticks()[0] == low and axis.ticks()[-1] == high


def test_percentages_stay_within_0_and_100() -> None:
    axis = nice_range([97, 99.5], 0, 100)
    assert axis.high == 100


def test_nice_steps_and_year_labels_that_fit() -> None:
    assert [nice_step(span) for span in (47, 8, 0.3)] == [20, 2, 0.1]
    assert year_ticks(2022, 2027, 60) == [2022, 2023, 2024, 2025, 2026, 2027]
    assert year_ticks(2010, 2027, 20)[-1] == 2027 and len(year_ticks(2010, 2027, 20)) == 9


@given(
    st.lists(
        st.tuples(st.floats(0, WIDTH), st.floats(0, HEIGHT), st.text(min_size=1, max_size=12)), max_size=8
    )
)
def test_placed_labels_never_overlap(labels: list[tuple[float, float, str]]) -> None:
    placed: list[Box] = []
    for x, y, label in labels:
        _place(x, y, label, placed)
    for index, box in enumerate(placed):
        assert not any(box.overlaps(other) for other in placed[index + 1 :])
