"""Which observations an assessment may use on a given as-of date.

Rules (shared by every method):
- a measurement is known on `as_of` when its period has ended by then and its value is not null;
  a null value is unknown, never zero;
- numeric methods compare only periods of the same length (in months) as the baseline, or, without
  a baseline, as the latest measurement; a known measurement of another length is set aside and
  flagged `period_mismatch` (73 reports over April-August are not comparable with a whole year);
- a measurement counts as later than the baseline when its period midpoint lies after the
  baseline's; the latest is the one with the latest period end.
- times are fractional years at the period midpoint (`Period.midpoint_year`): 2022 -> 2022.5,
  April-August 2023 -> 2023.42; a target year T is the calendar year T, so its time is T + 0.5.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from ivp_cli.plan.model import Baseline, Indicator, Measurement, Observation
from ivp_cli.progress.assessment import Figure


def numeric(observation: Observation | None) -> float | None:
    """The observation's value as a finite number, or None (missing, a state, or not finite)."""
    if observation is None:
        return None
    value = observation.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def year_of(observation: Observation) -> float:
    return observation.parsed_period.midpoint_year


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
        """The reference point of a trend: the known baseline, else the first comparable value."""
        if self.baseline is not None:
            return self.baseline
        return self.comparable[0] if len(self.comparable) > 1 else None

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
    known = tuple(
        sorted(
            (m for m in indicator.measurements if m.value is not None and m.parsed_period.end <= as_of),
            key=lambda m: (m.parsed_period.end, m.parsed_period.start),
        )
    )
    baseline, flags = _usable_baseline(indicator.baseline, as_of)
    if baseline is not None:
        months = baseline.parsed_period.months
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
    if baseline.parsed_period.end > as_of:
        return None, ["baseline_after_as_of"]
    return baseline, []
