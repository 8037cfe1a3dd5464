"""TypedDataSet queries: `$filter` strings over padded keys, split to stay under the server's limits."""

from __future__ import annotations

import math
from dataclasses import dataclass

# ODataApi refuses replies over 10 000 cells; stay under it with room for rounding.
MAX_CELLS = 10_000
# IIS-hosted OData rejects long query strings; 4 000 encoded characters is well inside its limits.
MAX_QUERY_LENGTH = 4_000


@dataclass(frozen=True)
class DataQuery:
    table: str
    selections: tuple[tuple[str, tuple[str, ...]], ...]  # dimension -> keys, padded as listed
    measures: tuple[str, ...]

    def cells(self) -> int:
        return math.prod(len(keys) for _, keys in self.selections) * len(self.measures)

    def filter(self) -> str:
        return " and ".join(
            "(" + " or ".join(f"{dim} eq '{_quote(key)}'" for key in keys) + ")"
            for dim, keys in self.selections
        )

    def params(self) -> dict[str, str]:
        columns = [dim for dim, _ in self.selections] + list(self.measures)
        return {"$format": "json", "$filter": self.filter(), "$select": ",".join(columns)}

    def encoded_length(self) -> int:
        # Spaces are sent as %20: three characters each.
        text = self.filter()
        return len(text) + 2 * text.count(" ")

    def halves(self) -> tuple[DataQuery, DataQuery] | None:
        """Split the largest selection in two, or None when every selection holds one key."""
        index, (dim, keys) = max(enumerate(self.selections), key=lambda item: len(item[1][1]))
        if len(keys) < 2:
            return None
        middle = len(keys) // 2
        return self._with(index, dim, keys[:middle]), self._with(index, dim, keys[middle:])

    def _with(self, index: int, dim: str, keys: tuple[str, ...]) -> DataQuery:
        selections = list(self.selections)
        selections[index] = (dim, keys)
        return DataQuery(self.table, tuple(selections), self.measures)


def split(
    query: DataQuery, max_cells: int = MAX_CELLS, max_length: int = MAX_QUERY_LENGTH
) -> list[DataQuery]:
    if query.cells() <= max_cells and query.encoded_length() <= max_length:
        return [query]
    parts = query.halves()
    if parts is None:
        return [query]
    return [piece for part in parts for piece in split(part, max_cells, max_length)]


def _quote(key: str) -> str:
    return key.replace("'", "''")
