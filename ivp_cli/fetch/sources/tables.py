"""A table's live metadata (DataProperties, dimension lists, Perioden) and key resolution.

Keys are fixed-width and space-padded ('3.1.1 ', 'E35   '); an unpadded key silently returns zero
rows, so every key is matched (stripped) against the dimension list and sent as the list spells it.

A list the offline catalog holds (SoortMisdrijf, Overlast, the police tables' RegioS) is not
asked for: plan validation already holds the plan's keys to it, padding included. Whether the live
table still has them is read from the data reply instead: a v3 TypedDataSet answers a row for
every combination of the keys asked (an empty cell as null or the topic's default), so a key
without a row is a key the table lacks. A region the catalog does not list yet (a municipality
newer than its list) is asked for as written and confirmed the same way. The time list is always
asked for: each period's status comes from it, and new periods appear every month.
"""

from __future__ import annotations

import asyncio
import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from ivp_cli.fetch.sources.odata import ODataClient, Row, SourceError

DIMENSION_TYPES = ("Dimension", "GeoDimension", "GeoDetail")
STATUSES = {"voorlopig": "voorlopig", "nader voorlopig": "nader_voorlopig", "definitief": "definitief"}


class PlanKeyError(SourceError):
    """A plan names a key, measure or region the table does not have."""


@dataclass(frozen=True)
class TableMeta:
    source: str
    table: str
    dimensions: dict[str, tuple[str, ...]]
    time_dimension: str
    region_dimension: str | None
    topics: dict[str, str]
    periods: dict[str, str | None]
    # Dimensions whose keys came from the offline catalog: the data reply confirms them.
    unconfirmed: frozenset[str] = frozenset()

    def resolve_key(self, dimension: str, key: str) -> str:
        if dimension not in self.dimensions:
            raise PlanKeyError(f"{self.source} {self.table}: no dimension '{dimension}' ({self._dims()})")
        by_stripped = self._by_stripped[dimension]
        if key.strip() in by_stripped:
            return by_stripped[key.strip()]
        if dimension == self.region_dimension and dimension in self.unconfirmed:
            return key  # not in the offline list (a newer municipality): the data reply confirms it
        close = difflib.get_close_matches(key.strip(), list(by_stripped), n=1)
        hint = f"; did you mean '{by_stripped[close[0]]}'?" if close else ""
        raise PlanKeyError(f"{self.source} {self.table}: key '{key}' is not in dimension {dimension}{hint}")

    def resolve_measure(self, measure: str) -> str:
        """A measure column by its key, or by its title when exactly one column carries it.

        Titles repeat (85146NED has `Slachtoffers_68`, `Slachtoffers_72`, ... all titled
        "Slachtoffers", one per group): a title that names several columns is refused, never guessed.
        """
        if measure in self.topics:
            return measure
        wanted = measure.strip().casefold()
        named = [key for key, title in self.topics.items() if title.strip().casefold() == wanted]
        if len(named) == 1:
            return named[0]
        if named:
            raise PlanKeyError(
                f"{self.source} {self.table}: the measure title '{measure}' names {len(named)} columns "
                f"({', '.join(named)}); name the column itself"
            )
        known = ", ".join(sorted(self.topics))
        raise PlanKeyError(f"{self.source} {self.table}: no measure '{measure}' (measures: {known})")

    @cached_property
    def _by_stripped(self) -> dict[str, dict[str, str]]:
        """Per dimension: each key without its padding -> the key as listed (built once, not per key)."""
        return {name: {known.strip(): known for known in keys} for name, keys in self.dimensions.items()}

    def _dims(self) -> str:
        return "dimensions: " + ", ".join(self.dimensions)


async def load_meta(
    client: ODataClient,
    source: str,
    base_url: str,
    table: str,
    expected: Sequence[str] = (),
    offline: Mapping[str, tuple[str, ...]] | None = None,
) -> TableMeta:
    """DataProperties and every dimension list it needs, all in one concurrent round.

    `expected` names the lists to ask for beside DataProperties (the offline catalog knows them);
    only a list DataProperties names and `expected` lacks waits for DataProperties first.
    `offline` holds the padded keys of dimensions the catalog lists (never the time dimension); those
    are not asked for.
    """
    known = dict(offline or {})
    feed = f"{base_url}/ODataFeed/odata/{table}"
    what = f"{source} {table}"

    def dimension_list(name: str) -> asyncio.Future[list[Row]]:
        return asyncio.ensure_future(client.rows(f"{feed}/{name}", {"$format": "json"}, f"{what} {name}"))

    early = {name: dimension_list(name) for name in expected if name not in known}
    try:
        props = await client.rows(f"{feed}/DataProperties", {"$format": "json"}, f"{what} DataProperties")
        dims = [str(p["Key"]) for p in props if p.get("Type") in DIMENSION_TYPES]
        times = [str(p["Key"]) for p in props if p.get("Type") == "TimeDimension"]
        if len(times) != 1:
            raise SourceError(f"{what}: DataProperties list {len(times)} time dimensions, expected one")
        plain = set(dims) & set(known)
        asked = [name for name in [*dims, *times] if name not in plain]
        wanted = [early.pop(name) if name in early else dimension_list(name) for name in asked]
        lists = dict(zip(asked, await asyncio.gather(*wanted), strict=True))
    finally:
        await _drop(early.values())
    return TableMeta(
        source=source,
        table=table,
        dimensions={name: known[name] if name in plain else _keys(lists[name]) for name in dims},
        time_dimension=times[0],
        region_dimension=_region_dimension(props),
        topics={str(p["Key"]): str(p.get("Title", "")) for p in props if p.get("Type") == "Topic"},
        periods={str(row["Key"]): _status(row.get("Status")) for row in lists[times[0]]},
        unconfirmed=frozenset(plain),
    )


def _keys(rows: list[Row]) -> tuple[str, ...]:
    return tuple(str(row["Key"]) for row in rows)


async def _drop(unused: Iterable[asyncio.Future[list[Row]]]) -> None:
    """Lists asked for early that are not needed (or not after a failure): stop them, quietly."""
    pending = list(unused)
    for future in pending:
        future.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


def _region_dimension(props: list[dict[str, object]]) -> str | None:
    geo = [str(p["Key"]) for p in props if p.get("Type") in ("GeoDimension", "GeoDetail")]
    named = [str(p["Key"]) for p in props if p.get("Key") == "RegioS"]
    found = geo or named
    return found[0] if found else None


def _status(raw: object) -> str | None:
    return STATUSES.get(str(raw).strip().casefold()) if raw else None
