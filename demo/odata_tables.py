"""The tables the stand-in server holds: real dimension lists (demo/data/), made-up periods
and values (see that folder's README)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NotRequired, TypedDict

FIXTURES = Path(__file__).resolve().parent / "data"
Cell = dict[str, str]
Value = int | float | None


class ListRow(TypedDict):
    """One entry of a dimension or period list, as the OData host lists it."""

    Key: str
    Title: str
    Description: str | None
    CategoryGroupID: NotRequired[str | None]
    Status: NotRequired[str]


def dimension_rows(name: str) -> list[ListRow]:
    with (FIXTURES / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
        return [
            {
                "Key": row["Key"],
                "Title": row["Title"],
                "Description": row["Description"] or None,
                "CategoryGroupID": row["CategoryGroupID"] or None,
            }
            for row in csv.DictReader(stream)
        ]


def periods(
    years: range, months_until: tuple[int, int], yearly: bool, status: Callable[[int], str]
) -> list[ListRow]:
    rows: list[ListRow] = []
    last_year, last_month = months_until
    for year in years:
        if yearly and year < last_year:
            rows.append({"Key": f"{year}JJ00", "Title": str(year), "Description": "", "Status": status(year)})
        for month in range(1, 13):
            if (year, month) <= (last_year, last_month):
                key = f"{year}MM{month:02d}"
                rows.append(
                    {"Key": key, "Title": f"{year} {month}", "Description": "", "Status": status(year)}
                )
    return rows


def police_status(year: int) -> str:
    """The police tables mark every period "Definitief", the months they still revise included."""
    return "Definitief"


def default_value(cell: Cell, time_dimension: str = "Perioden") -> Value:
    """Month -> its month number; JJ00 -> 1000 + two-digit year. Test data, never a real figure."""
    period = cell[time_dimension]
    if "JJ" in period:
        return 1000 + int(period[2:4])
    return int(period[6:8])


@dataclass
class Table:
    name: str
    dimensions: dict[str, list[ListRow]]
    dimension_types: dict[str, str]
    periods: list[ListRow]
    topics: dict[str, str]
    values: dict[tuple[tuple[str, str], ...], Value] = field(default_factory=dict)

    def value(self, cell: Cell, topic: str) -> Value:
        key = tuple(sorted(cell.items()))
        if key in self.values:
            return self.values[key]
        base = default_value(cell)
        return base if base is None or topic == next(iter(self.topics)) else base * 10

    def set(self, value: Value, **cell: str) -> None:
        self.values[tuple(sorted(cell.items()))] = value

    def data_properties(self) -> list[dict[str, object]]:
        rows: list[dict[str, object]] = []
        for name, kind in [*self.dimension_types.items(), ("Perioden", "TimeDimension")]:
            rows.append(
                {
                    "odata.type": f"Cbs.OData.{kind}",
                    "ID": len(rows),
                    "Position": len(rows),
                    "ParentID": None,
                    "Type": kind,
                    "Key": name,
                    "Title": name,
                    "Description": "",
                }
            )
        for key, title in self.topics.items():
            rows.append(
                {
                    "odata.type": "Cbs.OData.Topic",
                    "ID": len(rows),
                    "Position": len(rows),
                    "ParentID": None,
                    "Type": "Topic",
                    "Key": key,
                    "Title": title,
                    "Description": "",
                    "Datatype": "Long",
                    "Unit": "aantal",
                    "Decimals": 0,
                    "Default": "Zero",
                }
            )
        return rows


def standard_tables() -> dict[str, Table]:
    regions = dimension_rows("RegioS")
    crimes = Table(
        "47013NED",
        {"SoortMisdrijf": dimension_rows("SoortMisdrijf"), "RegioS": regions},
        {"SoortMisdrijf": "Dimension", "RegioS": "GeoDimension"},
        periods(range(2021, 2025), (2024, 6), yearly=True, status=police_status),
        {"GeregistreerdeMisdrijven_1": "Geregistreerde misdrijven", "Aangiften_2": "Aangiften"},
    )
    nuisance = Table(
        "47021NED",
        {"Overlast": dimension_rows("Overlast"), "RegioS": regions},
        {"Overlast": "Dimension", "RegioS": "GeoDimension"},
        periods(range(2021, 2025), (2024, 3), yearly=True, status=police_status),
        {"GeregistreerdeOverlast_1": "Geregistreerde overlast"},
    )
    margins: list[ListRow] = [
        {"Key": key, "Title": key, "Description": None, "CategoryGroupID": None}
        for key in ("MW00000", "MOG0095", "MBG0095")
    ]
    monitor = Table(
        "85146NED",
        {"Marges": margins, "RegioS": regions},
        {"Marges": "Dimension", "RegioS": "GeoDimension"},
        [
            {"Key": f"{y}JJ00", "Title": str(y), "Description": "", "Status": "Definitief"}
            for y in (2021, 2023)
        ],
        {
            "VoeltZichWeleensOnveiligInBuurt_12": "Voelt zich weleens onveilig in buurt",
            # One "Slachtoffers" column per group of offences, as in the real table (_68 ... _182).
            **{f"Slachtoffers_{n}": "Slachtoffers" for n in (68, 72, 182)},
        },
    )
    return {table.name: table for table in (crimes, nuisance, monitor)}
