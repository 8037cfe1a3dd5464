"""Rules beyond the schema: ids, periods and target years (values and codes in checks_*.py)."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan.model import Action, Indicator, Plan
from ivp_cli.validation.codes import code_diagnostics, fetch_diagnostics
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.derived import derived_diagnostics
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.references import reference_diagnostics
from ivp_cli.validation.sanity import sanity_diagnostics
from ivp_cli.validation.values import value_diagnostics


def run_checks(where: Where, plan: Plan) -> list[Diagnostic]:
    found = [*_unique_ids(where, plan), *_unique_action_ids(where, plan), *_plan_period(where, plan)]
    found += [*code_diagnostics(where, plan), *reference_diagnostics(where, plan)]
    for t, theme in enumerate(plan.themes):
        for i, indicator in enumerate(theme.indicators):
            loc = ("themes", t, "indicators", i)
            found += _target_years(where, plan, indicator, loc)
            found += value_diagnostics(where, indicator, loc)
            found += fetch_diagnostics(where, indicator, loc)
            found += derived_diagnostics(where, indicator, loc)
            found += sanity_diagnostics(where, indicator, loc)
    for t, theme in enumerate(plan.themes):
        if not (theme.description or theme.goals or theme.approach or theme.actions or theme.indicators):
            message = f"the theme '{theme.id}' is still empty: no description, goals, actions or indicators"
            found.append(where.at(("themes", t), "IVP290", message, "warning"))
    return found


def _unique_ids(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    themes: dict[str, Loc] = {}
    indicators: dict[str, Loc] = {}
    for t, theme in enumerate(plan.themes):
        theme_loc = ("themes", t, "id")
        if theme.id in themes:
            first = where.line_of(themes[theme.id])
            message = f"the theme id '{theme.id}' is already used on line {first}"
            yield where.at(theme_loc, "IVP201", message)
        themes.setdefault(theme.id, theme_loc)
        for i, indicator in enumerate(theme.indicators):
            loc = ("themes", t, "indicators", i, "id")
            if indicator.id in indicators:
                first = where.line_of(indicators[indicator.id])
                message = f"the indicator id '{indicator.id}' is already used on line {first}"
                yield where.at(loc, "IVP202", message)
            indicators.setdefault(indicator.id, loc)


def _unique_action_ids(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    """`ivp record --action ID` must find one action: ids are unique over the whole plan."""
    places: list[tuple[tuple[str | int, ...], Action]] = [
        (("themes", t, "actions", a), action)
        for t, theme in enumerate(plan.themes)
        for a, action in enumerate(theme.actions)
    ]
    places += [(("actions", a), action) for a, action in enumerate(plan.actions)]
    seen: dict[str, int] = {}
    for loc, action in places:
        if action.id is None:
            continue
        if action.id in seen:
            message = f"the action id '{action.id}' is already used on line {seen[action.id]}"
            yield where.at((*loc, "id"), "IVP233", message)
        seen.setdefault(action.id, where.line_of((*loc, "id")))


def _plan_period(where: Where, plan: Plan) -> Iterator[Diagnostic]:
    period = plan.plan.period
    if period.start > period.end:
        message = f"the plan period starts in {period.start} but ends earlier, in {period.end}"
        yield where.at(("plan", "period", "start"), "IVP205", message)


def _target_years(
    where: Where, plan: Plan, indicator: Indicator, loc: tuple[int | str, ...]
) -> Iterator[Diagnostic]:
    first, last = plan.plan.period.start, plan.plan.period.end
    for k, target in enumerate(indicator.targets):
        target_loc = (*loc, "targets", k)
        if target.year is not None and first <= last and not first <= target.year <= last:
            message = f"the target year {target.year} lies outside the plan period {first}-{last}"
            # Budgets and annual reports restate earlier years' targets: worth a look, not an error.
            yield where.at((*target_loc, "year"), "IVP293", message, "warning")
        year = target.year if target.year is not None else last
        baseline = indicator.baseline
        span = None if baseline is None else baseline.parsed_period
        if baseline is not None and span is not None and span.end.year >= year:
            message = f"the baseline period {baseline.period} does not lie before the target year {year}"
            yield where.at((*loc, "baseline", "period"), "IVP203", message)
