"""Numbers, percentages, dates and periods written the Dutch (or English) way.

Dutch style: "1.234", "12,5 %", "1 januari 2026". Plain spaces, so the text reads the same in a
terminal, a Markdown agenda system and a browser.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Literal

from ivp_cli.plan.periods import parse_period

Lang = Literal["nl", "en"]

MONTHS: dict[Lang, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_HALVES: dict[Lang, tuple[str, str]] = {
    "nl": ("eerste halfjaar", "tweede halfjaar"),
    "en": ("first half of", "second half of"),
}
_UNKNOWN: dict[Lang, str] = {"nl": "onbekend", "en": "unknown"}
_PER_1000: dict[Lang, str] = {"nl": "per 1.000 inwoners", "en": "per 1,000 inhabitants"}


def format_number(value: float, lang: Lang, decimals: int | None = None) -> str:
    """Thousands grouped, at most two decimals unless `decimals` is given, no trailing zeros."""
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    places = 2 if decimals is None else decimals
    text = f"{value:,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-0.0"):
        text = "0"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(value: float, lang: Lang, decimals: int | None = None) -> str:
    number = format_number(value, lang, decimals)
    return f"{number} %" if lang == "nl" else f"{number}%"


def format_value(amount: object, unit: str, lang: Lang, decimals: int | None = None) -> str:
    """A plan value in its unit; None is unknown, never zero; a state reads as written."""
    if amount is None:
        return _UNKNOWN[lang]
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return " ".join(str(amount).split())
    if unit == "percentage":
        return format_percent(amount, lang, decimals)
    number = format_number(amount, lang, decimals)
    return f"{number} {_PER_1000[lang]}" if unit == "per_1000_inhabitants" else number


def format_date(day: date, lang: Lang) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def format_period(text: str, lang: Lang) -> str:
    """'2023-04..2023-08' -> 'april – augustus 2023'; text that is no period is returned as written."""
    try:
        span = parse_period(text)
    except ValueError:
        return text
    first, last, months = span.start, span.end, MONTHS[lang]
    if first.month == 1 and last.month == 12:
        return str(first.year) if first.year == last.year else f"{first.year} – {last.year}"
    if span.months == 6 and first.month in (1, 7):
        return f"{_HALVES[lang][first.month // 7]} {first.year}"
    if span.months == 1:
        return f"{months[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{months[first.month - 1]} – {months[last.month - 1]} {first.year}"
    return f"{months[first.month - 1]} {first.year} – {months[last.month - 1]} {last.year}"
