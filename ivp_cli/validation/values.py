"""Values that fit the schema but not their indicator: units, states, ranges, Dutch spellings."""

from __future__ import annotations

from collections.abc import Iterator

from ivp_cli.plan.model import (
    AbsoluteTarget,
    Baseline,
    Indicator,
    LevelOfYear,
    MilestoneTarget,
    Observation,
    Target,
    Tolerance,
)
from ivp_cli.plan.periods import parse_period
from ivp_cli.validation.context import Loc, Where
from ivp_cli.validation.diagnostics import Diagnostic
from ivp_cli.validation.numbers import thousands_guess
from ivp_cli.validation.value_rules import Problem, listed, milestone_states, number_problems, value_problems

_NEEDS_BASELINE = ("at_most_baseline", "at_least_baseline", "equal_to_baseline", "relative_to_baseline")


def value_diagnostics(where: Where, indicator: Indicator, loc: Loc) -> Iterator[Diagnostic]:
    states = milestone_states(indicator)
    observed: list[tuple[Loc, Observation]] = (
        [(("baseline",), indicator.baseline)] if indicator.baseline else []
    )
    observed += [(("measurements", m), item) for m, item in enumerate(indicator.measurements)]
    average = indicator.baseline is not None and indicator.baseline.average
    for sub, observation in observed:
        problems = value_problems(indicator, observation.value, states, average and sub == ("baseline",))
        yield from (_located(where, (*loc, *sub, "value"), problem) for problem in problems)
    if indicator.per is not None and indicator.unit != "per_10000":
        message = f"'per' names the group of a per_10000 rate; unit '{indicator.unit}' has none"
        yield where.at((*loc, "per"), "IVP224", message)
    if indicator.baseline is not None and indicator.baseline.average:
        yield from _average(where, indicator.baseline, (*loc, "baseline"))
    for k, target in enumerate(indicator.targets):
        target_loc = (*loc, "targets", k)
        yield from _target_rules(where, indicator, target, target_loc)
        if isinstance(target, AbsoluteTarget):
            problems = number_problems(indicator, target.value)
            yield from (_located(where, (*target_loc, "value"), problem) for problem in problems)
        if isinstance(target, MilestoneTarget) and target.target_state not in target.states:
            message = (
                f"the target state '{target.target_state}' is not one of the states: {listed(target.states)}"
            )
            yield where.at((*target_loc, "target_state"), "IVP212", message)
        has_baseline = indicator.baseline is not None and indicator.baseline.value is not None
        if target.type in _NEEDS_BASELINE and not has_baseline:
            message = "this target is measured against the baseline, whose value is still empty"
            yield where.at(target_loc, "IVP291", message, "warning")


def _target_rules(where: Where, indicator: Indicator, target: Target, loc: Loc) -> Iterator[Diagnostic]:
    if (
        isinstance(target, Tolerance)
        and target.tolerance is not None
        and target.tolerance_percent is not None
    ):
        message = "give the margin once: 'tolerance' (in the unit) or 'tolerance_percent', not both"
        yield where.at((*loc, "tolerance_percent"), "IVP225", message)
    if isinstance(target, LevelOfYear):
        year = parse_period(str(target.level_year))
        observed = [indicator.baseline, *indicator.measurements]
        if not any(o is not None and o.parsed_period == year and o.value is not None for o in observed):
            message = f"no baseline or measurement of {target.level_year} gives the level to compare with"
            yield where.at((*loc, "level_year"), "IVP292", message, "warning")


def _average(where: Where, baseline: Baseline, loc: Loc) -> Iterator[Diagnostic]:
    span = baseline.parsed_period
    whole_years = span is not None and span.start.month == 1 and span.end.month == 12
    if span is None or not whole_years or span.start.year == span.end.year:
        message = "an average baseline covers several whole years: write its period as 2015..2019"
        yield where.at((*loc, "period") if span else loc, "IVP226", message)


def _located(where: Where, loc: Loc, problem: Problem) -> Diagnostic:
    if problem.code != "IVP207":
        return where.at(loc, problem.code, problem.message, problem.severity)
    line, col = where.position(loc)
    guess = thousands_guess(where.token(line, col))
    message = problem.message
    if guess:
        message += f"; did you mean {guess}? write numbers without thousands separators"
    return Diagnostic(where.path, line, col, problem.code, message, problem.severity)
