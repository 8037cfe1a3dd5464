"""Indicators matched by id across the whole plan: added, removed, renamed, moved, and their data."""

from __future__ import annotations

from ivp_cli.diff.account import diff_explanations
from ivp_cli.diff.targets import compare_targets, infer_direction
from ivp_cli.diff.types import Change
from ivp_cli.plan.model import Baseline, Indicator, Plan, Target, Theme

Located = dict[str, tuple[Theme, Indicator]]


def diff_indicators(old: Plan, new: Plan) -> list[Change]:
    old_found: Located = {indicator.id: (theme, indicator) for theme, indicator in old.indicators()}
    new_found: Located = {indicator.id: (theme, indicator) for theme, indicator in new.indicators()}
    changes: list[Change] = []
    for theme, indicator in new.indicators():
        where = _where(theme, indicator)
        if indicator.id not in old_found:
            changes.append(Change("indicator_added", new=indicator.name, **where))
            continue
        old_theme, old_indicator = old_found[indicator.id]
        if old_theme.id != theme.id:
            changes.append(Change("indicator_moved", old=old_theme.title, new=theme.title, **where))
        changes.extend(_indicator(old_indicator, indicator, (old, new), where))
    for theme, indicator in old.indicators():
        if indicator.id not in new_found:
            changes.append(Change("indicator_removed", old=indicator.name, **_where(theme, indicator)))
    return changes


def _where(theme: Theme, indicator: Indicator) -> dict[str, str]:
    return {
        "theme": theme.id,
        "theme_title": theme.title,
        "indicator": indicator.id,
        "indicator_name": indicator.name,
        "unit": indicator.unit,
    }


def _indicator(
    old: Indicator, new: Indicator, plans: tuple[Plan, Plan], where: dict[str, str]
) -> list[Change]:
    changes: list[Change] = []
    if old.name != new.name:
        changes.append(Change("indicator_renamed", old=old.name, new=new.name, **where))
    for name in ("unit", "direction", "source"):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            changes.append(Change("field_changed", old=before, new=after, field=f"indicator.{name}", **where))
    if old.fetch != new.fetch:
        changes.append(
            Change("field_changed", old=old.fetch, new=new.fetch, field="indicator.fetch", **where)
        )
    changes.extend(_targets(old, new, plans, where))
    changes.extend(_baseline(old.baseline, new.baseline, where))
    changes.extend(_measurements(old, new, where))
    changes.extend(diff_explanations(old.explanations, new.explanations, where))
    return changes


def _targets(old: Indicator, new: Indicator, plans: tuple[Plan, Plan], where: dict[str, str]) -> list[Change]:
    """Targets are paired by position: plans list them in a fixed order, usually one each."""
    good = new.direction or old.direction or infer_direction(*new.targets, *old.targets)
    baselines = (_number(old.baseline), _number(new.baseline))
    changes: list[Change] = []
    for before, after in zip(old.targets, new.targets, strict=False):
        years = (_year(before, plans[0]), _year(after, plans[1]))
        verdict = compare_targets(before, after, good, baselines, years)
        if verdict != "same":
            shown = _with_years(before, after, years)
            changes.append(Change(f"target_{verdict}", old=shown[0], new=shown[1], **where))
        elif (before.text or "") != (after.text or ""):
            changes.append(
                Change("target_text_changed", old=before.text or "", new=after.text or "", **where)
            )
    changes.extend(
        Change("target_removed", old=target, **where) for target in old.targets[len(new.targets) :]
    )
    changes.extend(Change("target_added", new=target, **where) for target in new.targets[len(old.targets) :])
    return changes


def _with_years(before: Target, after: Target, years: tuple[int, int]) -> tuple[Target, Target]:
    """Name the implied target years when the plan period moved them, or the change reads as none."""
    if years[0] == years[1] or (before.year is not None and after.year is not None):
        return before, after
    return before.model_copy(update={"year": years[0]}), after.model_copy(update={"year": years[1]})


def _year(target: Target, plan: Plan) -> int:
    return target.year if target.year is not None else plan.plan.period.end


def _number(baseline: Baseline | None) -> float | None:
    if baseline is None or isinstance(baseline.value, str) or baseline.value is None:
        return None
    return float(baseline.value)


def _baseline(old: Baseline | None, new: Baseline | None, where: dict[str, str]) -> list[Change]:
    if old is None and new is None:
        return []
    if old is None and new is not None:
        return [Change("baseline_added", new=new.value, period=new.period, how=new.provenance, **where)]
    if new is None and old is not None:
        return [Change("baseline_removed", old=old.value, period=old.period, **where)]
    assert old is not None and new is not None
    if (old.value, old.period, old.margin) == (new.value, new.period, new.margin):
        return []
    return [
        Change(
            "baseline_revised",
            old=old.value,
            new=new.value,
            old_period=old.period,
            period=new.period,
            how=new.provenance,
            **where,
        )
    ]


def _measurements(old: Indicator, new: Indicator, where: dict[str, str]) -> list[Change]:
    before = {measurement.period: measurement for measurement in old.measurements}
    after = {measurement.period: measurement for measurement in new.measurements}
    changes: list[Change] = []
    for period, measurement in after.items():
        previous = before.get(period)
        if previous is None:
            changes.append(
                Change(
                    "measurement_added",
                    new=measurement.value,
                    period=period,
                    how=measurement.provenance,
                    **where,
                )
            )
        elif previous.value != measurement.value:
            changes.append(
                Change(
                    "measurement_changed",
                    old=previous.value,
                    new=measurement.value,
                    period=period,
                    how=measurement.provenance,
                    **where,
                )
            )
    changes.extend(
        Change("measurement_removed", old=measurement.value, period=period, **where)
        for period, measurement in before.items()
        if period not in after
    )
    return changes
