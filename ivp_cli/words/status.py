"""The six statuses of an assessment, and how they are written: a label, a word and a symbol."""

from __future__ import annotations

from enum import StrEnum

from ivp_cli.words.lang import Lang
from ivp_cli.words.phrases import text


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    BEHIND_SCHEDULE = "behind_schedule"
    DETERIORATING = "deteriorating"
    INSUFFICIENT_DATA = "insufficient_data"
    NOT_ASSESSABLE = "not_assessable"


# One symbol per status so it reads without colour, in the terminal and in reports alike.
STATUS_SYMBOLS: dict[Status, str] = {
    Status.ACHIEVED: "✓",
    Status.ON_TRACK: "↗",
    Status.BEHIND_SCHEDULE: "!",
    Status.DETERIORATING: "✗",
    Status.INSUFFICIENT_DATA: "?",
    Status.NOT_ASSESSABLE: "–",
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
