"""What every method gets (the indicator, one target, the usable series) and how it answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ivp_cli.plan.model import Indicator, Observation, Target
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.series import Series
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import Lang
from ivp_cli.words.status import Status


@dataclass(frozen=True)
class Sentence:
    nl: str
    en: str


@dataclass(frozen=True)
class Context:
    indicator: Indicator
    theme_id: str
    target: Target
    target_year: int
    as_of: date
    series: Series

    def result(
        self,
        status: Status,
        method: str,
        sentence: Sentence,
        figures: dict[str, Figure] | None = None,
        flags: tuple[str, ...] = (),
    ) -> Assessment:
        shown = self.series.latest or self.series.latest_known
        return Assessment(
            theme_id=self.theme_id,
            indicator_id=self.indicator.id,
            status=status,
            method=method,
            baseline=self.indicator.baseline,
            latest=shown,
            target=self.target,
            target_year=self.target_year,
            figures={**self.series.figures(), "target_year": self.target_year, **(figures or {})},
            explanation={"nl": sentence.nl, "en": sentence.en},
            flags=tuple(dict.fromkeys((*self.series.flags, *flags))),
        )

    def value(self, amount: float | int | str | None, lang: Lang) -> str:
        return text.value(amount, self.indicator.unit, lang)

    def at(self, observation: Observation, lang: Lang) -> str:
        """'4 in 2022' / '73 in april–augustus 2023'."""
        return f"{self.value(observation.value, lang)} in {text.period(observation.period, lang)}"

    def insufficient(self, method: str, figures: dict[str, Figure] | None = None) -> Assessment:
        return self.result(Status.INSUFFICIENT_DATA, method, self.missing_sentence(), figures)

    def missing_sentence(self) -> Sentence:
        series, baseline = self.series, self.series.baseline
        if "period_mismatch" in series.flags and series.latest is None and series.latest_known:
            other = series.latest_known
            return Sentence(
                f"De meting ({self.at(other, 'nl')}) beslaat een andere periode dan de nulmeting; "
                "die zijn niet te vergelijken.",
                f"The measurement ({self.at(other, 'en')}) covers a different period than the "
                "baseline; they cannot be compared.",
            )
        if baseline is not None:
            return Sentence(
                f"Alleen de nulmeting is bekend ({self.at(baseline, 'nl')}); er is nog geen latere meting.",
                f"Only the baseline is known ({self.at(baseline, 'en')}); there is no later measurement yet.",
            )
        if series.latest is not None:
            return Sentence(
                f"Er is maar één bekende waarde ({self.at(series.latest, 'nl')}); "
                "voor een ontwikkeling zijn er twee nodig.",
                f"Only one value is known ({self.at(series.latest, 'en')}); a trend needs two.",
            )
        return Sentence("Er is nog geen bekende waarde.", "No value is known yet.")
