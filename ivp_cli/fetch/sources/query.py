"""TypedDataSet queries: `$filter` strings over padded keys, split to stay under the server's limits.

Two limits, both counted before sending:
- cells: CBS documents "een limiet van 10.000 cellen" for the ODataApi
  (https://www.cbs.nl/nl-nl/onze-diensten/open-data/statline-als-open-data), while the server's
  refusal speaks of "records". ivp counts the strictest reading, rows x returned columns (every
  dimension and measure in `$select`), so no reading of the rule is ever passed.
- query string: the hosts run IIS, which refuses a query string over 2 048 bytes (HTTP 404.15).
  The whole encoded query string (`$format`, `$filter` and `$select`) stays under 1 800 bytes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlencode

MAX_CELLS = 10_000
MAX_QUERY_LENGTH = 1_800


def encode_query(params: Mapping[str, str]) -> str:
    """Spaces as %20, never '+': padded keys ('3.1.1 ') must reach the server exactly."""
    return urlencode(params, quote_via=quote, safe="$',()")


@dataclass(frozen=True)
class DataQuery:
    table: str
    selections: tuple[tuple[str, tuple[str, ...]], ...]  # dimension -> keys, padded as listed
    measures: tuple[str, ...]

    def rows(self) -> int:
        return math.prod(len(keys) for _, keys in self.selections)

    def cells(self) -> int:
        return self.rows() * (len(self.selections) + len(self.measures))

    def filter(self) -> str:
        return " and ".join(
            "(" + " or ".join(f"{dim} eq '{_quote(key)}'" for key in keys) + ")"
            for dim, keys in self.selections
        )

    def params(self) -> dict[str, str]:
        columns = [dim for dim, _ in self.selections] + list(self.measures)
        return {"$format": "json", "$filter": self.filter(), "$select": ",".join(columns)}

    def encoded_length(self) -> int:
        """Bytes of the query string as sent (after the '?')."""
        return len(encode_query(self.params()))

    def fits(self, max_cells: int = MAX_CELLS, max_length: int = MAX_QUERY_LENGTH) -> bool:
        return self.cells() <= max_cells and self.encoded_length() <= max_length

    def halves(self) -> tuple[DataQuery, DataQuery] | None:
        """Split the largest selection in two, or None when every selection holds one key."""
        index = self._widest()
        keys = self.selections[index][1]
        if len(keys) < 2:
            return None
        middle = len(keys) // 2
        return self.with_keys(index, keys[:middle]), self.with_keys(index, keys[middle:])

    def with_keys(self, index: int, keys: tuple[str, ...]) -> DataQuery:
        selections = list(self.selections)
        selections[index] = (selections[index][0], keys)
        return DataQuery(self.table, tuple(selections), self.measures)

    def _widest(self) -> int:
        return max(range(len(self.selections)), key=lambda index: len(self.selections[index][1]))


def fewest_parts(query: DataQuery, max_cells: int = MAX_CELLS, max_length: int = MAX_QUERY_LENGTH) -> int:
    """A lower bound of `len(split(query))`, without splitting.

    The parts share the cells, and the filter clauses, so both totals over the limits bound the
    count, as long as every part can fit; the longest key of every selection alone shows that.
    """
    by_cells = math.ceil(query.cells() / max_cells)
    longest = tuple((dim, (max(keys, key=len),)) for dim, keys in query.selections if keys)
    if not DataQuery(query.table, longest, query.measures).fits(max_cells, max_length):
        return 1
    return max(1, by_cells, math.ceil(query.encoded_length() / max_length))


def split(
    query: DataQuery, max_cells: int = MAX_CELLS, max_length: int = MAX_QUERY_LENGTH
) -> list[DataQuery]:
    """Queries that together ask for the same cells, each within both limits where keys allow.

    The widest selection is cut into as few runs of keys as fit (a greedy fill, so 342
    municipalities take the fewest requests); a run still too big is split on the next selection.
    """
    if query.fits(max_cells, max_length):
        return [query]
    index = query._widest()
    keys = query.selections[index][1]
    if len(keys) < 2:
        return [query]  # nothing left to split: the server decides, and its refusal is named
    runs: list[tuple[str, ...]] = []
    run: tuple[str, ...] = ()
    for key in keys:
        if run and not query.with_keys(index, (*run, key)).fits(max_cells, max_length):
            runs.append(run)
            run = ()
        run = (*run, key)
    runs.append(run)
    return [part for keys in runs for part in split(query.with_keys(index, keys), max_cells, max_length)]


def _quote(key: str) -> str:
    return key.replace("'", "''")
