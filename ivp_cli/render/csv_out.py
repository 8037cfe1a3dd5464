"""`--format csv`: every figure of the report as one table that opens cleanly in Excel.

For Dutch settings (`--lang nl`, the default): semicolon between fields and a decimal comma, as
Dutch Excel expects; for English: comma and decimal point. Always UTF-8 with a byte-order mark
(without it Excel reads UTF-8 as Windows-1252 and garbles "ë"), CRLF line ends, fields quoted
only where needed. Numbers carry every digit and no thousands separator; an unknown value is an
empty cell, never 0. Begin and end of each period are ISO dates, which Excel reads as dates. A
text that starts with = + - or @ gets a leading apostrophe, so Excel never runs it as a formula.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal

from ivp_cli.plan.model import Indicator, Observation, Plan, Theme
from ivp_cli.progress.assessment import Assessment
from ivp_cli.render.figures import note_of, source_label, target_level
from ivp_cli.render.statuses import status_key, status_view
from ivp_cli.render.trend import comparison_series
from ivp_cli.render.visible import ended, ended_one
from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import unit_name
from ivp_cli.words.phrases import text
from ivp_cli.words.targets import target_phrase

COLUMNS = (
    *("theme", "indicator", "id", "kind", "period", "begin", "end", "value", "lower", "upper", "unit"),
    *("figure_status", "status", "source", "note"),
)
SEPARATOR: dict[Lang, str] = {"nl": ";", "en": ","}
Row = tuple[str, ...]


def figures_csv(plan: Plan, assessments: Sequence[Assessment], lang: Lang, as_of: date) -> bytes:
    found = {(a.theme_id, a.indicator_id): a for a in assessments}
    rows = [
        row
        for theme, indicator in plan.indicators()
        if (assessment := found.get((theme.id, indicator.id))) is not None
        for row in indicator_rows(theme, indicator, assessment, lang, as_of)
    ]
    return table_bytes([tuple(text(lang, f"csv.{column}") for column in COLUMNS), *rows], lang)


def table_bytes(rows: Sequence[Row], lang: Lang) -> bytes:
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=SEPARATOR[lang], lineterminator="\r\n")
    writer.writerows([tuple(_safe(cell) for cell in row) for row in rows])
    return ("\ufeff" + stream.getvalue()).encode("utf-8")


def indicator_rows(
    theme: Theme, indicator: Indicator, assessment: Assessment, lang: Lang, as_of: date
) -> Iterator[Row]:
    status = status_view(status_key(assessment), lang).label
    common = (theme.title, indicator.name, indicator.id)
    unit = unit_name(indicator.unit, lang, indicator.per)
    baseline = ended_one(indicator.baseline, as_of)
    observed: list[tuple[str, Observation, str]] = [("baseline", baseline, "")] if baseline else []
    observed += [("measurement", m, "") for m in ended(indicator.measurements, as_of)]
    target = assessment.target or indicator.targets[0]
    for compared in comparison_series(indicator, target, as_of):
        observed += [("reference", m, compared.name) for m in compared.measurements]
    for kind, item, compared_with in observed:
        period = item.parsed_period
        start, end = ("", "") if period is None else (period.start.isoformat(), period.end.isoformat())
        cells = (item.period or "", start, end, cell_value(item.value, lang))
        margin = item.margin
        bounds = (cell_value(margin.lower, lang), cell_value(margin.upper, lang)) if margin else ("", "")
        state = text(lang, f"period_status.{item.status}") if item.status else ""
        kind_text = text(lang, f"csv.kind.{kind}")
        yield (
            *common,
            kind_text,
            *cells,
            *bounds,
            unit,
            state,
            status,
            source_label(item, lang),
            "; ".join(part for part in (compared_with, note_of(item)) if part),
        )
    for goal in indicator.targets:
        level = target_level(goal, baseline)
        aimed = goal.type != "monitor"  # following a figure sets no year to reach anything by
        year = str(assessment.target_year or goal.year or "") if aimed else str(goal.year or "")
        value = cell_value(level, lang) if level is not None else ""
        phrase = target_phrase(goal, indicator.unit, lang)
        dates, bounds = ("", ""), ("", "")
        yield (
            *common,
            text(lang, "csv.kind.target"),
            year,
            *dates,
            value,
            *bounds,
            unit,
            "",
            status,
            "",
            phrase,
        )


def cell_value(value: object, lang: Lang) -> str:
    """Every digit, no grouping, the language's decimal mark; unknown is empty; a state as written."""
    if value is None:
        return ""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return " ".join(str(value).split())
    if not math.isfinite(value):
        return ""
    # repr is the shortest text that reads back as the same float: 1234.5, never 1234.49999.
    written = f"{Decimal(repr(value)).normalize():f}"
    return written.replace(".", ",") if lang == "nl" else written


def _safe(cell: str) -> str:
    if cell[:1] in ("=", "+", "-", "@") and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True
