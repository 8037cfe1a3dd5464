"""TypedDataSet rows from a StatLine OData v3 host, split under the cap and fetched in parallel."""

from __future__ import annotations

import asyncio

from ivp_cli.fetch.sources.odata import CapExceededError, ODataClient, Row
from ivp_cli.fetch.sources.query import DataQuery, split


async def fetch_rows(client: ODataClient, source: str, base_url: str, query: DataQuery) -> list[Row]:
    parts = await asyncio.gather(*(_fetch_part(client, source, base_url, p) for p in split(query)))
    return [row for part in parts for row in part]


async def _fetch_part(client: ODataClient, source: str, base_url: str, query: DataQuery) -> list[Row]:
    url = f"{base_url}/ODataApi/odata/{query.table}/TypedDataSet"
    what = f"{source} {query.table} TypedDataSet ($filter={query.filter()})"
    try:
        return await client.rows(url, query.params(), what)
    except CapExceededError:
        # The cell estimate was too low (the server counts differently): halve and ask again.
        halves = query.halves()
        if halves is None:
            raise
        first, second = halves
        return [
            *await _fetch_part(client, source, base_url, first),
            *await _fetch_part(client, source, base_url, second),
        ]
