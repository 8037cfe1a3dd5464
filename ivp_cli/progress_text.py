"""Numbers, periods and statuses as words, in Dutch (nl) and English (en)."""

from __future__ import annotations

import math
from typing import Literal

from ivp_cli.assessment import Status
from ivp_cli.periods import parse_period

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")

STATUS_WORDS: dict[Lang, dict[Status, str]] = {
    "nl": {
        Status.ACHIEVED: "behaald",
        Status.ON_TRACK: "op koers",
        Status.BEHIND_SCHEDULE: "achter op schema",
        Status.DETERIORATING: "verslechterd",
        Status.INSUFFICIENT_DATA: "onvoldoende gegevens",
        Status.NOT_ASSESSABLE: "niet beoordeelbaar",
    },
    "en": {
        Status.ACHIEVED: "achieved",
        Status.ON_TRACK: "on track",
        Status.BEHIND_SCHEDULE: "behind schedule",
        Status.DETERIORATING: "deteriorating",
        Status.INSUFFICIENT_DATA: "insufficient data",
        Status.NOT_ASSESSABLE: "not assessable",
    },
}

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}


def number(value: float, lang: Lang, decimals: int = 1) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en); whole numbers without decimals."""
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    rounded = round(value, decimals)
    text = f"{rounded:,.0f}" if rounded == int(rounded) else f"{rounded:,.{decimals}f}"
    if text in ("-0", "-0.0"):
        text = text[1:]
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def percent(fraction: float, lang: Lang) -> str:
    text = number(fraction * 100, lang)
    return f"{text} %" if lang == "nl" else f"{text}%"


def value(amount: float | int | str | None, unit: str, lang: Lang) -> str:
    if amount is None:
        return "onbekend" if lang == "nl" else "unknown"
    if isinstance(amount, str):
        return " ".join(amount.split())
    if unit == "percentage":
        return f"{number(amount, lang)} %" if lang == "nl" else f"{number(amount, lang)}%"
    if unit == "per_1000_inhabitants":
        return f"{number(amount, lang)} " + (
            "per 1.000 inwoners" if lang == "nl" else "per 1,000 inhabitants"
        )
    return number(amount, lang)


def period(text: str, lang: Lang) -> str:
    """'2023-04..2023-08' -> 'april–augustus 2023'; a year stays a year."""
    span = parse_period(text)
    months = _MONTHS[lang].split()
    first, last = span.start, span.end
    if first.month == 1 and last.month == 12:
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if first.month in (1, 7) and span.months == 6:
        half = ("eerste", "tweede") if lang == "nl" else ("first", "second")
        which = half[0] if first.month == 1 else half[1]
        return f"{which} helft {first.year}" if lang == "nl" else f"{which} half of {first.year}"
    if span.months == 1:
        return f"{months[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{months[first.month - 1]}–{months[last.month - 1]} {first.year}"
    return f"{months[first.month - 1]} {first.year}–{months[last.month - 1]} {last.year}"
