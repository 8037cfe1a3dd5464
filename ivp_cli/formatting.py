"""Numbers, percentages, dates and periods written the Dutch (or English) way.

Dutch style: "1.234", "12,5 %", "1 januari 2026". Plain spaces, so the text reads the same in a
terminal, a Markdown agenda system and a browser.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

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
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_HALF = re.compile(r"^(\d{4})H([12])$")


def format_number(value: float, lang: Lang, decimals: int | None = None) -> str:
    """Thousands grouped, at most two decimals unless `decimals` is given, no trailing zeros."""
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


def format_date(day: date, lang: Lang) -> str:
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def _single_period(text: str, lang: Lang) -> tuple[str, str]:
    """(month-or-half part, year) of one side of a period; the first part may be empty."""
    if match := _YEAR.match(text):
        return "", match[1]
    if match := _MONTH.match(text):
        return MONTHS[lang][int(match[2]) - 1], match[1]
    if match := _HALF.match(text):
        return _HALVES[lang][int(match[2]) - 1], match[1]
    return text, ""


def format_period(text: str, lang: Lang) -> str:
    """'2023-04..2023-08' -> 'april - augustus 2023'; an unknown form is returned as written."""
    first_text, dots, last_text = text.strip().partition("..")
    first_part, first_year = _single_period(first_text.strip(), lang)
    if not dots:
        return f"{first_part} {first_year}".strip()
    last_part, last_year = _single_period(last_text.strip(), lang)
    if first_year == last_year and first_part and last_part:
        return f"{first_part} – {last_part} {last_year}"
    return f"{first_part} {first_year}".strip() + " – " + f"{last_part} {last_year}".strip()
