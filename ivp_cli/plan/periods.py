"""Periods as plans write them: '2022', '2023-04', '2023H1', '2023-04..2023-08'."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_HALF = re.compile(r"^(\d{4})H([12])$")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date

    @property
    def months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def is_calendar_year(self) -> bool:
        return self.start.month == 1 and self.end.month == 12 and self.start.year == self.end.year

    @property
    def midpoint_year(self) -> float:
        """Fractional year at the middle of the period, for rates between periods."""
        first = self.start.year + (self.start.month - 1) / 12
        last = self.end.year + self.end.month / 12
        return (first + last) / 2


def _month_range(year: int, first: int, last: int) -> Period:
    if not (1 <= first <= 12 and 1 <= last <= 12):
        raise ValueError("a month is 01 to 12")
    return Period(date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]))


def _single(text: str) -> Period:
    if match := _YEAR.match(text):
        return _month_range(int(match[1]), 1, 12)
    if match := _MONTH.match(text):
        month = int(match[2])
        return _month_range(int(match[1]), month, month)
    if match := _HALF.match(text):
        first = 1 if match[2] == "1" else 7
        return _month_range(int(match[1]), first, first + 5)
    raise ValueError(
        f"'{text}' is not a period: write a year (2022), a month (2023-04), "
        "a half year (2023H1) or a range (2023-04..2023-08)"
    )


@functools.lru_cache(maxsize=1024)
def parse_period(text: str) -> Period:
    """The months a period text covers; remembered, as the same few texts are read again and again
    (every check, verdict and fetch reads each measurement's period), and a Period never changes."""
    text = text.strip()
    if ".." not in text:
        return _single(text)
    first_text, _, last_text = text.partition("..")
    first, last = _single(first_text.strip()), _single(last_text.strip())
    if last.end < first.start:
        raise ValueError(f"the range '{text}' ends before it starts")
    return Period(first.start, last.end)
