"""CBS 03759ned (population on 1 January) for the stand-in host: real keys, made-up values.

The keys are in demo/data/03759ned-keys.csv (provenance in that folder's README); RegioS
is the real police region list. Every population is test data: a municipality's size follows
from its code, so the size classes vary, and Nederland is the sum of the municipalities.
"""

from __future__ import annotations

import csv

from demo.odata_tables import FIXTURES, Cell, ListRow, Table, Value, dimension_rows

TOPICS = {"BevolkingOp1Januari_1": "Bevolking op 1 januari", "GemiddeldeBevolking_2": "Gemiddelde bevolking"}
YEARS = (2021, 2022, 2023, 2024)


def _keys() -> dict[str, list[ListRow]]:
    found: dict[str, list[ListRow]] = {}
    with (FIXTURES / "03759ned-keys.csv").open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            entry: ListRow = {"Key": row["Key"], "Title": row["Title"], "Description": None}
            found.setdefault(row["Dimension"], []).append(entry)
    return found


def inhabitants(region: str) -> int:
    """Test data: 2 000 to ~300 000 inhabitants, a different spread of codes per size class."""
    number = int(region[2:6])
    return 2_000 + (number * 7_919) % 300_000


class PopulationTable(Table):
    def value(self, cell: Cell, topic: str) -> Value:
        key = tuple(sorted(cell.items()))
        if key in self.values:
            return self.values[key]
        region = cell["RegioS"].strip()
        if region.startswith("GM"):
            total = inhabitants(region)
        elif region == "NL01":
            total = sum(inhabitants(r["Key"]) for r in self.dimensions["RegioS"] if r["Key"].startswith("GM"))
        else:
            return None
        return total if cell["Leeftijd"] == "10000" else total // 100


def population_table() -> PopulationTable:
    keys = _keys()
    dimensions = {**keys, "RegioS": dimension_rows("RegioS")}
    types = dict.fromkeys(keys, "Dimension") | {"RegioS": "GeoDimension"}
    periods: list[ListRow] = [
        {"Key": f"{y}JJ00", "Title": str(y), "Description": "", "Status": "Definitief"} for y in YEARS
    ]
    return PopulationTable("03759ned", dimensions, types, periods, TOPICS)
