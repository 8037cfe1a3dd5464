"""The figures of one batch: each plan's own value, Nederland's, and the median of its size class.

Everything comes from the rows of one query over every municipality and Nederland (see
sources/regional.py), so a comparison costs no request of its own.

Size class: CBS divides municipalities by inhabitants into eight classes (Gemeentegrootte,
https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentegrootte-en-stedelijkheid;
the class names as in "Gebieden in Nederland", e.g. https://www.cbs.nl/nl-nl/cijfers/detail/82949NED).
CBS publishes the class per year in "Gebieden in Nederland"; ivp derives it from the population on
1 January of the same year (03759ned), the figure CBS bases the class on. The median is over every
municipality of the plan's class that year with a known count and population, the plan's own
included; it is computed only for rates, since counts of towns of different size do not compare.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ivp_cli.fetch.per_capita import INHABITANTS, PER, Populations, rate
from ivp_cli.fetch.sources.regional import MUNICIPALITY_PREFIX, national_key
from ivp_cli.fetch.sources.tables import TableMeta
from ivp_cli.fetch.values import Fetched, Index, Resolved, value_for

NOT_MUNICIPALITIES = frozenset({"GM0998", "GM0999"})  # abroad; cannot be assigned
# Upper bounds (exclusive) of the CBS gemeentegrootte classes, and their names.
SIZE_CLASSES: tuple[tuple[int | None, str], ...] = (
    (5_000, "minder dan 5 000 inwoners"),
    (10_000, "5 000 tot 10 000 inwoners"),
    (20_000, "10 000 tot 20 000 inwoners"),
    (50_000, "20 000 tot 50 000 inwoners"),
    (100_000, "50 000 tot 100 000 inwoners"),
    (150_000, "100 000 tot 150 000 inwoners"),
    (250_000, "150 000 tot 250 000 inwoners"),
    (None, "250 000 inwoners of meer"),
)
NATIONAL_NAME = "Nederland"


def size_class(inhabitants: int) -> str:
    return next(name for bound, name in SIZE_CLASSES if bound is None or inhabitants < bound)


MEDIAN_NAME = "mediaan gemeenten van dezelfde grootte"


@dataclass(frozen=True)
class Comparison:
    kind: str  # national | size_class_median
    name: str
    region: str | None
    keys: dict[str, tuple[str, ...]]
    fetched: Fetched


@dataclass
class BatchFigures:
    table: TableMeta
    index: Index
    dims: Sequence[str]
    populations: Populations | None
    _rates: dict[tuple[Any, ...], dict[str, tuple[float, str]]] = field(default_factory=dict)

    def own(self, item: Resolved, year: int) -> Fetched | None:
        fetched = value_for(self.table, self.index, item, self.dims, year)
        kind = item.target.spec.per_capita
        if fetched is None or kind is None:
            return fetched
        return self._per_capita(fetched, _region(self.table, item), year, kind)

    def national(self, item: Resolved, year: int) -> Comparison | None:
        key = national_key(self.table)
        if key is None or self.table.region_dimension is None:
            return None
        national = _with_region(self.table, item, key)
        fetched = value_for(self.table, self.index, national, self.dims, year)
        kind = item.target.spec.per_capita
        if fetched is not None and kind is not None:
            fetched = self._per_capita(fetched, key, year, kind)
        if fetched is None:
            return None
        return Comparison("national", NATIONAL_NAME, key.strip(), national.keys, fetched)

    def median(self, item: Resolved, year: int) -> Comparison | None:
        kind = item.target.spec.per_capita
        own = self._inhabitants(_region(self.table, item), year) if kind else None
        fetched = value_for(self.table, self.index, item, self.dims, year)
        if kind is None or own is None or fetched is None:
            return None
        klass = size_class(own)
        rates = [value for value, other in self._all_rates(item, year, kind).values() if other == klass]
        value = round(statistics.median(rates), 2) if rates else None
        aggregate = {"method": "median", "size_class": klass, "municipalities": len(rates)}
        keys = {d: k for d, k in item.keys.items() if d != self.table.region_dimension}
        result = dataclasses.replace(
            fetched, value=value, derived=None, aggregate=aggregate if rates else None
        )
        return Comparison("size_class_median", MEDIAN_NAME, None, keys, result)

    def _inhabitants(self, region: str, year: int) -> int | None:
        """All ages: the size class goes by inhabitants, whatever group a rate is counted per."""
        return self.populations.of(region, year, INHABITANTS) if self.populations else None

    def _per_capita(self, fetched: Fetched, region: str, year: int, kind: str) -> Fetched:
        population = self.populations.of(region, year, kind) if self.populations else None
        if fetched.value is None:
            return fetched
        if population is None or population <= 0:
            why = self.populations.error if self.populations and self.populations.error else None
            reason = f"no CBS population for {region.strip()} in {year}" + (f" ({why})" if why else "")
            return dataclasses.replace(fetched, value=None, reason=reason)
        assert self.populations is not None
        derived = {
            "formula": f"count / population * {PER[kind]}",
            "count": fetched.value,
            "population": population,
            "per": PER[kind],
            "population_source": self.populations.source(kind, region.strip(), year),
        }
        status = _least_final(fetched.status, self.populations.status(year))
        return dataclasses.replace(
            fetched, value=rate(fetched.value, population, kind), status=status, derived=derived
        )

    def _all_rates(self, item: Resolved, year: int, kind: str) -> dict[str, tuple[float, str]]:
        signature = (tuple(sorted((d, k) for d, k in item.keys.items() if d != self.table.region_dimension)),)
        cache_key = (*signature, year, kind)
        if cache_key not in self._rates:
            self._rates[cache_key] = self._rates_of(item, year, kind)
        return self._rates[cache_key]

    @cached_property
    def _answered_municipalities(self) -> list[str]:
        """The municipalities the reply has rows for (stripped): the table's own list that year, not
        the catalog's, which may be older."""
        region = self.table.region_dimension
        if region is None or region not in self.dims:
            return []
        at = list(self.dims).index(region)
        return sorted({combo[at] for combo in self.index if combo[at].startswith(MUNICIPALITY_PREFIX)})

    def _rates_of(self, item: Resolved, year: int, kind: str) -> dict[str, tuple[float, str]]:
        found: dict[str, tuple[float, str]] = {}
        assert self.populations is not None
        for key in self._answered_municipalities:
            if key in NOT_MUNICIPALITIES:
                continue
            count = value_for(self.table, self.index, _with_region(self.table, item, key), self.dims, year)
            population, inhabitants = self.populations.of(key, year, kind), self._inhabitants(key, year)
            if count is None or count.value is None or not population or not inhabitants:
                continue
            found[key.strip()] = (count.value / population * PER[kind], size_class(inhabitants))
        return found


def _region(table: TableMeta, item: Resolved) -> str:
    region = table.region_dimension
    return item.keys[region][0] if region and region in item.keys else item.target.region


def _with_region(table: TableMeta, item: Resolved, key: str) -> Resolved:
    assert table.region_dimension is not None
    return Resolved(item.target, {**item.keys, table.region_dimension: (key,)})


_FINALITY = ("voorlopig", "nader_voorlopig", "definitief")


def _least_final(*statuses: str | None) -> str | None:
    known = [s for s in statuses if s in _FINALITY]
    if len(known) < len(statuses):
        return statuses[0]
    return min(known, key=_FINALITY.index)
