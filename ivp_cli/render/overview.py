"""The one-page overview, in the form Dutch budgets use: per theme a row per indicator with its
baseline, a column per measured year, the target and the status; above it two or three sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ivp_cli.render.indicator import IndicatorView, YearCell
from ivp_cli.render.statuses import JUDGED, ORDER, status_word
from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text

MAX_YEARS = 4  # columns that still fit an A4 page in portrait; earlier years stay with the indicator


@dataclass(frozen=True)
class OverviewRow:
    indicator: IndicatorView
    cells: list[YearCell | None]


@dataclass(frozen=True)
class OverviewGroup:
    title: str
    anchor: str
    rows: list[OverviewRow]


@dataclass(frozen=True)
class Overview:
    sentences: list[str]
    years: list[int]
    groups: list[OverviewGroup]
    earlier_years: bool
    provisional: bool
    total: int


def overview(themes: Sequence[tuple[str, str, list[IndicatorView]]], lang: Lang) -> Overview:
    """`themes` is (title, anchor, indicator views) in plan order; themes without indicators are left out."""
    views = [view for _, _, views in themes for view in views]
    every_year = sorted({year for view in views for year in view.years})
    years = every_year[-MAX_YEARS:]
    groups = [
        OverviewGroup(
            title, anchor, [OverviewRow(view, [view.years.get(y) for y in years]) for view in shown]
        )
        for title, anchor, shown in themes
        if shown
    ]
    provisional = any(
        cell is not None and cell.provisional for g in groups for r in g.rows for cell in r.cells
    )
    counts = Counter(view.status.key for view in views)
    return Overview(
        sentences(counts, lang), years, groups, len(years) < len(every_year), provisional, len(views)
    )


def sentences(counts: Counter[str], lang: Lang) -> list[str]:
    total = sum(counts.values())
    if not total:
        return []
    judged = [(key, counts[key]) for key in JUDGED if counts[key]]
    found = [_judged(judged, total, lang)]
    open_parts = [
        text(lang, f"overview.{key}", count=_indicators(counts[key], lang))
        for key in ("insufficient_data", "not_assessable")
        if counts[key]
    ]
    if open_parts:
        found.append(_capital(_listed(open_parts, lang)) + ".")
    if counts["monitor_only"]:
        number = "one" if counts["monitor_only"] == 1 else "many"
        found.append(
            text(lang, f"overview.monitor_only_{number}", count=_indicators(counts["monitor_only"], lang))
        )
    unknown = sum(count for key, count in counts.items() if key not in ORDER)
    if unknown:
        found.append(text(lang, "overview.other", count=_indicators(unknown, lang)))
    return found


def _judged(judged: list[tuple[str, int]], total: int, lang: Lang) -> str:
    if not judged:
        return text(lang, "overview.none_judged", total=total)
    parts = _listed([f"{count} {status_word(key, lang)}" for key, count in judged], lang)
    number = "one" if judged[0][1] == 1 else "many"
    return text(lang, f"overview.judged_{number}", total=total, parts=parts)


def _indicators(count: int, lang: Lang) -> str:
    return text(lang, "overview.indicator_one" if count == 1 else "overview.indicator_many", count=count)


def _listed(parts: list[str], lang: Lang) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + text(lang, "overview.and") + parts[-1]


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
