"""Which observations an assessment may use on a given as-of date.

Rules (shared by every method):
- a measurement is known on `as_of` when its period has ended by then and its value is not null;
  a null value is unknown, never zero. A value marked `schatting` or `overgenomen` is set aside
  (flag `estimate_set_aside`): an estimate or last year's figure copied is no new measurement;
- numeric methods compare only periods of the same length (in months) as the baseline, or, without
  a baseline, as the latest measurement; a known measurement of another length is set aside and
  flagged `period_mismatch` (73 reports over April-August are not comparable with a whole year).
  A baseline that is a yearly average over several years compares with single years;
- a measurement counts as later than the baseline when its period midpoint lies after the
  baseline's; the latest is the one with the latest period end. A baseline without a period (the
  document gives no year) comes before every measurement, but has no time, so it cannot start a
  trend (flag `baseline_without_period`);
- times are fractional years at the period midpoint (`Period.midpoint_year`): 2022 -> 2022.5,
  April-August 2023 -> 2023.42, the average over 2015..2019 -> 2017.5; a target year T is the
  calendar year T, so its time is T + 0.5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from ivp_cli.plan.model import Baseline, Indicator, Measurement, Observation
from ivp_cli.plan.periods import Period
from ivp_cli.progress.assessment import Figure


def numeric(observation: Observation | None) -> float | None:
    """The observation's value as a finite number, or None (missing, a state, or not finite)."""
    if observation is None:
        return None
    value = observation.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def span_of(observation: Observation) -> Period:
    """The period of a dated observation (every measurement; a baseline with a period)."""
    span = observation.parsed_period
    if span is None:
        raise ValueError("this observation has no period")
    return span


def year_of(observation: Observation) -> float:
    return span_of(observation).midpoint_year


def dated(observation: Observation | None) -> bool:
    return observation is not None and observation.period is not None


@dataclass(frozen=True)
class Series:
    baseline: Baseline | None  # only when its value is known on the as-of date
    known: tuple[Measurement, ...]
    comparable: tuple[Measurement, ...]
    flags: tuple[str, ...]

    @property
    def latest(self) -> Measurement | None:
        return self.comparable[-1] if self.comparable else None

    @property
    def latest_known(self) -> Measurement | None:
        return self.known[-1] if self.known else None

    @property
    def start(self) -> Observation | None:
        """The reference point of a trend: the dated baseline, else the first comparable value."""
        if dated(self.baseline):
            return self.baseline
        return self.comparable[0] if len(self.comparable) > 1 else None

    def in_year(self, year: int) -> Measurement | None:
        """The latest comparable measurement whose period ends in `year`: the target year's own."""
        found = [m for m in self.comparable if m.parsed_period.end.year == year]
        return found[-1] if found else None

    def figures(self) -> dict[str, Figure]:
        latest = self.latest
        return {
            "baseline_value": _plain(self.baseline),
            "baseline_period": self.baseline.period if self.baseline else None,
            "latest_value": _plain(latest),
            "latest_period": latest.period if latest else None,
        }


def _plain(observation: Observation | None) -> Figure:
    if observation is None or isinstance(observation.value, bool):
        return None
    return observation.value


def select_series(indicator: Indicator, as_of: date) -> Series:
    ended = [m for m in indicator.measurements if m.value is not None and m.parsed_period.end <= as_of]
    flags = ["estimate_set_aside"] if any(m.value_status for m in ended) else []
    known = tuple(
        sorted(
            (m for m in ended if m.value_status is None),
            key=lambda m: (m.parsed_period.end, m.parsed_period.start),
        )
    )
    baseline, baseline_flags = _usable_baseline(indicator.baseline, as_of)
    flags += baseline_flags
    if baseline is not None and baseline.period is not None:
        months = 12 if baseline.average else span_of(baseline).months
        after = [m for m in known if year_of(m) > year_of(baseline)]
    else:
        months = known[-1].parsed_period.months if known else 0
        after = list(known)
    comparable = tuple(m for m in after if m.parsed_period.months == months)
    if len(comparable) < len(after):
        flags.append("period_mismatch")
    return Series(baseline, known, comparable, tuple(flags))


def _usable_baseline(baseline: Baseline | None, as_of: date) -> tuple[Baseline | None, list[str]]:
    if baseline is None:
        return None, []
    if baseline.value is None:
        return None, ["baseline_unknown"]
    span = baseline.parsed_period
    if span is None:
        return baseline, ["baseline_without_period"]
    if span.end > as_of:
        return None, ["baseline_after_as_of"]
    return baseline, []
