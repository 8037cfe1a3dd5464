"""Demonstration figures for the stand-in server: invented values near each plan's baseline.

Nothing here is a real figure. The values are chosen so the demo shows every kind of verdict:
some indicators stay within their margin, some rise beyond it, some fall. Each fetchable
indicator gets yearly values from its baseline year to the last complete year before `today`,
spread over the months (the police tables are monthly) and, where the table has them, as year
totals too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from demo.odata_tables import Table, periods, standard_tables
from ivp_cli.load import LoadedPlan
from ivp_cli.plan.model import Indicator

# Per indicator in turn: the change against the baseline one and two years after it.
PATTERNS = (
    (1.25, 0.9, 0.75),
    (1.4, 2.0, 2.9),
    (1.1, 1.0, 0.95),
    (1.02, 1.06, 1.12),
    (0.95, 0.9, 0.82),
    (1.0, 1.15, 1.3),
)
START_WITHOUT_BASELINE = 40  # an indicator that has no baseline starts here (monitor only)


def demo_status(year: int, last_year: int) -> str:
    return "Voorlopig" if year == last_year else "Nader voorlopig" if year == last_year - 1 else "Definitief"


def demo_tables(plans: list[LoadedPlan], today: date) -> dict[str, Table]:
    """The stand-in's tables with periods up to the last complete month and the demo values set."""
    last_year = today.year - 1
    tables = standard_tables()
    for table in (t for t in tables.values() if any("MM" in row["Key"] for row in t.periods)):
        months_until = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        yearly = any("JJ" in row["Key"] for row in table.periods)
        table.periods = periods(
            range(2021, today.year + 1), months_until, yearly, lambda y: demo_status(y, last_year)
        )
    for number, (region, indicator) in enumerate(_fetchable(plans)):
        spec = indicator.fetch
        assert spec is not None
        table = tables.get(spec.table)
        if table is None:
            continue
        for year, value in yearly_values(indicator, number, last_year).items():
            _set_year(table, spec.keys, region, year, value)
    return tables


def _fetchable(plans: list[LoadedPlan]) -> Iterator[tuple[str, Indicator]]:
    for loaded in plans:
        for _, indicator in loaded.plan.indicators():
            if indicator.fetch is not None:
                yield indicator.fetch.region or loaded.plan.municipality.cbs_code, indicator


def yearly_values(indicator: Indicator, number: int, last_year: int) -> dict[int, int]:
    baseline = indicator.baseline
    value = baseline.value if baseline is not None else None
    start = value if isinstance(value, int) and not isinstance(value, bool) else START_WITHOUT_BASELINE
    first = baseline.parsed_period.start.year if baseline is not None else last_year - 2
    later = PATTERNS[number % len(PATTERNS)]
    values = {first: start}
    for step, year in enumerate(range(first + 1, last_year + 1)):
        factor = later[min(step, len(later) - 1)]
        values[year] = max(0, round(start * factor)) if start else step + 1
    return values


def _set_year(table: Table, keys: dict[str, str | list[str]], region: str, year: int, total: int) -> None:
    cell = {name: key if isinstance(key, str) else key[0] for name, key in keys.items()}
    region_dimension = next(name for name in table.dimensions if name.startswith("Regio"))
    cell[region_dimension] = region
    base, extra = divmod(total, 12)
    for month in range(1, 13):
        table.set(base + (1 if month <= extra else 0), **cell, Perioden=f"{year}MM{month:02d}")
    table.set(total, **cell, Perioden=f"{year}JJ00")
