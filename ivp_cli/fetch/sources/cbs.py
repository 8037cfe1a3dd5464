"""CBS StatLine: v3 at opendata.cbs.nl (same grammar as the police host), and v4 cells.

The Veiligheidsmonitor (85146NED) carries a `Marges` dimension: MW00000 is the value, MOG0095 and
MBG0095 the lower and upper 95 % bounds. Its column suffixes change between vintages, so a plan may
name the measure by its title and it is resolved through DataProperties.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ivp_cli.fetch.sources.odata import ODataClient
from ivp_cli.fetch.sources.tables import TableMeta

SOURCE = "cbs"
V4_SOURCE = "cbs-v4"
MARGIN_DIMENSION = "Marges"
VALUE, LOWER, UPPER = "MW00000", "MOG0095", "MBG0095"


def extra_selections(meta: TableMeta) -> dict[str, tuple[str, ...]]:
    if MARGIN_DIMENSION not in meta.dimensions:
        return {}
    wanted = (VALUE, LOWER, UPPER)
    return {MARGIN_DIMENSION: tuple(meta.resolve_key(MARGIN_DIMENSION, key) for key in wanted)}


async def v4_observations(
    client: ODataClient, base_url: str, table: str, where: str, dimensions: Iterable[str]
) -> list[dict[str, Any]]:
    """Rows of a v4 table (`{base}/{table}/Observations`, paged by `@odata.nextLink`), v3-shaped.

    The fetch still reads CBS through v3, which CBS keeps until every table has moved; this is the
    v4 half, ready for when a table exists only there.
    """
    url = f"{base_url}/{table}/Observations"
    cells = await client.rows(url, {"$filter": where}, f"{V4_SOURCE} {table} Observations ($filter={where})")
    return v4_rows(cells, dimensions)


def v4_rows(cells: Iterable[dict[str, Any]], dimensions: Iterable[str]) -> list[dict[str, Any]]:
    """v4 observation cells {Id, Measure, Value, <Dim>: code} -> v3-shaped rows {<Dim>, <Measure>: value}.

    v4 codes are unpadded and empty cells are left out, so a missing cell stays unknown.
    """
    names = list(dimensions)
    rows: dict[tuple[str, ...], dict[str, Any]] = {}
    for cell in cells:
        key = tuple(str(cell[name]) for name in names)
        row = rows.setdefault(key, dict(zip(names, key, strict=True)))
        row[str(cell["Measure"])] = cell.get("Value")
    return list(rows.values())
