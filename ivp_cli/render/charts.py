"""Trend charts as inline SVG, written by hand: no JavaScript, no external files.

A chart shows what the verdict rests on: the baseline and measurements (provisional ones hollow),
the band that counts as "gelijk" shaded, the reference series, and the target year on the time
axis with the target and the straight path to it. Periods of different length are never joined
by one line. The value axis starts where the change is visible; `ChartSpec.axis_start` says where,
so the caption can name it. Every chart has role="img" with a <title> and <desc>, and the report
puts the same numbers in a table beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape

from ivp_cli.render.axes import Range, Scale, nice_range, year_ticks

# Each colour has at least 4.5:1 contrast against white (tests check it), so it serves both as
# text colour on white and as a background for white text; status is also given by symbol and word.
STATUS_COLOURS: dict[str, str] = {
    "achieved": "#1a7f37",
    "on_track": "#0a6b94",
    "behind_schedule": "#8a5a00",
    "no_progress": "#7d4e00",
    "not_achieved": "#a4161a",
    "deteriorating": "#b42318",
    "insufficient_data": "#5c6670",
    "not_assessable": "#6e4fa3",
    "monitor_only": "#4b535c",
}
INK = "#1f2328"
AXIS = "#57606a"
GRID = "#d0d7de"
TARGET = "#8a5a00"
REFERENCE = "#57606a"
BAND = "#dce7f3"
WIDTH, HEIGHT = 420, 200
LEFT, RIGHT, TOP, BOTTOM = 58, 14, 14, 26
FONT = 11


@dataclass(frozen=True)
class Point:
    x: float  # fractional year at the period's midpoint
    y: float
    months: int = 12
    baseline: bool = False
    provisional: bool = False
    margin: tuple[float, float] | None = None  # a survey value's published 95 % margin


@dataclass(frozen=True)
class ChartSpec:
    chart_id: str
    title: str
    desc: str
    points: Sequence[Point]
    fmt: Callable[[float], str]
    last_year: int  # the time axis runs to the end of this year (the target year)
    reference: Sequence[Point] = ()
    peers: Sequence[Point] = ()  # a second comparison: the median of the municipalities of the same size
    band: tuple[float, float] | None = None
    target: Point | None = None
    path: bool = False  # the straight path from the baseline to the target
    level: bool = False  # the target is a bound for every year: a line across at its value
    bounds: tuple[float | None, float | None] = (None, None)  # what the unit allows, e.g. 0-100 %
    labels: dict[str, str] = field(default_factory=dict)  # "target", "band", "reference", "peers"
    # A rate's unit is too long for each tick ("12 per 1.000 inwoners"): ticks then show the number
    # and the unit stands once above the axis.
    axis_unit: str = ""
    tick_fmt: Callable[[float], str] | None = None


@dataclass(frozen=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.right <= other.left
            or other.right <= self.left
            or self.bottom <= other.top
            or other.bottom <= self.top
        )


def value_range(spec: ChartSpec) -> Range:
    values = [p.y for p in (*spec.points, *spec.reference, *spec.peers)]
    values += [bound for p in spec.points if p.margin for bound in p.margin]
    values += list(spec.band or ()) + ([spec.target.y] if spec.target else [])
    return nice_range(values, *spec.bounds)


def axis_start(spec: ChartSpec) -> float:
    return value_range(spec).low


def trend_svg(spec: ChartSpec) -> str:
    axis = value_range(spec)
    first = int(min(p.x for p in (*spec.points, *spec.reference, *spec.peers)))
    to_x = Scale(first, spec.last_year + 1, LEFT, WIDTH - RIGHT)
    to_y = Scale(axis.low, axis.high, HEIGHT - BOTTOM, TOP)
    parts = _open(spec.chart_id, spec.title, spec.desc)
    parts += _band(spec, to_x, to_y) + _grid(spec, axis, to_y) + _years(first, spec.last_year, to_x)
    parts += _reference(spec, to_x, to_y) + _target(spec, to_x, to_y) + _series(spec.points, to_x, to_y)
    parts += _labels(spec, to_x, to_y)
    parts.append("</svg>")
    return "\n".join(parts)


def _open(chart_id: str, title: str, desc: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]


def _text(x: float, y: float, label: str, anchor: str = "middle", colour: str = INK) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{FONT}" '
        f'fill="{colour}">{escape(label)}</text>'
    )


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, extra: str = "") -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}"{extra}/>'


def _grid(spec: ChartSpec, axis: Range, to_y: Scale) -> list[str]:
    """Horizontal grid lines with their values; the lowest is the axis start and always labelled."""
    parts = []
    for value in axis.ticks():
        y = to_y(value)
        colour = AXIS if value == axis.low else GRID
        parts.append(_line(LEFT, y, WIDTH - RIGHT, y, colour))
        parts.append(_text(LEFT - 6, y + 4, (spec.tick_fmt or spec.fmt)(value), "end", AXIS))
    if spec.axis_unit:
        parts.append(_text(LEFT + 2, TOP - 4, spec.axis_unit, "start", AXIS))
    return parts


def _years(first: int, last: int, to_x: Scale) -> list[str]:
    parts = [_line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, AXIS)]
    for year in year_ticks(first, last, (WIDTH - LEFT - RIGHT) / (last - first + 1)):
        parts.append(_text(to_x(year + 0.5), HEIGHT - BOTTOM + 16, str(year), colour=AXIS))
    return parts


def _band(spec: ChartSpec, to_x: Scale, to_y: Scale) -> list[str]:
    if spec.band is None:
        return []
    lower, upper = spec.band
    start = min((p.x for p in spec.points if p.baseline), default=to_x.low)
    left, right = to_x(start), to_x.end
    top, bottom = to_y(min(upper, to_y.high)), to_y(max(lower, to_y.low))
    return [
        f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" height="{bottom - top:.1f}" '
        f'fill="{BAND}"/>'
    ]


def _reference(spec: ChartSpec, to_x: Scale, to_y: Scale) -> list[str]:
    """The comparisons: dotted with filled triangles, the second dashed with hollow ones."""
    parts = []
    for points, dash, hollow in ((spec.reference, "2 3", False), (spec.peers, "6 3", True)):
        for group in _by_length(points):
            if len(group) > 1:
                path = " ".join(f"{to_x(p.x):.1f},{to_y(p.y):.1f}" for p in group)
                parts.append(
                    f'<polyline points="{path}" fill="none" stroke="{REFERENCE}" stroke-width="1.5" '
                    f'stroke-dasharray="{dash}"/>'
                )
            parts += [_triangle(to_x(p.x), to_y(p.y), hollow) for p in group]
    return parts


def _target(spec: ChartSpec, to_x: Scale, to_y: Scale) -> list[str]:
    target = spec.target
    if target is None:
        return []
    x, y = to_x(target.x), to_y(target.y)
    parts = []
    if spec.level:
        parts.append(_line(LEFT, y, WIDTH - RIGHT, y, TARGET, ' stroke-width="1" stroke-dasharray="2 3"'))
    start = next((p for p in spec.points if p.baseline), None)
    if spec.path and start is not None:
        dash = ' stroke-width="1.5" stroke-dasharray="5 4"'
        parts.append(_line(to_x(start.x), to_y(start.y), x, y, TARGET, dash))
    parts.append(
        f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="#ffffff" stroke="{TARGET}" '
        f'stroke-width="2" transform="rotate(45 {x:.1f} {y:.1f})"/>'
    )
    return parts


def _series(points: Sequence[Point], to_x: Scale, to_y: Scale) -> list[str]:
    """One line per period length; the length of the baseline (or the most points) is the main line."""
    parts = [_whisker(to_x(p.x), to_y(p.margin[0]), to_y(p.margin[1])) for p in points if p.margin]
    groups = _by_length(points)
    for number, group in enumerate(groups):
        main = number == 0
        if len(group) > 1:
            path = " ".join(f"{to_x(p.x):.1f},{to_y(p.y):.1f}" for p in group)
            style = 'stroke-width="2"' if main else 'stroke-width="1.5" stroke-dasharray="1 3"'
            parts.append(f'<polyline points="{path}" fill="none" stroke="{INK}" {style}/>')
        parts += [_marker(to_x(p.x), to_y(p.y), p, main) for p in group]
    return parts


def _whisker(x: float, low: float, high: float) -> str:
    caps = f"M{x - 4:.1f},{low:.1f}H{x + 4:.1f}M{x - 4:.1f},{high:.1f}H{x + 4:.1f}"
    return f'<path d="M{x:.1f},{low:.1f}V{high:.1f}{caps}" stroke="{AXIS}" stroke-width="1.5" fill="none"/>'


def _by_length(points: Sequence[Point]) -> list[list[Point]]:
    lengths: dict[int, list[Point]] = {}
    for point in sorted(points, key=lambda p: p.x):
        lengths.setdefault(point.months, []).append(point)
    main = next((p.months for p in points if p.baseline), None)

    def weight(months: int) -> tuple[bool, int]:
        return months == main, len(lengths[months])

    return [lengths[months] for months in sorted(lengths, key=weight, reverse=True)]


def _marker(x: float, y: float, point: Point, main: bool) -> str:
    fill = "#ffffff" if point.provisional else INK
    stroke = f'stroke="{INK}" stroke-width="2"'
    if point.baseline:
        return f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{fill}" {stroke}/>'
    if not main:
        corners = f"{x:.1f},{y - 6:.1f} {x + 6:.1f},{y:.1f} {x:.1f},{y + 6:.1f} {x - 6:.1f},{y:.1f}"
        return f'<polygon points="{corners}" fill="{fill}" {stroke}/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{fill}" {stroke}/>'


def _triangle(x: float, y: float, hollow: bool = False) -> str:
    corners = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
    if hollow:
        return f'<polygon points="{corners}" fill="#ffffff" stroke="{REFERENCE}" stroke-width="1.5"/>'
    return f'<polygon points="{corners}" fill="{REFERENCE}"/>'


def _labels(spec: ChartSpec, to_x: Scale, to_y: Scale) -> list[str]:
    """Value labels for the first and last figure, the target and the reference, none overlapping.

    Each label tries above its point, then below; a label that fits nowhere is left out (its
    value is in the table and the text alternative).
    """
    wanted: list[tuple[float, float, str, str]] = []
    own = sorted(spec.points, key=lambda p: p.x)
    for point in own if len(own) <= 4 else [own[0], own[-1]]:
        wanted.append((to_x(point.x), to_y(point.y), spec.fmt(point.y), INK))
    if spec.target is not None:
        label = f"{spec.labels.get('target', '')} {spec.fmt(spec.target.y)}".strip()
        wanted.append((to_x(spec.target.x), to_y(spec.target.y), label, TARGET))
    for points, key in ((spec.reference, "reference"), (spec.peers, "peers")):
        if points:
            last = max(points, key=lambda p: p.x)
            wanted.append((to_x(last.x), to_y(last.y), spec.labels.get(key, ""), REFERENCE))
    placed = [_around(to_x(p.x), to_y(p.y), 6) for p in (*spec.points, *spec.reference, *spec.peers)]
    if spec.axis_unit:
        placed.append(Box(LEFT, 0, LEFT + 4 + len(spec.axis_unit) * FONT * 0.58, TOP))
    if spec.target is not None:
        placed.append(_around(to_x(spec.target.x), to_y(spec.target.y), 9))
    parts = _band_label(spec, to_x, to_y, placed)
    for x, y, label, colour in wanted:
        spot = _place(x, y, label, placed)
        if spot is not None:
            parts.append(_text(spot[0], spot[1], label, spot[2], colour))
    return parts


def _around(x: float, y: float, size: float) -> Box:
    return Box(x - size, y - size, x + size, y + size)


def _band_label(spec: ChartSpec, to_x: Scale, to_y: Scale, placed: list[Box]) -> list[str]:
    """The band's name inside its top left corner, where the band is tall enough to hold it."""
    label = spec.labels.get("band", "")
    if spec.band is None or not label or to_y(spec.band[0]) - to_y(spec.band[1]) < FONT + 4:
        return []
    start = min((p.x for p in spec.points if p.baseline), default=to_x.low)
    x, y = to_x(start) + 8, to_y(spec.band[1]) + FONT + 1
    placed.append(Box(x, y - FONT, x + len(label) * FONT * 0.58, y + 2))
    return [_text(x, y, label, "start", AXIS)]


def _place(x: float, y: float, label: str, placed: list[Box]) -> tuple[float, float, str] | None:
    width = len(label) * FONT * 0.58 + 2
    for dy in (-10.0, 19.0, -22.0, 31.0):
        anchor_x = min(max(x, LEFT + width / 2), WIDTH - RIGHT - width / 2)
        box = Box(anchor_x - width / 2, y + dy - FONT, anchor_x + width / 2, y + dy + 2)
        inside = box.top >= 0 and box.bottom <= HEIGHT - BOTTOM
        if inside and not any(box.overlaps(other) for other in placed):
            placed.append(box)
            return anchor_x, y + dy, "middle"
    return None
