"""Numbers, periods and statuses as words in assessment sentences, Dutch (nl) and English (en).

The formatting itself lives in `formatting` and the status labels in the `i18n` table, so the
status command, the sentences and the report always write a figure the same way.
"""

from __future__ import annotations

import math

from ivp_cli.progress.assessment import Status
from ivp_cli.words.numbers import Lang as Lang
from ivp_cli.words.numbers import format_number, format_period, format_value
from ivp_cli.words.phrases import LANGS as LANGS
from ivp_cli.words.phrases import text


def _status_word(lang: Lang, status: Status) -> str:
    label = text(lang, f"status.{status.value}")
    return label[0].lower() + label[1:]


STATUS_WORDS: dict[Lang, dict[Status, str]] = {
    lang: {status: _status_word(lang, status) for status in Status} for lang in LANGS
}


def number(value: float, lang: Lang, decimals: int = 1) -> str:
    """Rounded for a sentence: 1234.5 -> '1.234,5' (nl); whole numbers without decimals."""
    rounded = round(value, decimals) if abs(value) < 1e300 else value
    whole = rounded == int(rounded) if abs(rounded) < 1e300 else True
    return format_number(rounded, lang, None if whole else decimals)


def percent(fraction: float, lang: Lang) -> str:
    figure = number(fraction * 100, lang)
    return f"{figure} %" if lang == "nl" else f"{figure}%"


def value(amount: float | int | str | None, unit: str, lang: Lang) -> str:
    """A value in its unit, rounded to one decimal as sentences do."""
    if isinstance(amount, float) and math.isfinite(amount):
        amount = round(amount, 1)
    return format_value(amount, unit, lang)


def period(period_text: str, lang: Lang) -> str:
    return format_period(period_text, lang)
