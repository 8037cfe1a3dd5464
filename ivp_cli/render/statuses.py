"""A status as the report shows it: a key for its colour, a label and a symbol, by its value.

Reports look statuses up by their value (`"monitor_only"`), not by enum member, so a status that
progress adds later reads right as soon as it has a label. An indicator that is only followed
(method "monitor") is shown as "alleen gevolgd", neutral, whatever status it was given.
"""

from __future__ import annotations

from dataclasses import dataclass

from ivp_cli.progress.assessment import Assessment
from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text
from ivp_cli.words.status import STATUS_SYMBOLS

# Worst judged last, then the statuses that are no judgement; the overview counts in this order.
JUDGED = ("achieved", "on_track", "behind_schedule", "no_progress", "not_achieved", "deteriorating")
UNJUDGED = ("insufficient_data", "not_assessable", "monitor_only")
ORDER = JUDGED + UNJUDGED
IN_SENTENCE = {"no_progress": "overview.no_progress"}  # labels that do not follow a number
_SYMBOLS = {"no_progress": "→", "not_achieved": "✗", "monitor_only": "·"} | {
    status.value: symbol for status, symbol in STATUS_SYMBOLS.items()
}


@dataclass(frozen=True)
class StatusView:
    key: str
    label: str
    symbol: str


def status_key(assessment: Assessment) -> str:
    return "monitor_only" if assessment.method == "monitor" else str(assessment.status.value)


def status_view(key: str, lang: Lang) -> StatusView:
    return StatusView(key, text(lang, f"status.{key}"), _SYMBOLS.get(key, "–"))


def status_word(key: str, lang: Lang) -> str:
    """'achter op schema': the label inside a sentence ('3 behaald en 1 zonder vooruitgang')."""
    label = text(lang, IN_SENTENCE.get(key, f"status.{key}"))
    return label[0].lower() + label[1:]
