"""The nine statuses of an assessment, and how they are written: a label, a word and a symbol."""

from __future__ import annotations

from enum import StrEnum

from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text


class Status(StrEnum):
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not_achieved"
    ON_TRACK = "on_track"
    BEHIND_SCHEDULE = "behind_schedule"
    NO_PROGRESS = "no_progress"
    DETERIORATING = "deteriorating"
    INSUFFICIENT_DATA = "insufficient_data"
    NOT_ASSESSABLE = "not_assessable"
    MONITOR_ONLY = "monitor_only"


# The judged statuses from best to worst: the order of `--fail-on` and of "the worst part decides".
# The other three say why there is no judgement and stay outside it.
STATUS_ORDER: tuple[Status, ...] = (
    Status.ACHIEVED,
    Status.ON_TRACK,
    Status.BEHIND_SCHEDULE,
    Status.NO_PROGRESS,
    Status.DETERIORATING,
    Status.NOT_ACHIEVED,
)

# A final verdict: the target year has been measured.
FINAL: frozenset[Status] = frozenset({Status.ACHIEVED, Status.NOT_ACHIEVED})

# One symbol per status so it reads without colour, in the terminal and in reports alike.
STATUS_SYMBOLS: dict[Status, str] = {
    Status.ACHIEVED: "✓",
    Status.NOT_ACHIEVED: "✗",
    Status.ON_TRACK: "↗",
    Status.BEHIND_SCHEDULE: "!",
    Status.NO_PROGRESS: "→",
    Status.DETERIORATING: "↘",
    Status.INSUFFICIENT_DATA: "?",
    Status.NOT_ASSESSABLE: "–",
    Status.MONITOR_ONLY: "○",
}


def status_label(status: Status, lang: Lang) -> str:
    """'Behaald': the label of a table cell or a heading."""
    return text(lang, f"status.{status.value}")


def status_word(status: Status, lang: Lang) -> str:
    """'behaald': the label inside a sentence."""
    label = status_label(status, lang)
    return label[0].lower() + label[1:]


def status_symbol(status: Status) -> str:
    return STATUS_SYMBOLS[status]


def status_with_symbol(status: Status, lang: Lang) -> str:
    """'✓ behaald': a symbol and a word, so it reads without colour."""
    return f"{status_symbol(status)} {status_word(status, lang)}"
