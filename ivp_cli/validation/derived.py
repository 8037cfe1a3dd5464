"""Rates and comparisons: a per-capita fetch needs the unit it yields; a comparison needs fetching."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan.model import Indicator, ReferenceTarget
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic

_UNIT_OF = {"per_1000_inhabitants": "per_1000_inhabitants", "per_10000_youth": "per_10000"}


def derived_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    spec = indicator.fetch
    if spec is not None and spec.per_capita is not None and indicator.unit != _UNIT_OF[spec.per_capita]:
        message = (
            f"fetch.per_capita '{spec.per_capita}' gives values in '{_UNIT_OF[spec.per_capita]}', "
            f"but the indicator's unit is '{indicator.unit}'"
        )
        yield where.at((*loc, "fetch", "per_capita"), "IVP232", message)
    compared = spec is not None and spec.compare
    for k, target in enumerate(indicator.targets):
        if isinstance(target, ReferenceTarget) and target.reference.comparison and not compared:
            message = (
                f"the reference '{target.reference.name}' takes the fetched comparison "
                f"'{target.reference.comparison}', but the fetch spec does not ask for it (compare: true)"
            )
            yield where.at((*loc, "targets", k, "reference"), "IVP294", message, "warning")
