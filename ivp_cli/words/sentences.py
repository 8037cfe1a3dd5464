"""Numbers and periods as an assessment sentence writes them, Dutch (nl) and English (en).

Sentences round to one decimal ("1.234,5"); the formatting itself is `numbers`', so the status
command, the sentences and the report always write a figure the same way.
"""

from __future__ import annotations

import math

from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_number, format_period, format_value, percent_sign


def number(value: float, lang: Lang, decimals: int = 1) -> str:
    """Rounded for a sentence: 1234.5 -> '1.234,5' (nl); whole numbers without decimals."""
    rounded = round(value, decimals) if abs(value) < 1e300 else value
    whole = rounded == int(rounded) if abs(rounded) < 1e300 else True
    return format_number(rounded, lang, None if whole else decimals)


def percent(fraction: float, lang: Lang) -> str:
    return percent_sign(number(fraction * 100, lang), lang)


def value(amount: float | int | str | None, unit: str, lang: Lang) -> str:
    """A value in its unit, rounded to one decimal as sentences do."""
    if isinstance(amount, float) and math.isfinite(amount):
        amount = round(amount, 1)
    return format_value(amount, unit, lang)


def period(period_text: str, lang: Lang) -> str:
    return format_period(period_text, lang)
