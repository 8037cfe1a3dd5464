"""Fetched values vs. what a plan holds: new measurements, revisions, flagged baselines."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.values import Fetched, Resolved
from ivp_cli.plan.model import Indicator, Measurement, OpenDataProvenance
from ivp_cli.plan.periods import parse_period
from ivp_cli.words.numbers import format_figure
from ivp_cli.write.changes import IndicatorChange


def compare(
    indicator: Indicator, item: Resolved, fetched: list[Fetched], measure: str, now: dt.datetime
) -> IndicatorChange:
    target = item.target
    change = IndicatorChange(target.theme_index, target.indicator_index)
    for value in fetched:
        _flag_baseline(indicator, value, change)
        if value.value is None:
            change.notes.append(f"{value.year}: not published by the source (unknown)")
            continue
        index, existing = _existing(indicator, value.year)
        if existing is None:
            change.items.append(_item(item, value, measure, now))
        else:
            _update(index, existing, item, value, now, change)
    return change


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
    if old.value != new.value:
        change.revisions.append(f"{new.year}: {_figure(old.value)} -> {_figure(new.value)}")
        change.updates.append((index, ("value",), new.value))
    if old.status != new.status and new.status is not None:
        change.updates.append((index, ("status",), new.status))
    if any(i == index for i, _, _ in change.updates):
        change.updates.append((index, ("provenance", "retrieved_at"), _stamp(now)))


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
    spec = item.target.spec
    keys = {dim: keys[0] if len(keys) == 1 else list(keys) for dim, keys in item.keys.items()}
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
    return entry


def _figure(value: object) -> str:
    """A value in the fetch log (English): every digit, grouped as status and report group it."""
    return format_figure(value, "en", "exact")


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
