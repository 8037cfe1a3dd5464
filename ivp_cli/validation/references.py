"""References inside a plan and to reference data over time: documents named by provenance,
themes named by the table of priorities, and municipalities that existed in the plan's years."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ivp_cli.plan import catalog
from ivp_cli.plan.model import Plan, SourceDocument
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic


def reference_diagnostics(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    yield from _documents(where, plan)
    yield from _priorities(where, plan)
    yield from _existed(where, plan)


def _documents(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    documents: list[tuple[Loc, SourceDocument]] = [(("plan", "document"), plan.plan.document)]
    documents += [(("plan", "documents", d), item) for d, item in enumerate(plan.plan.documents)]
    for loc, document in documents:
        if document.id is not None and document.id in seen:
            yield where.at((*loc, "id"), "IVP228", f"the document id '{document.id}' is already used")
        seen.add(document.id or "")
    for loc, provenance in _provenances(plan):
        name = getattr(provenance, "document", None)
        if name is not None and name not in seen:
            known = ", ".join(sorted(s for s in seen if s)) or "none"
            message = f"no document has the id '{name}' (ids in plan.documents: {known})"
            yield where.at((*loc, "document"), "IVP227", message)


def _provenances(plan: Plan) -> Iterator[tuple[Loc, Any]]:
    for t, theme in enumerate(plan.themes):
        for i, indicator in enumerate(theme.indicators):
            loc: Loc = ("themes", t, "indicators", i)
            if indicator.baseline is not None:
                yield (*loc, "baseline", "provenance"), indicator.baseline.provenance
            for m, measurement in enumerate(indicator.measurements):
                yield (*loc, "measurements", m, "provenance"), measurement.provenance
            for j, judgement in enumerate(indicator.judgements):
                yield (*loc, "judgements", j, "provenance"), judgement.provenance


def _priorities(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    themes = {theme.id for theme in plan.themes}
    for p, priority in enumerate(plan.priorities):
        if priority.theme is not None and priority.theme not in themes:
            message = (
                f"the priority '{priority.title}' names the theme '{priority.theme}', which the plan has not"
            )
            yield where.at(("priorities", p, "theme"), "IVP229", message)


def _existed(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    first, last = plan.plan.period.start, plan.plan.period.end
    places: list[tuple[Loc, str, str]] = [
        (("municipality",), plan.municipality.name, plan.municipality.cbs_code)
    ]
    places += [
        (("municipality", "partners", p), partner.name, partner.cbs_code)
        for p, partner in enumerate(plan.municipality.partners)
    ]
    for loc, name, code in places:
        years = catalog.years_existed(code)
        if years is None:
            continue
        born, ended = years
        if (ended is not None and ended < first) or (born is not None and born > last):
            span = f"until {ended}" if ended is not None else f"from {born}"
            message = f"{name} ({code}) existed {span}, not in the plan period {first}-{last}"
            yield where.at((*loc, "cbs_code"), "IVP230", message)
