"""Per 1 000 inhabitants, per 10 000 young people: a count divided by the CBS population.

The population is CBS table 03759ned "Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en
regio" (https://opendata.cbs.nl/ODataApi/odata/03759ned), measure BevolkingOp1Januari_1, of the
same year and region as the count. Keys as CBS lists them: Geslacht T001038 (men and women),
BurgerlijkeStaat T001019 (every marital status), Leeftijd 10000 (all ages) or the single years
12..17 (CBS codes a single year of age as 10000 + 100 x age: 11200..11700), summed.

03759ned follows each year's municipal boundaries while the police tables are restated to the
newest ones: a municipality formed later has no population for the earlier years, and its rate
for those years stays unknown (never a guess).

One query serves every plan: every municipality and Nederland, for the years any plan needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ivp_cli.fetch.sources.odata import ODataClient
from ivp_cli.fetch.sources.regional import RegionalQuery, national_key, regional_rows
from ivp_cli.fetch.sources.tables import TableMeta

SOURCE = "cbs"
TABLE = "03759ned"
MEASURE = "BevolkingOp1Januari_1"
FIXED = {"Geslacht": "T001038", "BurgerlijkeStaat": "T001019"}
ALL_AGES = ("10000",)
YOUTH_AGES = tuple(str(10000 + 100 * age) for age in range(12, 18))
AGES = {"per_1000_inhabitants": ALL_AGES, "per_10000_youth": YOUTH_AGES}
PER = {"per_1000_inhabitants": 1000, "per_10000_youth": 10000}
INHABITANTS = "per_1000_inhabitants"


@dataclass
class Populations:
    """Population by (region, year, per_capita kind), from one set of 03759ned rows."""

    meta: TableMeta | None = None
    counts: dict[tuple[str, int, str], int | None] = field(default_factory=dict)
    error: str | None = None  # why the population is unknown (the CBS query failed)

    def of(self, region: str, year: int, kind: str) -> int | None:
        return self.counts.get((region.strip(), year, kind))

    def status(self, year: int) -> str | None:
        return None if self.meta is None else self.meta.periods.get(f"{year}JJ00")

    def source(self, kind: str, region: str, year: int) -> dict[str, Any]:
        ages = [age.strip() for age in AGES[kind]]
        keys: dict[str, Any] = {**FIXED, "Leeftijd": ages[0] if len(ages) == 1 else ages, "RegioS": region}
        return {"table": TABLE, "keys": keys, "measure": MEASURE, "periods": [f"{year}JJ00"]}


def kinds_needed(kinds: Iterable[str | None]) -> tuple[str, ...]:
    """The groups to count; all inhabitants always, since the size class goes by them."""
    wanted = {kind for kind in kinds if kind is not None}
    return tuple(sorted(wanted | {INHABITANTS})) if wanted else ()


async def load_populations(
    client: ODataClient, base_url: str, meta: TableMeta, years: Iterable[int], kinds: tuple[str, ...]
) -> Populations:
    periods = tuple(f"{year}JJ00" for year in sorted(set(years)) if f"{year}JJ00" in meta.periods)
    result = Populations(meta)
    if not periods or not kinds:
        return result
    ages = sorted({age for kind in kinds for age in AGES[kind]})
    fixed: dict[str, tuple[str, ...]] = {dim: (meta.resolve_key(dim, key),) for dim, key in FIXED.items()}
    fixed["Leeftijd"] = tuple(meta.resolve_key("Leeftijd", age) for age in ages)
    nl = national_key(meta)
    query = RegionalQuery(meta, fixed, (nl,) if nl else (), (MEASURE,), periods)
    rows = await regional_rows(client, SOURCE, base_url, query)
    cells = {
        (str(row["RegioS"]).strip(), int(str(row["Perioden"])[:4]), str(row["Leeftijd"]).strip()): row.get(
            MEASURE
        )
        for row in rows
    }
    regions = {region for region, _, _ in cells}
    for region in regions:
        for period in periods:
            year = int(period[:4])
            for kind in kinds:
                result.counts[region, year, kind] = _total([cells.get((region, year, a)) for a in AGES[kind]])
    return result


def _cell(row: dict[str, Any]) -> tuple[str, int, str]:
    return str(row["RegioS"]).strip(), int(str(row["Perioden"])[:4]), str(row["Leeftijd"]).strip()


def _total(values: list[object]) -> int | None:
    if any(not isinstance(v, int | float) or isinstance(v, bool) for v in values):
        return None  # a missing age group makes the total unknown, never smaller
    return int(sum(v for v in values if isinstance(v, int | float)))


def rate(count: int | float, population: int, kind: str) -> float:
    return round(count / population * PER[kind], 2)
