"""Small charts as inline SVG, written by hand: no JavaScript, no external files.

Every chart carries role="img" with a <title> and <desc>; the report puts the same numbers in a
table beside it, so the picture is never the only way to read them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

# Each colour has at least 4.5:1 contrast against white (tests check it), so it serves both as
# text colour on white and as a background for white text; status is also given by symbol and word.
STATUS_COLOURS: dict[str, str] = {
    "achieved": "#1a7f37",
    "not_achieved": "#8e1b10",
    "on_track": "#0a6b94",
    "behind_schedule": "#8a5a00",
    "no_progress": "#6a4c93",
    "deteriorating": "#b42318",
    "insufficient_data": "#5c6670",
    "not_assessable": "#7a4fc9",
    "monitor_only": "#3b5670",
}
INK = "#1f2328"
AXIS = "#57606a"
TARGET = "#8a5a00"
WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 56, 72, 14, 30


@dataclass(frozen=True)
class Point:
    label: str
    x: float
    y: float
    is_baseline: bool = False


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    symbol: str
    count: int


def _open(chart_id: str, title: str, desc: str, width: int, height: int) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]


def _scale(low: float, high: float, start: float, end: float) -> Callable[[float], float]:
    if high == low:
        return lambda _value: (start + end) / 2
    return lambda value: start + (value - low) / (high - low) * (end - start)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at or above `value` (axis tops people can read)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return float(next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value))


def _y_range(values: Sequence[float]) -> tuple[float, float]:
    low = min(0.0, *values)
    return low, nice_ceiling(max(values) * 1.1)


def _text(x: float, y: float, label: str, anchor: str = "middle", size: int = 11) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="{INK}">{escape(label)}</text>'
    )


def trend_svg(
    chart_id: str,
    title: str,
    desc: str,
    points: Sequence[Point],
    fmt: Callable[[float], str],
    target: float | None = None,
    target_label: str = "",
    reference: Sequence[Point] = (),
    reference_label: str = "",
) -> str:
    """Baseline (square) and measurements (dots) joined by a line; the target as a dashed line;
    a comparison (Nederland) as a dotted line with open circles, labelled at its last point."""
    values = [point.y for point in [*points, *reference]] + ([target] if target is not None else [])
    low, high = _y_range(values)
    xs = [point.x for point in [*points, *reference]]
    to_x = _scale(min(xs), max(xs), LEFT + 12, WIDTH - RIGHT - 12)
    to_y = _scale(low, high, HEIGHT - BOTTOM, TOP)
    parts = _open(chart_id, title, desc, WIDTH, HEIGHT)
    parts += [
        f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" '
        f'stroke="{AXIS}"/>',
        f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="{AXIS}"/>',
        _text(LEFT - 6, to_y(high) + 4, fmt(high), "end"),
        _text(LEFT - 6, to_y(low) + 4, fmt(low), "end"),
    ]
    if target is not None:
        parts += [
            f'<line x1="{LEFT}" y1="{to_y(target):.1f}" x2="{WIDTH - RIGHT}" y2="{to_y(target):.1f}" '
            f'stroke="{TARGET}" stroke-width="2" stroke-dasharray="6 4"/>',
            _text(WIDTH - RIGHT + 4, to_y(target) + 4, f"{target_label} {fmt(target)}", "start"),
        ]
    parts += _reference(reference, reference_label, to_x, to_y)
    if len(points) > 1:
        path = " ".join(f"{to_x(point.x):.1f},{to_y(point.y):.1f}" for point in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{INK}" stroke-width="2"/>')
    parts += [_marker(to_x(point.x), to_y(point.y), point.is_baseline) for point in points]
    labelled = points if len(points) <= 6 else [points[0], points[-1]]
    for point in labelled:
        parts.append(_text(to_x(point.x), HEIGHT - BOTTOM + 16, point.label))
        parts.append(_text(to_x(point.x), to_y(point.y) - 8, fmt(point.y)))
    parts.append("</svg>")
    return "\n".join(parts)


def _reference(
    points: Sequence[Point], label: str, to_x: Callable[[float], float], to_y: Callable[[float], float]
) -> list[str]:
    if not points:
        return []
    path = " ".join(f"{to_x(point.x):.1f},{to_y(point.y):.1f}" for point in points)
    parts = [
        f'<polyline points="{path}" fill="none" stroke="{AXIS}" stroke-width="2" stroke-dasharray="2 3"/>'
    ]
    parts += [
        f'<circle cx="{to_x(p.x):.1f}" cy="{to_y(p.y):.1f}" r="4" fill="#ffffff" stroke="{AXIS}"/>'
        for p in points
    ]
    last = points[-1]
    parts.append(_text(to_x(last.x) + 8, to_y(last.y) + 4, label, "start"))
    return parts


def _marker(x: float, y: float, square: bool) -> str:
    if square:
        return f'<rect x="{x - 5:.1f}" y="{y - 5:.1f}" width="10" height="10" fill="{INK}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{INK}"/>'


def status_bar_svg(chart_id: str, title: str, desc: str, segments: Sequence[Segment]) -> str:
    """One stacked bar of status counts; each part shows its symbol and count, not colour alone."""
    shown = [segment for segment in segments if segment.count > 0]
    total = sum(segment.count for segment in shown)
    row_height, bar_height = 20, 36
    height = bar_height + 16 + row_height * len(shown)
    parts = _open(chart_id, title, desc, WIDTH, height)
    left = 0.0
    for segment in shown:
        width = WIDTH * segment.count / total
        colour = STATUS_COLOURS[segment.key]
        parts.append(
            f'<rect x="{left:.1f}" y="0" width="{max(width - 2, 1):.1f}" height="{bar_height}" '
            f'fill="{colour}"/>'
        )
        if width >= 36:
            parts.append(
                f'<text x="{left + width / 2:.1f}" y="23" text-anchor="middle" font-size="13" '
                f'fill="#ffffff">{escape(segment.symbol)} {segment.count}</text>'
            )
        left += width
    for row, segment in enumerate(shown):
        y = bar_height + 16 + row * row_height
        parts.append(
            f'<rect x="0" y="{y - 11}" width="12" height="12" fill="{STATUS_COLOURS[segment.key]}"/>'
        )
        parts.append(_text(18, y, f"{segment.symbol} {segment.label}: {segment.count}", "start", 13))
    parts.append("</svg>")
    return "\n".join(parts)
