"""TypedDataSet rows from a StatLine OData v3 host, split under the limits and fetched in parallel."""

from __future__ import annotations

import asyncio
import math

from ivp_cli.fetch.sources.odata import CapExceededError, ODataClient, QueryTooLongError, Row, SourceError
from ivp_cli.fetch.sources.query import DataQuery, split


async def fetch_rows(client: ODataClient, source: str, base_url: str, query: DataQuery) -> list[Row]:
    parts = await asyncio.gather(*(_fetch_part(client, source, base_url, p) for p in split(query)))
    return unique_rows([row for part in parts for row in part], query, source)


async def _fetch_part(client: ODataClient, source: str, base_url: str, query: DataQuery) -> list[Row]:
    url = f"{base_url}/ODataApi/odata/{query.table}/TypedDataSet"
    what = f"{source} {query.table} TypedDataSet ($filter={query.filter()})"
    try:
        return await client.rows(url, query.params(), what)
    except (CapExceededError, QueryTooLongError):
        # The server's limit is lower than ivp's estimate (it counts differently): halve and ask again.
        halves = query.halves()
        if halves is None:
            raise
        first, second = halves
        return [
            *await _fetch_part(client, source, base_url, first),
            *await _fetch_part(client, source, base_url, second),
        ]


def unique_rows(rows: list[Row], query: DataQuery, source: str) -> list[Row]:
    """The rows with exact repeats dropped; two rows for one cell that disagree are an error.

    Which of two conflicting figures is right cannot be known, so neither is used.
    """
    dimensions = [dim for dim, _ in query.selections]
    seen: dict[tuple[str, ...], Row] = {}
    unique: list[Row] = []
    for row in rows:
        if not all(dim in row for dim in dimensions):
            unique.append(row)  # a row without its dimension columns is named where it is read
            continue
        cell = tuple(str(row[dim]).strip() for dim in dimensions)
        earlier = seen.setdefault(cell, row)
        if earlier is row:
            unique.append(row)
            continue
        for measure in query.measures:
            if not _same(earlier.get(measure), row.get(measure)):
                where = ", ".join(f"{dim} '{row[dim]}'" for dim in dimensions)
                raise SourceError(
                    f"{source} {query.table}: two rows for {where} disagree on {measure} "
                    f"({earlier.get(measure)!r} and {row.get(measure)!r}); neither is used"
                )
    return unique


def _same(first: object, second: object) -> bool:
    both_nan = all(isinstance(v, float) and math.isnan(v) for v in (first, second))
    return both_nan or first == second
