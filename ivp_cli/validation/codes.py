"""CBS municipality codes and fetch specs, checked against the offline catalog."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan import catalog
from ivp_cli.plan.model import FetchSpec, Indicator, Plan
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.fields import did_you_mean


def code_diagnostics(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    town = plan.municipality
    yield from _code(where, ("municipality",), town.name, town.cbs_code)
    for p, partner in enumerate(town.partners):
        yield from _code(where, ("municipality", "partners", p), partner.name, partner.cbs_code)


def _code(where: Where, loc: Loc, name: str, code: str) -> Iterator[Diagnostic]:
    known = catalog.municipalities()
    expected = catalog.code_for_name(name)
    hint = f" ({name} is {expected})" if expected else ""
    former = catalog.former_name(code)
    if former is not None:  # merged away: its years are checked with the plan period
        if former.casefold() != name.strip().casefold():
            yield where.at((*loc, "cbs_code"), "IVP210", f'{code} was the code of {former}, not of "{name}"')
        return
    if code not in known:
        yield where.at((*loc, "cbs_code"), "IVP209", f"{code} is not a CBS municipality code{hint}")
    elif not catalog.name_matches(code, name):
        message = f'{code} is the code of {known[code]}, not of "{name}"{hint}'
        yield where.at((*loc, "cbs_code"), "IVP210", message)


def fetch_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    spec = indicator.fetch
    if spec is None:
        return
    loc = (*loc, "fetch")
    if not catalog.known_table(spec.table):
        known = ", ".join(t for t in ("47013NED", "47021NED") if catalog.known_table(t))
        message = f"the table {spec.table} is not known to ivp (municipal tables: {known})"
        yield where.at((*loc, "table"), "IVP214", message)
        return
    source = catalog.table_source(spec.table)
    if source != spec.source:
        message = f"the table {spec.table} comes from source '{source}', not '{spec.source}'"
        yield where.at((*loc, "source"), "IVP221", message)
    yield from _keys(where, spec, loc)
    if catalog.measures_known(spec.table) and spec.measure not in catalog.measures(spec.table):
        choices = sorted(catalog.measures(spec.table))
        message = f"the table {spec.table} has no measure '{spec.measure}'" + did_you_mean(
            spec.measure, choices
        )
        yield where.at((*loc, "measure"), "IVP218", message)


def _keys(where: Where, spec: FetchSpec, loc: Loc) -> Iterator[Diagnostic]:
    dimensions = list(catalog.dimensions(spec.table))
    for dimension, keys in spec.keys.items():
        if dimension not in dimensions:
            message = f"the table {spec.table} has no dimension '{dimension}'" + did_you_mean(
                dimension, dimensions
            )
            yield where.at((*loc, "keys", dimension), "IVP215", message, at_key=True)
            continue
        listed = (
            [(keys, (*loc, "keys", dimension))]
            if isinstance(keys, str)
            else [(key, (*loc, "keys", dimension, n)) for n, key in enumerate(keys)]
        )
        for key, key_loc in listed:
            yield from _key(where, spec.table, dimension, key, key_loc)
    region = catalog.region_dimension(spec.table)
    if spec.region is not None and region is not None:
        yield from _key(where, spec.table, region, spec.region, (*loc, "region"))


def _key(where: Where, table: str, dimension: str, key: str, loc: Loc) -> Iterator[Diagnostic]:
    if not catalog.has_key_list(table, dimension) or key in catalog.dimension_keys(table, dimension):
        return
    padded = catalog.padded_key(table, dimension, key)
    if padded is not None:
        yield where.at(loc, "IVP217", f"'{key}' must be padded to '{padded}', exactly as {table} lists it")
    else:
        yield where.at(loc, "IVP216", f"'{key}' is not a key of {dimension} in table {table}")
