"""Rows of a batch -> one value per target and year: JJ00 where listed, else twelve summed months."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ivp_cli.fetch.batches import Target
from ivp_cli.fetch.sources import cbs
from ivp_cli.fetch.sources.odata import Row
from ivp_cli.fetch.sources.tables import TableMeta

_FINALITY = ("voorlopig", "nader_voorlopig", "definitief")


@dataclass(frozen=True)
class Resolved:
    target: Target
    keys: dict[str, tuple[str, ...]]  # every selected dimension but time -> padded keys


@dataclass(frozen=True)
class Fetched:
    year: int
    value: int | float | None
    status: str | None
    periods: tuple[str, ...]
    margin: tuple[int | float, int | float] | None = None
    derived: dict[str, Any] | None = None  # how a rate was computed (count, population, source)
    aggregate: dict[str, Any] | None = None  # how municipalities were combined (median)
    reason: str | None = None  # why the value is unknown, when the source alone does not say


def resolve(meta: TableMeta, target: Target, extra: dict[str, tuple[str, ...]]) -> Resolved:
    keys = {
        dim: tuple(meta.resolve_key(dim, k) for k in ([raw] if isinstance(raw, str) else raw))
        for dim, raw in target.spec.keys.items()
    }
    if meta.region_dimension is not None and meta.region_dimension not in keys:
        keys[meta.region_dimension] = (meta.resolve_key(meta.region_dimension, target.region),)
    return Resolved(target, {**keys, **extra})


def period_keys(meta: TableMeta, year: int) -> tuple[str, ...] | None:
    """The period keys that make up a calendar year, or None when the table lacks a complete year."""
    if f"{year}JJ00" in meta.periods:
        return (f"{year}JJ00",)
    months = tuple(f"{year}MM{month:02d}" for month in range(1, 13))
    return months if all(month in meta.periods for month in months) else None


def selections(
    meta: TableMeta, resolved: Sequence[Resolved], periods: Iterable[str]
) -> dict[str, tuple[str, ...]]:
    chosen: dict[str, set[str]] = {}
    for item in resolved:
        for dim, keys in item.keys.items():
            chosen.setdefault(dim, set()).update(keys)
    ordered = {dim: tuple(sorted(chosen[dim])) for dim in meta.dimensions if dim in chosen}
    return {**ordered, meta.time_dimension: tuple(sorted(set(periods)))}


def absent_keys(
    meta: TableMeta, resolved: Sequence[Resolved], index: Index, dimensions: Sequence[str]
) -> dict[Target, str]:
    """Targets with a catalog-listed key that no row carries: a key the live table no longer has.

    Read from the index of the rows (`index_rows` over `dimensions`): its keys are the rows' keys,
    stripped, so the rows need not be gone through a second time.
    """
    asked = {dim for item in resolved for dim in item.keys if dim in meta.unconfirmed}
    # The region first: without rows for it the other keys have none either, and it is the cause.
    ordered = sorted(asked, key=lambda dim: (dim != meta.region_dimension, list(dimensions).index(dim)))
    seen = {dim: {combo[list(dimensions).index(dim)] for combo in index} for dim in ordered}
    absent: dict[Target, str] = {}
    for item in resolved:
        missing = [
            (dim, k)
            for dim in ordered
            if dim in item.keys
            for k in item.keys[dim]
            if k.strip() not in seen[dim]
        ]
        if missing:
            dim, key = missing[0]
            absent[item.target] = (
                f"{meta.source} {meta.table}: key '{key}' is not in dimension {dim}"
                " (the table answers no rows for it)"
            )
    return absent


Index = dict[tuple[str, ...], object]


def index_rows(rows: Sequence[Row], dimensions: Sequence[str], measure: str) -> Index:
    """Each row's measure by its keys, stripped; a reply of every municipality has some 10 000 rows."""
    if len(dimensions) > 1:
        keys = operator.itemgetter(*dimensions)
        try:
            return {tuple(map(str.strip, keys(row))): row.get(measure) for row in rows}
        except TypeError:
            pass  # a key that is not a text (a number in a proxy's reply): the slower way below
    return {tuple(str(row[d]).strip() for d in dimensions): row.get(measure) for row in rows}


def value_for(
    meta: TableMeta, index: Index, item: Resolved, dims: Sequence[str], year: int
) -> Fetched | None:
    periods = period_keys(meta, year)
    if periods is None:
        return None
    keys = {dim: item.keys[dim] for dim in dims if dim != meta.time_dimension}
    value = _sum(index, dims, periods, _pick(keys, cbs.VALUE))
    return Fetched(year, value, _status(meta, periods), periods, _margin(index, dims, keys, periods))


def _pick(keys: dict[str, tuple[str, ...]], marge: str) -> dict[str, tuple[str, ...]]:
    if cbs.MARGIN_DIMENSION not in keys:
        return keys
    return {**keys, cbs.MARGIN_DIMENSION: tuple(k for k in keys[cbs.MARGIN_DIMENSION] if k.strip() == marge)}


def _sum(
    index: Index, dims: Sequence[str], periods: tuple[str, ...], picked: dict[str, tuple[str, ...]]
) -> int | float | None:
    lists = [[key.strip() for key in picked.get(d, periods)] for d in dims]
    cells = [index.get(combo) for combo in itertools.product(*lists)]
    if not cells or any(not isinstance(c, int | float) or isinstance(c, bool) for c in cells):
        return None  # a null cell is "not published", never zero
    total = sum(c for c in cells if isinstance(c, int | float))
    return round(total, 10) if isinstance(total, float) else total


def _margin(
    index: Index, dims: Sequence[str], keys: dict[str, tuple[str, ...]], periods: tuple[str, ...]
) -> tuple[int | float, int | float] | None:
    if cbs.MARGIN_DIMENSION not in keys:
        return None
    if len(periods) > 1 or any(len(k) > 1 for d, k in keys.items() if d != cbs.MARGIN_DIMENSION):
        return None  # confidence bounds of parts do not add up to the bounds of a sum
    lower = _sum(index, dims, periods, _pick(keys, cbs.LOWER))
    upper = _sum(index, dims, periods, _pick(keys, cbs.UPPER))
    return None if lower is None or upper is None else (lower, upper)


def _status(meta: TableMeta, periods: tuple[str, ...]) -> str | None:
    statuses = [meta.periods.get(p) for p in periods]
    if any(s not in _FINALITY for s in statuses):
        return None
    return min((s for s in statuses if s is not None), key=_FINALITY.index)
