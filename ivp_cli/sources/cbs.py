"""CBS StatLine: v3 at opendata.cbs.nl (same grammar as the police host), and v4 cells.

The Veiligheidsmonitor (85146NED) carries a `Marges` dimension: MW00000 is the value, MOG0095 and
MBG0095 the lower and upper 95 % bounds. Its column suffixes change between vintages, so a plan may
name the measure by its title and it is resolved through DataProperties.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ivp_cli.sources.tables import TableMeta

SOURCE = "cbs"
MARGIN_DIMENSION = "Marges"
VALUE, LOWER, UPPER = "MW00000", "MOG0095", "MBG0095"
V4_BASE_URL = "https://datasets.cbs.nl/odata/v1/CBS"


def extra_selections(meta: TableMeta) -> dict[str, tuple[str, ...]]:
    if MARGIN_DIMENSION not in meta.dimensions:
        return {}
    wanted = (VALUE, LOWER, UPPER)
    return {MARGIN_DIMENSION: tuple(meta.resolve_key(MARGIN_DIMENSION, key) for key in wanted)}


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
