"""fetch_values: which periods make a year, the status of a sum, margins only for single cells."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ivp_cli.fetch.batches import Target
from ivp_cli.fetch.sources.tables import TableMeta
from ivp_cli.fetch.values import Fetched, Resolved, index_rows, period_keys, value_for
from ivp_cli.plan.model import FetchSpec

MONTHS = {f"2022MM{m:02d}": "definitief" for m in range(1, 13)} | {"2023MM01": "voorlopig"}


def meta(periods: Mapping[str, str | None], marges: bool = False) -> TableMeta:
    dims = {"RegioS": ("GM0362",), **({"Marges": ("MW00000", "MOG0095", "MBG0095")} if marges else {})}
    return TableMeta("cbs", "85146NED", dims, "Perioden", "RegioS", {"V_1": "V"}, dict(periods))


def resolved(keys: dict[str, tuple[str, ...]]) -> Resolved:
    spec = FetchSpec(source="cbs", table="85146NED", measure="V_1", keys={})
    return Resolved(Target(0, 0, 0, "x", spec, "GM0362", (2022,)), keys)


def test_a_year_is_jj00_or_twelve_listed_months() -> None:
    assert period_keys(meta({"2022JJ00": None, **MONTHS}), 2022) == ("2022JJ00",)
    assert period_keys(meta(MONTHS), 2022) == tuple(MONTHS)[:12]
    assert period_keys(meta(MONTHS), 2023) is None


def test_a_monthly_sum_takes_the_least_final_status() -> None:
    periods = {**MONTHS, "2022MM12": "nader_voorlopig"}
    table = meta(periods)
    rows = [{"RegioS": "GM0362", "Perioden": p, "V_1": 2} for p in periods]
    index = index_rows(rows, ["RegioS", "Perioden"], "V_1")
    fetched = value_for(table, index, resolved({"RegioS": ("GM0362",)}), ["RegioS", "Perioden"], 2022)
    assert fetched == Fetched(2022, 24, "nader_voorlopig", tuple(MONTHS)[:12], None)


def test_margins_only_for_a_single_cell() -> None:
    table = meta({"2022JJ00": "definitief"}, marges=True)
    values = {"MW00000": 12.8, "MOG0095": 11.1, "MBG0095": 14.6}
    rows = [
        {"RegioS": r, "Marges": m, "Perioden": "2022JJ00", "V_1": v}
        for r in ("GM0362", "GM0363")
        for m, v in values.items()
    ]
    dims = ["RegioS", "Marges", "Perioden"]
    index = index_rows(rows, dims, "V_1")
    marges = ("MW00000", "MOG0095", "MBG0095")
    single = value_for(table, index, resolved({"RegioS": ("GM0362",), "Marges": marges}), dims, 2022)
    summed = value_for(table, index, resolved({"RegioS": ("GM0362", "GM0363"), "Marges": marges}), dims, 2022)
    assert single == Fetched(2022, 12.8, "definitief", ("2022JJ00",), (11.1, 14.6))
    assert summed == Fetched(2022, 25.6, "definitief", ("2022JJ00",), None)


def test_rows_are_indexed_by_their_keys_stripped_whatever_type_a_key_comes_as() -> None:
    texts: list[dict[str, Any]] = [
        {"RegioS": "NL01  ", "Perioden": "2023JJ00", "M": 5},
        {"RegioS": "GM0415", "Perioden": "2023JJ00"},
    ]
    assert index_rows(texts, ["RegioS", "Perioden"], "M") == {
        ("NL01", "2023JJ00"): 5,
        ("GM0415", "2023JJ00"): None,
    }
    numbers: list[dict[str, Any]] = [
        {"RegioS": "GM0415", "Jaar": 2023, "M": 7}
    ]  # a proxy that turned a key into a number
    assert index_rows(numbers, ["RegioS", "Jaar"], "M") == {("GM0415", "2023"): 7}
    assert index_rows(numbers, ["Jaar"], "M") == {("2023",): 7}
