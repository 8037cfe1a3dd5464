"""One query for every municipality: `startswith(RegioS,'GM')` instead of a list of 342 codes.

Comparisons (the median of a size class) and the population need every municipality of a key and
year set. Listing them would take ~10 kB of query string; the prefix takes 26 characters, so the
request stays far under the services' query-length limit and only the cell cap splits it (by years).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ivp_cli.fetch.sources.odata import CapExceededError, ODataClient, Row
from ivp_cli.fetch.sources.query import MAX_CELLS
from ivp_cli.fetch.sources.tables import TableMeta

MUNICIPALITY_PREFIX = "GM"


@dataclass(frozen=True)
class RegionalQuery:
    meta: TableMeta
    fixed: Mapping[str, tuple[str, ...]]  # every dimension but region and time -> padded keys
    extra_regions: tuple[str, ...]  # padded keys besides the municipalities, e.g. 'NL01  '
    measures: tuple[str, ...]
    periods: tuple[str, ...]

    @property
    def region(self) -> str:
        assert self.meta.region_dimension is not None
        return self.meta.region_dimension

    def filter(self) -> str:
        clauses = [_any(dim, keys) for dim, keys in self.fixed.items()]
        regions = [f"startswith({self.region},'{MUNICIPALITY_PREFIX}')"]
        regions += [f"{self.region} eq '{key}'" for key in self.extra_regions]
        clauses.append("(" + " or ".join(regions) + ")")
        clauses.append(_any(self.meta.time_dimension, self.periods))
        return " and ".join(clauses)

    def params(self) -> dict[str, str]:
        columns = [*self.fixed, self.region, self.meta.time_dimension, *self.measures]
        return {"$format": "json", "$filter": self.filter(), "$select": ",".join(columns)}

    def cells(self) -> int:
        """Rows x returned columns, the strictest reading of the cap, as `DataQuery.cells` counts."""
        regions = len(municipality_keys(self.meta)) + len(self.extra_regions)
        fixed = math.prod(len(keys) for keys in self.fixed.values())
        return fixed * regions * len(self.periods) * len(self.params()["$select"].split(","))

    def with_periods(self, periods: Sequence[str]) -> RegionalQuery:
        return RegionalQuery(self.meta, self.fixed, self.extra_regions, self.measures, tuple(periods))

    def halves(self) -> tuple[RegionalQuery, RegionalQuery] | None:
        """Split the periods in two, else the largest other selection; None when all hold one key."""
        if len(self.periods) > 1:
            middle = len(self.periods) // 2
            return self.with_periods(self.periods[:middle]), self.with_periods(self.periods[middle:])
        dim = max(self.fixed, key=lambda name: len(self.fixed[name]), default=None)
        if dim is None or len(self.fixed[dim]) < 2:
            return None
        keys, middle = self.fixed[dim], len(self.fixed[dim]) // 2
        return self._with(dim, keys[:middle]), self._with(dim, keys[middle:])

    def _with(self, dim: str, keys: tuple[str, ...]) -> RegionalQuery:
        fixed = {**self.fixed, dim: keys}
        return RegionalQuery(self.meta, fixed, self.extra_regions, self.measures, self.periods)


def municipality_keys(meta: TableMeta) -> tuple[str, ...]:
    region = meta.region_dimension
    keys = meta.dimensions.get(region, ()) if region else ()
    return tuple(key for key in keys if key.startswith(MUNICIPALITY_PREFIX))


def national_key(meta: TableMeta) -> str | None:
    """'NL01  ' (RegioS) or 'NL00      ' (WijkenEnBuurten): the table's own spelling."""
    region = meta.region_dimension
    keys = meta.dimensions.get(region, ()) if region else ()
    return next((key for key in keys if key.strip().startswith("NL")), None)


def split_by_periods(query: RegionalQuery, max_cells: int = MAX_CELLS) -> list[RegionalQuery]:
    per_period = max(1, query.with_periods(query.periods[:1]).cells())
    size = max(1, max_cells // per_period)
    return [query.with_periods(query.periods[i : i + size]) for i in range(0, len(query.periods), size)]


async def regional_rows(client: ODataClient, source: str, base_url: str, query: RegionalQuery) -> list[Row]:
    """The parts side by side: they wait on nothing but the client's concurrency limit."""
    parts = split_by_periods(query)
    answers = await asyncio.gather(*(_part(client, source, base_url, part) for part in parts))
    return [row for rows in answers for row in rows]


async def _part(client: ODataClient, source: str, base_url: str, query: RegionalQuery) -> list[Row]:
    table = query.meta.table
    url = f"{base_url}/ODataApi/odata/{table}/TypedDataSet"
    what = f"{source} {table} TypedDataSet ($filter={query.filter()})"
    try:
        return await client.rows(url, query.params(), what)
    except CapExceededError:
        halves = query.halves()  # the service counted more cells than we did
        if halves is None:
            raise
        first, second = halves
        return [*await _part(client, source, base_url, first), *await _part(client, source, base_url, second)]


def _any(dimension: str, keys: Sequence[str]) -> str:
    return "(" + " or ".join(f"{dimension} eq '{key.replace(chr(39), chr(39) * 2)}'" for key in keys) + ")"
