"""Inline SVG charts: text alternatives, exact geometry for known input, no data and one point."""

from __future__ import annotations

import re

import pytest

from ivp_cli.render.charts import STATUS_COLOURS, Point, Segment, nice_ceiling, status_bar_svg, trend_svg


def _relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("status", sorted(STATUS_COLOURS))
def test_status_colours_have_aa_contrast_with_white(status: str) -> None:
    # WCAG 2.1 contrast ratio (L1 + 0.05) / (L2 + 0.05); white text on the colour and vice versa.
    ratio = 1.05 / (_relative_luminance(STATUS_COLOURS[status]) + 0.05)
    assert ratio >= 4.5


def test_trend_has_text_alternative_and_draws_points_and_target() -> None:
    points = [Point("2022", 2022.5, 4, is_baseline=True), Point("2023", 2023.5, 6), Point("2024", 2024.5, 3)]
    svg = trend_svg(
        "c1", "Verloop van <drugs>", "Cijfers: 2022: 4.", points, str, target=4, target_label="doel"
    )
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"')
    assert 'aria-labelledby="c1-title c1-desc"' in svg
    assert '<title id="c1-title">Verloop van &lt;drugs&gt;</title>' in svg
    assert '<desc id="c1-desc">Cijfers: 2022: 4.</desc>' in svg
    # y axis 0..10 (nice ceiling of 6 x 1.1) over 14..140; x from 68 to 276
    assert '<polyline points="68.0,89.6 172.0,64.4 276.0,102.2"' in svg
    assert '<rect x="63.0" y="84.6" width="10" height="10"' in svg
    assert svg.count("<circle") == 2
    assert 'y1="89.6" x2="288" y2="89.6" stroke="#8a5a00" stroke-width="2" stroke-dasharray="6 4"' in svg
    assert ">doel 4</text>" in svg
    assert svg.endswith("</svg>")


def test_one_point_is_centred_without_a_line() -> None:
    svg = trend_svg("c2", "t", "d", [Point("2022", 2022.5, 7, is_baseline=True)], str)
    assert "<polyline" not in svg
    assert '<rect x="167.0"' in svg
    assert "stroke-dasharray" not in svg


def test_status_bar_shows_symbol_and_count_for_each_status() -> None:
    segments = [Segment("achieved", "Doel bereikt", "✓", 3), Segment("deteriorating", "Verslechterd", "✗", 1),
                Segment("on_track", "Op koers", "↗", 0)]  # fmt: skip
    svg = status_bar_svg("s", "Indicatoren per status", "Doel bereikt: 3, Verslechterd: 1.", segments)
    assert '<rect x="0.0" y="0" width="268.0" height="36" fill="#1a7f37"/>' in svg
    assert '<rect x="270.0" y="0" width="88.0" height="36" fill="#b42318"/>' in svg
    assert ">✓ 3</text>" in svg and ">✗ 1</text>" in svg
    assert ">✓ Doel bereikt: 3</text>" in svg and ">✗ Verslechterd: 1</text>" in svg
    assert "Op koers" not in svg
    assert re.search(r'<svg[^>]* height="92"', svg)


@pytest.mark.parametrize(
    ("value", "ceiling"), [(6.6, 10), (0.5, 0.5), (1.1, 2), (230, 250), (0, 1), (4.4, 5)]
)
def test_nice_ceiling(value: float, ceiling: float) -> None:
    assert nice_ceiling(value) == pytest.approx(ceiling)


def test_overview_shortens_long_targets_at_a_word_boundary() -> None:
    from ivp_cli.render.indicator import shorten

    assert shorten("Gelijk of lager aantal registraties") == "Gelijk of lager aantal registraties"
    assert shorten("Jongerenwerk wordt door de gemeente ingezet, om welzijn te vergroten", 45) == (
        "Jongerenwerk wordt door de gemeente ingezet …"
    )
