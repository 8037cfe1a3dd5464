"""What every method gets (the indicator, one target, the usable series) and how it answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ivp_cli.plan.model import Indicator, Judgement, MonitorOnly, Observation, Target
from ivp_cli.progress.assessment import Assessment, Figure
from ivp_cli.progress.series import Series
from ivp_cli.words import sentences as text
from ivp_cli.words.lang import LANGS, Lang
from ivp_cli.words.status import FINAL, Status
from ivp_cli.words.targets import typed_target


@dataclass(frozen=True)
class Sentence:
    nl: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Context:
    """One target of one indicator. `series` holds what was known on `as_of` and no later than the
    end of the target year: a later value judges a later target, never this one. `final` says the
    target year itself has been measured, so the verdict is achieved or not_achieved."""

    indicator: Indicator
    theme_id: str
    target: Target
    target_year: int
    as_of: date
    series: Series
    final: bool = False
    judgement: Judgement | None = None

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
            explanation={lang: f"{self.head(lang)}{sentence.get(lang)}" for lang in LANGS},
            flags=tuple(dict.fromkeys((*self.series.flags, *flags))),
            final=status in FINAL and (self.final or method == "judgement"),
        )

    def head(self, lang: Lang) -> str:
        """'Doel voor 2027: hoogstens 25 %. ': every sentence names its target and year (none without one)."""
        if isinstance(self.target, MonitorOnly):
            return ""
        goal = typed_target(self.target, self.indicator.unit, lang, per=self.indicator.per)
        return text.target_head(goal, self.target_year, lang) + " "

    def value(self, amount: float | int | str | None, lang: Lang, decimals: int | None = None) -> str:
        return text.value(amount, self.indicator.unit, lang, decimals=decimals, per=self.indicator.per)

    def at(self, observation: Observation, lang: Lang) -> str:
        """'4 in 2022' / '73 in april–augustus 2023' / '6,9 (jaar onbekend)'."""
        return text.at(self.value(observation.value, lang, observation.decimals), observation.period, lang)

    def insufficient(self, method: str, figures: dict[str, Figure] | None = None) -> Assessment:
        return self.result(Status.INSUFFICIENT_DATA, method, self.missing_sentence(), figures)

    def missing_sentence(self) -> Sentence:
        series, baseline = self.series, self.series.baseline
        if "period_mismatch" in series.flags and series.latest is None and series.latest_known:
            other = series.latest_known
            return Sentence(
                f"De meting ({self.at(other, 'nl')}) beslaat een andere periode dan de nulmeting. "
                "Die zijn niet te vergelijken.",
                f"The measurement ({self.at(other, 'en')}) covers a different period than the "
                "baseline; they cannot be compared.",
            )
        if baseline is not None and series.latest is not None:
            return Sentence(
                f"De nulmeting ({self.at(baseline, 'nl')}) heeft geen jaar, en er is maar één meting "
                f"({self.at(series.latest, 'nl')}). Een tempo is nog niet te berekenen.",
                f"The baseline ({self.at(baseline, 'en')}) has no year, and there is only one "
                f"measurement ({self.at(series.latest, 'en')}). No pace can be computed yet.",
            )
        if baseline is not None:
            return Sentence(
                f"Alleen de nulmeting is bekend ({self.at(baseline, 'nl')}). Er is nog geen latere meting.",
                f"Only the baseline is known ({self.at(baseline, 'en')}). There is no later measurement yet.",
            )
        if series.latest is not None:
            return Sentence(
                f"Er is maar één bekende waarde ({self.at(series.latest, 'nl')}). "
                "Voor een ontwikkeling zijn er twee nodig.",
                f"Only one value is known ({self.at(series.latest, 'en')}). A trend needs two.",
            )
        return Sentence("Er is nog geen bekende waarde.", "No value is known yet.")
