"""Numbers, percentages, dates and periods written the Dutch (or English) way.

Dutch style: "1.234", "12,5 %", "1 januari 2026". Plain spaces, so the text reads the same in a
terminal, a Markdown agenda system and a browser.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from typing import Literal, TypeGuard

from ivp_cli.plan.periods import parse_period
from ivp_cli.words import phrases
from ivp_cli.words.lang import Lang

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
RATES = ("per_1000_inhabitants", "per_10000")  # a figure per so many people of a named group
_INHABITANTS: dict[Lang, str] = {"nl": "inwoners", "en": "inhabitants"}
_RANK: dict[Lang, str] = {"nl": "plek", "en": "rank"}


# Decimal places: None for at most two, a count for exactly that many, "exact" for every digit the
# value has and none added (a diff must tell 12,345 from 12,346).
Decimals = int | Literal["exact"] | None


def format_number(value: float, lang: Lang, decimals: Decimals = None) -> str:
    """Thousands grouped, at most two decimals unless `decimals` says otherwise, no trailing zeros."""
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    written = _every_digit(value) if decimals == "exact" else _rounded(value, decimals)
    if written in ("-0", "-0.0"):
        written = "0"
    if lang == "nl":
        written = written.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return written


def _rounded(value: float, decimals: int | None) -> str:
    written = f"{value:,.{2 if decimals is None else decimals}f}"
    if decimals is None and "." in written:
        written = written.rstrip("0").rstrip(".")
    return written


def _every_digit(value: float) -> str:
    # repr is the shortest text that reads back as the same float: 1234.5, never 1234.49999.
    return f"{Decimal(repr(value)).normalize():,f}"


def format_percent(value: float, lang: Lang, decimals: Decimals = None) -> str:
    return percent_sign(format_number(value, lang, decimals), lang)


def percent_sign(number: str, lang: Lang) -> str:
    """'12,5 %' in Dutch (with a space), '12.5%' in English."""
    return f"{number} %" if lang == "nl" else f"{number}%"


def format_value(
    amount: object, unit: str, lang: Lang, decimals: Decimals = None, per: str | None = None
) -> str:
    """A plan value in its unit; None is unknown, never zero; a state reads as written.

    `per` names the group of a per_10000 rate ('jongeren van 12 tot en met 17 jaar'); a grade
    (rapportcijfer) and a scale score are plain numbers; a percent change carries its sign.
    """
    if not _is_number(amount):
        return format_figure(amount, lang, decimals)
    figure = format_figure(amount, lang, decimals)
    if unit == "percentage":
        return percent_sign(figure, lang)
    if unit == "percent_change":
        return percent_sign(f"+{figure}" if amount > 0 else figure, lang)
    if unit in RATES:
        return f"{figure} {unit_name(unit, lang, per)}"
    if unit == "rank":
        return f"{_RANK[lang]} {figure}"
    return figure


def unit_name(unit: str, lang: Lang, per: str | None = None) -> str:
    """A unit as a table column names it: 'aantal', 'per 10.000 jongeren van 12 tot en met 17 jaar'."""
    name = phrases.text(lang, f"unit.{unit}")
    return f"{name} {per or _INHABITANTS[lang]}" if unit == "per_10000" else name


def format_figure(amount: object, lang: Lang, decimals: Decimals = None) -> str:
    """A value without its unit: a number in the language's style, unknown for None, a state as written."""
    if amount is None:
        return phrases.text(lang, "figure.unknown")
    if not _is_number(amount):
        return " ".join(str(amount).split())
    return format_number(amount, lang, decimals)


def _is_number(amount: object) -> TypeGuard[int | float]:
    return isinstance(amount, int | float) and not isinstance(amount, bool)


def format_date(day: date, lang: Lang) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def format_period(text: str | None, lang: Lang) -> str:
    """'2023-04..2023-08' -> 'april – augustus 2023'; text that is no period is returned as written.

    None is a baseline whose document gives no year: 'jaar onbekend'.
    """
    if text is None:
        return phrases.text(lang, "period.unknown")
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
