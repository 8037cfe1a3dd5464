"""Fetched values vs. what a plan holds: new measurements, revisions, flagged baselines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ivp_cli.fetch.comparisons import Comparison
from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.values import Fetched, Resolved
from ivp_cli.plan.model import ComparisonSeries, Indicator, Measurement, OpenDataProvenance
from ivp_cli.plan.periods import parse_period
from ivp_cli.words.numbers import format_figure
from ivp_cli.write.changes import IndicatorChange, SeriesChange


def compare(
    indicator: Indicator,
    item: Resolved,
    fetched: list[Fetched],
    measure: str,
    now: dt.datetime,
    comparisons: Sequence[Comparison] = (),
) -> IndicatorChange:
    target = item.target
    change = IndicatorChange(target.theme_index, target.indicator_index)
    for value in fetched:
        _flag_baseline(indicator, value, change)
        if value.value is None:
            change.notes.append(f"{value.year}: {value.reason or 'not published by the source'} (unknown)")
            continue
        index, existing = _existing(indicator, value.year)
        if existing is None:
            change.items.append(_item(item, value, measure, now))
        else:
            _update(index, existing, item, value, now, change)
    change.series = _series(indicator, item, comparisons, measure, now)
    return change


def _series(
    indicator: Indicator, item: Resolved, comparisons: Sequence[Comparison], measure: str, now: dt.datetime
) -> list[SeriesChange]:
    """Comparison values not yet in the plan become items; changed ones replace the old value."""
    changes: dict[str, SeriesChange] = {}
    stored: dict[str, ComparisonSeries] = {series.kind: series for series in indicator.comparisons}
    for comparison in comparisons:
        value = comparison.fetched
        if value.value is None:
            continue
        series = changes.setdefault(
            comparison.kind, SeriesChange(comparison.kind, comparison.name, comparison.region)
        )
        old = stored.get(comparison.kind)
        period = parse_period(str(value.year))
        index = next(
            (n for n, m in enumerate(old.measurements if old else []) if m.parsed_period == period), -1
        )
        if old is None or index < 0:
            series.items.append(_entry(item, value, measure, now, comparison.keys))
        elif _differs(old.measurements[index], value):
            series.updates.append((index, ("value",), value.value))
            provenance = _entry(item, value, measure, now, comparison.keys)["provenance"]
            series.updates.append((index, ("provenance",), provenance))  # a median's count may differ too
    return [series for series in changes.values() if series.items or series.updates]


def _existing(indicator: Indicator, year: int) -> tuple[int, Measurement | None]:
    period = parse_period(str(year))
    for index, measurement in enumerate(indicator.measurements):
        if measurement.parsed_period == period:
            return index, measurement
    return -1, None


def _update(
    index: int, old: Measurement, item: Resolved, new: Fetched, now: dt.datetime, change: IndicatorChange
) -> None:
    provenance = old.provenance
    if not isinstance(provenance, OpenDataProvenance) or provenance.source != item.target.spec.source:
        kept, source = _figure(old.value), _figure(new.value)
        change.notes.append(f"{new.year}: kept the {provenance.source} value {kept} (source says {source})")
        return
    revised = old.value != new.value
    if revised:
        change.revisions.append(f"{new.year}: {_figure(old.value)} -> {_figure(new.value)}")
        change.updates.append((index, ("value",), new.value))
    if old.status != new.status and new.status is not None:
        change.updates.append((index, ("status",), new.status))
    if revised and new.margin is not None:
        change.updates.append((index, ("margin",), {"lower": new.margin[0], "upper": new.margin[1]}))
    if any(i == index for i, _, _ in change.updates) or _differs(old, new):
        # All of it, not only the time: a revised value comes with its own periods and, for a rate,
        # its own count and population; the old ones no longer say where the number came from.
        change.updates.append(
            (index, ("provenance",), _item(item, new, provenance.measure, now)["provenance"])
        )


def _differs(old: Measurement, new: Fetched) -> bool:
    """Whether the stored value or what it was computed from differs from the source's now: a rate's
    count and population, a median's number of municipalities (the same median may rest on fewer)."""
    if old.value != new.value:
        return True
    provenance = old.provenance
    if not isinstance(provenance, OpenDataProvenance):
        return False
    derived, aggregate = provenance.derived, provenance.aggregate
    now_derived = None if new.derived is None else (new.derived["count"], new.derived["population"])
    if derived is not None and now_derived is not None and (derived.count, derived.population) != now_derived:
        return True
    counted = None if new.aggregate is None else new.aggregate["municipalities"]
    return aggregate is not None and counted is not None and aggregate.municipalities != counted


def _flag_baseline(indicator: Indicator, value: Fetched, change: IndicatorChange) -> None:
    baseline = indicator.baseline
    if baseline is None or value.value is None or baseline.parsed_period != parse_period(str(value.year)):
        return
    if isinstance(baseline.value, int | float) and baseline.value != value.value:
        change.flags.append(
            f"baseline revised by source: {baseline.provenance.source} {_figure(baseline.value)}, "
            f"source now {_figure(value.value)} ({value.year}; not rewritten)"
        )


def _item(item: Resolved, value: Fetched, measure: str, now: dt.datetime) -> dict[str, Any]:
    return _entry(item, value, measure, now, item.keys)


def _entry(
    item: Resolved, value: Fetched, measure: str, now: dt.datetime, chosen: dict[str, tuple[str, ...]]
) -> dict[str, Any]:
    spec = item.target.spec
    keys = {dim: keys[0] if len(keys) == 1 else list(keys) for dim, keys in chosen.items()}
    keys.pop(cbs.MARGIN_DIMENSION, None)
    entry: dict[str, Any] = {"period": str(value.year), "value": value.value}
    if value.margin is not None:
        entry["margin"] = {"lower": value.margin[0], "upper": value.margin[1]}
    if value.status is not None:
        entry["status"] = value.status
    entry["provenance"] = {
        "source": spec.source,
        "table": spec.table,
        "keys": keys,
        "measure": measure,
        "periods": list(value.periods),
        "retrieved_at": _stamp(now),
    }
    if value.derived is not None:
        entry["provenance"]["derived"] = value.derived
    if value.aggregate is not None:
        entry["provenance"]["aggregate"] = value.aggregate
    return entry


def mark_test_data(change: IndicatorChange, note: str) -> None:
    """New values become test data (`source: test`): fetched from a stand-in, never real figures.

    The note keeps where they came from, so a reader can still tell which table they imitate.
    """
    for item in change.items:
        fetched = item["provenance"]
        item["provenance"] = {"source": "test", "note": f"{note} ({fetched['source']} {fetched['table']})"}


def _figure(value: object) -> str:
    """A value in the fetch log (English): every digit, grouped as status and report group it."""
    return format_figure(value, "en", "exact")


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
