"""Numbers written the Dutch way ("12,5%", "9.856", "1.234"): recognised to give a hint, never converted."""

from __future__ import annotations

import re

_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[-+]?\d+,\d+$")
_PLAIN = re.compile(r"^[-+]?\d+(\.\d+)?$")


def dutch_number(text: str) -> str | None:
    """The plain spelling of a number written as Dutch text, or None when `text` is no such number."""
    compact = text.strip().removesuffix("%").strip().replace("\u00a0", "").replace(" ", "")
    if _THOUSANDS.match(compact):
        return compact.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.match(compact):
        return compact.replace(",", ".")
    if compact != text.strip() and _PLAIN.match(compact):
        return compact  # only a % sign or spaces in the way
    return None


def dutch_number_message(text: str) -> str | None:
    plain = dutch_number(text)
    if plain is None:
        return None
    return (
        f"'{text}' is a number written as text; write {plain} without quotes "
        "(a dot for decimals, no thousands separators, no % sign)"
    )


def thousands_guess(source: str) -> str | None:
    """'9.856' in the source reads as 9.856 but likely means 9856: the digits without the dots."""
    return source.replace(".", "") if _THOUSANDS.match(source) and "," not in source else None
