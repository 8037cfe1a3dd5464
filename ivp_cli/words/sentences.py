"""Numbers, periods and the fixed parts of an assessment sentence, Dutch (nl, B1) and English (en).

Sentences round to one decimal ("1.234,5"), counts and ranks to whole numbers, and a value the
document writes with a set number of decimals keeps them (7,0 stays 7,0). The formatting itself is
`numbers`', so the status command, the sentences and the report always write a figure the same way.
"""

from __future__ import annotations

import math

from ivp_cli.words.lang import Lang
from ivp_cli.words.numbers import format_number, format_period, format_value, percent_sign

WHOLE_UNITS = frozenset({"count", "rank"})


def number(value: float, lang: Lang, decimals: int = 1) -> str:
    """Rounded for a sentence: 1234.5 -> '1.234,5' (nl); whole numbers without decimals."""
    rounded = round(value, decimals) if abs(value) < 1e300 else value
    whole = rounded == int(rounded) if abs(rounded) < 1e300 else True
    return format_number(rounded, lang, None if whole else decimals)


def percent(fraction: float, lang: Lang) -> str:
    return percent_sign(number(fraction * 100, lang), lang)


def value(
    amount: float | int | str | None,
    unit: str,
    lang: Lang,
    decimals: int | None = None,
    per: str | None = None,
) -> str:
    """A value in its unit as sentences write it: as many decimals as the document, else one; whole
    numbers for counts and ranks."""
    if isinstance(amount, float) and math.isfinite(amount):
        if decimals is not None:
            return format_value(round(amount, decimals), unit, lang, decimals, per)
        amount = round(amount) if unit in WHOLE_UNITS else round(amount, 1)
    return format_value(amount, unit, lang, per=per)


def period(period_text: str | None, lang: Lang) -> str:
    return format_period(period_text, lang)


def at(written: str, period_text: str | None, lang: Lang) -> str:
    """'4 in 2022'; '6,9 (jaar onbekend)' for a baseline whose document gives no year."""
    if period_text is None:
        return f"{written} ({period(None, lang)})"
    return f"{written} in {period(period_text, lang)}"


def target_head(goal: str, year: int, lang: Lang) -> str:
    """'Doel voor 2027: hoogstens 25 %.': the opening of every target's sentence."""
    if lang == "nl":
        return f"Doel voor {year}: {goal}."
    return f"Target for {year}: {goal}."


def band(lower: float, upper: float, unit: str, lang: Lang) -> str:
    """The noise band in words. A count band is whole numbers: Garwood 1,09 to 10,24 -> '2 tot en met 10'."""
    if unit in WHOLE_UNITS and math.isfinite(upper):
        first, last = math.ceil(lower), math.floor(upper)
        return f"{first} tot en met {last}" if lang == "nl" else f"{first} to {last}"
    joiner = "tot" if lang == "nl" else "to"
    return f"{number(lower, lang)} {joiner} {number(upper, lang)}"


def change(v_0: float, v_t: float, unit: str, lang: Lang) -> str:
    """How far a value moved: '2 procentpunt lager' for a percentage, '6,7 % hoger' otherwise,
    '2 minder' for a count."""
    difference = v_t - v_0
    if difference == 0:
        return "gelijk gebleven" if lang == "nl" else "unchanged"
    up = difference > 0
    if unit == "percentage":
        size = number(abs(difference), lang)
        if lang == "nl":
            return f"{size} procentpunt {'hoger' if up else 'lager'}"
        return f"{size} percentage point{'' if size == '1' else 's'} {'higher' if up else 'lower'}"
    if unit in WHOLE_UNITS:
        size = number(abs(difference), lang, 0)
        if unit == "rank":
            places = "plek" if size == "1" else "plekken"
            return (
                f"{size} {places} {'lager' if up else 'hoger'}"
                if lang == "nl"
                else (f"{size} place{'' if size == '1' else 's'} {'down' if up else 'up'}")
            )
        return (
            f"{size} {'meer' if up else 'minder'}"
            if lang == "nl"
            else (f"{size} {'more' if up else 'fewer'}")
        )
    if v_0 == 0:
        return (
            ("hoger dan nul" if up else "lager dan nul")
            if lang == "nl"
            else ("above zero" if up else "below zero")
        )
    share = percent(abs(difference / v_0), lang)
    return (
        f"{share} {'hoger' if up else 'lager'}" if lang == "nl" else f"{share} {'higher' if up else 'lower'}"
    )


def stale(year: int, lang: Lang) -> str:
    if lang == "nl":
        return f"Let op: het laatste cijfer is van {year}. Dat is meer dan twee jaar oud."
    return f"Note: the latest figure is from {year}, more than two years old."
